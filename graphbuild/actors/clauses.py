"""Antecedents read off the clause a reference stands in: the speaker of a closing "..., his
office said", the subject of a relative clause on what someone is said to have done, the thing a
participle's "it" acts on, the state of whoever tells what "the country" does. Used by
:mod:`graphbuild.actors.coref`.

>>> "say" in TELLING
True
"""
from __future__ import annotations

import csv
import functools
from pathlib import Path

from spacy.tokens import Token

from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.bodies import TELLING
from graphbuild.actors.forces import is_police, state_arm
from graphbuild.actors.home import SPOKESPEOPLE, state_side
from graphbuild.actors.nicknames import SELF_DESCRIBED
from graphbuild.actors.plurals import SUBJECT_DEPS


@functools.lru_cache(maxsize=1)
def description_types() -> dict[str, tuple[str, ...]]:
    """Noun -> actor types it can refer back to (``data/coref_nouns.csv``).

    >>> description_types()["watchdog"]
    ('NGO', 'IGO')
    """
    path = Path(__file__).parent / "data" / "coref_nouns.csv"
    with open(path, encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return {r["noun"]: tuple(r["types"].split(";")) for r in rows}


#: Pronouns of one: never a plural noun's ("the authorities").
SINGULAR = frozenset({"it", "its", "itself"})


def relative_subject(token: Token, found, types) -> str | None:
    """The subject of a relative clause on what someone is said to have done is that someone: "X has
    been accused of arming the RSF, which it denies" -> X (not the subject of the main clause).

    >>> relative_subject.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'relative_subject'
    """
    clause = token.head
    if token.dep_ != "nsubj" or clause.dep_ != "relcl":
        return None
    for verb in clause.head.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [s for s in verb.children if s.dep_ in SUBJECT_DEPS
                    and not (s.tag_ == "NNS" and token.lower_ in SINGULAR)]  # ("the authorities": no "it")
        if subjects:  # the nearest clause above with a subject of its own
            key = named_by(subjects[0], found)
            return key if key and found.actors[key].type in types else None
    return None


def teller(token: Token, found, types) -> str | None:
    """Whose office tells what someone did: "X met Y ..., his office said" -> X, the subject of
    what is told (not the last person named).

    >>> teller.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'teller'
    """
    verb = token.head.head if token.dep_ == "poss" and token.head.dep_ == "nsubj" else None
    if verb is None or verb.lemma_.lower() not in TELLING:
        return None
    for told in (c for c in verb.children if c.dep_ == "ccomp" and c.i < token.i and not _quotation(c)):
        for s in told.children:
            key = named_by(s, found) if s.dep_ in SUBJECT_DEPS else None
            if key and (found.actors[key].type in types or titled(s, found, types)):
                return key
    return None


def _quotation(clause: Token) -> bool:
    """Whether a told clause is quoted word for word: then the teller's "its" is the speaker's own
    ("'The rebels must free the hostages,' said its director": not the rebels')."""
    left = clause.left_edge
    return left.is_quote or left.i > 0 and clause.doc[left.i - 1].is_quote


def titled(subject: Token, found, types) -> bool:
    """Whether a subject is a person named by a title alone ("Poland's foreign minister"), for
    whom a personal pronoun stands (coded by the state or body that owns the title).

    >>> titled.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'titled'
    """
    if "PERSON" in types and found.at(subject) is not None and any(
            c.dep_ == "relcl" and c.lemma_.lower() in SELF_DESCRIBED for c in subject.children):
        return found.actors[found.at(subject)].type != "PERSON"  # ("a man who identified himself as an X
        # spokesman": X's voice, whom "he" stands for)
    return "PERSON" in types and found.at(subject) is None and description_types().get(
        subject.lemma_.lower()) == ("PERSON",)


def named_by(token: Token, found) -> str | None:
    """The actor a subject names: itself, or the owner that names it ("the African Union mission").

    >>> named_by.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'named_by'
    """
    key = found.at(token)
    if (key is None or key.startswith("group/")) and (token.pos_ in ("NOUN", "PROPN") or token.dep_ in SUBJECT_DEPS):
        # "the main rebel group, the FDD": its name (also when "rebel group" is a group of its own); "the
        # elite X Service said": the name a subject parsed as an adjective is in apposition to
        key = next((found.at(c) for c in token.children if c.dep_ == "appos" and found.at(c)
                    and not found.at(c).startswith("group/")), None) or key
    if key is None and token.pos_ in ("NOUN", "PROPN"):  # "the UN human rights office": the nearest name in it
        key = next((found.at(x) for x in sorted(token.subtree, key=lambda x: -x.i)
                    if x.i < token.i and x.dep_ in ("compound", "poss", "amod", "nmod") and found.at(x)), None)
    return key


def participle_object(token: Token, found) -> str | None:
    """What "it" as the object of a participle stands for: what the main verb acted on ("struck
    Ukraine, accusing it of ..." -> Ukraine); "" for a thing that names no actor ("seized a tanker,
    accusing it of smuggling"); None when the main verb acted on nothing singular.

    >>> participle_object.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'participle_object'
    """
    clause = token.head
    if token.dep_ != "dobj" or clause.dep_ != "advcl" or clause.tag_ != "VBG":
        return None
    for o in clause.head.children:
        if o.dep_ == "dobj" and o.tag_ in ("NN", "NNP"):
            return found.at(o) or named_by(o, found) or ""
    return None


def participle_owner(token: Token, found) -> str | None:
    """Whose "their" in the object of a participle is: the ones the main verb acted on ("listed two
    X commanders, freezing their assets" -> X), or None.

    >>> participle_owner.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'participle_owner'
    """
    if token.lower_ != "their" or token.dep_ != "poss" or token.head.dep_ != "dobj":
        return None
    clause = token.head.head
    if clause.dep_ != "advcl" or clause.tag_ != "VBG":
        return None
    return next((k for o in clause.head.children if o.dep_ == "dobj" and o.tag_ == "NNS"
                 for x in o.subtree if (k := found.at(x))), None)


#: Words by which a speaker speaks for its side: "'We will not retreat,' the army said".
FIRST_PERSON = frozenset({"we", "us", "our", "ours", "ourselves"})
#: Verbs of saying a quoted "we" belongs to the subject of.
QUOTING = TELLING | {"warn", "insist", "declare", "vow", "write", "stress"}


def quoted_side(token: Token, found, gaz: Gazetteer) -> str | None:
    """The side a "we" in what someone says stands for: the speaker, the body a person is named with, or a
    person's state ("'We will attack,' Russian President X said" -> Russia; "the army said: 'we withdrew'" ->
    the army's; "'our markets,' Fano spokesman X said" -> Fano's).

    >>> quoted_side.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'quoted_side'
    """
    if token.lower_ not in FIRST_PERSON:
        return None
    below = token
    for verb in token.ancestors:
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in QUOTING and below.dep_ in ("ccomp", "parataxis"):
            speaker = next((found.actor(s) or next((found.actor(c) for c in s.children if c.dep_ in (
                "compound", "amod", "poss") and found.actor(c)), None) for s in verb.children if s.dep_ == "nsubj"),
                           None)
            if speaker is None or speaker.type in ("LOCATION", "GROUP"):
                return None
            body = next((a for s in verb.children if s.dep_ == "nsubj" and speaker.type == "PERSON"
                         for x in s.subtree if x.i < s.i and (a := found.actor(x))
                         and a.type not in ("PERSON", "LOCATION", "GROUP")), None)
            if body is not None:  # "'... our markets,' Fano spokesman X told reporters": Fano's (the words
                # before his name, not a clause after it: "X, an elder who accused the militia")
                return body.key
            state = gaz.actor(speaker.country) if speaker.type == "PERSON" and speaker.country else None
            if state is not None:
                found.actors.setdefault(state.key, state)
            return state.key if state is not None else speaker.key
        below = verb
    return None


def thanked(token: Token, found, types) -> str | None:
    """ "X thanked Rwanda for its support", "X condemned Russia for its attack", "suspended Syria's
    membership over its crackdown": the one thanked or blamed ("its" is Rwanda's, not X's).

    >>> thanked.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'thanked'
    """
    phrase = token.head if token.dep_ == "poss" else None
    prep = phrase.head if phrase is not None and phrase.dep_ == "pobj" else None
    verb = prep.head if prep is not None and prep.lower_ in ("for", "over") else None
    if verb is None or verb.pos_ != "VERB":
        return None
    keys = [found.at(x) for o in verb.children if o.dep_ == "dobj"
            for x in (o, *(c for c in o.children if c.dep_ == "poss")) if found.at(x)]
    return keys[0] if keys and found.actors[keys[0]].type in types else None


#: Verbs of laying an act on someone: "accused its fighters of X" names another's people.
CHARGING = frozenset({"accuse", "blame", "charge", "suspect"})


def charged_owner(token: Token, found, types) -> str | None:
    """ "Petro said the ELN had chosen war and accused its fighters of killing peasants": the
    people a charge is laid on are not the accuser's own, but those of the last other actor named
    before "its" in its sentence.

    >>> charged_owner.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'charged_owner'
    """
    if token.lower_ != "its" or token.dep_ != "poss" or token.head.dep_ != "dobj" \
            or token.head.head.lemma_.lower() not in CHARGING:
        return None
    accuser = own_subject(token.head, found)
    named = [(start, key) for start, _end, key in found.mention_spans if token.sent.start <= start < token.i
             and key != accuser and found.actors[key].type in types]
    return max(named)[1] if accuser and named else None


def claim_owner(token: Token, found, types) -> str | None:
    """ "Turkey's claim that it only hits fighters", "Russia's insistence that it targets no
    civilians": the subject of a clause that says what someone's claim is, is that someone.

    >>> claim_owner.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'claim_owner'
    """
    clause = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("acl", "ccomp") or clause.head.pos_ != "NOUN":
        return None
    owners = [found.at(c) for c in clause.head.children if c.dep_ == "poss" and c.i < token.i]
    return next((k for k in owners if k and found.actors[k].type in types), None)


def own_subject(token: Token, found) -> str | None:
    """The actor that is the subject of the verb whose object ``token`` is (borrowed from the verb
    it is coordinated with): an object pronoun that is not reflexive is never that actor.

    >>> own_subject.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'own_subject'
    """
    subject = _own_subject(token)
    return named_by(subject, found) if subject is not None else None


def _own_subject(token: Token) -> Token | None:
    """The subject of the verb whose object ``token`` is, borrowed from a verb it is coordinated with."""
    verb = token.head
    for _ in range(2):  # "Niger pulled out of it", "fired on them": the verb a phrase of it hangs on
        if token.dep_ != "pobj" or verb.pos_ == "VERB" or verb.dep_ != "prep":
            break
        verb = verb.head
    if token.dep_ == "nsubj" and verb.dep_ in ("ccomp", "xcomp") and verb.head.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        token, verb = verb, verb.head  # "will not allow them to terrorise ...": the object of "allow"
    elif token.dep_ not in ("dobj", "dative") and not (token.dep_ == "pobj" and verb.pos_ == "VERB"):
        return None
    while True:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects or verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    return subjects[0] if subjects else None


def own_side(token: Token, found) -> set[str]:
    """Who acts on an object pronoun, and whose side that actor speaks for: the actors its subject
    names ("Chinese foreign ministry spokeswoman X ... accused it": X, the ministry, China) and
    their states; the pronoun is none of them.

    >>> own_side.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'own_side'
    """
    subject = _own_subject(token)
    if subject is None:
        return set()
    keys = {found.at(x) for x in subject.subtree if found.at(x)} | {named_by(subject, found)} - {None}
    armed = {k for k, a in found.actors.items() if a.type == "MILITARY" and a.country in keys
             and found.at(subject) == a.country}  # ("the army ... allow them": "army" is read as its state so far)
    return keys | armed | {found.actors[k].country for k in keys if found.actors[k].country}


def companions(token: Token, found) -> set[str]:
    """Whom a phrase before a subject pronoun, on its own verb, names ("Together with Burkina Faso
    and Niger it formed the AES": not Niger; "In a statement carried by X, it said": not X); the
    pronoun is none of them (a pronoun in the phrase may be: "In its report, it said").

    >>> companions.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'companions'
    """
    if token.dep_ not in SUBJECT_DEPS:
        return set()
    return {found.at(x) for p in token.head.children if p.dep_ == "prep" and p.i < token.i
            for x in p.subtree if found.at(x) and x.pos_ != "PRON"}


def speakers_state(token: Token, found, gaz: Gazetteer, speaker_types=None) -> str | None:
    """The state of whoever says what "the country" does: "Pakistan's foreign ministry said the
    country would protect its citizens" -> Pakistan. With ``speaker_types``, only a speaker of one
    of those actor types counts.

    >>> speakers_state.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'speakers_state'
    """
    clause = token.head
    while clause.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        clause = clause.head  # "said that the attackers fled and that soldiers pursued them"
    if token.dep_ not in SUBJECT_DEPS or clause.dep_ != "ccomp":
        return None
    speaker = clause.head
    if speaker.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in speaker.children):
        speaker = speaker.head  # "the ministry did not confirm the strikes but said the country would ..."
    for s in speaker.children:
        actor = (found.actor(s) or next((found.actor(c) for c in s.children if c.dep_ in ("compound", "amod", "poss")
                                        and found.actor(c)), None)) if s.dep_ == "nsubj" else None
        # ("a French defence ministry spokesman said": the ministry)
        if actor is not None and actor.type == "PERSON":
            actor = spoken_for(found, actor.key, token.doc)  # "Army spokesman X said troops ...": the army's
        if actor is not None:
            if speaker_types is not None and actor.type not in speaker_types:
                return None
            state = actor.key if actor.type == "STATE" else actor.country
            if state is None or gaz.actor(state) is None:
                return None
            found.actors.setdefault(state, gaz.actor(state))
            return state
    return None


