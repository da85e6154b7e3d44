"""query/run.py: running SPARQL, result formats, and the ready queries on the sample graph."""
from __future__ import annotations

import csv
import io
import json

import pytest

import sample_results as S  # tests/sample_results.py (tests/ is on pytest's pythonpath)
from graphbuild.errors import QueryError
from graphbuild.graph.build import QUERIES_DIR
from graphbuild.query import load_query, query_description, ready_queries, run_query


def test_ready_queries_are_documented():
    ready = ready_queries()
    assert set(ready) == {"attacks", "accusations", "actors_by_events", "evidence", "claims"}
    for name, text in ready.items():
        assert text.lstrip().startswith("#"), name
        assert query_description(text), name


def test_attacks(graph):
    r = run_query(graph, load_query("attacks"))
    assert r.vars == ["source", "target", "location", "date", "mode", "document"]
    assert S.columns(r, "source", "target", "location", "date", "document") == [
        ("Northland", "Riverton", None, "2015-09-28", "alpha"),
        ("Southland", "civilians", "Lakeside", "not a date", "alpha#2"),
    ]


def test_accusations(graph):
    r = run_query(graph, load_query("accusations"))
    assert S.columns(r, "accuser", "accused", "document") == [("Southland", "Northland", "alpha")]


def test_actors_by_events(graph):
    r = run_query(graph, load_query("actors_by_events"))
    assert S.columns(r, "actor", "asSource", "asTarget", "events") == [
        ("Northland", "2", "1", "3"), ("Southland", "3", "0", "3"),
        ("Riverton", "0", "1", "1"), ("civilians", "0", "1", "1"),
    ]


def test_evidence_all_pairs(graph):
    r = run_query(graph, load_query("evidence"))
    assert S.columns(r, "source", "relation", "target") == [
        ("Ana Vey", "LEADS", "Northland army"), ("Northland", "ASSAULT", "Riverton"),
        ("Southland", "ACCUSE", "Northland"), ("Southland", "ASSAULT", "civilians"),
    ]
    assert S.columns(r, "sentence")[1] == (S.STRIKE,)


@pytest.mark.parametrize("bindings, expected", [
    ({"source": "Northland", "target": "Riverton"}, [("Northland", "Riverton", S.STRIKE)]),
    ({"source": "Southland"}, [("Southland", "Northland", "Southland accused Northland of targeting markets."),
                               ("Southland", "civilians", "Southland troops fired on civilians in Lakeside.")]),
    ({"source": "Riverton", "target": "Northland"}, []),
])
def test_evidence_for_one_pair(graph, bindings, expected):
    assert S.columns(run_query(graph, load_query("evidence"), bindings), "source", "target", "sentence") == expected


def test_claims(graph):
    r = run_query(graph, load_query("claims"))
    assert sorted(S.columns(r, "type", "target", "factuality", "claimedBy", "deniedBy"), key=str) == sorted([
        ("ASSAULT", "Riverton", "Asserted", "Coast Watch", None),
        ("ASSAULT", None, "Denied", None, "Northland"),
        ("ASSAULT", "Hillford", "Hypothetical", None, None),
        ("ASSAULT", "Hillford", "Negated", None, None),
        ("AID", "Riverton", "Future", None, None),
    ], key=str)


@pytest.mark.parametrize("bad", [
    "SELEC ?x WHERE { ?x ?p ?o }",
    "SELECT ?x WHERE { ?x ?p ?o ",
    "SELECT ?x WHERE {\n ?x nosuchprefix:p ?o }",
])
def test_malformed_sparql_is_a_one_line_query_error(graph, bad):
    with pytest.raises(QueryError) as e:
        run_query(graph, bad)
    assert "\n" not in str(e.value) and str(e.value).startswith("malformed SPARQL")


@pytest.mark.parametrize("text", ["", "   \n"])
def test_empty_query(graph, text):
    with pytest.raises(QueryError, match="empty"):
        run_query(graph, text)


def test_prefixes_are_predefined(graph):
    r = run_query(graph, "SELECT ?l WHERE { ?a gb:actorType 'STATE' ; skos:prefLabel ?l } ORDER BY ?l")
    assert r.values() == [("Northland",), ("Southland",)]


def test_table_format(graph):
    table = run_query(graph, load_query("accusations")).format("table").splitlines()
    assert table[0].split() == ["accuser", "accused", "date", "sentence", "document"]
    assert set(table[1]) <= {"-", " "}
    assert table[2].startswith("Southland  Northland")
    assert run_query(graph, "SELECT ?a WHERE { ?a a gb:State } ORDER BY ?a").format("table").splitlines()[2] \
        == "id:actor/state/NTH"


def test_csv_format(graph):
    text = run_query(graph, load_query("attacks")).format("csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["source", "target", "location", "date", "mode", "document"]
    assert rows[1] == ["Northland", "Riverton", "", "2015-09-28", "aerial", "alpha"]


def test_json_format_is_sparql_results_json(graph):
    data = json.loads(run_query(graph, load_query("attacks")).format("json"))
    assert data["head"]["vars"][0] == "source"
    first = data["results"]["bindings"][0]
    assert first["source"] == {"type": "literal", "value": "Northland"}
    assert first["date"]["datatype"] == "http://www.w3.org/2001/XMLSchema#date"
    assert "location" not in first  # unbound
    uri = json.loads(run_query(graph, "SELECT ?a WHERE { ?a a gb:State } LIMIT 1").format("json"))
    assert uri["results"]["bindings"][0]["a"]["type"] == "uri"


def test_ask_and_construct(graph):
    assert run_query(graph, "ASK { ?a gb:assaults ?b }").format("json") == '{\n  "head": {},\n  "boolean": true\n}'
    assert run_query(graph, "ASK { ?a gb:aids ?b }").format("table") == "no"
    c = run_query(graph, "CONSTRUCT { ?a gb:accuses ?b } WHERE { ?a gb:accuses ?b }")
    assert len(c) == 1 and "gb:accuses" in c.format("table")


def test_load_query_by_path_and_errors(tmp_path):
    q = tmp_path / "mine.rq"
    q.write_text("SELECT * WHERE { ?s ?p ?o } LIMIT 1", encoding="utf-8")
    assert load_query(q).startswith("SELECT")
    assert load_query("attacks.rq") == (QUERIES_DIR / "attacks.rq").read_text(encoding="utf-8")
    with pytest.raises(QueryError, match="no such query"):
        load_query("nonesuch")


def test_unknown_result_format(graph):
    with pytest.raises(QueryError, match="unknown result format"):
        run_query(graph, "ASK {}").format("xml")
