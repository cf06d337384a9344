"""Word senses the event triggers test: which reading of a verb or noun is an event, and which.

"lifted the curfew" concedes, "lifted his glass" does not; "halted aid" cuts
relations, "halted production" does not; "a hunger strike" is a protest, "a
drone strike" an attack; "floods killed 40" is harm by no one; "said Sudan
must return it" is a demand. Each reads only the trigger's own words.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lang.en.events import (
    ACCEPTED_THINGS,
    ACCESS_WORDS,
    CALLED_OFF_THINGS,
    CONCESSION_VERBS,
    CUTTING_VERBS,
    DECLARED_RESTRICTIONS,
    DIPLOMATIC_THINGS,
    EASED_THINGS,
    HAZARD_WORDS,
    LABOUR_STRIKE_CUES,
    LEMMA_FIXES,
    MODE_WORDS,
    RELATION_THINGS,
    RESTORING_VERBS,
    SECTOR_NOUNS,
    STOPPED_PROTESTS,
    STOPPING_VERBS,
    RECEIVED_VISITORS,
    TERRITORY_WORDS,
)


def lemma_of(tok: Token) -> str:
    """The lemma, mended where the small model's lemmatizer is wrong ("raped" -> "rap", "retook")."""
    return LEMMA_FIXES.get(tok.lower_) or tok.lemma_.lower()


_lemma = lemma_of


def words_below(tok: Token) -> set[str]:
    return {t.lower_ for t in tok.subtree}


def pobj_lower(prep: Token) -> str:
    return next((c.lower_ for c in prep.children if c.dep_ == "pobj"), "")


def eased(obj: Token) -> bool:
    """A restriction: "the curfew", "emergency measures", "a state of emergency", "martial law"."""
    words = [obj.lower_, _lemma(obj)] + [c.lower_ for c in obj.children if c.dep_ in {"amod", "compound"}]
    words += [g.lower_ for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(w in EASED_THINGS for w in words)


def someone_word(tok: Token) -> bool:
    return tok.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or tok.lower_ in SECTOR_NOUNS or tok.lemma_.lower() in SECTOR_NOUNS


def demanded(verb: Token) -> bool:
    """A reported clause that says what someone else must or should do ("declared that China
    must drop its barriers"): its subject is no first person and no pronoun of the speaker."""
    for comp in verb.children:
        if comp.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in comp.children):
            continue
        subj = next((c for c in comp.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        # someone named or of a sector: "contributions should increase" is a forecast, "no country
        # should go through this" a maxim
        if subj is not None and (someone_word(subj) or subj.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"}) and not any(
            c.lower_ == "no" for c in subj.children
        ):
            return True
    return False


def of_words(noun: Token) -> set[str]:
    """The head words of a noun's "of" phrases ("a suspension of air links" -> links)."""
    return {g.lower_ for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"}


def relations(lemma: str, obj: Token | None) -> tuple[str, str | None] | None:
    """Relations cut ("halted economic aid", "cancelled a planned visit") are SANCTION; diplomatic
    ties established or restored SUPPORT; a protest stopped or broken up COERCE."""
    if obj is None:
        return None
    head = {obj.lower_, _lemma(obj)}
    if lemma in CUTTING_VERBS and head & RELATION_THINGS:
        return "SANCTION", "discontinue"
    if lemma in RESTORING_VERBS and head & DIPLOMATIC_THINGS:
        return "SUPPORT", None
    if lemma in STOPPING_VERBS and head & STOPPED_PROTESTS:
        return "COERCE", "restrict"
    if lemma in _RECEIVING:
        # "received a mission of observers": access; "received the Iranian envoy": a host's meeting
        words = words_below(obj)
        if words & ACCESS_WORDS:
            return "RETREAT", "access"
        if lemma == "receive" and (head & RECEIVED_VISITORS or obj.ent_type_ == "PERSON"):
            return "CONSULT", "host"
    return None


def concession(verb: Token, lemma: str, obj: Token | None) -> tuple[str, str | None] | None:
    """The codebook's concessions and access: restrictions eased ("lifted the curfew"), protests
    called off, demands accepted, and people allowed to act ("allowed the candidate to run";
    observers or aid let in is RETREAT ``access``)."""
    if obj is None:
        if lemma in {"allow", "permit"}:
            # "allowed the opposition leader to stand": the small model makes him the subject of a ccomp
            comp = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}), None)
            subj = next((c for c in comp.children if c.dep_ == "nsubj"), None) if comp is not None else None
            if subj is not None and someone_word(subj):
                return ("RETREAT", "access") if words_below(subj) & ACCESS_WORDS else ("CONCEDE", None)
        return None
    if lemma in CONCESSION_VERBS and eased(obj):
        return "CONCEDE", None
    if lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return ("CONCEDE", None) if obj.lower_ in CALLED_OFF_THINGS or _lemma(obj) in CALLED_OFF_THINGS else None
    if lemma == "accept" and (obj.lower_ in ACCEPTED_THINGS or _lemma(obj) in ACCEPTED_THINGS):
        return "CONCEDE", None
    if lemma in _ALLOWING:
        if words_below(obj) & ACCESS_WORDS:
            return "RETREAT", "access"
        if someone_word(obj):
            return "CONCEDE", None
    return None


