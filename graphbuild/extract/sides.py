"""Who the sides a description names are: "the two sides", "both countries", "the three
governments", a bare "both", and "they" after such a description.

A description of sides refers back to the actors the text named before it: the two of their kind
named most, or the last list of as many.

>>> MANY["three"]
3
"""
from __future__ import annotations

from spacy.tokens import Token

from graphbuild.actors.bodies import TELLING
from graphbuild.extract.syntax import (
    AMOD, APPOS, COMPOUND, LOCATION_PREPS, OBJ, POSS, SUBJ, listed, prep_objects, unique,
)


#: Plural nouns by which "the two ..." or "both ..." refer back to the last two parties named,
#: and the actor types those parties are: "the two sides agreed", "both countries", "the two leaders".
SIDES = ("STATE", "ARMED_GROUP", "GOVERNMENT", "MILITARY")
PAIR_NOUNS = {"side": SIDES, "party": SIDES, "faction": SIDES, "country": ("STATE",),
              "nation": ("STATE",), "neighbour": ("STATE",), "neighbor": ("STATE",), "government": ("STATE",),
              "group": ("ARMED_GROUP", "NGO"), "movement": ("ARMED_GROUP", "NGO", "GOVERNMENT"),
              "leader": ("PERSON",), "president": ("PERSON",), "man": ("PERSON",), "woman": ("PERSON",),
              "minister": ("PERSON", "STATE")}


#: Nouns of places a country adjective only locates ("the Saudi city of Jeddah"), and those who
#: only tell the news ("a Saudi official said"): neither makes the country a side.
PLACE_HEADS = frozenset({"city", "town", "village", "capital", "region", "province", "border", "port", "coast"})
TELLERS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "source", "diplomat"})
#: Verbs of bringing two sides together: whoever does it is no side ("talks brokered by Qatar").
BROKERING = frozenset({"mediate", "broker", "host", "facilitate", "sponsor", "convene"})


def both_listed_before(token: Token, found) -> list[str]:
    """Whom a bare "both" acted on refers to: the last list of actors before it in its sentence
    ("spoke with A and with B and urged both to halt" -> A and B); none for "both" said of a noun.

    >>> import spacy
    >>> both_listed_before(spacy.blank("en")("both")[0], None)
    []
    """
    if token.lower_ != "both" or token.pos_ != "PRON":
        return []
    keys: list[str] = []
    for t in reversed(token.sent[:token.i - token.sent.start]):
        if t.dep_ in SUBJ:
            break  # the list is acted on after its sentence's subject
        key = found.at(t)
        if key and t.dep_ in (*OBJ, "pobj", "conj", "appos") and key not in keys:
            keys.append(key)
    return keys[::-1] if len(keys) > 1 else []


def pair_before(token: Token, found) -> list[str]:
    """ "they" after "both countries" or "the two sides" in its sentence: that pair ("halt talks with
    both countries unless they stop fighting").

    >>> import spacy
    >>> pair_before(spacy.blank("en")("They met")[0], None)
    []
    """
    if token.lower_ not in ("they", "them") or found is None:
        return []
    return next((pair for x in token.sent if x.i < token.i and (pair := pair_named_before(x, found))), [])


#: Nouns for people that, counted with no article, are new to the story: "arrested two men" are not
#: the two men named before ("the two men met" are).
STRANGERS = frozenset({"man", "woman"})
#: Counts past two that a description of sides can give: "the three governments".
MANY = {"three": 3, "four": 4, "five": 5}


def _listed_before(token: Token, found, types, count: int) -> list[str]:
    """The last list of exactly ``count`` actors of ``types`` before ``token``: "Burkina Faso, Mali and
    Niger formed an alliance ... The three governments said"."""
    for t in reversed(token.doc[:token.i]):
        if t.dep_ == "conj" or not found.at(t):
            continue  # (a list's first name, whose list may have been parsed as an apposition)
        keys = unique(k for x in listed(t) if (k := found.at(x)) and found.actors[k].type in types)
        if len(keys) == count:
            return list(keys)
    return []


