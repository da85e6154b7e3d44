"""query/inline.py: bound values written into the patterns give the same rows as engine bindings."""
from __future__ import annotations

import pytest
from rdflib import BNode, Literal, URIRef

import sample_results as S  # tests/sample_results.py (tests/ is on pytest's pythonpath)
from graphbuild.graph.namespace import BINDINGS
from graphbuild.query import ready_queries, run_query
from graphbuild.query.bind import bindable_columns
from graphbuild.query.inline import inline_bindings

CASES = [(name, column) for name, text in ready_queries().items() for column in bindable_columns(text)]


def _rows(rows):
    return sorted(tuple("" if x is None else str(x) for x in row) for row in rows)


def _engine_rows(graph, text, bindings):
    """The rows with the binding left to the engine (what run_query did before inlining)."""
    return _rows(graph.query(text, initNs=BINDINGS, initBindings=bindings))


@pytest.mark.parametrize("name, column", CASES)
def test_inlined_rows_equal_engine_bound_rows(graph, name, column):
    text = ready_queries()[name]
    values = {row[column] for row in graph.query(text, initNs=BINDINGS)}
    assert values, f"{name}: the sample graph has no {column} to bind"
    for value in sorted(values, key=str)[:3]:
        got = _rows(run_query(graph, text, {column: value}).rows)
        assert got == _engine_rows(graph, text, {column: value}), (name, column, value)


def test_some_ready_query_is_inlined():
    text, left = inline_bindings(ready_queries()["evidence"], {"target": Literal("Riverton")})
    assert '?t rdfs:label "Riverton"' in text and not left


@pytest.mark.parametrize("sparql, expected", [
    # a projected column keeps its name; the body gets the term; a modifier a bracketed term
    ("SELECT ?a ?n WHERE { ?a <urn:l> ?n } ORDER BY DESC(?n)",
     'SELECT ?a ("X" AS ?n) WHERE { ?a <urn:l> "X" } ORDER BY DESC(("X"))'),
    # strings, IRIs and comments that contain the name are left alone
    ('SELECT ?a WHERE { ?a <urn:q?n> "?n" } # ?n', 'SELECT ?a WHERE { ?a <urn:q?n> "?n" } # ?n'),
    # inside an expression of the SELECT clause, the bare term
    ("SELECT (STR(?n) AS ?s) WHERE { ?a <urn:l> ?n }", 'SELECT (STR("X") AS ?s) WHERE { ?a <urn:l> "X" }'),
    # $name is the same variable
    ("SELECT $n WHERE { ?a <urn:l> $n }", 'SELECT ("X" AS $n) WHERE { ?a <urn:l> "X" }'),
])
def test_rewrite(sparql, expected):
    assert inline_bindings(sparql, {"n": Literal("X")}) == (expected, {})


@pytest.mark.parametrize("sparql", [
    "SELECT ?n WHERE { VALUES ?n { \"X\" } ?a <urn:l> ?n }",  # the query binds it itself
    "SELECT ?n WHERE { ?a <urn:l> ?m BIND(?m AS ?n) }",
    "SELECT ?n (COUNT(?a) AS ?c) WHERE { ?a <urn:l> ?n } GROUP BY ?n",  # aggregates
    "SELECT ?n WHERE { { SELECT ?n WHERE { ?a <urn:l> ?n } } }",  # a nested SELECT
])
def test_left_to_the_engine(sparql):
    text, left = inline_bindings(sparql, {"n": Literal("X")})
    assert text == sparql and set(left) == {"n"}


def test_terms_are_escaped_not_pasted():
    text, _ = inline_bindings("SELECT ?a WHERE { ?a <urn:l> ?n }", {"n": Literal('x" } DELETE { ?s ?p ?o')})
    assert text == 'SELECT ?a WHERE { ?a <urn:l> "x\\" } DELETE { ?s ?p ?o" }'
    text, _ = inline_bindings("SELECT ?a WHERE { ?a <urn:l> ?n }", {"n": URIRef("https://example.org/x")})
    assert text == "SELECT ?a WHERE { ?a <urn:l> <https://example.org/x> }"


@pytest.mark.parametrize("term", [URIRef("urn:x> } UNION { ?s ?p ?o"), BNode("b1")])
def test_terms_that_cannot_be_written_are_left_to_the_engine(term):
    sparql = "SELECT ?a WHERE { ?a <urn:l> ?n }"
    assert inline_bindings(sparql, {"n": term}) == (sparql, {"n": term})


def test_sample_strike_found_through_inlined_binding(graph):
    rows = run_query(graph, ready_queries()["evidence"], {"source": "Northland", "target": "Riverton"})
    assert S.columns(rows, "sentence") == [(S.STRIKE,)]
