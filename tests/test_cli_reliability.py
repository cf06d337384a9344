"""What the user sees at the terminal and at the store's edges (issue 7: defects 3, 4, 5, 8)."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import select
import sqlite3
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.records import ArticleRecord, ClaimRecord, EntityRecord, ErrorRecord, Quantity
from newsledger.run import ingest
from newsledger.store import open_store
from test_store_fixtures import store_url  # noqa: F401  (a fixture: SQLite file and PostgreSQL schema)

NEWSLEDGER = str(Path(sys.executable).with_name("newsledger"))

# -- defect 3: escape codes in article text reach the terminal -----------------
TITLE = "Floods \x1b]0;pwned\x07 hit \x1b[2Jthe coast"
LINK = "\x1b]8;;http://evil.example/\x1b\\"
TEXT = (
    f"Floods hit the coast. Officials said {LINK}12 people\x1b]8;;\x1b\\ were hurt on Monday.\n"
    "A second line \x9b31m in C1 red\x7f and a bell \x07.\n"
)
# What a terminal would act on: OSC (title, hyperlink), CSI (clear), a bare BEL, C1 CSI.
ATTACKS = ("\x1b]", "\x1b[2J", "\x07", "\x9b", "\x7f")


def _evil_store(db: str) -> str:
    """A store holding one article whose title, text, outlet, records and error carry escape codes."""
    article_id = "evil-0001"
    start = TEXT.index(LINK)
    end = TEXT.index(" were hurt")
    article = ArticleRecord(
        article_id=article_id, id=article_id, text=TEXT, title=TITLE, outlet="Wire\x1b[2J",
        published="2025-04-01", published_source="given",
    )
    claim = ClaimRecord(
        article_id=article_id, span=(start, end), text=TEXT[start:end], sentence_span=(22, TEXT.index("\n")),
        quantity=Quantity(value=12.0, low=12.0, high=12.0), measure="people\x1b[2J",
    )
    entity = EntityRecord(article_id=article_id, span=(0, 6), text="Floods", label="ORG", canonical="Evil\x1b]0;x\x07")
    error = ErrorRecord(article_id=article_id, message="times: gave up on \x1b]0;pwned\x07")
    with open_store(db) as store:
        store.write([([article, claim, entity, error], None)])
    return article_id


def _in_terminal(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> tuple[int, bytes]:
    """Run the CLI with a pseudo-terminal as stdin, stdout and stderr; its exit status and every byte it wrote."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 200, 0, 0))
    proc = subprocess.Popen(
        [NEWSLEDGER, *args], stdin=slave, stdout=slave, stderr=slave, close_fds=True,
        env=dict(os.environ, TERM="xterm-256color", **(env or {})),
    )
    os.close(slave)
    out = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # EIO: every holder of the slave side has closed it
                    break
                if not chunk:
                    break
                out += chunk
            elif proc.poll() is not None:
                break
    finally:
        os.close(master)
    return proc.wait(timeout=30), bytes(out)


_SGR = re.compile(rb"\x1b\[[0-9;]*m")  # rich's own colours and styles


def _assert_no_article_escapes(out: bytes) -> None:
    """The only escape sequences left are rich's styling; no control from the article got through."""
    plain = _SGR.sub(b"", out)
    assert b"\x1b" not in plain, plain[max(0, plain.find(b"\x1b") - 60): plain.find(b"\x1b") + 60]
    text = plain.decode("utf-8")
    for attack in ATTACKS:
        assert attack not in text, repr(attack)


@pytest.mark.parametrize(
    "command",
    [
        ["articles"],
        ["claims"],
        ["show", "evil-0001"],
        ["export", "--format", "csv", "--table", "articles"],
        ["export", "--format", "jsonl", "--table", "articles"],
        ["claims", "--format", "csv"],
    ],
    ids=lambda c: "-".join(c),
)
def test_article_escape_codes_do_not_reach_a_terminal(tmp_path, command):
    db = str(tmp_path / "ledger.db")
    _evil_store(db)
    status, out = _in_terminal(*command, "--db", db)
    assert status == 0, out.decode("utf-8", "replace")
    _assert_no_article_escapes(out)
    # shown, not silently dropped: as the ESC picture, or JSON's own escape
    assert "\u241b" in out.decode("utf-8") or b"\\u001b" in out