def spoken_for(found, key: str, doc):
    """The body a person speaks for, as the text introduces them: "Army spokesman X", "X, a
    spokesman for the Congolese army"; None for anyone else.

    >>> spoken_for.__name__  # needs resolved actors; see tests/actors/test_resolve.py (COREF)
    'spoken_for'
    """
    for start, end, k in sorted(found.mention_spans):
        if k != key:
            continue
        bodies = [found.actor(o) for c in doc[end - 1].children if c.dep_ == "appos" and c.lower_ in SPOKESPEOPLE
                  for p in c.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                  for o in p.children if o.dep_ == "pobj"]  # "X, a spokesman for the army"
        title = start - 1
        while title > 0 and doc[title].is_title and doc[title].dep_ == "compound" \
                and doc[title].lower_ not in SPOKESPEOPLE:
            title -= 1  # the ranks between: "Army spokesman Lieutenant Colonel X"
        if title > 0 and doc[title].lower_ in SPOKESPEOPLE:
            bodies.append(found.actor(doc[title - 1]))
        return next((b for b in bodies if b is not None), None)
    return None


#: Words for those who carried out an attack: "the attackers" are whoever the text said attacked.
ATTACKER_WORDS = frozenset({"attacker", "assailant", "raider"})


def last_attackers(word: Token, found, attack_word=None) -> tuple[int, str] | None:
    """Whom "the attackers" refers to: the named armed group last told to attack before it (the
    subject of an attack verb), as (where the mention starts, its key); None with none told.

    >>> last_attackers.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'last_attackers'
    """
    if attack_word is None or word.lemma_.lower() not in ATTACKER_WORDS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in word.children) or word.i not in found.token_actor:
        return None
    best = None
    for start, end, key in found.mention_spans:
        if start >= word.i or key.startswith("group/") or found.actors[key].type != "ARMED_GROUP":
            continue
        head = word.doc[end - 1]
        subject = head if head.dep_ == "nsubj" else head.head.head if head.dep_ == "pobj" else None
        # ("fighters from the group stormed ...": the group's fighters attacked)
        if subject is not None and subject.dep_ == "nsubj" and attack_word(subject.head.lemma_.lower(), "VERB"):
            best = (start, key) if best is None or start > best[0] else best
    return (word.i, best[1]) if best is not None else None


