"""Readings of a clause the dependency parse leaves implicit or gets wrong.

Small tests the event frames of :mod:`graphbuild.extract.events` rely on: a closing reporting
clause misread as an object's modifier, a passive's agent hung on the gerund after it or named
"at the hands of" someone, the "if" and "unless" clauses of a threat, the actors a headline lists
before its verb, a headline's passive without "were", the toll of an accident that is no
attack, an order's object told to act, and the word a hyphenated trigger ends.

>>> conditions.__name__  # needs a parsed sentence; see tests/extract/test_events.py
'conditions'
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from graphbuild.extract.arguments import arg_actors
from graphbuild.extract.arms import weapons
from graphbuild.extract.lexicon import Lexicon
from graphbuild.extract.senses import VERBAL_COMPLAINT, noun_sense
from graphbuild.extract.syntax import (
    COMPOUND, OBJ, PASS_SUBJ, POBJ, PREP, SUBJ, children, comma_participle, infinitival, prep_objects,
)

#: Conjunctions of a condition: a threat is aimed at whoever must act to avert it.
CONDITIONS = frozenset({"if", "unless"})


def told_by(obj: Token, lexicon: Lexicon) -> bool:
    """Whether an "object" after a comma is the speaker of a closing reporting clause the parser
    misread ("..., a human rights organization charged on Saturday": organization <- charged as acl)."""
    left = obj.left_edge.i
    return left > 0 and obj.doc[left - 1].text == "," and any(
        c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and lexicon.reporting(c.lemma_.lower()) for c in obj.children)


def closing_report(clause: Token, lexicon: Lexicon) -> bool:
    """Whether a clause the parser hung on a verb is the sentence's closing reporting clause ("X ordered
    ..., state broadcaster RTB reported"): a verb of saying after a comma, at the end, with a subject.

    >>> closing_report.__name__  # needs a parsed sentence; see tests/extract/test_syntax.py
    'closing_report'
    """
    left = clause.left_edge.i
    return left > 0 and clause.doc[left - 1].text == "," and clause.i > clause.head.i \
        and lexicon.reporting(clause.lemma_.lower()) is not None and any(c.dep_ == "nsubj" for c in clause.children) \
        and clause.right_edge.i >= clause.sent.end - 2


def hung_agent(verb: Token) -> list[tuple[str, Token]]:
    """A passive verb's "by" phrase the parser hung on the active gerund after it: "X was accused
    of misusing funds by officials" (an active gerund with an object takes no agent of its own), or
    on what its subject is made: "X is designated a terrorist group by Y"."""
    return [(p, o) for prep in children(verb, {"prep"}) if prep.lower_ in ("of", "for")
            for gerund in children(prep, "pcomp") if gerund.tag_ == "VBG" and any(
        c.dep_ in OBJ for c in gerund.children) and not any(c.dep_ == "auxpass" for c in gerund.children)
        for p, o in prep_objects(gerund, {"by"})] + [
        (p, o) for made in children(verb, {"dobj", "oprd"}) for p, o in prep_objects(made, {"by"})]


def at_the_hands(verb: Token) -> list[tuple[str, Token]]:
    """The agent of a passive named "at the hands of X": ("by", X)."""
    return [("by", obj) for _, hands in prep_objects(verb, {"at"}) if hands.lower_ == "hands"
            for _, obj in prep_objects(hands, {"of"})]


def conditions(verb: Token) -> list[Token]:
    """The "if" and "unless" clauses of ``verb`` and of the to-clauses it governs.

    "threatened to halt the talks if X deploys the missiles": the clause of "deploys".
    """
    found, level = [], [verb]
    for _ in range(3):
        found += [c for t in level for c in children(t, "advcl")
                  if any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)]
        level = [c for t in level for c in children(t, "xcomp")]
    return found


def headline_list(verb: Token, found) -> list[str]:
    """Actors a headline lists before its verb that the parser left out of the subject.

    "A, B found common ground": A hangs off the verb as ``npadvmod``; "A regime, B making use of ...":
    the first item is the root and the verb a relative clause on it.
    """
    keys = []
    for c in verb.children:
        if c.dep_ in ("npadvmod", "dep", "nmod") and c.i < verb.i and found.at(c):
            keys.extend(arg_actors(c, found))
    if verb.dep_ == "relcl" and verb.head.dep_ == "ROOT" and verb.head.i < verb.i:
        keys.extend(arg_actors(verb.head, found))
    return keys


#: Verbs a headline writes in the passive without "were": "... after civilians killed".
SUFFERED = frozenset({"kill", "wound", "injure", "arrest", "detain", "abduct", "kidnap", "execute", "jail",
                      "sentence", "displace"})


def headline_victims(verb: Token, found) -> bool:
    """Whether a headline's participle with no object tells what its subject suffered ("Taliban
    vows response after civilians killed"): a sentence with no closing stop, a people as subject."""
    sent = verb.sent
    if verb.lemma_.lower() not in SUFFERED or verb.tag_ not in ("VBN", "VBD") or sent[-1].is_punct \
            or any(c.dep_ in OBJ or c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(found.at(s) and found.actors[found.at(s)].type == "GROUP" for s in subjects)


#: Verbs of telling someone to act, never used without whom they tell: with no object and an
#: infinitive, their subject is the one told ("Iran urged to allow inspectors back": a headline's passive).
TELLING_TO = frozenset({"urge", "tell", "order", "press", "instruct", "advise"})


def urged_to(verb: Token) -> bool:
    """Whether a verb of telling someone to act has its object as subject, the "is" of a passive
    left out as headlines do ("Iran urged to allow inspectors back", "Israel told to halt offensive").

    >>> urged_to.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'urged_to'
    """
    return verb.lemma_.lower() in TELLING_TO and verb.tag_ in ("VBN", "VBD") \
        and any(c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ in OBJ for c in verb.children) \
        and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in verb.children)


