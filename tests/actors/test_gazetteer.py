"""The actor gazetteer: bundled data loads, names resolve, malformed data is reported."""
from __future__ import annotations

import shutil

import pycountry
import pytest

from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.tables import DATA_DIR, read_csv
from graphbuild.errors import DataError
from graphbuild.model import ACTOR_TYPES


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize("name,key", [
    ("Moscow", "state/RUS"),
    ("the Kremlin", "state/RUS"),
    ("Kremlin", "state/RUS"),
    ("Russian Federation", "state/RUS"),
    ("Russia's", "state/RUS"),
    ("Russia’s", "state/RUS"),
    ("RUSSIA", "state/RUS"),
    ("U.S.", "state/USA"),
    ("US", "state/USA"),
    ("USA", "state/USA"),
    ("America", "state/USA"),
    ("Washington", "state/USA"),
    ("the White House", "state/USA"),
    ("Pentagon", "state/USA"),
    ("Britain", "state/GBR"),
    ("U.K.", "state/GBR"),
    ("Downing Street", "state/GBR"),
    ("Elysee", "state/FRA"),
    ("Élysée", "state/FRA"),
    ("Damascus", "state/SYR"),
    ("Syrian Arab Republic", "state/SYR"),
    ("Tehran", "state/IRN"),
    ("Ankara", "state/TUR"),
    ("Türkiye", "state/TUR"),
    ("Turkiye", "state/TUR"),
    ("Turkey", "state/TUR"),
    ("Riyadh", "state/SAU"),
    ("Beijing", "state/CHN"),
    ("Kyiv", "state/UKR"),
    ("Kiev", "state/UKR"),
    ("Jerusalem", "state/ISR"),
    ("South Korea", "state/KOR"),
    ("North Korea", "state/PRK"),
    ("Ivory Coast", "state/CIV"),
    ("Côte d'Ivoire", "state/CIV"),
    ("DRC", "state/COD"),
    ("Congo", "state/COD"),
    ("Kosovo", "state/XKX"),
    # a state that declared itself one, whatever its recognition
    ("Somaliland", "state/XSL"),
    ("Hargeisa", "state/XSL"),
    ("Amnesty", "org/amnesty-international"),
    ("Amnesty International", "org/amnesty-international"),
    ("HRW", "org/human-rights-watch"),
    ("SOHR", "org/syrian-observatory-for-human-rights"),
    ("the Observatory", "org/syrian-observatory-for-human-rights"),
    ("Islamic State", "org/isis"),
    ("ISIL", "org/isis"),
    ("IS", "org/isis"),
    ("Daesh", "org/isis"),
    ("al-Qaeda", "org/al-qaeda"),
    ("al Qaeda", "org/al-qaeda"),
    ("al-Nusra", "org/nusra-front"),
    ("Ansar Allah", "org/houthis"),
    ("Hizbollah", "org/hezbollah"),
    ("U.N.", "org/united-nations"),
    ("UN", "org/united-nations"),
    ("United Nations", "org/united-nations"),
    ("UN Security Council", "org/un-security-council"),
    ("Nato", "org/nato"),
    ("Red Cross", "org/icrc"),
    ("MSF", "org/doctors-without-borders"),
    ("Médecins Sans Frontières", "org/doctors-without-borders"),
    ("Reuters", "org/reuters"),
    ("AP", "org/associated-press"),
    ("The New York Times", "org/the-new-york-times"),
    ("New York Times", "org/the-new-york-times"),
    ("IDF", "org/israel-defense-forces"),
    ("US-led coalition", "org/us-led-coalition"),
    ("Assad", "person/bashar-al-assad"),
    ("Bashar al-Assad", "person/bashar-al-assad"),
    ("Bashar al Assad", "person/bashar-al-assad"),
    ("Putin", "person/vladimir-putin"),
    ("Erdoğan", "person/recep-tayyip-erdogan"),
    ("Erdogan", "person/recep-tayyip-erdogan"),
    # regional bodies, armed groups and news agencies of wire news, by name, acronym and mixed case
    ("Organization of American States", "org/organization-of-american-states"),
    ("OAS", "org/organization-of-american-states"),
    ("Ecowas", "org/ecowas"),
    ("Tamil Tigers", "org/ltte"),
    ("LTTE", "org/ltte"),
    ("National Union for the Total Independence of Angola", "org/unita"),
    ("SPLA", "org/splm"),
    ("Sudan People's Liberation Army", "org/splm"),
    ("Kosovo Liberation Army", "org/kla"),
    ("Itar-Tass", "org/tass"),
    ("Ansa", "org/ansa"),
    ("Democratic Forces for the Liberation of Rwanda", "org/fdlr"),
    # people of wire news, by surname or the name they are known by; one person under two names
    ("Suu Kyi", "person/aung-san-suu-kyi"),
    ("Hemedti", "person/mohamed-hamdan-dagalo"),
    ("Abu Mohammad al-Julani", "person/ahmed-al-sharaa"),
    ("Savimbi", "person/jonas-savimbi"),
    # leaders, ministers and bodies of the conflicts of the third held-out set, and news outlets of armed groups
    ("Biya", "person/paul-biya"),
    ("Israel Katz", "person/israel-katz"),
    ("Muttaqi", "person/amir-khan-muttaqi"),
    ("KRG", "org/kurdistan-regional-government"),
    ("BIFF", "org/bangsamoro-islamic-freedom-fighters"),
    ("Amaq News Agency", "org/amaq"),
    ("PNP", "org/philippine-national-police"),
    # "UN", "U.N." and "United Nations" before a body's name are one spelling
    ("United Nations refugee agency", "org/unhcr"),
    ("U.N. Human Rights Office", "org/ohchr"),
    ("United Nations migration agency", "org/iom"),
])
def test_lookup_resolves(g, name, key):
    actor = g.lookup(name)
    assert actor is not None, name
    assert actor.key == key


