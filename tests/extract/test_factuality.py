"""Claims, denials, modality, negation, casualties, weapons and dates on extracted events.

Tables of sentences written for these tests (real spaCy pipeline, loaded once). Rows
are asserted on the :class:`~graphbuild.model.Event` fields of
``extract_documents([Document("t", text)])``, with actors named by their labels.
Known misses are ``xfail(strict=True)`` with the reason.
"""
from __future__ import annotations

import pytest

from graphbuild.graph.build import factuality
from graphbuild.graph.namespace import GB
from graphbuild.model import Document, Event
from graphbuild.pipeline import extract_documents


class Found:
    """The events of one text, with actor keys turned into labels."""

    def __init__(self, text: str, nlp, date: str | None = None):
        [self.result] = extract_documents([Document("t", text, date=date)], nlp=nlp)
        self.label = {a.key: a.label for a in self.result.actors}
        self.events = list(self.result.events)

    def names(self, keys) -> set[str]:
        return {self.label.get(k, k) for k in keys}

    def name(self, key: str | None) -> str | None:
        return None if key is None else self.label.get(key, key)

    def find(self, type_: str, source: str | None = None, target: str | None = None,
             trigger: str | None = None) -> list[Event]:
        return [e for e in self.events if e.type == type_
                and (source is None or source in self.names(e.sources))
                and (target is None or target in self.names(e.targets))
                and (trigger is None or e.trigger == trigger)]

    def one(self, type_: str, **kw) -> Event:
        got = self.find(type_, **kw)
        assert got, f"no {type_} {kw} in {self.summary()}"
        return got[0]

    def summary(self) -> list[str]:
        return [f"{e.type} {e.trigger} {sorted(self.names(e.sources))}->{sorted(self.names(e.targets))} "
                f"{e.polarity}/{e.modality} claimed={self.name(e.claimed_by)} denied={self.name(e.denied_by)}"
                for e in self.events]


def xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


# --- claims: who says so -------------------------------------------------------------------------------

CLAIMS = [  # text, event type, source, target, claimed by
    # who tells it after a comma, when the parser took the attack's noun for a second subject of "said"
    ("Israeli airstrikes killed at least 35 people in Rafah on Tuesday, the Gaza health ministry said.", "ASSAULT",
     "Israel", "Rafah", "Gaza health ministry"),
    ("Amnesty said Russian strikes killed 200 civilians.", "ASSAULT", "Russia", "civilians",
     "Amnesty International"),
    # a report "by" or "released by" someone speaks for its author
    ("A report released on Monday by Human Rights Watch said RSF fighters had killed 120 civilians.", "ASSAULT",
     "Rapid Support Forces", "civilians", "Human Rights Watch"),
    ("A report by Amnesty said Ethiopian troops had shot 30 civilians in Bahir Dar.", "ASSAULT", "Ethiopia",
     "civilians", "Amnesty International"),
    # a count of the dead described between the act and its teller is not the teller
    ("Russian missiles struck a market in Kostiantynivka, killing 17 people, most of them pensioners, the "
     "Ukrainian interior ministry said.", "ASSAULT", "Russia", "Kostiantynivka", "Ukrainian Interior Ministry"),
    ("According to the UN, militias shelled the camp.", "ASSAULT", "militias", None, "United Nations"),
    ("According to the United Nations, rebels shelled the camp.", "ASSAULT", "rebels", None, "United Nations"),
    ("Sudanese police arrested 12 protesters, Reuters reported.", "COERCE", "Sudanese police", "protesters", "Reuters"),
    ("Human Rights Watch said Syrian helicopters dropped barrel bombs on Daraa.", "ASSAULT", "Syria", "Daraa",
     "Human Rights Watch"),
    # what a noun's "that" clause says is no act of the noun ("a likelihood that the hospital had been hit")
    ("UN human rights monitors said there was a high likelihood that the hospital had been hit by a Russian "
     "missile rather than by falling debris.", "ASSAULT", "Russia", None, "United Nations"),
    # "said X, and that Y": Y is said too, also when the parser hangs it on the reporting verb
    ("Amnesty said both the army and allied militias known as Wazalendo had recruited children, and that "
     "the rebels had executed at least nine men in Kibumba.", "ASSAULT", "rebels", "Kibumba",
     "Amnesty International"),
    # a charge coordinated with what a speaker said is the speaker's, however the parser hangs it
    ("The coalition, which has fought the Houthi rebels since 2015, denied targeting civilians. A spokesman, Colonel "
     "Turki al-Maliki, said its forces complied with the law and accused the Houthis of using civilians as human "
     "shields.", "COERCE", "Houthis", "civilians", "Turki al-Maliki"),
    # a reporting clause the parser hung beside the event, before a participle of its own
    ("Gunmen killed five soldiers on Monday, the United Nations said, blaming the RSF.", "ASSAULT", "gunmen", None,
     "United Nations"),
    # a gerund the parser read as a noun before its object is the charge, the accuser's claim
    ("Amnesty accused the Sudanese army of bombing markets in Nyala.", "ASSAULT", "Sudanese Armed Forces", "Nyala",
     "Amnesty International"),
    # a report or statement speaks for whose it is
    ("A UN report said Ethiopian troops shelled Mekelle.", "ASSAULT", "Ethiopia", "Mekelle", "United Nations"),
    ("An ECOWAS statement said Malian soldiers arrested 40 activists.", "COERCE", "Mali", "activists", "ECOWAS"),
    # a closing "X, the ministry said" after a list of names: the ministry speaks, not the last name
    ("Wang Yi spoke on Tuesday with Ishaq Dar, and with the Taliban's acting foreign minister, Amir Khan "
     "Muttaqi, the Chinese Foreign Ministry said.", "CONSULT", "Wang Yi", "Ishaq Dar", "Chinese Foreign Ministry"),
]


@pytest.mark.parametrize("text,type_,source,target,claimant", CLAIMS)
def test_claimed_by(text, type_, source, target, claimant, nlp):
    f = Found(text, nlp)
    e = f.one(type_, source=source, target=target)
    assert f.name(e.claimed_by) == claimant, f.summary()
    assert e.asserted  # a reported event is still asserted; the claim says by whom


ACCUSATIONS = [  # a third party reporting harm accuses the one who did it
    # a hedged report of harm done accuses too
    ('Russian strikes "appear to have attacked civilians," Anna Berg of Human Rights Watch said.', "Anna Berg",
     "Russia"),
    ("Amnesty said Russian strikes killed 200 civilians.", "Amnesty International", "Russia"),
    ("Human Rights Watch said Syrian helicopters dropped barrel bombs on Daraa.", "Human Rights Watch", "Syria"),
    # harm told of done to a state is harm too
    ("Human Rights Watch said Saudi strikes on Yemen had hit a market.", "Human Rights Watch", "Saudi Arabia"),
    # a rebel group of the country is no side of its army: what it says the army did accuses the army
    ("The RSF denied shelling the camps. It said the army had shelled a market in Nyala.", "Rapid Support Forces",
     "Sudanese Armed Forces"),
    # ... and a side that denies a charge and says it was attacked rebuts it with a charge
    ("The Karen National Union denied attacking civilians and said its units had been shelled by the Myanmar army.",
     "Karen National Union", "Tatmadaw"),
]


