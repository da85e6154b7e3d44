"""The actor-level projection of the RDF graph, as a :class:`networkx.MultiDiGraph`.

Viz, analytics and the GraphML/GEXF exporter all read the graph through
:func:`actor_network`: one node per actor, one edge per (event, source, target)
pair and one per standing relation. Every attribute is a ``str``, ``int``,
``float`` or ``bool`` (lists are joined with ``"; "``, absent values are left
out), so the result can be written as GraphML or GEXF as it is.

Everything is read with a handful of SPARQL queries, never one per node, so it
is quick on Oxigraph-backed graphs too.

>>> from rdflib import Graph, Literal
>>> from graphbuild.graph.namespace import GB, ID, RDF, RDFS
>>> g = Graph()
>>> def a(key, name):
...     return [(ID["actor/" + key], RDF.type, GB.Actor), (ID["actor/" + key], RDFS.label, Literal(name)),
...             (ID["actor/" + key], GB.actorType, Literal("STATE"))]
>>> e = ID["event/1"]
>>> for t in a("state/AAA", "Arland") + a("state/BBB", "Borduria") + [
...         (e, RDF.type, GB.Event), (e, GB.ploverType, Literal("ACCUSE")), (e, GB.factuality, GB.Asserted),
...         (e, GB.source, ID["actor/state/AAA"]), (e, GB.target, ID["actor/state/BBB"])]:
...     _ = g.add(t)
>>> net = actor_network(g)
>>> [(net.nodes[u]["label"], d["type"], net.nodes[v]["label"]) for u, v, d in net.edges(data=True)]
[('Arland', 'ACCUSE', 'Borduria')]
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations

import networkx as nx
from rdflib import Graph

from graphbuild.graph.namespace import ACTOR_CLASS, BINDINGS, GB, RELATION_EDGE, WD
from graphbuild.model import SYMMETRIC_TYPES

__all__ = ["actor_network", "FACTUALITIES", "local_name", "pagerank", "collapse"]

#: Factuality values, as local names of the gb:Factuality individuals.
FACTUALITIES = ("Asserted", "Denied", "Negated", "Hypothetical", "Future")

_QUALIFIER_WORDS = {"at-least": "at least", "about": "about", "at-most": "at most", "exact": "", "many": ""}

_PREFIXES = "".join(f"PREFIX {k}: <{v}>\n" for k, v in sorted(BINDINGS.items()))

# Few queries, each a single pattern or a short join, so that even rdflib's in-memory SPARQL engine
# reads a 5,000-actor graph in seconds; results are aggregated in Python.
_Q_ACTOR_CLASSES = _PREFIXES + "SELECT ?a ?cls WHERE { VALUES ?cls { %s } ?a a ?cls }" % " ".join(
    f"<{c}>" for c in [GB.Actor, *ACTOR_CLASS.values()])
_Q_ACTOR_PROPS = _PREFIXES + """SELECT ?a ?p ?v WHERE {
  VALUES ?p { rdfs:label gb:actorType owl:sameAs gb:country geo:lat geo:long skos:altLabel } ?a ?p ?v }"""
_Q_EVENT_PROPS = _PREFIXES + """SELECT ?e ?p ?v WHERE {
  VALUES ?p { gb:ploverType gb:factuality gb:date gb:dateEnd gb:dateText gb:location gb:mode gb:claimedBy
              gb:deniedBy gb:source gb:target gb:weapon gb:casualty prov:wasDerivedFrom } ?e ?p ?v }"""
_Q_EVIDENCE = _PREFIXES + """SELECT ?e ?sentence ?doc WHERE {
  ?e gb:evidence ?ev . ?ev gb:sentence ?sentence OPTIONAL { ?ev gb:inDocument ?doc } }"""
_Q_CASUALTIES = _PREFIXES + """SELECT ?c ?p ?v WHERE {
  VALUES ?p { gb:casualtyKind gb:count gb:qualifier } ?c ?p ?v }"""
_Q_DOCS = _PREFIXES + "SELECT ?d ?id WHERE { ?d gb:docId ?id }"
_Q_RELATIONS = _PREFIXES + """
SELECT ?s ?p ?o WHERE { VALUES ?p { %s } ?s ?p ?o }""" % " ".join(f"<{p}>" for p in RELATION_EDGE.values())
_Q_STATEMENTS = _PREFIXES + """
SELECT ?s ?p ?o ?sentence ?doc WHERE {
  ?st a gb:RelationStatement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; gb:evidence ?ev .
  ?ev gb:sentence ?sentence OPTIONAL { ?ev gb:inDocument ?doc }
}"""

_CLASS_TYPE = {str(c): t for t, c in ACTOR_CLASS.items()}
_RELATION_NAME = {str(p): name for name, p in RELATION_EDGE.items()}


def local_name(iri: str) -> str:
    """The part of an IRI after its last ``#`` or ``/``.

    >>> local_name("https://w3id.org/graphbuild/ontology#Denied")
    'Denied'
    """
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _s(value) -> str | None:
    return None if value is None else str(value)


def _rows(graph: Graph, query: str):
    for row in graph.query(query):
        yield [_s(v) for v in row]


def _join(values: Iterable[str]) -> str:
    return "; ".join(sorted({v for v in values if v}))


def _casualty_text(kind: str | None, count: str | None, qualifier: str | None) -> str:
    words = []
    if qualifier == "many" or (count is None and qualifier != "exact"):
        words.append("many")
    elif qualifier:
        words.append(_QUALIFIER_WORDS.get(qualifier, qualifier))
    if count is not None:
        words.append(count)
    words.append(kind or "casualties")
    return " ".join(w for w in words if w)


def _first(values: set | None) -> str | None:
    return min(values) if values else None


def _actors(graph: Graph) -> dict[str, dict]:
    actors: dict[str, dict] = {}
    classes: dict[str, set] = defaultdict(set)
    for a, cls in _rows(graph, _Q_ACTOR_CLASSES):
        if cls == str(GB.Actor):
            actors.setdefault(a, {})
        else:
            classes[a].add(_CLASS_TYPE[cls])
    props: dict[tuple, set] = defaultdict(set)
    for a, p, v in _rows(graph, _Q_ACTOR_PROPS):
        if a in actors:
            props[a, local_name(p)].add(v)
    for a, attrs in actors.items():
        attrs["label"] = _first(props.get((a, "label"))) or local_name(a).replace("-", " ")
        attrs["type"] = _first(props.get((a, "actorType"))) or _first(classes.get(a)) or "GROUP"
        attrs["key"] = a.split("/actor/", 1)[1] if "/actor/" in a else local_name(a)
        qids = {local_name(v) for v in props.get((a, "sameAs"), ()) if v.startswith(str(WD))}
        if qids:
            attrs["qid"] = min(qids)
        names = props.get((a, "altLabel"), set()) - {attrs["label"]}
        if names:
            attrs["aliases"] = _join(names)
        lat, lon = _first(props.get((a, "lat"))), _first(props.get((a, "long")))
        if lat is not None and lon is not None:
            try:
                attrs["lat"], attrs["lon"] = float(lat), float(lon)
            except ValueError:
                pass
    for a, attrs in actors.items():
        country = _first(props.get((a, "country")))
        if country:
            attrs["country"] = actors.get(country, {}).get("label") or local_name(country)
    return actors


def _events(graph: Graph, actors: dict[str, dict]) -> dict[str, dict]:
    def label(iri: str) -> str:
        return actors[iri]["label"] if iri in actors else local_name(iri).replace("-", " ")

    docs = dict(_rows(graph, _Q_DOCS))
    props: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for e, p, v in _rows(graph, _Q_EVENT_PROPS):
        props[e][local_name(p)].add(v)
    cas: dict[str, dict[str, str]] = defaultdict(dict)
    for c, p, v in _rows(graph, _Q_CASUALTIES):
        cas[c][local_name(p)] = v
    evidence: dict[str, set] = defaultdict(set)
    for e, sentence, doc in _rows(graph, _Q_EVIDENCE):
        evidence[e].add((sentence, docs.get(doc, "") if doc else ""))
    events: dict[str, dict] = {}
    for e, p in props.items():
        if not p.get("ploverType"):
            continue
        ev = {"type": min(p["ploverType"]), "s": p.get("source", set()), "t": p.get("target", set()),
              "factuality": local_name(_first(p.get("factuality")) or "Asserted")}
        for key, prop in (("date", "date"), ("date_end", "dateEnd"), ("date_text", "dateText"),
                          ("mode", "mode")):
            if p.get(prop):
                ev[key] = _first(p[prop])
        for key, prop in (("location", "location"), ("claimed_by", "claimedBy"), ("denied_by", "deniedBy")):
            if p.get(prop):
                ev[key] = _join(label(v) for v in p[prop])
        ev["weapons"] = p.get("weapon", set())
        ev["evidence"] = {s for s, _ in evidence.get(e, ())}
        ev["docs"] = {d for _, d in evidence.get(e, ()) if d} | {docs[d] for d in p.get("wasDerivedFrom", ())
                                                                 if d in docs}
        ev["cas"] = {c: _casualty_text(cas[c].get("casualtyKind"), cas[c].get("count"), cas[c].get("qualifier"))
                     for c in p.get("casualty", ())}
        events[e] = ev
    return events


def _wanted(values: Iterable[str] | None) -> set[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        values = [values]
    return {v.strip() for v in values if v and v.strip()}


def actor_network(graph: Graph, *, factuality: Iterable[str] | None = ("Asserted",),
                  types: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """Project ``graph`` onto its actors: a MultiDiGraph of actors and the events between them.

    Nodes are actor IRI strings with ``label``, ``type`` (``STATE``, ``PERSON``...),
    ``key``, and when known ``qid``, ``aliases`` (``"; "``-joined), ``country``
    (label), ``lat``/``lon``. Event edges (key: the event IRI) carry ``type``
    (PLOVER), ``event``, ``factuality`` (``Asserted``, ``Denied``...), and when
    known ``date``, ``date_end``, ``location``, ``claimed_by``, ``denied_by``,
    ``casualties``, ``weapons``, ``evidence`` (sentences), ``doc``, ``mode``,
    plus ``symmetric`` (bool). Standing relations are edges whose ``type`` is
    ``LEADS``, ``MEMBER_OF``, ``ALLY_OF`` or ``LOCATED_IN`` (factuality
    ``Asserted``). Symmetric events (CONSULT, AGREE, COOPERATE) that only have
    sources give one edge per pair of sources.

    ``factuality`` keeps only events with those factuality names (``None``: all);
    ``types`` keeps only those event/relation types (``None``: all). Every actor
    is a node even if no edge is left.

    >>> from rdflib import Graph
    >>> actor_network(Graph()).number_of_nodes()
    0
    """
    facts = _wanted(factuality)
    kinds = _wanted(types)
    net = nx.MultiDiGraph()
    actors = _actors(graph)
    for a in sorted(actors):
        net.add_node(a, **actors[a])

    events = _events(graph, actors)
    missing = {a for ev in events.values() for a in ev["s"] | ev["t"]} - set(actors)
    for a in sorted(missing):
        net.add_node(a, label=local_name(a).replace("-", " "), type="GROUP", key=local_name(a))
    for e in sorted(events):
        ev = events[e]
        fact = ev.get("factuality", "Asserted")
        if (facts is not None and fact not in facts) or (kinds is not None and ev["type"] not in kinds):
            continue
        sources, targets = sorted(ev["s"]), sorted(ev["t"])
        symmetric = ev["type"] in SYMMETRIC_TYPES and not targets
        pairs = list(combinations(sources, 2)) if symmetric else [(s, t) for s in sources for t in targets]
        attrs = {"type": ev["type"], "label": ev["type"], "event": e, "factuality": fact,
                 "symmetric": ev["type"] in SYMMETRIC_TYPES}
        for key in ("date", "date_end", "date_text", "location", "claimed_by", "denied_by", "mode"):
            if key in ev:
                attrs[key] = ev[key]
        for key, values in (("weapons", ev["weapons"]), ("evidence", ev["evidence"]),
                            ("doc", ev["docs"]), ("casualties", ev["cas"].values())):
            if values:
                attrs[key] = _join(values)
        for s, t in pairs:
            if s != t:
                net.add_edge(s, t, key=e, **attrs)

    if facts is None or "Asserted" in facts:
        relations: dict[tuple, dict] = {}
        for s, p, o in _rows(graph, _Q_RELATIONS):
            name = _RELATION_NAME[p]
            if (kinds is None or name in kinds) and s != o:
                relations[(s, name, o)] = {"evidence": set(), "doc": set()}
        docs = dict(_rows(graph, _Q_DOCS)) if relations else {}
        for s, p, o, sentence, doc in (_rows(graph, _Q_STATEMENTS) if relations else ()):
            rel = relations.get((s, _RELATION_NAME.get(p), o))
            if rel is not None:
                rel["evidence"].add(sentence)
                if doc in docs:
                    rel["doc"].add(docs[doc])
        for (s, name, o) in sorted(relations):
            attrs = {"type": name, "label": name, "factuality": "Asserted", "symmetric": name == "ALLY_OF"}
            for key, values in relations[(s, name, o)].items():
                if values:
                    attrs[key] = _join(values)
            for node in (s, o):
                if node not in net:
                    net.add_node(node, label=local_name(node).replace("-", " "), type="GROUP",
                                 key=local_name(node))
            net.add_edge(s, o, key=name, **attrs)
    return net


def collapse(net: nx.MultiGraph, *, directed: bool = False) -> nx.Graph:
    """Collapse parallel edges into one whose ``weight`` is their number (self-loops dropped).

    >>> m = nx.MultiDiGraph([("a", "b"), ("a", "b"), ("b", "a")])
    >>> collapse(m)["a"]["b"]["weight"]
    3
    """
    out = nx.DiGraph() if directed else nx.Graph()
    out.add_nodes_from(sorted(net.nodes))
    for u, v in sorted((u, v) for u, v, _ in net.edges(keys=True)):
        if u == v:
            continue
        if out.has_edge(u, v):
            out[u][v]["weight"] += 1
        else:
            out.add_edge(u, v, weight=1)
    return out


def pagerank(g: nx.Graph, *, alpha: float = 0.85, weight: str = "weight",
             max_iter: int = 200, tol: float = 1.0e-10) -> dict:
    """PageRank by power iteration with numpy (networkx's own needs SciPy, which is not a dependency).

    >>> pr = pagerank(nx.DiGraph([("a", "c"), ("b", "c")]))
    >>> max(pr, key=pr.get)
    'c'
    """
    import numpy as np

    nodes = list(g.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = []
    for u, v, d in g.edges(data=True):
        w = float(d.get(weight, 1) or 1)
        pairs.append((index[u], index[v], w))
        if not g.is_directed():
            pairs.append((index[v], index[u], w))
    src = np.array([p[0] for p in pairs], dtype=np.int64)
    dst = np.array([p[1] for p in pairs], dtype=np.int64)
    w = np.array([p[2] for p in pairs], dtype=float)
    out = np.bincount(src, weights=w, minlength=n) if pairs else np.zeros(n)
    share = np.divide(w, out[src], out=np.zeros_like(w), where=out[src] > 0) if pairs else w
    dangling = out == 0
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        prev = x
        x = alpha * (np.bincount(dst, weights=prev[src] * share, minlength=n) if pairs else np.zeros(n))
        x += (alpha * prev[dangling].sum() + 1.0 - alpha) / n
        if np.abs(x - prev).sum() < n * tol:
            break
    return {node: float(x[i]) for i, node in enumerate(nodes)}
