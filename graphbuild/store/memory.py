"""The in-memory store: an rdflib :class:`~rdflib.Graph`, optionally loaded from a graph file.

>>> from graphbuild.store.memory import open_memory
>>> len(open_memory(""))
0
"""
from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from pathlib import Path

from rdflib import Dataset, Graph

from graphbuild.errors import StoreError

#: rdflib parser names that hold quads (loaded through a Dataset, merged into one graph).
QUAD_FORMATS = frozenset({"nquads", "trig", "trix"})


def format_for(path: str) -> str | None:
    """The rdflib parser name for a graph file, from the project's format table (None when unknown).

    >>> format_for("out/graph.ttl"), format_for("x.nt"), format_for("x.nq"), format_for("x.unknown")
    ('turtle', 'nt', 'nquads', None)
    """
    from graphbuild.graph.formats import parser_for_path

    return parser_for_path(path)


def new_memory_graph() -> Graph:
    """An empty graph on rdflib's ``SimpleMemory`` store: graphbuild writes no named graphs, so
    the context bookkeeping of rdflib's default ``Memory`` store (a set entry per triple per
    context) is pure cost; adding a build's triples takes less than half the time. (Graph files
    load into a ``Memory`` graph: some of rdflib's parsers need a context-aware store.)

    >>> new_memory_graph().store.__class__.__name__
    'SimpleMemory'
    """
    return Graph(store="SimpleMemory")


def open_memory(location: str = "", *, read_only: bool = True, create: bool = False) -> Graph:
    """A new empty in-memory graph (``location`` is ignored: ``memory`` takes none).

    >>> open_memory().store.__class__.__name__
    'SimpleMemory'
    """
    if location:
        raise StoreError(f"memory:{location}: the memory store takes no location (use a file path)")
    return new_memory_graph()


def open_file(path: str, *, create: bool = False) -> Graph:
    """Load the graph file at ``path`` into memory; ``create`` lets a missing file start empty.

    >>> open_file("/no/such.ttl")
    Traceback (most recent call last):
    ...
    graphbuild.errors.StoreError: /no/such.ttl: no such graph file
    """
    p = Path(path)
    if p.is_dir():
        raise StoreError(f"{path}: is a directory (an Oxigraph store? use oxigraph:{path})")
    if not p.is_file():
        if create:
            return Graph()
        raise StoreError(f"{path}: no such graph file")
    fmt = format_for(str(p))
    if fmt is None:
        raise StoreError(f"{path}: unknown graph file format (use .ttl, .nt, .nq, .rdf, .jsonld, .trig)")
    try:
        if fmt in QUAD_FORMATS:
            ds = Dataset()
            ds.parse(p, format=fmt)
            graph = Graph()
            for s, pred, o, _ in ds.quads((None, None, None, None)):
                graph.add((s, pred, o))
            return graph
        graph = Graph()
        graph.parse(p, format=fmt)
        return graph
    except Exception as e:  # rdflib's parsers raise many kinds
        reason = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise StoreError(f"{path}: cannot parse as {fmt}: {reason}") from e


def load(graph: Graph, data: bytes, *, quads: bool = False) -> int:
    """Parse N-Triples/N-Quads bytes into ``graph``; return the number of statements read.

    >>> g = Graph()
    >>> load(g, b"<urn:a> <urn:p> <urn:b> <urn:g> .\\n", quads=True), len(g)
    (1, 1)
    """
    try:
        if quads:
            ds = Dataset()
            ds.parse(data=data, format="nquads")
            rows = [(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))]
        else:
            shard = Graph()
            shard.parse(data=data, format="nt")
            rows = list(shard)
    except Exception as e:
        raise StoreError(f"cannot parse {'N-Quads' if quads else 'N-Triples'} data: {e}") from e
    add_triples(graph, rows)
    return len(rows)


def add_triples(graph: Graph, triples: Iterable[tuple], *, batch: int = 10_000) -> int:
    """Add triples with ``addN`` in batches; return how many were given.

    >>> from rdflib import URIRef
    >>> add_triples(Graph(), [(URIRef("urn:a"), URIRef("urn:p"), URIRef("urn:b"))])
    1
    """
    n = 0
    it = iter(triples)
    while chunk := list(islice(it, batch)):
        graph.addN((s, p, o, graph) for s, p, o in chunk)
        n += len(chunk)
    return n
