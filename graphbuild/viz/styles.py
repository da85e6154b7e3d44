"""The style table of the network page, read from ``styles.toml``.

One table gives every actor type a colour and a shape and every event or
relation type a colour; the page's legend and filters are drawn from it.

>>> s = load_styles()
>>> s.node("STATE")
('#1f4e79', 'square')
>>> s.edge("ASSAULT")
'#d62728'
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from graphbuild.errors import DataError
from graphbuild.model import ACTOR_TYPES, EVENT_TYPES, RELATION_TYPES

__all__ = ["Styles", "load_styles", "SHAPES"]

#: vis-network shapes that draw their label below the node (so all nodes read alike).
SHAPES = frozenset({"dot", "square", "diamond", "triangle", "triangleDown", "star", "hexagon"})


@dataclass(frozen=True)
class Styles:
    """Colours and shapes: ``nodes`` maps actor type -> (colour, shape); ``edges`` type -> (colour, group)."""

    nodes: dict
    edges: dict
    fallback: dict

    def node(self, actor_type: str) -> tuple[str, str]:
        """(colour, shape) of an actor type; the fallback for unknown types.

        >>> load_styles().node("no-such-type")
        ('#999999', 'dot')
        """
        return self.nodes.get(actor_type, (self.fallback["node_colour"], self.fallback["node_shape"]))

    def edge(self, edge_type: str) -> str:
        """Colour of an event or relation type; the fallback for unknown types.

        >>> load_styles().edge("LEADS")
        '#495057'
        """
        return self.edges.get(edge_type, (self.fallback["edge_colour"], "other"))[0]

    def edge_group(self, edge_type: str) -> str:
        """The filter group of an event or relation type (hostile, verbal, cooperative, relation).

        >>> load_styles().edge_group("ACCUSE")
        'verbal'
        """
        return self.edges.get(edge_type, (None, "other"))[1]


def _colour(value, where: str) -> str:
    if not (isinstance(value, str) and value.startswith("#") and len(value) in (4, 7)):
        raise DataError(f"graphbuild/viz/styles.toml: {where}: bad colour {value!r}")
    return value


@lru_cache(maxsize=None)
def load_styles(text: str | None = None) -> Styles:
    """Read and check the style table (``text`` replaces the bundled ``styles.toml``, for tests).

    Raises :class:`~graphbuild.errors.DataError` if a type is missing or a value is malformed.

    >>> load_styles('[node]').nodes
    Traceback (most recent call last):
    ...
    graphbuild.errors.DataError: graphbuild/viz/styles.toml: no style for actor type 'STATE'
    """
    name = "graphbuild/viz/styles.toml"
    try:
        if text is None:
            text = resources.files("graphbuild.viz").joinpath("styles.toml").read_text("utf-8")
        data = tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise DataError(f"{name}: {e}") from e
    nodes, edges = {}, {}
    for typ in ACTOR_TYPES:
        spec = data.get("node", {}).get(typ)
        if not spec:
            raise DataError(f"{name}: no style for actor type {typ!r}")
        if spec.get("shape") not in SHAPES:
            raise DataError(f"{name}: node.{typ}: shape must be one of {sorted(SHAPES)}")
        nodes[typ] = (_colour(spec.get("colour"), f"node.{typ}"), spec["shape"])
    for typ in (*EVENT_TYPES, *RELATION_TYPES):
        spec = data.get("edge", {}).get(typ)
        if not spec:
            raise DataError(f"{name}: no style for edge type {typ!r}")
        edges[typ] = (_colour(spec.get("colour"), f"edge.{typ}"), str(spec.get("group", "other")))
    fallback = {"node_colour": "#999999", "node_shape": "dot", "edge_colour": "#999999"}
    fallback.update(data.get("fallback", {}))
    return Styles(nodes=nodes, edges=edges, fallback=fallback)
