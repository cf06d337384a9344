"""What every reader yields: a raw article, or an error record in its place.

Also the two checks every reader makes of its bytes: that the system let us
read them (:func:`cannot_read`) and that they are UTF-8 text (:func:`decode_text`).

The readers of each format (``readers``, ``feeds``, ``warc``) take these
types from here, not from one another, so no reader module imports another
and a new format is a module plus an entry in ``readers.READERS``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError
from ..records import ErrorRecord

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


def cannot_read(name: str, exc: OSError) -> ErrorRecord:
    """The error for a file or folder the operating system would not let us read."""
    return ErrorRecord(None, f"{name}: cannot read ({exc.strerror or exc})", name)


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