@pytest.mark.parametrize("text", [
    # a witness to fighting between two sides blames neither
    "Pakistani and Afghan border forces exchanged fire at the Torkham crossing, Pakistani officials said.",
    "Fano militiamen fought federal troops near Gondar, Human Rights Watch said.",
    # a threat to a state told by a minister harms no one yet
    "The European Union may halt its mediation in Serbia if talks founder, Dutch Foreign Minister Hans van den "
    "Broek said.",
    # one side telling of its own joint act accuses its partner of nothing
    "US and British warplanes struck Houthi targets near Hodeidah, the Pentagon said.",
    # a state's own people telling of its acts accuse it of nothing
    "Kenyan Interior Minister Kithure Kindiki said police had shot three protesters.",
    # witnesses telling what they saw accuse no one (an organisation that reports it does)
    "Residents said Malian soldiers shot 12 villagers near Mopti.",
    # a fighting side telling of an attack on itself reports a battle
    "The Chadian army said the jihadists attacked its base near Bol overnight.",
    "The Houthis said they had repelled the attack by government forces near Hays.",
    "Villagers said Ethiopian drones hit a market near Bahir Dar.",
    # arrests made in a town harm no town (places are struck, not arrested)
    "Interior Minister Carla Ruiz said the National Police had arrested four suspected collaborators in Ayacucho "
    "and the nearby town of Huanta.",
])
def test_told_without_harm_is_no_accusation(text, nlp):
    f = Found(text, nlp)
    assert not f.find("ACCUSE"), f.summary()


@pytest.mark.parametrize("text,accuser,accused", ACCUSATIONS)
def test_claim_gives_separate_accusation(text, accuser, accused, nlp):
    f = Found(text, nlp)
    [acc] = f.find("ACCUSE", source=accuser, target=accused)
    assert acc.claimed_by is None and acc.asserted
    assert f.find("ASSAULT", source=accused), f.summary()  # the attack itself stays, claimed


@pytest.mark.parametrize("text,type_,source", [
    # a circumstance of the report is told by the writer, not claimed by who reports
    ("Italy announced new sanctions on Serbia, a day after a Serbian jet shot down a helicopter.", "ASSAULT",
     "Serbia"),
    # a place claims nothing: "officials in Nairobi" are nobody the text names
    ("Sudanese rebels shelled Juba on Monday, relief officials in Nairobi said.", "ASSAULT", "Sudanese rebels"),
    # what a clause on the speaker says of it is the writer's, not the speaker's claim
    ("Eritrea, which has armed the rebels since 2020, said the talks had failed.", "AID", "Eritrea"),
    ("The Bolivar Front, which shelled Tarsa last year, said it wanted peace.", "ASSAULT", "Bolivar Front"),
])
def test_not_claimed(text, type_, source, nlp):
    f = Found(text, nlp)
    e = f.one(type_, source=source)
    assert e.claimed_by is None and not f.find("ACCUSE"), f.summary()


def test_a_clause_on_a_passive_s_agent_is_not_its_claim(nlp):
    f = Found("The ambush was condemned by the Bolivar Front, the former rebel movement that signed a peace deal "
              "with Colombia in 2016.", nlp)
    assert f.one("AGREE", source="Bolivar Front").claimed_by is None, f.summary()


def test_the_writer_s_comment_on_what_was_said_is_no_part_of_it(nlp):
    f = Found("Washington said it would hold exercises with Guyana, a move Caracas denounced.", nlp)
    assert f.one("ACCUSE", source="Venezuela").claimed_by is None, f.summary()


def test_a_charge_made_by_an_agent_is_the_agent_s_claim_against_the_accused(nlp):
    f = Found("Wagner mercenaries were accused by Human Rights Watch of executing dozens of villagers.", nlp)
    e = f.one("ASSAULT", trigger="executing")
    assert f.names(e.sources) == {"Wagner Group"} and f.name(e.claimed_by) == "Human Rights Watch", f.summary()


def test_an_accused_speaker_is_not_its_own_accuser(nlp):
    f = Found("Chad, accused by UN experts of arming the rebels, denied the charges.", nlp)
    assert f.find("ACCUSE", target="Chad") and not f.find("ACCUSE", source="Chad"), f.summary()
    assert all(not set(e.sources) & set(e.targets) for e in f.events), f.summary()


def test_a_finite_verb_conjoined_to_a_negated_one_is_asserted(nlp):
    f = Found("Bangladesh said it would not accept more refugees and urged the UN to act.", nlp)
    e = f.one("REQUEST", trigger="urged")
    assert e.polarity == "positive" and e.asserted, f.summary()


def test_a_clause_of_time_keeps_its_own_polarity(nlp):
    f = Found("Pakistan said on Wednesday it did not carry out air strikes in Afghanistan, after the Taliban "
              "government accused Islamabad of bombing a village in Khost province.", nlp)
    acc = f.one("ACCUSE", source="Taliban", target="Pakistan")
    assert acc.polarity == "positive" and acc.asserted, f.summary()


def test_a_denial_does_not_deny_the_accusation_made_with_it(nlp):
    f = Found("The Kremlin denied targeting civilians and accused Kyiv of shelling Belgorod.", nlp)
    acc = f.one("ACCUSE", source="Russia", target="Ukraine")
    assert acc.denied_by is None and acc.asserted, f.summary()


def test_news_agency_relaying_is_no_accusation(nlp):
    f = Found("Sudanese police arrested 12 protesters, Reuters reported.", nlp)
    assert not f.find("ACCUSE"), f.summary()


# --- blame: an act laid on someone -----------------------------------------------------------------------

LAID = [  # text, the act's type, who did it by that account, who tells it (and accuses them), the act's mood
    ("The Chadian government said the Kanem Brigade was responsible for the bombing.", "ASSAULT", "Kanem Brigade",
     "Chad", "asserted"),
    ("Amnesty International said Burmese soldiers were responsible for the killings.", "ASSAULT", "Myanmar",
     "Amnesty International", "asserted"),
    ("Somalia said al-Shabaab was behind the explosion in Baidoa.", "ASSAULT", "al-Shabaab", "Somalia", "asserted"),
    ("Kenya said al-Shabaab militants were probably behind the blast.", "ASSAULT", "al-Shabaab", "Kenya",
     "asserted"),
    ("The ambush was attributed to Boko Haram by Nigerian officials.", "ASSAULT", "Boko Haram", "Nigeria",
     "asserted"),
    ("Nigeria's army blamed the ambush on Boko Haram.", "ASSAULT", "Boko Haram", "Nigerian army", "asserted"),
    # a suspicion accuses, and the act it lays on someone is only possible
    ("Israel said Hezbollah may have been behind the rocket attack.", "ASSAULT", "Hezbollah", "Israel",
     "hypothetical"),
]


@pytest.mark.parametrize("text,type_,doer,teller,modality", LAID)
def test_an_act_laid_on_someone_is_theirs_and_blames_them(text, type_, doer, teller, modality, nlp):
    f = Found(text, nlp)
    e = f.one(type_, source=doer)
    assert f.name(e.claimed_by) == teller and e.modality == modality, f.summary()
    assert f.find("ACCUSE", source=teller, target=doer), f.summary()


@pytest.mark.parametrize("text", [
    "Israel has not claimed responsibility for the strike on the consulate.",
    "Israel did not say that Hezbollah had fired the rockets.",
])
def test_a_claim_not_made_claims_nothing(text, nlp):
    f = Found(text, nlp)
    assert not any(f.name(e.claimed_by) == "Israel" or "Israel" in f.names(e.sources) for e in f.events), f.summary()


@pytest.mark.parametrize("text,trigger,group", [
    # a named group's claim of responsibility makes the attacks told just before it its own
    ("Gunmen stormed a hotel in Mogadishu, killing 12 people. Al-Shabaab claimed responsibility.", "stormed",
     "al-Shabaab"),
    ("Militants beheaded three villagers near Mocimboa da Praia. Islamic State claimed the attack.", "beheaded",
     "ISIS"),
])
def test_a_claim_of_responsibility_names_the_attackers(text, trigger, group, nlp):
    f = Found(text, nlp)
    e = f.one("ASSAULT", trigger=trigger)
    assert f.names(e.sources) == {group} and f.name(e.claimed_by) == group, f.summary()


