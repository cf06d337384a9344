"""Reading a written count ("twenty-five", "a dozen", "2,500") and writing it as an ISO 8601 period."""

from __future__ import annotations

import re

from ...lang.en.calendar import UNIT_CODES, UNIT_FACTOR
from ...lang.en.numbers import COUNT_WORDS, VAGUE_COUNTS


def _number(word: str) -> float | None:
    """Numeric value of a written count, None for a vague one ("several")."""
    w = " ".join(word.lower().replace("-", " ").split())
    if w in VAGUE_COUNTS:
        return None
    if w.endswith(" and a half"):
        base = _number(w[: -len(" and a half")])
        return None if base is None else base + 0.5
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", w):
        return float(w.replace(",", ""))
    if w in COUNT_WORDS:
        return COUNT_WORDS[w]
    parts = w.split()
    if len(parts) == 2 and parts[0] in COUNT_WORDS and parts[1] in COUNT_WORDS:
        return COUNT_WORDS[parts[0]] + COUNT_WORDS[parts[1]]
    return None


def _fmt(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _period(n: float | None, unit: str) -> str:
    """ISO 8601 period for ``n`` units (``X`` when vague): P30D, PT30M, P10Y."""
    unit = unit.lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    code = UNIT_CODES[unit]
    if n is not None:
        n = n * UNIT_FACTOR.get(unit, 1)
    if code.startswith("T"):
        return f"PT{_fmt(n)}{code[1]}"
    return f"P{_fmt(n)}{code}"
