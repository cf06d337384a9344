"""WARC files (warcio): the HTML responses of a crawl, one raw article each.

Only ``response`` records with an HTTP 2xx status and an HTML content type
are articles; requests, metadata, redirects and images are passed over. The
payload is decoded with the charset the server declared, else UTF-8 (invalid
bytes replaced: crawled pages often lie about their encoding and one bad byte
should not lose the article). The crawl date is not the publication date, so
it is not used; the page's own metadata is. ``line`` is the record's number
in the file.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

from ..records import ErrorRecord
from .article import Item, RawArticle, cannot_read

SUFFIXES = (".warc", ".warc.gz")
"""How the names of web archives end."""


def _charset(content_type: str) -> str:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            name = value.strip().strip("'\"")
            try:
                return codecs.lookup(name).name
            except LookupError:
                break
    return "utf-8"


def read_warc(path: Path) -> Iterator[Item]:
    """Articles from the HTML responses in a WARC (or .warc.gz) file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    found = False
    number = 0
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream)
            last = None
            for record in records:
                number += 1
                last = record
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                status = record.http_headers.get_statuscode() or ""
                content_type = record.http_headers.get_header("Content-Type") or ""
                if not status.startswith("2") or "html" not in content_type.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                try:
                    payload = record.content_stream().read()
                except Exception as exc:  # noqa: BLE001 - a broken record must not end the file
                    yield ErrorRecord(None, f"{name}: record {number} ({url}): cannot read payload ({exc})", name, number)
                    continue
                record.raw_stream.read()  # what the payload decoder left (a chunked body's last CRLF)
                missing = getattr(record.raw_stream, "limit", 0) or 0
                if missing > 0:  # the file ends inside this record's payload
                    last = None  # reported here
                    yield ErrorRecord(
                        None, f"{name}: record {number} ({url}): truncated, {missing} bytes missing", name, number
                    )
                    continue
                found = True
                if b"\x00" in payload[:8192]:
                    yield ErrorRecord(None, f"{name}: record {number} ({url}): binary payload, not HTML", name, number)
                    continue
                html = payload.decode(_charset(content_type), errors="replace")
                yield RawArticle(html=html, url=url, path=name, line=number)
            # warcio stops without a word where the file ends inside a record.
            cut_short = last is not None and (getattr(last.raw_stream, "limit", 0) or 0) > 0
            stream.seek(records.offset)
            if cut_short or stream.read(4096).strip():
                yield ErrorRecord(
                    None, f"{name}: not a readable WARC file after record {number} (truncated?)", name, number or None
                )
    except OSError as exc:
        yield cannot_read(name, exc)
        return
    except (ArchiveLoadFailed, ValueError, EOFError) as exc:
        yield ErrorRecord(None, f"{name}: not a readable WARC file after record {number} ({exc})", name, number or None)
        return
    except Exception as exc:  # noqa: BLE001 - warcio fails on damaged headers with any type (AttributeError, zlib.error)
        yield ErrorRecord(
            None,
            f"{name}: not a readable WARC file after record {number} ({type(exc).__name__}: {exc})",
            name,
            number or None,
        )
        return
    if not found:
        yield ErrorRecord(None, f"{name}: the WARC file holds no HTML responses", name)
