"""JSON Lines and JSON files: one article per line or per element of an array.

Each article object is checked field by field, and a bad line or element is an
error record naming it (``path:line``), never the end of the file's articles.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import IO

from ..errors import InputError
from ..records import ErrorRecord
from .article import Item, RawArticle, decode_text

# JSON can spell half a UTF-16 pair ("\ud800") alone: no UTF-8 output or
# store can hold it, and writing such an article's record ended the run.
_SURROGATE = re.compile("[\ud800-\udfff]")


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
    except RecursionError:  # json recurses once per level of nesting
        return ErrorRecord(None, f"{where}: JSON nested too deep to read", path, line)
    return article_from_json(data, where, path, line)


def article_from_json(data: object, where: str, path: str | None, line: int | None) -> Item:
    """A decoded JSON value (one JSONL line, one element of a .json array) as an article."""
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
    for field in ("id", "text", "html", "published", "url", "title", "outlet"):
        value = data.get(field)
        lone = _SURROGATE.search(value) if isinstance(value, str) else None
        if lone:
            return ErrorRecord(
                None if field == "id" else _str_or_none(given_id),
                f"{where}: '{field}' holds an unpaired surrogate (\\u{ord(lone.group()):04x}), not valid Unicode",
                path,
                line,
            )
    text, html = data.get("text"), data.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return ErrorRecord(_str_or_none(given_id), f"{where}: no 'text' or 'html' string", path, line)
    return RawArticle(
        text=text if isinstance(text, str) else None,
        html=html if isinstance(html, str) and not isinstance(text, str) else None,
        id=_str_or_none(given_id),
        published=_str_or_none(data.get("published")),
        url=_str_or_none(data.get("url")),
        title=_str_or_none(data.get("title")),
        outlet=_str_or_none(data.get("outlet")),
        path=path,
        line=line,
    )


# JSON spends at most 12 bytes on a character (a surrogate pair as two \\uXXXX
# escapes); the rest of a line (id, title, url, keys) gets this much besides.
JSON_BYTES_PER_CHAR = 12
LINE_OVERHEAD_BYTES = 1 << 20
_SKIP_CHUNK = 1 << 20


def max_line_bytes(max_chars: int | None) -> int | None:
    """The longest JSONL line that can hold an article of at most ``max_chars`` characters (None: no limit)."""
    return JSON_BYTES_PER_CHAR * max_chars + LINE_OVERHEAD_BYTES if max_chars else None


def _lines(stream: IO[bytes], limit: int | None) -> Iterator[bytes | None]:
    """The stream's lines; None for a line over ``limit`` bytes, whose rest is read past in bounded chunks."""
    if limit is None:
        yield from stream
        return
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield raw
            continue
        while raw and not raw.endswith(b"\n"):  # the rest of the line, never held whole
            raw = stream.readline(_SKIP_CHUNK)
        yield None


def read_jsonl_stream(stream: IO[bytes], path: str | None, max_bytes: int | None = None) -> Iterator[Item]:
    """Articles from a JSONL byte stream, one per non-blank line.

    With ``max_bytes`` (see :func:`max_line_bytes`), a longer line is an error
    for that line and is never held in memory whole; the next lines go on.
    """
    for number, raw in enumerate(_lines(stream, max_bytes), start=1):
        where = f"{path or '<stdin>'}:{number}"
        if raw is None:
            yield ErrorRecord(
                None,
                f"{where}: a line of more than {max_bytes:,} bytes, longer than any article within --max-chars; "
                "raise it with --max-chars (0 for no limit) to extract it",
                path,
                number,
            )
            continue
        try:
            line = decode_text(raw, where)
        except InputError as exc:
            yield ErrorRecord(None, str(exc), path, number)
            continue
        if line.strip():
            yield parse_jsonl_line(line, path, number)


_JSON_BLANKS = " \t\n\r"


def _skip_blanks(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _JSON_BLANKS:
        pos += 1
    return pos


def read_json_text(text: str, path: str) -> Iterator[Item]:
    """Articles from a .json file: an array of article objects, one object, or JSON Lines.

    Each article is checked as a JSONL line is, and ``line`` is the line its
    object starts on. The array is taken apart one element at a time, so a
    malformed element (or a file cut short) keeps the articles before it.
    """
    start = _skip_blanks(text, 0)
    if start == len(text):
        yield ErrorRecord(None, f"{path}: empty JSON file, no articles", path)
        return
    if text[start] != "[":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            if exc.msg == "Extra data":  # one object per line, saved as .json
                for number, raw in enumerate(text.split("\n"), start=1):
                    if raw.strip():
                        yield parse_jsonl_line(raw, path, number)
                return
            yield ErrorRecord(None, f"{path}:{exc.lineno}: malformed JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})", path, exc.lineno)
            return
        except RecursionError:
            yield ErrorRecord(None, f"{path}: JSON nested too deep to read", path)
            return
        line = text.count("\n", 0, start) + 1
        yield article_from_json(data, f"{path}:{line}", path, line)
        return
    decoder = json.JSONDecoder()
    line, counted = 1, 0
    pos = _skip_blanks(text, start + 1)
    if pos < len(text) and text[pos] == "]":
        yield ErrorRecord(None, f"{path}: empty JSON array, no articles", path)
        return
    while True:
        line += text.count("\n", counted, pos)
        counted = pos
        try:
            data, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            yield ErrorRecord(
                None,
                f"{path}:{exc.lineno}: malformed JSON ({exc.msg.removesuffix(' at')} at column {exc.colno}); "
                "what follows in the file is not read",
                path,
                exc.lineno,
            )
            return
        except RecursionError:
            yield ErrorRecord(
                None, f"{path}:{line}: JSON nested too deep to read; what follows in the file is not read", path, line
            )
            return
        yield article_from_json(data, f"{path}:{line}", path, line)
        pos = _skip_blanks(text, end)
        if pos < len(text) and text[pos] == ",":
            pos = _skip_blanks(text, pos + 1)
            continue
        if pos < len(text) and text[pos] == "]" and _skip_blanks(text, pos + 1) == len(text):
            return
        line += text.count("\n", counted, pos)
        counted = pos
        what = "the file ends inside the array (truncated?)" if pos >= len(text) else "expected ',' or ']'"
        yield ErrorRecord(None, f"{path}:{line}: malformed JSON ({what}); what follows is not read", path, line)
        return