#: Projectiles whose firer the text told before ("one rocket landed" after "X fired rockets"), and
#: forces whose sender or owner it told ("the troops shelled villages" after "Sudanese troops").
PROJECTILES = frozenset({"rocket", "missile", "shell", "mortar", "drone", "troop", "soldier"})


#: Verbs that fire or send what they take as object: "fired rockets", "sent troops".
LAUNCHING = frozenset({"fire", "launch", "send", "deploy", "dispatch", "shoot", "lob", "rush", "redeploy", "move",
                       "station", "mobilise", "mobilize", "fly", "drop", "use", "throw", "hurl"})


def fired_before(projectile: Token, found) -> str | None:
    """Who fired the projectile a bare subject ("one rocket", "the missiles", "the troops") is one
    of: whose the last such word was, or the subject of the last verb the document fired or sent
    that word with, when it has no owner of its own ("Cambodian troops fired rockets ... one rocket
    landed in a hospital" -> Cambodia; "Sudan sent troops ... the troops shelled villages" -> Sudan).

    >>> fired_before.__name__  # needs a parsed Doc; see tests/extract/test_events.py
    'fired_before'
    """
    if any(c.dep_ in ("poss", "amod", "compound", "nmod") and found.at(c) for c in projectile.children):
        return None
    for t in reversed(projectile.doc[:projectile.i]):
        if t.lemma_.lower() != projectile.lemma_.lower() or t.dep_ != "dobj" and not found.at(t) \
                or not found.at(t) and t.head.lemma_.lower() not in LAUNCHING:
            continue  # ("a rights group accused soldiers of killing ...": no one fired those soldiers)
        return found.at(t) or next((k for s in t.head.children if s.dep_ == "nsubj" and (k := found.at(s))), None)
    return None


