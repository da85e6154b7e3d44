"""``graphbuild export``: write a graph in another format (RDF, GraphML/GEXF, CSV, predictions).

    graphbuild export graph.ttl --format graphml          # -> graph.graphml beside it
    graphbuild export graph.ttl --format jsonl -o preds.jsonl
    graphbuild export graph.ttl --format nt -o -          # to stdout
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graphbuild.graph.formats import FORMATS, format_for_path


def register(subparsers) -> None:
    """Add the ``export`` sub-command."""
    table = "\n".join(f"  {f.name:8} {f.extension:9} {f.description}" for f in FORMATS.values())
    p = subparsers.add_parser(
        "export", help="write a graph as Turtle, JSON-LD, GraphML, CSV, predictions ...",
        description="Write a graph in another format. Writes are atomic: a failure leaves any "
                    "existing output file as it was.",
        epilog="formats:\n" + table, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph", metavar="GRAPH", help="graph file or store spec (oxigraph:PATH, sparql:URL)")
    p.add_argument("--format", "-F", choices=list(FORMATS), metavar="NAME",
                   help="output format: " + ", ".join(FORMATS) + " (default: from -o's extension, else ttl)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="output file ('-' for stdout; default: GRAPH's name with the format's extension)")
    p.add_argument("--store", metavar="SPEC", help="(same as GRAPH) store spec to read from")
    p.set_defaults(func=run)


def _default_output(spec: str, ext: str) -> Path:
    scheme, _, rest = spec.partition(":")
    if rest and len(scheme) > 1 and not rest.startswith("\\"):  # "oxigraph:dir", not "C:\..."
        spec = rest.rstrip("/") or scheme
    p = Path(spec)
    return p.with_name((p.stem if p.suffix else p.name) + ext)


def run(args: argparse.Namespace) -> int:
    """Export the graph; 0 on success."""
    from graphbuild.export import export, write
    from graphbuild.store import open_graph

    spec = args.store or args.graph
    fmt = args.format
    if fmt is None:
        fmt = format_for_path(args.output, default="ttl") if args.output and args.output != "-" else "ttl"
    graph = open_graph(spec)
    if args.output == "-":
        write(graph, sys.stdout.buffer, fmt)
        sys.stdout.buffer.flush()
        return 0
    out = Path(args.output) if args.output else _default_output(spec, FORMATS[fmt].extension)
    if not args.output and Path(spec).exists() and out.resolve() == Path(spec).resolve():
        print(f"graphbuild export: error: {out} is the input graph; choose another name with -o",
              file=sys.stderr)
        return 2
    path = export(graph, out, fmt)
    print(f"wrote {path} ({fmt})", file=sys.stderr)
    return 0
