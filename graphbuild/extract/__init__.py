"""Events and standing relations from one parsed document.

:func:`extract` runs the frame finder (:mod:`.events`) over each sentence, fills the
parties its roles left unnamed (:mod:`.parties`), decides factuality
(:mod:`.factuality`) and announced intentions (:mod:`.intentions`), attaches dates
(:mod:`.dates`), casualties (:mod:`.casualties`)
and weapons, relates each sentence's events to the document's (:mod:`.discourse`:
anaphora, accusations derived from claims, denials), settles whom each event is aimed at
(:mod:`.aims`), and reads standing relations (:mod:`.relations`).

A claim is recorded on the event it reports (``claimed_by``): "Amnesty said
Russian strikes killed 200 civilians" gives Russia ASSAULT civilians claimed by
Amnesty International and, separately, Amnesty International ACCUSE Russia.

>>> from graphbuild.extract import HOSTILE
>>> "ASSAULT" in HOSTILE
True
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.forces import is_police
from graphbuild.actors.seats import ruling_government
from graphbuild.extract.agents import responsibility_laid, wilful
from graphbuild.extract.aims import (
    PLACE_TARGETS, STATECRAFT, no_flight, not_at_places, own_orders, seat_of, served_states,
)
from graphbuild.extract.arguments import arg_actors
from graphbuild.extract.casualties import casualties_in
from graphbuild.extract.events import PROPOSALS, event_frames
from graphbuild.extract.frames import Frame
from graphbuild.extract.discourse import (
    accusations, answered_acts, answers_attack, blamed_attacks, blamed_in_passing, denied_for, disowns,
    event_anaphora, proposers, refuses_back, rejections, told_attacks, unowned_weapons,
)
from graphbuild.extract.mediation import negotiating_parties
from graphbuild.extract.objects import army_hit
from graphbuild.extract.parties import SUMMONING, aimed_through, complete, killed_by
from graphbuild.extract.asides import (
    CLAIM_NOUNS, accused_deny, aside_answers, aside_deniers, charge_aside, commented, denied_aside, suspected,
)
from graphbuild.extract.factuality import factuality, modality_of
from graphbuild.extract.intentions import (
    HOSTILE, OBLIGATION, YIELDING, at_home, background_acts, blamed_for_attacks, charges, claimed_responsibility,
    conditional, hosted, intentions, responsibility_claims,
)
from graphbuild.extract.lexicon import Lexicon
from graphbuild.extract.relations import evidence_of, standing_relations
from graphbuild.extract.readings import asks_object, word_of
from graphbuild.extract.syntax import (
    OBJ, children, circumstance, comma_participle, gerund_as_noun, infinitival, semicolon_before,
)
from graphbuild.extract.when import event_date, to_come
from graphbuild.model import SYMMETRIC_TYPES, Casualty, Document, Event, Relation

#: Event types whose complement is a wish, threat, refusal or promise, not a fact.
CONTENT_HEADS = frozenset({"REQUEST", "THREATEN", "REJECT", "AGREE", "CONCEDE"})
#: Links from a complement up to the event that governs it.
CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "pcomp", "relcl"})
#: Violent and coercive acts whose attempt is already the act (PLOVER codes an attempted
#: assassination as an ASSAULT), and the verbs of attempting.
ATTEMPTED = frozenset({"ASSAULT", "COERCE"})
ATTEMPTS = frozenset({"try", "attempt"})
AERIAL_CUES = frozenset({"air", "aerial", "airstrike", "airstrikes", "warplane", "warplanes", "jet", "jets",
                         "aircraft", "bombing", "bomber", "bombers", "helicopter", "helicopters", "airforce"})
DRONE_CUES = frozenset({"drone", "drones", "uav", "uavs"})


def _mode(frame: Frame, lexicon: Lexicon) -> str | None:
    mode = frame.sense.mode
    if frame.sense.event_type != "ASSAULT":
        return mode
    words = {t.lower_ for t in frame.trigger.subtree} | {frame.trigger.lower_}
    words |= {c.lower_ for c in frame.trigger.head.children} if frame.trigger.dep_ == "pobj" else set()
    if "suicide" in words:
        return "explosives"  # "a suicide bomber killed 12": no aircraft
    if words & DRONE_CUES:
        return "drone"
    if words & AERIAL_CUES:
        return "aerial"
    # "hit back with missiles": a weapon used says how, when the verb does not
    return mode or next((m for m in map(lexicon.weapon_mode, frame.weapons) if m), None)


def _casualties(sent: Span, gaz: Gazetteer, kinds: frozenset[str], targets=()) -> tuple[Casualty, ...]:
    """The counts of a sentence's casualties of the given kinds; the victims are the event's target
    when it is the same population named by its place ("Lagos protesters" for "protesters")."""
    out = []
    for kind, count, qualifier, text, victim in casualties_in(sent.text):
        if kind in kinds:
            group = gaz.group(victim) if victim else None
            local = next((t for t in targets if group and t.type == group.type
                          and t.label.endswith(f" {group.label}")), None)
            out.append(Casualty(kind, count, qualifier, text, (local or group).key if group else None))
    return tuple(out)


def _event(frame: Frame, sent: Span, document: Document, found, lexicon: Lexicon, gaz: Gazetteer,
           casualties: frozenset[str] = frozenset()) -> Event:
    fact = factuality(frame.trigger, found, lexicon)
    if suspected(frame.trigger) and fact.modality == "asserted":  # "residents suspected of supporting X": a
        fact = replace(fact, modality="hypothetical")  # suspicion, not a fact told
    attempt = frame.trigger.head if frame.trigger.dep_ == "xcomp" else None
    if frame.sense.event_type in ATTEMPTED and attempt is not None and attempt.lemma_.lower() in ATTEMPTS:
        # "tried to hack", "attempted to assassinate": the attempt is the attack, in the attempt's mood
        polarity, modality = modality_of(attempt, lexicon)
        fact = replace(fact, polarity=polarity, modality=modality)
    targets, location = frame.targets, frame.locations[0] if frame.locations else None
    sources = frame.sources
    if not sources and frame.sense.mode in HELD_BY_STATE and location:
        # "a missionary was arrested in Lebanon": a state's authorities arrest and deport on its soil
        place = found.actors[location]
        sources = (location,) if place.type == "STATE" else (place.country,) if place.country else ()
    if frame.sense.event_type in STATECRAFT:  # "recalled its ambassador from Tehran": from Iran (but
        targets = tuple(dict.fromkeys(seat_of(k, found, gaz) for k in targets))  # "in Baghdad" stays a place)
    if frame.sense.event_type in PLACE_TARGETS and not targets and frame.locations and sources == frame.sources \
            and frame.sense.mode not in PEOPLE_TAKEN:  # ("arrested four men in X": where, not whom)
        targets, location = frame.locations, (frame.locations[0] if len(frame.locations) == 1 else None)
    elif frame.sense.event_type == "ASSAULT" and frame.locations and army_hit(frame.trigger, found):
        targets = (*targets, *frame.locations)  # "ambushed an army convoy in X": the army, and X
    if frame.sense.event_type == "CONSULT":  # "paid a visit to Moscow": to the state whose seat it is
        seated = {k: seat_of(k, found, gaz) for k in targets}
        location = location or next((k for k, state in seated.items() if state != k), None)
        targets = tuple(dict.fromkeys(seated.values()))
    sources = tuple(dict.fromkeys(seat_of(k, found, gaz) for k in sources))  # "condemnation from Belgrade"
    if frame.sense.event_type == "CONSULT":  # "Egyptian officials met envoys in Cairo": the seat is no other party
        targets = tuple(k for k in targets if k not in sources)
    if frame.sense.event_type in ARMED_ACTS:  # "the defence ministry said it had shelled ...": the state did
        sources = tuple(dict.fromkeys(_armed_by(k, found) for k in sources))
    verbal = frame.trigger.pos_ == "VERB" or gerund_as_noun(frame.trigger)
    if not sources and fact.denied_by and verbal and fact.denied_by not in targets:
        sources = (fact.denied_by,)  # "Moscow denied targeting civilians": Moscow is the one accused
    return Event(
        type=frame.sense.event_type,
        evidence=evidence_of(frame.trigger, document.id, frame.extractor),
        trigger=word_of(frame.trigger),
        trigger_start=frame.trigger.idx,
        sources=sources, targets=targets, location=location,
        mode=_mode(frame, lexicon), cameo=frame.sense.cameo,
        **event_date(frame.trigger, sent, document.date, to_come(frame.trigger, fact)),
        polarity=fact.polarity, modality=fact.modality,
        claimed_by=fact.claimed_by, denied_by=fact.denied_by,
        casualties=_casualties(sent, gaz, casualties, [found.actors[t] for t in targets]) if casualties else (),
        weapons=frame.weapons,
    )


#: Acts only armed actors do: a ministry that "shelled" or "deployed" did it through its state's forces.
ARMED_ACTS = frozenset({"ASSAULT", "MOBILIZE"})


def _armed_by(key: str, found) -> str:
    """The state whose forces a government body's armed act is (``key`` itself for anyone else, for
    a police force, armed itself: "police raided the camp", and for a government known by name, whose
    forces are its own: "the Government of National Unity sent troops")."""
    actor = found.actors.get(key)
    return actor.country if actor is not None and actor.type == "GOVERNMENT" and actor.country \
        and not is_police(actor) and not ruling_government(actor) else key


def _contents(frames: list[Frame]) -> dict[int, int]:
    """Triggers that only name what another event demands, threatens, refuses or promises.

    "X threatened to attack Y", "rejected calls to withdraw", "agreed to release": the attack,
    the withdrawal and the release have not happened; they are the content of the THREATEN,
    REQUEST/REJECT or AGREE event above them, so they are hypothetical.
    """
    heads = {f.trigger.i for f in frames if f.sense.event_type in CONTENT_HEADS}
    others = {f.trigger.i for f in frames} - heads
    out: dict[int, int] = {}  # content trigger -> governing trigger
    for f in frames:
        tok = f.trigger
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            continue  # "agreed to a truce brokered by Egypt": the brokering is done, it describes the truce
        for _ in range(4):
            if tok.dep_ == "relcl" and not infinitival(tok) or comma_participle(tok):
                break  # "released soldiers it had captured": a relative clause tells of the noun, not content
                # (nor is "..., calling the move a violation" what the verb before it orders)
            # (an infinitive the parser hung on its verb as a clause of purpose: "has sworn to fight")
            if tok.dep_ not in CONTENT_DEPS and not (tok.dep_ == "advcl" and infinitival(tok)) or tok.head.i == tok.i:
                break
            clause, tok = tok, tok.head
            if circumstance(tok) or semicolon_before(clause, tok):
                break  # "called for sanctions after the execution": what happened before, not content; "...; Y
                # rejected the charge": a clause of its own
            if clause.dep_ == "ccomp" and clause.i < tok.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in
                                                                   clause.children) \
                    and (commented(tok) or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower()
                                                   not in CLAIM_NOUNS for c in tok.children)):
                break  # "X accused Y of ..., a charge Z denied" parsed with X's clause under "denied": X's own
                # (also when the parser made "a charge" the denial's subject)
            if tok.i in heads and tok.lemma_.lower() in SUMMONING:
                break  # "summoned the envoy to protest": the summons made the protest, none is asked for
            if tok.i in heads:
                out[f.trigger.i] = tok.i
                break
            if tok.i in others and tok.dep_ in ("acl", "relcl"):
                break  # "blocked a statement condemning the strike": the strike is what is condemned, and happened
            noun = next((o for o in children(tok, OBJ) if o.i in heads and o.i < clause.i), None) \
                if clause.dep_ == "ccomp" else None
            if noun is not None:  # "reiterated its demand today that X ease ...": the demand's content
                out[f.trigger.i] = noun.i
                break
    return out


def _hostile_vows(events: list[Event], frames: list[Frame], contents: dict[int, int], found) -> list[Event]:
    """A promise to do harm is a threat: "rebels vowed to attack the capital" is THREATEN (PLOVER),
    not AGREE; "pledged to impose sanctions" threatens sanctions (but troops pledged to one's own
    towns threaten no one). A vow not to give or yield is a refusal (REJECT): "vowed not to return
    the land"."""
    acts = {f.trigger.i: (f, e) for f, e in zip(frames, events)}
    vowed: dict[int, tuple[Frame, Event]] = {}
    for c, head in sorted(contents.items()):  # the act named first: "pledged to help X strengthen ..." helps
        if c in acts:
            vowed.setdefault(head, acts[c])
    out = []
    for f, e in zip(frames, events):
        act_frame, act = vowed.get(f.trigger.i, (None, None)) if e.type == "AGREE" and f.sense.mode == "promise" \
            else (None, None)
        if act is not None and act.polarity == "negative" and act.type in YIELDING:
            e = replace(e, type="REJECT", mode="refuse", cameo="12")  # "vowed not to return the land"
        elif act is not None and act.type in HOSTILE and act.polarity != "negative" and not at_home(act, found) \
                and not hosted(act_frame, act, found):
            # (not "pledged not to use force", nor troops pledged to a state that hosts them)
            e = replace(e, type="THREATEN", mode="sanction" if act.type == "SANCTION" else "force", cameo="13")
        out.append(e)
    return out


