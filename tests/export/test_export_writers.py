"""export/writers.py and export/network_export.py: every format, determinism, atomic writes."""
from __future__ import annotations

import csv
import io
import random
import shutil
import subprocess

import networkx as nx
import pyoxigraph
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from graphbuild.errors import ExportError
from graphbuild.export import CSV_COLUMNS, export, export_bytes
from graphbuild.graph.build import new_graph
from graphbuild.graph.formats import FORMATS, RDF_FORMATS


import sample_results as S  # tests/sample_results.py (tests/ is on pytest's pythonpath)


@pytest.fixture(scope="module")
def graph():
    return S.sample_graph()


def _shuffled(graph: Graph, seed: int) -> Graph:
    triples = sorted(graph, key=lambda t: tuple(x.n3() for x in t))
    random.Random(seed).shuffle(triples)
    g = Graph()  # rdflib's default prefixes, not the project's: the writer must not care
    for t in triples:
        g.add(t)
    return g


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's quad parsers use their own old API
@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_rdf_formats_round_trip(graph, fmt, tmp_path):
    path = export(graph, tmp_path / f"g{FORMATS[fmt].extension}", fmt)
    if fmt in ("nq", "trig"):
        ds = Dataset()
        ds.parse(path, format=FORMATS[fmt].parser)
        back = Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            back.add((s, p, o))
    else:
        back = Graph().parse(path, format=FORMATS[fmt].parser)
    assert isomorphic(graph, back)


@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "jsonld", "xml", "trig", "n3", "graphml", "gexf", "csv",
                                 "jsonl"])
def test_same_graph_gives_same_bytes_whatever_the_insertion_order(graph, fmt):
    outputs = {export_bytes(_shuffled(graph, seed), fmt) for seed in range(3)}
    outputs.add(export_bytes(graph, fmt))
    assert len(outputs) == 1


@pytest.mark.parametrize("fmt", ["ttl", "nt", "csv", "jsonl"])
def test_oxigraph_backed_graph_exports_the_same(graph, fmt):
    # Oxigraph writes the decimal 36.0 in XSD 1.1 canonical form "36"; Turtle writes both as 36.0
    assert export_bytes(S.sample_graph("Oxigraph"), fmt).replace(b'"36"^^', b'"36.0"^^') == export_bytes(graph, fmt)


def test_turtle_round_trip_is_isomorphic(graph):
    once = Graph().parse(data=export_bytes(graph, "ttl"), format="turtle")
    twice = Graph().parse(data=export_bytes(once, "ttl"), format="turtle")
    assert isomorphic(graph, once) and isomorphic(once, twice)
    assert export_bytes(once, "ttl") == export_bytes(graph, "ttl")


def test_turtle_uses_project_prefixes(graph):
    head = export_bytes(_shuffled(graph, 1), "ttl").decode()
    assert "@prefix gb: <https://w3id.org/graphbuild/ontology#> ." in head
    assert "@prefix geo: <http://www.w3.org/2003/01/geo/wgs84_pos#> ." in head


def test_turtle_parses_with_pyoxigraph(graph):
    quads = list(pyoxigraph.parse(export_bytes(graph, "ttl"), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(graph)


@pytest.mark.skipif(not shutil.which("rapper"), reason="rapper (raptor2-utils) not installed")
def test_turtle_parses_with_rapper(graph, tmp_path):
    path = export(graph, tmp_path / "g.ttl")
    run = subprocess.run(["rapper", "-i", "turtle", "-c", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert f"returned {len(graph)} triples" in run.stderr


def test_nt_lines_are_sorted(graph):
    lines = export_bytes(graph, "nt").decode().splitlines()
    assert lines == sorted(lines) and len(lines) == len(graph)


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_formats_load_with_networkx(graph, fmt, reader, tmp_path):
    path = export(graph, tmp_path / f"net.{fmt}")
    net = reader(path)
    labels = {d.get("label") for _, d in net.nodes(data=True)}
    assert {"Northland", "Southland", "Riverton", "civilians"} <= labels
    key = "relation" if fmt == "gexf" else "type"  # GEXF reserves an edge's "type" for its direction
    types = sorted(d[key] for _, _, d in net.edges(data=True))
    # asserted events only: the strike, the accusation, the meeting, the shooting; plus the two relations
    assert types == ["ACCUSE", "ASSAULT", "ASSAULT", "CONSULT", "LEADS", "LOCATED_IN"]
    if fmt == "gexf":
        assert b"lastmodifieddate" not in path.read_bytes()


def test_csv_one_row_per_event(graph):
    rows = list(csv.DictReader(io.StringIO(export_bytes(graph, "csv").decode())))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 8
    strike = next(r for r in rows if r["sentence"].startswith("Northland jets"))
    assert (strike["type"], strike["source"], strike["target"], strike["date"], strike["factuality"],
            strike["claimed_by"], strike["document"]) == (
        "ASSAULT", "Northland", "Riverton", "2015-09-28", "Asserted", "Coast Watch", "alpha")
    meeting = next(r for r in rows if r["type"] == "CONSULT")
    assert meeting["source"] == "Northland; Southland" and meeting["location"] == "Lakeside"
    assert sorted(r["factuality"] for r in rows) == sorted(
        ["Asserted"] * 4 + ["Denied", "Negated", "Hypothetical", "Future"])


def test_export_picks_format_from_extension(graph, tmp_path):
    path = export(graph, tmp_path / "sub" / "dir" / "g.nt")
    assert path.read_bytes() == export_bytes(graph, "nt")


def test_unknown_format_is_an_export_error(graph, tmp_path):
    with pytest.raises(ExportError, match="unknown format"):
        export(graph, tmp_path / "g.ttl", "yaml")
    with pytest.raises(ExportError, match="unknown graph file extension"):
        export(graph, tmp_path / "g.yaml")


class _BreaksMidway(Graph):
    """A real graph whose store fails after handing out a few triples (a disk or network error)."""

    def triples(self, pattern):
        for n, t in enumerate(super().triples(pattern)):
            if n == 5:
                raise OSError("store went away")
            yield t


@pytest.mark.parametrize("bad", ["midway", "unwritable"])
def test_failed_export_leaves_previous_file_intact(graph, tmp_path, bad):
    path = export(graph, tmp_path / "g.rdf", "xml")
    before = path.read_bytes()
    if bad == "midway":
        broken = _BreaksMidway()
        for t in graph:
            broken.add(t)
    else:  # RDF/XML cannot write a predicate IRI that has no QName
        broken = new_graph()
        broken.add((URIRef("urn:x:a"), URIRef("http://example.org/1"), Literal("x")))
    with pytest.raises(ExportError, match="cannot write"):
        export(broken, path, "xml")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["g.rdf"]  # no temporary file left


def test_export_to_a_directory_that_cannot_be_made(graph, tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError):
        export(graph, tmp_path / "file" / "g.ttl")
