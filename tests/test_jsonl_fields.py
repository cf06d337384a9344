"""JSONL fields of the wrong type and dates that are no dates are errors, not guesses."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.extract import parse_date, prepare
from newsledger.ingest.article import RawArticle
from newsledger.ingest.jsonl import parse_jsonl_line
from newsledger.records import ErrorRecord


@pytest.mark.parametrize(
    "line, field",
    [
        ('{"id": "x", "text": "Five people died.", "published": 12}', "published"),
        ('{"id": "x", "text": "Five people died.", "published": true}', "published"),
        ('{"id": {"a": 1}, "text": "Five people died."}', "id"),
        ('{"id": ["a"], "text": "Five people died."}', "id"),
        ('{"id": "x", "text": "Five people died.", "url": 3}', "url"),
        ('{"id": "x", "text": "Five people died.", "title": {"t": 1}}', "title"),
    ],
)
def test_a_field_of_the_wrong_type_is_an_error_naming_the_line(line, field):
    item = parse_jsonl_line(line, "in.jsonl", 7)
    assert isinstance(item, ErrorRecord)
    assert "in.jsonl:7" in item.message and field in item.message


def test_a_numeric_id_is_still_taken():
    item = parse_jsonl_line('{"id": 42, "text": "Five people died."}', "in.jsonl", 1)
    assert isinstance(item, RawArticle) and item.id == "42"


@pytest.mark.parametrize("value", ["12", "5", "March 5", "Monday"])
def test_a_date_without_its_year_is_not_filled_in_from_today(value):
    assert parse_date(value) is None


def test_written_dates_with_a_year_still_parse():
    assert parse_date("Mon, 10 Mar 2025 08:00:00 GMT") == dt.date(2025, 3, 10)
    assert parse_date("27 March 2025") == dt.date(2025, 3, 27)
    assert parse_date("2025-03-27T08:15:00Z") == dt.date(2025, 3, 27)


@pytest.mark.parametrize("value", ["not a date", "2025-13-45", "12"])
def test_a_given_date_that_is_no_date_is_an_error_for_that_article(value):
    out = prepare(RawArticle(text="Five people died.", published=value, path="in.jsonl", line=3))
    assert isinstance(out, ErrorRecord)
    assert "in.jsonl:3" in out.message and value in out.message


def _warc(tmp_path, gz: bool):
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for i in range(3):
        html = (
            f"<html><head><title>Report {i}</title></head><body><article><p>At least {10 + i} people "
            "were hurt when a bridge gave way on Monday, the regional authorities said.</p></article></body></html>"
        ).encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(f"http://example.org/{i}", "response", payload=io.BytesIO(html), http_headers=headers)
        )
    return buf.getvalue()


@pytest.mark.parametrize("gz", [False, True])
@pytest.mark.parametrize("cut", [0.8, 0.9, 0.97])
def test_a_truncated_warc_file_says_so(tmp_path, gz, cut):
    from newsledger.ingest.warc import read_warc

    data = _warc(tmp_path, gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(data[: int(len(data) * cut)])
    items = list(read_warc(path))
    assert [type(i).__name__ for i in items[:2]] == ["RawArticle", "RawArticle"]
    assert any(isinstance(i, ErrorRecord) and str(path) in i.message for i in items), items


@pytest.mark.parametrize("gz", [False, True])
def test_a_whole_warc_file_gives_no_error(tmp_path, gz):
    from newsledger.ingest.warc import read_warc

    path = tmp_path / ("whole.warc.gz" if gz else "whole.warc")
    path.write_bytes(_warc(tmp_path, gz))
    items = list(read_warc(path))
    assert len(items) == 3 and all(isinstance(i, RawArticle) for i in items)


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00Z", "9999-12-31"])
def test_a_placeholder_date_is_an_error_not_an_article_without_times(value):
    out = prepare(RawArticle(text="Last year 30 people died.", published=value, path="in.jsonl", line=2))
    assert isinstance(out, ErrorRecord) and value in out.message


def test_published_option_refuses_a_placeholder_year():
    from click.testing import CliRunner

    from newsledger.cli import cli

    result = CliRunner().invoke(cli, ["extract", "--published", "0001-01-01", "x.txt"])
    assert result.exit_code == 2 and "0001-01-01" in result.output
