"""A region's own bodies: its government ("the Oromia regional government", "the Plateau State
government", "the provincial government" after it) and its police ("the Khyber Pakhtunkhwa
police"), GOVERNMENT actors of the region's country, neither the region nor the state.

>>> regional_government_key("place/oromia")
'gov/oromia/regional-government'
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.names import rekey
from graphbuild.actors.placenames import new_place
from graphbuild.actors.tables import DATA_DIR, read_codes
from graphbuild.model import Actor

if TYPE_CHECKING:
    from graphbuild.actors.resolve import DocActors

#: Words between a region's name and "government" that make it the region's own: "the Oromia regional
#: government", "the Plateau State government", "the Sulu provincial government".
REGIONAL = frozenset({"regional", "provincial", "state", "local", "county", "district"})
#: The noun after a region's name that its government's adjective stands for: "Zamfara state" ... "the
#: state government", "Sindh province" ... "the provincial government".
REGION_NOUNS = {"state": "state", "provincial": "province", "regional": "region", "county": "county"}
#: What a region's government is called.
GOVERNING = frozenset({"government", "administration"})


def regional_government_key(place: str) -> str:
    """The key of the government of the region keyed ``place``.

    >>> regional_government_key("place/oromia")
    'gov/oromia/regional-government'
    """
    return f"gov/{place.split('/', 1)[1]}/regional-government"


def regional_government(place: Actor, label: str) -> Actor:
    """The GOVERNMENT actor of the region ``place``, in the region's country, labelled ``label``.

    >>> regional_government(Actor("place/oromia", "Oromia", "LOCATION", country="state/ETH"),
    ...                     "Oromia regional government").key
    'gov/oromia/regional-government'
    """
    return Actor(key=regional_government_key(place.key), label=label, type="GOVERNMENT", country=place.country)


def regional_police_force(place: Actor, label: str) -> Actor:
    """The region ``place``'s own police, a GOVERNMENT actor of the region's country, labelled ``label``.

    >>> regional_police_force(Actor("place/sindh", "Sindh", "LOCATION", country="state/PAK"), "Sindh police").key
    'gov/sindh/police'
    """
    return Actor(key=f"gov/{place.key.split('/', 1)[1]}/police", label=label, type="GOVERNMENT", country=place.country)


def regional_governments(doc: Doc, found: DocActors) -> None:
    """ "The Oromia regional government", "the Plateau State government": a region's own
    government, a GOVERNMENT actor of the region's country (not the region, nor the state).

    >>> regional_governments.__name__  # needs a parsed Doc; see tests/actors/test_placenames.py
    'regional_governments'
    """
    for start, end, key in sorted(found.mention_spans):
        place = found.actors[key]
        words = [t.lower_ for t in doc[end:end + 2]]
        own = place.type == "LOCATION" and place.region and place.country
        n = 2 if len(words) == 2 and words[0] in REGIONAL and words[1] in GOVERNING else \
            1 if words and words[0] in GOVERNING and (doc[end - 1].lower_ == "state" or own) else 0
        if not n and own and len(words) == 2 and doc[end].tag_ == "POS" and words[1] in GOVERNING:
            label = f"{doc[start:end].text} {words[1]}"  # "Khyber Pakhtunkhwa's government": the region's own
            found.replace(doc[start:end + 2], regional_government(place, label), "body")
            continue
        # ("the Manipur government": a region's, where the region is one of a country's)
        if n and end + n < len(doc) and doc[end + n].lower_ == "area":
            continue  # "the Tangaza local government area": a place (Nigeria's districts), not a government
        if n:
            place = _as_region(doc[start:end], place, found)  # ("Amhara regional government": no one's name)
        if n and place.type == "LOCATION":
            label = f"{doc[start:end].text} {doc[end:end + n].text.lower()}"
            found.replace(doc[start:end + n], regional_government(place, label), "body")


def _as_region(span, actor: Actor, found: DocActors) -> Actor:
    """The place a name before a region's body word is: a one-word name NER alone took for a
    person is a region of that name ("the Amhara regional government")."""
    if actor.type == "PERSON" and len(span) == 1 and found.ner_only(actor.key):
        return new_place(span.text, region=True)
    return actor


#: Words that name a police force after a region's name: "the Khyber Pakhtunkhwa police", "Sokoto
#: State Police Command" (and what may follow "police" in its name).
POLICE_WORDS = frozenset({"police"})
POLICE_NAMES = frozenset({"command", "force", "service"})


@functools.lru_cache(maxsize=1)
def regional_police_states() -> frozenset[str]:
    """ISO3 codes of the states whose police are their regions' own forces (``data/regional_police.txt``);
    elsewhere "the Benue police" is a command of the state's one police.

    >>> "PAK" in regional_police_states(), "NGA" in regional_police_states()
    (True, False)
    """
    return read_codes(DATA_DIR / "regional_police.txt")


def regional_police(doc: Doc, found: DocActors) -> None:
    """ "The Khyber Pakhtunkhwa police", "the Sinaloa state police": a region's own police, a GOVERNMENT
    actor of the region's country, not the state's police nor the region, where the state's police
    are its regions' forces (:func:`regional_police_states`). A city's police ("the Lahore police")
    stay the state's: news so names the state's police in that city.

    >>> regional_police.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'regional_police'
    """
    regional = regional_police_states()
    for start, end, key in sorted(found.mention_spans):
        word = end + int(end < len(doc) and doc[end].lower_ in REGIONAL)  # ("the Sinaloa state police")
        if word >= len(doc) or doc[word].lower_ not in POLICE_WORDS or any(
                t.i in found.token_actor for t in doc[end:word + 1]) or doc[word].dep_ == "compound" and (
                doc[word].head.lower_ not in POLICE_NAMES):
            continue  # ("the Punjab police chief", "Punjab police stations": not the police)
        place = _as_region(doc[start:end], found.actors[key], found)
        if place.type != "LOCATION" or not place.region or (place.country or "/").split("/")[1] not in regional:
            continue
        last = word + int(doc[word].head.i == word + 1 and doc[word + 1].lower_ in POLICE_NAMES)  # ("Police Service")
        police = regional_police_force(place, f"{doc[start:end].text} {doc[end:word + 1].text.lower()}")
        found.replace(doc[start:last + 1], police, "body")


def regional_government_again(doc: Doc, found: DocActors) -> None:
    """ "the provincial government" after "the Khyber Pakhtunkhwa provincial government": the one
    regional government the text has named before it (none when it named two or none).

    >>> regional_government_again.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'regional_government_again'
    """
    for t in doc:
        words = [c for c in t.children if c.dep_ in ("amod", "compound") and c.lower_ in REGIONAL and c.i == t.i - 1]
        if t.lower_ not in GOVERNING or not words or t.i in found.token_actor or words[0].i in found.token_actor \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            continue
        named = {k for s, _e, k in found.mention_spans if s < t.i and k.endswith("/regional-government")}
        of = next((o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj" and found.at(o)), None)
        region = found.actor(of) if of is not None else None
        if region is not None and region.type == "LOCATION" and region.region and region.country:
            # "the provincial government of Khyber Pakhtunkhwa": that region's
            found.replace(doc[words[0].i:of.i + 1], regional_government(region, f"{region.label} government"), "body")
            continue
        if not named:  # "in Zamfara state ... the state government": the one region named so before it
            regions = {k for s, e, k in found.mention_spans if s < t.i and found.actors[k].type == "LOCATION"
                       and REGION_NOUNS.get(words[0].lower_) in (doc[e - 1].lower_, doc[min(e, len(doc) - 1)].lower_)}
            if len(regions) == 1:
                place = found.actors[next(iter(regions))]
                name = place.label.rsplit(" ", 1)[0] if place.label.lower().endswith(
                    " " + REGION_NOUNS[words[0].lower_]) else place.label  # ("Kurdistan Region": Kurdistan)
                found.add(doc[words[0].i:t.i + 1],
                          regional_government(place, f"{name} {words[0].lower_} {t.lower_}"), "coref")
            continue
        if len(named) == 1:
            found.add(doc[words[0].i:t.i + 1], found.actors[named.pop()], "coref")


def regional_police_again(found: DocActors, gaz: Gazetteer) -> None:
    """Where a story names one region's own police, as a name NER read whole ("Manipur Police said")
    or as a region and a police word, that force is the region's police, and the state's police read
    from a bare word ("police fired tear gas", "the state police") are that one force.

    >>> regional_police_again.__name__  # needs resolved actors; see tests/actors/test_resolve.py
    'regional_police_again'
    """
    regional = regional_police_states()
    regions = {a.label.lower(): a for a in found.actors.values() if a.type == "LOCATION" and a.region
               and (a.country or "/").split("/")[1] in regional}
    for key, actor in list(found.actors.items()):
        words = actor.label.split()
        place = regions.get(" ".join(words[:-1]).lower()) if key.startswith("org/") and len(words) > 1 \
            and words[-1].lower() == "police" else None
        if place is not None:  # "Manipur Police": the region's police, not an organisation of its own
            police = regional_police_force(place, actor.label)
            found.actors.setdefault(police.key, police)
            rekey(found, key, police.key)
    own = [a for k, a in found.actors.items() if k.startswith("gov/") and k.endswith("/police")
           and a.country and k != f"gov/{a.country.split('/')[1]}/police"]
    if len(own) != 1:
        return
    state = found.actors.get(own[0].country) or gaz.actor(own[0].country)
    generic = gaz.body(state, "police") if state is not None else None
    if generic is not None and generic.key in found.actors:
        rekey(found, generic.key, own[0].key)
