"""``graphbuild query`` and ``graphbuild export``, run in-process on a sample graph file."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from graphbuild.cli import main
from graphbuild.export import export
from graphbuild.graph.formats import FORMATS


import sample_results as S  # tests/sample_results.py (tests/ is on pytest's pythonpath)


@pytest.fixture()
def ttl(tmp_path) -> Path:
    return export(S.sample_graph(), tmp_path / "graph.ttl")


def test_query_ready_table(ttl, capsys):
    assert main(["query", str(ttl), "--ready", "attacks"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["source", "target", "location", "date", "mode", "document"]
    assert out[2].split()[:2] == ["Northland", "Riverton"] and len(out) == 4


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_query_inline_formats(ttl, capsys, fmt):
    q = "SELECT ?who WHERE { ?e a gb:Accuse ; gb:source/rdfs:label ?who }"
    assert main(["query", str(ttl), q, "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "csv":
        assert list(csv.reader(io.StringIO(out))) == [["who"], ["Southland"]]
    else:
        assert json.loads(out)["results"]["bindings"] == [{"who": {"type": "literal", "value": "Southland"}}]


def test_query_file(ttl, tmp_path, capsys):
    q = tmp_path / "count.rq"
    q.write_text("# how many events\nSELECT (COUNT(?e) AS ?n) WHERE { ?e a gb:Event }\n", encoding="utf-8")
    assert main(["query", str(ttl), "--file", str(q), "--format", "csv"]) == 0
    assert capsys.readouterr().out.split() == ["n", "8"]


def test_query_store_option(ttl, capsys):
    assert main(["query", "--store", str(ttl), "ASK { ?a gb:accuses ?b }"]) == 0
    assert capsys.readouterr().out.strip() == "yes"


def test_query_list(capsys):
    assert main(["query", "--list"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert names == ["accusations", "actors_by_events", "attacks", "claims", "evidence"]


@pytest.mark.parametrize("argv, code, message", [
    (["SELEC ?x"], 1, "graphbuild: error: malformed SPARQL"),
    (["--ready", "nonesuch"], 1, "graphbuild: error: nonesuch: no such query"),
    ([], 2, "graphbuild query: error: give exactly one of SPARQL, --file or --ready"),
    (["ASK {}", "--ready", "attacks"], 2, "graphbuild query: error: give exactly one of"),
])
def test_query_errors(ttl, capsys, argv, code, message):
    assert main(["query", str(ttl), *argv]) == code
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1


def test_query_missing_graph(tmp_path, capsys):
    assert main(["query", str(tmp_path / "none.ttl"), "ASK {}"]) == 1
    assert capsys.readouterr().err.startswith("graphbuild: error:")


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_every_format_default_name(ttl, fmt, capsys):
    assert main(["export", str(ttl), "--format", fmt]) == (2 if fmt == "ttl" else 0)
    if fmt == "ttl":  # the default name would be the input itself
        assert "is the input graph" in capsys.readouterr().err
        return
    out = ttl.with_suffix(FORMATS[fmt].extension)
    assert out.is_file() and out.stat().st_size > 0
    if fmt in ("graphml", "gexf"):
        assert (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(out).number_of_nodes() == 9
    elif fmt == "jsonl":
        assert all(json.loads(line)["doc"] for line in out.read_text(encoding="utf-8").splitlines())


def test_export_output_and_format_from_extension(ttl, tmp_path):
    out = tmp_path / "copy.jsonld"
    assert main(["export", str(ttl), "-o", str(out)]) == 0
    assert isomorphic(Graph().parse(out, format="json-ld"), Graph().parse(ttl, format="turtle"))


def test_export_to_stdout(ttl, capsysbinary):
    assert main(["export", str(ttl), "--format", "nt", "-o", "-"]) == 0
    out = capsysbinary.readouterr().out
    assert isomorphic(Graph().parse(data=out, format="nt"), Graph().parse(ttl, format="turtle"))


def test_export_turtle_is_stable(ttl, tmp_path):
    again = tmp_path / "again.ttl"
    assert main(["export", str(ttl), "-o", str(again)]) == 0
    assert again.read_bytes() == ttl.read_bytes()


def test_export_unknown_format_is_a_usage_error(ttl):
    with pytest.raises(SystemExit) as e:
        main(["export", str(ttl), "--format", "yaml"])
    assert e.value.code == 2
