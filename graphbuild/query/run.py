"""Run SPARQL on a graph and format the answer as an aligned table, CSV or SPARQL JSON.

The project's prefixes (``gb:``, ``id:``, ``prov:``, ``rdfs:`` ...) are bound in
every query. Ready-made queries live in ``ontology/queries/*.rq``.

>>> from graphbuild.graph.build import new_graph
>>> from graphbuild.graph.namespace import GB, ID, RDF
>>> g = new_graph().add((ID["actor/state/AAA"], RDF.type, GB.State))
>>> print(run_query(g, "SELECT ?a WHERE { ?a a gb:State }").to_table())
a
------------------
id:actor/state/AAA
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from graphbuild.errors import QueryError
from graphbuild.graph.build import QUERIES_DIR
from graphbuild.graph.namespace import BINDINGS, XSD
from graphbuild.query.bind import as_bindings, check_bindable
from graphbuild.query.inline import inline_bindings

__all__ = ["QueryResult", "run_query", "ready_queries", "load_query", "query_description", "FORMATS"]

#: Result formats of :meth:`QueryResult.format`.
FORMATS = ("table", "csv", "json")

# Longest namespace first, so "id:" is not used where a longer one fits.
_PREFIXES = sorted(((ns, p) for p, ns in BINDINGS.items()), key=lambda x: -len(x[0]))


def _one_line(e: Exception) -> str:
    text = " ".join(str(e).split()) or type(e).__name__
    return text[:300]


def shorten(iri: str) -> str:
    """``iri`` as ``prefix:local`` when one of the project's prefixes fits.

    >>> shorten("https://w3id.org/graphbuild/ontology#Assault")
    'gb:Assault'
    """
    for ns, prefix in _PREFIXES:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def _display(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return shorten(str(term))
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _json_term(term: Node) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal):
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype and term.datatype != XSD.string:  # a simple literal either way
            out["datatype"] = str(term.datatype)
    return out


@dataclass
class QueryResult:
    """The answer to a query: ``vars`` and ``rows`` (SELECT), ``boolean`` (ASK) or ``graph``
    (CONSTRUCT/DESCRIBE). Row values are rdflib terms, ``None`` where unbound."""

    kind: str  # SELECT | ASK | CONSTRUCT | DESCRIBE
    vars: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def __len__(self) -> int:
        return len(self.rows) if self.graph is None else len(self.graph)

    def values(self) -> list[tuple]:
        """The rows as tuples of plain strings (``None`` where unbound).

        >>> QueryResult("SELECT", ["x"], [(Literal(1),)]).values()
        [('1',)]
        """
        return [tuple(None if v is None else str(v) for v in row) for row in self.rows]

    def to_table(self) -> str:
        """An aligned text table; IRIs shortened with the project's prefixes."""
        if self.kind == "ASK":
            return "yes" if self.boolean else "no"
        if self.graph is not None:
            return self.graph.serialize(format="turtle")
        cells = [[_display(v).replace("\n", " ") for v in row] for row in self.rows]
        widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(self.vars)]
        lines = ["  ".join(h.ljust(w) for h, w in zip(self.vars, widths)).rstrip(),
                 "  ".join("-" * w for w in widths)]
        lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
        return "\n".join(lines)

    def to_csv(self) -> str:
        """SPARQL 1.1 CSV results: a header row, then plain values (full IRIs)."""
        if self.kind == "ASK":
            return f"boolean\n{str(bool(self.boolean)).lower()}\n"
        if self.graph is not None:
            return self.graph.serialize(format="nt")
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\r\n")
        w.writerow(self.vars)
        for row in self.rows:
            w.writerow(["" if v is None else str(v) for v in row])
        return out.getvalue()

    def to_json(self) -> str:
        """SPARQL 1.1 JSON results (``head``/``results.bindings``, or ``boolean``)."""
        if self.kind == "ASK":
            return json.dumps({"head": {}, "boolean": bool(self.boolean)}, indent=2)
        if self.graph is not None:
            return self.graph.serialize(format="json-ld")
        bindings = [{var: _json_term(v) for var, v in zip(self.vars, row) if v is not None}
                    for row in self.rows]
        return json.dumps({"head": {"vars": self.vars}, "results": {"bindings": bindings}},
                          indent=2, ensure_ascii=False)

    def format(self, fmt: str) -> str:
        """The result as ``table``, ``csv`` or ``json`` text.

        >>> QueryResult("ASK", boolean=True).format("table")
        'yes'
        """
        if fmt not in FORMATS:
            raise QueryError(f"unknown result format {fmt!r}; choose one of {', '.join(FORMATS)}")
        return {"table": self.to_table, "csv": self.to_csv, "json": self.to_json}[fmt]()


