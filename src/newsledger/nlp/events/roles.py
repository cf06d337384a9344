"""The roles of an event: actor and recipient, place, time, counts and source, each read off the parse.

- **Actor and recipient.** A verb's subject and object; a passive's "by"
  phrase is the actor and its subject the recipient ("were killed by Russian
  forces"); aid goes "to" its recipient; a noun's possessor, its demonym or
  name modifier or "by" phrase is the actor, its "on"/"against" phrase the
  recipient ("a drone attack on Kharkiv"), "between X and Y" both. A
  complement without a subject ("agreed to stop", "expected to meet") takes
  its governor's. Each resolves to the entity record it covers (canonical name
  and country), with a sector read off its head noun and title words.
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

from spacy.tokens import Doc, Span, Token

from ...lang.en.events import (
    ARRESTED_WORDS,
    CROWD_WORDS,
    DEAD_WORDS,
    INJURED_WORDS,
    AGENT_PREPOSITIONS,
    EMPTY_PARTIES,
    MODE_WORDS,
    MOVEMENT_PREPOSITIONS,
    PARTY_COUNT_HEADS,
    PLACE_PREPOSITIONS,
    RECIPIENT_PREPOSITIONS,
    SECTOR_NOUNS,
)
from ...lang.en.placekinds import CITY_WORDS, REGION_WORDS
from ...records import ClaimRecord, Counts, EntityRecord, EventPlace, EventTime, Geo, Party, Source
from ..gazetteer import lookup_country
from ..geocode import Geocoder
from .triggers import Trigger, reduced_passive_subject

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Attacks from afar: what they hit is a place, not a person.
_REMOTE_MODES = frozenset({"heavy-weapons", "aerial", "drone", "explosives"})
_NOT_PARTIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
_PARTY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")
# Where a thing names its party ("the removal of X", "admittance to X", "support from X") and where a
# verb does ("shared evidence with X", "protested against X").
_THING_PARTY_PREPS = frozenset({"of", "by", "from", "to", "for", "with", "against", "on"})
_VERB_PARTY_PREPS = frozenset({"with", "to", "from", "against", "on", "for"})
# Categories whose "that" clause says what the recipient is to do ("demanded that X cancel").
_CONTENT_TAKERS = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT", "ACCUSE"})
# "KYIV, Ukraine (Reuters) -" and "SEOUL -" at the head of a report.
_DATELINE = re.compile(r"^\s*([A-Z][A-Za-z.'\- ]{1,40}?)(?:,\s*([A-Z][A-Za-z.'\- ]{1,30}?))?\s*(?:\([A-Za-z .]{2,30}\)\s*)?(?:[—–]|--?)\s")


class Context:
    """What the role readers share for one Doc: its entities by token, its times, claims and statements."""

    def __init__(self, doc: Doc, geocoder: Geocoder, countries: dict[str, int]) -> None:
        self.doc = doc
        self.geocoder = geocoder
        self.countries = countries
        self.ent_at: dict[int, EntityRecord] = {}
        ents = doc._.entities or []
        for rec in ents:
            span = doc.char_span(rec.span[0], rec.span[1], alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                self.ent_at.setdefault(t.i, rec)
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

    # -- parties -------------------------------------------------------------
    def party(self, head: Token) -> Party | None:
        """The actor or recipient a noun phrase names."""
        if head.dep_ in {"nsubj", "nsubjpass"} and head.lower_ in {"who", "which", "that"} and head.head.dep_ == "relcl":
            head = head.head.head  # "forces, which attacked": the antecedent
        if head.lower_ in PARTY_COUNT_HEADS or head.ent_type_ == "CARDINAL":
            of = _prep_obj(head, {"of"})
            if of is not None:
                head = of  # "thousands of Iraqi Kurds demonstrated": the Kurds
        if head.lower_ in EMPTY_PARTIES or head.ent_type_ in _NOT_PARTIES or head.lower_ in MODE_WORDS:
            return None  # "on Wednesday", "detonated grenades"
        if head.pos_ not in {"NOUN", "PROPN", "PRON"} and not (head.pos_ == "ADJ" and head.ent_type_ in {"NORP", "GPE"}):
            return None  # a demonym stands for its people or state ("Russian drone attack")
        if head.pos_ == "PRON":
            head = self._antecedent(head) or head
        toks = [t for t in head.subtree if t.i <= head.i and t.dep_ not in {"det", "punct", "cc", "prep", "preconj", "predet"}]
        right = [t for t in head.rights if t.dep_ in {"flat", "compound", "appos"} and t.ent_type_]
        lo = min(t.i for t in toks) if toks else head.i
        hi = max([head.i] + [t.i for t in right])
        doc = head.doc
        # stop at a comma: "Kim, the leader" keeps "Kim"
        for i in range(head.i - 1, lo - 1, -1):
            if doc[i].text in {",", "(", ";"}:
                lo = i + 1
                break
        phrase = doc[lo : hi + 1]
        rec = self.ent_at.get(head.i)
        if rec is None:
            for t in phrase:
                cand = self.ent_at.get(t.i)
                if cand is not None and cand.label in _PARTY_LABELS:
                    rec = cand
                    break
        country = rec.country if rec is not None else None
        if country is None:
            # "Putin's leading security advisor Sergei Shoigu": the country of a name in the phrase
            country = next((self.ent_at[t.i].country for t in phrase if t.i in self.ent_at and self.ent_at[t.i].country), None)
        if country is None:
            # "Moscow said its troops ...": the troops are of what "its" stands for
            owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
            ante = self._antecedent(owner) if owner is not None else None
            rec_a = self.ent_at.get(ante.i) if ante is not None else None
            country = rec_a.country if rec_a is not None else None
        sector = None
        for t in [head, *reversed(list(phrase))]:
            sector = SECTOR_NOUNS.get(t.lower_) or SECTOR_NOUNS.get(t.lemma_.lower())
            if sector:
                break
        if sector is None and rec is not None and rec.label == "GPE" and rec.canonical and lookup_country(rec.canonical) is not None:
            sector = "GOV"  # a state that acts: its government
        if sector == "MED_":
            sector = "MED"
        if country is None and (sector is not None or head.pos_ == "PROPN"):
            # "rebels in the Ivory Coast", "King Hassan of Morocco", "activists from Fatah": people
            # are of the country of the place or body their phrase names ("the release of X" is no one)
            country = self._country_of_phrase(head)
        return Party(phrase.text, rec.canonical if rec is not None else None, country, sector, (phrase.start_char, phrase.end_char))

    def _country_of_phrase(self, head: Token) -> str | None:
        for c in head.children:
            obj = _pobj(c) if _is_prep(c) and c.lower_ in {"of", "in", "from", "throughout"} else None
            if obj is None:
                continue
            for t in [obj, *obj.lefts]:
                rec = self.ent_at.get(t.i)
                if rec is not None and rec.country:
                    return rec.country
        return None

    def _named_recipient(self, trig: Trigger, recip_tok: Token | None, actor: Party | None) -> Party | None:
        """Where the recipient read is no one but a thing, the party the thing or the clause names:
        "demanded the removal of X", "refused admittance to X", "shared evidence with X",
        "demanded that X cancel", "agreed to provide aid for X", "offered to negotiate with X"."""
        cands: list[Token] = []
        verb = trig.verb
        if verb is not None and trig.event_type == "THREATEN":
            # "threatened to stop the talks if the United States goes ahead": the threat is at
            # whoever the condition names
            for t in verb.subtree:
                if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in t.children):
                    cands += [x for x in t.children if x.dep_ in {"nsubj", "nsubjpass"}]
        if recip_tok is not None:
            cands += [c for c in recip_tok.children if c.dep_ == "poss"]
            for obj in _prep_objs(recip_tok, _THING_PARTY_PREPS):  # "part of a military aid program for X"
                cands += [obj, *_prep_objs(obj, _THING_PARTY_PREPS)]
        if verb is not None:
            cands += _prep_objs(verb, _VERB_PARTY_PREPS)
            # where a threatened or suspended act would fall is at whom it is aimed ("threatened to
            # impose a curfew in X")
            content_preps = _VERB_PARTY_PREPS - {"from"} | ({"in"} if trig.event_type in {"THREATEN", "SANCTION"} else set())
            for c in verb.children:
                if c.dep_ == "ccomp" and trig.event_type in _CONTENT_TAKERS:
                    cands += [x for x in c.children if x.dep_ in {"nsubj", "nsubjpass"}]
                elif c.dep_ == "xcomp":
                    cands += [x for x in c.children if x.dep_ == "dobj"]
                    cands += [o for t in c.subtree if _is_prep(t) and t.lower_ in content_preps for o in [_pobj(t)] if o is not None]
        for tok in cands:
            if tok.ent_type_ in _NOT_PARTIES:
                continue
            p = self.party(tok)
            if _someone(p) and (actor is None or p.name != actor.name):  # type: ignore[union-attr]
                return p
        return None

    def _antecedent(self, pron: Token) -> Token | None:
        """What "they", "he", "she" or "it" stands for: the subject of the clause before it
        in its sentence, else the main subject of the sentence before."""
        if pron.lower_ not in {"he", "she", "they", "it", "we", "its", "their", "his", "her"}:
            return None
        sent = pron.sent
        plural = pron.lower_ in {"they", "we", "their"}
        for t in sent:
            if t.i >= pron.i:
                break
            if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ in {"NOUN", "PROPN"}:
                return t
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        for t in prev:
            if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT" and t.pos_ in {"NOUN", "PROPN"}:
                if plural or t.tag_ in {"NNP", "NN"}:
                    return t
        return None

    def sides(self, trig: Trigger) -> tuple[Party | None, Party | None]:
        actor_tok: Token | None = None
        recip_tok: Token | None = None
        verb, noun = trig.verb, trig.noun
        if noun is not None:
            for c in noun.children:
                if c.dep_ == "poss" and actor_tok is None:
                    actor_tok = c
                elif c.dep_ == "prep" and c.lower_ in AGENT_PREPOSITIONS and actor_tok is None:
                    actor_tok = _pobj(c)
                elif c.dep_ == "prep" and c.lower_ == "between":
                    first = _pobj(c)
                    if first is not None:
                        actor_tok = first
                        recip_tok = next((x for x in first.children if x.dep_ == "conj"), None)
                elif c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPOSITIONS and recip_tok is None:
                    recip_tok = _pobj(c)
            if actor_tok is None:
                for c in noun.lefts:
                    rec = self.ent_at.get(c.i)
                    if c.dep_ in {"amod", "compound", "nmod"} and rec is not None and rec.label in {"NORP", "GPE", "PERSON", "ORG"}:
                        actor_tok = c
                        break
        if verb is not None:
            subj = _child(verb, "nsubj")
            passive = _child(verb, "nsubjpass") or reduced_passive_subject(verb)
            agent = _child(verb, "agent")
            if agent is not None and actor_tok is None:
                actor_tok = _pobj(agent)
            if subj is not None and actor_tok is None:
                actor_tok = subj
            if subj is None and passive is None and actor_tok is None:
                actor_tok = _inherited_subject(verb)
            if actor_tok is None and passive is not None and trig.event_type in {"AID", "MOBILIZE"}:
                # "North Korean troops were sent to Russia": who sends is whose they are
                actor_tok = next((c for c in passive.lefts if c.ent_type_ in {"NORP", "GPE"} and c.dep_ in {"amod", "compound", "nmod"}), None)
            if noun is None:
                if passive is not None:
                    if trig.event_type in {"AID", "MOBILIZE"}:  # what is sent or deployed is no recipient
                        recip_tok = recip_tok or _prep_obj(verb, {"to", "for"})
                    else:
                        recip_tok = recip_tok or passive
                obj = _child(verb, "dobj")
                if trig.event_type == "AID":
                    dative = _child(verb, "dative")
                    if dative is not None and dative.pos_ == "ADP":
                        dative = None  # "sent troops to Russia": the preposition's object, below
                    recip_tok = recip_tok or dative or _prep_obj(verb, {"to", "for"})
                    if recip_tok is None and obj is not None and _prep_obj(verb, {"with"}) is not None:
                        recip_tok = obj  # "provided Ukraine with arms"
                elif obj is not None:
                    recip_tok = recip_tok or obj
                else:
                    recip_tok = recip_tok or _prep_obj(verb, {"with", "on", "against", "to"})
            elif recip_tok is None:
                recip_tok = _prep_obj(verb, {"with", "on", "against", "to"})
        actor = self.party(actor_tok) if actor_tok is not None else None
        if actor_tok is not None and recip_tok is None and trig.event_type in {"AGREE", "CONSULT", "COOPERATE", "ASSAULT", "SUPPORT"}:
            # "Russia and Ukraine agreed", "they signed" for "Kim and Putin"
            head = self._antecedent(actor_tok) if actor_tok.pos_ == "PRON" else actor_tok
            if head is not None:
                recip_tok = next((x for x in head.children if x.dep_ == "conj"), None)
        recipient = self.party(recip_tok) if recip_tok is not None else None
        if not _someone(recipient):
            recipient = self._named_recipient(trig, recip_tok, actor) or recipient
        if actor is not None and actor.entity is None and actor.sector is None and actor.country is None:
            actor = None  # "the number", "this content": no one who acts
        return actor, recipient

    # -- place -------------------------------------------------------------------
    def place(self, trig: Trigger, actor: Party | None, recipient: Party | None) -> EventPlace | None:
        found = self._own_place(trig, actor, recipient)
        if found is None and actor is not None and actor.span is not None and actor.span[0] < trig.head.sent.start_char:
            # "Troops were sent to the Kursk region. They withdrew in January.": a report that goes on
            # about the same party, naming no new place, is still where the sentence before put it
            found = self._sentence_place.get(self.doc[trig.head.sent.start - 1].sent.start)
        if found is not None and found.span is not None:
            self._sentence_place.setdefault(trig.head.sent.start, found)
        return found or self.dateline_place(actor, recipient)

    def _own_place(self, trig: Trigger, actor: Party | None, recipient: Party | None) -> EventPlace | None:
        preps = set(PLACE_PREPOSITIONS)
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
                # "an attack on Kharkiv" is in Kharkiv; "sanctions on Moscow" are not in Moscow
                on_noun = trig.noun is not None and c.head.i == trig.noun.i and c.lower_ in {"on", "against"} and trig.event_type == "ASSAULT"
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
                if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPOSITIONS | {"at"} and _hangs_from(t, own):
                    found = self._resolve_phrase(t, only_entities=True)
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
            if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPOSITIONS and t.head.head.i in chain:
                found = self._resolve_phrase(t, only_entities=True)
                if found is not None:
                    return found
        return destination

    def _resolve_phrase(self, obj: Token, only_entities: bool = False, person_ok: bool = False) -> EventPlace | None:
        hint = None
        name_tok = obj
        if obj.lower_ in CITY_WORDS + REGION_WORDS:
            of = _prep_obj(obj, {"of"})
            if of is not None:
                hint = "city" if obj.lower_ in CITY_WORDS else "admin1"
                name_tok = of
            elif obj.lower_ in REGION_WORDS:
                hint = "admin1"
        names = [t for t in name_tok.lefts if t.dep_ in {"compound"} and t.pos_ == "PROPN"] + [name_tok]
        if name_tok.lower_ in REGION_WORDS:
            names = names[:-1]
        if not names or any(t.pos_ != "PROPN" or t.ent_type_ in _NOT_PARTIES for t in names):
            return None  # "in March" is a month, whatever town bears the name
        rec = self.ent_at.get(names[-1].i)
        if only_entities and (rec is None or rec.label not in _PLACE_LABELS | ({"PERSON"} if person_ok else set())):
            return None
        if rec is not None and rec.label not in _PLACE_LABELS | {"ORG", "PERSON"}:
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
        return _place(self.doc.text[lo:hi], (lo, hi), geo)

    def dateline_place(self, actor: Party | None, recipient: Party | None) -> EventPlace | None:
        """The dateline's place, one level coarser, where the parties are of its country or unknown."""
        if self._dateline is False:
            self._dateline = None
            m = _DATELINE.match(self.doc.text[:120])
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
        countries = {p.country for p in (actor, recipient) if p is not None and p.country}
        if countries and place.country not in countries:
            return None
        return place

    # -- time -------------------------------------------------------------------
    def time(self, trig: Trigger, mood: str = "asserted") -> EventTime | None:
        anchors = {a.i for a in trig.anchors} | {a.i for a in trig.absorbed}
        best = None
        for root, rec in self.times:
            if root.sent != trig.head.sent:
                continue
            if _hangs_from(root, anchors):
                best = rec
                break
        if best is None:
            main = _clause_root(trig.head)
            if main is not None and main.dep_ == "ROOT":
                for root, rec in self.times:
                    if root.sent == trig.head.sent and _hangs_from(root, {main.i}):
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
        for root, claim in self.claims:
            if root.sent != trig.head.sent or not _hangs_from(root, anchors, through_verbs=False):
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
        sent = trig.head.sent
        for root, claim in self.claims:
            if root.sent == sent and claim.source is not None:
                return claim.source
        return None


