"""viz/layout.py: seeded, deterministic positions for small and big graphs."""
from __future__ import annotations

import math

import networkx as nx
import pytest

from graphbuild.viz.layout import ANCHORS, layout


@pytest.mark.parametrize("g", [nx.path_graph(5), nx.karate_club_graph(), nx.barabasi_albert_graph(1500, 2, seed=1),
                               nx.disjoint_union(nx.cycle_graph(30), nx.star_graph(10))])
def test_every_node_placed_and_deterministic(g):
    a, b = layout(g), layout(g.copy())
    assert set(a) == set(g) and a == b
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in a.values())


def test_nodes_do_not_pile_up():
    pos = layout(nx.barabasi_albert_graph(2000, 2, seed=3))
    assert len(set(pos.values())) == 2000


def test_big_graph_anchors_spread_out():
    g = nx.barabasi_albert_graph(ANCHORS + 600, 1, seed=5)
    xs = [x for x, _ in layout(g).values()]
    assert max(xs) - min(xs) > 1000


def test_seed_changes_picture():
    g = nx.karate_club_graph()
    assert layout(g, seed=1) != layout(g, seed=2)
