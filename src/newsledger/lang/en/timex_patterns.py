"""English time expressions as regular expressions: the patterns of the time grammar's rules.

Data only: each rule is a name and a regex source built from the calendar and
number words of this package. ``nlp/timex/grammar.py`` pairs each name with the
handler that reads its match, in this order: of two matches of the same length
at the same place, the rule listed first wins.
"""

from __future__ import annotations

import re

from .calendar import (
    HOLIDAY_NAMES_RE,
    MONTH_ABBR_RE,
    MONTH_TITLE_RE,
    MONTH_UPPER_RE,
    WEEKDAY_TITLE_RE,
    WEEKDAY_UPPER_RE,
)
from .numbers import COUNT_WORDS, TENS_WORDS, UNITS_WORDS

# -- fragments the rules share ----------------------------------------------------
MONTH = f"(?:{MONTH_TITLE_RE}|{MONTH_UPPER_RE})"
MONABBR = MONTH_ABBR_RE
MON = rf"(?:{MONTH}|{MONABBR})"
WEEKDAY = f"(?:{WEEKDAY_TITLE_RE}|{WEEKDAY_UPPER_RE})"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
NUMWORD = "|".join(sorted((re.escape(w) for w in COUNT_WORDS), key=len, reverse=True))
TENS = "|".join(TENS_WORDS)
SMALL = "|".join(list(UNITS_WORDS)[1:10])
NUM = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{TENS})[- ](?:{SMALL})"
    rf"|(?:(?:{NUMWORD})[- ]and[- ]a[- ]half)|a few|a number of|several|many|numerous|{NUMWORD})"
)
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ies))"
QUALIFIER = r"(?:(?:straight|consecutive|full|trading|business|working|calendar|more|further|long|short)\s+)?"
I = "(?i:{})".format  # a case-insensitive group around a fragment


