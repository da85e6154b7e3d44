"""Documents in: seed-format articles, plain text, JSON Lines, folders and standard input.

:func:`read` turns paths into :class:`~graphbuild.model.Document` records and
a :class:`Skipped` record for every input it cannot read (it never raises for
a bad input); :func:`read_text` and :func:`from_texts` do the same for strings.

>>> import io
>>> from graphbuild.ingest import read, Skipped
>>> [d.id for d in read(["-"], stdin=io.BytesIO(b'{"id": "n1", "text": "Protesters marched."}'))]
['n1']
>>> [d.id for d in read(example_paths())][:3]
['example-article#1', 'example-article#2', 'example-article#3']
"""
from __future__ import annotations

from pathlib import Path

from graphbuild.ingest.dates import normalise_date
from graphbuild.ingest.readers import read
from graphbuild.ingest.records import DEFAULT_MAX_BYTES, Skipped
from graphbuild.ingest.seedfmt import is_seed_format, sections
from graphbuild.ingest.textfmt import from_texts, read_text

__all__ = [
    "DEFAULT_MAX_BYTES", "Skipped", "read", "read_text", "from_texts", "example_paths",
    "is_seed_format", "sections", "normalise_date",
]

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def example_paths() -> list[Path]:
    """The bundled example inputs ``graphbuild build`` reads when given none: an article and a JSON Lines file.

    >>> [p.name for p in example_paths()]
    ['example-article.txt', 'example-articles.jsonl']
    """
    return [EXAMPLES / "example-article.txt", EXAMPLES / "example-articles.jsonl"]
