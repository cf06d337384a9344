"""Reading inputs: bad files become error records, good ones still come through."""

from __future__ import annotations

import io
import json

from newsledger.ingest.article import RawArticle
from newsledger.ingest.jsonl import read_jsonl_stream
from newsledger.ingest.readers import iter_inputs
from newsledger.records import ErrorRecord


def _kinds(items):
    return [type(i).__name__ for i in items]


def test_empty_binary_and_invalid_utf8_files_give_errors_and_the_rest_goes_on(tmp_path):
    (tmp_path / "a_empty.txt").write_text("")
    (tmp_path / "b_binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (tmp_path / "c_latin1.txt").write_bytes("Caf\xe9 prices rose 5%.".encode("latin-1"))
    (tmp_path / "d_good.txt").write_text("Prices rose 5% in May, officials said.")
    items = list(iter_inputs([str(tmp_path)]))
    assert _kinds(items) == ["RawArticle", "ErrorRecord", "ErrorRecord", "RawArticle"]
    assert "binary" in items[1].message and items[1].path.endswith("b_binary.txt")
    assert "UTF-8" in items[2].message
    assert items[3].text.startswith("Prices rose")


def test_malformed_jsonl_line_among_good_lines_is_named_by_line_number(tmp_path):
    path = tmp_path / "batch.jsonl"
    good = json.dumps({"id": "x1", "text": "Ten people died.", "published": "2025-03-27"})
    path.write_text(good + "\n{not json\n\n" + json.dumps([1, 2]) + "\n" + good.replace("x1", "x2") + "\n")
    items = list(iter_inputs([str(path)]))
    assert _kinds(items) == ["RawArticle", "ErrorRecord", "ErrorRecord", "RawArticle"]
    assert items[1].line == 2 and "malformed JSON" in items[1].message
    assert items[2].line == 4 and "JSON object" in items[2].message
    assert [items[0].id, items[3].id] == ["x1", "x2"]


def test_stdin_dash_reads_jsonl():
    stream = io.BytesIO(b'{"text": "One.", "url": "https://example.org/1"}\n')
    (item,) = list(iter_inputs(["-"], stdin=stream))
    assert isinstance(item, RawArticle) and item.url == "https://example.org/1"


def test_missing_path_and_empty_folder_are_errors(tmp_path):
    items = list(iter_inputs([str(tmp_path / "nope.txt"), str(tmp_path)]))
    assert all(isinstance(i, ErrorRecord) for i in items)
    assert "no such file" in items[0].message and "holds no" in items[1].message


def test_invalid_utf8_inside_jsonl_stream_is_one_error():
    stream = io.BytesIO(b'{"text": "ok"}\n{"text": "\xff\xfe"}\n')
    items = list(read_jsonl_stream(stream, "feed.jsonl"))
    assert _kinds(items) == ["RawArticle", "ErrorRecord"]
