"""The sample article through the whole command line: files, relations, identity, provenance, determinism.

The article is read from ``../shared/seed`` (beside the repository); every test here
skips when it is absent. The build is made once per session (``seed_build``).
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal

from graphbuild.graph.namespace import GB, RDF, RDFS, SKOS

DOC_PREFIX = "syria-2015-article#"
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE", "ALLY_OF"}


@pytest.fixture(scope="module")
def out(seed_build) -> Path:
    code, folder = seed_build
    assert code == 0
    return folder


@pytest.fixture(scope="module")
def relations(out) -> set[tuple[str, str, str]]:
    """(subject, PREDICATE, object) of every relation row of the seed's documents."""
    rows = [json.loads(line) for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    assert rows, "triples.jsonl is empty"
    got = set()
    for r in rows:
        if r.get("kind") == "relation":
            assert r["doc"].startswith(DOC_PREFIX), r["doc"]
            got.add((r["subject"], r["predicate"], r["object"]))
            if r["predicate"] in SYMMETRIC:
                got.add((r["object"], r["predicate"], r["subject"]))
    return got


@pytest.fixture(scope="module")
def graph(out) -> Graph:
    g = Graph()
    g.parse(out / "graph.ttl", format="turtle")
    return g


@pytest.fixture(scope="module")
def seed_results(seed_path, nlp):
    """The seed's documents, extracted in-process (for mention-level checks)."""
    from graphbuild.ingest import read
    from graphbuild.pipeline import extract_documents

    docs = list(read([str(seed_path)]))
    assert docs and all(d.id.startswith(DOC_PREFIX) for d in docs)
    return list(extract_documents(docs, nlp=nlp))


def test_exit_code_and_files(seed_build):
    code, folder = seed_build
    assert code == 0
    for name in ("graph.ttl", "graph.html", "triples.jsonl"):
        path = folder / name
        assert path.is_file(), name
        assert path.stat().st_size > 0, name


@pytest.mark.parametrize("triple", [
    ("Russia", "ASSAULT", "Homs"),
    ("Russia", "ASSAULT", "Idlib"),
    ("Russia", "ASSAULT", "Aleppo"),
    ("Amnesty International", "ACCUSE", "Russia"),
    ("Turkey", "ASSAULT", "Russia"),
    ("Russia", "CONSULT", "United States"),  # symmetric: either direction counts
    ("Bashar al-Assad", "LEADS", "Syria"),
])
def test_seed_relation(triple, relations):
    assert triple in relations, sorted(relations)


def _labelled(graph: Graph, text: str) -> set:
    """Actor IRIs whose rdfs:label, skos:prefLabel or skos:altLabel is ``text``."""
    out = set()
    for prop in (RDFS.label, SKOS.prefLabel, SKOS.altLabel):
        out |= {s for s in graph.subjects(prop, Literal(text)) if (s, RDF.type, GB.Actor) in graph}
    return out


def test_russia_is_one_node(graph):
    russia = _labelled(graph, "Russia")
    assert len(russia) == 1, russia
    [iri] = russia
    assert str(graph.value(iri, GB.actorType)) == "STATE"
    # the capital and the seat of government are not separate actors in this article
    for other in ("Moscow", "Kremlin", "the Kremlin", "Russian"):
        assert _labelled(graph, other) <= russia, other


def _covering(result, start: int):
    return [m for m in result.mentions if m.start <= start < m.end]


def test_moscow_kremlin_russian_resolve_to_russia(seed_results, graph):
    """Every "Moscow", "Kremlin", "Russia" and "Russian" (outside a ministry's name) is the one actor."""
    from graphbuild.graph.iris import actor_iri

    keys: dict[str, set[str]] = {}
    for r in seed_results:
        text = r.document.text
        for word in ("Moscow", "Kremlin", "Russia", "Russian"):
            for m in re.finditer(rf"\b{word}\b", text):
                if word == "Russian" and re.match(r"Russian (Defense|Foreign) Ministry", text[m.start():]):
                    continue
                cover = _covering(r, m.start())
                assert cover, f"{r.document.id}: {word!r} at {m.start()} is not a mention"
                keys.setdefault(word, set()).update(c.actor for c in cover)
    assert set(keys) == {"Moscow", "Kremlin", "Russia", "Russian"}, keys
    assert {k for ks in keys.values() for k in ks} == keys["Russia"]
    [key] = keys["Russia"]
    assert _labelled(graph, "Russia") == {actor_iri(key)}


def test_every_event_has_evidence_from_the_article(graph, seed_path):
    text = seed_path.read_text(encoding="utf-8")
    events = set(graph.subjects(RDF.type, GB.Event))
    assert len(events) >= 10
    for e in events:
        evidence = list(graph.objects(e, GB.evidence))
        assert evidence, f"{e} has no gb:evidence"
        for ev in evidence:
            sentences = [str(s) for s in graph.objects(ev, GB.sentence)]
            assert len(sentences) == 1, (e, ev)
            assert sentences[0].strip(), (e, ev)
            assert sentences[0] in text, f"{e}: evidence sentence not in the article: {sentences[0]!r}"


def test_build_is_byte_identical(out, seed_path, tmp_path):
    from graphbuild.cli import main

    again = tmp_path / "again"
    assert main(["build", str(seed_path), "-o", str(again), "-q", "--no-html"]) == 0
    assert (again / "graph.ttl").read_bytes() == (out / "graph.ttl").read_bytes()
    assert (again / "triples.jsonl").read_bytes() == (out / "triples.jsonl").read_bytes()


def test_turtle_parses_with_pyoxigraph(out):
    import pyoxigraph

    data = (out / "graph.ttl").read_bytes()
    quads = list(pyoxigraph.parse(data, pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(Graph().parse(out / "graph.ttl", format="turtle"))
    store = pyoxigraph.Store()
    store.load(data, pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(quads)


def test_turtle_parses_with_rapper(out):
    rapper = shutil.which("rapper") or "/usr/bin/rapper"
    if not Path(rapper).exists():
        pytest.skip("rapper (raptor2-utils) is not installed")
    p = subprocess.run([rapper, "-i", "turtle", "-c", str(out / "graph.ttl")], capture_output=True, text=True,
                       timeout=60)
    assert p.returncode == 0, p.stderr
    m = re.search(r"returned (\d+) triples", p.stderr)
    assert m and int(m.group(1)) > 0, p.stderr


def test_reference_scorer_reads_the_predictions(out, eval_dir):
    gold = eval_dir / "dev" / "syria-2015-article.gold.jsonl"
    p = subprocess.run([sys.executable, str(eval_dir / "score.py"), str(gold), str(out / "triples.jsonl")],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    assert re.search(r"^relations: P=\d\.\d{3} R=\d\.\d{3} F1=\d\.\d{3}", p.stdout, re.M), p.stdout
    assert "predictions name no gold document" not in p.stdout
