"""Whether a conflict word names something else: vetoes from ``data/non_events.csv`` and play.

:func:`vetoed` reads the words around a trigger that make it no conflict event ("workers
strike" is a PROTEST, "the earthquake struck" no event, "Arsenal defeated Chelsea 3-1" play);
:func:`instead` gives the sense a veto leaves.

>>> from graphbuild.extract.lexicon import Sense
>>> instead(Sense("ASSAULT", None, "19", None), (True, "PROTEST")).event_type
'PROTEST'
"""
from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.arguments import arg_actors
from graphbuild.extract.lexicon import Lexicon, Sense
from graphbuild.extract.syntax import AMOD, COMPOUND, OBJ, POSS, children, prep_objects


#: The reason in ``non_events.csv`` that vetoes only an own goal (see :func:`_own`).
OWN_GOAL = "own-goal"
#: The reason for trade words ("hit the markets"), which an attack or a weapon striking them overrides.
ECONOMIC = "economic"
#: The reason that vetoes only by what is done to: "dismissed the minister" sacks an official, while
#: "the minister dismissed the charge" denies it.
DISMISSED = "dismissing an official is no denial"


def _title_of_named(word: Token, name: Token, lexicon: Lexicon, found) -> bool:
    """Whether ``word`` is a capitalised title before a person's name ("Foreign Minister Claire Duval"):
    it says who the person is, not what the verb is done to; a word that rules out any event
    ("Cyclone Freddy") still names the doer for what it is."""
    actor = found.actor(name) if found is not None else None
    return actor is not None and actor.type == "PERSON" and word.pos_ == "PROPN" and word.i < name.i \
        and lexicon.non_event("*", word.lower_) is None


#: What police charge a crowd with: force, not a charge in law.
RIOT_GEAR = frozenset({"baton", "truncheon", "stick", "club", "bayonet", "horse", "gas", "shield", "whip", "cane"})
#: Prepositions of the setting an act happens in: a word there rules the act out only by a row for
#: that very trigger ("defeated X in the vote"), never by a word that rules out any ("after the earthquake").
SETTING_PREPS = frozenset({"in", "at"})


def vetoed(trigger: Token, args: list[Token], lexicon: Lexicon, found=None) -> tuple[bool, str | None]:
    """A conflict verb used of something else: "workers strike", "the earthquake struck".

    Returns (vetoed, the event type the words name instead, e.g. PROTEST for a workers' strike).

    >>> vetoed.__name__  # needs a parsed sentence; see the ABSENT table of tests/extract/test_events.py
    'vetoed'
    """
    lemma = trigger.lemma_.lower()
    if found is not None and own_claim(trigger, found):
        return True, None  # "Turkey's claim that it only hits fighters": a claim of its own, no accusation
    if lemma == "charge" and any(o.lemma_.lower() not in RIOT_GEAR for _p, o in prep_objects(trigger, {"with"})):
        return False, None  # "charged the protesters with rioting": a charge in law (but "with batons": force)
    nouns = [c for c in trigger.children if c.pos_ in ("NOUN", "PROPN")]  # not "threatened to storm"
    nouns += [o for _p, o in prep_objects(trigger, {"with"}) if o.pos_ == "NOUN"]  # "was met with force"
    nouns += [c for c in trigger.children if c.dep_ in ("oprd", "acomp", "ccomp") and c.pos_ == "ADJ"]  # "leaving X dead"
    nouns += [d for o in trigger.children if o.dep_ in OBJ for d in o.subtree
              if d.dep_ == "acl" and d.tag_ == "VBN"]  # "leaving hundreds of trucks stranded"
    kinds = [c for t in args for c in t.children if c.dep_ in (COMPOUND, AMOD)  # "deployed peacekeeping troops"
             and not (found is not None and found.at(t) and found.at(c) == found.at(t))  # not "the UN refugee agency"
             and not _title_of_named(c, t, lexicon, found)]  # not "Minister X dismissed the claims"
    if trigger.dep_ == "acl":  # "the crimes committed by X": the noun is the participle's object
        nouns.append(trigger.head)
    for c in trigger.children:  # "declined to comment", "rallied to celebrate": a row for the trigger and its verb
        if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and lexicon.non_event("*", c.lemma_.lower()) is None \
                and lexicon.non_event(lemma, c.lemma_.lower()):
            return True, lexicon.non_event_instead(lemma, c.lemma_.lower())
    if lemma in WORDS_AS_FORCE and judged(trigger):
        return True, "ACCUSE"  # "blasted the report as biased": criticism in words
    if found is not None and played(trigger, args, lexicon, found):
        return True, None  # "Arsenal defeated Chelsea 3-1", "the striker attacked the goal"
    describing = {t.i for t in kinds if t.head.dep_ not in ("nsubj", "nsubjpass")} - {t.i for t in [*args, *nouns]}
    # ("aid to flood victims": the word describes whom; "Cyclone Freddy hit Malawi": it names the doer)
    for t in [*args, *nouns, *kinds]:
        named = found.actor(t) if found is not None and t.pos_ == "PRON" else None  # "their strike": the workers'
        for word in (t.lemma_.lower(), t.lower_, *((named.label.split()[-1].lower(),) if named else ())):
            reason = lexicon.non_event(lemma, word)
            if reason == OWN_GOAL and not _own(t):
                continue
            if reason == DISMISSED and t.dep_ not in OBJ:
                continue  # "Kenya's interior minister dismissed the claim": the official denies
            if reason == BUSINESS and found is not None and _someone_elses(t, trigger, found):
                continue  # "Israel shut down Al Jazeera's offices": closed on its owner, not a business closing
            if t.i in describing and reason is not None and reason == lexicon.non_event("*", word):
                continue  # "aid to flood victims": a disaster word on a party says who they are, not what struck
            if reason == ECONOMIC and any(a.dep_ in ("nsubj", "nsubjpass") and (
                    lexicon.weapon(a.lower_) or lexicon.is_attack(a.lemma_.lower(), "NOUN")) for a in args):
                continue  # "an air strike hit a market in Idlib": a marketplace struck, not prices
            if reason:
                return True, lexicon.non_event_instead(lemma, word)
    settings = [o for t in (trigger, *children(trigger, OBJ)) for _p, o in prep_objects(t, SETTING_PREPS)] \
        if trigger.pos_ == "VERB" else []  # (not "claimed the attack in a statement": a noun's setting is its telling)
    for obj in settings:  # "defeated her rival in the leadership vote" (however the parser hangs "in")
        word = next((w for w in (obj.lemma_.lower(), obj.lower_) if lexicon.own_non_event(lemma, w)), None)
        if word:
            return True, lexicon.non_event_instead(lemma, word)
    return False, None


