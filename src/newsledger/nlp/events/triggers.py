"""Event triggers over the parse: a verb or a noun of the PLOVER lexicon, its category, mode and modality.

One event a clause. A trigger that is only the content of another ("agreed
to stop", "threatened to attack", "urged X to withdraw") or its result
("launched an attack, injuring 21") belongs to the governing trigger; a noun
that a light verb carries ("launched an attack", "held talks", "signed a
pact") is that verb's event. A bare definite noun ("after the attack")
refers back to an event already told, and is none of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ...lang.en.casualties import COUNT_NOUNS
from ...lang.en.reporting import REPORT_VERBS
from ...lang.en.events import (
    AID_WORDS,
    CUTTING_NOUNS,
    RELATION_THINGS,
    DEBT_WORDS,
    HAZARD_WORDS,
    INHERENT_MODES,
    LIGHT_NOUNS,
    MET_THINGS,
    NOT_RELEASED,
    RESULT_LEMMAS,
    BASE_WORDS,
    CONDITION_MARKS,
    DENIAL_GOVERNORS,
    HUMANITARIAN_AID_WORDS,
    LEMMA_FIXES,
    LIGHT_VERBS,
    MILITARY_AID_WORDS,
    MODE_ORDER,
    MODE_WORDS,
    NEGATIONS,
    NOUN_TRIGGERS,
    PLANNED_AUX,
    PLANNED_GOVERNORS,
    PLANNED_MODIFIERS,
    POSSIBLE_ADVERBS,
    POSSIBLE_AUX,
    POSSIBLE_GOVERNORS,
    VERB_SENSES,
    VERB_TRIGGERS,
    WEAPON_VERBS,
)
from ..doc_words import lemmas as lemma_column
from ..doc_words import lower_words, pos_tags
from .figurative import DROP, accident_cause, contest_verb, noun_sense, verb_sense
from .senses import (
    by_hazard as _by_hazard,
    concession as _concession,
    declared as _declared,
    demanded as _demanded,
    eased as _eased,
    labour_strike as _labour_strike,
    of_words as _of_words,
    pobj_lower as _pobj_lower,
    phrasal_event as _phrasal_event,
    relations as _relations,
    someone_word as _someone_word,
    words_below as _words_below,
    lemma_of,
    SENSE_VERB_LEMMAS,
)

_lemma = lemma_of

# Categories whose xcomp is their content ("agreed to stop", "refused to meet").
_CONTROLLERS = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "CONCEDE", "ACCUSE"})
# Nouns that stand alone as events; the others need their light verb ("signed a pact").
_STANDALONE = frozenset({"CONSULT", "ASSAULT", "PROTEST", "MOBILIZE", "COERCE", "RETREAT", "ACCUSE", "THREATEN"})
_AID_THINGS = MILITARY_AID_WORDS | HUMANITARIAN_AID_WORDS | AID_WORDS
# Nouns that carry the event of the trigger noun compounded on them ("a mediation mission").
_GENERIC_HEADS = frozenset({"mission", "effort", "bid", "initiative", "attempt", "campaign", "operation", "drive"})


@dataclass
class Trigger:
    """One event's words: the anchors the roles hang from, its category and mode."""

    verb: Token | None
    noun: Token | None
    event_type: str
    mode: str | None
    tokens: tuple[int, int]
    """The token range that states it ("launched a massive drone attack")."""
    absorbed: list[Token] = field(default_factory=list)
    """Triggers folded into this one (its content, its result)."""
    content: list[tuple[Token, str, str | None]] = field(default_factory=list)
    """The folded triggers' heads with their category and mode ("vowed to attack": attack, ASSAULT)."""

    @property
    def anchors(self) -> list[Token]:
        return [t for t in (self.verb, self.noun) if t is not None]

    @property
    def head(self) -> Token:
        return self.verb if self.verb is not None else self.noun  # type: ignore[return-value]


def _obj(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in {"dobj", "obj"}:
            return c
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            return c
    return reduced_passive_subject(verb)


def reduced_passive_subject(verb: Token) -> Token | None:
    """The noun a past participle modifies, which is what it acts on: "troops sent to Russia",
    "the journalists detained on Monday" (a reduced passive relative clause)."""
    if (
        verb.dep_ == "acl"
        and verb.tag_ in {"VBN", "VBD"}  # the small tagger often takes the participle for a past tense
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in verb.children)
    ):
        return verb.head
    return None


