"""A grammar of English news time expressions, normalised to TimeML TIMEX3.

:func:`find_timexes` scans a text with a fixed set of compiled patterns (built
once, at import), keeps the longest non-overlapping matches, and resolves each
against an anchor date (the publication date) into a TimeML value and an
inclusive calendar interval. It is pure Python; the spaCy component
(:mod:`newsledger.nlp.times`) feeds it tense and part-of-speech hints through a
:class:`Hints` object, and it runs without them too.

Conventions (TimeML where it speaks, documented choices where it does not):

- Spans are the expression alone: a leading preposition ("in", "since",
  "until") and a hedge ("at least") stay outside; "early", "late", "mid" stay
  inside because they change the interval ("late February": value 2025-02,
  interval the 21st to the month's end; early = days 1-10, mid = 11-20).
- A wire-copy weekday with a day number, "Wednesday (26) at night", is the
  timex "Wednesday (26)": the part of day does not move the calendar date.
  "Friday morning" (no number) is a TIME, 2010-07-16TMO.
- "Thursday (27)": the date with that day of the month and weekday nearest
  the anchor, searched over the 14 months before it and the next one, with
  the tense preference below. A bare weekday ("on Thursday") is the latest
  such day up to the anchor (the anchor's own weekday is the anchor) unless
  its clause speaks of the future ("will meet on Friday": the next one).
- A bare quarter ("the third quarter") is the latest one of that number
  that has begun, unless the clause is future; a report in the first two
  weeks of a quarter speaks of last year's quarter of that number.
- Underspecified names take the candidate that :func:`timecal.pick` chooses:
  past tense the latest begun, future tense the next, otherwise the nearest
  with a past preference. Without an anchor they stay underspecified
  (``XXXX-11``, ``XXXX-WXX-4``, ``XXXX-XX-27``) with a null interval.
- "now", "currently", "so far", "to date": PRESENT_REF, interval the anchor
  day. "recently": PAST_REF and "soon", "the future": FUTURE_REF, with a null
  interval (they name no calendar span).
- "the day", "the next day", "two days later", a clock time: counted from
  the day the text is speaking of, i.e. the nearest day-precise timex in
  the sentence, else the last one in the 600 characters before, else the
  anchor.
- Seasons are meteorological (summer = June to August); see timecal.
- Durations are ISO periods (P30D, P5Y, PT30M); a decade is P10Y as MEANTIME
  writes it. "the past three months" also gets the interval it covers,
  ending at the anchor. Sets ("every day", "annually", "2,500 a month") have
  a period value and a null interval.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from . import timecal
from .timecal import Interval

# -- vocabulary --------------------------------------------------------------

MONTHS = {
    name: i + 1
    for i, name in enumerate(
        "january february march april may june july august september october november december".split()
    )
}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
              "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {name: i for i, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}

_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS: dict[str, float] = {w: i for i, w in enumerate(_SMALL)}
NUMBER_WORDS.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
NUMBER_WORDS.update({"a": 1, "an": 1, "single": 1, "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
                     "a hundred": 100, "one hundred": 100, "half a": 0.5, "half an": 0.5})
VAGUE = {"a few", "few", "several", "many", "some", "numerous", "a number of"}

UNIT_CODES = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "night": "D", "week": "W",
              "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "Y", "century": "Y"}
UNIT_FACTOR = {"fortnight": 2, "decade": 10, "century": 100}

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4,
            "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

# -- pattern fragments ---------------------------------------------------------

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
_MONABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MON = rf"(?:{_MONTH}|{_MONABBR})"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_NUMWORD = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_TENS_RE = "|".join(_TENS)
_SMALL_RE = "|".join(_SMALL[1:10])
_NUM = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{_TENS_RE})[- ](?:{_SMALL_RE})"
    rf"|(?:(?:{_NUMWORD})[- ]and[- ]a[- ]half)|a few|a number of|several|many|numerous|{_NUMWORD})"
)
_UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ies))"
_QUALIFIER = r"(?:(?:straight|consecutive|full|trading|business|working|calendar|more|further|long|short)\s+)?"
_I = "(?i:{})".format  # a case-insensitive group around a fragment


@dataclass(frozen=True)
class Timex:
    """One time expression found in a text."""

    start: int
    end: int
    text: str
    timex_type: str
    value: str
    begin: dt.date | None
    last: dt.date | None


class Hints:
    """What the text alone does not say; the spaCy component knows better.

    ``tense(start, end)`` is "past", "future" or None for the clause an
    expression stands in; ``tag(start)`` the Penn tag of the token at a
    character offset; ``prev_tag(start)`` that of the token before it.
    """

    def tense(self, start: int, end: int) -> str | None:
        return None

    def tag(self, start: int) -> str | None:
        return None

    def prev_tag(self, start: int) -> str | None:
        return None

    def entity(self, start: int) -> str | None:
        return None


@dataclass
class _Ctx:
    text: str
    anchor: dt.date | None
    hints: Hints


Result = tuple[str, str, Interval | None] | None
# Placeholder value of "the day", "that day": the day the text is speaking of, settled in find_timexes.
_REFDAY = "REFDAY"
# Placeholder of "the same period last year": the period the text speaks of, a year back.
_REFPERIOD = "REFPERIOD"
Handler = Callable[[re.Match[str], _Ctx], Result]


# -- helpers -------------------------------------------------------------------

def _month_no(word: str) -> int:
    key = word.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBR[key]


def _day_no(word: str) -> int:
    return int(re.match(r"\d+", word).group())


def _number(word: str) -> float | None:
    """Numeric value of a written count, None for a vague one ("several")."""
    w = " ".join(word.lower().replace("-", " ").split())
    if w in VAGUE:
        return None
    if w.endswith(" and a half"):
        base = _number(w[: -len(" and a half")])
        return None if base is None else base + 0.5
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", w):
        return float(w.replace(",", ""))
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    parts = w.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
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


def _iv(value: str) -> Interval | None:
    return timecal.interval_of(value)


def _date(day: dt.date) -> str:
    return day.isoformat()


def _tense(m: re.Match[str], ctx: _Ctx) -> str | None:
    return ctx.hints.tense(m.start(), m.end())


def _resolve_month(month: int, m: re.Match[str], ctx: _Ctx, rel: str | None = None) -> tuple[str, Interval | None]:
    anchor = ctx.anchor
    if anchor is None:
        return f"XXXX-{month:02d}", None
    years = range(anchor.year - 2, anchor.year + 3)
    cands = [timecal.month_interval(y, month) for y in years]
    if rel in ("last", "past", "previous"):
        cands = [c for c in cands if c[1] < anchor.replace(day=1)]
        i = len(cands) - 1
    elif rel in ("next", "coming"):
        cands = [c for c in cands if c[0] > anchor]
        i = 0
    elif rel == "this":
        cands = [timecal.month_interval(anchor.year, month)]
        i = 0
    else:
        i = timecal.pick(cands, anchor, _tense(m, ctx))
    iv = cands[i]
    return f"{iv[0].year}-{month:02d}", iv


def _resolve_day(month: int, day: int, m: re.Match[str], ctx: _Ctx) -> tuple[str, Interval | None] | None:
    anchor = ctx.anchor
    if anchor is None:
        return f"XXXX-{month:02d}-{day:02d}", None
    cands = []
    for y in range(anchor.year - 1, anchor.year + 2):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        cands.append((d, d))
    if not cands:
        return None
    d = cands[timecal.pick(cands, anchor, _tense(m, ctx))][0]
    return _date(d), (d, d)


def _weekday_date(weekday: int, m: re.Match[str], ctx: _Ctx, rel: str | None) -> dt.date | None:
    anchor = ctx.anchor
    if anchor is None:
        return None
    delta = weekday - anchor.weekday()
    if rel == "last":
        return anchor + dt.timedelta(days=delta - 7 if delta >= 0 else delta)
    if rel in ("next", "coming"):
        return anchor + dt.timedelta(days=delta + 7 if delta <= 0 else delta)
    if rel == "this":
        return anchor + dt.timedelta(days=delta)  # the same ISO week
    past = anchor + dt.timedelta(days=delta - 7 if delta > 0 else delta)
    future = anchor + dt.timedelta(days=delta + 7 if delta < 0 else delta)
    # A bare weekday in news is mostly the past days of the week: past unless the clause is future.
    i = timecal.pick([(past, past), (future, future)], anchor, _tense(m, ctx) or "past")
    return past if i == 0 else future


def _wire_date(weekday: int, day: int, m: re.Match[str], ctx: _Ctx) -> dt.date | None:
    """The date with this weekday and day of month nearest the anchor (past preferred)."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    cands = []
    for k in range(-14, 2):
        first = timecal.add_months(anchor.replace(day=1), k)
        if day <= timecal.last_day(first.year, first.month):
            d = first.replace(day=day)
            if d.weekday() == weekday:
                cands.append((d, d))
    if not cands:
        return None
    return cands[timecal.pick(cands, anchor, _tense(m, ctx))][0]


