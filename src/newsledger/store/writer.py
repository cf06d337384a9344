"""Writing record lists into the store: atomic batches, idempotent, copy-aware.

One call of :func:`write_batch` is one transaction: every article in it is
written with all its records, or none is, so a killed ingest leaves only
complete articles behind. Articles already stored (same id) are skipped with
``ON CONFLICT DO NOTHING``, which is also what makes two concurrent ingests
safe. Writers take the store's write lock first (SQLite: ``BEGIN IMMEDIATE``;
PostgreSQL: an advisory transaction lock), so copy linking sees every article
committed before it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from ..records import ArticleRecord, ClaimRecord, ErrorRecord, Record
from . import dedup
from .engine import lock_for_write
from .rows import article_row, dumps, error_row, record_row, to_date
from .schema import (
    RECORD_TABLES,
    article_minhash,
    article_relations,
    articles,
    claim_articles,
    claims,
    entities,
    errors,
    lsh_bands,
    times,
)


_ROOT = articles.alias("root")


def _db_errors() -> tuple[type[BaseException], ...]:
    # COPY goes through psycopg directly, so its errors are not wrapped by SQLAlchemy.
    found: list[type[BaseException]] = [sa.exc.SQLAlchemyError, ValueError, TypeError, OverflowError]
    try:
        import psycopg

        found.append(psycopg.Error)
    except ImportError:  # pragma: no cover - psycopg is a dependency
        pass
    return tuple(found)


_DB_ERRORS = _db_errors()
# Caps on the LSH lookup per new article (see _Linker).
MAX_BAND_HITS = 400
MAX_CANDIDATES = 64
GROUP_PROBE = 16
# Similar articles checked for conflicting figures per new article, and how
# many of the conflicting ones (the most similar) are recorded as related:
# enough to show an update's series, bounded so that a long series does not
# make each article cost more than the last.
SCREEN_MAX = 16
RELATED_MAX = 4


@dataclass(frozen=True)
class Group:
    """The records of one input (its article first, or a lone error) and its input hash."""

    records: list[Record]
    input_hash: str | None = None
    signature: dedup.Signature | None = None
    fact_keys: tuple[int, ...] = ()
    """Keys of pairs of its figures (dedup.fact_keys): what finds a translated or cut-short copy."""


@dataclass
class WriteResult:
    """What one batch did."""

    added: list[str] = field(default_factory=list)
    skipped: int = 0
    failed: int = 0
    copies: int = 0
    errors: list[str] = field(default_factory=list)
    updates: int = 0
    """Articles recorded as updates of a similar report (near-identical text, other figures or dates)."""


def _insert(conn: Connection, table: sa.Table):
    """A dialect INSERT that supports ON CONFLICT DO NOTHING."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def _bulk_insert(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows fast: COPY on PostgreSQL, executemany on SQLite.

    Only for rows that cannot conflict (fresh ids under the write lock).
    PostgreSQL's executemany sends a statement per row and psycopg parses a
    multi-row VALUES statement slowly; COPY streams them in one go.
    """
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(sa.insert(table), rows)
        return
    names = list(rows[0])
    json_cols = {c.name for c in table.columns if isinstance(c.type, sa.JSON)}
    cursor = conn.connection.driver_connection.cursor()
    quoted = ", ".join(f'"{n}"' for n in names)
    with cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([dumps(row[n]) if n in json_cols and row[n] is not None else row[n] for n in names])


def _new_ids(conn: Connection, table: sa.Table, n: int) -> list[int]:
    """``n`` fresh primary keys for ``table``, taken under the write lock."""
    if n == 0:
        return []
    if conn.dialect.name == "postgresql":
        return list(
            conn.execute(
                sa.text(f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) FROM generate_series(1, :n)"),
                {"n": n},
            ).scalars()
        )
    # SQLite: the writer holds the database's only write lock (BEGIN IMMEDIATE).
    top = conn.execute(sa.select(sa.func.max(table.c.id))).scalar() or 0
    return list(range(top + 1, top + 1 + n))


def prepare_groups(groups: Iterable[tuple[list[Record], str | None]]) -> list[Group]:
    """Groups with their MinHash signatures, computed outside the write lock."""
    out = []
    for records, input_hash in groups:
        head = records[0] if records else None
        sig = dedup.signature(head.text) if isinstance(head, ArticleRecord) else None
        figures = [
            dedup.figure_key(r.quantity.value, r.quantity.unit)
            for r in records[1:]
            if isinstance(r, ClaimRecord) and r.quantity.value is not None
        ]
        out.append(Group(records, input_hash, sig, dedup.fact_keys(figures) if sig is not None else ()))
    return out


def write_batch(engine: Engine, groups: list[Group], run_id: int | None = None) -> WriteResult:
    """Write a batch in one transaction; if it fails, write article by article.

    A group that cannot be stored even alone becomes an error row: one bad
    article never aborts the others.
    """
    try:
        with engine.begin() as conn:
            return _write(conn, groups, run_id)
    except _DB_ERRORS:
        pass  # find the article the database refused; the others go in
    result = WriteResult()
    for group in groups:
        try:
            with engine.begin() as conn:
                one = _write(conn, [group], run_id)
        except _DB_ERRORS as exc:
            head = group.records[0]
            article_id = getattr(head, "id", None) or getattr(head, "article_id", None)
            message = f"{getattr(head, 'path', None) or article_id}: cannot store ({type(exc).__name__}: {exc})"
            err = ErrorRecord(article_id, message[:2000], getattr(head, "path", None), getattr(head, "line", None))
            with engine.begin() as conn:
                _write(conn, [Group([err])], run_id)
            one = WriteResult(failed=1, errors=[message])
        result.errors += one.errors
        result.added += one.added
        result.skipped += one.skipped
        result.failed += one.failed
        result.copies += one.copies
        result.updates += one.updates
    return result


def _write(conn: Connection, groups: list[Group], run_id: int | None) -> WriteResult:
    lock_for_write(conn)
    now = dt.datetime.now(dt.timezone.utc)
    result = WriteResult()
    error_rows: list[dict[str, Any]] = []
    wanted: dict[str, Group] = {}
    for group in groups:
        for rec in group.records:
            if isinstance(rec, ErrorRecord):
                error_rows.append(error_row(rec, run_id, now))
                result.errors.append(rec.message)
        head = group.records[0] if group.records else None
        if isinstance(head, ArticleRecord):
            if head.id in wanted:
                result.skipped += 1
            else:
                wanted[head.id] = group
        else:
            result.failed += 1
    if error_rows:
        conn.execute(_insert(conn, errors).on_conflict_do_nothing(index_elements=["key"]), error_rows)
    if not wanted:
        return result

    arows = []
    for group in wanted.values():
        head = group.records[0]
        body = [r for r in group.records[1:] if r.TYPE in RECORD_TABLES]
        arows.append(article_row(head, input_hash=group.input_hash, n_records=len(body), run_id=run_id, now=now))
    # One multi-row INSERT; rows that hit an existing id are skipped and not
    # returned, which is how a concurrent or repeated ingest learns they exist.
    stmt = (
        _insert(conn, articles)
        .on_conflict_do_nothing(index_elements=["id"])
        .returning(articles.c.id, articles.c.seq)
    )
    inserted = {r.id: r.seq for r in conn.execute(stmt, arows)}
    result.skipped += len(wanted) - len(inserted)

    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in RECORD_TABLES}
    for article_id in wanted:
        if article_id not in inserted:
            continue
        group = wanted[article_id]
        head = group.records[0]
        for ord_, rec in enumerate(group.records[1:]):
            if rec.TYPE in RECORD_TABLES:
                rows[rec.TYPE].append(record_row(rec, article_id, ord_, head.text))
    new_claims: dict[str, list[_ClaimKey]] = {}
    for type_, table_rows in rows.items():
        if not table_rows:
            continue
        table = RECORD_TABLES[type_]
        if table is claims:
            ids = _new_ids(conn, claims, len(table_rows))
            for cid, r in zip(ids, table_rows):
                r["id"] = cid
            _bulk_insert(conn, claims, table_rows)
            _bulk_insert(
                conn, claim_articles, [{"claim_id": cid, "article_id": r["article_id"]} for cid, r in zip(ids, table_rows)]
            )
            for cid, r in zip(ids, table_rows):
                new_claims.setdefault(r["article_id"], []).append(_ClaimKey(*(r[c] for c in _CLAIM_KEY_COLS)))
        else:
            _bulk_insert(conn, table, table_rows)

    linker = _Linker(conn, new_claims, _facts_of_rows(rows))
    linker.prefetch([wanted[a] for a in wanted if a in inserted])
    for article_id in wanted:
        if article_id in inserted and linker.link(wanted[article_id], inserted[article_id]):
            result.copies += 1
    linker.flush()
    result.updates = len(linker.updated)
    result.added = [a for a in wanted if a in inserted]
    return result


# -- republished copies ------------------------------------------------------
def _order_key(published: dt.date | None, seq: int) -> tuple[dt.date, int]:
    # Earliest copy: by publication date (unknown dates last), then ingest order.
    return (published or dt.date.max, seq)


_CLAIM_KEY_COLS = ("id", "article_id", "value", "unit", "change", "measure", "time_start", "time_end", "time_kind")


@dataclass(frozen=True)
class _ClaimKey:
    """What copy linking needs of a claim."""

    id: int
    article_id: str
    value: float | None
    unit: str | None
    change: str | None
    measure: str | None
    time_start: dt.date | None = None
    time_end: dt.date | None = None
    time_kind: str | None = None


def _claim_key_cols() -> list[sa.Column]:
    return [claims.c[name] for name in _CLAIM_KEY_COLS]


# -- copies against updates --------------------------------------------------
# Reports from one template (daily bulletins, weekly market notes) share most
# of their words and so most of their shingles: similarity alone cannot tell
# a republished copy from the next day's report. What can is what they say: a
# copy repeats the figures and dates of its original, or some of them when
# cut short; an update gives another figure for the same thing (52 killed,
# not 40), or names other dates.
_DATE_TYPES = ("DATE", "TIME")


@dataclass(frozen=True)
class Facts:
    """What an article states, as far as telling a copy from an update needs."""

    figures: dict[str, frozenset[tuple[Any, ...]]]
    """By measure (lowercased): the (value, unit) of each claim; (low, high) stand in for a missing value."""
    dates: tuple[tuple[str, dt.date | None, dt.date | None], ...]
    """(text as written, lowercased; start; end) of each date or time it names."""
    values: frozenset[str] = frozenset()
    """Its figures whatever they count (dedup.figure_key), as the figure keys see them."""
    names: frozenset[str] = frozenset()
    """The people, places and organisations it names (lowercased, canonical where known)."""


class _FactsOf:
    """Gathers one article's facts, from stored rows or from its records alike."""

    def __init__(self) -> None:
        self.figures: dict[str, set[tuple[Any, ...]]] = {}
        self.dates: list[tuple[str, dt.date | None, dt.date | None]] = []
        self.values: set[str] = set()
        self.names: set[str] = set()

    def claim(self, value: Any, low: Any, high: Any, unit: str | None, measure: str | None) -> None:
        # Not the change (see dedup.figure_key): "71 villages still cut off" read
        # as a decrease in one wording must not make its translation an update.
        figure: Any = value if value is not None else (low, high)
        if figure != (None, None):
            self.figures.setdefault(_measure(measure), set()).add((figure, (unit or "").lower() or None))
        if value is not None:
            self.values.add(dedup.figure_key(value, unit))

    def time(self, text: str | None, timex_type: str | None, value: str | None, start: Any, end: Any) -> None:
        # "now" is the publication date over again, not a date the report names.
        if timex_type in _DATE_TYPES and value != "PRESENT_REF":
            self.dates.append((" ".join((text or "").lower().split()), to_date(start), to_date(end)))

    def entity(self, text: str | None, canonical: str | None) -> None:
        name = " ".join((canonical or text or "").lower().split())
        if name:
            self.names.add(name)

    def facts(self) -> Facts:
        return Facts(
            {m: frozenset(v) for m, v in self.figures.items()},
            tuple(self.dates),
            frozenset(self.values),
            frozenset(self.names),
        )


