"""A state's ground forces as its army, where the document names that army as such.

Every sentence is written for these tests and parsed by the real pipeline. Mentions are found
as in ``test_resolve.py`` (``"A|B"``: the first B after the first A); events as (source, TYPE,
target) label triples.
"""
from __future__ import annotations

import pytest

from graphbuild.actors.armies import names_ground_forces, state_army
from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.resolve import resolve
from tests.actors.test_resolve import actor_at
from tests.extract.test_events import triples


@pytest.mark.parametrize("text,mention,label", [
    # the army named as such ("the army", "the military"): its troops, soldiers and forces are that army
    ("The Malian army said its troops killed 20 militants near Gao.", "its", "Malian Armed Forces"),
    ("Kenyan soldiers patrolled the border. The Kenyan army said the patrol was routine.", "Kenyan soldiers",
     "Kenya Defence Forces"),
    ("Sudan's army retook the bridge, and government forces then entered the old market.", "government",
     "Sudanese Armed Forces"),
    ("Ethiopia's army said troops had cleared the road. The Ethiopian military denied abuses.", "Ethiopian military",
     "Ethiopian National Defense Force"),
    ("The Nigerien military said soldiers repelled an attack near Tillaberi.", "soldiers", "Nigerien army"),
    ("Air strikes by Chad's military hit Tibesti.", "military", "Chadian army"),  # "the military" names it too
    # "military" before aircraft names the army that flies them ("Russian warplanes" stays Russia's, below)
    ("Nigerian military jets bombed two villages near Damasak. The military said it had hit militants.",
     "Nigerian military", "Nigerian army"),
    ("Cameroonian military helicopters fired on a camp near Mora, the army said.", "Cameroonian military",
     "Cameroonian army"),
    # a self-declared state's army is named by the state's own name where its people use it as an adjective
    ("Somaliland's army said its troops retook a hill near Erigavo.", "its", "Somaliland army"),
    # the army the gazetteer knows by its demonym
    ("The Israeli army said soldiers arrested four men in Nablus.", "soldiers", "Israel Defense Forces"),
    # a pronoun after the army in its sentence is the army's
    ("KHARTOUM - The army said it had opened the road to Omdurman.", "said |it", "Sudanese Armed Forces"),
    # the US forces have a name of their own
    ("The U.S. military said American troops struck a boat in the Caribbean.", "American troops", "US military"),
    # an army that owns a convoy or a base is the army of the country it is in
    ("Pakistan's army said rebels ambushed an army convoy in Kurram district of Khyber Pakhtunkhwa province.",
     "an |army", "Pakistani army"),
    ("Militants attacked army posts near Gao in northern Mali.", "army", "Malian Armed Forces"),
    # a state that only brokered something is not whose army it is
    ("Rival factions clashed in Sirte, a week after US-brokered talks on merging them into the army.", "army",
     "Libyan army"),
    # a whole army named as the text names it: its state's name or demonym and force words
    ("Gunmen fought soldiers of the Mozambique Armed Defence Forces near Pemba. A rights group accused "
     "Mozambican soldiers of beating detainees.", "Mozambican soldiers", "Mozambique Armed Defence Forces"),
    ("The Philippine Army said troops had found the bodies of two rebels.", "troops", "Philippine Army"),
    ("Rebels ambushed a patrol. The Armed Forces of the Philippines said the military sent helicopters.",
     "the |military", "Armed Forces of the Philippines"),
    # where a junta is its state's army, "the junta" is that army, and so are the forces it names
    ("Myanmar's junta bombed two villages in Sagaing on Monday.", "Myanmar's junta", "Tatmadaw"),
    ("Rebels seized a base in Myanmar's Kayah state. Junta spokesman Zaw Min Tun said troops would retake it.",
     "Junta", "Tatmadaw"),
    ("Myanmar's junta sent more troops to Loikaw. The junta said rebels had used a school as a base.",
     "The |junta", "Tatmadaw"),
    # ... not where the junta is a government beside the army
    ("Mali's junta expelled the envoy, and the army said its troops were ready.", "Mali's junta", "Mali"),
    # an armed group named after its country is not that country's army
    ("The Myanmar National Democratic Alliance Army said Myanmar troops shelled Lashio.", "Myanmar troops",
     "Myanmar"),
    # no army named: a state's forces are the state acting
    ("Turkish troops shelled a village near Kobani.", "Turkish troops", "Turkey"),
    ("An Emirati military aircraft flew six wounded men to Abu Dhabi.", "Emirati", "United Arab Emirates"),
    # aircraft and police stay the state's, even where its army is named
    ("The Russian army advanced near Pokrovsk while Russian warplanes struck Kharkiv.", "Russian warplanes",
     "Russia"),
    ("The Kenyan army deployed along the border, and Kenyan police arrested six men.",
     "Kenyan police", "Kenyan police"),
])
def test_forces_of_a_named_army(text, mention, label, nlp):
    found = resolve(nlp(text), "t")
    actor = actor_at(found, text, mention)
    assert actor is not None and actor.label == label, [(m.text, m.actor, m.how) for m in found.mentions]


