"""Choose a result format (``format`` parameter, then the Accept header) and serialise an answer.

SELECT and ASK answers: SPARQL JSON (default), XML or CSV. CONSTRUCT and DESCRIBE answers:
Turtle (default), N-Triples, RDF/XML or JSON-LD.

>>> choose("SELECT", None, "text/csv;q=0.9, application/sparql-results+xml")
'xml'
>>> choose("CONSTRUCT", "nt", None)
'nt'
>>> choose("CONSTRUCT", "json", None)   # format=json on a graph answer means JSON-LD
'json-ld'
"""
from __future__ import annotations

from rdflib import Variable
from rdflib.query import Result

from graphbuild.serve.engine import Outcome

#: Table answers (SELECT, ASK): name -> (media type, rdflib result serializer).
TABLE_FORMATS = {
    "json": ("application/sparql-results+json", "json"),
    "xml": ("application/sparql-results+xml", "xml"),
    "csv": ("text/csv", "csv"),
}
#: Graph answers (CONSTRUCT, DESCRIBE): name -> (media type, rdflib graph serializer).
GRAPH_FORMATS = {
    "turtle": ("text/turtle", "turtle"),
    "nt": ("application/n-triples", "nt"),
    "xml": ("application/rdf+xml", "xml"),
    "json-ld": ("application/ld+json", "json-ld"),
}
#: Other names clients use in ``format=`` or Accept, per answer shape.
TABLE_ALIASES = {"application/json": "json", "text/xml": "xml", "application/xml": "xml",
                 "srj": "json", "srx": "xml"}
GRAPH_ALIASES = {"ttl": "turtle", "n3": "turtle", "text/n3": "turtle", "application/x-turtle": "turtle",
                 "ntriples": "nt", "n-triples": "nt", "text/plain": "nt", "rdf": "xml", "rdfxml": "xml",
                 "rdf+xml": "xml", "application/xml": "xml", "text/xml": "xml", "json": "json-ld",
                 "jsonld": "json-ld", "application/json": "json-ld"}


def _table(kind: str) -> tuple[dict, dict, str]:
    if kind == "CONSTRUCT":
        return GRAPH_FORMATS, GRAPH_ALIASES, "turtle"
    return TABLE_FORMATS, TABLE_ALIASES, "json"


def _lookup(name: str, formats: dict, aliases: dict) -> str | None:
    name = name.strip().lower()
    if name in formats:
        return name
    if name in aliases:
        return aliases[name]
    for key, (media, _) in formats.items():
        if name == media:
            return key
    return None


def choose(kind: str, format_param: str | None, accept: str | None) -> str:
    """The format name for an answer of ``kind`` (SELECT, ASK or CONSTRUCT); never fails."""
    formats, aliases, default = _table(kind)
    if format_param:
        found = _lookup(format_param, formats, aliases)
        if found:
            return found
    if accept:
        ranges = []
        for i, part in enumerate(accept.split(",")):
            media, *params = (x.strip() for x in part.split(";"))
            q = 1.0
            for param in params:
                if param.startswith("q="):
                    try:
                        q = float(param[2:])
                    except ValueError:
                        q = 0.0
            ranges.append((-q, i, media))
        for negq, _, media in sorted(ranges):
            if negq == 0:
                break
            if media in ("*/*", "application/*"):
                return default
            found = _lookup(media, formats, aliases)
            if found:
                return found
    return default


def serialize(outcome: Outcome, fmt: str) -> tuple[bytes, str]:
    """``(body, content type)`` for ``outcome`` in format ``fmt`` (a name from :func:`choose`).

    >>> body, ctype = serialize(Outcome("ASK", boolean=True), "json")
    >>> ctype, b'"boolean": true' in body
    ('application/sparql-results+json', True)
    """
    if outcome.kind == "CONSTRUCT":
        media, name = GRAPH_FORMATS[fmt]
        graph = outcome.graph
        from graphbuild.store import bind_prefixes

        bind_prefixes(graph)
        body = graph.serialize(format=name, encoding="utf-8")
        return body, f"{media}; charset=utf-8"
    if outcome.kind == "ASK" and fmt == "csv":  # CSV has no boolean form: answer in JSON
        fmt = "json"
    media, name = TABLE_FORMATS[fmt]
    result = Result(outcome.kind)
    if outcome.kind == "ASK":
        result.askAnswer = bool(outcome.boolean)
    else:
        result.vars = [Variable(v) for v in outcome.vars]
        result.bindings = [{Variable(k): v for k, v in row.items()} for row in outcome.rows]
    body = result.serialize(format=name, encoding="utf-8")
    if isinstance(body, str):
        body = body.encode("utf-8")
    return body, f"{media}; charset=utf-8" if fmt == "csv" else media