@pytest.mark.parametrize("text", [
    "Gunmen stormed a hotel in Mogadishu. Al-Shabaab has not claimed responsibility.",
    "Gunmen stormed a hotel in Mogadishu. The al-Shabaab-linked group claimed responsibility.",
])
def test_no_claim_or_another_group_s_names_no_attacker(text, nlp):
    f = Found(text, nlp)
    assert f.names(f.one("ASSAULT", trigger="stormed").sources) == {"gunmen"}, f.summary()


def test_the_group_behind_an_attack_did_it(nlp):
    f = Found("Mali said the militia behind the raid had fled to Niger.", nlp)
    assert f.find("ASSAULT", source="militias", trigger="raid"), f.summary()


@pytest.mark.parametrize("text,denier", [
    ("Hezbollah said it was not responsible for the rocket attack.", "Hezbollah"),
    ("The Kanem Brigade said it was not behind the bombing.", "Kanem Brigade"),
])
def test_saying_one_was_not_behind_an_act_denies_it(text, denier, nlp):
    f = Found(text, nlp)
    e = f.one("ASSAULT", source=denier)
    assert f.name(e.denied_by) == denier and e.claimed_by is None and not e.asserted, f.summary()


def test_an_act_told_as_no_one_s_doing_is_not_asserted(nlp):
    f = Found("Hezbollah was not responsible for the rocket attack.", nlp)
    assert f.one("ASSAULT", source="Hezbollah").polarity == "negative", f.summary()


def test_what_an_act_is_attributed_to_that_is_no_one_accuses_no_one(nlp):
    f = Found("Nigeria attributed the delay to bad weather.", nlp)
    assert not f.find("ACCUSE"), f.summary()


# --- denials -------------------------------------------------------------------------------------------

DENIALS = [  # text, denier, the denied event's type and target
    ("Moscow has denied targeting civilians.", "Russia", "ASSAULT", "civilians"),
    ("Israel denied that its jets bombed the port.", "Israel", "ASSAULT", None),
    # the tagger may take the gerund for a noun on its object: still a denied attack, and no denial of the victims
    ("The Sudanese army denied bombing civilians.", "Sudanese Armed Forces", "ASSAULT", "civilians"),  # its own act
    # ... or for an adjective on it; a denial after "but" is not negated by the clause before it
    ("The rebels said they had attacked a militia camp, and denied killing civilians.", "rebels", "ASSAULT",
     "civilians"),
    ("The RSF did not reply to questions but has repeatedly denied attacking civilians.", "Rapid Support Forces",
     "ASSAULT", "civilians"),
    # a report said to be untrue is denied by whoever says so
    ("The Malian government said reports that its soldiers killed civilians near Gao were false.", "Mali",
     "ASSAULT", "civilians"),
    ("Kenya said reports that its security forces had shot protesters in Nakuru were untrue.", "Kenya", "ASSAULT",
     "protesters"),
]


@pytest.mark.parametrize("text,denier,type_,target", DENIALS)
def test_denied_event(text, denier, type_, target, nlp):
    f = Found(text, nlp)
    e = f.one(type_, source=denier, target=target)
    assert f.name(e.denied_by) == denier, f.summary()
    assert not e.asserted
    assert f.find("REJECT", source=denier), f.summary()
    assert not f.find("ACCUSE"), f.summary()  # a denial accuses no one


@pytest.mark.parametrize("text", [row[0] for row in DENIALS])
def test_denied_event_is_written_as_denied(text, nlp):
    f = Found(text, nlp)
    [e] = [e for e in f.events if e.denied_by]
    assert factuality(e) == GB.Denied, f.summary()


def test_what_a_spokesman_denies_with_no_doer_named_is_denied_of_the_body_he_speaks_for(nlp):
    f = Found("Myanmar's military carried out air strikes on a village. A spokesman for the junta, Zaw Min Tun, "
              "denied that civilians had been targeted. Exiled lawmakers called the attack a war crime.", nlp)
    e = f.one("ASSAULT", trigger="targeted")
    assert f.names(e.sources) == {"Tatmadaw"} and f.name(e.denied_by) == "Zaw Min Tun", f.summary()
    assert f.find("ACCUSE", target="Tatmadaw") and not f.find("ACCUSE", target="Zaw Min Tun"), f.summary()


def test_denial_answers_the_accuser(nlp):
    f = Found("Amnesty accused Russia of bombing hospitals. Moscow has denied targeting civilians.", nlp)
    assert f.find("REJECT", source="Russia", target="Amnesty International"), f.summary()


DENIED_LATER = [  # text, the claimed act's type and doer, who denies it in a later sentence
    ("Chad accused Libya of arming the rebels. Libya denied the allegation.", "AID", "Libya", "Libya"),
    ("Amnesty International said Ethiopian soldiers killed 30 villagers near Gondar. The army rejected the report.",
     "ASSAULT", "Ethiopian National Defense Force", "Ethiopian National Defense Force"),
    # a minister answers for his state
    ("Niger accused France of arming the militants. French Foreign Minister Claire Duval dismissed the claims.",
     "AID", "France", "Claire Duval"),
    # denying "it", one's part in it, the findings or the account
    ("Georgia said Russian jets bombed Gori. Russia denied it.", "ASSAULT", "Russia", "Russia"),
    ("Kenya said Somali troops shelled Mandera. Somalia denied any involvement.", "ASSAULT", "Somalia", "Somalia"),
    ("HRW said Tunisian police beat migrants in Sfax. Tunisia rejected the findings.", "ASSAULT",
     "Tunisian police", "Tunisia"),
    ("HRW said Tunisian police beat migrants in Sfax. Tunisia disputed the account.", "ASSAULT",
     "Tunisian police", "Tunisia"),
]


@pytest.mark.parametrize("text,type_,doer,denier", DENIED_LATER)
def test_denying_an_earlier_claim_denies_what_it_told(text, type_, doer, denier, nlp):
    f = Found(text, nlp)
    e = f.one(type_, source=doer)
    assert f.name(e.denied_by) == denier and not e.asserted, f.summary()
    assert f.find("ACCUSE", target=doer) and all(a.asserted for a in f.find("ACCUSE")), f.summary()


@pytest.mark.parametrize("text,doer,denier", [
    # a claim of one's own act, denied by another after it or beside it
    ("The RSF said it had captured an army base near El Obeid. The Sudanese army denied the claim.",
     "Rapid Support Forces", "Sudanese Armed Forces"),
    ("Russia said its forces captured Avdiivka, a claim denied by Ukraine.", "Russia", "Ukraine"),
])
def test_denying_a_claim_of_one_s_own_act_denies_it(text, doer, denier, nlp):
    f = Found(text, nlp)
    e = f.one("ASSAULT", source=doer)
    assert f.name(e.denied_by) == denier and f.name(e.claimed_by) == doer, f.summary()
    assert f.find("REJECT", source=denier, target=doer), f.summary()


