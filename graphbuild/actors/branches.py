"""Branches of armed groups: the group a branch's name points to.

"ISIS-Somalia positions" name the group, not the country; "Islamic State's Mozambique branch" is the
branch the gazetteer knows in that state (Islamic State Mozambique); "Islamic State fighters", in a
story on its one branch it names, are that branch's.

>>> "branch" in BRANCH_WORDS
True
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.groups import FEUD_NOUNS
from graphbuild.actors.kinds import national_societies
from graphbuild.actors.tables import fold, slug
from graphbuild.model import Actor

if TYPE_CHECKING:
    from graphbuild.actors.resolve import DocActors


def group_branches(doc: Doc, found: DocActors) -> None:
    """An armed group's name joined by a hyphen to a country or place its branch fights in is that
    group ("ISIS-Somalia positions", "IS-Sahel fighters"), not the country; "Hamas-Israel war" names
    both sides.

    >>> group_branches.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'group_branches'
    """
    for t in doc[1:-1]:
        left, right = doc[t.i - 1], doc[t.i + 1]
        group, place = found.actor(left), found.actor(right)
        after = doc[right.i + 1] if right.i + 1 < len(doc) else None
        if t.text != "-" or t.whitespace_ or left.whitespace_ or group is None or place is None \
                or group.type != "ARMED_GROUP" or place.type not in ("STATE", "LOCATION") \
                or after is not None and after.lower_ in FEUD_NOUNS | TIES:
            continue
        found.replace(doc[_named_from(doc, found, left.i, group.key):right.i + 1], group, "group")


def _named_from(doc: Doc, found: DocActors, start: int, key: str) -> int:
    """Where the mention of ``key`` that reaches token ``start`` begins ("Islamic State" of "Islamic
    State's Mozambique branch")."""
    while start > 0 and found.at(doc[start - 1]) == key:
        start -= 1
    return start


#: Nouns after "A-B" that say A and B are two sides: "Hamas-Israel talks", "the Houthi-Saudi truce".
TIES = frozenset({"talks", "truce", "ceasefire", "deal", "agreement", "border", "relations", "ties", "accord",
                  "negotiations", "frontier"})


#: Nouns of a part of an armed group that fights in one country: "Islamic State's Mozambique branch".
BRANCH_WORDS = frozenset({"branch", "affiliate", "franchise", "wing", "province", "offshoot", "chapter"})


def possessed_branches(doc: Doc, gaz: Gazetteer, found: DocActors) -> None:
    """ "Islamic State's Mozambique branch", "the Somali affiliate of X": the armed group the
    gazetteer knows in that state under one of the group's own names, where there is one.

    >>> possessed_branches.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'possessed_branches'
    """
    for t in doc:
        if t.lemma_.lower() not in BRANCH_WORDS or t.pos_ != "NOUN":
            continue
        parent = next((found.actor(c) for c in t.children if c.dep_ == "poss" and found.actor(c) is not None), None) \
            or next((found.actor(o) for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj" and found.actor(o) is not None), None)
        state = next((found.actor(c) for c in t.children if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i
                      and found.actor(c) is not None and found.actor(c).type == "STATE"), None)
        if parent is None or state is None or parent.type != "ARMED_GROUP":
            continue
        branch = _branch_in(gaz, parent, state.key)
        if branch is None:
            continue
        start = min([c.i for c in t.children if c.dep_ in ("poss", "amod", "compound", "nmod", "det") and c.i < t.i]
                    + [t.i])
        found.replace(doc[_named_from(doc, found, start, parent.key):t.i + 1], branch, "group")


def _branch_in(gaz: Gazetteer, parent: Actor, state: str) -> Actor | None:
    """The armed group of ``state`` the gazetteer names with one of ``parent``'s names."""
    return next((a for a in gaz.actors() if a.type == "ARMED_GROUP" and a.country == state
                 and branch_of(a, parent)), None)


def branch_of(actor: Actor, parent: Actor) -> bool:
    """Whether ``actor`` is an armed group named with one of ``parent``'s names and more words
    ("Islamic State West Africa Province" of "Islamic State").

    >>> gaz = Gazetteer.load()
    >>> branch_of(gaz.actor("org/islamic-state-mozambique"), gaz.actor("org/isis"))
    True
    """
    names = [fold(n) for n in (parent.label, *parent.aliases) if len(n) > 3]
    return actor.type == "ARMED_GROUP" and actor.key != parent.key \
        and any(fold(x).startswith(n + " ") for x in (actor.label, *actor.aliases) for n in names)


#: Words for a group's fighters, which a parent group's name may qualify: "Islamic State fighters".
FIGHTER_WORDS = frozenset({"fighter", "militant", "gunman", "gunmen", "insurgent", "jihadist", "militiaman",
                           "militiamen", "attacker", "rebel", "cell", "unit"})


#: Words that tie fighters to a group named before them: "Islamic State-linked insurgents".
LINK_WORDS = frozenset({"linked", "allied", "affiliated", "aligned", "tied"})


def _fighters(word) -> bool:
    return word.lemma_.lower() in FIGHTER_WORDS or word.lower_ in FIGHTER_WORDS


def _fighters_of(last, end: int) -> bool:
    """Whether a group's name (ending in ``last``) qualifies the fighters after it: "Islamic State
    fighters", "Islamic State-linked insurgents" (not "militants linked to the Islamic State group",
    whose link the text makes to the group itself)."""
    if last.dep_ in ("compound", "amod", "nmod") and _fighters(last.head) and last.head.i >= end:
        return True
    link = last.head
    return link.lower_ in LINK_WORDS and link.i > last.i and link.dep_ == "amod" and _fighters(link.head)


def named_branches(doc: Doc, found: DocActors) -> None:
    """ "Islamic State fighters overran a base" in a story that names one branch of the group
    (Islamic State West Africa Province): that branch's fighters, as wire headlines shorten it; the
    parent named otherwise ("pledged allegiance to Islamic State") stays itself.

    >>> named_branches.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'named_branches'
    """
    named = {m.actor for m in found.mentions}
    for start, end, key in list(found.mention_spans):
        parent = found.actors.get(key)
        last = doc[end - 1]
        if parent is None or parent.type != "ARMED_GROUP" or not _fighters_of(last, end):
            continue
        branches = [a for k in sorted(named) if (a := found.actors.get(k)) is not None and branch_of(a, parent)]
        if len(branches) == 1:
            found.replace(doc[start:end], branches[0], "group")


def national_society_names(doc: Doc, found: DocActors) -> None:
    """A state or its people named right before a movement's bare name (``national_societies.txt``)
    name that state's own society, an NGO of its own: "the Lebanese Red Cross", "the Kenya Red Cross
    Society" are no International Committee of the Red Cross.

    >>> national_society_names.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'national_society_names'
    """
    for start, end, key in sorted(found.mention_spans):
        if start == 0 or found.token_actor.get(start) != key or doc[start:end].text.lower() not in national_societies():
            continue
        state = found.token_actor.get(start - 1)
        if state is None or found.actors[state].type != "STATE" or doc[start - 1].head.i not in range(start, end + 1):
            continue
        first = min(s for s, e, k in found.mention_spans if k == state and e == start)
        last = end + 1 if end < len(doc) and doc[end].lower_ == "society" else end
        name = doc[first:last]
        found.replace(name, Actor(key=f"org/{slug(name.text)}", label=name.text, type="NGO", country=state), "ner")