def _verb_ok(verb: Token, lemma: str) -> bool:
    """Senses of trigger verbs that are no events ("met the target", "released a statement")."""
    obj = _obj(verb)
    olemma = _lemma(obj) if obj is not None else None
    kids = {c.lower_ for c in verb.children}
    if lemma == "call":
        return any(c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in verb.children)
    if lemma in {"send", "provide", "supply", "deliver", "give", "ship", "grant", "lend", "contribute"}:
        if obj is None:
            return False
        # "will give Tanzania a grant": the thing given may stand beside the recipient
        words = {t.lower_ for c in [obj, *(c for c in verb.children if c.dep_ in {"dobj", "obj", "dative"})] for t in c.subtree}
        words |= {olemma or ""}
        return bool(words & _AID_THINGS)
    if lemma in {"lift", "ease"}:
        return obj is not None and _eased(obj)
    if lemma == "hand":
        return "over" in kids
    if lemma in {"strengthen", "bolster", "boost"}:
        return obj is not None and bool(_words_below(obj) & (MILITARY_AID_WORDS | {"military", "presence", "garrison"}))
    if lemma in {"forgive", "write"}:
        return obj is not None and bool(_words_below(obj) & DEBT_WORDS) and (lemma == "forgive" or "off" in kids)
    if lemma == "surrender":
        return not any(c.dep_ == "prep" and c.lower_ == "to" and _pobj_lower(c) in {"police", "authorities"} for c in verb.children)
    if lemma in {"release", "free"}:
        return obj is not None and olemma not in NOT_RELEASED and obj.lower_ not in NOT_RELEASED
    if lemma == "meet":
        return olemma not in MET_THINGS
    if lemma in {"demonstrate", "rally", "march", "protest"}:
        return obj is None or lemma == "protest"  # "demonstrated its support", "rallied supporters"
    if lemma == "fire":
        return obj is not None or any(c.dep_ == "prep" and c.lower_ in {"at", "on", "into", "towards", "toward"} for c in verb.children)
    if lemma in WEAPON_VERBS:
        return obj is not None and bool({t.lower_ for t in obj.subtree} & set(MODE_WORDS))
    if lemma in {"establish", "set", "build", "open"}:
        return obj is not None and obj.lower_ in BASE_WORDS
    if lemma == "warn":
        return not any(c.dep_ == "ccomp" for c in verb.children)
    if lemma in {"hit", "strike", "down"}:
        words = _words_below(verb)
        return bool(words & set(MODE_WORDS)) or any(c.dep_ == "nsubj" and c.lower_ in {"forces", "troops", "army", "military"} for c in verb.children) or lemma == "strike"
    if lemma in {"share", "exchange", "trade"}:
        return obj is not None
    if lemma == "commit":
        return any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    if lemma in {"back", "support"}:
        # "support" of someone or their effort, not "supports the weight"; the small model's "support" noun is no verb
        return obj is not None and (_someone_word(obj) or any(_someone_word(c) for c in obj.children if c.dep_ == "poss")
                                    or obj.lower_ in {"efforts", "effort", "bid", "resolution", "plan", "proposal", "candidacy", "call"})
    if lemma in {"capture", "seize", "take"}:
        return obj is not None
    return True


def mode_with_actor(mode: str | None, actor_words: str) -> str | None:
    """An attack's mode, given the words of an actor read from another clause ("Russian jets
    flew in and bombed the airport" is an air strike): the weapon the actor is wins by MODE_ORDER."""
    if mode in INHERENT_MODES:
        return mode
    found = {MODE_WORDS[w] for w in actor_words.lower().split() if w in MODE_WORDS} | ({mode} if mode else set())
    return next((m for m in MODE_ORDER if m in found), mode)


def _mode_from(tokens: list[Token], fallback: str | None) -> str | None:
    found = {MODE_WORDS[t.lower_] for t in tokens if t.lower_ in MODE_WORDS}
    for mode in MODE_ORDER:
        if mode in found:
            return mode
    return fallback


def _aid_mode(obj: Token | None) -> str | None:
    if obj is None:
        return None
    words = {t.lower_ for t in obj.subtree}
    if words & MILITARY_AID_WORDS or "military" in words:
        return "military"
    if words & HUMANITARIAN_AID_WORDS or "humanitarian" in words:
        return "humanitarian"
    return None


