"""Quotations in every common quote style, found in one pass over the text.

Handles curly double quotes (“ ”), straight double quotes (" "), single curly
quotes (‘ ’), guillemets (« », and the reversed » « of German copy), the low-high
pair („ “ / „ ”), single guillemets (‹ ›) and two apostrophes ('' ''), the
double quote of wire and archive feeds that carry plain ASCII; a curly opening
mark closed by a straight one (“... ," she said) is one quotation. Only the outermost quotation is
tracked: a quote inside a quote belongs to the outer one. A quotation left
unclosed runs to the end of its paragraph (a line break ends a paragraph), the
convention of news copy whose quote goes on in the next paragraph.

A right single quote between letters, or after a letter or s at a word's end
(``Russia’s``, ``soldiers’``), is an apostrophe, not a closing quote, unless a
single-quoted quotation is open and the mark is followed by a space or
punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# opener -> the characters that may close it
_PAIRS: dict[str, str] = {
    "“": "”",
    "\"": "\"",
    "‘": "’",
    "«": "»",
    "»": "«",
    "„": "“”",
    "‚": "‘’",
    "‹": "›",
}
_TRIM = " \t\r\n,;:"
# Every character find_quotes acts on: a line break, an apostrophe, each opening and closing mark.
_MARKS = re.compile("[" + re.escape("".join(sorted({"\n", "'", *_PAIRS, *"".join(_PAIRS.values())}))) + "]")
# Two apostrophes stand for a double quote in plain-ASCII feeds: ''We will win,'' she said.
_TWO_APOSTROPHES = "''"


@dataclass(frozen=True)
class Quote:
    """One quotation: its content span (inside the marks) and whether it closed."""

    start: int
    """First character of the content (after the opening mark)."""
    end: int
    """End of the content (before the closing mark, or the paragraph's end)."""
    open_at: int
    """Where the opening mark stands."""
    close_at: int | None
    """Where the closing mark stands; None for a quote left open to the paragraph's end."""
    close_width: int = 1
    """Characters of the closing mark: 2 for two apostrophes ('')."""

    @property
    def outer(self) -> tuple[int, int]:
        """The span including the quote marks."""
        return (self.open_at, (self.close_at + self.close_width) if self.close_at is not None else self.end)


def _opens(text: str, i: int, ch: str) -> bool:
    """True where the mark at i can open a quotation (not mid-word, not at the line end)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if ch == "«" and after in " \u00a0\u202f" and i + 2 < len(text):
        after = text[i + 2]  # French copy spaces its guillemets: « Nous ... »
    if not (after.isalnum() or after in "‘'\"“«(…[$£€-–—."):
        return False  # a mark before a space or a comma closes something, it opens nothing
    if ch in "\"‘‚" and before.isalnum():
        return False  # 12" or a mid-word mark
    if ch == "»" and before.isalnum():
        return False
    return True


def _closes(text: str, i: int, ch: str) -> bool:
    """True where a closing mark at i ends the open quotation."""
    if ch != "’":
        return True
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    # An apostrophe inside a word ("Russia’s") never closes.
    if before.isalpha() and after.isalpha():
        return False
    # "the workers’ fight": a plural possessive before a lowercase word, with
    # another right quote still to come in the paragraph, is an apostrophe.
    if before in "sS" and after == " " and i + 2 < len(text) and text[i + 2].islower():
        line_end = text.find("\n", i)
        stop = line_end if line_end >= 0 else len(text)
        for k in range(i + 1, stop):
            if text[k] == "’" and not (text[k - 1].isalpha() and k + 1 < stop and text[k + 1].isalpha()):
                return False  # a later mark can close it
    return True


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def find_quotes(text: str) -> list[Quote]:
    """Every outermost quotation in text, in order (linear in the text's length)."""
    quotes: list[Quote] = []
    opener: str | None = None
    open_at = 0
    skip = -1
    straight_inside = 0
    # Only line breaks, apostrophes and quote marks move the state: the regex skips the rest in C.
    for m in _MARKS.finditer(text):
        i = m.start()
        ch = text[i]
        if i <= skip:
            continue  # the second apostrophe of a '' mark
        if ch == "\n":
            if opener is not None:
                start, end = _trimmed(text, open_at + len(opener), i)
                if end > start:
                    quotes.append(Quote(start, end, open_at, None))
                opener = None
            continue
        pair = ch == "'" and text.startswith(_TWO_APOSTROPHES, i)
        if opener is None:
            if pair:
                skip = i + 1
                if _opens(text, i + 1, "\""):
                    opener, open_at = _TWO_APOSTROPHES, i
            elif ch in _PAIRS and _opens(text, i, ch):
                opener, open_at, straight_inside = ch, i, 0
            continue
        if opener == _TWO_APOSTROPHES:
            if pair:
                skip = i + 1
                start, end = _trimmed(text, open_at + 2, i)
                if end > start:
                    quotes.append(Quote(start, end, open_at, i, 2))
                opener = None
            continue
        if opener == "“" and ch == "\"":
            # Web copy mixes marks: “It is shameful," she said. A straight mark in a
            # closing place closes the curly one, unless a straight quotation opened inside.
            before = text[i - 1]
            after = text[i + 1] if i + 1 < len(text) else " "
            if not before.isspace() and not after.isalnum():
                if straight_inside:
                    straight_inside -= 1
                    continue
                start, end = _trimmed(text, open_at + 1, i)
                if end > start:
                    quotes.append(Quote(start, end, open_at, i))
                opener = None
            elif _opens(text, i, ch):
                straight_inside += 1
            continue
        if ch in _PAIRS[opener] and _closes(text, i, ch):
            start, end = _trimmed(text, open_at + 1, i)
            if end > start:
                quotes.append(Quote(start, end, open_at, i))
            opener = None
    if opener is not None:
        start, end = _trimmed(text, open_at + len(opener), len(text))
        if end > start:
            quotes.append(Quote(start, end, open_at, None))
    return quotes
