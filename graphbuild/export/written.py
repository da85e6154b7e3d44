"""Which of an actor's names a document writes: the name its prediction rows give it there.

An actor has one label (``rdfs:label``, the gazetteer's) and other names (``skos:altLabel``).
A document may write one of the others instead ("Balochistan Liberation Army" for a group the
gazetteer labels "Baloch Liberation Army"); a per-document coder names the actor as the document
does. The text searched is what the graph keeps of each document: its title and the sentences of
its evidence.

>>> from graphbuild.graph.build import new_graph
>>> written_names(new_graph(), {}, [])
{}
"""
from __future__ import annotations

import re
from collections import defaultdict

from rdflib import Graph

from graphbuild.actors.tables import index_key
from graphbuild.export.records import ActorInfo
from graphbuild.graph.iris import actor_iri
from graphbuild.graph.namespace import BINDINGS

__all__ = ["NAMED_AS_WRITTEN", "written_names", "longest_written"]

#: Actor types named as written. Not population groups (their other names are kinds of people:
#: "survivors" are no other name of "civilians" to an annotator) nor places and states (whose
#: other names include capitals: "Maputo" may be the city the document means).
NAMED_AS_WRITTEN = frozenset({"ARMED_GROUP", "MILITARY", "GOVERNMENT", "IGO", "NGO", "MEDIA", "PERSON"})

#: Kinds of people ("gunmen", "insurgents"): their other names are kinds too, whatever their type.
_KINDS = str(actor_iri("group/"))

_Q_TEXTS = """
SELECT ?docId ?text WHERE {
  ?d gb:docId ?docId .
  { ?ev gb:inDocument ?d ; gb:sentence ?text } UNION { ?d dcterms:title ?text } }"""
# (an actor read from many documents may have more than one label: each is a name too)
_Q_NAMES = "SELECT ?a ?name WHERE { { ?a skos:altLabel ?name } UNION { ?a rdfs:label ?name } }"


def longest_written(names: list[str], text: str, folded: str | None = None) -> str | None:
    """The longest of ``names`` that ``text`` writes as whole words, if any: an acronym (a name in
    capitals) as given, any other name up to case, accents and hyphens (in ``folded``, the text
    folded so, when the caller has it).

    >>> longest_written(["Baloch Liberation Army", "BLA", "Balochistan Liberation Army"],
    ...                 "The Balochistan Liberation Army (BLA) said ...")
    'Balochistan Liberation Army'
    >>> longest_written(["Daniel Chapo", "Chapo"], "Chapo said") , longest_written(["X Y"], "X Yz")
    ('Chapo', None)
    >>> longest_written(["al-Shabaab", "IS"], "Al Shabaab is ...")
    'al-Shabaab'
    """
    folded = index_key(text) if folded is None else folded
    for name in sorted(names, key=lambda n: (-len(n), n)):
        exact = name.isupper()
        if name and re.search(r"(?<!\w)" + re.escape(name if exact else index_key(name)) + r"(?!\w)",
                              text if exact else folded):
            return name
    return None


def _local_people(label: str, text: str, folded: str) -> str | None:
    """A place's or a state's people as the text writes them, where it does not write their label: with
    words between ("Cambodian workers" written "Cambodian migrant workers"), else as the kind alone
    ("civilians in Yemen's Taiz", labelled "Taiz civilians", are "civilians").

    >>> _local_people("Taiz civilians", "11 civilians in Taiz", "11 civilians in taiz")
    'civilians'
    >>> _local_people("Cambodian workers", "40 Cambodian migrant workers", "40 cambodian migrant workers")
    'Cambodian migrant workers'
    """
    if longest_written([label], text, folded):
        return None
    words = label.split()
    spread = re.search(r"(?<!\w)" + re.escape(words[0]) + r" [\w-]+ " + re.escape(words[-1]) + r"(?!\w)",
                       text, re.IGNORECASE) if len(words) > 1 else None
    if spread:
        return spread.group(0)
    return next((tail for i in range(1, len(words)) if longest_written([tail := " ".join(words[i:])], text, folded)),
                None)


def written_names(graph: Graph, actors: dict[str, ActorInfo],
                  mentions: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(document id, actor IRI) of ``mentions`` -> the name the document writes for the actor, where
    that is not its label: the longest of its names written there, if it contains the label or the
    label is not written (only actors of a type in :data:`NAMED_AS_WRITTEN`; of kinds of people, only
    armed ones whose label is not written, by a name other than their singular, and a place's people,
    by the kind the text writes: see :func:`_local_people`).

    >>> from graphbuild.graph.build import new_graph
    >>> written_names(new_graph(), {}, [])
    {}
    """
    others: dict[str, list[str]] = defaultdict(list)
    for row in graph.query(_Q_NAMES, initNs=BINDINGS):
        others[str(row[0])].append(str(row[1]))
    if not others:
        return {}
    texts: dict[str, list[str]] = defaultdict(list)
    for row in graph.query(_Q_TEXTS, initNs=BINDINGS):
        texts[str(row[0])].append(str(row[1]))
    joined = {doc: "\n".join(sorted(set(lines))) for doc, lines in texts.items()}
    folded = {doc: index_key(text) for doc, text in joined.items()}
    found: dict[tuple[str, str], str] = {}
    for doc, a in mentions:
        info = actors.get(a)
        kind = a.startswith(_KINDS)
        if kind and info and info.type == "GROUP" and doc in joined and "/" in a[len(_KINDS):]:
            name = _local_people(info.label, joined[doc], folded[doc])  # (a place's people: "group/YEM/...")
            if name:
                found[(doc, a)] = name
            continue
        if not (info and info.type in NAMED_AS_WRITTEN and others.get(a) and doc in joined) \
                or kind and info.type != "ARMED_GROUP":
            continue
        text, fold = joined[doc], folded[doc]
        names = {n for n in others[a] if not (kind and info.label.lower().startswith(n.lower())
                                              and len(info.label) - len(n) <= 2)}
        # (a kind's singular is mostly an adjective: "a rebel attack" names no "rebel")
        name = longest_written(sorted({info.label, *names}), text, fold)
        if name and name != info.label and (info.label in name and not kind
                                            or not longest_written([info.label], text, fold)):
            found[(doc, a)] = name  # (a longer name the label is part of; else only where the label is unwritten)
    return found
