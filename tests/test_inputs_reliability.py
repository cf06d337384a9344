"""Issue 7: an input that cannot be read is an error record, never the end of the run or a silent skip."""

from __future__ import annotations

import json
import logging
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

import pytest
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.ingest.article import RawArticle
from newsledger.ingest.readers import iter_inputs
from newsledger.records import ErrorRecord

STORY = "Prices rose 5% in May, officials said on Monday."


def _kinds(items):
    return [type(i).__name__ for i in items]


def _refuse_reading(monkeypatch, name: str) -> None:
    """Make every read of files called ``name`` fail as a mode-000 file does for a user who is not root."""
    real_read, real_open = pathlib.Path.read_bytes, pathlib.Path.open

    def read_bytes(self):
        if self.name == name:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    def open_(self, *args, **kwargs):
        if self.name == name:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)
    monkeypatch.setattr(pathlib.Path, "open", open_)
    # click's readable check: os.access says yes to root whatever the mode.
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode, *a, **k: False if os.path.basename(p) == name else real_access(p, mode, *a, **k)
    )


def test_an_unreadable_file_named_on_the_command_line_is_an_error_and_the_next_file_is_read(tmp_path, monkeypatch):
    locked, ok = tmp_path / "locked.txt", tmp_path / "ok.txt"
    locked.write_text(STORY)
    ok.write_text(STORY)
    _refuse_reading(monkeypatch, "locked.txt")
    result = CliRunner().invoke(cli, ["extract", str(locked), str(ok), "--format", "jsonl"])
    assert result.exit_code == 1, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["type"] == "error" and "locked.txt" in records[0]["message"]
    assert "Permission denied" in records[0]["message"]
    assert any(r["type"] == "article" and r["text"] == STORY for r in records)


def test_an_unreadable_subfolder_is_an_error_naming_it_and_the_rest_is_read(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(STORY)
    (tmp_path / "z.txt").write_text(STORY)
    real_scandir = os.scandir

    def scandir(path="."):
        if os.path.basename(os.fspath(path)) == "locked":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_inputs([str(tmp_path)]))
    assert _kinds(items) == ["RawArticle", "ErrorRecord", "RawArticle"]
    assert items[1].path == str(tmp_path / "locked") and "Permission denied" in items[1].message


def test_a_path_below_an_unsearchable_folder_is_an_error_not_a_crash(tmp_path, monkeypatch):
    # stat() of a file in a mode-000 folder raises PermissionError, which
    # Path.exists() and Path.is_dir() pass on instead of answering False.
    real_stat = pathlib.Path.stat

    def stat(self, *args, **kwargs):
        if self.parent.name == "sealed":
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "stat", stat)
    (tmp_path / "ok.txt").write_text(STORY)
    items = list(iter_inputs([str(tmp_path / "sealed" / "a.txt"), str(tmp_path / "ok.txt")]))
    assert _kinds(items) == ["ErrorRecord", "RawArticle"]
    assert "sealed" in items[0].message and "Permission denied" in items[0].message


def test_a_folder_given_where_a_file_is_expected_and_a_dangling_link_are_errors(tmp_path):
    # Needs no permissions trick: these cannot be read by root either.
    (tmp_path / "dir.txt").mkdir()
    (tmp_path / "dir.txt" / "inner.txt").write_text(STORY)
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "ok.txt").write_text(STORY)
    items = list(iter_inputs([str(tmp_path)]))
    # dir.txt is a folder: walked, not read as a file; the dangling link is named.
    assert _kinds(items) == ["RawArticle", "ErrorRecord", "RawArticle"]
    assert items[0].path.endswith("inner.txt")
    assert items[1].path == str(tmp_path / "gone.txt") and "gone.txt" in items[1].message


def test_a_fifo_in_a_folder_is_skipped_with_a_warning_not_read(tmp_path, caplog):
    # Reading a FIFO would block the run for good.
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text(STORY)
    with caplog.at_level(logging.WARNING, logger="newsledger"):
        items = list(iter_inputs([str(tmp_path)]))
    assert _kinds(items) == ["RawArticle"]
    assert any("pipe.txt" in r.getMessage() for r in caplog.records)


