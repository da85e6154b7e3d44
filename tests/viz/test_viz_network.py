"""graph/network.py: the actor-level projection read by viz, analytics and the GraphML/GEXF export."""
from __future__ import annotations

import io

import networkx as nx
import pytest
from rdflib import Literal

from graphbuild.graph.build import add_results, new_graph
from graphbuild.graph.iris import actor_iri
from graphbuild.graph.namespace import GB
from graphbuild.graph.network import actor_network, collapse, pagerank
from graphbuild.model import Actor, Casualty, Document, DocResult, Event, Evidence, Relation
from graphbuild.viz.sample import sample_graph

EV = Evidence("wire-7", "Ostland and Westmark signed a truce while Nordia watched.", 0, 57, "verb")
ACTORS = (Actor("state/OST", "Ostland", "STATE", qid="Q4242", aliases=("Ostlanders",)),
          Actor("state/WES", "Westmark", "STATE"), Actor("state/NOR", "Nordia", "STATE"),
          Actor("place/vel", "Vel", "LOCATION", country="state/OST"))


def _graph(*events, relations=()):
    g = new_graph()
    add_results(g, [DocResult(Document(id="wire-7", text=EV.text), actors=ACTORS, events=tuple(events),
                              relations=tuple(relations))])
    return g


def _event(**kw):
    base = {"type": "ASSAULT", "evidence": EV, "trigger": "signed", "trigger_start": 19,
            "sources": ("state/OST",), "targets": ("state/WES",)}
    base.update(kw)
    return Event(**base)


@pytest.fixture(scope="module")
def sample():
    return sample_graph()


def test_nodes_carry_actor_attributes():
    net = actor_network(_graph(_event()))
    ost = net.nodes[str(actor_iri("state/OST"))]
    assert ost == {"label": "Ostland", "type": "STATE", "key": "state/OST", "qid": "Q4242",
                   "aliases": "Ostlanders"}
    assert net.nodes[str(actor_iri("place/vel"))]["country"] == "Ostland"
    assert net.number_of_nodes() == 4  # every actor, linked or not


def test_edge_carries_event_details():
    e = _event(date="2019-05-02", location="place/vel", mode="aerial", claimed_by="state/NOR",
               weapons=("rockets", "drones"), casualties=(Casualty("killed", 4, "at-least"),))
    (u, v, d), = actor_network(_graph(e)).edges(data=True)
    assert (u, v) == (str(actor_iri("state/OST")), str(actor_iri("state/WES")))
    assert d["type"] == "ASSAULT" and d["factuality"] == "Asserted"
    assert d["date"] == "2019-05-02" and d["location"] == "Vel" and d["mode"] == "aerial"
    assert d["claimed_by"] == "Nordia" and d["weapons"] == "drones; rockets"
    assert d["casualties"] == "at least 4 killed"
    assert d["evidence"] == EV.text and d["doc"] == "wire-7"
    assert d["event"].startswith("https://w3id.org/graphbuild/id/event/")


@pytest.mark.parametrize("kw, fact", [
    ({}, "Asserted"),
    ({"denied_by": "state/OST"}, "Denied"),
    ({"polarity": "negative"}, "Negated"),
    ({"modality": "hypothetical"}, "Hypothetical"),
    ({"modality": "future"}, "Future"),
])
def test_factuality_filter(kw, fact):
    g = _graph(_event(**kw))
    everything = actor_network(g, factuality=None)
    assert [d["factuality"] for _, _, d in everything.edges(data=True)] == [fact]
    assert actor_network(g).number_of_edges() == (1 if fact == "Asserted" else 0)
    assert actor_network(g, factuality=[fact]).number_of_edges() == 1


def test_symmetric_event_with_only_sources_links_each_pair():
    g = _graph(_event(type="AGREE", sources=("state/OST", "state/WES", "state/NOR"), targets=()))
    pairs = sorted((u.rsplit("/", 1)[1], v.rsplit("/", 1)[1]) for u, v in actor_network(g).edges())
    assert pairs == [("NOR", "OST"), ("NOR", "WES"), ("OST", "WES")]


def test_non_symmetric_event_without_target_gives_no_edge():
    assert actor_network(_graph(_event(targets=()))).number_of_edges() == 0


def test_standing_relations_are_edges_with_evidence():
    rel = Relation("place/vel", "LOCATED_IN", "state/OST", EV)
    net = actor_network(_graph(relations=[rel]))
    (u, v, d), = net.edges(data=True)
    assert d["type"] == "LOCATED_IN" and d["evidence"] == EV.text and d["doc"] == "wire-7"
    assert actor_network(_graph(relations=[rel]), types=["ASSAULT"]).number_of_edges() == 0


def test_types_filter(sample):
    net = actor_network(sample, types=["ACCUSE", "REJECT"])
    assert sorted(d["type"] for _, _, d in net.edges(data=True)) == ["ACCUSE", "REJECT"]


def test_sample_counts(sample):
    assert actor_network(sample).number_of_edges() == 15  # 12 asserted event pairs + 3 relations
    assert actor_network(sample, factuality=None).number_of_edges() == 18


def test_attributes_are_graphml_safe(sample):
    net = actor_network(sample, factuality=None)
    for _, d in net.nodes(data=True):
        assert all(isinstance(x, (str, int, float, bool)) for x in d.values()), d
    for _, _, d in net.edges(data=True):
        assert all(isinstance(x, (str, int, float, bool)) for x in d.values()), d
    buf = io.BytesIO()
    nx.write_graphml(net, buf)
    assert b"Bordurian jets bombed" in buf.getvalue()


def test_same_graph_same_network(sample):
    a, b = actor_network(sample, factuality=None), actor_network(sample_graph(), factuality=None)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def test_works_on_oxigraph_store(sample):
    g = new_graph("Oxigraph")
    for t in sample:
        g.add(t)
    ox, mem = actor_network(g, factuality=None), actor_network(sample, factuality=None)
    assert sorted(ox.edges(keys=True)) == sorted(mem.edges(keys=True))
    assert dict(ox.nodes(data=True)) == dict(mem.nodes(data=True))


def test_untyped_participant_still_becomes_node():
    g = _graph(_event())
    e = next(g.subjects(GB.ploverType, Literal("ASSAULT")))
    g.add((e, GB.target, actor_iri("group/unknown-gunmen")))
    net = actor_network(g)
    assert net.nodes[str(actor_iri("group/unknown-gunmen"))]["label"] == "unknown gunmen"


def test_collapse_and_pagerank():
    m = nx.MultiDiGraph([("a", "b"), ("a", "b"), ("c", "b"), ("b", "b")])
    c = collapse(m)
    assert c["a"]["b"]["weight"] == 2 and not c.has_edge("b", "b")
    pr = pagerank(collapse(m, directed=True))
    assert max(pr, key=pr.get) == "b" and abs(sum(pr.values()) - 1) < 1e-9
