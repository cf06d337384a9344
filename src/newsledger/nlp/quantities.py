"""Figures: numbers and number words, hedges as intervals, units, what is counted.

The ``newsledger_quantities`` component sets ``doc._.claims`` to a list of
:class:`~newsledger.records.ClaimRecord`, in text order. It walks each sentence
once, token by token, and reads a figure as

    [hedges] [currency] NUMBER [scale] [unit] [post-hedge] [to|-|and NUMBER ...]

then links it to what it counts (the dependency parse), to the time it holds
for (``doc._.times``, else its own "so far" cue) and to a direction of change.

Conventions (the record contract leaves these to us; they are kept here):

- Intervals. ``exact``: low = high = value. ``approx`` ("about", "around",
  "some", "roughly", "an estimated", "or so", "-odd"): a band of
  ±``APPROX_BAND`` (10 %) around the value, because a reader of "about 11,000"
  takes it to mean roughly 10,000 to 12,000; the band is a convention, not a
  claim of the text, and it is the same everywhere. ``lower`` ("at least",
  "more than", "over", "above", "X or more", "X-plus"): low = X, high null.
  ``upper`` ("almost", "nearly", "up to", "under", "less than", "as many as"):
  high = X and low null; "almost 2,500" gives no lower limit we could defend,
  so none is invented. ``range`` ("between X and Y", "X to Y", "X-Y", "X or
  Y"): low X, high Y, value the midpoint. Stacked hedges combine: lower or upper
  wins over approx ("at least more than 1,000" is lower); "only", "exactly",
  "all", "just" keep the figure exact and stay in its text.
- Vague amounts are open intervals, bound lower, value = low: "dozens" 24,
  "scores of" 40, "hundreds" 200, "thousands" 2,000, "tens of thousands"
  20,000, "hundreds of thousands" 200,000, "millions of" 2,000,000. "A dozen"
  is 12 and "a score of" 20, both exact. "A handful", "several", "many" are
  not figures: there is no number to put in the ledger.
- Fractions before "of" or a determiner ("a third of", "half the", "three
  quarters of") and shares ("one in five") have unit ``fraction`` and value
  0.333, 0.5, 0.75, 0.2.
- Multipliers have unit ``times``: "fourfold" 4, "three times as many" 3,
  "doubled" 2 with change increase, "halved" 0.5 with change decrease.
- Change. A word of change carries the direction and the value stays positive:
  "fell 1.3%" is 1.3 with change decrease, "up 19 cents" 0.19 increase, "a 5%
  rise" 5 increase. The level a change reaches ("to $41.50") or starts from
  ("from 379") is no change. A written sign is kept: "-1.3%" is -1.3.
- Units: ``percent``; ``percentage_point``; ``point`` (index points); currency
  codes (ISO 4217) from symbols ("$" alone is USD, "US$", "€", "£", "¥",
  "Rs"), codes ("GBP 20m", "$249 USD") and words ("15 billion dollars", "9.9
  billion yuan"); cents and pence become the main unit (19 cents is 0.19, in
  the currency the sentence names, else USD; pence GBP); lengths, masses,
  volumes, speeds, energy and storage units by short names (``km``, ``mm``,
  ``kg``, ``tonne``, ``barrel``, ``km/h``, ``MW``, ``GB``...). Plain counts
  have unit null. Scale words are applied to the value: "1.5m" 1,500,000,
  "$15bn" 15e9, "Rs 500 crore" 5e9.
- Not claims: numbers inside a time expression from ``doc._.times`` (dates,
  clock times, durations and sets), and, whatever the times component finds,
  years (a bare 1800-2100 not counting a plural noun), day numbers next to a
  month or in "Thursday (27)", clock times ("3 p.m."), durations and ages
  ("30 days", "a 45-year-old": the times component keeps durations as
  DURATION records), ordinals ("third", "21st"), identifiers and model names
  (a number glued to letters, "F-16", "A320", "COVID-19", "737s"; a number
  after a name or a reference noun, "Boeing 737", "Section 427", "FTSE 100";
  a bare number in parentheses, "(1)"; a number the same document uses as a
  model name elsewhere, "the 737 replacement" after "Boeing 737"; a bare
  number above one before a singular noun or name it modifies, "the 787
  Dreamliner", "the 500 index" (a count above one takes a plural); a year written "'82"), calibres (a length unit glued or
  hyphenated to a number before a noun, "155mm shells", "155-mm howitzers",
  "240m rocket launchers"; "rainfall of 155 mm" is a claim), phone-like
  numbers, scores ("won 3-1": a hyphenated pair falling right to left, or
  after a word of winning and losing), small number words that refer back
  ("the two companies") and "one" as a pronoun ("one of them", "at one
  point"). A verb particle is no hedge and no direction ("complained over two
  raids", "blew up three lines").
- A glued "m" is million ("1.5m people", "$20m") except before a weapon noun
  (a calibre) or "-long"/"-high" (metres).
- Single "a"/"an" ("a prisoner died") is not read as one: PLOVER counts it,
  but a ledger of figures would fill with ones.
- ``measure`` is what is counted: the counted noun with its noun compounds
  ("drone attacks", "troops", "pieces"), the noun of "X of Y" ("thousands of
  ammunition containers"), the noun of "the number of Y" for a figure with no
  noun of its own, else the subject of the verb the figure completes ("revenue
  rose 12%" gives "revenue"). Counts of people hurt take the participle:
  "injuring at least 21 people" gives "people injured", "about four thousand
  of them were killed or injured" gives "killed or injured".
- ``subject`` is the fuller noun phrase (modifiers, "of"/"in" phrases and
  participle clauses, without the figure, its determiner and time words), or
  null when it would say no more than ``measure``.
- ``time`` is the time expression that holds for the figure: one in the
  figure's own noun phrase first, then one in its clause (or a clause joined to
  it by "and"/"or"), then one in a clause above it, then the nearest in the
  sentence. ``as_of`` for "so far", "to date", "until/through/as of/by X"
  (end X) and "since X" (start X, end the publication date); ``point`` for a
  single day or a clock time; ``period`` for a longer span ("in November").
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import ClaimRecord, ClaimTime, Quantity, TimeRecord
from .extensions import note_problem
from . import quant_lexicon as lex
from .numbers import (
    DOZEN,
    SCALE_ABBREVIATIONS,
    SCALE_WORDS,
    TENS_WORDS,
    UNITS_WORDS,
    split_numeral,
    words_to_number,
)

APPROX_BAND = 0.10
"""Half-width of the band given to an ``approx`` figure, as a share of its value."""

_NUMBER_WORD_SET = frozenset(UNITS_WORDS) | frozenset(TENS_WORDS)
_HYPHENS = frozenset({"-", "\u2013", "\u2014", "\u2010", "\u2011"})
_RANGE_WORDS = frozenset({"to", "-", "\u2013", "and", "or"})
_PHONE = re.compile(r"^\+?\d{2,4}([-. ]\d{2,4}){2,}$|^\d{3,}[-.]\d{4,}$")
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
_GLUED_CURRENCY = re.compile(r"^(?P<cur>[A-Z]{0,3}\$|[€£¥₹₩₽₴₺₪₦]|Rs\.?)(?P<num>\d[\d,]*(?:\.\d+)?[A-Za-z]*)$")
# Verbs whose subject is what a figure after them measures ("revenue was $2bn",
# "the toll reached 45"), besides the verbs of change.
_LEVEL_VERBS = frozenset(
    {
        "be", "remain", "stand", "reach", "hit", "top", "exceed", "total", "amount", "come", "hover",
        "close", "end", "finish", "open", "stay", "sit", "peak", "trade", "equal", "surpass", "near",
        "approach", "average", "number", "range", "go", "become", "rank", "settle", "account",
    }
)  # fmt: skip
# Nouns that name a level rather than a thing: "a level of X", "a low of X".
_LEVEL_WORDS = frozenset({"level", "low", "high", "record", "mark", "peak", "value", "total", "figure", "sum", "close"})
_LEVEL_NOUNS = frozenset({"mark", "level", "barrier", "threshold", "milestone", "line", "plus", "strong", "odd"})
_SMALL_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


@dataclass
class _Figure:
    """A figure being read: token bounds, numbers, hedges and unit."""

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
    glued_suffix: str = ""  # a unit glued or right after the number ("mm" of "170mm")
    has_scale: bool = False
    has_comma: bool = False
    money_sub: str | None = None  # "cents"/"pence" awaiting the sentence's currency


# -- small token helpers ----------------------------------------------------------


def _low(tok: Token) -> str:
    return tok.lower_


def _glued(prev: Token) -> bool:
    """Whether the next token follows ``prev`` with no space between."""
    return prev.whitespace_ == ""


def _match_seq(tokens: list[str], i: int, table: dict[tuple[str, ...], object], longest: int):
    """The longest key of ``table`` that starts at tokens[i], as (key, value), else None."""
    for n in range(min(longest, len(tokens) - i), 0, -1):
        key = tuple(tokens[i : i + n])
        if key in table:
            return key, table[key]
    return None


def _match_seq_ending(tokens: list[str], end: int, table: dict[tuple[str, ...], object], longest: int, floor: int):
    """The longest key of ``table`` that ends just before tokens[end], as (key, value), else None."""
    for n in range(min(longest, end - floor), 0, -1):
        key = tuple(tokens[end - n : end])
        if key in table:
            return key, table[key]
    return None


def _after_name(prev: Token, title_case: bool) -> bool:
    """Whether a number right after ``prev`` is part of a name ("Boeing 737", "Section 427")."""
    if prev.text[:1].islower() and any(c.isupper() for c in prev.text[1:]) and prev.is_alpha:
        return True  # "iOS 4", "iPhone 4": a product line and its version
    if title_case or prev.pos_ != "PROPN" or not any(c.isupper() for c in prev.text):
        return False
    low = prev.lower_
    return low not in lex.MONTHS and low not in lex.WEEKDAYS and prev.text not in lex.CURRENCY_CODES and prev.text not in lex.CURRENCY_PREFIX


def _has_letters_after_hyphen(doc: Doc, hyphen: Token) -> bool:
    """Whether a glued "-200LR" (one token or two) follows: letters mixed with digits."""
    rest = hyphen.text[1:]
    if not rest and not hyphen.whitespace_ and hyphen.i + 1 < len(doc):
        rest = doc[hyphen.i + 1].text
    return any(c.isalpha() for c in rest) and any(c.isdigit() for c in rest)


_MODEL_NUMBER = re.compile(r"^(\d{3,})s?$")


def _model_numbers(doc: Doc) -> frozenset[str]:
    """Numbers the document uses as model names somewhere ("Boeing 737", "737s").

    A document that writes "Boeing 737" also means the plane by "the 737
    replacement" or "their 737 airliner"; three digits or more, so that a
    small count elsewhere is not caught.
    """
    found = set()
    for tok in doc:
        m = _MODEL_NUMBER.match(tok.text)
        if m is None:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.text.endswith("s") and not (1800 <= int(m[1]) <= 2100):
            found.add(m[1])  # "737s": a plural of a name
        elif nxt is not None and not tok.whitespace_ and nxt.text[:1] in _HYPHENS and _has_letters_after_hyphen(doc, nxt):
            found.add(m[1])  # "777-200LR": a model and its variant
        elif tok.i > 0 and _after_name(doc[tok.i - 1], False):
            if nxt is None or (nxt.lower_ not in lex.UNITS and nxt.lower_ not in lex.CURRENCY_WORDS and nxt.lower_ not in SCALE_WORDS):
                found.add(m[1])
    return frozenset(found)


# -- the reader ---------------------------------------------------------------------


class _SentenceReader:
    """Reads the figures of one sentence, left to right, in one pass."""

    def __init__(self, sent: Span, blocked: set[int], doc_ids: frozenset[str] = frozenset()):
        self.sent = sent
        self.doc = sent.doc
        self.toks = list(sent)
        self.words = [t.lower_ for t in self.toks]
        self.texts = [t.text for t in self.toks]
        self.blocked = blocked  # doc token indices inside time expressions
        self.offset = sent.start
        self.doc_ids = doc_ids  # numbers the document uses as model names ("737")
        # Title-case headlines tag their verbs as proper nouns ("Quake Kills 21"):
        # the "number after a name" rule is not trusted there.
        alpha = [t for t in self.toks if t.is_alpha and len(t) > 3]
        self.title_case = len(alpha) >= 3 and sum(t.text[:1].isupper() for t in alpha) / len(alpha) > 0.7
        self.glued_currency: dict[int, tuple[str, str]] = {}
        for k, t in enumerate(self.toks):
            m = _GLUED_CURRENCY.match(t.text)
            if m is not None and m["cur"] in lex.CURRENCY_PREFIX:
                self.glued_currency[k] = (lex.CURRENCY_PREFIX[m["cur"]], m["num"])

    # token access by sentence-relative index
    def tag(self, i: int) -> str:
        return self.toks[i].tag_ if 0 <= i < len(self.toks) else ""

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def is_blocked(self, i: int) -> bool:
        return (i + self.offset) in self.blocked

    # ---- the number itself ----------------------------------------------------
    def read_core(self, i: int) -> tuple[int, float, dict] | None:
        """The number starting at token i: (end, value, info) or None."""
        w = self.words[i]
        tok = self.toks[i]
        info: dict = {"vague": False, "scale": False, "comma": False, "suffix": "", "unit": None, "times": False}
        # vague plurals: "dozens", "hundreds of thousands"
        hit = _match_seq(self.words, i, lex.VAGUE, lex.VAGUE_MAX)
        if hit is not None:
            key, value = hit
            end = i + len(key)
            if key[0] in lex.VAGUE_NEEDS_OF and len(key) == 1 and self.word(end) != "of":
                return None
            if key == ("hundreds",) and self.word(end) == "of" and self.word(end + 1) in ("thousands", "millions"):
                return None  # the longer key handles it
            if tok.tag_ not in ("NNS", "CD", "NNPS", "NNP", "NN"):
                return None
            info["vague"] = True
            return end, float(value), info
        # "a dozen", "a hundred", "a million", "half a million"
        if w in ("a", "an") and self.word(i + 1) in (set(SCALE_WORDS) | set(DOZEN)):
            if self.word(i + 1) == "score" and self.word(i + 2) != "of":
                return None
            end = i + 2
            while end < len(self.toks) and self.words[end] in SCALE_WORDS:
                end += 1
            value = words_to_number(self.words[i:end])
            return (end, value, info) if value is not None else None
        if w == "half" and self.word(i + 1) in ("a", "an") and (self.word(i + 2) in lex.UNITS or self.word(i + 2) == "percentage"):
            return i + 2, 0.5, info  # "half a percent": the unit is read next
        if w == "half" and self.word(i + 1) in ("a", "an") and self.word(i + 2) in ("million", "billion", "trillion", "dozen"):
            value = words_to_number(self.words[i : i + 3])
            return (i + 3, value, info) if value is not None else None
        # "one in five adults": a share, written as a fraction
        if w in ("one", "1") and self.word(i + 1) == "in":
            denominator = words_to_number([self.word(i + 2)]) if self.word(i + 2) else None
            if denominator and denominator > 1:
                info["unit"] = "fraction"
                return i + 3, round(1 / denominator, 3), info
        # fractions: "a third of", "two thirds of", "half of", "three quarters of"
        frac = self.read_fraction(i)
        if frac is not None:
            return frac
        # multiplier verbs: "doubled", "halved"
        if w in lex.MULTIPLIER_VERBS and tok.pos_ == "VERB":
            value, direction = lex.MULTIPLIER_VERBS[w]
            info["unit"] = "times"
            info["change"] = direction
            return i + 1, float(value), info
        # multiplier words: "fourfold", "four-fold"
        if w.endswith("fold") and w != "fold":
            base = w[:-4].rstrip("-")
            value = words_to_number([base]) if base else None
            if value is None and base.isdigit():
                value = float(base)
            if value is not None:
                info["unit"] = "times"
                return i + 1, value, info
        # digits (a currency glued before them was read by the caller)
        split = split_numeral(self.glued_currency[i][1] if i in self.glued_currency else tok.text)
        if split is not None and tok.tag_ != "LS":
            value, suffix = split
            if _ORDINAL.match(tok.text):
                return None
            info["comma"] = "," in tok.text
            end = i + 1
            if suffix:
                low = suffix.lower()
                if low in SCALE_ABBREVIATIONS and low != "m":
                    value *= SCALE_ABBREVIATIONS[low]
                    info["scale"] = True
                elif low == "m":
                    info["suffix"] = "m"  # million or metre: settled by the caller
                elif suffix in ("C", "F"):
                    info["unit"] = "degree_c" if suffix == "C" else "degree_f"  # "30C heat"
                elif len(suffix) == 1 and suffix.isupper() and low != "k":
                    return None  # "3G", "4K" screens aside: a letter grade or generation, a name
                elif low in lex.UNITS or low in lex.DURATION_UNITS or low in ("hr", "h"):
                    info["suffix"] = low
                else:
                    return None  # "737s", "150px", "1990s": a name or a decade
            # a scale word or glued abbreviation after the digits
            if not info["suffix"]:
                end, value = self._scale_after(end, value, info)
            return end, value, info
        # number words, with "and" and hyphens inside ("one hundred and five", "twenty-one")
        if w in _NUMBER_WORD_SET:
            if (
                w == "one"
                and self.word(i + 1) not in SCALE_WORDS
                and self.word(i + 1) not in DOZEN
                and (tok.tag_ != "CD" or tok.dep_ != "nummod" or self.word(i + 1) in ("of", "more", "another"))
            ):
                return None  # "one of the", "no one", "one that": a pronoun, not a count
            if w == "one" and self.word(i - 1) == "at" and self.word(i + 1) == "point":
                return None  # "at one point": an idiom of time
            end = i + 1
            while end < len(self.toks):
                nw = self.words[end]
                if nw in _NUMBER_WORD_SET or nw in SCALE_WORDS or nw in DOZEN:
                    if nw in DOZEN and nw == "score":
                        break
                    end += 1
                elif nw in _HYPHENS and self.word(end + 1) in UNITS_WORDS and self.words[end - 1] in TENS_WORDS:
                    end += 2
                elif nw == "and" and self.words[end - 1] in SCALE_WORDS and self.word(end + 1) in _NUMBER_WORD_SET:
                    end += 1
                else:
                    break
            value = words_to_number(self.words[i:end])
            if value is None:
                return None
            info["scale"] = any(x in SCALE_WORDS and x != "hundred" for x in self.words[i:end])
            if w in ("a", "an"):
                return None
            return end, value, info
        return None

    def _scale_after(self, end: int, value: float, info: dict) -> tuple[int, float]:
        """Apply scale words right after a digit numeral ("1.5 million", "15 bn", "20k")."""
        prev = self.toks[end - 1]
        nw = self.word(end)
        if nw in SCALE_WORDS:
            scale = 1.0
            while end < len(self.toks) and self.words[end] in SCALE_WORDS:
                scale *= SCALE_WORDS[self.words[end]]
                end += 1
            info["scale"] = True
            return end, value * scale
        if nw in DOZEN and nw == "dozen":
            return end + 1, value * 12
        if nw in SCALE_ABBREVIATIONS and nw != "b" and (_glued(prev) or nw in ("bn", "mn", "mln", "tn", "trn", "bln")):
            if nw == "m":
                info["suffix"] = "m"
                return end + 1, value
            info["scale"] = True
            return end + 1, value * SCALE_ABBREVIATIONS[nw]
        return end, value

    def read_fraction(self, i: int) -> tuple[int, float, dict] | None:
        w = self.words[i]
        info = {"vague": False, "scale": False, "comma": False, "suffix": "", "unit": "fraction", "times": False}
        follow_ok = ("of", "the", "its", "their", "his", "her", "our", "all", "this", "that", "these", "those")
        if w == "half":
            if self.word(i - 1) in ("first", "second", "latter", "other", "the"):
                return None
            if self.word(i + 1) in follow_ok:
                return i + 1, 0.5, info
            return None
        if w in ("a", "one") or w in UNITS_WORDS:
            fw = self.word(i + 1)
            if self.word(i + 1) in _HYPHENS:
                fw = self.word(i + 2)
                step = 3
            else:
                step = 2
            hedged = self.word(i - 1) in ("about", "almost", "nearly", "roughly", "around", "over", "some", "than", "under")
            if fw in lex.FRACTION_WORDS and (self.word(i + step) in follow_ok or (hedged and fw != "half")):
                if fw in ("quarter", "quarters") and self.word(i + step) != "of" and not hedged:
                    return None
                num = 1.0 if w in ("a", "one") else float(UNITS_WORDS[w])
                if num > 1 and not fw.endswith("s") and fw != "half":
                    return None
                return i + step, round(num * lex.FRACTION_WORDS[fw], 3), info
        return None

    # ---- units after the number ------------------------------------------------------
    def read_unit(self, i: int, fig: _Figure, info: dict) -> int:
        """Read a unit starting at token i into ``fig``; return the new end."""
        hit = _match_seq(self.words, i, lex.MULTI_UNITS, lex.MULTI_UNIT_MAX)
        if hit is not None:
            fig.unit = hit[1]
            return i + len(hit[0])
        w = self.word(i)
        if not w:
            return i
        tok = self.toks[i]
        if w in lex.CURRENCY_WORDS and not (w in ("pound", "pounds") and self.word(i + 1) == "of"):
            fig.unit = lex.CURRENCY_WORDS[w]
            end = i + 1
            if self.texts[end - 1] and self.word(end) == "sterling":
                end += 1
            return end
        if w in ("us", "u.s.", "american", "australian", "canadian", "hong", "new", "singapore") and self.word(i + 1) in ("dollars", "dollar"):
            fig.unit = {"australian": "AUD", "canadian": "CAD", "singapore": "SGD"}.get(w, "USD")
            return i + 2
        if tok.text in lex.CURRENCY_CODES:
            fig.unit = lex.CODE_ALIASES.get(tok.text, tok.text)
            return i + 1
        if w in lex.SUBUNITS:
            factor, _default = lex.SUBUNITS[w]
            fig.value *= factor
            if fig.high_value is not None:
                fig.high_value *= factor
            fig.money_sub = w
            return i + 1
        if len(tok.text) == 1 and tok.text.isupper() and _glued(self.toks[i - 1]):
            return i  # "3G": a generation, not grams
        if w in lex.UNITS:
            # "m" alone after a number is read by the core; "in", "g", "ha" are too
            # ambiguous unless glued to the digits.
            if w in ("g", "ha", "mi", "ft", "t", "in") and not _glued(self.toks[i - 1]):
                return i
            if w in ("point", "points") and self.word(i - 1) in ("percentage", "basis"):
                return i
            fig.unit = lex.UNITS[w]
            return i + 1
        return i

    # ---- guards: is it a calendar number, a name, a calibre? ----------------------------
    def is_calendar(self, fig: _Figure, info: dict) -> bool:
        i, j = fig.core_start, fig.core_end
        if any(self.is_blocked(k) for k in range(i, j)) and fig.unit != "fraction":
            return True
        tok = self.toks[i]
        bare = fig.unit is None and not info["scale"] and not info["vague"] and not info["comma"] and j - i == 1
        if not bare:
            return False
        v = fig.value
        nxt, prv = self.word(j), self.word(i - 1)
        if tok.ent_type_ in ("DATE", "TIME") and tok.like_num:
            # spaCy's own date reading backs up our lists
            if v == int(v) and (1 <= v <= 31 or 1800 <= v <= 2100):
                return True
        if v == int(v) and 1 <= v <= 31:
            if prv in lex.MONTHS or (prv == "," and self.word(i - 2) in lex.MONTHS):
                return True
            if nxt in lex.MONTHS or (nxt == "of" and self.word(j + 1) in lex.MONTHS):
                return True
            if prv == "(" and nxt == ")" and self.word(i - 2) in lex.WEEKDAYS:
                return True
            if prv in lex.WEEKDAYS:
                return True
        if nxt in lex.CLOCK_WORDS or (nxt == "." and self.word(j + 1) in lex.CLOCK_WORDS):
            return True
        if v == int(v) and 1800 <= v <= 2100 and "." not in tok.text:
            # a year unless it counts a plural noun right after it ("2000 people")
            if not (self.tag(j) == "NNS" and tok.head.i == j + self.offset):
                return True
        return False

    def is_duration_or_age(self, fig: _Figure, end: int) -> bool:
        if fig.unit is not None and fig.unit not in ("times",):
            return False
        w = self.word(end)
        if w in _HYPHENS:
            w = self.word(end + 1)
        if w in lex.DURATION_UNITS or fig.glued_suffix in lex.DURATION_UNITS or fig.glued_suffix in ("h", "hr"):
            return True
        if self.word(fig.start - 1) in lex.AGE_CUES:
            return True
        return False

    def is_identifier(self, fig: _Figure, info: dict) -> bool:
        i, j = fig.core_start, fig.core_end
        tok = self.toks[i]
        if fig.unit is not None or info["scale"] or info["vague"] or fig.hedges:
            return False
        prev = self.toks[i - 1] if i > 0 else None
        nxt = self.toks[j] if j < len(self.toks) else None
        # glued to letters by a hyphen: "F-16", "Su-27", "COVID-19"
        if prev is not None and prev.text in _HYPHENS and not prev.whitespace_ and i >= 2:
            before = self.toks[i - 2]
            if before.is_alpha and not before.whitespace_ and before.lower_ not in _NUMBER_WORD_SET:
                return True
        if nxt is not None and not self.toks[j - 1].whitespace_ and nxt.text in _HYPHENS and j + 1 < len(self.toks):
            after = self.toks[j + 1]
            if after.like_num and not after.is_alpha and not self.toks[j].whitespace_ and prev is not None and prev.pos_ == "PROPN":
                return True  # "737-800"
        if _PHONE.match(tok.text):
            return True
        if prev is not None and not prev.whitespace_ and prev.text in ("+", "/", "#", "&", "_", "@"):
            return True  # "P5+1", "#1", "covid_19": glued to a symbol, part of a name
        if len(tok.text) > 1 and tok.text.startswith("0") and tok.text.isdigit():
            return True  # "0958": a leading zero marks a code, not a count
        if nxt is not None and not tok.whitespace_ and len(nxt.text) == 1 and nxt.text.isupper() and nxt.text not in "MKB":
            return True  # "3G", "4K": a generation or grade
        if info["comma"]:
            return False
        if tok.text in self.doc_ids:
            return True
        if prev is not None and prev.text in ("'", "\u2019") and not prev.whitespace_:
            return True  # "since '82": a year
        counts_noun = nxt is not None and nxt.tag_ == "NNS" and nxt.lower_ not in ("index", "indices")
        if prev is not None:
            pw = prev.lower_
            if pw in ("no.", "nos.", "p.", "pp.", "#", "vol.", "art.", "sec.", "fig.", "ch.") or (
                pw == "." and self.word(i - 2) in ("no", "nos", "p", "pp", "vol", "art", "sec", "fig", "ch")
            ):
                return True  # "No. 1", "p. 12"
            if _after_name(prev, self.title_case) and not (counts_noun and self.title_case):
                return True
            if not counts_noun and pw in lex.ID_NOUNS and prev.pos_ in ("NOUN", "PROPN"):
                return True
            if pw in ("'s", "\u2019s") and i >= 2 and self.toks[i - 2].pos_ == "PROPN" and (nxt is None or nxt.pos_ not in ("NOUN", "ADJ")):
                return True  # "Boeing's 787,", "Standard & Poor's 500 plunged"
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.lower_ in ("index",):
            return True
        if nxt is not None and not tok.whitespace_ and nxt.text[:1] in _HYPHENS and len(nxt.text) > 1 and any(c.isalnum() for c in nxt.text[1:]):
            if nxt.text[1:].lower() not in ("plus", "odd", "fold", "year", "day", "strong") and not nxt.text[1:].lower().startswith(("year", "day", "week", "month", "hour")):
                return True  # "777-200LR"
        # a bare small number alone in parentheses: a list marker "(1)"
        if prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")" and fig.value < 10:
            return True
        if tok.ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART", "LAW", "FAC", "EVENT") and not counts_noun:
            return True
        return False

    def is_calibre(self, fig: _Figure, end: int) -> bool:
        """A length unit glued to a number before a weapon or system noun."""
        unit = fig.glued_suffix
        if unit not in lex.CALIBRE_UNITS:
            return False
        nxt = self.toks[end] if end < len(self.toks) else None
        if nxt is None:
            return False
        if nxt.text in _HYPHENS and end + 1 < len(self.toks):
            nxt = self.toks[end + 1]
        if nxt.is_punct or nxt.lower_ in ("of", "and", "or", "in", "on", "at", "to", "from", "per", "a", "an", "the"):
            return False
        window = {self.word(k) for k in range(end, min(end + 4, len(self.toks)))}
        if window & lex.WEAPON_WORDS:
            return True
        # "155mm" right before a noun names a calibre even for weapons we do not list
        return unit in ("mm", "calibre", "caliber") and nxt.pos_ in ("NOUN", "ADJ", "PROPN")

    # ---- one figure, hedges and all ------------------------------------------------------
    def read_at(self, i: int) -> tuple[_Figure | None, int]:
        """The figure starting at token i (or None) and where to go on."""
        if self.is_blocked(i) and not (self.read_fraction(i) is not None and self.word(i + 2) == "of"):
            # a time expression; but "three quarters of its value" is a fraction even
            # where a time reader took "three quarters" for a duration
            return None, i + 1
        # currency before the number
        cur = None
        k = i
        sign = 1.0
        if self.words[k] == "minus" and k + 1 < len(self.toks) and split_numeral(self.texts[k + 1]) is not None:
            sign = -1.0  # "minus 5 degrees"
            k += 1
        if k in self.glued_currency:
            cur = self.glued_currency[k][0]
        elif self.texts[k] in lex.CURRENCY_PREFIX:
            cur = lex.CURRENCY_PREFIX[self.texts[k]]
            k += 1
        elif self.texts[k] in lex.CURRENCY_CODES and k + 1 < len(self.toks) and split_numeral(self.texts[k + 1]) is not None:
            cur = lex.CODE_ALIASES.get(self.texts[k], self.texts[k])
            k += 1
        if k >= len(self.toks):
            return None, i + 1
        if cur is None and self.texts[k] in ("US", "U.S.") and k + 1 < len(self.toks) and self.texts[k + 1] == "$":
            cur = "USD"  # "US $50 million"
            k += 2
        if k >= len(self.toks):
            return None, i + 1
        if cur is not None and self.texts[k] in lex.CURRENCY_PREFIX:
            k += 1  # "US $": a code then a symbol
        core = self.read_core(k)
        if core is None:
            return None, i + 1
        core_end, value, info = core
        value *= sign
        if not math.isfinite(value):
            return None, core_end  # a run of digits too long for a float
        fig = _Figure(start=i, end=core_end, core_start=k, core_end=core_end, value=value)
        fig.vague = info["vague"]
        fig.has_scale = info["scale"]
        fig.has_comma = info["comma"]
        fig.unit = info["unit"] or cur
        fig.change = info.get("change")
        end = core_end
        # "m" glued to digits: million after a currency, else metres before a weapon
        if info["suffix"] == "m":
            if cur is None and self.is_calibre_noun_after(end):
                fig.glued_suffix = "m"
            else:
                fig.value *= 1e6
                fig.has_scale = True
                info["scale"] = True
        elif info["suffix"]:
            fig.glued_suffix = info["suffix"]
            if info["suffix"] in lex.UNITS:
                fig.unit = lex.UNITS[info["suffix"]]
        after = end  # the token after a glued or hyphenated unit
        if not info["suffix"] and end < len(self.toks) and _glued(self.toks[end - 1]):
            if self.word(end) in lex.CALIBRE_UNITS:
                fig.glued_suffix = self.word(end)  # "170 mm" split by the tokenizer from "170mm"
                after = end + 1
            elif (
                self.word(end) in _HYPHENS
                and end + 1 < len(self.toks)
                and _glued(self.toks[end])
                and self.word(end + 1) in lex.UNITS
                and self.word(end + 1) not in ("%", "point", "points", "degree", "degrees")
            ):
                # "a 79-metre wingspan", "155-mm howitzers": a hyphenated unit
                fig.glued_suffix = self.word(end + 1)
                after = end + 2
        if fig.glued_suffix and self.is_calibre(fig, after if not info["suffix"] else end):
            return None, max(after, end + 1)
        if after > end and fig.unit is None:
            fig.unit = lex.UNITS.get(fig.glued_suffix, fig.unit)
            end = after
        if fig.glued_suffix == "m" and info["suffix"] == "m":
            fig.unit = "m"  # "a 100m-long barrier": metres
        # a unit after the number
        if fig.unit is None or fig.unit == cur:
            before = fig.unit
            end = self.read_unit(end, fig, info)
            if cur is not None and fig.unit != before and fig.unit not in lex.CURRENCY_CODES and fig.unit not in lex.CURRENCY_WORDS.values():
                fig.unit = cur if fig.unit is None else fig.unit
            if cur is not None and fig.money_sub is not None:
                fig.unit = cur
        # vague "thousands of dollars"
        if fig.vague and self.word(end) == "of" and self.word(end + 1) in lex.CURRENCY_WORDS:
            fig.unit = lex.CURRENCY_WORDS[self.word(end + 1)]
        if self.is_duration_or_age(fig, end):
            return None, end
        if (
            fig.unit is None
            and core_end - k == 1
            and self.words[k] in _SMALL_WORDS
            and self.word(k - 1) in ("the", "these", "those", "both")
        ):
            return None, end  # "the two companies": a reference back to things named, not a figure
        if (
            fig.unit is None
            and not fig.has_comma
            and not fig.has_scale
            and core_end - k == 1
            and self.texts[k].isdigit()
            and (self.texts[k] in self.doc_ids or self._names_singular(k, end))
        ):
            # "the 787 Dreamliner", "737-800": a model, not a count; skip its variant too
            if end + 1 < len(self.toks) and self.words[end] in _HYPHENS and not self.toks[end - 1].whitespace_:
                end += 2
            return None, end
        if self.word(end) in _HYPHENS and self.word(end + 1) in ("year", "years") and self.word(end + 2) in _HYPHENS:
            return None, end  # "45-year-old"
        # multiplier: "three times as many"
        if fig.unit is None and self.word(end) == "times" and self.word(end + 1) in lex.TIMES_FOLLOWERS:
            fig.unit = "times"
            end += 1
        # range: "X to Y", "X-Y", "between X and Y", "X or Y"
        end = self.read_range(fig, end, info)
        if fig.unit is None and fig.high_value is None and self.word(end) in ("and", "or"):
            fig.unit = self._shared_unit(end + 1)
        if fig.range_sep in ("score", "blocked"):
            return None, end
        if fig.high_value is not None and self.is_duration_or_age(fig, end):
            return None, end  # "between 60 and 90 days"
        # post-hedges: "or more", "-plus", "or so"
        hit = _match_seq(self.words, end, lex.POST_HEDGES, lex.POST_HEDGE_MAX)
        if hit is not None and self.word(end + len(hit[0])) in ("than", "of"):
            hit = None  # "678 points or more than 7.3%": a second figure, not a hedge
        if hit is not None and fig.high_value is None:
            fig.hedges.append(hit[1])
            end += len(hit[0])
        fig.end = end
        # pre-hedges, stacked: "at least more than 1,000"
        start = fig.start
        while True:
            hit = _match_seq_ending(self.words, start, lex.PRE_HEDGES, lex.PRE_HEDGE_MAX, 0)
            if hit is None:
                break
            key, kind = hit
            if key == ("some",) and fig.vague:
                break
            if len(key) == 1 and self.tag(start - 1) == "RP":
                break  # "complained over two raids": a verb's particle, not a hedge
            fig.hedges.append(kind)
            start -= len(key)
        if fig.range_sep == "and" and self.word(start - 1) == "between":
            start -= 1
        elif fig.range_sep == "and":
            # "X and Y" with no "between" is two figures, not a range
            return self._unrange(fig, info)
        fig.start = start
        # guards
        if not fig.vague and fig.high_value is None:
            run = self._digit_run(fig)
            if run > fig.core_end:
                return None, run  # "+44 20 7946 0958": a phone number or a code
            if self.is_calendar(fig, info) or self.is_identifier(fig, info):
                skip_to = fig.core_end
                if self.word(skip_to) == "of" and skip_to + 1 < len(self.toks) and self.texts[skip_to + 1].isdigit():
                    skip_to += 2  # "Photo 2 of 10", "Vol. 3 of 5": a place in a series
                return None, skip_to
        return fig, end

    def _unrange(self, fig: _Figure, info: dict) -> tuple[_Figure | None, int]:
        fig.high_value = None
        fig.range_sep = None
        fig.end = fig.core_end
        if self.is_calendar(fig, info) or self.is_identifier(fig, info):
            return None, fig.core_end
        return fig, fig.core_end

    def _shared_unit(self, k: int) -> str | None:
        """The unit of the next figure in "fell by 1.5 and 3 percent", which the first shares."""
        if k >= len(self.toks) or self.is_blocked(k):
            return None
        core = self.read_core(k)
        if core is None or core[2]["vague"]:
            return None
        probe = _Figure(start=k, end=core[0], core_start=k, core_end=core[0], value=core[1])
        self.read_unit(core[0], probe, core[2])
        if probe.money_sub is not None:
            return None  # "5 and 10 cents": the value would need the subunit too
        return probe.unit if probe.unit in ("percent", "percentage_point", "point") else None

    def _digit_run(self, fig: _Figure) -> int:
        """The end of a run of bare digit groups starting at the figure, else its own end.

        Two bare integers in a row never make one figure in English prose; they
        are a phone number, a code or a reference.
        """
        k = fig.core_start
        if fig.unit is not None or fig.has_scale or fig.has_comma or fig.hedges:
            return fig.core_end
        if not self.texts[k].lstrip("+").isdigit():
            return fig.core_end
        end = k + 1
        while end < len(self.toks) and self.texts[end].isdigit() and self.toks[end - 1].whitespace_:
            end += 1
        if end - k >= 2 or self.texts[k].startswith("+"):
            return max(end, fig.core_end + (1 if self.texts[k].startswith("+") else 0))
        return fig.core_end

    def _names_singular(self, k: int, end: int) -> bool:
        """A bare number above one before a singular common noun it modifies is a name ("500 index")."""
        if end >= len(self.toks) or end != k + 1:
            return False
        nxt = self.toks[end]
        if nxt.tag_ not in ("NN", "NNP") or nxt.lower_ in _LEVEL_NOUNS or nxt.lower_ in lex.UNITS or nxt.lower_ in lex.DURATION_UNITS:
            return False
        if nxt.lower_ in lex.CURRENCY_WORDS or nxt.lower_ in lex.SUBUNITS or nxt.lower_ in SCALE_WORDS:
            return False
        try:
            value = float(self.texts[k])
        except ValueError:
            return False
        return value > 1 and self.toks[k].head.i == nxt.i

    def is_calibre_noun_after(self, end: int) -> bool:
        window = {self.word(k) for k in range(end, min(end + 4, len(self.toks)))}
        if window & lex.WEAPON_WORDS:
            return True
        nxt = self.word(end)
        if nxt in _HYPHENS and self.word(end + 1) in ("high", "long", "tall", "wide", "deep", "metre", "meter"):
            return True
        return False

    def read_range(self, fig: _Figure, end: int, info: dict) -> int:
        sep = self.word(end)
        if sep not in _RANGE_WORDS:
            return end
        if sep == "and" and self.word(fig.start - 1) != "between":
            hedge = _match_seq_ending(self.words, fig.start, lex.PRE_HEDGES, lex.PRE_HEDGE_MAX, 0)
            if hedge is None or self.word(fig.start - 1 - len(hedge[0])) != "between":
                return end
        if sep == "to" and self.word(fig.start - 1) == "from":
            return end  # "from 379 to 2,500": two figures, a trajectory
        if sep == "to":
            before = self.toks[fig.start - 1] if fig.start > 0 else None
            if before is not None and (
                before.lemma_.lower() in lex.INCREASE_VERBS | lex.DECREASE_VERBS and before.pos_ in ("VERB", "AUX")
                or before.lower_ == "by"
                or (before.lower_ in ("up", "down") and before.tag_ == "RB")
            ):
                return end  # "fell 232.90 points to 6038.30": a change, then the level it reached
        if sep == "or" and (fig.unit is not None or fig.value != int(fig.value)):
            return end
        k = end + 1
        if k < len(self.toks) and self.texts[k] in lex.CURRENCY_PREFIX:
            k += 1
        # "between about 12 and about 20"
        hit = _match_seq(self.words, k, lex.PRE_HEDGES, lex.PRE_HEDGE_MAX)
        if hit is not None and hit[1] == lex.APPROX:
            k += len(hit[0])
        if k >= len(self.toks):
            return end
        if self.is_blocked(k):
            if sep in ("and", "to", "-", "\u2013") and self.word(fig.start - 1) in ("between", "from"):
                fig.range_sep = "blocked"  # "between 60 and 90 days": one duration
            return end
        core = self.read_core(k)
        if core is None:
            return end
        end2, value2, info2 = core
        if info2["vague"] or info["vague"]:
            return end
        if (
            sep in _HYPHENS
            and not self.toks[end - 1].whitespace_
            and not self.toks[end].whitespace_
            and len(self.texts[fig.core_start]) >= 3
            and len(self.texts[k]) >= 4
            and self.texts[fig.core_start].isdigit()
            and self.texts[k].isdigit()
        ):
            fig.range_sep = "score"  # "555-1234": a phone number, dropped like a score
            return end2
        if sep in _HYPHENS and (
            self.word(fig.start - 1) in lex.SCORE_CUES
            or self.word(fig.start - 2) in lex.SCORE_CUES
            or (value2 < fig.value and not info2["scale"])
        ):
            fig.range_sep = "score"
            return end2
        if sep in _HYPHENS and (self.toks[end - 1].whitespace_ or self.toks[end].whitespace_):
            # "10 - 12" with spaces reads as a minus or a dash, keep it only when tight
            if not (self.toks[end - 1].whitespace_ and self.toks[end].whitespace_):
                return end
        if value2 < fig.value and not info2["scale"]:
            return end
        if sep == "to" and fig.value > 0 and value2 / fig.value > 10 and not info2["scale"]:
            return end  # "X to Y" ranges in news are tight; a far bigger Y is a level reached
        second = _Figure(start=k, end=end2, core_start=k, core_end=end2, value=value2)
        if info2["suffix"] == "m":
            second.value *= 1e6
            info2["scale"] = True
        end2 = self.read_unit(end2, second, info2)
        # share the scale and the unit: "between 12 and 20 million", "15-20%"
        if info2["scale"] and not info["scale"] and fig.value < value2:
            scale = second.value / value2 if value2 else 1
            if scale == 1:
                for w in self.words[k:end2]:
                    if w in SCALE_WORDS:
                        scale *= SCALE_WORDS[w]
            fig.value *= scale
        unit = fig.unit or second.unit
        if fig.unit and second.unit and fig.unit != second.unit:
            return end
        if fig.value > second.value:
            return end  # "5 to 3 million": a range never runs downwards (low <= high)
        fig.unit = unit
        if second.money_sub:
            fig.money_sub = second.money_sub
        fig.high_value = second.value
        fig.range_sep = sep
        return end2

    def figures(self):
        i = 0
        n = len(self.toks)
        while i < n:
            fig, nxt = self.read_at(i)
            if fig is not None:
                yield fig
                i = max(nxt, i + 1)
            else:
                i = max(nxt, i + 1) if nxt > i else i + 1


# -- from a figure to a record -------------------------------------------------------


def _round(x: float) -> float:
    return float(round(x, 6))


def _interval(fig: _Figure) -> tuple[float, float | None, float | None, str]:
    """value, low, high, bound for a figure, by the conventions of the module docstring."""
    if fig.high_value is not None:
        low, high = fig.value, fig.high_value
        return _round((low + high) / 2), _round(low), _round(high), "range"
    v = fig.value
    kinds = set(fig.hedges)
    if fig.vague or lex.LOWER in kinds:
        return _round(v), _round(v), None, "lower"
    if lex.UPPER in kinds:
        return _round(v), None, _round(v), "upper"
    if lex.APPROX in kinds:
        a, b = sorted((v * (1 - APPROX_BAND), v * (1 + APPROX_BAND)))
        return _round(v), _round(a), _round(b), "approx"
    return _round(v), _round(v), _round(v), "exact"


def _sentence_currency(sent: Span) -> str | None:
    for tok in sent:
        if tok.text in lex.CURRENCY_PREFIX:
            return lex.CURRENCY_PREFIX[tok.text]
        if tok.lower_ in lex.CURRENCY_WORDS and tok.lower_ not in ("pound", "pounds"):
            return lex.CURRENCY_WORDS[tok.lower_]
        if tok.text in lex.CURRENCY_CODES:
            return lex.CODE_ALIASES.get(tok.text, tok.text)
    return None


def _span_root(doc: Doc, start: int, end: int) -> Token:
    """The token of [start, end) whose head lies outside it (the last such)."""
    root = doc[end - 1]
    for tok in doc[start:end]:
        if not (start <= tok.head.i < end) or tok.head.i == tok.i:
            root = tok
    return root


def _starts_clause(tok: Token) -> bool:
    """Whether a token opens another clause or figure inside a noun's subtree.

    Relative pronouns, finite verbs and currency signs do. A past form with no
    object ("troops sent to Russia") is a participle the tagger often calls a
    past tense: it stays in the phrase.
    """
    if tok.tag_ in ("WDT", "WP", "VBZ", "VBP", "MD", "$"):
        return True
    if tok.tag_ == "VBD":
        return any(c.dep_ in ("dobj", "conj", "aux", "nsubj") for c in tok.children)
    return False


def _compound_phrase(noun: Token, floor: int = 0) -> str:
    """A noun with the noun compounds right before it: "drone attacks"."""
    first = noun.i
    for child in reversed(list(noun.lefts)):
        # a common noun keeps its common compounds ("drone attacks"); a name keeps
        # its name parts ("Nasdaq Composite"), not the other way round
        same_kind = (child.pos_ == "PROPN") == (noun.pos_ == "PROPN")
        if child.dep_ == "compound" and child.i == first - 1 and child.i >= floor and not child.like_num and same_kind:
            first = child.i
        else:
            break
    words = [
        t.lower_ if t.pos_ != "PROPN" and t.is_alpha and t.text[1:].islower() else t.text
        for t in noun.doc[first : noun.i + 1]
    ]
    return " ".join(words)


def _clause(tok: Token) -> Token:
    """The verb of the clause a token stands in (conjoined verbs share their first's)."""
    t = tok
    for _ in range(64):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            break
        t = t.head
    for _ in range(16):
        if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and t.head.i != t.i:
            t = t.head
        else:
            break
    return t


def _clause_chain(tok: Token) -> list[Token]:
    chain = [_clause(tok)]
    for _ in range(16):
        top = chain[-1]
        if top.head.i == top.i:
            break
        nxt = _clause(top.head)
        if nxt in chain:
            break
        chain.append(nxt)
    return chain


class _Linker:
    """Links figures to measure, subject, change and time within one doc."""

    def __init__(self, doc: Doc, times: list[tuple[int, int, TimeRecord | None, str | None]]):
        self.doc = doc
        self.times = times  # (token start, token end, record or None, cue) per time expression
        self.time_tokens = {i for s, e, _r, _c in times for i in range(s, e)}
        # time expressions grouped by sentence, so a figure looks only at its own
        self.by_sentence: dict[int, list] = {}
        for cand in times:
            self.by_sentence.setdefault(doc[cand[0]].sent.start, []).append(cand)

    # ---- what is counted ---------------------------------------------------------
    def np_of(self, root: Token, fig_tokens: range, skip: set[int]) -> tuple[Token | None, Token]:
        """(counted noun or None, the token standing for the figure's noun phrase)."""
        head = root.head
        if head.lower_ in ("worth",) and head.i not in fig_tokens:
            for child in head.rights:  # "$50,000 worth of goods"
                if child.dep_ == "prep" and child.lower_ == "of":
                    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj, head
        if (
            head.i != root.i
            and head.i not in fig_tokens
            and head.i not in skip
            and head.lower_ not in lex.UNITS
            and head.lower_ not in lex.SUBUNITS
            and head.pos_ in ("NOUN", "PROPN")
            and root.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod")
            and head.i > root.i
            and head.lower_ not in lex.INCREASE_NOUNS | lex.DECREASE_NOUNS
        ):
            return head, head
        for child in root.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        if pobj.pos_ == "PRON":
                            return None, root
                        return pobj, root
        # a misparse ("over 1m people": "m" read as a noun) leaves the plural noun
        # right after the figure unattached to it; it is still what is counted
        after = fig_tokens.stop
        if after < len(self.doc) and self.doc[after].tag_ == "NNS" and after not in skip and self.doc[after].lower_ not in lex.UNITS:
            return self.doc[after], root
        return None, root

    def casualty(self, np_tok: Token) -> str | None:
        """The participle phrase where the noun phrase counts people hurt: "killed or injured"."""
        verb = None
        t = np_tok
        for child in t.rights:
            # "18 were killed and about 70 wounded": the figure's own participle wins over the verb it hangs on
            if child.dep_ in ("acl", "amod") and child.lemma_.lower() in lex.CASUALTY_PARTICIPLES:
                return lex.CASUALTY_PARTICIPLES[child.lemma_.lower()]
        if t.dep_ in ("dobj", "nsubjpass", "nsubj", "conj", "appos") and t.head.pos_ in ("VERB", "AUX", "ADJ"):
            verb = t.head
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ in ("nsubjpass", "nsubj", "dobj"):
            verb = t.head.head.head
        if verb is None:
            # "at least 5 people dead": an adjective after the noun
            for child in np_tok.rights:
                if child.lower_ in lex.CASUALTY_ADJECTIVES and child.dep_ in ("amod", "acomp", "advmod"):
                    return child.lower_
            return None
        words = []
        if verb.lemma_.lower() in lex.CASUALTY_PARTICIPLES and not (t.dep_ == "nsubj" and verb.tag_ not in ("VBN",) and verb.lemma_.lower() != "die"):
            words.append(lex.CASUALTY_PARTICIPLES[verb.lemma_.lower()])
            first = verb.head
            if (
                verb.dep_ == "conj"
                and first.lemma_.lower() in lex.CASUALTY_PARTICIPLES
                and not any(c.dep_ in ("dobj", "nsubjpass") for c in first.children)
                # "Five people died and 30 were injured": each verb has its own subject
                and not (t.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "nsubj" for c in first.children))
            ):  # "killing or wounding 50": the object is shared by both verbs
                cc = next((c.lower_ for c in first.children if c.dep_ == "cc" and c.i < verb.i), "and")
                words[:0] = [lex.CASUALTY_PARTICIPLES[first.lemma_.lower()], cc]
        elif verb.lower_ in lex.CASUALTY_ADJECTIVES and t.dep_ == "nsubj":
            words.append(verb.lower_)
        else:
            # "are missing", "were dead": an adjectival complement
            for child in verb.children:
                if child.dep_ == "acomp" and child.lower_ in lex.CASUALTY_ADJECTIVES:
                    return child.lower_
            return None
        for child in verb.children:
            if (
                child.dep_ == "conj"
                and child.lemma_.lower() in lex.CASUALTY_PARTICIPLES
                and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in child.children)
            ):  # "were killed or injured"; not "... killed and 3,600 injured", which has its own figure
                cc = next((c.lower_ for c in verb.children if c.dep_ == "cc" and c.i < child.i), "and")
                words.extend([cc, lex.CASUALTY_PARTICIPLES[child.lemma_.lower()]])
                break
        return " ".join(words)

    def governing_subject(self, np_tok: Token) -> Token | None:
        """The subject of the verb a figure completes ("revenue" in "revenue rose 12%")."""
        t = np_tok
        if t.dep_ == "pobj":
            t = t.head
        if t.dep_ in ("dobj", "npadvmod", "attr", "advmod", "prep", "acomp", "oprd", "nsubj", "pobj", "dep", "quantmod", "nummod", "appos"):
            verb = t.head
        else:
            return None
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX"):
                break
            if verb.head.i == verb.i:
                return None
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        if np_tok.dep_ in ("pobj", "npadvmod", "advmod") and verb.lemma_.lower() in lex.INCREASE_VERBS | lex.DECREASE_VERBS:
            # "the bank raised rates by 25 basis points": what changed is the object
            for child in verb.children:
                if (
                    child.dep_ == "dobj"
                    and child.pos_ in ("NOUN", "PROPN")
                    and child.i < np_tok.i
                    and child.lower_ not in lex.UNITS
                    and not any(c.like_num for c in child.children)
                ):  # not "gained 71 points": an object that is itself a figure
                    return child
        for _ in range(4):
            lemma = verb.lemma_.lower()
            level = lemma in _LEVEL_VERBS or lemma in lex.INCREASE_VERBS or lemma in lex.DECREASE_VERBS
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i != np_tok.i and child.pos_ in ("NOUN", "PROPN") and child.i < np_tok.i:
                    # "the government approved GBP 20m": the subject of another verb is
                    # who acts, not what is measured; "the number of X ..." always measures X
                    if level or child.lemma_.lower() in lex.COUNT_NOUNS:
                        return child
                    return None
            if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
                verb = verb.head
            else:
                break
        return None

    def subject_text(self, noun: Token, skip: "_Skip") -> str | None:
        """The noun phrase around ``noun`` as written, without the figure, determiners and time words."""
        sub = list(noun.subtree)
        keep = [
            t
            for t in sub
            if t.i not in skip and t.dep_ not in ("det", "predet") and not (t.tag_ == "PRP$") and not t.like_num
        ]
        if not keep:
            return None
        # the contiguous run around the noun, cut at punctuation and relative pronouns
        idx = {t.i for t in keep}
        lo = hi = noun.i
        while lo - 1 in idx and not noun.doc[lo - 1].is_punct:
            lo -= 1
        while hi + 1 in idx and not noun.doc[hi + 1].is_punct and not _starts_clause(noun.doc[hi + 1]):
            hi += 1
        while hi > noun.i and (noun.doc[hi].pos_ in ("ADP", "CCONJ", "SCONJ", "PART", "ADV", "DET") or noun.doc[hi].is_punct):
            hi -= 1
        if hi - lo + 1 > 14:
            hi = lo + 13
        words = noun.doc[lo : hi + 1]
        text = words.text
        return text or None

    def measure_subject(self, fig_start: int, fig_end: int, skip: "_Skip") -> tuple[str | None, str | None, Token]:
        doc = self.doc
        root = _span_root(doc, fig_start, fig_end)
        noun, np_tok = self.np_of(root, range(fig_start, fig_end), self.time_tokens)
        if noun is None and np_tok.dep_ == "pobj" and np_tok.head.lower_ == "of" and np_tok.head.head.pos_ == "NOUN":
            owner = np_tok.head.head  # "rainfall of 155 mm", "winds of up to 120 km/h"
            if owner.lower_ not in lex.INCREASE_NOUNS | lex.DECREASE_NOUNS and owner.i not in self.time_tokens:
                noun = owner
                if owner.lower_ in _LEVEL_WORDS:
                    # "gained 71 points to a level of 5,783": the level of what the clause is about
                    gov = self.governing_subject(owner)
                    if gov is not None:
                        noun = gov
        casualty = self.casualty(np_tok)
        measure = subject = None
        if noun is not None:
            measure = _compound_phrase(noun, fig_end)
            subject = self.subject_text(noun, skip)
        if noun is None:
            gov = self.governing_subject(np_tok)
            if gov is not None:
                inner = None
                if gov.lemma_.lower() in lex.COUNT_NOUNS:
                    for child in gov.rights:
                        if child.dep_ == "prep" and child.lower_ == "of":
                            inner = next((c for c in child.children if c.dep_ == "pobj"), None)
                if inner is not None:
                    measure = _compound_phrase(inner)
                    subject = self.subject_text(inner, skip)
                elif casualty is None:
                    measure = _compound_phrase(gov)
                    subject = self.subject_text(gov, skip)
        if casualty:
            measure = f"{measure} {casualty}" if measure else casualty
        if subject is not None and measure is not None and subject.lower() in measure.lower():
            subject = None
        return measure, subject, np_tok

    # ---- change ---------------------------------------------------------------------
    def change(self, fig: _Figure, fig_start: int, np_tok: Token) -> str | None:
        doc = self.doc
        if fig.value < 0:
            return None
        prev = doc[fig_start - 1].lower_ if fig_start > 0 else ""
        if fig_start > 0 and (doc[fig_start - 1].tag_ == "RP" or doc[fig_start - 1].dep_ == "prt"):
            prev = ""  # "blew up three lines", "make up 20%": a verb's particle, no direction
        if prev in ("up", "higher"):
            return "increase"
        if prev in ("down", "lower"):
            return "decrease"
        if prev == "by" and fig_start > 1 and doc[fig_start - 2].lower_ in ("up", "down"):
            return "increase" if doc[fig_start - 2].lower_ == "up" else "decrease"
        nxt = doc[np_tok.i + 1].lower_ if np_tok.i + 1 < len(doc) else ""
        if nxt in ("higher",) and np_tok.dep_ in ("npadvmod", "advmod"):
            return "increase"
        if nxt in ("lower",) and np_tok.dep_ in ("npadvmod", "advmod"):
            return "decrease"
        t = np_tok
        for _ in range(3):  # "fell by 1.5 and 3 percent": the first number hangs on the shared unit
            if t.dep_ in ("nummod", "compound", "quantmod", "conj") and t.head.lower_ in lex.UNITS and t.head.i != t.i:
                t = t.head
            else:
                break
        # "a 5% rise": the figure modifies a noun of change
        if t.head.i != t.i and t.head.lower_ in lex.INCREASE_NOUNS and t.head.i > t.i:
            return "increase"
        if t.head.i != t.i and t.head.lower_ in lex.DECREASE_NOUNS and t.head.i > t.i:
            return "decrease"
        if t.dep_ == "pobj":
            prep = t.head
            if prep.lower_ in ("to", "from", "at", "of", "in", "on", "for", "with"):
                if prep.lower_ == "of" and prep.head.lemma_.lower() in lex.INCREASE_NOUNS:
                    return "increase"
                if prep.lower_ == "of" and prep.head.lemma_.lower() in lex.DECREASE_NOUNS:
                    return "decrease"
                return None
            if prep.lower_ == "by":
                verb = prep.head
            else:
                return None
        elif t.dep_ in ("dobj", "npadvmod", "advmod", "attr", "nsubj", "dep", "conj", "appos"):
            verb = t.head
            if t.dep_ in ("conj", "appos"):
                # "fell 26 points or 3.5%": the second figure shares the first's verb
                while verb.dep_ in ("conj", "appos") and verb.head.i != verb.i:
                    verb = verb.head
                if verb.dep_ in ("dobj", "npadvmod"):
                    verb = verb.head
        else:
            return None
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX", "ADV", "ADP"):
            return None
        if verb.lower_ in ("up", "higher") and verb.pos_ in ("ADV", "ADP"):
            return "increase"  # "up nearly 15 points"
        if verb.lower_ in ("down", "lower") and verb.pos_ in ("ADV", "ADP"):
            return "decrease"
        if verb.pos_ in ("ADV", "ADP"):
            return None
        if lemma == "edge":
            part = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")), "")
            return "increase" if part == "up" else "decrease" if part in ("down", "lower") else None
        if lemma in lex.INCREASE_VERBS:
            return "increase"
        if lemma in lex.DECREASE_VERBS:
            return "decrease"
        return None

    # ---- time ---------------------------------------------------------------------------
    def time(
        self,
        fig_start: int,
        fig_end: int,
        np_tok: Token,
        sent: Span,
        published: dt.date | None,
        others_own: frozenset[int] = frozenset(),
    ) -> ClaimTime | None:
        """The time that holds for a figure; ``others_own`` are where times start that belong to other figures."""
        cands = self.by_sentence.get(sent.start, ())
        if not cands:
            return None
        doc = self.doc
        own = set(t.i for t in np_tok.subtree) | set(range(fig_start, fig_end))
        fig_clause = _clause(np_tok)
        chain = _clause_chain(np_tok)
        best = None
        for cand in cands:
            s, e, _rec, _cue = cand
            if s < fig_end and e > fig_start:
                continue
            troot = _span_root(doc, s, e)
            if any(i in own for i in range(s, e)) and not any(i in range(fig_start, fig_end) for i in range(s, e)):
                rank = 0
            else:
                tclause = _clause(troot)
                if tclause is fig_clause:
                    rank = 1
                elif tclause in chain:
                    rank = 2
                elif tclause.dep_ in ("relcl", "acl"):
                    rank = 4
                else:
                    rank = 3
            if s in others_own:
                continue  # "up from 9.8 million tonnes in 2023": that time is the other figure's
            dist = fig_start - e if e <= fig_start else s - fig_end
            # a figure followed by its time ("2,500 in November") is the common
            # news order; break ties toward the time after the figure
            key = (rank, dist, 0 if s >= fig_end else 1)
            if best is None or key < best[0]:
                best = (key, cand)
        if best is None:
            return None
        return _claim_time(doc, best[1], published)