def facts_to_json(facts: Facts) -> dict[str, Any]:
    """Facts as article_minhash.facts stores them."""
    return {
        "figures": {m: [[list(f[0]) if isinstance(f[0], tuple) else f[0], f[1]] for f in v]
                    for m, v in facts.figures.items()},
        "dates": [[t, s.isoformat() if s else None, e.isoformat() if e else None] for t, s, e in facts.dates],
        "values": sorted(facts.values),
        "names": sorted(facts.names),
    }


def facts_from_json(data: Any) -> Facts:
    """Facts back from article_minhash.facts (JSON text on SQLite, jsonb on PostgreSQL)."""
    if isinstance(data, str):
        data = json.loads(data)
    return Facts(
        {m: frozenset((tuple(f[0]) if isinstance(f[0], list) else f[0], f[1]) for f in v)
         for m, v in data["figures"].items()},
        tuple((t, to_date(s), to_date(e)) for t, s, e in data["dates"]),
        frozenset(data["values"]),
        frozenset(data["names"]),
    )


def _facts_of_rows(rows: dict[str, list[dict[str, Any]]]) -> dict[str, Facts]:
    """The facts of new articles from the rows just written (what load_facts would read back)."""
    found: dict[str, _FactsOf] = {}
    for r in rows.get("claim", ()):
        found.setdefault(r["article_id"], _FactsOf()).claim(r["value"], r["low"], r["high"], r["unit"], r["measure"])
    for r in rows.get("time", ()):
        found.setdefault(r["article_id"], _FactsOf()).time(r["text"], r["timex_type"], r["value"], r["start"], r["end"])
    for r in rows.get("entity", ()):
        found.setdefault(r["article_id"], _FactsOf()).entity(r["text"], r["canonical"])
    return {a: f.facts() for a, f in found.items()}


