"""Parse helpers the event role readers share: a token's child by relation, prepositions and their
objects (the small model's "dative" "to" included), subjectless complements, and how far up a word
hangs before another clause's verb."""

from __future__ import annotations

from spacy.tokens import Token

from ...lang.en.reporting import REPORT_VERBS


def clause_chain(tok: Token) -> set[int]:
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


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def child(tok: Token, dep: str) -> Token | None:
    """The child of ``tok`` in relation ``dep``. A clause has one subject: where the parser hangs two
    on a verb (a dateline's city and the real subject: "PORT SALVEN, March 3 — At least 18 civilians
    were killed"), the one nearest the verb is it."""
    found = [c for c in tok.children if c.dep_ == dep]
    if len(found) > 1 and dep in _SUBJECTS:
        return min(found, key=lambda c: abs(c.i - tok.i))
    return found[0] if found else None


def prep_objs(tok: Token, preps: frozenset[str]) -> list[Token]:
    return [o for c in tok.children if is_prep(c) and c.lower_ in preps for o in [pobj(c)] if o is not None]


def pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)


def is_prep(tok: Token) -> bool:
    """A preposition hanging from a word: spaCy's small model labels "to" after verbs of
    giving and sending ``dative`` ("sent troops to Russia") where it is a plain preposition."""
    return tok.dep_ in {"prep", "agent"} or (tok.dep_ == "dative" and tok.pos_ == "ADP")


def prep_obj(tok: Token, preps: set[str]) -> Token | None:
    for c in tok.children:
        if is_prep(c) and c.lower_ in preps:
            obj = pobj(c)
            if obj is not None:
                return obj
    return None


def inherited_subject(verb: Token) -> Token | None:
    """The subject of the verb a subjectless complement or conjunct hangs from ("agreed to stop",
    "may be close to sharing")."""
    node = verb
    for _ in range(5):
        if node.dep_ not in {"xcomp", "conj", "advcl", "pcomp", "prep", "acomp", "pobj"} or node.head.i == node.i:
            return None
        step = node.dep_
        node = node.head
        if step == "advcl" and node.lemma_.lower() in REPORT_VERBS:
            return None  # "Shelling kills 18 in the port, officials say": who says is the source, not who shells
        subj = child(node, "nsubj") or child(node, "nsubjpass")
        if subj is not None:
            return subj
    return None


def hangs_from(tok: Token, anchors: set[int], through_verbs: bool = False) -> bool:
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


def clause_root(tok: Token) -> Token | None:
    """The main verb above a trigger, through complements only."""
    node = tok
    if node.pos_ != "VERB":
        while node.head.i != node.i and node.pos_ != "VERB":
            node = node.head
    while node.dep_ in {"xcomp", "ccomp", "conj"} and node.head.i != node.i:
        node = node.head
    return node if node.pos_ in {"VERB", "AUX"} else None
