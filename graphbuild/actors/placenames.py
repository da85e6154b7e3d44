"""Places a text names that NER or the gazetteer read only in part.

:func:`place_actor` geocodes a name offline (:mod:`graphbuild.actors.places`), in the context of
the countries a document names (:func:`country_context`); the finders
below add what the entity pass leaves: names coordinated with a place ("Homs, Idlib and
Aleppo"), regions named with a region word ("Cabo Delgado province", "north Syria"), proper
nouns NER missed, names with a link word ("Rio Grande do Sul"), and one reading per name ("Wad
al-Noura" stormed is the Wad al-Noura attacked). The words around a name that make it a place
whatever NER says ("west of Goma", "seized Goma", "control of Goma") are here too.

>>> place_actor("Homs", ["SYR"]).country
'state/SYR'
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.kinds import org_heads
from graphbuild.actors.places import geocode
from graphbuild.actors.plurals import first_conjunct
from graphbuild.actors.tables import slug
from graphbuild.model import Actor
from graphbuild.nlp.components import GAZETTEER_KEY

if TYPE_CHECKING:
    from graphbuild.actors.resolve import DocActors

#: Words after a name that make it a place's ("the Kalbajar district", "the Sambisa forest").
PLACE_HINTS = frozenset({"province", "governorate", "region", "district", "city", "town", "village", "valley", "port",
                         "area", "forest", "mountains", "desert", "division", "county", "municipality", "prefecture"})
#: Nouns of administrative areas written after their names: "the Mayo-Tsanaga department" (a district,
#: province or region so named is read whole by :func:`regions`).
AREA_NOUNS = frozenset({"department", "prefecture", "municipality", "commune", "oblast"})
#: Titles of those who govern or represent a place, written between its name and theirs: "Cali Mayor X",
#: "Garissa Township legislator Y".
GOVERNORS = frozenset({"governor", "mayor", "legislator", "lawmaker", "mp", "senator", "commissioner"})


def named_as_place(span: Span) -> bool:
    """Whether a name follows "the town of", "the province of" ..., or comes before the title of
    who governs it and that one's name ("Valle del Cauca Governor X"): it is a place.

    >>> named_as_place.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'named_as_place'
    """
    doc = span.doc
    areas = PLACE_HINTS | AREA_NOUNS
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and (
            doc[span.start - 2].lower_ in areas or doc[span.start - 2].lemma_.lower() in areas):
        return True  # ("the villages of Kwall", "the commune of Karimama")
    after = doc[span.end:span.end + 2]
    if len(after) == 2 and after[0].lower_ in GOVERNORS and after[1].pos_ == "PROPN":
        return True
    first = first_conjunct(span.root)  # "the villages of Kwall and Miango": both
    return first.i < span.start and first.dep_ == "pobj" and first.head.lower_ == "of" \
        and first.head.head.lemma_.lower() in areas


#: The last words of the names of land and water ("the W National Park", "the Sambisa Forest").
FEATURE_HEADS = frozenset({"park", "forest", "mountains", "hills", "valley", "desert", "river", "lake", "plateau",
                           "swamp", "marshes", "islands"})
#: Words before "Reserve" that make it land ("the Niassa Special Reserve"; the "Federal Reserve" is a bank).
RESERVE_KINDS = frozenset({"national", "game", "nature", "special", "forest", "wildlife", "hunting"})


def feature_named(span: Span) -> bool:
    """Whether a name of several words ends in the word of a park, forest, river or mountain range, as
    written in names ("the W National Park", "the Nuba Mountains", "the Niassa Special Reserve"): a
    place, whatever NER took it for.

    >>> import spacy
    >>> doc = spacy.blank("en")("near the W National Park and the Federal Reserve")
    >>> feature_named(doc[2:5]), feature_named(doc[7:9])
    (True, False)
    """
    last = span[-1]
    if len(span) < 2 or not last.is_title:
        return False
    return last.lower_ in FEATURE_HEADS or last.lower_ == "reserve" and span[-2].lower_ in RESERVE_KINDS


def area_named(span: Span) -> bool:
    """Whether a name comes before the lower-case noun of an area ("in the Mayo-Tsanaga department"):
    an area, whatever NER took the name for (not "the East region", named with its noun).

    >>> area_named.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'area_named'
    """
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.is_lower and after.lower_ in AREA_NOUNS and span.text.lower() not in DIRECTIONS


#: Agreements and meetings a place before them says where they were made ("the Pretoria agreement",
#: "the Doha talks"): the place, not its state, and nothing about whose story it is.
MEETINGS = frozenset({"agreement", "accord", "deal", "treaty", "talks", "process", "summit", "conference",
                      "declaration", "protocol", "framework", "format", "communique"})
#: Words of direction before a name that make a region ("northern Aleppo").
DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                        "northwest", "northeast", "southwest", "southeast", "northwestern", "northeastern",
                        "southwestern", "southeastern", "central"})
#: Prepositions that put something in a place, never in a person.
WITHIN = frozenset({"in", "near", "around", "outside", "inside", "across", "into", "throughout"})
#: Directions whose "of" object is a place: "west of Goma", "north-east of Kidal".
COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                     "north-east", "north-west", "south-east", "south-west", "northwards", "southwards"})
#: Nouns whose "of" object a known place is, not a person: "control of Goma", "the fall of Kidal".
HELD = frozenset({"control", "capture", "fall", "siege", "outskirts", "recapture", "liberation", "encirclement"})
#: Verbs of moving whose "on", "to" or "towards" object is a place, not a person ("advanced on Goma").
MOVING = frozenset({"advance", "march", "converge", "close", "descend", "move", "push", "flee", "retreat", "head",
                    "return", "travel", "withdraw", "drive", "press", "bear"})
#: Verbs that send forces somewhere, and the forces they send: "sent reinforcements to X" (a place).
SENDING = frozenset({"send", "deploy", "dispatch", "rush", "redeploy"})
SENT_FORCES = frozenset({"reinforcement", "troop", "soldier", "force", "unit", "police", "officer", "personnel"})
#: Buildings and streets: what stands "in" a place ("homes in X"), never in a person.
BUILT = frozenset({"home", "house", "street", "building", "neighbourhood", "neighborhood", "school", "market",
                   "shop", "hospital", "clinic", "mosque", "church"})


def place_phrase(token) -> bool:
    """Whether ``token`` is named where only a place can be: where forces are sent ("sent
    reinforcements to X", "deployed troops to X"), where buildings stand ("shells hit homes in X").

    >>> place_phrase.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'place_phrase'
    """
    prep = token.head
    if token.dep_ != "pobj":
        return False
    if prep.lower_ in ("in", "near", "around") and prep.head.lemma_.lower() in BUILT and prep.head.pos_ == "NOUN":
        return True
    if prep.lower_ not in ("to", "into", "towards", "toward"):
        return False
    verb = prep.head if prep.head.pos_ == "VERB" else prep.head.head
    return verb.lemma_.lower() in SENDING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in SENT_FORCES for c in verb.children)


#: Parts of a place: "large parts of Rutshuru" (and, for ground seized, "seized most of Masisi").
PARTS = frozenset({"part", "area", "swathe", "swath", "outskirts", "much", "most", "half"})
#: Kinds of area that a listed name is one of: "Rutshuru and Masisi territories".
AREAS = frozenset({"territory", "province", "district", "region", "state", "county", "governorate", "town", "village"})
#: Verbs of taking or holding ground: what they act on is a place, whatever NER says ("the rebels seized Goma",
#: "troops patrolled Yala").
GROUND = frozenset({"seize", "capture", "take", "overrun", "retake", "recapture", "besiege", "encircle", "storm",
                    "enter", "occupy", "shell", "bomb", "patrol"})
#: Of them, those no person undergoes: what they act on is a place even when no gazetteer knows it.
ONLY_PLACES = frozenset({"overrun", "retake", "recapture", "besiege", "encircle", "storm", "occupy", "shell", "bomb",
                         "patrol"})


def country_context(doc: Doc, gaz: Gazetteer) -> list[str]:
    """ISO3 codes of the countries a document names, most mentioned first (geocoding context).

    >>> country_context.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'country_context'
    """
    counts: dict[str, int] = {}
    first: dict[str, int] = {}  # (a tie goes to the country named first)
    for span in doc.spans.get(GAZETTEER_KEY, []):
        if span.id_.startswith("state/"):
            iso = span.id_.split("/", 1)[1]
            counts[iso] = counts.get(iso, 0) + 1
            first[iso] = min(first.get(iso, span.start), span.start)
    for t in doc:
        a = gaz.demonym(t.text) if t.pos_ in ("ADJ", "PROPN") else None
        if a and a.key.startswith("state/"):
            iso = a.key.split("/", 1)[1]
            counts[iso] = counts.get(iso, 0) + 1
            first[iso] = min(first.get(iso, t.i), t.i)
    return sorted(counts, key=lambda k: (-counts[k], first[k], k))


def place_actor(name: str, context: list[str]) -> Actor | None:
    """A LOCATION actor for a place name, geocoded offline; None when it is not a known place.

    >>> place_actor("Homs", ["SYR"]).country
    'state/SYR'
    """
    place = geocode(name, context)
    if place is None:
        return None
    if name.isupper() and place.name.isupper():  # "GAZA CITY -" in a dateline: named as places are
        place = replace(place, name=place.canonical or name.title())
    return Actor(key=place.key, label=place.name, type="LOCATION",
                 country=f"state/{place.country}" if place.country else None,
                 lat=place.lat, lon=place.lon, region=place.region)


def new_place(name: str, region: bool = False) -> Actor:
    """A place the gazetteers do not know, by the name the text gives it (a region, with ``region``).

    >>> new_place("Wad al-Noura").key
    'place/wad-al-noura'
    """
    return Actor(key=f"place/{slug(name)}", label=name, type="LOCATION", region=region)


def name_span(token: Token) -> Span:
    """A proper name with the words bound to it on the left: "Al-Bab", "New York"."""
    start = token.i
    for left in sorted(token.lefts, key=lambda t: -t.i):
        if left.i == start - 1 and (left.dep_ in ("compound", "nmod") and left.pos_ == "PROPN"
                                    or left.dep_ == "punct" and left.text == "-"):
            start = left.i
    return token.doc[start:token.i + 1]


def coordinated_places(doc: Doc, found: DocActors, context: list[str]) -> None:
    """Names coordinated with a place are places too: "Homs, Idlib and Aleppo" (whatever NER said)."""
    for t in doc:
        person = found.actor(t) if t.i in found.token_actor else None
        if t.pos_ != "PROPN" or not t.conjuncts or person is not None and not (
                person.type == "PERSON" and found.ner_only(person.key)):
            continue  # (a name NER alone took for a person may be a place: "the Amhara and Afar regions")
        if not any(found.actor(c) is not None and found.actor(c).type == "LOCATION"
                   or c.ent_type_ in ("GPE", "LOC") and not found.at(c) for c in t.conjuncts):
            continue
        span = name_span(t)
        place = place_actor(span.text, context)
        if place is None and t.head.lemma_.lower() in PLACE_HINTS and t.head.tag_ == "NNS":
            # "the Amhara and Afar regions": a region the gazetteers do not know
            place = new_place(span.text, region=True)
        if place is not None:
            found.replace(span, place, "ner")


def regions(doc: Doc, found: DocActors, context: list[str]) -> None:
    """ "Aleppo province", "north Syria": a region named from a place or country and a region word."""
    for t in doc:
        if t.lower_ in PLACE_HINTS and t.pos_ == "NOUN":
            lefts = [c for c in t.lefts if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN"]
            if t.i > 2 and (doc[t.i - 2].lower_, doc[t.i - 1].lower_) == ("local", "government") \
                    and doc[t.i - 3].pos_ == "PROPN" and not found.at(doc[t.i - 3]):
                lefts = [doc[t.i - 3]]  # "Guma local government area", Nigeria's districts
            if t.lower_ in SETTLEMENTS and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                    o.dep_ == "pobj" and o.pos_ == "PROPN" and not (found.actor(o) and found.actor(o).type == "STATE")
                    for o in c.children) for c in t.children):  # (a state after "of" is where it lies)
                lefts = []  # "the Meitei village of Lamtai Khunou": the name comes after, the word before says whose
            if lefts:  # the whole name: "Cabo Delgado province", not "Delgado province"
                start = min(x.i for c in lefts for x in c.subtree if x.pos_ == "PROPN" and x.dep_ == "compound"
                            or x.i == c.i)
                span = doc[start:t.i + 1]
                place = place_actor(span.text, context)
                whole = found.at(t) is not None and found.actor(t).type != "LOCATION" and found.ner_only(found.at(t))
                if place is None and (whole or not any(found.at(c) for c in lefts)):  # a region the gazetteers do not
                    place = new_place(span.text, region=True)  # know (NER's "Anglophone North-West region" too)
                if place is not None:
                    found.replace(span, place, "ner")
        elif t.lower_ in DIRECTIONS and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" \
                and not (doc[t.i + 1].dep_ == "compound" and doc[t.i + 1].head.pos_ == "PROPN"):
            # (not "northern Cabo" of "northern Cabo Delgado")
            span = doc[t.i:t.i + 2]
            if _where_in_country(t, found):
                continue  # "Myanmar's western Rakhine state": the state, the direction says where it lies
            place = place_actor(span.text, context)
            longer = any(s <= span.start and e >= span.end and e - s > 2 for s, e, _k in found.mention_spans)
            if place is not None and place.region and not longer:  # not inside "West Darfur State"
                found.replace(span, place, "ner")


def _where_in_country(direction: Token, found: DocActors) -> bool:
    """Whether a direction after a country's possessive says where a named subdivision lies in it:
    "Pakistan's northwestern Kurram district" is the district, "northern Kurram" a part of it."""
    doc = direction.doc
    owner = found.actor(doc[direction.i - 2]) if direction.i > 1 and doc[direction.i - 1].tag_ == "POS" else None
    after = doc[direction.i + 2] if direction.i + 2 < len(doc) else None
    return owner is not None and owner.type == "STATE" and after is not None \
        and after.lower_ in PLACE_HINTS | SUBDIVISIONS


#: Words for a place people live in, named after "of": "the Meitei village of X", "the Christian town of Y".
SETTLEMENTS = frozenset({"village", "town", "city", "hamlet"})


#: Words for a country's subdivisions that also mean other things ("the state", "the department").
SUBDIVISIONS = frozenset({"state", "department", "territory"})


#: Lower-case words inside place names: "Rio Grande do Sul", "Mazar-i-Sharif", "Bosnia and Herzegovina".
NAME_LINKS = frozenset({"do", "da", "de", "del", "dos", "das", "di", "du", "des", "la", "el"})


def _joined_name(tail: Span, found: DocActors, context: list[str]):
    """The place a name found before ``tail`` and ``tail`` name together ("Rio Grande" + "do Sul"):
    (the whole span, the place), or None."""
    doc = tail.doc
    link = tail.start - 1
    if link < 1 or doc[link].lower_ not in NAME_LINKS:
        return None
    before = [s for s, e, _k in found.mention_spans if e == link]
    start = link
    while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
        start -= 1  # ("Mocimboa da Praia": a name no reading has taken yet)
    if not before and start == link:
        return None
    span = doc[(before[0] if before else start):tail.end]
    place = place_actor(span.text, context)
    return (span, place) if place is not None else None


def one_reading_of_a_place(doc: Doc, found: DocActors) -> None:
    """A name read once as a place is that place wherever NER took it for a person ("stormed Wad
    al-Noura" ... "an attack on Wad al-Noura")."""
    places = {found.actors[k].label: found.actors[k] for _s, _e, k in found.mention_spans
              if found.actors[k].type == "LOCATION"}
    for start, end, key in sorted(found.mention_spans):
        actor = found.actors[key]
        if actor.type == "PERSON" and actor.label in places and doc[start:end].text == actor.label:
            found.replace(doc[start:end], places[actor.label], "ner")


def proper_places(doc: Doc, found: DocActors, context: list[str]) -> None:
    """Proper nouns NER missed that the gazetteer knows as places ("the shelling of Donetsk")."""
    for t in doc:
        if t.pos_ != "PROPN" or t.i in found.token_actor or t.ent_type_ in ("PERSON", "ORG"):
            continue
        if t.dep_ == "compound" and t.head.pos_ == "PROPN" or t.dep_ == "nmod" and t.head.i == t.i + 1 \
                and t.head.pos_ == "PROPN":
            continue  # only the last word of a name ("Khyber Pakhtunkhwa", its first word an nmod)
        span = name_span(t)
        if any(x.i in found.token_actor for x in span) or span.start > 0 and doc[span.start - 1].lower_ in NAME_LINKS:
            joined = _joined_name(span, found, context)
            if joined is not None:  # "Rio Grande do Sul": one name, not "Rio Grande" and a "Sul"
                found.replace(joined[0], joined[1], "gazetteer")
            continue  # the tail of a longer name is no place of its own
        place = place_actor(span.text, context)
        if place is None and _after_place_word(span[0]):
            place = new_place(span.text)  # "the villages of Hurti and Mushu": places, whatever the gazetteers know
        if place is not None:
            found.add(span, place, "gazetteer")


#: Nouns an apposition uses to say a name is a settlement or an area: "Ngala, a town in Borno".
SETTLEMENTS = frozenset({"town", "village", "city", "capital", "port", "district", "province", "region",
                         "settlement", "hamlet"})


def described_places(doc: Doc, found: DocActors, context: list[str]) -> None:
    """A name described in apposition as a town, a village or a region is that place, whatever NER
    took it for: "Ngala, a village in Borno", "Khar, Bajaur's main town" (a place the gazetteers
    know in a state the story is not about is a namesake: the place is the text's own).

    >>> described_places.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'described_places'
    """
    for t in doc:
        if t.dep_ != "appos" or t.lemma_.lower() not in SETTLEMENTS or t.pos_ != "NOUN" or t.head.pos_ != "PROPN" \
                or t.i < t.head.i:
            continue
        owners = [c for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"]  # ("Bajaur's main town")
        for span in (name_span(t.head), *(name_span(c) for c in owners)):
            taken = {found.token_actor.get(x.i) for x in span} - {None}
            key = taken.pop() if len(taken) == 1 else None
            misread = key is not None and (key.startswith(("person/", "org/")) and found.ner_only(key)
                                           or key.startswith("place/") and _elsewhere(found.actors[key], context))
            if taken or key is not None and not misread:
                continue  # (a place, a state or an actor a gazetteer or a rule named)
            _read_as_place(span, found, context, "apposition")


#: Adjectives that say a name is a place near another: "Dhiban and neighbouring al-Shuhail".
NEIGHBOURING = frozenset({"neighbouring", "neighboring", "nearby"})


def neighbouring_places(doc: Doc, found: DocActors, context: list[str]) -> None:
    """A name NER took for a person or an organisation, after "neighbouring" or "nearby", is a place:
    "clashes in Dhiban and neighbouring al-Shuhail".

    >>> neighbouring_places.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'neighbouring_places'
    """
    for t in doc:
        if t.lower_ not in NEIGHBOURING or t.dep_ not in ("amod", "compound") or t.head.pos_ != "PROPN":
            continue
        span = name_span(t.head)
        if span.start != t.i + 1:
            continue  # (the name right after the word: "neighbouring al-Shuhail")
        taken = {found.token_actor.get(x.i) for x in span} - {None}
        key = taken.pop() if len(taken) == 1 else None
        if taken or key is None or not key.startswith(("person/", "org/")) or not found.ner_only(key):
            continue  # (nothing read there, or a place, state or actor a gazetteer or a rule named)
        _read_as_place(span, found, context, "neighbouring")


def _read_as_place(span, found: DocActors, context: list[str], how: str) -> None:
    """Read ``span`` as the place the gazetteers know by its name, or as a new place where they know none
    or only a namesake in a state the story is not about."""
    place = place_actor(span.text, context)
    found.replace(span, new_place(span.text) if place is None or _elsewhere(place, context) else place, how)


def _elsewhere(place: Actor, context: list[str]) -> bool:
    """Whether a geocoded place lies in a state the story is not about (a namesake of the text's)."""
    return bool(context and place.country and place.country.removeprefix("state/") not in context)


def _after_place_word(token: Token) -> bool:
    """Whether a name stands after "the town of", "the villages of" (or is listed with one that does)."""
    first = first_conjunct(token)
    return first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in PLACE_HINTS \
        and first.head.head.pos_ == "NOUN"


#: Link words inside a hyphenated place name: "Croix-des-Bouquets", "Saint-Louis-du-Nord".
HYPHEN_PARTICLES = frozenset({"de", "des", "du", "la", "le", "les", "au", "aux", "en", "sur", "sous", "lès"})


def hyphen_joined(span: Span) -> tuple[Span, bool]:
    """The whole hyphenated name ``span`` is part of, and whether a link word makes it a place's:
    NER reads "Croix" of "Croix-des-Bouquets" as a person, "Saint-Louis" of "Saint-Louis-du-Nord".

    >>> import spacy
    >>> doc = spacy.blank("en")("Gangs entered Croix-des-Bouquets on Sunday")
    >>> whole, place = hyphen_joined(doc[2:3])
    >>> whole.text, place
    ('Croix-des-Bouquets', True)
    >>> doc = spacy.blank("en")("They met F.W. de Klerk")
    >>> hyphen_joined(doc[2:5])[1]
    False
    """
    doc, start, end = span.doc, span.start, span.end
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and (doc[end + 1].is_title or doc[end + 1].lower_ in HYPHEN_PARTICLES):
        end += 2
    while end > span.end and doc[end - 1].lower_ in HYPHEN_PARTICLES:
        end -= 2  # a name ends in a name, not in a link word
    while start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].lower_ in HYPHEN_PARTICLES and start > 3 \
            and doc[start - 3].text == "-" and doc[start - 4].is_title:
        start -= 4
    whole = doc[start:end]
    return whole, any(t.lower_ in HYPHEN_PARTICLES and 0 < t.i < len(doc) - 1 and doc[t.i - 1].text == "-"
                      and doc[t.i + 1].text == "-" for t in whole)  # (not the "de" of "F.W. de Klerk")


def joined_places(doc: Doc, context: list[str]) -> list[Span]:
    """``doc.ents``, with names NER split that together are a known place joined into one ("Dera" and
    "Ismail Khan" are Dera Ismail Khan).

    >>> joined_places.__name__  # needs NER spans; see tests/actors/test_resolve.py
    'joined_places'
    """
    ents, out = list(doc.ents), []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        lo = ent.start
        while lo > max(ent.sent.start, ent.start - 2) and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].ent_iob_ == "O":
            lo -= 1  # ("Dera" left untagged before "Ismail Khan")
        if lo < ent.start and ent.label_ in ("GPE", "LOC", "PERSON") and place_actor(doc[lo:ent.end].text, context):
            ent = Span(doc, lo, ent.end, label="GPE")
        if nxt is not None and nxt.start == ent.end and ent.label_ in ("GPE", "LOC", "PERSON") \
                and place_actor(doc[ent.start:nxt.end].text, context) is not None:
            out.append(Span(doc, ent.start, nxt.end, label="GPE"))
            i += 2
            continue
        out.extend(split_places(ent, context))
        i += 1
    return out


def split_places(ent: Span, context: list[str]) -> list[Span]:
    """Two known places NER read as one name ("Kharkiv and Odesa" tagged an organisation in a
    headline), or two names of no organisation put in a place ("Tse-Gbaa and Udei in Guma"): each
    its own place; any other name as it was.

    >>> import spacy
    >>> doc = spacy.blank("en")("Shelling hit Kharkiv and Odesa and Bosnia and Herzegovina")
    >>> [s.text for s in split_places(Span(doc, 2, 5, label="ORG"), ["UKR"])]
    ['Kharkiv', 'Odesa']
    >>> [s.text for s in split_places(Span(doc, 6, 9, label="GPE"), [])]
    ['Bosnia and Herzegovina']
    """
    inner = _place_in_place(ent, context)
    if inner:
        return inner
    joint = next((t.i for t in ent[1:-1] if t.lower_ == "and"), None)
    if joint is None or ent.label_ not in ("GPE", "LOC", "ORG", "PERSON") \
            or place_actor(ent.text, context) is not None:  # "Bosnia and Herzegovina" is one
        return [ent]
    doc = ent.doc
    parts = [doc[ent.start:joint], doc[joint + 1:ent.end]]
    placed = (ent.end + 1 < len(doc) and doc[ent.end].lower_ == "in" and doc[ent.end + 1].is_title  # ("struck
              or ent.start > 0 and doc[ent.start - 1].lower_ == "between"  # Tse-Gbaa and Udei in Guma", "between
              or _after_place_word(ent.root) and ent.root.head.head.tag_ == "NNS") \
        and all(len(p) <= 3 and all(t.is_title or t.text == "-" for t in p)  # X and Y", "the villages of X and Y":
                and not any(t.lower_ in org_heads() for t in p) for p in parts)  # two places somewhere)
    if not placed and not all(place_actor(part.text, context) is not None for part in parts):
        return [ent]
    return [Span(doc, part.start, part.end, label="GPE") for part in parts]


def _place_in_place(ent: Span, context: list[str]) -> list[Span]:
    """ "X in Y" read as one name, where Y is a known place or a region's name ("Tabikankandi in
    Kpendjal prefecture"): X and Y, each a place (no organisation's name: "X Front in Y" stays)."""
    doc = ent.doc
    inside = next((t.i for t in ent[1:-1] if t.lower_ == "in"), None)
    if inside is None or ent.label_ not in ("GPE", "LOC", "ORG") or inside - ent.start > 2:
        return []
    first, second = doc[ent.start:inside], doc[inside + 1:ent.end]
    if not all(t.is_title for t in (*first, *second)) or any(t.lower_ in org_heads() for t in first):
        return []
    after = doc[ent.end].lemma_.lower() if ent.end < len(doc) else ""
    if place_actor(second.text, context) is None and after not in PLACE_HINTS | AREA_NOUNS:
        return []
    return [Span(doc, first.start, first.end, label="GPE"), Span(doc, second.start, second.end, label="GPE")]


#: Plural nouns after a list of names that say what each name is (singular lemmas): "Bacho and
#: Rueso districts" are places, "the Tangkhul and Zeliang communities" are peoples.
LISTED_AS = {"district": "LOCATION", "province": "LOCATION", "region": "LOCATION", "state": "LOCATION",
             "county": "LOCATION", "territory": "LOCATION", "governorate": "LOCATION", "town": "LOCATION",
             "village": "LOCATION", "city": "LOCATION", "camp": "LOCATION", "field": "LOCATION",
             "oilfield": "LOCATION", "river": "LOCATION", "community": "GROUP"}
#: Of them, those one name before them in the singular names too: "the Irang river", "the
#: Tangkhul community" (a lone "Rueso district" is a region of its own, :func:`regions`).
LISTED_ALONE = frozenset({"camp", "field", "oilfield", "river", "community"})


def _listed_before(head: Token) -> list[Span]:
    """The names listed right before ``head``, lower-case words of its kind skipped ("the Al-Qadim
    oil fields"): "Tarsa, Lemo and Kembong districts" -> Tarsa, Lemo, Kembong."""
    doc = head.doc
    end = head.i
    while end > 0 and doc[end - 1].is_lower and doc[end - 1].dep_ == "compound" and doc[end - 1].pos_ == "NOUN":
        end -= 1  # ("oil", "displacement")
    names, start = [], end
    while start > 0:
        word = doc[start - 1]
        if word.text in (",", "and", "or"):
            if start == end:
                break
            names.append(doc[start:end])
            end = start = start - 1
        elif word.is_title and word.pos_ == "PROPN" or word.text == "-" and start != end:
            start -= 1
        else:
            break
    if start < end:
        names.append(doc[start:end])
    return sorted(name for name in names if name and name[0].is_title)


def listed_names(doc: Doc, found: DocActors, context: list[str], gaz: Gazetteer) -> None:
    """Names listed before a noun for their kind are of that kind, whatever NER guessed: "in Tarsa
    and Kembong districts" (places), "the rival Tangkhul and Zeliang communities" (peoples), "the
    Irang river", "the Al-Qadim oil fields"; so is the same name NER alone read otherwise elsewhere
    (not where it names a group with the noun after it: "Tangkhul fighters" are fighters).

    >>> listed_names.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'listed_names'
    """
    named: dict[str, Actor] = {}
    for t in doc:
        kind = LISTED_AS.get(t.lemma_.lower())
        if kind is None or t.pos_ != "NOUN" or t.tag_ != "NNS" and t.lemma_.lower() not in LISTED_ALONE:
            continue
        for span in _listed_before(t):
            keys = {found.token_actor.get(x.i) for x in span}
            actor = found.actors.get(next(iter(keys))) if len(keys) == 1 and None not in keys else None
            if None not in keys and (actor is None or actor.type in (kind, "STATE") or not found.ner_only(actor.key)
                                     or (span.start, span.end, actor.key) not in found.mention_spans):
                continue  # a known name, or one NER read with more words around it
            new = (place_actor(span.text, context) or new_place(span.text, region=True)) if kind == "LOCATION" \
                else Actor(key=f"group/{slug(span.text)}", label=span.text, type=kind)
            found.replace(span, new, "ner")
            named[span.text] = new
    for start, end, key in sorted(found.mention_spans):
        new = named.get(doc[start:end].text)
        if new is not None and key != new.key and found.ner_only(key) and found.actors[key].type != "STATE" \
                and not (doc[end - 1].dep_ in ("compound", "amod", "nmod") and doc[end - 1].head.i >= end
                         and gaz.group(doc[end - 1].head.lower_) is not None):
            found.replace(doc[start:end], new, "ner")