def _nobody() -> tuple[int, int] | None:
    try:
        import pwd

        entry = pwd.getpwnam("nobody")
    except (ImportError, KeyError):
        return None
    return entry.pw_uid, entry.pw_gid


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_mode_000_file_and_subfolder_for_a_user_who_is_not_root():
    """The real thing, without monkeypatching: run as `nobody` when we are root, else as ourselves."""
    ids = _nobody() if os.geteuid() == 0 else None
    if os.geteuid() == 0 and ids is None:
        pytest.skip("running as root with no `nobody` user to drop to")
    work = pathlib.Path(tempfile.mkdtemp(prefix="newsledger-perm-"))
    try:
        os.chmod(work, 0o755)
        for name in ("locked.txt", "ok.txt"):
            (work / name).write_text(STORY)
        (work / "folder" / "sub").mkdir(parents=True)
        (work / "folder" / "a.txt").write_text(STORY)
        (work / "folder" / "sub" / "b.txt").write_text(STORY)
        for d in (work / "folder",):
            os.chmod(d, 0o755)
        os.chmod(work / "locked.txt", 0)
        os.chmod(work / "folder" / "sub", 0)
        # Dropped inside the child once python and the reader are loaded: the
        # interpreter may sit in a folder `nobody` cannot enter (/root/.pyenv).
        script = (
            "import encodings.utf_8_sig, json, os, sys\n"
            "from newsledger.ingest.readers import iter_inputs\n"
            "uid, gid = int(sys.argv[1]), int(sys.argv[2])\n"
            "if uid >= 0:\n"
            "    os.setgid(gid)\n"
            "    os.setuid(uid)\n"
            "if os.access('locked.txt', os.R_OK):\n"
            "    sys.exit(3)\n"
            "for i in iter_inputs(sys.argv[3:]):\n"
            "    print(json.dumps([type(i).__name__, i.path, getattr(i, 'message', None)]))\n"
        )
        uid, gid = ids if ids is not None else (-1, -1)
        src = str(pathlib.Path(__file__).resolve().parent.parent / "src")
        try:
            out = subprocess.run(
                [sys.executable, "-c", script, str(uid), str(gid), "locked.txt", "ok.txt", "folder"],
                capture_output=True, env={**os.environ, "PYTHONPATH": src}, cwd=work, timeout=60,
            )
        except PermissionError as exc:
            pytest.skip(f"cannot start {sys.executable} as this user: {exc}")
        if out.returncode == 3:
            pytest.skip("this user can read a mode-000 file")
        assert out.returncode == 0, out.stderr.decode()
        rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
        assert [(kind, path) for kind, path, _ in rows] == [
            ("ErrorRecord", "locked.txt"), ("RawArticle", "ok.txt"),
            ("RawArticle", os.path.join("folder", "a.txt")), ("ErrorRecord", os.path.join("folder", "sub")),
        ]
        assert "Permission denied" in rows[0][2] and "Permission denied" in rows[3][2]
    finally:
        for d in (work / "folder" / "sub", work / "locked.txt"):
            os.chmod(d, 0o755)
        shutil.rmtree(work)


# -- .json files and other file types -----------------------------------------
def test_a_json_array_of_articles_is_read_as_jsonl_is(tmp_path):
    path = tmp_path / "batch.json"
    articles = [
        {"id": "a1", "text": "Ten people died.", "published": "2025-03-27"},
        {"id": "a2", "html": "<html><body><p>x</p></body></html>", "url": "https://example.org/2"},
        [1, 2],
        {"id": "a4", "text": "Five homes burnt.", "title": "Fire"},
    ]
    path.write_text(json.dumps(articles, indent=2))
    items = list(iter_inputs([str(path)]))
    assert _kinds(items) == ["RawArticle", "RawArticle", "ErrorRecord", "RawArticle"]
    assert [items[0].id, items[1].id, items[3].id] == ["a1", "a2", "a4"]
    assert items[0].text == "Ten people died." and items[0].published == "2025-03-27"
    assert items[1].html.startswith("<html>") and items[1].text is None
    assert "JSON object" in items[2].message
    # `line` is where the article starts in the file, as for JSONL.
    lines = path.read_text().split("\n")
    assert lines[items[3].line - 1].strip() == "{" and '"a4"' in lines[items[3].line]
    assert f"batch.json:{items[2].line}" in items[2].message


