"""Entities: NER plus a gazetteer place ruler, canonical names, countries, metonymy.

``newsledger_entities`` reads spaCy's ``doc.ents`` and writes ``doc._.entities``
(one :class:`~newsledger.records.EntityRecord` per PERSON, ORG, GPE, LOC, NORP,
FAC, EVENT or PRODUCT mention; dates, numbers and the like are left to the
times and quantities components). On the way it corrects ``doc.ents`` itself:

- **Place ruler.** A mention whose text is a gazetteer place (see
  :mod:`newsledger.nlp.gazetteer`) but that the small model labelled PRODUCT,
  WORK_OF_ART, LAW or LANGUAGE ("Kursk") becomes GPE; a city, country or region
  labelled LOC ("Kharkiv") becomes GPE (OntoNotes keeps LOC for seas, rivers,
  mountains). Proper nouns the model left unlabelled are added where they spell
  a country, region, sea, seat of government or a city of at least
  ``GAP_CITY_MIN_POPULATION`` people, and are not part of a longer name.
- **Other repairs.** A maker followed by a model code is one PRODUCT ("Airbus"
  + "A350", "Boeing's 787"; not "Flight 447"), and that code alone elsewhere in
  the document is the same product; a surname alone after the full name is the
  person, also where the model missed it or called it ORG; a mention grows to
  the longer gazetteer name it begins ("FTSE" + "100", "Sierra" + "Leonean");
  market indexes ("Nikkei", "S&P 500") are ORG; time zones ("UTC") are no ORG;
  a big city after "in/from/near" is a place whatever the model said.
- **Canonical names** within one document: a person or organisation mention
  that is the start or end of a fuller mention takes the fullest one, preferring
  earlier mentions and falling back to later ones (a headline names "Kim" before
  the body names "Kim Jong Un"); an all-capitals acronym takes the organisation
  whose initials it spells. Countries take their short English name with any
  alias folded in ("the US", "U.S.", "America" -> "United States"); demonyms
  take their country ("North Korean" -> "North Korea").
- **Metonymy.** A national capital or seat of government that acts or speaks
  ("Seoul said", "according to Seoul", "Pyongyang also sent", "the Kremlin
  said", "Moscow's support", "Moscow forces") stands for its country: canonical
  is the country's name ("South Korea", not "the South Korean government", so
  that it matches the country's own mentions). The same city as a place ("in
  Pyongyang") keeps canonical = the city.
- **Countries.** ``country`` is the ISO 3166-1 alpha-3 code of the country a
  mention is, belongs to or is located in; a person or organisation gets the
  country of a demonym or country right before it in the same noun phrase
  ("South Korean legislator Yoo Yong-Won" -> KOR) or in an apposition after
  it ("Sergei Lavrov, Russia's foreign minister"), shared with every mention
  that has the same canonical name; an organisation gets the country a
  country, demonym or capital in its own name gives ("Latvian Constitutional
  Court" -> LVA).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..lang.en.calendar import TIME_ZONES
from ..lang.en.numbers import NUMBERING_NAMES
from ..lang.en.people import PERSON_TITLES
from ..lang.en.places import (
    ACTOR_HEADS,
    ENVOY_NOUNS,
    LOCATIVE_PREPOSITIONS,
    PERSONAL_COUNTRY_NAMES,
    PLACE_HEADS,
)
from ..records import EntityRecord
from .doc_words import sentence_starts
from .doc_words import text as doc_text
from .doc_words import starts as token_starts
from .doc_words import texts as doc_texts
from .geocode import place_geos
from .guarded import Guarded
from .gazetteer import Gazetteer, Place, load_gazetteer

# PRODUCT is kept as well: model names ("Airbus A380", "Su-27") are what news
# reports on as much as who makes them.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT"})
# A model designation: letters and digits ("A380", "737-800", "Su-27", "787s").
_MODEL_CODE = re.compile(r"^(?:[A-Z][A-Za-z]{0,3}-?)?\d{2,4}(?:-\d{1,4})?[A-Z]{0,3}s?$")
# Labels the small model gives place names it does not know ("Kursk" PRODUCT).
_MISLABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"})
# A bare proper noun the model left unlabelled is taken as a city only when the
# city is this large: smaller towns share names with people and common words.
GAP_CITY_MIN_POPULATION = 100_000
_MAX_NAME_TOKENS = 4


def _key(text: str) -> str:
    """A mention's lookup form: no leading article, no possessive ending."""
    text = text.strip()
    for prefix in ("the ", "The ", "THE "):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip()


