"""Extraction lexicons: bundled data loads, lookups answer, malformed data is reported."""
from __future__ import annotations

import shutil

import pytest

from graphbuild.errors import DataError
from graphbuild.extract.lexicon import DATA_DIR, Lexicon, Sense, read_senses
from graphbuild.model import EVENT_TYPES


@pytest.fixture(scope="module")
def lx() -> Lexicon:
    return Lexicon.load()


@pytest.mark.parametrize("lemma,event_type,mode", [
    ("bombard", "ASSAULT", "heavy-weapons"), ("bomb", "ASSAULT", "aerial"), ("shell", "ASSAULT", "heavy-weapons"),
    ("kill", "ASSAULT", None), ("ambush", "ASSAULT", "firearms"), ("behead", "ASSAULT", "physical-assault"),
    ("kidnap", "COERCE", "abduct"), ("accuse", "ACCUSE", "allege"), ("condemn", "ACCUSE", "disapprove"),
    ("criticise", "ACCUSE", "disapprove"), ("investigate", "ACCUSE", "investigate"),
    ("reject", "REJECT", None), ("veto", "REJECT", "veto"), ("urge", "REQUEST", None),
    ("meet", "CONSULT", None), ("visit", "CONSULT", "visit"), ("telephone", "CONSULT", "phone"),
    ("agree", "AGREE", None), ("sign", "AGREE", "sign"), ("support", "SUPPORT", "endorse"),
    ("praise", "SUPPORT", "praise"), ("cooperate", "COOPERATE", None), ("arm", "AID", "military"),
    ("release", "CONCEDE", "release"), ("withdraw", "RETREAT", "withdraw"), ("threaten", "THREATEN", None),
    ("protest", "PROTEST", "demonstrate"), ("boycott", "PROTEST", "boycott"), ("expel", "SANCTION", "expel"),
    ("deploy", "MOBILIZE", "military"), ("arrest", "COERCE", "arrest"), ("Deport", "COERCE", "deport"),
])
def test_verb(lx, lemma, event_type, mode):
    s = lx.verb(lemma)
    assert (s.event_type, s.mode) == (event_type, mode)


@pytest.mark.parametrize("lemma,event_type,mode", [
    ("airstrike", "ASSAULT", "aerial"), ("air strike", "ASSAULT", "aerial"), ("strike", "ASSAULT", "aerial"),
    ("bombing", "ASSAULT", "aerial"), ("shelling", "ASSAULT", "heavy-weapons"), ("raid", "ASSAULT", None),
    ("offensive", "ASSAULT", None), ("massacre", "ASSAULT", "mass-violence"), ("talks", "CONSULT", "negotiate"),
    ("meeting", "CONSULT", None), ("summit", "CONSULT", "multilateral"), ("accusation", "ACCUSE", "allege"),
    ("condemnation", "ACCUSE", "disapprove"), ("sanctions", "SANCTION", None), ("embargo", "SANCTION", "embargo"),
    ("arrest", "COERCE", "arrest"), ("withdrawal", "RETREAT", "withdraw"), ("deployment", "MOBILIZE", "military"),
    ("threat", "THREATEN", None), ("protest", "PROTEST", "demonstrate"), ("agreement", "AGREE", None),
    ("ceasefire", "AGREE", "ceasefire"), ("truce", "AGREE", "ceasefire"), ("aid", "AID", None),
    ("cooperation", "COOPERATE", None), ("demand", "REQUEST", None), ("denial", "REJECT", "denial"),
])
def test_noun(lx, lemma, event_type, mode):
    s = lx.noun(lemma)
    assert (s.event_type, s.mode) == (event_type, mode)


def test_unknown_and_pos_specific(lx):
    assert lx.verb("sing") is None and lx.noun("banana") is None
    assert lx.verb("talks") is None  # a noun only
    assert lx.verb("use").note == "weapon-use"
    assert lx.verb("bomb").cameo == "195"


@pytest.mark.parametrize("verb,word,event_type", [
    ("hold", "talks", "CONSULT"), ("find", "ground", "AGREE"), ("reach", "agreement", "AGREE"),
    ("reach", "deal", "AGREE"), ("sign", "deal", "AGREE"), ("shoot", "down", "ASSAULT"),
    ("call", "on", "REQUEST"), ("call", "for", "REQUEST"), ("pull", "out", "RETREAT"),
    ("impose", "sanction", "SANCTION"), ("open", "fire", "ASSAULT"), ("make", "use", "ASSAULT"),
    ("blow", "up", "ASSAULT"), ("Lift", "Sanctions", "CONCEDE"), ("crack", "down", "COERCE"),
])
def test_phrase(lx, verb, word, event_type):
    assert lx.phrase(verb, word).event_type == event_type