def _place(text: str, span: tuple[int, int] | None, geo: Geo) -> EventPlace:
    return EventPlace(text, span, geo.name, geo.country, geo.admin1, geo.lat, geo.lon, geo.precision)


def _clause_chain(tok: Token) -> set[int]:
    """The trigger and the words above it up to its clause's verb, and that verb's governors."""
    out = {tok.i}
    node = tok
    for _ in range(8):
        if node.head.i == node.i:
            break
        if node.pos_ == "VERB" and node.dep_ not in {"xcomp", "conj", "advcl"} and node.i != tok.i:
            break
        node = node.head
        out.add(node.i)
    return out


def _child(tok: Token, dep: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ == dep), None)


def _someone(p: Party | None) -> bool:
    """A party that is someone: an entity, or of a country or sector ("the number" is no one)."""
    return p is not None and (p.entity is not None or p.country is not None or p.sector is not None)


def _prep_objs(tok: Token, preps: frozenset[str]) -> list[Token]:
    return [o for c in tok.children if _is_prep(c) and c.lower_ in preps for o in [_pobj(c)] if o is not None]


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)


def _is_prep(tok: Token) -> bool:
    """A preposition hanging from a word: spaCy's small model labels "to" after verbs of
    giving and sending ``dative`` ("sent troops to Russia") where it is a plain preposition."""
    return tok.dep_ in {"prep", "agent"} or (tok.dep_ == "dative" and tok.pos_ == "ADP")


