"""The one place ontology terms come from.

``GB`` is the project's ontology (``ontology/graphbuild.ttl``), a closed
:class:`rdflib.namespace.DefinedNamespace`: a misspelt term raises instead of
minting a new IRI. ``ID`` is the namespace of instance data (actors, events,
documents); its IRIs are derived from canonical identity by
:mod:`graphbuild.graph.iris`.

>>> from graphbuild.graph.namespace import GB
>>> str(GB.Assault)
'https://w3id.org/graphbuild/ontology#Assault'
>>> GB.Asault
Traceback (most recent call last):
...
AttributeError: term 'Asault' not in namespace 'https://w3id.org/graphbuild/ontology#'
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

__all__ = ["GB", "ID", "WD", "GEO", "SCHEMA", "DCTERMS", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD",
           "BINDINGS", "EVENT_CLASS", "EVENT_EDGE", "ACTOR_CLASS", "RELATION_EDGE"]


class GB(DefinedNamespace):
    """graphbuild ontology terms."""

    _fail = True
    _NS = Namespace("https://w3id.org/graphbuild/ontology#")

    # actor classes
    Actor: URIRef
    State: URIRef
    Government: URIRef
    Military: URIRef
    ArmedGroup: URIRef
    IGO: URIRef
    NGO: URIRef
    Media: URIRef
    Person: URIRef
    Group: URIRef
    Location: URIRef
    Region: URIRef
    # documents and provenance
    Document: URIRef
    Evidence: URIRef
    Casualty: URIRef
    # event classes (PLOVER 2.0)
    Event: URIRef
    Agree: URIRef
    Consult: URIRef
    Support: URIRef
    Concede: URIRef
    Cooperate: URIRef
    Aid: URIRef
    Retreat: URIRef
    Request: URIRef
    Accuse: URIRef
    Reject: URIRef
    Threaten: URIRef
    Protest: URIRef
    Sanction: URIRef
    Mobilize: URIRef
    Coerce: URIRef
    Assault: URIRef
    # factuality individuals
    Factuality: URIRef
    Asserted: URIRef
    Hypothetical: URIRef
    Future: URIRef
    Negated: URIRef
    Denied: URIRef
    # event properties
    source: URIRef
    target: URIRef
    participant: URIRef
    location: URIRef
    date: URIRef
    dateEnd: URIRef
    dateText: URIRef
    mode: URIRef
    cameoCode: URIRef
    ploverType: URIRef
    trigger: URIRef
    factuality: URIRef
    polarity: URIRef
    modality: URIRef
    claimedBy: URIRef
    deniedBy: URIRef
    casualty: URIRef
    casualtyKind: URIRef
    count: URIRef
    qualifier: URIRef
    victims: URIRef
    weapon: URIRef
    # provenance
    evidence: URIRef
    inDocument: URIRef
    sentence: URIRef
    startChar: URIRef
    endChar: URIRef
    extractor: URIRef
    # documents
    docId: URIRef
    relatedTo: URIRef
    mentions: URIRef
    section: URIRef
    # actors
    actorType: URIRef
    country: URIRef
    # direct edges: one per event type, under interactsWith
    interactsWith: URIRef
    agrees: URIRef
    consults: URIRef
    supports: URIRef
    concedesTo: URIRef
    cooperatesWith: URIRef
    aids: URIRef
    retreatsFrom: URIRef
    requests: URIRef
    accuses: URIRef
    rejects: URIRef
    threatens: URIRef
    protestsAgainst: URIRef
    sanctions: URIRef
    mobilizesAgainst: URIRef
    coerces: URIRef
    assaults: URIRef
    strikes: URIRef  # sub-property of assaults for aerial attacks
    # standing relations
    leads: URIRef
    memberOf: URIRef
    allyOf: URIRef
    locatedIn: URIRef
    # reified standing relation (rdf:Statement) carrying evidence
    RelationStatement: URIRef


# Each ``GB.term`` lookup otherwise goes through DefinedNamespace's checks and makes a new URIRef
# (about a microsecond; writing a build's graph asks for ~100,000). Terms become plain class
# attributes; a misspelt one still raises.
for _term in GB.__annotations__:
    setattr(GB, _term, GB._NS[_term])

ID = Namespace("https://w3id.org/graphbuild/id/")
WD = Namespace("http://www.wikidata.org/entity/")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
SCHEMA = Namespace("https://schema.org/")

#: Prefixes bound on every graph and SPARQL query the project makes.
BINDINGS = {
    "gb": str(GB._NS), "id": str(ID), "wd": str(WD), "geo": str(GEO), "schema": str(SCHEMA),
    "prov": str(PROV), "skos": str(SKOS), "dcterms": str(DCTERMS), "owl": str(OWL),
    "rdfs": str(RDFS), "rdf": str(RDF), "xsd": str(XSD),
}

#: PLOVER event type -> (event class, direct edge property).
EVENT_CLASS = {
    "AGREE": GB.Agree, "CONSULT": GB.Consult, "SUPPORT": GB.Support, "CONCEDE": GB.Concede,
    "COOPERATE": GB.Cooperate, "AID": GB.Aid, "RETREAT": GB.Retreat, "REQUEST": GB.Request,
    "ACCUSE": GB.Accuse, "REJECT": GB.Reject, "THREATEN": GB.Threaten, "PROTEST": GB.Protest,
    "SANCTION": GB.Sanction, "MOBILIZE": GB.Mobilize, "COERCE": GB.Coerce, "ASSAULT": GB.Assault,
}
EVENT_EDGE = {
    "AGREE": GB.agrees, "CONSULT": GB.consults, "SUPPORT": GB.supports, "CONCEDE": GB.concedesTo,
    "COOPERATE": GB.cooperatesWith, "AID": GB.aids, "RETREAT": GB.retreatsFrom,
    "REQUEST": GB.requests, "ACCUSE": GB.accuses, "REJECT": GB.rejects,
    "THREATEN": GB.threatens, "PROTEST": GB.protestsAgainst, "SANCTION": GB.sanctions,
    "MOBILIZE": GB.mobilizesAgainst, "COERCE": GB.coerces, "ASSAULT": GB.assaults,
}
#: Actor type (evaluation vocabulary) -> class.
ACTOR_CLASS = {
    "STATE": GB.State, "GOVERNMENT": GB.Government, "MILITARY": GB.Military,
    "ARMED_GROUP": GB.ArmedGroup, "IGO": GB.IGO, "NGO": GB.NGO, "MEDIA": GB.Media,
    "PERSON": GB.Person, "GROUP": GB.Group, "LOCATION": GB.Location,
}
#: Standing relation -> property.
RELATION_EDGE = {
    "LEADS": GB.leads, "MEMBER_OF": GB.memberOf, "ALLY_OF": GB.allyOf, "LOCATED_IN": GB.locatedIn,
}
