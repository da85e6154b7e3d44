"""The project's own exceptions.

Library code raises these; only :mod:`graphbuild.cli` turns them into a
one-line message and an exit code.

>>> from graphbuild.errors import InputError, GraphbuildError
>>> issubclass(InputError, GraphbuildError)
True
"""
from __future__ import annotations


class GraphbuildError(Exception):
    """Base class of every error graphbuild raises on purpose."""


class InputError(GraphbuildError):
    """An input could not be read: missing, unreadable, empty, binary, not UTF-8, malformed.

    ``source`` names the file (or ``<stdin>``) and ``line`` the line, where known.
    """

    def __init__(self, source: str, reason: str, line: int | None = None):
        self.source, self.reason, self.line = source, reason, line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")

    def __reduce__(self):  # rebuilt from its fields when it crosses a process boundary
        return (type(self), (self.source, self.reason, self.line))


class ModelError(GraphbuildError):
    """A spaCy pipeline could not be loaded."""


class DataError(GraphbuildError):
    """A bundled data file (lexicon, gazetteer, style table) is missing or malformed."""


class StoreError(GraphbuildError):
    """A graph store could not be opened, read or written."""


class QueryError(GraphbuildError):
    """A SPARQL query is malformed or failed."""


class ExportError(GraphbuildError):
    """A graph could not be written in the requested format."""


class ExtractionError(GraphbuildError):
    """A document could not be read into actors and events: a defect in graphbuild's rules, not
    in the input. ``doc_id`` names the document; nothing of the run is written.

    >>> str(ExtractionError("k1", "KeyError: 'state/THA'"))
    "document k1: internal error in extraction (KeyError: 'state/THA'); nothing was written, please report it"
    """

    def __init__(self, doc_id: str, reason: str):
        self.doc_id, self.reason = doc_id, reason
        super().__init__(f"document {doc_id}: internal error in extraction ({reason}); nothing was written, "
                         "please report it")

    def __reduce__(self):  # rebuilt from its fields when it crosses a process boundary
        return (type(self), (self.doc_id, self.reason))
