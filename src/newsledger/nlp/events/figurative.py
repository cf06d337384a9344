"""Senses of event words that are no event in news of politics, business and courts.

The PLOVER lexicon was written for wire copy of conflict, where "fought",
"battle", "beat" and "attacked" are combat. In a campaign story they are
contests: "fought for our liberty", "an uphill battle", "Sanders beat her 51%
to 36%", "Trump attacked Jeb Bush in the debate" (a verbal attack, which
PLOVER codes ACCUSE). The test is the sentence's words: with no armed actor,
weapon or harm anywhere in it (ARMED_CUES, MODE_WORDS), a contest verb takes
its combat sense only in the shapes combat is told in. The other senses here
are of single verbs: "declined 8%" (a fall), "declined to comment" (nothing
refused), "released a poll", "recalled" (remembered), "asked about" (a
question), "charged the campaign $3.7 million" (a bill).

Each function reads the trigger's own words and children; the sentence's words
come from the Doc's lower-case list, read only for a contest word.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lang.en.events import (
    ABSTRACT_OBJECTS,
    ACCIDENT_VERBS,
    ARMED_CUES,
    CAMPAIGN_WORDS,
    CONTEST_MODIFIERS,
    DANGER_MODIFIERS,
    EXPLODING_THINGS,
    FAMILY_ARRIVALS,
    KILLED_THINGS,
    MET_THINGS_MORE,
    MET_WITH,
    MODE_WORDS,
    NOT_MOBILIZED,
    NOT_OFFERED,
    NOT_SHARED,
    NOT_SUSPENDED,
    RECALLED_ENVOYS,
    RELEASED_DOCUMENTS,
    SECTOR_NOUNS,
    UNSAID_VERBS,
)
from ..doc_words import lower_words, pos_tags, sentence_starts, texts
from .senses import lemma_of, of_words

_lemma = lemma_of
DROP = ("", None)  # the verb or noun names no event
_VERBAL = ("ACCUSE", "disapprove")  # a verbal attack: PLOVER's disapproval
_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you", "himself", "herself", "themselves"})
_PEOPLE = frozenset({"man", "woman", "men", "women", "boy", "girl", "child", "children", "people", "person",
                     "protester", "student", "journalist", "worker", "prisoner", "detainee", "suspect", "victim"})


def armed(tok: Token) -> bool:
    """Whether the trigger's sentence names armed force, a weapon or harm anywhere in it."""
    doc = tok.doc
    words = lower_words(doc)
    starts = sentence_starts(doc)
    start, end = starts[tok.i], tok.i
    while end < len(doc) and starts[end] == start:
        end += 1
    return any(w in ARMED_CUES or w in MODE_WORDS for w in words[start:end])