def _protested_at(events: list[Event], found, gaz: Gazetteer) -> list[Event]:
    """A protest that names no one it is aimed at is aimed at the state where it takes place, its
    authorities, as event coders read it: "ethnic Albanians demonstrated in Serbia" protest Serbia
    (not when that state is among the protesters, nor a rally in support of someone: "thousands
    rallied in support of the president")."""
    backing = {(e.evidence.start, e.sources) for e in events if e.type == "SUPPORT"}
    out = []
    for e in events:
        place = found.actors.get(e.location) if e.type == "PROTEST" and not e.targets and e.location \
            and (e.evidence.start, e.sources) not in backing else None
        state = place.key if place is not None and place.type == "STATE" else place.country if place else None
        if state and state not in e.sources and gaz.actor(state) is not None:
            found.actors.setdefault(state, gaz.actor(state))
            e = replace(e, targets=(state,))
        out.append(e)
    return out


def _vowed_at(events: list[Event]) -> list[Event]:
    """A threat with no target is aimed at whoever the act it vows is aimed at, once the document has
    told who that is: "Russian strikes hit Kyiv. Zelensky vowed to retaliate" threatens Russia."""
    vowed = {(e.evidence.start, e.sources): e.targets for e in events
             if e.type == "ASSAULT" and e.modality != "asserted" and e.polarity == "positive" and e.targets}
    return [replace(e, targets=vowed.get((e.evidence.start, e.sources), ())) if e.type == "THREATEN" and not e.targets
            else e for e in events]


