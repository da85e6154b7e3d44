"""Choosing the answer format: the format parameter first, then the Accept header."""
from __future__ import annotations

import pytest

from graphbuild.serve.results import choose


@pytest.mark.parametrize("kind, fmt, accept, expected", [
    ("SELECT", None, None, "json"),
    ("SELECT", None, "application/sparql-results+xml", "xml"),
    ("SELECT", None, "text/csv", "csv"),
    ("SELECT", None, "application/json", "json"),
    ("SELECT", None, "text/csv;q=0.5, application/sparql-results+xml;q=0.9", "xml"),
    ("SELECT", None, "text/html, */*;q=0.1", "json"),
    ("SELECT", "csv", "application/sparql-results+xml", "csv"),
    ("ASK", "xml", None, "xml"),
    ("CONSTRUCT", None, None, "turtle"),
    ("CONSTRUCT", None, "application/n-triples", "nt"),
    ("CONSTRUCT", None, "application/rdf+xml", "xml"),
    ("CONSTRUCT", "json", None, "json-ld"),
    ("CONSTRUCT", "turtle", None, "turtle"),
    ("CONSTRUCT", None, "application/sparql-results+json", "turtle"),
])
def test_choose(kind, fmt, accept, expected):
    assert choose(kind, fmt, accept) == expected
