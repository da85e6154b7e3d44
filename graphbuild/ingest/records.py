"""The record :func:`graphbuild.ingest.read` yields for an input it could not read.

>>> from graphbuild.ingest.records import Skipped
>>> str(Skipped("news.jsonl", "malformed JSON on line 3: Expecting value", 3))
'news.jsonl:3: malformed JSON on line 3: Expecting value'
>>> str(Skipped("gone.txt", "no such file or directory"))
'gone.txt: no such file or directory'
"""
from __future__ import annotations

from dataclasses import dataclass

from graphbuild.errors import InputError

#: Largest single document :func:`graphbuild.ingest.read` accepts, in bytes.
DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class Skipped:
    """An input (or one line of it) that could not be read, and why.

    ``source`` is the path as given (or ``"<stdin>"``), ``reason`` a one-line
    explanation, ``line`` the 1-based line number where it applies.

    >>> s = Skipped("<stdin>", "empty input (0 bytes)")
    >>> s.to_error().reason
    'empty input (0 bytes)'
    """

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"

    def to_error(self) -> InputError:
        """The same problem as an :class:`~graphbuild.errors.InputError`, for callers that must fail."""
        return InputError(self.source, self.reason, self.line)
