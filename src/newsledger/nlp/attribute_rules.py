"""spaCy's attribute ruler with its rules found by lookup instead of by the Matcher.

The English pipelines carry an attribute ruler of about 180 rules (the tag map
from fine tags to parts of speech and morphology, and word exceptions such as
"gonna" or "ai n't"). spaCy finds their matches with its general Matcher, which
walks every rule's state machine over every token: on news it costs as much as
all of newsledger's own components together. Nearly every rule is one token
tested on a few attributes for equality or membership, so each token's rules can
be looked up by its tag, lower form or dependency in a table built once.

:class:`LookupAttributeRuler` is spaCy's ``AttributeRuler`` with only ``match``
and ``set_annotations`` replaced: it returns the very list the Matcher would
(rule order, then start) and sets the attributes through spaCy's own
``set_token_attrs``, so a Doc comes out the same token for token
(tests/test_attribute_rules.py compares the two). Rules of a shape the table does
not know (operators, extension attributes, parts of speech) make the whole ruler
fall back to the Matcher, never a rule skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from spacy.attrs import DEP, IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_SPACE, LEMMA, LIKE_NUM, LOWER, NORM, ORTH, SHAPE, TAG
from spacy.language import Language
from spacy.pipeline.attributeruler import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# Attributes whose value on a token is a string's hash, as Doc.to_array gives them.
_STRING_ATTRS = {"ORTH": ORTH, "LOWER": LOWER, "NORM": NORM, "TAG": TAG, "DEP": DEP, "LEMMA": LEMMA, "SHAPE": SHAPE}
# Boolean flags, 0 or 1 in Doc.to_array.
_FLAG_ATTRS = {"IS_SPACE": IS_SPACE, "IS_PUNCT": IS_PUNCT, "IS_ALPHA": IS_ALPHA, "IS_DIGIT": IS_DIGIT,
               "LIKE_NUM": LIKE_NUM}
# The order a token's rules are looked up by: the most selective attribute first.
_INDEX_ORDER = ("LOWER", "ORTH", "NORM", "LEMMA", "TAG", "DEP", "SHAPE")
# Signatures (tag, word, dependency...) of tokens seen, kept for reuse up to this
# many: news meets new words without end, so the memo is emptied when full. 300
# news articles (1.3 million characters) leave about 38,000; at the limit the
# memo holds some 18 MB.
_MEMO_LIMIT = 50_000

# A test on one column of a token: (column, kind, value); kind "eq", "in", "not_in" or "re".
_Test = tuple[int, str, Any]


class _Uncompilable(Exception):
    """A rule uses a shape the lookup does not cover: the Matcher must run."""


def _test(vocab, key: str, value: Any, columns: list[str]) -> _Test:
    if key in _FLAG_ATTRS:
        if not isinstance(value, bool):
            raise _Uncompilable(key)
        return (_column(key, columns), "eq", int(value))
    if key not in _STRING_ATTRS:
        raise _Uncompilable(key)
    col = _column(key, columns)
    if isinstance(value, str):
        return (col, "eq", vocab.strings.add(value))
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
            return (col, op.lower(), frozenset(vocab.strings.add(v) for v in arg))
        if op == "REGEX" and isinstance(arg, str):
            return (col, "re", re.compile(arg))
    raise _Uncompilable(f"{key}: {value!r}")


def _column(key: str, columns: list[str]) -> int:
    if key not in columns:
        columns.append(key)
    return columns.index(key)


class _Table:
    """The rules of one ruler, compiled: tests per token pattern, indexed by their most selective equality."""

    def __init__(self, vocab, raw: list[list[list[dict]]]) -> None:
        self.strings = vocab.strings
        self.columns: list[str] = []
        # One entry per pattern: (rule, token tests of each position).
        self.patterns: list[tuple[int, list[list[_Test]]]] = []
        # Each rule's match id, as spaCy's ruler keys its Matcher: the hash of the rule's number.
        self.keys = [vocab.strings.add(str(rule)) for rule in range(len(raw))]
        for rule, patterns in enumerate(raw):
            for pattern in patterns:
                if not pattern:
                    raise _Uncompilable("an empty pattern")
                steps = []
                for token in pattern:
                    if not isinstance(token, dict) or "OP" in token or "_" in token:
                        raise _Uncompilable(repr(token))
                    steps.append([_test(vocab, key, value, self.columns) for key, value in token.items()])
                self.patterns.append((rule, steps))
        self.ids = [_STRING_ATTRS.get(c) or _FLAG_ATTRS[c] for c in self.columns]
        # Patterns reached through an equality (or membership) of their first token, per column, and the rest.
        self.by_value: list[dict[int, list[int]]] = [{} for _ in self.columns]
        self.always: list[int] = []
        for n, (_, steps) in enumerate(self.patterns):
            first = steps[0]
            for key in _INDEX_ORDER:
                if key not in self.columns:
                    continue
                col = self.columns.index(key)
                hit = next((t for t in first if t[0] == col and t[1] in ("eq", "in")), None)
                if hit is not None:
                    for v in (hit[2],) if hit[1] == "eq" else hit[2]:
                        self.by_value[col].setdefault(v, []).append(n)
                    break
            else:
                self.always.append(n)
        self.memo: dict[tuple, tuple[int, ...]] = {}

    def _passes(self, tests: list[_Test], row: tuple) -> bool:
        for col, kind, value in tests:
            have = row[col]
            if kind == "eq":
                if have != value:
                    return False
            elif kind == "in":
                if have not in value:
                    return False
            elif kind == "not_in":
                if have in value:
                    return False
            elif not value.search(self.strings[have]):
                return False
        return True

    def _starting(self, row: tuple) -> tuple[int, ...]:
        """The patterns whose first token this row (one token's columns) passes."""
        found = self.memo.get(row)
        if found is None:
            candidates = set(self.always)
            for col, index in enumerate(self.by_value):
                candidates.update(index.get(row[col], ()))
            found = tuple(sorted(n for n in candidates if self._passes(self.patterns[n][1][0], row)))
            if len(self.memo) >= _MEMO_LIMIT:
                self.memo.clear()
            self.memo[row] = found
        return found

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(rule, start, end) of every match, each once, in the Matcher's order: rule, then start."""
        if not len(doc):
            return []
        # to_array gives one column as a flat array: shaped to rows either way
        rows = [tuple(r) for r in doc.to_array(self.ids).reshape(len(doc), -1).tolist()]
        seen: set[tuple[int, int, int]] = set()
        n = len(rows)
        patterns = self.patterns
        for start, row in enumerate(rows):
            for p in self._starting(row):
                rule, steps = patterns[p]
                if len(steps) == 1:
                    seen.add((rule, start, start + 1))
                    continue
                end = start + len(steps)
                if end <= n and all(self._passes(steps[k], rows[start + k]) for k in range(1, len(steps))):
                    seen.add((rule, start, end))
        return sorted(seen)


class LookupAttributeRuler(AttributeRuler):
    """An ``AttributeRuler`` that finds its rules' matches by table lookup (same matches, same annotations)."""

    def __init__(self, *args, **kwargs) -> None:
        self._raw: list[list[list[dict]]] = []
        self._table: _Table | None | bool = None  # None: not built yet; False: the Matcher must run
        super().__init__(*args, **kwargs)

    def clear(self) -> None:
        super().clear()
        self._raw = []
        self._table = None

    def add(self, patterns: Iterable[list[dict]], attrs: dict, index: int = 0) -> None:
        patterns = list(patterns)
        super().add(patterns, attrs, index)
        self._raw.append(patterns)
        self._table = None

    def _compiled(self) -> _Table | None:
        if self._table is None:
            try:
                self._table = _Table(self.vocab, self._raw)
            except _Uncompilable:
                self._table = False
        return self._table or None

    def match(self, doc: Doc):
        table = self._compiled()
        if table is None:
            return super().match(doc)
        keys = table.keys
        return [(rule, keys[rule], start, end) for rule, start, end in table.matches(doc)]

    def set_annotations(self, doc: Doc, matches) -> None:
        if self._compiled() is None:
            return super().set_annotations(doc, matches)
        for attr_id, _, start, end in matches:
            index = self.indices[attr_id]
            at = (start if index >= 0 else end) + index
            if not start <= at < end:
                # spaCy's own ruler raises its error for an index outside the span.
                super().set_annotations(doc, [(attr_id, _, start, end)])
            set_token_attrs(doc[at], self.attrs[attr_id])


@Language.factory(
    "newsledger_attribute_ruler",
    requires=["token.tag", "token.dep"],
    assigns=["token.pos", "token.morph", "token.lemma"],
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_lookup_attribute_ruler(nlp: Language, name: str, validate: bool, scorer: Callable | None):
    return LookupAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


def use_lookup_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Put a :class:`LookupAttributeRuler` with the same rules in place of spaCy's ruler ``name``.

    True when replaced. A pipeline without that ruler, or whose ruler is
    something else already, is left as it is.
    """
    if name not in nlp.pipe_names:
        return False
    old = nlp.get_pipe(name)
    if type(old) is not AttributeRuler:
        return False
    rules = old.patterns
    new = nlp.replace_pipe(name, "newsledger_attribute_ruler", config={"validate": old.validate})
    new.add_patterns(rules)
    return True
