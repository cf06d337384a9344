"""Read side of the ledger: articles, claims with filters, one article, table export.

Rows come back as plain dicts with JSON-ready values (dates as ISO strings),
the shape the CLI prints as a table, JSON Lines or CSV.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.ext.compiler import compiles

from ..errors import StoreError
from ..lang.en.measures import SYNONYM_STEMS
from ..lang.en import series as series_words
from ..records import ArticleRecord, Record
from .rows import from_row
from .schema import RECORD_TABLES, TABLES, article_relations, articles, claim_articles, claims, errors

def _series_ucdp() -> Any:
    # One row per series and date, shaped as UCDP's low / best / high estimates.
    from .schema import series, series_estimates

    return (
        sa.select(
            series.c.id.label("series_id"), series.c.label, series.c.measure_class, series.c.subject, series.c.place,
            series.c.unit, series_estimates.c.date, series_estimates.c.low, series_estimates.c.best,
            series_estimates.c.high, series_estimates.c.sources,
        )
        .join(series_estimates, series_estimates.c.series_id == series.c.id)
        .order_by(series.c.id, series_estimates.c.date)
    )


# Exports shaped for other tools, beside the tables themselves.
EXPORT_VIEWS = {"series_ucdp": _series_ucdp}

EXPORT_TABLES = tuple(sorted([*TABLES, *EXPORT_VIEWS]))
"""Tables export can write; ``records`` is the record contract as JSON Lines."""


def plain(value: Any) -> Any:
    """A column value as JSON would want it."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def _row(mapping: Any) -> dict[str, Any]:
    return {k: plain(v) for k, v in mapping.items()}


