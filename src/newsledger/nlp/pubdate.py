"""Infer a publication date from the text when the article carries none.

A cheap regex pass (it runs before spaCy, in :func:`newsledger.extract.prepare`):

0. **A dateline.** A line of its own in the first lines that is only a full
   date ("May 14, 2009", "Published: 27 March 2025") is the answer. A wire
   dateline without a year ("KYIV, March 27 (Reuters) -") counts as a pair.
1. **Day evidence.** A weekday written with its day of the month, as wire copy
   and datelines do: "Thursday (27)", "on Tuesday 25," "Wednesday, March 26",
   "Monday, 3 March 2025". Each such pair fits a few dates in the past ten
   years; a publication date P is *supported* by a pair that has a date in
   the week up to P (P - 8 days .. P + 1 day: news reports the last days, and
   at most announces the next one).
2. **Month evidence.** Months named as past ("in November", "since January",
   "late February", "until February 26"; not in a sentence that speaks of the
   future): P scores one for each such month that began less than six months
   before it (news speaks of recent months by name alone).
   A month with its year ("in November 2024") scores the same way from that
   very month.
3. **Year evidence.** Explicit years: P scores when its year is the latest
   year named, or the one after.

Candidates are the dates of the pairs, not after ``today``. The answer is
the candidate supported by the most pairs, then the best month and year
score, then the latest. When the pairs disagree (no candidate is supported by
more than half of them) the answer is None: the text contradicts itself.
Without any weekday-and-day pair the answer is None as well: months and years
alone do not name a day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..lang.en.calendar import MONTH_ABBR, MONTH_ABBR_RE, MONTH_TITLE_RE, MONTHS, WEEKDAY_TITLE_RE, WEEKDAYS
from ..lang.en.tense import FUTURE_CUES

_WD = f"(?P<wd>{WEEKDAY_TITLE_RE})"
_MON = f"(?:{MONTH_TITLE_RE}|{MONTH_ABBR_RE})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
# A bare number after a weekday is a day only where no noun follows ("on Tuesday 25 people died" is a count).
_DAY_END = r"(?=\s*[,.;:!?)]|\s*$|\s+(?:at|in|of|and|when|after|before|morning|afternoon|evening|night)\b)"

_PAIR = re.compile(
    rf"\b{_WD}\s*\(\s*(?P<d1>{_DAY})\s*\)"
    rf"|\b{_WD.replace('wd', 'wd2')},?\s+(?P<m2>{_MON})\.?\s+(?P<d2>{_DAY})\b(?:,?\s+(?P<y2>{_YEAR})\b)?"
    rf"|\b{_WD.replace('wd', 'wd3')},?\s+(?:the\s+)?(?P<d3>{_DAY})(?:\s+(?:of\s+)?(?P<m3>{_MON})(?:,?\s+(?P<y3>{_YEAR}))?\b|{_DAY_END})"
)
_PREFIX = r"(?:(?:Published|Posted|Updated|Date|Dated)(?:\s+on)?:?[^\S\n]*)?"
# A line that is only a date ("May 14, 2009", "Thursday, 27 March 2025"): a dateline.
_DATE_LINE = re.compile(
    rf"^[^\S\n]*{_PREFIX}(?:{_WD},?[^\S\n]+)?(?:(?P<m1>{_MON})[^\S\n]+(?P<d1>{_DAY}),?|(?P<d2>{_DAY})[^\S\n]+(?P<m2>{_MON}),?)"
    rf"[^\S\n]+(?P<y>{_YEAR})(?:[^\S\n]+\d\d?[:.]\d\d(?:[^\S\n]*[AaPp]\.?[Mm]\.?)?(?:[^\S\n]+[A-Z]{{2,4}})?)?[^\S\n]*$"
    rf"|^[^\S\n]*{_PREFIX}(?P<iso>{_YEAR}-[01]\d-[0-3]\d)(?:[T ][\d:]+Z?)?[^\S\n]*$",
    re.M,
)
# A wire dateline opening a line: "KYIV, March 27 (Reuters) -", "LONDON, 27 March 2025 --",
# "BOULDER CREEK, Colorado, August 14, 2025 —" (a capitalised place, then up to two regions).
_WIRE_DATELINE = re.compile(
    rf"^[^\S\n]*[A-Z][A-Z .'/-]{{2,40}}(?:,[^\S\n]+[A-Z][\w.'’-]*(?:[^\S\n][A-Z][\w.'’-]*){{0,2}}){{0,2}},?[^\S\n]+(?:(?P<m1>{_MON})[^\S\n]+(?P<d1>{_DAY})|(?P<d2>{_DAY})[^\S\n]+(?P<m2>{_MON}))"
    rf"(?:,?[^\S\n]+(?P<y>{_YEAR}))?[^\S\n]*(?:\(|--|-|–|—|:)",
    re.M,
)
# Datelines are looked for in the first lines only: lower down a date line may be a table or a quote.
DATELINE_LINES = 5
_PAST_MONTH = re.compile(
    rf"\b(?:(?:in|since|until|till|from|through|during|late|early|mid|last|of|and)\s+|mid-)(?:at least\s+)?(?P<m>{_MON})\b(?!\s+{_YEAR})"
)
_MONTH_YEAR = re.compile(rf"\b(?P<m>{_MON})\s+(?:of\s+)?(?P<y>{_YEAR})\b")
_YEAR_RE = re.compile(rf"(?<![\w$€£#.,/-])(?P<y>{_YEAR})(?![\w]|[.,]\d|-\d|/|\s*%)")
_FUTURE = re.compile(FUTURE_CUES, re.I)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")

# How far back a weekday-and-day pair may lie, and the support window around P.
LOOKBACK_YEARS = 10
BEFORE_DAYS, AFTER_DAYS = 8, 1
# A month named as past is taken to lie less than this many months before publication.
MONTH_REACH = 6


def _month(word: str) -> int:
    key = word.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBR[key]


def _dateline(text: str, today: dt.date) -> tuple[dt.date | None, list[dt.date]]:
    """A full dateline date in the first lines, else the dates a wire dateline without a year may be."""
    head = "\n".join(text.lstrip().split("\n", DATELINE_LINES)[:DATELINE_LINES])
    for m in _DATE_LINE.finditer(head):
        try:
            if m["iso"]:
                found = dt.date.fromisoformat(m["iso"])
            else:
                found = dt.date(int(m["y"]), _month(m["m1"] or m["m2"]), int(re.match(r"\d+", m["d1"] or m["d2"]).group()))
        except ValueError:
            continue
        if found <= today:
            return found, []
    m = _WIRE_DATELINE.search(head)
    if m:
        day = int(re.match(r"\d+", m["d1"] or m["d2"]).group())
        if m["y"]:  # a wire dateline with its year is as good as a date line
            try:
                found = dt.date(int(m["y"]), _month(m["m1"] or m["m2"]), day)
            except ValueError:
                found = None
            if found is not None and found <= today:
                return found, []
        dates = _dates_of_pair(None, day, _month(m["m1"] or m["m2"]), int(m["y"]) if m["y"] else None, today)
        return None, dates
    return None, []


def _dates_of_pair(weekday: int | None, day: int, month: int | None, year: int | None, today: dt.date) -> list[dt.date]:
    """Every date not long before ``today`` with that weekday, day and (if given) month and year."""
    out = []
    years = [year] if year else range(today.year - LOOKBACK_YEARS, today.year + 1)
    for y in years:
        for mo in [month] if month else range(1, 13):
            try:
                d = dt.date(y, mo, day)
            except ValueError:
                continue
            if (weekday is None or d.weekday() == weekday) and d <= today + dt.timedelta(days=AFTER_DAYS):
                out.append(d)
    return out


def _sentences(text: str) -> Iterator[tuple[str, bool]]:
    """Sentences of the text with whether each speaks of the future."""
    for m in _SENTENCE.finditer(text):
        yield m.group(), bool(_FUTURE.search(m.group()))


def infer_published(text: str, today: dt.date | None = None) -> dt.date | None:
    """The latest date not after ``today`` that the text's evidence agrees on, or None."""
    if not text:
        return None
    today = today or dt.date.today()
    dateline, wire = _dateline(text, today)
    if dateline is not None:
        return dateline
    pairs: list[list[dt.date]] = [wire] if wire else []
    months: list[int] = []
    years: list[int] = []
    month_years: list[tuple[int, int]] = []
    for sentence, future in _sentences(text):
        for m in _PAIR.finditer(sentence):
            wd = m["wd"] or m["wd2"] or m["wd3"]
            day = m["d1"] or m["d2"] or m["d3"]
            mon = m["m2"] or m["m3"]
            year = m["y2"] or m["y3"]
            dates = _dates_of_pair(
                WEEKDAYS[wd.lower()], int(re.match(r"\d+", day).group()),
                _month(mon) if mon else None, int(year) if year else None, today,
            )
            pairs.append(dates)
        if future:
            continue
        months.extend(_month(m["m"]) for m in _PAST_MONTH.finditer(sentence))
        years.extend(int(m["y"]) for m in _YEAR_RE.finditer(sentence) if int(m["y"]) <= today.year)
        month_years.extend((int(m["y"]), _month(m["m"])) for m in _MONTH_YEAR.finditer(sentence))
    if not pairs:
        return None
    candidates = sorted({d for dates in pairs for d in dates if d <= today})
    if not candidates:
        return None
    latest_year = max(years) if years else None

    def support(p: dt.date) -> int:
        lo, hi = p - dt.timedelta(days=BEFORE_DAYS), p + dt.timedelta(days=AFTER_DAYS)
        return sum(1 for dates in pairs if any(lo <= d <= hi for d in dates))

    def score(p: dt.date) -> float:
        total = 0.0
        for month in months:
            back = (p.month - month) % 12  # months since the latest such month began
            total += 1.0 if back < MONTH_REACH else 0.0
        for year, month in month_years:  # "in May 2024": the same reach, from that very month
            back = (p.year - year) * 12 + p.month - month
            total += 1.0 if 0 <= back < MONTH_REACH else 0.0
        if latest_year is not None and p.year in (latest_year, latest_year + 1):
            total += 1.0 if p.year == latest_year else 0.5
        return total

    best = max(candidates, key=lambda p: (support(p), score(p), p))
    if 2 * support(best) <= len(pairs):
        return None  # the weekday pairs contradict each other
    return best


@Language.factory(
    "newsledger_pubdate",
    requires=[],  # the text only, which every Doc has
    assigns=["doc._.published", "doc._.published_source"],
)
def make_pubdate(nlp: Language, name: str):
    def pubdate(doc: Doc) -> Doc:
        if doc._.published is None:
            found = infer_published(doc.text)
            if found is not None:
                doc._.published = found
                doc._.published_source = "inferred"
        return doc

    return pubdate