def _kids(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _preps(tok: Token) -> dict[str, Token | None]:
    return {c.lower_: next((g for g in c.children if g.dep_ == "pobj"), None) for c in tok.children if c.dep_ == "prep"}


def _named(tok: Token | None) -> bool:
    return tok is not None and (tok.ent_type_ == "PERSON" or tok.lower_ in _PRONOUNS)


def _someone(tok: Token | None) -> bool:
    """A person or a group of people: who can be hit, beaten or killed."""
    if tok is None:
        return False
    return (tok.ent_type_ in {"PERSON", "NORP", "GPE", "ORG"} or tok.lower_ in _PRONOUNS or tok.lower_ in SECTOR_NOUNS
            or _lemma(tok) in _PEOPLE or tok.pos_ == "NUM" or any(c.dep_ == "nummod" for c in tok.children))


def _infinitive(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ in {"xcomp", "advcl", "ccomp"}
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _staff(tok: Token | None) -> bool:
    """Someone on a payroll, who is fired, suspended or let go: "his national data director"."""
    return tok is not None and (_someone(tok) or _lemma(tok) in _STAFF or any(t.ent_type_ == "PERSON" for t in tok.subtree))


_STAFF = frozenset({"director", "manager", "coach", "staff", "staffer", "aide", "adviser", "advisor", "employee",
                    "chief", "secretary", "executive", "editor", "anchor", "host", "strategist", "chairman", "head"})


def _bodiless(tok: Token, lemma: str, obj: Token | None) -> tuple[str, str | None] | None:
    """Uses of a combat verb that no weapon makes combat: an abstract thing captured or executed,
    someone on a payroll fired, a retort shot back, a law struck down, a seizing "on" hope."""
    preps = _preps(tok)
    if lemma in {"capture", "recapture", "seize", "retake", "execute"}:
        if obj is not None and (obj.lower_ in ABSTRACT_OBJECTS or _lemma(obj) in ABSTRACT_OBJECTS):
            return DROP  # "capturing the frustration", "executed a marketing campaign", "seize the initiative"
        if lemma == "seize" and obj is None and "on" in preps:
            return DROP  # "delegates seized on glimmers of hope"
    if lemma == "fire" and obj is not None and obj.dep_ in {"dobj", "obj"} and _staff(obj) and not ({"at", "on", "into"} & set(preps)):
        return DROP  # "fired his data director"; "fired on the crowd" and "fired rockets at" stand
    if lemma == "shoot" and obj is None and "back" in {c.lower_ for c in tok.children}:
        return DROP  # "Hillary shot back, ...": a retort
    if lemma == "strike" and {"down", "out"} & {c.lower_ for c in tok.children if c.dep_ in {"prt", "advmod"}} \
            and obj is not None and not _someone(obj):
        return DROP  # "the votes to strike it down": a court's ruling
    return None


def contest_verb(tok: Token, lemma: str, obj: Token | None) -> tuple[str, str | None] | None:
    """DROP or ACCUSE for a combat verb used of a contest; None where the sense stands."""
    if lemma not in _CONTEST_VERBS:
        return None
    found = _bodiless(tok, lemma, obj)
    if found is not None or armed(tok):
        return found
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    preps = _preps(tok)
    if lemma in {"station", "mobilize", "mobilise"}:
        return DROP  # "had been stationed in Amiens since 2014": a posting, not a force
    if lemma == "fight":
        # "fought for our liberty", "fighting to keep the boy": a cause; "fight them": a foe
        foe = obj if obj is not None and obj.dep_ in {"dobj", "obj"} else preps.get("against") or preps.get("with")
        if foe is None and "for" not in preps and _infinitive(tok) is None:
            return None  # "have sworn to fight until they gain control of villages": fighting told bare
        return None if _someone(foe) and foe.lower_ not in {"it", "this"} else DROP
    if lemma == "beat":
        # "Sanders beat her 51% to 36%": a vote; "beat a man to death", "beat up detainees": violence
        if "up" in {c.lower_ for c in tok.children} or any(c.dep_ == "nsubjpass" for c in tok.children):
            return None
        if preps.get("to") is not None and preps["to"].lower_ == "death":
            return None
        return None if obj is not None and obj.ent_type_ != "PERSON" and _lemma(obj) in _PEOPLE else DROP
    if lemma == "attack":
        # a candidate's attack on a rival is words: PLOVER's disapproval
        if _named(obj) or _named(subj) or "for" in preps:
            return _VERBAL
        return None
    if lemma == "kill":
        return DROP if obj is not None and _lemma(obj) in KILLED_THINGS and not _someone(obj) else None
    if lemma == "strike":
        return DROP if obj is not None and obj.lower_ in {"chord", "balance", "note", "tone", "pose", "nerve"} else None  # "struck a chord"
    if lemma == "shoot":
        return DROP if obj is not None and obj.lower_ in {"video", "film", "footage", "scene", "photos", "movie"} else None
    if lemma == "explode":
        # a bomb explodes; an audience "exploding in applause" or "things will explode" is no attack
        if obj is not None or (subj is not None and (subj.lower_ in EXPLODING_THINGS or _lemma(subj) in EXPLODING_THINGS)):
            return None
        return DROP
    return None


_CONTEST_VERBS = frozenset({"fight", "beat", "attack", "capture", "recapture", "seize", "retake", "execute", "kill",
                            "strike", "fire", "shoot", "explode", "station", "mobilize", "mobilise"})


def contest_noun(noun: Token, etype: str) -> tuple[str, str | None] | None:
    """DROP or ACCUSE for an attack, a battle or a fight noun of a contest ("a custody battle",
    "Trump's attacks on Bill Clinton's scandals"); None where it stands."""
    lemma = _lemma(noun)
    if etype != "ASSAULT" or lemma not in {"battle", "fight", "attack", "clash", "assault", "war"} or armed(noun):
        return None
    if noun.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ in {"this", "that", "it"} for c in noun.head.children):
        return DROP  # "This is an assault on the rights of all Americans": a judgement, not an event
    words = [t for t in noun.subtree]
    if lemma in {"battle", "fight", "clash", "war"}:
        # a battle for a town has its place; a contest of law, votes or money has none
        if any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in words) and not any(
                c.lower_ in CONTEST_MODIFIERS for c in noun.children if c.dep_ in {"amod", "compound"}):
            return None
        return DROP
    # an attack on a person, by a person, or said in a clause of its own ("the attacks that she is untrustworthy")
    by = [c for c in noun.children if c.dep_ == "poss"]
    on = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"on", "at", "against"} for g in c.children if g.dep_ == "pobj"]
    if any(_named(t) for t in by + on) or any(c.dep_ in {"acl", "relcl", "ccomp"} for c in noun.children):
        return _VERBAL
    if noun.dep_ == "dobj" and _lemma(noun.head) in {"level", "launch", "watch"} and "at" in _preps(noun.head):
        return _VERBAL
    return None


