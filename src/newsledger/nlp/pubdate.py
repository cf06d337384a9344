"""Infer a publication date from the text (and URL) when the article carries none.

A cheap regex pass (it runs before spaCy, in :func:`newsledger.extract.prepare`).
Evidence comes in two strengths.

**Explicit evidence** names the publication date itself, each item with a
weight:

- a *stamp* in the first lines: "Published: 27 Mar. 2025, 09:43",
  "Posted on 3/27/2025", "Updated 2025-01-24T10:00Z", "Last updated: Thursday,
  March 27, 2025 9:43 a.m. EST", "Updated 3 hours ago". A published stamp
  weighs most; an updated stamp little, since an update comes later;
- a *date line*: a line in the first ``dateline_lines`` that is only a date,
  an ISO timestamp, or a byline and a date ("By Ana Ruiz | March 4, 2025");
- a *wire dateline* opening a line: "LONDON, March 4 (Reuters) -",
  "Seoul, April 30 (Yonhap) --", "PARIS, 4 March 2025 (AFP) -". Without its
  year it names the day in each of the last ``lookback_years`` years, and
  weighs less;
- a date in the URL, when one is given: "/2025/03/27/", "/2025/mar/27/",
  "/20250327/", "-2025-03-27" in a slug.

The answer is the date that the most explicit weight names (agreeing items add
up). Ties, as between the years a year-less dateline may mean, go to the
date the body supports (below), then to one not before the latest year the
body names, then to a date whose weekday the body's bare weekdays ("said
Friday") name on or just before it, when the latest date has none of them,
then to the evidence nearest in kind to a publication stamp, then to the
item read first (of the years a year-less item may mean, the latest). A date in the body ("the talks on March 3, 2021") is never explicit
evidence.

**Body evidence**, alone when there is no explicit evidence:

1. A weekday written with its day of the month, as wire copy does: "Thursday
   (27)", "on Tuesday 25,", "Wednesday, March 26", "Monday, 3 March 2025".
   Each such pair fits a few dates in the past ``lookback_years``; a date P is
   *supported* by a pair with a date in P - 8 days .. P + 1 day.
2. Months named as past ("in November", "since January"; not in a sentence
   that speaks of the future) score P when the month began less than
   ``month_reach`` months before it; "in November 2024" from that very month.
3. Explicit years score P when its year is the latest year named or the next.

The answer is the candidate supported by the most pairs, then the best month
and year score, then the latest. When the pairs disagree (no candidate is
supported by more than half of them), or there is no pair, the answer is
None: months and years alone do not name a day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..lang.en.calendar import (
    MONTH_ABBR,
    MONTH_ABBR_RE,
    MONTH_ABBR_UPPER_RE,
    MONTH_TITLE_RE,
    MONTH_UPPER_RE,
    MONTHS,
    TIME_ZONES,
    URL_MONTHS,
    WEEKDAY_TITLE_RE,
    WEEKDAY_UPPER_RE,
    WEEKDAYS,
)
from ..lang.en.datelines import (
    BYLINE_WORD,
    FIELD_SEPARATORS,
    PUBLISHED_STAMPS,
    RELATIVE_DAYS_STAMP,
    RELATIVE_ONE,
    RELATIVE_UNITS,
    UPDATED_STAMPS,
    WIRE_AGENCIES,
)
from ..lang.en.tense import FUTURE_CUES

# Datelines and date lines are looked for in the first lines only: lower down a date line may be a table or a quote.
DATELINE_LINES = 5
# How far back a date without its year may lie.
LOOKBACK_YEARS = 10
# The support window of a weekday-and-day pair around P.
BEFORE_DAYS, AFTER_DAYS = 8, 1
# A month named as past is taken to lie less than this many months before publication.
MONTH_REACH = 6
# Stamps stand above the text, under a headline, a standfirst and a byline or two.
STAMP_LINES = 12
# ...or below it, in the last lines of a page copied as text.
TAIL_LINES = 3

# A year-less date this many days before today reads as a live feed's, else as an archive's; the weekday
# fit by which another year must beat the latest one in each case.
FEED_DAYS = 31
FEED_WEEKDAY_MARGIN, ARCHIVE_WEEKDAY_MARGIN = 2.0, 1.0
# Dates whose weekday fit is within this of the best count as fitting as well.
WEEKDAY_SLACK = 0.25

# The weight of each kind of explicit evidence, and its rank on ties (lower first).
WEIGHTS = {"published": 4.0, "url": 2.0, "dateline": 2.0, "wire": 2.0, "wire_yearless": 1.0, "updated": 1.5}
RANKS = {"published": 0, "url": 1, "dateline": 2, "wire": 3, "wire_yearless": 4, "updated": 5}

_WD = f"(?P<wd>{WEEKDAY_TITLE_RE})"
_MON = f"(?:{MONTH_TITLE_RE}|{MONTH_ABBR_RE})"
_MON_ANY = f"(?:{MONTH_TITLE_RE}|{MONTH_UPPER_RE}|{MONTH_ABBR_RE}|{MONTH_ABBR_UPPER_RE})"
_WD_ANY = f"(?:{WEEKDAY_TITLE_RE}|{WEEKDAY_UPPER_RE}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_SP = r"[^\S\n]"
# A bare number after a weekday is a day only where no noun follows ("on Tuesday 25 people died" is a count).
_DAY_END = r"(?=\s*[,.;:!?)]|\s*$|\s+(?:at|in|of|and|when|after|before|morning|afternoon|evening|night)\b)"

_PAIR = re.compile(
    rf"\b{_WD}\s*\(\s*(?P<d1>{_DAY})\s*\)"
    rf"|\b{_WD.replace('wd', 'wd2')},?\s+(?P<m2>{_MON})\.?\s+(?P<d2>{_DAY})\b(?:,?\s+(?P<y2>{_YEAR})\b)?"
    rf"|\b{_WD.replace('wd', 'wd3')},?\s+(?:the\s+)?(?P<d3>{_DAY})(?![.,]\d)(?:\s+(?:of\s+)?(?P<m3>{_MON})(?:,?\s+(?P<y3>{_YEAR}))?\b|{_DAY_END})"
)
# A weekday without its day ("said Friday"); "last Friday" and "Friday's" look further back or are names.
_BARE_WEEKDAY = re.compile(
    rf"(?<!\blast )(?<!\bnext )(?<!\bthis )(?<!\bevery )\b(?P<wd>{WEEKDAY_TITLE_RE})\b(?!['’]s|\s*\(|,?\s+(?:the\s+)?\d|,?\s+{_MON})"
)

# -- reading one date ---------------------------------------------------------
_CLOCK = r"\d{1,2}(?:[:.]\d\d){1,2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?\s?[Mm]\.?"
_ZONE = rf"(?:(?:{'|'.join(sorted(TIME_ZONES, key=len, reverse=True))}|ET|CT|PT|MT|[A-Z]{{3,4}})(?:[+-]\d\d?(?::?\d\d)?)?|[+-]\d\d:?\d\d)"
_TIME = rf"(?:{_CLOCK})(?:{_SP}*\(?{_ZONE}\)?)?"
_WITH_YEAR = [
    # "Thursday, March 27, 2025", "Mar. 27 2025", "MARCH 27, 2025"
    re.compile(rf"(?:{_WD_ANY},?{_SP}+)?(?P<m>{_MON_ANY}){_SP}*(?P<d>{_DAY}),?{_SP}+(?P<y>{_YEAR})(?:\b|(?=\d{{1,2}}:\d\d))"),
    # "27 Mar. 2025", "Thursday 27 March, 2025", "27-Mar-2025", "27th of March 2025"
    re.compile(rf"(?:{_WD_ANY},?{_SP}+)?(?P<d>{_DAY})(?:{_SP}+of)?(?:{_SP}+|-)(?P<m>{_MON_ANY})(?:,?{_SP}+|-)(?P<y>{_YEAR})(?:\b|(?=\d{{1,2}}:\d\d))"),
    # "2025-03-27", "2025-03-27T09:43:00+00:00", "2025/03/27"
    re.compile(r"(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<mm>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\d])"
               r"(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"),
]
# "3/27/2025", "27/03/2025", "27.03.2025", "3/27/25": month and day read both ways where both fit.
_NUMERIC = re.compile(r"(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)?\d\d)(?![\d/.])")
_YEARLESS = [
    re.compile(rf"(?:{_WD_ANY},?{_SP}+)?(?P<m>{_MON_ANY}){_SP}+(?P<d>{_DAY})\b(?![:.]?\d)"),
    re.compile(rf"(?:{_WD_ANY},?{_SP}+)?(?P<d>{_DAY}){_SP}+(?P<m>{_MON_ANY})(?!\w)"),
]
_RELATIVE = re.compile(
    rf"(?:(?P<n>\d{{1,3}}|{'|'.join(RELATIVE_ONE)}){_SP}*(?P<unit>{'|'.join(sorted(RELATIVE_UNITS, key=len, reverse=True))})"
    rf"{_SP}+ago|(?P<word>{'|'.join(RELATIVE_DAYS_STAMP)}))\b",
    re.I,
)


@dataclass(frozen=True)
class _Conf:
    dateline_lines: int = DATELINE_LINES
    lookback_years: int = LOOKBACK_YEARS
    month_reach: int = MONTH_REACH
    stamp_lines: int = STAMP_LINES


def _month(word: str) -> int:
    key = word.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBR[key]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _yearless(month: int, day: int, today: dt.date, conf: _Conf) -> list[dt.date]:
    """That day of that month in each of the last years, not after today."""
    found = (_date(y, month, day) for y in range(today.year - conf.lookback_years, today.year + 1))
    return [d for d in found if d is not None and d <= today]


def _read_date(s: str, today: dt.date, conf: _Conf, *, yearless: bool, relative: bool) -> tuple[list[dt.date], int] | None:
    """The dates a date written at the start of ``s`` may be (most likely first), and its length."""
    for rx in _WITH_YEAR:
        m = rx.match(s)
        if m:
            month = int(m["mm"]) if "mm" in rx.groupindex else _month(m["m"])
            found = _date(int(m["y"]), month, _day(m["d"]))
            return ([found] if found else []), m.end()
    m = _NUMERIC.match(s)
    if m:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        y = y + 2000 if y < 100 else y
        # A slash is American month-first unless the first number cannot be a month; dots are day-first.
        orders = [(b, a), (a, b)] if m["sep"] == "." or a > 12 else [(a, b), (b, a)]
        dates = []
        for month, day in orders:
            found = _date(y, month, day) if 1 <= month <= 12 else None
            if found and found not in dates:
                dates.append(found)
        return dates, m.end()
    if yearless:
        for rx in _YEARLESS:
            m = rx.match(s)
            if m:
                return _yearless(_month(m["m"]), _day(m["d"]), today, conf), m.end()
    if relative:
        m = _RELATIVE.match(s)
        if m:
            if m["word"]:
                back = RELATIVE_DAYS_STAMP[m["word"].lower()]
            else:
                n = 1 if not m["n"].isdigit() else int(m["n"])
                back = n * RELATIVE_UNITS[m["unit"].lower()]
            return [today - dt.timedelta(days=back)], m.end()
    return None


# -- explicit evidence ---------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """One piece of explicit evidence: the dates it may mean and what kind it is."""

    kind: str
    dates: tuple[dt.date, ...]
    ranked: bool = False
    """Whether the first date is the likelier reading ("3/4/2025": March 4th before 3 April)."""

    @property
    def weight(self) -> float:
        return WEIGHTS[self.kind]


def _stamp_words(words: tuple[str, ...]) -> str:
    forms = sorted({f for w in words for f in (w, w.upper(), w.capitalize(), w.title())}, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


_STAMP = re.compile(
    rf"(?<![\w-])(?:(?P<pub>{_stamp_words(PUBLISHED_STAMPS)})|(?P<upd>{_stamp_words(UPDATED_STAMPS)}))"
    rf"(?:{_SP}+(?:on|at|On|At|ON|AT))?{_SP}*[:\-–—]?{_SP}*"
)
_STAMP_ONLY = re.compile(rf"^{_SP}*(?:{_stamp_words(PUBLISHED_STAMPS)}|{_stamp_words(UPDATED_STAMPS)}){_SP}*:?{_SP}*$")
# "Published 09:43 GMT, 27 March 2025": a time before the date.
_TIME_FIRST = re.compile(rf"(?:{_TIME}),?{_SP}*(?:on{_SP}+)?")
_SEPS = re.escape(FIELD_SEPARATORS)
# What may stand before a date on a date line: nothing, a byline and a separator, or a few fields and a
# separator ("Source: Xinhua | 2025-04-30 09:43").
_BEFORE_DATE = re.compile(
    rf"^{_SP}*(?:{BYLINE_WORD}{_SP}+[^\d{_SEPS}\n]{{1,80}}?(?:{_SP}*[{_SEPS},—–-]{_SP}*|{_SP}{{2,}})"
    rf"|[^\n.!?]{{0,60}}[{_SEPS}]{_SP}*"
    # a section label of a word or two ("All News 09:43 April 30, 2025", "World | ")
    rf"|(?:[A-Z][\w&-]*{_SP}+){{1,2}})?(?:{_TIME},?{_SP}+)?$"
)
# ...and after it: a time, a zone, then the end of the line, another field or a stamp ("Updated 2 hours ago").
_AFTER_DATE = re.compile(
    rf"^(?:,?{_SP}*(?:at{_SP}+)?{_TIME})?{_SP}*(?:$|[{_SEPS}—–]|--|\s-\s|{_SP}{{2,}}|"
    rf"(?:{_stamp_words(UPDATED_STAMPS)})\b|\d+{_SP}*min(?:ute)?s?{_SP}+read\b)"
)
# A line that is only a relative time ("2 hours ago", "Yesterday").
_RELATIVE_LINE = re.compile(rf"^{_SP}*(?:{_RELATIVE.pattern}){_SP}*$", re.I)
_AGENCIES = "|".join(re.escape(a) for a in sorted(WIRE_AGENCIES, key=len, reverse=True))
# A wire dateline opening a line: a capitalised place (upper case, or any case before an agency), up to two
# regions, a date, maybe its year, then the agency in brackets or a dash.
_PLACE_UPPER = rf"[A-Z][A-Z .'/-]{{2,40}}"
_PLACE_TITLE = rf"[A-Z][\w.'’-]+(?:{_SP}[A-Z][\w.'’-]*){{0,3}}"
_REGIONS = rf"(?:,{_SP}+[A-Z][\w.'’-]*(?:{_SP}[A-Z][\w.'’-]*){{0,2}}){{0,2}}"


def _dateline_date(p: str) -> str:
    """A dateline's date, its groups named with prefix ``p``: "March 4", "4 March", "Sept. 3, 2025"."""
    return (rf"(?:(?P<{p}m1>{_MON_ANY}){_SP}+(?P<{p}d1>{_DAY})|(?P<{p}d2>{_DAY}){_SP}+(?P<{p}m2>{_MON_ANY}))"
            rf"(?:,?{_SP}+(?P<{p}y>{_YEAR}))?")