def test_show_highlights_the_same_words_after_escaping(tmp_path):
    # The claim's span is measured in the stored text; after a C1 control
    # widens the shown text, the highlight must still cover the claim's words.
    db = str(tmp_path / "ledger.db")
    article_id = "c1-0001"
    text = "A \x9b B. Officials said 12 people were hurt."
    start = text.index("12 people")
    end = start + len("12 people")
    article = ArticleRecord(article_id=article_id, id=article_id, text=text, published="2025-04-01")
    claim = ClaimRecord(
        article_id=article_id, span=(start, end), text=text[start:end], sentence_span=(7, len(text)),
        quantity=Quantity(value=12.0),
    )
    with open_store(db) as store:
        store.write([([article, claim], None)])
    status, out = _in_terminal("show", article_id, "--db", db)
    assert status == 0
    shown = out.decode("utf-8")
    # the highlighted run is exactly the claim's words, in the claim's style
    styled = re.findall(r"\x1b\[[0-9;]*43m([^\x1b]*)\x1b\[0m", shown)
    assert "12 people" in styled, styled


def test_stored_and_piped_text_stays_exact(tmp_path):
    db = str(tmp_path / "ledger.db")
    article_id = _evil_store(db)
    result = CliRunner().invoke(cli, ["show", article_id, "--db", db], catch_exceptions=False)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["title"] == TITLE and records[0]["text"] == TEXT
    result = CliRunner().invoke(cli, ["export", "--table", "articles", "--format", "csv", "--db", db])
    assert TITLE in result.stdout


def test_extract_table_escapes_article_text(tmp_path):
    src = tmp_path / "evil.jsonl"
    src.write_text(json.dumps({"id": "x1", "title": TITLE, "text": TEXT, "published": "2025-04-01"}) + "\n")
    status, out = _in_terminal("extract", "--format", "table", str(src))
    assert status == 0, out.decode("utf-8", "replace")
    _assert_no_article_escapes(out)
    assert "\u241b" in out.decode("utf-8")


# -- defect 4: store problems are one-line errors naming the store -------------
def _one_line_error(result, *words: str) -> str:
    """The command failed with status 1 and a single 'Error: ...' line holding ``words``."""
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


def _invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def _items(path: Path, n: int = 2) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"id": f"i{i}", "text": f"Police said {10 + i} people were hurt on Monday."}) + "\n")
    return path


@pytest.mark.parametrize("command", [["ingest", "--no-progress", "ITEMS"], ["claims"], ["articles"], ["export"]])
def test_a_file_that_is_not_sqlite_is_a_one_line_error(tmp_path, command):
    db = tmp_path / "notes.db"
    db.write_text("these are my notes, not a database\n" * 200)
    before = db.read_bytes()
    args = [str(_items(tmp_path / "items.jsonl")) if a == "ITEMS" else a for a in command]
    _one_line_error(_invoke(*args, "--db", str(db)), "notes.db", "file is not a database")
    assert db.read_bytes() == before


def test_a_read_only_store_is_a_one_line_error(tmp_path):
    path = tmp_path / "ledger.db"
    open_store(str(path)).close()
    # Opened read-only by URL: permissions cannot stop root, the tests' usual user.
    url = f"sqlite:///file:{path}?mode=ro&uri=true"
    result = _invoke("ingest", "--no-progress", str(_items(tmp_path / "items.jsonl")), "--db", url)
    _one_line_error(result, "ledger.db", "readonly database")


def _set_revision(db: str, revision: str) -> None:
    with open_store(db) as store, store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


