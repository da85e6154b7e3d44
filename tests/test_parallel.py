"""Parallel extraction: worker processes give the same results as one process; Dask gives the same graph."""
from __future__ import annotations

import pytest
from rdflib import Graph

from graphbuild.errors import GraphbuildError, ModelError
from graphbuild.model import Document
from graphbuild.parallel import batches, extract_dask, extract_parallel, shard_for
from graphbuild.pipeline import build, extract_documents
from graphbuild.store import add_ntriples, open_graph

#: Short reports written for these tests; each actor is always spelt the same way.
TEXTS = [
    "Syrian government forces shelled rebel positions in Homs on Monday, killing at least 12 people.",
    "Turkey accused Russia of bombing civilians near Aleppo.",
    "Amnesty International said Syrian warplanes dropped cluster munitions on Idlib.",
    "The United Nations envoy met opposition leaders in Geneva on Tuesday.",
    "Rebels denied attacking the town of Hama. The army said it would retake Hama.",
    "Iraqi troops clashed with Islamic State fighters near Mosul, officials said.",
]
DOCS = [Document(id=f"par-{i}", text=text, date="2015-10-05") for i, text in enumerate(TEXTS)]


@pytest.fixture(scope="module")
def sequential():
    return list(extract_documents(DOCS))


@pytest.mark.parametrize("chunk", [1, 4])
def test_two_workers_give_the_same_results_in_order(sequential, chunk):
    assert list(extract_parallel(DOCS, workers=2, model=None, chunk=chunk)) == sequential


def test_one_worker_runs_in_process(sequential):
    assert list(extract_parallel(iter(DOCS), workers=1, model=None)) == sequential


def test_long_input_streams_in_order():
    docs = (Document(id=f"long-{i}", text=TEXTS[i % len(TEXTS)]) for i in range(40))
    ids = [r.document.id for r in extract_parallel(docs, workers=2, model=None, chunk=3)]
    assert ids == [f"long-{i}" for i in range(40)]


def test_worker_errors_reach_the_caller_as_graphbuild_errors():
    with pytest.raises(ModelError):
        list(extract_parallel(DOCS[:2], workers=2, model="no_such_spacy_model_xyz"))


@pytest.mark.parametrize("n, size, lengths", [(0, 3, []), (5, 2, [2, 2, 1]), (4, 4, [4])])
def test_batches(n, size, lengths):
    assert [len(b) for b in batches((Document(str(i), "x") for i in range(n)), size)] == lengths


def test_batches_keep_related_stories_with_their_article():
    docs = [Document("a", "x"), Document("a#1", "y", parent="a"), Document("a#2", "y", parent="a"),
            Document("b", "z"), Document("b#1", "y", parent="b")]
    assert [[d.id for d in b] for b in batches(docs, 2)] == [["a", "a#1", "a#2"], ["b", "b#1"]]


def test_shard_is_sorted_ntriples(sequential):
    shard = shard_for(sequential)
    lines = shard.decode().splitlines()
    assert lines == sorted(lines) and len(Graph().parse(data=shard, format="nt")) == len(lines)


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as c:
        yield c.scheduler_address


def _triples(graph: Graph) -> set:
    return set(graph)  # graphbuild writes no blank nodes: isomorphic means equal sets


def test_dask_shards_make_the_in_process_graph(cluster):
    expected = build(documents=DOCS).graph
    graph = open_graph("memory")
    shards = list(extract_dask(DOCS, address=cluster, model=None, partition_size=2))
    assert len(shards) == 3
    for shard in shards:
        add_ntriples(graph, shard)
    assert len(graph) > 50 and _triples(graph) == _triples(expected)


def test_build_with_dask_into_oxigraph(cluster, tmp_path):
    expected = build(documents=DOCS).graph
    report = build(documents=DOCS, dask=cluster, store=f"oxigraph:{tmp_path / 'db'}")
    assert report.documents == len(DOCS)
    assert _triples(report.graph) == _triples(expected)


def test_unreachable_scheduler(monkeypatch):
    monkeypatch.setenv("GRAPHBUILD_DASK_TIMEOUT", "1s")
    with pytest.raises(GraphbuildError, match="cannot reach the Dask scheduler"):
        list(extract_dask(DOCS, address="tcp://127.0.0.1:9", model=None))
