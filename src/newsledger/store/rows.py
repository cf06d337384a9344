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

from ..records import KIND_BY_NAME, ArticleRecord, ErrorRecord, Record, record_from_dict
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


# A record's value as its column type wants it. A value that does not fit (a
# malformed date from a component) goes in as NULL; the JSON still has it.
_COERCE = {
    "float": _num,
    "date": to_date,
}


def record_row(record: Record, article_id: str, ord_: int, text: str) -> dict[str, Any]:
    """The row of a record of an article (a time, claim, entity, statement, ...), from its kind's columns."""
    start, end = _span(getattr(record, "span", None))
    row: dict[str, Any] = {
        "article_id": article_id,
        "ord": ord_,
        "span_start": start,
        "span_end": end,
        "text": getattr(record, "text", None),
        "record": record_dict(record),
    }
    for column in KIND_BY_NAME[record.TYPE].columns:
        value = column.get(record, text)
        coerce = _COERCE.get(column.type)
        row[column.name] = coerce(value) if coerce is not None and value is not None else value
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