@pytest.mark.parametrize("name", ["a united front", "stabilization force", "pti", "us", "is", "ap", "un", "who",
                                  "amnesty", "observatory", "turkey",
                                  "china", "guardian", "", "the", "Narnia", "civilians"])
def test_lookup_misses(g, name):
    assert g.lookup(name) is None


@pytest.mark.parametrize("key,label,typ,qid", [
    ("state/RUS", "Russia", "STATE", "Q159"),
    ("state/USA", "United States", "STATE", "Q30"),
    ("state/SYR", "Syria", "STATE", "Q858"),
    ("state/IRN", "Iran", "STATE", "Q794"),
    ("state/TUR", "Turkey", "STATE", "Q43"),
    ("state/GBR", "United Kingdom", "STATE", "Q145"),
    ("state/VNM", "Vietnam", "STATE", "Q881"),
    ("state/BOL", "Bolivia", "STATE", "Q750"),
    ("state/PSE", "Palestine", "STATE", "Q219060"),
    ("state/TWN", "Taiwan", "STATE", "Q865"),
    ("state/MDA", "Moldova", "STATE", "Q217"),
    ("state/LAO", "Laos", "STATE", "Q819"),
    ("state/TZA", "Tanzania", "STATE", "Q924"),
    ("state/VEN", "Venezuela", "STATE", "Q717"),
    ("org/united-nations", "United Nations", "IGO", "Q1065"),
    ("org/amnesty-international", "Amnesty International", "NGO", "Q42970"),
    ("org/human-rights-watch", "Human Rights Watch", "NGO", "Q187052"),
    ("org/reuters", "Reuters", "MEDIA", "Q130879"),
    ("org/isis", "ISIS", "ARMED_GROUP", "Q2429253"),
    ("person/bashar-al-assad", "Bashar al-Assad", "PERSON", "Q44329"),
    ("person/vladimir-putin", "Vladimir Putin", "PERSON", "Q7747"),
])
def test_actor_records(g, key, label, typ, qid):
    a = g.actor(key)
    assert (a.label, a.type, a.qid) == (label, typ, qid)


def test_actor_aliases_and_country(g):
    rus = g.actor("state/RUS")
    assert {"Moscow", "Kremlin", "Russian Federation"} <= set(rus.aliases)
    assert rus.label not in rus.aliases
    assert g.actor("person/bashar-al-assad").country == "state/SYR"
    assert g.actor("org/israel-defense-forces").country == "state/ISR"
    assert g.actor("org/israel-defense-forces").type == "MILITARY"
    assert g.actor("nope") is None


def test_every_pycountry_country_resolves_by_its_label(g):
    for c in pycountry.countries:
        actor = g.actor("state/" + c.alpha_3)
        assert actor is not None and actor.type == "STATE", c.alpha_3
        assert g.lookup(actor.label) == actor, (c.alpha_3, actor.label)


def test_actor_types_and_keys_are_valid(g):
    actors = list(g.actors())
    assert [a.key for a in actors] == sorted(a.key for a in actors)
    for a in actors:
        assert a.type in ACTOR_TYPES, a
        assert a.key.split("/", 1)[0] in ("state", "org", "person", "group"), a.key
        assert a.country is None or g.actor(a.country).type == "STATE"


