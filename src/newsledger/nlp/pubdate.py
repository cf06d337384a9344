"""Infer a publication date from the text (and URL) when the article carries none.

A cheap regex pass (it runs before spaCy, in :func:`newsledger.extract.prepare`).
Evidence comes in two strengths.

**Explicit evidence** names the publication date itself, each item with a
weight:

- a *stamp* in the first lines (or the last three): "Published: 27 Mar. 2025,
  09:43", "Posted on 3/27/2025", "Updated 2025-01-24T10:00Z", "Last updated:
  Thursday, March 27, 2025 9:43 a.m. EST", "Updated 3 hours ago". A published
  stamp weighs most (4); an updated stamp little (1.5), since an update comes
  later;
- a *date line* (2): a line in the first ``dateline_lines`` that is only a
  date, an ISO timestamp, or a byline, section or fields and a date
  ("By Ana Ruiz | March 4, 2025", "Source: Xinhua | 2025-04-30 09:43");
- a *wire dateline* opening a line (2): "LONDON, March 4, 2025 (Reuters) -",
  "Seoul, April 30 (Yonhap) --". Without its year it names the day in each of
  the last ``lookback_years`` years, and weighs 1;
- a date in the URL (2), when one is given: "/2025/03/27/", "/2025/mar/27/",
  "/20250327/", "-2025-03-27" in a slug.

The first lines are those that hold text, and a stamp word alone on its line
takes the next line's date. The answer is the date that the most explicit
weight names (agreeing items add up), so that a stamp, a dateline and a URL
that agree outvote a later update. Ties, as between the years a year-less
dateline may mean, go in turn to

1. the date the body's weekday-and-day pairs support (below);
2. a year not before the latest year the body names;
3. the years whose weekday the body's bare weekdays ("on Friday") name on
   the day or the day before, when they fit it clearly better than the
   latest date: by two weekdays when that date lies within a month of today
   (a live feed, where one weekday may be background), by three quarters of
   one further back (an archive); of those fitting about as well, the latest.
   A reporting verb's weekday ("the military said Wednesday") fits the day
   before only a quarter: wire copy dates a statement in its lead by the
   dateline's own day, where an event's day is as often the day before;
4. the kind nearest a publication stamp (published, URL, date line, dated
   wire dateline, year-less one, update), the likelier reading of a slash
   date, the item read first, then the latest.

A date in the body ("the talks on March 3, 2021") is never explicit evidence.

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

from ..lang.en.calendar import WEEKDAY_TITLE_RE, WEEKDAYS
from ..lang.en.datelines import STATEMENT_VERBS
from ..lang.en.tense import FUTURE_CUES
from .pubdate_evidence import (
    DATELINE_LINES,
    DAY,
    LOOKBACK_YEARS,
    MON,
    RANKS,
    YEAR,
    Conf,
    Evidence,
    day_number,
    explicit_evidence,
    make_date,
    month_number,
    read_explicit,
    url_dates,
)

__all__ = ["DATELINE_LINES", "LOOKBACK_YEARS", "MONTH_REACH", "Evidence", "explicit_evidence", "infer_published",
           "url_dates"]

# The support window of a weekday-and-day pair around P.
BEFORE_DAYS, AFTER_DAYS = 8, 1
# A month named as past is taken to lie less than this many months before publication.
MONTH_REACH = 6

# A year-less date this many days before today reads as a live feed's, else as an archive's; the weekday
# fit by which another year must beat the latest one in each case.
FEED_DAYS = 31
FEED_WEEKDAY_MARGIN, ARCHIVE_WEEKDAY_MARGIN = 2.0, 0.75
# Dates whose weekday fit is within this of the best count as fitting as well.
WEEKDAY_SLACK = 0.25
# How well the weekday of an event fits the day before P (the story filed the day after), and that of a
# reporting verb ("the military said Wednesday"), which wire copy mostly gives for the dateline's own day.
EVENT_DAY_BEFORE, STATEMENT_DAY_BEFORE = 0.75, 0.25


_WD = f"(?P<wd>{WEEKDAY_TITLE_RE})"
# A bare number after a weekday is a day only where no noun follows ("on Tuesday 25 people died" is a count).
_DAY_END = r"(?=\s*[,.;:!?)]|\s*$|\s+(?:at|in|of|and|when|after|before|morning|afternoon|evening|night)\b)"

_PAIR = re.compile(
    rf"\b{_WD}\s*\(\s*(?P<d1>{DAY})\s*\)"
    rf"|\b{_WD.replace('wd', 'wd2')},?\s+(?P<m2>{MON})\.?\s+(?P<d2>{DAY})\b(?:,?\s+(?P<y2>{YEAR})\b)?"
    rf"|\b{_WD.replace('wd', 'wd3')},?\s+(?:the\s+)?(?P<d3>{DAY})(?![.,]\d)(?:\s+(?:of\s+)?(?P<m3>{MON})(?:,?\s+(?P<y3>{YEAR}))?\b|{_DAY_END})"
)
# A weekday without its day ("said Friday"); "last Friday" and "Friday's" look further back or are names.
_BARE_WEEKDAY = re.compile(
    rf"(?<!\blast )(?<!\bnext )(?<!\bthis )(?<!\bevery )\b(?P<wd>{WEEKDAY_TITLE_RE})\b(?!['’]s|\s*\(|,?\s+(?:the\s+)?\d|,?\s+{MON})"
)

# A reporting verb's weekday: "said Wednesday", "told reporters on Wednesday", "said in a statement Wednesday".
_STATEMENT_WEEKDAY = re.compile(
    rf"\b(?:(?:{'|'.join(v for v in STATEMENT_VERBS if v != 'told')})(?:\s+in\s+a\s+statement)?"
    rf"|told(?:\s+(?!last\b|next\b|this\b|on\b)[a-z][\w'’-]*){{1,3}}?)\s+(?:on\s+)?"
    rf"(?P<wd>{WEEKDAY_TITLE_RE})\b"
)

# -- body evidence -------------------------------------------------------------
_PAST_MONTH = re.compile(
    rf"\b(?:(?:in|since|until|till|from|through|during|late|early|mid|last|of|and)\s+|mid-)(?:at least\s+)?(?P<m>{MON})\b(?!\s+{YEAR})"
)
_MONTH_YEAR = re.compile(rf"\b(?P<m>{MON})\s+(?:of\s+)?(?P<y>{YEAR})\b")
_YEAR_RE = re.compile(rf"(?<![\w$€£#.,/-])(?P<y>{YEAR})(?![\w]|[.,]\d|-\d|/|\s*%)")
_FUTURE = re.compile(FUTURE_CUES, re.I)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


@dataclass
class _Body:
    pairs: list[list[dt.date]]
    months: list[int]
    years: list[int]
    month_years: list[tuple[int, int]]
    weekdays: list[int]
    """Bare weekdays of sentences about the past ("on Friday")."""
    said_weekdays: list[int]
    """Those of them that date a reporting verb ("said Friday")."""


def _dates_of_pair(weekday: int | None, day: int, month: int | None, year: int | None, today: dt.date, conf: Conf) -> list[dt.date]:
    """Every date not long before ``today`` with that weekday, day and (if given) month and year."""
    out = []
    years = [year] if year else range(today.year - conf.lookback_years, today.year + 1)
    for y in years:
        for mo in [month] if month else range(1, 13):
            d = make_date(y, mo, day)
            if d is not None and (weekday is None or d.weekday() == weekday) and d <= today + dt.timedelta(days=AFTER_DAYS):
                out.append(d)
    return out


def _sentences(text: str) -> Iterator[tuple[str, bool]]:
    """Sentences of the text with whether each speaks of the future."""
    for m in _SENTENCE.finditer(text):
        yield m.group(), bool(_FUTURE.search(m.group()))


def _body(text: str, today: dt.date, conf: Conf) -> _Body:
    body = _Body([], [], [], [], [], [])
    for sentence, future in _sentences(text):
        for m in _PAIR.finditer(sentence):
            wd = m["wd"] or m["wd2"] or m["wd3"]
            day = m["d1"] or m["d2"] or m["d3"]
            mon = m["m2"] or m["m3"]
            year = m["y2"] or m["y3"]
            body.pairs.append(_dates_of_pair(WEEKDAYS[wd.lower()], day_number(day), month_number(mon) if mon else None,
                                             int(year) if year else None, today, conf))
        if future:
            continue
        said = {m.start("wd") for m in _STATEMENT_WEEKDAY.finditer(sentence)}
        for m in _BARE_WEEKDAY.finditer(sentence):
            (body.said_weekdays if m.start("wd") in said else body.weekdays).append(WEEKDAYS[m["wd"].lower()])
        body.months.extend(month_number(m["m"]) for m in _PAST_MONTH.finditer(sentence))
        body.years.extend(int(m["y"]) for m in _YEAR_RE.finditer(sentence) if int(m["y"]) <= today.year)
        body.month_years.extend((int(m["y"]), month_number(m["m"])) for m in _MONTH_YEAR.finditer(sentence))
    return body


def _support(p: dt.date, pairs: list[list[dt.date]]) -> int:
    lo, hi = p - dt.timedelta(days=BEFORE_DAYS), p + dt.timedelta(days=AFTER_DAYS)
    return sum(1 for dates in pairs if any(lo <= d <= hi for d in dates))


def _weekday_fit(p: dt.date, body: _Body) -> float:
    """How well the bare weekdays fit P: one for each naming P's day, less for the day before."""
    def fit(wd: int, before: float) -> float:
        back = (p.weekday() - wd) % 7
        return 1.0 if back == 0 else before if back == 1 else 0.0

    return (sum(fit(wd, EVENT_DAY_BEFORE) for wd in body.weekdays)
            + sum(fit(wd, STATEMENT_DAY_BEFORE) for wd in body.said_weekdays))


