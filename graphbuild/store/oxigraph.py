"""The Oxigraph store: RocksDB on disk through pyoxigraph, seen as an rdflib graph via oxrdflib.

Every write is a transaction (one per :func:`add_triples` batch, one per :func:`load`
shard), so a build that is killed leaves the store as it was after the last complete batch.
Read-only opens take no lock, so several readers (``query``, ``serve``) can share a store;
a writer takes the lock and a second writer gets a clear :class:`~graphbuild.errors.StoreError`.
Reading a store while a build is writing it is not supported (Oxigraph: undefined behaviour).

>>> from graphbuild.store.oxigraph import open_oxigraph, native_store
>>> g = open_oxigraph("")              # a temporary in-memory Oxigraph
>>> native_store(g) is not None
True
"""
from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, XSD

from graphbuild.errors import StoreError

#: Above this many bytes a shard goes through ``bulk_load`` (fast, not one transaction).
BULK_BYTES = 64 * 1024 * 1024


class _Store(OxigraphStore):
    """oxrdflib's store, refusing use after :func:`close` instead of silently starting afresh,
    and giving ``xsd:string`` literals back plain (as an in-memory graph does)."""

    closed = False

    @property
    def _inner(self) -> ox.Store:
        if self.closed or self._store is None:
            raise StoreError("the Oxigraph store is closed")
        return self._store

    def __len__(self, context=None) -> int:
        # oxrdflib counts with COUNT(DISTINCT TRIPLE(...)), about 1 s per 300k triples; with no
        # named graphs (graphbuild writes none) the native count is the same number, 20x faster
        inner = self._inner
        if next(iter(inner.named_graphs()), None) is None:
            return len(inner)
        return super().__len__(context)

    def triples(self, triple_pattern, context=None):
        for (s, p, o), ctx in super().triples(triple_pattern, context):
            yield (s, p, plain(o)), ctx

    def query(self, query, initNs, initBindings, queryGraph, **kwargs):
        result = super().query(query, initNs, initBindings, queryGraph, **kwargs)
        if result.type == "SELECT":
            rows = result.bindings
            result.bindings = ({k: plain(v) for k, v in row.items()} for row in rows)
        elif result.type == "CONSTRUCT" and result.graph is not None:
            graph = Graph()
            graph += ((s, p, plain(o)) for s, p, o in result.graph)
            result.graph = graph
        return result


_XSD_STRING = XSD.string


def plain(term):
    """``term``, with an explicit ``xsd:string`` datatype dropped.

    >>> plain(Literal("Syria", datatype=XSD.string))
    rdflib.term.Literal('Syria')
    """
    if isinstance(term, Literal) and term.datatype == _XSD_STRING:
        return Literal(str(term))
    return term


def open_oxigraph(location: str, *, read_only: bool = True, create: bool = False) -> Graph:
    """Open the Oxigraph store in directory ``location`` ("" for a temporary in-memory one).

    >>> open_oxigraph("/no/such/store")
    Traceback (most recent call last):
    ...
    graphbuild.errors.StoreError: oxigraph:/no/such/store: no such store (build one first, or create it)
    """
    spec = f"oxigraph:{location}"
    if not location:
        store = ox.Store()
    else:
        path = Path(location)
        if path.exists() and not path.is_dir():
            raise StoreError(f"{spec}: not a directory")
        exists = (path / "CURRENT").is_file()
        if path.is_dir() and any(path.iterdir()) and not exists:
            raise StoreError(f"{spec}: not an Oxigraph store (directory has other files)")
        if not exists and not create:
            raise StoreError(f"{spec}: no such store (build one first, or create it)")
        if not exists:
            try:
                path.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"{spec}: cannot create: {e.strerror or e}") from e
        try:
            store = ox.Store.read_only(str(path)) if read_only and exists else ox.Store(str(path))
        except OSError as e:
            msg = str(e)
            if "lock" in msg.lower():
                raise StoreError(f"{spec}: store is locked by another process (a running build or "
                                 "serve --allow-update?)") from e
            raise StoreError(f"{spec}: cannot open: {msg.splitlines()[0] if msg else e!r}") from e
    graph = Graph(store=_Store(store=store), identifier=DATASET_DEFAULT_GRAPH_ID)
    graph._gb_read_only = bool(read_only and location and exists)  # type: ignore[attr-defined]
    return graph


def is_oxigraph(graph: Graph) -> bool:
    """True when ``graph`` is backed by Oxigraph (open or closed)."""
    return isinstance(graph.store, OxigraphStore)


def native_store(graph: Graph) -> ox.Store | None:
    """The open :class:`pyoxigraph.Store` behind ``graph``, or None for other stores.

    >>> native_store(Graph()) is None
    True
    """
    store = graph.store
    if isinstance(store, OxigraphStore) and not getattr(store, "closed", False):
        return getattr(store, "_store", None)
    return None


def close(graph: Graph) -> None:
    """Flush writes to disk and release the store (and its lock). Safe to call twice."""
    store = graph.store
    inner = getattr(store, "_store", None)
    if inner is not None and not getattr(graph, "_gb_read_only", False):
        try:
            inner.flush()
        except OSError:
            pass
    store._store = None
    store.closed = True


def _writable(graph: Graph) -> ox.Store:
    if getattr(graph, "_gb_read_only", False):
        raise StoreError("the Oxigraph store was opened read-only")
    store = native_store(graph)
    if store is None:
        raise StoreError("the Oxigraph store is closed")
    return store


def load(graph: Graph, data: bytes, *, quads: bool = False) -> int:
    """Load N-Triples (or N-Quads, merged into the default graph) in one transaction.

    >>> g = open_oxigraph("")
    >>> load(g, b"<urn:a> <urn:p> <urn:b> .\\n"), len(g)
    (1, 1)
    """
    store = _writable(graph)
    count = sum(1 for line in data.splitlines() if line.strip() and not line.lstrip().startswith(b"#"))
    try:
        if quads:
            store.extend(ox.Quad(q.subject, q.predicate, q.object)
                         for q in ox.parse(data, format=ox.RdfFormat.N_QUADS))
        elif len(data) > BULK_BYTES:
            store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
        else:
            store.load(data, format=ox.RdfFormat.N_TRIPLES)
    except SyntaxError as e:
        raise StoreError(f"cannot parse {'N-Quads' if quads else 'N-Triples'} data: {e}") from e
    except OSError as e:
        raise StoreError(f"Oxigraph write failed: {e}") from e
    return count


def add_triples(graph: Graph, triples: Iterable[tuple], *, batch: int = 10_000) -> int:
    """Add rdflib triples, one transaction per ``batch``; return how many were given."""
    store = _writable(graph)
    n = 0
    it = iter(triples)
    try:
        while chunk := list(islice(it, batch)):
            store.extend([ox.Quad(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in chunk])
            n += len(chunk)
    except OSError as e:
        raise StoreError(f"Oxigraph write failed: {e}") from e
    return n


def to_ox(term):
    """An rdflib term as a pyoxigraph term.

    >>> to_ox(Literal("1", datatype=XSD.integer))
    <Literal value=1 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
    """
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    raise StoreError(f"cannot store {term!r} in Oxigraph")


_PLAIN = (str(XSD.string), str(RDF.langString))


def to_rdflib(term):
    """A pyoxigraph term as an rdflib term (``xsd:string`` literals come back plain).

    >>> to_rdflib(ox.Literal("Syria"))
    rdflib.term.Literal('Syria')
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value, datatype=None if dt in _PLAIN else URIRef(dt))
    return Literal(str(term))  # RDF-star triple terms: shown as text