def unpunctuated(sent: Span) -> bool:
    """Whether a sentence ends with no stop, as headlines do (line breaks after it do not count).

    >>> import spacy
    >>> doc = spacy.blank("en")("Journalist arrested in Kabul\\n\\n")
    >>> unpunctuated(doc[:]), unpunctuated(spacy.blank("en")("He left.")[:])
    (True, False)
    """
    words = [t for t in sent if not t.is_space]
    return bool(words) and not words[-1].is_punct


def result_of_mishap(trigger: Token, lexicon: Lexicon) -> bool:
    """Whether a participle of killing or wounding tells what a mishap did: its verb is no attack
    ("the ferry sank, killing 40"; not "a bomb exploded in a market, killing 12")."""
    head = trigger.head
    if trigger.dep_ not in ("advcl", "conj") or trigger.tag_ != "VBG" or head.pos_ != "VERB" or head.i == trigger.i:
        return False
    if any(weapons(s, lexicon) or (noun_sense(s, lexicon) or VERBAL_COMPLAINT).event_type == "ASSAULT"
           for s in head.children if s.dep_ in SUBJ | PASS_SUBJ):
        return False  # "a car bomb exploded, killing 12", "fighting erupted, killing 8": a weapon's or a fight's work
    return not lexicon.is_attack(head.lemma_.lower(), "VERB") or not any(c.dep_ in OBJ for c in head.children) \
        and (lexicon.verb(head.lemma_.lower()) or VERBAL_COMPLAINT).noted("needs-object")


#: Prepositions that give why someone was arrested: "for theft", "over the heist", "after a robbery",
#: "on charges of fraud", "in connection with a robbery".
REASON_PREPS = frozenset({"for", "over", "after", "on", "in"})


def ordinary_crime(verb: Token, lexicon: Lexicon) -> bool:
    """Whether an arrest or seizure was made over an ordinary crime ("police arrested four men in
    connection with a bank robbery", "detained three drug traffickers"): police work, no conflict.

    >>> ordinary_crime.__name__  # needs a parsed sentence; see tests/extract/test_events.py (ABSENT)
    'ordinary_crime'
    """
    reasons = [t for prep in children(verb, {"prep"}) if prep.lower_ in REASON_PREPS for t in prep.subtree]
    aimed = [t for o in children(verb, OBJ | PASS_SUBJ) for t in o.subtree if t.pos_ in ("NOUN", "VERB")]
    words = {w for t in [*reasons, *aimed] for w in (t.lemma_.lower(), t.lower_)}
    words |= {f"{a.lower_} {b.lower_}" for t in [*reasons, *aimed] for a, b in [(t, t.head)] if a.i + 1 == b.i}
    return any(lexicon.is_crime(w) for w in words)


