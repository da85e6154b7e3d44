"""query/bind.py: binding result columns (``--bind``) on both stores, refusals, and the CLI flag."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

import sample_results as S  # tests/sample_results.py (tests/ is on pytest's pythonpath)
from graphbuild.cli import main
from graphbuild.errors import QueryError
from graphbuild.export import export
from graphbuild.query import load_query, ready_queries, run_query
from graphbuild.query.bind import bindable_columns, check_bindable, parse_binding, parse_value


@pytest.mark.parametrize("bindings, expected", [
    ({"source": "Northland", "target": "Riverton"}, [("Northland", "ASSAULT", "Riverton")]),
    ({"source": "Southland"}, [("Southland", "ACCUSE", "Northland"), ("Southland", "ASSAULT", "civilians")]),
    ({"target": "Riverton", "relation": "ASSAULT"}, [("Northland", "ASSAULT", "Riverton")]),
    ({"relation": "LEADS"}, [("Ana Vey", "LEADS", "Northland army")]),
    ({"source": "Riverton", "target": "Northland"}, []),
    ({"source": "Nobody"}, []),
])
def test_bound_evidence_is_the_matching_rows_of_the_full_listing(graph, bindings, expected):
    text = load_query("evidence")
    bound = run_query(graph, text, bindings)
    assert S.columns(bound, "source", "relation", "target") == expected
    full = run_query(graph, text)
    keep = [row for row in full.values()
            if all(row[full.vars.index(k)] == v for k, v in bindings.items())]
    assert bound.values() == keep


def test_bound_value_stays_in_its_column(graph):
    r = run_query(graph, load_query("evidence"), {"source": "Northland", "target": "Riverton"})
    assert S.columns(r, "sentence") == [(S.STRIKE,)]
    assert r.format("csv").splitlines()[1].startswith("Northland,ASSAULT,Riverton,")


def test_bound_actor_ranking(graph):
    r = run_query(graph, load_query("actors_by_events"), {"actor": "Southland"})
    assert S.columns(r, "actor", "asSource", "asTarget", "events") == [("Southland", "3", "0", "3")]


def test_bind_an_iri_and_a_term(graph):
    q = "SELECT ?a ?l WHERE { ?a a gb:State ; rdfs:label ?l }"
    nth = "https://w3id.org/graphbuild/id/actor/state/NTH"
    assert run_query(graph, q, {"a": parse_value(f"<{nth}>")}).values() == [(nth, "Northland")]
    assert run_query(graph, q, {"?l": Literal("Southland")}).values()[0][1] == "Southland"


@pytest.mark.parametrize("name, column", [("attacks", "target"), ("attacks", "source"),
                                          ("accusations", "accuser"), ("claims", "factuality")])
def test_optional_or_computed_columns_are_refused(graph, name, column):
    with pytest.raises(QueryError, match=f"cannot bind \\?{column}: not every row"):
        run_query(graph, load_query(name), {column: "Northland"})


def test_unknown_column_is_refused(graph):
    with pytest.raises(QueryError, match="columns that can be bound: source, relation, target, sentence"):
        run_query(graph, load_query("evidence"), {"nosuch": "x"})


def test_bindable_columns_of_the_ready_queries():
    assert {n: bindable_columns(t) for n, t in ready_queries().items()} == {
        "accusations": [], "actors_by_events": ["actor"], "attacks": [], "claims": ["type"],
        "evidence": ["source", "relation", "target", "sentence"]}


@pytest.mark.parametrize("text, expected", [
    ("SELECT ?a WHERE { { ?a <urn:p> ?b } UNION { ?a <urn:q> ?c } }", ["a"]),
    ("SELECT ?b WHERE { { ?a <urn:p> ?b } UNION { ?a <urn:q> ?c } }", []),
    ("SELECT ?a ?n WHERE { ?a <urn:p> ?b BIND(STR(?b) AS ?n) }", ["a"]),
    ("SELECT ?a (COUNT(?b) AS ?n) WHERE { ?a <urn:p> ?b } GROUP BY ?a", ["a"]),
    ("SELECT ?a ?b WHERE { VALUES (?a ?b) { (<urn:x> UNDEF) } ?a <urn:p> ?c }", ["a"]),
    ("SELECT ?a WHERE { ?a <urn:p> ?b MINUS { ?b <urn:q> ?c } }", ["a"]),
    ("ASK { ?a <urn:p> ?b OPTIONAL { ?b <urn:q> ?c } }", ["a", "b"]),
])
def test_bindable_columns(text, expected):
    assert bindable_columns(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("source=Russia", ("source", Literal("Russia"))),
    ("target = Free Syrian Army", ("target", Literal(" Free Syrian Army"))),
    ("$actor=gb:Asserted", ("actor", URIRef("https://w3id.org/graphbuild/ontology#Asserted"))),
    ("x=a=b", ("x", Literal("a=b"))),
    ("x=nosuchprefix:y", ("x", Literal("nosuchprefix:y"))),
    ("x=", ("x", Literal(""))),
])
def test_parse_binding(text, expected):
    assert parse_binding(text) == expected


@pytest.mark.parametrize("text", ["Russia", "=Russia", "a b=c", "x=<urn:a b>"])
def test_parse_binding_errors(text):
    with pytest.raises(QueryError, match="--bind"):
        parse_binding(text)


def test_a_value_cannot_change_the_query(graph):
    evil = 'x" } ?s ?p ?o { "'
    assert run_query(graph, load_query("evidence"), {"source": evil}).rows == []
    check_bindable(load_query("evidence"), ["source"])  # no exception


def test_cli_bind(tmp_path, capsys):
    ttl = export(S.sample_graph(), tmp_path / "graph.ttl")
    assert main(["query", str(ttl), "--ready", "evidence", "--bind", "target=Riverton",
                 "-b", "relation=ASSAULT", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "source,relation,target,sentence,document,start"
    assert len(lines) == 2 and lines[1].startswith("Northland,ASSAULT,Riverton,")
    assert main(["query", str(ttl), "--ready", "attacks", "--bind", "target=Riverton"]) == 1
    assert "cannot bind ?target" in capsys.readouterr().err
    assert main(["query", str(ttl), "--ready", "attacks", "--bind", "Riverton"]) == 1
    assert "--bind expects NAME=VALUE" in capsys.readouterr().err
