"""A sentence as the figure readers see it, and the figure they build.

Every reader works by sentence-relative token index over the same lists of
tokens, lower-cased words and texts; an index past either edge reads as the
empty word, so a rule can look around a number without bounds checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Span, Token

from ...lang.en import units
from ..doc_words import lower_words
from ..doc_words import texts as doc_texts

_FINAL_ABBREVIATIONS = frozenset({"m", "bn", "mn", "k", "h", "km", "kg", "mph", "ft", "lb", "tn", "p"})
HYPHENS = frozenset({"-", "\u2013", "\u2014", "\u2010", "\u2011"})
# A glued range keeps its second end in "num" ("£1.5m-£2m"): number.read_number reads it whole.
_GLUED_CURRENCY = re.compile(
    rf"^(?P<cur>{units.GLUED_CURRENCY_PREFIX})(?P<num>\d[\d,]*(?:\.\d+)?[A-Za-z]*(?:[-\u2013]\D?\d[\d,]*(?:\.\d+)?[A-Za-z]*)?)$"
)
_SCALED_LETTER = re.compile(r"^(?P<cur>[A-Z])\d[\d,]*(?:\.\d+)?(?P<suf>bn|m|tn|trn)?$")
_AFTER_DOLLAR = re.compile(r"^(?P<cur>[A-Z]{1,2})(?P<num>\d[\d,]*(?:\.\d+)?[A-Za-z]*)$")


def glued_currency_code(mark: str) -> str | None:
    """The ISO code of a currency mark glued to digits ("US$", "RM", "EUR"), else None."""
    if mark in units.CURRENCY_PREFIX:
        return units.CURRENCY_PREFIX[mark]
    if mark in units.CURRENCY_CODES:
        return units.CODE_ALIASES.get(mark, mark)
    return None


@dataclass
class Figure:
    """A figure being read: token bounds, numbers, hedges and unit.

    The number reader creates it; the figure reader then widens it with the
    currency, unit, range and hedges around the number. It stays mutable
    because each of those steps settles one more field of the same figure.
    """

    start: int  # first token (hedge included)
    end: int  # one past the last token
    core_start: int  # first token of the number itself
    core_end: int
    value: float
    high_value: float | None = None  # second end of a range
    hedges: list[str] = field(default_factory=list)
    unit: str | None = None
    vague: bool = False
    change: str | None = None
    range_sep: str | None = None
    suffix: str = ""  # a unit or "m" inside the numeral's own token ("mm" of "170mm")
    glued_suffix: str = ""  # a unit glued or right after the number ("mm" of "170mm")
    has_scale: bool = False
    has_comma: bool = False
    money_sub: str | None = None  # "cents"/"pence" awaiting the sentence's currency
    measure: str | None = None  # what the figure measures when its own words say it ("age")


class Sentence:
    """The tokens of one sentence, by sentence-relative index."""

    def __init__(self, sent: Span, blocked: set[int], doc_ids: frozenset[str] = frozenset()):
        self.sent = sent
        self.doc = sent.doc
        self.words = lower_words(self.doc)[sent.start : sent.end]
        if self.words and len(self.words[-1]) > 1 and self.words[-1].endswith(".") and self.words[-1][:-1] in _FINAL_ABBREVIATIONS:
            # "for £60m." and "120 km/h.": the tokenizer leaves the full stop on a short last word
            self.words[-1] = self.words[-1][:-1]
        self.texts = doc_texts(self.doc)[sent.start : sent.end]
        self.blocked = blocked  # doc token indices inside time expressions
        self.offset = sent.start
        self.doc_ids = doc_ids  # numbers the document uses as model names ("737")
        # Title-case headlines tag their verbs as proper nouns ("Quake Kills 21"):
        # the "number after a name" rule is not trusted there.
        alpha = [w for w in self.texts if len(w) > 3 and w.isalpha()]  # Token.is_alpha is str.isalpha
        self.title_case = len(alpha) >= 3 and sum(w[:1].isupper() for w in alpha) / len(alpha) > 0.7
        # token index -> (ISO code, the numeral without its mark); only tokens that
        # start with a capital or a sign and hold a digit are tried, so the regex
        # sees a handful of tokens per sentence
        self.glued_currency: dict[int, tuple[str, str]] = {}
        for k, text in enumerate(self.texts):
            if len(text) < 2 or not (text[0].isupper() or not text[0].isalnum()) or not any(c.isdigit() for c in text):
                continue
            m = _GLUED_CURRENCY.match(text)
            code = glued_currency_code(m["cur"]) if m is not None else None
            if m is not None and code is not None:
                self.glued_currency[k] = (code, m["num"])
                continue
            if (code := self._scaled_letter(k, text)) is not None:
                self.glued_currency[k] = (code, text[1:])  # "R254 billion", "N27.5trn"
                continue
            m = _AFTER_DOLLAR.match(text)
            if m is not None and k > 0 and self.texts[k - 1] == "$" and not self.toks[k - 1].whitespace_:
                code = units.DOLLAR_AFTER_SIGN.get(m["cur"])
                if code is not None:
                    self.glued_currency[k] = (code, m["num"])  # "$US3.2": read from the "$"

    def _scaled_letter(self, k: int, text: str) -> str | None:
        """The currency of a letter glued to digits ("R254", "N27.5bn") when a scale of millions or
        more is glued to it or follows it, else None."""
        m = _SCALED_LETTER.match(text)
        if m is None or m["cur"] not in units.SCALED_CURRENCY_LETTERS:
            return None
        nxt = self.words[k + 1] if k + 1 < len(self.words) else ""
        if not (m["suf"] or nxt in ("million", "billion", "trillion", "bn", "mn", "tn")):
            return None
        return units.SCALED_CURRENCY_LETTERS[m["cur"]]

    @cached_property
    def toks(self) -> list[Token]:
        # Made when a figure is read: most sentences have none, and a Token per word costs more
        # than the figure reader's word tests.
        return list(self.sent)

    def __len__(self) -> int:
        return len(self.words)

    def tag(self, i: int) -> str:
        return self.toks[i].tag_ if 0 <= i < len(self.toks) else ""

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def is_blocked(self, i: int) -> bool:
        return (i + self.offset) in self.blocked


def glued(prev: Token) -> bool:
    """Whether the next token follows ``prev`` with no space between."""
    return prev.whitespace_ == ""


def match_seq(tokens: list[str], i: int, table: dict[tuple[str, ...], object], longest: int):
    """The longest key of ``table`` that starts at tokens[i], as (key, value), else None."""
    for n in range(min(longest, len(tokens) - i), 0, -1):
        key = tuple(tokens[i : i + n])
        if key in table:
            return key, table[key]
    return None


def match_seq_ending(tokens: list[str], end: int, table: dict[tuple[str, ...], object], longest: int, floor: int):
    """The longest key of ``table`` that ends just before tokens[end], as (key, value), else None."""
    for n in range(min(longest, end - floor), 0, -1):
        key = tuple(tokens[end - n : end])
        if key in table:
            return key, table[key]
    return None