def load_facts(conn: Connection, ids: Iterable[str]) -> dict[str, Facts]:
    """The figures, dates and names of stored articles (an article with none gets empty facts)."""
    ids = list(dict.fromkeys(ids))
    found = {a: _FactsOf() for a in ids}
    for i in range(0, len(ids), 400):
        chunk = ids[i : i + 400]
        for r in conn.execute(
            sa.select(claims.c.article_id, claims.c.value, claims.c.low, claims.c.high, claims.c.unit, claims.c.measure)
            .where(claims.c.article_id.in_(chunk))
        ):
            found[r.article_id].claim(r.value, r.low, r.high, r.unit, r.measure)
        for r in conn.execute(
            sa.select(times.c.article_id, times.c.text, times.c.timex_type, times.c.value, times.c.start, times.c.end)
            .where(times.c.article_id.in_(chunk), times.c.timex_type.in_(_DATE_TYPES))
        ):
            found[r.article_id].time(r.text, r.timex_type, r.value, r.start, r.end)
        for r in conn.execute(
            sa.select(entities.c.article_id, entities.c.text, entities.c.canonical).where(entities.c.article_id.in_(chunk))
        ):
            found[r.article_id].entity(r.text, r.canonical)
    return {a: f.facts() for a, f in found.items()}