_WIRE_DATELINE = re.compile(
    rf"^{_SP}*(?:{_PLACE_UPPER}{_REGIONS},?{_SP}+{_dateline_date('u')}{_SP}*(?:\(|--|-|–|—|:)"
    rf"|{_PLACE_TITLE}{_REGIONS},?{_SP}+{_dateline_date('t')}{_SP}*\((?:{_AGENCIES})\))",
    re.M,
)
_URL_PATTERNS = [
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])(?=/|$|[-_.?#])"),
    re.compile(rf"/(?P<y>(?:19|20)\d\d)/(?P<mon>{'|'.join(sorted(URL_MONTHS, key=len, reverse=True))})/(?P<d>0?[1-9]|[12]\d|3[01])(?=/|$|[-_.?#])", re.I),
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\d])"),
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)[-_](?P<m>0[1-9]|1[0-2])[-_](?P<d>0[1-9]|[12]\d|3[01])(?![\d])"),
]


def _lines(text: str) -> list[str]:
    """The lines that hold text, blank lines not counted.

    A stamp word alone on its line takes the next line with it: a flattened page
    prints "Published" and its date in two spans.
    """
    out: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if out and _STAMP_ONLY.match(out[-1]):
            out[-1] = f"{out[-1].strip()} {line.strip()}"
        else:
            out.append(line)
    return out


