"""Offices of regions and cities read from titles: who a governor, mayor or regional president
heads ("Kebbi Governor X" -> Kebbi; "Puntland's president ... President X" -> Puntland).

>>> "governor" in LOCAL_OFFICES, "president" in REGION_OFFICES
(True, True)
"""
from __future__ import annotations

from spacy.tokens import Doc

from graphbuild.actors.placenames import PLACE_HINTS
from graphbuild.actors.regional import regional_government_key
from graphbuild.extract.syntax import POSS


#: Titles of those who head a region or a city: "Kebbi Governor X" leads Kebbi, "Kharkiv Mayor Y" Kharkiv,
#: or hold office in a region that governs itself: "Puntland President X".
REGION_OFFICES = frozenset({"governor", "mayor", "president", "leader", "minister"})
#: Those that head only a region or a city, however they are written: "Borno's governor, X".
LOCAL_OFFICES = frozenset({"governor", "mayor"})


#: Adjectives that make an office a region's: "regional president", "provincial governor".
REGION_ADJECTIVES = frozenset({"regional", "provincial", "state"})
#: Two-word titles of those who head a region's government: "Chief Minister X" of an Indian or Pakistani state.
REGION_HEADS = frozenset({"chief minister"})


def regional_head(tokens, at: int) -> bool:
    """Whether the title at ``at`` is one of :data:`REGION_HEADS`, or an office of
    :data:`REGION_OFFICES` said to be a region's ("regional president X", "the provincial governor").

    >>> regional_head([], 0)
    False
    """
    return " ".join(t.lower_ for t in tokens[at:at + 2]) in REGION_HEADS or 0 < at < len(tokens) \
        and tokens[at].lower_ in REGION_OFFICES and tokens[at - 1].lower_ in REGION_ADJECTIVES


def region_in(tokens, at: int, found, after: bool = False) -> str | None:
    """The place a governor or mayor heads, named before the title ("Borno State Governor X") or,
    with ``after``, anywhere in ``tokens`` ("Governor X of Kebbi").

    >>> region_in([], 0, None) is None
    True
    """
    if not 0 <= at < len(tokens) or tokens[at].lower_ not in REGION_OFFICES and not regional_head(tokens, at):
        return None
    words = tokens if after else tokens[:at]
    named = next((k for t in words if (k := found.at(t)) and found.actors[k].type == "LOCATION"), None)
    if named is None:  # "Kebbi Governor X" where NER read "Kebbi" only elsewhere in the story ("Kebbi state")
        places = {m.text.split()[0] if len(m.text.split()) == 2 and m.text.split()[1].lower() in PLACE_HINTS
                  else m.text: m.actor for m in found.mentions if found.actors[m.actor].type == "LOCATION"}
        places |= {m.text.rsplit(" ", 2)[0]: m.actor for m in found.mentions  # ("the Amhara regional government")
                   if m.actor.endswith("/regional-government") and len(m.text.split()) > 2}
        named = next((places[t.text] for t in words if t.is_title and t.text in places), None)
    return governed(named, found)  # ("the Oromia regional government ... its president")


def governed(place: str | None, found) -> str | None:
    """The government of a region the story names, where it names one; else the region itself.

    >>> from types import SimpleNamespace as NS
    >>> governed("place/oromia", NS(actors={})), governed(None, NS(actors={})) is None
    ('place/oromia', True)
    """
    governing = regional_government_key(place) if place is not None and place.startswith("place/") else None
    return governing if governing in found.actors else place


def story_region(tokens, at: int, found) -> str | None:
    """The region a governor no place is named with heads: the one region of a country the story
    names most, ahead of any other ("Governor X appealed for calm" in a story on Manipur; "Chief Minister
    X" leads its government, where the story names one).

    >>> story_region([], 0, None) is None
    True
    """
    if not 0 <= at < len(tokens) or tokens[at].lower_ != "governor" and not regional_head(tokens, at):
        return None
    counts: dict[str, int] = {}
    governments = {m.actor for m in found.mentions if m.actor.endswith("/regional-government")}
    if len(governments) == 1:  # "the Oromia regional government ... regional president X": the one named
        return next(iter(governments))
    for m in found.mentions:
        actor = found.actors[m.actor]
        if actor.type == "LOCATION" and actor.region and actor.country:
            counts[m.actor] = counts.get(m.actor, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    return governed(ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None, found)


def region_president_before(doc: Doc, found, start: int) -> str | None:
    """The region (or its government) a "president" with no name was said to head before token
    ``start``: "Puntland's president said ..." in a headline, before "President X" in the text.

    >>> region_president_before.__name__  # needs a parsed Doc; see tests/extract/test_affiliations.py
    'region_president_before'
    """
    for t in doc[:start]:
        if t.lower_ == "president" and t.pos_ == "NOUN" and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"):
            region = next((k for c in t.children if c.dep_ == POSS and (k := found.at(c))
                           and found.actors[k].type == "LOCATION" and found.actors[k].region), None)
            if region is not None:
                return governed(region, found)
    return None