def _measure(text: str | None) -> str:
    return " ".join((text or "").lower().split())


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)


def content_words(text: str) -> frozenset[str]:
    """The words of four letters or more of a text, lowercased: the vocabulary of its story."""
    return frozenset(_CONTENT_WORD.findall(text.lower()))


def word_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller vocabulary found in the other (1.0 for a copy cut short)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _unmatched_dates(a: tuple, b: tuple) -> tuple[list, list]:
    """The dates of each side that the other does not name, matched one to one.

    The same words ("on Sunday", "yesterday") in a copy published a day later
    may resolve to another day, so words are matched first; then the rest by
    resolved interval, since a re-edit may reword a date ("Monday" for "Monday
    morning"). One to one: the day-1 bulletin's "tomorrow" must not stand for
    the day-2 bulletin's "Tuesday" once it has matched day 2's own "tomorrow".
    """
    left, right = list(a), list(b)
    for key in (lambda d: d[0] or None, lambda d: (d[1], d[2]) if (d[1], d[2]) != (None, None) else None):
        rest = []
        for x in left:
            k = key(x)
            hit = next((i for i, y in enumerate(right) if k is not None and key(y) == k), None)
            if hit is None:
                rest.append(x)
            else:
                right.pop(hit)
        left = rest
    return left, right


def conflict(a: Facts, b: Facts) -> str | None:
    """Why two near-identical articles are different reports ('figures', 'dates'), or None.

    Figures conflict when, for a measure both give (a named one), each states
    a figure the other does not; dates when each names a date the other does not. A copy
    cut short states a subset of its original's; a credit line or a
    background figure on one side only, or a measure worded otherwise by a
    re-edit or a translation, is still the same report.
    """
    # A figure whose measure is unknown may count anything: nothing to compare it with.
    for measure in (a.figures.keys() & b.figures.keys()) - {""}:
        mine, theirs = a.figures[measure], b.figures[measure]
        if mine - theirs and theirs - mine:
            return "figures"
    only_a, only_b = _unmatched_dates(a.dates, b.dates)
    if only_a and only_b:
        return "dates"
    return None


# A translated or rewritten copy is confirmed on what it states, since its
# phrasing differs: at least this many figures in common, most of the figures
# of the shorter of the two, and much of its vocabulary. The last keeps apart
# two stories about one town that happen to share their numbers: a
# translation back keeps most content words of the story (about half or more
# of them in benchmarks/copies.py), another story shares its names and a few
# common words (under 0.3 there).
FACT_MIN_FIGURES = 3
FACT_SHARE = 0.8
FACT_MIN_WORDS = 0.35


def same_report(a: Facts, b: Facts, overlap: float) -> bool:
    """Whether two articles that share few word sequences tell the same report (a translation, a rewrite).

    They must not conflict, must share at least FACT_MIN_FIGURES figures and
    FACT_SHARE of the figures of the one with fewer, must share FACT_MIN_WORDS
    of their vocabulary (``overlap``, see word_overlap), and, when both name
    people, places or organisations, must name at least one alike.
    """
    if overlap < FACT_MIN_WORDS or conflict(a, b) is not None:
        return False
    shared = a.values & b.values
    if len(shared) < FACT_MIN_FIGURES or len(shared) < FACT_SHARE * min(len(a.values), len(b.values)):
        return False
    return not (a.names and b.names and not a.names & b.names)