def kept(frame, lexicon: Lexicon) -> bool:
    """Drop frames a trigger's note rules out: an ambiguous word needs an actor in a role,
    a verb that needs an object needs one ("down" vs "shot down the jet"), and an event
    noun needs an actor or a place; a mishap's toll and police work are no conflict events.

    >>> kept.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'kept'
    """
    if frame.sense.noted("ambiguous") and not (frame.sources or frame.targets) and not (
            frame.locations and frame.trigger.pos_ == "VERB" and any(
                lexicon.is_attack(s.lemma_.lower(), "NOUN") or lexicon.weapon(s.lemma_.lower())
                for s in children(frame.trigger, SUBJ))):
        return False  # (but "an air strike hit a market in Idlib", "a bomb hit a building in X": an attack hit it)
    if frame.extractor == "nominal" and not (frame.sources or frame.targets or frame.locations):
        # "aid", "clashes" with nobody and nowhere: no edge to draw, no event to code, unless a
        # light verb says it took place ("students staged a hunger strike")
        head = frame.trigger.head
        return frame.trigger.dep_ in OBJ and head.pos_ == "VERB" and lexicon.is_light_verb(head.lemma_.lower())
    if frame.sense.noted("needs-source") and not frame.sources:
        return False  # "a fire broke out in the market": no one fired
    if frame.sense.noted("needs-recipient") and not frame.targets:
        return False  # "sent balloons across the border": no one it was sent to, no aid
    if frame.sense.event_type == "ASSAULT" and not (frame.sources or frame.targets or frame.locations) \
            and result_of_mishap(frame.trigger, lexicon):
        return False  # "a bus crashed on the highway, killing 12": an accident, no attack
    if frame.sense.event_type == "COERCE" and frame.sense.mode in ("arrest", "seize") \
            and ordinary_crime(frame.trigger, lexicon):
        return False  # "police arrested four men over a bank robbery": police work, no conflict
    if frame.sense.noted("needs-object") and frame.trigger.pos_ == "VERB" and not frame.targets and not any(
            c.dep_ in OBJ for c in frame.trigger.children):
        return False
    if frame.sense.noted("not-a-result") and comma_participle(frame.trigger):
        return False  # "pulled out of the force, leaving Chad and Niger": what it left behind, no withdrawal
    if frame.sense.noted("transitive") and frame.trigger.pos_ == "VERB" and not any(
            c.dep_ in OBJ | PASS_SUBJ for c in frame.trigger.children):
        return False  # "returned to Geneva for talks": went back, gave nothing back
    return True


def object_read_as_head(verb: Token) -> list[Token]:
    """The object of a past-tense verb the parser hung, with its own subject, on that object as an
    adjective: "The Nigerian Air Force bombed(amod) camps(ROOT) of ISWAP" -> camps.

    >>> object_read_as_head.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'object_read_as_head'
    """
    noun = verb.head  # (the noun may be the root, or the subject of a closing "..., the military said")
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or noun.dep_ not in ("ROOT", "nsubj", "ccomp") \
            or noun.i < verb.i:
        return []  # (a participle with a subject of its own before it is a past verb misread)
    return [noun] if any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) else []


def word_of(token: Token) -> str:
    """The word a token ends, with the part before a hyphen the tokenizer split off ("sit-in").

    >>> import spacy
    >>> doc = spacy.blank("en")("They staged a sit-in")
    >>> doc[3].dep_ = "compound"; doc[3].head = doc[5]
    >>> word_of(doc[5]), word_of(doc[1])
    ('sit-in', 'staged')
    """
    doc = token.doc
    if token.i > 1 and doc[token.i - 1].text == "-" and doc[token.i - 2].head.i == token.i \
            and doc[token.i - 2].dep_ == COMPOUND:
        return doc[token.i - 2:token.i + 1].text
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 1].whitespace_ == "" \
            and token.whitespace_ == "":  # "sit-in" with "sit" its head
        return doc[token.i:token.i + 3].text
    return token.text


def asks_object(verb: Token) -> bool:
    """Whether a verb asks its object to do what its to-clause says ("urged all parties to protect
    civilians"): the request is aimed at the object, named or not, never at whom the act concerns.

    >>> asks_object.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'asks_object'
    """
    told = any(c.dep_ == "dobj" or c.dep_ == PREP and c.lower_ in ("on", "upon") and any(
        o.dep_ == POBJ for o in c.children) for c in verb.children)  # ("called on governments to halt ...")
    return told and any(
        c.dep_ == "xcomp" or c.dep_ == "advcl" and infinitival(c) for c in verb.children)  # (or read as purpose)
