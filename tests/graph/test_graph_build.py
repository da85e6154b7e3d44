"""graph/build.py and graph/iris.py: the graph shape, factuality, typed literals, idempotence."""
from __future__ import annotations

from dataclasses import replace

import pytest
from rdflib import BNode, Literal
from rdflib.compare import isomorphic

from graphbuild.graph.build import add_results, date_literal, factuality, new_graph, result_triples
from graphbuild.graph.iris import actor_iri, document_iri, event_iri, evidence_iri, statement_iri
from graphbuild.graph.namespace import DCTERMS, GB, GEO, OWL, PROV, RDF, RDFS, SKOS, WD, XSD
from graphbuild.model import Document, DocResult, Evidence, Event, Relation


import sample_results as S  # tests/sample_results.py (tests/ is on pytest's pythonpath)
NTH, STH = actor_iri("state/NTH"), actor_iri("state/STH")
RIVERTON, HILLFORD, LAKESIDE = actor_iri("place/riverton"), actor_iri("place/hillford"), actor_iri("place/lakeside")
CIVILIANS = actor_iri("group/civilians")
EV = Evidence("d", "Arland shelled Borduria.", 0, 24, "verb")


def _event(**kw) -> Event:
    return Event(**{"type": "ASSAULT", "evidence": EV, "trigger": "shelled", "trigger_start": 7,
                    "sources": ("state/AAA",), "targets": ("state/BBB",), **kw})


def _events_of(g, cls):
    return sorted(g.subjects(RDF.type, cls))


@pytest.fixture(scope="module")
def graph():
    return S.sample_graph()


@pytest.mark.parametrize("kw, expected", [
    ({}, GB.Asserted),
    ({"polarity": "negative"}, GB.Negated),
    ({"modality": "hypothetical"}, GB.Hypothetical),
    ({"modality": "future"}, GB.Future),
    ({"denied_by": "state/AAA"}, GB.Denied),
    ({"polarity": "negative", "denied_by": "state/AAA"}, GB.Negated),
    ({"modality": "future", "denied_by": "state/AAA"}, GB.Denied),  # a denial outranks the mood
])
def test_factuality(kw, expected):
    assert factuality(_event(**kw)) == expected


@pytest.mark.parametrize("kw, edge_expected", [
    ({}, True), ({"polarity": "negative"}, False), ({"modality": "hypothetical"}, False),
    ({"modality": "future"}, False), ({"denied_by": "state/BBB"}, False),
])
def test_direct_edge_only_for_asserted_events(kw, edge_expected):
    triples = set(result_triples(DocResult(Document("d", EV.text), events=(_event(**kw),))))
    assert ((actor_iri("state/AAA"), GB.assaults, actor_iri("state/BBB")) in triples) is edge_expected
    assert (event_iri(_event(**kw)), GB.factuality, factuality(_event(**kw))) in triples


@pytest.mark.parametrize("text, datatype", [
    ("2015-10-01", XSD.date), ("2015-10", XSD.gYearMonth), ("2015", XSD.gYear),
    ("2015-02-30", None), ("last week", None), ("2015-1-1", None),
])
def test_date_literal_typed_only_when_valid(text, datatype):
    lit = date_literal(text)
    assert lit.datatype == datatype and str(lit) == text


def test_actor_triples(graph):
    assert (NTH, RDF.type, GB.State) in graph and (NTH, RDF.type, GB.Actor) in graph
    assert (NTH, RDFS.label, Literal("Northland")) in graph
    assert (NTH, SKOS.prefLabel, Literal("Northland")) in graph
    assert (NTH, SKOS.altLabel, Literal("Northern Republic")) in graph
    assert (NTH, SKOS.altLabel, Literal("Northland")) not in graph  # the label is not an alias
    assert (NTH, GB.actorType, Literal("STATE")) in graph
    assert (NTH, OWL.sameAs, WD.Q999999001) in graph
    assert (RIVERTON, GB.country, STH) in graph
    lat = graph.value(RIVERTON, GEO.lat)
    assert lat.datatype == XSD.decimal and float(lat) == 35.125
    assert (HILLFORD, RDF.type, GB.Region) in graph and (RIVERTON, RDF.type, GB.Region) not in graph


def test_document_triples(graph):
    alpha, beta = document_iri("alpha"), document_iri("alpha#2")
    assert str(beta).endswith("/doc/alpha%232")
    assert (alpha, RDF.type, GB.Document) in graph
    assert (alpha, GB.docId, Literal("alpha")) in graph
    assert graph.value(alpha, DCTERMS.date) == Literal("2015-09-29", datatype=XSD.date)
    assert (beta, GB.relatedTo, alpha) in graph and (beta, GB.section, Literal("World")) in graph
    assert set(graph.objects(beta, GB.mentions)) == {STH, CIVILIANS, LAKESIDE, RIVERTON}