def _index_keys(group: Group) -> list[tuple[int, int]]:
    """(band, key) of an article in lsh_bands: its MinHash bands, then its figure keys."""
    assert group.signature is not None
    return [*enumerate(group.signature.keys), *((dedup.FACT_BAND, k) for k in group.fact_keys)]


class _Linker:
    """Copy linking for one batch: one LSH lookup for the whole batch, then per article.

    Band keys are looked up for every new article at once; articles of the
    same batch find each other in memory. A copy stores only the band keys
    that no stored article has yet: keys it shares are already found through
    its group, so a large group of near-identical reports does not make any
    key's list grow, and each lookup stays O(1). An article that is no copy
    (an original, or an update of a similar report) stores all its keys: its
    own copies must find it, not only the report it updates.
    """

    def __init__(
        self, conn: Connection, new_claims: dict[str, list[_ClaimKey]], new_facts: dict[str, Facts] | None = None
    ) -> None:
        self.conn = conn
        self.new_claims = new_claims
        self.new_facts = new_facts or {}
        self.by_key: dict[tuple[int, int], list[str]] = {}
        self.sigs: dict[str, Any] = {}
        self.facts: dict[str, Facts] = {}
        self.bands: list[dict[str, Any]] = []
        self.minhashes: list[dict[str, Any]] = []
        self.original_claims: dict[str, list[_ClaimKey]] = {}
        self.links: list[dict[str, Any]] = []
        self.same_as: list[tuple[int, int]] = []
        self.relations: dict[tuple[str, str], dict[str, Any]] = {}
        self.updated: set[str] = set()
        self.vocab: dict[str, frozenset[str]] = {}
        self.texts: dict[str, str] = {}

    def prefetch(self, groups: list[Group]) -> None:
        """Look up the stored articles holding any band key of the batch, in a few queries."""
        pairs = sorted({p for g in groups if g.signature is not None for p in _index_keys(g)})
        for i in range(0, len(pairs), 400):  # stay well under any bind-parameter limit
            chunk = pairs[i : i + 400]
            for r in self.conn.execute(
                sa.select(lsh_bands.c.band, lsh_bands.c.key, lsh_bands.c.article_id)
                .where(sa.tuple_(lsh_bands.c.band, lsh_bands.c.key).in_(chunk))
                .limit(MAX_BAND_HITS * 10)
            ):
                self.by_key.setdefault((r.band, r.key), []).append(r.article_id)

    def _signatures(self, ids: list[str]) -> None:
        missing = [a for a in ids if a not in self.sigs]
        if missing:
            for r in self.conn.execute(
                sa.select(article_minhash.c.article_id, article_minhash.c.signature, article_minhash.c.facts).where(
                    article_minhash.c.article_id.in_(missing)
                )
            ):
                self.sigs[r.article_id] = dedup.from_bytes(r.signature)
                if r.facts is not None and r.article_id not in self.facts:
                    self.facts[r.article_id] = facts_from_json(r.facts)

    def _facts(self, ids: list[str]) -> dict[str, Facts]:
        missing = [a for a in ids if a not in self.facts]
        if missing:
            self.facts.update(load_facts(self.conn, missing))
        return {a: self.facts[a] for a in ids}

    def link(self, group: Group, seq: int) -> bool:
        head: ArticleRecord = group.records[0]  # type: ignore[assignment]
        sig = group.signature
        if sig is None:
            return False
        pairs = _index_keys(group)
        # Candidates that share the most bands first: under the cap, templated
        # reports sharing a few bands must not crowd out the copy's original.
        shared: dict[str, int] = {}
        by_figures: dict[str, int] = {}
        for p in pairs:
            for a in self.by_key.get(p, ()):
                if a != head.id:
                    shared[a] = shared.get(a, 0) + 1
                    if p[0] == dedup.FACT_BAND:
                        by_figures[a] = by_figures.get(a, 0) + 1
        cand = sorted(shared, key=lambda a: -shared[a])[:MAX_CANDIDATES]
        self._signatures(cand)
        self.sigs[head.id] = sig.values
        # Its facts and words are at hand: no need to read back what was just written.
        self.facts[head.id] = self.new_facts.get(head.id) or _FactsOf().facts()
        self.texts[head.id] = head.text
        self.minhashes.append(
            {"article_id": head.id, "signature": sig.to_bytes(), "facts": facts_to_json(self.facts[head.id])}
        )
        best = self._matches(sig.values, cand)
        if not best and cand:
            # A copy stores only its novel band keys, so a copy of a copy may
            # reach the group through its original alone and fall under the
            # threshold there: try the latest members of the groups it hit.
            members = self.conn.execute(
                sa.select(articles.c.id)
                .where(
                    articles.c.original_id.in_(sa.select(articles.c.original_id).where(articles.c.id.in_(cand))),
                    articles.c.id.not_in([*cand, head.id]),
                )
                .order_by(articles.c.seq.desc())
                .limit(GROUP_PROBE)
            ).scalars().all()
            self._signatures(list(members))
            best = self._matches(sig.values, list(members))
        best = self._screen(head.id, best)
        if not best:
            best = self._same_facts(head.id, [a for a in cand if by_figures.get(a, 0) >= dedup.FACT_MIN_PAIRS])
        joined = bool(best) and self._join(head, seq, best)
        for p in pairs:
            holders = self.by_key.setdefault(p, [])
            if not holders or (not joined and head.id not in holders):
                self.bands.append({"band": p[0], "key": p[1], "article_id": head.id})
                holders.append(head.id)
        return joined

    def _matches(self, values: Any, ids: list[str]) -> dict[str, float]:
        found = {}
        for a in ids:
            if a in self.sigs:
                sim = dedup.similarity(values, self.sigs[a])
                if sim >= dedup.THRESHOLD:
                    found[a] = sim
        return found

    def _same_facts(self, article_id: str, ids: list[str]) -> dict[str, float]:
        """The articles sharing its figures that are copies in other words (see same_report)."""
        if not ids:
            return {}
        facts = self._facts([article_id, *ids])
        words = self._words([article_id, *ids])
        mine = self.sigs[article_id]
        return {
            a: dedup.similarity(mine, self.sigs[a])
            for a in ids
            if a in self.sigs and same_report(facts[article_id], facts[a], word_overlap(words[article_id], words[a]))
        }

    def _words(self, ids: list[str]) -> dict[str, frozenset[str]]:
        for a in ids:
            if a not in self.vocab and a in self.texts:
                self.vocab[a] = content_words(self.texts[a])
        missing = [a for a in ids if a not in self.vocab]
        if missing:
            for r in self.conn.execute(sa.select(articles.c.id, articles.c.text).where(articles.c.id.in_(missing))):
                self.vocab[r.id] = content_words(r.text)
        return {a: self.vocab.get(a, frozenset()) for a in ids}

    def _screen(self, article_id: str, similar: dict[str, float]) -> dict[str, float]:
        """The similar articles that are copies; the others are recorded as updates."""
        if not similar:
            return similar
        # The most similar first, and only so many: in a long series of
        # templated bulletins every one is similar to dozens of others, and
        # the copy a new article is of is among the closest.
        ranked = sorted(similar, key=lambda a: -similar[a])[:SCREEN_MAX]
        facts = self._facts([article_id, *ranked])
        copies = {}
        related = 0
        for other in ranked:
            why = conflict(facts[article_id], facts[other])
            if why is None:
                copies[other] = similar[other]
            elif related < RELATED_MAX:
                self._relate(article_id, other, similar[other], why)
                related += 1
        return copies

    def _relate(self, article_id: str, other: str, sim: float | None, why: str) -> None:
        self.updated.add(article_id)
        self.relations.setdefault(
            (article_id, other),
            {"article_id": article_id, "related_id": other, "kind": "update", "reason": why, "similarity": sim},
        )

    def _join(self, head: ArticleRecord, seq: int, best: dict[str, float]) -> bool:
        conn = self.conn
        root = _ROOT
        found = conn.execute(
            sa.select(root.c.id, root.c.published, root.c.seq)
            .select_from(articles.join(root, root.c.id == articles.c.original_id))
            .where(articles.c.id.in_(list(best)))
        ).all()
        roots = {r.id: r for r in found}
        # A copy's claims are matched to its group's original: a report that
        # agrees with one of the group's copies but not with the original
        # (a cut-short copy lacks the very figure that changed) updates it.
        unchecked = [r for r in roots if r not in best]
        if unchecked:
            self._signatures(unchecked)
            facts = self._facts([head.id, *unchecked])
            for r in unchecked:
                why = conflict(facts[head.id], facts[r])
                if why is not None:
                    base = self.sigs.get(r)
                    self._relate(head.id, r, dedup.similarity(self.sigs[head.id], base) if base is not None else None, why)
                    del roots[r]
        if len(roots) > 1:
            # Joining groups makes one report of them: never two whose
            # originals conflict (a rewrite that agrees with a bulletin and
            # with its follow-up, each on what it names).
            facts = self._facts(list(roots))
            kept: list[str] = []
            for r in sorted(roots, key=lambda r: _order_key(roots[r].published, roots[r].seq)):
                if all(conflict(facts[r], facts[k]) is None for k in kept):
                    kept.append(r)
            roots = {r: roots[r] for r in kept}
        if not roots:
            return False
        earliest_root = min(roots.values(), key=lambda m: _order_key(m.published, m.seq))
        if len(roots) == 1 and _order_key(earliest_root.published, earliest_root.seq) < _order_key(
            to_date(head.published), seq
        ):
            # The usual case: a later copy joins one group whose original stays.
            self._signatures([earliest_root.id])
            base = self.sigs.get(earliest_root.id)
            sim = dedup.similarity(self.sigs[head.id], base) if base is not None else None
            conn.execute(
                sa.update(articles)
                .where(articles.c.id == head.id)
                .values(original_id=earliest_root.id, copy_similarity=sim)
            )
            self._link_new_copy(earliest_root.id, head.id)
            return True
        # The new article is earlier than the group's original, or joins
        # groups: the earliest of all becomes the original of every member.
        self.flush()
        members = conn.execute(
            sa.select(articles.c.id, articles.c.published, articles.c.seq).where(
                sa.or_(articles.c.original_id.in_(list(roots)), articles.c.id == head.id)
            )
        ).all()
        earliest = min(members, key=lambda m: _order_key(m.published, m.seq)).id
        ids = [m.id for m in members]
        conn.execute(sa.update(articles).where(articles.c.id.in_(ids)).values(original_id=earliest))
        _set_similarities(conn, earliest, ids)
        relink_claims(conn, earliest)
        self.original_claims.clear()
        return True

    def _link_new_copy(self, original_id: str, copy_id: str) -> None:
        """Match a brand-new copy's claims to its original's (its own links exist already)."""
        if original_id not in self.original_claims:
            self.original_claims[original_id] = [
                _ClaimKey(*r)
                for r in self.conn.execute(
                    sa.select(*_claim_key_cols()).where(claims.c.article_id == original_id).order_by(claims.c.ord)
                )
            ]
        for c, o in _match_claims(self.original_claims[original_id], self.new_claims.get(copy_id, [])):
            self.links.append({"claim_id": o, "article_id": copy_id})
            self.same_as.append((c, o))

    def flush(self) -> None:
        """Write the signatures, band keys, claim links and relations gathered so far."""
        _bulk_insert(self.conn, claim_articles, self.links)
        self.links = []
        _set_same_as(self.conn, self.same_as)
        self.same_as = []
        if self.minhashes:
            _bulk_insert(self.conn, article_minhash, self.minhashes)
            self.minhashes = []
        if self.bands:
            _bulk_insert(self.conn, lsh_bands, self.bands)
            self.bands = []
        if self.relations:
            self.conn.execute(
                _insert(self.conn, article_relations).on_conflict_do_nothing(), list(self.relations.values())
            )
            self.relations = {}



