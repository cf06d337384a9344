"""The registry of record kinds: everything a kind needs is derived from its one entry.

Given a kind the project has never seen (a dummy `mood` record added to the
registry in a fresh process), when an article is extracted, stored as rows,
shown and described, then every layer knows the kind without another change.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from newsledger.records import KINDS, RECORD_TYPES, stored_kinds
from newsledger.store import schema
from newsledger.store.rows import record_row

SHARED = {"id", "article_id", "ord", "span_start", "span_end", "text", "record"}


def test_every_stored_kind_has_its_table_with_exactly_its_columns():
    for kind in stored_kinds():
        table = schema.TABLES[kind.table]
        assert {c.name for c in table.columns} == SHARED | {c.name for c in kind.columns}
        assert {i.name for i in table.indexes} == {name for name, _ in kind.indexes}


def test_the_registry_is_the_contract_order_and_names_each_type_once():
    assert [k.name for k in KINDS] == ["article", "time", "claim", "entity", "statement", "error", "series", "event"]
    assert list(RECORD_TYPES) == [k.name for k in KINDS]


def test_a_row_fills_every_column_of_its_table_but_the_generated_id():
    from newsledger.records import ClaimRecord, ClaimTime, Quantity, Source

    text = "Officials said 12 people were hurt on Monday."
    claim = ClaimRecord(
        "a1", (15, 17), "12", (0, len(text)), Quantity(12.0, 12.0, 12.0),
        measure="people hurt", source=Source("Officials", None, (0, 9), "said", via="Reuters"),
        time=ClaimTime("2025-03-24", "2025-03-24", "Monday", "point", basis="text"),
        statement_date="not a date",
    )
    row = record_row(claim, "a1", 0, text)
    assert set(row) == {c.name for c in schema.claims.columns} - {"id"}
    assert row["sentence"] == text and row["value"] == 12.0 and row["source_start"] == 0
    assert str(row["time_start"]) == "2025-03-24"
    # a value that does not fit its column goes in as NULL; the JSON keeps it
    assert row["statement_date"] is None and row["record"]["statement_date"] == "not a date"


DUMMY = textwrap.dedent(
    '''
    import dataclasses, json, sys
    from typing import ClassVar
    import spacy
    from spacy.language import Language
    from newsledger.records import Record, registry
    from newsledger.records.kind import Column, Display, Kind, attr

    @dataclasses.dataclass(frozen=True)
    class MoodRecord(Record):
        TYPE: ClassVar[str] = "mood"
        article_id: str
        span: tuple[int, int]
        text: str
        mood: str

    KIND = Kind(
        MoodRecord, doc_attr="moods", table="moods",
        columns=(Column("mood", "text", attr("mood")),),
        indexes=(("ix_moods_article", ("article_id", "ord")),),
        display=Display("moods", ("text", "mood"), lambda m: (m.text, m.mood), style="bold red", order=9),
    )
    # the one registry entry
    registry.KINDS += (KIND,)
    registry.KIND_BY_NAME["mood"] = KIND
    registry.RECORD_TYPES["mood"] = MoodRecord

    from newsledger.extract import Extractor
    from newsledger.ingest.article import RawArticle
    from newsledger.records import record_from_dict
    from newsledger.records_schema import record_schema
    from newsledger.store import schema
    from newsledger.store.rows import record_row
    from newsledger.cli.render import STYLES, record_tables
    from rich.console import Console

    @Language.component("test_moods")
    def moods(doc):
        doc._.moods = [MoodRecord(doc._.article_id, (t.idx, t.idx + len(t)), t.text, "glad")
                       for t in doc if t.lower_ == "glad"]
        return doc

    nlp = spacy.blank("en")
    nlp.add_pipe("test_moods")
    records = next(Extractor(nlp=nlp).process([RawArticle(text="We are glad. Very glad.", id="m1")]))
    found = [r for r in records if r.TYPE == "mood"]
    console = Console(record=True, width=80)
    record_tables(records, console)
    out = {
        "moods": [r.to_dict() for r in found],
        "round_trip": all(record_from_dict(json.loads(json.dumps(r.to_dict()))) == r for r in found),
        "table": sorted(c.name for c in schema.TABLES["moods"].columns),
        "row": record_row(found[0], "m1", 0, records[0].text)["mood"],
        "style": STYLES.get("mood"),
        "shown": "moods" in console.export_text(),
        "schema": "MoodRecord" in record_schema()["$defs"],
    }
    print(json.dumps(out))
    '''
)


def test_a_new_kind_is_one_module_and_one_registry_entry():
    done = subprocess.run([sys.executable, "-c", DUMMY], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert [m["text"] for m in out["moods"]] == ["glad", "glad"]
    assert out["moods"][1]["span"] == [18, 22]
    assert out["round_trip"] is True
    assert out["table"] == sorted(SHARED | {"mood"})
    assert out["row"] == "glad"
    assert out["style"] == "bold red"
    assert out["shown"] is True
    assert out["schema"] is True


def test_kind_tables_build_on_both_dialects():
    from sqlalchemy.dialects import postgresql, sqlite
    from sqlalchemy.schema import CreateTable

    for kind in stored_kinds():
        for dialect in (sqlite.dialect(), postgresql.dialect()):
            ddl = str(CreateTable(schema.TABLES[kind.table]).compile(dialect=dialect))
            for column in kind.columns:
                assert f"{column.name} " in ddl or f'"{column.name}" ' in ddl