#: Nouns for the organisation a person leads or speaks for: "his group", "her party".
OWN_GROUP_WORDS = frozenset({"group", "movement", "party", "organisation", "organization", "militia", "faction",
                             "fighter", "militiaman", "gunman", "coalition", "man"})  # "his fighters": the group's
#: Titles that tie a person to the organisation named before them: "Houthi leader X".
ORG_TITLES = frozenset({"leader", "chief", "head", "commander", "founder", "spokesman", "spokeswoman",
                        "chairman", "chairwoman", "secretary-general"})
#: Organisations that can be "his group".
GROUP_TYPES = frozenset({"ARMED_GROUP", "NGO", "IGO", "GOVERNMENT"})


def persons_group(token: Token, found) -> str | None:
    """The organisation "his group" or "her party" is: the one its owner is titled by ("Houthi
    leader Abdul Malik al-Houthi said his group would ..." -> the Houthis; "X, a commander of a
    PDF battalion, said his fighters ..." -> the PDF).

    >>> persons_group.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'persons_group'
    """
    if token.lemma_.lower() not in OWN_GROUP_WORDS:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss" and (c.pos_ == "PRON" or found.at(c))), None)
    person = found.actors.get(found.at(owner)) if owner is not None and found.at(owner) else None
    if person is None and owner is not None and owner.lower_ in ("his", "her"):  # "his fighters": read no owner
        people = [k for start, _end, k in sorted(found.mention_spans) if token.sent.start <= start < owner.i
                  and found.actors[k].type == "PERSON"]
        person = found.actors[people[-1]] if people else None
    if person is None or person.type != "PERSON":
        return None
    for start, end, key in sorted(found.mention_spans):
        if key != person.key or start >= token.i:
            continue
        led = _led_by(token.doc[end - 1], found)
        if led is not None:  # "the group is led by X ... X's men": the group
            return led
        titled = [x for a in token.doc[end - 1].children if a.dep_ == "appos" and a.lemma_.lower() in ORG_TITLES
                  and not any(c.lower_ in ("former", "ex") for c in a.children)  # ("the former RSF commander")
                  for x in a.subtree if found.at(x) and found.actors[found.at(x)].type in GROUP_TYPES]
        if titled:  # "X, a commander of a PDF battalion, said his fighters ...": the PDF
            return found.at(titled[0])
        before = token.doc[max(start - 4, 0):start]
        if not any(t.lower_ in ORG_TITLES for t in before):
            continue
        orgs = [found.at(t) for t in before if found.at(t) and found.actors[found.at(t)].type in GROUP_TYPES]
        if orgs:
            return orgs[-1]
    return None


