"""``graphbuild serve``: a SPARQL endpoint and the interactive graph page over a store.

>>> from graphbuild.cli import main
>>> main(["serve", "--help"])  # doctest: +SKIP
"""
from __future__ import annotations

import argparse
import sys

from graphbuild.store import close_graph, open_graph, store_help


def register(subparsers) -> None:
    """Add the ``serve`` sub-command."""
    p = subparsers.add_parser(
        "serve", help="serve a graph over SPARQL 1.1 and as an interactive page",
        description="Serve a graph: a SPARQL 1.1 Protocol endpoint at /sparql (query; update with "
                    "--allow-update), the interactive graph page at / and /health.",
    )
    p.add_argument("graph", nargs="?", metavar="GRAPH", help="a graph file to serve (.ttl, .nt, ...); "
                   "same as --store GRAPH")
    p.add_argument("--store", metavar="SPEC", help=store_help())
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000; 0 picks a free one)")
    p.add_argument("--allow-update", action="store_true",
                   help="accept SPARQL Update (refused with 403 by default)")
    p.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                   help="per-query time limit; over it the request gets 503 (default: 30)")
    p.add_argument("--limit", type=int, default=10_000, metavar="N",
                   help="most rows (or triples) in an answer; longer answers are cut and carry "
                        "X-Result-Truncated: true (default: 10000)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Open the store, serve until interrupted, close the store."""
    from graphbuild.serve import SparqlServer, is_loopback

    if args.graph and args.store:
        print("graphbuild: error: give a GRAPH file or --store, not both", file=sys.stderr)
        return 2
    spec = args.graph or args.store or "memory"
    if args.timeout <= 0 or args.limit <= 0:
        print("graphbuild: error: --timeout and --limit must be positive", file=sys.stderr)
        return 2
    graph = open_graph(spec, read_only=not args.allow_update)
    try:
        if not is_loopback(args.host):
            print(f"graphbuild: WARNING: listening on {args.host}: anyone who can reach this machine can "
                  f"query the graph{' AND CHANGE IT (--allow-update)' if args.allow_update else ''}. "
                  "There is no authentication.", file=sys.stderr)
        server = SparqlServer(graph, host=args.host, port=args.port, allow_update=args.allow_update,
                              timeout=args.timeout, limit=args.limit)
        print(f"graphbuild: serving {spec} at {server.url}/ (SPARQL: {server.url}/sparql); "
              "Ctrl-C to stop", file=sys.stderr, flush=True)
        _stop_on_sigterm()
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            print("graphbuild: stopped", file=sys.stderr)
        finally:
            server.stop()
    finally:
        close_graph(graph)
    return 0


def _stop_on_sigterm() -> None:
    """Let SIGTERM stop the server like Ctrl-C, so the store is closed cleanly."""
    import signal
    import threading

    def stop(signum, frame):
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)