def _inherit_content(events: list[Event], frames: list[Frame], contents: dict[int, int],
                     lexicon: Lexicon, found) -> list[Event]:
    """A threat, demand, refusal or promise is aimed at whoever its content is aimed at.

    "Pakistan threatened to break off relations with Congo": THREATEN Pakistan -> Congo.
    """
    by_trigger = {f.trigger.i: e for f, e in zip(frames, events)}
    out = []
    for f, e in zip(frames, events):
        denial = lexicon.is_denial(f.trigger.lemma_)  # a denial is not aimed at the victim
        # ("A and B agreed to ..." are aimed at each other, not at what they agreed to)
        asked = e.type == "REQUEST" and asks_object(f.trigger)
        # ("urged all parties to protect civilians": asked of the parties, named or not, not of civilians)
        if not e.targets and not asked and not (e.type in SYMMETRIC_TYPES and len(e.sources) > 1):
            # refusing or accepting a demand, offer or invitation is aimed at whoever made it (not
            # at whom it concerns: "vetoed a resolution condemning X"); a denial is not aimed at the
            # victim of what it denies
            inherited = [() if denial and by_trigger[c].type not in PROPOSALS else _aimed(e, by_trigger[c])
                         for c, head in contents.items() if head == f.trigger.i]
            targets = tuple(dict.fromkeys(k for ts in inherited for k in ts if k not in e.sources))
            if targets:
                e = replace(e, targets=targets)
        out.append(e)
    return out