def _apply_mod(mod: str | None, iv: Interval | None) -> Interval | None:
    if not mod or iv is None:
        return iv
    mod = mod.lower().rstrip("- ")
    part = {"early": "early", "the beginning of": "early", "the start of": "early",
            "mid": "mid", "the middle of": "mid", "late": "late", "the end of": "late"}.get(mod)
    return timecal.part_of(iv, part) if part else iv


# -- handlers --------------------------------------------------------------------

def _h_full_date(m: re.Match[str], ctx: _Ctx) -> Result:
    month, day = _month_no(m["mon"]), _day_no(m["day"])
    if m["year"]:
        try:
            d = dt.date(int(m["year"]), month, day)
        except ValueError:
            return None
        return "DATE", _date(d), (d, d)
    if m["wd"] and ctx.anchor is not None:
        # "Wednesday, March 26": the year whose date falls on that weekday.
        wd = WEEKDAYS[m["wd"].lower()]
        for y in (ctx.anchor.year, ctx.anchor.year - 1, ctx.anchor.year + 1):
            try:
                d = dt.date(y, month, day)
            except ValueError:
                continue
            if d.weekday() == wd:
                return "DATE", _date(d), (d, d)
    found = _resolve_day(month, day, m, ctx)
    if found is None:
        return None
    return "DATE", found[0], found[1]


def _h_month_year(m: re.Match[str], ctx: _Ctx) -> Result:
    month = _month_no(m["mon"])
    if m["yref"]:
        if ctx.anchor is None:
            return "DATE", f"XXXX-{month:02d}", None
        year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[m["yref"].split()[0].lower()]
    else:
        year = int(m["year"])
    value = f"{year}-{month:02d}"
    return "DATE", value, _apply_mod(m["mod"], _iv(value))


_MAY_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|through|to|of|during|before|after|and|or|as|early|late|mid|last|next|this|"
    r"between|around|throughout|end|beginning|start|middle)|[-–,])\s*$",
    re.I,
)


# Words after which a capitalised month name is a month even before a capitalised word ("in June Russia...").
_DATE_LEAD = re.compile(
    r"\b(?:in|since|until|till|by|from|through|to|of|during|before|after|early|late|mid|last|next|this|"
    r"between|around|throughout|and|or)\s*$|mid-$",
    re.I,
)


