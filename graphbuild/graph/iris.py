"""Stable IRIs for instance data, derived from canonical identity only.

Every IRI here is a pure function of what a thing *is* (an actor's key, a
document's id, an event's document, trigger offset and type ...), never of
run order, so graphs built by different runs or processes merge node for node.

>>> from graphbuild.graph.iris import actor_iri, document_iri
>>> str(actor_iri("state/RUS"))
'https://w3id.org/graphbuild/id/actor/state/RUS'
>>> str(document_iri("report#2"))
'https://w3id.org/graphbuild/id/doc/report%232'
"""
from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import URIRef

from graphbuild.graph.namespace import ID
from graphbuild.model import Casualty, Event, Evidence, Relation

__all__ = ["actor_iri", "document_iri", "event_iri", "evidence_iri", "casualty_iri", "statement_iri",
           "digest"]

# Characters kept as they are in actor keys ("state/RUS", "person/ann-o-neil").
_KEY_SAFE = "/-._~:"


def digest(*parts: object) -> str:
    """The first 16 hex digits of the SHA-1 of ``parts`` joined with ``|``.

    >>> digest("a", 1, "ASSAULT")
    '6cf831ccf5ea1179'
    """
    text = "|".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def actor_iri(key: str) -> URIRef:
    """The IRI of the actor (or place) with canonical ``key``.

    >>> actor_iri("place/homs").endswith("/actor/place/homs")
    True
    """
    return ID["actor/" + quote(key, safe=_KEY_SAFE)]


def document_iri(doc_id: str) -> URIRef:
    """The IRI of the document with id ``doc_id`` (percent-encoded, ``/`` kept).

    >>> document_iri("feed/2015 10 01").endswith("/doc/feed/2015%2010%2001")
    True
    """
    return ID["doc/" + quote(doc_id)]


def event_iri(event: Event) -> URIRef:
    """The IRI of ``event``: a hash of its document id, trigger offset and PLOVER type.

    >>> from graphbuild.model import Event, Evidence
    >>> ev = Evidence(doc_id="d1", text="Rebels shelled the town.", start=0, end=24, extractor="verb")
    >>> str(event_iri(Event(type="ASSAULT", evidence=ev, trigger="shelled", trigger_start=7)))
    'https://w3id.org/graphbuild/id/event/cbf2ca976bd61515'
    """
    return ID["event/" + digest(event.evidence.doc_id, event.trigger_start, event.type)]


def evidence_iri(evidence: Evidence) -> URIRef:
    """The IRI of an evidence sentence: a hash of its document id and offsets.

    >>> from graphbuild.model import Evidence
    >>> evidence_iri(Evidence("d1", "Rebels shelled the town.", 0, 24, "verb")).startswith(
    ...     "https://w3id.org/graphbuild/id/evidence/")
    True
    """
    return ID["evidence/" + digest(evidence.doc_id, evidence.start, evidence.end)]


def casualty_iri(event: Event, casualty: Casualty) -> URIRef:
    """The IRI of one casualty count of ``event`` (hash of the event and the count's content).

    >>> from graphbuild.model import Casualty, Event, Evidence
    >>> ev = Event("ASSAULT", Evidence("d1", "Ten died.", 0, 9, "verb"), "died", 4)
    >>> casualty_iri(ev, Casualty("killed", 10)).startswith("https://w3id.org/graphbuild/id/casualty/")
    True
    """
    return ID["casualty/" + digest(event_iri(event), casualty.kind, casualty.count, casualty.qualifier,
                                   casualty.victims, casualty.text)]


def statement_iri(relation: Relation) -> URIRef:
    """The IRI of the reified statement of a standing relation: one per (subject, predicate, object).

    Every sentence that supports the same relation hangs off the same statement.

    >>> from graphbuild.model import Relation
    >>> a = statement_iri(Relation("person/ann", "LEADS", "org/x"))
    >>> a == statement_iri(Relation("person/ann", "LEADS", "org/x", evidence=None))
    True
    """
    return ID["statement/" + digest(relation.subject, relation.predicate, relation.object)]
