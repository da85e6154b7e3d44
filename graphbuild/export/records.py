"""Events and actors read back from a graph with SPARQL, for the table-like exports.

One record per event (its sources, targets, place, date, factuality, evidence);
the CSV and prediction writers both start from these.

>>> from graphbuild.graph.build import new_graph
>>> event_records(new_graph())
[]
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph

from graphbuild.graph.namespace import ACTOR_CLASS, BINDINGS, GB, PROV, RELATION_EDGE

__all__ = ["ActorInfo", "EventRecord", "StatementRecord", "actor_info", "event_records",
           "statement_records", "local_name"]

_CLASS_TYPE = {str(c): t for t, c in ACTOR_CLASS.items()}
_RELATION_NAME = {str(p): name for name, p in RELATION_EDGE.items()}

_Q_LABELS = "SELECT ?a ?label WHERE { ?a rdfs:label ?label }"
_Q_COUNTRIES = "SELECT ?a ?c WHERE { ?a gb:country ?c }"
_Q_TYPES = "SELECT ?a ?type WHERE { ?a gb:actorType ?type }"
_Q_CLASSES = "SELECT ?a ?cls WHERE { ?a a ?cls VALUES ?cls { %s } }" % " ".join(
    f"<{c}>" for c in sorted(_CLASS_TYPE))
# Every property of every event in one pass; evidence and documents looked up after.
_Q_EVENTS = "SELECT ?e ?p ?o WHERE { ?e a gb:Event ; ?p ?o }"
_Q_EVIDENCE = """
SELECT ?ev ?sentence ?start WHERE { ?ev a gb:Evidence ; gb:sentence ?sentence OPTIONAL { ?ev gb:startChar ?start } }"""
_Q_DOCS = "SELECT ?d ?docId WHERE { ?d gb:docId ?docId }"
_Q_STATEMENTS = """
SELECT ?st ?s ?p ?o ?docId ?evDocId ?sentence WHERE {
  ?st a gb:RelationStatement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  { ?st prov:wasDerivedFrom ?d . ?d gb:docId ?docId }
  UNION
  { ?st gb:evidence ?ev . ?ev gb:inDocument ?evd . ?evd gb:docId ?evDocId
    OPTIONAL { ?ev gb:sentence ?sentence } }
}"""


def local_name(iri: str) -> str:
    """The last segment of an IRI (after ``#`` or ``/``).

    >>> local_name("https://w3id.org/graphbuild/ontology#Negated")
    'Negated'
    """
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _rows(graph: Graph, query: str):
    for row in graph.query(query, initNs=BINDINGS):
        yield [None if v is None else str(v) for v in row]


def _first(current: str | None, value: str | None) -> str | None:
    """The smaller of two optional strings (so multi-valued properties read deterministically)."""
    if value is None:
        return current
    return value if current is None or value < current else current


@dataclass(frozen=True)
class ActorInfo:
    """An actor's display name and evaluation type."""

    iri: str
    label: str
    type: str | None
    country: str | None = None  # IRI of the state it belongs to or lies in (gb:country)


@dataclass
class EventRecord:
    """One event with everything the CSV and prediction rows need."""

    iri: str
    type: str
    doc: str | None = None
    factuality: str = "Asserted"
    location: str | None = None  # IRI
    date: str | None = None
    claimed_by: str | None = None  # IRI
    denied_by: str | None = None  # IRI
    sentence: str | None = None
    start: int | None = None
    trigger: str | None = None
    mode: str | None = None
    sources: list[str] = field(default_factory=list)  # IRIs, sorted
    targets: list[str] = field(default_factory=list)


@dataclass
class StatementRecord:
    """A standing relation as stated in one document."""

    subject: str  # IRI
    predicate: str  # LEADS, MEMBER_OF, ALLY_OF, LOCATED_IN
    object: str  # IRI
    doc: str
    sentence: str | None = None


def actor_info(graph: Graph) -> dict[str, ActorInfo]:
    """Every labelled or typed node -> its label (smallest ``rdfs:label``, else from the IRI) and type.

    The type is ``gb:actorType``, else the one given by the actor's class.

    >>> from graphbuild.graph.build import new_graph
    >>> actor_info(new_graph())
    {}
    """
    labels: dict[str, str | None] = {}
    types: dict[str, str | None] = {}
    classes: dict[str, str | None] = {}
    for a, label in _rows(graph, _Q_LABELS):
        labels[a] = _first(labels.get(a), label)
    for a, typ in _rows(graph, _Q_TYPES):
        types[a] = _first(types.get(a), typ)
    for a, cls in _rows(graph, _Q_CLASSES):
        classes[a] = _first(classes.get(a), _CLASS_TYPE.get(cls or ""))
    countries: dict[str, str | None] = {}
    for a, c in _rows(graph, _Q_COUNTRIES):
        countries[a] = _first(countries.get(a), c)
    nodes = set(labels) | set(types) | set(classes)
    return {a: ActorInfo(a, labels.get(a) or local_name(a).replace("-", " "), types.get(a) or classes.get(a),
                         countries.get(a))
            for a in sorted(nodes)}


def _by_text(pair: tuple) -> tuple:
    sentence, offset = pair
    return sentence, -1 if offset is None else offset


_SINGLE = {  # event property -> EventRecord field (the smallest value wins when there are several)
    str(GB.ploverType): "type", str(GB.location): "location", str(GB.date): "date",
    str(GB.claimedBy): "claimed_by", str(GB.deniedBy): "denied_by", str(GB.trigger): "trigger",
    str(GB.mode): "mode",
}


def event_records(graph: Graph) -> list[EventRecord]:
    """One :class:`EventRecord` per event of ``graph``, sorted by document, offset and IRI.

    >>> from graphbuild.graph.build import new_graph
    >>> len(event_records(new_graph()))
    0
    """
    props: dict[str, dict[str, list[str]]] = {}
    for e, p, o in _rows(graph, _Q_EVENTS):
        props.setdefault(e, {}).setdefault(p, []).append(o)
    docs = dict(sorted(_rows(graph, _Q_DOCS), reverse=True))  # smallest id wins
    sentences: dict[str, tuple] = {}
    for ev, sentence, start in _rows(graph, _Q_EVIDENCE):
        offset = int(start) if start is not None and start.lstrip("-").isdigit() else None
        sentences[ev] = min(sentences.get(ev, (sentence, offset)), (sentence, offset), key=_by_text)

    records = []
    for e, values in props.items():
        if str(GB.ploverType) not in values:
            continue
        r = EventRecord(e, "")
        for p, name in _SINGLE.items():
            if p in values:
                setattr(r, name, min(values[p]))
        facts = values.get(str(GB.factuality))
        r.factuality = local_name(min(facts)) if facts else "Asserted"
        r.sources = sorted(set(values.get(str(GB.source), [])))
        r.targets = sorted(set(values.get(str(GB.target), [])))
        derived = sorted(docs[d] for d in values.get(str(PROV.wasDerivedFrom), []) if d in docs)
        r.doc = derived[0] if derived else None
        found = sorted((sentences[ev] for ev in values.get(str(GB.evidence), []) if ev in sentences),
                       key=_by_text)
        if found:
            r.sentence, r.start = found[0]
        records.append(r)
    return sorted(records, key=lambda r: (r.doc or "", r.start if r.start is not None else -1, r.iri))


def statement_records(graph: Graph) -> list[StatementRecord]:
    """Each standing relation once per document it was read from (with that document's sentence).

    >>> from graphbuild.graph.build import new_graph
    >>> statement_records(new_graph())
    []
    """
    found: dict[tuple, str | None] = {}
    for _st, s, p, o, doc, ev_doc, sentence in _rows(graph, _Q_STATEMENTS):
        name = _RELATION_NAME.get(p)
        if name is None:
            continue
        key = (s, name, o, doc or ev_doc)
        found[key] = _first(found.get(key), sentence)
    return [StatementRecord(s, p, o, d, found[(s, p, o, d)]) for s, p, o, d in sorted(found)]