def _h_month(m: re.Match[str], ctx: _Ctx) -> Result:
    word = m["mon"]
    before = ctx.text[max(0, m.start() - 20) : m.start()]
    if word.lower() in ("may", "march") and not m["rel"] and not m["mod"]:
        # "May" is mostly a modal verb, "March" a noun ("the March on Rome"):
        # take them as months only after a word that introduces a date.
        if not _MAY_CONTEXT.search(before) or ctx.hints.tag(m.start()) == "MD":
            return None
    if re.search(r"\b(?:the|a)\s+$", before, re.I) and not m["mod"] and not m["rel"]:
        return None  # "the March", "a May wedding"
    if not m["mod"] and not m["rel"] and re.match(r"[ \t]+[A-Z][a-z]", ctx.text[m.end() : m.end() + 3]) \
            and not _DATE_LEAD.search(before):
        return None  # a first name: "June Carter said", "April Ryan asked"
    value, iv = _resolve_month(_month_no(word), m, ctx, (m["rel"] or "").lower() or None)
    return "DATE", value, _apply_mod(m["mod"], iv)


def _h_wire(m: re.Match[str], ctx: _Ctx) -> Result:
    wd, day = WEEKDAYS[m["wd"].lower()], _day_no(m["day"])
    d = _wire_date(wd, day, m, ctx)
    if d is None:
        return "DATE", f"XXXX-XX-{day:02d}", None
    return "DATE", _date(d), (d, d)


# Named days that are no weekday of the week in question ("Black Monday" of 1987).
_NAMED_DAY = re.compile(r"\b(?:Black|Cyber|Easter|Good|Bloody|Super|Palm|Ash|Holy|Maundy|Shrove|Whit|Blue|Giving|Small Business)\s+$")


def _h_weekday(m: re.Match[str], ctx: _Ctx) -> Result:
    if not m["rel"] and _NAMED_DAY.search(ctx.text, max(0, m.start() - 20), m.start()):
        return None
    wd = WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower() or None
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower())
    d = _weekday_date(wd, m, ctx, rel)
    if d is None:
        value = f"XXXX-WXX-{wd + 1}"
        return ("TIME", f"{value}T{pod}", None) if pod else ("DATE", value, None)
    if pod:
        return "TIME", f"{_date(d)}T{pod}", (d, d)
    return "DATE", _date(d), (d, d)


# Capitalised words that may stand before a year without making a name of it.
_YEAR_LEADS = frozenset(
    "in since by until till from to of for during before after through around about circa and or "
    "early late mid the by end spring summer autumn fall winter christmas easter as at on between "
    "fy q1 q2 q3 q4 h1 h2 ad bc".split()
) | frozenset(MONTHS) | frozenset(MONTH_ABBR) | frozenset(WEEKDAYS)


def _h_year(m: re.Match[str], ctx: _Ctx) -> Result:
    year = m["year"]
    after = ctx.text[m.end() : m.end() + 12]
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    if re.match(r"\s*(?:%|percent|per cent|[a-z]*(?:metres|meters|km|kg|tonnes|troops|people|soldiers))", after, re.I):
        return None
    if re.search(r"(?:[$€£#¥]|\b(?:No|no|Nos|Section|section|Article|article|Resolution|Flight|Route|Boeing|Airbus|Model|Room|Rule|Bill|HR|SB|Windows|Office)\.?)\s*$", before):
        return None
    prev = re.search(r"([A-Z][\w&.]*)\s+$", before)
    if prev and not m["mod"] and prev.group(1).lower().rstrip(".") not in _YEAR_LEADS and re.match(r"[ \t]+[A-Z]", after):
        return None  # inside a name: "the Russell 2000 Index", "Windows 2000 Server" (not "WWDC 2005")
    if not m["mod"]:
        tag = ctx.hints.tag(m.start())
        nxt = ctx.text[m.end() : m.end() + 30]
        ent = ctx.hints.entity(m.start())
        if ent in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT") and not re.search(r"\b(?:in|since|by|of|until|from|to)\s*$", before):
            return None
        if ent in ("ORG", "PRODUCT", "FAC", "LAW"):
            return None  # "the Russell 2000 index", "Windows 2000"
        if tag is not None and tag != "CD":
            return None
        if re.match(r"\s+[a-z]+s\b", nxt) and ent != "DATE" and not re.search(r"\b(?:in|since|by|until|from|of)\s*$", before):
            return None  # "2000 people": a count, not a year
    iv = _iv(year)
    return "DATE", year, _apply_mod(m["mod"], iv)


def _h_decade(m: re.Match[str], ctx: _Ctx) -> Result:
    digits = m["dec"]
    if len(digits) == 1:  # "the '80s", "the 80s": the last century but one
        century = "19" if ctx.anchor is None or int(digits) * 10 > ctx.anchor.year % 100 else "20"
        digits = century + digits
    value = digits[:3]
    return "DATE", value, _apply_mod(m["mod"], _iv(value))


def _h_iso(m: re.Match[str], ctx: _Ctx) -> Result:
    try:
        d = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return "DATE", _date(d), (d, d)


def _h_slash(m: re.Match[str], ctx: _Ctx) -> Result:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    month, day = (a, b) if a <= 12 else (b, a)  # US order unless impossible
    try:
        d = dt.date(y, month, day)
    except ValueError:
        return None
    return "DATE", _date(d), (d, d)


_REL_DAY = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0,
            "the day before yesterday": -2, "the day after tomorrow": 2}


def _h_rel_day(m: re.Match[str], ctx: _Ctx) -> Result:
    word = " ".join(m["word"].lower().split())
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower())
    if word == "tonight":
        pod = "NI"
    if word == "last night":
        word, pod = "yesterday", "NI"
    if word == "this":
        word = "today"
    if ctx.anchor is None:
        return ("TIME" if pod else "DATE"), "XXXX-XX-XX" + (f"T{pod}" if pod else ""), None
    d = ctx.anchor + dt.timedelta(days=_REL_DAY[word])
    if pod:
        return "TIME", f"{_date(d)}T{pod}", (d, d)
    return "DATE", _date(d), (d, d)


_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "presently": "PRESENT_REF",
    "at present": "PRESENT_REF", "nowadays": "PRESENT_REF", "so far": "PRESENT_REF", "thus far": "PRESENT_REF",
    "to date": "PRESENT_REF", "the time being": "PRESENT_REF", "current": "PRESENT_REF", "these days": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "soon": "FUTURE_REF", "very soon": "FUTURE_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the long term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "short-term": "FUTURE_REF", "later": "FUTURE_REF", "shortly": "FUTURE_REF",
}