def _noun_trigger(noun: Token) -> tuple[str, str | None] | None:
    lemma = _lemma(noun)  # read once: every noun of every sentence comes here
    if lemma == "strike" and _labour_strike(noun):
        return "PROTEST", "strike"  # PLOVER: a strike or walkout is a protest
    if lemma in CUTTING_NOUNS and _of_words(noun) & RELATION_THINGS:
        return "SANCTION", "discontinue"  # "a suspension of air links"
    if lemma == "alert" and (noun.head.lower_ == "on" or any(c.lower_ in {"high", "full", "maximum", "heightened", "combat"} for c in noun.children)):
        return "MOBILIZE", "troops"  # "remained on alert", "put on high alert"
    if lemma == "patrol" and noun.tag_ == "NNS":
        return "MOBILIZE", "troops"  # "ordered patrols by police and soldiers"
    if lemma in _GENERIC_HEADS:
        # "a mediation effort", "a bombing campaign": the event is the compound's
        for c in noun.children:
            if c.dep_ == "compound" and c.i == noun.i - 1:
                spec = NOUN_TRIGGERS.get(c.lower_) or NOUN_TRIGGERS.get(_lemma(c))
                if spec is not None:
                    return spec
    return NOUN_TRIGGERS.get(noun.lower_) or NOUN_TRIGGERS.get(lemma)


def _is_noun_event(noun: Token) -> bool:
    """A noun of the lexicon that names an occurrence here, not a thing, a statistic or an earlier event."""
    if noun.dep_ in {"compound", "amod"} or noun.ent_type_ in {"DATE", "CARDINAL", "ORDINAL"}:
        return False  # "attack drones"; "March"
    if any(c.dep_ == "nummod" for c in noun.children):
        return False  # "379 attacks": a count, not an event
    if any(t.dep_ == "compound" and (t.lower_ in HAZARD_WORDS or _lemma(t) in HAZARD_WORDS) for t in noun.subtree if t.i < noun.i):
        return False  # "a gas cylinder explosion": an accident
    kids = [c for c in noun.children if c.dep_ not in {"punct"}]
    dets = [c for c in kids if c.dep_ == "det"]
    if dets and len(kids) == len(dets) and dets[0].lower_ in {"the", "this", "that", "these", "those"}:
        return False  # "after the attack": told already
    counted = noun.head.head if noun.dep_ == "pobj" else noun.head
    if counted.lemma_.lower() in COUNT_NOUNS:
        return False  # "the number of drone attacks": a statistic
    return True


def _modifier_mode(noun: Token) -> str | None:
    return _mode_from([t for t in noun.subtree if t.i <= noun.i] + [noun], None)


_TRIGGER_POS = frozenset({"VERB", "NOUN", "PROPN"})
# The lemmas each branch of find_triggers reads (the lexicons, the light verbs, the sense
# rules' verbs, the literal ones below): a word outside them triggers nothing, and is passed
# over on the Doc's columns before a Token is made. A branch reading a new lemma adds it here.
_VERB_KEYS = frozenset(
    LIGHT_VERBS | REPORT_VERBS | set(VERB_TRIGGERS) | set(VERB_SENSES) | SENSE_VERB_LEMMAS
    | {"open", "exchange", "trade", "blow", "test"}
)
_NOUN_KEYS = frozenset(set(NOUN_TRIGGERS) | CUTTING_NOUNS | _GENERIC_HEADS | {"strike", "alert", "patrol"})


