"""Cleaning: article text without page furniture, trailing credits or author bios.

HTML goes through trafilatura, which also reads the title, date and site name.
Plain text keeps its body; what trails it and is not news (an author's
biography, "This content was originally published in ..." or "Source: X"
credits, copyright lines) is cut, and a credited outlet is kept as metadata so
that those lines yield no claims but the credit is not lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError
from ..lang.en.boilerplate import (
    ATTRIBUTION_CUES,
    AUTHOR_BIO,
    AUTHOR_BIO_HINTS,
    LEGAL_LINE,
    ORIGIN_LINE,
    ORIGIN_OUTLET,
    ORIGIN_TITLE_LEAD,
    SOURCE_LINE,
)


@dataclass(frozen=True)
class Cleaned:
    """The cleaned text of one article and what cleaning learnt about it."""

    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    origin_outlet: str | None = None
    """The outlet a trailing credit names as the original publisher."""
    origin_title: str | None = None
    """The headline that credit gives the original ("originally published in <headline> on ...")."""
    removed: tuple[str, ...] = ()
    """The trailing paragraphs that were cut, in text order."""


_ORIGIN_RE = re.compile(ORIGIN_LINE, re.IGNORECASE)
_ORIGIN_OUTLET_RE = re.compile(ORIGIN_OUTLET)
_ORIGIN_TITLE_LEAD_RE = re.compile(ORIGIN_TITLE_LEAD, re.IGNORECASE)
_SOURCE_LINE_RE = re.compile(SOURCE_LINE, re.IGNORECASE)
_LEGAL_RE = re.compile(LEGAL_LINE, re.IGNORECASE)
_BIO_RE = re.compile(AUTHOR_BIO)
_BIO_HINTS = re.compile(AUTHOR_BIO_HINTS, re.IGNORECASE)
# An author's biography attributes nothing; a closing paragraph that does is news
# ("Ahmad Khan is a local journalist who was wounded in the attack, police said").
_ATTRIBUTION_RE = re.compile(ATTRIBUTION_CUES, re.IGNORECASE)


def _is_bio(paragraph: str) -> bool:
    return (
        bool(_BIO_RE.match(paragraph))
        and not _ATTRIBUTION_RE.search(paragraph)
        and (bool(_BIO_HINTS.search(paragraph)) or len(paragraph) < 400)
    )


def _credit_outlet(paragraph: str) -> tuple[bool, str | None, str | None]:
    """Whether a paragraph is a credit line, the outlet it names and the original's headline, if any."""
    line = paragraph.strip()
    if m := _SOURCE_LINE_RE.match(line):
        return True, m.group("outlet").strip().rstrip("."), None
    if m := _ORIGIN_RE.match(line):
        rest = m.group("rest")
        outlet = _ORIGIN_OUTLET_RE.search(rest)
        # "originally published in <headline> on CNN Brazil": what stands between is the headline
        title = rest[: outlet.start()] if outlet else ""
        title = _ORIGIN_TITLE_LEAD_RE.sub("", title).strip(" \t\"'“”‘’:,-–—")
        return True, outlet.group("outlet").rstrip(".") if outlet else None, title or None
    return False, None, None


# A first line is a headline when it is short, ends in no sentence stop and more
# text follows: "Floods cut off 40 villages in Assam" over its story.
HEADLINE_MAX_WORDS = 20


def headline_of(text: str) -> str | None:
    """The headline a plain text opens with, or None where its first line is a sentence."""
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    if not first or not rest.strip():
        return None
    words = first.split()
    if len(words) > HEADLINE_MAX_WORDS or len(words) < 2:
        return None
    if first[-1] in ".!?:;,…" or first[-1] in "\"”’'" and len(first) > 1 and first[-2] in ".!?,":
        return None
    # a dateline or byline is no headline ("By Jane Doe", "LONDON (Reuters) -")
    if first.lower().startswith("by ") or first.endswith(("-", "–", "—")):
        return None
    return first


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n")]


