"""An independent reading of MEANTIME VALUE spans: their number, hedge and currency.

MEANTIME's VALUE markables carry only a type (QUANTITY, MONEY, PERCENT), no
numeric value, so the harness reads the gold number from the span text itself.
This parser is deliberately separate from newsledger's quantities component
(and much simpler): it must not share that component's mistakes.

What it reads, from the gold span text:

- digits with thousands commas and decimals ("7,447.55", "-366.94"), number
  words ("fifteen", "three thousand", "sixty"), "half", "a quarter";
- scale words and suffixes: thousand/k, million/m/mn, billion/bn/b, trillion/tn
  ("$15bn" -> 15e9, "13 billion" -> 1.3e10);
- ranges "X to Y", "between X and Y", "X-Y" (with X < Y): the midpoint, bound
  ``range`` (the record contract's convention);
- a second amount after ", or" / "or" ("$381 million, or $0.67"): an accepted
  alternative value;
- cents: "26 cents" is accepted as 26 and as 0.26;
- hedges at the start of the span: about/approximately/around/some/roughly ->
  approx; more than/over/at least/above -> lower; up to/almost/nearly/less
  than/as much as/below/under -> upper; else exact; :func:`context_bound` also
  reads the words just before the span ("about [500]") and the other end of a
  range marked as two spans ("[20] to [25 percent]");
- currency for MONEY: $ (and US$/USD) -> USD, AU$ -> AUD, £ -> GBP, € -> EUR,
  yuan -> CNY, yen/¥ -> JPY, cents -> USD (the corpus's cents are US cents).

Spans it cannot read as one number ("thousands", "billions of dollars",
"many", "the amount", "a near-normal number of") and ordinals ("5th": the
record contract says ordinals are not claims) give ``value=None`` and are left
out of the value figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}

_APPROX = ("about", "approximately", "around", "some", "roughly", "circa", "approx.", "nearly about")
_LOWER = ("more than", "over", "at least", "above", "in excess of", "upwards of")
# "as high as" is "as much as" of a level (the pipeline reads both as upper since issue 9)
_UPPER = ("up to", "almost", "nearly", "less than", "as much as", "as high as", "below", "under", "fewer than", "no more than")

_NUM = r"-?\d[\d,]*(?:\.\d+)?|-?\.\d+"
_SCALE_RE = r"(?:hundred|thousand|million|billion|trillion|mln|mn|bn|tn|k|m|b)\b"
_WORD_NUM = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
# One amount: digits or number words, with an optional scale.
_AMOUNT_RE = re.compile(
    rf"(?P<num>{_NUM}|\ba(?=\s+(?:hundred|thousand|million|billion)\b)|"
    rf"\b(?:(?:{_WORD_NUM})(?:[\s-]+(?:{_WORD_NUM}))?)\b)\s*(?P<scale>{_SCALE_RE})?",
    re.IGNORECASE,
)
_ORDINAL_RE = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)


@dataclass(frozen=True)
class GoldValue:
    """What the gold span says: accepted numbers, hedge and currency."""

    value: float | None
    """The primary number (midpoint for a range); None when the span is not one number."""
    alternatives: tuple[float, ...]
    """Every value a system may give and be right (includes ``value``)."""
    bound: str
    currency: str | None


def _word_number(text: str) -> float | None:
    total = 0.0
    for part in re.split(r"[\s-]+", text.lower()):
        if part == "a":
            total += 1
        elif part in _UNITS:
            total += _UNITS[part]
        elif part in _TENS:
            total += _TENS[part]
        else:
            return None
    return total


def _amounts(text: str) -> list[tuple[float, int, int]]:
    """(number, start, end) for each amount in the text, scales applied."""
    out = []
    for m in _AMOUNT_RE.finditer(text):
        raw = m.group("num")
        start = m.start()
        if raw.startswith("-") and start > 0 and text[start - 1].isalnum():
            # "15-20%": a hyphen between numbers, not a minus sign.
            raw, start = raw[1:], start + 1
        if re.match(r"-?[\d.]", raw):
            try:
                number = float(raw.replace(",", ""))
            except ValueError:
                continue
        else:
            word = _word_number(raw)
            if word is None:
                continue
            number = word
        scale = (m.group("scale") or "").lower()
        if scale:
            # A lone "m"/"b" must be glued to the digits ("15bn", "5m"), not the next word.
            if scale in ("m", "b", "k") and m.group(0)[len(raw):len(raw) + 1].isspace():
                scale = ""
            number *= _SCALES.get(scale, 1)
        out.append((number, start, m.end()))
    return out


def _bound(text: str) -> str:
    low = " " + re.sub(r"\s+", " ", text.lower()).strip()
    for words, bound in ((_LOWER, "lower"), (_UPPER, "upper"), (_APPROX, "approx")):
        for w in words:
            # The hedge must stand just before the number (optionally a currency sign),
            # so "some of the US$ 700 billion" is not approximate.
            if re.search(rf"(?:^|\s){re.escape(w)}\s+(?:[a-z]{{1,3}}\$\s*|[$£€¥]\s*)?(?:\d|{_WORD_NUM}|a\b|half|quarter|third)", low):
                return bound
    return "exact"


def _currency(text: str) -> str | None:
    low = text.lower()
    if "au$" in low:
        return "AUD"
    if "£" in text or "pound" in low or "gbp" in low:
        return "GBP"
    if "€" in text or "euro" in low:
        return "EUR"
    if "yuan" in low or "rmb" in low:
        return "CNY"
    if "¥" in text or "yen" in low:
        return "JPY"
    if "$" in text or "dollar" in low or "usd" in low or "cent" in low:
        return "USD"
    return None


_LEFT_HEDGES = [(w, "lower") for w in _LOWER] + [(w, "upper") for w in _UPPER] + [(w, "approx") for w in _APPROX]
_LEFT_RE = [
    (re.compile(rf"(?:^|[\s(])({re.escape(w)})\s*(?:[a-z]{{1,3}}\$|[$£€¥])?\s*$", re.IGNORECASE), bound)
    for w, bound in sorted(_LEFT_HEDGES, key=lambda x: -len(x[0]))
]
_CUR = r"(?:[a-z]{1,3}\$|[$£€¥])?"
# "between [X]", "between X and [Y]": the span is one end of a range.
_BETWEEN_RE = re.compile(rf"(?:\bbetween\s*{_CUR}\s*|\bbetween\s+\S+(?:\s+\S+)?\s+and\s*{_CUR}\s*)$", re.IGNORECASE)
# "X to [Y]" with the number right before "to" ("10 to [15 percent]", not "120 points to [8,400]").
_TO_LEFT_RE = re.compile(rf"\d\s*(?:%|percent)?\s*(?:to|-|–)\s*{_CUR}\s*$", re.IGNORECASE)
_FROM_LEFT_RE = re.compile(rf"\bfrom\s+{_CUR}\s*[\d.,]+\s*(?:%|percent)?\s*(?:to|-|–)\s*{_CUR}\s*$|\bfrom\s*{_CUR}\s*$",
                           re.IGNORECASE)
# "[X] to Y": the span opens a range.
_RANGE_RIGHT_RE = re.compile(rf"^\s*(?:%|percent)?\s*(?:to|-|–)\s*{_CUR}\s*\d", re.IGNORECASE)


def context_bound(text: str, span: tuple[int, int], own: str) -> str:
    """The gold bound, reading the words around the span when the span itself has no hedge.

    MEANTIME often leaves the hedge outside the markable ("up to [840] people",
    "about [500]") and marks the two ends of a range separately ("[20] to [25
    percent]"); the record contract puts both inside the claim, so the gold
    bound is read from the span's neighbourhood too.
    """
    if own != "exact":
        return own
    left = text[max(0, span[0] - 30):span[0]]
    right = text[span[1]:span[1] + 30]
    if re.match(r"^\s*\+", right):
        return "lower"  # "290+ seats"
    if _BETWEEN_RE.search(left):
        return "range"
    # "from X to Y" is a change, not a range; an end with its own unit word
    # before "to" ("fell 120 points to 8,400") neither.
    if not _FROM_LEFT_RE.search(left):
        if _TO_LEFT_RE.search(left):
            return "range"
        if _RANGE_RIGHT_RE.match(right) and re.search(r"[\d%]$", text[span[0]:span[1]]):
            return "range"
    for pattern, bound in _LEFT_RE:
        if pattern.search(left):
            return bound
    return own


def parse_gold(text: str, vtype: str) -> GoldValue:
    """Read one gold VALUE span (its text and MEANTIME type)."""
    clean = text.strip()
    currency = _currency(clean) if vtype == "MONEY" else None
    if _ORDINAL_RE.match(clean):
        return GoldValue(None, (), "exact", currency)
    amounts = _amounts(clean)
    low = clean.lower()
    fraction = next((v for k, v in _FRACTIONS.items() if re.search(rf"\b{k}\b", low)), None)
    if not amounts:
        if fraction is not None:
            return GoldValue(fraction, (fraction,), _bound(clean), currency)
        return GoldValue(None, (), _bound(clean), currency)
    first = amounts[0]
    bound = _bound(clean)
    value = first[0]
    alternatives = [value]
    if fraction is not None and re.search(r"\ba\s+(?:half|quarter|third)\b|\bhalf\s+a\b", low) and value == 1:
        value = fraction
        alternatives = [value]
    if len(amounts) >= 2:
        second = amounts[1]
        between = clean[first[2]:second[1]].lower()
        if re.fullmatch(r"\s*(?:to|and|-|–)\s*[$£€¥]?\s*(?:[a-z]{1,3}\$\s*)?", between) and (
            "-" not in between or first[0] < second[0]
        ):
            # A range: "X to Y", "between X and Y", "X-Y"; the scale of Y carries to X.
            a, b = first[0], second[0]
            if a < b / 100 and b >= 1e3:
                scale = next((s for s in (1e12, 1e9, 1e6, 1e3) if b >= s), 1)
                a *= scale
            value = (a + b) / 2
            alternatives = [value]
            bound = "range"
        elif re.search(r"\bor\b|\bper share\b", between):
            alternatives.append(second[0])
    # "-" directly between two numbers with a first that is not smaller: "52-35" is a score.
    if re.search(r"\bcents?\b", low):
        alternatives.append(value / 100)
    return GoldValue(value, tuple(alternatives), bound, currency)
