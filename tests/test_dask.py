"""Extraction on Dask and the Parquet dataset: parts and their keys, the files, resuming, storing, clusters.

The tests marked ``processes`` start clusters (a LocalCluster from the CLI,
or a ``dask scheduler`` and ``dask worker`` processes on loopback) whose
workers load the real pipeline; the rest run in this process.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from newsledger.records import (
    ArticleRecord,
    ClaimRecord,
    ClaimTime,
    EntityRecord,
    ErrorRecord,
    Geo,
    Quantity,
    Source,
    StatementRecord,
    TimeRecord,
)
from newsledger.ingest.article import RawArticle
from newsledger.run.engines import LocalEngine, Options, open_engine, split_parts
from newsledger.run.ingest import ingest_records
from newsledger.run.parquet import Dataset, extract_to_dataset, is_dataset
from newsledger.run.parts import PartDone, failed_part
from newsledger.store import open_store
from test_store_fixtures import store_url  # noqa: F401  (a fixture: SQLite, and PostgreSQL where marked)

BIN = Path(sys.executable).parent
NEWSLEDGER = str(BIN / "newsledger")
DASK = str(BIN / "dask")

# Short reports of the shapes news takes: figures with hedges, dates, quotes, places, sources.
REPORTS = [
    "NAIROBI, March 3, 2025 - At least 15 people were killed when a bus left the road near Nakuru on Sunday, police said.",
    "The company said on Tuesday that its revenue rose 12% to $4.5 billion in the first quarter.",
    "\"We will rebuild every house,\" the governor, Maria Lopez, told reporters in Valencia on Friday.",
    "Nearly 300 firefighters fought the blaze, which had burned 5,000 acres of forest in Oregon by Sunday evening.",
    "Prices of rice climbed for a third month in February, up 4.2 percent from January, the statistics office said.",
    "About 2,000 workers walked out at the port of Antwerp on Monday over pay, according to the union.",
    "The storm cut power to more than 80,000 homes across Nova Scotia overnight, the utility said on Thursday.",
    "Officials in Lagos said 40 buildings had been inspected since January and six were ordered shut.",
    "The central bank held its key rate at 5.25% on Wednesday and said inflation would ease later this year.",
    "Rescuers pulled three survivors from the rubble in Izmir, two days after the earthquake, the mayor said.",
    "A 67-year-old man was arrested in Leeds on Saturday after a car struck a bus shelter, police said.",
    "Turnout reached 61 percent in the first round, up from 54 percent four years ago, the election board said.",
]


def _write_reports(path: Path, count: int = len(REPORTS)) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            text = REPORTS[n % len(REPORTS)] + ("" if n < len(REPORTS) else f" (item {n})")
            out.write(json.dumps({"id": f"r{n}", "text": text, "published": "2025-03-04"}) + "\n")
    return path


def _keys(records) -> set[tuple]:
    return {(r.article_id, r.TYPE, getattr(r, "span", None)) for r in records}


def _dicts(records) -> Counter:
    return Counter(json.dumps(r.to_dict(), sort_keys=True) for r in records)


# -- parts and their keys ------------------------------------------------------


def _raw(n: int, path: str | None = "a.jsonl", **kw) -> RawArticle:
    return RawArticle(text=f"Report {n}: 40 people were hurt.", id=f"x{n}", path=path, line=n, **kw)


def test_a_part_key_follows_contents_and_options_not_the_run():
    items = [_raw(n) for n in range(1, 6)]
    opts = Options()
    first = [p.key for p in split_parts(items, opts, size=2)]
    assert first == [p.key for p in split_parts(list(items), Options(), size=2)]
    assert [len(p.items) for p in split_parts(items, opts, size=2)] == [2, 2, 1]
    assert len(set(first)) == 3
    # Any field read counts: the text, a date given with it, the line it came from.
    changed = [items[0], RawArticle(text=items[1].text, id="x2", path="a.jsonl", line=2, published="2025-01-01"), *items[2:]]
    keys = [p.key for p in split_parts(changed, opts, size=2)]
    assert keys[0] != first[0] and keys[1:] == first[1:]
    moved = [_raw(n) for n in (1, 3, 2, 4, 5)]
    assert [p.key for p in split_parts(moved, opts, size=2)][:2] != first[:2]
    # So do the options that change the records; the spaCy batch size does not.
    assert [p.key for p in split_parts(items, Options(default_published=dt.date(2025, 1, 2)), size=2)] != first
    assert [p.key for p in split_parts(items, Options(model="other"), size=2)] != first
    assert [p.key for p in split_parts(items, Options(batch_size=4), size=2)] == first


def test_a_file_of_many_inputs_starts_parts_of_its_own_and_single_files_are_grouped():
    singles = [RawArticle(text=f"Story {n}.", path=f"folder/{n}.txt") for n in range(3)]
    lines = [_raw(n, "feed.jsonl") for n in range(1, 4)]
    more = [RawArticle(text="Last story.", path="folder/z.txt")]
    error = ErrorRecord(None, "folder/bad.txt: not valid UTF-8", "folder/bad.txt")
    parts = list(split_parts([*singles, *lines, *more, error], Options(), size=10))
    assert [[getattr(i, "path", None) for i in p.items] for p in parts] == [
        ["folder/0.txt", "folder/1.txt", "folder/2.txt"],
        ["feed.jsonl"] * 3,
        ["folder/z.txt", "folder/bad.txt"],
    ]
    # A later run with another file before the feed keeps the feed's part, so it is skipped.
    again = list(split_parts([RawArticle(text="New.", path="folder/new.txt"), *lines], Options(), size=10))
    assert again[1].key == parts[1].key
    assert parts[2].hashes[1] is None and parts[0].hashes[0] is not None


def test_parts_are_bounded_in_characters_too():
    items = [RawArticle(text="x" * 600, path=f"{n}.txt") for n in range(5)]
    parts = list(split_parts(items, Options(), size=100, chars=1000))
    assert [len(p.items) for p in parts] == [1, 1, 1, 1, 1]
    assert len(list(split_parts(items, Options(), size=100, chars=10_000))) == 1


def _crawl(path: Path, pages: int) -> Path:
    """A gzipped WARC of ``pages`` HTML responses, each with a request before it."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for n in range(pages):
            url = f"https://news.example/story-{n}"
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            body = f"<html><body><article><p>{REPORTS[n % len(REPORTS)]}</p></article></body></html>".encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return path


