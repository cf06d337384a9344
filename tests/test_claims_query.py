"""Finding claims (issue 10, item 5): --about matches what a claim counts and who says it,
with measure synonyms; rows go by the date a figure holds; a plain text's headline is its title."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.ingest.clean import headline_of
from test_store_fixtures import store_url  # noqa: F401  (fixture)

REPORTS = [
    {"id": "c1", "published": "2025-04-02", "outlet": "Wire One",
     "text": "Shelling hits border towns\n\nAbout 60 soldiers have been killed or wounded since Sunday, the army said. "
             "Troops were also seen near the river, where 3 bridges were damaged."},
    {"id": "c2", "published": "2025-04-03", "outlet": "Wire Two",
     "text": "The health ministry said 14 civilians were injured this year in the province."},
]


def _ingest(extractor, db, tmp_path):
    from newsledger.ingest.readers import iter_inputs
    from newsledger.run import ingest
    from newsledger.store import open_store

    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    with open_store(db) as store:
        ingest(store, iter_inputs([str(path)]), extractor=extractor)


def _claims(db, *args):
    done = CliRunner().invoke(cli, ["claims", "--db", db, "--format", "jsonl", *args])
    assert done.exit_code == 0, done.output
    return [json.loads(line) for line in done.output.splitlines()]


def test_about_matches_the_measure_and_its_synonyms_not_the_sentence(extractor, store_url, tmp_path):
    _ingest(extractor, store_url, tmp_path)
    # "casualties" finds a count of killed or wounded, and of injured; "killed" not the injured alone
    assert sorted(r["figure"] for r in _claims(store_url, "--about", "casualties")) == ["14", "About 60"]
    assert [r["figure"] for r in _claims(store_url, "--about", "killed")] == ["About 60"]
    # "troops" finds the soldiers killed or wounded, not the bridges of a sentence that names troops
    assert "3" not in [r["figure"] for r in _claims(store_url, "--about", "troops")]
    assert "About 60" in [r["figure"] for r in _claims(store_url, "--about", "troops")]
    # the source counts too
    assert [r["figure"] for r in _claims(store_url, "--about", "ministry")] == ["14"]


def test_rows_go_by_the_date_a_figure_holds_no_later_than_its_report(extractor, store_url, tmp_path):
    _ingest(extractor, store_url, tmp_path)
    rows = _claims(store_url)
    # "this year" in an April report holds as of April, so it sorts before nothing in December
    this_year = next(r for r in rows if r["figure"] == "14")
    assert this_year["time_end"] == "2025-12-31"
    assert rows[-1]["figure"] != "14" or all(r["published"] <= "2025-04-03" for r in rows)


def test_claims_can_show_their_sentence(extractor, store_url, tmp_path):
    _ingest(extractor, store_url, tmp_path)
    done = CliRunner(env={"COLUMNS": "250"}).invoke(
        cli, ["claims", "--db", store_url, "--format", "table", "--sentence", "--about", "civilians"]
    )
    assert done.exit_code == 0 and "province" in done.output


def test_a_plain_text_takes_its_title_from_a_headline_first_line(extractor, store_url, tmp_path):
    _ingest(extractor, store_url, tmp_path)
    done = CliRunner().invoke(cli, ["articles", "--db", store_url, "--format", "jsonl"])
    titles = {r["id"]: r["title"] for r in map(json.loads, done.output.splitlines())}
    assert titles == {"c1": "Shelling hits border towns", "c2": None}


def test_what_is_a_headline():
    assert headline_of("Floods cut off 40 villages in Assam\nHeavy rain fell.") == "Floods cut off 40 villages in Assam"
    assert headline_of("Markets: stocks slide 3%\nShares fell.") == "Markets: stocks slide 3%"
    for text in ("The council met on Monday.\nIt voted.", "By Jane Doe\nText", "LONDON (Reuters) -\nText",
                 "One line only", "“We will stay,” she said.\nMore"):
        assert headline_of(text) is None, text
