"""Read inputs into raw articles: .txt, .html, .jsonl, folders and standard input.

Readers never raise for bad input: an unreadable file or line becomes an
:class:`~newsledger.records.ErrorRecord` in the stream, and reading goes on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..errors import InputError
from ..records import ErrorRecord

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# Feeds (feeds.py) and web archives (warc.py) hold many articles per file.
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = (".warc", ".warc.gz")

# A NUL byte in the first block is the classic mark of a binary file.
_SNIFF = 8192


@dataclass(frozen=True)
class RawArticle:
    """One article as read, before cleaning."""

    text: str | None = None
    html: str | None = None
    id: str | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    path: str | None = None
    line: int | None = None


Item = RawArticle | ErrorRecord


def decode_text(data: bytes, where: str) -> str:
    """Bytes to text, refusing binary data and invalid UTF-8 with a clear message."""
    if b"\x00" in data[:_SNIFF]:
        raise InputError(f"{where}: looks like a binary file (NUL bytes), not article text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where}: not valid UTF-8 (byte {exc.start}: {exc.reason}); "
            "convert it to UTF-8 first"
        ) from None


def _str_or_none(value: object) -> str | None:
    if value is None:
        return None
    return str(value)


def parse_jsonl_line(raw: str, path: str | None, line: int) -> Item:
    """One JSONL input line to a RawArticle, or an ErrorRecord saying what is wrong."""
    where = f"{path or '<stdin>'}:{line}"
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        return ErrorRecord(None, f"{where}: malformed JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})", path, line)
    if not isinstance(data, dict):
        return ErrorRecord(None, f"{where}: expected a JSON object, got {type(data).__name__}", path, line)
    given_id = data.get("id")
    if given_id is not None and (isinstance(given_id, bool) or not isinstance(given_id, (str, int))):
        return ErrorRecord(None, f"{where}: 'id' must be a string, got {type(given_id).__name__}", path, line)
    for field in ("published", "url", "title", "outlet"):
        value = data.get(field)
        if value is not None and not isinstance(value, str):
            return ErrorRecord(
                _str_or_none(given_id), f"{where}: '{field}' must be a string, got {type(value).__name__}", path, line
            )
    text, html = data.get("text"), data.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return ErrorRecord(_str_or_none(data.get("id")), f"{where}: no 'text' or 'html' string", path, line)
    return RawArticle(
        text=text if isinstance(text, str) else None,
        html=html if isinstance(html, str) and not isinstance(text, str) else None,
        id=_str_or_none(data.get("id")),
        published=_str_or_none(data.get("published")),
        url=_str_or_none(data.get("url")),
        title=_str_or_none(data.get("title")),
        outlet=_str_or_none(data.get("outlet")),
        path=path,
        line=line,
    )


def read_jsonl_stream(stream: IO[bytes], path: str | None) -> Iterator[Item]:
    """Articles from a JSONL byte stream, one per non-blank line."""
    for number, raw in enumerate(stream, start=1):
        where = f"{path or '<stdin>'}:{number}"
        try:
            line = decode_text(raw, where)
        except InputError as exc:
            yield ErrorRecord(None, str(exc), path, number)
            continue
        if line.strip():
            yield parse_jsonl_line(line, path, number)


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def read_file(path: Path) -> Iterator[Item]:
    """Articles from one file, chosen by its suffix (text where unknown)."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix in FEED_SUFFIXES:
        from .feeds import read_feed

        yield from read_feed(path)
        return
    if path.name.lower().endswith(WARC_SUFFIXES):
        from .warc import read_warc

        yield from read_warc(path)
        return
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as stream:
                yield from read_jsonl_stream(stream, name)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ErrorRecord(None, f"{name}: cannot read ({exc.strerror or exc})", name)
        return
    try:
        text = decode_text(data, name)
    except InputError as exc:
        yield ErrorRecord(None, str(exc), name)
        return
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
        yield RawArticle(html=text, path=name)
    else:
        yield RawArticle(text=text, path=name)


def iter_folder(folder: Path) -> Iterator[Path]:
    """Article files below a folder, in a stable order, hidden ones skipped."""
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.is_file() and (
            path.suffix.lower() in ARTICLE_SUFFIXES | FEED_SUFFIXES or path.name.lower().endswith(WARC_SUFFIXES)
        ):
            yield path


def iter_inputs(paths: Iterable[str], stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Every article (or error) from the given paths; ``-`` is JSONL on standard input."""
    for given in paths:
        if given == "-":
            yield from read_jsonl_stream(stdin or sys.stdin.buffer, None)
            continue
        path = Path(given)
        if path.is_dir():
            found = False
            for file in iter_folder(path):
                found = True
                yield from read_file(file)
            if not found:
                yield ErrorRecord(None, f"{given}: folder holds no .txt, .html or .jsonl files", given)
        elif path.exists():
            yield from read_file(path)
        else:
            yield ErrorRecord(None, f"{given}: no such file or folder", given)
