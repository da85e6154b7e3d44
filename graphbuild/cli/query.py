"""``graphbuild query``: run SPARQL (inline, from a file, or a ready query) on a graph.

    graphbuild query GRAPH 'SELECT ...' [--format table|csv|json]
    graphbuild query GRAPH --file q.rq
    graphbuild query GRAPH --ready attacks
    graphbuild query GRAPH --ready evidence --bind target=Homs --bind relation=ASSAULT
    graphbuild query --store oxigraph:store/ --ready claims
    graphbuild query --list
"""
from __future__ import annotations

import argparse
import sys

from graphbuild.query.bind import parse_binding
from graphbuild.query.run import FORMATS, load_query, query_description, ready_queries, run_query


def register(subparsers) -> None:
    """Add the ``query`` sub-command."""
    p = subparsers.add_parser(
        "query", help="run SPARQL on a graph",
        description="Run a SPARQL query on a graph. The prefixes gb:, id:, prov:, rdfs:, skos:, geo:, "
                    "schema:, wd:, dcterms:, owl:, rdf:, xsd: are predefined.",
        epilog="Ready queries: " + ", ".join(ready_queries()) + " (see --list).")
    p.add_argument("graph", nargs="?", metavar="GRAPH",
                   help="graph file (.ttl, .nt, ...) or store spec (oxigraph:PATH, sparql:URL)")
    p.add_argument("sparql", nargs="?", metavar="SPARQL", help="the query text")
    src = p.add_mutually_exclusive_group()
    src.add_argument("--file", "-f", metavar="Q.rq", help="read the query from a file")
    src.add_argument("--ready", "-r", metavar="NAME", help="run a ready query (see --list)")
    src.add_argument("--list", action="store_true", help="list the ready queries and exit")
    p.add_argument("--bind", "-b", action="append", default=[], metavar="NAME=VALUE",
                   help="keep the rows whose column NAME is VALUE, given to the engine as a binding "
                        "(repeatable; VALUE is a label or other text, or an IRI as <...> or gb:...); "
                        "only columns every row has can be bound")
    p.add_argument("--format", choices=FORMATS, default="table", help="result format (default: table)")
    p.add_argument("--store", metavar="SPEC", help="store spec to query instead of GRAPH")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the query and print its result; 0 on success, 2 on usage errors."""
    if args.list:
        ready = ready_queries()
        width = max((len(n) for n in ready), default=0)
        for name, text in ready.items():
            print(f"{name.ljust(width)}  {query_description(text)}")
        return 0
    spec, sparql = args.graph, args.sparql
    if args.store:
        if sparql is None:  # "query --store SPEC 'SELECT ...'": the one positional is the query
            spec, sparql = args.store, args.graph
        else:
            print("graphbuild query: error: give either GRAPH or --store, not both", file=sys.stderr)
            return 2
    if not spec:
        print("graphbuild query: error: no graph given (GRAPH or --store SPEC)", file=sys.stderr)
        return 2
    sources = [x for x in (sparql, args.file, args.ready) if x]
    if len(sources) != 1:
        print("graphbuild query: error: give exactly one of SPARQL, --file or --ready", file=sys.stderr)
        return 2
    text = sparql if sparql else load_query(args.file or args.ready)
    bindings = dict(parse_binding(b) for b in args.bind)

    from graphbuild.store import open_graph

    graph = open_graph(spec)
    result = run_query(graph, text, bindings)
    out = result.format(args.format)
    sys.stdout.write(out if out.endswith("\n") else out + "\n")
    return 0
