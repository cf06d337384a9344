"""The rule table: each rule a name, a regular expression and the handler that reads its match.

The patterns are English data (``lang/en/timex_patterns.py``); this module pairs
each with its handler.

The order of the table matters: of two matches of the same length at the same
place, the rule listed first wins.
"""

from __future__ import annotations

import re

from .anchor import _iv
from .clock import _h_clock, _h_noon
from .dates import (
    _h_decade,
    _h_full_date,
    _h_iso,
    _h_month,
    _h_month_year,
    _h_short_year,
    _h_slash,
    _h_weekday,
    _h_wire,
    _h_year,
)
from .durations import _h_duration, _h_past_day, _h_past_n, _h_plural_weekday, _h_set, _h_vague_duration
from .model import _REFDAY, _REFPERIOD, Handler
from .periods import _h_half, _h_holiday, _h_quarter, _h_season
from .relative import _h_ago, _h_day_offset, _h_ref, _h_rel_day, _h_rel_unit, _h_weekend
from ...lang.en.calendar import PARTS_OF_DAY
from ...lang.en.timex_patterns import RULE_PATTERNS


class _Alias:
    """A match whose alternative groups are read under one name."""

    ALIASES: dict[str, tuple[str, ...]] = {}

    def __init__(self, m: re.Match[str]):
        self._m = m

    def __getitem__(self, key: str):
        for name in (key, *self.ALIASES.get(key, ())):
            if self._m[name] is not None:
                return self._m[name]
        return None

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()

    def group(self) -> str:
        return self._m.group()


class _Both(_Alias):
    ALIASES = {"day": ("day2",)}


class _Decade(_Alias):
    ALIASES = {"dec": ("dec2", "dec3")}


class _Quarter(_Alias):
    ALIASES = {"year": ("year2",)}


class _Season(_Alias):
    ALIASES = {"season": ("season2",), "year": ("year2",)}


class _Unit(_Alias):
    ALIASES = {"unit": ("unit2", "unit3")}


class _Clock(_Alias):
    ALIASES = {"h": ("h2", "h3"), "mi": ("mi2", "mi3"), "tz": ("tz2", "tz3")}


# -- the rule table ------------------------------------------------------------

_HANDLERS: dict[str, Handler] = {
    'full_date': _h_full_date,
    'full_date_dmy': _h_full_date,
    'month_year': _h_month_year,
    'month': _h_month,
    'wire': lambda m, ctx: _h_wire(_Both(m), ctx),
    'weekday': _h_weekday,
    'year': _h_year,
    'decade': lambda m, ctx: _h_decade(_Decade(m), ctx),
    'iso': _h_iso,
    'slash': _h_slash,
    'rel_day': lambda m, ctx: None if m["word"].lower() == "this" and not m["pod"] else _h_rel_day(m, ctx),
    'ref': _h_ref,
    'rel_unit': _h_rel_unit,
    'quarter': lambda m, ctx: _h_quarter(_Quarter(m), ctx),
    'quarter_short': lambda m, ctx: ("DATE", f"{m['year'] or m['year2']}-Q{m['q'] or m['q2']}", _iv(f"{m['year'] or m['year2']}-Q{m['q'] or m['q2']}")),
    'half': _h_half,
    'season': lambda m, ctx: _h_season(_Season(m), ctx),
    'ago': _h_ago,
    'past_n': _h_past_n,
    'past_day': _h_past_day,
    'duration': _h_duration,
    'vague_duration': lambda m, ctx: _h_vague_duration(_Unit(m), ctx),
    'set': _h_set,
    'weekdays': _h_plural_weekday,
    'clock': lambda m, ctx: _h_clock(_Clock(m), ctx),
    'noon': _h_noon,
    'the_day': lambda m, ctx: ("DATE", f"{_REFDAY}+0D", None),
    'short_year': _h_short_year,
    'day_offset': _h_day_offset,
    'weekend': _h_weekend,
    'part_of_day': lambda m, ctx: ("TIME", "T" + PARTS_OF_DAY[m["pod"].lower()], None),
    'holiday': _h_holiday,
    'same_period': lambda m, ctx: ("DATE", _REFPERIOD, None),
    'century': lambda m, ctx: ("DATE", str(int(m["c"]) - 1), _iv(str(int(m["c"]) - 1))) if 1 < int(m["c"]) <= 21 else None,
    'season_bare': lambda m, ctx: _h_season(m, ctx) if ctx.hints.entity(m.start()) == "DATE" else None,
}

_RULES: list[tuple[str, str, Handler]] = [(name, pattern, _HANDLERS[name]) for name, pattern in RULE_PATTERNS]