def find_triggers(sent: Span) -> list[Trigger]:
    """Every event trigger of a sentence, the ones folded into others left out."""
    found: dict[int, Trigger] = {}
    consumed: set[int] = set()
    doc = sent.doc
    tags, words, lemmas = pos_tags(doc), lower_words(doc), lemma_column(doc)
    for i in range(sent.start, sent.end):
        # only verbs and nouns of the lexicons trigger: the others are passed over before a Token is made
        tag = tags[i]
        if tag not in _TRIGGER_POS or i in consumed:
            continue
        key = LEMMA_FIXES.get(words[i]) or lemmas[i]  # lemma_of, from the columns
        if key not in (_VERB_KEYS if tag == "VERB" else _NOUN_KEYS) and (tag == "VERB" or words[i] not in NOUN_TRIGGERS):
            continue
        tok = doc[i]
        if tags[i] == "VERB" and tok.dep_ != "amod":  # "the negotiating parties"
            lemma = _lemma(tok)
            obj = _obj(tok)
            if lemma in LIGHT_VERBS and obj is not None and obj.dep_ in {"dobj", "obj"}:
                spec = _noun_trigger(obj) or LIGHT_NOUNS.get(_lemma(obj))
                if spec is not None and noun_sense(obj, spec[0], spec[1]) == DROP:
                    spec = None  # "issued many press releases", "staged a campaign rally"
                if spec is not None and not any(c.dep_ == "nummod" for c in obj.children):
                    etype, mode = spec
                    if lemma == "sign" and etype == "AGREE":
                        etype = "SUPPORT"  # PLOVER: signing an agreement is SUPPORT; agreeing to one is AGREE
                    elif lemma in {"declare", "announce"} and _lemma(obj) in {"ceasefire", "truce"}:
                        etype = "CONCEDE"  # the codebook: a declared (not yet kept) ceasefire is a concession
                    elif etype == "PROTEST" and _lemma(obj) == "protest" and (
                        lemma in {"lodge", "file", "deliver", "register", "issue", "send"}
                        or any(c.lower_ in {"official", "formal", "diplomatic", "strong"} for c in obj.children)
                    ):
                        etype, mode = "ACCUSE", "disapprove"  # a protest note is a complaint, not a demonstration
                    elif lemma in {"impose", "reimpose", "enforce", "tighten"} and mode == "obstruct":
                        etype, mode = "COERCE", "restrict"  # a blockade imposed by a state, not protesters'

                    if etype == "ASSAULT":
                        mode = _mode_from(list(tok.subtree), mode)  # "Israeli jets carried out a strike"
                    found[tok.i] = Trigger(tok, obj, etype, mode, (tok.i, obj.i + 1))
                    consumed.add(obj.i)
                    continue
            declared = _declared(lemma, obj)
            if declared is not None:
                found[tok.i] = Trigger(tok, obj, "COERCE", declared, (tok.i, obj.i + 1))  # type: ignore[union-attr]
                consumed.update(t.i for t in obj.subtree)  # type: ignore[union-attr]
                continue
            if lemma in {"open", "exchange", "trade"} and obj is not None and obj.lower_ in {"fire", "gunfire", "shots"}:
                found[tok.i] = Trigger(tok, None, "ASSAULT", "firearms", (tok.i, obj.i + 1))  # "opened fire", "exchanged fire"
                consumed.add(obj.i)
                continue
            phrase = _phrasal_event(tok, lemma, obj)
            if phrase is not None:
                found[tok.i] = Trigger(tok, None, phrase[0], phrase[1], (tok.i, tok.i + 1))
                if obj is not None:
                    consumed.add(obj.i)
                continue
            if lemma in REPORT_VERBS and lemma not in VERB_TRIGGERS and _demanded(tok):
                # "Russia said Sudan must return the helicopter": a demand, its content not asserted
                found[tok.i] = Trigger(tok, None, "REQUEST", None, (tok.i, tok.i + 1))
                continue
            conceded = _concession(tok, lemma, obj) or _relations(lemma, obj)
            if conceded is not None:
                found[tok.i] = Trigger(tok, None, conceded[0], conceded[1], (tok.i, tok.i + 1))
                if obj is not None:
                    consumed.update(t.i for t in obj.subtree)  # "called off a strike": no strike of its own
                continue
            spec = VERB_TRIGGERS.get(lemma) or VERB_SENSES.get(lemma)
            if lemma == "blow" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
                spec = ("ASSAULT", "explosives")  # "blew up the bridge", "blew himself up"
            if spec is None and lemma == "test" and obj is not None and {t.lower_ for t in obj.subtree} & set(MODE_WORDS):
                spec = ("MOBILIZE", "weapons")
            if spec is None or not _verb_ok(tok, lemma):
                continue
            sense = verb_sense(tok, lemma, obj) or contest_verb(tok, lemma, obj)
            if sense == DROP:
                continue  # "revenue declined 8%", "fought for our liberty"
            etype, mode = sense or spec
            if lemma == "protest" and any(c.dep_ == "ccomp" for c in tok.children):
                etype, mode = "ACCUSE", "disapprove"  # "..., a rights group protested": said in protest, no crowd
            if etype == "ASSAULT" and (_by_hazard(tok) or accident_cause(tok)):
                continue  # "an earthquake killed 300": harm done by no one
            if etype == "ASSAULT" and mode not in INHERENT_MODES:
                # "the bomb went off, killing 247": a result's weapon is in the clause it follows
                cause = [t for c in tok.head.children if c.dep_ == "nsubj" for t in c.subtree] if tok.dep_ == "advcl" and lemma in RESULT_LEMMAS else []
                mode = _mode_from(list(tok.subtree) + cause, mode)
            elif etype == "AID":
                mode = _aid_mode(obj)
            found[tok.i] = Trigger(tok, None, etype, mode, (tok.i, tok.i + 1))
        elif tags[i] != "VERB":  # a noun or a proper noun
            spec = _noun_trigger(tok)
            if spec is None or spec[0] not in _STANDALONE or not _is_noun_event(tok):
                continue
            if tok.head.i in found and found[tok.head.i].noun is not None and found[tok.head.i].noun.i == tok.i:
                continue
            etype, mode = spec
            sense = noun_sense(tok, etype, mode)
            if sense == DROP:
                continue  # "a custody battle", "calls for his ouster", "Cruz's rally in Miami"
            etype, mode = sense or (etype, mode)
            if etype == "ASSAULT":
                mode = _modifier_mode(tok) or mode
            start = min([tok.i] + [c.i for c in tok.lefts if c.dep_ in {"amod", "compound", "nmod"}])
            found[tok.i] = Trigger(None, tok, etype, mode, (start, tok.i + 1))
    return _fold(list(found.values()))


