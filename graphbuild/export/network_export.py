"""The actor network (:func:`graphbuild.graph.network.actor_network`) as GraphML or GEXF.

In GEXF an edge's event or relation type is the attribute ``relation`` (GEXF
reserves ``type`` for the edge direction). Nodes and edges are written in sorted order and GEXF's modification date is
left out, so the same graph always gives the same bytes.

>>> import io
>>> from graphbuild.graph.build import new_graph
>>> buf = io.BytesIO(); write_network(new_graph(), buf, "graphml")
>>> b"<graphml" in buf.getvalue()
True
"""
from __future__ import annotations

import io
import re
from typing import BinaryIO

import networkx as nx
from rdflib import Graph

from graphbuild.errors import ExportError
from graphbuild.graph.network import actor_network

__all__ = ["write_network", "sorted_network"]

_SCALAR = (str, int, float, bool)


def _clean(attrs: dict) -> dict:
    """Attributes GraphML/GEXF can hold: scalars kept, lists joined with ``"; "``, None dropped."""
    out = {}
    for k, v in sorted(attrs.items()):
        if v is None:
            continue
        if isinstance(v, (list, tuple, set, frozenset)):
            v = "; ".join(sorted(str(x) for x in v))
        elif not isinstance(v, _SCALAR):
            v = str(v)
        out[str(k)] = v
    return out


def sorted_network(net: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``net`` with nodes, edges and attributes in sorted order and writable values.

    >>> sorted(sorted_network(nx.MultiDiGraph([("b", "a"), ("a", "b")])).nodes)
    ['a', 'b']
    """
    out = nx.MultiDiGraph()
    out.graph.update(_clean(net.graph))
    for n in sorted(net.nodes, key=str):
        out.add_node(str(n), **_clean(net.nodes[n]))
    edges = sorted(net.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    for u, v, k, d in edges:
        out.add_edge(str(u), str(v), key=str(k), **_clean(d))
    return out


def write_network(graph: Graph, stream: BinaryIO, fmt: str, *,
                  factuality: tuple[str, ...] = ("Asserted",)) -> None:
    """Write the actor network of ``graph`` (events of the given ``factuality``) as ``graphml`` or ``gexf``.

    >>> import io
    >>> from graphbuild.graph.build import new_graph
    >>> buf = io.BytesIO(); write_network(new_graph(), buf, "gexf"); b"lastmodifieddate" in buf.getvalue()
    False
    """
    net = sorted_network(actor_network(graph, factuality=factuality))
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(net, buf, encoding="utf-8", prettyprint=True)
        stream.write(buf.getvalue())
    elif fmt == "gexf":
        # GEXF's edge "type" means directed/undirected/mutual: the event type goes in "relation"
        for _, _, d in net.edges(data=True):
            if "type" in d:
                d["relation"] = d.pop("type")
        nx.write_gexf(net, buf, encoding="utf-8", prettyprint=True)
        stream.write(re.sub(rb' lastmodifieddate="[^"]*"', b"", buf.getvalue(), count=1))
    else:
        raise ExportError(f"{fmt}: not a network format (graphml, gexf)")
