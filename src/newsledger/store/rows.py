"""Records to table rows and back.

Columns hold the record's fields (nested parts flattened) for queries; the
``record`` column holds the whole ``to_dict`` form, which is what comes back
out, so a round trip is exact even for fields this schema has no column for.
Values that do not fit their column (a malformed date from a component) go in
as NULL rather than failing the article: the JSON still has them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from typing import Any

from ..records import (
    ArticleRecord,
    ClaimRecord,
    EntityRecord,
    ErrorRecord,
    Record,
    StatementRecord,
    TimeRecord,
    record_from_dict,
)
from ..reconcile.facts import to_date


_SCALARS = (str, int, float, bool, type(None))


def _plain(value: Any) -> Any:
    if type(value) in _SCALARS:
        return value
    if type(value) in (tuple, list):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {k: _plain(v) for k, v in value.__dict__.items()}
    return value


def record_dict(record: Record) -> dict[str, Any]:
    """``record.to_dict()``, faster: the writer serialises every record it stores."""
    out: dict[str, Any] = {"type": record.TYPE}
    for key, value in record.__dict__.items():
        out[key] = _plain(value)
    return out


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def dumps(value: Any) -> str:
    """JSON text for the record columns (the engines' json_serializer).

    The fast path is plain ``json.dumps``; only a value PostgreSQL would refuse
    (a NaN, a NUL character) takes the slower :func:`storable` route.
    """
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    except ValueError:
        return json.dumps(storable(value), ensure_ascii=False)
    if "\\u0000" in text:
        return json.dumps(storable(value), ensure_ascii=False)
    return text


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    """NUL-free text columns (the JSON column is handled by :func:`dumps`)."""
    for key, value in row.items():
        if type(value) is str and "\x00" in value:
            row[key] = value.replace("\x00", "\ufffd")
    return row


def storable(value: Any) -> Any:
    """A JSON value both backends accept: NUL characters become U+FFFD (same
    length, so spans still hold) and non-finite floats become null."""
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd") if "\x00" in value else value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: storable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [storable(v) for v in value]
    return value


def _span(span: Any) -> tuple[int | None, int | None]:
    try:
        return int(span[0]), int(span[1])
    except (TypeError, ValueError, IndexError):
        return None, None


def _cut(text: str, span: Any) -> str | None:
    start, end = _span(span)
    if start is None or end is None or not 0 <= start <= end <= len(text):
        return None
    return text[start:end]


def article_row(article: ArticleRecord, *, input_hash: str | None, n_records: int, run_id: int | None,
                now: dt.datetime) -> dict[str, Any]:
    return _flat({
        "id": article.id,
        "title": article.title,
        "url": article.url,
        "outlet": article.outlet,
        "origin_outlet": article.origin_outlet,
        "language": article.language,
        "published": to_date(article.published),
        "published_source": article.published_source,
        "path": article.path,
        "line": article.line,
        "text": article.text,
        "input_hash": input_hash,
        "n_records": n_records,
        "original_id": article.id,
        "copy_similarity": None,
        "run_id": run_id,
        "ingested_at": now,
        "record": record_dict(article),
    })


def _source_cols(source: Any) -> dict[str, Any]:
    if source is None:
        return {"source_name": None, "source_entity": None, "source_cue": None}
    return {"source_name": source.name, "source_entity": source.entity, "source_cue": source.cue}


def record_row(record: Record, article_id: str, ord_: int, text: str) -> dict[str, Any]:
    """The row of a time, claim, entity or statement record."""
    start, end = _span(getattr(record, "span", None))
    row: dict[str, Any] = {
        "article_id": article_id,
        "ord": ord_,
        "span_start": start,
        "span_end": end,
        "text": getattr(record, "text", None),
        "record": record_dict(record),
    }
    if isinstance(record, TimeRecord):
        row.update(timex_type=record.timex_type, value=record.value, start=to_date(record.start), end=to_date(record.end))
    elif isinstance(record, ClaimRecord):
        q, src, tm = record.quantity, record.source, record.time
        s_start, s_end = _span(record.sentence_span)
        src_start, src_end = _span(src.span if src is not None else None)
        row.update(
            sentence_start=s_start,
            sentence_end=s_end,
            sentence=_cut(text, record.sentence_span),
            value=_num(q.value),
            low=_num(q.low),
            high=_num(q.high),
            bound=q.bound,
            unit=q.unit,
            change=q.change,
            measure=record.measure,
            subject=record.subject,
            source_start=src_start,
            source_end=src_end,
            time_start=to_date(tm.start) if tm else None,
            time_end=to_date(tm.end) if tm else None,
            time_text=tm.text if tm else None,
            time_kind=tm.kind if tm else None,
            statement_date=to_date(record.statement_date),
            same_as=None,
            **_source_cols(src),
        )
    elif isinstance(record, EntityRecord):
        row.update(label=record.label, canonical=record.canonical, country=record.country)
    elif isinstance(record, StatementRecord):
        row.update(cue=record.cue, direct=bool(record.direct), **_source_cols(record.source))
    return _flat(row)


def error_row(error: ErrorRecord, run_id: int | None, now: dt.datetime) -> dict[str, Any]:
    key = hashlib.sha256(
        "\x1f".join(str(v) for v in (error.article_id, error.path, error.line, error.message)).encode("utf-8")
    ).hexdigest()
    return _flat({
        "key": key,
        "article_id": error.article_id,
        "path": error.path,
        "line": error.line,
        "message": error.message,
        "run_id": run_id,
        "created_at": now,
        "record": record_dict(error),
    })


def from_row(record_json: Any) -> Record:
    """The record a row's JSON holds (a str on backends without native JSON)."""
    if isinstance(record_json, str):
        import json

        record_json = json.loads(record_json)
    return record_from_dict(record_json)