def test_a_crawl_is_cut_into_record_ranges_read_as_the_parts_go(tmp_path):
    from newsledger.ingest.readers import iter_inputs

    crawl = _crawl(tmp_path / "crawl.warc.gz", 5)
    read = 0

    def counted():
        nonlocal read
        for item in iter_inputs([str(crawl)]):
            read += 1
            yield item

    parts = split_parts(counted(), Options(), size=2)
    first = next(parts)
    assert read <= 3  # no further than the next part's first record
    rest = list(parts)
    assert [[i.line for i in p.items] for p in [first, *rest]] == [[2, 4], [6, 8], [10]]
    assert all(i.url.startswith("https://news.example/") for p in rest for i in p.items)


def test_cluster_options_go_with_the_dask_engine(tmp_path):
    from click.testing import CliRunner

    from newsledger.cli import cli

    for args in (["--scheduler", "tcp://127.0.0.1:1"], ["--workers", "2"]):
        result = CliRunner().invoke(cli, ["extract", str(tmp_path), *args])
        assert result.exit_code == 2 and "go with --engine dask" in result.output
    dataset = tmp_path / "d"
    Dataset(dataset).write_part("k", [[_article("c1", "Text.")]], ["h"])
    mixed = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "s.db"), str(dataset), str(tmp_path / "x.txt")])
    assert mixed.exit_code == 2 and "separate ingests" in mixed.output


# -- the dataset's files -------------------------------------------------------


def _article(aid: str, text: str, **kw) -> ArticleRecord:
    return ArticleRecord(article_id=aid, id=aid, text=text, language="en", **kw)