def _led_by(name: Token, found) -> str | None:
    """The organisation a name is the leader of by "led by" ("the group is led by X", "a faction
    headed by X"), or None."""
    verb = name.head.head if name.dep_ == "pobj" and name.head.dep_ == "agent" else None
    if verb is None or verb.lemma_.lower() not in ("lead", "head", "command"):
        return None
    held = [c for c in verb.children if c.dep_ == "nsubjpass"] + ([verb.head] if verb.dep_ == "acl" else [])
    return next((k for h in held if (k := found.at(h)) and found.actors[k].type in GROUP_TYPES), None)


#: Verbs of leaving a place: the country left is not the leaver's own.
LEAVING = frozenset({"leave", "exit", "quit", "flee"})


def leavers(verb: Token, found) -> set[str]:
    """The actors named in whoever leaves: the subject of ``verb``, or the object of the verb that
    orders or asks it ("ordered the French ambassador to leave the country": France's envoy leaves).

    >>> leavers.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'leavers'
    """
    who = [c for c in verb.children if c.dep_ == "nsubj"] or (
        [c for c in verb.head.children if c.dep_ == "dobj"] if verb.dep_ == "xcomp" else [])
    return {found.at(x) for w in who for x in w.subtree if found.at(x)}


def title_holder(token: Token, found) -> str | None:
    """The person "the president" (or another title word) points back to: the nearest one named
    before with that title ("President William Ruto ... urged the president to"; the title a few
    words before the name, with no one else named between), not whoever was named last; None
    when no one was named so.

    >>> title_holder.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'title_holder'
    """
    title = token.lemma_.lower()
    doc = token.doc
    people = sorted((start, key) for start, _end, key in found.mention_spans if found.actors[key].type == "PERSON")
    for start, key in reversed(people):
        if start >= token.i:
            continue
        # the title just before the name, or a few words before it with no one else named between
        # ("the ASEAN special envoy on Myanmar, veteran diplomat X": X)
        words = [w for w in doc[max(start - 8, doc[start].sent.start):start] if w.lemma_.lower() == title]
        if words and (words[-1].i >= start - 3 or not any(words[-1].i < s < start for s, _k in people)):
            return key
    return None


