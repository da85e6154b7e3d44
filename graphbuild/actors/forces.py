"""A state's police and soldiers named without the state: "police arrested five" (the state's
police, a body of its own), "security forces fired on protesters", "militants killed 11 soldiers"
(the army the story names), "attacked army posts" (whose posts they are).

>>> "police" in STATE_ARMS and "troops" in SOLDIERS
True
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from graphbuild.actors.armies import state_named_besides
from graphbuild.actors.bodies import TELLING
from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.names import rekey
from graphbuild.model import Actor

if TYPE_CHECKING:
    from graphbuild.actors.resolve import DocActors


#: A state's own armed or police forces, named with no state: "security forces", "federal troops",
#: "federal authorities", "riot police" (not bare "troops", which may be anyone's).
STATE_ARMS = frozenset({"police", "policemen", "gendarmes", "gendarmerie"})
STATE_ARM_MODIFIERS = frozenset({"security", "federal", "state", "national", "paramilitary", "police"})
#: (``TELLING``, from :mod:`graphbuild.actors.bodies`: the verbs by which forces only tell the news.)


#: Words that name a state's police: its own body, not the state acting ("police arrested five").
POLICE = frozenset({"police", "policemen", "policeman", "policewoman", "policewomen"})


def is_police(actor: Actor) -> bool:
    """Whether an actor is a police force, by a police word in its name.

    >>> is_police(Actor("gov/KEN/police", "Kenyan police", "GOVERNMENT"))
    True
    >>> is_police(Actor("state/KEN", "Kenya", "STATE"))
    False
    """
    return bool(POLICE & set(actor.label.lower().split()))


def police_of(token: Token, state: Actor, found, gaz: Gazetteer) -> Actor:
    """The police a state's forces word names, or the state for other forces: the police force the
    document names ("the Haitian National Police ... police arrested five") or the state's police.

    >>> g = Gazetteer.load()
    >>> import spacy
    >>> d = spacy.blank("en")("police officers and troops")
    >>> police_of(d[1], g.actor("state/KEN"), None, g).label, police_of(d[3], g.actor("state/KEN"), None, g).label
    ('Kenyan police', 'Kenya')
    """
    if token.lower_ not in POLICE and not any(c.lower_ in POLICE for c in token.children if c.dep_ == "compound") \
            and not (token.i and token.doc[token.i - 1].lower_ in POLICE):
        return state
    named = [a for a in (found.actors.values() if found is not None else ()) if _whole_body(a, state, gaz)]
    return named[0] if len(named) == 1 else gaz.body(state, "police") or state


#: Words of a name for a state's whole police besides the state's own name: "Haitian National
#: Police", "Nigeria Police Force", "Kenya Police Service" (not "Kurram police", a district's).
POLICE_NAME_WORDS = frozenset({"national", "police", "force", "service", "federal", "royal", "the", "of"})
#: Bodies a plain word names ("Kenyan police", "Iranian border guards") that a name in the story
#: may name whole: the body's head in ``bodies.csv``, the word its name must carry, and the words
#: such a name may have besides the state's ("Border Guard Bangladesh", "Kyrgyz Border Service").
NAMED_BODIES = (
    ("police", "police", POLICE_NAME_WORDS),
    ("border guards", "border", frozenset({"border", "guard", "guards", "service", "troops", "force", "forces",
                                           "state", "national", "command", "the", "of"})),
)


def _whole_body(actor: Actor, state: Actor, gaz: Gazetteer, word: str = "police",
                  name_words: frozenset[str] = POLICE_NAME_WORDS) -> bool:
    """Whether ``actor`` is named as ``state``'s whole police ("the Haitian National Police"), or
    its whole body of another kind, by the ``word`` and ``name_words`` of :data:`NAMED_BODIES`."""
    words = actor.label.split()
    if actor.type not in ("GOVERNMENT", "MILITARY") or word not in {w.lower() for w in words}:
        return False
    unnamed = all(w.lower() in name_words for w in words)  # ("the National Police": no state said)
    owner = state_named_besides(actor.label, name_words, gaz)
    return actor.country == state.key or unnamed or owner is not None and owner.key == state.key


def state_arm(token: Token, found, own: bool = False) -> bool:
    """Whether ``token`` heads a state's forces named with no state ("security forces", "police"):
    no actor named on it, no owner ("its police", "Kenyan police" are read elsewhere). With
    ``own``, any forces so named count ("troops", which only their teller's words make a state's).

    >>> state_arm.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'state_arm'
    """
    if token.pos_ not in ("NOUN", "PROPN") or token.i in found.token_actor or token.dep_ == "compound":
        return False  # "a police station" is a building
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in TELLING:
        return False  # "..., police said": a source of news, not a party to it
    mods = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    if any(found.at(c) or c.pos_ in ("PROPN", "PRON") and not (c.is_sent_start and c.is_title)
           for c in mods) or any(  # ("Riot police ..." at the start of a sentence is no name)
            found.at(o) or any(found.at(a) for a in o.children if a.dep_ == "appos") for _p, o in of_phrases(token)):
        return False  # ("troops of the elite(pobj) Rapid Intervention Battalion(appos)": the battalion's)
    if own:  # ("Vietnamese-led forces": whoever leads them is named before them)
        return not any(found.at(x) for x in token.doc[token.left_edge.i:token.i])
    if token.lower_ in STATE_ARMS:
        return True
    return token.lower_ in ("forces", "troops", "authorities", "agents", "officers", "personnel", "units") and any(
        c.lower_ in STATE_ARM_MODIFIERS for c in mods)  # ("security agents", "police officers")


#: Words for a state's soldiers, who, killed or wounded by an armed group, are the army the story names.
SOLDIERS = frozenset({"soldiers", "troops", "servicemen", "conscripts", "soldier"})


def fallen_soldiers(token: Token, found, attack_word) -> bool:
    """Whether ``token`` names soldiers an armed group attacked, with no state said ("TTP fighters
    ambushed a convoy, killing 11 soldiers"): the army the story has named, where it has named one.

    >>> fallen_soldiers.__name__  # needs a parsed Doc; see tests/actors/test_armies.py
    'fallen_soldiers'
    """
    if token.lower_ not in SOLDIERS or token.dep_ != "dobj" or token.i in found.token_actor or attack_word is None:
        return False
    if _whose_said(token, found):
        return False  # ("killed two Lebanese soldiers", "its soldiers": whose is said)
    if not attack_word(token.head.lemma_.lower(), token.head.pos_):
        return False
    *_, verb = _sharing_subject(token.head)  # ("ambushed a convoy, killing 11 soldiers": who ambushed)
    doers = [found.actor(x) for c in verb.children if c.dep_ == "nsubj" for x in c.subtree]
    return any(a is not None and a.type == "ARMED_GROUP" for a in doers)


def attacking_soldiers(token: Token, found, attack_word) -> bool:
    """Whether ``token`` names soldiers who attack, with no state said ("Human Rights Watch said
    soldiers had beaten detainees"): the army the story has named, where it has named one.

    >>> attacking_soldiers.__name__  # needs a parsed Doc; see tests/extract/test_events.py (FOUND)
    'attacking_soldiers'
    """
    if token.lower_ not in SOLDIERS or token.dep_ != "nsubj" or token.i in found.token_actor or attack_word is None:
        return False
    return not _whose_said(token, found) and bool(attack_word(token.head.lemma_.lower(), token.head.pos_))


def _whose_said(token: Token, found) -> bool:
    """Whether the words on ``token`` say whose soldiers they are ("two Lebanese soldiers", "its
    soldiers", "soldiers of the army")."""
    return any(found.at(x) or x.pos_ in ("PROPN", "PRON") for c in token.children if c.dep_ in (
        "amod", "compound", "poss", "nmod") for x in c.subtree) or bool(of_phrases(token))


#: Prepositions before what an attacker drove or fired into: "drove a car bomb into an army checkpoint".
INTO = frozenset({"into", "on", "at"})


def attacked_posts_owner(token: Token, found) -> str | None:
    """Whose soldiers fallen ones are where the attack that killed them hit a post the text says is
    someone's: "drove a car bomb into a PDF checkpoint, killing four soldiers" -> the PDF's (a
    state's army's post: the state's key).

    >>> attacked_posts_owner.__name__  # needs a parsed Doc; see tests/actors/test_armies.py
    'attacked_posts_owner'
    """
    for verb in _sharing_subject(token.head):
        hit = [c for c in verb.children if c.dep_ == "dobj" and c.i != token.i]
        hit += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in INTO for o in p.children
                if o.dep_ == "pobj"]
        owners = [found.at(m) for h in hit for m in h.children if m.dep_ in ("compound", "poss", "nmod")
                  and found.at(m) and found.actors[found.at(m)].type in ("MILITARY", "ARMED_GROUP")]
        if owners:  # (a state's army as its state, as the army the story names is read)
            owner = found.actors[owners[0]]
            return owner.country if owner.type == "MILITARY" and owner.country else owner.key
    return None


def _sharing_subject(verb: Token) -> Iterator[Token]:
    """``verb`` and the verbs above it whose subject it shares ("ambushed a convoy, killing 11
    soldiers": killing, then ambushed)."""
    yield verb
    while verb.dep_ in ("advcl", "conj", "xcomp") and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
        yield verb


def of_phrases(token: Token):
    """(preposition, object) of the "of"/"from" phrases of ``token``: "the president of Armenia".

    >>> of_phrases.__name__  # needs a parsed sentence; see tests/actors/test_resolve.py
    'of_phrases'
    """
    return [(p, o) for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
            for o in p.children if o.dep_ == "pobj"]


def named_police(found, gaz: Gazetteer) -> None:
    """A state's police read from a plain word ("Kenyan police", "police said") is the force the
    story names as that state's whole police, wherever it names it ("the National Police Service"):
    one actor, not two; so too its border guards ("Bangladeshi border guards ... Border Guard
    Bangladesh", :data:`NAMED_BODIES`).

    >>> named_police.__name__  # needs resolved actors; see tests/actors/test_resolve.py
    'named_police'
    """
    for head, word, name_words in NAMED_BODIES:
        generic = {}
        for key, actor in found.actors.items():
            state = found.actors.get(actor.country) or gaz.actor(actor.country) if actor.country else None
            body = gaz.body(state, head) if state is not None else None
            if body is not None and body.key == key:
                generic[key] = state
        for key, state in generic.items():
            named = [a for a in found.actors.values() if a.key not in generic
                     and _whole_body(a, state, gaz, word, name_words)
                     and (a.country == state.key or len(generic) == 1)]  # ("the National Police": the one state's)
            if len(named) == 1:
                if found.actors[key].type == "MILITARY":  # ("the Kyrgyz Border Service": guards, who fire)
                    found.actors[named[0].key] = replace(named[0], type="MILITARY")
                rekey(found, key, named[0].key)


#: Last words of a state's border guards named again with no state: "the border guards said".
BORDER_GUARDS = frozenset({"guards", "guard", "forces", "troops", "police"})


def find_border_guards_again(doc: Doc, found: DocActors) -> None:
    """ "Iranian border guards fired ... the deputy commander of the border guards": border guards
    named with no state are the state's border guards the story has named last before them.

    >>> find_border_guards_again.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'find_border_guards_again'
    """
    for t in doc[1:]:
        if t.lower_ not in BORDER_GUARDS or doc[t.i - 1].lower_ != "border" or t.i in found.token_actor \
                or t.i - 1 in found.token_actor or t.i > 1 and doc[t.i - 2].pos_ in ("ADJ", "PROPN", "NUM", "PART",
                                                                                      "PRON", "NOUN"):
            continue  # ("Afghan border police", "two border guards", "the country's border troops": someone's)
        named = [key for start, _end, key in sorted(found.mention_spans)
                 if start < t.i and key.endswith("/border-guards")]
        if named:
            start = t.i - 2 if t.i > 1 and doc[t.i - 2].lower_ == "the" else t.i - 1
            found.add(doc[start:t.i + 1], found.actors[named[-1]], "coref")
