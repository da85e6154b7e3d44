"""Text (a string, a file's contents) to documents: seed format when it has one, else one plain document.

>>> [d.id for d in read_text("Aid convoy reaches town\\nTrucks arrived on Monday.", "note")]
['note']
>>> read_text("Aid convoy reaches town\\nTrucks arrived on Monday.", "note")[0].title
'Aid convoy reaches town'
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from graphbuild.ingest import seedfmt
from graphbuild.ingest.decode import normalise_newlines
from graphbuild.model import Document

log = logging.getLogger(__name__)

#: A first line at least this long (or ending with a period) is prose, not a title.
MAX_TITLE_CHARS = 200


def plain_title(text: str) -> str | None:
    """The first non-blank line when it looks like a title: short, and not ending with a period.

    >>> plain_title("\\nShelling resumes in the north\\nResidents fled overnight.")
    'Shelling resumes in the north'
    >>> plain_title("Residents fled overnight.\\nMore text.") is None
    True
    """
    for line in text.split("\n"):
        line = line.strip()
        if line:
            return line if len(line) < MAX_TITLE_CHARS and not line.endswith(".") else None
    return None


def read_text(text: str, doc_id: str = "text", **meta) -> list[Document]:
    """Documents in ``text``: the seed format's parts (``ID#1``, ``ID#2``...) or one plain document ``ID``.

    A UTF-8 byte-order mark is dropped and newlines normalised; ``meta`` sets
    other :class:`~graphbuild.model.Document` fields (``date``, ``url``,
    ``source``, ``title``). Blank text gives ``[]``.

    >>> [d.id for d in read_text("Headline\\nStandfirst.\\n-\\nOther story\\nIts summary. World -", "s")]
    ['s#1', 's#2']
    >>> read_text("   ")
    []
    """
    text = normalise_newlines(text.removeprefix("\ufeff"))
    if not text.strip():
        return []
    if seedfmt.is_seed_format(text):
        return seedfmt.parse(text, doc_id, **meta)
    title = meta.pop("title", None) or plain_title(text)
    return [Document(id=doc_id, text=text, title=title, **meta)]


def from_texts(texts: Iterable[str]) -> Iterator[Document]:
    """Documents from strings, with ids ``text-1``, ``text-2``... by position (blank strings are passed over).

    >>> [d.id for d in from_texts(["Rebels shelled the town.", "", "Talks resumed in Geneva."])]
    ['text-1', 'text-3']
    """
    for i, text in enumerate(texts, start=1):
        docs = read_text(text, f"text-{i}")
        if not docs:
            log.warning("text %d is empty; passed over", i)
        yield from docs