#: Nouns of asserting that accuse when they tell of others, not of their owner's own acts.
ASSERTIONS = frozenset({"claim", "assertion", "contention", "insistence"})


def own_claim(noun: Token, found) -> bool:
    """Whether a claim noun tells what its owner says of itself: "Russia's claim that it struck only
    military targets" (no accusation; "Russia's claim that Kyiv shelled the plant" is one).

    >>> own_claim.__name__  # needs a parsed sentence; see the NOT_AIMED table of tests/extract/test_events.py
    'own_claim'
    """
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ASSERTIONS:
        return False
    owners = {found.at(c) for c in noun.children if c.dep_ == POSS} - {None}
    subjects = {found.at(s) for c in noun.children if c.dep_ in ("acl", "ccomp") for s in c.children
                if s.dep_ in ("nsubj", "nsubjpass")} - {None}
    return bool(owners) and subjects <= owners and bool(subjects)


#: Verbs of force that news also uses of words: "blasted the ruling as biased".
WORDS_AS_FORCE = frozenset({"attack", "blast", "hit", "savage", "lash", "bash", "hammer"})


def judged(verb: Token) -> bool:
    """Whether a verb calls its object something with "as" and a judgement: "attacked the plan as
    reckless", "blasted the report as biased" (not "attacked the town as part of an offensive").

    >>> judged.__name__  # needs a parsed sentence; see the FOUND table of tests/extract/test_events.py
    'judged'
    """
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as" and any(d.pos_ == "ADJ" for d in c.children):
            return True  # "as hypocritical"
        if c.dep_ == "advcl" and c.pos_ in ("ADJ", "VERB") and c.tag_ in ("JJ", "VBN") and any(
                d.dep_ == "mark" and d.lower_ == "as" for d in c.children) and not any(
                d.dep_ in ("nsubj", "nsubjpass") for d in c.children):
            return True  # "as biased"
    return _blamed_for(verb)


#: What force is used for, or over, that is no reason given: "attacked X over the border", "for hours".
NO_REASON = frozenset({"border", "frontier", "weekend", "night", "day", "week", "hour", "area", "region", "territory",
                       "sea", "sky", "skies", "city", "town", "village", "time", "period", "year", "month",
                       "control", "possession"})
#: Whom words are aimed at when force is only a figure of speech: "attacked the government over ...".
CRITICISED = frozenset({"government", "administration", "minister", "president", "premier", "leader", "party",
                        "opposition", "rival", "critic", "policy", "plan", "decision", "report", "court", "judge",
                        "media", "press", "newspaper", "broadcaster", "regulator", "commission", "parliament"})