def run_query(graph: Graph, sparql: str, bindings: Mapping[str, Node | str] | None = None) -> QueryResult:
    """Run ``sparql`` on ``graph``; a malformed or failing query raises :class:`QueryError` (one line).

    ``bindings`` (column name -> rdflib term; a plain string is a literal) keeps the rows whose
    column has that value, passed to the engine as a binding, not pasted into the text. Only
    columns every row has can be bound (see :mod:`graphbuild.query.bind`).

    >>> from graphbuild.graph.build import new_graph
    >>> from graphbuild.graph.namespace import ID, RDFS
    >>> g = new_graph().add((ID["actor/state/RUS"], RDFS.label, Literal("Russia")))
    >>> g = g.add((ID["actor/state/SYR"], RDFS.label, Literal("Syria")))
    >>> run_query(g, "SELECT ?a ?name WHERE { ?a rdfs:label ?name }", {"name": "Syria"}).values()
    [('https://w3id.org/graphbuild/id/actor/state/SYR', 'Syria')]
    >>> run_query(new_graph(), "ASK { ?s ?p ?o }").boolean
    False
    >>> run_query(new_graph(), "SELEC ?x")
    Traceback (most recent call last):
    ...
    graphbuild.errors.QueryError: malformed SPARQL: Expected ...
    """
    if not sparql or not sparql.strip():
        raise QueryError("empty SPARQL query")
    init = as_bindings(bindings)
    check_bindable(sparql, init)
    sparql, init = inline_bindings(sparql, init)  # bound labels in the patterns: the engine starts there
    try:
        result = graph.query(sparql, initNs=BINDINGS, initBindings=init or None)
        kind = str(result.type).upper()
        if kind == "ASK":
            return QueryResult("ASK", boolean=bool(result.askAnswer))
        if kind in ("CONSTRUCT", "DESCRIBE"):
            g = Graph()
            for prefix, ns in BINDINGS.items():
                g.bind(prefix, ns, override=True, replace=True)
            for triple in result:
                g.add(triple)
            return QueryResult(kind, graph=g)
        names = [str(v) for v in (result.vars or [])]
        rows = [tuple(row) for row in result]
    except QueryError:
        raise
    except Exception as e:  # rdflib/pyparsing/oxigraph raise many kinds
        name, message = type(e).__name__, str(e)
        malformed = "Parse" in name or "Syntax" in name or "namespace prefix" in message
        prefix = "malformed SPARQL" if malformed else "query failed"
        raise QueryError(f"{prefix}: {_one_line(e)}") from e
    return QueryResult("SELECT", names, rows)


def ready_queries() -> dict[str, str]:
    """The ready-made queries of ``ontology/queries``: name (file stem) -> SPARQL text.

    >>> "attacks" in ready_queries()
    True
    """
    if not QUERIES_DIR.is_dir():
        return {}
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(QUERIES_DIR.glob("*.rq"))}


def query_description(text: str) -> str:
    """The first line of a query's comment header.

    >>> query_description("# Who attacked whom.\\n# more\\nSELECT * {}")
    'Who attacked whom.'
    """
    for line in text.splitlines():
        m = re.match(r"\s*#\s*(\S.*)", line)
        if m:
            return m.group(1).strip()
        if line.strip():
            break
    return ""


def load_query(name_or_path: str | Path) -> str:
    """The text of a ready query (by name, e.g. ``"attacks"``) or of a ``.rq`` file.

    >>> load_query("attacks").lstrip().startswith("#")
    True
    """
    path = Path(name_or_path)
    if path.is_file():
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise QueryError(f"{path}: cannot read query: {e}") from e
    ready = ready_queries()
    name = str(name_or_path)
    name = name[:-3] if name.endswith(".rq") else name
    if name in ready:
        return ready[name]
    raise QueryError(f"{name_or_path}: no such query file or ready query "
                     f"(ready: {', '.join(ready) or 'none'})")