def _stamps(lines: list[str], today: dt.date, conf: _Conf) -> Iterator[Evidence]:
    for line in lines:
        for m in _STAMP.finditer(line):
            rest = line[m.end():]
            read = _read_date(rest, today, conf, yearless=True, relative=True)
            if read is None:
                t = _TIME_FIRST.match(rest)
                read = _read_date(rest[t.end():], today, conf, yearless=True, relative=True) if t else None
            if read and read[0]:
                yield Evidence("published" if m["pub"] else "updated", tuple(d for d in read[0] if d <= today), len(read[0]) == 2)


def _date_lines(lines: list[str], today: dt.date, conf: _Conf) -> Iterator[Evidence]:
    """Lines that are a date (or a byline and a date) and nothing else worth reading."""
    for line in lines:
        if _RELATIVE_LINE.match(line):
            read = _read_date(line.strip(), today, conf, yearless=False, relative=True)
            if read and read[0]:
                yield Evidence("dateline", tuple(read[0]))
            continue
        for start in range(min(len(line), 100)):
            if start and (line[start - 1].isalnum() or not line[start].isalnum()):
                continue
            if not _BEFORE_DATE.match(line[:start]) or _STAMP.search(line[:start]):
                continue  # not a date line's opening, or a stamp's date (read as a stamp)
            read = _read_date(line[start:], today, conf, yearless=False, relative=False)
            if read and _AFTER_DATE.match(line[start + read[1]:]):
                dates = tuple(d for d in read[0] if d <= today)
                if dates:
                    yield Evidence("dateline", dates, len(read[0]) == 2)
                break


