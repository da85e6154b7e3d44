"""DocResults in, RDF triples out: the one writer of the graph shape.

Every node has an IRI from :mod:`graphbuild.graph.iris` (no blank nodes), so
adding the same results twice adds nothing, and graphs from separate runs merge.

>>> from graphbuild.model import Actor, Document, DocResult
>>> g = new_graph()
>>> result = DocResult(Document(id="d1", text="Nothing happened."),
...                    actors=(Actor("state/RUS", "Russia", "STATE"),))
>>> add_results(g, [result]) > 0
True
>>> add_results(g, [result])
0
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from itertools import combinations, islice
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from graphbuild.errors import DataError
from graphbuild.graph.iris import (actor_iri, casualty_iri, document_iri, event_iri, evidence_iri,
                                   statement_iri)
from graphbuild.graph.namespace import (ACTOR_CLASS, BINDINGS, DCTERMS, EVENT_CLASS, EVENT_EDGE, GB, GEO,
                                        OWL, PROV, RDF, RDFS, RELATION_EDGE, SCHEMA, SKOS, WD, XSD)
from graphbuild.model import SYMMETRIC_TYPES, Actor, Document, DocResult, Event, Evidence, Relation

__all__ = ["ONTOLOGY_DIR", "ONTOLOGY_FILE", "QUERIES_DIR", "factuality", "result_triples", "batch_triples",
           "add_results", "write_results", "new_graph", "ontology_graph", "date_literal"]

#: The ontology folder at the repository root (the ontology and the ready queries).
ONTOLOGY_DIR = Path(__file__).resolve().parents[2] / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "graphbuild.ttl"
QUERIES_DIR = ONTOLOGY_DIR / "queries"

Triple = tuple  # (subject, predicate, object) of rdflib terms
#: Results whose triples are deduplicated together before they go to the store.
WRITE_CHUNK = 64

_YEAR_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_YEAR = re.compile(r"^\d{4}$")


def factuality(event: Event) -> URIRef:
    """The factuality individual of ``event``: Negated, Denied, Hypothetical, Future or Asserted.

    >>> from graphbuild.model import Event, Evidence
    >>> ev = Evidence("d", "They did not fire.", 0, 18, "verb")
    >>> factuality(Event("ASSAULT", ev, "fire", 13, polarity="negative")).endswith("#Negated")
    True
    >>> factuality(Event("ASSAULT", ev, "fire", 13)).endswith("#Asserted")
    True
    """
    if event.polarity == "negative":
        return GB.Negated
    if event.denied_by:  # "Moscow denied it would strike": denied, whatever the mood of what it denies
        return GB.Denied
    if event.modality == "hypothetical":
        return GB.Hypothetical
    if event.modality == "future":
        return GB.Future
    return GB.Asserted


def date_literal(text: str) -> Literal:
    """A typed literal for a date: xsd:date when a valid ISO date, xsd:gYearMonth / xsd:gYear for
    ``2015-10`` / ``2015``, else a plain string.

    >>> date_literal("2015-10-01").datatype.endswith("#date")
    True
    >>> date_literal("2015-02-30").datatype is None
    True
    """
    try:
        dt.date.fromisoformat(text)
        if len(text) == 10:
            return Literal(text, datatype=XSD.date)
    except ValueError:
        pass
    if _YEAR_MONTH.match(text):
        return Literal(text, datatype=XSD.gYearMonth)
    if _YEAR.match(text):
        return Literal(text, datatype=XSD.gYear)
    return Literal(text)


@functools.lru_cache(maxsize=65536)  # character offsets: the same few thousand numbers in every document
def _integer(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


def _decimal(x: float) -> Literal:
    return Literal(Decimal(repr(float(x))), datatype=XSD.decimal)


def _actor_triples(actor: Actor) -> Iterator[Triple]:
    a = actor_iri(actor.key)
    yield a, RDF.type, GB.Actor
    yield a, RDF.type, ACTOR_CLASS.get(actor.type, GB.Actor)
    if actor.region:
        yield a, RDF.type, GB.Region
    yield a, RDFS.label, Literal(actor.label)
    yield a, SKOS.prefLabel, Literal(actor.label)
    for alias in actor.aliases:
        if alias != actor.label:
            yield a, SKOS.altLabel, Literal(alias)
    yield a, GB.actorType, Literal(actor.type)
    if actor.qid:
        yield a, OWL.sameAs, WD[actor.qid]
    if actor.country and actor.country != actor.key:
        yield a, GB.country, actor_iri(actor.country)
    if actor.lat is not None and actor.lon is not None:
        yield a, GEO.lat, _decimal(actor.lat)
        yield a, GEO.long, _decimal(actor.lon)


def _document_triples(doc: Document, mentioned: Iterable[str]) -> Iterator[Triple]:
    d = document_iri(doc.id)
    yield d, RDF.type, GB.Document
    yield d, GB.docId, Literal(doc.id)
    if doc.title:
        yield d, DCTERMS.title, Literal(doc.title)
    if doc.date:
        yield d, DCTERMS.date, date_literal(doc.date)
    if doc.url:
        yield d, SCHEMA.url, Literal(doc.url, datatype=XSD.anyURI)
    if doc.section:
        yield d, GB.section, Literal(doc.section)
    if doc.parent:
        yield d, GB.relatedTo, document_iri(doc.parent)
    for key in sorted(set(mentioned)):
        yield d, GB.mentions, actor_iri(key)


def _evidence_triples(evidence: Evidence) -> Iterator[Triple]:
    e = evidence_iri(evidence)
    yield e, RDF.type, GB.Evidence
    yield e, GB.inDocument, document_iri(evidence.doc_id)
    yield e, GB.sentence, Literal(evidence.text)
    yield e, GB.startChar, _integer(evidence.start)
    yield e, GB.endChar, _integer(evidence.end)
    yield e, GB.extractor, Literal(evidence.extractor)


def _event_triples(event: Event) -> Iterator[Triple]:
    e = event_iri(event)
    fact = factuality(event)
    yield e, RDF.type, GB.Event
    yield e, RDF.type, EVENT_CLASS[event.type]
    yield e, GB.ploverType, Literal(event.type)
    for key in event.sources:
        yield e, GB.source, actor_iri(key)
    for key in event.targets:
        yield e, GB.target, actor_iri(key)
    if event.location:
        yield e, GB.location, actor_iri(event.location)
    for prop, value in ((GB.mode, event.mode), (GB.cameoCode, event.cameo), (GB.trigger, event.trigger),
                        (GB.dateText, event.date_text), (GB.polarity, event.polarity),
                        (GB.modality, event.modality)):
        if value:
            yield e, prop, Literal(value)
    if event.date:
        yield e, GB.date, date_literal(event.date)
    if event.date_end:
        yield e, GB.dateEnd, date_literal(event.date_end)
    yield e, GB.factuality, fact
    if event.claimed_by:
        yield e, GB.claimedBy, actor_iri(event.claimed_by)
    if event.denied_by:
        yield e, GB.deniedBy, actor_iri(event.denied_by)
    for weapon in event.weapons:
        yield e, GB.weapon, Literal(weapon)
    for cas in event.casualties:
        c = casualty_iri(event, cas)
        yield e, GB.casualty, c
        yield c, RDF.type, GB.Casualty
        yield c, GB.casualtyKind, Literal(cas.kind)
        if cas.count is not None:
            yield c, GB.count, _integer(cas.count)
        if cas.qualifier:
            yield c, GB.qualifier, Literal(cas.qualifier)
        if cas.text:
            yield c, RDFS.label, Literal(cas.text)
        if cas.victims:
            yield c, GB.victims, actor_iri(cas.victims)
    yield e, GB.evidence, evidence_iri(event.evidence)
    yield e, PROV.wasDerivedFrom, document_iri(event.evidence.doc_id)
    if fact == GB.Asserted:
        yield from _direct_edges(event)


def _direct_edges(event: Event) -> Iterator[Triple]:
    """``source gb:<edge> target`` for each pair; symmetric events with only sources link each pair."""
    edge = EVENT_EDGE[event.type]
    aerial = event.type == "ASSAULT" and (event.mode or "").lower() == "aerial"
    if event.targets:
        pairs = [(s, t) for s in event.sources for t in event.targets]
    elif event.type in SYMMETRIC_TYPES:
        pairs = list(combinations(sorted(set(event.sources)), 2))
    else:
        pairs = []
    for s, t in pairs:
        if s == t:
            continue
        yield actor_iri(s), edge, actor_iri(t)
        if aerial:
            yield actor_iri(s), GB.strikes, actor_iri(t)


def _relation_triples(relation: Relation, doc_id: str) -> Iterator[Triple]:
    s, p, o = actor_iri(relation.subject), RELATION_EDGE[relation.predicate], actor_iri(relation.object)
    yield s, p, o
    st = statement_iri(relation)
    yield st, RDF.type, GB.RelationStatement
    yield st, RDF.subject, s
    yield st, RDF.predicate, p
    yield st, RDF.object, o
    yield st, PROV.wasDerivedFrom, document_iri(relation.evidence.doc_id if relation.evidence else doc_id)
    if relation.evidence:
        yield st, GB.evidence, evidence_iri(relation.evidence)


def result_triples(result: DocResult) -> Iterator[Triple]:
    """Every triple for one document's result, in the graph shape the ontology describes.

    The document ``gb:mentions`` each actor of its mentions; a result built without mentions
    (by hand, say) mentions all of ``result.actors``. Actors a document only implies, such as
    the country a named town lies in, are described but not mentioned.

    >>> from graphbuild.model import Document, DocResult
    >>> triples = list(result_triples(DocResult(Document(id="d9", text="Quiet day."))))
    >>> len(triples)  # type and docId
    2
    """
    mentioned = {m.actor for m in result.mentions} or {a.key for a in result.actors}
    yield from _document_triples(result.document, mentioned)
    for actor in result.actors:
        yield from _actor_triples(actor)
    for event in result.events:
        yield from _event_triples(event)
    for relation in result.relations:
        yield from _relation_triples(relation, result.document.id)
    evidence = [e.evidence for e in result.events] + [r.evidence for r in result.relations if r.evidence]
    for ev in dict.fromkeys(evidence):
        yield from _evidence_triples(ev)


def add_results(graph: Graph, results: Iterable[DocResult]) -> int:
    """Add the triples of ``results`` to ``graph``; return how many were new.

    >>> from graphbuild.model import Document, DocResult
    >>> add_results(new_graph(), [DocResult(Document(id="d2", text="Calm."))])
    2
    """
    before = len(graph)
    write_results(graph, results)
    return len(graph) - before


def write_results(graph: Graph, results: Iterable[DocResult]) -> None:
    """Add the triples of ``results`` to ``graph`` without counting (counting scans on-disk stores).

    >>> from graphbuild.model import Document, DocResult
    >>> g = new_graph(); write_results(g, [DocResult(Document(id="d2", text="Calm."))]); len(g)
    2
    """
    results = iter(results)
    while chunk := list(islice(results, WRITE_CHUNK)):
        # straight to the store: Graph.addN would re-check every term, all made above
        graph.store.addN((s, p, o, graph) for s, p, o in batch_triples(chunk))


def batch_triples(results: Iterable[DocResult]) -> list[Triple]:
    """The distinct triples of ``results``, in the order they first come: documents of one batch
    share sentences, places and the statements about them, and a store pays for every add.

    >>> from graphbuild.model import Actor, Document, DocResult
    >>> r = DocResult(Document(id="d3", text="Calm."), actors=(Actor("state/RUS", "Russia", "STATE"),))
    >>> len(batch_triples([r, r])) == len(list(result_triples(r)))
    True
    """
    return list(dict.fromkeys(t for result in results for t in result_triples(result)))


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes (:data:`BINDINGS`) on ``graph``, replacing rdflib's defaults.

    >>> dict(bind_prefixes(Graph()).namespaces())["geo"]
    rdflib.term.URIRef('http://www.w3.org/2003/01/geo/wgs84_pos#')
    """
    for prefix, ns in BINDINGS.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def new_graph(store: str = "default") -> Graph:
    """An empty graph on rdflib store ``store`` (e.g. ``"Oxigraph"``) with the project's prefixes.

    >>> new_graph().namespace_manager.expand_curie("gb:Assault")
    rdflib.term.URIRef('https://w3id.org/graphbuild/ontology#Assault')
    """
    return bind_prefixes(Graph(store=store))


def ontology_graph() -> Graph:
    """The project ontology (``ontology/graphbuild.ttl``) as a graph.

    >>> from graphbuild.graph.namespace import GB, OWL, RDF
    >>> (GB.Assault, RDF.type, OWL.Class) in ontology_graph()
    True
    """
    g = new_graph()
    try:
        g.parse(ONTOLOGY_FILE, format="turtle")
    except (OSError, SyntaxError, ValueError) as e:
        raise DataError(f"{ONTOLOGY_FILE}: cannot read the ontology: {e}") from e
    return g