def _aimed(e: Event, content: Event) -> tuple[str, ...]:
    """Whom ``e`` is aimed at through the act it names (:func:`.parties.aimed_through`), except
    that an invitation or offer to talk is answered to whoever made it ("rejected an invitation
    to a meeting of the factions" -> the factions) and talks are aimed at their partners ("agreed
    to hold talks with X" -> X)."""
    if content.type in PROPOSALS:
        return content.sources
    led = aimed_through(e.type, e.sources, content.type, content.sources, content.targets)
    return content.targets if led is None else led


#: Links from a demand up to the protest it gives the purpose of.
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl", "conj", "pcomp"})
#: Modes of acts only a state's authorities do where they happen: arrests, deportations.
HELD_BY_STATE = frozenset({"arrest", "deport"})
#: Modes of taking people: a place such an act names is where it happened, not whom it took.
PEOPLE_TAKEN = frozenset({"arrest", "abduct"})
#: Event types that can state what a protest is for: a demand, a protest, a condemnation, defiance.
PURPOSE_TYPES = frozenset({"REQUEST", "PROTEST", "ACCUSE", "REJECT"})


def _fold_demands(events: list[Event], frames: list[Frame]) -> tuple[list[Event], list[Frame]]:
    """A demand or protest that states what a protest is for is part of that protest, not an event of its own.

    "Students marched to demand the minister's resignation", "a hunger strike calling for
    independence from X", "rioted, joining demonstrators in demanding a referendum", "staged a
    sit-in in protest against X's decision", "went on strike to protest at X", "blocked roads in
    defiance of X", "to show their disapproval of X": one PROTEST,
    aimed at whom the demand or protest is aimed at (PLOVER codes the demonstration; the demand
    is its content). Runs after the demand has inherited the target of what it demands.
    """
    index = {f.trigger.i: n for n, f in enumerate(frames) if f.sense.event_type == "PROTEST"}
    events, dropped, hosts = list(events), set(), set()
    for n, (f, e) in enumerate(zip(frames, events)):
        if e.type not in PURPOSE_TYPES or f.trigger.dep_ not in PURPOSE_DEPS | {"pobj", "dobj"}:
            continue
        host, tok = None, f.trigger
        for _ in range(4):  # up through the clause: "rioted, joining demonstrators in demanding ...",
            # "blocked a road to show their disapproval of X"
            if tok.dep_ not in PURPOSE_DEPS | {"prep", "pobj", "dobj"} or tok.head.i == tok.i:
                break
            tok = tok.head
            host = index.get(tok.i, next((index[c.i] for c in tok.children if c.dep_ in OBJ and c.i in index),
                                         None))
            if host is not None:
                break
        if host is None or host == n or host in dropped or n in hosts:
            continue
        protest = events[host]
        events[host] = replace(protest, sources=protest.sources or e.sources,
                               targets=protest.targets or tuple(t for t in e.targets if t not in protest.sources))
        dropped.add(n)
        hosts.add(host)
    return ([e for n, e in enumerate(events) if n not in dropped],
            [f for n, f in enumerate(frames) if n not in dropped])