DENIED_ASIDE = [  # text, the claimed act's type and doer, the claimant, the denier named in the writer's aside
    ("Kenya said Somalia had massed troops near the border, a charge Somalia denied.", "MOBILIZE", "Somalia",
     "Kenya", "Somalia"),
    ("Kenya said Somalia had massed troops near the border, a charge Somalia's information minister dismissed.",
     "MOBILIZE", "Somalia", "Kenya", "Somalia"),
    ("Sudan's army said the drones had been supplied by Chad, which called the charge baseless.", "AID", "Chad",
     "Sudanese Armed Forces", "Chad"),
    ("Kenya accused Uganda of arming the rebels, a charge Kampala called baseless.", "AID", "Uganda", "Kenya",
     "Uganda"),  # (the aside's verdict with no object: the charge before it is what is called untrue)
    ("Kenya said Somali troops shelled Mandera, which Mogadishu denies.", "ASSAULT", "Somalia", "Kenya", "Somalia"),
    ("Kenya accused Uganda of arming the rebels, allegations Kampala denies.", "AID", "Uganda", "Kenya", "Uganda"),
    # a claim that tells no act: the denial answers the one whose saying opens the sentence
    ("Niger says the Sahel Liberation Front is a proxy of Benin, which Benin denies.", None, None, "Niger", "Benin"),
    ("Russia's army chief, General Ivan Petrov, told reporters that Kupiansk had been taken, a claim Kyiv "
     "dismissed as false.", None, None, "Ivan Petrov", "Ukraine"),  # (a speaker whose name is in apposition)
    # the denier is the one the aside names, wherever the parser hangs the words before it
    ("Israel banned the agency, accusing some of its staff of joining the 2023 Hamas raid on Nahal Oz, a charge "
     "UNRWA denies.", None, None, "Israel", "UNRWA"),
]


@pytest.mark.parametrize("text,type_,doer,claimant,denier", DENIED_ASIDE)
def test_a_denial_in_the_writer_s_aside_answers_the_claim_before_it(text, type_, doer, claimant, denier, nlp):
    """The aside is the writer's report, not the claimant's; it calls the claim a charge, so the
    claimant accuses the doer, whatever act was told."""
    f = Found(text, nlp)
    rejects = f.find("REJECT", target=claimant)
    assert rejects and all(f.names(r.sources) == {denier} and r.claimed_by is None for r in rejects), f.summary()
    if type_:
        assert f.name(f.one(type_, source=doer).denied_by) == denier, f.summary()
        assert f.find("ACCUSE", source=claimant, target=doer), f.summary()


def test_an_aside_denied_by_both_is_denied_by_all_the_accused(nlp):
    f = Found("Kenya accused Uganda and Rwanda of arming the rebels, allegations both deny.", nlp)
    [reject] = f.find("REJECT")
    assert f.names(reject.sources) == {"Uganda", "Rwanda"} and f.names(reject.targets) == {"Kenya"}, f.summary()


def test_men_suspected_of_an_act_are_not_charged_by_the_one_who_tells_of_them(nlp):
    f = Found("Amnesty accused Kenyan police of detaining young men suspected of helping the rebels, allegations "
              "Nairobi rejected.", nlp)
    assert f.find("ACCUSE", source="Amnesty International", target="Kenyan police"), f.summary()
    assert not [e for e in f.find("ACCUSE", source="Amnesty International")
                if "Kenyan police" not in f.names(e.targets)], \
        f.summary()


def test_an_official_who_dismisses_a_charge_denies_it_and_one_dismissed_is_sacked(nlp):
    f = Found("Kenya accused Somalia of massing troops. Somalia's foreign minister dismissed the charge.", nlp)
    assert f.find("REJECT", source="Somalia", target="Kenya"), f.summary()
    assert not Found("Somalia's president dismissed the foreign minister on Monday.", nlp).find("REJECT")


@pytest.mark.parametrize("text", [
    # what is rejected is no claim: the act stays as told
    "Ukraine accused Russia of shelling Kharkiv. Russia rejected the peace plan.",
    # a denial of someone else's claim denies nothing of the accused
    "Ukraine accused Russia of shelling Kharkiv. Russia denied the report that Belarus had closed its border.",
])
def test_rejecting_something_else_denies_no_earlier_claim(text, nlp):
    f = Found(text, nlp)
    assert f.one("ASSAULT", source="Russia").denied_by is None, f.summary()


@pytest.mark.parametrize("text,denier,accuser", [
    # one who answers for the accused, or takes its side, answers the last accusation
    ("India blamed the Kashmir Front for the ambush. Pakistan rejected the allegation as baseless.", "Pakistan",
     "India"),
    ("Myanmar's junta blamed the People's Defence Force for the blast. The National Unity Government rejected the "
     "accusation.", "National Unity Government", "Tatmadaw"),
])
def test_rejecting_an_allegation_against_another_answers_the_last_accuser(text, denier, accuser, nlp):
    f = Found(text, nlp)
    assert f.find("REJECT", source=denier, target=accuser), f.summary()


def test_denial_with_no_accusation_answers_the_claim_made_about_the_denier(nlp):
    f = Found("The Kenyan army said it had struck an al-Shabaab base near Kismayo. Al-Shabaab rejected the claim.",
              nlp)
    assert f.find("REJECT", source="al-Shabaab", target="Kenya Defence Forces"), f.summary()


def test_a_leader_s_denial_answers_who_accused_the_state(nlp):
    f = Found("Kenya accused Somalia of arming the militants. Somali President Hassan Sheikh Mohamud dismissed "
              "the accusations.", nlp)
    assert f.find("REJECT", source="Hassan Sheikh Mohamud", target="Kenya"), f.summary()


def test_denial_answers_no_praise_and_not_the_deniers(nlp):
    f = Found("Russia's foreign minister said Moscow backs the Syrian army. Syria and Russia denied bombing "
              "hospitals.", nlp)
    for e in f.find("REJECT"):
        assert not set(e.sources) & set(e.targets), f.summary()


@pytest.mark.parametrize("text,type_,trigger", [
    # a charge rejected by a state no one said took part denies no attack a group claimed for itself
    ("Harakat al-Fajr claimed the night raid on an army post near Dolo, and Ethiopia said the attackers had come "
     "from Kenya, a charge Nairobi rejected.", "ASSAULT", "raid"),
    ("Boko Haram claimed the attack on a market in Gwoza, and Nigeria said the gunmen had trained in Cameroon, a "
     "claim Yaounde denied.", "ASSAULT", "attack"),
    # rejecting a demand or a call refuses it; it does not say what it asks for is untrue
    ("Kenya rejected calls to withdraw its troops from Somalia.", "RETREAT", "withdraw"),
    ("Kenya rejected the demands of the protesters.", "REQUEST", "demands"),
])
def test_what_a_denial_does_not_answer_is_not_denied(text, type_, trigger, nlp):
    f = Found(text, nlp)
    assert f.one(type_, trigger=trigger).denied_by is None, f.summary()


def test_a_warning_against_an_attack_accuses_no_one(nlp):
    # "warned X against launching an offensive": X would launch it; nothing was done, no accusation
    f = Found("Egypt warned Israel against launching a ground offensive in Rafah.", nlp)
    e = f.one("ASSAULT", source="Israel")
    assert not e.asserted and not f.find("ACCUSE"), f.summary()


def test_a_refusal_answers_no_claim(nlp):
    f = Found("The UN said 13 peacekeepers from Malawi were killed by rebels. Malawi said it would not withdraw "
              "its troops.", nlp)
    assert not f.find("REJECT", target="United Nations"), f.summary()


@pytest.mark.parametrize("text", ["Moscow has denied targeting civilians.", "The Sudanese army denied bombing civilians."])
def test_denial_is_not_aimed_at_the_victims(text, nlp):
    f = Found(text, nlp)
    assert not f.find("REJECT", target="civilians"), f.summary()


def test_denial_is_not_aimed_at_the_denier(nlp):
    f = Found("Russia strikes on Syria 'may amount to war crimes'\nMoscow has denied it.", nlp)
    for e in f.find("REJECT"):
        assert not set(e.sources) & set(e.targets), f.summary()


# --- modality and negation -----------------------------------------------------------------------------

