"""The parties a frame's own roles did not name, read from the rest of the sentence.

An event frame (:mod:`graphbuild.extract.events`) has the sources and targets its trigger's
roles name. :func:`complete` fills what is missing: a participle on a noun takes the noun's
actor or issuer (:func:`acting_party`), and an event with a source and no target takes the
nearest actor its complements name, or the parties of an event it names (:func:`other_party`,
:func:`led_to`).

>>> complete([], None, None)
[]
"""
from __future__ import annotations

from dataclasses import replace

from graphbuild.extract.arguments import PROTECTING, arg_actors, subtree_reach, unique
from graphbuild.extract.events import BLAME_TYPES, PROPOSALS, REPELLING
from graphbuild.extract.frames import BACKING, Frame
from graphbuild.extract.intentions import HELD_FOR
from graphbuild.extract.senses import allowance, role_objects
from graphbuild.extract.sides import own_side
from graphbuild.extract.lexicon import Lexicon
from graphbuild.extract.readings import asks_object
from graphbuild.extract.syntax import (
    AMOD, CHARGED_OF, COMPOUND, LOCATION_PREPS, OBJ, POSS, children, clause_subject, gapped_object, infinitival,
    prep_objects,
)
from graphbuild.model import SYMMETRIC_TYPES, Event

#: Verbs whose subject authored their object: "issued a statement demanding ...".
ISSUE_VERBS = frozenset({"issue", "release", "publish", "adopt", "pass", "send", "deliver", "make", "sign",
                         "draft", "present", "submit", "unveil", "announce", "circulate", "post"})
#: Words of revenge, and the markers of the wrong it answers ("vowed revenge after X struck").
REVENGE = frozenset({"revenge", "retaliate", "retaliation", "avenge", "vengeance", "reprisal", "reprisals"})
AVENGED_MARKS = frozenset({"after", "following", "over", "for"})
#: Event types whose place is where they happen, never whom they are aimed at: a protest is held
#: somewhere; a complaint or demand lodged "in Beijing" is not aimed at Beijing.
PLACE_BOUND = frozenset({"PROTEST", "ACCUSE", "REQUEST"})
#: Where one flees or withdraws to: a destination, not whom one retreats from ("fled towards Goma").
DESTINATION_PREPS = frozenset({"to", "towards", "toward", "into"})


def complete(frames: list[Frame], found, lexicon: Lexicon) -> list[Frame]:
    """``frames`` (one sentence's, in text order) with the parties their roles left empty filled in.

    >>> complete([], None, None)
    []
    """
    by_trigger = {f.trigger.i: f for f in frames}
    return [other_party(acting_party(f, found), found, lexicon, by_trigger) for f in frames]


def acting_party(frame: Frame, found) -> Frame:
    """A participle with a target and no source modifying a noun takes the noun's actor, its
    owner, or the subject of the verb that issued it: "Y issued a statement demanding that X ..."
    is Y's demand; "protesters demanding ..." are the protesters'; "a UN resolution condemning X"
    is the UN's (and not the vetoer's in "Z vetoed a resolution condemning X")."""
    trigger = frame.trigger
    if frame.sources or not frame.targets or trigger.dep_ != "acl" or trigger.tag_ != "VBG":
        return frame
    noun = trigger.head
    owners = [k for c in noun.children if c.dep_ in (POSS, COMPOUND, AMOD) for k in arg_actors(c, found)
              if found.actors[k].type != "LOCATION"]
    if found.at(noun):
        sources = arg_actors(noun, found)
    elif owners:  # "a Security Council resolution condemning X"
        sources = owners
    elif noun.dep_ in OBJ and noun.head.lemma_.lower() in ISSUE_VERBS:
        sources = [k for s in clause_subject(noun.head) for k in arg_actors(s, found)]
    else:  # "vetoed a resolution condemning X": not the vetoer's
        return frame
    sources = [k for k in unique(sources) if k not in frame.targets]
    return replace(frame, sources=tuple(sources)) if sources else frame