def _obligations(sent: Span, frames: list[Frame], document: Document, found, lexicon: Lexicon) -> list[Event]:
    """ "Y said X must drop its tariffs": a REQUEST from Y to X even when the act is no event.

    (When the act is an event, :func:`_intentions` makes the same request from it.) Only an
    active subject is asked ("X must be punished" asks someone else), and only by another actor.
    """
    taken = {f.trigger.i for f in frames}
    out = []
    for t in sent:
        if t.pos_ not in ("VERB", "AUX") or t.i in taken or not {c.lower_ for c in children(t, "aux")} & OBLIGATION:
            continue
        if conditional(t) or any(c.dep_ == "neg" for c in t.children) or t.dep_ in ("relcl", "acl"):
            continue  # "common ground on which X should take part" asks nothing of X
        asked = tuple(dict.fromkeys(k for s in children(t, "nsubj") for k in arg_actors(s, found)))
        speaker = factuality(t, found, lexicon).claimed_by
        if not asked or speaker is None or speaker in asked:
            continue
        out.append(Event(type="REQUEST", evidence=evidence_of(t, document.id, "obligation"), trigger=t.text,
                         trigger_start=t.idx, sources=(speaker,), targets=asked, mode="demand", cameo="10",
                         **event_date(t, sent, document.date)))
    return out