def clean_text(text: str) -> Cleaned:
    """Plain article text without trailing credits and author biographies."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    lines = _paragraphs(text)
    removed: list[str] = []
    origin: str | None = None
    origin_title: str | None = None
    source_outlet: str | None = None
    # Walk back from the end while the last non-blank line is trailing matter.
    while lines:
        last = lines[-1].strip()
        if not last:
            lines.pop()
            continue
        is_credit, outlet, title = _credit_outlet(last)
        if is_credit:
            if _SOURCE_LINE_RE.match(last):
                source_outlet = source_outlet or outlet
            else:
                origin = origin or outlet
                origin_title = origin_title or title
        elif not (_LEGAL_RE.match(last) or (_is_bio(last) and any(line.strip() for line in lines[:-1]))):
            break  # (a bio is cut after a body, never taken for the whole text)
        removed.insert(0, lines.pop().strip())
    body = "\n".join(lines).strip()
    if not body:
        raise InputError("the article has no text" + (" besides credits and boilerplate" if removed else ""))
    # "Source: X" names the outlet that carried the piece; an "originally
    # published ... on Y" credit names where it first ran.
    return Cleaned(
        text=body,
        origin_outlet=origin or source_outlet,
        origin_title=origin_title,
        outlet=source_outlet,
        removed=tuple(removed),
    )


# libxml2 builds no tree below 256 levels (XML_PARSE_HUGE only moves that to
# 2048) and drops the rest of the page without a word: text after the deep
# part was lost, or the whole article. Such pages are parsed again with the
# nesting flattened: below _FLAT_DEPTH only block elements open, and no
# deeper than _FLAT_DEPTH + _FLAT_BLOCKS, so every word is kept and no
# recursive pass (lxml's copy, trafilatura's) meets a deep tree.
_LIBXML_MAX_DEPTH = 256
_FLAT_DEPTH = 128
_FLAT_BLOCKS = 16
_FLAT_KEEP = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "td", "th", "br", "hr"}
)
# A block flattened away leaves a line break, so its text does not run into the next.
_FLAT_BREAK = _FLAT_KEEP | {
    "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "dl", "table", "tbody",
    "thead", "tr", "form", "center", "figure", "figcaption", "address",
}
# What XML text cannot hold: lxml refuses to set such a text.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def reaches_depth_limit(element) -> bool:
    """Whether a parsed element nests about as deep as libxml2 builds (then it was likely cut there).

    Counted from the element, a few levels short of the limit: a fragment's
    parse had <html> and <body> above it.
    """
    # One step per level: linear in the page, where counting ancestors is not.
    return bool(element.xpath("boolean(." + "/*" * (_LIBXML_MAX_DEPTH - 4) + ")"))


class _FlatteningTarget:
    """An lxml parser target building the page with deep nesting flattened (see above).

    A Python target gets every start and end event whatever the depth: the
    limit is libxml2's own tree builder's, not its tokenizer's.
    """

    def __init__(self) -> None:
        import lxml.etree
        import lxml.html

        self.builder = lxml.etree.TreeBuilder(parser=lxml.html.HTMLParser())
        self.opened: list[bool] = []  # per source element: built or flattened away
        self.depth = 0  # of the tree being built
        self.deepest = 0  # of the source

    def start(self, tag: str, attrib: dict) -> None:
        level = len(self.opened) + 1
        self.deepest = max(self.deepest, level)
        keep = level <= _FLAT_DEPTH or (tag in _FLAT_KEEP and self.depth < _FLAT_DEPTH + _FLAT_BLOCKS)
        self.opened.append(keep)
        if keep:
            self.depth += 1
            self.builder.start(tag, attrib)
        elif tag in _FLAT_BREAK:
            self.builder.data("\n")

    def end(self, tag: str) -> None:
        if self.opened.pop():
            self.depth -= 1
            self.builder.end(tag)
        elif tag in _FLAT_BREAK:
            self.builder.data("\n")

    def data(self, text: str) -> None:
        self.builder.data(text)

    def close(self):
        return self.builder.close()


def parse_flattened(html: str):
    """A page's tree with deep nesting flattened, and the depth its markup reached."""
    import lxml.etree
    import lxml.html

    target = _FlatteningTarget()
    parser = lxml.html.HTMLParser(
        target=target, collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True, encoding="utf-8"
    )
    # The builder refuses what XML cannot hold (control characters), as trafilatura's loader strips.
    root = lxml.etree.fromstring(NOT_XML.sub("", html).encode("utf-8"), parser)
    return root, target.deepest


def clean_html(html: str, url: str | None = None) -> Cleaned:
    """Article text and metadata from a saved page, through trafilatura."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    if not html.strip():
        raise InputError("the HTML page is empty")
    # Parsed here (as trafilatura would) to see whether libxml2 cut the page short.
    tree = trafilatura.load_html(html)
    nested = None
    if tree is not None and reaches_depth_limit(tree):
        try:
            tree, nested = parse_flattened(html)
        except Exception as exc:  # noqa: BLE001 - lxml raises several types here; the reason is what matters
            raise InputError(
                f"HTML nested deeper than {_LIBXML_MAX_DEPTH - 1} levels could not be parsed ({type(exc).__name__}: {exc})"
            ) from None
    if tree is None:
        # trafilatura's loader refuses markup with no <html> tag and under two elements.
        raise InputError("not an HTML page: no <html> tag and a single element (give the whole page)")
    try:
        doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # noqa: BLE001 - trafilatura and htmldate fail on some tag soup (AssertionError)
        raise InputError(f"the HTML page could not be read (trafilatura: {type(exc).__name__}: {exc})") from None
    text = (doc.text if doc is not None else None) or ""
    if not text.strip():
        deep = f" (HTML nested {nested} levels deep, flattened)" if nested else ""
        raise InputError(f"no article text found in the HTML page{deep}")
    cleaned = clean_text(text)
    return Cleaned(
        text=cleaned.text,
        title=doc.title or None,
        published=doc.date or None,
        outlet=doc.sitename or cleaned.outlet,
        url=doc.url or url,
        origin_outlet=cleaned.origin_outlet,
        origin_title=cleaned.origin_title,
        removed=cleaned.removed,
    )