def _h_ref(m: re.Match[str], ctx: _Ctx) -> Result:
    word = " ".join(m["word"].lower().split())
    after = ctx.text[m.end() : m.end() + 12].lower()
    if word == "current" and re.match(r"\s+(?:account|affairs|events|s\b)", after):
        return None
    if word == "the past" and re.match(r"\s+(?:\d|[a-z]+\s+(?:days?|weeks?|months?|years?|decades?))", after):
        return None
    if word in ("the past", "the future") and re.match(r"[ \t]+(?:of|for)\b|[ \t]+(?!and\b|or\b|but\b)[a-z]+\b(?![ \t]+(?:and|or|but)\b)", after) \
            and not re.match(r"[ \t]+(?:is|was|has|had|will|would|may|might|can|could|should|as|when|that|where|because)\b", after):
        return None  # "the past president", "the future of Ukraine": no time named
    value = _REFS[word]
    # Only the present is a calendar span (the publication day); past and future are open-ended.
    iv = (ctx.anchor, ctx.anchor) if value == "PRESENT_REF" and ctx.anchor else None
    return "DATE", value, iv


def _h_rel_unit(m: re.Match[str], ctx: _Ctx) -> Result:
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    a = ctx.anchor
    if rel == "the" and not m["lead"]:
        return None  # "the year" alone names no particular year
    step = {"this": 0, "current": 0, "the": 0, "last": -1, "past": -1, "previous": -1,
            "next": 1, "coming": 1, "following": 1}[rel]
    if m["the"] and rel == "past" and unit in ("week", "month", "year", "decade") and not m["lead"]:
        # "the past year" is the year up to now (a duration), "last year" the calendar year.
        n = 10 if unit == "decade" else 1
        code = {"week": "W", "month": "M", "year": "Y", "decade": "Y"}[unit]
        iv = (timecal.shift(a, code, -n), a) if a else None
        return "DURATION", f"P{n}{code}", iv
    if unit in SEASONS:
        season = SEASONS[unit]
        if a is None:
            return "DATE", f"XXXX-{season}", None
        cands = [(y, _iv(f"{y}-{season}")) for y in range(a.year - 2, a.year + 2)]
        current = [c for c in cands if c[1][0] <= a <= c[1][1]]
        if step == 0:
            pool = [c for c in cands if c[1][0] <= a] if not current else current
            y = pool[-1][0] if pool else a.year
        elif step < 0:
            y = [c for c in cands if c[1][1] < a][-1][0]
        else:
            y = [c for c in cands if c[1][0] > a][0][0]
        value = f"{y}-{season}"
        return "DATE", value, _apply_mod(m["lead"], _iv(value))
    if a is None:
        blank = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
                 "quarter": "XXXX-QX", "decade": "XXX", "century": "XX"}[unit]
        return "DATE", blank, None
    if unit == "week" or unit == "weekend":
        d = a + dt.timedelta(weeks=step)
        value = timecal.week_value(d) + ("-WE" if unit == "weekend" else "")
    elif unit == "month":
        d = timecal.add_months(a, step)
        value = f"{d.year}-{d.month:02d}"
    elif unit == "year":
        value = str(a.year + step)
    elif unit == "quarter":
        q = a.year * 4 + timecal.quarter_of(a) - 1 + step
        value = f"{q // 4}-Q{q % 4 + 1}"
    elif unit == "decade":
        value = str(a.year // 10 + step)
    else:
        return None
    iv = _iv(value)
    lead = (m["lead"] or "").lower()
    if iv and lead in ("earlier", "earlier in", "so far", "so far this"):
        iv = (iv[0], min(iv[1], a))
    elif iv and lead in ("later", "later in"):
        iv = (max(iv[0], a), iv[1])
    else:
        iv = _apply_mod(lead or None, iv)
    return "DATE", value, iv


def _h_quarter(m: re.Match[str], ctx: _Ctx) -> Result:
    q = ORDINALS[m["ord"].lower()]
    a = ctx.anchor
    year = None
    ref = (m["yref"] or "").lower()
    if m["year"]:
        year = int(m["year"])
    elif ref:
        if a is None:
            return "DATE", f"XXXX-Q{q}", None
        year = a.year + {"this": 0, "the": 0, "last": -1, "next": 1}[ref.split()[0]]
    if m["ord"].lower() == "last" and year is None:
        # "the last quarter": the one before the current one.
        if a is None:
            return "DATE", "XXXX-QX", None
        idx = a.year * 4 + timecal.quarter_of(a) - 2
        value = f"{idx // 4}-Q{idx % 4 + 1}"
        return "DATE", value, _iv(value)
    if year is None:
        if a is None:
            return "DATE", f"XXXX-Q{q}", None
        cands = [_iv(f"{y}-Q{q}") for y in range(a.year - 1, a.year + 2)]
        tense = _tense(m, ctx) or "past"
        i = timecal.pick(cands, a, tense)
        year = a.year - 1 + i
        if tense == "past" and cands[i][1] > a and cands[i][0] > a - dt.timedelta(days=14):
            year -= 1  # a report in the first days of a quarter speaks of the last one of that number
    value = f"{year}-Q{q}"
    return "DATE", value, _iv(value)


def _h_half(m: re.Match[str], ctx: _Ctx) -> Result:
    h = 1 if m["ord"].lower() in ("first", "1st") else 2
    a = ctx.anchor
    if m["year"]:
        year = int(m["year"])
    elif m["yref"] and a is not None:
        year = a.year + {"this": 0, "last": -1, "next": 1}[m["yref"].lower().split()[0]]
    elif a is not None and not m["yref"]:
        cands = [_iv(f"{y}-H{h}") for y in range(a.year - 1, a.year + 2)]
        year = a.year - 1 + timecal.pick(cands, a, _tense(m, ctx))
    else:
        return "DATE", f"XXXX-H{h}", None
    value = f"{year}-H{h}"
    return "DATE", value, _iv(value)


def _h_season(m: re.Match[str], ctx: _Ctx) -> Result:
    season = SEASONS[m["season"].lower()]
    if m["year"]:
        value = f"{m['year']}-{season}"
        return "DATE", value, _iv(value)
    a = ctx.anchor
    if a is None:
        return "DATE", f"XXXX-{season}", None
    years = list(range(a.year - 2, a.year + 2))
    cands = [_iv(f"{y}-{season}") for y in years]
    y = years[timecal.pick(cands, a, _tense(m, ctx))]
    value = f"{y}-{season}"
    return "DATE", value, _iv(value)


def _h_ago(m: re.Match[str], ctx: _Ctx) -> Result:
    if m["n"] is None and not re.search(r"s\s+ago$", m.group(), re.I):
        return None  # "day ago" without a count is no expression
    n = _number(m["n"]) if m["n"] else None
    unit = m["unit"].lower().rstrip("s")
    a = ctx.anchor
    if n is None or not float(n).is_integer() or unit not in ("day", "week", "month", "year", "decade"):
        return "DATE", "PAST_REF", None
    n = int(n) * (10 if unit == "decade" else 1)
    code = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "Y"}[unit]
    if a is None:
        return "DATE", "PAST_REF", None
    d = timecal.shift(a, code, -n)
    if code in ("D", "W"):
        return "DATE", _date(d), (d, d)
    if code == "M":
        value = f"{d.year}-{d.month:02d}"
    else:
        value = str(d.year)
    return "DATE", value, _iv(value)


