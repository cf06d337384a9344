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
from newsledger.store import open_store

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
