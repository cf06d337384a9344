"""The explicit evidence of a publication date: stamps, date lines, wire datelines and dated URLs.

Read by :mod:`newsledger.nlp.pubdate`, which weighs these items against each
other and against the body's evidence. Each reader gives the dates an item
may mean: one for a full date, two for a slash date both ways readable
("4/3/2025"), one a year for a year-less dateline ("LONDON, March 4 (Reuters)").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

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

# Datelines and date lines are looked for in the first lines only: lower down a date line may be a table or a quote.
DATELINE_LINES = 5
# How far back a date without its year may lie.
LOOKBACK_YEARS = 10
# Stamps stand above the text, under a headline, a standfirst and a byline or two.
STAMP_LINES = 12
# ...or below it, in the last lines of a page copied as text.
TAIL_LINES = 3

# The weight of each kind of explicit evidence, and its rank on ties (lower first).
WEIGHTS = {"published": 4.0, "url": 2.0, "dateline": 2.0, "wire": 2.0, "wire_yearless": 1.0, "updated": 1.5}
RANKS = {"published": 0, "url": 1, "dateline": 2, "wire": 3, "wire_yearless": 4, "updated": 5}

MON = f"(?:{MONTH_TITLE_RE}|{MONTH_ABBR_RE})"
MON_ANY = f"(?:{MONTH_TITLE_RE}|{MONTH_UPPER_RE}|{MONTH_ABBR_RE}|{MONTH_ABBR_UPPER_RE})"
_WD_ANY = f"(?:{WEEKDAY_TITLE_RE}|{WEEKDAY_UPPER_RE}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d\d"
_SP = r"[^\S\n]"

# -- reading one date ---------------------------------------------------------
_CLOCK = r"\d{1,2}(?:[:.]\d\d){1,2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?\s?[Mm]\.?"
_ZONE = rf"(?:(?:{'|'.join(sorted(TIME_ZONES, key=len, reverse=True))}|ET|CT|PT|MT|[A-Z]{{3,4}})(?:[+-]\d\d?(?::?\d\d)?)?|[+-]\d\d:?\d\d)"
_TIME = rf"(?:{_CLOCK})(?:{_SP}*\(?{_ZONE}\)?)?"
# A year may run straight into a clock time or a second copy of the date, as flattened pages print them:
# "March 27, 20259:43 AM", "Published On 27 Mar 202527 Mar 2025".
_YEAR_END = rf"(?:\b|(?=\d{{1,2}}:\d\d)|(?=\d{{1,2}}{_SP}*{MON_ANY}\b))"
_WITH_YEAR = [
    # "Thursday, March 27, 2025", "Mar. 27 2025", "MARCH 27, 2025"
    re.compile(rf"(?:{_WD_ANY},?{_SP}+)?(?P<m>{MON_ANY}){_SP}*(?P<d>{DAY}),?{_SP}+(?P<y>{YEAR}){_YEAR_END}"),
    # "27 Mar. 2025", "Thursday 27 March, 2025", "27-Mar-2025", "27th of March 2025"
    re.compile(rf"(?:{_WD_ANY},?{_SP}+)?(?P<d>{DAY})(?:{_SP}+of)?(?:{_SP}+|-)(?P<m>{MON_ANY})(?:,?{_SP}+|-)(?P<y>{YEAR}){_YEAR_END}"),
    # "2025-03-27", "2025-03-27T09:43:00+00:00", "2025/03/27"
    re.compile(r"(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<mm>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\d])"
               r"(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"),
]
# "3/27/2025", "27/03/2025", "27.03.2025", "3/27/25": month and day read both ways where both fit.
_NUMERIC = re.compile(r"(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)?\d\d)(?![\d/.])")
_YEARLESS = [
    re.compile(rf"(?:{_WD_ANY},?{_SP}+)?(?P<m>{MON_ANY}){_SP}+(?P<d>{DAY})\b(?![:.]?\d)"),
    re.compile(rf"(?:{_WD_ANY},?{_SP}+)?(?P<d>{DAY}){_SP}+(?P<m>{MON_ANY})(?!\w)"),
]
_RELATIVE = re.compile(
    rf"(?:(?P<n>\d{{1,3}}|{'|'.join(RELATIVE_ONE)}){_SP}*(?P<unit>{'|'.join(sorted(RELATIVE_UNITS, key=len, reverse=True))})"
    rf"{_SP}+ago|(?P<word>{'|'.join(RELATIVE_DAYS_STAMP)}))\b",
    re.I,
)


@dataclass(frozen=True)
class Conf:
    """How far the readers look: the pubdate parameters they use."""

    dateline_lines: int = DATELINE_LINES
    lookback_years: int = LOOKBACK_YEARS
    stamp_lines: int = STAMP_LINES


def month_number(word: str) -> int:
    key = word.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBR[key]


def day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def make_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _yearless(month: int, day: int, today: dt.date, conf: Conf) -> list[dt.date]:
    """That day of that month in each of the last years, not after today."""
    found = (make_date(y, month, day) for y in range(today.year - conf.lookback_years, today.year + 1))
    return [d for d in found if d is not None and d <= today]


def _read_date(s: str, today: dt.date, conf: Conf, *, yearless: bool, relative: bool) -> tuple[list[dt.date], int] | None:
    """The dates a date written at the start of ``s`` may be (most likely first), and its length."""
    for rx in _WITH_YEAR:
        m = rx.match(s)
        if m:
            month = int(m["mm"]) if "mm" in rx.groupindex else month_number(m["m"])
            found = make_date(int(m["y"]), month, day_number(m["d"]))
            return ([found] if found else []), m.end()
    m = _NUMERIC.match(s)
    if m:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if y < 100:  # "3/27/25": this century unless that lies ahead of today
            y = y + 2000 if y + 2000 <= today.year else y + 1900
        # A slash is American month-first unless the first number cannot be a month; dots are day-first.
        orders = [(b, a), (a, b)] if m["sep"] == "." or a > 12 else [(a, b), (b, a)]
        dates = []
        for month, day in orders:
            found = make_date(y, month, day) if 1 <= month <= 12 else None
            if found and found not in dates:
                dates.append(found)
        return dates, m.end()
    if yearless:
        for rx in _YEARLESS:
            m = rx.match(s)
            if m:
                return _yearless(month_number(m["m"]), day_number(m["d"]), today, conf), m.end()
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
# A clock time's place in brackets: "09:43 (Kyiv time)", "(local time)", "(Beijing Time)".
_LOCAL_TIME = rf"\((?:[A-Z][\w.'-]*{_SP}+){{0,2}}(?:[Tt]ime|TIME)\)"
# ...and after it: a time, a zone, then the end of the line, another field or a stamp ("Updated 2 hours ago").
_AFTER_DATE = re.compile(
    rf"^(?:,?{_SP}*(?:at{_SP}+)?{_TIME}(?:{_SP}*{_LOCAL_TIME})?)?{_SP}*(?:$|[{_SEPS}—–]|--|\s-\s|{_SP}{{2,}}|"
    rf"(?:{_stamp_words(UPDATED_STAMPS)})\b|\d+{_SP}*min(?:ute)?s?{_SP}+read\b)"
)
# A line that is only a relative time ("2 hours ago", "Yesterday").
_RELATIVE_LINE = re.compile(rf"^{_SP}*(?:{_RELATIVE.pattern}){_SP}*$", re.I)
_AGENCIES = "|".join(re.escape(a) for a in sorted(WIRE_AGENCIES, key=len, reverse=True))
# A wire dateline opening a line: a capitalised place (upper case, or any case before an agency), up to two
# regions, a date, maybe its year, then the agency in brackets or a dash.
_PLACE_UPPER = rf"[A-Z][A-Z .'/-]{{2,40}}"
_PLACE_TITLE = rf"[A-Z][\w.'’-]+(?:{_SP}[A-Z][\w.'’-]*){{0,3}}"
# ...and the region in square brackets some agencies add ("New Delhi [India], March 27 (ANI):").
_REGIONS = (rf"(?:,{_SP}+[A-Z][\w.'’-]*(?:{_SP}[A-Z][\w.'’-]*){{0,2}}){{0,2}}"
            rf"(?:{_SP}*\[[A-Z][\w.'’-]*(?:{_SP}[A-Z][\w.'’-]*){{0,2}}\])?")


def _dateline_date(p: str) -> str:
    """A dateline's date, its groups named with prefix ``p``: "March 4", "4 March", "Sept. 3, 2025"."""
    return (rf"(?:(?P<{p}m1>{MON_ANY}){_SP}+(?P<{p}d1>{DAY})|(?P<{p}d2>{DAY}){_SP}+(?P<{p}m2>{MON_ANY}))"
            rf"(?:,?{_SP}+(?P<{p}y>{YEAR}))?")