def _h_past_n(m: re.Match[str], ctx: _Ctx) -> Result:
    n = _number(m["n"])
    if m["n"].lower() in ("a", "an"):
        return None
    value = _period(n, m["unit"])
    a = ctx.anchor
    unit = m["unit"].lower().rstrip("s")
    code = UNIT_CODES.get("century" if unit == "centurie" else unit, "")
    iv = None
    if a is not None and n is not None and float(n).is_integer() and code in ("D", "W", "M", "Q", "Y"):
        k = int(n) * UNIT_FACTOR.get(unit, 1)
        if m["rel"].lower() in ("past", "last", "previous"):
            iv = (timecal.shift(a, code, -k), a)
        else:
            iv = (a, timecal.shift(a, code, k))
    return "DURATION", value, iv


def _is_rate(m: re.Match[str], ctx: _Ctx) -> bool:
    """Whether "a month" follows a count or a price, as in "2,500 attacks a month"."""
    before = ctx.text[max(0, m.start() - 40) : m.start()]
    if re.search(r"\b(?:once|twice|thrice|times)\s+$", before, re.I):
        return True
    tag = ctx.hints.prev_tag(m.start())
    if tag is not None:
        return tag in ("NNS", "CD", "NNPS") or (tag == "NN" and bool(re.search(r"\d\S*\s+\S+\s+$", before)))
    plural = re.search(r"\b([a-z]+s)\s+$", before)
    if plural and plural.group(1) not in _NOT_PLURAL:
        return True
    return bool(re.search(r"\d[\d,.]*(?:\s*(?:million|billion|m|bn|k))?\s+$", before))


_NOT_PLURAL = frozenset("was is has as his its this thus yes us does plus less unless always perhaps whereas".split())


def _h_duration(m: re.Match[str], ctx: _Ctx) -> Result:
    word = m["n"]
    unit = m["unit"].lower().rstrip("s")
    low = word.lower()
    if low in ("a", "an", "one", "single", "1") and unit in ("quarter", "second"):
        return None  # "a quarter of its dealers", "a second attack"
    if low in ("a", "an") and ctx.text[m.start() - 1 : m.start()] == "-":
        return None
    n = _number(word)
    if low in ("a", "an") and "-" not in m.group() and _is_rate(m, ctx):
        return "SET", _period(1, unit), None
    if low in ("a", "an") and re.match(r"\s+(?:of|or\s+two)\b", ctx.text[m.end() : m.end() + 10]):
        return None
    if low.isdigit() and len(low) == 4 and m.group()[len(word)] == " " and unit == "year":
        return None  # "2009 year": a year, not a duration
    return "DURATION", _period(n, unit), None


def _h_vague_duration(m: re.Match[str], ctx: _Ctx) -> Result:
    unit = m["unit"].lower().rstrip("s")
    return "DURATION", _period(None, "year" if unit == "decade" else unit), None


def _h_set(m: re.Match[str], ctx: _Ctx) -> Result:
    word = m.group().lower()
    unit = (m["unit"] or "").lower().rstrip("s")
    if m["wd"]:
        return "SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}", None
    if unit in PARTS_OF_DAY:
        return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}", None
    if unit:
        if unit == "other":
            return None
        n = 2 if (m["n"] or "").lower() == "other" else (_number(m["n"]) if m["n"] else 1)
        return "SET", _period(n, unit), None
    adverb = {"daily": "day", "nightly": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter",
              "annually": "year", "annual": "year", "yearly": "year", "hourly": "hour", "biweekly": "fortnight",
              "fortnightly": "fortnight", "biannual": "year"}
    key = word.split()[-1]
    n = 0.5 if key == "biannual" else 1
    return "SET", _period(n, adverb[key]), None


def _h_short_year(m: re.Match[str], ctx: _Ctx) -> Result:
    yy = int(m["yy"])
    now = (ctx.anchor or dt.date.today()).year
    year = 2000 + yy if 2000 + yy <= now else 1900 + yy  # "since '82": the latest such year not ahead
    return "DATE", str(year), _iv(str(year))


