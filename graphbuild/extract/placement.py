"""Places inside places, as the text says: LOCATED_IN between a place and the region or state it names.

The gazetteer places a town in its country; a story also says which province, district or region a
place lies in, and names regions the gazetteer does not know. Read here, with the sentence as evidence:

* "X in Y" and "X, in Y": "Logo district in Benue state", "a camp near Gwoza, in Borno state";
* "the X area of Y": "the Zap area of Duhok province";
* a possessive: "Nigeria's Benue state", "Borno's Gwoza district";
* an apposition naming what the place is: "Yola, the capital of Adamawa state", "Massakory, a town
  in Hadjer-Lamis province", "Timergara, Lower Dir's main town", "Kyiv, the Ukrainian capital";
* a region's capital named so alone: "Malakal, the state capital" lies in the region the story names most.

A region named by a direction and a state ("southern Georgia") stands for the state. A state never
lies in anything here, and a place never lies in one of its own kind that is smaller than it (a
region in a town).

>>> from graphbuild.extract.placement import WITHIN
>>> "in" in WITHIN
True
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.placenames import DIRECTIONS
from graphbuild.actors.regional import REGION_NOUNS
from graphbuild.actors.places import geocode
from graphbuild.extract.affiliations import PLACE_NOUNS, evidence_of
from graphbuild.extract.syntax import AMOD, APPOS, COMPOUND, POBJ, POSS, PREP, prep_objects
from graphbuild.model import Actor, Relation

#: Prepositions after a place that name the place it lies in.
WITHIN = frozenset({"in", "inside", "within"})
#: Place nouns whose "of" names what the place is part of ("the Zap area of Duhok province"; not "the
#: city of X", which names the city).
PARTS_OF = frozenset({"area", "district", "region", "province", "county"})
#: Sites named after the place they are at: "Amdjarass airport in northeastern Chad" puts Amdjarass there.
NAMED_SITES = frozenset({"airport", "airbase", "airfield", "port", "crossing", "checkpoint"})
#: Nouns of an apposition that say what a place is, besides the place nouns ("the seat of ...").
SEATS = PLACE_NOUNS | {"seat", "hub", "hometown", "stronghold", "settlement", "hamlet"}


def place_relations(doc: Doc, found, gaz: Gazetteer, doc_id: str) -> Iterator[Relation]:
    """LOCATED_IN for each place a sentence puts inside another, in document order.

    >>> place_relations.__name__  # needs resolved actors; see tests/extract/test_placement.py
    'place_relations'
    """
    for start, end, key in sorted(found.mention_spans):
        place = found.actors[key]
        if place.type != "LOCATION":
            continue
        for word in containers(doc[start:end]):
            outer = container(word, found, gaz)
            owned = _possessed_place(word, found) if outer is not None and outer.type == "STATE" else None
            if owned is not None and owned.key != key and doc[start:end].root.dep_ != "conj":
                # "in Congo's Ituri province": Ituri, the nearest (but in "X's A and B states" B is in X)
                outer = owned
            if outer is not None and outer.key != key and _fits(place, outer):
                yield Relation(key, "LOCATED_IN", outer.key, evidence_of(word, doc_id, "stated"))
        seat = _region_seat(doc[start:end], found)
        if seat is not None and seat[1].key != key and _fits(place, seat[1]):
            yield Relation(key, "LOCATED_IN", seat[1].key, evidence_of(seat[0], doc_id, "stated"))


#: Words that make a capital a region's own: "Malakal, the state capital", "the provincial capital".
REGION_CAPITALS = frozenset({"state", "provincial", "regional", "province", "region", "district"})


def _region_seat(place: Span, found):
    """ "Malakal, the state capital" (or "the regional capital Mekelle", "In Bunia, the provincial
    capital, ..."): the capital word and the region of the place's country the story names most
    before it (the last of those named as often), when the words name no region of their own; None
    otherwise."""
    doc, end = place.doc, place.end
    nouns = [c for t in place for c in t.children if c.dep_ in (APPOS, COMPOUND) and c.lemma_.lower() == "capital"
             and not place.start <= c.i < place.end]  # (an apposition after the name, or a compound before it)
    if place.root.dep_ == APPOS and place.root.head.lemma_.lower() == "capital" and place.root.head.i < place.start:
        nouns.append(place.root.head)  # ("hold the regional capital Mekelle": the name in apposition to it)
    if end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "the" \
            and doc[end + 3].lemma_.lower() == "capital" and doc[end + 3] not in nouns:
        nouns.append(doc[end + 3])  # "In Bunia, the provincial capital, ...", however the parser hangs it
    for noun in nouns:
        words = [c for c in noun.children if c.dep_ in (AMOD, COMPOUND)] or (
            [noun.nbor(-1)] if noun.i > 0 and noun.nbor(-1).lower_ in REGION_CAPITALS else [])
        if not words or any(found.at(c) for c in words) or any(c.lower_ not in REGION_CAPITALS for c in words) \
                or list(prep_objects(noun, {"of"})):
            continue
        own = found.actor(place.root)
        regions = [(found.actors[k], doc[s:e]) for s, e, k in sorted(found.mention_spans)
                   if s < place.start and found.actors[k].type == "LOCATION" and found.actors[k].region
                   and doc[s:e].root.pos_ != "ADJ"]  # (not a people's adjective NER took for a region: "Tigrayan")
        level = {REGION_NOUNS.get(w.lower_, w.lower_) for w in words}  # "the regional capital": a "region"
        named = [(a, span[-1].lower_ in level) for a, span in regions
                 if own is None or own.country is None or a.country == own.country
                 or a.country is None and span[-1].lower_ in level]  # (a region of no known country, called so)
        if not named:
            return None
        counts = {a.key: (sum(b.key == a.key for b, _l in named), leveled, i) for i, (a, leveled) in enumerate(named)}
        return noun, found.actors[max(counts, key=counts.get)]  # the region the story names most, then one
        # called as the capital is ("Benishangul-Gumuz region" for "the regional capital"), then the last
    return None


def containers(place: Span) -> Iterator[Token]:
    """The words that name what ``place`` lies in: the object of an "in" right after it (past one
    comma), its possessive, and what an apposition to it says ("the capital of Y", "a town in Y",
    "Y's main town", "the Ruritanian capital", "the Y state capital").

    >>> import spacy
    >>> doc = spacy.blank("en")("Gwoza , in Borno")
    >>> [t.text for t in containers(doc[0:1])]  # (a blank pipeline has no parse: nothing to read)
    []
    """
    doc, head = place.doc, place.root
    while head.dep_ in (COMPOUND, "nmod") and head.head.i >= place.start \
            and head.head.lemma_.lower() in PLACE_NOUNS | NAMED_SITES:
        head = head.head  # "Logo district", "the Tangaza local government area", "Amdjarass airport in Chad"
    end = max(place.end, head.i + 1)  # ("Logo district in ...": after the place's noun)
    after = end + (end < len(doc) and doc[end].text == ",")
    if after < len(doc) and doc[after].lower_ in WITHIN and doc[after].dep_ == PREP:
        yield from (o for o in doc[after].children if o.dep_ == POBJ)
    if head.i >= place.start and head.lemma_.lower() in PARTS_OF:
        yield from (o for _p, o in prep_objects(head, {"of"}))  # "the Zap area of Duhok province"
    yield from (c for c in head.children if c.dep_ == POSS)
    lead = head
    while lead.dep_ == "conj" and lead.head.i < lead.i:
        lead = lead.head  # "Nigeria's Cross River and Taraba states": Taraba is Nigeria's too
    while lead.i != head.i and lead.dep_ in (COMPOUND, "nmod") and lead.head.lemma_.lower() in PLACE_NOUNS:
        lead = lead.head
    if lead.i != head.i:
        yield from (c for c in lead.children if c.dep_ == POSS)
    for noun in (c for c in head.children if c.dep_ == APPOS and c.lemma_.lower() in SEATS):
        of = [o for _p, o in prep_objects(noun, {"of"})]  # the nearest: "the main town of Y in Z" is in Y
        yield from of or (o for _p, o in prep_objects(noun, WITHIN))
        yield from (c for c in noun.children if c.dep_ in (POSS, AMOD, COMPOUND))  # ("the Borno state capital")
    # "the Libyan capital Tripoli", "Sudan's capital, X": the state's word before the capital
    before = place.start - 1 - (place.start > 1 and doc[place.start - 1].text == ",")
    if before >= 0 and doc[before].lemma_.lower() == "capital":
        yield from (c for c in doc[before].children if c.dep_ in (POSS, AMOD, COMPOUND) and c.i < before)


def container(word: Token, found, gaz: Gazetteer) -> Actor | None:
    """The place or state ``word`` names as a container: its actor, the place of "the province of
    Y" or "Y state" ("Y regency"), or the state of a direction's region ("northern Ruritania"; a part of a
    province, "northern Y province", is no place of its own to lie in)."""
    actor = found.actor(word)
    if actor is None and word.pos_ == "NOUN":  # "Benue state", "Intan Jaya regency", "the province of Ghor"
        named = [c for c in word.children if c.dep_ in (COMPOUND, "nmod")]
        named += [o for _p, o in prep_objects(word, {"of"})] if word.lemma_.lower() in PLACE_NOUNS else []
        named += [c for c in word.children if c.dep_ == POSS] if word.lower_ in DIRECTIONS else []
        # ("in Turkey's southeast": Turkey)
        actor = next((a for c in named if (a := found.actor(c)) is not None), None)
    if actor is not None and actor.type == "LOCATION" and actor.label.split()[0] in DIRECTIONS:  # (not "West Y")
        part = geocode(actor.label)  # (the geocoder's reading: a part of a country, or of a place)
        actor = (found.actors.get(actor.country) or gaz.actor(actor.country)) \
            if part is not None and part.kind == "country-part" and actor.country else None
    return actor if actor is not None and actor.type in ("LOCATION", "STATE") else None


def _possessed_place(word: Token, found) -> Actor | None:
    """The place a state's possessive right after its name names: "Congo's Ituri province"."""
    doc = word.doc
    end = next((e for s, e, _k in found.mention_spans if s <= word.i < e), None)
    if end is None or end >= len(doc) or doc[end].tag_ != "POS":
        return None
    place = next((found.actors[k] for s, _e, k in found.mention_spans if s == end + 1), None)
    return place if place is not None and place.type == "LOCATION" else None


def _fits(place: Actor, outer: Actor) -> bool:
    """Whether ``place`` can lie in ``outer``: not a region in a town, nor in another state's place."""
    if outer.type == "LOCATION" and place.region and not outer.region:
        return False
    return not (outer.type == "LOCATION" and place.country and outer.country and place.country != outer.country)
