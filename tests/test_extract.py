"""The extractor end to end: every input gets records or an error, spans stay true."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.extract import DEFAULT_MAX_CHARS, split_text
from newsledger.ingest.article import RawArticle
from newsledger.ingest.readers import iter_inputs
from conftest import check_spans
from newsledger.records import ArticleRecord, ErrorRecord, record_from_dict

STORY = (
    "Storms cut power to about 40,000 homes on Monday, the utility said.\n"
    "Crews restored supply to 12,500 of them by the evening, officials added.\n"
)




def test_bad_inputs_give_errors_and_good_articles_still_come_out(tmp_path, extractor):
    (tmp_path / "1_empty.txt").write_text("")
    (tmp_path / "2_binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "3_latin1.txt").write_bytes("Ma\xf1ana 5 personas".encode("latin-1"))
    (tmp_path / "4_lines.jsonl").write_text(
        json.dumps({"id": "ok-1", "text": STORY, "published": "2025-03-24"}) + "\n{oops\n"
    )
    (tmp_path / "5_story.txt").write_text(STORY)
    groups = list(extractor.process(iter_inputs([str(tmp_path)])))
    heads = [g[0] for g in groups]
    assert [type(h).__name__ for h in heads] == [
        "ErrorRecord", "ErrorRecord", "ErrorRecord", "ArticleRecord", "ErrorRecord", "ArticleRecord",
    ]
    assert "no text" in heads[0].message and heads[0].path.endswith("1_empty.txt")
    assert heads[3].id == "ok-1" and heads[3].published == "2025-03-24"
    assert heads[3].published_source == "given"
    assert heads[4].line == 2
    for g in groups:
        if isinstance(g[0], ArticleRecord):
            check_spans(g)


def test_a_failing_component_costs_only_its_article(extractor, monkeypatch):
    original = extractor.nlp.make_doc

    def fragile(text):
        if "EXPLODE" in text:
            raise RuntimeError("component blew up")
        return original(text)

    monkeypatch.setattr(extractor.nlp, "make_doc", fragile)
    items = [RawArticle(text=STORY, id="a"), RawArticle(text="EXPLODE " + STORY, id="b"), RawArticle(text=STORY, id="c")]
    groups = list(extractor.process(items))
    assert [type(g[0]).__name__ for g in groups] == ["ArticleRecord", "ErrorRecord", "ArticleRecord"]
    assert "component blew up" in groups[1][0].message and groups[1][0].article_id == "b"


def test_split_text_cuts_at_paragraphs_and_loses_nothing():
    text = ("A sentence of news. " * 30 + "\n") * 50
    parts = split_text(text, limit=1000)
    assert "".join(p for _, p in parts) == text
    assert all(len(p) <= 1000 for _, p in parts)
    assert all(text[o : o + len(p)] == p for o, p in parts)
    assert all(p.endswith("\n") for _, p in parts[:-1])


@pytest.mark.slow
def test_a_five_megabyte_text_is_processed_with_true_spans(extractor):
    paragraph = (
        "Officials said on Tuesday that 1,200 people had been evacuated from the valley. "
        "About 300 homes were damaged and at least 14 roads closed, the agency reported.\n"
    )
    # As long as the default size limit lets through: the longest text extracted by default.
    text = paragraph * (DEFAULT_MAX_CHARS // len(paragraph))
    assert DEFAULT_MAX_CHARS - len(paragraph) < len(text.encode()) <= DEFAULT_MAX_CHARS
    (records,) = list(extractor.process([RawArticle(text=text, published="2025-03-27")]))
    assert isinstance(records[0], ArticleRecord)
    assert len(records[0].text) == len(text.strip())
    check_spans(records)
    # Figures deep in the last chunk are found too, not only in the first.
    late = [r for r in records if getattr(r, "span", (0, 0))[0] > 4_500_000]
    assert late, "no records from the end of the text"


def test_cli_exit_status_says_whether_any_article_failed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STORY)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00garbage")
    runner = CliRunner()
    ok = runner.invoke(cli, ["extract", str(good), "--published", "2025-03-24", "--format", "jsonl"])
    assert ok.exit_code == 0, ok.output
    records = [record_from_dict(json.loads(line)) for line in ok.stdout.splitlines()]
    assert records[0].published == "2025-03-24"
    failed = runner.invoke(cli, ["extract", str(bad), str(good), "--format", "jsonl"])
    assert failed.exit_code == 1
    types = [json.loads(line)["type"] for line in failed.stdout.splitlines()]
    assert types[0] == "error" and "article" in types


def test_cli_rejects_a_malformed_published_date():
    result = CliRunner().invoke(cli, ["extract", "-", "--published", "27/03/2025"], input="")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_schema_lists_every_record_type_and_contract_field():
    result = CliRunner().invoke(cli, ["extract", "--schema"])
    schema = json.loads(result.stdout)
    defs = schema["$defs"]
    claim = defs["ClaimRecord"]["properties"]
    for name in ("span", "text", "sentence_span", "quantity", "measure", "subject", "source", "time", "statement_date"):
        assert name in claim
    assert set(defs["Quantity"]["properties"]) >= {"value", "low", "high", "bound", "unit", "change"}
    assert defs["TimeRecord"]["properties"]["timex_type"]["enum"] == ["DATE", "TIME", "DURATION", "SET"]


def test_given_published_beats_default_and_default_fills_the_gap(extractor):
    from newsledger.extract import prepare

    default = dt.date(2025, 1, 1)
    given = prepare(RawArticle(text=STORY, published="2025-03-24T08:15:00Z"), default)
    filled = prepare(RawArticle(text=STORY), default)
    assert given.article.published == "2025-03-24" and filled.article.published == "2025-01-01"


def test_a_component_that_gives_up_keeps_the_article_and_reports_the_loss(extractor, monkeypatch):
    from newsledger.nlp.quantities import component

    def broken(doc, **_):
        raise ValueError("unexpected parse")

    monkeypatch.setattr(component, "extract_claims", broken)
    (records,) = list(extractor.process([RawArticle(text=STORY, id="s1", published="2025-03-24")]))
    assert isinstance(records[0], ArticleRecord)
    assert any(r.TYPE == "time" for r in records), "the other components' records are kept"
    errors = [r for r in records if isinstance(r, ErrorRecord)]
    assert len(errors) == 1 and errors[0].article_id == "s1"
    assert "newsledger_quantities" in errors[0].message and "unexpected parse" in errors[0].message
    assert not any(r.TYPE == "claim" for r in records)


def test_a_dated_url_gives_an_undated_article_its_publication_date():
    from newsledger.extract import prepare
    from newsledger.ingest.article import RawArticle

    body = "Officials met again to discuss the budget.\n\nThey agreed on nothing, a spokesman said."
    dated = prepare(RawArticle(text=body, url="https://news.example.org/politics/2024/11/05/budget-talks"))
    assert (dated.article.published, dated.article.published_source) == ("2024-11-05", "inferred")
    # the same text without a URL carries no date at all
    assert prepare(RawArticle(text=body)).article.published is None
    # a date the input gives wins over the URL's
    given = prepare(RawArticle(text=body, url="https://news.example.org/2024/11/05/x", published="2024-11-06"))
    assert (given.article.published, given.article.published_source) == ("2024-11-06", "given")


def test_a_piece_moves_every_span_of_its_records_whatever_the_fields_name():
    """An event's counts are spans of claims: in the second piece of a long text they move with it."""
    from newsledger.extract import _shift
    from newsledger.records.event import Counts

    assert _shift(Counts(dead=(1, 3), size=None), 100) == Counts(dead=(101, 103), size=None)