MODALITY = [  # text, type, trigger, polarity, modality
    # what a speaker said someone would do is told as to come; with a condition, only possible
    ("The ombudsman said he would ask the Red Cross to visit the prison.", "REQUEST", "ask", "positive", "future"),
    ("The rebels said they would attack Goma if the army advanced.", "ASSAULT", "attack", "positive",
     "hypothetical"),
    # what someone is only suspected of is no fact the text tells
    ("Troops burned houses in Dungu to punish farmers suspected of sheltering the rebels.", "AID", "sheltering",
     "positive", "hypothetical"),
    # what one is able to do is not done
    ("Analysts doubt the Houthis' ability to attack shipping.", "ASSAULT", "attack", "positive", "hypothetical"),
    # a yes/no question asserts nothing
    ("Did Iran send drones to Russia?", "AID", "send", "positive", "hypothetical"),
    ("Will Ethiopia attack Eritrea?", "ASSAULT", "attack", "positive", "hypothetical"),
    # an intention "of" doing something is not the doing; "no intention" negates it
    ("Russia has no intention of attacking NATO.", "ASSAULT", "attacking", "negative", "hypothetical"),
    ("Turkey announced its intention of joining the talks.", "CONSULT", "talks", "positive", "hypothetical"),
    # a negation keeps the mood of its verb: what will not be done is not done, nor yet to be
    ("Turkey will not cooperate with Sweden on the extraditions.", "COOPERATE", "cooperate", "negative", "future"),
    ("Russia did not withdraw its troops from the border.", "RETREAT", "withdraw", "negative", "asserted"),
    # an attack mines are laid to deter has not been made
    ("Ukraine's navy laid mines near the port of Odesa to deter a Russian amphibious assault.", "ASSAULT", "assault",
     "positive", "hypothetical"),
    # an attack that "would" set something off was not made
    ("Washington warned that an armed attack on Philippine vessels would invoke the mutual defence treaty.",
     "ASSAULT", "attack", "positive", "hypothetical"),
    # a bare verb the parser hung as a clause or a conjunct of its own under no past did not happen
    ("Moscow began strikes on Monday, saying it wanted to help its ally, President Bashar al-Assad, defeat the "
     "rebels.", "ASSAULT", "defeat", "positive", "hypothetical"),
    ("Rebels may have shelled the camp.", "ASSAULT", "shelled", "positive", "hypothetical"),
    ("Government forces may have used chemical weapons in Ghouta.", "ASSAULT", "used", "positive",
     "hypothetical"),
    ("Iran could ease its opposition to the plan.", "CONCEDE", "ease", "positive", "hypothetical"),
    # attacks planned are not made, whether the parser takes "planning" for a verb or a modifier
    ("Rebels in Darfur were planning an offensive on El Fasher.", "ASSAULT", "offensive", "positive", "future"),
    ("Police arrested nine men suspected of planning attacks on Mombasa.", "ASSAULT", "attacks",
     "positive", "future"),
    # told in the past, what "would" go on "until" something happens: it has not happened, nor is it scheduled
    ("The gang leader said the attacks would continue until Haiti's prime minister stepped down.", "RETREAT",
     "stepped", "positive", "hypothetical"),
    # what one waits or hopes "for" someone to do is not done
    ("Mali waited for the French troops to withdraw from Gao.", "RETREAT", "withdraw", "positive", "hypothetical"),
    ("Sweden voiced hope for a truce to be agreed by the two sides.", "AGREE", "agreed", "positive", "hypothetical"),
    # what one has the right or a plan to do, and what talks are about, has not happened
    ("Washington defended the right of Turkish troops to fire on militants in Syria.", "ASSAULT", "fire", "positive",
     "hypothetical"),
    ("Ethiopia and Somalia resumed negotiations today on an Ethiopian troop pullback from Gedo.", "RETREAT",
     "pullback", "positive", "hypothetical"),
    # what a call asks for is content, also when the parser makes it an infinitival relative clause
    ("The African Union rejected a call for its troops to be deployed in Tigray.", "MOBILIZE", "deployed",
     "positive", "hypothetical"),
    # a demonstration police prevented did not take place
    ("Turkish police prevented the demonstration staged by students in Sivas.", "PROTEST", "demonstration",
     "negative", "asserted"),
    # what a proposal is for has not happened, nor what it is coordinated with
    ("Hamas has accepted a proposal for a ceasefire and the release of half of the hostages it holds.",
     "CONCEDE", "release", "positive", "hypothetical"),
    # a clause of its own after a negated one is not negated
    ("Mark Rutte said the alliance would not be intimidated and that its members would keep supporting Ukraine.",
     "SUPPORT", "supporting", "positive", "hypothetical"),
    # what a resolution aims to do is not scheduled, only wanted
    ("Hungary backed a draft resolution that aims to impose a naval blockade on Serbia.", "ASSAULT", "impose",
     "positive", "hypothetical"),
    ("Kenya and Uganda will meet in Nairobi next week.", "CONSULT", "meet", "positive", "future"),
    ("The army did not attack the village.", "ASSAULT", "attack", "negative", "asserted"),
    ("Turkish forces never shelled the town.", "ASSAULT", "shelled", "negative", "asserted"),
    ("Nobody was killed when the shell hit the market in Kharkiv.", "ASSAULT", "killed", "negative", "asserted"),
    ("None of the hostages were killed in the raid near Gao.", "ASSAULT", "killed", "negative", "asserted"),
    ("The Kenyan president was unable to return the seized ship.", "CONCEDE", "return", "negative", "asserted"),
    # what is to happen "until" or "before" something is not yet so: a condition, not a schedule
    ("Al-Shabaab vowed to fight on until Kenya withdraws its troops from Somalia.", "RETREAT", "withdraws",
     "positive", "hypothetical"),
    ("A militia leader said his fighters would keep fighting until the rebels left South Kivu.", "RETREAT", "left",
     "positive", "hypothetical"),
    ("Pakistan barred the militia from returning the seized trucks.", "CONCEDE", "returning", "negative", "asserted"),
    ("Nigerian troops did not attack the village.", "ASSAULT", "attack", "negative", "asserted"),
    # what a demand asks for has not happened, also when the parser hangs it on the verb of the demand
    ("The World Health Organization (WHO) repeated its demand today that Sudan lift restrictions on the "
     "movement of aid workers.", "CONCEDE", "lift", "positive", "hypothetical"),
]


@pytest.mark.parametrize("text,type_,trigger,polarity,modality", MODALITY)
def test_modality(text, type_, trigger, polarity, modality, nlp):
    f = Found(text, nlp)
    e = f.one(type_, trigger=trigger)
    assert (e.polarity, e.modality) == (polarity, modality), f.summary()
    assert not e.asserted
    assert factuality(e) in (GB.Hypothetical, GB.Future, GB.Negated)


@pytest.mark.parametrize("text,type_,source", [
    ("Riga accused Moscow of jamming GPS signals over its airspace; Russia rejected the charge.", "ACCUSE", "Latvia"),
    ("Sofia accused Ankara of sheltering smugglers near its border; Turkey rejected the claim Europe -", "ACCUSE",
     "Bulgaria"),
])
def test_a_clause_before_a_semicolon_is_its_own(text, type_, source, nlp):
    # the parser may hang "X accused Y" on the verb after the semicolon: it is no content of that denial
    f = Found(text, nlp)
    assert f.one(type_, source=source).asserted, f.summary()


def test_what_its_own_spokesman_told_is_no_charge_a_body_rejects(nlp):
    f = Found("Captain Eric Mbala, a spokesman for the Congolese army, said soldiers killed three of the raiders near "
              "Beni. The rights group Justice Plus accused the soldiers of arriving hours late. The army rejected the "
              "charge.", nlp)
    rejection = f.one("REJECT", source="FARDC")
    assert f.names(rejection.targets) == {"Justice Plus"}, f.summary()
    assert not f.one("ASSAULT", source="FARDC").denied_by, f.summary()