#: Nouns of settlements "both" or "the two" of which are the two named last: "fire on both towns".
SETTLEMENT_PAIRS = frozenset({"town", "village", "city", "camp", "district"})


def places_named_before(token: Token, found) -> list[str]:
    """The two places "both towns" or "the two villages" are: the last two settlements (places that are
    no region) named before them in their sentence or the one before; none otherwise."""
    words = {c.lower_ for c in token.children if c.dep_ in ("det", "predet", "nummod")}
    if token.lemma_.lower() not in SETTLEMENT_PAIRS or token.tag_ != "NNS" or found.at(token) is not None \
            or not ("both" in words or {"the", "two"} <= words):
        return []  # (not "attacked two villages in X": two more, not the two named)
    start = token.doc[token.sent.start - 1].sent.start if token.sent.start > 0 else token.sent.start
    places = list(dict.fromkeys(key for s, _e, key in sorted(found.mention_spans, reverse=True)
                                if start <= s < token.i and found.actors[key].type == "LOCATION"
                                and not found.actors[key].region))
    return places[:2][::-1] if len(places) >= 2 else []


def pair_named_before(token: Token, found) -> list[str]:
    """The two actors "the two sides", "both countries" or "the two leaders" refer to: the two of
    their kind the document has named most before them, the later first on a tie ("Turkey's foreign
    minister visited Iraq ... The two sides agreed" -> Turkey and Iraq), never who speaks or acts in
    the same sentence ("China urged both countries": not China) nor the noun a relative clause they are
    in tells of; none when fewer than two were named."""
    if token.lower_ == "two" and token.pos_ == "NUM" and any(c.lower_ == "the" for c in token.children):
        return _met_before(token, found, SIDES + ("PERSON",))  # "A spoke to B, and the two agreed": no noun
    types = PAIR_NOUNS.get(token.lemma_.lower())
    counted = next((MANY[c.lower_] for c in token.children if c.dep_ == "nummod" and c.lower_ in MANY), None)
    if types is not None and token.tag_ == "NNS" and counted is not None and found.at(token) is None:
        return _listed_before(token, found, types, counted)  # "the three governments": the three listed last
    generic = (found.at(token) or "").startswith("group/")  # ("both armed groups", read as the generic "armed groups")
    if types is None or token.tag_ != "NNS" or found.at(token) is not None and not generic or not any(
            c.lower_ == "two" and c.dep_ == "nummod" or c.lower_ == "both" and c.dep_ in ("det", "predet")
            or c.lower_ == "the" and "PERSON" in types for c in token.children) \
            or token.lemma_.lower() in STRANGERS and not any(c.dep_ in ("det", "predet") for c in token.children) \
            or any(found.at(o) for _p, o in prep_objects(token, {"of"})) \
            or any(c.dep_ == APPOS and found.at(c) for c in token.children):  # ("the leaders agreed", but "the
        return []  # leaders of Britain and France" are theirs, "two groups, the UPC and 3R" the ones named)
    met = _met_before(token, found, types)
    if met:
        return met
    acting = {found.at(x) for t in token.sent if t.dep_ in SUBJ and t.i < token.i for x in listed(t)}
    acting |= {found.at(x) for a in token.ancestors if a.dep_ in ("relcl", "acl")
               for x in (a.head, *(c for c in a.head.children if c.dep_ in (POSS, COMPOUND, AMOD)))}
    # ("Kenya's president, who has mediated between the two countries": not Kenya)
    named: dict[str, list[int]] = {}
    for start, end, key in found.mention_spans:
        head = token.doc[end - 1]
        if head.dep_ == "pobj" and (head.head.lower_ in LOCATION_PREPS or head.head.lower_ in ("to", "from")
                                    and found.actors[key].type in ("STATE", "LOCATION")) \
                or head.dep_ in (AMOD, COMPOUND) and head.head.lower_ in PLACE_HEADS:
            continue  # "talks in South Africa", "the Saudi city of Jeddah": a place, not a side (but
            # "belonged to the rival faction" names a side)
        if head.dep_ in SUBJ and head.head.lemma_.lower() in TELLING and head.lemma_.lower() in TELLERS:
            continue  # "a Saudi official said": who tells the news (but "Kosovo police said" acted)
        broker = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "by" else head.head \
            if head.dep_ in SUBJ else None
        if broker is not None and broker.lemma_.lower() in BROKERING:
            continue  # "talks mediated by Qatar", "Qatar hosted the talks": the go-between, no side
        if start < token.i and found.actors[key].type in types and key not in acting:
            named.setdefault(key, []).append(start)
    if len([k for k in named if not k.startswith("group/")]) >= 2:  # named sides before generic "gunmen"
        named = {k: v for k, v in named.items() if not k.startswith("group/")}
    if len(named) < 2:
        return []
    recent = _states_said_before(token, found, acting) if types == ("STATE",) else ()
    if len(recent) == 2 and all(k in named for k in recent):
        return list(recent)  # "Pakistani officials said ... in Iran, a charge Tehran denies. The two neighbours traded
        # strikes": the two states the sentence before named, however often others were before (sides, groups
        # and leaders go by how often they were named)
    first, second = sorted(named, key=lambda k: (len(named[k]), max(named[k])), reverse=True)[:2]
    people = [start for start, _end, key in found.mention_spans
              if start < token.i and found.actors[key].type == "GROUP"]
    if types == ("PERSON",) and people and max(people) > max(named[first] + named[second]):
        return []  # "detained 11 workers ... release the men": the people named last, no two leaders
    return sorted([first, second], key=lambda k: min(named[k]))


