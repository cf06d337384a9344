"""An article's text cut into pieces for the page: plain text, and marks that open and close around records.

Spans nest in HTML only if they do not cross; records do cross (a statement
ends inside a claim's figure). Marks are opened widest first; when a mark
ends while one opened inside it is still open, the inner one is closed and
reopened after it, the way an HTML formatter mends crossing tags. Every
piece of one record carries the same kind and data, and the first mark
opened at an offset carries the anchor ``span-OFFSET`` that other pages link
to (``title-span-OFFSET`` in a headline).

The pieces are plain data; the template writes them with autoescaping on, so
no article character is ever written into the page as markup. Control
characters are made visible (``safe_text.visible``) piece by piece: spans
are offsets into the stored text, so a character shown wider than one
(a C1 control) cannot shift a later highlight.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..records import ClaimRecord, EntityRecord, Record, StatementRecord, TimeRecord
from ..records.event import EventRecord
from ..safe_text import visible

# Outer first where two records cover the same characters.
KINDS = ("statement", "event", "claim", "time", "entity", "source")
_RANK = {k: i for i, k in enumerate(KINDS)}


def clean(value: Any) -> Any:
    """A JSON-ready value with every string's control characters made visible."""
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    return value


def as_of(record: ClaimRecord, published: str | None) -> tuple[str | None, str | None]:
    """The date a claim's figure holds as of, and where that date comes from.

    A period's end, but no later than the report ("this year" in a March
    report holds as of March); the report's date where the claim has no time.
    """
    t = record.time
    day = None if t is None else (t.end or t.start)
    if day is None:
        return published, "published"
    if published and day > published:
        return published, "published"
    return day, (t.basis if t is not None else None) or "text"


def payload(record: Record, published: str | None) -> dict[str, Any]:
    """What the page's record panel shows of a record: its JSON form, and a claim's as-of date."""
    out = record.to_dict()
    if isinstance(record, ClaimRecord):
        out["as_of"], out["as_of_basis"] = as_of(record, published)
    return out


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    ref: int
    """Index of the record (in the page's record list) the mark shows."""
    data: str = field(compare=False)
    """The record's JSON, for the panel."""
    part: str = "text"


def marks_of(records: list[Record], part: str, n: int, published: str | None) -> list[Mark]:
    """The marks of the records whose spans point into ``part`` (a text ``n`` characters long)."""
    out: list[Mark] = []
    sources: set[tuple[int, int]] = set()

    def add(span: Any, kind: str, ref: int, data: dict[str, Any]) -> None:
        if span is not None and 0 <= span[0] < span[1] <= n:
            out.append(Mark(span[0], span[1], kind, ref, json.dumps(clean(data), ensure_ascii=False), part))

    for i, r in enumerate(records):
        if getattr(r, "part", "text") != part:
            continue
        kind = _kind(r)
        if kind is None:
            continue
        add(getattr(r, "span", None), kind, i, payload(r, published))
        source = getattr(r, "source", None)
        if source is not None and source.span is not None and kind in ("claim", "statement") \
                and tuple(source.span) not in sources:
            sources.add(tuple(source.span))  # one source of several claims: one mark
            data = {"type": "source", **source.__dict__, "of": r.TYPE, "of_text": getattr(r, "text", None)}
            add(source.span, "source", i, data)
    return sorted(out, key=lambda m: (m.start, -m.end, _RANK[m.kind]))


def _kind(record: Record) -> str | None:
    for cls, kind in ((ClaimRecord, "claim"), (TimeRecord, "time"), (EntityRecord, "entity"),
                      (StatementRecord, "statement"), (EventRecord, "event")):
        if isinstance(record, cls):
            return kind
    return None


def pieces(text: str, marks: list[Mark], anchor: str = "span") -> list[dict[str, Any]]:
    """``text`` as a list of pieces: ``{"op": "text", "text"}``, ``{"op": "open", ...}``, ``{"op": "close"}``."""
    out: list[dict[str, Any]] = []
    points = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    stack: list[Mark] = []
    anchored: set[int] = set()
    i = pos = 0

    def open_(m: Mark, continued: bool) -> None:
        ident = None
        if not continued and m.start not in anchored:
            anchored.add(m.start)
            ident = f"{anchor}-{m.start}"
        out.append({"op": "open", "kind": m.kind, "id": ident, "ref": m.ref, "start": m.start, "end": m.end,
                    "part": m.part, "data": m.data, "continued": continued})
        stack.append(m)

    for p in points:
        if p > pos:
            out.append({"op": "text", "text": visible(text[pos:p])})
            pos = p
        if any(m.end == p for m in stack):
            reopen = []
            while any(m.end == p for m in stack):
                top = stack.pop()
                out.append({"op": "close"})
                if top.end != p:
                    reopen.append(top)
            for m in reversed(reopen):
                open_(m, True)
        while i < len(marks) and marks[i].start == p:
            open_(marks[i], False)
            i += 1
    return out
