"""The store layer: specs, the memory/file/Oxigraph stores, bulk loads, errors, persistence."""
from __future__ import annotations

import subprocess
import sys

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from graphbuild.errors import StoreError
from graphbuild.graph.namespace import BINDINGS
from graphbuild.store import (STORES, add_ntriples, add_triples, close_graph, open_graph, parse_spec,
                              store_help, store_kind)

A = "https://w3id.org/graphbuild/id/actor/"
NT = (f'<{A}state/SYR> <{RDFS.label}> "Syria" .\n'
      f'<{A}state/SYR> <{RDFS.label}> "Syrie"@fr .\n'
      f'<{A}group/rebels> <https://w3id.org/graphbuild/ontology#assaults> <{A}state/SYR> .\n'
      f'<{A}place/homs> <http://www.w3.org/2003/01/geo/wgs84_pos#lat> '
      f'"34.73"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n')


@pytest.mark.parametrize("spec, expected", [
    ("memory", ("memory", "")),
    ("oxigraph:/var/news", ("oxigraph", "/var/news")),
    ("oxigraph:", ("oxigraph", "")),
    ("sparql:http://h:7878", ("sparql", "http://h:7878")),
    ("sparql:http://h/q|http://h/u", ("sparql", "http://h/q|http://h/u")),
    ("out/graph.ttl", ("file", "out/graph.ttl")),
    ("C:/data/graph.ttl", ("file", "C:/data/graph.ttl")),
])
def test_parse_spec(spec, expected):
    assert parse_spec(spec) == expected


def test_help_lists_every_store_kind():
    text = store_help()
    assert all(kind.syntax in text for kind in STORES.values())


@pytest.fixture(params=["memory", "oxigraph-mem", "oxigraph-disk"])
def graph(request, tmp_path):
    spec = {"memory": "memory", "oxigraph-mem": "oxigraph:",
            "oxigraph-disk": f"oxigraph:{tmp_path / 'store'}"}[request.param]
    g = open_graph(spec, read_only=False, create=True)
    yield g
    close_graph(g)


def test_bulk_load_is_idempotent_and_binds_prefixes(graph):
    assert add_ntriples(graph, NT) == 4
    assert add_ntriples(graph, NT.encode()) == 4
    assert len(graph) == 4
    assert dict(graph.namespaces())["gb"] == URIRef(BINDINGS["gb"])
    labels = {str(r.l) for r in graph.query("SELECT ?l WHERE { ?g gb:assaults ?s . ?s rdfs:label ?l }")}
    assert labels == {"Syria", "Syrie"}


def test_literals_round_trip_like_memory(graph):
    add_ntriples(graph, NT)
    expected = Graph().parse(data=NT, format="nt")
    assert set(graph) == set(expected)  # xsd:string literals come back plain, as in memory


def test_add_triples_in_batches(graph):
    triples = [(URIRef(f"{A}place/p{i}"), RDFS.label, Literal(f"P{i}")) for i in range(25)]
    assert add_triples(graph, triples, batch=7) == 25
    assert add_triples(graph, triples) == 25
    assert len(graph) == 25


def test_nquads_go_to_the_default_graph(graph):
    assert add_ntriples(graph, f'<{A}x> <{RDFS.label}> "X" <urn:g> .\n', fmt="nquads") == 1
    assert (URIRef(f"{A}x"), RDFS.label, Literal("X")) in graph


@pytest.mark.parametrize("data", ["<urn:a> <urn:b> .\n", "<urn:a> <urn:b> garbage .\n"])
def test_bad_ntriples_is_store_error(graph, data):
    with pytest.raises(StoreError, match="cannot parse"):
        add_ntriples(graph, data)


def test_kinds(tmp_path):
    assert store_kind(open_graph("memory")) == "memory"
    assert store_kind(open_graph("oxigraph:")) == "oxigraph"


@pytest.mark.parametrize("spec, message", [
    ("{tmp}/missing.ttl", "no such graph file"),
    ("oxigraph:{tmp}/missing", "no such store"),
    ("{tmp}/bad.ttl", "cannot parse"),
    ("{tmp}/graph.xyz", "unknown graph file format"),
    ("{tmp}", "is a directory"),
    ("oxigraph:{tmp}/bad.ttl", "not a directory"),
    ("memory:somewhere", "takes no location"),
    ("sparql:ftp://host/x", "not an http"),
])
def test_open_errors_are_one_line(tmp_path, spec, message):
    (tmp_path / "bad.ttl").write_text("this is not turtle <", encoding="utf-8")
    (tmp_path / "graph.xyz").write_text("", encoding="utf-8")
    with pytest.raises(StoreError, match=message) as e:
        open_graph(spec.format(tmp=tmp_path))
    assert "\n" not in str(e.value)


@pytest.mark.parametrize("name, fmt", [("g.ttl", "turtle"), ("g.nt", "nt"), ("g.nq", "nquads"),
                                       ("g.jsonld", "json-ld"), ("g.rdf", "xml")])
def test_graph_files_load_by_extension(tmp_path, name, fmt):
    source = Graph().parse(data=NT, format="nt")
    path = tmp_path / name
    if fmt == "nquads":
        path.write_text(NT, encoding="utf-8")  # N-Triples lines are valid N-Quads
    else:
        source.serialize(path, format=fmt)
    assert set(open_graph(str(path))) == set(source)


def test_missing_file_with_create_starts_empty(tmp_path):
    assert len(open_graph(str(tmp_path / "new.ttl"), create=True)) == 0


def test_oxigraph_persists_between_runs(tmp_path):
    spec = f"oxigraph:{tmp_path / 'db'}"
    g = open_graph(spec, read_only=False, create=True)
    add_ntriples(g, NT)
    close_graph(g)
    code = (f"from graphbuild.store import open_graph; g = open_graph({spec!r}); print(len(g))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "4"


def test_oxigraph_lock_and_read_only(tmp_path):
    spec = f"oxigraph:{tmp_path / 'db'}"
    writer = open_graph(spec, read_only=False, create=True)
    add_ntriples(writer, NT)
    code = f"from graphbuild.store import open_graph; open_graph({spec!r}, read_only=False)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode != 0 and "locked by another process" in out.stderr
    close_graph(writer)
    reader = open_graph(spec)  # read-only takes no lock
    with pytest.raises(StoreError, match="read-only"):
        add_ntriples(reader, NT)
    writer = open_graph(spec, read_only=False)  # while a reader is open
    assert len(writer) == 4
    close_graph(writer)
    close_graph(reader)


def test_closed_oxigraph_refuses_use(tmp_path):
    g = open_graph(f"oxigraph:{tmp_path / 'db'}", read_only=False, create=True)
    close_graph(g)
    close_graph(g)
    with pytest.raises(StoreError, match="closed"):
        add_ntriples(g, NT)