def by_hazard(verb: Token) -> bool:
    """Harm whose cause is a disaster, an accident or a disease: its subject, "by" agent or "in"
    phrase is a hazard ("floods killed 40", "were killed in a car crash", "died in the earthquake")."""
    causes = [c for c in verb.children if c.dep_ == "nsubj"]
    for c in verb.children:
        if (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in {"in", "by"})) and c.children:
            causes += [g for g in c.children if g.dep_ == "pobj"]
    # the cause's head or the nouns compounded on it ("a gas cylinder explosion", "a car crash")
    words = [t for c in causes for t in c.subtree if t.i <= c.i and (t.i == c.i or t.dep_ == "compound")]
    return any(t.lower_ in HAZARD_WORDS or _lemma(t) in HAZARD_WORDS for t in words)


_DECLARING = frozenset({"declare", "impose", "proclaim", "extend", "announce", "introduce"})
_GATHERING = frozenset({"gather", "assemble", "converge", "congregate"})
_TAKING = frozenset({"take", "seize", "gain", "assume", "wrest"})
_ALLOWING = frozenset({"allow", "permit", "let"})
_RECEIVING = frozenset({"receive", "welcome"})


def declared(lemma: str, obj: Token | None) -> str | None:
    """COERCE's martial-law or curfew mode for "declared martial law", "imposed a state of emergency"."""
    if obj is None or lemma not in _DECLARING:
        return None
    words = {obj.lower_} | {c.lower_ for c in obj.children if c.dep_ in {"amod", "compound"}}
    words |= {g.lower_ for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"}
    if "curfew" in words:
        return "curfew"
    if words & DECLARED_RESTRICTIONS and obj.lower_ in {"law", "state", "emergency", "rule", "siege"}:
        return "martial-law"
    return None


def labour_strike(noun: Token) -> bool:
    """"a hunger strike", "an open-ended strike", "the workers' strike": a stoppage, not an attack."""
    if _lemma(noun) != "strike" or noun.pos_ != "NOUN":
        return False
    words = words_below(noun)
    if words & set(MODE_WORDS):
        return False  # "a drone strike", "air strike"
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and not any(c.dep_ == "det" for c in noun.children):
        return True  # "went on strike", "are on strike"
    verb = noun.head if noun.dep_ in {"dobj", "nsubj"} else None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return bool(words & LABOUR_STRIKE_CUES) or (subj is not None and bool(words_below(subj) & LABOUR_STRIKE_CUES))


def phrasal_event(verb: Token, lemma: str, obj: Token | None) -> tuple[str, str | None] | None:
    """Events a verb names with its phrase: "took to the streets" and a crowd that gathered to
    protest (PROTEST); "took control of the town" (ground taken: ASSAULT, which ACLED reads)."""
    if lemma == "take":
        to = _prep_object(verb, "to")
        if to is not None and to.lower_ == "streets":
            return "PROTEST", "demo"
    if lemma in _GATHERING:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        purpose = any(c.dep_ in {"advcl", "xcomp"} and lemma_of(c) in _PROTEST_PURPOSES for c in verb.children)
        if purpose or (subj is not None and words_below(subj) & _PROTESTERS):
            return "PROTEST", "demo"
    if lemma in _TAKING and obj is not None and obj.lower_ == "control":
        of = _prep_object(verb, "of") or next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        if of is not None and (of.lower_ in TERRITORY_WORDS or of.ent_type_ in {"GPE", "LOC", "FAC"}):
            return "ASSAULT", None  # ground, not "control of the budget"
    return None


def _prep_object(verb: Token, word: str) -> Token | None:
    """The object of the verb's last preposition ``word`` ("took to the streets": "streets"); read
    only for the few verbs whose phrase can name an event, not for every verb that comes by."""
    found = None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == word:
            found = next((g for g in c.children if g.dep_ == "pobj"), None)
    return found


_PROTEST_PURPOSES = frozenset({"protest", "demand", "denounce", "condemn", "demonstrate", "oppose", "call", "decry", "reject"})
_PROTESTERS = frozenset({"protesters", "demonstrators", "marchers", "activists", "strikers"})


# Every verb lemma that declared, phrasal_event, concession and relations read: a verb outside
# it is passed over by them all, so the trigger scan need not make its Token for them. A rule
# that reads a new lemma adds it here.
SENSE_VERB_LEMMAS = (
    _DECLARING | _GATHERING | _TAKING | _ALLOWING | _RECEIVING | {"call", "accept"}
    | CONCESSION_VERBS | CUTTING_VERBS | RESTORING_VERBS | STOPPING_VERBS
)