def _fold(triggers: list[Trigger]) -> list[Trigger]:
    """Fold content, purpose and result triggers into the triggers that govern them."""
    anchor_of: dict[int, Trigger] = {}
    for t in triggers:
        for a in t.anchors:
            anchor_of[a.i] = t
    dropped: set[int] = set()
    merges: list[tuple[Trigger, Trigger]] = []
    for t in triggers:
        tok = t.head
        node, deps, crossed = tok, [], False
        while node.head.i != node.i:
            deps.append(node.dep_)
            purpose = node.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            if node.i != tok.i and node.pos_ == "VERB" and node.i not in anchor_of:
                crossed = True
            node = node.head
            gov = anchor_of.get(node.i)
            if gov is None or gov is t:
                continue
            first = deps[0]
            if gov.event_type in _CONTROLLERS and (crossed or first in {"xcomp", "ccomp", "pcomp", "pobj", "dobj", "advcl", "prep"}):
                absorbed = True
            elif first == "advcl" and not crossed and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in tok.children):
                absorbed = True  # "will attack unless Baghdad accepts the terms": the condition is no event of its own
            elif purpose:
                absorbed = True  # "met to discuss aid", "sent troops to repel a raid"
            elif (
                not crossed and first == "nsubj" and t.noun is not None and t.verb is None
                and t.event_type == "ASSAULT" and gov.event_type == "ASSAULT" and _lemma(gov.head) in RESULT_LEMMAS
            ):
                # "a drone attack by Russia on Kharkiv injured 9": one event, the noun's, with its result
                dropped.add(gov.head.i)
                t.absorbed.append(gov.head)
                merges.append((t, gov))
                absorbed = False
            elif not crossed and t.event_type == "ASSAULT" and gov.event_type == "ASSAULT" and (
                _lemma(tok) in RESULT_LEMMAS or first in {"advcl", "xcomp", "pobj", "dobj", "nsubjpass", "prep"}
            ):
                absorbed = True
            elif not crossed and first == "pobj" and gov.noun is not None and node.i == gov.noun.i:
                absorbed = True  # "a break in attacks": part of the noun's own event
            elif t.noun is not None and _lemma(t.noun) == "protest" and t.noun.head.lower_ == "in" and gov.event_type == "PROTEST":
                absorbed = True  # "a hunger strike in protest at X": the strike's purpose, not a second protest
            else:
                absorbed = False
            if absorbed:
                dropped.add(tok.i)
                gov.absorbed.append(tok)
                gov.content.append((tok, t.event_type, t.mode))
            break
    for t, gov in merges:
        t.absorbed.extend(gov.absorbed)  # "... killed one soldier and wounded two others": both results
    return [t for t in triggers if t.head.i not in dropped]


# -- modality --------------------------------------------------------------------
def _governors(tok: Token) -> list[Token]:
    """The verbs and adjectives a trigger is the complement of ("expected to meet", "believed to have",
    "may be close to sharing"), and the clause a condition hangs from ("would ... when sanctions were lifted")."""
    out = []
    node = tok
    for _ in range(6):
        conditional = node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in node.children)
        if not (node.dep_ in {"xcomp", "acomp", "pcomp", "prep", "pobj"} or conditional) or node.head.i == node.i:
            break
        node = node.head
        out.append(node)
    return out