def _sample_groups() -> list[list]:
    text = "Police said 40 people, about half of them children, were hurt in Kharkiv on Monday."
    src = Source(name="Police", entity=None, span=(0, 6), cue="said", via="Reuters")
    one = [
        _article("a1", text, published="2025-03-03", published_source="given", path="in.jsonl", line=1),
        TimeRecord("a1", (76, 82), "Monday", "DATE", "2025-03-03", "2025-03-03", "2025-03-03"),
        ClaimRecord(
            "a1", (12, 14), "40", (0, 84), Quantity(40.0, 40.0, 40.0, "exact", None), "people", None, src,
            ClaimTime("2025-03-03", "2025-03-03", "Monday", "point", "text"),
        ),
        ClaimRecord("a1", (24, 28), "half", (0, 84), Quantity(None, bound="approx"), None),
        EntityRecord("a1", (66, 73), "Kharkiv", "GPE", "Kharkiv", "UKR",
                     geo=Geo("Kharkiv", "UKR", "Kharkiv Oblast", 49.99, 36.23, "place", 706483)),
        StatementRecord("a1", (0, 84), text, src, "said", False),
        ErrorRecord("a1", "in.jsonl:1: quantities gave up on one sentence", "in.jsonl", 1),
    ]
    lone = [ErrorRecord(None, "in.jsonl:2: malformed JSON", "in.jsonl", 2)]
    # A lone surrogate and a NUL survive the JSON column as escapes.
    odd = [_article("a3", "A text with \ud800 and \x00 in it, and 7 km.")]
    return [one, lone, odd]


def test_a_part_reads_back_exactly_with_typed_columns(tmp_path):
    import pyarrow.parquet as pq

    groups = _sample_groups()
    data = Dataset(tmp_path / "out")
    data.write_part("k1", groups, ["h1", None, "h3"])
    assert data.done("k1") and is_dataset(tmp_path / "out") and not is_dataset(tmp_path)
    back = data.read_part("k1")
    assert [g for g, _ in back] == groups
    assert [h for _, h in back] == ["h1", None, "h3"]
    for kind in ("article", "time", "claim", "entity", "statement", "error"):
        assert (tmp_path / "out" / kind / "part-k1.parquet").exists()
    claims = pq.read_table(tmp_path / "out" / "claim" / "part-k1.parquet").to_pylist()
    assert claims[0]["span"] == [12, 14] and claims[0]["quantity"]["value"] == 40.0
    assert claims[0]["source"]["via"] == "Reuters" and claims[0]["time"]["basis"] == "text"
    assert claims[1]["source"] is None and claims[1]["quantity"]["value"] is None
    assert [(c["input_index"], c["record_index"]) for c in claims] == [(0, 2), (0, 3)]
    entity = pq.read_table(tmp_path / "out" / "entity" / "part-k1.parquet").to_pylist()[0]
    assert entity["geo"]["geonameid"] == 706483
    assert json.loads(entity["record"]) == groups[0][4].to_dict()
    # Nothing but the finished files: the temporary names are gone.
    assert sorted(p.name for p in (tmp_path / "out").rglob("*") if p.is_file() and p.name.startswith(".")) == []


def test_an_empty_kind_still_has_its_typed_file_so_parts_share_one_schema(tmp_path):
    import pyarrow.dataset as ds

    data = Dataset(tmp_path)
    data.write_part("k1", [[_article("b1", "No figures here.")]], ["h"])
    data.write_part("k2", _sample_groups()[:1], ["h1"])
    claims = ds.dataset(tmp_path / "claim", format="parquet").to_table()
    assert claims.num_rows == 2 and claims.schema.field("quantity").type.num_fields == 6


def test_a_failed_part_writes_its_errors_but_is_not_done(tmp_path):
    items = [_raw(1), ErrorRecord(None, "a.jsonl:2: malformed JSON", "a.jsonl", 2)]
    (part,) = split_parts(items, Options())
    failed = failed_part(part, "on the cluster: KilledWorker")
    assert failed.failed and [type(g[0]) for g in failed.groups] == [ErrorRecord, ErrorRecord]
    assert failed.groups[0][0].message.startswith("a.jsonl:1: extraction failed (on the cluster")

    class Failing:
        def extract_parts(self, parts):
            for p in parts:
                yield failed_part(p, "on the cluster: KilledWorker")

    stats = extract_to_dataset(Failing(), [part], tmp_path)
    assert (stats.written, stats.failed, stats.errors) == (0, 1, 2)
    data = Dataset(tmp_path)
    assert not data.done(part.key) and not is_dataset(tmp_path)
    assert [len(g) for g, _ in data.read_part(part.key)] == [1, 1]


