"""The ``newsledger_holds`` spaCy component: a figure with no time of its own takes the date its source spoke.

It runs after ``newsledger_sources``, which sets each claim's
``statement_date`` ("the ministry told reporters on Monday"). Where a claim
holds at the time of a time expression of the text (basis ``text``, or
``statement`` where that expression stands on the reporting verb), nothing
changes. Otherwise the date the source spoke dates the claim, basis
``statement``. That date is the claim's ``statement_date``; the sources
component sets it from the reporting verb ("told reporters on Monday") and
carries it to the same source's next statements ("..., the ministry told
reporters on Monday. It said about 70 were killed."), so this pass does not
look for statements of its own.

A figure stated as holding now (present or present perfect: "have been
killed") is ``as_of`` that date; any other (a past event: "were killed") is a
``point`` at it: the latest date the text supports.

The order of preference, first that applies: a time expression of the text
(``text``), the statement date (``statement``), the publication date for a
present count or a "so far" (``published``, set by the quantities component,
replaced here where a statement date is known: "so far, the army said on
Monday" runs up to Monday), else no time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..lang.en.calendar import WEEKDAYS
from ..records import ClaimRecord, ClaimTime
from .guarded import Guarded
from .quantities.aspect import holds_now, running_total
from .quantities.timing import aspect_token

_SETTLED = ("text", "statement")
_TEXT_REACH = 6  # sentences back to look for the words of a statement date


def _root(doc: Doc, claim: ClaimRecord) -> Token | None:
    span = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _time_text(doc: Doc, date: str, root: Token | None) -> str | None:
    """The words of the single-day time expression of that date in the claim's sentence or the few before.

    That is about as far back as the sources component carries a statement
    date; one further back would more likely name some other occasion of that day.
    """
    if root is None:
        return None
    sent = root.sent
    lo = sent.start_char
    for _ in range(_TEXT_REACH):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        lo = sent.start_char
    best = None
    for rec in doc._.times or ():
        if rec.value == "PRESENT_REF":
            continue  # "so far", "now": the publication day, not a day the source named
        if rec.start == date and rec.end == date and lo <= rec.span[0] < root.sent.end_char:
            if best is None or rec.span[0] > best.span[0]:
                best = rec
    return best.text if best is not None else None


def _published(doc: Doc) -> str | None:
    return doc._.published.isoformat() if doc._.published is not None else None


def _windows(doc: Doc) -> set[tuple[str, str | None]]:
    """(text, end) of the doc's windows counted back from publication: "the past week", "the past month"."""
    pub = _published(doc)
    return {(r.text, r.end) for r in doc._.times or () if r.value.startswith("P") and r.start and r.end == pub}


def _back_from(t: ClaimTime, date: str, published: str) -> ClaimTime:
    """A window counted back from publication, counted back from the day the source spoke instead.

    "Authorities said on Wednesday that 2,600 had been evacuated over the past
    month": the month up to Wednesday, when they said it.
    """
    shift = dt.date.fromisoformat(published) - dt.date.fromisoformat(date)
    start = (dt.date.fromisoformat(t.start) - shift).isoformat() if t.start else None
    return dataclasses.replace(t, start=start, end=date)


def _in_attribution(doc: Doc, claim: ClaimRecord) -> bool:
    """Whether a claim's day is that of the attribution after it: "RSF killed more than 200 people, a
    group of lawyers monitoring the conflict said on Tuesday" (the parser may hang the day on
    "monitoring": it is still when the lawyers spoke)."""
    src = claim.source
    if src is None or src.span is None or claim.span[1] > src.span[0] or claim.time is None:
        return False
    start, end = claim.sentence_span
    same = [r.span[0] for r in doc._.times or () if r.text == claim.time.text and r.start == claim.statement_date
            and start <= r.span[0] < end]
    # the figure's own "on Sunday" before the source ("killed 14 on Sunday, officials said on Sunday") stays its own
    return bool(same) and all(p >= src.span[0] for p in same)


def _weekday_of(text: str | None) -> int | None:
    """The weekday a time's words name ("Thursday", "late on Thursday"), or None."""
    words = (text or "").lower().replace(",", " ").split()
    found = [WEEKDAYS[w] for w in words if w in WEEKDAYS]
    return found[0] if len(found) == 1 and len(words) <= 4 else None