def _blamed_for(verb: Token) -> bool:
    """ "attacked the prime minister over waiting lists", "blasted the White House for its policy":
    words of force with a reason and nothing to strike with are criticism (not "attacked Gaza for a
    third night", "attacked the town over the border", "hit Kyiv with missiles over its bid")."""
    if any(p.lower_ == "with" for p in children(verb, {"prep"})) or not any(
            o.ent_type_ in ("PERSON", "ORG") or o.lemma_.lower() in CRITICISED for o in children(verb, OBJ)):
        return False
    return any(o.pos_ == "NOUN" and not o.ent_type_ and o.lemma_.lower() not in NO_REASON and not any(
        c.like_num or c.lower_ in ("first", "second", "third", "fourth", "last", "next") for c in o.children)
               for _p, o in prep_objects(verb, {"for", "over"}))


#: Parties whose force is no play, even in a sports report ("gunmen attacked fans after the match").
ARMED_TYPES = frozenset({"MILITARY", "ARMED_GROUP"})
#: Parties who, named in a sports report without a score, are more likely to act than to play.
OFFICIAL_TYPES = frozenset({"STATE", "GOVERNMENT", "IGO"})


def played(trigger: Token, args: list[Token], lexicon: Lexicon, found) -> bool:
    """Whether a trigger is play in a sports report: its sentence has a score ("3-1") or a sports
    word (``data/sport.txt``, not in a name), and none of its parties is armed (with no score, nor official:
    "Brazil beat Argentina 2-0" is a match; "Russia struck a stadium during a league match" is not).

    >>> played.__name__  # needs a parsed sentence; see the ABSENT table of tests/extract/test_events.py
    'played'
    """
    sent = trigger.sent
    told = [sent, trigger.doc[sent.start - 1].sent] if sent.start > 0 else [sent]  # (the report goes on)
    marks = [_sport_marks(s, lexicon) for s in told]
    score = any(m == "score" for m in marks)
    if not any(marks):
        return False
    types = {found.actors[k].type for t in [trigger, *args] for k in arg_actors(t, found)}
    return not types & ARMED_TYPES and (score or not types & OFFICIAL_TYPES)


def _sport_marks(sent, lexicon: Lexicon) -> str | None:
    """What marks a sentence as a sports report: "score" ("3-1"), "word" (a sports word, not in a
    name: "the Arab League" is none), or None; worked out once a sentence (kept on the Doc)."""
    cache = sent.doc.user_data.setdefault("graphbuild_sport", {})
    if sent.start not in cache:
        words = lexicon.sport_words
        cache[sent.start] = "score" if any(
            t.lower_ == "-" and t.i > sent.start and t.i + 1 < sent.end and _score(t.nbor(-1), t.nbor(1))
            for t in sent) else "word" if any(
            (t.lower_ in words or t.lemma_.lower() in words) and t.pos_ != "PROPN" for t in sent) else None
    return cache[sent.start]


def _score(left: Token, right: Token) -> bool:
    """Whether two numbers around a dash are a score ("3-1"), not a range of something ("5-10 people")."""
    after = right.nbor(1) if right.i + 1 < len(right.doc) else None
    return all(x.is_digit and len(x) <= 2 for x in (left, right)) and (after is None or after.pos_ != "NOUN")


#: The veto of a business closing its own plant or office.
BUSINESS = "business"


def _someone_elses(thing: Token, verb: Token, found) -> bool:
    """Whether what a verb acts on belongs to an actor other than the verb's subject: "Israel shut
    down its offices" after "Al Jazeera said", "closed the offices of Al Jazeera"."""
    owners = {found.at(c) for c in thing.children if c.dep_ == POSS} | {
        found.at(o) for _p, o in prep_objects(thing, {"of"})}
    doers = {found.at(s) for s in children(verb, {"nsubj"})}
    return bool(owners - {None} - doers)


def _own(goal: Token) -> bool:
    """Whether a noun names someone's own goal ("its target", "the target") rather than what was
    struck ("military targets", "40 targets")."""
    return any(c.dep_ == POSS for c in goal.children) or goal.tag_ == "NN" and not any(
        c.dep_ in (AMOD, "nummod") for c in goal.children)


def instead(sense: Sense, veto: tuple[bool, str | None]) -> Sense | None:
    """The sense a veto leaves: the sense itself, another type, or none.

    >>> complaint = Sense("ACCUSE", "disapprove", "111", None)
    >>> instead(complaint, (True, "PROTEST")).event_type, instead(complaint, (True, None))
    ('PROTEST', None)
    """
    is_vetoed, other = veto
    if not is_vetoed:
        return sense
    return Sense(other, None, None, "reinterpreted") if other else None
