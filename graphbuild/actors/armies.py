"""A state's ground forces as its army: "Israeli troops", "the military said", "government forces".

Event coders code an army apart from the state it serves (CAMEO's ``ISRMIL``, ACLED's "Military
Forces of ..."), and readers of conflict news keep them apart too: what "the army said" is not
what the government said. The earlier passes of :mod:`graphbuild.actors.resolve` read a state's
forces as the state acting; this last pass gives every mention that names them by a ground-force
word the state's army instead, a MILITARY actor MEMBER_OF the state, where the document names
that army as such, as its army or its military: the one the gazetteer knows ("the Israeli
army ... Israeli soldiers", "the Israeli military said": the Israel Defense Forces) or one
labelled with the state's demonym ("the Malian army ... Malian troops": the "Malian army").
Aircraft and strikes ("Russian warplanes", "Syrian jets") stay the state's own, as do officials;
police are a body of their own (:func:`graphbuild.actors.forces.police_of`).

>>> sorted(ARMY_HEADS), "troops" in GROUND_FORCES
(['army', 'military'], True)
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from graphbuild.actors.aircraft import AIRCRAFT
from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.tables import DATA_DIR, read_codes
from graphbuild.model import Actor

if TYPE_CHECKING:
    from graphbuild.actors.resolve import DocActors

#: Last words of a mention that name a state's army: "Israeli troops", "the military", "government
#: forces", "Pakistani security forces", "special forces".
GROUND_FORCES = frozenset({"army", "military", "troops", "troop", "soldiers", "soldier", "forces",
                           "servicemen", "infantry"})
#: Last words of a mention that name a state's army as an institution: "the army said", "the
#: Chadian military said" (as most coders and annotators code it: the army, not the state).
ARMY_HEADS = frozenset({"army", "military"})
#: What an army has that an attack can hit: "ambushed an army convoy", "attacked army bases".
ARMY_POSTS = frozenset({w + s for w in ("convoy", "base", "post", "outpost", "patrol", "checkpoint", "camp",
                                         "position", "garrison", "column", "unit", "vehicle", "truck")
                        for s in ("", "s")} | {"barracks"})


def army_post(token) -> bool:
    """Whether ``token`` is "army" or "military" said of a post it holds ("an army convoy", "army bases").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> d = Doc(spacy.blank("en").vocab, words=["army", "convoy"], heads=[1, 1], deps=["compound", "ROOT"])
    >>> army_post(d[0]), army_post(d[1])
    (True, False)
    """
    return token.lower_ in ARMY_HEADS and token.head.lower_ in ARMY_POSTS


#: Blows an army named as such strikes: "a Myanmar military air strike" (but "an Ethiopian military
#: operation" may be the state's, the adjective saying what kind of operation).
ARMY_ACTS = frozenset({"strike", "airstrike", "attack", "raid", "assault", "shelling", "bombardment"})
#: Who speaks for or commands an army, named with it: "an army spokesman", "military officers".
ARMY_MEMBERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "officer", "officers", "commander", "commanders"})
#: Words before a force word that name another service ("air forces", "naval forces", "police forces").
OTHER_SERVICES = frozenset({"air", "naval", "navy", "police", "coast", "border", "marine", "paramilitary"})
#: Roles of a mention that owns or describes the noun after it.
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
#: How the gazetteer may name a state's army: "Israeli army" (the IDF), "American military".
ARMY_NAMES = ("{demonym} army", "{demonym} military", "{country} army", "{country} military")


def state_army(state: Actor, gaz: Gazetteer) -> Actor:
    """The army of ``state``: the MILITARY actor the gazetteer knows by its demonym ("Israeli army"
    is the Israel Defense Forces), else one keyed ``mil/<ISO>/army`` and labelled "<demonym> army".

    >>> g = Gazetteer.load()
    >>> state_army(g.actor("state/ISR"), g).label, state_army(g.actor("state/NER"), g).label
    ('Israel Defense Forces', 'Nigerien army')
    """
    demonym = gaz.demonym_of(state) or state.label
    for pattern in ARMY_NAMES:
        known = gaz.lookup(pattern.format(demonym=demonym, country=state.label))
        if known is not None and known.type == "MILITARY" and known.country == state.key:
            return known
    return Actor(key=f"mil/{state.key.split('/', 1)[1]}/army", label=f"{demonym} army", type="MILITARY",
                 country=state.key)


#: Words of a name for a state's whole armed forces besides the state's own name: "Mozambique Armed
#: Defence Forces", "Philippine Army", "the Armed Forces of the Philippines", "Ethiopian National
#: Defense Force" (not "Myanmar National Democratic Alliance Army", an armed group).
WHOLE_FORCE_WORDS = frozenset({"armed", "forces", "force", "defence", "defense", "army", "military", "national",
                               "royal", "of", "the"})


def state_named_besides(label: str, force_words: frozenset[str], gaz: Gazetteer) -> Actor | None:
    """The state a force's name names with its words other than ``force_words``, or None (also when
    there are none): "Mozambique" in "Mozambique Armed Defence Forces", "Haitian" in "Haitian
    National Police".

    >>> state_named_besides("Haitian National Police", frozenset({"national", "police"}), Gazetteer.load()).key
    'state/HTI'
    """
    rest = " ".join(w for w in label.split() if w.lower() not in force_words)
    return (gaz.lookup(rest) or gaz.demonym(rest)) if rest else None


def whole_army(actor: Actor, gaz: Gazetteer) -> bool:
    """Whether the MILITARY ``actor`` is named as its state's whole armed forces: the state's name
    or demonym and force words only, not one unit's name.

    >>> g = Gazetteer.load()
    >>> whole_army(Actor("org/x", "Mozambique Armed Defence Forces", "MILITARY", country="state/MOZ"), g)
    True
    >>> whole_army(Actor("org/y", "Armed Forces of the Philippines", "MILITARY", country="state/PHL"), g)
    True
    >>> whole_army(Actor("org/z", "3rd Infantry Division", "MILITARY", country="state/PHL"), g)
    False
    """
    if actor.type != "MILITARY" or not actor.country:
        return False
    words = actor.label.split()
    rest = [w for w in words if w.lower() not in WHOLE_FORCE_WORDS]
    if not rest or len(rest) == len(words) or not {"army", "military", "forces", "force"} & {w.lower() for w in words}:
        return False
    state = state_named_besides(actor.label, WHOLE_FORCE_WORDS, gaz)
    return state is not None and state.key == actor.country


@functools.lru_cache(maxsize=1)
def army_juntas() -> frozenset[str]:
    """ISO3 codes of the states whose junta is their army (``data/army_juntas.txt``): there "the
    junta" is the army that rules, not a government beside it.

    >>> "MMR" in army_juntas(), "MLI" in army_juntas()
    (True, False)
    """
    return read_codes(DATA_DIR / "army_juntas.txt")


def flown(token) -> bool:
    """Whether ``token`` is "army" or "military" said of aircraft it flies ("Myanmar military jets").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> d = Doc(spacy.blank("en").vocab, words=["military", "jets"], heads=[1, 1], deps=["amod", "ROOT"])
    >>> flown(d[0]), flown(d[1])
    (True, False)
    """
    return token.lower_ in ARMY_HEADS and token.head.lower_ in AIRCRAFT


def names_ground_forces(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention ``doc[start:end]`` names a state's ground forces: its last word is a
    force word ("Israeli troops", "the military") not of another service ("air forces"), or it
    owns one ("its soldiers", "government forces"); an army that owns something is one ("an army
    convoy").

    >>> import spacy
    >>> d = spacy.blank("en")("Malian troops and Malian air forces")
    >>> names_ground_forces(d, 0, 2), names_ground_forces(d, 3, 6)
    (True, False)
    """
    last = doc[end - 1]
    act = last.head.head if last.head.dep_ == "compound" else last.head  # ("military air strike": on "air")
    if last.lower_ in ARMY_HEADS and act.lemma_.lower() in ARMY_ACTS or flown(last):
        return True  # "a Myanmar military air strike", "Myanmar military jets" (where the military is named
        # as such): the military's (not "Russian warplanes")
    if not (army_post(last) or last.lower_ in ARMY_HEADS and last.head.lower_ in ARMY_MEMBERS) \
            and last.dep_ in OWNER_DEPS and last.i < last.head.i <= last.i + 3:  # ("army posts", "an army spokesman")
        last = last.head  # "its soldiers", "government forces": the owner of the soldiers
    if last.lower_ not in GROUND_FORCES:
        return False
    return last.i == 0 or doc[last.i - 1].lower_ not in OTHER_SERVICES


