"""A synthetic ledger for the web UI's timings and tests: N articles with claims, times, entities,
statements, events and the series they make, written as rows straight into a migrated store.

Running the extractor over 10,000 texts takes an hour; the pages only read
rows, so the rows are made here from synthetic records (the record classes and
``store.rows`` turn them into rows exactly as an ingest does), copies are
marked as the copy linker would mark them, and the series are rebuilt from the
claims' keys at the end, as ``newsledger reconcile`` does.

Per article, about what the extractor finds in a wire report: 3 claims,
3 times, 5 entities, 2 statements, 1-2 events, and 150-300 words of text.
Events of the same type, place and day in several reports fold into one, and
about 3% of articles are republished copies of an earlier one.

>>> build("web.db", 10_000)     # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import sqlalchemy as sa

from newsledger.records import ArticleRecord, ClaimRecord, EntityRecord, StatementRecord, TimeRecord
from newsledger.records.event import Acled, Counts, EventPlace, EventRecord, EventTime, Party
from newsledger.records.parts import ClaimTime, Geo, Quantity, Source
from newsledger.reconcile.series_keys import article_series_keys
from newsledger.store import open_store
from newsledger.store import series as series_store
from newsledger.store.rows import article_row, record_row
from newsledger.store.schema import RECORD_TABLES, articles, claim_articles, claims

# (name, ISO alpha-3, lat, lon): the places events happen in.
PLACES = [
    ("Kyiv", "UKR", 50.45, 30.52), ("Kharkiv", "UKR", 49.99, 36.23), ("Khartoum", "SDN", 15.50, 32.56),
    ("Goma", "COD", -1.68, 29.23), ("Aleppo", "SYR", 36.20, 37.13), ("Mogadishu", "SOM", 2.04, 45.34),
    ("Port-au-Prince", "HTI", 18.54, -72.34), ("Kabul", "AFG", 34.53, 69.17), ("Sanaa", "YEM", 15.37, 44.19),
    ("Bamako", "MLI", 12.64, -8.00), ("Maiduguri", "NGA", 11.85, 13.16), ("Caracas", "VEN", 10.49, -66.88),
    ("Manila", "PHL", 14.60, 120.98), ("Yangon", "MMR", 16.87, 96.20), ("Tripoli", "LBY", 32.89, 13.19),
    ("Juba", "SSD", 4.85, 31.58), ("Mosul", "IRQ", 36.34, 43.13), ("Bogota", "COL", 4.71, -74.07),
    ("Dhaka", "BGD", 23.81, 90.41), ("Gao", "MLI", 16.27, -0.04),
]
ACTORS = [("Government forces", "MIL"), ("Rebel fighters", "REB"), ("Police", "COP"), ("Militants", "REB")]
GROUPS = ["people", "civilians", "soldiers", "children", "police officers"]
SOURCES = [("the interior ministry", "ORG"), ("the Red Cross", "ORG"), ("the regional governor", "PERSON"),
           ("a United Nations spokesperson", "ORG"), ("local officials", "ORG"), ("the army", "ORG")]
OUTLETS = [f"{a} {b}" for a in ("Harbour", "Valley", "North", "Coast", "Capital", "Morning", "Evening", "River")
           for b in ("Gazette", "Courier", "Times", "Post", "Herald")]
WORDS = ("the of and to in a that for on with as by at from its was were said after over about more than "
         "residents officials market road city district hospital aid convoy talks ceasefire week night morning "
         "shelling reports local council schools water power families border bridge camp rain fuel prices "
         "witnesses army office statement earlier since also while but not have has been would could").split()
START = dt.date(2024, 1, 1)


class _Text:
    """An article's text built piece by piece, with the span of each piece."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0

    def add(self, piece: str) -> tuple[int, int]:
        span = (self.n, self.n + len(piece))
        self.parts.append(piece)
        self.n += len(piece)
        return span

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _filler(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(WORDS) for _ in range(words)]
    return chosen[0].capitalize() + " " + " ".join(chosen[1:]) + ". "


def _toll(place: int, group: int, day: dt.date) -> int:
    # A running toll per place and group that rises with the days, as tolls do.
    return 5 + (place + 1) * (group + 1) + int((day - START).days * (0.2 + 0.05 * place))


def _told(rng: random.Random, value: int) -> int:
    # One report in twelve gives another figure than the others (a disagreement or a revision).
    return max(1, round(value * rng.uniform(0.7, 1.3))) if rng.random() < 1 / 12 else value


def _day(d: dt.date) -> str:
    return d.isoformat()


