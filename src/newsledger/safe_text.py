"""Article text made safe for a terminal, at display time only.

An article is untrusted input: a title holding ``ESC ] 0 ; ... BEL`` would
retitle the reader's window, ``ESC [ 2J`` would clear the screen, an OSC 8
sequence would plant a hidden hyperlink. Everything newsledger prints to a
terminal from an article goes through :func:`visible` first. The store, JSON
Lines and CSV keep the text exact: they are data, and spans index into it.

C0 controls and DEL become their Unicode Control Pictures (``ESC`` is shown
as ``␛``), one character for one, so spans measured in the original text
still land on the same characters. C1 controls (U+0080 to U+009F) have no
picture and are shown as ``\\x9b``; :func:`visible_offset` maps a span into
text that held them.

Bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to
U+2069) are not controls to a terminal, but they reorder what it draws: a
right-to-left override can make a printed figure or name read backwards
("Trojan Source"). They are shown as ``\\u202e``, widened like C1.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, TextIO

# Newline and tab lay text out and cannot drive a terminal; every other C0
# control, DEL and the C1 range can (U+009B is a one-character CSI).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# The characters visible() shows wider than one character.
_WIDENED = re.compile("[\x80-\x9f\u202a-\u202e\u2066-\u2069]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # U+2400 CONTROL PICTURE FOR NULL onwards
    if code == 0x7F:
        return "\u2421"  # SYMBOL FOR DELETE
    if code > 0xFF:
        return f"\\u{code:04x}"  # a bidirectional control
    return f"\\x{code:02x}"


def visible(value: object) -> str:
    """``value`` as text with no control character a terminal would act on."""
    text = value if isinstance(value, str) else str(value)
    return _CONTROL.sub(_picture, text)  # the same string object when nothing matches


def c1_positions(text: str) -> tuple[list[int], list[int]]:
    """Where ``text`` holds the characters :func:`visible` widens (C1 and bidi controls),
    and how much wider the text is after each, for :func:`visible_offset`."""
    where: list[int] = []
    extra: list[int] = []
    total = 0
    for m in _WIDENED.finditer(text):
        total += len(_picture(m)) - 1
        where.append(m.start())
        extra.append(total)
    return where, extra


def visible_offset(offset: int, c1: tuple[list[int], list[int]]) -> int:
    """The offset in ``visible(text)`` of ``offset`` in ``text`` (``c1`` from :func:`c1_positions`)."""
    where, extra = c1
    i = bisect_left(where, offset)
    return offset + (extra[i - 1] if i else 0)


class _VisibleWriter:
    """A text stream that makes control characters visible on their way to a terminal."""

    def __init__(self, out: TextIO) -> None:
        self._out = out

    def write(self, text: str) -> int:
        return self._out.write(visible(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._out, name)


def for_terminal(out: TextIO) -> TextIO:
    """``out`` when it is a file or a pipe (data stays exact); a control-escaping writer on a terminal."""
    try:
        tty = out.isatty()
    except (AttributeError, ValueError):  # a closed or file-like stream without a terminal
        tty = False
    return _VisibleWriter(out) if tty else out  # type: ignore[return-value]