def modality(trigger: Trigger) -> str:
    """asserted, denied, possible or planned, from negation, modals, governing verbs and modifiers."""
    tok = trigger.verb if trigger.verb is not None else trigger.noun
    assert tok is not None
    chain = [tok, *_governors(tok)]
    if trigger.verb is None and trigger.noun is not None:
        noun = trigger.noun
        if any(c.lower_ == "no" and c.dep_ == "det" for c in noun.children):
            return "denied"
        if any(c.lower_ in PLANNED_MODIFIERS for c in noun.children if c.dep_ in {"amod", "advmod", "compound"}):
            return "planned"
        if noun.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
            verb = noun.head if noun.dep_ != "pobj" else noun.head.head
            if verb.pos_ in {"VERB", "AUX"}:
                chain = [verb, *_governors(verb)]
                if noun.dep_ == "nsubjpass" and _lemma(verb) in PLANNED_GOVERNORS:
                    return "planned"  # "a visit is being prepared"
                if noun.dep_ == "dobj" and _lemma(verb) in PLANNED_GOVERNORS | {"plan", "schedule", "propose"}:
                    return "planned"
            else:
                chain = []
    for node in chain:
        kids = list(node.children)
        if any(c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in {"advmod", "neg"}) for c in kids):
            return "denied"
    for node in chain[1:]:
        if _lemma(node) in DENIAL_GOVERNORS:
            return "denied"
    for node in chain:
        kids = list(node.children)
        if any(c.lower_ in POSSIBLE_AUX and c.dep_ == "aux" for c in kids) or any(
            c.lower_ in POSSIBLE_ADVERBS for c in kids if c.dep_ == "advmod"
        ):
            return "possible"
    for node in chain[1:]:
        if _lemma(node) in POSSIBLE_GOVERNORS:
            return "possible"
    for node in chain:
        kids = list(node.children)
        if any(c.lower_ in PLANNED_AUX | {"would"} and c.dep_ == "aux" for c in kids):
            return "planned"
        if any(c.lower_ == "going" for c in kids) or (node.lower_ == "going"):
            return "planned"
    for node in chain[1:]:
        if _lemma(node) in PLANNED_GOVERNORS:
            return "planned"
    return "asserted"


# A future harm announced is a threat, its mode the threat's content (the codebook's THREATEN modes).
_THREAT_MODES = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "relations", "PROTEST": "restrict"}


def plover_type(trigger: Trigger, mood: str) -> tuple[str, str | None]:
    """The category and mode the codebook asks for: future cooperation is AGREE, a future retreat
    CONCEDE, a future harm ("will boycott", "would blockade Paris", "is prepared to impose martial
    law") THREATEN."""
    if mood == "planned" and trigger.event_type in {"CONSULT", "SUPPORT", "COOPERATE", "AID"}:
        return "AGREE", None
    if trigger.event_type == "AGREE" and trigger.verb is not None and _lemma(trigger.verb) in {"vow", "swear", "pledge"}:
        # "vowed to attack the capital": a promise of harm is a threat (not "vowed to end the fighting")
        harm = next((c for c in trigger.content if c[0].head.i == trigger.verb.i and c[0].dep_ in {"xcomp", "advcl"}
                     and any(x.dep_ == "aux" and x.lower_ == "to" for x in c[0].children) and c[1] in _THREAT_MODES), None)
        if harm is not None:
            return "THREATEN", _THREAT_MODES[harm[1]]
    if mood == "planned" and trigger.event_type == "RETREAT":
        return "CONCEDE", None
    conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
                      for c in trigger.head.children)
    # a sanction announced is a decision ("would prohibit all aid"); with a condition it is a threat;
    # the harm an "if" clause supposes ("to defend Saudi Arabia if it is attacked") is no one's threat
    supposed = trigger.head.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in trigger.head.children)
    if mood == "planned" and trigger.event_type in _THREAT_MODES and not supposed and (trigger.event_type != "SANCTION" or conditional):
        mode = "arrest" if trigger.mode == "arrest" else "expel" if trigger.mode == "expel" else _THREAT_MODES[trigger.event_type]
        return "THREATEN", mode
    return trigger.event_type, trigger.mode
