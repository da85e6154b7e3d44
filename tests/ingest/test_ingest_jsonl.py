"""JSON Lines and JSON inputs: ids kept, defaults, dates, bad lines skipped while the rest is read."""
from __future__ import annotations

import io
import json

import pytest

from graphbuild.ingest import Skipped, normalise_date, read
from graphbuild.model import Document


def _write(path, rows: list) -> str:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows),
                    encoding="utf-8")
    return str(path)


def test_ids_and_fields_kept(tmp_path):
    src = _write(tmp_path / "news.jsonl", [
        {"id": "gsr-0001", "text": "Police fired tear gas at protesters.", "date": "2019-05-01",
         "title": "Protest", "url": "https://example.org/p"},
        {"id": 42, "text": "Troops withdrew from the town."},
        {"text": "Rebels shelled the airport.", "date": "May 3, 2019"},
    ])
    docs = list(read([src]))
    assert [(d.id, d.date, d.title, d.url, d.source) for d in docs] == [
        ("gsr-0001", "2019-05-01", "Protest", "https://example.org/p", src),
        ("42", None, None, None, src),
        ("news:3", "2019-05-03", None, None, src),
    ]


def test_jsonl_text_is_one_document_even_in_seed_format(tmp_path):
    src = _write(tmp_path / "s.ndjson", [{"id": "a", "text": "H\nS\nB.\n-\nR\nSum. World -"}])
    assert [d.id for d in read([src])] == ["a"]


def test_crlf_and_bom(tmp_path):
    path = tmp_path / "w.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "w1", "text": "One\\r\\nTwo"}\r\n\r\n{"id": "w2", "text": "Three"}\r\n')
    assert [(d.id, d.text) for d in read([path])] == [("w1", "One\nTwo"), ("w2", "Three")]


# (line, expected reason) - each bad line gives one Skipped with its line number (line 2).
BAD_LINES = [
    ('{"id": "x", "text": "unterminated', "malformed JSON on line 2: Unterminated string"),
    ("not json at all", "malformed JSON on line 2: Expecting value"),
    ("[1, 2, 3]", "line 2 is JSON but not an object (an array)"),
    ('"just a string"', "line 2 is JSON but not an object (a string)"),
    ('{"id": "x"}', "line 2 has no text"),
    ('{"id": "x", "text": "   "}', "line 2 has no text"),
    ('{"id": "x", "text": 7}', 'line 2 has "text" that is a number, not a string'),
    ('{"id": ["x"], "text": "ok"}', 'line 2 has "id" that is an array, not a string'),
]


@pytest.mark.parametrize("bad,reason", BAD_LINES, ids=[b[1] for b in BAD_LINES])
def test_bad_line_skipped_and_rest_read(tmp_path, bad, reason):
    src = _write(tmp_path / "mixed.jsonl", [{"id": "a", "text": "First."}, bad, {"id": "c", "text": "Third."}])
    items = list(read([src]))
    assert [d.id for d in items if isinstance(d, Document)] == ["a", "c"]
    skipped = [s for s in items if isinstance(s, Skipped)]
    assert len(skipped) == 1
    assert skipped[0].line == 2 and skipped[0].source == src
    assert skipped[0].reason.startswith(reason)
    assert str(skipped[0]).startswith(f"{src}:2: ")
    assert "\n" not in str(skipped[0])


def test_bad_utf8_line(tmp_path):
    path = tmp_path / "enc.jsonl"
    path.write_bytes(b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "caf\xe9"}\n{"id": "c", "text": "ok"}\n')
    items = list(read([path]))
    assert [d.id for d in items if isinstance(d, Document)] == ["a", "c"]
    (s,) = [s for s in items if isinstance(s, Skipped)]
    assert s.line == 2 and s.reason == "not UTF-8 (invalid byte 0xe9 at offset 50)"  # 26 bytes of line 1 + 24


def test_huge_line_skipped_rest_streamed(tmp_path):
    path = tmp_path / "big.jsonl"
    big = json.dumps({"id": "big", "text": "word " * 400})
    _write(path, [{"id": "a", "text": "small"}, big, {"id": "c", "text": "small too"}])
    items = list(read([path], max_bytes=1000))
    assert [d.id for d in items if isinstance(d, Document)] == ["a", "c"]
    (s,) = [s for s in items if isinstance(s, Skipped)]
    assert s.line == 2 and f"{len(big) + 1} bytes" in s.reason and "limit 1000 bytes" in s.reason


def test_total_size_is_not_limited(tmp_path):
    rows = [{"id": f"r{i}", "text": "A short line of text."} for i in range(200)]
    src = _write(tmp_path / "many.jsonl", rows)
    docs = list(read([src], max_bytes=100))
    assert len(docs) == 200 and all(isinstance(d, Document) for d in docs)


def test_pretty_printed_json_in_jsonl_gives_up(tmp_path):
    path = tmp_path / "pretty.jsonl"
    path.write_text(json.dumps([{"id": str(i), "text": "t"} for i in range(10)], indent=2), encoding="utf-8")
    items = list(read([path]))
    assert all(isinstance(s, Skipped) for s in items)
    assert "stopped reading" in str(items[-1])
    assert len(items) == 11


@pytest.mark.parametrize("content,ids", [
    ('{"id": "one", "text": "A single object."}', ["one"]),
    ('{"text": "No id."}', ["doc"]),
    ('[{"text": "First."}, {"id": "b", "text": "Second."}]', ["doc:1", "b"]),
    ('{"id": "l1", "text": "a"}\n{"id": "l2", "text": "b"}\n', ["l1", "l2"]),  # JSON Lines named .json
])
def test_json_file(tmp_path, content, ids):
    path = tmp_path / "doc.json"
    path.write_text(content, encoding="utf-8")
    assert [d.id for d in read([path])] == ids


@pytest.mark.parametrize("content,reason", [
    ('{"id": "x",', "malformed JSON on line 1"),
    ("42", "JSON is a number, not an object or an array of objects"),
    ('{"id": "x"}', "JSON object has no text"),
])
def test_bad_json_file(tmp_path, content, reason):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    (s,) = read([path])
    assert isinstance(s, Skipped) and s.reason.startswith(reason)


def test_stdin_sniffs_jsonl():
    stdin = io.BytesIO(b'\n  {"id": "s1", "text": "Strike at the port."}\n{"text": "No id here."}\n')
    assert [d.id for d in read(["-"], stdin=stdin)] == ["s1", "stdin:3"]


@pytest.mark.parametrize("value,iso", [
    ("2015-12-23", "2015-12-23"),
    ("2015-12-23T10:00:00+01:00", "2015-12-23"),
    ("2015-12-23T10:00:00Z", "2015-12-23"),
    ("2015/12/23", "2015-12-23"),
    ("23 December 2015", "2015-12-23"),
    ("Dec 23, 2015", "2015-12-23"),
    ("Sept. 3, 2015", "2015-09-03"),
    ("Wed, 23 Dec 2015 10:00:00 +0000", "2015-12-23"),
    ("23/12/2015", "2015-12-23"),
    ("12/23/2015", "2015-12-23"),
    ("04/05/2015", None),  # day and month cannot be told apart
    ("yesterday", None),
    ("2015-02-30", None),
    ("", None),
    (20151223, None),
])
def test_normalise_date(value, iso):
    assert normalise_date(value) == iso


def test_unparseable_date_kept_out_and_logged(tmp_path, caplog):
    src = _write(tmp_path / "d.jsonl", [{"id": "d1", "text": "Talks resumed.", "date": "sometime soon"}])
    (doc,) = read([src])
    assert doc.date is None
    assert "sometime soon" in caplog.text