@pytest.mark.parametrize("text,expected,absent", [
    # the army's spokesman is the army's member
    ("Soldiers killed six fighters near Kumbo, Cameroon's defence ministry said. Captain Paul Essomba, an army "
     "spokesman, called the report false.", {("Paul Essomba", "MEMBER_OF", "Cameroonian army")},
     {("Paul Essomba", "MEMBER_OF", "Cameroon")}),
    # the army acts, and it belongs to its state
    ("The Malian army said its troops killed 20 militants near Gao.",
     {("Malian Armed Forces", "ASSAULT", "militants"), ("Malian Armed Forces", "MEMBER_OF", "Mali")}, set()),
    # an attack on an army's convoy or bases is on the army and on the places they are in
    ("Gunmen attacked army bases in Damboa and Marte on Sunday.",
     {("gunmen", "ASSAULT", "Nigerian army"), ("gunmen", "ASSAULT", "Damboa"), ("gunmen", "ASSAULT", "Marte")},
     set()),
    # a strike the state's military carries out, named as such, is the military's (not the state's)
    ("A Sudanese military air strike hit a market in Nyala on Monday, residents said.",
     {("Sudanese Armed Forces", "ASSAULT", "Nyala")}, {("Sudan", "ASSAULT", "Nyala")}),
    # soldiers an armed group killed, whose state is not said, are the army the story has named
    ("The Malian army patrols the road. JNIM fighters ambushed a convoy near Kayes on Sunday, killing 11 soldiers.",
     {("JNIM", "ASSAULT", "Malian Armed Forces")}, set()),
    # ... a force a state sends abroad is no second army ("Russia's Africa Corps")
    ("The Malian army and Russia's Africa Corps patrol the road. JNIM fighters ambushed a convoy near Kayes on "
     "Sunday, killing 11 soldiers.", {("JNIM", "ASSAULT", "Malian Armed Forces")}, set()),
    # ... where the story has named one army; of two, which is not said
    ("The Malian army and the Nigerien army met in Gao. Gunmen killed six soldiers in an ambush on Friday.",
     set(), {("gunmen", "ASSAULT", "Malian Armed Forces"), ("gunmen", "ASSAULT", "Nigerien army")}),
    # ... or whose post the attack hit, named by its force
    ("The Somali army and the US military patrol the road. A suicide bomber drove a truck into a Jubaland "
     "Security Forces checkpoint at Dhobley, killing five soldiers.",
     {("suicide bombers", "ASSAULT", "Jubaland Security Forces")},
     {("suicide bombers", "ASSAULT", "US military"), ("suicide bombers", "ASSAULT", "Somali National Army")}),
    # whose soldiers they were is said, or a state killed them: not the country's army
    ("The Lebanese army deployed south. Hezbollah fighters killed two Israeli soldiers near the border.",
     {("Hezbollah", "ASSAULT", "Israel")}, {("Hezbollah", "ASSAULT", "Lebanese army")}),
    ("The Malian army patrols the road. Drones killed 11 soldiers near Kayes.", set(),
     {("Mali", "ASSAULT", "Malian Armed Forces"), ("Malian Armed Forces", "ASSAULT", "Malian Armed Forces")}),
    # the army's own state is no target of its strike ("it" is India)
    ("The Indian army said it fired missiles at camps in Pakistan that it said were used by militants.",
     {("Indian army", "ASSAULT", "Pakistan")}, {("Indian army", "ASSAULT", "India")}),
])
def test_an_army_s_acts(text, expected, absent, nlp):
    found = triples(text, nlp)
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize("state,label", [("ISR", "Israel Defense Forces"), ("USA", "US military"),
                                         ("MLI", "Malian Armed Forces"), ("ETH", "Ethiopian National Defense Force"),
                                         ("PHL", "Armed Forces of the Philippines")])
def test_state_army(state, label):
    g = Gazetteer.load()
    army = state_army(g.actor(f"state/{state}"), g)
    assert (army.label, army.type, army.country) == (label, "MILITARY", f"state/{state}")


@pytest.mark.parametrize("text,start,end,expected", [
    ("Malian troops", 0, 2, True),
    ("the Malian air forces", 0, 4, False),  # another service
    ("its soldiers", 0, 1, True),  # the owner of the soldiers
    ("government forces", 0, 1, True),
    ("Russian warplanes", 0, 2, False),
    ("Kenyan police", 0, 2, False),
    ("an army convoy", 1, 2, True),  # an army that owns a convoy
    ("an army spokesman", 1, 2, True),  # one that speaks for it
    ("the military rulers", 1, 2, False),  # (rulers are the state's)
])
def test_names_ground_forces(text, start, end, expected, nlp):
    assert names_ground_forces(nlp(text), start, end) is expected