def _counted_with(frame: Frame, counted: dict[int, frozenset[str]], lexicon: Lexicon) -> bool:
    """Whether ``frame`` is a harm verb coordinated with the attack whose toll is counted, no act of
    its own: the "wounding" of "killing two soldiers and wounding seven others"."""
    head = frame.trigger.head
    return frame.sense.event_type == "ASSAULT" and frame.trigger.dep_ == "conj" and head.i in counted \
        and frame.trigger.i not in counted and bool(lexicon.casualty(frame.trigger.lemma_.lower())) \
        and not frame.targets and frame.trigger.pos_ == head.pos_


def _casualty_frames(frames: list[Frame], lexicon: Lexicon) -> dict[int, frozenset[str]]:
    """Which frame of a sentence each kind of casualty count belongs to (trigger index -> kinds).

    The dead and injured belong to a killing verb, else the first attack; the arrested to an
    arrest (a COERCE frame whose word counts arrests, else the first COERCE), else to the attack.
    """
    def counts(f: Frame, kind: str) -> bool:
        return kind in (lexicon.casualty(f.trigger.lower_), lexicon.casualty(f.trigger.lemma_.lower()))

    attacks = [f for f in frames if f.sense.event_type == "ASSAULT"]
    attack = next((f for f in attacks if counts(f, "killed") or counts(f, "injured")), None) or (
        attacks[0] if attacks else None)
    coercions = [f for f in frames if f.sense.event_type == "COERCE"]
    arrest = next((f for f in coercions if counts(f, "arrested")), None) or (coercions[0] if coercions else attack)
    out: dict[int, frozenset[str]] = {}
    if attack is not None:
        out[attack.trigger.i] = frozenset({"killed", "injured"})
    if arrest is not None:
        out[arrest.trigger.i] = out.get(arrest.trigger.i, frozenset()) | {"arrested"}
    return out