class _Skip:
    """Tokens a subject leaves out: the figure's own, and every time expression's."""

    __slots__ = ("start", "end", "base")

    def __init__(self, start: int, end: int, base: frozenset[int]):
        self.start, self.end, self.base = start, end, base

    def __contains__(self, i: int) -> bool:
        return self.start <= i < self.end or i in self.base


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _claim_time(doc: Doc, cand, published: dt.date | None) -> ClaimTime:
    s, e, rec, cue = cand
    text = doc[s:e].text if rec is None else rec.text
    pub = _iso(published)
    if rec is None:  # our own "so far" cue
        return ClaimTime(start=None, end=pub, text=text, kind="as_of")
    if cue == "as_of":
        return ClaimTime(start=None, end=rec.end or rec.start, text=text, kind="as_of")
    if cue == "since":
        return ClaimTime(start=rec.start, end=pub, text=text, kind="as_of")
    low = rec.text.lower()
    if rec.value == "PRESENT_REF" or any(" ".join(k) in low for k in lex.SO_FAR):
        return ClaimTime(start=None, end=rec.end or pub, text=text, kind="as_of")
    if rec.timex_type == "TIME":
        return ClaimTime(start=rec.start, end=rec.end or rec.start, text=text, kind="point")
    if rec.start is not None and rec.start == rec.end:
        return ClaimTime(start=rec.start, end=rec.end, text=text, kind="point")
    return ClaimTime(start=rec.start, end=rec.end, text=text, kind="period")


