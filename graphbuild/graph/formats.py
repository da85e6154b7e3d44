"""The one table of graph file formats, shared by the CLI, the store and export.

Each :class:`Format` says how a graph is written (an rdflib serializer, or one
of the project's own writers: ``network``, ``csv``, ``predictions``), which file
extension and media type it has, and whether rdflib can read it back.

>>> FORMATS["ttl"].media_type
'text/turtle'
>>> format_for_path("out/graph.graphml")
'graphml'
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from graphbuild.errors import ExportError

__all__ = ["Format", "FORMATS", "RDF_FORMATS", "format_for_path", "parser_for_path"]


@dataclass(frozen=True)
class Format:
    """One output format.

    ``kind`` is ``"rdf"`` (written by rdflib's ``serializer``, read back by its ``parser``),
    ``"network"`` (the actor network as GraphML/GEXF), ``"csv"`` (one row per event) or
    ``"predictions"`` (the evaluation JSON Lines).
    """

    name: str
    kind: str
    extension: str
    media_type: str
    description: str
    serializer: str | None = None  # rdflib serializer name
    parser: str | None = None  # rdflib parser name
    aliases: tuple[str, ...] = ()  # other extensions read as this format


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("ttl", "rdf", ".ttl", "text/turtle", "Turtle, sorted and byte-for-byte deterministic",
           "turtle", "turtle", (".turtle",)),
    Format("nt", "rdf", ".nt", "application/n-triples", "N-Triples, one triple a line, sorted",
           "nt", "nt", (".ntriples",)),
    Format("nq", "rdf", ".nq", "application/n-quads", "N-Quads, one quad a line, sorted",
           "nquads", "nquads", (".nquads",)),
    Format("jsonld", "rdf", ".jsonld", "application/ld+json", "JSON-LD",
           "json-ld", "json-ld", (".json-ld",)),
    Format("xml", "rdf", ".rdf", "application/rdf+xml", "RDF/XML",
           "pretty-xml", "xml", (".xml", ".owl")),
    Format("trig", "rdf", ".trig", "application/trig", "TriG (Turtle with named graphs)",
           "trig", "trig"),
    Format("n3", "rdf", ".n3", "text/n3", "Notation3", "n3", "n3"),
    Format("graphml", "network", ".graphml", "application/graphml+xml",
           "actor network (asserted events) as GraphML, for Gephi, yEd, Cytoscape"),
    Format("gexf", "network", ".gexf", "application/gexf+xml", "actor network as GEXF, for Gephi"),
    Format("csv", "csv", ".csv", "text/csv", "one row per event: who, what, whom, where, when, evidence"),
    Format("jsonl", "predictions", ".jsonl", "application/jsonl",
           "entity/event/relation rows in the evaluation prediction format"),
)}

#: Names of the formats rdflib can read back.
RDF_FORMATS = tuple(name for name, f in FORMATS.items() if f.parser)


def format_for_path(path: str | Path, default: str | None = None) -> str:
    """The format name for ``path``'s extension (``default`` when none matches, else ExportError).

    >>> format_for_path("a/b.rdf"), format_for_path("x.NQ"), format_for_path("x.dat", default="ttl")
    ('xml', 'nq', 'ttl')
    """
    suffix = Path(str(path)).suffix.lower()
    for f in FORMATS.values():
        if suffix == f.extension or suffix in f.aliases:
            return f.name
    if default is not None:
        return default
    known = ", ".join(sorted({f.extension for f in FORMATS.values()}))
    raise ExportError(f"{path}: unknown graph file extension {suffix or '(none)'!r}; known: {known}")


def parser_for_path(path: str | Path) -> str | None:
    """The rdflib parser name for reading the graph file ``path`` (None when rdflib cannot read it).

    >>> parser_for_path("g.nq"), parser_for_path("g.jsonld"), parser_for_path("g.csv"), parser_for_path("g")
    ('nquads', 'json-ld', None, None)
    """
    name = format_for_path(path, default="")
    return FORMATS[name].parser if name else None
