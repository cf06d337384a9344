"""RSS and Atom feed files: one raw article per item (feedparser).

An item's full content is preferred to its summary. Feed content is usually an
HTML fragment, not a page, so it is turned into text here (block elements
become line breaks) rather than handed to the page extractor, which discards
short fragments as boilerplate. The item's link, title and date come along;
the feed's own title is the outlet. ``line`` carries the item's number in the
feed, so an error names the item.

A file cut short is reported: feedparser reads what it can and raises its
``bozo`` flag, but it raises that flag for harmless quirks too (an undeclared
``&nbsp;``, a bare ``&``), so truncation is told apart here with expat: a
parser that took every byte without complaint yet finds the document
unfinished at its end saw a file that stops early. An item the file ends
inside is an error, not an article of half its text.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.parsers.expat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..records import ErrorRecord
from .article import Item, RawArticle, cannot_read
from .clean import NOT_XML, parse_flattened, reaches_depth_limit

SUFFIXES = {".rss", ".atom", ".xml"}
"""The file names read as feeds."""

_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article")
_BLANKS = re.compile(r"[ \t\u00a0]+")
_MANY_BREAKS = re.compile(r"\n\s*\n+")


def html_fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one line per block element."""
    import lxml.etree
    import lxml.html

    if "<" not in fragment:
        return fragment.strip()
    fragment = NOT_XML.sub("", fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    if reaches_depth_limit(root):  # libxml2 dropped what follows the deep part
        root = parse_flattened(f"<html><body><div>{fragment}</div></body></html>")[0].find("body")
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    for el in root.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":  # a block inside a block (unclosed <p>s nest) starts a line too
            el.text = "\n" + (el.text or "")
    text = root.text_content()
    lines = [_BLANKS.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_BREAKS.sub("\n", "\n".join(line for line in lines if line)).strip()


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
            except (ValueError, AttributeError):
                continue
    return None


def _entry_body(entry: Any) -> tuple[str | None, str | None]:
    """(text, content type) of an item: the longest content, else the summary."""
    best, kind = None, None
    for content in entry.get("content") or ():
        value = content.get("value")
        if value and (best is None or len(value) > len(best)):
            best, kind = value, content.get("type")
    if not best:
        best = entry.get("summary")
        kind = (entry.get("summary_detail") or {}).get("type")
    return best, kind


_ITEM_NAMES = frozenset({"item", "entry"})
_ITEM_END = re.compile(r"</(?:[\w.-]+:)?(?:item|entry)\s*>")
_FIRST_TAG = re.compile(r"<([^\s?!/>][^\s/>]*)")


@dataclass(frozen=True)
class _Ending:
    """How a feed file ends: why it looks cut short (None: whole) and its whole items."""

    cut: str | None
    whole_items: int


def _closes_its_root(text: str) -> str | None:
    """Why a feed's text never closes its root element, else None.

    Anywhere, not only last: pages append tracking scripts after ``</rss>``.
    """
    first = _FIRST_TAG.search(text)
    if first is None or re.search(r"</" + re.escape(first.group(1)) + r"\s*>", text):
        return None
    return f"no closing </{first.group(1)}> tag"


def _ending(data: bytes, encoding: str | None) -> _Ending:
    """Whether the XML of a feed stops before its document ends, and how many items it closes."""
    parser = xml.parsers.expat.ParserCreate()
    parser.UseForeignDTD(True)  # undeclared entities (&nbsp;) are then skipped, not fatal
    closed = 0

    def end(name: str) -> None:
        nonlocal closed
        if name.rpartition(":")[2] in _ITEM_NAMES:
            closed += 1

    parser.EndElementHandler = end
    try:
        parser.Parse(data, False)
    except (xml.parsers.expat.ExpatError, ValueError, LookupError):
        # Broken before its end (a bare '&', a multi-byte or unknown encoding):
        # expat cannot say how the file ends, so look at its last tag instead.
        try:
            text = data.decode(encoding or "utf-8", errors="replace")
        except LookupError:  # the declared encoding is no encoding
            text = data.decode("utf-8", errors="replace")
        return _Ending(_closes_its_root(text), len(_ITEM_END.findall(text)))
    try:
        parser.Parse(b"", True)
    except xml.parsers.expat.ExpatError as exc:
        message = xml.parsers.expat.errors.messages.get(exc.code, str(exc))
        return _Ending(f"{message} at line {exc.lineno}", closed)
    return _Ending(None, closed)


def read_feed_bytes(data: bytes, path: str) -> Iterator[Item]:
    """Articles from the bytes of an RSS or Atom file."""
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # noqa: BLE001 - feedparser fails on damaged prologs (a NUL in the encoding, ...)
        yield ErrorRecord(None, f"{path}: not a readable RSS or Atom feed ({type(exc).__name__}: {exc})", path)
        return
    entries = parsed.get("entries") or []
    ending = _ending(data, parsed.get("encoding")) if parsed.get("bozo") else _Ending(None, len(entries))
    if not entries:
        if ending.cut:
            yield ErrorRecord(None, f"{path}: the feed file is truncated ({ending.cut}) before any whole item", path)
            return
        reason = parsed.get("bozo_exception")
        why = f" ({type(reason).__name__}: {reason})" if reason else ""
        yield ErrorRecord(None, f"{path}: not an RSS or Atom feed with items{why}", path)
        return
    outlet = (parsed.get("feed") or {}).get("title") or None
    cut_item = None
    for number, entry in enumerate(entries, start=1):
        if ending.cut and number > ending.whole_items:
            cut_item = number
            yield ErrorRecord(
                None,
                f"{path}: feed item {number} is cut off: the file ends inside it (truncated: {ending.cut})",
                path,
                number,
            )
            continue
        body, kind = _entry_body(entry)
        if not body or not body.strip():
            yield ErrorRecord(None, f"{path}: feed item {number} has no content or summary", path, number)
            continue
        text = html_fragment_text(body) if (kind or "text/html") != "text/plain" else body.strip()
        if not text:
            yield ErrorRecord(None, f"{path}: feed item {number} has no text", path, number)
            continue
        yield RawArticle(
            text=text,
            published=_entry_date(entry),
            url=entry.get("link") or None,
            title=entry.get("title") or None,
            outlet=outlet,
            path=path,
            line=number,
        )
    if ending.cut and cut_item is None:
        yield ErrorRecord(
            None,
            f"{path}: the feed file is truncated ({ending.cut}): it ends after item {len(entries)}, "
            "before its closing tags",
            path,
        )


def read_feed(path: Path) -> Iterator[Item]:
    """Articles from an RSS or Atom file; an unreadable file is one error."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield cannot_read(str(path), exc)
        return
    yield from read_feed_bytes(data, str(path))