def test_a_json_object_is_one_article_and_json_lines_saved_as_json_are_read_too(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "s1", "text": STORY}, indent=2))
    lines = tmp_path / "lines.json"
    lines.write_text(json.dumps({"id": "l1", "text": STORY}) + "\n" + json.dumps({"id": "l2", "text": STORY}) + "\n")
    items = list(iter_inputs([str(one), str(lines)]))
    assert [(type(i).__name__, i.id) for i in items] == [("RawArticle", "s1"), ("RawArticle", "l1"), ("RawArticle", "l2")]


def test_a_json_file_cut_short_keeps_its_whole_articles_and_says_where_it_ends(tmp_path):
    path = tmp_path / "cut.json"
    text = json.dumps([{"id": f"c{i}", "text": STORY} for i in range(3)], indent=1)
    path.write_text(text[: text.index('"c2"') + 6])
    items = list(iter_inputs([str(path)]))
    assert _kinds(items) == ["RawArticle", "RawArticle", "ErrorRecord"]
    assert "malformed JSON" in items[2].message and "cut.json" in items[2].message


def test_json_nested_too_deep_is_an_error_not_a_crash(tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    (tmp_path / "deep.json").write_text(deep)
    (tmp_path / "deep.jsonl").write_text(json.dumps({"text": STORY}) + "\n" + deep + "\n")
    items = list(iter_inputs([str(tmp_path / "deep.json"), str(tmp_path / "deep.jsonl")]))
    assert _kinds(items) == ["ErrorRecord", "RawArticle", "ErrorRecord"]
    assert "deep" in items[0].message and items[2].line == 2


def test_json_files_inside_a_folder_are_read_not_skipped(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps([{"id": "j1", "text": STORY}]))
    (tmp_path / "b.txt").write_text(STORY)
    items = list(iter_inputs([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["RawArticle", "RawArticle"]
    assert items[0].id == "j1"


def test_an_unknown_file_type_named_on_the_command_line_is_an_error_listing_what_is_read(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_text(STORY)  # text inside, but a .pdf is not taken as text
    (err,) = list(iter_inputs([str(path)]))
    assert isinstance(err, ErrorRecord) and err.path == str(path)
    assert "report.pdf" in err.message and ".txt" in err.message and ".json" in err.message


def test_a_file_without_a_suffix_is_still_read_as_text(tmp_path):
    # What a shell hands over for <(...) or /dev/stdin has no suffix either.
    path = tmp_path / "story"
    path.write_text(STORY)
    (item,) = list(iter_inputs([str(path)]))
    assert isinstance(item, RawArticle) and item.text == STORY


def test_a_folder_walk_warns_of_each_file_it_skips(tmp_path, caplog):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "notes.pdf").write_text(STORY)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "data.csv").write_text("a,b\n")
    (tmp_path / ".hidden.pdf").write_text(STORY)  # hidden files stay quietly out
    with caplog.at_level(logging.WARNING, logger="newsledger"):
        items = list(iter_inputs([str(tmp_path)]))
    assert _kinds(items) == ["RawArticle"]
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warned) == 2
    assert "notes.pdf" in warned[0] and "data.csv" in warned[1] and ".json" in warned[0]


def test_the_cli_shows_folder_walk_warnings_on_stderr(tmp_path):
    # A subprocess: under pytest the log goes to pytest's capture, not to stderr.
    (tmp_path / "notes.pdf").write_text(STORY)
    try:
        out = subprocess.run(
            [sys.executable, "-c", "from newsledger.cli import cli; cli()", "extract", str(tmp_path), "--format", "jsonl"],
            capture_output=True, text=True, timeout=120,
        )
    except PermissionError as exc:
        pytest.skip(f"cannot start {sys.executable} as this user: {exc}")
    assert out.returncode == 1
    assert "notes.pdf" in out.stderr and "notes.pdf" not in out.stdout


def test_a_closed_standard_input_is_an_error_not_a_crash(monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)
    (err,) = list(iter_inputs(["-"]))
    assert isinstance(err, ErrorRecord) and "standard input" in err.message


@pytest.mark.parametrize("field", ["text", "title", "outlet", "id"])
def test_an_unpaired_surrogate_in_a_json_string_is_an_error_naming_the_field(tmp_path, field):
    # JSON may spell "\\ud800" alone; no UTF-8 output can hold it, and writing
    # the article's record crashed the whole run after extraction.
    line = {"id": "s1", "text": STORY, field: "Bad \ud800 value"}
    path = tmp_path / "sur.jsonl"
    path.write_text(json.dumps(line) + "\n" + json.dumps({"id": "s2", "text": STORY}) + "\n")
    items = list(iter_inputs([str(path)]))
    assert _kinds(items) == ["ErrorRecord", "RawArticle"]
    assert "sur.jsonl:1" in items[0].message and repr(field) in items[0].message and "surrogate" in items[0].message


def test_a_broken_link_named_on_the_command_line_is_called_so(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    items = list(iter_inputs([str(tmp_path / "gone.txt"), str(tmp_path / "loop.txt")]))
    assert all(isinstance(i, ErrorRecord) and "broken link" in i.message for i in items), items


def test_a_folder_walk_warning_shows_escape_codes_in_a_file_name_instead_of_sending_them(tmp_path, caplog):
    # The warning goes to a terminal unlike the records, which keep the name exact.
    (tmp_path / "a\x1b[2Jb.pdf").write_text(STORY)
    (tmp_path / "ok.txt").write_text(STORY)
    with caplog.at_level(logging.WARNING, logger="newsledger"):
        list(iter_inputs([str(tmp_path)]))
    (message,) = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert "\x1b" not in message and "[2Jb.pdf" in message


def test_a_file_surely_over_max_chars_is_refused_unread(tmp_path, monkeypatch):
    """Given --max-chars, a text file too large to hold fewer characters is an error before it is read whole."""
    from pathlib import Path

    from newsledger.ingest.readers import MAX_UTF8_BYTES, iter_inputs
    from newsledger.records import ErrorRecord

    big = tmp_path / "big.txt"
    with big.open("wb") as f:  # sparse: the size without the bytes
        f.truncate(MAX_UTF8_BYTES * 1000 + 1)
    near = tmp_path / "near.txt"
    near.write_text("é" * 1500, encoding="utf-8")  # 3,000 bytes but 1,500 characters: read, measured later
    ok = tmp_path / "ok.txt"
    ok.write_text("A short report.", encoding="utf-8")
    read = []
    real_read, real_open = Path.read_bytes, Path.open
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self.name) or real_read(self))
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: read.append(self.name) or real_open(self, *a, **k))

    items = list(iter_inputs([str(big), str(near), str(ok)], max_chars=1000))

    assert isinstance(items[0], ErrorRecord) and str(big) in items[0].message and "--max-chars" in items[0].message
    assert [getattr(i, "text", None) is not None for i in items[1:]] == [True, True]
    assert read == ["near.txt", "ok.txt"]
    # Without a limit nothing is refused up front.
    assert not any(isinstance(i, ErrorRecord) for i in iter_inputs([str(near), str(ok)]))


