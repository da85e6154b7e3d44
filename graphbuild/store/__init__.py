"""Where graphs live: one interface over an in-memory graph, an on-disk Oxigraph store and a SPARQL endpoint.

A *store spec* names a graph:

=====================  ==================================================================
``memory``             an rdflib in-memory graph (the default; gone when the process ends)
``PATH.ttl`` (a file)  a graph file (``.ttl``, ``.nt``, ``.nq``, ``.rdf``, ``.jsonld``...)
                       loaded into memory; the format comes from the extension
``oxigraph:DIR``       an Oxigraph (RocksDB) store on disk: transactional, persistent
                       between runs; ``oxigraph:`` alone is a temporary in-memory Oxigraph
``sparql:URL``         any SPARQL 1.1 Query+Update endpoint. ``sparql:http://host:port``
                       means ``/query`` and ``/update`` under it (Oxigraph server's
                       layout); ``sparql:QUERY_URL|UPDATE_URL`` names both explicitly
=====================  ==================================================================

:data:`STORES` is the one table of store kinds; the command line builds its
``--store`` help from it (:func:`store_help`).

Every graph comes back with the project prefixes (:data:`graphbuild.graph.namespace.BINDINGS`)
bound. Writes go through :func:`add_triples` / :func:`add_ntriples`, which pick the fast
path of each store (one Oxigraph transaction per batch, ``INSERT DATA`` batches for an
endpoint). Instance IRIs are derived from canonical identity and graphbuild writes no blank
nodes, so adding the same results twice adds nothing.

>>> from graphbuild.store import open_graph, add_ntriples, close_graph
>>> g = open_graph("memory")
>>> add_ntriples(g, '<https://w3id.org/graphbuild/id/actor/state/SYR> '
...                 '<http://www.w3.org/2000/01/rdf-schema#label> "Syria" .\\n')
1
>>> len(g), g.namespace_manager.store.namespace("gb") is not None
(1, True)
>>> close_graph(g)
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rdflib import Graph

from graphbuild.errors import StoreError
from graphbuild.graph.namespace import BINDINGS
from graphbuild.store import memory, oxigraph, sparql

__all__ = ["STORES", "StoreKind", "open_graph", "close_graph", "flush_graph", "add_ntriples", "add_triples",
           "parse_spec", "store_help", "store_kind", "DEFAULT_STORE"]

DEFAULT_STORE = "memory"


@dataclass(frozen=True)
class StoreKind:
    """One row of :data:`STORES`: how a spec looks, what it means, how to open it."""

    name: str
    syntax: str  # how the spec is written, e.g. "oxigraph:DIR"
    help: str  # one line for --help
    open: Callable[..., Graph]  # open(location, read_only=..., create=...) -> Graph


#: The store kinds, by spec prefix. The CLI's ``--store`` help is made from this table.
STORES: dict[str, StoreKind] = {
    "memory": StoreKind("memory", "memory", "in-memory rdflib graph (default); a graph file PATH "
                        "(.ttl, .nt, ...) is loaded into memory", memory.open_memory),
    "oxigraph": StoreKind("oxigraph", "oxigraph:DIR", "on-disk Oxigraph store in DIR: transactional, "
                          "persistent, fast bulk loads", oxigraph.open_oxigraph),
    "sparql": StoreKind("sparql", "sparql:URL", "a SPARQL 1.1 Query+Update endpoint; URL/query and "
                        "URL/update, or QUERY_URL|UPDATE_URL", sparql.open_sparql),
}


def parse_spec(spec: str) -> tuple[str, str]:
    """Split a store spec into ``(kind, location)``; a plain path is ``("file", path)``.

    >>> parse_spec("oxigraph:/data/news")
    ('oxigraph', '/data/news')
    >>> parse_spec("sparql:http://127.0.0.1:7878")
    ('sparql', 'http://127.0.0.1:7878')
    >>> parse_spec("memory"), parse_spec("out/graph.ttl")
    (('memory', ''), ('file', 'out/graph.ttl'))
    """
    spec = str(spec)
    if spec in STORES:
        return spec, ""
    kind, sep, location = spec.partition(":")
    if sep and kind in STORES:
        return kind, location
    return "file", spec


def store_kind(graph: Graph) -> str:
    """The kind of store behind ``graph``: ``"memory"``, ``"oxigraph"`` or ``"sparql"``.

    >>> store_kind(open_graph("memory"))
    'memory'
    """
    if oxigraph.native_store(graph) is not None:
        return "oxigraph"
    if sparql.is_sparql(graph):
        return "sparql"
    return "memory"


def store_help() -> str:
    """One help paragraph listing every store kind of :data:`STORES` (for ``--store``).

    >>> "oxigraph:DIR" in store_help()
    True
    """
    rows = "; ".join(f"{kind.syntax}: {kind.help}" for kind in STORES.values())
    return f"where the graph lives (default: {DEFAULT_STORE}). {rows}"


def open_graph(spec: str = DEFAULT_STORE, *, read_only: bool = True, create: bool = False) -> Graph:
    """Open the graph named by ``spec`` (see the module doc) with the project prefixes bound.

    ``read_only`` opens Oxigraph without taking its lock (several readers at once);
    ``create`` makes a missing Oxigraph directory (and lets a missing graph file start empty).
    Raises :class:`~graphbuild.errors.StoreError` with a one-line reason for a missing path,
    a locked store or an unreachable endpoint.

    >>> open_graph("/no/such/graph.ttl")
    Traceback (most recent call last):
    ...
    graphbuild.errors.StoreError: /no/such/graph.ttl: no such graph file
    """
    kind, location = parse_spec(spec)
    if kind == "file":
        graph = memory.open_file(location, create=create)
    else:
        graph = STORES[kind].open(location, read_only=read_only, create=create)
    bind_prefixes(graph)
    return graph


def bind_prefixes(graph: Graph) -> Graph:
    """Bind :data:`~graphbuild.graph.namespace.BINDINGS` on ``graph`` (replacing rdflib's defaults).

    >>> from rdflib import Graph
    >>> dict(bind_prefixes(Graph()).namespaces())["gb"]
    rdflib.term.URIRef('https://w3id.org/graphbuild/ontology#')
    """
    for prefix, namespace in BINDINGS.items():
        graph.namespace_manager.bind(prefix, namespace, override=True, replace=True)
    return graph


def close_graph(graph: Graph) -> None:
    """Flush and close ``graph``'s store, releasing an Oxigraph lock. Safe to call twice.

    >>> close_graph(open_graph("memory"))
    """
    if oxigraph.is_oxigraph(graph):
        oxigraph.close(graph)
    elif sparql.is_sparql(graph):
        sparql.close(graph)


def flush_graph(graph: Graph) -> None:
    """Write an on-disk store's buffers out. A long build calls this after each batch: Oxigraph
    otherwise holds its write buffers in memory and a streaming build's memory keeps growing.

    >>> flush_graph(open_graph("memory"))
    """
    inner = oxigraph.native_store(graph)
    if inner is not None:
        inner.flush()


def add_ntriples(graph: Graph, data: str | bytes, fmt: str = "nt") -> int:
    """Bulk-load N-Triples (``fmt="nt"``) or N-Quads (``"nquads"``) ``data`` into ``graph``.

    Returns the number of statements read (not the number that were new). Oxigraph loads the
    shard in one transaction; an endpoint gets ``INSERT DATA`` batches; memory parses it.

    >>> g = open_graph("memory")
    >>> add_ntriples(g, b"<urn:a> <urn:p> <urn:b> .\\n<urn:a> <urn:p> <urn:c> .\\n")
    2
    >>> add_ntriples(g, b"<urn:a> <urn:p> <urn:b> .\\n"), len(g)
    (1, 2)
    """
    if fmt not in ("nt", "ntriples", "nquads", "nq"):
        raise StoreError(f"add_ntriples: unsupported format {fmt!r} (use 'nt' or 'nquads')")
    quads = fmt in ("nquads", "nq")
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not data.strip():
        return 0
    if oxigraph.native_store(graph) is not None:
        return oxigraph.load(graph, data, quads=quads)
    if sparql.is_sparql(graph):
        return sparql.load(graph, data, quads=quads)
    return memory.load(graph, data, quads=quads)


def add_triples(graph: Graph, triples: Iterable[tuple], *, batch: int = 10_000) -> int:
    """Add rdflib ``(s, p, o)`` triples to ``graph`` in batches, using each store's fast path.

    Each Oxigraph batch is one transaction. Returns the number of triples given.

    >>> from rdflib import URIRef
    >>> g = open_graph("memory")
    >>> add_triples(g, [(URIRef("urn:a"), URIRef("urn:p"), URIRef("urn:b"))])
    1
    """
    if oxigraph.native_store(graph) is not None:
        return oxigraph.add_triples(graph, triples, batch=batch)
    if sparql.is_sparql(graph):
        return sparql.add_triples(graph, triples, batch=batch)
    return memory.add_triples(graph, triples, batch=batch)