def article_records(i: int, rng: random.Random, places=PLACES, undated: float = 0.0) -> list[Any]:
    """One synthetic report: its article record first, then its records (``undated``: the share of
    protests with no day, which have no event key and fold only with copies of their report)."""
    aid = f"syn-{i:06d}"
    published = START + dt.timedelta(days=rng.randrange(730))
    when = published - dt.timedelta(days=rng.randrange(3))
    pi = rng.randrange(len(places))
    place, country, lat, lon = places[pi]
    actor, sector = ACTORS[rng.randrange(len(ACTORS))]
    gi = rng.randrange(len(GROUPS))
    group = GROUPS[gi]
    src, src_label = SOURCES[rng.randrange(len(SOURCES))]
    t = _Text()
    out: list[Any] = []

    # The attack: a death toll with its source and day, an event that counts it.
    s0 = t.n
    a_span = t.add(actor)
    t.add(" attacked ")
    p_span = t.add(place)
    t.add(" on ")
    d_span = t.add(when.strftime("%A"))
    t.add(", and at least ")
    dead = _told(rng, _toll(pi, gi, when))
    n_span = t.add(f"{dead} {group}")
    t.add(f" have been killed in the {place} region, ")
    src_span = t.add(src)
    t.add(" said. ")
    s0_span = (s0, t.n)
    source = Source(src, src.removeprefix("the ").title(), src_span, "said")
    ctime = ClaimTime(_day(when), _day(when), when.strftime("%A"), "point", "text")
    out.append(ClaimRecord(aid, n_span, f"at least {dead} {group}", s0_span,
                           Quantity(float(dead), float(dead), None, "lower"), "killed", group, source, ctime))
    out.append(TimeRecord(aid, d_span, when.strftime("%A"), "DATE", _day(when), _day(when), _day(when)))
    out.append(EntityRecord(aid, p_span, place, "GPE", place, country,
                            Geo(place, country, None, lat, lon, "place")))
    out.append(EntityRecord(aid, src_span, src, src_label, source.entity, None))
    out.append(EntityRecord(aid, a_span, actor, "NORP", actor, country))
    out.append(StatementRecord(aid, s0_span, t.text[s0:t.n], source, "said", False))
    out.append(EventRecord(
        aid, (a_span[1] + 1, a_span[1] + 9), "attacked", s0_span, "ASSAULT", "beat",
        acled=Acled("Battles", "Armed clash"),
        actor=Party(actor, actor, country, sector, a_span),
        place=EventPlace(place, p_span, place, country, None, lat, lon, "place"),
        time=EventTime(_day(when), _day(when), when.strftime("%A"), "text"),
        counts=Counts(dead=n_span), source=source,
    ))

    # The injured, in the same sentence shape the extractor keys into series by place.
    s1 = t.n
    hurt = _told(rng, 2 * _toll(pi, gi, when) + 3)
    h_span = t.add(f"{hurt} {group}")
    t.add(f" were injured in the {place} region, according to ")
    src2, _ = SOURCES[rng.randrange(len(SOURCES))]
    s2_span = t.add(src2)
    t.add(". ")
    source2 = Source(src2, src2.removeprefix("the ").title(), s2_span, "according to")
    out.append(ClaimRecord(aid, h_span, f"{hurt} {group}", (s1, t.n), Quantity(float(hurt)), "injured", group,
                           source2, ctime))
    out.append(StatementRecord(aid, (s1, t.n), t.text[s1:t.n], source2, "according to", False))

    # Displaced since a month: a period claim.
    s2 = t.n
    month = published.replace(day=1)
    shown = _told(rng, 1000 * (pi + 1) + 40 * (month - START).days)
    t.add("About ")
    k_span = t.add(f"{shown:,} residents")
    t.add(f" have fled their homes in the {place} region since ")
    m_span = t.add(month.strftime("%B"))
    t.add(". ")
    out.append(ClaimRecord(aid, k_span, f"About {shown:,} residents", (s2, t.n), Quantity(float(shown), None, None,
                           "approx"), "displaced", "residents", None,
                           ClaimTime(_day(month), _day(published), month.strftime("%B"), "period", "text")))
    out.append(TimeRecord(aid, m_span, month.strftime("%B"), "DATE", month.strftime("%Y-%m"), _day(month),
                          _day(published)))

    # A protest in one report of three.
    if rng.random() < 0.35:
        s3 = t.n
        where, wc, wlat, wlon = places[rng.randrange(len(places))]
        t.add("Hundreds of protesters ")
        v_span = t.add("marched")
        t.add(" in ")
        w_span = t.add(where)
        t.add(" on ")
        pd_span = t.add("Sunday")
        t.add(". ")
        out.append(TimeRecord(aid, pd_span, "Sunday", "DATE", _day(when), _day(when), _day(when)))
        out.append(EventRecord(
            aid, v_span, "marched", (s3, t.n), "PROTEST", "demonstrate", acled=Acled("Protests", "Peaceful protest"),
            place=EventPlace(where, w_span, where, wc, None, wlat, wlon, "place"),
            time=None if rng.random() < undated else EventTime(_day(when), _day(when), "Sunday", "text"),
        ))
    for _ in range(rng.randrange(4, 9)):
        t.add(_filler(rng, rng.randrange(14, 30)))
    title = f"{actor} attack {place}: {dead} {group} killed"
    head = ArticleRecord(aid, aid, t.text.strip(), title, f"https://news.example/{aid}",
                         OUTLETS[rng.randrange(len(OUTLETS))], "en", _day(published), "given")
    return [head, *out]