# The agency in slashes, as TASS and some translated wires write it: "MOSCOW, November 20. /TASS/."
_SLASHED_AGENCY = rf"\.?{_SP}*/(?:{_AGENCIES})/"
# The agency in capitals after full stops, as Interfax writes it: "Moscow. March 27. INTERFAX -".
_AGENCIES_UPPER = "|".join(re.escape(a.upper()) for a in sorted(WIRE_AGENCIES, key=len, reverse=True))
_WIRE_DATELINE = re.compile(
    rf"^{_SP}*(?:{_PLACE_UPPER}{_REGIONS},?{_SP}+{_dateline_date('u')}{_SP}*(?:\(|--|-|–|—|:|{_SLASHED_AGENCY})"
    rf"|{_PLACE_TITLE}{_REGIONS},?{_SP}+{_dateline_date('t')}{_SP}*(?:\((?:{_AGENCIES})\)|{_SLASHED_AGENCY})"
    rf"|{_PLACE_TITLE}\.{_SP}+{_dateline_date('i')}\.{_SP}+(?:{_AGENCIES_UPPER})\b)",
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


def _stamps(lines: list[str], today: dt.date, conf: Conf) -> Iterator[Evidence]:
    for line in lines:
        for m in _STAMP.finditer(line):
            rest = line[m.end():]
            read = _read_date(rest, today, conf, yearless=True, relative=True)
            if read is None:
                t = _TIME_FIRST.match(rest)
                read = _read_date(rest[t.end():], today, conf, yearless=True, relative=True) if t else None
            if read and read[0]:
                yield Evidence("published" if m["pub"] else "updated", tuple(d for d in read[0] if d <= today), len(read[0]) == 2)


def _stamped_here(prefix: str) -> bool:
    """Whether a stamp word (and maybe a time) ends the text before a date: "Updated 09:43 GMT, "."""
    for m in _STAMP.finditer(prefix):
        gap = prefix[m.end():]
        if not gap or _TIME_FIRST.fullmatch(gap):
            return True
    return False


_BRACKETED = re.compile(rf"^{_SP}*[(\[]([^()\[\]\n]{{6,40}})[)\]]{_SP}*$")


def _date_lines(lines: list[str], today: dt.date, conf: Conf) -> Iterator[Evidence]:
    """Lines that are a date (or a byline and a date) and nothing else worth reading."""
    for line in lines:
        line = _BRACKETED.sub(r"\1", line)  # "(March 27, 2025)", "[Mar 27, 2025]": a date line in brackets
        if _RELATIVE_LINE.match(line):
            read = _read_date(line.strip(), today, conf, yearless=False, relative=True)
            if read and read[0]:
                yield Evidence("dateline", tuple(read[0]))
            continue
        for start in range(min(len(line), 100)):
            if start and (line[start - 1].isalnum() or not line[start].isalnum()):
                continue
            if not _BEFORE_DATE.match(line[:start]) or _stamped_here(line[:start]):
                continue  # not a date line's opening, or a stamp's date (read as a stamp)
            read = _read_date(line[start:], today, conf, yearless=False, relative=False)
            if read and _AFTER_DATE.match(line[start + read[1]:]):
                dates = tuple(d for d in read[0] if d <= today)
                if dates:
                    yield Evidence("dateline", dates, len(read[0]) == 2)
                break


def _wire_datelines(lines: list[str], today: dt.date, conf: Conf) -> Iterator[Evidence]:
    for m in _WIRE_DATELINE.finditer("\n".join(lines)):
        p = next(p for p in "uti" if m[p + "m1"] or m[p + "m2"])
        month, day = month_number(m[p + "m1"] or m[p + "m2"]), day_number(m[p + "d1"] or m[p + "d2"])
        if m[p + "y"]:
            found = make_date(int(m[p + "y"]), month, day)
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
            found = make_date(int(m["y"]), month, int(m["d"]))
            if found and found <= today:
                return [found]
    return []


def explicit_evidence(text: str, today: dt.date, url: str | None = None, *, dateline_lines: int = DATELINE_LINES,
                      lookback_years: int = LOOKBACK_YEARS) -> list[Evidence]:
    """Every stamp, date line, wire dateline and URL date of an article, in that order."""
    conf = Conf(dateline_lines=dateline_lines, lookback_years=lookback_years)
    return read_explicit(text or "", today, url, conf)


def read_explicit(text: str, today: dt.date, url: str | None, conf: Conf) -> list[Evidence]:
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
