"""RSS/Atom feeds and WARC archives as inputs."""

from __future__ import annotations

import io

from newsledger.ingest.feeds import html_fragment_text, read_feed
from newsledger.ingest.article import RawArticle
from newsledger.ingest.readers import iter_inputs
from newsledger.ingest.warc import read_warc
from newsledger.records import ErrorRecord

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Valley Gazette</title><link>https://example.org</link>
<item><title>Dam repairs to take two years</title><link>https://example.org/dam</link>
<pubDate>Mon, 06 Oct 2025 09:00:00 GMT</pubDate>
<description><![CDATA[<p>Repairs to the Elm River dam will cost about $85 million, the water board said.</p><p>Work starts in <b>January</b>.</p>]]></description>
</item>
<item><title>Empty item</title><link>https://example.org/empty</link><description></description></item>
<item><title>Plain</title><description>Ticket sales rose 9% in September, the club said.</description>
<pubDate>Tue, 07 Oct 2025 09:00:00 GMT</pubDate></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Report</title><id>urn:x</id><updated>2025-07-02T10:00:00Z</updated>
<entry><title>Storm cuts power</title><id>urn:x:1</id><link href="https://example.org/storm"/>
<published>2025-07-01T22:10:00Z</published><updated>2025-07-02T08:00:00Z</updated>
<summary>Short summary.</summary>
<content type="html">&lt;p&gt;About 12,000 homes lost power overnight, the utility said.&lt;/p&gt;&lt;p&gt;Crews expect to restore most by Friday.&lt;/p&gt;</content>
</entry></feed>
"""


def test_rss_items_become_articles_with_their_metadata(tmp_path):
    path = tmp_path / "gazette.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_feed(path))
    assert [type(i) for i in items] == [RawArticle, ErrorRecord, RawArticle]
    first, empty, plain = items
    assert first.text == "Repairs to the Elm River dam will cost about $85 million, the water board said.\nWork starts in January."
    assert (first.title, first.url, first.published, first.outlet) == (
        "Dam repairs to take two years", "https://example.org/dam", "2025-10-06", "Valley Gazette"
    )
    assert "item 2" in empty.message and empty.line == 2
    assert plain.text == "Ticket sales rose 9% in September, the club said." and plain.published == "2025-10-07"


def test_atom_prefers_full_content_and_published_date(tmp_path):
    path = tmp_path / "coast.atom"
    path.write_text(ATOM, encoding="utf-8")
    (entry,) = read_feed(path)
    assert entry.text.startswith("About 12,000 homes lost power overnight") and "Friday" in entry.text
    assert entry.published == "2025-07-01" and entry.outlet == "Coast Report"


def test_a_file_that_is_no_feed_is_one_error(tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_text("<urlset><url><loc>https://example.org</loc></url></urlset>")
    (err,) = read_feed(path)
    assert isinstance(err, ErrorRecord) and "not an RSS or Atom feed" in err.message


def test_html_fragments_keep_paragraphs_and_drop_scripts():
    text = html_fragment_text("<div><p>One  two</p><script>x=1</script><ul><li>a</li><li>b</li></ul>tail</div>")
    assert text == "One two\na\nb\ntail"
    assert html_fragment_text("no markup here ") == "no markup here"


def _warc(path, gz: bool):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)  # gzip per record, as crawlers write .warc.gz

    def response(url, body: bytes, ctype: str, status: str = "200 OK"):
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))

    page = (
        "<html><head><title>Mine rescue</title></head><body><article><h1>Mine rescue</h1>"
        "<p>Rescuers reached 27 miners trapped since Tuesday, the regional governor said on Thursday.</p>"
        "<p>All of them were alive, and 4 were taken to hospital with minor injuries.</p></article></body></html>"
    )
    writer.write_record(writer.create_warc_record("https://example.org/x", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    response("https://example.org/mine", page.encode("cp1252"), "text/html; charset=windows-1252")
    response("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png")
    response("https://example.org/moved", b"", "text/html", status="301 Moved Permanently")
    path.write_bytes(buf.getvalue())
    return path


def test_warc_html_responses_only(tmp_path):
    for gz, name in ((False, "crawl.warc"), (True, "crawl.warc.gz")):
        (item,) = list(read_warc(_warc(tmp_path / name, gz)))
        assert isinstance(item, RawArticle)
        assert item.url == "https://example.org/mine" and "27 miners" in item.html


def test_broken_warc_is_an_error_not_a_crash(tmp_path):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"this is not a warc file at all")
    items = list(read_warc(path))
    assert items and all(isinstance(i, ErrorRecord) for i in items)


def test_iter_inputs_dispatches_feeds_and_archives(tmp_path):
    (tmp_path / "a.rss").write_text(RSS, encoding="utf-8")
    _warc(tmp_path / "b.warc.gz", True)
    (tmp_path / "c.txt").write_text("Officials said 5 bridges were closed.")
    found = list(iter_inputs([str(tmp_path)]))
    kinds = [(type(i).__name__, (i.path or "").rsplit("/", 1)[-1]) for i in found]
    assert kinds == [
        ("RawArticle", "a.rss"), ("ErrorRecord", "a.rss"), ("RawArticle", "a.rss"),
        ("RawArticle", "b.warc.gz"), ("RawArticle", "c.txt"),
    ]


def test_extract_reads_a_feed_through_to_records(extractor, tmp_path):
    (tmp_path / "a.rss").write_text(RSS, encoding="utf-8")
    groups = list(extractor.process(iter_inputs([str(tmp_path / "a.rss")])))
    heads = [g[0] for g in groups]
    assert heads[0].TYPE == "article" and heads[0].published == "2025-10-06" and heads[0].url == "https://example.org/dam"
    assert heads[1].TYPE == "error"


# -- truncated feeds (issue 7) -------------------------------------------------
def _full_texts(doc: str, suffix: str, tmp_path) -> set[str]:
    whole = tmp_path / f"whole{suffix}"
    whole.write_text(doc, encoding="utf-8")
    return {i.text for i in read_feed(whole) if isinstance(i, RawArticle)}


import pytest  # noqa: E402


def _truncated(item) -> bool:
    """Whether an error says truncated, apart from its path (tmp_path holds the test's name)."""
    return isinstance(item, ErrorRecord) and "truncated" in item.message.replace(item.path or "", "")


@pytest.mark.parametrize("doc, suffix", [(RSS, ".rss"), (ATOM, ".atom")])
@pytest.mark.parametrize("cut", [0.3, 0.5, 0.7, 0.85, 0.95, 0.99])
def test_a_truncated_feed_is_reported_and_no_cut_off_item_passes_for_an_article(tmp_path, doc, suffix, cut):
    full = _full_texts(doc, suffix, tmp_path)
    data = doc.encode("utf-8")
    path = tmp_path / f"cut{suffix}"
    path.write_bytes(data[: int(len(data) * cut)])
    items = list(read_feed(path))
    errors = [i for i in items if isinstance(i, ErrorRecord)]
    assert any(_truncated(e) and str(path) in e.message for e in errors), items
    # Whatever comes through as an article is a whole item of the full feed.
    assert all(i.text in full for i in items if isinstance(i, RawArticle)), items


def test_a_feed_cut_inside_an_item_names_that_item(tmp_path):
    data = RSS.encode("utf-8")
    path = tmp_path / "cut.rss"
    path.write_bytes(data[: data.index(b"Ticket sales rose") + 10])
    items = list(read_feed(path))
    assert [type(i) for i in items] == [RawArticle, ErrorRecord, ErrorRecord]
    assert items[2].line == 3 and "item 3" in items[2].message and _truncated(items[2])


QUIRKY = RSS.replace("Work starts in", "Work&nbsp;starts in").replace(
    "<link>https://example.org/dam</link>", "<link>https://example.org/dam?a=1&b=2</link>"
)


def test_a_whole_feed_with_harmless_quirks_is_not_called_truncated(tmp_path):
    # An undeclared entity and a bare '&' make the XML not well-formed (feedparser
    # raises its bozo flag) but the file is whole.
    path = tmp_path / "quirky.rss"
    path.write_text(QUIRKY, encoding="utf-8")
    items = list(read_feed(path))
    assert [type(i) for i in items] == [RawArticle, ErrorRecord, RawArticle]
    assert not any(_truncated(i) for i in items)


def test_a_quirky_feed_cut_short_is_still_reported(tmp_path):
    data = QUIRKY.encode("utf-8")
    path = tmp_path / "quirky-cut.rss"
    path.write_bytes(data[: data.rindex(b"</channel>")])
    items = list(read_feed(path))
    assert _truncated(items[-1])
    assert sum(isinstance(i, RawArticle) for i in items) == 2


def test_a_whole_feed_with_junk_after_its_end_is_not_called_truncated(tmp_path):
    path = tmp_path / "junk.rss"
    path.write_text(QUIRKY + "<script>track()</script>\n", encoding="utf-8")
    items = list(read_feed(path))
    assert sum(isinstance(i, RawArticle) for i in items) == 2 and not any(_truncated(i) for i in items)


def test_a_warc_record_with_a_damaged_header_is_an_error_not_a_crash(tmp_path):
    # warcio raises AttributeError for a response record without its target
    # URI; it escaped read_warc and ended the whole run.
    data = _warc(tmp_path / "whole.warc", False).read_bytes()
    key = b"WARC-Target-URI"
    third = data.index(key, data.index(key, data.index(key) + 1) + 1)  # the image's record
    path = tmp_path / "damaged.warc"
    path.write_bytes(data[:third] + b"WARC-Target-XXX" + data[third + len(key):])
    items = list(read_warc(path))
    assert isinstance(items[0], RawArticle) and items[0].url == "https://example.org/mine"
    assert isinstance(items[-1], ErrorRecord) and "damaged.warc" in items[-1].message
    assert "AttributeError" in items[-1].message


def test_a_feed_item_nested_past_the_parser_limit_keeps_all_its_text():
    # libxml2 builds no tree below 256 levels: the item came out empty, or cut.
    deep = "<div>" * 300 + "<p>Deep: 12 people were hurt.</p>" + "</div>" * 300 + "<p>After: 90 homes were evacuated.</p>"
    assert html_fragment_text(deep) == "Deep: 12 people were hurt.\nAfter: 90 homes were evacuated."
    unclosed = "".join(f"<font><p>Paragraph {i}: {i} cars." for i in range(400))
    lines = html_fragment_text(unclosed).split("\n")
    assert lines[0] == "Paragraph 0: 0 cars." and lines[-1] == "Paragraph 399: 399 cars." and len(lines) == 400


# -- damaged feeds end as error records, never as the end of the run ------------
def test_a_control_character_in_an_item_does_not_stop_the_feed(tmp_path):
    # lxml refused to set a text holding it: ValueError out of the reader.
    path = tmp_path / "ctl.rss"
    path.write_text(RSS.replace("Work starts in", "Work\x0f starts in"), encoding="utf-8")
    items = list(read_feed(path))
    assert [type(i) for i in items] == [RawArticle, ErrorRecord, RawArticle]
    assert items[0].text.endswith("Work starts in January.")


def test_a_feed_whose_encoding_declaration_is_damaged_is_an_error_not_a_crash(tmp_path):
    # A NUL in the declared encoding made feedparser raise ValueError.
    path = tmp_path / "nul.rss"
    path.write_bytes(RSS.replace('encoding="UTF-8"', 'encoding="\x00UTF-8"').encode("utf-8"))
    items = list(read_feed(path))
    assert items and all(isinstance(i, (RawArticle, ErrorRecord)) for i in items)
    assert any(isinstance(i, ErrorRecord) and "nul.rss" in i.message for i in items)


def test_a_cut_feed_declaring_an_unknown_encoding_is_still_reported(tmp_path):
    data = RSS.replace('encoding="UTF-8"', 'encoding="UTF-."').encode("utf-8")
    path = tmp_path / "odd.rss"
    path.write_bytes(data[: data.rindex(b"</channel>")])
    items = list(read_feed(path))
    assert any(_truncated(i) for i in items)