def armies(doc: Doc, gaz: Gazetteer, found: DocActors) -> None:
    """Where a document names a state's army as such ("the Israeli army", "the Malian Armed
    Forces"), give each mention of that state that names its ground forces the army instead:
    "Israeli troops raided a camp ... the military said" are acts and words of that army. Where
    it does not, the state's forces stay the state acting.

    >>> armies.__name__  # needs a parsed Doc; see tests/actors/test_armies.py
    'armies'
    """
    named = {}
    for actor in found.actors.values():
        if actor.type == "MILITARY" and actor.country:
            iso = actor.country.split("/", 1)[1]
            if actor.key in (state_army(found.actors.get(actor.country) or gaz.actor(actor.country), gaz).key,
                             f"mil/{iso}/armed-forces"):
                named.setdefault(actor.country, actor)
    for actor in found.actors.values():  # a name the gazetteer does not know: "the Mozambique Armed Defence Forces"
        if whole_army(actor, gaz):
            named.setdefault(actor.country, actor)
    juntas = {f"state/{iso}" for iso in army_juntas()}
    ruling = set()  # spans of "the junta" where the junta is the army: "Myanmar's junta", "a junta spokesman"
    for start, end, key in found.mention_spans:  # "the army said": the state's army named as such
        actor = found.actors.get(key)
        if actor is None or actor.type != "STATE":
            continue
        if key in juntas and (doc[end - 1].lower_ == "junta" or doc[end - 1].lower_ in MILITARY_RULE
                              and end > 1 and doc[end - 2].lower_ == "military"):
            ruling.add((start, end))  # (so are "the military council", "the military rulers")
        if (doc[end - 1].lower_ in ARMY_HEADS or (start, end) in ruling or _government_forces(doc[start:end])) \
                and not flown(doc[end - 1]):  # ("an Emirati military aircraft" names no army)
            named.setdefault(key, state_army(actor, gaz))
    fleets: set[tuple[str, str]] = set()  # (state, aircraft word) its army is said to fly: "Myanmar military jets"
    for start, end, key in sorted(found.mention_spans):
        craft = doc[start].lemma_.lower() if end - start == 1 else None
        if key not in named or not (names_ground_forces(doc, start, end) or (key, craft) in fleets
                                    or (start, end) in ruling):
            continue  # ("... Hours later, jets struck": those jets, read as the state's)
        if flown(doc[end - 1]):
            fleets.add((key, doc[end - 1].head.lemma_.lower()))
        how = next((m.how for m in found.mentions if m.start == doc[start].idx and m.actor == key), "body")
        found.replace(doc[start:end], named[key], how)
    _pronouns(doc, found, {army.key: state for state, army in named.items()})
    _commands(doc, found, set(named.values()))


