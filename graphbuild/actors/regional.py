"""A region's own bodies: its government ("the Oromia regional government", "the Plateau State
government", "the provincial government" after it) and its police ("the Khyber Pakhtunkhwa
police"), GOVERNMENT actors of the region's country, neither the region nor the state.

>>> regional_government_key("place/oromia")
'gov/oromia/regional-government'
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from graphbuild.actors.placenames import new_place
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


def regional_governments(doc: Doc, found: DocActors) -> None:
    """ "The Oromia regional government", "the Plateau State government": a region's own
    government, a GOVERNMENT actor of the region's country (not the region, nor the state).

    >>> regional_governments.__name__  # needs a parsed Doc; see tests/actors/test_placenames.py
    'regional_governments'
    """
    for start, end, key in sorted(found.mention_spans):
        place = found.actors[key]
        words = [t.lower_ for t in doc[end:end + 2]]
        n = 2 if len(words) == 2 and words[0] in REGIONAL and words[1] in GOVERNING else \
            1 if words and words[0] in GOVERNING and doc[end - 1].lower_ == "state" else 0
        if n and end + n < len(doc) and doc[end + n].lower_ == "area":
            continue  # "the Tangaza local government area": a place (Nigeria's districts), not a government
        if n and place.type != "LOCATION" and found.ner_only(key) and place.type == "PERSON" and end - start == 1:
            place = new_place(doc[start:end].text, region=True)  # ("Amhara regional government": no one's name)
            key = place.key
        if n and place.type == "LOCATION":
            label = f"{doc[start:end].text} {doc[end:end + n].text.lower()}"
            found.replace(doc[start:end + n], regional_government(place, label), "body")


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