def test_what_a_vetoed_statement_condemns_happened(nlp):
    f = Found("Hungary blocked a European Union statement condemning the Russian strike on a hospital in Kyiv.", nlp)
    assert f.one("ASSAULT", source="Russia").asserted, f.summary()


def test_a_protest_begun_for_a_purpose_is_under_way(nlp):
    f = Found("Hundreds of prisoners in Israeli jails began a hunger strike to protest against detention without trial.",
              nlp)
    assert [e.asserted for e in f.find("PROTEST")] == [True], f.summary()


def test_a_bare_verb_after_a_past_help_happened(nlp):
    f = Found("The army helped the militia capture the town.", nlp)
    assert f.one("ASSAULT", trigger="capture").asserted, f.summary()


def test_accusation_the_writer_comments_on_stays_made(nlp):
    """ "X accused Y of ..., a charge Y denied": the parser may hang X's clause under "denied" with
    "a charge" as its subject; the accusation is still made, not the content of a denial."""
    f = Found("Sudan accused the United Arab Emirates of supplying the RSF with weapons, a charge the Gulf "
              "state has repeatedly denied.", nlp)
    assert f.one("ACCUSE", trigger="accused").modality == "asserted", f.summary()


def test_purpose_of_an_event_after_for_is_no_wish(nlp):
    """ "for a rally to protest X": the rally's purpose, not something hoped "for"."""
    f = Found("Thousands of Kenyans from across the country were converging Friday for a rally in Nairobi to "
              "protest the killings of students by police.", nlp)
    assert f.one("PROTEST").modality != "hypothetical", f.summary()  # (one protest: the rally, its purpose folded in)


@pytest.mark.parametrize("text,type_,trigger", [
    # a verb coordinated with a demand is done, not demanded
    ("China called for a ceasefire and hosted talks between the two sides.", "CONSULT", "hosted"),
    ("Qatar urged restraint and sent aid to Gaza.", "AID", "sent"),
])
def test_coordinated_with_a_demand_is_done(text, type_, trigger, nlp):
    f = Found(text, nlp)
    assert f.one(type_, trigger=trigger).asserted, f.summary()


def test_a_charge_the_parser_hangs_under_the_writer_s_comment_is_still_made(nlp):
    # "..., a charge Abu Dhabi has denied" parsed with the accusation as the complement of "denied"
    f = Found("Foreign Minister Ali Youssef accused the United Arab Emirates of arming the RSF, a charge Abu "
              "Dhabi has repeatedly denied.", nlp)
    assert f.one("ACCUSE", source="Ali Youssef", target="United Arab Emirates").asserted, f.summary()


def test_a_charge_under_a_comment_whose_subject_the_parser_hung_it_on_is_still_made(nlp):
    # "..., a charge Kampala denies" parsed with "a charge" as a compound of the denier's name
    f = Found("Kenya and two rights groups accuse Uganda of arming the rebels, a charge Kampala denies.", nlp)
    assert f.one("ACCUSE", source="Kenya", target="Uganda").asserted, f.summary()


def test_participle_after_an_order_is_the_orderer_s_own_act(nlp):
    f = Found("Mali's junta ordered three French diplomats to leave the country, accusing them of spying.", nlp)
    assert f.one("ACCUSE", trigger="accusing").asserted, f.summary()  # not part of what it orders


def test_participle_on_agreed_noun_is_done(nlp):
    # "agreed to a truce brokered by Egypt": the brokering happened; it describes the truce
    e = Found("Israel and Hamas agreed to a ceasefire mediated by Qatar.", nlp).one("CONSULT", trigger="mediated")
    assert e.asserted


ATTEMPTED = [  # an attempted attack or seizure is one, in the mood of the attempt
    ("Gunmen attempted to assassinate the governor of Kandahar.", "ASSAULT", "assassinate", "positive", "asserted"),
    ("North Korea has tried to hack into South Korean army computers.", "COERCE", "hack", "positive", "asserted"),
    ("Rebels may try to seize the airport.", "ASSAULT", "seize", "positive", "hypothetical"),  # ground taken
    ("Iranian forces tried to seize a British tanker.", "COERCE", "seize", "positive", "asserted"),
    ("Gunmen did not try to kill the governor.", "ASSAULT", "kill", "negative", "asserted"),
]


@pytest.mark.parametrize("text,type_,trigger,polarity,modality", ATTEMPTED)
def test_attempt(text, type_, trigger, polarity, modality, nlp):
    e = Found(text, nlp).one(type_, trigger=trigger)
    assert (e.polarity, e.modality) == (polarity, modality)


NOT_ASSERTED = [  # nothing in these sentences happened (an announced intention is its own AGREE/THREATEN)
    "The shelling may amount to war crimes.",
    "Such attacks could amount to war crimes, Amnesty said.",
    "Iran could ease its opposition to the plan.",
    "Iran would ease its opposition to the plan.",
    "Egypt refused to attack Libya.",
    "Kenya and Uganda will meet in Nairobi next week.",
    "Kenya will host talks with Uganda next week.",
    # an event "any" or "no" names did not happen; rejecting one is a REJECT of who would do it
    "A spokesman for the Somali government rejected any Ethiopian military operation in Puntland.",
    "Armenia said no Azerbaijani drone had struck the village.",
    # ... and so did one whose object "no" counts: none was sent
    "Rwanda sent no troops to the border last year.",
]


def test_rejecting_any_act_opposes_it_and_denies_nothing(nlp):
    # "rejected any operation" opposes an act to come; it does not say one was denied having happened
    f = Found("Kenya reported clashes with Somali militants. A spokesman for the Somali government rejected any "
              "Kenyan military operation in Gedo.", nlp)
    [op] = [e for e in f.events if e.trigger == "operation"]
    assert op.denied_by is None and op.modality == "hypothetical", f.summary()


def test_what_one_warns_one_would_do_is_a_threat(nlp):
    f = Found("Ethiopia's foreign minister warned that Addis Ababa would defend its territorial integrity.", nlp)
    assert f.one("THREATEN", source="Ethiopia").asserted, f.summary()


def test_announced_attack_threatens_whom_its_condition_names(nlp):
    f = Found("Nigeria said its jets would bomb the camps if the bandits attacked another school.", nlp)
    assert f.one("THREATEN", source="Nigeria", target="bandits").asserted, f.summary()


@pytest.mark.parametrize("text", NOT_ASSERTED)
def test_nothing_asserted(text, nlp):
    f = Found(text, nlp)
    happened = [e for e in f.events if e.asserted and e.type != "REJECT" and e.mode != "intent"]
    assert not happened, f.summary()


def test_announced_intention_is_a_promise(nlp):
    f = Found("Kenya and Uganda will meet in Nairobi next week.", nlp)
    [promise] = f.find("AGREE")
    assert promise.mode == "intent" and promise.asserted
    assert {"Kenya", "Uganda"} <= f.names(promise.sources + promise.targets)


@pytest.mark.parametrize("text,participants", [
    ("Kenya will host talks with Uganda next week.", {"Kenya", "Uganda"}),
    ("Ethiopia is set to hold talks with Sudan.", {"Ethiopia", "Sudan"}),
    ("Kenya and Uganda will meet in Nairobi next week.", {"Kenya", "Uganda"}),
])
def test_future_meeting(text, participants, nlp):
    f = Found(text, nlp)
    assert any(participants <= f.names(e.sources + e.targets) and e.modality == "future"
               for e in f.find("CONSULT")), f.summary()


