"""Writers for every format of :data:`graphbuild.graph.formats.FORMATS`, and atomic file export.

RDF formats are written from a sorted copy of the graph with the project's
prefixes, so the same triples always give the same bytes whatever order they
were added in; N-Triples and N-Quads lines are sorted.

>>> from graphbuild.graph.build import new_graph
>>> from graphbuild.graph.namespace import GB, ID, RDF
>>> g = new_graph().add((ID["actor/state/AAA"], RDF.type, GB.State))
>>> print(export_bytes(g, "nt").decode().strip())
<https://w3id.org/graphbuild/id/actor/state/AAA> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/graphbuild/ontology#State> .
"""
from __future__ import annotations

import csv
import io
import os
import tempfile
import warnings
from pathlib import Path
from typing import BinaryIO

from rdflib import Dataset, Graph, Literal

from graphbuild.errors import ExportError, GraphbuildError
from graphbuild.export.records import actor_info, event_records
from graphbuild.graph.build import bind_prefixes, new_graph
from graphbuild.graph.formats import FORMATS, format_for_path
from graphbuild.graph.namespace import XSD

__all__ = ["export", "export_bytes", "write", "canonical_graph", "CSV_COLUMNS"]

#: Columns of the CSV export, one row per event.
CSV_COLUMNS = ("event", "type", "source", "target", "location", "date", "factuality", "claimed_by",
               "sentence", "document")


def _key(triple) -> tuple:
    return tuple(term.n3() for term in triple)


def _plain(term):
    """``"x"^^xsd:string`` (as Oxigraph reports plain literals) as the equal plain literal ``"x"``."""
    if isinstance(term, Literal) and term.datatype == XSD.string and not term.language:
        return Literal(str(term))
    return term


def canonical_graph(graph: Graph) -> Graph:
    """A copy of ``graph`` with triples added in sorted order and the project's prefixes bound.

    Literals typed ``xsd:string`` become plain literals (the same in RDF 1.1), so a graph
    gives the same bytes from every store.

    >>> len(canonical_graph(new_graph()))
    0
    """
    out = new_graph()
    for prefix, ns in graph.namespaces():
        if prefix and prefix not in dict(out.namespaces()):
            out.bind(prefix, ns, override=False)
    bind_prefixes(out)
    triples = {(s, p, _plain(o)) for s, p, o in graph}
    out.addN((s, p, o, out) for s, p, o in sorted(triples, key=_key))
    return out


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted({line for line in data.splitlines() if line.strip()})
    return b"".join(line + b"\n" for line in lines)


def _write_rdf(graph: Graph, stream: BinaryIO, fmt: str) -> None:
    spec = FORMATS[fmt]
    if getattr(graph.store, "context_aware", False) and isinstance(graph, Dataset) and fmt in ("nq", "trig"):
        data = graph.serialize(format=spec.serializer, encoding="utf-8")
        stream.write(_sorted_lines(data) if fmt == "nq" else data)
        return
    g = canonical_graph(graph)
    if fmt in ("nt", "nq"):  # a plain graph is the default graph: its quads are its triples
        stream.write(_sorted_lines(g.serialize(format="nt", encoding="utf-8")))
    elif fmt == "trig":  # the triples as the dataset's default graph
        with warnings.catch_warnings():  # rdflib's TriG code uses its own deprecated API
            warnings.simplefilter("ignore", DeprecationWarning)
            ds = Dataset()
            for prefix, ns in g.namespaces():
                ds.bind(prefix, ns, override=True, replace=True)
            ds.default_graph.addN((s, p, o, ds.default_graph) for s, p, o in g)
            stream.write(ds.serialize(format="trig", encoding="utf-8"))
    else:
        stream.write(g.serialize(format=spec.serializer, encoding="utf-8"))


def _write_csv(graph: Graph, stream: BinaryIO) -> None:
    actors = actor_info(graph)

    def names(iris) -> str:
        return "; ".join(actors[i].label if i in actors else i for i in iris if i)

    text = io.StringIO()
    w = csv.writer(text, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for r in event_records(graph):
        w.writerow([r.iri, r.type, names(r.sources), names(r.targets), names([r.location]), r.date or "",
                    r.factuality, names([r.claimed_by]), r.sentence or "", r.doc or ""])
    stream.write(text.getvalue().encode("utf-8"))


def write(graph: Graph, stream: BinaryIO, fmt: str, *, standing: bool = True) -> None:
    """Write ``graph`` to the binary ``stream`` in format ``fmt`` (a name of ``FORMATS``);
    ``standing=False`` leaves the standing relations out of the prediction rows (``jsonl``).

    >>> import io
    >>> buf = io.BytesIO(); write(new_graph(), buf, "csv"); buf.getvalue().decode().split(",")[:2]
    ['event', 'type']
    """
    spec = FORMATS.get(fmt)
    if spec is None:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if spec.kind == "rdf":
        _write_rdf(graph, stream, fmt)
    elif spec.kind == "network":
        from graphbuild.export.network_export import write_network

        write_network(graph, stream, fmt)
    elif spec.kind == "csv":
        _write_csv(graph, stream)
    else:
        from graphbuild.export.predictions import write_predictions

        write_predictions(graph, stream, standing=standing)


def export_bytes(graph: Graph, fmt: str) -> bytes:
    """``graph`` in format ``fmt``, as bytes.

    >>> export_bytes(new_graph(), "jsonl")
    b''
    """
    buf = io.BytesIO()
    write(graph, buf, fmt)
    return buf.getvalue()


def export(graph: Graph, path: str | Path, fmt: str | None = None, *, standing: bool = True) -> Path:
    """Write ``graph`` to ``path`` in ``fmt`` (default: from the extension), atomically
    (``standing`` as for :func:`write`).

    The file is written to a temporary file beside ``path`` and moved over it only
    when complete, so a failure leaves any previous file as it was.

    >>> import tempfile, pathlib
    >>> out = export(new_graph(), pathlib.Path(tempfile.mkdtemp()) / "g.ttl")
    >>> out.suffix, out.exists()
    ('.ttl', True)
    """
    path = Path(path)
    fmt = fmt or format_for_path(path)
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise ExportError(f"{path}: cannot write: {e.strerror or e}") from e
    try:
        with os.fdopen(fd, "wb") as f:
            write(graph, f, fmt, standing=standing)
            f.flush()
            os.fsync(f.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(e, GraphbuildError) or not isinstance(e, Exception):
            raise
        raise ExportError(f"{path}: cannot write {fmt}: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from e
    return path
