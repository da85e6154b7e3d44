"""Announced intentions, which PLOVER codes as events of their own: promises, threats, refusals.

"X will release the prisoners" is a promise (AGREE), "X vowed to strike" a threat (THREATEN),
"X will not accept more refugees" a refusal (REJECT), "Y said X must withdraw" a demand
(REQUEST) from Y to X; an act that comes with an "unless" is an ultimatum. The moods of the
acts themselves are decided in :mod:`graphbuild.extract.factuality`.

>>> "ASSAULT" in HOSTILE and "AGREE" in COOPERATIVE
True
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from graphbuild.extract.arguments import TIED, arg_actors
from graphbuild.extract.discourse import credited, points_back
from graphbuild.extract.factuality import asked
from graphbuild.extract.frames import UNCERTAIN_AUX, VOLITION, WARNING, Frame
from graphbuild.extract.lexicon import Lexicon
from graphbuild.extract.readings import CONDITIONS, conditions
from graphbuild.extract.syntax import OBJ, PASS_SUBJ, SUBJ, children, clause_subject, prep_objects
from graphbuild.model import Event

#: Event types whose announcement is a threat (PLOVER THREATEN); others announced are promises (AGREE).
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE", "REJECT", "ACCUSE"})
#: Cooperative event types whose negation is a refusal (PLOVER REJECT).
COOPERATIVE = frozenset({"AGREE", "CONCEDE", "SUPPORT", "AID", "COOPERATE", "CONSULT"})
#: Acts of giving or giving way: not doing one ("will not withdraw", "vowed not to return the land") is a refusal.
YIELDING = COOPERATIVE | {"RETREAT"}
#: Auxiliaries of an obligation put on someone (those of a declared intention: ``frames.VOLITION``).
OBLIGATION = frozenset({"must", "should"})
#: Auxiliaries of what an actor may do: with a condition on it ("may halt talks if ..."), a threat or offer.
MAY = frozenset({"may", "might", "could", "can"})
#: Words a volitional act is the complement of ("set to", "due to" schedule; they do not promise).
VOLITION_HEADS = frozenset({"ready", "willing", "prepared", "plan", "decide", "vow", "pledge", "promise",
                            "intend", "offer", "determined", "swear", "resolve", "aim"})
#: Verbs of getting ready: "the army prepared to attack" shows force (MOBILIZE) before it attacks.
PREPARATION = frozenset({"prepare"})
#: Words of not being able: an act one is unable to do did not happen, and was not refused.
INABILITY = frozenset({"unable", "impossible"})
#: Verbs that keep someone "from" an act: it did not happen, and was not refused.
PREVENTION = frozenset({"bar", "ban", "block", "stop", "prevent"})


def intentions(events: list[Event], frames: list[Frame], contents: dict[int, int], found=None) -> list[Event]:
    """PLOVER codes announced intentions as events of their own: the new events.

    * A declared future or volitional act ("X will release", "X is ready to withdraw", "X said
      it would boycott") is a promise, AGREE, when the act is cooperative, and a THREAT when it
      is hostile (:data:`HOSTILE`) or comes with an "unless" condition (an ultimatum).
    * An obligation another actor is told of ("Y said X must return the helicopter", "... X
      should not return") is a REQUEST from the speaker to X, and no refusal by X.
    * A negated cooperative act ("will not accept", "failed to reach agreement") is a REJECT.

    Conditional clauses ("if it is attacked") and acts already governed by a threat, demand,
    refusal or promise are left alone. The act announced keeps its own modality (the
    prediction rows code it as the promise or threat only). With ``found``, a threat aimed at no
    one is aimed at whoever its condition names ("would resume operations if the guerrillas
    attacked").
    """
    out = []
    for f, e in zip(frames, events):
        verb = f.trigger.head if f.trigger.pos_ != "VERB" and f.trigger.dep_ in OBJ else f.trigger
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}  # "will extend the curfew"
        if e.polarity == "negative" and e.type in YIELDING and e.sources and not conditional(f.trigger) \
                and f.trigger.i not in contents and not kept_from(f.trigger) and not blamed_for(f.trigger) \
                and not aux & OBLIGATION:
            # (being "unable to return" or "barred from returning" is no refusal, nor being accused of
            # "failing to protect civilians")
            # "Syria will not accept more refugees", "failed to reach agreement": a refusal (not
            # one already told by the refusal, threat or demand that governs it: "refused to recognize")
            sources, targets = e.sources, e.targets
            with_other = any(t.lower_ == "with" and t.dep_ == "prep" for t in f.trigger.subtree)
            if not targets and len(sources) > 1 and with_other:
                sources, targets = sources[:1], sources[1:]  # "A did not sign the deal with B": A refuses B (but
                # "A and B forces would not withdraw" refuse together)
            out.append(replace(e, type="REJECT", mode="refuse", cameo="12", polarity="positive",
                               sources=sources, targets=targets, modality="asserted",
                               evidence=credited(e, "refusal"), casualties=()))
            continue
        obliged = aux & OBLIGATION and e.claimed_by and e.sources and e.claimed_by not in e.sources
        if f.trigger.i in contents or e.polarity != "positive" and not obliged or conditional(f.trigger) \
                or asked(f.trigger):  # "Will Israel strike Iran?" promises and threatens nothing
            continue
        head = volitional(verb)  # "ready to", "vowed to", "prepared to"
        if obliged:  # "Y said X must return the helicopter", "... X should not return": Y asks it of X
            out.append(replace(e, type="REQUEST", sources=(e.claimed_by,), targets=e.sources, mode="demand",
                               cameo="10", polarity="positive", modality="asserted", claimed_by=None,
                               evidence=credited(e, "obligation"), casualties=(), weapons=()))
        elif e.sources and (aux & VOLITION or head is not None or aux & MAY and (
                ultimatum(verb, CONDITIONS) or e.type in HOSTILE and warned(verb) and own_warning(e, found))) \
                and e.type not in ("AGREE", "THREATEN", "REQUEST") and not (
                    e.type == "ACCUSE" and not ultimatum(verb) and not warned(verb)):
            # "may halt its mediation if ...": a threat; an appeal or a complaint to come ("would push for a
            # resolution", "would file a complaint with the Security Council") promises or threatens nothing
            if head is not None and head.lemma_.lower() in PREPARATION and head.pos_ == "VERB" and e.type == "ASSAULT":
                # "the army prepared to resume shelling": a show of force (PLOVER MOBILIZE), the attack to come
                out.append(replace(e, type="MOBILIZE", mode="military", cameo="15", modality="asserted",
                                   evidence=credited(e, "intent"), casualties=(), weapons=()))
                continue
            hostile = e.type in HOSTILE and not (found is not None and (at_home(e, found) or hosted(f, e, found)))
            kind = "THREATEN" if hostile or ultimatum(verb) or warned(verb) else "AGREE"
            targets = e.targets
            if kind == "THREATEN" and not targets and found is not None:  # "... if the guerrillas attacked"
                targets = tuple(dict.fromkeys(k for clause in conditions(verb)
                                              for s in children(clause, SUBJ | PASS_SUBJ)
                                              for k in arg_actors(s, found) if k not in e.sources))
            out.append(replace(e, type=kind, mode="intent", cameo="13" if kind == "THREATEN" else "03",
                               targets=targets, modality="asserted", evidence=credited(e, "intent"), casualties=()))
    return out




def at_home(e: Event, found) -> bool:
    """Whether a show of force is sent only to places in its own sources' country: "pledged to
    deploy more troops to Benue state" (Nigeria's) promises protection and threatens no one.

    >>> at_home.__name__  # needs resolved actors; see tests/extract/test_events.py
    'at_home'
    """
    if e.type != "MOBILIZE" or not e.targets or not e.sources:
        return False
    own = {s if found.actors[s].type == "STATE" else found.actors[s].country for s in e.sources}
    return all(found.actors[t].type == "LOCATION" and found.actors[t].country in own for t in e.targets)


def hosted(frame: Frame, e: Event, found) -> bool:
    """Whether a show of force is sent to states named as where it goes: "NATO plans to deploy
    troops to Lithuania" promises Lithuania troops, and threatens no one.

    >>> hosted.__name__  # needs resolved actors; see tests/extract/test_events.py
    'hosted'
    """
    if e.type != "MOBILIZE" or not e.targets:
        return False
    word = frame.trigger
    hosts = {found.at(o) for w in (word, *((word.head,) if word.dep_ in ("dobj", "pobj") else ()))
             for _p, o in prep_objects(w, {"to"})}  # (not "to the Ukrainian border"; "send troops to X": X)
    return all(t in hosts and found.actors[t].type == "STATE" for t in e.targets)


def own_warning(e: Event, found) -> bool:
    """Whether a warning tells of the warner's own act ("Israel warned that it could strike", "Katz warned
    that Israel could strike", he being Israel's), not of another's ("the UN warned that the RSF could
    attack"): a threat, where what someone else may do is only a warning.

    >>> own_warning.__name__  # needs resolved actors; see tests/extract/test_events.py
    'own_warning'
    """
    speaker = found.actors.get(e.claimed_by) if found is not None and e.claimed_by else None
    return e.claimed_by is None or e.claimed_by in e.sources or (
        speaker is not None and speaker.type == "PERSON" and speaker.country in e.sources)


def warned(verb: Token) -> bool:
    """Whether an announced act is told in a warning ("warned that Addis Ababa would defend ...")."""
    for _ in range(3):
        if verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
        if verb.lemma_.lower() in WARNING:
            return True
    return False


#: Verbs whose "of" clause tells what someone is blamed for: "accused the army of failing to protect X".
BLAMING = frozenset({"accuse", "blame", "criticise", "criticize", "condemn", "charge", "fault"})


def blamed_for(trigger: Token) -> bool:
    """Whether the act is what an accusation says someone failed to do ("accused the army of
    failing to protect civilians"): the charge, no refusal of the accused's."""
    for tok in [trigger, *list(trigger.ancestors)[:3]]:
        if tok.dep_ == "pcomp" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in BLAMING:
            return True
    return False


def kept_from(trigger: Token) -> bool:
    """Whether the act is one its doer is unable to do or is kept from ("barred from returning"),
    or only one done "without" (the act not done beside another: "signed without consulting X")."""
    head = trigger.head
    if head.dep_ == "prep" and head.lower_ == "without":
        return True
    if head.lower_ == "from" and head.dep_ == "prep":
        return head.head.lemma_.lower() in PREVENTION
    return head.lemma_.lower() in INABILITY


def ultimatum(trigger: Token, marks: frozenset[str] = frozenset({"unless"})) -> bool:
    """Whether an announced act comes with an "unless" condition (or one of ``marks``): "will
    withdraw unless X agrees" is a threat (PLOVER THREATEN, CAMEO 13 ultimatum) whatever the act."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for c in trigger.children)


def conditional(trigger: Token) -> bool:
    """Whether the trigger's clause is a condition ("if it is attacked", "unless X agrees")."""
    tok = trigger
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in tok.children):
            return True
        if tok.head.i == tok.i or tok.dep_ not in ("xcomp", "conj", "auxpass"):
            return False
        tok = tok.head
    return False


def volitional(trigger: Token) -> Token | None:
    """The word of will this trigger is the complement of: "ready to", "plans to", "vowed to",
    "prepared to"; None when there is none.

    Not when the will is itself only asked for or possible: "X must be ready to mediate" is a
    demand on X (see :func:`_obligations`), "X could be willing to" no promise.
    """
    tok = trigger
    for _ in range(3):
        if tok.dep_ not in ("xcomp", "acomp") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.lemma_.lower() in VOLITION_HEADS | PREPARATION:
            holder = tok.head if tok.dep_ == "acomp" else tok  # "is ready": the copula holds the modal
            return None if any(c.dep_ == "aux" and c.lower_ in UNCERTAIN_AUX for c in holder.children) else tok
    return None


#: Verbs of holding someone to account "for" an act or "on" a charge, and the words of a charge.
HELD_FOR = frozenset({"arrest", "detain", "jail", "imprison", "convict", "sentence", "prosecute", "indict"})
CHARGE_WORDS = frozenset({"charge", "allegation", "suspicion", "accusation"})
#: Words of how long, not what for: "detained for three days".
DURATIONS = frozenset({"day", "week", "month", "year", "hour", "night", "decade", "life"})


def charges(events: list[Event], frames: list[Frame]) -> list[Event]:
    """Those held "for" an act or "on" a charge are accused of it by whoever holds them: "police
    arrested a missionary for collaborating with Israel", "jailed 52 members on allegations of
    treason" are also an ACCUSE (CAMEO 112), beside the arrest (not "detained for three days").

    >>> charges([], [])
    []
    """
    out = []
    for f, e in zip(frames, events):
        t = f.trigger
        if e.type != "COERCE" or t.lemma_.lower() not in HELD_FOR or not e.asserted:
            continue
        objects = [(p.lower_, o) for p in t.children if p.dep_ == "prep" for o in p.children
                   if o.dep_ in ("pobj", "pcomp")]
        if any(p == "for" and o.lemma_.lower() not in DURATIONS and o.ent_type_ not in ("DATE", "TIME")
               or p == "on" and o.lemma_.lower() in CHARGE_WORDS for p, o in objects):
            out.append(replace(e, type="ACCUSE", mode="allege", cameo="112", evidence=credited(e, "charge"),
                               casualties=(), weapons=()))
    return out


def responsibility_claims(sent, found, lexicon: Lexicon) -> list[tuple[int, str]]:
    """Claims of an attack told before, by (character offset, the named group that claims it): "X
    claimed responsibility" with no "for", or "X claimed the attack" (not "has not claimed").

    >>> responsibility_claims.__name__  # needs a parsed sentence; see tests/extract/test_factuality.py
    'responsibility_claims'
    """
    out = []
    for verb in sent:
        if verb.lemma_.lower() != "claim" or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        claimed = [o for o in children(verb, OBJ) if o.lemma_.lower() == "responsibility" and not any(
            p.lower_ == "for" for p in o.children) or lexicon.is_attack(o.lemma_.lower(), "NOUN") and points_back(o)]
        groups = [k for s in clause_subject(verb) if (k := found.at(s)) and not any(
                  c.dep_ == "amod" and c.lemma_.lower() in TIED for c in s.children)  # (not "the al-Qaeda-linked group")
                  and not k.startswith("group/") and found.actors[k].type == "ARMED_GROUP"]
        if claimed and groups:
            out.append((verb.idx, groups[0]))
    return out


#: Words that open a clause of what happened before the main one: "The attack came days after
#: rebels shot a teacher" (the shooting is background, not the attack the story is about).
EARLIER = frozenset({"after", "since"})


def background_acts(doc: Doc) -> set[int]:
    """Character offsets of the words told as background, in a clause opened by "after" or
    "since" ("... came days after rebels shot dead a teacher": the shooting).

    >>> background_acts.__name__  # needs a parsed Doc; see tests/extract/test_events.py
    'background_acts'
    """
    clauses = [t for t in doc if t.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in EARLIER for c in t.children)]
    return {x.idx for clause in clauses for x in clause.subtree}


def claimed_responsibility(events: list[Event], claims: list[tuple[int, str]],
                           background: frozenset[int] | set[int] = frozenset()) -> list[Event]:
    """The attacks told in the sentence before a group's claim of responsibility, done by no one
    named ("gunmen stormed a hotel ... Al-Shabaab claimed responsibility"), are the group's, by its
    own claim; not an attack told only as ``background`` to it, where another was told before.

    >>> claimed_responsibility([], [(0, "org/x")])
    []
    """
    for at, group in claims:
        told = {i for i, e in enumerate(events) if e.type == "ASSAULT" and e.trigger_start < at
                and e.polarity == "positive" and all(k.startswith("group/") for k in e.sources)}
        told = {i for i in told if events[i].trigger_start not in background} or told
        last = max((events[i].evidence.start for i in told), default=None)
        events = [replace(e, sources=(group,), claimed_by=e.claimed_by or group)
                  if i in told and e.evidence.start == last else e for i, e in enumerate(events)]
    return events


#: Verbs of laying attacks at someone's door: "authorities blamed the PLF for the attacks".
BLAMING_FOR = frozenset({"blame"})


def blamed_for_attacks(events: list[Event], actors: dict) -> list[Event]:
    """The attacks told before "X blamed <a named armed group> for the attacks", done by no one
    named (gunmen, a bomb), are that group's, as the blamer claims; so are those of the sentence
    just before that the text gave the blamer's own side ("drones struck the city ... The army
    blamed the RSF for the strikes": not the army's drones).

    >>> blamed_for_attacks([], {})
    []
    """
    for blame in [e for e in events if e.type == "ACCUSE" and e.trigger.lower().startswith(tuple(BLAMING_FOR))]:
        groups = tuple(k for k in blame.targets if actors[k].type == "ARMED_GROUP" and not k.startswith("group/"))
        named = any(e.type == "ASSAULT" and e.sources == groups and e.evidence.start == blame.evidence.start
                    and not e.targets for e in events)  # ("... for the attacks": the attacks, no one they hit)
        if not groups or not named:
            continue
        own = {*blame.sources, *(actors[k].country for k in blame.sources if k in actors)} - {None}
        before = max((e.evidence.start for e in events if e.evidence.start < blame.evidence.start), default=None)
        events = [replace(e, sources=groups, claimed_by=e.claimed_by or (blame.sources[:1] or (None,))[0])
                  if e.type == "ASSAULT" and e.trigger_start < blame.trigger_start and e.polarity == "positive"
                  and (e.targets and all(k.startswith("group/") for k in e.sources)
                       or e.evidence.start == before and set(e.sources) <= own)
                  else e for e in events]
    return events
