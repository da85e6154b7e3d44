"""A verb's sense revised once its roles are known: training one's own recruits is a build-up,
an order to stop a newspaper a ban, backing with troops military aid, a blockage by a state a
restriction; and the sites (a school, a camp) that do no peaceful act as an actor would.

>>> training(OWN_TRAINING, None, (), None) is OWN_TRAINING
True
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from graphbuild.actors.clauses import STATE_SPEAKERS
from graphbuild.extract.arguments import arg_actors
from graphbuild.extract.arms import weapons
from graphbuild.extract.lexicon import Lexicon, Sense
from graphbuild.extract.syntax import OBJ, children, prep_objects

#: Training one's own recruits builds up force (PLOVER MOBILIZE, CAMEO 15); training another's is cooperation.
OWN_TRAINING = Sense("MOBILIZE", "military", "15", None)


def training(sense: Sense, verb: Token, targets, found) -> Sense:
    """What training is: a build-up when those trained are no one's named actor ("North Korea has
    trained 500 hackers", "the army trained new recruits"), else the sense as it is ("Turkey trains
    Somali commandos": military cooperation with Somalia).

    >>> training(OWN_TRAINING, None, (), None) is OWN_TRAINING
    True
    """
    if sense.event_type != "COOPERATE" or verb.lemma_.lower() != "train":
        return sense
    if not targets:  # "the army trained new recruits": its own, if it trained anyone
        return OWN_TRAINING if any(c.dep_ in OBJ for c in verb.children) else sense
    return OWN_TRAINING if all(k.startswith("group/") for k in targets) else sense


#: Orders to stop that silence a paper or a group: a ban (PLOVER COERCE, CAMEO 172), not a request.
STOP_ORDERING = frozenset({"order", "force", "compel", "instruct"})
STOPPING = frozenset({"suspend", "stop", "halt", "cease", "close", "shut", "end", "disband", "dissolve"})
SILENCED = frozenset({"MEDIA", "NGO"})
ORDERED_BAN = Sense("COERCE", "ban", "172", None)


def ordered_stop(sense: Sense, verb: Token, targets, found) -> Sense:
    """What an order to stop is: a ban when a newspaper or an organisation is ordered to stop
    ("ordered the newspaper La Prensa to suspend publication"), else the sense as it is.

    >>> ordered_stop(ORDERED_BAN, None, (), None) is ORDERED_BAN
    True
    """
    if sense.event_type != "REQUEST" or verb.lemma_.lower() not in STOP_ORDERING or not targets:
        return sense
    stops = any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in STOPPING for c in verb.children)
    return ORDERED_BAN if stops and any(found.actors[k].type in SILENCED for k in targets) else sense


#: Backing given with troops, aircraft or strikes: military aid (PLOVER AID military, CAMEO 072).
ARMED_BACKING = Sense("AID", "military", "072", None)
#: What armed backing is given with: "backed by Rwandan troops", "backed by US air strikes".
BACKING_FORCES = frozenset({"troops", "troop", "forces", "soldiers", "jets", "warplanes", "aircraft", "gunships",
                            "helicopters", "drones", "artillery", "tanks", "strikes", "airstrikes", "planes",
                            "airpower", "navy", "warships", "mercenaries", "advisers", "advisors", "instructors"})


def armed_backing(sense: Sense, verb: Token) -> Sense:
    """Backing given with force is military aid: "backed by Rwandan troops and helicopter
    gunships", "backed by US air strikes" (not "backed by Rwanda", which may be words alone).

    >>> armed_backing(ARMED_BACKING, None) is ARMED_BACKING
    True
    """
    if sense.event_type != "SUPPORT" or verb.lemma_.lower() != "back":
        return sense
    means = [o for p, o in prep_objects(verb, {"by", "with"}) for o in (o, *o.conjuncts)]
    return ARMED_BACKING if any(o.lower_ in BACKING_FORCES for o in means) else sense


def armed_aid(sense: Sense, verb: Token, lexicon: Lexicon) -> Sense:
    """Aid given in weapons is military aid: "delivered an air defence system to X", "supplied X
    with artillery shells" (not "delivered food").

    >>> armed_aid.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'armed_aid'
    """
    if sense.event_type != "AID" or sense.mode not in (None, "humanitarian"):
        return sense
    given = [*children(verb, OBJ), *(o for _p, o in prep_objects(verb, {"with"}))]
    return replace(ARMED_BACKING, note=sense.note) if any(weapons(o, lexicon) for o in given) else sense


#: Blocking by a state restricts movement (CAMEO 172, PLOVER COERCE); anyone else who blocks a
#: road obstructs it (PLOVER PROTEST, which codes rebels blocking transport so too).
BLOCKED = Sense("COERCE", None, "172", None)
FORCE_NOUNS = frozenset({"police", "policeman", "troop", "soldier", "army", "authority"})


def obstruction(sense: Sense, verb: Token, sources, found) -> Sense:
    """What a blockage is: a restriction when a state or its forces block ("Israel blocked aid
    deliveries", "police blocked the road"), a protest when anyone else does.

    >>> obstruction(BLOCKED, None, (), None) is BLOCKED
    True
    """
    if sense.mode != "obstruct":
        return sense
    forced = any(found.actors[k].type in STATE_SPEAKERS for k in sources) or any(
        s.lemma_.lower() in FORCE_NOUNS for s in children(verb, {"nsubj"}))
    return BLOCKED if forced else sense


#: Acts a building or a site does not do: "a school sheltering families" shelters no one as an actor would.
PEACEFUL_ACTS = frozenset({"AID", "CONSULT", "SUPPORT", "COOPERATE"})
SITES = frozenset({"school", "hospital", "clinic", "facility", "plant", "station", "building", "shelter", "camp",
                   "mosque", "church", "factory", "centre", "center", "site", "compound", "warehouse", "stadium"})


def site(token: Token, found) -> bool:
    """Whether ``token`` is a building or a site that names no actor and has no owner named.

    >>> site.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'site'
    """
    return token.lemma_.lower() in SITES and not arg_actors(token, found)