def _score(p: dt.date, body: _Body, month_reach: int) -> float:
    total = 0.0
    for month in body.months:
        back = (p.month - month) % 12  # months since the latest such month began
        total += 1.0 if back < month_reach else 0.0
    for year, month in body.month_years:  # "in May 2024": the same reach, from that very month
        back = (p.year - year) * 12 + p.month - month
        total += 1.0 if 0 <= back < month_reach else 0.0
    if body.years:
        latest_year = max(body.years)
        if p.year in (latest_year, latest_year + 1):
            total += 1.0 if p.year == latest_year else 0.5
    return total


def _from_body(body: _Body, today: dt.date, month_reach: int) -> dt.date | None:
    if not body.pairs:
        return None
    candidates = sorted({d for dates in body.pairs for d in dates if d <= today})
    if not candidates:
        return None
    best = max(candidates, key=lambda p: (_support(p, body.pairs), _score(p, body, month_reach), p))
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
    if len(tied) > 1 and (body.weekdays or body.said_weekdays):
        latest = max(tied)
        fit = {d: _weekday_fit(d, body) for d in tied}
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
    conf = Conf(dateline_lines=dateline_lines, lookback_years=lookback_years)
    text = text or ""
    body = _body(text, today, conf)
    evidence = read_explicit(text, today, url, conf)
    if evidence:
        found = _settle(evidence, body, today)
        if found is not None:
            return found
    return _from_body(body, today, month_reach)


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