def _prep_obj(tok: Token, preps: set[str]) -> Token | None:
    for c in tok.children:
        if _is_prep(c) and c.lower_ in preps:
            obj = _pobj(c)
            if obj is not None:
                return obj
    return None


def _inherited_subject(verb: Token) -> Token | None:
    """The subject of the verb a subjectless complement or conjunct hangs from ("agreed to stop",
    "may be close to sharing")."""
    node = verb
    for _ in range(5):
        if node.dep_ not in {"xcomp", "conj", "advcl", "pcomp", "prep", "acomp", "pobj"} or node.head.i == node.i:
            return None
        node = node.head
        subj = _child(node, "nsubj") or _child(node, "nsubjpass")
        if subj is not None:
            return subj
    return None


def _hangs_from(tok: Token, anchors: set[int], through_verbs: bool = False) -> bool:
    """True where the heads above ``tok`` reach an anchor before another clause's verb."""
    node = tok
    for _ in range(12):
        if node.i in anchors:
            return True
        if node.head.i == node.i:
            return False
        if node.i != tok.i and node.pos_ == "VERB" and not through_verbs:
            return False
        node = node.head
    return False


def _clause_root(tok: Token) -> Token | None:
    """The main verb above a trigger, through complements only."""
    node = tok
    if node.pos_ != "VERB":
        while node.head.i != node.i and node.pos_ != "VERB":
            node = node.head
    while node.dep_ in {"xcomp", "ccomp", "conj"} and node.head.i != node.i:
        node = node.head
    return node if node.pos_ in {"VERB", "AUX"} else None


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
