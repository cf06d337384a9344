"""The rule table: each rule a name, a regular expression and the handler that reads its match.

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
from .durations import _h_duration, _h_past_n, _h_plural_weekday, _h_set, _h_vague_duration
from .model import _REFDAY, _REFPERIOD, Handler
from .periods import _h_half, _h_holiday, _h_quarter, _h_season
from .relative import _h_ago, _h_day_offset, _h_ref, _h_rel_day, _h_rel_unit, _h_weekend
from ...lang.en.calendar import (
    HOLIDAY_NAMES_RE,
    MONTH_ABBR_RE,
    MONTH_TITLE_RE,
    MONTH_UPPER_RE,
    PARTS_OF_DAY,
    WEEKDAY_TITLE_RE,
    WEEKDAY_UPPER_RE,
)
from ...lang.en.numbers import COUNT_WORDS, TENS_WORDS, UNITS_WORDS


_MONTH = f"(?:{MONTH_TITLE_RE}|{MONTH_UPPER_RE})"
_MONABBR = MONTH_ABBR_RE
_MON = rf"(?:{_MONTH}|{_MONABBR})"
_WEEKDAY = f"(?:{WEEKDAY_TITLE_RE}|{WEEKDAY_UPPER_RE})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_NUMWORD = "|".join(sorted((re.escape(w) for w in COUNT_WORDS), key=len, reverse=True))
_TENS_RE = "|".join(TENS_WORDS)
_SMALL_RE = "|".join(list(UNITS_WORDS)[1:10])
_NUM = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{_TENS_RE})[- ](?:{_SMALL_RE})"
    rf"|(?:(?:{_NUMWORD})[- ]and[- ]a[- ]half)|a few|a number of|several|many|numerous|{_NUMWORD})"
)
_UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ies))"
_QUALIFIER = r"(?:(?:straight|consecutive|full|trading|business|working|calendar|more|further|long|short)\s+)?"
_I = "(?i:{})".format  # a case-insensitive group around a fragment


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

_RULES: list[tuple[str, str, Handler]] = [
    ("full_date",
     rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<mon>{_MON})\s+(?P<day>{_DAY})\b(?:,?\s+(?P<year>{_YEAR})\b)?(?![,.]?\d)",
     _h_full_date),
    ("full_date_dmy",
     rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{_DAY})(?:\s+of)?\s+(?P<mon>{_MON})(?:,?\s+(?P<year>{_YEAR}))?\b",
     _h_full_date),
    ("month_year",
     rf"\b(?:(?P<mod>{_I('early|late|mid|the end of|the beginning of|the start of|the middle of')})[-\s]+)?"
     rf"(?P<mon>{_MON})(?:\s+of)?,?\s+(?:(?P<year>{_YEAR})\b|(?P<yref>{_I('this year|last year|next year')})\b)",
     _h_month_year),
    ("month",
     rf"\b(?:(?P<rel>{_I('last|next|this|past|coming')})\s+|(?P<mod>{_I('early|late|mid|the end of|the beginning of|the start of|the middle of')})[-\s]+)?"
     rf"(?P<mon>{_MONTH})\b",
     _h_month),
    ("wire",
     rf"\b(?P<wd>{_WEEKDAY})\s*(?:\((?P<day>{_DAY})\)|,?\s+(?:the\s+)?(?P<day2>{_DAY})\b(?=\s*[,.;:!?)]|\s*$|\s+(?:at|in|of|and|when|after|before|morning|afternoon|evening|night)\b))",
     lambda m, ctx: _h_wire(_Both(m), ctx)),
    ("weekday",
     rf"\b(?:(?P<rel>{_I('last|next|this|past|coming')})\s+)?(?P<wd>{_WEEKDAY})(?:\s+(?P<pod>morning|afternoon|evening|night))?\b(?!s)",
     _h_weekday),
    ("year",
     rf"(?:(?<![\w$€£#.,/-])(?P<mod>{_I('early|late|mid')})[-\s]+|(?<![\w$€£#.,/-]))(?P<year>{_YEAR})(?![\w]|[.,]\d|-\d|/)",
     _h_year),
    ("decade",
     rf"(?:\b(?P<mod>{_I('early|late|mid')})[-\s]+)?(?:\b(?P<dec>(?:1[6-9]|20)\d)0|'(?P<dec2>\d)0|(?:(?<=\bthe\s)|(?<=\band\s)|(?<=\bor\s))(?P<dec3>[2-9])0)s\b",
     lambda m, ctx: _h_decade(_Decade(m), ctx)),
    ("iso", rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b", _h_iso),
    ("slash", r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d\d)(?![\d/])", _h_slash),
    ("rel_day",
     _I(r"\b(?:(?:earlier|later)\s+)?(?P<word>today|tonight|yesterday|tomorrow|last night|the day before yesterday|the day after tomorrow|this)"
        r"(?:\s+(?P<pod>morning|afternoon|evening))?\b"),
     lambda m, ctx: None if m["word"].lower() == "this" and not m["pod"] else _h_rel_day(m, ctx)),
    ("ref",
     _I(r"\b(?P<word>right now|now|currently|presently|at present|nowadays|so far|thus far|to date|the time being|these days|current|recently|recent|lately|the past|soon|very soon|the near future|the future|the near term|the long term|the short term|short-term|shortly)\b(?!-)"),
     _h_ref),
    ("rel_unit",
     _I(r"\b(?:(?P<lead>earlier|later|early|late|so far|the end of|the beginning of|the start of|the middle of)(?:\s+in)?\s+)?(?P<the>the\s+)?(?P<rel>this|last|next|past|coming|previous|following|current|the)\s+"
        r"(?P<unit>week|weekend|month|year|quarter|decade|century|summer|winter|spring|autumn|fall)\b(?!-)"),
     _h_rel_unit),
    ("quarter",
     _I(rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[-\s]quarter\b(?:\s+of\s+(?:(?P<year>{_YEAR})|(?P<yref>this year|last year|next year|the year)))?(?:\s+(?P<year2>{_YEAR}))?"),
     lambda m, ctx: _h_quarter(_Quarter(m), ctx)),
    ("quarter_short", rf"\bQ(?P<q>[1-4])\s+(?P<year>{_YEAR})\b|\b(?P<year2>{_YEAR})\s*Q(?P<q2>[1-4])\b",
     lambda m, ctx: ("DATE", f"{m['year'] or m['year2']}-Q{m['q'] or m['q2']}", _iv(f"{m['year'] or m['year2']}-Q{m['q'] or m['q2']}"))),
    ("half",
     _I(rf"\b(?:the\s+)?(?P<ord>first|second|1st|2nd)\s+half\s+of\s+(?:(?P<year>{_YEAR})|(?P<yref>this year|last year|next year))"),
     _h_half),
    ("season",
     _I(rf"(?:(?<=\bin\s)|(?<=\bthe\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bby\s)|(?<=\bduring\s))(?P<season>spring|summer|autumn|winter)\b(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?")
     + rf"|\b(?P<season2>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Ff]all)\s+(?:of\s+)?(?P<year2>{_YEAR})\b",
     lambda m, ctx: _h_season(_Season(m), ctx)),
    ("ago",
     _I(rf"\b(?:(?P<n>{_NUM})\s+{_QUALIFIER})?(?P<unit>{_UNIT})s?\s+ago\b"),
     _h_ago),
    ("past_n",
     _I(rf"\b(?:the\s+)?(?P<rel>past|last|next|previous|coming|following)\s+(?P<n>{_NUM})\s+{_QUALIFIER}(?P<unit>{_UNIT})s?\b"),
     _h_past_n),
    ("duration",
     _I(rf"\b(?P<n>{_NUM})(?:\s+|-){_QUALIFIER}(?P<unit>{_UNIT})s?\b"),
     _h_duration),
    ("vague_duration",
     _I(r"(?:(?<=\bfor\s)|(?<=\bover the\s)|(?<=\bin recent\s)|(?<=\bin\s)|(?<=\bjust\s)|(?<=\bonly\s)|(?<=\bwithin\s))(?P<unit>years|decades|months|weeks|days|hours|minutes)\b(?!\s+(?:of|ago|later|earlier|after|before))")
     + r"|\b(?P<unit2>decades|years)-long\b"
     + "|" + _I(r"\b(?:the\s+)?(?:coming|next|past|last|recent|previous)\s+(?:few\s+|several\s+|many\s+)?(?P<unit3>days|weeks|months|years|decades|hours)\b"),
     lambda m, ctx: _h_vague_duration(_Unit(m), ctx)),
    ("set",
     _I(rf"\b(?:every|each|per)\s+(?:(?P<n>{_NUM}|other)\s+)?(?P<unit>{_UNIT}|morning|afternoon|evening|night|other)s?\b")
     + rf"|\b(?:every|each)\s+(?P<wd>{_WEEKDAY})\b"
     + "|" + _I(r"\b(?:daily|nightly|weekly|monthly|quarterly|annually|annual|yearly|hourly|biweekly|fortnightly|biannual)\b"),
     _h_set),
    ("weekdays", rf"\b(?P<wd>{_WEEKDAY})s\b", _h_plural_weekday),
    ("clock",
     r"(?<![\d.:,])(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]m\b|[AP]M\b|[ap]\.m\b)"
     r"(?:\s+(?P<tz>UTC|GMT|[A-Z]{2,4}T)\b)?"
     r"|(?<![\d.:,])(?P<h2>[01]?\d|2[0-4]):(?P<mi2>[0-5]\d)(?![\d:])(?:\s*(?P<tz2>UTC|GMT|Z\b|[A-Z]{2,4}T\b|local time))?"
     r"|(?<![\d.:,])(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)\s*(?P<tz3>UTC|GMT|hrs|hours|GMT)\b",
     lambda m, ctx: _h_clock(_Clock(m), ctx)),
    ("noon", _I(r"\b(?:noon|midday|midnight)\b"), _h_noon),
    ("the_day",
     _I(r"\b(?:(?:late|early|later|earlier)\s+in\s+)?(?:the|that)\s+(?:same\s+)?day\b(?!\s+(?:before|after|of|when|that|which|in|on|he|she|they|it|we|i|to|and)\b|-)"),
     lambda m, ctx: ("DATE", f"{_REFDAY}+0D", None)),
    ("short_year",
     r"(?:(?<=\bsince\s)|(?<=\bin\s)|(?<=\bof\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\bby\s)|(?<=\bclass of\s))['’](?P<yy>\d\d)\b(?!s)",
     _h_short_year),
    ("day_offset",
     _I(rf"\b(?:the\s+(?P<which>previous|next|following|preceding)\s+day|the\s+day\s+(?P<ba>before|after)(?=\s*[,.;:!?]|\s*$)"
        rf"|(?P<n>{_NUM})\s+(?P<unit>days?|weeks?|months?|years?)\s+(?:(?P<dir>later|earlier)(?!\s+than\b)|(?P<dir2>before|after)(?=\s*[,.;:!?]|\s*$)))"),
     _h_day_offset),
    ("weekend", _I(r"\b(?:the|a)\s+weekend\b"), _h_weekend),
    ("part_of_day",
     _I(r"(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bearly\s)|(?<=\blate\s))(?:the\s+)?(?P<pod>morning|afternoon|evening)\b"),
     lambda m, ctx: ("TIME", "T" + PARTS_OF_DAY[m["pod"].lower()], None)),
    ("holiday",
     rf"\b(?:(?P<rel>{_I('last|next|this')})\s+)?(?P<name>{HOLIDAY_NAMES_RE})\b"
     rf"(?:,?\s+(?P<year>{_YEAR})\b)?",
     _h_holiday),
    ("same_period",
     _I(r"\bthe\s+(?:same\s+(?:period|quarter|month|week|day|time|season|half)\s+(?:of\s+)?(?:last\s+year|the\s+(?:previous|prior|preceding)\s+year|(?:a|one)\s+year\s+(?:ago|earlier|before))"
        r"|year[- ](?:earlier|ago)\s+(?:period|quarter|month|week|half))\b"),
     lambda m, ctx: ("DATE", _REFPERIOD, None)),
    ("century", _I(r"\b(?:the\s+)?(?P<c>\d\d?)(?:st|nd|rd|th)[-\s]century\b"),
     lambda m, ctx: ("DATE", str(int(m["c"]) - 1), _iv(str(int(m["c"]) - 1))) if 1 < int(m["c"]) <= 21 else None),
    ("season_bare", r"\b(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\b(?P<year>(?!))?",
     lambda m, ctx: _h_season(m, ctx) if ctx.hints.entity(m.start()) == "DATE" else None),
]