def list_articles(conn: Connection, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Every article, newest first, with its record counts, the copy it follows and its related reports.

    ``related`` counts the near-identical articles that are updates of it or
    that it updates (other figures or dates), which are never its copies.
    """
    n_claims = (
        sa.select(sa.func.count()).select_from(claims).where(claims.c.article_id == articles.c.id).scalar_subquery()
    )
    copies = sa.select(sa.func.count()).select_from(articles.alias("c")).where(
        sa.literal_column("c.original_id") == articles.c.id, sa.literal_column("c.id") != articles.c.id
    ).scalar_subquery()
    related = sa.select(sa.func.count()).select_from(article_relations).where(
        sa.or_(article_relations.c.article_id == articles.c.id, article_relations.c.related_id == articles.c.id)
    ).scalar_subquery()
    stmt = (
        sa.select(
            articles.c.id,
            articles.c.published,
            articles.c.outlet,
            articles.c.origin_outlet,
            articles.c.title,
            n_claims.label("claims"),
            articles.c.n_records.label("records"),
            sa.case((articles.c.original_id != articles.c.id, articles.c.original_id), else_=None).label("copy_of"),
            copies.label("copies"),
            related.label("related"),
            articles.c.path,
        )
        .order_by(articles.c.published.desc().nulls_last(), articles.c.seq)
        .limit(limit)
    )
    return [_row(r._mapping) for r in conn.execute(stmt)]


def about_patterns(text: str) -> list[str]:
    """The substrings --about TEXT looks for: the text, and its synonyms for a single term."""
    term = text.strip().lower()
    found = [term]
    if " " not in term:
        for group in SYNONYM_STEMS:
            if any(stem in term for stem in group):
                found += [stem for stem in group if stem not in found]
    # a measure class named ("casualties", "killed or wounded") brings its phrases and those it covers
    classes = dict(series_words.MEASURE_CLASSES)
    for name, phrases in series_words.MEASURE_CLASSES:
        if term in phrases or term == name.replace("_", " "):
            for also in (name, *series_words.SEARCH_ALSO.get(name, ())):
                found += [p for p in classes[also] if p not in found]
    return found


def like_pattern(text: str) -> str:
    """A LIKE pattern that matches text as a substring (its % _ \\ escaped; use escape="\\")."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class _Contains(sa.sql.expression.ColumnElement[bool]):
    """``column ILIKE pattern ESCAPE '\\'``, written as each backend does it fastest."""

    type = sa.Boolean()
    inherit_cache = True

    def __init__(self, column: Any, pattern: str) -> None:
        self.column = column
        self.pattern = sa.bindparam(None, pattern, type_=sa.Text(), unique=True)

    def get_children(self, **kw: Any) -> Any:
        return (self.column, self.pattern)

    _traverse_internals = [("column", sa.sql.visitors.InternalTraversal.dp_clauseelement),
                           ("pattern", sa.sql.visitors.InternalTraversal.dp_clauseelement)]


@compiles(_Contains)
def _contains_ilike(element: _Contains, compiler: Any, **kw: Any) -> str:
    return f"{compiler.process(element.column, **kw)} ILIKE {compiler.process(element.pattern, **kw)} ESCAPE '\\'"


@compiles(_Contains, "sqlite")
def _contains_sqlite(element: _Contains, compiler: Any, **kw: Any) -> str:
    # SQLite's LIKE ignores the case of ASCII letters, as its lower() folds only those: the same
    # matches as SQLAlchemy's lower(x) LIKE lower(y), without a lowered copy of every value
    # (a third of the time of a claims search over five columns and a dozen synonyms).
    return f"{compiler.process(element.column, **kw)} LIKE {compiler.process(element.pattern, **kw)} ESCAPE '\\'"


def contains(column: Any, text: str) -> Any:
    """Whether ``column`` holds ``text`` as a substring, case-insensitively (a bound LIKE pattern)."""
    return _Contains(column, like_pattern(text))


@dataclass(frozen=True)
class ClaimFilter:
    """The filters of ``newsledger claims``; all optional, all combined with AND."""

    about: str | None = None
    source: str | None = None
    measure: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    article: str | None = None
    copies: bool = False
    """Also list the claims a republished copy repeats. By default such a claim is
    listed once, under the earliest copy: only a claim with the same value,
    unit, change, measure and time folds, so every other claim is listed."""


def find_claims(
    conn: Connection, flt: ClaimFilter, *, limit: int | None = None, offset: int = 0
) -> list[dict[str, Any]]:
    """Claims matching the filter, ordered by when they hold, then article and position.

    ``about`` matches the figure, measure, subject or sentence; ``source`` the
    source's name or canonical entity; ``measure`` the measure (all
    case-insensitive substrings). ``since``/``until`` keep the claims whose
    time interval overlaps [since, until]; a claim without a time falls back
    to its article's publication date.
    """
    carried = (
        sa.select(sa.func.count())
        .select_from(claim_articles)
        .where(claim_articles.c.claim_id == claims.c.id)
        .scalar_subquery()
    )
    start = sa.func.coalesce(claims.c.time_start, claims.c.time_end, articles.c.published)
    end = sa.func.coalesce(claims.c.time_end, claims.c.time_start, articles.c.published)
    # Rows go by the date a figure holds as of: a period's end, but no later than the
    # report ("this year" in a March report holds as of March, not December).
    holds = sa.case(
        (sa.and_(claims.c.time_end.is_not(None), articles.c.published.is_not(None),
                 claims.c.time_end > articles.c.published), articles.c.published),
        else_=end,
    )
    stmt = sa.select(
        claims.c.id,
        claims.c.article_id,
        articles.c.published,
        claims.c.text.label("figure"),
        claims.c.value,
        claims.c.low,
        claims.c.high,
        claims.c.bound,
        claims.c.unit,
        claims.c.change,
        claims.c.measure,
        claims.c.subject,
        claims.c.time_start,
        claims.c.time_end,
        claims.c.time_kind,
        claims.c.time_text,
        claims.c.time_basis,
        claims.c.source_name,
        claims.c.source_entity,
        claims.c.source_cue,
        claims.c.source_via,
        claims.c.statement_date,
        articles.c.outlet,
        carried.label("articles"),
        claims.c.same_as,
        claims.c.sentence,
    ).join(articles, articles.c.id == claims.c.article_id)
    if flt.about:
        # what the claim counts and who says it, not its whole sentence: "troops" in a
        # sentence about something else is not a claim about troops
        searched = (claims.c.text, claims.c.measure, claims.c.subject, claims.c.source_name, claims.c.source_entity)
        stmt = stmt.where(
            sa.or_(*(contains(col, p) for p in about_patterns(flt.about) for col in searched))
        )
    if flt.source:
        stmt = stmt.where(sa.or_(contains(claims.c.source_name, flt.source),
                                 contains(claims.c.source_entity, flt.source)))
    if flt.measure:
        stmt = stmt.where(contains(claims.c.measure, flt.measure))
    if flt.since:
        stmt = stmt.where(end >= flt.since)
    if flt.until:
        stmt = stmt.where(start <= flt.until)
    if flt.article:
        stmt = stmt.where(claims.c.article_id == flt.article)
    if not flt.copies:
        stmt = stmt.where(claims.c.same_as.is_(None))
    stmt = stmt.order_by(holds.nulls_last(), articles.c.seq, claims.c.ord).limit(limit).offset(offset or None)
    return [_row(r._mapping) for r in conn.execute(stmt)]


@dataclass(frozen=True)
class ArticleView:
    """One stored article with its records and its copies."""

    article: ArticleRecord
    records: list[Record]
    original_id: str | None
    copies: list[dict[str, Any]]
    errors: list[str]
    related: list[dict[str, Any]] = field(default_factory=list)
    """Near-identical articles that are not copies: updates of this one, or that it updates."""


def resolve_article_id(conn: Connection, given: str) -> str:
    """The full id for an id or a unique prefix of one (as git does for commits)."""
    exact = conn.execute(sa.select(articles.c.id).where(articles.c.id == given)).scalar()
    if exact is not None:
        return exact
    found = conn.execute(
        sa.select(articles.c.id).where(articles.c.id.like(like_pattern(given)[1:], escape="\\")).limit(2)
    ).scalars().all()
    if not found:
        raise StoreError(f"no article with id {given!r} in the store")
    if len(found) > 1:
        raise StoreError(f"{given!r} is the start of several article ids; give more of it")
    return found[0]


def get_article(conn: Connection, given: str) -> ArticleView:
    """An article and all its records, in text order."""
    article_id = resolve_article_id(conn, given)
    row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).one()
    article = from_row(row.record)
    assert isinstance(article, ArticleRecord)
    found: list[tuple[int, Record]] = []
    for table in RECORD_TABLES.values():
        for r in conn.execute(sa.select(table.c.ord, table.c.record).where(table.c.article_id == article_id)):
            found.append((r.ord, from_row(r.record)))
    found.sort(key=lambda pair: pair[0])
    copies = [
        _row(r._mapping)
        for r in conn.execute(
            sa.select(articles.c.id, articles.c.published, articles.c.outlet, articles.c.copy_similarity)
            .where(articles.c.original_id == row.original_id, articles.c.id != article_id)
            .order_by(articles.c.published, articles.c.seq)
        )
    ]
    errs = conn.execute(sa.select(errors.c.message).where(errors.c.article_id == article_id)).scalars().all()
    rel = article_relations
    other = sa.case((rel.c.article_id == article_id, rel.c.related_id), else_=rel.c.article_id)
    related = [
        _row(r._mapping)
        for r in conn.execute(
            sa.select(other.label("id"), rel.c.kind, rel.c.reason, rel.c.similarity, articles.c.published)
            .join(articles, articles.c.id == other)
            .where(sa.or_(rel.c.article_id == article_id, rel.c.related_id == article_id))
            .order_by(articles.c.published, articles.c.seq)
        )
    ]
    return ArticleView(
        article=article,
        records=[r for _, r in found],
        original_id=row.original_id,
        copies=copies,
        errors=list(errs),
        related=related,
    )


