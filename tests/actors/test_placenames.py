"""Places a text names that NER or the gazetteer read only in part (graphbuild.actors.placenames).

Each finder runs over a sentence written for it, parsed by the real pipeline, on a fresh
:class:`DocActors`, so what it adds is its own.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from graphbuild.actors.placenames import (
    coordinated_places, listed_names, new_place, one_reading_of_a_place, place_actor, proper_places, regions,
    split_places,
)
from graphbuild.actors.regional import regional_governments
from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.resolve import DocActors
from graphbuild.model import Actor


def labels(found: DocActors) -> list[tuple[str, str]]:
    """(label, type) of every mention, sorted."""
    return sorted((found.actors[k].label, found.actors[k].type) for _s, _e, k in found.mention_spans)


@pytest.mark.parametrize("name,context,key,country", [
    ("Homs", ["SYR"], "place/homs", "state/SYR"),
    ("Tripoli", ["LBN"], "place/tripoli-lb", "state/LBN"),
    ("Rio Grande do Sul", ["BRA"], "place/rio-grande-do-sul", "state/BRA"),
    ("North Kivu", [], "place/nord-kivu", "state/COD"),
])
def test_place_actor(name, context, key, country):
    actor = place_actor(name, context)
    assert (actor.key, actor.type, actor.country) == (key, "LOCATION", country)


def test_place_actor_misses_and_dateline_case():
    assert place_actor("Narnia", []) is None
    assert place_actor("Syria", []) is None  # a country is a STATE actor, not a place
    assert place_actor("ALEPPO", []).label == "Aleppo"  # a dateline's capitals, written as the place is


def test_new_place_is_named_as_written():
    assert new_place("Wad al-Noura") == Actor(key="place/wad-al-noura", label="Wad al-Noura", type="LOCATION")


def test_coordinated_names_are_places(nlp):
    doc = nlp("Jets struck Saraqib, Maarrat al-Numan and Idlib on Friday.")
    found = DocActors("t")
    coordinated_places(doc, found, ["SYR"])
    assert ("Saraqib", "LOCATION") in labels(found)


def test_regions_named_with_a_region_word(nlp):
    found = DocActors("t")
    regions(nlp("Fighting spread across the Kalbajar district."), found, [])
    assert labels(found) == [("Kalbajar district", "LOCATION")]


def test_a_name_with_a_link_word_is_one_place(nlp):
    doc = nlp("Floods hit the Brazilian state of Rio Grande do Sul.")
    found = DocActors("t")
    found.add(doc[6:8], place_actor("Rio Grande", ["BRA"]), "ner")  # what NER read: "Rio Grande"
    proper_places(doc, found, ["BRA"])
    assert labels(found) == [("Rio Grande do Sul", "LOCATION")]


def test_one_reading_of_a_name_read_once_as_a_place(nlp):
    doc = nlp("Gunmen attacked Wad al-Noura. Fighters stormed Wad al-Noura again.")
    found = DocActors("t")
    found.add(doc[2:6], Actor(key="person/wad-al-noura", label="Wad al-Noura", type="PERSON"), "ner")
    found.add(doc[9:13], new_place("Wad al-Noura"), "ner")
    one_reading_of_a_place(doc, found)
    assert labels(found) == [("Wad al-Noura", "LOCATION")] * 2


@pytest.mark.parametrize("text,expected", [
    ("Soldiers swept Lamdo and Sirati districts at dawn.", [("Lamdo", "LOCATION"), ("Sirati", "LOCATION")]),
    ("Gunmen from the Tangkhul and Zeliang communities clashed.", [("Tangkhul", "GROUP"), ("Zeliang", "GROUP")]),
    ("Rebels took the Al-Qadim oil fields.", [("Al-Qadim", "LOCATION")]),
    ("Rebels took the Al-Qadim oil field.", [("Al-Qadim", "LOCATION")]),  # a field one name is listed before
    ("Troops entered the Rueso district.", []),  # a lone district: a region of its own (regions)
    ("Shelling hit the Aleppo countryside.", []),  # no word of a kind that names a list
])
def test_names_listed_before_a_word_for_their_kind(text, expected, nlp):
    found = DocActors("t")
    listed_names(nlp(text), found, [], Gazetteer.load())
    assert labels(found) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Amhara regional government imposed a curfew.", [("Amhara regional government", "GOVERNMENT")]),
    ("The Sulu provincial administration asked for troops.", [("Sulu provincial administration", "GOVERNMENT")]),
    ("The Borno State government closed schools.", [("Borno State government", "GOVERNMENT")]),
    ("The Amhara regional police arrested him.", [("Amhara", "LOCATION")]),  # no government
    ("The Amhara government's critics were arrested.", [("Amhara", "LOCATION")]),  # not said to be the region's own
])
def test_a_region_s_own_government_is_a_government_body(text, expected, nlp):
    doc = nlp(text)
    found = DocActors("t")
    found.add(doc[1:2] if doc[2].lower_ != "state" else doc[1:3], new_place(doc[1:3].text if doc[2].lower_ == "state"
                                                                          else doc[1].text, region=True), "ner")
    regional_governments(doc, found)
    assert labels(found) == expected


def test_a_listed_people_s_name_is_theirs_elsewhere_but_not_before_a_group_word(nlp):
    doc = nlp("The Tangkhul and Zeliang communities traded blame. Police said Tangkhul had started it. "
              "Zeliang fighters fled.")
    found = DocActors("t")
    for t in doc[5:]:  # NER's guesses
        if t.text in ("Tangkhul", "Zeliang"):
            found.add(doc[t.i:t.i + 1], Actor(key=f"person/{t.lower_}", label=t.text, type="PERSON"), "ner")
    listed_names(doc, found, [], Gazetteer.load())
    assert labels(found) == [("Tangkhul", "GROUP")] * 2 + [("Zeliang", "GROUP"), ("Zeliang", "PERSON")]


@pytest.mark.parametrize("text,start,end,parts", [
    ("Missiles hit Kharkiv and Odesa overnight", 2, 5, ["Kharkiv", "Odesa"]),  # two known places
    ("Talks in Bosnia and Herzegovina stalled", 2, 5, ["Bosnia and Herzegovina"]),  # one known place
    ("Lawyers of Smith and Wesson spoke", 2, 5, ["Smith and Wesson"]),  # no places
])
def test_two_places_read_as_one_name_are_split(text, start, end, parts, nlp):
    doc = nlp(text)
    assert [s.text for s in split_places(Span(doc, start, end, label="ORG"), ["UKR"])] == parts