def _wire_datelines(lines: list[str], today: dt.date, conf: _Conf) -> Iterator[Evidence]:
    for m in _WIRE_DATELINE.finditer("\n".join(lines)):
        p = "u" if m["um1"] or m["um2"] else "t"
        month, day = _month(m[p + "m1"] or m[p + "m2"]), _day(m[p + "d1"] or m[p + "d2"])
        if m[p + "y"]:
            found = _date(int(m[p + "y"]), month, day)
            if found and found <= today:
                yield Evidence("wire", (found,))
        else:
            dates = _yearless(month, day, today, conf)
            if dates:
                yield Evidence("wire_yearless", tuple(dates))


def url_dates(url: str | None, today: dt.date) -> list[dt.date]:
    """Dates the path of a URL carries ("/2025/03/27/", "/2025/mar/27/", "/20250327/", "-2025-03-27")."""
    if not url:
        return []
    path = re.sub(r"^[a-z][\w+.-]*://[^/]+", "", url.strip(), flags=re.I)
    for rx in _URL_PATTERNS:
        for m in rx.finditer(path):
            month = URL_MONTHS[m["mon"].lower()] if "mon" in rx.groupindex else int(m["m"])
            found = _date(int(m["y"]), month, int(m["d"]))
            if found and found <= today:
                return [found]
    return []