THREATS = [
    ("Pakistan threatened to attack India.", "Pakistan", "India"),
    ("Armenia threatened to attack Azerbaijan if talks failed.", "Armenia", "Azerbaijan"),
    # a threatened act whose verb is also a weather word is not vetoed as a storm
    ("Serbia threatened to storm the Kosovan border post.", "Serbia", "Kosovo"),
    # a vow, pledge or oath to do harm is a threat, also with a purpose-like infinitive
    ("Chad vowed to attack Sudan.", "Chad", "Sudan"),
    ("Chadian rebels have sworn to fight Sudan until the border is reopened.", "Chadian rebels", "Sudan"),
]

@pytest.mark.parametrize("text,source,target", [
    # warning that an attack to come would be answered with force threatens whoever would make it
    ("The Houthis warned that any US strike on Yemen would trigger a harsh response.", "Houthis", "United States"),
    ("Turkey warned that any attack on its troops in Idlib would be met with force.", "Turkey", None),
])
def test_warning_of_an_answer_is_a_threat(text, source, target, nlp):
    f = Found(text, nlp)
    assert f.one("THREATEN", source=source, target=target).asserted, f.summary()
    assert not f.find("ACCUSE") and not f.find("CONSULT"), f.summary()  # the attack is to come; "met with" no meeting


CIRCUMSTANCES = [  # what a demand follows happened; it is not what is demanded
    ("Norway called for sanctions on Eritrea after the shelling of Assab.", "ASSAULT", "shelling"),
    ("Kenya demanded talks in the wake of the bombing of Garissa.", "ASSAULT", "bombing"),
]


@pytest.mark.parametrize("text,type_,trigger", CIRCUMSTANCES)
def test_circumstance_of_a_demand_is_asserted(text, type_, trigger, nlp):
    f = Found(text, nlp)
    assert f.one(type_, trigger=trigger).asserted, f.summary()


def test_announced_measure_named_by_a_noun_is_a_threat(nlp):
    f = Found("President Amadou Keita said he will extend the curfew in Bamako.", nlp)
    assert f.find("THREATEN"), f.summary()


ULTIMATUMS = [  # an announced act with an "unless" condition is a threat, whatever the act
    ("Ghana will withdraw its troops from Mali unless the junta agrees to elections.", "Ghana"),
    ("Chad said it would leave the talks unless Sudan stopped the raids.", "Chad"),
]


@pytest.mark.parametrize("text,source", ULTIMATUMS)
def test_ultimatum_is_a_threat(text, source, nlp):
    f = Found(text, nlp)
    assert f.find("THREATEN", source=source) and not f.find("AGREE", source=source), f.summary()


CONDITIONS = [  # an act inside an "if"/"unless" clause did not happen
    ("Niger said it would close the border unless Mali withdrew its troops.", "RETREAT", "withdrew"),
    ("Peru will send troops if Bolivia attacks the border.", "ASSAULT", "attacks"),
]


@pytest.mark.parametrize("text,type_,trigger", CONDITIONS)
def test_condition_is_not_asserted(text, type_, trigger, nlp):
    f = Found(text, nlp)
    assert not f.one(type_, trigger=trigger).asserted, f.summary()


NOUN_MOOD = [  # an event noun takes the mood of the verb whose object it is
    ("Kenya threatened to tighten its blockade on Somalia.", "blockade", "hypothetical"),
    ("Kenya threatened to impose a blockade on Somalia.", "impose", "hypothetical"),  # one phrase
    ("The army did not launch an offensive in Kidal.", "offensive", "negative"),
    ("Mali plans to launch an offensive in Kidal.", "offensive", "future"),
]


@pytest.mark.parametrize("text,trigger,mood", NOUN_MOOD)
def test_noun_takes_the_mood_of_its_verb(text, trigger, mood, nlp):
    f = Found(text, nlp)
    e = next(e for e in f.events if e.trigger == trigger)
    assert mood in (e.polarity, e.modality), f.summary()


@pytest.mark.parametrize("text,source,target", THREATS)
def test_threat_and_its_content(text, source, target, nlp):
    f = Found(text, nlp)
    threat = f.one("THREATEN", source=source, target=target)
    assert threat.asserted
    attack = f.one("ASSAULT", source=source, target=target)
    assert not attack.asserted, f.summary()


@pytest.mark.parametrize("text,source,target", THREATS)
def test_threatened_act_is_hypothetical(text, source, target, nlp):
    f = Found(text, nlp)
    assert f.one("ASSAULT", source=source, target=target).modality == "hypothetical", f.summary()


def test_refusal_inside_an_accusation_is_not_an_answer_to_it(nlp):
    f = Found("Amnesty accused the United States of violating the treaty.", nlp)
    assert not any("Amnesty International" in f.names(e.targets) for e in f.find("REJECT")), f.summary()


def test_refused_act_is_not_asserted(nlp):
    f = Found("Egypt refused to attack Libya.", nlp)
    assert f.find("REJECT", source="Egypt"), f.summary()
    assert not f.one("ASSAULT", source="Egypt").asserted


# --- casualties ----------------------------------------------------------------------------------------

CASUALTIES = [  # text, kind, count, qualifier, victims label
    ("At least 30 civilians were killed in the attack.", "killed", 30, "at-least", "civilians"),
    ("Rebels shelled the market, killing at least 30 civilians.", "killed", 30, "at-least", "civilians"),
    ("Amnesty said Russian strikes killed 200 civilians.", "killed", 200, "exact", "civilians"),
    ("The suspected air strike killed five civilians in Marib.", "killed", 5, "exact", "civilians"),
    ("Two soldiers were killed and five wounded when rebels attacked a checkpoint.", "injured", 5, "exact", None),
    ("Police arrested about 50 protesters in Lagos.", "arrested", 50, "about", "Lagos protesters"),
    ("Troops fired on the crowd, killing two people and arresting 12.", "arrested", 12, "exact", None),
]


@pytest.mark.parametrize("text,kind,count,qualifier,victims", CASUALTIES)
def test_casualty(text, kind, count, qualifier, victims, nlp):
    f = Found(text, nlp)
    got = [(c.kind, c.count, c.qualifier, f.name(c.victims)) for e in f.events for c in e.casualties]
    assert (kind, count, qualifier, victims) in got, (got, f.summary())


def test_casualties_counted_once_per_sentence(nlp):
    f = Found("Rebels shelled the market, killing at least 30 civilians.", nlp)
    assert sum(len(e.casualties) for e in f.events) == 1, f.summary()


@pytest.mark.parametrize("text,triggers", [
    # the wounding told with a killing is the same attack's toll, no attack of its own
    ("Bandits raided Gusau on Sunday, killing three villagers and wounding five others.", {"raided", "killing"}),
    ("Four soldiers were killed and nine wounded near Menaka.", {"killed"}),
])
def test_harm_told_with_the_toll_is_no_other_attack(text, triggers, nlp):
    f = Found(text, nlp)
    assert {e.trigger for e in f.find("ASSAULT")} == triggers, f.summary()


def test_arrests_counted_on_the_arrest_killings_on_the_killing(nlp):
    f = Found("Troops fired on the crowd, killing two people and arresting 12.", nlp)
    [arrest] = f.find("COERCE")
    assert [(c.kind, c.count) for c in arrest.casualties] == [("arrested", 12)], f.summary()
    assert all(c.kind != "arrested" for e in f.find("ASSAULT") for c in e.casualties), f.summary()