def _states_said_before(token: Token, found, acting: set) -> tuple[str, ...]:
    """The states (none of ``acting``) named from the start of the sentence before ``token``'s up to
    it, where its own sentence names none of them before it."""
    sent = token.sent
    before = token.doc[sent.start - 1].sent.start if sent.start else sent.start
    said = unique(key for start, _end, key in sorted(found.mention_spans) if before <= start < token.i
                  and found.actors[key].type == "STATE" and key not in acting)
    again = {key for start, _end, key in found.mention_spans if sent.start <= start < token.i}
    return () if again & set(said) else said


def _met_before(token: Token, found, types) -> list[str]:
    """The two actors of ``types`` the clause before names, its subject and one it acts with or on,
    where "the two men" is the subject of a verb joined to it: "A spoke to B by phone, and the two men
    agreed to ..." -> A and B (who were only one side each of the talks just told)."""
    if token.dep_ not in SUBJ or token.head.dep_ != "conj":
        return []
    first = token.head.head
    words = [c for c in first.children if c.dep_ in SUBJ | set(OBJ)]
    words += [o for _p, o in prep_objects(first, {"to", "with"})]
    words += [a for w in words if not found.at(w) for a in w.children if a.dep_ == APPOS]  # ("with his counterpart, X")
    keys = unique(k for w in words for x in listed(w) if (k := found.at(x)) and found.actors[k].type in types)
    return list(keys) if len(keys) == 2 else []


def own_side(keys, found) -> set[str]:
    """The actors ``keys`` name and those on their side by being one: each state's army named
    in the document and each army's state ("the Indian army fired at sites in Pakistan that it
    said were camps": "it", India, is no target of its own army).

    >>> from types import SimpleNamespace as NS
    >>> f = NS(actors={"state/IND": NS(type="STATE", country=None), "mil/IND/army": NS(type="MILITARY",
    ...     country="state/IND")})
    >>> sorted(own_side(["mil/IND/army"], f)), sorted(own_side(["state/IND"], f))
    (['mil/IND/army', 'state/IND'], ['mil/IND/army', 'state/IND'])
    """
    side = set(keys)
    side |= {a.country for a in map(found.actors.get, keys) if a is not None and a.type == "MILITARY" and a.country}
    return side | {k for k, a in found.actors.items() if a.type == "MILITARY" and a.country in side}