def _set_same_as(conn: Connection, pairs: list[tuple[int, int | None]]) -> None:
    """claims.same_as for many claims in one statement."""
    if not pairs:
        return
    if conn.dialect.name == "postgresql":
        conn.execute(
            sa.text(
                "UPDATE claims SET same_as = d.target FROM "
                "(SELECT unnest(CAST(:ids AS bigint[])) AS cid, unnest(CAST(:targets AS bigint[])) AS target) d "
                "WHERE claims.id = d.cid"
            ),
            {"ids": [c for c, _ in pairs], "targets": [t for _, t in pairs]},
        )
        return
    conn.execute(
        sa.update(claims).where(claims.c.id == sa.bindparam("cid")).values(same_as=sa.bindparam("target")),
        [{"cid": c, "target": t} for c, t in pairs],
    )


def _set_similarities(conn: Connection, original_id: str, ids: list[str]) -> None:
    """copy_similarity: each copy's estimated Jaccard similarity to its group's original."""
    sigs = {
        r.article_id: dedup.from_bytes(r.signature)
        for r in conn.execute(
            sa.select(article_minhash.c.article_id, article_minhash.c.signature).where(
                article_minhash.c.article_id.in_([original_id, *ids])
            )
        )
    }
    base = sigs.get(original_id)
    values = [
        {"aid": a, "sim": None if a == original_id or base is None or a not in sigs else dedup.similarity(base, sigs[a])}
        for a in ids
    ]
    if values:
        conn.execute(
            sa.update(articles).where(articles.c.id == sa.bindparam("aid")).values(copy_similarity=sa.bindparam("sim")),
            values,
        )


