"""Read inputs into raw articles: .txt, .html, .json, .jsonl, folders and standard input.

Each file goes to the reader :data:`READERS` names for its suffix; feeds and
web archives are read in their own modules, which know nothing of this one.

Readers never raise for bad input: an unreadable file, folder or line becomes
an :class:`~newsledger.records.ErrorRecord` in the stream, and reading goes
on. A folder walk takes only the file types it reads; each other file it
passes over is a warning on the ``newsledger.ingest.readers`` logger (with no
logging set up, Python prints warnings to standard error), never a silent skip.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from ..errors import InputError
from ..records import ErrorRecord
from ..safe_text import visible  # warnings go straight to a terminal
from . import feeds, warc
from .article import Item, RawArticle, cannot_read, decode_text
from .jsonl import max_line_bytes, read_json_text, read_jsonl_stream

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES
READ_TYPES = ", ".join(sorted(ARTICLE_SUFFIXES | feeds.SUFFIXES) + list(warc.SUFFIXES))
"""The file types read, for messages about the ones that are not."""

log = logging.getLogger(__name__)


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


# UTF-8 spends at most this many bytes on a character.
MAX_UTF8_BYTES = 4


def _too_big(path: Path, max_chars: int | None) -> ErrorRecord | None:
    """An error for a one-article file that surely holds over ``max_chars`` characters.

    The extractor refuses such an article anyway; this says so before the
    file is read, so a 10 GB text never has to fit in memory. Only a file
    whose size proves it (over MAX_UTF8_BYTES bytes per allowed character)
    is refused here; a smaller one is read and measured in characters.
    """
    if not max_chars:
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None  # reading it will say what is wrong
    if size <= MAX_UTF8_BYTES * max_chars:
        return None
    name = str(path)
    return ErrorRecord(
        None,
        f"{name}: a file of {size:,} bytes is over the limit of {max_chars:,} characters; "
        "raise it with --max-chars (0 for no limit) to extract it",
        name,
    )


def _over_limit(name: str, max_chars: int) -> ErrorRecord:
    return ErrorRecord(
        None,
        f"{name}: more than {MAX_UTF8_BYTES * max_chars:,} bytes, over the limit of {max_chars:,} characters; "
        "raise it with --max-chars (0 for no limit) to extract it",
        name,
    )


def _decoded(path: Path, max_chars: int | None = None) -> str | ErrorRecord:
    """The file's text; with ``max_chars``, read no further than the bytes that many characters can take.

    A device or a pipe has no size to look at first (``/dev/zero`` never
    ends), so the read itself is bounded.
    """
    name = str(path)
    try:
        if max_chars:
            with path.open("rb") as stream:
                data = stream.read(MAX_UTF8_BYTES * max_chars + 1)
            if len(data) > MAX_UTF8_BYTES * max_chars:
                return _over_limit(name, max_chars)
        else:
            data = path.read_bytes()
    except OSError as exc:
        return cannot_read(name, exc)
    try:
        return decode_text(data, name)
    except InputError as exc:
        return ErrorRecord(None, str(exc), name)


def _read_jsonl(path: Path, max_chars: int | None) -> Iterator[Item]:
    # Line by line, so a large JSONL file never has to fit in memory; each
    # article is measured against max_chars by the extractor.
    name = str(path)
    try:
        with path.open("rb") as stream:
            yield from read_jsonl_stream(stream, name, max_line_bytes(max_chars))
    except OSError as exc:
        yield cannot_read(name, exc)


def _read_json(path: Path, max_chars: int | None) -> Iterator[Item]:
    text = _decoded(path)
    if isinstance(text, ErrorRecord):
        yield text
    else:
        yield from read_json_text(text, str(path))


def _read_one(path: Path, max_chars: int | None, as_html: Callable[[str], bool]) -> Iterator[Item]:
    """A file holding one article, refused unread when its size proves it too big."""
    if (too_big := _too_big(path, max_chars)) is not None:
        yield too_big
        return
    text = _decoded(path, max_chars)
    if isinstance(text, ErrorRecord):
        yield text
    elif as_html(text):
        yield RawArticle(html=text, path=str(path))
    else:
        yield RawArticle(text=text, path=str(path))


def _read_text(path: Path, max_chars: int | None) -> Iterator[Item]:
    return _read_one(path, max_chars, lambda text: False)


def _read_html(path: Path, max_chars: int | None) -> Iterator[Item]:
    return _read_one(path, max_chars, lambda text: True)


def _read_untyped(path: Path, max_chars: int | None) -> Iterator[Item]:
    # What <(...) and /dev/stdin are: text, or HTML where it looks like a page.
    return _read_one(path, max_chars, _looks_like_html)


def _many(read: Callable[[Path], Iterator[Item]]) -> Callable[[Path, int | None], Iterator[Item]]:
    # A feed or a crawl holds many articles; the extractor measures each one.
    return lambda path, max_chars: read(path)


Reader = Callable[[Path, int | None], Iterator[Item]]
READERS: dict[str, Reader] = {
    "": _read_untyped,
    **dict.fromkeys(TEXT_SUFFIXES, _read_text),
    **dict.fromkeys(HTML_SUFFIXES, _read_html),
    **dict.fromkeys(JSONL_SUFFIXES, _read_jsonl),
    **dict.fromkeys(JSON_SUFFIXES, _read_json),
    **dict.fromkeys(feeds.SUFFIXES, _many(feeds.read_feed)),
    **dict.fromkeys(warc.SUFFIXES, _many(warc.read_warc)),
}
"""The reader of each file type, by suffix (lower case; "" is a file without one)."""


def suffix_of(name: str) -> str:
    """A file name's suffix as READERS knows it: ``.warc.gz`` is one suffix, not ``.gz``."""
    lower = name.lower()
    for ending in warc.SUFFIXES:
        if lower.endswith(ending):
            return ending
    return Path(lower).suffix