#: An army's own command, named with no state: "the Joint Command of the Armed Forces", "the General Staff".
COMMANDS = frozenset({"joint command", "general staff", "high command", "military command"})
#: What such a command may be "of": the army itself.
COMMANDED = frozenset({"armed forces", "army", "military"})


def _commands(doc: Doc, found: DocActors, armies_named: set[Actor]) -> None:
    """A command named with no state in a story that names one state's army is that army's own: its
    words and the acts it tells of are the army's ("The Joint Command of the Armed Forces said troops
    had raided 200 homes": no charge against the army)."""
    if len(armies_named) != 1:
        return
    army = next(iter(armies_named))
    for start, end, key in list(found.mention_spans):
        actor = found.actors.get(key)
        if actor is None or not key.startswith("org/") or actor.type in ("PERSON", "LOCATION"):
            continue
        name, _of, whose = actor.label.lower().removeprefix("the ").partition(" of the ")
        if name in COMMANDS and (not whose or whose in COMMANDED):
            found.replace(doc[start:end], army, "body")


#: Words "military" makes a junta's: "the military council", "the military rulers".
MILITARY_RULE = frozenset({"council", "rulers"})


def _government_forces(span) -> bool:
    """Whether ``span`` is "government forces" or "pro-government troops": the state's army named as
    such, as event coders and annotators code it, even where the story never says "the army"."""
    last = span[-1]
    return last.lower_ == "government" and last.dep_ in OWNER_DEPS and last.head.lower_ in GROUND_FORCES \
        and last.head.i == last.i + 1


#: Pronouns that refer back to the army just named ("The army said it had retaken the town").
PRONOUNS = frozenset({"it", "its", "they", "their", "them", "itself", "themselves"})


def _pronouns(doc: Doc, found: DocActors, armies_of: dict[str, str]) -> None:
    """A pronoun read as a state whose army its sentence named last, before it, is the army's:
    "The army said it had retaken the town" (not "The army said Sudan's president had ..."); so is
    one whose sentence names neither before it, where the sentence before named the army last
    ("Myanmar's junta denied it. In a statement, it said ...")."""
    last: dict[str, str] = {}  # state key -> the last key of it or its army in the sentence
    previous: dict[str, str] = {}  # the same, for the sentence before
    sentence = None
    for start, end, key in sorted(found.mention_spans):
        if doc[start].sent.start != sentence:
            after = sentence is not None and doc[start].sent.start == doc[sentence].sent.end
            sentence, last, previous = doc[start].sent.start, {}, (last if after else {})
        state = armies_of.get(key, key)
        before = last.get(state) or previous.get(state)
        if end - start == 1 and doc[start].lower_ in PRONOUNS and before in armies_of and before != key:
            found.replace(doc[start:end], found.actors[before], "coref")
            key = before
        last[state] = key
