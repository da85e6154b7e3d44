"""Casualty counts and qualifiers (graphbuild.extract.casualties)."""
from __future__ import annotations

import doctest

import pytest

from graphbuild.extract import casualties
from graphbuild.extract.casualties import casualties_in, find_casualties, parse_count


@pytest.mark.parametrize("text, expected", [
    # exact numbers
    ("46", (46, "exact")),
    ("1,200", (1200, "exact")),
    ("2.5 million", (2_500_000, "exact")),
    ("1.2m", (1_200_000, "exact")),
    ("two", (2, "exact")),
    ("Seventeen", (17, "exact")),
    ("twenty-five", (25, "exact")),
    ("ninety nine", (99, "exact")),
    ("three hundred", (300, "exact")),
    ("three hundred and fifty", (350, "exact")),
    ("two thousand five hundred", (2500, "exact")),
    ("a", (1, "exact")),
    ("one", (1, "exact")),
    ("an", (1, "exact")),
    ("two dozen", (24, "exact")),
    # qualifiers
    ("at least 200", (200, "at-least")),
    ("no fewer than 9", (9, "at-least")),
    ("more than 30", (30, "more-than")),
    ("over 1,000", (1000, "more-than")),
    ("more than a dozen", (12, "more-than")),
    ("up to 50", (50, "at-most")),
    ("as many as 70", (70, "at-most")),
    ("fewer than 10", (10, "at-most")),
    ("nearly 100", (100, "about")),
    ("almost 60", (60, "about")),
    ("some 40", (40, "about")),
    ("around 300", (300, "about")),
    ("approximately 45", (45, "about")),
    ("an estimated 5,000", (5000, "about")),
    ("around a dozen", (12, "about")),
    ("a dozen", (12, "about")),
    ("half a dozen", (6, "about")),
    ("at least a dozen", (12, "at-least")),
    # ranges give their lower bound
    ("10 to 15", (10, "at-least")),
    ("between 20 and 30", (20, "at-least")),
    ("8-10", (8, "at-least")),
    # vague plurals: lower bound of the order of magnitude
    ("dozens", (24, "many")),
    ("dozens of", (24, "many")),
    ("scores of", (40, "many")),
    ("hundreds of", (200, "many")),
    ("Hundreds", (200, "many")),
    ("thousands of", (2000, "many")),
    ("tens of thousands of", (20_000, "many")),
    ("hundreds of thousands", (200_000, "many")),
    ("several hundred", (300, "many")),
    ("a few dozen", (36, "many")),
    ("several", (3, "many")),
    ("many", (None, "many")),
    ("at least hundreds of", (200, "at-least")),
    # no one at all
    ("no one", (0, "exact")),
    ("Nobody", (0, "exact")),
    # not a count
    ("nonsense", (None, None)),
    ("", (None, None)),
    ("at least", (None, None)),
    ("civilians", (None, None)),
])
def test_parse_count(text, expected):
    assert parse_count(text) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Warplanes killed at least 200 civilians and around a dozen fighters in the raids.",
     [("killed", 200, "at-least", "at least 200 civilians", "civilians"),
      ("killed", 12, "about", "around a dozen fighters", "fighters")]),
    ("46 civilians were killed when the shells hit.", [("killed", 46, "exact", "46 civilians", "civilians")]),
    # where the victims came from may stand between them and the verb
    ("Nine peacekeepers from Chad and Niger were killed near Kidal.",
     [("killed", 9, "exact", "Nine peacekeepers", "peacekeepers")]),
    ("At least three protesters were shot dead by police.",
     [("killed", 3, "at-least", "At least three protesters", "protesters")]),
    ("Two journalists were found dead in the city.", [("killed", 2, "exact", "Two journalists", "journalists")]),
    ("The car bomb went off near a bakery, killing 12 people and wounding dozens.",
     [("killed", 12, "exact", "12 people", "people"), ("injured", 24, "many", "dozens", "")]),
    ("The death toll rose to 80 by evening.", [("killed", 80, "exact", "80", "")]),
    ("The toll has climbed to more than 90.", [("killed", 90, "more-than", "more than 90", "")]),
    ("Security forces arrested 15 activists at the rally.",
     [("arrested", 15, "exact", "15 activists", "activists")]),
    # victims named by their occupation or situation
    ("Gunmen abducted more than 80 schoolchildren in Kaduna.",
     [("arrested", 80, "more-than", "more than 80 schoolchildren", "schoolchildren")]),
    ("Bandits killed 12 farmers and three herders.",
     [("killed", 12, "exact", "12 farmers", "farmers"), ("killed", 3, "exact", "three herders", "herders")]),
    ("Nearly 30 protesters were detained overnight.",
     [("arrested", 30, "about", "Nearly 30 protesters", "protesters")]),
    ("At least 12 people died and 30 were injured.",
     [("killed", 12, "at-least", "At least 12 people", "people"), ("injured", 30, "exact", "30", "")]),
    ("The gunmen fired 30 rockets and killed two soldiers.",
     [("killed", 2, "exact", "two soldiers", "soldiers")]),
    ("The raid on Nov. 14 killed five.", [("killed", 5, "exact", "five", "")]),
    ("In 2014, 300 people were detained.", [("arrested", 300, "exact", "300 people", "people")]),
    ("A journalist was killed.", [("killed", 1, "exact", "A journalist", "journalist")]),
    ("The barrage left 7 dead and 20 wounded.",
     [("killed", 7, "exact", "7", ""), ("injured", 20, "exact", "20", "")]),
    ("Hundreds of civilians have been killed since the offensive began.",
     [("killed", 200, "many", "Hundreds of civilians", "civilians")]),
    ("The blast, which killed 19 Iraqis, was condemned by 40 states.",
     [("killed", 19, "exact", "19 Iraqis", "Iraqis")]),
    ("Three young children were among the dead.",
     [("killed", 3, "exact", "Three young children", "children")]),
    ("Seventeen rebel fighters were hurt in the clashes.",
     [("injured", 17, "exact", "Seventeen rebel fighters", "fighters")]),
    ("Police said 1,200 demonstrators had been rounded up.",
     [("arrested", 1200, "exact", "1,200 demonstrators", "demonstrators")]),
    ("the monitor said the 40 villagers who died were unarmed.",
     [("killed", 40, "exact", "40 villagers", "villagers")]),
    # a count after a coordinated verb of its own is that verb's
    ("The raid killed 14 militants and freed nine of the hostages.",
     [("killed", 14, "exact", "14 militants", "militants")]),
    ("Bandits killed two farmers and stole 300 cattle.", [("killed", 2, "exact", "two farmers", "farmers")]),
    # victims coordinated before their verb are all its victims; a part of them named aside is no more
    ("Three soldiers and a civilian were killed near Kidal.",
     [("killed", 3, "exact", "Three soldiers", "soldiers"), ("killed", 1, "exact", "a civilian", "civilian")]),
    ("At least nine police officers and two guards were wounded.",
     [("injured", 9, "at-least", "At least nine police officers", "officers"),
      ("injured", 2, "exact", "two guards", "guards")]),
    ("Six people, including two nurses, were killed.", [("killed", 6, "exact", "Six people", "people")]),
    ("The shelling killed 15 people, including three children.", [("killed", 15, "exact", "15 people", "people")]),
    # whoever tells the count is none of it
    ("Two civilians were killed, a local official said.", [("killed", 2, "exact", "Two civilians", "civilians")]),
    # no casualties
    ("The convoy carried 30 tonnes of flour.", []),
    ("Ministers met for 12 hours in Geneva.", []),
    ("Shelling over two weeks killed 40 people.", [("killed", 40, "exact", "40 people", "people")]),  # no demonym
    ("Soldiers killed 14 men in Moura, a rights group said.", [("killed", 14, "exact", "14 men", "men")]),
    ("Police arrested six politicians.", [("arrested", 6, "exact", "six politicians", "politicians")]),
    # a participle of capture after a killing counts the captured, not more dead
    ("Troops clashed with rebels, killing two of them and capturing four, the army said.",
     [("killed", 2, "exact", "two", ""), ("arrested", 4, "exact", "four", "")]),
    ("Three men were taken into custody in Goma.", [("arrested", 3, "exact", "Three men", "men")]),
    # one victim named by what they are is one
    ("Gunmen killed a teacher and two pupils.",
     [("killed", 1, "exact", "a teacher", "teacher"), ("killed", 2, "exact", "two pupils", "pupils")]),
    ("Gunmen shot dead a village chief in Ituri.", [("killed", 1, "exact", "a village chief", "chief")]),
    ("They fired 50 rockets at 3 villages.", []),
    ("The strikes killed civilians.", []),
    ("", []),
])
def test_casualties_in(sentence, expected):
    assert casualties_in(sentence) == expected


def test_offsets_point_at_the_text():
    s = "Shelling on Tuesday killed at least 9 civilians and wounded 14 others."
    found = find_casualties(s)
    assert [(c.kind, c.count) for c in found] == [("killed", 9), ("injured", 14)]
    for c in found:
        assert s[c.start:c.end] == c.text


@pytest.mark.parametrize("sentence, expected", [
    pytest.param("Two people were killed and three wounded.",
                 [("killed", 2), ("injured", 3)], id="elided-passive"),
    pytest.param("Of the 50 people killed, 20 were children.", [("killed", 50)],
                 marks=pytest.mark.xfail(strict=True, reason="'20 were children' is read as a subset count"),
                 id="subset"),
    pytest.param("The attack killed a family of five.", [("killed", 5)], id="family-of"),
])
def test_known_limits(sentence, expected):
    assert [(c.kind, c.count) for c in find_casualties(sentence)] == expected


def test_doctests():
    assert doctest.testmod(casualties).failed == 0
