"""ontology/graphbuild.ttl: declares exactly the GB terms, parses everywhere, says what it should."""
from __future__ import annotations

import shutil
import subprocess

import pyoxigraph
import pytest
from rdflib import Literal

from graphbuild.graph.build import ONTOLOGY_FILE, ontology_graph
from graphbuild.graph.namespace import ACTOR_CLASS, EVENT_CLASS, EVENT_EDGE, GB, OWL, PROV, RDF, RDFS, SKOS

NS = str(GB._NS)
TERMS = {NS + name for name in GB.__annotations__}


@pytest.fixture(scope="module")
def onto():
    return ontology_graph()


def test_every_gb_term_is_declared(onto):
    declared = {str(s) for s in onto.subjects(RDF.type, None) if str(s).startswith(NS)}
    assert TERMS - declared == set()


def test_ontology_declares_nothing_else_under_gb(onto):
    used = {str(x) for t in onto for x in t if str(x).startswith(NS)}
    assert used - TERMS == set()


def test_header(onto):
    (ont,) = onto.subjects(RDF.type, OWL.Ontology)
    assert onto.value(ont, OWL.versionInfo) and onto.value(ont, RDFS.comment)


def test_parses_with_pyoxigraph():
    quads = list(pyoxigraph.parse(path=str(ONTOLOGY_FILE), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(ontology_graph())


@pytest.mark.skipif(not shutil.which("rapper"), reason="rapper (raptor2-utils) not installed")
def test_parses_with_rapper():
    run = subprocess.run(["rapper", "-i", "turtle", "-c", str(ONTOLOGY_FILE)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize("plover", sorted(EVENT_CLASS))
def test_event_classes(onto, plover):
    cls = EVENT_CLASS[plover]
    assert (cls, RDFS.subClassOf, GB.Event) in onto
    assert (cls, SKOS.notation, Literal(plover)) in onto
    assert onto.value(cls, SKOS.definition)
    edge = EVENT_EDGE[plover]
    assert (edge, RDFS.subPropertyOf, GB.interactsWith) in onto


@pytest.mark.parametrize("cameo, plover", [
    ("18", "ASSAULT"), ("19", "ASSAULT"), ("09", "ACCUSE"), ("11", "ACCUSE"), ("10", "REQUEST"),
    ("08", "CONCEDE"), ("087", "RETREAT"), ("04", "CONSULT"), ("03", "AGREE"), ("03", "COOPERATE"),
    ("07", "AID"), ("14", "PROTEST"), ("17", "COERCE"),
])
def test_cameo_codes(onto, cameo, plover):
    assert (EVENT_CLASS[plover], SKOS.notation, Literal(cameo)) in onto


@pytest.mark.parametrize("cameo", ["01", "02"])
def test_statements_and_appeals_are_not_events(onto, cameo):
    assert not list(onto.subjects(SKOS.notation, Literal(cameo)))


@pytest.mark.parametrize("cls", sorted(set(ACTOR_CLASS.values())))
def test_actor_classes(onto, cls):
    assert (cls, RDFS.subClassOf, GB.Actor) in onto


@pytest.mark.parametrize("triple", [
    (GB.Actor, RDFS.subClassOf, PROV.Agent),
    (GB.Evidence, RDFS.subClassOf, PROV.Entity),
    (GB.Document, RDFS.subClassOf, PROV.Entity),
    (GB.Region, RDFS.subClassOf, GB.Location),
    (GB.strikes, RDFS.subPropertyOf, GB.assaults),
    (GB.allyOf, RDF.type, OWL.SymmetricProperty),
    (GB.locatedIn, RDF.type, OWL.TransitiveProperty),
    (GB.source, RDF.type, OWL.ObjectProperty),
    (GB.sentence, RDF.type, OWL.DatatypeProperty),
    (GB.count, RDFS.range, GB.count.__class__("http://www.w3.org/2001/XMLSchema#integer")),
    (GB.factuality, RDFS.range, GB.Factuality),
])
def test_axioms(onto, triple):
    assert triple in onto


@pytest.mark.parametrize("individual", [GB.Asserted, GB.Negated, GB.Denied, GB.Hypothetical, GB.Future])
def test_factuality_individuals(onto, individual):
    assert (individual, RDF.type, GB.Factuality) in onto