def _time_spans(doc: Doc) -> tuple[list[tuple[int, int, TimeRecord | None, str | None]], set[int]]:
    """Token spans of the doc's time expressions, with the cue before each, and all their tokens."""
    spans: list[tuple[int, int, TimeRecord | None, str | None]] = []
    blocked: set[int] = set()
    covered: set[int] = set()
    for rec in doc._.times or ():
        try:
            span = doc.char_span(rec.span[0], rec.span[1], alignment_mode="expand")
        except (TypeError, ValueError, IndexError):
            continue
        if span is None or len(span) == 0:
            continue
        blocked.update(range(span.start, span.end))
        if rec.timex_type == "SET" or (rec.timex_type == "DURATION" and rec.start is None):
            continue
        covered.update(range(span.start, span.end))
        spans.append((span.start, span.end, rec, _cue_before(doc, span.start)))
    # our own running-total cues, where the times component left them out
    words = [t.lower_ for t in doc]
    for i in range(len(doc)):
        for key in lex.SO_FAR:
            n = len(key)
            if tuple(words[i : i + n]) == key and not covered & set(range(i, i + n)):
                spans.append((i, i + n, None, "as_of"))
    spans.sort(key=lambda x: x[0])
    return spans, blocked


def _cue_before(doc: Doc, start: int) -> str | None:
    words = [doc[k].lower_ for k in range(max(0, start - 2), start)]
    for key in lex.AS_OF_CUES:
        if tuple(words[-len(key) :]) == key:
            if key == ("to",) and not (start >= 2 and doc[start - 2].lower_ in ("up",)):
                return None
            if key == ("by",) and start < len(doc) and doc[start].pos_ not in ("PROPN", "NUM", "NOUN"):
                return None
            return "as_of"
    for key in lex.SINCE_CUES:
        if tuple(words[-len(key) :]) == key:
            return "since"
    return None


