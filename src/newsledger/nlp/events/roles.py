"""The roles of an event: actor and recipient, place, time, counts and source, each read off the parse.

- **Actor and recipient.** See :mod:`.parties`.
- **Place.** The trigger's own in/at/near/outside phrase ("in the city of X",
  "the X region" with its kind as a hint; "on X" only for an attack), else
  what was attacked, seized or visited, or a place hanging from it ("attacked
  a village in northern Nigeria"), else a place of the sentence after a
  locative preposition that does not act (a capital that speaks or acts,
  "Moscow said", is never the place), else the country aid or troops went to
  ("sent troops to Russia"), else the place of the sentence before where the
  actor is carried over from it ("They withdrew in January"), else the
  dateline's place at a lower precision where the event's parties are of that
  country or unknown.
- **Time.** A time expression that hangs from the trigger within its clause;
  else one that hangs from the sentence's main verb, where the trigger is that
  verb or its complement. A background event keeps its own date. A planned
  event with no date of its own starts at the publication date (basis
  ``published``, end open): it comes after the report.
- **Counts.** The claims whose figure hangs from the trigger or the result it
  folded ("injuring at least 21 people"), by what they count.
- **Source.** The outermost statement whose span holds the trigger, else the
  source a claim of the same sentence carries (a carried-over attribution).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...lang.en.events import (
    ARRESTED_WORDS,
    CROWD_WORDS,
    DEAD_WORDS,
    INJURED_WORDS,
    MOVEMENT_PREPOSITIONS,
    PLACE_PREPOSITIONS,
)
from ...lang.en.placekinds import CITY_WORDS, REGION_WORDS
from ...records import ClaimRecord, Counts, EventPlace, EventTime, Geo, Party, Source
from ..doc_words import sentence_starts
from ..doc_words import text as doc_text
from ..geocode import Geocoder
from .parties import NOT_PARTIES as _NOT_PARTIES
from .parties import Parties
from .syntax import (
    clause_chain as _clause_chain,
    child as _child,
    pobj as _pobj,
    is_prep as _is_prep,
    prep_obj as _prep_obj,
    hangs_from as _hangs_from,
    clause_root as _clause_root,
)
from .triggers import Trigger

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Attacks from afar: what they hit is a place, not a person.
_REMOTE_MODES = frozenset({"heavy-weapons", "aerial", "drone", "explosives"})
# "KYIV, Ukraine (Reuters) -" and "SEOUL -" at the head of a report.
_DATELINE = re.compile(r"^\s*([A-Z][A-Za-z.'\- ]{1,40}?)(?:,\s*([A-Z][A-Za-z.'\- ]{1,30}?))?\s*(?:\([A-Za-z .]{2,30}\)\s*)?(?:[—–]|--?)\s")


class Context(Parties):
    """What the role readers share for one Doc: its entities by token, its times, claims and statements."""

    def __init__(self, doc: Doc, geocoder: Geocoder, countries: dict[str, int]) -> None:
        super().__init__(doc)
        self.geocoder = geocoder
        self.countries = countries
        self.sent_of = sentence_starts(doc)  # Token.sent walks to the sentence's edges at each call
        self.times = []
        for rec in doc._.times or ():
            span = doc.char_span(rec.span[0], rec.span[1], alignment_mode="expand")
            if span is not None and len(span) and rec.start:
                self.times.append((span.root, rec))
        self.claims = []
        for rec in doc._.claims or ():
            if rec.part != "text":
                continue
            span = doc.char_span(rec.span[0], rec.span[1], alignment_mode="expand")
            if span is not None and len(span):
                self.claims.append((span.root, rec))
        self.statements = list(doc._.statements or ())
        self._dateline: EventPlace | None | bool = False
        self._sentence_place: dict[int, EventPlace] = {}  # sentence start -> the first place an event there names

    # -- place -------------------------------------------------------------------
    def place(self, trig: Trigger, actor: Party | None, recipient: Party | None) -> EventPlace | None:
        found = self._own_place(trig, actor, recipient)
        here = self.sent_of[trig.head.i]
        if found is None and actor is not None and actor.span is not None and actor.span[0] < self.doc[here].idx:
            # "Troops were sent to the Kursk region. They withdrew in January.": a report that goes on
            # about the same party, naming no new place, is still where the sentence before put it
            found = self._sentence_place.get(self.sent_of[here - 1])
        if found is not None and found.span is not None:
            self._sentence_place.setdefault(here, found)
        return found or self.dateline_place(actor, recipient, trig.event_type)

    def _own_place(self, trig: Trigger, actor: Party | None, recipient: Party | None) -> EventPlace | None:
        preps = _locative(trig)
        if trig.event_type in {"AID", "MOBILIZE", "RETREAT"}:
            preps |= MOVEMENT_PREPOSITIONS  # "sent to the Kursk region", "withdrew from Kherson"
        if trig.event_type in {"AID", "MOBILIZE"}:
            preps -= {"from"}  # "aid from Japan", "troops from Chad": where they come from, not where they go
        destination: EventPlace | None = None
        anchors = list(trig.anchors)
        for a in trig.anchors:
            anchors += [c for c in a.children if c.dep_ in {"xcomp", "ccomp"}]  # "agreed to stop ... in the Black Sea"
        for anchor in anchors:
            for c in anchor.subtree if anchor not in trig.anchors else anchor.children:
                if not _is_prep(c) or (anchor not in trig.anchors and c.head.pos_ not in {"VERB", "AUX"}):
                    continue
                # "an attack on Kharkiv", "the bombing of Belgrade" are there; "sanctions on Moscow" are not
                on_noun = trig.noun is not None and c.head.i == trig.noun.i and c.lower_ in {"on", "against", "of"} and trig.event_type == "ASSAULT"
                if c.lower_ in preps or on_noun:
                    obj = _pobj(c)
                    found = self._resolve_phrase(obj) if obj is not None else None
                    if found is not None and c.lower_ in MOVEMENT_PREPOSITIONS and found.precision == "country":
                        destination = destination or found  # "sent troops to Russia": the country, if nothing finer
                    elif found is not None:
                        return found
        # what was visited or attacked is where it happened: "visited Kyiv", "attacked Kharkiv"
        # (not whom one met: "met Beijing's envoy", "Washington met Tehran" are parties)
        if trig.verb is not None and (trig.event_type in {"ASSAULT", "COERCE"} or trig.mode == "visit"):
            obj = _child(trig.verb, "dobj") or (_child(trig.verb, "nsubjpass") if trig.event_type == "ASSAULT" else None)
            # what is shelled or bombed is a place, whatever the name tagger took it for ("shelled Kherson")
            remote = trig.event_type == "ASSAULT" and trig.mode in _REMOTE_MODES
            found = self._resolve_phrase(obj, only_entities=True, person_ok=remote) if obj is not None else None
            if found is not None:
                return found
        # a place lower in the trigger's own words, before another verb: what is struck or seized
        # is where it is ("attacked a village in northern Nigeria", "detained 30 students at a
        # rally in Lahore", "launched missiles at Haifa")
        own = {a.i for a in trig.anchors}
        for anchor in trig.anchors:
            for t in anchor.subtree:
                if t.dep_ == "pobj" and t.head.lower_ in _locative(trig) and _hangs_from(t, own):
                    found = self._resolve_phrase(t, only_entities=True, person_ok=trig.event_type not in _VERBAL)
                    if found is not None:
                        return found
        if trig.event_type == "CONSULT" and trig.mode == "visit" and recipient is not None and recipient.span:
            tok = self.doc.char_span(*recipient.span, alignment_mode="expand")
            found = self._resolve_phrase(tok.root, only_entities=True) if tok is not None and len(tok) else None
            if found is not None:
                return found
        # a place of the trigger's own clause that locates (not one that acts)
        chain = _clause_chain(trig.head)
        for t in trig.head.sent:
            if t.dep_ == "pobj" and t.head.lower_ in _locative(trig) and t.head.head.i in chain:
                found = self._resolve_phrase(t, only_entities=True, person_ok=trig.event_type not in _VERBAL)
                if found is not None:
                    return found
        return destination

    def _resolve_phrase(self, obj: Token, only_entities: bool = False, person_ok: bool = False) -> EventPlace | None:
        hint = None
        name_tok = obj
        if obj.lower_ in CITY_WORDS + REGION_WORDS + ("capital",):
            of = _prep_obj(obj, {"of"})
            named = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if of is not None and obj.lower_ != "capital":
                hint = "city" if obj.lower_ in CITY_WORDS else "admin1"
                name_tok = of
            elif named is not None:
                hint = "admin1" if obj.lower_ in REGION_WORDS else "city"  # "the capital Kabul", "the port city Odesa"
                name_tok = named
            elif obj.lower_ in REGION_WORDS:
                hint = "admin1"
        names = [t for t in name_tok.lefts if t.dep_ in {"compound"} and t.pos_ == "PROPN"] + [name_tok]
        if name_tok.lower_ in REGION_WORDS:
            names = names[:-1]
        if not names or any(t.pos_ != "PROPN" or t.ent_type_ in _NOT_PARTIES for t in names):
            return None  # "in March" is a month, whatever town bears the name
        rec = self.ent_at.get(names[-1].i)
        # a kind word says it is a place whatever the name tagger took it for ("the town of Samarra")
        if hint is None and only_entities and (rec is None or rec.label not in _PLACE_LABELS | ({"PERSON"} if person_ok else set())):
            return None
        if hint is None and rec is not None and rec.label not in _PLACE_LABELS | {"ORG", "PERSON"}:
            return None
        text = " ".join(t.text for t in names)
        if rec is not None and rec.geo is not None and hint is None and rec.text == text:
            geo = rec.geo
        else:
            geo = self.geocoder.resolve(text, self.countries, hint)
        if geo is None:
            return None
        lo = min(t.idx for t in names + ([obj] if obj.i != name_tok.i else []))
        hi = max(t.idx + len(t) for t in names + ([obj] if hint == "admin1" and obj.i != name_tok.i else []))
        return _place(doc_text(self.doc)[lo:hi], (lo, hi), geo)

    def dateline_place(self, actor: Party | None, recipient: Party | None, event_type: str | None = None) -> EventPlace | None:
        """The dateline's place, one level coarser, where the parties are of its country or unknown.

        Force used on someone (an assault, coercion) happens where it falls: only the recipient
        counts ("KHARKIV — Russian drones struck apartment blocks" is in Ukraine)."""
        if self._dateline is False:
            self._dateline = None
            m = _DATELINE.match(doc_text(self.doc)[:120])
            if m:
                geo = self.geocoder.resolve(m.group(1).title(), self.countries)
                if geo is not None and m.group(2):
                    geo = self.geocoder.resolve(m.group(1).title(), self.countries, within=self.geocoder.resolve(m.group(2))) or geo
                if geo is not None:
                    coarse = geo
                    if geo.precision == "place":
                        coarse = (geo.admin1 and self.geocoder.resolve(geo.admin1, {geo.country: 1} if geo.country else {}, "admin1")) or geo
                        if coarse.country != geo.country:
                            coarse = geo
                    self._dateline = _place(m.group(1), None, coarse)
        place = self._dateline if isinstance(self._dateline, EventPlace) else None
        if place is None:
            return None
        parties = (recipient,) if event_type in {"ASSAULT", "COERCE"} else (actor, recipient)
        countries = {p.country for p in parties if p is not None and p.country}
        if countries and place.country not in countries:
            return None
        return place

    # -- time -------------------------------------------------------------------
    def time(self, trig: Trigger, mood: str = "asserted") -> EventTime | None:
        anchors = {a.i for a in trig.anchors} | {a.i for a in trig.absorbed}
        best = None
        here = self.sent_of[trig.head.i]
        for root, rec in self.times:
            if self.sent_of[root.i] != here:
                continue
            if _hangs_from(root, anchors):
                best = rec
                break
        if best is None:
            main = _clause_root(trig.head)
            if main is not None and main.dep_ == "ROOT":
                for root, rec in self.times:
                    if self.sent_of[root.i] == here and _hangs_from(root, {main.i}):
                        best = rec
                        break
        if best is None:
            published = self.doc._.published
            if mood == "planned" and published is not None:
                # "a visit is being prepared": not before the report, date not yet known
                return EventTime(str(published), None, None, "published")
            return None
        return EventTime(best.start, best.end, best.text, "text")

    # -- counts -----------------------------------------------------------------
    def counts(self, trig: Trigger) -> Counts | None:
        anchors = {a.i for a in trig.anchors} | {a.i for a in trig.absorbed}
        slots: dict[str, tuple[int, int]] = {}
        here = self.sent_of[trig.head.i]
        for root, claim in self.claims:
            if self.sent_of[root.i] != here or not _hangs_from(root, anchors, through_verbs=False):
                continue
            slot = _count_slot(claim, trig.event_type)
            if slot and slot not in slots:
                slots[slot] = claim.span
        if not slots:
            return None
        return Counts(slots.get("dead"), slots.get("injured"), slots.get("arrested"), slots.get("size"))

    # -- source -----------------------------------------------------------------
    def source(self, trig: Trigger) -> Source | None:
        pos = trig.head.idx
        holding = [s for s in self.statements if s.source is not None and s.span[0] <= pos < s.span[1]]
        if holding:
            best = max(holding, key=lambda s: (not s.direct, s.span[1] - s.span[0]))
            return best.source
        here = self.sent_of[trig.head.i]
        for root, claim in self.claims:
            if self.sent_of[root.i] == here and claim.source is not None:
                return claim.source
        return None


# Categories of words, not deeds: their "over X", "into X", "across X" is a topic ("criticised
# Moscow over Taiwan", "an investigation into Washington's role"), and their "at X" a target
# ("angry at Washington"), never where the event took place.
_VERBAL = frozenset({"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"})
_TOPIC_PREPOSITIONS = frozenset({"over", "into", "across", "around", "along"})


def _locative(trig: Trigger) -> set[str]:
    if trig.event_type in _VERBAL:
        return set(PLACE_PREPOSITIONS - _TOPIC_PREPOSITIONS - {"at"})
    return set(PLACE_PREPOSITIONS)


def _place(text: str, span: tuple[int, int] | None, geo: Geo) -> EventPlace:
    return EventPlace(text, span, geo.name, geo.country, geo.admin1, geo.lat, geo.lon, geo.precision)


def _count_slot(claim: ClaimRecord, event_type: str) -> str | None:
    measure = (claim.measure or "").lower()
    words = set(measure.split())
    if words & DEAD_WORDS and words & INJURED_WORDS:
        return None  # "killed or injured" is neither count
    if words & DEAD_WORDS:
        return "dead"
    if words & INJURED_WORDS:
        return "injured"
    if words & ARRESTED_WORDS:
        return "arrested"
    if event_type == "PROTEST" and (words & CROWD_WORDS or not measure):
        return "size" if claim.quantity.unit is None else None
    return None
