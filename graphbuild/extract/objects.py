"""Senses a verb's object decides: ground seized or people captured, an attack halted.

"seized the town" takes ground (ASSAULT, occupation) where "seized weapons" is a seizure;
"captured three soldiers" takes people (COERCE) where "captured the town" takes ground;
"halted its military operation" eases off (CONCEDE) where "halted aid" is a sanction; "received
air defence systems from Germany" is Germany's aid, where "received the delegation" is a visit.

>>> seized_ground(CAPTURE_OF_PEOPLE, None, None) is CAPTURE_OF_PEOPLE
True
"""
from __future__ import annotations

from spacy.tokens import Token

from graphbuild.actors.armies import ARMY_POSTS, army_post
from graphbuild.actors.forces import POLICE, SOLDIERS
from graphbuild.actors.placenames import PARTS
from graphbuild.extract.arguments import arg_actors
from graphbuild.extract.arms import WEAPON_VERBS, weapons
from graphbuild.extract.lexicon import Lexicon, Sense
from graphbuild.extract.revisions import STOPPING
from graphbuild.extract.syntax import OBJ, PREP, children, clause_subject, prep_objects


#: Ground one seizes: seizing it is taking it by force (ASSAULT/occupy), not confiscating it.
GROUND = frozenset({"town", "city", "village", "base", "airport", "airfield", "territory", "area", "region",
                    "province", "district", "capital", "hill", "outpost", "checkpoint", "crossing", "port",
                    "station", "barracks", "barrack", "garrison", "camp", "compound", "headquarters", "prison",
                    "border"})
OCCUPATION = Sense("ASSAULT", "occupy", "192", None)


def seized_ground(sense: Sense, verb: Token, found) -> Sense:
    """What seizing is: taking ground by force when its object is a place ("seized the town of
    Kidal", "seized Kidal"), else the sense as it is ("seized weapons", "seized their passports").

    >>> seized_ground(OCCUPATION, None, None) is OCCUPATION
    True
    """
    if sense.mode != "seize":
        return sense
    for obj in children(verb, OBJ):
        # (or parts of one: "seized large parts of Masisi")
        for ground in [obj, *(o for _p, o in prep_objects(obj, {"of"}) if obj.lemma_.lower() in PARTS | {"control"})]:
            key = found.at(ground)
            if ground.lemma_.lower() in GROUND or key is not None and found.actors[key].type == "LOCATION":
                return OCCUPATION
    return sense


#: People taken: an arrest or an abduction, not ground taken (PLOVER COERCE, CAMEO 173).
CAPTURE_OF_PEOPLE = Sense("COERCE", "arrest", "173", None)
#: Words for people a force can capture: "captured a leader of the cartel".
CAPTIVES = frozenset({"leader", "commander", "chief", "member", "soldier", "fighter", "militant", "officer",
                      "suspect", "official", "man", "woman", "journalist", "civilian", "gunman", "rebel"})
PEOPLE_TYPES = frozenset({"PERSON", "GROUP", "ARMED_GROUP", "MILITARY"})


def captured_people(sense: Sense, verb: Token, found) -> Sense:
    """What capturing is when its object is people ("captured a leader of the cartel", "captured
    three soldiers"): taking them (:data:`CAPTURE_OF_PEOPLE`); ground captured stays an occupation.

    >>> captured_people(DE_ESCALATION, None, None) is DE_ESCALATION
    True
    """
    if sense.mode != "occupy" or verb.lemma_.lower() != "capture":
        return sense
    for obj in children(verb, OBJ):
        key = found.at(obj)
        if obj.lemma_.lower() in CAPTIVES or key is not None and found.actors[key].type in PEOPLE_TYPES \
                or obj.pos_ == "NUM" and not any(c.dep_ == PREP for c in obj.children):
            return CAPTURE_OF_PEOPLE  # ("killing two of them and capturing four": four of them)
    return sense


#: An attack halted or suspended: de-escalation (PLOVER RETREAT, CAMEO 087), not a sanction.
DE_ESCALATION = Sense("RETREAT", "ceasefire", "087", None)