@pytest.mark.parametrize("command", [["ingest", "--no-progress", "ITEMS"], ["claims"], ["show", "x"], ["export"]])
def test_a_store_from_a_newer_newsledger_is_refused_untouched(store_url, tmp_path, command):
    _set_revision(store_url, "0099_from_the_future")
    args = [str(_items(tmp_path / "items.jsonl")) if a == "ITEMS" else a for a in command]
    line = _one_line_error(
        _invoke(*args, "--db", store_url),
        "created by a newer newsledger (revision 0099_from_the_future); upgrade newsledger",
    )
    assert "ledger.db" in line or "postgresql" in line
    engine = sa.create_engine(store_url if "://" in store_url else f"sqlite:///{store_url}")
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one() == "0099_from_the_future"
        assert conn.execute(sa.text("SELECT count(*) FROM ingest_runs")).scalar_one() == 0
    engine.dispose()


def test_read_commands_do_not_upgrade_an_older_store(tmp_path):
    db = str(tmp_path / "ledger.db")
    _set_revision(db, "0001")
    _one_line_error(_invoke("claims", "--db", db), "older schema (revision 0001)", "newsledger init")
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one() == "0001"
    engine.dispose()


# -- defect 5: read commands create nothing -------------------------------------
READ_COMMANDS = [["articles"], ["claims"], ["show", "abc"], ["export"], ["export", "--table", "records"]]


def _tables(url: str) -> list[str]:
    engine = sa.create_engine(url if "://" in url else f"sqlite:///{url}")
    try:
        return sa.inspect(engine).get_table_names()
    finally:
        engine.dispose()


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: "-".join(c))
def test_read_commands_on_an_empty_database_create_nothing(store_url, tmp_path, command):
    if "://" not in store_url:  # an empty SQLite file (the PostgreSQL schema is empty already)
        Path(store_url).touch()
    result = _invoke(*command, "--db", store_url)
    _one_line_error(result, "no ledger in")
    assert _tables(store_url) == []
    if "://" not in store_url:
        assert Path(store_url).stat().st_size == 0