def explicit_evidence(text: str, today: dt.date, url: str | None = None, *, dateline_lines: int = DATELINE_LINES,
                      lookback_years: int = LOOKBACK_YEARS) -> list[Evidence]:
    """Every stamp, date line, wire dateline and URL date of an article, in that order."""
    conf = _Conf(dateline_lines=dateline_lines, lookback_years=lookback_years)
    return _explicit(text or "", today, url, conf)


def _explicit(text: str, today: dt.date, url: str | None, conf: _Conf) -> list[Evidence]:
    lines = _lines(text)
    reach = max(conf.stamp_lines, conf.dateline_lines)
    out = list(_stamps(lines[:reach], today, conf))
    # A page copied as text may end with its stamp ("Last updated 27 March 2025"); stamps only, where a
    # date line could as well be a table's or a caption's.
    out.extend(_stamps(lines[reach:][-TAIL_LINES:], today, conf))
    head = lines[: conf.dateline_lines]
    out.extend(_date_lines(head, today, conf))
    out.extend(_wire_datelines(head, today, conf))
    found = url_dates(url, today)
    if found:
        out.append(Evidence("url", tuple(found)))
    return [e for e in out if e.dates]


# -- body evidence -------------------------------------------------------------
_PAST_MONTH = re.compile(
    rf"\b(?:(?:in|since|until|till|from|through|during|late|early|mid|last|of|and)\s+|mid-)(?:at least\s+)?(?P<m>{_MON})\b(?!\s+{_YEAR})"
)
_MONTH_YEAR = re.compile(rf"\b(?P<m>{_MON})\s+(?:of\s+)?(?P<y>{_YEAR})\b")
_YEAR_RE = re.compile(rf"(?<![\w$€£#.,/-])(?P<y>{_YEAR})(?![\w]|[.,]\d|-\d|/|\s*%)")
_FUTURE = re.compile(FUTURE_CUES, re.I)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


