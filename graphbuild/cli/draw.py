"""``graphbuild draw GRAPH -o FILE.html``: write the interactive network page.

>>> from graphbuild.cli import main
>>> main(["draw", "graph.ttl", "-o", "graph.html", "--focus", "Russia", "--depth", "2"])  # doctest: +SKIP
0
"""
from __future__ import annotations

import argparse
import sys


def _types(text: str) -> list[str]:
    return [t.strip().upper() for t in text.split(",") if t.strip()]


def register(subparsers) -> None:
    """Add the ``draw`` sub-command."""
    p = subparsers.add_parser(
        "draw", help="write an interactive HTML network of the actors and events",
        description="Write one self-contained HTML page (no CDN, works offline) showing actors as nodes "
                    "and events as coloured links, with filters, search, focus and evidence on click.")
    p.add_argument("graph", metavar="GRAPH", help="the graph: a Turtle/N-Triples/... file or a store spec")
    p.add_argument("-o", "--output", metavar="FILE.html", default="graph.html", help="page to write (default graph.html)")
    p.add_argument("--focus", metavar="ACTOR", help="keep this actor's neighbourhood (label, alias, key or Wikidata id)")
    p.add_argument("--depth", type=int, default=2, metavar="N", help="hops around --focus (default 2)")
    p.add_argument("--types", type=_types, metavar="T1,T2", help="event/relation types to keep, e.g. ASSAULT,ACCUSE")
    p.add_argument("--min-weight", type=int, default=1, metavar="N",
                   help="initially hide links with fewer than N events (changeable in the page)")
    p.add_argument("--top", type=int, metavar="N",
                   help="keep the N most important actors (default 500; 0 keeps all)")
    p.add_argument("--all-events", action="store_true",
                   help="start with claimed-denied, negated and hypothetical events shown too")
    p.add_argument("--title", help="page title")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Open the graph, draw it, print where the page went."""
    from graphbuild.store import open_graph
    from graphbuild.viz import draw

    graph = open_graph(args.graph)
    out = draw(graph, args.output, focus=args.focus, depth=args.depth, types=args.types,
               min_weight=args.min_weight, top=args.top, title=args.title, all_events=args.all_events)
    print(f"wrote {out}", file=sys.stderr)
    return 0