@pytest.mark.parametrize("word,key", [
    ("Russian", "state/RUS"), ("Syrian", "state/SYR"), ("American", "state/USA"),
    ("British", "state/GBR"), ("Turkish", "state/TUR"), ("Saudi", "state/SAU"),
    ("Iranian", "state/IRN"), ("Israeli", "state/ISR"), ("Palestinian", "state/PSE"),
    ("Iraqis", "state/IRQ"), ("russian", "state/RUS"), ("Polish", "state/POL"),
])
def test_demonym(g, word, key):
    assert g.demonym(word).key == key


@pytest.mark.parametrize("word", ["polish", "Moscow", "Russia", "Narnian", ""])
def test_demonym_misses(g, word):
    assert g.demonym(word) is None


def test_demonym_count(g):
    states = {g.demonym(d).key for d in g.demonyms()}
    assert len(states) >= 120


@pytest.mark.parametrize("name,capital", [
    ("Moscow", True), ("Damascus", True), ("Kiev", True), ("Washington", True), ("Jerusalem", True),
    ("Kremlin", False), ("Russia", False), ("White House", False), ("Homs", False), ("Singapore", False),
])
def test_is_capital(g, name, capital):
    assert g.is_capital(name) is capital


def test_capital_of_and_capital(g):
    assert g.capital_of("Tehran").key == "state/IRN"
    assert g.capital_of("Kremlin") is None
    assert g.capital("state/SYR") == "Damascus"
    assert g.capital(g.actor("state/UKR")) == "Kyiv"


@pytest.mark.parametrize("state,head,key,label,typ", [
    ("state/RUS", "Defense Ministry", "gov/RUS/defense-ministry", "Russian Defense Ministry", "GOVERNMENT"),
    ("state/RUS", "Defence Ministry", "gov/RUS/defense-ministry", "Russian Defence Ministry", "GOVERNMENT"),
    ("state/RUS", "Ministry of Defence", "gov/RUS/defense-ministry", "Russian Defence Ministry", "GOVERNMENT"),
    ("state/RUS", "foreign ministry", "gov/RUS/foreign-ministry", "Russian Foreign Ministry", "GOVERNMENT"),
    ("state/RUS", "Ministry of Foreign Affairs", "gov/RUS/foreign-ministry", "Russian Foreign Ministry",
     "GOVERNMENT"),
    ("state/SYR", "Interior Ministry", "gov/SYR/interior-ministry", "Syrian Interior Ministry", "GOVERNMENT"),
    ("state/SYR", "state media", "media/SYR/state-media", "Syrian state media", "MEDIA"),
    ("state/SYR", "rebels", "group/SYR/rebels", "Syrian rebels", "ARMED_GROUP"),
])
def test_body(g, state, head, key, label, typ):
    b = g.body(g.actor(state), head)
    assert (b.key, b.label, b.type, b.country) == (key, label, typ, state)


@pytest.mark.parametrize("head", ["warplanes", "jets", "troops", "army", "military", "forces", "air force",
                                  "government", "regime", "authorities", "officials", "navy", "soldiers"])
def test_body_heads_meaning_the_state(g, head):
    rus = g.actor("state/RUS")
    assert g.body(rus, head) is rus


def test_body_relation_and_heads(g):
    assert g.body_relation("Defence Ministry") == "MEMBER_OF"
    assert g.body_relation("warplanes") is None
    assert g.body_relation("opposition") is None
    assert g.body(g.actor("state/RUS"), "bakery") is None
    heads = g.body_heads()
    assert "Ministry of Defense" in heads and "warplanes" in heads
    assert len(heads[0].split()) >= len(heads[-1].split())


@pytest.mark.parametrize("title,relation", [
    ("President", "LEADS"), ("prime minister", "LEADS"), ("Supreme Leader", "LEADS"),
    ("secretary-general", "LEADS"), ("Secretary General", "LEADS"), ("king", "LEADS"),
    ("director", "MEMBER_OF"), ("Foreign Minister", "MEMBER_OF"), ("spokesman", "MEMBER_OF"),
    ("researcher", "MEMBER_OF"), ("ambassador", "MEMBER_OF"), ("plumber", None),
])
def test_title(g, title, relation):
    assert g.title(title) == relation


@pytest.mark.parametrize("noun,key,typ", [
    ("civilians", "group/civilians", "GROUP"), ("civilian", "group/civilians", "GROUP"),
    ("Refugees", "group/refugees", "GROUP"), ("demonstrators", "group/protesters", "GROUP"),
    ("militants", "group/militants", "ARMED_GROUP"), ("rebel", "group/rebels", "ARMED_GROUP"),
    ("opposition groups", "group/opposition-groups", "ARMED_GROUP"), ("opposition", "group/opposition-groups", "ARMED_GROUP"),
    ("fighters", "group/militants", "ARMED_GROUP"),
])
def test_group(g, noun, key, typ):
    a = g.group(noun)
    assert (a.key, a.type) == (key, typ)
    assert g.group("Kremlin") is None