def _write(conn: sa.Connection, batch: list[list[Any]], originals: dict[str, str], now: dt.datetime) -> None:
    arows, by_table = [], {name: [] for name in RECORD_TABLES}
    for records in batch:
        head = records[0]
        body = records[1:]
        row = article_row(head, input_hash=None, n_records=len(body), run_id=None, now=now)
        if head.id in originals:
            row["original_id"], row["copy_similarity"] = originals[head.id], 1.0
        arows.append(row)
        keys = article_series_keys(head, records)
        for ord_, rec in enumerate(body):
            r = record_row(rec, head.id, ord_, head.text)
            if rec.TYPE == "claim":
                r["series_key"] = keys.get(id(rec))
            by_table[rec.TYPE].append(r)
    conn.execute(articles.insert(), arows)
    for name, rows in by_table.items():
        if rows:
            conn.execute(RECORD_TABLES[name].insert(), rows)


def build(path: str, n: int, *, seed: int = 12, copies: float = 0.03, places=PLACES, undated: float = 0.0) -> None:
    """A store of ``n`` synthetic articles at ``path`` (a new SQLite file)."""
    rng = random.Random(seed)
    now = dt.datetime.now(dt.timezone.utc)
    made: list[list[Any]] = []
    originals: dict[str, str] = {}
    for i in range(n):
        if made and rng.random() < copies:
            # a republished copy: the same text and records under another id and outlet
            orig = made[rng.randrange(len(made))]
            head = orig[0]
            aid = f"syn-{i:06d}"
            originals[aid] = head.id
            copy_head = ArticleRecord(aid, aid, head.text, head.title, f"https://copies.example/{aid}",
                                      OUTLETS[rng.randrange(len(OUTLETS))], "en", head.published, "given",
                                      origin_outlet=head.outlet)
            made.append([copy_head, *(_moved(r, aid) for r in orig[1:])])
        else:
            made.append(article_records(i, rng, places, undated))
    with open_store(path) as store, store.engine.begin() as conn:
        for i in range(0, n, 1000):
            _write(conn, made[i:i + 1000], originals, now)
        _link_copies(conn)
        series_store.rebuild_all(conn)


def _moved(record: Any, article_id: str) -> Any:
    import dataclasses

    return dataclasses.replace(record, article_id=article_id)


def _link_copies(conn: sa.Connection) -> None:
    # Every claim carried by its own article; a copy's claims point to the original's (same_as), and the
    # original's claims list the copy among the articles carrying them, as the copy linker leaves them.
    conn.execute(claim_articles.insert().from_select(["claim_id", "article_id"],
                                                     sa.select(claims.c.id, claims.c.article_id)))
    orig = claims.alias("orig")
    copy_rows = conn.execute(
        sa.select(claims.c.id, orig.c.id.label("orig_id"), claims.c.article_id)
        .join(articles, articles.c.id == claims.c.article_id)
        .join(orig, sa.and_(orig.c.article_id == articles.c.original_id, orig.c.ord == claims.c.ord))
        .where(articles.c.original_id != articles.c.id)
    ).all()
    for r in copy_rows:
        conn.execute(claims.update().where(claims.c.id == r.id).values(same_as=r.orig_id))
    if copy_rows:
        conn.execute(claim_articles.insert(), [{"claim_id": r.orig_id, "article_id": r.article_id} for r in copy_rows])


if __name__ == "__main__":  # pragma: no cover
    import sys

    build(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10_000)