@dataclass
class _Body:
    pairs: list[list[dt.date]]
    months: list[int]
    years: list[int]
    month_years: list[tuple[int, int]]
    weekdays: list[int]
    """Bare weekdays of sentences about the past ("said Friday")."""


def _dates_of_pair(weekday: int | None, day: int, month: int | None, year: int | None, today: dt.date, conf: _Conf) -> list[dt.date]:
    """Every date not long before ``today`` with that weekday, day and (if given) month and year."""
    out = []
    years = [year] if year else range(today.year - conf.lookback_years, today.year + 1)
    for y in years:
        for mo in [month] if month else range(1, 13):
            d = _date(y, mo, day)
            if d is not None and (weekday is None or d.weekday() == weekday) and d <= today + dt.timedelta(days=AFTER_DAYS):
                out.append(d)
    return out


def _sentences(text: str) -> Iterator[tuple[str, bool]]:
    """Sentences of the text with whether each speaks of the future."""
    for m in _SENTENCE.finditer(text):
        yield m.group(), bool(_FUTURE.search(m.group()))


def _body(text: str, today: dt.date, conf: _Conf) -> _Body:
    body = _Body([], [], [], [], [])
    for sentence, future in _sentences(text):
        for m in _PAIR.finditer(sentence):
            wd = m["wd"] or m["wd2"] or m["wd3"]
            day = m["d1"] or m["d2"] or m["d3"]
            mon = m["m2"] or m["m3"]
            year = m["y2"] or m["y3"]
            body.pairs.append(_dates_of_pair(WEEKDAYS[wd.lower()], _day(day), _month(mon) if mon else None,
                                             int(year) if year else None, today, conf))
        if future:
            continue
        body.weekdays.extend(WEEKDAYS[m["wd"].lower()] for m in _BARE_WEEKDAY.finditer(sentence))
        body.months.extend(_month(m["m"]) for m in _PAST_MONTH.finditer(sentence))
        body.years.extend(int(m["y"]) for m in _YEAR_RE.finditer(sentence) if int(m["y"]) <= today.year)
        body.month_years.extend((int(m["y"]), _month(m["m"])) for m in _MONTH_YEAR.finditer(sentence))
    return body


def _support(p: dt.date, pairs: list[list[dt.date]]) -> int:
    lo, hi = p - dt.timedelta(days=BEFORE_DAYS), p + dt.timedelta(days=AFTER_DAYS)
    return sum(1 for dates in pairs if any(lo <= d <= hi for d in dates))


def _weekday_fit(p: dt.date, weekdays: list[int]) -> float:
    """How well the bare weekdays fit P: one for each naming P's day, three quarters for the day before."""
    return sum(1.0 if (p.weekday() - wd) % 7 == 0 else 0.75 if (p.weekday() - wd) % 7 == 1 else 0.0 for wd in weekdays)


def _score(p: dt.date, body: _Body, conf: _Conf) -> float:
    total = 0.0
    for month in body.months:
        back = (p.month - month) % 12  # months since the latest such month began
        total += 1.0 if back < conf.month_reach else 0.0
    for year, month in body.month_years:  # "in May 2024": the same reach, from that very month
        back = (p.year - year) * 12 + p.month - month
        total += 1.0 if 0 <= back < conf.month_reach else 0.0
    if body.years:
        latest_year = max(body.years)
        if p.year in (latest_year, latest_year + 1):
            total += 1.0 if p.year == latest_year else 0.5
    return total


