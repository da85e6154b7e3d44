"""Whose an aircraft is when the text does not say: "warplanes bombarded the town", "a military
jet dropped two bombs". The striker whose drone strike killed, the states an aircraft is unlikely
to be (those it hit, those that down it), the last state named acting before it, and the one
state that flew before it. Used by :mod:`graphbuild.actors.coref`.

>>> "drones" in AIRCRAFT
True
"""
from __future__ import annotations

from spacy.tokens import Token

from graphbuild.actors.placenames import PLACE_HINTS

#: Words for aircraft, whose owner the text may not name.
AIRCRAFT = frozenset({"warplane", "warplanes", "jet", "jets", "aircraft", "helicopter", "helicopters",
                      "bomber", "bombers", "drone", "drones", "planes", "plane", "gunships"})


def striker(craft: Token, found) -> str | None:
    """Who carried out the strike an aircraft word qualifies, as the verb over it says: "it had
    killed dozens in a drone strike" -> its subject (an active verb's).

    >>> striker.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'striker'
    """
    strike = craft.head if craft.dep_ == "compound" else None
    prep = strike.head if strike is not None and strike.dep_ == "pobj" else None
    verb = prep.head if prep is not None and prep.lower_ in ("in", "during", "with") else None
    if verb is None or verb.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    return next((found.at(s) for s in verb.children if s.dep_ == "nsubj" and found.at(s)), None)


#: Verbs of bringing down aircraft: whoever does so is not the aircraft's owner.
DOWNING = frozenset({"shoot", "intercept", "down", "destroy"})


def hit_states(craft: Token, found) -> set[str]:
    """States an unattributed aircraft is unlikely to be: the countries of the places its sentence
    names ("In Odesa, drones damaged the port": not Ukraine's), and the state of whoever downs it
    ("Ukraine's air force said it shot down 71 of the drones").

    >>> hit_states.__name__  # needs a parsed Doc; see tests/extract/test_events.py
    'hit_states'
    """
    sent = craft.sent
    out = {found.actors[k].country for t in sent if (k := found.at(t)) and found.actors[k].type == "LOCATION"}
    verb = next((a for a in craft.ancestors if a.pos_ == "VERB"), None)
    if verb is not None and verb.lemma_.lower() in DOWNING and craft.i > verb.i:
        for s in (c for c in verb.children if c.dep_ == "nsubj"):
            owner = found.actor(s) or (next((found.actor(t) for t in verb.head.children if t.dep_ == "nsubj"
                                             and found.actor(t)), None) if s.pos_ == "PRON" else None)
            out |= {owner.key, owner.country} if owner is not None else set()  # ("its air force said it shot")
    return out - {None}


#: Where a state's mention acts: "Russia said", "Russia's jets", "Russian jets" (not "in Russia").
AGENT_DEPS = frozenset({"nsubj", "poss", "compound", "amod"})


def agent_state(found, craft: Token, exclude=frozenset()) -> str | None:
    """The last state named acting before an unattributed aircraft, other than those in ``exclude``.

    >>> agent_state.__name__  # needs resolved actors; see tests/actors/test_resolve.py (COREF)
    'agent_state'
    """
    doc, best = craft.doc, None
    for start, end, key in found.mention_spans:
        last = doc[end - 1]
        if start < craft.i and found.actors[key].type == "STATE" and key not in exclude \
                and last.dep_ in AGENT_DEPS and (best is None or start > best[0]) \
                and not (last.dep_ != "nsubj" and ((place := found.actor(last.head)) and place.type == "LOCATION"
                                                   or last.head.lower_ in PLACE_HINTS)):
            best = (start, key)  # (not a state that only owns a place: "Iraq's Kurdistan region", "a Chinese city")
    return best[1] if best else None


#: Words of an attack from the air, whose owner ("junta air strikes", "Russian airstrikes") flies.
AIR_BLOWS = frozenset({"airstrike", "airstrikes", "bombing", "bombings", "bombardment"})


def air_side(found, craft: Token, named: str | None) -> str | None:
    """Whose an unattributed aircraft is, given ``named``, the state last named acting (not one it
    hit): that state, unless only another one has flown or struck from the air before it in the
    story and ``named`` was never the subject of a verb ("junta air strikes ... under Chinese pressure
    ... A military jet bombed a market in Kyaukme": the junta's).

    >>> air_side.__name__  # needs resolved actors; see tests/actors/test_resolve.py (COREF)
    'air_side'
    """
    owners = []
    for t in craft.doc[:craft.i]:
        aerial = t.lemma_.lower() in AIRCRAFT | AIR_BLOWS or t.lemma_.lower() == "strike" and any(
            c.lower_ == "air" for c in t.children)
        mods = [c for c in t.children if c.dep_ in ("compound", "amod", "poss")] if aerial else []
        mods += [g for c in mods if c.dep_ == "compound" for g in c.children if g.dep_ in ("compound", "amod", "poss")]
        owner = next((found.at(c) for c in mods if found.at(c) and found.actors[found.at(c)].type == "STATE"), None)
        # ("junta air strikes": the junta's, whichever word the parser hung it on)
        if owner is not None:
            owners.append(owner)
    acting = any(k == named and craft.doc[end - 1].dep_ == "nsubj" for start, end, k in found.mention_spans
                 if start < craft.i)  # ("Russia pounds Odesa ports": Russia acts, whoever flew before)
    return owners[-1] if owners and named not in owners and len(set(owners)) == 1 and not acting else named