def _h_day_offset(m: re.Match[str], ctx: _Ctx) -> Result:
    if m["which"]:
        days = -1 if m["which"].lower() in ("previous", "preceding") else 1
    elif m["ba"]:
        days = -1 if m["ba"].lower() == "before" else 1
    else:
        n = _number(m["n"])
        if n is None or not float(n).is_integer():
            return None
        unit = m["unit"].lower()
        days = int(n) * (7 if unit.startswith("week") else 1)
        if (m["dir"] or m["dir2"]).lower() in ("earlier", "before"):
            days = -days
        if unit.startswith(("month", "year")):
            return "DATE", f"{_REFDAY}{days:+d}{unit[0].upper()}", None
    return "DATE", f"{_REFDAY}{days:+d}D", None


def _h_weekend(m: re.Match[str], ctx: _Ctx) -> Result:
    a = ctx.anchor
    if a is None:
        return "DATE", "XXXX-WXX-WE", None
    saturday = a + dt.timedelta(days=5 - a.weekday())
    cands = [(saturday + dt.timedelta(weeks=k), saturday + dt.timedelta(weeks=k, days=1)) for k in (-1, 0)]
    iv = cands[timecal.pick(cands, a, _tense(m, ctx) or "past")]
    return "DATE", timecal.week_value(iv[0]) + "-WE", iv


def _holiday_date(name: str, year: int) -> dt.date:
    """The date of a named holiday in a year (western Christian and US/European civic calendars)."""
    fixed = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
             "new year's eve": (12, 31), "new year's day": (1, 1), "valentine's day": (2, 14), "halloween": (10, 31),
             "bastille day": (7, 14), "armistice day": (11, 11), "veterans day": (11, 11),
             "remembrance day": (11, 11), "international women's day": (3, 8)}
    if name in fixed:
        return dt.date(year, *fixed[name])
    if name in ("easter", "easter sunday", "good friday", "easter monday"):
        offset = {"good friday": -2, "easter monday": 1}.get(name, 0)
        return timecal.easter(year) + dt.timedelta(days=offset)
    thanksgiving = timecal.nth_weekday(year, 11, 3, 4)  # the fourth Thursday of November (US)
    if name in ("thanksgiving", "thanksgiving day"):
        return thanksgiving
    if name == "black friday":
        return thanksgiving + dt.timedelta(days=1)
    if name == "cyber monday":
        return thanksgiving + dt.timedelta(days=4)
    if name == "labor day":
        return timecal.nth_weekday(year, 9, 0, 1)
    if name == "memorial day":
        return timecal.nth_weekday(year, 5, 0, -1)
    raise KeyError(name)


# A bare holiday name is a time only where a date would stand: "since Christmas", "Christmas, ..." (not "Christmas tree").
_HOLIDAY_LEAD = re.compile(
    r"\b(?:since|before|after|until|till|by|at|over|on|around|during|for|of|in|this|last|next|from|to|through|and|until)\s+$",
    re.I,
)


def _h_holiday(m: re.Match[str], ctx: _Ctx) -> Result:
    name = " ".join(m["name"].lower().replace("’", "'").split())
    rel = (m["rel"] or "").lower()
    after = ctx.text[m.end() : m.end() + 3]
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    if not (m["year"] or rel or name.endswith(("day", "eve", "friday", "monday", "sunday"))
            or re.match(r"\s*(?:[,.;:!?)]|$)", after) or _HOLIDAY_LEAD.search(before)):
        return None
    if m["year"]:
        d = _holiday_date(name, int(m["year"]))
        return "DATE", _date(d), (d, d)
    a = ctx.anchor
    if a is None:
        return "DATE", "XXXX-XX-XX", None
    cands = [(d, d) for d in (_holiday_date(name, y) for y in range(a.year - 1, a.year + 2))]
    if rel == "last":
        i = max(j for j, c in enumerate(cands) if c[0] < a)
    elif rel == "next":
        i = min(j for j, c in enumerate(cands) if c[0] > a)
    elif rel == "this":
        i = 1
    else:
        i = timecal.pick(cands, a, _tense(m, ctx))
    d = cands[i][0]
    return "DATE", _date(d), (d, d)


def _h_plural_weekday(m: re.Match[str], ctx: _Ctx) -> Result:
    return "SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}", None


def _clock(hour: int, minute: int, ampm: str | None) -> tuple[int, int] | None:
    if ampm:
        a = ampm.lower().replace(".", "").strip()
        if not 1 <= hour <= 12:
            return None
        if a == "pm" and hour != 12:
            hour += 12
        if a == "am" and hour == 12:
            hour = 0
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    return hour, minute


def _h_clock(m: re.Match[str], ctx: _Ctx) -> Result:
    hour = int(m["h"])
    minute = int(m["mi"] or 0)
    hm = _clock(hour, minute, m["ap"])
    if hm is None:
        return None
    if not m["ap"] and not m["tz"] and not m["mi"]:
        return None
    if not m["ap"] and not m["tz"]:
        # "10:30" alone could be a score or a ratio; take it only with "at".
        before = ctx.text[max(0, m.start() - 6) : m.start()].lower()
        if not re.search(r"\b(?:at|by|until|from|before|after)\s+$", before):
            return None
    zone = "Z" if m["tz"] and m["tz"].upper() in ("UTC", "GMT", "Z") else ""
    clock = f"T{hm[0]:02d}:{hm[1]:02d}{zone}"
    return "TIME", clock, None  # the day is filled in by find_timexes


def _h_noon(m: re.Match[str], ctx: _Ctx) -> Result:
    word = m.group().lower()
    return "TIME", "T12:00" if word == "noon" else "T24:00", None


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
     rf"\b(?:(?P<rel>{_I('last|next|this')})\s+)?(?P<name>Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|New\s+Year['’]s\s+(?:Eve|Day)|Valentine['’]s\s+Day"
     r"|Halloween|Bastille\s+Day|Armistice\s+Day|Veterans\s+Day|Remembrance\s+Day|International\s+Women['’]s\s+Day"
     r"|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Thanksgiving(?:\s+Day)?|Black\s+Friday|Cyber\s+Monday|Labor\s+Day|Memorial\s+Day)\b"
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




