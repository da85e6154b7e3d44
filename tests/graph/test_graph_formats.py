"""graph/formats.py: the one format table."""
from __future__ import annotations

import pytest
from rdflib import plugin
from rdflib.parser import Parser
from rdflib.serializer import Serializer

from graphbuild.errors import ExportError
from graphbuild.graph.formats import FORMATS, RDF_FORMATS, format_for_path, parser_for_path


@pytest.mark.parametrize("path, name", [
    ("g.ttl", "ttl"), ("a/b/g.TTL", "ttl"), ("g.turtle", "ttl"), ("g.nt", "nt"), ("g.nq", "nq"),
    ("g.jsonld", "jsonld"), ("g.rdf", "xml"), ("g.owl", "xml"), ("g.trig", "trig"), ("g.n3", "n3"),
    ("g.graphml", "graphml"), ("g.gexf", "gexf"), ("g.csv", "csv"), ("p.jsonl", "jsonl"),
])
def test_format_for_path(path, name):
    assert format_for_path(path) == name


@pytest.mark.parametrize("path", ["g.txt", "g", "g.ttl.bak"])
def test_unknown_extension(path):
    with pytest.raises(ExportError, match="unknown graph file extension"):
        format_for_path(path)
    assert format_for_path(path, default="ttl") == "ttl"
    assert parser_for_path(path) is None


def test_extensions_are_unique():
    exts = [e for f in FORMATS.values() for e in (f.extension, *f.aliases)]
    assert len(exts) == len(set(exts))


@pytest.mark.parametrize("name", RDF_FORMATS)
def test_rdf_formats_name_real_rdflib_plugins(name):
    f = FORMATS[name]
    assert plugin.get(f.serializer, Serializer) and plugin.get(f.parser, Parser)