def _match_claims(originals: list[Any], copy_claims: list[Any]) -> list[tuple[int, int]]:
    """(copy claim id, original claim id) pairs: the same figure of the same thing at the same time.

    Only a claim that agrees on value, unit, change, measure (case-insensitive)
    and time (start, end and kind) is the same claim. There is no looser
    fallback: '77 roads' is not 'about 77 homes', and a folded claim is hidden
    from the default listing.
    """
    free: dict[tuple, list[int]] = {}
    for o in originals:
        if o.value is not None:
            free.setdefault(_claim_key(o), []).append(o.id)
    matched: list[tuple[int, int]] = []
    for c in copy_claims:
        if c.value is None:
            continue
        left = free.get(_claim_key(c))
        if left:
            matched.append((c.id, left.pop(0)))
    return matched


def _claim_key(row: Any) -> tuple:
    return (row.value, row.unit, row.change, _measure(row.measure), to_date(row.time_start), to_date(row.time_end), row.time_kind)


def relink_claims(conn: Connection, original_id: str, copies: list[str] | None = None) -> None:
    """Point each copy's claims at the matching claims of the earliest copy.

    A copy's claim matches an original claim only when they agree on value,
    unit, change, measure (case-insensitive) and time (see _match_claims);
    each original claim is matched at most once per copy, in text order.
    claim_articles then lists, for each original claim, every article that
    carries it. ``copies`` limits the work to those copies (a new copy joining
    a group); by default every member of the group is relinked.
    """
    if copies is None:
        copies = list(conn.execute(sa.select(articles.c.id).where(articles.c.original_id == original_id)).scalars())
        # The original's own claims point nowhere else.
        conn.execute(sa.update(claims).where(claims.c.article_id == original_id).values(same_as=None))
    copies = [a for a in copies if a != original_id]
    if not copies:
        return
    cols = _claim_key_cols()
    rows = conn.execute(
        sa.select(*cols).where(claims.c.article_id.in_(copies)).order_by(claims.c.article_id, claims.c.ord)
    ).all()
    originals = conn.execute(sa.select(*cols).where(claims.c.article_id == original_id).order_by(claims.c.ord)).all()
    links: list[dict[str, Any]] = [{"claim_id": r.id, "article_id": r.article_id} for r in rows]
    same_as: dict[int, int | None] = {r.id: None for r in rows}
    by_article: dict[str, list[Any]] = {}
    for r in rows:
        by_article.setdefault(r.article_id, []).append(r)
    for article_id, copy_claims in by_article.items():
        for c, o in _match_claims(originals, copy_claims):
            same_as[c] = o
            links.append({"claim_id": o, "article_id": article_id})
    conn.execute(sa.delete(claim_articles).where(claim_articles.c.article_id.in_(copies)))
    if links:
        conn.execute(_insert(conn, claim_articles).on_conflict_do_nothing(), links)
    _set_same_as(conn, list(same_as.items()))


