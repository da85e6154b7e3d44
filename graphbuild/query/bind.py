"""Bind result columns of a query to values before it runs: ``--bind source=Russia``.

A binding keeps the rows whose column has that value, and lets the engine start from it
instead of listing the whole graph and filtering. The value goes to the engine as an RDF
term (rdflib ``initBindings``, Oxigraph substitutions, a ``VALUES`` row for an endpoint),
never pasted into the query text, so a value cannot change the query.

Only a column that every row has can be bound: a projected variable matched by a required
pattern. A column that comes from an ``OPTIONAL`` (or a ``BIND``) cannot be: binding it
beforehand would not filter the rows but fill the column in on rows it does not belong to,
so :func:`check_bindable` refuses it with a :class:`~graphbuild.errors.QueryError`.

>>> from graphbuild.query.bind import parse_binding
>>> parse_binding("source=Russia")
('source', rdflib.term.Literal('Russia'))
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from rdflib import Literal, URIRef, Variable
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Node

from graphbuild.errors import QueryError
from graphbuild.graph.namespace import BINDINGS

__all__ = ["parse_binding", "parse_value", "check_bindable", "bindable_columns"]


def parse_value(text: str) -> Node:
    """The RDF term a ``--bind`` value stands for: ``<IRI>`` or ``prefix:local`` with one of the
    project's prefixes is an IRI; anything else is a plain string literal (a label, a PLOVER type).

    >>> parse_value("gb:Asserted")
    rdflib.term.URIRef('https://w3id.org/graphbuild/ontology#Asserted')
    >>> parse_value("<https://example.org/x>")
    rdflib.term.URIRef('https://example.org/x')
    >>> parse_value("Free Syrian Army")
    rdflib.term.Literal('Free Syrian Army')
    """
    if text.startswith("<") and text.endswith(">") and len(text) > 2:
        iri = text[1:-1]
        if any(c in iri for c in '<>" {}|\\^`') or any(ord(c) < 33 for c in iri):
            raise QueryError(f"--bind: not a valid IRI: {text}")
        return URIRef(iri)
    prefix, sep, local = text.partition(":")
    if sep and prefix in BINDINGS and local and " " not in local:
        return URIRef(str(BINDINGS[prefix]) + local)
    return Literal(text)


def parse_binding(text: str) -> tuple[str, Node]:
    """``NAME=VALUE`` (the command line's ``--bind``) as ``(name, term)``; see :func:`parse_value`.

    >>> parse_binding("?relation=ASSAULT")
    ('relation', rdflib.term.Literal('ASSAULT'))
    >>> parse_binding("Russia")
    Traceback (most recent call last):
    ...
    graphbuild.errors.QueryError: --bind expects NAME=VALUE (e.g. source=Russia), got 'Russia'
    """
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not name or not name.replace("_", "a").isalnum():
        raise QueryError(f"--bind expects NAME=VALUE (e.g. source=Russia), got {text!r}")
    return name, parse_value(value)


def _vars(terms: Iterable) -> set[Variable]:
    return {t for t in terms if isinstance(t, Variable)}


def _certain(node) -> set[Variable]:
    """Variables bound in every solution of the algebra ``node`` (an under-estimate)."""
    if not isinstance(node, CompValue):
        return set()
    name = node.name
    if name == "BGP":
        return _vars(t for triple in node.triples for t in triple)
    if name == "Join":
        return _certain(node.p1) | _certain(node.p2)
    if name in ("LeftJoin", "Minus"):
        return _certain(node.p1)
    if name == "Union":
        return _certain(node.p1) & _certain(node.p2)
    if name == "Graph":
        return _certain(node.p) | _vars([node.term])
    if name == "Project":
        return _certain(node.p) & set(node.PV)
    if name == "AggregateJoin":  # GROUP BY: the grouping variables
        group = node.p
        return _vars(group.expr or ()) & _certain(group.p)
    if name == "ToMultiSet" and getattr(node.p, "name", None) == "values":
        rows = node.p.res or []
        common = set.intersection(*(set(r) for r in rows)) if rows else set()
        return {v for v in common if all(isinstance(r[v], Node) for r in rows)}  # UNDEF is a str
    if name in ("Filter", "Extend", "OrderBy", "Distinct", "Reduced", "Slice", "ToMultiSet",
                "SelectQuery", "ConstructQuery", "AskQuery", "DescribeQuery"):
        return _certain(node.p)  # BIND (Extend) may leave its variable unbound: not counted
    return set()


def _projected(node) -> list[Variable] | None:
    while isinstance(node, CompValue):
        if node.name == "Project":
            return list(node.PV)
        node = node.get("p")
    return None


def bindable_columns(sparql: str) -> list[str]:
    """The columns of ``sparql`` that :func:`check_bindable` accepts, in result order.

    >>> bindable_columns("SELECT ?a ?b WHERE { ?a <urn:p> ?x OPTIONAL { ?x <urn:q> ?b } }")
    ['a']
    """
    try:
        algebra = prepareQuery(sparql, initNs=BINDINGS).algebra
    except Exception as e:  # pyparsing and rdflib's translation raise many kinds
        raise QueryError(f"malformed SPARQL: {' '.join(str(e).split())[:300]}") from e
    certain = _certain(algebra)
    if algebra.name != "SelectQuery":  # ASK / CONSTRUCT / DESCRIBE: any variable every solution has
        return sorted(str(v) for v in certain)
    return [str(v) for v in _projected(algebra) or () if v in certain]


def check_bindable(sparql: str, names: Iterable[str]) -> None:
    """Raise :class:`~graphbuild.errors.QueryError` unless every name is a column of ``sparql``
    that every row has (see the module doc); say which columns can be bound.

    >>> check_bindable("SELECT ?a ?b WHERE { ?a <urn:p> ?x OPTIONAL { ?x <urn:q> ?b } }", ["a"])
    >>> check_bindable("SELECT ?a ?b WHERE { ?a <urn:p> ?x OPTIONAL { ?x <urn:q> ?b } }", ["b"])
    Traceback (most recent call last):
    ...
    graphbuild.errors.QueryError: cannot bind ?b: not every row of this query has it (OPTIONAL or BIND); columns that can be bound: a
    """
    names = list(names)
    if not names:
        return
    ok = bindable_columns(sparql)
    for name in names:
        if name not in ok:
            raise QueryError(f"cannot bind ?{name}: not every row of this query has it (OPTIONAL or "
                             f"BIND); columns that can be bound: {', '.join(ok) or 'none'}")


def as_bindings(bindings: Mapping[str, Node | str] | None) -> dict[str, Node]:
    """``bindings`` with plain strings made literals and ``?`` dropped from names.

    >>> as_bindings({"?source": "Russia"})
    {'source': rdflib.term.Literal('Russia')}
    """
    out: dict[str, Node] = {}
    for name, value in (bindings or {}).items():
        out[str(name).lstrip("?$")] = value if isinstance(value, Node) else Literal(str(value))
    return out