def test_read_commands_leave_another_sqlite_database_as_it_was(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    before = path.read_bytes()
    for command in READ_COMMANDS:
        _one_line_error(_invoke(*command, "--db", str(path)), "no ledger in", "other.db")
    assert path.read_bytes() == before
    assert _tables(str(path)) == ["notes"]


def test_init_creates_the_store_that_read_commands_then_read(tmp_path):
    db = str(tmp_path / "new.db")
    result = _invoke("init", "--db", db)
    assert result.exit_code == 0, result.output
    assert "articles" in _tables(db)
    listed = _invoke("articles", "--db", db, "--format", "json")
    assert listed.exit_code == 0 and json.loads(listed.stdout) == []


# -- defect 8: smaller defects ---------------------------------------------------
def _many_claims_store(db: str, n: int = 3000) -> None:
    """One article with ``n`` claims: output far beyond a pipe's buffer."""
    text = " ".join(f"Officials said {i} people were hurt." for i in range(n))
    article = ArticleRecord(article_id="many", id="many", text=text, published="2025-04-01")
    claims, at = [], 0
    for i in range(n):
        start = text.index(f"{i} people", at)
        end = start + len(f"{i} people")
        claims.append(ClaimRecord(
            article_id="many", span=(start, end), text=text[start:end], sentence_span=(start, end),
            quantity=Quantity(value=float(i)),
        ))
        at = end
    with open_store(db) as store:
        store.write([([article, *claims], None)])


@pytest.mark.parametrize("command", [["claims"], ["export"], ["show", "many"]], ids=lambda c: "-".join(c))
def test_a_closed_pipe_ends_quietly_with_status_0(tmp_path, command):
    db = str(tmp_path / "ledger.db")
    _many_claims_store(db)
    proc = subprocess.Popen([NEWSLEDGER, *command, "--db", db], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()  # what `| head -1` reads before it exits
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8", "replace")
    assert proc.wait(timeout=120) == 0, err
    assert json.loads(first)
    assert err == ""


def test_an_inverted_since_until_range_is_a_usage_error(tmp_path):
    result = _invoke("claims", "--since", "2025-05-01", "--until", "2025-04-01", "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 2, result.output
    assert "--since" in result.output and "--until" in result.output


def test_record_counts_are_plural_and_json_errors_say_at_once():
    import io

    from rich.console import Console

    from newsledger.cli.render import print_tables
    from newsledger.ingest.jsonl import parse_jsonl_line
    from newsledger.records import StatementRecord

    article = ArticleRecord(article_id="a", id="a", text="He said it. She said so.")
    said = [StatementRecord(article_id="a", span=(0, 10), text="it", source=None, cue="said", direct=False)] * 4
    entity = EntityRecord(article_id="a", span=(0, 2), text="He", label="PERSON")
    out = io.StringIO()
    print_tables([[article, *said, entity]], Console(file=out, width=120))
    assert "4 statements, 1 entity" in out.getvalue()
    message = parse_jsonl_line('{"id": "x", "text": "unterminated', "in.jsonl", 3).message
    assert "at at" not in message and "column" in message, message


def test_stored_sentences_carry_no_line_breaks(extractor, tmp_path):
    import csv
    import io

    from newsledger.ingest.readers import iter_inputs

    src = tmp_path / "paras.txt"
    src.write_text(
        "Police said 12 people were hurt on Monday.\n\n"
        "The mayor said 3 schools closed on Tuesday.\n"
        "Officials said 40 homes were damaged on Wednesday.\n",
        encoding="utf-8",
    )
    groups = list(extractor.process(iter_inputs([str(src)])))
    claims = [r for records in groups for r in records if isinstance(r, ClaimRecord)]
    assert len(claims) >= 3
    text = groups[0][0].text
    for c in claims:
        sentence = text[c.sentence_span[0]: c.sentence_span[1]]
        assert sentence == sentence.strip() and "\n" not in sentence, repr(sentence)
        assert c.sentence_span[0] <= c.span[0] < c.span[1] <= c.sentence_span[1]
    db = str(tmp_path / "ledger.db")
    with open_store(db) as store:
        store.write([(records, None) for records in groups])
    result = _invoke("export", "--format", "csv", "--db", db)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(claims)
    assert all(r["sentence"] and "\n" not in r["sentence"] for r in rows), [r["sentence"] for r in rows]


def _runs(db: str) -> list[dict]:
    with open_store(db) as store, store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.text("SELECT * FROM ingest_runs ORDER BY id"))]


def _default_sigint() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.processes
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_says_what_was_stored_and_marks_the_run_interrupted(tmp_path, jobs):
    from test_store_fixtures import write_small_articles

    db = str(tmp_path / "ledger.db")
    src = write_small_articles(tmp_path / "many.jsonl", 1000)
    proc = subprocess.Popen(
        [NEWSLEDGER, "ingest", "--no-progress", "-j", jobs, "--commit-every", "5", "--batch-size", "8",
         "--db", db, str(src)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        # A shell that runs the tests in the background ignores SIGINT, and a child inherits that:
        # Python then keeps it ignored and Ctrl-C never arrives. The child gets the terminal's default.
        preexec_fn=_default_sigint,
    )
    deadline = time.monotonic() + 180
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None and stored < 10:
        time.sleep(0.1)
        if Path(db).exists():
            try:
                with sqlite3.connect(db, timeout=30) as conn:
                    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:  # the tables are not there yet
                pass
    assert proc.poll() is None, f"the ingest ended before Ctrl-C: {proc.communicate()[1][-500:]}"
    os.killpg(proc.pid, 2)  # SIGINT to the whole process group, workers too, as Ctrl-C does
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    # the summary alone: no "Aborted!", no worker's traceback
    (summary,) = err.strip().splitlines()
    assert summary.startswith("interrupted: ") and "articles stored" in summary, err
    with sqlite3.connect(db) as conn:
        in_store = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert f"interrupted: {in_store} articles stored" in summary
    (run,) = _runs(db)
    assert run["status"] == "interrupted" and run["finished_at"] is not None and run["added"] == in_store


def test_the_next_ingest_ends_runs_that_died_running(store_url, extractor, tmp_path):
    import datetime as dt
    import socket

    from newsledger.ingest.readers import iter_inputs
    from newsledger.store.runs import STALE_RUN_AFTER
    from newsledger.store.schema import ingest_runs

    gone = subprocess.Popen(["true"])
    gone.wait()  # a pid no process holds any more
    now = dt.datetime.now(dt.timezone.utc)
    here = socket.gethostname()
    rows = {
        "killed": dict(pid=gone.pid, host=here, heartbeat_at=now),
        "stale": dict(pid=1, host="elsewhere", heartbeat_at=now - STALE_RUN_AFTER - dt.timedelta(minutes=1)),
        "alive here": dict(pid=os.getpid(), host=here, heartbeat_at=now - dt.timedelta(minutes=5)),
        "alive elsewhere": dict(pid=1, host="elsewhere", heartbeat_at=now - dt.timedelta(minutes=5)),
    }
    ids = {}
    with open_store(store_url) as store:
        with store.engine.begin() as conn:
            for name, values in rows.items():
                ids[name] = conn.execute(
                    sa.insert(ingest_runs).returning(ingest_runs.c.id),
                    dict(started_at=now - dt.timedelta(hours=3), paths=[name], **values),
                ).scalar_one()
        stats = ingest(store, iter_inputs([str(_items(tmp_path / "items.jsonl"))]), extractor=extractor)
        assert stats.added == 2
        with store.engine.connect() as conn:
            by_id = {r.id: r for r in conn.execute(sa.select(ingest_runs))}
    assert by_id[ids["killed"]].status == "killed"
    assert by_id[ids["stale"]].status == "abandoned"
    assert by_id[ids["alive here"]].status == "running"
    assert by_id[ids["alive elsewhere"]].status == "running"
    for name in ("killed", "stale"):
        assert by_id[ids[name]].finished_at is not None
    mine = by_id[stats.run_id]
    assert mine.status == "done" and mine.pid == os.getpid() and mine.host == here
    assert mine.heartbeat_at > mine.started_at  # refreshed by the batch it committed


def test_max_chars_turns_an_overlong_input_into_an_error(tmp_path):
    src = tmp_path / "long.jsonl"
    with src.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"id": "short", "text": "Police said 12 people were hurt on Monday."}) + "\n")
        out.write(json.dumps({"id": "long", "text": "Police said 12 people were hurt on Monday. " * 40}) + "\n")
    result = subprocess.run([NEWSLEDGER, "extract", "--max-chars", "500", str(src)], capture_output=True, text=True)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1
    assert {r["id"] for r in records if r["type"] == "article"} == {"short"}
    assert any(r["type"] == "error" and "limit" in r["message"] for r in records)
    db = str(tmp_path / "ledger.db")
    result = subprocess.run(
        [NEWSLEDGER, "ingest", "--no-progress", "--max-chars", "0", "--db", db, str(src)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "2 articles stored" in result.stderr


@pytest.mark.parametrize("command", [["extract", "--format", "jsonl"], ["ingest", "--no-progress", "--db", "DB"]])
def test_an_escape_code_in_a_file_name_does_not_reach_the_terminal(tmp_path, command):
    # Error messages quote the input's path: a file name is article-derived text too.
    bad = tmp_path / "report\x1b]0;pwned\x07\x1b[2J.txt"
    bad.write_bytes(b"\x00\x01binary\x00")
    args = [str(tmp_path / "ledger.db") if a == "DB" else a for a in command]
    status, out = _in_terminal(*args, str(bad))
    assert status == 1, out.decode("utf-8", "replace")
    _assert_no_article_escapes(out)
    assert "binary" in out.decode("utf-8") and "\u241b" in out.decode("utf-8")