def _name_tokens(text: str, person: bool = True) -> tuple[str, ...]:
    """A person or organisation name as words, a person's titles dropped."""
    words = _key(text).replace("-", " - ").split()
    while person and len(words) > 1 and words[0].lower() in PERSON_TITLES:
        words = words[1:]
    return tuple(words)


def _governor(token: Token) -> Token:
    """The token whose role decides a conjunct's: "Moscow and Pyongyang are ..."."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def is_actor(ent: Span) -> bool:
    """True where a place mention acts or speaks rather than locates."""
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].ent_type_ == "GPE":
        return False  # "Paris, France": an address, a place
    root = _governor(ent.root)
    dep = root.dep_
    if dep == "nsubj":
        return True
    if dep == "pobj":
        prep = root.head
        if prep.lower_ == "by" and prep.dep_ == "agent":
            return True  # "proposed by Washington"
        if prep.lower_ == "to" and prep.head.lower_ == "according":
            return True
        if prep.lower_ == "from" and prep.head.lemma_ in ENVOY_NOUNS:
            return True  # "officials from Seoul"
        return False
    if dep == "poss":
        return root.head.lemma_.lower() not in PLACE_HEADS
    if dep in {"compound", "nmod", "amod"}:
        return root.head.lemma_.lower() in ACTOR_HEADS
    return False


class EntityLinker(Guarded):
    """The component: ruler, records, canonical names, countries (tables built once)."""

    def __init__(
        self, gazetteer: Gazetteer, name: str = "newsledger_entities",
        gap_city_min_population: int = GAP_CITY_MIN_POPULATION,
    ) -> None:
        super().__init__(name)
        self.gaz = gazetteer
        self.gap_city_min_population = gap_city_min_population

    # -- the ruler -------------------------------------------------------------
    def _place(self, text: str) -> Place | None:
        key = _key(text)
        return self.gaz.places.get(key) or self.gaz.places.get(text.strip())

    @staticmethod
    def _unmistakable(place: Place) -> bool:
        """A country or large capital rarely names a person ("Kyiv said" read as PERSON)."""
        if place.kind == "country":
            return place.name not in PERSONAL_COUNTRY_NAMES
        return place.capital and place.population >= 500_000

    def _relabel(self, ent: Span, text: str) -> Span:
        # the name sliced from the doc's text once: Span.text joins its tokens at each call
        name = text[ent.start_char : ent.end_char]
        label = ent.label_
        if label == "ORG" and name in TIME_ZONES:
            return Span(ent.doc, ent.start, ent.end, label="TIME")  # "16:08 UTC"
        place = self._place(name)
        if place is None and label == "PERSON" and _key(name) in self.gaz.demonyms:
            return Span(ent.doc, ent.start, ent.end, label="NORP")  # "Bangladeshi" is no person
        if place is None:
            if label in {"ORG", "PERSON"} and _is_model_name(ent):
                return Span(ent.doc, ent.start, ent.end, label="PRODUCT")  # "Airbus A380"
            return ent
        if label in {"ORG", "PERSON"} and _is_model_name(ent):
            return Span(ent.doc, ent.start, ent.end, label="PRODUCT")
        if place.kind == "index":
            return ent if label == "ORG" else Span(ent.doc, ent.start, ent.end, label="ORG")
        if (
            label in {"PERSON", "ORG"} and len(ent) == 1 and place.kind == "city"
            and place.population >= self.gap_city_min_population
            and ent.start > 0 and ent.doc[ent.start - 1].lower_ in LOCATIVE_PREPOSITIONS
        ):
            return Span(ent.doc, ent.start, ent.end, label="GPE")  # "lifting off from Toulouse"
        if label in _MISLABELS or (label == "ORG" and place.kind == "country") or (
            label == "PERSON" and (len(ent) == 1 or place.kind == "country") and self._unmistakable(place)
        ):
            label = "LOC" if place.kind == "sea" else "GPE"
        elif label == "LOC" and place.kind in {"city", "country", "region"}:
            label = "GPE"
        if label == ent.label_:
            return ent
        return Span(ent.doc, ent.start, ent.end, label=label)

    def _gap_places(self, doc: Doc, text: str, taken: list[bool]) -> list[Span]:
        found: list[Span] = []
        n = len(doc)
        words = doc_texts(doc)
        i = 0
        while i < n:
            # Token.is_title and .is_upper are str.istitle and str.isupper: tested on the text first
            if taken[i] or not (words[i].istitle() or words[i].isupper()):
                i += 1
                continue
            tok = doc[i]
            if tok.is_stop or tok.pos_ != "PROPN":
                i += 1
                continue
            match = None
            for width in range(min(_MAX_NAME_TOKENS, n - i), 0, -1):
                if any(taken[i : i + width]):
                    continue
                last = doc[i + width - 1]
                place = self.gaz.places.get(text[tok.idx : last.idx + len(last)])
                if place is None:
                    continue
                if place.kind == "city" and place.population < self.gap_city_min_population and not place.capital:
                    continue
                before = doc[i - 1] if i > 0 else None
                after = doc[i + width] if i + width < n else None
                # Part of a longer name ("New York Times", "Marcus Aurelius"): leave it.
                if (before is not None and before.pos_ == "PROPN" and before.is_title) or (
                    after is not None and after.pos_ == "PROPN" and after.is_title
                ):
                    break
                match = (width, place)
                break
            if match is None:
                i += 1
                continue
            width, place = match
            label = {"sea": "LOC", "seat": "ORG", "index": "ORG"}.get(place.kind, "GPE")
            found.append(Span(doc, i, i + width, label=label))
            i += width
        return found

    @staticmethod
    def _gap_surnames(doc: Doc, ents: list[Span], taken: list[bool]) -> list[Span]:
        """A surname alone that the model missed, after the full name ("Mulally" after "Alan Mulally")."""
        surnames: dict[str, int] = {}
        for e in ents:
            if e.label_ == "PERSON" and len(e) >= 2 and e[-1].is_title and e[-1].is_alpha:
                surnames.setdefault(e[-1].text, e.end)
        if not surnames:
            return []
        found = []
        # A lone surname the model called an organisation ("Smith said") is the person.
        for k, e in enumerate(ents):
            if len(e) == 1 and e.label_ == "ORG" and surnames.get(e.text, len(doc)) <= e.start:
                ents[k] = Span(doc, e.start, e.end, label="PERSON")
        for i, text in enumerate(doc_texts(doc)):
            first = surnames.get(text)
            if first is None or i < first or taken[i]:
                continue
            tok = doc[i]
            if tok.is_sent_start and tok.pos_ != "PROPN":
                continue  # "Jobs were cut" at a sentence's start is no name
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title:
                continue  # part of another name
            found.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
        return found

    @staticmethod
    def _merge_models(doc: Doc, ents: list[Span]) -> list[Span]:
        """Maker plus model code as one PRODUCT: "Airbus" + "A350", "Boeing's" + "787"."""
        out: list[Span] = []
        by_start = {e.start: e for e in ents}
        skip: set[int] = set()
        for e in ents:
            if e.start in skip:
                continue
            j = e.end
            if e.label_ == "ORG" and j < len(doc) and doc[j].tag_ == "POS":
                j += 1
            nxt = by_start.get(j)
            if e.label_ == "ORG" and j < len(doc) and doc[e.end - 1].is_title and doc[e.end - 1].text not in NUMBERING_NAMES:
                if nxt is not None and len(nxt) == 1 and nxt.label_ in {"PRODUCT", "CARDINAL", "ORG"} and _is_code(nxt.text):
                    out.append(Span(doc, e.start, nxt.end, label="PRODUCT"))
                    skip.add(nxt.start)
                    continue
                if nxt is None and not doc[j].ent_type_ and _is_code(doc[j].text):
                    out.append(Span(doc, e.start, j + 1, label="PRODUCT"))
                    continue
            out.append(e)
        return out

    @staticmethod
    def _propagate_models(doc: Doc, ents: list[Span]) -> list[Span]:
        """A model code named once with its maker is a product wherever else it stands."""
        codes = {_bare_code(e[-1].text) for e in ents if e.label_ == "PRODUCT" and _is_code(e[-1].text)}
        if not codes:
            return ents
        replace: dict[int, Span] = {}
        covered = [None] * len(doc)
        for e in ents:
            for k in range(e.start, e.end):
                covered[k] = e
        for i, text in enumerate(doc_texts(doc)):
            # a bare code is the word or the word less one or two letters: tested by slicing first
            if not (text in codes or text[:-1] in codes or text[:-2] in codes) or _bare_code(text) not in codes:
                continue
            owner = covered[i]
            if owner is None:
                replace[i] = Span(doc, i, i + 1, label="PRODUCT")
            elif len(owner) == 1 and owner.label_ in {"CARDINAL", "ORG"}:
                replace[owner.start] = Span(doc, i, i + 1, label="PRODUCT")
        if not replace:
            return ents
        kept = [e for e in ents if not (len(e) == 1 and e.start in replace)]
        return sorted([*kept, *replace.values()], key=lambda e: e.start)

    def _extend_names(self, doc: Doc, text: str, ents: list[Span]) -> list[Span]:
        """Grow a mention to the longer gazetteer name it begins ("FTSE" + "100")."""
        out: list[Span] = []
        eaten = -1
        words, offsets = doc_texts(doc), token_starts(doc)
        for e in ents:
            if e.start < eaten:
                continue
            grown = e
            for extra in (2, 1):
                end = e.end + extra
                if end > len(doc) or e.label_ not in {"ORG", "GPE", "LOC"}:
                    continue
                # the gazetteer first, on the text: most names grow into nothing, and their
                # next words need no Tokens
                key = text[e.start_char : offsets[end - 1] + len(words[end - 1])]
                if key[:4].lower() == "the ":
                    key = key[4:]
                place = self.gaz.places.get(key)
                label = None
                if place is not None and place.kind in {"index", "sea", "region", "country"}:
                    label = {"sea": "LOC", "index": "ORG"}.get(place.kind, "GPE")
                elif key in self.gaz.demonyms:  # "Sierra" + "Leonean"
                    label = "NORP"
                if label is None or any(t.tag_ == "POS" or t.is_punct or t.is_space for t in doc[e.end : end]):
                    continue
                grown = Span(doc, e.start, end, label=label)
                break
            eaten = grown.end
            out.append(grown)
        return out

    def rule(self, doc: Doc, text: str | None = None) -> None:
        """Correct doc.ents with the gazetteer (relabel, then fill gaps)."""
        text = doc_text(doc) if text is None else text
        original = list(doc.ents)
        ents = self._merge_models(doc, self._extend_names(doc, text, [self._relabel(e, text) for e in original]))
        ents = self._propagate_models(doc, ents)
        taken = [False] * len(doc)
        for e in ents:
            for k in range(e.start, e.end):
                taken[k] = True
        extra = self._gap_places(doc, text, taken)
        for span in extra:
            for k in range(span.start, span.end):
                taken[k] = True
        extra += self._gap_surnames(doc, ents, taken)
        changed = len(ents) != len(original) or any(a is not b for a, b in zip(ents, original))
        if extra or changed:
            doc.ents = sorted([*ents, *extra], key=lambda s: s.start)

    # -- canonical names -----------------------------------------------------
    @staticmethod
    def _fullest(mentions: list[tuple[int, tuple[str, ...]]]) -> dict[int, str]:
        """Index -> canonical name for person or organisation mentions, in text order."""
        out: dict[int, str] = {}
        for idx, words in mentions:
            if not words:
                continue
            size = len(words)
            # Earlier mentions win over later ones, then the longest, then the nearest.
            best: tuple[bool, int, int, tuple[str, ...]] | None = None
            for other, full in mentions:
                if len(full) <= size:
                    continue
                # A short name is the start or end of the fuller one ("Putin", "Kim",
                # "Ford" of "Ford Motor Company"), or an acronym of it ("EADS").
                if not (full[:size] == words or full[-size:] == words or _is_acronym(words, full)):
                    continue
                score = (other < idx, len(full), -abs(other - idx), full)
                if best is None or score[:3] > best[:3]:
                    best = score
            chosen = best[3] if best is not None else words
            out[idx] = " ".join(chosen).replace(" - ", "-")
        return out

    def _modifier_country(self, doc: Doc, ent: Span, country_at: dict[int, str], starts: list[int] | None) -> str | None:
        """The country of a demonym or country right before a name in its phrase (``starts``: each
        token's sentence start, None for a Doc without sentences)."""
        sent_start = starts[ent.start] if starts is not None else 0
        i = ent.start - 1
        steps = 0
        while i >= sent_start and steps < 6:
            tok = doc[i]
            if i in country_at:
                return country_at[i]
            if tok.tag_ == "POS" or tok.dep_ in {"compound", "amod", "nmod", "poss", "case"} or (
                tok.pos_ in {"PROPN", "NOUN", "ADJ"} and not tok.is_punct
            ):
                i -= 1
                steps += 1
                continue
            break
        # Or in an apposition right after it: "Sergei Lavrov, Russia's foreign minister".
        j = ent.end
        if j + 2 < len(doc) and doc[j].text == "," and j + 1 in country_at:
            k = j + 1
            while k < len(doc) and k in country_at:
                k += 1
            if k < len(doc) and (doc[k].tag_ == "POS" or doc[k].pos_ in {"NOUN", "PROPN"}):
                return country_at[j + 1]
        return None

    def _inner_country(self, ent: Span, text: str) -> str | None:
        """The country an organisation's own name gives ("Latvian Constitutional Court")."""
        for tok in ent:
            if not tok.is_title and not tok.is_upper:
                continue
            for width in (2, 1):
                if tok.i + width > ent.end:
                    continue
                last = ent.doc[tok.i + width - 1]
                word = text[tok.idx : last.idx + len(last)]
                place = self.gaz.demonyms.get(word) or self.gaz.places.get(word)
                # Countries, demonyms and capitals only: a town named like a word
                # ("Independence", "Union") says nothing about who an organisation is.
                if place is not None and place.country and (place.kind == "country" or place.capital):
                    return place.country
        return None

    # -- the component ---------------------------------------------------------
    def run(self, doc: Doc) -> None:
        text = doc_text(doc)  # spaCy builds it from the tokens on every access: read it once
        try:
            self.rule(doc, text)
        except ValueError:  # overlapping or invalid spans: keep the model's entities
            pass
        doc._.entities = self.records(doc, text)

    def give_up(self, doc: Doc, exc: Exception) -> None:
        doc._.entities = []  # bad input degrades to no entities, never a crash

    def records(self, doc: Doc, text: str | None = None) -> list[EntityRecord]:
        """The entity records of a Doc whose doc.ents the ruler has corrected."""
        ents = [e for e in doc.ents if e.label_ in ENTITY_LABELS]
        text = doc_text(doc) if text is None else text
        article_id = doc._.article_id or ""
        # Span.text joins the span's tokens at each call; the doc's text sliced is the same string
        names = [text[e.start_char : e.end_char] for e in ents]
        canonical: list[str | None] = [None] * len(ents)
        country: list[str | None] = [None] * len(ents)
        country_at: dict[int, str] = {}
        people: list[tuple[int, tuple[str, ...]]] = []
        orgs: list[tuple[int, tuple[str, ...]]] = []
        products: list[tuple[int, tuple[str, ...]]] = []
        for k, ent in enumerate(ents):
            label = ent.label_
            name = names[k]
            if label == "PERSON":
                people.append((k, _name_tokens(name)))
                continue
            if label == "PRODUCT":
                # "A380s" is the A380; "Boeing's 787" is the Boeing 787.
                words = _key(name).replace("'s ", " ").replace("’s ", " ").split()
                products.append((k, tuple(w[:-1] if len(w) > 2 and w[-1] == "s" and w[-2].isdigit() else w for w in words)))
                continue
            key = _key(name)
            place = self._place(name)
            demonym = self.gaz.demonyms.get(key) if place is None else None
            if place is not None and place.kind == "country":
                canonical[k], country[k] = place.name, place.country
            elif demonym is not None:
                canonical[k], country[k] = demonym.name, demonym.country
            elif place is not None and place.kind in {"seat", "city"} and place.capital:
                nation = self.gaz.country_of(place.country)
                acting = nation is not None and is_actor(ent)
                canonical[k] = nation.name if acting and nation else place.name
                country[k] = place.country
            elif place is not None and place.kind == "index":
                canonical[k], country[k] = place.name, place.country
            elif place is not None and label != "ORG" and label != "PERSON":
                canonical[k], country[k] = place.name, place.country
            elif label == "ORG":
                orgs.append((k, _name_tokens(name, person=False)))
                country[k] = self._inner_country(ent, text)
            else:
                canonical[k] = key or name
            if country[k] and label in {"NORP", "GPE", "ORG"}:
                for t in range(ent.start, ent.end):
                    country_at[t] = country[k]  # type: ignore[assignment]
        for group in (people, orgs, products):
            for k, name in self._fullest(group).items():
                canonical[k] = name
        # A person's or organisation's country, shared along its canonical name.
        by_name: dict[str, str] = {}
        starts = sentence_starts(doc) if doc.has_annotation("SENT_START") else None  # a scan of the Doc: once
        for k, ent in enumerate(ents):
            if ent.label_ in {"PERSON", "ORG"} and country[k] is None:
                found = self._modifier_country(doc, ent, country_at, starts)
                if found and canonical[k]:
                    by_name.setdefault(canonical[k], found)  # type: ignore[arg-type]
        for k, ent in enumerate(ents):
            if ent.label_ in {"PERSON", "ORG"} and country[k] is None and canonical[k] in by_name:
                country[k] = by_name[canonical[k]]  # type: ignore[index]
        geos = place_geos(ents, country)
        return [
            EntityRecord(
                article_id,
                (ent.start_char, ent.end_char),
                names[k],
                ent.label_,
                canonical[k] or _key(names[k]) or names[k],
                country[k],
                geo=geos[k],
            )
            for k, ent in enumerate(ents)
        ]


def _is_code(text: str) -> bool:
    """A model designation: "A380", "737-800", "Su-27", "787s" (a bare number needs 3 digits)."""
    if not _MODEL_CODE.match(text):
        return False
    return not text.rstrip("s").isdigit() or len(text.rstrip("s")) == 3


def _bare_code(text: str) -> str:
    """A model code without a plural or possessive ending ("A380s", "A380's" -> "A380")."""
    for suffix in ("'s", "’s", "s"):
        before = text[-len(suffix) - 1] if len(text) > len(suffix) + 1 else ""
        if text.endswith(suffix) and (before.isdigit() or before.isupper()):
            return text[: -len(suffix)]
    return text


def _is_model_name(ent: Span) -> bool:
    """True where a name ends in a model designation ("First Airbus A380")."""
    if len(ent) < 2 or not any(_MODEL_CODE.match(w) for w in doc_texts(ent.doc)[ent.start : ent.end]):
        return False  # no word of it could be the code: no Tokens made
    words = [t for t in ent if t.tag_ != "POS"]  # "Boeing's 747"
    if len(words) < 2 or words[-2].text in NUMBERING_NAMES:
        return False  # "Air France Flight 447" is a flight, not a model
    return _is_code(words[-1].text) and words[-2].is_title and words[-2].pos_ == "PROPN"


def _is_acronym(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """True where a one-word all-capitals name spells the initials of a fuller one."""
    if len(short) != 1 or not short[0].isupper() or not 2 <= len(short[0]) <= 6:
        return False
    initials = "".join(w[0] for w in full if w[:1].isupper())
    return initials == short[0].replace(".", "")


@Language.factory(
    "newsledger_entities",
    default_config={"gap_city_min_population": GAP_CITY_MIN_POPULATION},
    # token.pos is read; in the English pipelines the attribute ruler derives it from token.tag,
    # which is the declared assignment analyze_pipes can check.
    requires=["doc.ents", "token.dep", "token.tag"],
    assigns=["doc.ents", "doc._.entities"],
)
def make_entities(nlp: Language, name: str, gap_city_min_population: int) -> EntityLinker:
    return EntityLinker(load_gazetteer(), name, gap_city_min_population=gap_city_min_population)
