"""Building again adds nothing; new articles merge into the same actors (persistent Oxigraph store)."""
from __future__ import annotations

from rdflib import Literal

from graphbuild.graph.namespace import GB, RDF, RDFS
from graphbuild.pipeline import build
from graphbuild.store import close_graph, open_graph

DOC_A = "Turkish troops shelled Kurdish positions near Kobani on Monday, killing four fighters."
DOC_B = "Russia accused Turkey of violating its airspace. Turkey denied the claim."


def _build(spec, text, doc_id):
    from graphbuild.model import Document

    report = build(documents=[Document(id=doc_id, text=text, date="2015-11-24")], store=spec)
    n = len(report.graph)
    close_graph(report.graph)
    return n


def test_rebuild_adds_nothing_and_articles_merge(tmp_path):
    spec = f"oxigraph:{tmp_path / 'store'}"
    first = _build(spec, DOC_A, "a")
    assert first > 0
    assert _build(spec, DOC_A, "a") == first  # idempotent: zero new triples
    both = _build(spec, DOC_B, "b")
    assert both > first
    g = open_graph(spec)
    turkey = [s for s in g.subjects(RDFS.label, Literal("Turkey")) if (s, RDF.type, GB.Actor) in g]
    docs = set(g.subjects(RDF.type, GB.Document))
    close_graph(g)
    assert len(turkey) == 1 and len(docs) == 2
