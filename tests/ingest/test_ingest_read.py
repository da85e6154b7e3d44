"""read(): folders, standard input, and every kind of bad input -> one Skipped each, the rest still read."""
from __future__ import annotations

import io
import os
import socket

import pytest

from graphbuild.ingest import DEFAULT_MAX_BYTES, Skipped, read
from graphbuild.model import Document

GOOD = "Rebels shelled the town of Kafr Nabl on Monday, residents said.\n"


def _split(items):
    docs = [x for x in items if isinstance(x, Document)]
    skipped = [x for x in items if isinstance(x, Skipped)]
    assert len(docs) + len(skipped) == len(items)
    return docs, skipped


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "inner").mkdir()
    (tmp_path / ".hidden").mkdir()
    files = {
        "c.txt": GOOD, "a.txt": GOOD, "b/z.jsonl": '{"id": "bz", "text": "x"}\n',
        "b/inner/m.txt": GOOD, "b/a.ndjson": '{"id": "ba", "text": "y"}\n',
        "b/list.json": '[{"id": "bl", "text": "z"}]',
        ".secret.txt": GOOD, ".hidden/h.txt": GOOD, "notes.md": GOOD, "image.png": "\x89PNG",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    docs, skipped = _split(list(read([tmp_path])))
    assert skipped == []
    assert [d.id for d in docs] == ["a", "ba", "m", "bl", "bz", "c"]
    assert docs[2].source == str(tmp_path / "b" / "inner" / "m.txt")


def test_folder_with_nothing_to_read(tmp_path):
    (tmp_path / "readme.md").write_text("hello", encoding="utf-8")
    (s,) = read([tmp_path])
    assert s == Skipped(str(tmp_path), "folder has no .txt, .jsonl, .ndjson or .json files")


def test_single_path_string_is_one_path(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(GOOD, encoding="utf-8")
    assert [d.id for d in read(str(path))] == ["one"]


@pytest.mark.parametrize("data,ids", [
    (GOOD.encode(), ["stdin"]),
    (b"\xef\xbb\xbfHead\r\nStand\r\nBody.\r\n-\r\nR\r\nSum. World -\r\n", ["stdin#1", "stdin#2"]),
    (b'{"id": "j1", "text": "x"}\n{"id": "j2", "text": "y"}', ["j1", "j2"]),
])
def test_stdin(data, ids):
    docs = list(read(["-"], stdin=io.BytesIO(data)))
    assert [d.id for d in docs] == ids
    assert {d.source for d in docs} == {"<stdin>"}


def test_stdin_text_stream_and_twice():
    items = list(read(["-", "-"], stdin=io.StringIO(GOOD)))
    assert isinstance(items[0], Document) and items[0].text == GOOD
    assert isinstance(items[1], Skipped) and "more than once" in items[1].reason


@pytest.mark.parametrize("data,reason", [
    (b"", "empty input (0 bytes)"),
    (b" \n\t\n", "empty input (only whitespace)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary data, not text (NUL byte at offset 8)"),
    (b"caf\xe9", "not UTF-8 (invalid byte 0xe9 at offset 3)"),
])
def test_bad_stdin(data, reason):
    (s,) = read(["-"], stdin=io.BytesIO(data))
    assert (s.source, s.reason) == ("<stdin>", reason)


def _fifo(tmp_path):
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    return path


def _socket(tmp_path):
    path = tmp_path / "sock.txt"
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(path))
    s.close()
    return path


# (file name, how to make it, expected reason (prefix), expected line)
BAD = [
    ("empty.txt", b"", "empty file (0 bytes)", None),
    ("blank.txt", b"  \n\n \t\n", "empty file (only whitespace)", None),
    ("blank.jsonl", b"\n\n   \n", "empty file (only whitespace)", None),
    ("nul.txt", b"Some text\x00with a NUL", "binary data, not text (NUL byte at offset 9)", None),
    ("zip.jsonl", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "binary data, not text (NUL byte at offset 5)", None),
    ("controls.txt", bytes(range(1, 9)) * 20 + b"abc", "binary data, not text (160 of 163 bytes", None),
    ("latin1.txt", "Line one\nCaf\u00e9 au lait\n".encode("latin-1"),
     "not UTF-8 (invalid byte 0xe9 at offset 12)", 2),
    ("utf16.txt", "Hello".encode("utf-16"), "not UTF-8 (UTF-16 byte-order mark at offset 0)", None),
    ("malformed.jsonl", b'{"id": "a", "text": "fine"}\n{"id": "b", "text": \n',
     "malformed JSON on line 2: Expecting value", 2),
    ("array.jsonl", b"[1, 2]\n", "line 1 is JSON but not an object (an array)", 1),
    ("notext.jsonl", b'{"id": "a", "title": "t"}\n', "line 1 has no text", 1),
]


@pytest.mark.parametrize("name,data,reason,line", BAD, ids=[b[0] for b in BAD])
def test_bad_file_one_skipped_good_still_read(tmp_path, name, data, reason, line):
    (tmp_path / "before.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "after.txt").write_text(GOOD, encoding="utf-8")
    bad = tmp_path / name
    bad.write_bytes(data)
    items = list(read([tmp_path / "before.txt", bad, tmp_path / "after.txt"]))
    docs, skipped = _split(items)
    assert [d.id for d in docs if d.id in ("before", "after")] == ["before", "after"]
    assert len(skipped) == 1
    s = skipped[0]
    assert s.source == str(bad) and s.reason.startswith(reason) and s.line == line
    assert "\n" not in str(s) and str(s).startswith(str(bad) + ":")


# Paths that exist-but-can't-be-read or don't exist: (how to make it, expected reason)
UNREADABLE = [
    ("missing", lambda tmp: tmp / "nope.txt", "no such file or directory"),
    ("missing folder", lambda tmp: tmp / "no" / "such" / "dir", "no such file or directory"),
    ("file used as a folder", lambda tmp: _touch(tmp / "plain.txt") / "child.txt",
     "cannot be read: a part of the path is a file, not a folder"),
    ("broken symlink", lambda tmp: _symlink(tmp / "gone.txt", tmp / "link.txt"), "broken symbolic link"),
    ("socket", _socket, "cannot be read: a socket, not a regular file"),
    ("fifo without writer", _fifo, "empty file (0 bytes)"),
]


def _touch(path):
    path.write_text(GOOD, encoding="utf-8")
    return path


def _symlink(target, link):
    os.symlink(target, link)
    return link


@pytest.mark.parametrize("name,make,reason", UNREADABLE, ids=[u[0] for u in UNREADABLE])
def test_unreadable_path(tmp_path, name, make, reason):
    good = _touch(tmp_path / "good.txt")
    bad = make(tmp_path)
    items = list(read([bad, good]))
    docs, skipped = _split(items)
    assert [d.id for d in docs] == ["good"]
    assert skipped == [Skipped(str(bad), reason)]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode; see the file-as-folder case")
def test_permission_denied(tmp_path):
    bad = _touch(tmp_path / "locked.txt")
    bad.chmod(0)
    try:
        docs, skipped = _split(list(read([bad, _touch(tmp_path / "good.txt")])))
    finally:
        bad.chmod(0o644)
    assert [d.id for d in docs] == ["good"]
    assert skipped == [Skipped(str(bad), "permission denied")]


@pytest.mark.parametrize("suffix", [".txt", ".json", ".md"])
def test_too_large(tmp_path, suffix):
    bad = tmp_path / f"big{suffix}"
    bad.write_text("word " * 300, encoding="utf-8")
    (s,) = read([bad], max_bytes=1000)
    assert s == Skipped(str(bad), "too large: 1500 bytes (limit 1000 bytes per document)")


def test_too_large_stdin():
    (s,) = read(["-"], stdin=io.BytesIO(b"word " * 300), max_bytes=1000)
    assert s == Skipped("<stdin>", "too large: more than 1000 bytes (limit 1000 bytes per document)")


def test_default_limit():
    assert DEFAULT_MAX_BYTES == 5_000_000


def test_unknown_suffix_is_sniffed(tmp_path):
    (tmp_path / "a.data").write_text('{"id": "r1", "text": "x"}\n', encoding="utf-8")
    (tmp_path / "b.md").write_text(GOOD, encoding="utf-8")
    assert [d.id for d in read([tmp_path / "a.data", tmp_path / "b.md"])] == ["r1", "b"]


def test_text_kept_unchanged_but_newlines(tmp_path):
    path = tmp_path / "t.txt"
    path.write_bytes(b"\xef\xbb\xbf  Title line\r\n\r\nBody \xe2\x80\x98quoted\xe2\x80\x99.\rEnd\n")
    (doc,) = read([path])
    assert doc.text == "  Title line\n\nBody \u2018quoted\u2019.\nEnd\n"
    assert doc.title == "Title line"


def test_skipped_str_and_error():
    s = Skipped("a.jsonl", "malformed JSON on line 4: Expecting value", 4)
    assert str(s) == "a.jsonl:4: malformed JSON on line 4: Expecting value"
    assert str(Skipped("<stdin>", "empty input (0 bytes)")) == "<stdin>: empty input (0 bytes)"
    assert str(s.to_error()) == str(s)