def _utc(value: Any) -> Any:
    # SQLite gives back naive datetimes; the store only ever writes UTC.
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        return value.replace(tzinfo=dt.timezone.utc)
    return value


def export_rows(
    conn: Connection, table_name: str, *, chunk: int = 1000, typed: bool = False
) -> Iterator[dict[str, Any]]:
    """Every row of a table, in primary-key order, JSON columns as JSON text.

    Dates and times are ISO strings (UTC), or date/datetime objects with ``typed``.

    The ``records`` pseudo-table gives each article's record contract form
    (article first, then its records), as ``newsledger extract`` prints it.
    """
    if table_name == "records":
        ids = conn.execute(sa.select(articles.c.id).order_by(articles.c.seq)).scalars().all()
        for article_id in ids:
            view = get_article(conn, article_id)
            yield view.article.to_dict()
            for record in view.records:
                yield record.to_dict()
        return
    stmt = _export_select(table_name)
    result = conn.execution_options(yield_per=chunk).execute(stmt)
    json_cols = {c.name for c in stmt.selected_columns if isinstance(c.type, sa.JSON) or "JSON" in type(c.type).__name__}
    for r in result:
        out = {}
        for key, value in r._mapping.items():
            if key in json_cols and value is not None and not isinstance(value, str):
                value = json.dumps(value, ensure_ascii=False)
            if typed and isinstance(value, (dt.date, dt.datetime)):
                out[key] = _utc(value)
            else:
                out[key] = plain(_utc(value))
        yield out


def _export_select(table_name: str) -> Any:
    if table_name in EXPORT_VIEWS:
        return EXPORT_VIEWS[table_name]()
    table = TABLES.get(table_name)
    if table is None:
        raise StoreError(f"no table {table_name!r}: choose one of {', '.join(EXPORT_TABLES)} or records")
    return sa.select(table).order_by(*table.primary_key.columns)


def arrow_schema(table_name: str):
    """The pyarrow schema of a table, from its column types (so empty chunks still type)."""
    import pyarrow as pa

    fields = []
    for col in _export_select(table_name).selected_columns:
        t = col.type
        if isinstance(t, sa.Boolean):
            at = pa.bool_()
        elif isinstance(t, (sa.Integer, sa.BigInteger, sa.SmallInteger)):
            at = pa.int64()
        elif isinstance(t, sa.Float):
            at = pa.float64()
        elif isinstance(t, sa.DateTime):
            at = pa.timestamp("us", tz="UTC")
        elif isinstance(t, sa.Date):
            at = pa.date32()
        elif isinstance(t, sa.LargeBinary):
            at = pa.string()
        else:
            at = pa.string()
        fields.append(pa.field(col.name, at))
    return pa.schema(fields)