def other_party(frame: Frame, found, lexicon: Lexicon, frames: dict[int, Frame]) -> Frame:
    """A frame with a source and no target takes the nearest actor its trigger governs
    (:func:`~graphbuild.extract.arguments.subtree_reach`); an event it reaches leads to that
    event's parties (:func:`led_to`); places it has as locations stay locations, and a
    protest's place ("a sit-in outside parliament") is where it was held, not whom it was
    against."""
    if frame.targets or not frame.sources or lexicon.is_denial(frame.trigger.lemma_):
        return frame
    if frame.sense.event_type in SYMMETRIC_TYPES and len(frame.sources) > 1:
        return frame
    if frame.trigger.lemma_.lower() in REPELLING and any(
            c.i in frames and frames[c.i].sense.event_type == "ASSAULT" for c in children(frame.trigger, OBJ)):
        return frame  # "repelled the assault on El Fasher": at the attackers told before, not at the town
    if frame.sense.event_type == "REQUEST" and asks_object(frame.trigger) and not any(
            c.dep_ == "dobj" and c.i in frames for c in frame.trigger.children):
        return frame  # "urged all parties to protect civilians": asked of the parties, whoever they are
    bound = frame.sense.event_type in PLACE_BOUND
    exclude = {*own_side(frame.sources, found), *frame.locations}  # not itself, nor its army or state
    exclude |= {k for f in frames.values() if f.trigger.i != frame.trigger.i and f.trigger.head.i == frame.trigger.i
                for k in f.locations}  # "offered to host talks in Luanda": where the act it names takes place
    if frame.sense.event_type == "RETREAT":  # "pulled back near X to spare civilians": why, not from whom
        exclude |= {k for c in children(frame.trigger, {"advcl", "xcomp"}) if infinitival(c)
                    for x in c.subtree for k in arg_actors(x, found) if found.actors[k].type != "LOCATION"}
    if frame.sense.event_type == "AGREE":  # "agreed to spare civilians": with no people it is about
        exclude |= {k for c in children(frame.trigger, {"xcomp"}) for obj in children(c, OBJ)
                    for k in arg_actors(obj, found) if found.actors[k].type == "GROUP"}
    if frame.sense.noted("moves-object"):  # what is withdrawn or deployed is not the target
        exclude |= {k for obj in children(frame.trigger, OBJ) for k in arg_actors(obj, found)}
    if frame.sense.noted("moves-object") and frame.sense.event_type == "MOBILIZE":  # nor where troops are sent from
        exclude |= {k for _p, obj in prep_objects(frame.trigger, {"from"}) for k in arg_actors(obj, found)}
    exclude |= {k for obj in role_objects(frame.trigger, lexicon) for k in arg_actors(obj, found)}  # "hostage"
    # whom an act is allowed to is whoever does it ("allowed X to hold a rally": X)
    led = {i: f.sources if frame.sense.mode == "allow" and f.sources else led_to(frame, f)
           for i, f in frames.items() if i != frame.trigger.i}
    start = frame.trigger
    if frame.extractor == "nominal" and start.dep_ in OBJ and lexicon.is_light_verb(start.head.lemma_.lower()):
        start = start.head  # "carried out air strikes on a village in X": the light verb holds the phrases
    exclude |= {k for p in start.head.subtree if p.lower_ in MEANS_PREPS and p.dep_ == "prep"
                for o in p.children if o.dep_ == "pobj" for k in arg_actors(o, found)
                if found.actors[k].type != "LOCATION"}  # "claimed the raid through its Amaq agency": the means
    exclude |= {k for p in start.head.subtree if p.lower_ == "to" and p.dep_ == "prep"
                and p.head.lemma_.lower() in MESSAGES  # ("in a message to journalists": told, not hit)
                for o in p.children if o.dep_ == "pobj" for k in arg_actors(o, found)}
    unplaced = bound or frame.sense.event_type == "REJECT" or frame.sense.event_type == "CONSULT" \
        and frame.sense.mode != "visit"  # no one refuses a town; talks may be about a place, but are with someone
    skip = LOCATION_PREPS if bound else DESTINATION_PREPS if frame.sense.event_type == "RETREAT" else frozenset()
    if start.lemma_.lower() in PROTECTING:  # "protect its citizens from terrorists": the danger is no target
        skip = skip | {"from"}
    if frame.sense.event_type in BACKING:  # "deployed to defend against the FDLR": the foe, no one backed
        skip = skip | {"against"}
    if frame.sense.event_type == "AID":  # "distributing kits with the ICRC": a partner, no one aided (but
        skip = skip | {"with"}  # one sides "with" whom it backs: "allied itself with Iran")
    if frame.sense.event_type == "ASSAULT":  # "ambushed a convoy on the road between Gao and Menaka": the
        skip = skip | {"between"}  # road's ends are not hit
    if start.lemma_.lower() in HELD_FOR:  # "sentenced a mayor for links to the PKK": the charge, not whom
        skip = skip | {"for"}
    if start.lemma_.lower() in CHARGED_OF and (any(c.dep_ == "dobj" for c in start.children) or gapped_object(start)):
        skip = skip | {"of"}  # "accused soldiers of beating farmers": the soldiers, whoever they are; not the farmers
    targets = subtree_reach(start, found, exclude=exclude, places=not unplaced, events=led,
                            skip_preps=skip) or avenged(frame, frames) or mediated_parties(frame, found) \
        or summoned(frame, frames) or answered_by(frame, frames)
    return replace(frame, targets=tuple(targets), sense=allowance(frame.sense, targets, found)) if targets else frame


