"""Seeded node positions, computed once in Python so the browser never runs physics.

Small graphs (under 500 nodes) get networkx's Fruchterman-Reingold
``spring_layout``. Bigger ones lay out their most important 400 nodes that way
and place every other node around its most important placed neighbour on a
golden-angle spiral, so 5,000 actors take well under a second. Same graph and
seed, same picture.

>>> import networkx as nx
>>> pos = layout(nx.path_graph(["a", "b", "c"]))
>>> sorted(pos) == ["a", "b", "c"] and pos == layout(nx.path_graph(["a", "b", "c"]))
True
"""
from __future__ import annotations

import math
from collections import deque

import networkx as nx

__all__ = ["layout", "DENSE_MAX", "ANCHORS"]

#: Graphs up to this size get a full spring layout (networkx's dense solver; the sparse one needs SciPy).
DENSE_MAX = 499
#: How many of the most important nodes anchor a big graph's layout.
ANCHORS = 400
_GOLDEN = math.pi * (3 - math.sqrt(5))


def _spring(g: nx.Graph, seed: int) -> dict:
    n = g.number_of_nodes()
    if n == 1:
        return {next(iter(g.nodes)): (0.0, 0.0)}
    pos = nx.spring_layout(g, seed=seed, k=2.0 / math.sqrt(n), iterations=100 if n < 200 else 50, weight=None)
    scale = 90.0 * math.sqrt(n) - 40.0
    return {v: (float(x) * scale, float(y) * scale) for v, (x, y) in pos.items()}


def _pack(parts: list[dict], pad: float = 90.0) -> dict:
    """Place each component's layout on shelves, biggest first, in a roughly square block."""
    boxes = []
    for part in parts:
        xs = [x for x, _ in part.values()]
        ys = [y for _, y in part.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + pad, max(ys) - min(ys) + pad))
    width = max(max(b[2] for b in boxes), math.sqrt(sum(b[2] * b[3] for b in boxes)) * 1.3)
    pos, x, y, row = {}, 0.0, 0.0, 0.0
    for part, (x0, y0, w, hgt) in zip(parts, boxes):
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        for v, (px, py) in part.items():
            pos[v] = (px - x0 + x, py - y0 + y)
        x += w
        row = max(row, hgt)
    return pos


def layout(g: nx.Graph, *, importance: dict | None = None, seed: int = 42) -> dict:
    """Positions (x, y) in pixels for every node of the undirected graph ``g``.

    ``importance`` (e.g. PageRank) picks the anchors of big graphs and the parent a
    node is placed around; by default the degree.

    >>> import networkx as nx
    >>> pos = layout(nx.star_graph(600))
    >>> len(pos)
    601
    """
    nodes = sorted(g.nodes, key=str)
    if not nodes:
        return {}
    h = nx.Graph()
    h.add_nodes_from(nodes)
    h.add_edges_from(sorted((u, v) for u, v in g.edges() if u != v))
    if len(nodes) <= DENSE_MAX:
        comps = sorted((sorted(c, key=str) for c in nx.connected_components(h)), key=lambda c: (-len(c), str(c[0])))
        pos = _pack([_spring(h.subgraph(c).copy(), seed) for c in comps])
    else:
        pos = _big(h, importance or dict(h.degree()), seed)
    return {v: (round(x, 1), round(y, 1)) for v, (x, y) in pos.items()}


def _big(h: nx.Graph, importance: dict, seed: int) -> dict:
    rank = sorted(h.nodes, key=lambda v: (-importance.get(v, 0.0), str(v)))
    order = {v: i for i, v in enumerate(rank)}
    anchors = rank[:ANCHORS]
    pos = _spring(h.subgraph(anchors).copy(), seed)
    step = 2.5 * (90.0 * math.sqrt(len(anchors)) - 40.0) / math.sqrt(len(anchors))
    children: dict = {}

    def around(parent, v):
        k = children.get(parent, 0)
        children[parent] = k + 1
        px, py = pos[parent]
        r = step * (0.6 + 0.22 * math.sqrt(k))
        a = k * _GOLDEN + (order[parent] % 17) * 0.37
        pos[v] = (px + r * math.cos(a), py + r * math.sin(a))

    def spread(queue):
        while queue:
            u = queue.popleft()
            for v in sorted(h.adj[u], key=lambda w: order[w]):
                if v not in pos:
                    around(u, v)
                    queue.append(v)

    spread(deque(anchors))
    radius = max((math.hypot(x, y) for x, y in pos.values()), default=0.0) + 2 * step
    k = 0
    for v in rank:  # components with no anchor: a spiral outside the main picture
        if v in pos:
            continue
        a = k * _GOLDEN
        rr = radius + step * math.sqrt(k)
        pos[v] = (rr * math.cos(a), rr * math.sin(a))
        k += 1
        spread(deque([v]))
    return pos