def acting_on(obj: Token, found) -> set[str]:
    """Who acts on the object ``obj`` of a verb, and their state when they are its body: the subject
    of the verb, or of the verb it is coordinated with ("France's foreign ministry said it deplored
    the decision and urged the authorities": the ministry and France), whom the object is not.

    >>> acting_on.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'acting_on'
    """
    verb = obj.head
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    acting = {found.at(x) for s in verb.children if s.dep_ == "nsubj" for x in (s, *s.children)
              if found.at(x) and (x.i == s.i or x.dep_ in ("compound", "amod", "poss"))}
    return acting | {state_side(found.actors[k]) for k in acting if not watchdog(k)} - {None}


#: A state's bodies that hold its government to account ("the ombudsman's office urged the government to
#: open corridors": its own), by the last part of their key (``bodies.csv``).
WATCHDOGS = frozenset({"ombudsmans-office", "parliament", "court", "judiciary"})


def watchdog(key: str) -> bool:
    """Whether the actor ``key`` is one of a state's bodies that hold its government to account: an
    ombudsman, a parliament, a court, a national human rights commission.

    >>> watchdog("gov/COL/ombudsmans-office"), watchdog("gov/COL/defense-ministry")
    (True, False)
    >>> watchdog("org/ethiopian-human-rights-commission")
    True
    """
    name = key.rsplit("/", 1)[-1]
    return name in WATCHDOGS or "rights-commission" in name