def test_a_device_or_pipe_is_read_no_further_than_max_chars_allows(tmp_path):
    """/dev/zero has no size to look at first and never ends: the read itself stops at the limit (found by review)."""
    from newsledger.ingest.readers import iter_inputs
    from newsledger.records import ErrorRecord

    ok = tmp_path / "ok.txt"
    ok.write_text("A short report.", encoding="utf-8")
    items = list(iter_inputs(["/dev/zero", str(ok)], max_chars=1000))
    assert isinstance(items[0], ErrorRecord) and "/dev/zero" in items[0].message and "--max-chars" in items[0].message
    assert items[1].text == "A short report."


def test_a_jsonl_line_longer_than_any_article_within_the_limit_is_an_error_for_that_line():
    # Given a stream whose second line never ends within the limit, when it is read,
    # then that line is an error naming it, and the lines around it are read.
    import io
    import json

    from newsledger.ingest.jsonl import max_line_bytes, read_jsonl_stream
    from newsledger.records import ErrorRecord

    limit = max_line_bytes(10)
    good = json.dumps({"id": "a", "text": "Four cars burned."}).encode() + b"\n"
    long = b'{"id": "b", "text": "' + b"x" * (3 * limit) + b'"}\n'
    items = list(read_jsonl_stream(io.BytesIO(good + long + good.replace(b'"a"', b'"c"')), "feed.jsonl", limit))
    assert [getattr(i, "id", None) for i in items] == ["a", None, "c"]
    assert isinstance(items[1], ErrorRecord) and items[1].line == 2 and "feed.jsonl:2" in items[1].message
    # No limit: the same long line is read (and left to the extractor to measure).
    assert len(list(read_jsonl_stream(io.BytesIO(long), "feed.jsonl"))) == 1