def halted_attack(sense: Sense, verb: Token, lexicon: Lexicon) -> Sense:
    """What stopping is when what is stopped is an attack: "halted its military operation", "urged Iran
    to halt the execution" ease off (:data:`DE_ESCALATION`); "suspended aid" stays a sanction.

    >>> halted_attack(DE_ESCALATION, None, None) is DE_ESCALATION
    True
    """
    if sense.event_type != "SANCTION" or verb.lemma_.lower() not in STOPPING:
        return sense
    stopped = [o for o in verb.children if o.dep_ == "dobj"]
    return DE_ESCALATION if stopped and all(lexicon.is_attack(o.lemma_.lower(), "NOUN") and (
        o.lemma_.lower() != "operation" or any(c.lower_ == "military" for c in o.children))  # not an aid agency's
        for o in stopped) else sense


#: Verbs of receiving, and the things whose receipt is aid: "received F-16 jets from Denmark".
RECEIVING = frozenset({"receive", "obtain", "get"})
SUPPLIES = frozenset({"aid", "assistance", "weapon", "arms", "jet", "tank", "missile", "ammunition", "equipment",
                      "funding", "fund", "loan", "supply", "shipment", "delivery", "system", "drone", "vehicle"})
RECEIVED_AID = Sense("AID", "military", "07", None)


def received_aid(verb: Token, found, lexicon: Lexicon) -> tuple[Sense, list[str], list[str]] | None:
    """(sense, givers, takers) when a verb of receiving has supplies for object: "Ukraine received
    air defence systems from Germany" is Germany's aid to Ukraine (a company's loan "in Kenya" goes
    to no one the text names); None otherwise.

    >>> received_aid.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'received_aid'
    """
    if verb.lemma_.lower() not in RECEIVING or not any(
            o.lemma_.lower() in SUPPLIES or weapons(o, lexicon) for o in children(verb, OBJ)):
        return None
    givers = [k for t in (verb, *children(verb, OBJ)) for _p, o in prep_objects(t, {"from"})
              for k in arg_actors(o, found)]
    takers = [k for s in clause_subject(verb) for k in arg_actors(s, found) if k not in givers]
    return RECEIVED_AID, givers, takers


#: People held by captors: a state's forces that free them rescue them, and concede nothing.
HOSTAGES = frozenset({"hostage", "captive", "abductee", "kidnappee"})


def rescued(frame, found) -> bool:
    """Whether a release is a rescue: a state or its forces freeing hostages ("the army freed 11
    hostages"), who were someone else's to hold (a state freeing prisoners concedes).

    >>> rescued.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'rescued'
    """
    return frame.sense.mode == "release" and frame.trigger.pos_ == "VERB" and bool(frame.sources) and all(
        found.actors[k].type in ("STATE", "MILITARY") for k in frame.sources) and any(
        o.lemma_.lower() in HOSTAGES for o in children(frame.trigger, OBJ))


def aimed_through_object(verb: Token, preps) -> list[Token]:
    """What an attack's object, or what it counts, is aimed at, where the parser hung the aim on it:
    "fired a barrage of rockets toward X" -> X, "launched dozens of missiles and 100 drones at Y" -> Y.

    >>> aimed_through_object.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'aimed_through_object'
    """
    if verb.lemma_.lower() not in WEAPON_VERBS:
        return []  # (not "captured part of a stronghold on the Thai border": where it is, not at whom)
    weapons = (x for o in children(verb, OBJ) for y in (o, *o.conjuncts)  # ("dozens of missiles and drones at X")
               for x in (y, *(p for _q, p in prep_objects(y, {"of"}))))
    return [obj for x in weapons for _prep, obj in prep_objects(x, preps)]


def army_hit(verb: Token, found) -> bool:
    """Whether an act's object is an army's or the police's post or convoy, or soldiers of the country
    ("ambushed an army convoy in X", "a police convoy in X", "attacked army bases in X and Y", "killed
    50 soldiers near X"): the act is on the army and on the place it was in.

    >>> army_hit.__name__  # needs a parsed sentence; see tests/actors/test_armies.py
    'army_hit'
    """
    hit = [o for obj in children(verb, OBJ) for o in (obj, *obj.conjuncts)]
    return any(c.dep_ in ("compound", "amod") and army_post(c) or c.dep_ == "compound" and c.lower_ in POLICE
               and c.head.lower_ in ARMY_POSTS
               for o in hit for c in o.children) \
        or any(o.lower_ in SOLDIERS and found.at(o) is not None for o in hit)
