"""Whom an event is aimed at: places, capitals and a state's own forces.

A capital an act between governments is aimed at stands for its state ("recalled its ambassador
from Tehran"); only attacks, deployments, withdrawals and a few acts on a place ("imposed a curfew
in Cizre") are aimed at places, the rest happen there ("visited Bunia"); an order to one's own
state's forces asks no one else.

>>> sorted(PLACE_TARGETS & NOT_AT_PLACES)
[]
"""
from __future__ import annotations

from dataclasses import replace

from graphbuild.actors.clauses import watchdog
from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.kinds import party
from graphbuild.model import EVENT_TYPES, Event

#: Event types that act on a place when no actor is named: "shelled Homs", "imposed a curfew in
#: Cizre", "lifted the state of emergency in Darfur", "reinforced its troops in Lebanon".
PLACE_TARGETS = frozenset({"ASSAULT", "COERCE", "CONCEDE", "MOBILIZE", "SANCTION", "RETREAT", "AID"})
#: Acts between governments: a capital they are aimed at stands for its state.
STATECRAFT = frozenset({"SANCTION", "REQUEST", "ACCUSE", "REJECT", "SUPPORT", "COOPERATE", "AID"})


def seat_of(key: str, found, gaz: Gazetteer) -> str:
    """The state a capital named as a place is the seat of ("Moscow" -> Russia), else ``key``.

    >>> seat_of.__name__  # needs resolved actors; see tests/extract/test_events.py
    'seat_of'
    """
    actor = found.actors.get(key)
    state = gaz.capital_of(actor.label) if actor is not None and actor.type == "LOCATION" else None
    if state is None:
        return key
    found.actors.setdefault(state.key, state)  # (the text may name the state by its capital alone)
    return state.key


#: Actors that act for their state: what they order their state's forces to do asks no one else.
STATE_AGENTS = frozenset({"PERSON", "GOVERNMENT", "MILITARY"})


#: Words of a legislature's name: a state's legislature is asked, not ordered, by its government.
LEGISLATURES = frozenset({"parliament", "congress", "assembly", "senate", "legislature"})
#: A state's bodies, which act for it and not on it.
BODIES = ("GOVERNMENT", "MILITARY")


def own_orders(events: list[Event], speaks_for: dict[str, str], actors: dict,
               serves: dict[str, str] | None = None) -> list[Event]:
    """An order a leader or body gives its own state's forces ("President X ordered the army to
    rescue the students") asks nothing of another actor: it keeps no target. Nor does a state's body
    act on its own state, or a state on its own bodies ("the Foreign Ministry warned that the
    country would respond": no threat to its own country), where all the doers are one state's; nor
    a person on the state he leads or serves as such (``serves``: person -> state: "the prime
    minister condemned the killing of the soldiers" accuses no one of his own state), where a
    region's governor may well accuse his country's army.

    >>> own_orders([], {}, {})
    []
    """
    serves = serves or {}

    def own(e: Event) -> set[str]:  # (not a people's or a group's country: "Bosnian Serbs demanded X of Bosnia";
        # nor the state a body holds to account: "the ombudsman's office asked the government to ...")
        answering = [s for s in e.sources if not watchdog(s)]
        return {*e.sources, *(speaks_for.get(s) for s in answering),
                *(actors[s].country for s in answering if s in actors and actors[s].type in STATE_AGENTS)} - {None}

    def arms(e: Event) -> set[str]:  # the state's own forces and police ("ordered the police to recruit"), not
        # its legislature, which is asked ("asked Congress to approve the bases")
        return {t for t in e.targets if t in actors and actors[t].type in STATE_AGENTS and actors[t].country in own(e)
                and not LEGISLATURES & set(actors[t].label.lower().split())}
    def state_of(key: str) -> str | None:  # a state, or the state a body of it serves (not a party's, nor a person's)
        actor = actors.get(key)
        if actor is None or actor.type not in ("STATE", *BODIES) or party(actor.label) \
                or LEGISLATURES & set(actor.label.lower().split()):
            return None
        return key if actor.type == "STATE" else actor.country

    out = []
    for e in events:
        if e.type == "REQUEST" and e.targets and set(e.targets) <= own(e) | arms(e):
            e = replace(e, targets=())
        sides = {serves.get(s) or state_of(s) for s in e.sources if not watchdog(s)}
        if len(sides) == 1 and None not in sides and any(state_of(t) in sides for t in e.targets):
            # ("the Foreign Ministry warned that the country would respond": no threat to its own state;
            # "A and B exchanged fire" keeps each the other's target)
            e = replace(e, targets=tuple(t for t in e.targets if state_of(t) not in sides))
        out.append(e)
    return out


def served_states(relations, actors: dict, named) -> dict[str, str]:
    """Each person and the state he leads or serves as such, for :func:`own_orders`: the state
    itself ("President X" LEADS Chad) or through its army ("army chief X"), where the gazetteer knows
    him as that state's or the sentence that says so names the state or army (``named(key,
    evidence)``), not a state guessed from the story. A region's governor serves no state here.

    >>> served_states([], {}, lambda key, evidence: False)
    {}
    """
    out = {}
    for r in relations:
        person, body = actors.get(r.subject), actors.get(r.object)
        if r.predicate not in ("LEADS", "MEMBER_OF") or r.evidence is None or person is None or body is None \
                or person.type != "PERSON":
            continue
        state = r.object if body.type == "STATE" else body.country if body.type == "MILITARY" else None
        if state and (person.country == state or named(r.object, r.evidence)):
            out[r.subject] = state
    return out


#: Events never aimed at a place: no one refuses, asks, backs, promises or threatens a town.
NOT_AT_PLACES = frozenset(EVENT_TYPES) - PLACE_TARGETS


def not_at_places(events: list[Event], found, gaz: Gazetteer) -> list[Event]:
    """Places among the targets of an event of :data:`NOT_AT_PLACES` are where it is, not whom it is
    aimed at ("visited Bunia", "promised to send doctors to El Fasher"), except a capital, which
    stands for its state ("threatened to bomb Tehran": Iran).

    >>> not_at_places([], None, None)
    []
    """
    out = []
    for e in events:
        if e.type in NOT_AT_PLACES and any(found.actors[k].type == "LOCATION" for k in e.targets):
            seated = [seat_of(k, found, gaz) for k in e.targets]
            places = [k for k in seated if found.actors[k].type == "LOCATION"]
            e = replace(e, targets=tuple(dict.fromkeys(k for k in seated if k not in places)),
                        location=e.location or places[0] if places else e.location)
        out.append(e)
    return out


def no_flight(events: list[Event], actors: dict) -> list[Event]:
    """People fleeing, leaving or abandoning their homes ("thousands of residents fled", "farmers
    abandoned their fields") are displaced, not an actor's withdrawal: a RETREAT done by population
    groups alone is no event (an armed group's or a state's is).

    >>> no_flight([], {})
    []
    """
    return [e for e in events if not (e.type == "RETREAT" and e.sources and all(
        s in actors and actors[s].type == "GROUP" for s in e.sources))]