def verb_sense(tok: Token, lemma: str, obj: Token | None) -> tuple[str, str | None] | None:
    """DROP where a trigger verb names no event in this use; None where its sense stands."""
    kids = {c.lower_ for c in tok.children}
    preps = _preps(tok)
    olemma = _lemma(obj) if obj is not None else ""
    if tok.dep_ == "acl" and _lemma(tok.head) in _PROPOSALS and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return DROP  # "the ability to deliver chemical weapons", "the right to sue", "his call to deport": no act
    if lemma == "agree":
        # "agreed that the fleet had promotional value", "agree with his assessment": an opinion shared
        if _infinitive(tok) is None and "on" not in preps and (
                any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in tok.children)
                or (preps.get("with") is not None and _lemma(preps["with"]) in _OPINIONS)):
            return DROP
    if lemma in {"decline", "refuse"}:
        comp = _infinitive(tok)
        if lemma == "decline" and comp is None and (obj is None or obj.dep_ not in {"dobj", "obj"}):
            return DROP  # "revenue declined 8%": a fall
        return DROP if comp is not None and _lemma(comp) in UNSAID_VERBS else None
    if lemma == "ask":
        # a request asks for something or asks someone to act; "asked about", "asked why" are questions
        if "for" in preps or any(c.dep_ == "xcomp" for c in tok.children) or _infinitive(tok) is not None:
            return None
        if any(c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children if m.dep_ == "mark") for c in tok.children):
            return None
        return DROP
    if lemma == "recall":
        return None if obj is not None and {t.lower_ for t in obj.subtree} & RECALLED_ENVOYS else DROP
    if lemma == "suspend":
        return DROP if obj is not None and (obj.ent_type_ == "PERSON" or obj.lower_ in NOT_SUSPENDED) else None
    if lemma in {"share", "trade", "exchange"}:
        return DROP if obj is not None and (obj.lower_ in NOT_SHARED or olemma in NOT_SHARED) else None
    if lemma == "offer":
        return DROP if obj is not None and obj.dep_ in {"dobj", "obj"} and (obj.lower_ in NOT_OFFERED or olemma in NOT_OFFERED) else None
    if lemma == "charge":
        # "charged with murder", "charged that ...": an accusation; "charged the campaign $3.7 million": a bill
        if "with" in preps or any(c.dep_ == "ccomp" for c in tok.children):
            return None
        return DROP if any(t.ent_type_ == "MONEY" or t.lower_ == "$" for t in tok.subtree) else None
    if lemma == "meet":
        if obj is not None and (olemma in MET_THINGS_MORE or obj.lower_ in MET_THINGS_MORE):
            return DROP
        if preps.get("with") is not None and any(c.dep_ == "nsubjpass" for c in tok.children):
            return DROP  # "must be met with the severest possible crackdown": a response, not a meeting
        return DROP if preps.get("with") is not None and preps["with"].lower_ in MET_WITH else None  # "met with outrage"
    if lemma == "welcome":
        if obj is not None and (obj.lower_ in FAMILY_ARRIVALS or olemma in FAMILY_ARRIVALS):
            return DROP  # "welcomed a second baby girl"
        return DROP if obj is None and "to" in preps else None  # "Welcome to the season of ..."
    if lemma == "sign" and "up" in kids:
        return DROP  # "signs up at its website"
    if lemma in {"recognize", "recognise"}:
        if obj is not None and obj.lower_ in {"it", "themselves", "himself", "herself", "itself", "me", "him", "her"}:
            return DROP  # "wouldn't recognize it"
        return DROP if any(c.dep_ == "nsubjpass" for c in tok.children) and "as" in preps else None  # "recognized as one that ..."
    if lemma in {"mobilize", "mobilise"}:
        return DROP if obj is None or olemma in NOT_MOBILIZED or obj.lower_ in NOT_MOBILIZED else None
    if lemma == "demonstrate":
        # "demonstrated that it helps", "as he's demonstrated in recent speeches": shown, not marched
        if any(c.dep_ == "ccomp" for c in tok.children) or any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
            return DROP
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        return DROP if subj is not None and subj.ent_type_ == "PERSON" else None
    if lemma == "send" and obj is not None and olemma in {"signal", "message", "letter", "note", "email", "invitation",
                                                          "word", "greeting", "text", "warning", "tweet"}:
        return DROP  # "sent strong new signals that ...": words, not aid
    if lemma == "retreat" and preps.get("from") is not None and _lemma(preps["from"]) in {
            "position", "stance", "pledge", "promise", "plan", "commitment", "demand", "policy", "view"}:
        return DROP  # "retreated from its position in the VMI case"
    if lemma in {"release", "free"} and obj is not None and ({olemma, obj.lower_} | set(of_words(obj))) & RELEASED_DOCUMENTS:
        return DROP  # "released a poll", "emails released by the State Department"
    return None