def _one_line(pattern: str) -> str:
    """The pattern with its whitespace kept to one line: a headline and the dateline under it are separate."""
    return pattern.replace(r"[-\s]", r"[-\t ]").replace(r"\s", r"[^\S\n]")


def _word_trigger(words: str, plural: bool = False, whole: bool = True) -> str:
    """A fast regex for any of ``words`` (case-insensitive) starting a word.

    It opens with a character class, which lets ``re`` skip to candidate
    positions; an ``(?i:...)`` group or a leading ``\\b`` would make it try
    every position of the text.
    """
    by_first: dict[str, list[str]] = {}
    for word in words.split():
        by_first.setdefault(word[0].lower(), []).append(re.escape(word[1:]))
    firsts = "".join(sorted(c + c.upper() for c in by_first))
    alts = "|".join(
        f"(?<=[{c}{c.upper()}])(?:{'|'.join(sorted(rests, key=len, reverse=True))})" for c, rests in by_first.items()
    )
    tail = ("s?" if plural else "") + (r"\b" if whole else "")
    return f"[{firsts}](?<![A-Za-z].)(?i:{alts}){tail}"


_UNIT_WORDS = "second minute hour day night week fortnight month quarter year decade century centuries"
_UNITS_T = _word_trigger(_UNIT_WORDS, plural=True)
_MONTHS_T = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
_WEEKDAYS_T = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)(?:day|DAY)"
_SEASONS_T = _word_trigger("spring summer autumn winter fall")
# A cheap regex that every match of a rule overlaps, and how far the match may
# reach before and after it: the rule's own (costlier) pattern only runs in
# those windows around the trigger's hits. None: the whole text.
_TRIGGERS: dict[str, tuple[str, int, int] | None] = {
    "full_date": (_MONTHS_T, 30, 40), "full_date_dmy": (_MONTHS_T, 40, 20),
    "month_year": (_MONTHS_T, 25, 30), "month": (_MONTHS_T, 25, 15),
    "wire": (_WEEKDAYS_T, 5, 30), "weekday": (_WEEKDAYS_T, 12, 20), "weekdays": (_WEEKDAYS_T, 2, 12),
    "year": (r"(?:1[6-9]|20)\d\d", 8, 2), "decade": (r"0s\b", 20, 2), "iso": (r"\d-\d\d-", 8, 10), "slash": (r"\d/\d", 6, 8),
    "rel_day": (_word_trigger("today tonight yesterday tomorrow night morning afternoon evening"), 35, 20),
    "ref": (_word_trigger("now current currently present presently nowadays far date being days recent "
                          "recently lately past soon future term shortly"), 15, 12),
    "rel_unit": (_word_trigger(_UNIT_WORDS + " weekend spring summer autumn winter fall", plural=True), 45, 2),
    "quarter": (_word_trigger("quarter"), 20, 30), "quarter_short": (r"Q[1-4]", 8, 8),
    "half": (_word_trigger("half"), 20, 30), "season": (_SEASONS_T, 2, 20), "season_bare": (_SEASONS_T, 2, 12),
    "ago": (_word_trigger("ago"), 60, 2), "past_n": (_UNITS_T, 50, 2), "duration": (_UNITS_T, 45, 2),
    "vague_duration": (_UNITS_T, 30, 8),
    "set": (_word_trigger("every each per daily nightly weekly monthly quarterly annually annual yearly "
                          "hourly biweekly fortnightly biannual"), 2, 45),
    "clock": (r"[:apAPUGh](?:(?<=:)[0-5]\d|(?<=[ap])\.?m\b|(?<=[AP])M\b|(?<=U)TC|(?<=G)MT|(?<=h)rs|(?<=h)ours)", 12, 20),
    "noon": (_word_trigger("noon midday midnight"), 2, 10), "the_day": (_word_trigger("day"), 40, 2),
    "short_year": (r"['’]\d\d\b", 12, 2), "day_offset": (_UNITS_T, 45, 12),
    "weekend": (_word_trigger("weekend"), 6, 2), "same_period": (_word_trigger("same year"), 6, 50),
    "part_of_day": (_word_trigger("morning afternoon evening"), 6, 2),
    "holiday": (r"[CBNVHAIERGTLM](?:(?<=C)hristmas|(?<=B)(?:oxing|astille|lack)|(?<=N)ew|(?<=V)(?:alentine|eterans)|(?<=H)alloween"
                r"|(?<=A)rmistice|(?<=R)emembrance|(?<=I)nternational|(?<=E)aster|(?<=G)ood|(?<=T)hanksgiving|(?<=C)yber"
                r"|(?<=L)abor|(?<=M)emorial)\b", 12, 40), "century": (_word_trigger("century"), 12, 2),
}

# Room past a window's end for the lookaheads that end a pattern ("the day" not before "after").
_LOOKAHEAD = 30
_TRIGGER_RES = {t[0]: re.compile(t[0]) for t in _TRIGGERS.values() if t}
_COMPILED = [
    (name, re.compile(_one_line(pattern)), handler,
     (_TRIGGER_RES[_TRIGGERS[name][0]], _TRIGGERS[name][1], _TRIGGERS[name][2]) if _TRIGGERS.get(name) else None)
    for name, pattern, handler in _RULES
]


def _windows(trigger: re.Pattern[str], before: int, after: int, text: str) -> list[list[int]]:
    """Merged character windows around the hits of a trigger."""
    windows: list[list[int]] = []
    for hit in trigger.finditer(text):
        # endpos hides the text after it even from lookaheads: leave them room.
        lo, hi = max(0, hit.start() - before), min(len(text), hit.end() + after + _LOOKAHEAD)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    return windows