def _from_body(body: _Body, today: dt.date, conf: _Conf) -> dt.date | None:
    if not body.pairs:
        return None
    candidates = sorted({d for dates in body.pairs for d in dates if d <= today})
    if not candidates:
        return None
    best = max(candidates, key=lambda p: (_support(p, body.pairs), _score(p, body, conf), p))
    if 2 * _support(best, body.pairs) <= len(body.pairs):
        return None  # the weekday pairs contradict each other
    return best


def _settle(evidence: list[Evidence], body: _Body, today: dt.date) -> dt.date | None:
    """The date the most explicit weight names; ties settled by the body, then kind, then recency."""
    weight: dict[dt.date, float] = {}
    rank: dict[dt.date, int] = {}
    second: dict[dt.date, int] = {}  # 1 where the date is only the less likely reading of an ambiguous one
    first: dict[dt.date, int] = {}  # the first item naming it, in reading order
    for n, e in enumerate(evidence):
        for i, d in enumerate(dict.fromkeys(e.dates)):
            if d <= today:
                weight[d] = weight.get(d, 0.0) + e.weight
                rank[d] = min(rank.get(d, 99), RANKS[e.kind])
                second[d] = min(second.get(d, 1), int(e.ranked and i > 0))
                first.setdefault(d, n)
    if not weight:
        return None
    top = max(weight.values())
    tied = [d for d, w in weight.items() if w == top]
    if len(tied) > 1 and body.pairs:
        best = max(_support(d, body.pairs) for d in tied)
        tied = [d for d in tied if _support(d, body.pairs) == best]
    if len(tied) > 1 and body.years:
        # A text names the years before its own, rarely one after: none lies before the latest it names.
        floor = max(body.years)
        tied = [d for d in tied if d.year >= floor] or tied
    if len(tied) > 1 and body.weekdays:
        latest = max(tied)
        fit = {d: _weekday_fit(d, body.weekdays) for d in tied}
        best = max(fit.values())
        # Just before today the latest date is what a live feed carries: a weekday or two of background
        # ("the attack on Tuesday" in a Friday story) must not move it to another year. Further back
        # the year is open, and one weekday on the day settles it.
        margin = FEED_WEEKDAY_MARGIN if (today - latest).days <= FEED_DAYS else ARCHIVE_WEEKDAY_MARGIN
        if best - fit[latest] >= margin:
            # A weekday on the day and one the day before are nearly as likely: of dates that fit about
            # as well as the best, the latest.
            tied = [d for d in tied if fit[d] >= best - WEEKDAY_SLACK]
    # Two items of one kind that disagree: the first, as a page's own stamp stands above a repost's;
    # the readings of one year-less item: the latest.
    return min(tied, key=lambda d: (rank[d], second[d], first[d], -d.toordinal()))


def infer_published(
    text: str,
    today: dt.date | None = None,
    *,
    url: str | None = None,
    dateline_lines: int = DATELINE_LINES,
    lookback_years: int = LOOKBACK_YEARS,
    month_reach: int = MONTH_REACH,
) -> dt.date | None:
    """The publication date that the text's (and URL's) evidence agrees on, never after ``today``; else None."""
    if not text and not url:
        return None
    today = today or dt.date.today()
    conf = _Conf(dateline_lines=dateline_lines, lookback_years=lookback_years, month_reach=month_reach)
    text = text or ""
    body = _body(text, today, conf)
    evidence = _explicit(text, today, url, conf)
    if evidence:
        found = _settle(evidence, body, today)
        if found is not None:
            return found
    return _from_body(body, today, conf)


@Language.factory(
    "newsledger_pubdate",
    requires=[],  # the text only, which every Doc has
    assigns=["doc._.published", "doc._.published_source"],
    default_config={"dateline_lines": DATELINE_LINES, "lookback_years": LOOKBACK_YEARS, "month_reach": MONTH_REACH},
)
def make_pubdate(nlp: Language, name: str, dateline_lines: int, lookback_years: int, month_reach: int):
    def pubdate(doc: Doc) -> Doc:
        if doc._.published is None:
            found = infer_published(doc.text, dateline_lines=dateline_lines, lookback_years=lookback_years,
                                    month_reach=month_reach)
            if found is not None:
                doc._.published = found
                doc._.published_source = "inferred"
        return doc

    return pubdate