class _Counting:
    """An engine that answers from canned records and counts the parts it is given."""

    def __init__(self) -> None:
        self.parts = 0

    def extract_parts(self, parts):
        for p in parts:
            self.parts += 1
            groups = [
                [_article(i.id, i.text, path=i.path, line=i.line)] if isinstance(i, RawArticle) else [i] for i in p.items
            ]
            yield PartDone(p, groups)


def test_a_rerun_skips_done_parts_and_a_repeated_part_is_extracted_once(tmp_path):
    items = [_raw(n) for n in range(1, 8)]
    engine = _Counting()
    first = extract_to_dataset(engine, split_parts(items, Options(), size=3), tmp_path)
    assert (first.written, first.skipped, engine.parts) == (3, 0, 3)
    stamps = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*.parquet")}
    again = extract_to_dataset(engine, split_parts(items, Options(), size=3), tmp_path)
    assert (again.written, again.skipped, engine.parts) == (0, 3, 3)
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*.parquet")} == stamps
    # One more line at the end: only the last part is new.
    more = extract_to_dataset(engine, split_parts([*items, _raw(8)], Options(), size=3), tmp_path)
    assert (more.written, more.skipped) == (1, 2)
    twice = extract_to_dataset(_Counting(), split_parts([*items[:3], *items[:3]], Options(), size=3), tmp_path / "b")
    assert (twice.written, twice.skipped) == (1, 1)


# -- the real pipeline, in this process ----------------------------------------


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    return _write_reports(tmp_path_factory.mktemp("reports") / "reports.jsonl")


@pytest.fixture(scope="module")
def local_records(nlp, reports):
    """The records of a plain local run (the default options, as the CLI's)."""
    from newsledger.extract import Extractor
    from newsledger.ingest.readers import iter_inputs

    groups = list(Extractor(nlp=nlp).process(iter_inputs([str(reports)])))
    return [r for g in groups for r in g]


def test_local_engine_into_a_dataset_gives_the_local_records_and_stores_them_once(nlp, reports, local_records, tmp_path):
    from newsledger.extract import Extractor
    from newsledger.ingest.readers import iter_inputs

    extractor = Extractor(nlp=nlp)
    with open_engine("local", Options(), extractor=extractor) as engine:
        assert isinstance(engine, LocalEngine)
        stats = extract_to_dataset(engine, split_parts(iter_inputs([str(reports)]), Options(), size=5), tmp_path / "d")
    assert (stats.written, stats.articles, stats.errors) == (3, len(REPORTS), 0)
    records = list(Dataset(tmp_path / "d").records())
    assert _dicts(records) == _dicts(local_records)

    store = open_store(str(tmp_path / "s.db"))
    first = ingest_records(store, Dataset(tmp_path / "d").groups(), commit_every=4)
    assert (first.added, first.skipped, first.failed) == (len(REPORTS), 0, 0)
    second = ingest_records(store, Dataset(tmp_path / "d").groups(), commit_every=4)
    assert (second.added, second.skipped) == (0, len(REPORTS))
    # The same store contents as a plain ingest of the same inputs.
    from newsledger.run import ingest

    plain = open_store(str(tmp_path / "plain.db"))
    ingest(plain, iter_inputs([str(reports)]), extractor=extractor)
    assert _table_rows(store) == _table_rows(plain)


def _table_rows(store) -> dict[str, Counter]:
    import sqlalchemy as sa

    out = {}
    with store.engine.connect() as conn:
        for table in ("articles", "claims", "times", "entities", "statements"):
            col = "id" if table == "articles" else "article_id"
            out[table] = Counter(r[0] for r in conn.execute(sa.text(f"SELECT {col} FROM {table}")))
        out["hashes"] = Counter(r[0] for r in conn.execute(sa.text("SELECT input_hash FROM articles")))
    return out