def _latest_weekday(weekday: int, date: str) -> str:
    """The latest day with that weekday not after ``date``."""
    d = dt.date.fromisoformat(date)
    return (d - dt.timedelta(days=(d.weekday() - weekday) % 7)).isoformat()


def _relayed_record(doc: Doc, claim: ClaimRecord, date: str, root: Token | None) -> bool:
    """Whether a count up to now is told "according to" a source whose day is carried from an earlier
    sentence: "North Korea has fired more than 20 missiles so far this year, according to the JCS"
    after "The JCS said on Tuesday ...". "According to" cites the source's record, no speech on a day,
    so the day of another of its statements does not end the count; the publication date does."""
    src = claim.source
    if src is None or src.cue != "according to" or root is None:
        return False
    sent = root.sent
    return not any(r.start == date and r.end == date and sent.start_char <= r.span[0] < sent.end_char
                   for r in doc._.times or ())


def settle(doc: Doc, claims: list[ClaimRecord]) -> list[ClaimRecord]:
    """The claims, each with the statement date as its time where no time of the text holds for it."""
    out: list[ClaimRecord] = []
    windows: set[tuple[str, str | None]] | None = None
    for claim in claims:
        t = claim.time
        if t is not None and t.basis in _SETTLED:
            date = claim.statement_date
            if t.basis == "text" and date is not None and t.kind == "period" and t.end is not None and date < t.end:
                windows = _windows(doc) if windows is None else windows
                if (t.text, t.end) in windows:
                    t = _back_from(t, date, t.end)
                    claim = dataclasses.replace(claim, time=t)
            elif t.basis == "text" and t.kind == "point" and date is not None and t.start == t.end and t.start > date \
                    and (weekday := _weekday_of(t.text)) is not None:
                # "killed in the attack, which took place late on Thursday, police said on Friday": read
                # against publication, "Thursday" would follow the day the source spoke of it
                day = _latest_weekday(weekday, date)
                claim = dataclasses.replace(claim, time=dataclasses.replace(t, start=day, end=day))
            elif t.basis == "text" and t.kind == "point" and date is not None and t.start == date and _in_attribution(doc, claim):
                claim = dataclasses.replace(claim, time=dataclasses.replace(t, basis="statement"))
            elif t.kind == "as_of" and t.start is not None and date is not None and t.end == _published(doc) and date < t.end:
                # "said on Tuesday that attacks had damaged more than half of it since the start of the
                # winter": counted from the winter's start up to Tuesday, when she said it
                claim = dataclasses.replace(claim, time=dataclasses.replace(t, end=date))
            out.append(claim)
            continue
        date = claim.statement_date
        if date is None:
            out.append(claim)
            continue
        root = _root(doc, claim)
        if t is not None and t.basis == "published" and t.kind == "as_of" and _relayed_record(doc, claim, date, root):
            out.append(claim)
            continue
        # a running total to the time of writing ("so far") runs up to the statement day
        # instead; a point on the report's day ("overnight") moves to it
        now = t is not None and t.basis == "published" and t.kind == "as_of"
        if t is None:
            now = root is not None and (holds_now(aspect_token(root)) or running_total(root, root.i, root.i + 1))
        text = _time_text(doc, date, root)
        if now:
            ctime = ClaimTime(start=None, end=date, text=text, kind="as_of", basis="statement")
        else:
            ctime = ClaimTime(start=date, end=date, text=text, kind="point", basis="statement")
        out.append(dataclasses.replace(claim, time=ctime))
    return out


class Holds(Guarded):
    """The component: claim times from statement dates, after ``newsledger_sources``."""

    def run(self, doc: Doc) -> None:
        if doc._.claims:
            doc._.claims = settle(doc, doc._.claims)

    def give_up(self, doc: Doc, exc: Exception) -> None:
        """The claims keep the times the quantities component gave them."""


@Language.factory(
    "newsledger_holds",
    requires=["doc._.claims", "doc._.times", "token.dep"],
    assigns=["doc._.claims"],
)
def make_holds(nlp: Language, name: str) -> Holds:
    return Holds(name)