def repair_copy_links(conn: Connection) -> int:
    """Undo the copy links of a store written before copies were told from updates.

    Copy linking used to trust similarity alone and to match claims on their
    value alone when measures differed, so a templated report could be
    folded into another one and its claims hidden. Each copy whose figures
    or dates conflict with its group's original becomes an article of its
    own, recorded as an update of the original; every group's claims are
    then matched again under the strict rule. Returns how many copies were
    split off.
    """
    groups: dict[str, list[str]] = {}
    for r in conn.execute(
        sa.select(articles.c.id, articles.c.original_id).where(
            articles.c.original_id.is_not(None), articles.c.original_id != articles.c.id
        )
    ):
        groups.setdefault(r.original_id, []).append(r.id)
    split = 0
    for root_id, members in groups.items():
        facts = load_facts(conn, [root_id, *members])
        updates = [(m, why) for m in members if (why := conflict(facts[m], facts[root_id])) is not None]
        for member, why in updates:
            sim = conn.execute(sa.select(articles.c.copy_similarity).where(articles.c.id == member)).scalar()
            conn.execute(
                sa.update(articles).where(articles.c.id == member).values(original_id=member, copy_similarity=None)
            )
            conn.execute(
                _insert(conn, article_relations).on_conflict_do_nothing(),
                [{"article_id": member, "related_id": root_id, "kind": "update", "reason": why, "similarity": sim}],
            )
            own = conn.execute(sa.select(claims.c.id).where(claims.c.article_id == member)).scalars().all()
            conn.execute(sa.delete(claim_articles).where(claim_articles.c.article_id == member))
            if own:
                conn.execute(sa.insert(claim_articles), [{"claim_id": c, "article_id": member} for c in own])
            conn.execute(sa.update(claims).where(claims.c.article_id == member).values(same_as=None))
            split += 1
        relink_claims(conn, root_id)
    return split