def test_event_triples(graph):
    strike = S.alpha().events[0]
    e = event_iri(strike)
    assert {GB.Event, GB.Assault} <= set(graph.objects(e, RDF.type))
    assert graph.value(e, GB.ploverType) == Literal("ASSAULT")
    assert graph.value(e, GB.source) == NTH and graph.value(e, GB.target) == RIVERTON
    assert graph.value(e, GB.mode) == Literal("aerial") and graph.value(e, GB.cameoCode) == Literal("195")
    assert graph.value(e, GB.date) == Literal("2015-09-28", datatype=XSD.date)
    assert graph.value(e, GB.claimedBy) == actor_iri("ngo/coast-watch")
    assert graph.value(e, GB.weapon) == Literal("jets")
    assert graph.value(e, PROV.wasDerivedFrom) == document_iri("alpha")
    ev = graph.value(e, GB.evidence)
    assert ev == evidence_iri(strike.evidence)
    assert graph.value(ev, GB.inDocument) == document_iri("alpha")
    assert graph.value(ev, GB.sentence).startswith("Northland jets struck Riverton")
    assert graph.value(ev, GB.startChar) == Literal(0, datatype=XSD.integer)
    cas = graph.value(e, GB.casualty)
    assert (cas, RDF.type, GB.Casualty) in graph
    assert graph.value(cas, GB.count) == Literal(12, datatype=XSD.integer)
    assert graph.value(cas, GB.victims) == CIVILIANS


def test_direct_edges(graph):
    assert (NTH, GB.assaults, RIVERTON) in graph and (NTH, GB.strikes, RIVERTON) in graph
    assert (STH, GB.assaults, CIVILIANS) in graph and (STH, GB.strikes, CIVILIANS) not in graph  # firearms
    assert (STH, GB.accuses, NTH) in graph
    assert (NTH, GB.consults, STH) in graph  # symmetric, sources only: one edge per pair
    assert (NTH, GB.assaults, HILLFORD) not in graph  # negated and hypothetical
    assert (STH, GB.aids, RIVERTON) not in graph  # future


def test_standing_relations(graph):
    vey, army = actor_iri("person/ana-vey"), actor_iri("military/nth-army")
    assert (vey, GB.leads, army) in graph and (RIVERTON, GB.locatedIn, STH) in graph
    st = statement_iri(Relation("person/ana-vey", "LEADS", "military/nth-army"))
    assert (st, RDF.type, GB.RelationStatement) in graph
    assert (graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object)) == (
        vey, GB.leads, army)
    assert graph.value(graph.value(st, GB.evidence), GB.extractor) == Literal("title")
    gaz = statement_iri(Relation("place/riverton", "LOCATED_IN", "state/STH"))
    assert graph.value(gaz, GB.evidence) is None and graph.value(gaz, PROV.wasDerivedFrom) == document_iri("alpha")


def test_no_blank_nodes(graph):
    assert not [t for t in graph if any(isinstance(x, BNode) for x in t)]


def test_add_results_is_idempotent():
    g = new_graph()
    first = add_results(g, S.results())
    assert first == len(g) > 100
    assert add_results(g, S.results()) == 0
    assert add_results(g, reversed(S.results())) == 0


def test_run_order_does_not_change_the_graph():
    a, b = new_graph(), new_graph()
    add_results(a, S.results())
    for r in reversed(S.results()):
        add_results(b, [replace(r, events=tuple(reversed(r.events)), actors=tuple(reversed(r.actors)))])
    assert set(a) == set(b)


def _value(term):
    """Compare literals by value: Oxigraph types plain literals as xsd:string and writes 36.0 as 36."""
    if isinstance(term, Literal):
        return (None if term.datatype == XSD.string else term.datatype, term.language, term.toPython())
    return term


def test_oxigraph_store_gets_the_same_triples():
    ox = {tuple(map(_value, t)) for t in S.sample_graph("Oxigraph")}
    assert ox == {tuple(map(_value, t)) for t in S.sample_graph()}


@pytest.mark.parametrize("a, b, same", [
    (_event(), _event(sources=("state/ZZZ",), trigger="hit"), True),  # same doc, offset, type
    (_event(), _event(type="COERCE"), False),
    (_event(), _event(trigger_start=8), False),
    (_event(), _event(evidence=replace(EV, doc_id="other")), False),
])
def test_event_iri_depends_on_identity_only(a, b, same):
    assert (event_iri(a) == event_iri(b)) is same


def test_actor_iri_keeps_keys_readable_and_quotes_the_rest():
    assert str(actor_iri("person/ann-o-neil")).endswith("/actor/person/ann-o-neil")
    assert " " not in str(actor_iri("group/the people"))


def test_sample_graph_round_trips_through_turtle(graph):
    g2 = new_graph().parse(data=graph.serialize(format="turtle"), format="turtle")
    assert isomorphic(graph, g2)
