"""Where an event happened: the places and states its location phrases name ("in Goma", "near
Kidal and Gao", "in the town of Cizre in southeastern Turkey" -> Cizre), the narrowest kept.

>>> event_places([], None)
[]
"""
from __future__ import annotations

from spacy.tokens import Token

from graphbuild.actors.places import slug
from graphbuild.extract.arguments import named_area
from graphbuild.extract.sides import PLACE_HEADS
from graphbuild.extract.syntax import LOCATION_PREPS, prep_objects, with_conjuncts

def event_places(tokens, found, exclude=()) -> list[str]:
    """Places and states the location phrases of ``tokens`` name, not in ``exclude``: "in Goma",
    "near Kidal and Gao", "in Kaduna state".

    >>> event_places([], None)
    []
    """
    keys = []
    for token in tokens:
        for prep, obj in prep_objects(token, LOCATION_PREPS | {"through"}):
            for t in with_conjuncts(obj):
                actor = found.actor(t) or named_area(t, found) or _settled(t, found) or next(  # ("in Kaduna state")
                    (found.actor(a) for a in t.children if a.dep_ == "appos" and found.actor(a)), None)
                # ("in the capital Kabul")
                if actor is not None and actor.type in ("LOCATION", "STATE") and actor.key not in exclude:
                    keys.append(actor.key)
    return _narrowest(keys, found)


def _narrowest(keys: list[str], found) -> list[str]:
    """Places without a state, or a compass part of it, that a place named with them lies in: "in the
    town of Cizre in southeastern Turkey" -> Cizre ("in Gaza and the West Bank" keeps both)."""
    points = {found.actors[k].country for k in keys if found.actors[k].type == "LOCATION"
              and not found.actors[k].region}

    def broader(key: str) -> bool:
        actor = found.actors[key]
        if actor.type == "STATE":
            return key in points
        state = found.actors.get(actor.country or "")
        return actor.region and actor.country in points and state is not None \
            and key.endswith("-" + slug(state.label))
    return [k for k in keys if not broader(k)]


#: Nouns of a settlement or an area a place name goes with: "the town of Hebron", "a village near Mopti".
SETTLEMENTS = PLACE_HEADS | {"district", "area", "outskirts", "neighbourhood", "neighborhood", "suburb", "camp",
                             "county", "state", "hamlet", "settlement", "locality"}


def _settled(noun: Token, found):
    """The named place a settlement noun is, or lies near: "the Somali town of Beledweyne" ->
    Beledweyne, "a village near Mopti" -> Mopti."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SETTLEMENTS:
        return None
    return next((a for _p, o in prep_objects(noun, {"of"} | LOCATION_PREPS) if (a := found.actor(o)) is not None
                 and a.type in ("LOCATION", "STATE")), None)