# -- the rules, in the grammar's order ----------------------------------------------
RULE_PATTERNS: tuple[tuple[str, str], ...] = (
    ('full_date',
     rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MON})\s+(?P<day>{DAY})\b(?:,?\s+(?P<year>{YEAR})\b)?(?![,.]?\d)"),
    ('full_date_dmy',
     rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<mon>{MON})(?:,?\s+(?P<year>{YEAR}))?\b"),
    ('month_year',
     rf"\b(?:(?P<mod>{I('early|late|mid|the end of|the beginning of|the start of|the middle of')})[-\s]+)?"
     rf"(?P<mon>{MON})(?:\s+of)?,?\s+(?:(?P<year>{YEAR})\b|(?P<yref>{I('this year|last year|next year')})\b)"),
    ('month',
     rf"\b(?:(?P<rel>{I('last|next|this|past|coming')})\s+|(?P<mod>{I('early|late|mid|the end of|the beginning of|the start of|the middle of')})[-\s]+)?"
     rf"(?P<mon>{MONTH})\b"),
    ('wire',
     rf"\b(?P<wd>{WEEKDAY})\s*(?:\((?P<day>{DAY})\)|,?\s+(?:the\s+)?(?P<day2>{DAY})\b(?![.,]\d)(?=\s*[,.;:!?)]|\s*$|\s+(?:at|in|of|and|when|after|before|morning|afternoon|evening|night)\b))"),
    ('weekday',
     rf"\b(?:(?P<rel>{I('last|next|this|past|coming')})\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<pod>morning|afternoon|evening|night))?\b(?!s)"),
    ('year',
     rf"(?:(?<![\w$€£#.,/-])(?P<mod>{I('early|late|mid')})[-\s]+|(?<![\w$€£#.,/-]))(?P<year>{YEAR})(?![\w]|[.,]\d|-\d|/)"),
    ('decade',
     rf"(?:\b(?P<mod>{I('early|late|mid')})[-\s]+)?(?:\b(?P<dec>(?:1[6-9]|20)\d)0|'(?P<dec2>\d)0|(?:(?<=\bthe\s)|(?<=\band\s)|(?<=\bor\s))(?P<dec3>[2-9])0)s\b"),
    ('iso',
     rf"\b(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"),
    ('slash',
     r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d\d)(?![\d/])"),
    ('rel_day',
     I(r"\b(?:(?:earlier|later)\s+)?(?P<word>today|tonight|yesterday|tomorrow|last night|the day before yesterday|the day after tomorrow|this)"
        r"(?:\s+(?P<pod>morning|afternoon|evening))?\b")),
    ('ref',
     I(r"\b(?P<word>right now|now|currently|presently|at present|nowadays|so far|thus far|to date|the time being|these days|current|recently|recent|lately|the past|soon|very soon|the near future|the future|the near term|the long term|the short term|short-term|shortly)\b(?!-)")),
    ('rel_unit',
     I(r"\b(?:(?P<lead>earlier|later|early|late|so far|the end of|the beginning of|the start of|the middle of)(?:\s+in)?\s+)?(?P<the>the\s+)?(?P<rel>this|last|next|past|coming|previous|following|current|the)\s+"
        r"(?P<unit>week|weekend|month|year|quarter|decade|century|summer|winter|spring|autumn|fall)\b(?!-)")),
    ('quarter',
     I(rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[-\s]quarter\b(?:\s+of\s+(?:(?P<year>{YEAR})|(?P<yref>this year|last year|next year|the year)))?(?:\s+(?P<year2>{YEAR}))?")),
    ('quarter_short',
     rf"\bQ(?P<q>[1-4])\s+(?P<year>{YEAR})\b|\b(?P<year2>{YEAR})\s*Q(?P<q2>[1-4])\b"),
    ('half',
     I(rf"\b(?:the\s+)?(?P<ord>first|second|1st|2nd)\s+half\s+of\s+(?:(?P<year>{YEAR})|(?P<yref>this year|last year|next year))")),
    ('season',
     I(rf"(?:(?<=\bin\s)|(?<=\bthe\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bby\s)|(?<=\bduring\s))(?P<season>spring|summer|autumn|winter)\b(?:\s+(?:of\s+)?(?P<year>{YEAR}))?")
     + rf"|\b(?P<season2>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Ff]all)\s+(?:of\s+)?(?P<year2>{YEAR})\b"),
    ('ago',
     I(rf"\b(?:(?P<n>{NUM})\s+{QUALIFIER})?(?P<unit>{UNIT})s?\s+ago\b")),
    ('past_day',
     I(r"\bthe\s+past\s+day\b(?!-)")),
    ('past_n',
     I(rf"\b(?:the\s+)?(?P<rel>past|last|next|previous|coming|following)\s+(?P<n>{NUM})\s+{QUALIFIER}(?P<unit>{UNIT})s?\b")),
    ('duration',
     I(rf"\b(?P<n>{NUM})(?:\s+|-){QUALIFIER}(?P<unit>{UNIT})s?\b")),
    ('vague_duration',
     I(r"(?:(?<=\bfor\s)|(?<=\bover the\s)|(?<=\bin recent\s)|(?<=\bin\s)|(?<=\bjust\s)|(?<=\bonly\s)|(?<=\bwithin\s))(?P<unit>years|decades|months|weeks|days|hours|minutes)\b(?!\s+(?:of|ago|later|earlier|after|before))")
     + r"|\b(?P<unit2>decades|years)-long\b"
     + "|" + I(r"\b(?:the\s+)?(?:coming|next|past|last|recent|previous)\s+(?:few\s+|several\s+|many\s+)?(?P<unit3>days|weeks|months|years|decades|hours)\b")),
    ('set',
     I(rf"\b(?:every|each|per)\s+(?:(?P<n>{NUM}|other)\s+)?(?P<unit>{UNIT}|morning|afternoon|evening|night|other)s?\b")
     + rf"|\b(?:every|each)\s+(?P<wd>{WEEKDAY})\b"
     + "|" + I(r"\b(?:daily|nightly|weekly|monthly|quarterly|annually|annual|yearly|hourly|biweekly|fortnightly|biannual)\b")),
    ('weekdays',
     rf"\b(?P<wd>{WEEKDAY})s\b"),
    ('clock',
     r"(?<![\d.:,])(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]m\b|[AP]M\b|[ap]\.m\b)"
     r"(?:\s+(?P<tz>UTC|GMT|[A-Z]{2,4}T)\b)?"
     r"|(?<![\d.:,])(?P<h2>[01]?\d|2[0-4]):(?P<mi2>[0-5]\d)(?![\d:])(?:\s*(?P<tz2>UTC|GMT|Z\b|[A-Z]{2,4}T\b|local time))?"
     r"|(?<![\d.:,])(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)\s*(?P<tz3>UTC|GMT|hrs|hours|GMT)\b"),
    ('noon',
     I(r"\b(?:noon|midday|midnight)\b")),
    ('the_day',
     I(r"\b(?:(?:late|early|later|earlier)\s+in\s+)?(?:the|that)\s+(?:same\s+)?day\b(?!\s+(?:before|after|of|when|that|which|in|on|he|she|they|it|we|i|to|and)\b|-)")),
    ('short_year',
     r"(?:(?<=\bsince\s)|(?<=\bin\s)|(?<=\bof\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\bby\s)|(?<=\bclass of\s))['’](?P<yy>\d\d)\b(?!s)"),
    ('day_offset',
     I(rf"\b(?:the\s+(?P<which>previous|next|following|preceding)\s+day|the\s+day\s+(?P<ba>before|after)(?=\s*[,.;:!?]|\s*$)"
        rf"|(?P<n>{NUM})\s+(?P<unit>days?|weeks?|months?|years?)\s+(?:(?P<dir>later|earlier)(?!\s+than\b)|(?P<dir2>before|after)(?=\s*[,.;:!?]|\s*$)))")),
    ('weekend',
     I(r"\b(?:the|a)\s+weekend\b")),
    ('part_of_day',
     I(r"(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bearly\s)|(?<=\blate\s))(?:the\s+)?(?P<pod>morning|afternoon|evening)\b")),
    ('holiday',
     rf"\b(?:(?P<rel>{I('last|next|this')})\s+)?(?P<name>{HOLIDAY_NAMES_RE})\b"
     rf"(?:,?\s+(?P<year>{YEAR})\b)?"),
    ('same_period',
     I(r"\bthe\s+(?:same\s+(?:period|quarter|month|week|day|time|season|half)\s+(?:of\s+)?(?:last\s+year|the\s+(?:previous|prior|preceding)\s+year|(?:a|one)\s+year\s+(?:ago|earlier|before))"
        r"|year[- ](?:earlier|ago)\s+(?:period|quarter|month|week|half))\b")),
    ('century',
     I(r"\b(?:the\s+)?(?P<c>\d\d?)(?:st|nd|rd|th)[-\s]century\b")),
    ('season_bare',
     r"\b(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\b(?P<year>(?!))?"),
)