#: Prepositions of the means an act is done or told by, not whom it is aimed at ("through its news
#: agency", "via a mediator"); a place one goes through may still be hit ("swept through Goma").
MEANS_PREPS = frozenset({"through", "via"})
#: Nouns of a message, whose addressees ("in a message to journalists") are told of an act, not its targets.
MESSAGES = frozenset({"message", "statement", "letter", "video", "post", "broadcast", "email", "note", "speech",
                      "interview", "recording"})
#: Verbs of calling in a state's envoy to hear a complaint.
SUMMONING = frozenset({"summon"})


def summoned(frame: Frame, frames: dict[int, Frame]) -> list[str]:
    """Whom a complaint made by summoning an envoy is aimed at: the envoy's state ("summoned Mali's
    ambassador to protest a violation of its airspace", "summoned Russia's charge d'affaires over
    what it called a provocation" -> Mali, Russia), when the complaint names no one.

    >>> summoned.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'summoned'
    """
    if frame.sense.event_type not in BLAME_TYPES:
        return []
    verb = next((a for a in list(frame.trigger.ancestors)[:4] if a.lemma_.lower() in SUMMONING), None)
    return [k for k in frames[verb.i].targets if k not in frame.sources] if verb is not None and verb.i in frames \
        else []


#: Modes of a go-between's part in others' talks: it meets each of the parties.
GO_BETWEEN = frozenset({"mediate", "host"})


def mediated_parties(frame: Frame, found) -> list[str]:
    """The parties a go-between's mediation served, where they are the subjects of the clause it
    is told in: "Ethiopia and Somalia agreed to restore ties after Turkish mediation", "Russia and
    Ukraine freed prisoners in an exchange mediated by the UAE" (Turkey, the UAE met each of them).

    >>> mediated_parties.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'mediated_parties'
    """
    if frame.sense.mode not in GO_BETWEEN:
        return []
    verb = next((a for a in frame.trigger.ancestors if a.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in a.children)), None)
    parties = unique(k for s in clause_subject(verb) for k in arg_actors(s, found)
                     if k not in frame.sources and found.actors[k].type != "LOCATION") if verb is not None else []
    return parties if len(parties) > 1 else []


def avenged(frame: Frame, frames: dict[int, Frame]) -> list[str]:
    """Whom a vow of revenge is aimed at: whoever did what it follows ("vowed revenge after an
    Israeli strike killed a general" -> Israel). The clause of time is otherwise the writer's
    and not searched; revenge names its cause.

    >>> avenged.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'avenged'
    """
    trigger = frame.trigger
    words = {trigger.lemma_.lower(), *(c.lemma_.lower() for c in children(trigger, OBJ))}
    if frame.sense.event_type != "THREATEN" or not words & REVENGE:
        return []
    causes = [c for c in trigger.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in AVENGED_MARKS for m in c.children)]
    causes += [obj for p in trigger.children if p.dep_ == "prep" and p.lower_ in AVENGED_MARKS
               for obj in p.children if obj.dep_ == "pobj"]
    return [k for c in causes if c.i in frames for k in frames[c.i].sources if k not in frame.sources]


#: Nouns of an act done in answer to another: what the other was aimed at is the one who answers.
ANSWER_NOUNS = frozenset({"retaliation", "response", "revenge", "reprisal", "answer"})


def answered_by(frame: Frame, frames: dict[int, Frame]) -> list[str]:
    """Whom an attack another answers was aimed at: the answerer ("Iran fired missiles at Israel in
    retaliation for Israeli strikes" -> the Israeli strikes were on Iran), when the text says no one.

    >>> answered_by.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'answered_by'
    """
    trigger = frame.trigger
    if frame.sense.event_type != "ASSAULT" or trigger.dep_ != "pobj" or trigger.head.lower_ not in ("for", "to"):
        return []
    answer = trigger.head.head
    if answer.lemma_.lower() not in ANSWER_NOUNS or answer.dep_ != "pobj" or answer.head.dep_ != "prep":
        return []
    verb = answer.head.head
    if verb.dep_ == "parataxis" and verb.i not in frames:  # "X launched missiles, the army said, in retaliation"
        verb = verb.head
    act = frames.get(verb.i)  # "launched missiles [in retaliation for ...]": the launch
    return [k for k in act.sources if k not in frame.sources] if act is not None else []


