"""Review round: JSONL fields of the wrong type and dates that are no dates are errors, not guesses."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.extract import parse_date, prepare
from newsledger.ingest.readers import RawArticle, parse_jsonl_line
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
