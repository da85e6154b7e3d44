"""The SPARQL server, queried over real HTTP with SPARQLWrapper and urllib."""
from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TURTLE, XML, SPARQLWrapper

from graphbuild.store import add_ntriples, open_graph
from tests.serve.conftest import ACTOR, filler

pytestmark = pytest.mark.server

LABELS = "SELECT ?label WHERE { ?a a gb:Actor ; rdfs:label ?label } ORDER BY ?label"


def http(url, data=None, headers=None, method=None):
    """(status, headers, body) without raising on 4xx/5xx."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def get_query(server, query, **params):
    qs = urllib.parse.urlencode({"query": query, **params})
    return http(f"{server.url}/sparql?{qs}")


def labels_from(fmt, result):
    if fmt == JSON:
        return [b["label"]["value"] for b in result["results"]["bindings"]]
    if fmt == XML:
        return [n.firstChild.firstChild.data for n in result.getElementsByTagName("binding")]
    rows = result.decode().splitlines()
    assert rows[0] == "label"
    return rows[1:]


@pytest.mark.parametrize("fmt", [JSON, XML, CSV])
@pytest.mark.parametrize("method", ["GET", "POST", "POSTDIRECTLY"])
def test_select_in_each_format_and_method(serve, small_graph, fmt, method):
    server = serve(small_graph)
    client = SPARQLWrapper(server.url + "/sparql")
    client.setQuery(LABELS)
    client.setReturnFormat(fmt)
    if method != "GET":
        client.setMethod(POST)
        if method == "POSTDIRECTLY":
            client.setRequestMethod(POSTDIRECTLY)
    assert labels_from(fmt, client.query().convert()) == ["Syria", "Turkey", "rebels"]


@pytest.mark.parametrize("query, answer", [
    ("ASK { ?g gb:assaults ?s }", True),
    ("ASK { ?s gb:assaults ?g . ?g a gb:ArmedGroup }", False),
])
def test_ask(serve, small_graph, query, answer):
    client = SPARQLWrapper(serve(small_graph).url + "/sparql")
    client.setQuery(query)
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is answer


@pytest.mark.parametrize("accept, ctype, rdflib_format", [
    ("text/turtle", "text/turtle", "turtle"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/ld+json", "application/ld+json", "json-ld"),
])
def test_construct_formats(serve, small_graph, accept, ctype, rdflib_format):
    server = serve(small_graph)
    status, headers, body = http(
        f"{server.url}/sparql?" + urllib.parse.urlencode(
            {"query": "CONSTRUCT WHERE { ?a rdfs:label ?l }"}), headers={"Accept": accept})
    assert status == 200 and headers["Content-Type"].startswith(ctype)
    assert len(Graph().parse(data=body, format=rdflib_format)) == 3


def test_construct_with_sparqlwrapper(serve, small_graph):
    client = SPARQLWrapper(serve(small_graph).url + "/sparql")
    client.setQuery("CONSTRUCT { ?a rdfs:label ?l } WHERE { ?a a gb:State ; rdfs:label ?l }")
    client.setReturnFormat(TURTLE)
    g = Graph().parse(data=client.query().convert(), format="turtle")
    assert sorted(map(str, g.objects())) == ["Syria", "Turkey"]


def test_describe(serve, small_graph):
    status, _, body = get_query(serve(small_graph), f"DESCRIBE <{ACTOR}group/rebels>", format="nt")
    assert status == 200 and f"<{ACTOR}group/rebels>".encode() in body


@pytest.mark.parametrize("post", ["form", "direct"])
def test_update_refused_without_allow_update(serve, small_graph, post):
    server = serve(small_graph)
    update = f'INSERT DATA {{ <{ACTOR}state/IRQ> rdfs:label "Iraq" }}'
    if post == "form":
        status, _, body = http(server.url + "/sparql", urllib.parse.urlencode({"update": update}).encode(),
                               {"Content-Type": "application/x-www-form-urlencoded"})
    else:
        status, _, body = http(server.url + "/sparql", update.encode(),
                               {"Content-Type": "application/sparql-update"})
    assert status == 403 and b"--allow-update" in body
    assert len(small_graph) == 10


def test_update_accepted_with_allow_update(serve, small_graph):
    server = serve(small_graph, allow_update=True)
    client = SPARQLWrapper(server.url + "/sparql")
    client.setMethod(POST)
    client.setQuery(f'INSERT DATA {{ <{ACTOR}state/IRQ> a gb:Actor ; rdfs:label "Iraq" }}')
    client.query()
    status, _, body = get_query(server, LABELS, format="csv")
    assert status == 200 and body.decode().splitlines()[1:] == ["Iraq", "Syria", "Turkey", "rebels"]


def test_update_by_get_is_not_allowed(serve, small_graph):
    server = serve(small_graph, allow_update=True)
    status, _, _ = http(f"{server.url}/sparql?" + urllib.parse.urlencode({"update": "CLEAR DEFAULT"}))
    assert status == 405 and len(small_graph) == 10


@pytest.mark.parametrize("query", ["SELEC ?x WHERE { ?x ?p ?o }", "SELECT ?x WHERE { ?x ?p }",
                                   "SELECT ?x WHERE { ?x nope:p ?o }"])
def test_malformed_query_is_400_with_message(serve, small_graph, query):
    status, _, body = get_query(serve(small_graph), query)
    assert status == 400 and body.startswith(b"malformed or failed query:") and len(body) > 30


def test_malformed_update_is_400(serve, small_graph):
    server = serve(small_graph, allow_update=True)
    status, _, _ = http(server.url + "/sparql", b"INSERT DATA { <urn:a> }",
                        {"Content-Type": "application/sparql-update"})
    assert status == 400


def test_slow_query_times_out_with_503_and_is_cancelled(serve):
    graph = open_graph("memory")
    add_ntriples(graph, filler(300))
    server = serve(graph, timeout=0.5)
    slow = ('SELECT * WHERE { ?a rdfs:label ?x . ?b rdfs:label ?y . ?c rdfs:label ?z '
            'FILTER(CONCAT(?x, ?y, ?z) = "never") }')
    status, _, body = get_query(server, slow)
    assert status == 503 and b"timeout" in body
    deadline = time.monotonic() + 10  # the abandoned rdflib evaluation is interrupted
    while server.engine.running() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.engine.running() == 0
    assert get_query(server, "ASK { ?s ?p ?o }")[0] == 200


def test_row_limit_truncates_with_header(serve):
    graph = open_graph("memory")
    add_ntriples(graph, filler(50))
    server = serve(graph, limit=7)
    status, headers, body = get_query(server, "SELECT ?l WHERE { ?s rdfs:label ?l }")
    assert status == 200 and headers["X-Result-Truncated"] == "true"
    assert len(json.loads(body)["results"]["bindings"]) == 7
    status, headers, body = get_query(server, "SELECT ?l WHERE { ?s rdfs:label ?l } LIMIT 3")
    assert headers.get("X-Result-Truncated") is None and len(json.loads(body)["results"]["bindings"]) == 3


def test_health_and_page(serve, small_graph):
    server = serve(small_graph)
    status, _, body = http(server.url + "/health")
    assert status == 200 and json.loads(body) == {"status": "ok", "store": "memory", "triples": 10,
                                                  "updates": False, "running_queries": 0}
    status, headers, body = http(server.url + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html") and b"<html" in body.lower()
    assert http(server.url + "/no/such/file")[0] == 404


def test_unsupported_content_type_is_415(serve, small_graph):
    status, _, _ = http(serve(small_graph).url + "/sparql", b"x", {"Content-Type": "text/plain"})
    assert status == 415


def test_oxigraph_store_native_queries_and_timeout(serve):
    graph = open_graph("oxigraph:", read_only=False)
    add_ntriples(graph, filler(4000))
    server = serve(graph, timeout=0.2)
    status, _, body = get_query(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s rdfs:label ?l }")
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "4000"
    slow = ("SELECT * WHERE { ?a rdfs:label ?x . ?b rdfs:label ?y "
            "FILTER(STRLEN(CONCAT(?x, ?y)) < 0) }")  # ~16M pairs: seconds, not 0.2 s
    status, _, body = get_query(server, slow)
    assert status == 503 and b"timeout" in body
