"""The evaluation prediction rows (JSON Lines), built from the graph with SPARQL.

Per document (``gb:docId``): an ``entity`` row for every actor it mentions, an
``event`` row for every event (one per source/target pair), and ``relation``
rows: one per (source, target) pair of each asserted or scheduled event (an act
announced as a promise or threat gives the AGREE or THREATEN row only)
(predicate = the PLOVER type), one per pair of sources of a symmetric event
without target, the same with people coded as the body they lead or belong to,
source -> place for assaults whose targets are not places (``location_as_target``),
and the standing relations a sentence of that document states.
The row format is defined in the evaluation README (``doc``, ``kind``, ...);
extra keys (``factuality``, ``claimed_by``, ``evidence``, ``event``) are ignored by the scorer.

>>> from graphbuild.graph.build import new_graph
>>> prediction_rows(new_graph())
[]
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import combinations, product
from typing import BinaryIO

from rdflib import Graph

from graphbuild.export.records import actor_info, event_records, local_name, statement_records
from graphbuild.export.written import written_names
from graphbuild.graph.namespace import BINDINGS
from graphbuild.model import SYMMETRIC_TYPES

__all__ = ["prediction_rows", "prediction_lines", "write_predictions"]

_Q_MENTIONS = "SELECT ?docId ?a WHERE { ?d gb:docId ?docId ; gb:mentions ?a }"
_KIND_ORDER = {"entity": 0, "event": 1, "relation": 2}


#: Events the text reports as having happened (or as scheduled): these become prediction rows.
#: Negated, denied and hypothetical events stay in the graph, marked, but are not predictions.
REPORTED = frozenset({"Asserted", "Future"})
#: Actor types coded by their country when they have one (a people, "Sudanese refugees" -> Sudan; a
#: head of state the gazetteer knows -> the state), unless the document names an affiliation. Not
#: armed groups (an insurgent group is not the state it fights in) nor a state's army, an actor of
#: its own whose MEMBER_OF its state is a standing relation.
CODED_BY_COUNTRY = frozenset({"GROUP", "PERSON"})
#: Actor types that are a state or serve it: what they do to its own people is not coded as done to
#: the state (an armed group of the country may well act against it).
STATE_SERVANTS = frozenset({"STATE", "GOVERNMENT", "MILITARY"})


def prediction_rows(graph: Graph, *, location_as_target: bool = False, affiliations: bool = True,
                    standing: bool = True) -> list[dict]:
    """The prediction rows of ``graph``, de-duplicated and sorted (document, kind, content).

    Only events whose factuality is in :data:`REPORTED` give ``event`` and ``relation`` rows;
    standing relations give rows only where a sentence of the document states them (a
    place's country from the gazetteer is in the graph, not in the text).

    With ``location_as_target`` an ASSAULT whose targets include no place also gives a
    ``source -> location`` relation row when it has a location. With ``affiliations``, an
    event row naming a person is repeated with the state or organisation (not a place a governor
    leads) the same document says the person leads or belongs to (``"coded": "affiliation"``), as event coders such
    as PLOVER and CAMEO code actors: "Foreign Minister X met Y" is also "Ruritania met Y".
    With ``standing=False`` the standing relations give no rows (for gold sets that annotate
    events alone).

    >>> from graphbuild.graph.build import new_graph
    >>> prediction_rows(new_graph(), location_as_target=False)
    []
    """
    actors = actor_info(graph)
    mentions = [(str(row[0]), str(row[1])) for row in graph.query(_Q_MENTIONS, initNs=BINDINGS)]
    written = written_names(graph, actors, mentions)

    def name(iri: str | None, doc: str) -> str | None:
        if iri is None:
            return None
        info = actors.get(iri)
        return written.get((doc, iri)) or (info.label if info else local_name(iri).replace("-", " "))

    def is_place(iri: str) -> bool:
        info = actors.get(iri)
        return bool(info and info.type == "LOCATION")

    rows: list[dict] = []
    for doc, a in mentions:
        info = actors.get(a)
        rows.append({"doc": doc, "kind": "entity", "name": name(a, doc), "type": info.type if info else None})

    statements = statement_records(graph)
    affiliation: dict[tuple[str, str], list[str]] = {}
    national: dict[str, str] = {}
    if affiliations:
        for st in statements:
            info = actors.get(st.subject)
            body = actors.get(st.object)
            if st.sentence and info and info.type == "PERSON" and st.predicate in ("LEADS", "MEMBER_OF") \
                    and not (body and body.type == "LOCATION"):  # (a governor acts for no town he governs)
                affiliation.setdefault((st.doc, st.subject), []).append(st.object)
        owner = {(st.doc, st.subject): st.object for st in statements if st.predicate == "MEMBER_OF"}
        for (doc, person), bodies in affiliation.items():  # a minister who heads a state's ministry is coded
            states = {b for b in bodies if actors.get(b) and actors[b].type == "STATE"}  # as the state alone
            affiliation[(doc, person)] = [b for b in bodies if not (
                actors.get(b) and actors[b].type == "GOVERNMENT" and {actors[b].country, owner.get((doc, b))} & states)]
        national = {a: info.country for a, info in actors.items()
                    if info.country and info.type in CODED_BY_COUNTRY and info.country != a}

    records = event_records(graph)
    # an act announced as a promise or threat is coded as that (PLOVER), not again as a scheduled act
    announced = {(ev.doc, ev.sentence, ev.trigger, tuple(ev.sources)) for ev in records
                 if ev.mode == "intent" and ev.factuality == "Asserted"}
    for ev in records:
        if ev.factuality not in REPORTED:
            continue
        if ev.mode != "intent" and (ev.doc, ev.sentence, ev.trigger, tuple(ev.sources)) in announced:
            continue
        doc = ev.doc or ""
        extra = {"factuality": ev.factuality, "claimed_by": name(ev.claimed_by, doc),
                 "evidence": ev.sentence, "event": ev.iri}
        listed = [(s, t) for s, t in product(ev.sources or [None], ev.targets or [None]) if s is None or s != t]
        # ("A and B traded accusations": A -> B and B -> A, not A -> A)
        for s, t in listed or product(ev.sources, [None]):
            rows.append({"doc": doc, "kind": "event", "type": ev.type, "source": name(s, doc),
                         "target": name(t, doc), "location": name(ev.location, doc), "date": ev.date, **extra})
        if ev.factuality == "Negated":
            continue
        pairs = [(s, t) for s in ev.sources for t in ev.targets]
        if ev.type in SYMMETRIC_TYPES:  # ("A and B agreed to wind down the mission against C": A with B too)
            pairs = list(combinations(ev.sources, 2)) + pairs
        if (location_as_target and ev.type == "ASSAULT" and ev.location
                and not any(is_place(t) for t in ev.targets)):
            pairs += [(s, ev.location) for s in ev.sources]
        for s, t in pairs:
            if s != t:
                rows.append({"doc": doc, "kind": "relation", "subject": name(s, doc), "predicate": ev.type,
                             "object": name(t, doc), **extra})
            coded_s = affiliation.get((doc, s)) or ([national[s]] if s in national else [s])
            coded_t = affiliation.get((doc, t)) or ([national[t]] if t in national else [t])
            for cs, ct in product(coded_s, coded_t):
                if ct != t and cs in actors and actors[cs].type in STATE_SERVANTS and ct in (cs, actors[cs].country):
                    continue  # "Israeli police detained Israeli civilians": no act on the state they serve
                if (cs, ct) != (s, t) and cs != ct:
                    rows.append({"doc": doc, "kind": "relation", "subject": name(cs, doc), "predicate": ev.type,
                                 "object": name(ct, doc), "coded": "affiliation", **extra})

    for st in statements if standing else ():
        if st.sentence:
            rows.append({"doc": st.doc, "kind": "relation", "subject": name(st.subject, st.doc),
                         "predicate": st.predicate, "object": name(st.object, st.doc), "evidence": st.sentence})

    unique = {json.dumps(r, sort_keys=True, ensure_ascii=False): r for r in rows}
    return [unique[k] for k in sorted(unique, key=lambda k: (unique[k]["doc"],
                                                             _KIND_ORDER[unique[k]["kind"]], k))]


def prediction_lines(graph: Graph, **options) -> Iterator[str]:
    """The rows of :func:`prediction_rows` as JSON lines (with ``\\n``).

    >>> from graphbuild.graph.build import new_graph
    >>> list(prediction_lines(new_graph()))
    []
    """
    for row in prediction_rows(graph, **options):
        yield json.dumps(row, ensure_ascii=False) + "\n"


def write_predictions(graph: Graph, stream: BinaryIO, **options) -> None:
    """Write the prediction JSON Lines of ``graph`` to the binary ``stream``.

    >>> import io
    >>> from graphbuild.graph.build import new_graph
    >>> buf = io.BytesIO(); write_predictions(new_graph(), buf); buf.getvalue()
    b''
    """
    for line in prediction_lines(graph, **options):
        stream.write(line.encode("utf-8"))