def _name_case(noun: Token) -> bool:
    """A capitalised word the document writes as a name: capitalised with no article where no
    sentence or quote starts, here or elsewhere in it ("Ban said" and, later, "Ban believes")."""
    if not noun.text.istitle() or any(c.dep_ == "det" for c in noun.children):
        return False
    return noun.text in _doc_names(noun.doc)


def _doc_names(doc) -> frozenset[str]:
    """The capitalised proper nouns a Doc writes mid-sentence with no article before them (once a Doc)."""
    cache = doc.user_data.setdefault("newsledger.events.names", {})
    found = cache.get(len(doc))
    if found is None:
        words, tags, starts, lower = texts(doc), pos_tags(doc), sentence_starts(doc), lower_words(doc)
        # a headline in title case ("Police Arrest Protesters In Cairo") capitalises its verbs and nouns too
        capitals: dict[int, list[int]] = {}
        for i, w in enumerate(words):
            if w[:1].isalpha():
                capitals.setdefault(starts[i], [0, 0])[w.istitle()] += 1
        headline = {s for s, (low, up) in capitals.items() if up > 2 * low}
        found = frozenset(
            w for i, w in enumerate(words)
            if tags[i] == "PROPN" and w.istitle() and i > 0 and starts[i] != i and starts[i] not in headline
            and lower[i - 1] not in _ARTICLES and not (lower[i - 1] in _OPENERS and (i < 2 or lower[i - 2] not in _CLOSERS))
        )
        cache[len(doc)] = found
    return found