def _matches(
    pattern: re.Pattern[str], trigger: tuple[re.Pattern[str], int, int] | None, text: str,
    cache: dict[tuple[re.Pattern[str], int, int], list[list[int]]] | None = None,
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` in ``text``, searched only near the hits of ``trigger``."""
    if trigger is None:
        yield from pattern.finditer(text)
        return
    if cache is None:
        windows = _windows(*trigger, text)
    else:  # rules that share a trigger share its scan
        windows = cache.get(trigger) or cache.setdefault(trigger, _windows(*trigger, text))
    last_end = -1
    for lo, hi in windows:
        for m in pattern.finditer(text, lo, hi):
            if m.start() >= last_end:
                last_end = m.end()
                yield m
# A timex that a clock time can take its day from (a full date or a weekday).
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# A calendar period with its year: what "the same period last year" can shift back.
_PERIOD_VALUE = re.compile(r"^(\d{4})(-(?:\d\d(?:-\d\d)?|Q[1-4]|H[12]|W\d\d|SP|SU|FA|WI))$")
# How far back a clock time or "the day" looks for the day it belongs to.
REFERENCE_REACH = 600


def find_timexes(text: str, anchor: dt.date | None, hints: Hints | None = None) -> list[Timex]:
    """Time expressions of ``text`` in text order, resolved against ``anchor``."""
    ctx = _Ctx(text, anchor, hints or Hints())
    found: list[tuple[int, int, int, str, str, Interval | None]] = []
    cache: dict[tuple[re.Pattern[str], int, int], list[list[int]]] = {}
    for rank, (_, pattern, handler, trigger) in enumerate(_COMPILED):
        for m in _matches(pattern, trigger, text, cache):
            if m.end() <= m.start():
                continue
            try:
                result = handler(m, ctx)
            except (ValueError, KeyError, IndexError, TypeError):  # odd text must never stop a document
                result = None
            if result is None:
                continue
            start, end = m.start(), m.end()
            while end > start and text[end - 1] in " ,-":
                end -= 1
            found.append((start, end, rank, *result))
    # Longest first, then earliest, then the rule listed first.
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0], f[2]))
    taken: list[tuple[int, int, int, str, str, Interval | None]] = []
    used = bytearray(len(text) + 1)
    for f in found:
        if any(used[f[0] : f[1]]):
            continue
        used[f[0] : f[1]] = b"\x01" * (f[1] - f[0])
        taken.append(f)
    taken.sort(key=lambda f: f[0])
    out: list[Timex] = []
    for i, (start, end, rank, ttype, value, iv) in enumerate(taken):
        if (ttype == "TIME" and value.startswith("T")) or value.startswith(_REFDAY):
            day = _reference_day(text, taken, i, anchor)
            clock, offset, unit = value, 0, "D"
            if value.startswith(_REFDAY):
                clock, offset, unit = "", int(value[len(_REFDAY) : -1] or 0), value[-1]
            if day is None:
                value = {"D": "XXXX-XX-XX", "M": "XXXX-XX", "Y": "XXXX"}[unit] + clock
            else:
                day = timecal.shift(day, unit, offset)
                value = {"D": day.isoformat(), "M": f"{day.year}-{day.month:02d}", "Y": str(day.year)}[unit] + clock
                iv = _iv(value) if unit != "D" else (day, day)
            taken[i] = (start, end, rank, ttype, value, iv)  # later references may build on this day
        elif value == _REFPERIOD:
            value, iv = _period_a_year_before(text, taken, i, anchor)
            taken[i] = (start, end, rank, ttype, value, iv)
        out.append(Timex(start, end, text[start:end], ttype, value, iv[0] if iv else None, iv[1] if iv else None))
    return out


def _period_a_year_before(text: str, taken: list, i: int, anchor: dt.date | None) -> tuple[str, Interval | None]:
    """ "The same period last year": the period the text last named, a year earlier.

    The nearest earlier dated period of the same sentence or the
    ``REFERENCE_REACH`` characters before ("sales rose in the first quarter
    from the same period last year": 2024-Q1); else the year before the anchor.
    """
    start = taken[i][0]
    for j in range(i - 1, -1, -1):
        s, e, _, _, value, iv = taken[j]
        if start - e > REFERENCE_REACH:
            break
        m = _PERIOD_VALUE.match(value)
        if m and iv:
            shifted = f"{int(m.group(1)) - 1}{m.group(2)}"
            return shifted, _iv(shifted)
    if anchor is None:
        return "XXXX", None
    year = str(anchor.year - 1)
    return year, _iv(year)


def _reference_day(text: str, taken: list, i: int, anchor: dt.date | None) -> dt.date | None:
    """The day a clock time or "the day" speaks of.

    The nearest day-precise timex in the same sentence; else the last one in
    the ``REFERENCE_REACH`` characters before; else the anchor. Only the
    neighbourhood is searched, so that a long text stays linear.
    """
    start, end = taken[i][0], taken[i][1]
    floor = max(0, start - REFERENCE_REACH)
    lo = start
    while lo > floor and not _SENTENCE_END.match(text, lo - 1):
        lo -= 1
    m = _SENTENCE_END.search(text, end, min(len(text), end + REFERENCE_REACH))
    hi = m.start() if m else min(len(text), end + REFERENCE_REACH)
    best = None
    previous = None
    for j in range(i - 1, -1, -1):  # backwards: the nearest earlier ones first
        s, e, _, _, value, iv = taken[j]
        if e < floor:
            break
        if iv and iv[0] == iv[1] and _DAY_VALUE.match(value):
            if s >= lo:
                best = best or (start - s, iv[0])
            elif previous is None:
                previous = iv[0]
    for j in range(i + 1, len(taken)):
        s, e, _, _, value, iv = taken[j]
        if e > hi:
            break
        if iv and iv[0] == iv[1] and _DAY_VALUE.match(value):
            if best is None or s - end < best[0]:
                best = (s - end, iv[0])
            break
    if best:
        return best[1]
    return previous or anchor