def read_file(path: Path, max_chars: int | None = None) -> Iterator[Item]:
    """Articles from one file, chosen by its suffix.

    A file without a suffix is text (HTML where it looks like a page): that
    is what ``<(...)`` and ``/dev/stdin`` are. Any other suffix not read is
    an error listing the ones that are. With ``max_chars``, a one-article
    file too large to hold fewer characters is an error without being read.
    """
    reader = READERS.get(suffix_of(path.name))
    if reader is None:
        name = str(path)
        yield ErrorRecord(None, f"{name}: not a file type newsledger reads ({READ_TYPES})", name)
        return
    yield from reader(path, max_chars)


def is_read_type(name: str) -> bool:
    """Whether a file of this name is read in a folder walk."""
    suffix = suffix_of(name)
    return suffix != "" and suffix in READERS


def _folder_entries(folder: str) -> list[os.DirEntry] | ErrorRecord:
    try:
        with os.scandir(folder) as entries:
            return sorted(entries, key=lambda e: e.name)
    except OSError as exc:
        return ErrorRecord(None, f"{folder}: cannot read folder ({exc.strerror or exc})", folder)


def iter_folder(folder: Path) -> Iterator[Path | ErrorRecord]:
    """Input files below a folder, in path order; hidden files and folders are left out.

    A subfolder that cannot be listed, or a broken link, is an ErrorRecord
    in its place; a file of another type, a link to a folder (not followed,
    so a link loop cannot trap the walk) or a FIFO or device (reading one
    could block for good) is passed over with a warning.
    """
    top = _folder_entries(str(folder))
    if isinstance(top, ErrorRecord):
        yield top
        return
    # An explicit stack: folders may nest deeper than Python's recursion limit.
    stack = [iter(top)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                below = _folder_entries(entry.path)
                if isinstance(below, ErrorRecord):
                    yield below
                else:
                    stack.append(iter(below))
                continue
            is_file, is_link = entry.is_file(), entry.is_symlink()
            is_dir = is_link and entry.is_dir()
        except OSError as exc:
            yield cannot_read(entry.path, exc)
            continue
        if is_dir:
            log.warning("%s: skipped, a link to a folder is not followed (name the folder itself)", visible(entry.path))
        elif not is_read_type(entry.name):
            log.warning("%s: skipped, not a file type newsledger reads (%s)", visible(entry.path), READ_TYPES)
        elif is_file:
            yield Path(entry.path)
        elif is_link:
            yield ErrorRecord(None, f"{entry.path}: cannot read (a broken link)", entry.path)
        else:
            log.warning("%s: skipped, not a regular file (a FIFO, socket or device)", visible(entry.path))


def _read_stdin(stdin: IO[bytes] | None, max_chars: int | None = None) -> Iterator[Item]:
    if stdin is None:
        if sys.stdin is None:  # started with standard input closed
            yield ErrorRecord(None, "<stdin>: standard input is closed, nothing to read")
            return
        stdin = sys.stdin.buffer
    try:
        yield from read_jsonl_stream(stdin, None, max_line_bytes(max_chars))
    except OSError as exc:  # standard input redirected from a folder, or a read error
        yield ErrorRecord(None, f"<stdin>: cannot read standard input ({exc.strerror or exc})")


def iter_inputs(
    paths: Iterable[str], stdin: IO[bytes] | None = None, *, max_chars: int | None = None
) -> Iterator[Item]:
    """Every article (or error) from the given paths; ``-`` is JSONL on standard input.

    ``max_chars`` (the extractor's limit) lets a text or HTML file that is
    surely over it be refused unread.
    """
    for given in paths:
        if given == "-":
            yield from _read_stdin(stdin, max_chars)
            continue
        path = Path(given)
        try:
            # Path.is_dir()/exists() raise (not answer False) for a path below
            # a folder that may not be searched.
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as exc:
            yield cannot_read(given, exc)
            continue
        if is_dir:
            found = False
            for file in iter_folder(path):
                found = True
                if isinstance(file, ErrorRecord):
                    yield file
                else:
                    yield from read_file(file, max_chars)
            if not found:
                yield ErrorRecord(None, f"{given}: folder holds no files newsledger reads ({READ_TYPES})", given)
        elif exists:
            yield from read_file(path, max_chars)
        elif path.is_symlink():  # to nothing, or to itself
            yield ErrorRecord(None, f"{given}: cannot read (a broken link)", given)
        else:
            yield ErrorRecord(None, f"{given}: no such file or folder", given)