# -- clusters --------------------------------------------------------------------


def _run(*args, timeout=600) -> subprocess.CompletedProcess:
    return subprocess.run([NEWSLEDGER, *map(str, args)], capture_output=True, text=True, timeout=timeout)


def _dataset_records(root: Path) -> list:
    return list(Dataset(root).records())


def _no_temp_files(root: Path) -> bool:
    return not [p for p in root.rglob(".*") if p.is_file()]


@pytest.mark.processes
def test_local_cluster_run_equals_a_local_run_and_a_rerun_does_nothing_twice(reports, local_records, tmp_path):
    out = tmp_path / "out"
    done = _run("extract", reports, "--engine", "dask", "--workers", "2", "--part-size", "3", "--out", out)
    assert done.returncode == 0, done.stderr
    assert "4 parts written, 0 already there" in done.stderr
    records = _dataset_records(out)
    assert _keys(records) == _keys(local_records)
    assert _dicts(records) == _dicts(local_records)
    assert _no_temp_files(out)
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")}
    # Keys do not depend on the engine: a local re-run finds every part done.
    again = _run("extract", reports, "--part-size", "3", "--out", out)
    assert again.returncode == 0, again.stderr
    assert "0 parts written, 4 already there" in again.stderr
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")} == stamps
    # And the dataset goes into a store through ingest, once.
    db = tmp_path / "s.db"
    stored = _run("ingest", "--no-progress", "--db", db, out)
    assert stored.returncode == 0 and f"{len(REPORTS)} articles stored" in stored.stderr, stored.stderr
    twice = _run("ingest", "--no-progress", "--db", db, out)
    assert "0 articles stored" in twice.stderr and f"{len(REPORTS)} already there" in twice.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(*args) -> subprocess.Popen:
    # A session of its own, so that killing it takes the nanny and its worker process together.
    return subprocess.Popen(
        [DASK, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )


def _stop(proc: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


@pytest.fixture(scope="module")
def cluster():
    """A ``dask scheduler`` and two ``dask worker`` processes on loopback."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = _start("scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard")
    workers = [
        _start("worker", address, "--nthreads", "1", "--nworkers", "1", "--no-dashboard", "--host", "127.0.0.1")
        for _ in range(2)
    ]
    try:
        yield address, workers
    finally:
        for proc in [*workers, scheduler]:
            _stop(proc)


@pytest.mark.processes
def test_a_run_on_a_scheduler_and_its_workers_equals_a_local_run(cluster, reports, local_records, tmp_path):
    address, _ = cluster
    out = tmp_path / "out"
    done = _run("extract", reports, "--engine", "dask", "--scheduler", address, "--workers", "2", "--part-size", "2", "--out", out)
    assert done.returncode == 0, done.stderr
    assert _keys(_dataset_records(out)) == _keys(local_records)
    assert _dicts(_dataset_records(out)) == _dicts(local_records)
    # Records to standard output come in input order, as the local engine prints them.
    printed = _run("extract", reports, "--engine", "dask", "--scheduler", address, "--part-size", "5")
    assert printed.returncode == 0, printed.stderr
    lines = [json.loads(line) for line in printed.stdout.splitlines()]
    assert lines == [r.to_dict() for r in local_records]
    # ingest --engine dask: the workers extract, this process stores, as a local ingest would.
    db = tmp_path / "s.db"
    stored = _run("ingest", "--no-progress", "--db", db, reports, "--engine", "dask", "--scheduler", address)
    assert stored.returncode == 0 and f"{len(REPORTS)} articles stored" in stored.stderr, stored.stderr
    again = _run("ingest", "--no-progress", "--db", db, reports, "--engine", "dask", "--scheduler", address)
    assert f"0 articles stored, {len(REPORTS)} already there" in again.stderr, again.stderr
    rows = _table_rows(open_store(str(db)))
    assert rows["articles"] == Counter(r.article_id for r in local_records if r.TYPE == "article")
    assert rows["claims"] == Counter(r.article_id for r in local_records if r.TYPE == "claim")


@pytest.mark.processes
def test_a_worker_killed_mid_run_loses_and_doubles_nothing(cluster, tmp_path, nlp):
    from newsledger.extract import Extractor
    from newsledger.ingest.readers import iter_inputs

    address, workers = cluster
    many = _write_reports(tmp_path / "many.jsonl", 36)
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [NEWSLEDGER, "extract", str(many), "--engine", "dask", "--scheduler", address, "--workers", "2",
         "--part-size", "1", "--out", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 300
    while not list(out.glob("article/part-*.parquet")):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    _stop(workers[0], signal.SIGKILL)
    assert workers[0].poll() is not None
    assert len(list(out.glob("article/part-*.parquet"))) < 36  # the kill came with work left
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    assert "36 parts written" in err and "0 failed" in err
    written = len(list((out / "article").glob("part-*.parquet")))
    assert written == 36 and _no_temp_files(out)
    records = _dataset_records(out)
    articles = [r.article_id for r in records if r.TYPE == "article"]
    assert sorted(articles) == sorted(f"r{n}" for n in range(36))  # each once
    expected = [r for g in Extractor(nlp=nlp).process(iter_inputs([str(many)])) for r in g]
    assert _dicts(records) == _dicts(expected)


@pytest.mark.processes
def test_a_killed_extract_resumes_where_it_stopped(reports, local_records, tmp_path):
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [NEWSLEDGER, "extract", str(reports), "--part-size", "1", "--out", str(out)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 300
    while len(list(out.glob("article/part-*.parquet"))) < 2:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    proc.kill()
    proc.wait()
    before = {p: p.stat().st_mtime_ns for p in out.glob("article/part-*.parquet")}
    assert 2 <= len(before) < len(REPORTS)
    again = _run("extract", reports, "--part-size", "1", "--out", out)
    assert again.returncode == 0, again.stderr
    assert f"{len(REPORTS) - len(before)} parts written, {len(before)} already there" in again.stderr
    assert all(p.stat().st_mtime_ns == t for p, t in before.items())
    assert _no_temp_files(out)  # the killed run's, if any, went when its part was written again
    assert _dicts(_dataset_records(out)) == _dicts(local_records)


def test_parts_are_read_back_in_input_order_whatever_their_names(tmp_path):
    items = [_raw(n, "b.jsonl") for n in range(1, 10)] + [RawArticle(text="Single story.", path="a/1.txt")]
    parts = list(split_parts(items, Options(), size=2))
    extract_to_dataset(_Counting(), parts, tmp_path)
    assert sorted(p.key for p in parts) != [p.key for p in parts]  # names alone would shuffle them
    order = [g[0].path if g[0].id is None else g[0].id for g, _ in Dataset(tmp_path).groups()]
    assert order == ["a/1.txt"] + [f"x{n}" for n in range(1, 10)]  # a/ sorts before b.jsonl, lines in order


def test_a_dataset_goes_into_either_store_once_through_the_writer(store_url, tmp_path):  # noqa: F811
    data = Dataset(tmp_path / "d")
    groups = _sample_groups()[:2]  # an article and a lone error
    data.write_part("k1", groups, ["h1", None], first=("in.jsonl", 1))
    # A republished copy in a later part: the writer links it, as in any ingest.
    copy = [_article("a1-copy", groups[0][0].text, published="2025-03-04", path="in.jsonl", line=4)]
    data.write_part("k2", [copy], ["h4"], first=("in.jsonl", 4))
    store = open_store(store_url)
    try:
        first = ingest_records(store, data.groups(), paths=[str(tmp_path / "d")], commit_every=1)
        assert (first.added, first.failed, first.copies) == (2, 1, 1)
        counts = _table_rows(store)
        again = ingest_records(store, data.groups(), commit_every=2)
        assert (again.added, again.skipped) == (0, 2)
        assert _table_rows(store) == counts
        assert counts["claims"] == Counter({"a1": 2})
    finally:
        store.close()