#: Nouns only an armed actor owns: "its troops", "their positions".
ARMED_NOUNS = frozenset({"troops", "forces", "soldiers", "army", "artillery", "tanks", "missiles", "rockets",
                         "fighters", "units", "positions", "air", "navy", "militia", "defences", "defenses"})
#: Forces named bare ("troops killed ..."), a state's own when that state tells of them.
OWN_FORCES = frozenset({"troops", "soldiers", "forces", "defences", "defenses"})
STATE_SPEAKERS = frozenset({"STATE", "GOVERNMENT", "MILITARY"})


def own_forces(token: Token, found, gaz: Gazetteer) -> str | None:
    """The state whose bare "troops" they are when it, its body or its army tells of them ("the army
    said troops killed 12 gunmen", "troops recaptured the town, the army said"), unless the text
    has named another state's forces before them.

    >>> own_forces.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'own_forces'
    """
    if token.lower_ not in OWN_FORCES or not state_arm(token, found, own=True):
        return None
    own = speakers_state(token, found, gaz, STATE_SPEAKERS)
    return own if own and not _others_forces(token, found, own) else None


#: Bare words for a police force's men: "police said officers had shot three suspects".
POLICE_MEN = frozenset({"officers", "policemen", "officer", "policeman"})


def own_officers(token: Token, found) -> str | None:
    """The police force whose bare "officers" they are when it tells of them ("The Haitian National
    Police said officers had killed six gang members": the force's own); None for any other word.

    >>> own_officers.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'own_officers'
    """
    if token.lower_ not in POLICE_MEN or token.dep_ not in SUBJECT_DEPS or found.at(token) \
            or token.head.dep_ != "ccomp" \
            or any(c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in token.children):
        return None
    teller = token.head.head
    if teller.lemma_.lower() not in TELLING:
        return None
    police = next((a for s in teller.children if s.dep_ == "nsubj" and (a := found.actor(s)) is not None), None)
    return police.key if police is not None and police.type in ("GOVERNMENT", "MILITARY") and is_police(police) \
        else None


def led_forces(token: Token, found) -> str | None:
    """The state of the person bare forces are "led by", where the gazetteer knows it: "soldiers led
    by General X seized power" are X's state's, not those of the state the story is about.

    >>> led_forces.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'led_forces'
    """
    if token.lower_ not in OWN_FORCES or found.at(token) or any(c.dep_ in ("poss", "amod", "compound")
                                                                 and found.at(c) for c in token.children):
        return None
    for acl in (c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "command")):
        for o in (o for p in acl.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"):
            leader = found.actor(o)
            if leader is not None and leader.type == "PERSON" and leader.country:
                return leader.country
    return None


def _others_forces(token: Token, found, state: str) -> bool:
    """Whether the text has named another state's forces before ``token`` ("North Korean soldiers
    crossed the border ... Seoul says troops retreated": whose troops is not said)."""
    return any(t.lower_ in ARMED_NOUNS and found.at(t) and found.at(t) != state
               and found.actors[found.at(t)].type == "STATE" for t in token.doc[:token.i])


def not_called(found, word: str) -> set[str]:
    """The actors whose name does not have ``word`` in it: "the council" prefers a council.

    >>> from types import SimpleNamespace
    >>> from graphbuild.model import Actor
    >>> found = SimpleNamespace(actors={"org/un": Actor("org/un", "United Nations", "IGO"),
    ...                                 "org/unsc": Actor("org/unsc", "UN Security Council", "IGO")})
    >>> sorted(not_called(found, "council"))
    ['org/un']
    """
    return {k for k, a in found.actors.items() if word not in a.label.lower().split()}
