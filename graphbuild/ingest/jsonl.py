"""JSON Lines (and JSON) documents: ``{"id", "text", "date", "title", "url"}`` one object a line.

Read line by line, so a file of any size streams; each line is one document
and a bad line is skipped with its line number while the rest goes on.

>>> import io
>>> rows = io.BytesIO(b'{"id": "a1", "text": "Troops withdrew.", "date": "2015-12-23"}\\n\\n[1, 2]\\n')
>>> [str(x) if isinstance(x, Skipped) else (x.id, x.date) for x in read_jsonl(rows, "in.jsonl", "in")]
[('a1', '2015-12-23'), 'in.jsonl:3: line 3 is JSON but not an object (an array)']
"""
from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from typing import BinaryIO

from graphbuild.ingest.dates import normalise_date
from graphbuild.ingest.decode import BOM, Undecodable, decode, normalise_newlines
from graphbuild.ingest.records import DEFAULT_MAX_BYTES, Skipped
from graphbuild.model import Document

log = logging.getLogger(__name__)

#: Stop reading a JSON Lines input whose first this-many non-blank lines are all malformed.
GIVE_UP_AFTER = 10
_KINDS = {dict: "an object", list: "an array", str: "a string", int: "a number", float: "a number",
          bool: "a boolean", type(None): "null"}


def _kind(value: object) -> str:
    return _KINDS.get(type(value), type(value).__name__)


def to_document(obj: object, *, fallback_id: str, source: str | None = None,
                where: str = "") -> Document | str:
    """A :class:`~graphbuild.model.Document` from one decoded JSON value, or the reason it is not one.

    ``fallback_id`` is used when ``id`` is missing or empty; ``where`` (e.g.
    ``"line 3"``) starts the reason.

    >>> to_document({"text": "Police detained 40 strikers.", "title": "Strike"}, fallback_id="f:2").id
    'f:2'
    >>> to_document({"id": "x", "text": "  "}, fallback_id="f:1", where="line 1")
    'line 1 has no text'
    """
    lead = f"{where} " if where else ""
    if not isinstance(obj, dict):
        return f"{lead}is JSON but not an object ({_kind(obj)})".strip()
    text = obj.get("text")
    if text is None or (isinstance(text, str) and not text.strip()):
        return f"{lead}has no text".strip()
    if not isinstance(text, str):
        return f'{lead}has "text" that is {_kind(text)}, not a string'.strip()
    doc_id = obj.get("id")
    if doc_id is None or doc_id == "":
        doc_id = fallback_id
    elif isinstance(doc_id, (int, float)) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    elif not isinstance(doc_id, str):
        return f'{lead}has "id" that is {_kind(doc_id)}, not a string'.strip()
    raw_date = obj.get("date")
    date = normalise_date(raw_date)
    if raw_date not in (None, "") and date is None:
        log.warning("%s: %sdate %r is not a calendar date; left out", source, lead, raw_date)

    def opt(key: str) -> str | None:
        value = obj.get(key)
        return value if isinstance(value, str) and value.strip() else None

    return Document(id=doc_id, text=normalise_newlines(text), title=opt("title"), date=date,
                    url=opt("url"), parent=opt("parent"), source=source, section=opt("section"))


def read_jsonl(stream: BinaryIO, source: str, stem: str, *,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | Skipped]:
    """Documents from a binary JSON Lines stream, one a line; bad lines become :class:`Skipped`.

    Blank lines are ignored; a line without ``id`` gets ``STEM:LINE``; a line
    longer than ``max_bytes`` is skipped without being held in memory.
    """
    lineno = offset = good = bad = 0
    while True:
        raw = stream.readline(max_bytes + 1)
        if not raw:
            break
        lineno += 1
        start, offset = offset, offset + len(raw)
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            size = len(raw)
            while not raw.endswith(b"\n"):
                raw = stream.readline(1 << 20)
                if not raw:
                    break
                size += len(raw)
            offset = start + size
            yield Skipped(source, f"line {lineno} is too large: {size} bytes "
                                  f"(limit {max_bytes} bytes per document)", lineno)
            continue
        if lineno == 1 and raw.startswith(BOM):
            raw, start = raw[len(BOM):], start + len(BOM)
        if not raw.strip():
            continue
        try:
            line = decode(raw, what="line", offset=start)
            obj = json.loads(line.strip())
        except Undecodable as e:
            yield Skipped(source, e.reason, lineno)
            continue
        except json.JSONDecodeError as e:
            bad += 1
            yield Skipped(source, f"malformed JSON on line {lineno}: {e.msg} (column {e.colno})", lineno)
            if bad >= GIVE_UP_AFTER and not good:
                yield Skipped(source, f"not JSON Lines: the first {bad} lines are all malformed; "
                                      "stopped reading")
                return
            continue
        good += 1
        doc = to_document(obj, fallback_id=f"{stem}:{lineno}", source=source, where=f"line {lineno}")
        yield doc if isinstance(doc, Document) else Skipped(source, doc, lineno)


def read_json(data: bytes, source: str, stem: str, *,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | Skipped]:
    """Documents from a whole JSON file: one object, or an array of objects (ids default to ``STEM:N``).

    A file of several objects one a line (JSON Lines named ``.json``) is read as JSON Lines.

    >>> [d.id for d in read_json(b'[{"text": "Shelling resumed."}, {"id": "b", "text": "Talks began."}]', "x.json", "x")]
    ['x:1', 'b']
    """
    try:
        text = decode(data)
        value = json.loads(text)
    except Undecodable as e:
        yield Skipped(source, e.reason, e.line)
        return
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":
            yield from read_jsonl(io.BytesIO(data), source, stem, max_bytes=max_bytes)
        else:
            yield Skipped(source, f"malformed JSON on line {e.lineno}: {e.msg} (column {e.colno})", e.lineno)
        return
    if isinstance(value, dict):
        doc = to_document(value, fallback_id=stem, source=source)
        yield doc if isinstance(doc, Document) else Skipped(source, f"JSON object {doc}")
        return
    if not isinstance(value, list):
        yield Skipped(source, f"JSON is {_kind(value)}, not an object or an array of objects")
        return
    for n, item in enumerate(value, start=1):
        doc = to_document(item, fallback_id=f"{stem}:{n}", source=source, where=f"item {n}")
        yield doc if isinstance(doc, Document) else Skipped(source, doc)
