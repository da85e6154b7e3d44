"""A remote SPARQL 1.1 Query+Update endpoint seen as an rdflib graph (rdflib's SPARQLUpdateStore).

Spec forms (after ``sparql:``):

- ``http://host:port`` (no path): Oxigraph server's layout, ``/query`` and ``/update`` under it;
- ``http://host/ds/query``: that URL for queries and ``.../update`` for updates;
- ``QUERY_URL|UPDATE_URL``: both named explicitly;
- any other URL (``http://host:8000/sparql``): one endpoint for both (graphbuild serve, Fuseki).

Bulk writes go as ``INSERT DATA`` requests of :data:`BATCH` triples into the default graph.

>>> endpoints("http://127.0.0.1:7878")
('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update')
>>> endpoints("http://h/q|http://h/u")
('http://h/q', 'http://h/u')
>>> endpoints("http://127.0.0.1:8000/sparql")
('http://127.0.0.1:8000/sparql', 'http://127.0.0.1:8000/sparql')
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from itertools import islice

from rdflib import Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

from graphbuild.errors import StoreError

#: Triples per INSERT DATA request.
BATCH = 5_000
#: Seconds to wait for the endpoint when opening it and for each write.
TIMEOUT = 30.0


def endpoints(location: str) -> tuple[str, str]:
    """``(query_url, update_url)`` for the location part of a ``sparql:`` spec."""
    if "|" in location:
        query, update = (part.strip() for part in location.split("|", 1))
        return query, update
    url = urllib.parse.urlsplit(location)
    if url.scheme not in ("http", "https") or not url.netloc:
        raise StoreError(f"sparql:{location}: not an http(s) URL")
    path = url.path.rstrip("/")
    if not path:
        base = location.rstrip("/")
        return base + "/query", base + "/update"
    if path.endswith("/query"):
        return location, location[: location.rindex("/query")] + "/update"
    return location, location


def open_sparql(location: str, *, read_only: bool = True, create: bool = False) -> Graph:
    """Connect to the endpoint, checking it answers ``ASK {}``; StoreError when unreachable."""
    query_url, update_url = endpoints(location)
    _check(query_url, f"sparql:{location}")
    store = SPARQLUpdateStore(query_endpoint=query_url, update_endpoint=update_url,
                              context_aware=False, returnFormat="xml")
    graph = Graph(store=store, identifier=DATASET_DEFAULT_GRAPH_ID)
    graph._gb_read_only = read_only  # type: ignore[attr-defined]
    graph._gb_update_url = update_url  # type: ignore[attr-defined]
    return graph


def _check(query_url: str, spec: str) -> None:
    url = query_url + ("&" if "?" in query_url else "?") + urllib.parse.urlencode({"query": "ASK {}"})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            response.read()
    except urllib.error.HTTPError as e:
        raise StoreError(f"{spec}: endpoint answered HTTP {e.code} {e.reason} to ASK {{}}") from e
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise StoreError(f"{spec}: cannot reach SPARQL endpoint {query_url}: {reason}") from e


def is_sparql(graph: Graph) -> bool:
    """True when ``graph`` is backed by a remote endpoint."""
    return isinstance(graph.store, SPARQLUpdateStore)


def close(graph: Graph) -> None:
    """Close the connection (nothing is pending: every write is sent at once)."""
    try:
        graph.store.close()
    except Exception:  # rdflib's SPARQL store has nothing to release
        pass


def post_update(graph: Graph, update: str) -> None:
    """Send one SPARQL Update to the endpoint; StoreError with the endpoint's message on failure."""
    if getattr(graph, "_gb_read_only", False):
        raise StoreError("the SPARQL endpoint was opened read-only")
    url = graph._gb_update_url  # type: ignore[attr-defined]
    request = urllib.request.Request(url, data=update.encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/sparql-update; charset=utf-8"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            response.read()
    except urllib.error.HTTPError as e:
        body = e.read().decode("utf-8", "replace").strip().splitlines()
        raise StoreError(f"{url}: update refused: HTTP {e.code}: {body[0] if body else e.reason}") from e
    except (urllib.error.URLError, OSError) as e:
        raise StoreError(f"{url}: cannot reach SPARQL endpoint: {getattr(e, 'reason', e)}") from e


def _insert(graph: Graph, lines: list[str]) -> None:
    post_update(graph, "INSERT DATA {\n" + "\n".join(lines) + "\n}")


def load(graph: Graph, data: bytes, *, quads: bool = False) -> int:
    """Send N-Triples (or N-Quads, into the default graph) as INSERT DATA batches."""
    if quads:
        from graphbuild.store.memory import load as load_memory

        shard = Graph()
        load_memory(shard, data, quads=True)
        return add_triples(graph, shard)
    lines = [line for line in data.decode("utf-8").splitlines()
             if line.strip() and not line.lstrip().startswith("#")]
    for i in range(0, len(lines), BATCH):
        _insert(graph, lines[i:i + BATCH])
    return len(lines)


def add_triples(graph: Graph, triples: Iterable[tuple], *, batch: int = BATCH) -> int:
    """Send rdflib triples as INSERT DATA batches; return how many were given."""
    n = 0
    it = iter(triples)
    while chunk := list(islice(it, batch)):
        _insert(graph, [f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in chunk])
        n += len(chunk)
    return n
