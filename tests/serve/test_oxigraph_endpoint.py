"""The ``sparql:`` store against a real ``oxigraph serve``, and graphbuild serve in front of it."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from SPARQLWrapper import JSON, SPARQLWrapper

from graphbuild.errors import StoreError
from graphbuild.store import add_ntriples, add_triples, close_graph, open_graph, store_kind
from tests.serve.conftest import ACTOR, SMALL, free_port

pytestmark = pytest.mark.server


@pytest.mark.parametrize("form", ["base", "explicit"])
def test_bulk_insert_is_idempotent(oxigraph_server, form):
    spec = (f"sparql:{oxigraph_server}" if form == "base"
            else f"sparql:{oxigraph_server}/query|{oxigraph_server}/update")
    graph = open_graph(spec, read_only=False)
    assert store_kind(graph) == "sparql"
    assert add_ntriples(graph, SMALL) == 10
    assert add_ntriples(graph, SMALL.encode()) == 10
    assert len(graph) == 10
    labels = sorted(str(r.label) for r in graph.query("SELECT ?label WHERE { ?a a gb:State ; rdfs:label ?label }"))
    assert labels == ["Syria", "Turkey"]
    close_graph(graph)


def test_add_triples_in_batches_with_awkward_literals(oxigraph_server):
    graph = open_graph(f"sparql:{oxigraph_server}", read_only=False)
    text = 'a "quoted"\nmulti-line label \\ with backslash'
    triples = [(URIRef(f"{ACTOR}place/p{i}"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
                Literal(text if i == 0 else f"P{i}")) for i in range(25)]
    assert add_triples(graph, triples, batch=10) == 25
    assert len(graph) == 25
    assert (triples[0][0], triples[0][1], Literal(text)) in graph


def test_read_only_refuses_writes(oxigraph_server):
    graph = open_graph(f"sparql:{oxigraph_server}")
    with pytest.raises(StoreError, match="read-only"):
        add_ntriples(graph, SMALL)


def test_unreachable_endpoint_is_one_line_store_error():
    with pytest.raises(StoreError, match="cannot reach SPARQL endpoint") as e:
        open_graph(f"sparql:http://127.0.0.1:{free_port()}")
    assert "\n" not in str(e.value)


def test_endpoint_rejects_bad_data(oxigraph_server):
    graph = open_graph(f"sparql:{oxigraph_server}", read_only=False)
    with pytest.raises(StoreError, match="update refused"):
        add_ntriples(graph, "<urn:a> <urn:b> .\n")


def test_graphbuild_serve_in_front_of_an_endpoint(oxigraph_server, serve):
    graph = open_graph(f"sparql:{oxigraph_server}", read_only=False)
    add_ntriples(graph, SMALL)
    client = SPARQLWrapper(serve(graph).url + "/sparql")
    client.setQuery("SELECT ?g WHERE { ?g gb:assaults ?t }")
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert [r["g"]["value"] for r in rows] == [f"{ACTOR}group/rebels"]