def extract_claims(doc: Doc) -> list[ClaimRecord]:
    """The claims of a parsed doc, in text order (the component's work, callable alone)."""
    times, blocked = _time_spans(doc)
    linker = _Linker(doc, times)
    published = doc._.published if isinstance(doc._.published, dt.date) else None
    doc_ids = _model_numbers(doc)
    article_id = doc._.article_id or ""
    out: list[ClaimRecord] = []
    skip_base = frozenset(blocked | linker.time_tokens)  # built once per doc, not per figure
    pending: list[tuple] = []
    for sent in doc.sents:
        reader = _SentenceReader(sent, blocked, doc_ids)
        sent_currency = None
        for fig in reader.figures():
            s, e = sent.start + fig.start, sent.start + fig.end
            cs, ce = sent.start + fig.core_start, sent.start + fig.core_end
            if fig.money_sub is not None and (fig.unit is None or fig.unit not in lex.CURRENCY_CODES):
                default = lex.SUBUNITS[fig.money_sub][1]
                if fig.money_sub in ("cent", "cents"):
                    # cents belong to many currencies: the one the sentence names, else USD
                    if sent_currency is None:
                        sent_currency = _sentence_currency(sent) or default
                    fig.unit = sent_currency
                else:
                    fig.unit = default
            if not all(math.isfinite(x) for x in (fig.value, fig.high_value or 0.0)):
                continue  # a run of digits too long for a float is no figure we can record
            value, low, high, bound = _interval(fig)
            skip = _Skip(s, e, skip_base)
            try:
                measure, subject, np_tok = linker.measure_subject(cs, max(ce, e), skip)
                if fig.change is None:
                    fig.change = linker.change(fig, cs if fig.hedges == [] else s, np_tok)
            except (IndexError, ValueError, AttributeError):  # a parse we do not expect: keep the number
                measure = subject = None
                np_tok = doc[ce - 1]
            quantity = Quantity(value=value, low=low, high=high, bound=bound, unit=fig.unit, change=fig.change)
            pending.append((s, e, np_tok, quantity, measure, subject))
        # Times come second, once every figure of the sentence is known: a time
        # right after a figure's noun phrase ("9.8 million tonnes in 2023") is
        # that figure's, not its neighbour's.
        starts = [_time_slot(doc, s, e, np_tok) for s, e, np_tok, *_ in pending]
        for k, (s, e, np_tok, quantity, measure, subject) in enumerate(pending):
            others = frozenset(p for j, slot in enumerate(starts) if j != k for p in slot)
            try:
                ctime = linker.time(s, e, np_tok, sent, published, others)
            except (IndexError, ValueError, AttributeError):
                ctime = None
            span = doc[s:e]
            out.append(
                ClaimRecord(
                    article_id=article_id,
                    span=(span.start_char, span.end_char),
                    text=span.text,
                    sentence_span=_sentence_chars(sent),
                    quantity=quantity,
                    measure=measure,
                    subject=subject,
                    time=ctime,
                )
            )
        pending.clear()
    return out