def test_patterns_shape(g):
    pats = g.patterns()
    assert pats == g.patterns()  # deterministic
    ids = {p["id"] for p in pats}
    assert {"state/RUS", "org/amnesty-international", "person/bashar-al-assad"} <= ids
    assert not any(i.startswith("group/") for i in ids)
    by_text = {tuple(next(iter(t.values())) for t in p["pattern"]): p for p in pats}
    assert by_text[("US",)]["pattern"] == [{"ORTH": "US"}]
    assert by_text[("kremlin",)]["id"] == "state/RUS"
    assert ("russian",) not in by_text  # demonyms are the extractor's
    assert by_text[("moscow",)]["label"] == "STATE"


def test_patterns_match_in_spacy_span_ruler(g):
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler")
    ruler.add_patterns(g.patterns(nlp.tokenizer))
    doc = nlp("The Kremlin said Amnesty was wrong; us officials and the U.S. disagreed, as did HRW.")
    found = {(s.text, s.label_, s.id_) for s in doc.spans["ruler"]}
    assert ("Kremlin", "STATE", "state/RUS") in found
    assert ("Amnesty", "NGO", "org/amnesty-international") in found
    assert ("U.S.", "STATE", "state/USA") in found
    assert ("HRW", "NGO", "org/human-rights-watch") in found
    assert not any(s.text == "us" for s in doc.spans["ruler"])


def test_load_is_cached():
    assert Gazetteer.load() is Gazetteer.load()
    assert Gazetteer.from_dir(DATA_DIR) is not Gazetteer.load()  # (a fresh read is its own; timing is benchmarked)


def test_no_unexpected_collisions(g):
    assert g.collisions == ["'Congo': state/COG vs state/COD"]


# ------------------------------------------------------------------ malformed data

def _copy_data(tmp_path):
    d = tmp_path / "data"
    shutil.copytree(DATA_DIR, d)
    return d


def _append(path, line):
    with path.open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")


@pytest.mark.parametrize("file,line,reason", [
    ("organizations.csv", "org/x,X,ALIEN,,,", "unknown actor type"),
    ("organizations.csv", "org/x,X,NGO,Qabc,,", "bad qid"),
    ("organizations.csv", "org/x,X,NGO", "expected 6 fields"),
    ("organizations.csv", "Org X,X,NGO,,,", "must look like"),
    ("organizations.csv", "org/x,X,NGO,,Kremlin,", "already names state/RUS"),
    ("organizations.csv", "org/x,X,NGO,,,NAR", "unknown country"),
    ("organizations.csv", "org/reuters,Reuters again,MEDIA,,,", "duplicate key"),
    ("countries.csv", "RUS,Russia,,,,", "duplicate iso3"),
    ("countries.csv", "ru,Russia,,,,", "bad iso3"),
    ("people.csv", "person/x,X", "expected 6 fields"),
    ("people.csv", "person/x,X,,,RUS,RULES", "office"),
    ("people.csv", "person/x,X,,,,LEADS", "office"),
    ("bodies.csv", "Defense Ministry,{demonym} x,GOVERNMENT,yes", "duplicate head"),
    ("bodies.csv", "Widget Office,{demonym} Widget Office,GOVERNMENT,maybe", "member_of_state"),
    ("bodies.csv", "Widget Office,{nation} Widget Office,GOVERNMENT,yes", "label_template"),
    ("titles.csv", "emperor,RULES", "unknown relation"),
    ("titles.csv", "president,LEADS", "duplicate title"),
    ("groups.csv", "refugee camps,GROUP,refugee", "already names"),
])
def test_malformed_data_raises_with_file_and_line(tmp_path, file, line, reason):
    d = _copy_data(tmp_path)
    path = d / file
    n_lines = len(path.read_text(encoding="utf-8").splitlines())
    _append(path, line)
    with pytest.raises(DataError) as err:
        Gazetteer.from_dir(d)
    assert f"{file}:{n_lines + 1}:" in str(err.value)
    assert reason in str(err.value)


def test_missing_column_and_missing_file(tmp_path):
    bad = tmp_path / "t.csv"
    bad.write_text("# comment\ntitle,relatoin\npresident,LEADS\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"t\.csv:2: missing column"):
        read_csv(bad, ["title", "relation"])
    with pytest.raises(DataError, match="cannot read"):
        read_csv(tmp_path / "absent.csv", ["x"])
    d = _copy_data(tmp_path)
    (d / "groups.csv").unlink()
    with pytest.raises(DataError, match="groups.csv"):
        Gazetteer.from_dir(d)
