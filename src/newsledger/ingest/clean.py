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
    removed: tuple[str, ...] = ()
    """The trailing paragraphs that were cut, in text order."""


# "This content was originally published in <title> on CNN Brazil."
_ORIGIN_RE = re.compile(
    r"^(?:this (?:content|article|story|report) (?:was|is) )?(?:originally|first) "
    r"(?:published|appeared|posted)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_ORIGIN_OUTLET_RE = re.compile(r"\b(?:on|in|by|at)\s+(?P<outlet>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s*\.?\s*$")
# "Source: CNN Brasil", "Via: Reuters"
_SOURCE_LINE_RE = re.compile(r"^(?:source|sources|via|credit|courtesy(?: of)?)\s*[:\-–]\s*(?P<outlet>.{1,80})$", re.IGNORECASE)
_LEGAL_RE = re.compile(
    r"^(?:©|\(c\)|copyright\b|all rights reserved|follow us\b|sign up\b|subscribe\b|"
    r"share this\b|read more\b|related:|tags?:|\(reporting by\b|reporting by\b|editing by\b|"
    r"additional reporting by\b|writing by\b)",
    re.IGNORECASE,
)
# "Bruce Belcher is a seasoned author with over 5 years of experience ..."
_BIO_RE = re.compile(
    r"^(?:[A-Z][\w.'’-]+\s+){1,3}(?:is|was|has been|has)\s+(?:a|an|the)?\s*[^.]{0,80}?\b"
    r"(?:author|writer|journalist|reporter|correspondent|editor|columnist|contributor|"
    r"freelancer|analyst|blogger|producer)\b",
)
_BIO_HINTS = re.compile(
    r"\b(?:writes for|years of experience|covers\b|can be reached|follow (?:him|her|them)|"
    r"is known for|contributes to|his work|her work)\b",
    re.IGNORECASE,
)


# An author's biography attributes nothing; a closing paragraph that does is news
# ("Ahmad Khan is a local journalist who was wounded in the attack, police said").
_ATTRIBUTION_RE = re.compile(r"\b(?:said|says|told|according to)\b", re.IGNORECASE)


def _is_bio(paragraph: str) -> bool:
    return (
        bool(_BIO_RE.match(paragraph))
        and not _ATTRIBUTION_RE.search(paragraph)
        and (bool(_BIO_HINTS.search(paragraph)) or len(paragraph) < 400)
    )


def _credit_outlet(paragraph: str) -> tuple[bool, str | None]:
    """Whether a paragraph is a credit line, and the outlet it names if any."""
    line = paragraph.strip()
    if m := _SOURCE_LINE_RE.match(line):
        return True, m.group("outlet").strip().rstrip(".")
    if m := _ORIGIN_RE.match(line):
        outlet = _ORIGIN_OUTLET_RE.search(m.group("rest"))
        return True, outlet.group("outlet").rstrip(".") if outlet else None
    return False, None


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n")]


def clean_text(text: str) -> Cleaned:
    """Plain article text without trailing credits and author biographies."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    lines = _paragraphs(text)
    removed: list[str] = []
    origin: str | None = None
    source_outlet: str | None = None
    # Walk back from the end while the last non-blank line is trailing matter.
    while lines:
        last = lines[-1].strip()
        if not last:
            lines.pop()
            continue
        is_credit, outlet = _credit_outlet(last)
        if is_credit:
            if _SOURCE_LINE_RE.match(last):
                source_outlet = source_outlet or outlet
            else:
                origin = origin or outlet
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
        outlet=source_outlet,
        removed=tuple(removed),
    )


def clean_html(html: str, url: str | None = None) -> Cleaned:
    """Article text and metadata from a saved page, through trafilatura."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    text = (doc.text if doc is not None else None) or ""
    if not text.strip():
        raise InputError("no article text found in the HTML page")
    cleaned = clean_text(text)
    return Cleaned(
        text=cleaned.text,
        title=doc.title or None,
        published=doc.date or None,
        outlet=doc.sitename or cleaned.outlet,
        url=doc.url or url,
        origin_outlet=cleaned.origin_outlet,
        removed=cleaned.removed,
    )