_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_CLOSERS = frozenset({",", ".", "!", "?"})  # a quote mark after these closes a quote


_OPENERS = frozenset({'"', "“", "'", "``", "(", "-", "—", ":", "‘"})


def noun_sense(noun: Token, etype: str, mode: str | None) -> tuple[str, str | None] | None:
    """DROP or another category where a trigger noun names no event, or another, in this use."""
    lemma = _lemma(noun)
    if noun.pos_ == "PROPN" and (noun.ent_type_ in {"PERSON", "ORG"} or _name_case(noun)):
        return DROP  # "Ban said" (Ban Ki-moon), "Strike Group Ltd": a name
    found = contest_noun(noun, etype)
    if found is not None:
        return found
    kids = [c for c in noun.children]
    mods = {c.lower_ for c in kids if c.dep_ in {"amod", "compound", "poss"}}
    preps = _preps(noun)
    if lemma == "call":
        # a phone call is a meeting; "calls for his ouster", "his call to deport" are demands told again
        if mods & {"phone", "telephone", "conference", "video", "personal"} or {"with", "from", "between"} & set(preps):
            return None
        return DROP
    if lemma in {"rally", "protest", "demonstration", "march"}:
        if mods & CAMPAIGN_WORDS or any(c.ent_type_ == "PERSON" or (c.pos_ == "PROPN" and not c.ent_type_) or _lemma(c) in _CANDIDATES
                                        for c in kids if c.dep_ in {"poss", "compound"}):
            return DROP  # "Cruz's rally in Miami", "Trump rallies", "a campaign rally"
        if preps.get("for") is not None and preps["for"].ent_type_ == "PERSON":
            return DROP  # "a Sunday night rally for Clinton"
        if lemma == "demonstration" and preps.get("of") is not None and not _someone(preps["of"]):
            return DROP  # "the clearest demonstration of the fact that ..."
        if lemma == "protest" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and _lemma(noun.head.head) in {
                "letter", "note", "statement", "message"}:
            return _VERBAL  # "sent letters of protest": a complaint
    if lemma == "threat" and ("of" in preps or mods & DANGER_MODIFIERS):
        return DROP  # "the threat of terrorism", "potential terrorist threats": a danger, not a threat made
    if lemma == "release" and (mods & RELEASED_DOCUMENTS or (preps.get("of") is not None and _lemma(preps["of"]) in RELEASED_DOCUMENTS | {"video", "report", "statement"})):
        return DROP  # "press releases", "the release of a new video"
    return None


# Nouns whose "to" clause is a power or a proposal, not an act: "the ability to deliver", "a call to ban".
_PROPOSALS = frozenset({"ability", "capability", "capacity", "means", "power", "right", "authority", "freedom",
                        "call", "plan", "proposal", "idea", "push", "bid", "suggestion", "willingness", "readiness"})
_OPINIONS = frozenset({"assessment", "view", "statement", "idea", "analysis", "remark", "comment", "position",
                       "sentiment", "premise", "conclusion", "characterization", "description"})
_CANDIDATES = frozenset({"candidate", "nominee", "senator", "governor", "frontrunner", "front-runner", "challenger"})


def accident_cause(verb: Token) -> bool:
    """"73 soldiers were killed ... when two military helicopters crashed": the harm of an accident."""
    return any(c.dep_ == "advcl" and _lemma(c) in ACCIDENT_VERBS and any(m.lower_ == "when" for m in c.children)
               for c in verb.children)
