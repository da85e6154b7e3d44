"""Weapons an event names: the lexicon's weapon phrases (``data/weapons.csv``) in a trigger's
phrase, and which of them an attack uses rather than strikes.

>>> "fire" in WEAPON_VERBS
True
"""
from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.arguments import unique
from graphbuild.extract.lexicon import Lexicon, Sense
from graphbuild.extract.syntax import OBJ, children

#: Verbs that attack when their object is a weapon (``data/weapons.csv``): "dropped cluster munitions"
#: (not "deployed": weapons deployed are a show of force).
WEAPON_VERBS = frozenset({"drop", "fire", "launch", "lob", "hurl", "detonate", "explode", "use"})
#: Weapon verbs that set off what they act on: the weapon is an explosive, whatever it is.
DETONATE = frozenset({"detonate", "explode"})
#: Links to clauses with their own event: a weapon named in one is that event's.
OWN_CLAUSES = frozenset({"advcl", "ccomp", "conj", "parataxis", "relcl"})


def weapons(token: Token, lexicon: Lexicon) -> tuple[str, ...]:
    """Weapons named in the phrase of ``token``: the longest lexicon match, nouns only, no overlaps.

    "cluster munitions" is one weapon, not also "munitions"; "to bomb" names no weapon.

    >>> weapons.__name__  # needs a parsed sentence; see tests/extract/test_factuality.py (WEAPONS)
    'weapons'
    """
    found = []
    doc, end = token.doc, token.right_edge.i + 1
    # (not in a clause of its own: "sent aid after missiles hit X", "attacked X, which has tanks")
    apart = {t.i for c in token.children if c.dep_ in OWN_CLAUSES and (c.dep_ != "conj" or c.pos_ in ("VERB", "AUX"))
             for t in c.subtree}  # (but "water cannon and tear gas" are both used)
    i = token.left_edge.i
    while i < end:
        # (or any capitalised word: a weapon's name the tagger took for a verb, "Shahed drones")
        if (doc[i].pos_ in ("NOUN", "PROPN", "ADJ") or doc[i].is_title) and i not in apart:
            for n in (3, 2, 1):
                if i + n <= end and doc[i + n - 1].pos_ in ("NOUN", "PROPN"):
                    phrase = " ".join(x.lower_ for x in doc[i:i + n])
                    if lexicon.weapon(phrase):
                        found.append(phrase)
                        i += n - 1
                        break
        i += 1
    return unique(found)


def weapons_used(token: Token, sense: Sense, lexicon: Lexicon) -> tuple[str, ...]:
    """The weapons an event's trigger names (:func:`weapons`), less what an attack strikes: "attacked
    an American warship", "shot down a drone" (not "fired missiles", "dropped bombs").

    >>> weapons_used.__name__  # needs a parsed sentence; see tests/extract/test_factuality.py (test_not_a_weapon)
    'weapons_used'
    """
    used = weapons(token, lexicon)
    if sense.event_type != "ASSAULT" or token.lemma_.lower() in WEAPON_VERBS:
        return used
    struck = {w for o in children(token, OBJ | {"nsubjpass"}) for x in (o, *o.conjuncts) for w in weapons(x, lexicon)
              if x.lower_ in w.split()}  # (the object itself, not "a commander in a drone strike")
    return tuple(w for w in used if w not in struck)