#: Events that condemn an act, and the acts whose victims are never whom they condemn.
CONDEMNING = frozenset({"ACCUSE", "PROTEST"})
HARMS = frozenset({"ASSAULT", "COERCE"})


def led_to(frame: Frame, other: Frame) -> tuple[str, ...] | None:
    """Whom ``frame`` is aimed at through the event ``other`` it names (:func:`aimed_through`)."""
    return aimed_through(frame.sense.event_type, frame.sources, other.sense.event_type, other.sources,
                         other.targets)


def aimed_through(kind: str, sources, other_kind: str, other_sources, other_targets) -> tuple[str, ...] | None:
    """Whom an event of type ``kind`` by ``sources`` is aimed at through another event it names:
    an answer to a proposal, demand or charge at its maker ("rejected a resolution censuring X":
    not at X); a demand at whoever is to act ("demanded the withdrawal of X's forces" -> X);
    blame and praise at whoever acted ("denounced X's crackdown", "praised the attacks by X" ->
    X), and a condemned harm with no doer at no one (not at its victims); anything else at the
    act's target ("agreed to send aid to X" -> X; but not at people to be freed or spared: "agreed
    to free 40 prisoners" is aimed at no one). None for talks and other symmetric events:
    their partners are no one's target, so a search looks inside them.

    >>> aimed_through("REQUEST", ("state/EU",), "RETREAT", ("state/SRB",), ("state/BIH",))
    ('state/SRB',)
    >>> aimed_through("AGREE", ("state/JPN",), "AID", ("state/JPN",), ("state/HTI",))
    ('state/HTI',)
    >>> aimed_through("ACCUSE", ("org/hrw",), "COERCE", (), ("group/journalists",))
    ()
    >>> aimed_through("AGREE", ("org/m23",), "CONCEDE", ("org/m23",), ("group/prisoners",))
    ()
    """
    actors = tuple(k for k in other_sources if k not in sources)
    if other_kind in SYMMETRIC_TYPES:
        return None
    if other_kind in PROPOSALS:
        return actors
    if kind in BLAME_TYPES | {"REQUEST", "SUPPORT"} and actors:
        return actors
    if kind in CONDEMNING and other_kind in HARMS:
        return ()  # "protested the arrest of two students": not the students, whoever arrested them
    if kind == "AGREE" and other_kind in CONCESSIONS:  # "agreed to free 40 prisoners": with no one freed
        return tuple(k for k in other_targets if not k.startswith("group/"))
    return tuple(other_targets)


#: Acts a promise of which is made to no people they free or spare: "agreed to free 40 prisoners".
CONCESSIONS = frozenset({"CONCEDE", "AID"})


#: Conjunctions of a clause that says how a killing came about: "were killed when jets bombed X".
HOW_KILLED = frozenset({"when", "as", "after", "while"})


#: Fights one is killed "in" "with" someone: that someone killed.
FIGHTS = frozenset({"clash", "fighting", "battle", "skirmish", "firefight", "gunfight", "fight", "confrontation"})


def killed_by(events: list[Event], frames: list[Frame], found) -> list[Event]:
    """A killing or wounding with no agent takes the agent of the attack its clause says caused it.

    "At least 30 civilians were killed when Syrian jets bombed Idlib": Syria killed the 30;
    "killed in clashes with the rebels": the rebels did.

    >>> killed_by([], [], None)
    []
    """
    attacks = {f.trigger.i: e for f, e in zip(frames, events) if e.type == "ASSAULT" and e.sources}
    out = []
    for f, e in zip(frames, events):
        if e.type == "ASSAULT" and not e.sources and e.casualties:
            # "12 were killed and 30 wounded when ...": the clause may hang on the coordinated verb
            for clause in (c for v in (f.trigger, *f.trigger.conjuncts) for c in children(v, "advcl")):
                if clause.i in attacks and any(m.dep_ in ("mark", "advmod") and m.lower_ in HOW_KILLED
                                               for m in clause.children):
                    e = replace(e, sources=attacks[clause.i].sources)
                    break
            else:  # "40 killed in Israeli strikes on Gaza": the attack named after "in" or "by"
                cause = next((attacks[obj.i] for _, obj in prep_objects(f.trigger, {"in", "by"})
                              if obj.i in attacks), None)
                if cause is not None:
                    e = replace(e, sources=cause.sources, targets=e.targets or cause.targets)
                else:
                    foes = [k for _, fight in prep_objects(f.trigger, {"in", "during"}) if fight.lemma_.lower()
                            in FIGHTS for _, foe in prep_objects(fight, {"with"}) for k in arg_actors(foe, found)]
                    e = replace(e, sources=tuple(k for k in unique(foes) if k not in e.targets)) if foes else e
        out.append(e)
    return out

