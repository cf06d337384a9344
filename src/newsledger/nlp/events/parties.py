"""The parties of an event: its actor and recipient, each read off the parse and resolved to the
entity records it covers (canonical name and country), with a sector read off its head noun.

A verb's subject and object; a passive's "by" phrase is the actor and its
subject the recipient ("were killed by Russian forces"); aid goes "to" its
recipient; a noun's possessor, its demonym or name modifier or "by" phrase is
the actor, its "on"/"against" phrase the recipient ("a drone attack on
Kharkiv"), "between X and Y" both. A complement without a subject ("agreed to
stop", "expected to meet") takes its governor's. A recipient that is a thing
gives way to the party it or its clause names ("demanded the removal of X",
"demanded that X cancel"); people with no country of their own take the one
their of/in/from phrase names ("rebels in the Ivory Coast").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lang.en.events import (
    AGENT_PREPOSITIONS,
    EMPTY_PARTIES,
    MODE_WORDS,
    PARTY_COUNT_HEADS,
    RECIPIENT_PREPOSITIONS,
    SECTOR_NOUNS,
)
from ...records import EntityRecord, Party
from ..gazetteer import lookup_country
from .syntax import (
    child as _child,
    prep_objs as _prep_objs,
    pobj as _pobj,
    is_prep as _is_prep,
    prep_obj as _prep_obj,
    inherited_subject as _inherited_subject,
)
from .triggers import Trigger, reduced_passive_subject

NOT_PARTIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
_PARTY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")
# Where a thing names its party ("the removal of X", "admittance to X", "support from X") and where a
# verb does ("shared evidence with X", "protested against X").
_THING_PARTY_PREPS = frozenset({"of", "by", "from", "to", "for", "with", "against", "on"})
_VERB_PARTY_PREPS = frozenset({"with", "to", "from", "against", "on", "for"})
# Categories whose "that" clause says what the recipient is to do ("demanded that X cancel").
_CONTENT_TAKERS = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT", "ACCUSE", "CONCEDE", "RETREAT"})  # "allowed X to stand"


class Parties:
    """The party readers over one Doc, with its entity records by token."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.ent_at: dict[int, EntityRecord] = {}
        for rec in doc._.entities or []:
            span = doc.char_span(rec.span[0], rec.span[1], alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                self.ent_at.setdefault(t.i, rec)

    def party(self, head: Token) -> Party | None:
        """The actor or recipient a noun phrase names."""
        if head.dep_ in {"nsubj", "nsubjpass"} and head.lower_ in {"who", "which", "that"} and head.head.dep_ == "relcl":
            head = head.head.head  # "forces, which attacked": the antecedent
        if head.lower_ in PARTY_COUNT_HEADS or head.ent_type_ == "CARDINAL":
            of = _prep_obj(head, {"of"})
            if of is not None:
                head = of  # "thousands of Iraqi Kurds demonstrated": the Kurds
        if head.lower_ == "it" and head.dep_ == "nsubj":
            # "Switzerland said it had expelled ...": the subject of the clause it is reported in
            ante = self._antecedent(head, same_sentence=True)
            if ante is not None and (self.ent_at.get(ante.i) is not None or ante.lower_ in SECTOR_NOUNS):
                head = ante
        if head.lower_ in EMPTY_PARTIES or head.ent_type_ in NOT_PARTIES:
            return None  # "on Wednesday", an "it" that stands for nothing named
        weapon = head.lower_ in MODE_WORDS  # "Russian jets bombed": the forces that fly them; "detonated grenades": no one
        if weapon and not (head.dep_ == "nsubj" or (head.dep_ == "pobj" and head.head.dep_ == "agent")):
            return None  # "launched North Korean missiles": the weapon used, no recipient
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
        if sector == "GOV":
            # a role noun is of the body its modifier names: "opposition leader", "rebel commander"
            mods = [SECTOR_NOUNS.get(t.lower_) for t in head.lefts if t.dep_ in {"compound", "amod", "nmod"}]
            sector = next((m for m in mods if m in {"OPP", "REB", "LAB", "JUD"}), sector)
        if sector is None and rec is not None and rec.label == "GPE" and rec.canonical and lookup_country(rec.canonical) is not None:
            sector = "GOV"  # a state that acts: its government
        if sector == "MED_":
            sector = "MED"
        if country is None and (sector is not None or head.pos_ == "PROPN"):
            # "rebels in the Ivory Coast", "King Hassan of Morocco", "activists from Fatah": people
            # are of the country of the place or body their phrase names ("the release of X" is no one)
            country = self._country_of_phrase(head)
        if weapon:
            if country is None:
                return None
            sector = "MIL"
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
        if recip_tok is not None and recip_tok.lower_ not in MODE_WORDS:  # a weapon's maker is no recipient
            cands += [c for c in recip_tok.children if c.dep_ == "poss"]
            # "over two Israeli air raids": whose the thing is, by its demonym
            cands += [c for c in recip_tok.lefts if c.dep_ in {"amod", "compound", "nmod"} and c.ent_type_ in {"NORP", "GPE"}]
            # "the demonstration staged by students": who the thing is of
            cands += [o for c in recip_tok.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent" for o in [_pobj(a)] if o is not None]
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
                elif c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)):
                    # "agreed to supply X", "opened fire to disperse the demonstrators"
                    cands += [x for x in c.children if x.dep_ == "dobj"]
                    cands += [o for t in c.subtree if _is_prep(t) and t.lower_ in content_preps for o in [_pobj(t)] if o is not None]
        for tok in cands:
            if tok.ent_type_ in NOT_PARTIES:
                continue
            p = self.party(tok)
            if _someone(p) and (actor is None or p.name != actor.name):  # type: ignore[union-attr]
                return p
        return None

    def _antecedent(self, pron: Token, same_sentence: bool = False) -> Token | None:
        """What "they", "he", "she" or "it" stands for: the subject of the clause before it
        in its sentence, else (not for ``same_sentence``) the main subject of the sentence before."""
        if pron.lower_ not in {"he", "she", "they", "it", "we", "its", "their", "his", "her"}:
            return None
        sent = pron.sent
        plural = pron.lower_ in {"they", "we", "their"}
        for t in sent:
            if t.i >= pron.i:
                break
            if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ in {"NOUN", "PROPN"}:
                return t
        if sent.start == 0 or same_sentence:
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
                    if first is not None and trig.mode == "mediate":
                        recip_tok = first  # "a mediation effort between X and Y": the mediator acts on them
                    elif first is not None:
                        actor_tok = first
                        recip_tok = next((x for x in first.children if x.dep_ == "conj"), None)
                elif c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPOSITIONS and recip_tok is None:
                    recip_tok = _pobj(c)
            if recip_tok is None and trig.event_type == "RETREAT" and trig.mode == "withdraw":
                recip_tok = _prep_obj(noun, {"from"})  # "the withdrawal of forces from Panama": from whom
            if recip_tok is None and (trig.event_type in {"ASSAULT", "COERCE", "SANCTION", "PROTEST", "THREATEN"} or trig.mode == "release"):
                # "the blockade of Serbia", "the arrest of X", "the release of prisoners": who it falls on
                recip_tok = _prep_obj(noun, {"of"})
            if recip_tok is None:
                # "a roadside bombing killed one soldier": whom the folded result harmed
                result = next((a for a in trig.absorbed if a.pos_ == "VERB"), None)
                recip_tok = (_child(result, "dobj") or _child(result, "nsubjpass")) if result is not None else None
            if actor_tok is None:
                for c in noun.lefts:
                    rec = self.ent_at.get(c.i)
                    if c.dep_ in {"amod", "compound", "nmod"} and rec is not None and rec.label in {"NORP", "GPE", "PERSON", "ORG"}:
                        actor_tok = c
                        break
            if actor_tok is None and verb is None and trig.event_type in {"MOBILIZE", "PROTEST"}:
                # "Israeli troops remained on alert", "the army was put on high alert": who is in that state
                gov = noun.head.head if noun.dep_ == "pobj" else noun.head
                actor_tok = _child(gov, "nsubj") or _child(gov, "nsubjpass") if gov.pos_ in {"VERB", "AUX"} else None
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
                if trig.event_type == "RETREAT" and trig.mode == "withdraw" and obj is None:
                    recip_tok = recip_tok or _prep_obj(verb, {"from"})  # "withdrew from Chad": from whom
                if trig.event_type == "MOBILIZE":
                    # the forces deployed are no recipient: whom or where they are sent against is
                    recip_tok = recip_tok or _prep_obj(verb, {"against", "to", "into", "toward", "towards", "on"})
                elif trig.event_type == "AID":
                    dative = _child(verb, "dative")
                    if dative is not None and dative.pos_ == "ADP":
                        dative = None  # "sent troops to Russia": the preposition's object, below
                    recip_tok = recip_tok or dative or _prep_obj(verb, {"to", "for"})
                    if recip_tok is None and obj is not None and _prep_obj(verb, {"with"}) is not None:
                        recip_tok = obj  # "provided Ukraine with arms"
                elif obj is not None:
                    recip_tok = recip_tok or obj
                elif verb.lemma_.lower() == "complain":
                    # "complained to the UN over Israeli raids": the UN hears it; the raids' party is accused
                    recip_tok = recip_tok or _prep_obj(verb, {"about", "over", "against", "of"}) or _prep_obj(verb, {"to"})
                else:
                    recip_tok = recip_tok or _prep_obj(verb, {"with", "on", "against", "to"})
            elif recip_tok is None:
                recip_tok = _prep_obj(verb, {"with", "on", "against", "to"})
        if recip_tok is None and trig.event_type == "PROTEST":
            # "a hunger strike in protest at the violations by X": what the folded protest is against
            for a in trig.absorbed:
                if a.lemma_.lower() == "protest":
                    recip_tok = _prep_obj(a, {"against", "at", "over", "of"})
                    break
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


def _someone(p: Party | None) -> bool:
    """A party that is someone: an entity, or of a country or sector ("the number" is no one)."""
    return p is not None and (p.entity is not None or p.country is not None or p.sector is not None)