@pytest.mark.parametrize("text,attacker", [
    ("At least 30 civilians were killed when Syrian jets bombed Idlib.", "Syria"),
    ("Twelve people were wounded as Syrian artillery shelled Idlib.", "Syria"),
    # the clause may hang on the coordinated verb
    ("At least 30 people were killed and 12 wounded when Syrian jets bombed Idlib.", "Syria"),
    # an attack noun's agent kills who its verb's participle says it killed
    ("A drone strike by the Syrian army hit a school in Idlib, killing 12 people.", "Syrian Arab Army"),
])
def test_casualties_belong_to_the_attacker(text, attacker, nlp):
    f = Found(text, nlp)
    assert any(c.count in (30, 12) for e in f.find("ASSAULT", source=attacker) for c in e.casualties), f.summary()


# --- weapons -------------------------------------------------------------------------------------------

WEAPONS = [  # text, weapons that must be listed
    ("Rebels said government forces used cluster munitions in Daraa.", {"cluster munitions"}),
    ("Rebels fired rockets and mortars at Aden.", {"rockets", "mortars"}),
    ("Human Rights Watch said Syrian helicopters dropped barrel bombs on Daraa.", {"barrel bombs"}),
    ("Syrian warplanes dropped cluster munitions on Idlib.", {"cluster munitions"}),
    ("Militants lobbed mortars at the army base in Aden.", {"mortars"}),
    # named weapon systems are one weapon with their name
    ("The militia fired Katyusha rockets at a border village.", {"katyusha rockets"}),
    ("Moscow launched Iskander missiles and Shahed drones at the port.", {"iskander missiles", "shahed drones"}),
    ("Russian jets dropped glide bombs on the town.", {"glide bombs"}),
]


@pytest.mark.parametrize("text,weapons", WEAPONS)
def test_weapons(text, weapons, nlp):
    f = Found(text, nlp)
    got = {w for e in f.find("ASSAULT") for w in e.weapons}
    assert weapons <= got, (got, f.summary())


@pytest.mark.parametrize("text,not_weapon", [
    ("Rebels said government forces used cluster munitions in Daraa.", "munitions"),
    ("The army threatened to bomb the rebels.", "bomb"),
    ("Rebels fired rockets and mortars at Aden.", "fired"),
    # what an attack strikes is no weapon it uses
    ("The Houthis attacked a British warship in the Gulf of Aden.", "warship"),
    ("Ukrainian forces destroyed three Russian tanks near Avdiivka.", "tanks"),
])
def test_not_a_weapon(text, not_weapon, nlp):
    f = Found(text, nlp)
    assert not_weapon not in {w for e in f.events for w in e.weapons}, f.summary()


# --- dates against the publication date ------------------------------------------------------------------

DATES = [  # text, publication date (2024-03-15 is a Friday), date, date_end
    ("Israeli jets struck Gaza on Wednesday.", "2024-03-15", "2024-03-13", None),
    ("Syrian jets bombed Idlib yesterday.", "2024-03-15", "2024-03-14", None),
    ("Syrian jets bombed Idlib last week.", "2024-03-15", "2024-03-04", "2024-03-10"),
    ("Syrian jets bombed Idlib on 3 March 2023.", "2024-03-15", "2023-03-03", None),
    # a time of day NER tags on a day dates the day
    ("Israeli jets struck Gaza on Monday night.", "2024-03-15", "2024-03-11", None),
    ("Syrian jets bombed Idlib last night.", "2024-03-15", "2024-03-14", None),
    ("Gunmen attacked Bunia on Thursday night.", "2024-03-15", "2024-03-14", None),
    ("Gunmen attacked Bunia early on Wednesday morning.", "2024-03-15", "2024-03-13", None),
    # overnight: the night before the story
    ("Russian drones struck Odesa overnight.", "2024-03-15", "2024-03-14", None),
    ("Syrian jets bombed Idlib between March 1 and March 4.", "2024-03-15", "2024-03-01", "2024-03-04"),
    ("Israeli jets struck Gaza on Wednesday.", None, None, None),  # no publication date: no guess
    # a span's preposition, which NER leaves out of the date: up to publication, or to the second date
    ("Syrian jets have bombed Idlib since January.", "2024-03-15", "2024-01-01", "2024-03-15"),
    ("From January to February, Syrian jets bombed Idlib.", "2024-03-15", "2024-01-01", "2024-02-29"),
    # the date nearest the event in the parse, not the report's
    ("The army said on Tuesday it had bombed a rebel base near Idlib last week.", "2024-03-15", "2024-03-04",
     "2024-03-10"),
]


@pytest.mark.parametrize("text,type_", [
    # a length of time that describes the act, or follows "for" or "within", is no date
    ("Rebels launched a two-day offensive near Goma.", "ASSAULT"),
    ("The 20-year insurgency has killed 8,000 people in Borno.", "ASSAULT"),
    ("The junta promised Mali would hold elections within two years.", "AGREE"),
    # a bare count of units is a length, not a time ago
    ("Gunmen killed 20 people in Borno in the deadliest attack in five years.", "ASSAULT"),
])
def test_length_of_time_is_no_date(text, type_, nlp):
    f = Found(text, nlp, date="2024-03-15")
    e = f.one(type_)
    assert (e.date, e.date_text) == (None, None), f.summary()


@pytest.mark.parametrize("text,type_", [
    # a date that describes a noun, or sits in a clause on one, dates that, not the event
    ("The National Unity Government, formed after the 2021 coup, condemned the attack.", "ACCUSE"),
    ("Rwanda, which hosted the 2019 summit, accused Burundi of shelling its border posts.", "ACCUSE"),
])
def test_another_thing_s_date_dates_no_event(text, type_, nlp):
    f = Found(text, nlp, date="2024-03-15")
    assert f.one(type_).date is None, f.summary()


@pytest.mark.parametrize("text,type_", [
    ("Colombia and the ELN signed a six-month ceasefire in Havana on Thursday.", "AGREE"),
    ("A Burundian court sentenced the journalist to 10 years in prison on Thursday.", "SANCTION"),
])
def test_length_of_time_leaves_the_date(text, type_, nlp):
    f = Found(text, nlp, date="2024-03-15")
    assert {e.date for e in f.find(type_)} == {"2024-03-14"}, f.summary()


@pytest.mark.parametrize("text,type_,pubdate,start", [
    # what is still to come is on the coming weekday, not the last one
    ("Hamas said its delegation would travel to Cairo on Sunday for talks.", "CONSULT", "2024-03-15", "2024-03-17"),
    ("Hamas said its delegation travelled to Cairo on Sunday for talks.", "CONSULT", "2024-03-15", "2024-03-10"),
    # a month named for what is to come is the coming one
    ("Burundi will withdraw its troops from Congo by June.", "RETREAT", "2024-03-15", "2024-06-01"),
    # the day something to come was told of is not the day it comes
    ("Chad will close its border with Sudan, officials said on Friday.", "COERCE", "2024-03-15", None),
])
def test_date_of_what_is_to_come(text, type_, pubdate, start, nlp):
    f = Found(text, nlp, date=pubdate)
    assert f.one(type_).date == start, f.summary()


def test_a_count_ner_takes_for_a_date_dates_nothing(nlp):
    f = Found("The RSF shelled a crowded market in El Fasher on Saturday, killing at least 19 civilians and wounding 40, "
              "the Sudan Doctors Network said.", nlp, date="2024-03-15")
    assert f.events and {e.date for e in f.events} <= {"2024-03-09", None}, f.summary()


@pytest.mark.parametrize("text,pubdate,start,end", DATES)
def test_event_date(text, pubdate, start, end, nlp):
    f = Found(text, nlp, date=pubdate)
    e = f.one("ASSAULT")
    assert e.date == start, (e.date, e.date_end, e.date_text)
    if end is not None:
        assert e.date_end == end, (e.date, e.date_end, e.date_text)
    if start is not None:
        assert e.date_text and e.date_text in text