@pytest.mark.parametrize("lemma,event_type", [
    ("reimpose", "COERCE"), ("rearrest", "COERCE"), ("re-arrest", "COERCE"), ("redeploy", "MOBILIZE"),
    ("recommend", None), ("reside", None), ("resettle", None), ("rebel", None),
])
def test_verbs_of_doing_again(lx, lemma, event_type):
    sense = lx.verb(lemma)
    assert (sense.event_type if sense else None) == event_type


def test_again_in_phrases_light_verbs_and_repaired_lemmas(lx):
    assert lx.phrase("reimpose", "sanctions").event_type == "SANCTION"
    assert lx.is_light_verb("relaunch")
    assert "rearrest" in lx.verb_lemmas() and "recommend" not in lx.verb_lemmas()


def test_phrase_miss(lx):
    assert lx.phrase("hold", "breath") is None


@pytest.mark.parametrize("lemma,light", [
    ("launch", True), ("carry out", True), ("conduct", True), ("step up", True), ("hold", True),
    ("bomb", False), ("say", False),
])
def test_light_verbs(lx, lemma, light):
    assert lx.is_light_verb(lemma) is light


@pytest.mark.parametrize("lemma,kind", [
    ("say", "say"), ("tell", "say"), ("report", "say"), ("document", "say"), ("allege", "accuse"),
    ("accuse", "accuse"), ("deny", "deny"), ("dismiss", "deny"), ("according to", "according_to"),
    ("According  to", "according_to"), ("bomb", None),
])
def test_reporting(lx, lemma, kind):
    assert lx.reporting(lemma) == kind


@pytest.mark.parametrize("cue,kind", [
    ("may", "hypothetical"), ("could", "hypothetical"), ("may amount to", "hypothetical"), ("if", "hypothetical"),
    ("will", "future"), ("plan to", "future"), ("expected to", "future"), ("not", "negation"),
    ("never", "negation"), ("did not", "negation"), ("failed to", "negation"), ("alleged", "alleged"),
    ("suspected", "alleged"), ("bomb", None),
])
def test_modality(lx, cue, kind):
    assert lx.modality(cue) == kind


def test_modality_cues_longest_first(lx):
    cues = lx.modality_cues()
    lengths = [len(c.split()) for c, _ in cues]
    assert lengths == sorted(lengths, reverse=True)
    assert ("may amount to", "hypothetical") in cues
    assert {k for _, k in cues} == {"hypothetical", "future", "negation", "alleged"}


@pytest.mark.parametrize("phrase,category,mode", [
    ("cluster munitions", "cluster-munitions", "aerial"), ("Barrel Bombs", "barrel-bombs", "aerial"),
    ("sarin", "chemical", "cbrn"), ("chlorine", "chemical", "cbrn"), ("mortars", "mortars", "heavy-weapons"),
    ("cruise missiles", "missiles", "heavy-weapons"), ("warplanes", "aircraft", "aerial"),
    ("drones", "drones", "drone"), ("IEDs", "explosives", "explosives"), ("white phosphorus", "incendiary", None),
])
def test_weapon(lx, phrase, category, mode):
    assert lx.weapon(phrase) == category
    assert lx.weapon_mode(phrase) == mode


def test_weapon_phrases(lx):
    phrases = lx.weapon_phrases()
    assert "barrel bombs" in phrases and "bombs" in phrases
    assert phrases.index("barrel bombs") < phrases.index("bombs")  # longest first
    assert lx.weapon("banana") is None


@pytest.mark.parametrize("word,kind", [
    ("killed", "killed"), ("dead", "killed"), ("deaths", "killed"), ("fatalities", "killed"),
    ("wounded", "injured"), ("injured", "injured"), ("hurt", "injured"), ("arrested", "arrested"),
    ("detained", "arrested"), ("taken prisoner", "arrested"), ("happy", None),
])
def test_casualty(lx, word, kind):
    assert lx.casualty(word) == kind