def _sentence_chars(sent: Span) -> tuple[int, int]:
    """A sentence's characters without the whitespace spaCy leaves on its edges.

    spaCy ends a paragraph's last sentence with its "\n\n" token: kept, every
    stored sentence (and CSV cell) would end in a line break.
    """
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    end = sent.start_char + len(text.rstrip())
    return (start, end) if start < end else (sent.start_char, sent.end_char)


def _time_slot(doc: Doc, start: int, end: int, np_tok: Token) -> tuple[int, ...]:
    """Where a time expression would start if it belonged to this figure alone.

    Right after the figure's noun phrase, or after one preposition there
    ("379 in May 2024", "45,000 in 2022", "71% in 2019").
    """
    np_end = end
    if np_tok.i >= end and np_tok.i - end < 4:
        np_end = np_tok.i + 1
    slots = [np_end]
    # only place and date prepositions: "since", "until", "by" start a running
    # total the whole clause shares ("infected 1,203 and killed 45 since January")
    if np_end < len(doc) and doc[np_end].lower_ in ("in", "on", "at", "during", "for"):
        slots.append(np_end + 1)
    return tuple(slots)


@Language.factory(
    "newsledger_quantities",
    requires=["doc._.times", "token.dep", "doc.sents"],
    assigns=["doc._.claims"],
)
def make_quantities(nlp: Language, name: str):
    # All tables are module-level constants built at import: nothing per doc.
    def quantities(doc: Doc) -> Doc:
        try:
            doc._.claims = extract_claims(doc)
        except (IndexError, ValueError, KeyError, AttributeError, TypeError, ArithmeticError) as exc:
            # bad input degrades, never crashes; the loss is reported as an error record
            note_problem(doc, "newsledger_quantities", exc)
            doc._.claims = []
        return doc

    return quantities
