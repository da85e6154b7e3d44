"""``graphbuild stats GRAPH``: centrality, communities and event counts of a graph.

>>> from graphbuild.cli import main
>>> main(["stats", "graph.ttl", "--json"])  # doctest: +SKIP
0
"""
from __future__ import annotations

import argparse
import json


def register(subparsers) -> None:
    """Add the ``stats`` sub-command."""
    p = subparsers.add_parser(
        "stats", help="print network statistics: top actors, communities, event counts",
        description="Top actors by degree, betweenness and PageRank; Louvain communities; events by type "
                    "and month; who does what to whom. Counts asserted events unless --all-events.")
    p.add_argument("graph", metavar="GRAPH", help="the graph: a Turtle/N-Triples/... file or a store spec")
    p.add_argument("--json", action="store_true", help="print JSON instead of tables")
    p.add_argument("--top", type=int, default=10, metavar="N", help="how many actors/communities to list (default 10)")
    p.add_argument("--all-events", action="store_true", help="count denied/negated/hypothetical events too")
    p.add_argument("--seed", type=int, default=42, help="seed of the community detection (default 42)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Open the graph and print its statistics."""
    from graphbuild.analytics import format_stats, stats
    from graphbuild.store import open_graph

    result = stats(open_graph(args.graph), top=max(1, args.top), seed=args.seed,
                   factuality=None if args.all_events else ("Asserted",))
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(format_stats(result))
    return 0