def extract(doc: Doc, document: Document, found, lexicon: Lexicon | None = None,
            gaz: Gazetteer | None = None) -> tuple[list[Event], list[Relation]]:
    """Events and standing relations of one document, in a deterministic order.

    ``found`` is the document's :class:`~graphbuild.actors.resolve.DocActors`.
    """
    lexicon = lexicon or Lexicon.load()
    gaz = gaz or Gazetteer.load()
    events: list[Event] = []
    new: set[int] = set()  # attack nouns that introduce an attack of their own: "an attack on X"
    wished: set[int] = set()  # acts only demanded, threatened, refused or promised, by trigger offset
    laid: set[int] = set()  # acts laid on their doers ("X was behind the blast"), by trigger offset
    claims: list[tuple[int, str]] = []  # claims of responsibility for an attack told before: (offset, group)
    disowned: set[int] = set()  # denials of a claim told before ("denied the allegation"), by trigger offset
    refused: set[int] = set()  # refusals of a proposal told before ("rejected the call"), by trigger offset
    # verbs whose subject is an attack told before ("the strikes killed 12"), with its kind and word
    told: dict[int, tuple[str | None, str]] = {}
    answering: set[int] = set()  # attacks that answer an earlier one ("retaliated", "struck back")
    armed: set[int] = set()  # attacks by a weapon no one is said to own ("a glide bomb hit X")
    relations = standing_relations(doc, found, gaz, document.id)
    members = {r.subject: r.object for r in relations if r.predicate == "MEMBER_OF"}
    # (who speaks for a body: not an army, whose denied acts are its own, not its state's)
    speakers = {k: v for k, v in members.items() if k not in found.actors or found.actors[k].type != "MILITARY"}
    for sent in doc.sents:
        frames = complete(list(event_frames(sent, found, lexicon)), found, lexicon)
        new |= {f.trigger.idx for f in frames if any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                        for c in f.trigger.children)}
        told.update(told_attacks(frames, lexicon))
        armed |= unowned_weapons(frames, lexicon, found)
        answering |= {f.trigger.idx for f in frames if answers_attack(f.trigger)}
        counted = _casualty_frames(frames, lexicon)
        frames = [f for f in frames if not _counted_with(f, counted, lexicon)]
        contents = _contents(frames)
        wished |= {f.trigger.idx for f in frames if f.trigger.i in contents or any(
            c.dep_ == "det" and c.lower_ == "any" for c in f.trigger.children)}  # ("warned that any offensive ...")
        aside = charge_aside(sent, lexicon)
        laid |= {f.trigger.idx for f in frames if f.trigger.pos_ != "VERB" and responsibility_laid(f.trigger)
                 or aside is not None and f.trigger.i < aside and not suspected(f.trigger) or wilful(f.trigger)}
        # ("X said Y massed troops, a charge Y denied"; not men "suspected of" something by others)
        claims += responsibility_claims(sent, found, lexicon)
        asides = {f.trigger.i: denied_aside(f.trigger, lexicon) for f in frames if f.sense.event_type == "REJECT"}
        disowned |= {f.trigger.idx for f in frames if disowns(f) or asides.get(f.trigger.i) is not None}
        # ("..., a charge X denied", however parsed)
        refused |= {f.trigger.idx for f in frames if refuses_back(f)}
        mine = []
        for frame in frames:
            event = _event(frame, sent, document, found, lexicon, gaz, counted.get(frame.trigger.i, frozenset()))
            comma = asides.get(frame.trigger.i)
            if comma is not None:  # a denial in the writer's aside
                deniers = aside_deniers(frame.trigger, comma, found)
                if deniers:  # ("..., the 2023 attack, a charge X denies": X, whatever the parser made the subject)
                    event = replace(event, sources=tuple(deniers))
                accused, accusers = accused_deny(frame.trigger, comma, mine) if not deniers else ((), ())
                if accused:  # ("X accused A and B of ..., allegations both deny": A and B deny X's charge)
                    event = replace(event, sources=accused, targets=accusers)
                if not event.targets:  # ("X says Y is a front for Z, which Y denies": X)
                    event = replace(event, targets=tuple(k for k in aside_answers(
                        frame.trigger, comma, found, lexicon) if k not in event.sources))
            if frame.trigger.i in contents and not event.denied_by:  # a denied act stays a denied claim
                if event.modality in ("asserted", "future"):
                    event = replace(event, modality="hypothetical")
            mine.append(event)
        mine = denied_for(mine, speakers)
        mine = killed_by(_inherit_content(_hostile_vows(mine, frames, contents, found), frames, contents, lexicon, found),
                          frames, found)
        mine, frames = _fold_demands(mine, frames)
        mine = answered_acts(blamed_attacks(blamed_in_passing(mine, frames), frames, events, lexicon, found), frames,
                             events, lexicon, members)
        events += not_at_places(mine + intentions(mine, frames, contents, found), found, gaz)
        events += charges(mine, frames)
        events += _obligations(sent, frames, document, found, lexicon)
    fighters = frozenset(k for k, a in found.actors.items() if a.type in ("STATE", "MILITARY", "ARMED_GROUP"))

    def side(key: str) -> str:  # what an actor is a member of ("the Chinese coast guard": China), or itself
        return members.get(members.get(key, key), members.get(key, key))

    events = event_anaphora(events, new, told, answering, side, armed, fighters)
    events = _protested_at(_vowed_at(claimed_responsibility(events, claims,
                                                           background_acts(doc) if claims else frozenset())),
                           found, gaz)
    events = no_flight(blamed_for_attacks(events, found.actors), found.actors)
    events = negotiating_parties(events)
    speaks_for = {r.subject: r.object for r in relations if r.predicate in ("LEADS", "MEMBER_OF")}
    serves = served_states(relations, found.actors, lambda key, ev: any(
        k == key and ev.start <= doc[s].idx < ev.end for s, _e, k in found.mention_spans))
    speaks_for.update({k: found.actors[v].country for k, v in speaks_for.items() if v in found.actors
                       and found.actors[v].type == "GOVERNMENT" and found.actors[v].country
                       and not ruling_government(found.actors[v])})
    # (a ministry's spokeswoman speaks for its state: "She denied that Cambodian troops fired ..."; the
    # Government of National Unity's prime minister for that government)
    events = own_orders(events, speaks_for, found.actors, serves)
    events += accusations(events, found.actors, wished, speaks_for, laid)
    events = rejections(proposers(events, refused), speaks_for, disowned,
                        {k: a.country for k, a in found.actors.items() if a.country})
    events.sort(key=lambda e: (e.trigger_start, e.type))
    return events, relations