@pytest.mark.parametrize("word,value", [
    ("dozens", (24, "many")), ("a dozen", (12, "about")), ("hundreds", (200, "many")),
    ("thousands", (2000, "many")), ("several", (3, "at-least")), ("scores", (40, "many")),
    ("twelve", (12, "exact")), ("banana", None),
])
def test_quantity(lx, word, value):
    assert lx.quantity(word) == value


@pytest.mark.parametrize("trigger,context,vetoed", [
    ("strike", "earthquake", True), ("hit", "storm", True), ("kill", "disease", True), ("kill", "flood", True),
    ("strike", "worker", True), ("strike", "union", True), ("attack", "heart", True), ("attack", "panic", True),
    ("shoot", "film", True), ("fire", "employee", True), ("crash", "market", True),
    ("strike", "hospital", False), ("attack", "village", False), ("shoot", "protester", False),
    ("kill", "civilian", False),
])
def test_non_event(lx, trigger, context, vetoed):
    assert (lx.non_event(trigger, context) is not None) is vetoed


@pytest.mark.parametrize("trigger,context,instead", [
    ("strike", "worker", "PROTEST"), ("strike", "hunger", "PROTEST"), ("attack", "cyber", "COERCE"),
    ("strike", "earthquake", None), ("attack", "village", None),
])
def test_non_event_instead(lx, trigger, context, instead):
    assert lx.non_event_instead(trigger, context) == instead


def test_every_sense_is_valid(lx):
    senses = read_senses(DATA_DIR / "verbs.csv")
    assert len(senses) > 300
    assert {s.event_type for s in senses.values()} == set(EVENT_TYPES)  # every type has triggers
    for (lemma, pos), s in senses.items():
        assert isinstance(s, Sense) and s.event_type in EVENT_TYPES
        assert lemma == lemma.lower() and pos in ("VERB", "NOUN")


def test_load_is_cached():
    assert Lexicon.load() is Lexicon.load()
    assert Lexicon(DATA_DIR) is not Lexicon.load()  # (a fresh read is its own; timing is benchmarked)


# ------------------------------------------------------------------ malformed data

@pytest.mark.parametrize("file,line,reason", [
    ("verbs.csv", "zap,VERB,ZAP,,,", "unknown event type"),
    ("verbs.csv", "zap,ADJ,ASSAULT,,,", "pos"),
    ("verbs.csv", "zap,VERB,ASSAULT,,x19,", "bad CAMEO"),
    ("verbs.csv", "bomb,VERB,ASSAULT,aerial,195,", "duplicate trigger"),
    ("verbs.csv", "zap,VERB,ASSAULT", "expected 6 fields"),
    ("phrases.csv", "hold,talks,CONSULT,,04,", "duplicate phrase"),
    ("phrases.csv", "hold,zap,CHAT,,04,", "unknown event type"),
    ("reporting.csv", "mutter,whisper", "kind"),
    ("modality.csv", "perchance,maybe", "kind"),
    ("weapons.csv", "slingshot,,", "empty category"),
    ("casualties.csv", "killed,killed,yes", "duplicate casualty word"),
    ("casualties.csv", "slaughtered,killed,maybe", "counts must be yes or no"),
    ("quantities.csv", "gazillions,lots,many", "not a whole number"),
    ("quantities.csv", "gazillions,5,vague", "kind"),
    ("non_events.csv", "*,earthquake,again,", "duplicate non-event"),
    ("non_events.csv", "strike,chess,game,GAME", "unknown event type"),
])
def test_malformed_data_raises_with_file_and_line(tmp_path, file, line, reason):
    d = tmp_path / "data"
    shutil.copytree(DATA_DIR, d)
    path = d / file
    n_lines = len(path.read_text(encoding="utf-8").splitlines())
    with path.open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")
    with pytest.raises(DataError) as err:
        Lexicon(d)
    assert f"{file}:{n_lines + 1}:" in str(err.value)
    assert reason in str(err.value)


def test_missing_column_and_missing_file(tmp_path):
    f = tmp_path / "verbs.csv"
    f.write_text("lemma,pos,event_type,mode,cameo\nbomb,VERB,ASSAULT,aerial,195\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"verbs\.csv:1: missing column\(s\) note"):
        read_senses(f)
    d = tmp_path / "data"
    shutil.copytree(DATA_DIR, d)
    (d / "light_verbs.txt").unlink()
    with pytest.raises(DataError, match="light_verbs.txt"):
        Lexicon(d)
