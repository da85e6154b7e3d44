"""Passes over a document's events: what one sentence's events say about another's.

An attack noun with no agent refers to the attack reported before it (:func:`event_anaphora`),
and so does blame or praise for "the attack" (:func:`blamed_attacks`); a third party reporting
harm accuses who did it (:func:`accusations`); a denial answers the accusation before it
(:func:`rejections`).

>>> event_anaphora([]), accusations([], {}), rejections([])
([], [], [])
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from graphbuild.actors.home import state_side
from graphbuild.extract.agents import laid_on
from graphbuild.extract.arguments import arg_actors
from graphbuild.extract.dates import DAY_NAMES
from graphbuild.extract.asides import CLAIM_NOUNS
from graphbuild.extract.factuality import PROPOSAL_NOUNS
from graphbuild.extract.frames import Frame
from graphbuild.extract.lexicon import Lexicon
from graphbuild.extract.senses import noun_sense
from graphbuild.extract.syntax import OBJ, SUBJ, children, comma_participle, prep_objects
from graphbuild.model import Event

#: Event types a third party's report of which is an accusation against the actor.
ACCUSABLE = frozenset({"ASSAULT", "COERCE", "THREATEN"})
#: Claimants whose country is the side they speak for: its bodies, and people (its officials).
SERVANTS = frozenset({"STATE", "GOVERNMENT", "MILITARY", "PERSON"})
#: Claimants who fight: an attack on themselves they tell of is a battle, not a charge.
FIGHTERS = frozenset({"ARMED_GROUP", "MILITARY"})

#: Determiners of an attack noun that points back at an attack told before: "condemned the attack".
ANAPHORIC_DETS = frozenset({"the", "this", "these", "that", "those", "such"})
#: Days and times whose possessive points back the same way: "Monday's raids", "last week's attack".
TOLD_TIMES = DAY_NAMES | frozenset({"yesterday", "today", "week", "weekend", "night", "month"})
#: Nouns that point back at an attack without naming one: "condemned the launches", "the violence".
ATTACK_ANAPHORS = frozenset({"launch", "test", "violence", "provocation", "incident", "killing"})


def blamed_attacks(events: list[Event], frames: list[Frame], before: list[Event], lexicon: Lexicon,
                   found=None) -> list[Event]:
    """ "The US condemned the attack": blame (or praise: "Iran praised the attacks") for an attack
    named by a bare noun goes to whoever did the attack the document reported last (asserted,
    with a known source), not to its victims ("condemned the violence against demonstrators")."""
    out = []
    for f, e in zip(frames, events):
        blamed = [o for o in children(f.trigger, OBJ) if (lexicon.is_attack(o.lemma_.lower(), "NOUN")
                  or o.lemma_.lower() in ATTACK_ANAPHORS) and points_back(o)]
        generic = [o for o in children(f.trigger, OBJ) if lexicon.is_attack(o.lemma_.lower(), "NOUN")
                   and not points_back(o)] if e.type in ("ACCUSE", "SUPPORT") and found is not None else []
        laid = {o.i: set(laid_on(o, found)) if found is not None else set() for o in blamed + generic}
        victims = {k for o in blamed for p, v in prep_objects(o, {"against", "on", "of"})
                   for k in (arg_actors(v, found) if found is not None else ())
                   if k not in laid[o.i] and (p != "of" or found.actors[k].type in ("GROUP", "LOCATION"))}
        # ("blamed the ambush on X": X did it; "the killing of the children": they were killed)
        spared = {k for o in generic for _p, v in prep_objects(o, {"against", "on"}) for k in arg_actors(v, found)
                  if k not in laid[o.i]}
        if spared & set(e.targets):
            # "condemned any attack against civilians": no one blamed, least of all the civilians
            e = replace(e, targets=tuple(k for k in e.targets if k not in spared))
        if e.type in ("ACCUSE", "SUPPORT") and blamed and set(e.targets) <= victims:
            # ("condemned the violence against demonstrators": whoever was violent, not the demonstrators)
            done = [x for x in reversed(before) if _reported_attack(x)] or [  # the latest; of equals, the last listed
                x for x in reversed(before) if x.type == "COERCE" and x.sources and x.modality == "asserted"
                and x.polarity == "positive"]  # "police dispersed protesters ... condemned the violence"
            if _of_killing(blamed[0].text):  # "condemned the killings": the killers
                done = [x for x in done if _of_killing(x.trigger)] or done
            kind = noun_sense(blamed[0], lexicon)
            if kind is not None and kind.mode:  # "condemned the strikes": the air strikes, not the rockets
                done = [x for x in done if x.mode == kind.mode] or done
            # "condemned the attack": the one told with that word, not a later shooting-down of drones
            done = [x for x in done if same_word(x.trigger, blamed[0].lemma_)] or done
            last = max(done, key=lambda x: x.trigger_start, default=None)
            # ("condemned the raids and the settler attack": a second attack named with its doers is theirs too)
            named = [k for o in blamed[0].conjuncts for g, x in zip(frames, events) if g.trigger.i == o.i
                     for k in x.sources]
            if last is not None or named:
                e = replace(e, targets=tuple(dict.fromkeys(
                    k for k in [*(last.sources if last is not None else ()), *named] if k not in e.sources)))
            elif e.targets:
                e = replace(e, targets=())  # the victims are not blamed
        out.append(e)
    return out


#: Verbs of laying harm on someone in passing: "..., the commission said, blaming the army".
BLAMING = frozenset({"blame", "accuse"})


def blamed_in_passing(events: list[Event], frames: list[Frame]) -> list[Event]:
    """ "A drone strike killed 41 civilians, the commission said, blaming the federal army": harm a
    sentence tells with no doer is the doing of whoever its teller blames in a closing participle
    (with no charge of its own: "accusing X of Y" names its own act; "blaming X for" it is this one).

    >>> blamed_in_passing([], [])
    []
    """
    blames = [e for f, e in zip(frames, events) if e.type == "ACCUSE" and e.targets and e.sources
              and f.trigger.lemma_.lower() in BLAMING and comma_participle(f.trigger)
              and not any(p.dep_ == "prep" and p.lower_ == "of" for p in f.trigger.children)]
    if not blames:
        return events
    teller, blamed = blames[0].sources, blames[0].targets
    return [replace(e, sources=blamed) if e.type in CLAIMED_HARM and not e.sources and e.claimed_by in teller
            else e for e in events]


#: Nouns that point back at any act told before ("condemned the move", "welcomed the decision"),
#: with the event types they name first ("the measures" are sanctions or restrictions if any were told).
ACT_ANAPHORS = {"move": (), "decision": (), "step": (), "action": (), "measure": ("SANCTION", "COERCE")}
#: Words, not acts: no "move" points back at them; those that judge an act (a refusal answers
#: whoever asked, see :func:`rejections`).
REACTIONS = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "CONSULT"})
JUDGING = frozenset({"ACCUSE", "SUPPORT"})


def answered_acts(events: list[Event], frames: list[Frame], before: list[Event], lexicon: Lexicon,
                  speaks_for: dict[str, str] | None = None) -> list[Event]:
    """ "Moscow condemned the deployment", "Kyiv welcomed the move": a reaction with no one it is
    aimed at, to an act named by a definite noun of any kind but an attack (those are
    :func:`blamed_attacks`'), is aimed at whoever did the last such act the text tells as done
    (not claimed by others, denied or to come) before it: the last of that event type; for "the move"
    or "the decision", the last act that is no reaction. An act told by its doer, or by one who speaks
    for it (``speaks_for``: a person -> the state or group it belongs to), is told as done.

    >>> answered_acts([], [], [], None)
    []
    """
    speaks_for = speaks_for or {}
    out = []
    for f, e in zip(frames, events):
        judged = e.type in JUDGING and not e.targets and e.modality == "asserted" and e.mode != "investigate"
        nouns = [o for o in children(f.trigger, OBJ) if points_back(o)] if judged else []
        for noun in nouns:
            kind = noun_sense(noun, lexicon)
            generic = noun.lemma_.lower() in ACT_ANAPHORS
            if (kind is None or kind.event_type == "ASSAULT") and not generic:
                continue
            done = [x for x in before if x.sources and x.polarity == "positive" and x.modality == "asserted"
                    and (not x.claimed_by or {x.claimed_by, speaks_for.get(x.claimed_by)} & set(x.sources))
                    and not x.denied_by and not set(x.sources) & set(e.sources)
                    and (x.type not in REACTIONS if generic else x.type == kind.event_type)]  # (told as done)
            done = [x for x in done if same_word(x.trigger, noun.lemma_)] or [
                x for x in done if generic and x.type in ACT_ANAPHORS[noun.lemma_.lower()]] or done
            if done:
                e = replace(e, targets=max(done, key=lambda x: x.trigger_start).sources)
                break
        out.append(e)
    return out


def same_word(trigger: str, lemma: str) -> bool:
    """Whether an event's trigger word is ``lemma``: as a noun in the singular or the plural, or as
    its verb ("the Houthis attacked ... the attack").

    >>> same_word("Attacks", "attack"), same_word("attacked", "attack"), same_word("strikes", "attack")
    (True, True, False)
    """
    word, lemma = trigger.lower(), lemma.lower()
    return word == lemma or word in (lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing")


def points_back(noun: Token) -> bool:
    """Whether a noun's determiner points back at something told before: "the attack", "such strikes",
    "Monday's raids".

    >>> import spacy
    >>> doc = spacy.blank("en")("denied the allegation")
    >>> doc[1].head = doc[2]
    >>> points_back(doc[2]), points_back(doc[0])
    (True, False)
    """
    return any(d.lower_ in ANAPHORIC_DETS or d.dep_ == "poss" and d.lower_ in TOLD_TIMES for d in noun.children)


#: Words for some of what a phrase after "of" names: "one of those strikes".
PARTS = frozenset({"one", "some", "two", "three", "several", "many", "most", "each"})


def told_attacks(frames: list[Frame], lexicon: Lexicon) -> dict[int, tuple[str | None, str]]:
    """The verb frames with no agent whose subject is a definite attack noun ("The strikes killed
    12 people"), by trigger offset, with the noun's PLOVER mode and the noun: for
    :func:`event_anaphora`, such a verb tells of the attack named before, as the bare noun would.

    >>> told_attacks([], None)
    {}
    """
    out: dict[int, tuple[str | None, str]] = {}
    for f in frames:
        if f.extractor == "nominal" or f.sources or f.sense.event_type != "ASSAULT":
            continue
        verb = f.trigger.head if f.trigger.dep_ == "advcl" and next(children(f.trigger, SUBJ), None) is None \
            else f.trigger
        for s in children(verb, SUBJ):  # ("the strikes hit a market, killing 11": the participle's too)
            if s.lower_ in PARTS and not points_back(s):  # "one of those strikes"
                s = next((o for _p, o in prep_objects(s, {"of"})), s)
            kind = noun_sense(s, lexicon) if points_back(s) else None
            if kind is not None and kind.event_type == "ASSAULT":
                out[f.trigger.idx] = (kind.mode, s.text)
    return out


#: Words that say whose a weapon is without naming them: "air force jets", "army artillery".
FORCE_WORDS = frozenset({"force", "army", "military", "navy", "militia", "rebel", "insurgent", "government"})


def unowned_weapons(frames: list[Frame], lexicon: Lexicon, found) -> set[int]:
    """The attack verbs with no agent whose subject is a weapon no one is said to own ("a glide bomb
    hit a building in X", "shells hit homes in Y"), by trigger offset: for :func:`event_anaphora`,
    the weapon is the one side that has attacked so far's.

    >>> unowned_weapons([], None, None)
    set()
    """
    out = set()
    for f in frames:
        if f.extractor == "nominal" or f.sources or f.sense.event_type != "ASSAULT":
            continue
        for s in children(f.trigger, {"nsubj"}):
            words = [c for c in s.children if c.dep_ == "compound" and c.i == s.i - 1]
            phrases = [s.lemma_.lower(), s.lower_, *(f"{c.lower_} {s.lower_}" for c in words)]
            owned = any(found.at(c) or c.lemma_.lower() in FORCE_WORDS for c in s.subtree if c.i != s.i)
            kinds = {lexicon.weapon(p) for p in phrases} - {None}
            if not owned and kinds and "aircraft" not in kinds:  # (jets and warplanes are some state's)
                out.add(f.trigger.idx)
    return out


def event_anaphora(events: list[Event], new=frozenset(), told: dict[int, tuple[str | None, str]] | None = None,
                   answering=frozenset(), side=lambda key: key, armed=frozenset(),
                   fighters=frozenset()) -> list[Event]:
    """ "The attacks", "such strikes": an attack noun with no agent refers to the attacks named before it.

    A nominal ASSAULT without a source takes the sources of the nearest earlier ASSAULT in the
    document that has them and was reported as done (not threatened, denied or hypothetical:
    "X threatened to shell Y in retaliation for an air raid" does not make the raid X's), of its
    own kind where one was (PLOVER mode: "the strikes" after air strikes and a rocket attack);
    verbs are left alone (a verb's missing subject is not anaphora) unless their subject is a
    definite attack noun (``told``, from :func:`told_attacks`: "The strikes killed 12"), the last
    attack told with the same word first when no kind says more, and so
    are the nouns whose trigger offsets are in ``new`` (indefinite: "an attack on X" is another attack).
    An attack that answers another with no one named as its target ("repelled the assault", and the
    triggers in ``answering``, from :func:`answers_attack`: "Israel retaliated", "struck back") is
    aimed at who attacked last, other than its doers and their side (``side(key)``: what an actor
    is a member of; "Beijing hit back" never at the Chinese coast guard). An attack by a weapon no
    one owns (trigger offsets in ``armed``, from :func:`unowned_weapons`) is the attackers', where
    only one side has attacked so far and it is an armed one (keys in ``fighters``).
    """
    last: tuple[str, ...] = ()
    attackers: list[tuple[str, ...]] = []  # the doers of every attack reported so far, in order
    killed: tuple[str, ...] = ()  # the last killers: "the killings" are theirs, not the last attacker's
    by_mode: dict[str, tuple[str, ...]] = {}  # the last attackers by kind: "the strikes" are the air strikes'
    by_word: dict[str, tuple[str, ...]] = {}  # ... and by word: "jets struck X ... the strikes killed 8"
    told = told or {}
    out = []
    for e in sorted(events, key=lambda x: x.trigger_start):
        if e.type == "ASSAULT" and attackers and not e.targets and (
                e.trigger.lower().startswith(REPELLING) or e.trigger_start in answering):
            # "repelled the assault", "retaliated": the last attack by others than them
            own = {side(k) for k in e.sources}
            doers = next((d for d in reversed(attackers) if {side(k) for k in d} - own), ())
            e = replace(e, targets=tuple(k for k in doers if side(k) not in own))
        if _reported_attack(e):
            last = e.sources
            attackers.append(e.sources)
            killed = e.sources if _of_killing(e.trigger) else killed
            if e.mode:
                by_mode[e.mode] = e.sources
            by_word[_word_stem(e.trigger)] = e.sources
        elif e.type == "ASSAULT" and last and not e.sources and (
                e.evidence.extractor == "nominal" and e.trigger_start not in new or e.trigger_start in told):
            mode, word = told[e.trigger_start] if e.trigger_start in told else (e.mode, e.trigger)
            named = by_word.get(_word_stem(word))  # "the strikes": the last that struck, whatever came between
            doers = killed if killed and _of_killing(word) else by_mode.get(mode or "") or named or last
            # ("the strikes killed eight": the strikes' doers, whoever killed last)
            if not set(doers) & set(e.targets):  # ("strikes on Russian facilities" after Russia's: not Russia's)
                e = replace(e, sources=doers, evidence=replace(e.evidence, extractor="nominal+anaphora"))
        elif e.type == "ASSAULT" and last and not e.sources and e.trigger_start in armed and set(last) <= fighters \
                and len({frozenset(side(k) for k in a) for a in attackers}) == 1 and not set(last) & set(e.targets):
            e = replace(e, sources=last, evidence=replace(e.evidence, extractor="weapon+anaphora"))
        out.append(e)
    return out


#: Words that make an attack an answer to one before it: "retaliated", "struck back".
ANSWERING = frozenset({"retaliate", "avenge", "back"})
#: Verbs an attack answers another with ("responded with air strikes"), and the nouns it is done
#: in ("launched strikes in retaliation").
ANSWERING_VERBS = frozenset({"respond", "reply", "react", "answer", "retaliate", "hit"})
ANSWERING_NOUNS = frozenset({"retaliation", "response", "reprisal", "revenge", "reply"})


def answers_attack(trigger: Token) -> bool:
    """Whether the attack ``trigger`` names answers an earlier one: "retaliated", "hit back", "fired
    back", "responded with air strikes", "launched strikes in retaliation", "a counter-offensive".

    >>> import spacy
    >>> doc = spacy.blank("en")("struck back")
    >>> doc[0].head, doc[1].head, doc[1].dep_ = doc[0], doc[0], "prt"
    >>> answers_attack(doc[0]), answers_attack(doc[1])
    (True, False)
    """
    if trigger.lemma_.lower() in ANSWERING or any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in trigger.children):
        return True
    if trigger.lower_.startswith("counter") and trigger.lower_ != "counter" or trigger.i > 1 \
            and trigger.nbor(-1).text == "-" and trigger.nbor(-2).lower_ == "counter":
        return True  # "launched a counter-offensive", "counterattacked"
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "with" and trigger.head.head.lemma_.lower() in ANSWERING_VERBS:
        return True
    doer = trigger.head if trigger.dep_ == "dobj" else trigger  # "launched strikes in retaliation"
    return any(o.lemma_.lower() in ANSWERING_NOUNS and not any(c.dep_ == "prep" for c in o.children)
               for t in {trigger, doer} for _p, o in prep_objects(t, {"in"}))


#: Past forms of attack verbs whose noun is the same word ("struck": "the strikes").
_IRREGULAR = {"struck": "strike", "shot": "shoot", "fought": "fight", "hit": "hit"}


def _word_stem(word: str) -> str:
    """One form for an attack word and its inflections: "strikes", "struck", "striking" -> "strik".

    >>> _word_stem("Strikes"), _word_stem("struck"), _word_stem("shelling"), _word_stem("shelled")
    ('strik', 'strik', 'shell', 'shell')
    """
    w = _IRREGULAR.get(word.lower(), word.lower())
    for suffix in ("ings", "ing", "es", "ed", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[:-len(suffix)]
    return w


#: How words of killing begin ("killed", "killings", "beheaded", "massacre", "executions").
KILLING = ("kill", "behead", "massacr", "execut", "murder", "slaughter")


def _of_killing(word: str) -> bool:
    """Whether a word names a killing ("killed", "the killings", "beheaded").

    >>> _of_killing("Killings"), _of_killing("strikes")
    (True, False)
    """
    return word.lower().startswith(KILLING)


#: How words of fighting between two sides begin ("clashed", "fighting", "battles", "skirmishes"):
#: a witness telling of a clash blames neither side.
FIGHTING = ("clash", "fight", "fought", "battl", "skirmish", "exchang")


#: How words of beating an attack off begin: whoever does so answers an attack, and starts none.
REPELLING = ("repel", "repuls")


def _reported_attack(e: Event) -> bool:
    """An attack reported as done, by someone named: what later blame and bare attack nouns refer to
    (not the repelling of one)."""
    return e.type == "ASSAULT" and bool(e.sources) and e.modality == "asserted" and e.polarity == "positive" \
        and not e.trigger.lower().startswith(REPELLING)


#: The CAMEO code of breaking a ceasefire: to say someone did is to charge them, whatever harm it did.
TRUCE_BROKEN = "196"


def _defiance(e: Event) -> bool:
    """Whether ``e`` is a breach of a rule or a deal (REJECT in its "defy" mode: "was violating the
    accord", "flouted the embargo"), which a third party that tells of it lays on the doer."""
    return e.type == "REJECT" and e.mode == "defy"


def _harm_reported(e: Event, actors: dict) -> bool:
    """Whether a claim tells of harm done: victims, casualties, weapons, or harm to the claimant.

    A news agency relaying a battle report, or a police force describing a capture, is not
    accusing anyone; a rights group reporting civilians killed, or a state reporting its own
    villages shelled, is.
    """
    claimant = actors.get(e.claimed_by)
    if claimant is None or claimant.type == "MEDIA":
        return False
    if e.casualties or e.weapons or e.claimed_by in e.targets or claimant.country in e.targets \
            or e.cameo == TRUCE_BROKEN or _defiance(e):
        return True  # (a ministry reporting its own state attacked; "said the raids violate the truce")
    harmed = ("GROUP", "LOCATION", "STATE") if e.type in ("ASSAULT", "COERCE") else ("GROUP", "LOCATION")
    return any(actors[t].type in harmed for t in e.targets if t in actors)  # (a state threatened is not harmed yet)


def accusations(events: list[Event], actors: dict, wished=frozenset(), speaks_for: dict[str, str] | None = None,
                laid=frozenset()) -> list[Event]:
    """A third party reporting harm (or a breach: :func:`_defiance`) accuses who did it: one ACCUSE per
    claimant and accused; harm it only warns against or demands (trigger offsets in ``wished``), or
    threatens, accuses no one, nor does one
    who speaks for the doer (``speaks_for``: a person or body -> the state or group it leads or
    belongs to: "the government spokesman said the army had killed 40 militants"). An act the claim
    lays on its doer (trigger offsets in ``laid``: "said X was behind the blast", "said X massed
    troops, a charge X denied") accuses them whatever act it tells, even as a suspicion."""
    speaks_for = speaks_for or {}
    out: dict[tuple, Event] = {}
    threats = {e.trigger_start for e in events if e.type == "THREATEN"}  # "warned its forces could strike X"
    denying = {(e.evidence.start, e.denied_by) for e in events if e.denied_by}
    made = {(e.evidence.start, who, t) for e in events if e.type == "ACCUSE" for s in e.sources for t in e.targets
            for who in (s, actors[s].country if s in actors else None) if who}  # (a ministry's is its state's)
    for e in events:
        if e.type not in ACCUSABLE and not _defiance(e) and (e.trigger_start not in laid or e.type in (
                "ACCUSE", "REJECT")) \
                or not e.claimed_by or e.polarity != "positive" or e.denied_by \
                or e.trigger_start in wished or e.trigger_start in threats or e.trigger.lower().startswith(FIGHTING):
            continue
        if e.claimed_by in actors and actors[e.claimed_by].type in WITNESSES:
            continue  # "residents said soldiers shot 12": witnesses tell what they saw; they accuse no one
        if e.claimed_by in actors and actors[e.claimed_by].type in FIGHTERS and set(e.targets) == {e.claimed_by} \
                and (e.evidence.start, e.claimed_by) not in denying:
            continue  # "the rebels said they repelled the attack": a battle report (but "denied attacking
            # civilians and said its units had been fired on by X" rebuts a charge with one)
        own = speaks_for.get(e.claimed_by) or (actors[e.claimed_by].country if e.claimed_by in actors
                                               and actors[e.claimed_by].type in SERVANTS else None)
        # (a ministry, a spokesman reporting its state's acts; an air force's spokesman telling of its army's;
        # not a rebel group or a charity of the country: "the RSF said the army shelled the camp")
        sides = {state_side(actors[k]) for k in (e.claimed_by, own) if k in actors} - {None}
        if e.claimed_by in e.sources or own in e.sources or any(k in actors and state_side(actors[k]) in sides
                                                                 or speaks_for.get(k) == e.claimed_by
                                                                 for k in e.sources):
            continue  # "US and British jets struck X, the Pentagon said": one side tells of its own act (an
            # army of its unit's: "the army said troops of the X Battalion killed four rebels")
        accused = tuple(s for s in e.sources if s != e.claimed_by and s != own
                        and (e.evidence.start, e.claimed_by, s) not in made)  # "X condemned Y's crackdown": once
        if not accused or not (e.trigger_start in laid and e.claimed_by in actors or _harm_reported(e, actors)):
            continue
        key = (e.evidence.start, e.claimed_by, accused)
        out.setdefault(key, Event(
            type="ACCUSE", evidence=credited(e, "attribution"), trigger=e.trigger,
            trigger_start=e.trigger_start, sources=(e.claimed_by,),
            targets=accused, mode="allege", cameo="112", date=e.date, date_end=e.date_end,
            date_text=e.date_text, modality="asserted"))
    return list(out.values())


def credited(event: Event, extractor: str):
    """The evidence of ``event``, credited to another extractor."""

    return replace(event.evidence, extractor=extractor)


#: Claimants whose report of harm is a witness's account, not an accusation: residents, survivors.
WITNESSES = frozenset({"GROUP"})
#: Claims a denial may answer when no accusation came before it.
CLAIMED_HARM = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})


def rejections(events: list[Event], speaks_for: dict[str, str] | None = None, disowned=frozenset(),
               owners: dict[str, str] | None = None) -> list[Event]:
    """A denial answers the accusation made before it: "Moscow denied ..." -> Russia REJECT its accuser;
    with no accusation, the latest claim made about the denier ("the army said it had struck a
    militant base; the group rejected the claim" -> the group REJECT the army). Someone who leads
    or belongs to the accused (``speaks_for``: person -> state or organisation) answers for it.
    A denial of the claim itself (trigger offsets in ``disowned``: "denied the allegation", "rejected
    the report") denies what the accuser claimed the denier did, or what the accuser said it did itself
    to the denier or to what is the denier's (``owners``: a place or body -> its state: "Russia said it
    captured Avdiivka, a claim Ukraine denied").

    >>> rejections([])
    []
    """
    speaks_for, owners = speaks_for or {}, owners or {}

    accusers: dict[str, str] = {}
    claimants: dict[str, str] = {}
    told_here: dict[tuple[int, str], str] = {}  # (sentence, doer) -> who told of the doer's act there
    last_accuser = last_claimant = last_told = None
    out = []
    for e in sorted(events, key=lambda x: x.trigger_start):
        if e.claimed_by and e.polarity == "positive":
            told_here.update(((e.evidence.start, k), e.claimed_by) for k in e.sources if k != e.claimed_by)
        if e.type == "ACCUSE" and e.sources and e.modality != "hypothetical":  # (not "urged X to investigate")
            last_accuser = e.sources[0]
            for t in e.targets:  # ("A and B traded accusations": each the other's accuser)
                accuser = next((k for k in e.sources if k != t), None)
                if accuser:
                    accusers.setdefault(t, accuser)
        if e.claimed_by and e.type in CLAIMED_HARM and e.polarity == "positive":
            last_claimant, last_told = e.claimed_by, e.evidence.start
        if e.claimed_by and e.type in CLAIMED_HARM:  # what one may want to deny: harm done or suffered
            claimants.update((k, e.claimed_by) for k in (*e.sources, *e.targets) if k != e.claimed_by)
        who = [e.sources[0], speaks_for.get(e.sources[0])] if e.sources else []
        answered = (accusers, claimants) if e.mode != "refuse" else (accusers,)  # a refusal denies no claim
        sides = {*e.sources, *(speaks_for[k] for k in e.sources if k in speaks_for)}
        own = {*sides, *(k for k, side in speaks_for.items() if side in sides)}  # (and its spokesmen, and
        # its state's: "the minister said the attack was repelled ... the army denied it" answers no minister)
        accuser = next((a.get(k) for a in answered for k in who if a.get(k) and a.get(k) not in own), None)
        if e.type == "REJECT" and not e.targets and not accuser and e.trigger_start in disowned:
            # who told of the denier's act in its sentence ("X said Y armed Z, which called the charge
            # baseless"), else "India blamed X; Pakistan rejected the allegation": India
            accuser = next((a for a in (*(told_here.get((e.evidence.start, k)) for k in who), last_accuser,
                                        last_claimant) if a is not None and a not in own), None)
        if e.type == "REJECT" and not e.targets and accuser and e.claimed_by != accuser:
            # (a refusal the accuser itself reports is part of the accusation, not an answer to it)
            e = replace(e, targets=(accuser,))
        if e.type == "REJECT" and e.trigger_start in disowned and e.targets and e.sources:
            named = set(who) - {None}
            charged = any(x.type == "ACCUSE" and x.evidence.start == e.evidence.start and named & set(x.targets)
                          for x in out)  # ("X accused Y of ..., a charge Y rejected": that charge is denied)
            out = [replace(x, denied_by=e.sources[0]) if x.claimed_by in e.targets and x.type != "ACCUSE"
                   and not x.denied_by and x.polarity == "positive"
                   and (named & {*x.sources, *map(speaks_for.get, x.sources)}  # (its police's act too)
                        or x.claimed_by in x.sources and x.type in CLAIMED_HARM and named & {*x.targets, *map(
                            owners.get, x.targets)}
                        and x.evidence.start == last_told and not charged) else x for x in out]
            # (what the accuser said the denier did, or, in the last claim told, what it said it did to the
            # denier: "X claimed a raid on Y's post; Y denied it", not "X claimed a raid; Z rejected a charge")
        out.append(e)
    return out


#: What a denial says is not so, besides the claim itself: "denied any involvement", "denied it".
DISOWNED_PART = frozenset({"involvement", "responsibility", "role", "part", "hand"})


def disowns(frame: Frame) -> bool:
    """Whether the REJECT ``frame`` denies a claim told before rather than refusing something:
    "rejected the allegation", "dismissed the findings", "a claim X denied", "denied it", "denied any
    involvement" (not "rejected the report that ...", "rejected the demands").

    >>> disowns.__name__  # needs a parsed sentence; see tests/extract/test_factuality.py (DENIED_LATER)
    'disowns'
    """
    trigger = frame.trigger
    if frame.sense.event_type != "REJECT" or frame.sense.mode == "refuse":
        return False
    if trigger.dep_ == "acl" and trigger.head.lemma_.lower() in CLAIM_NOUNS:
        return True  # "a claim Kigali denied"
    denies = trigger.lemma_.lower() == "deny"
    return any(o.lemma_.lower() in CLAIM_NOUNS and points_back(o) and not any(
        c.dep_ in ("acl", "ccomp") for c in o.children)  # (not "the report that")
               or denies and (o.lower_ == "it" or o.lemma_.lower() in DISOWNED_PART)
               for o in children(trigger, OBJ))


#: What a proposal told before may be: an appeal, an offer, an invitation, an ultimatum.
PROPOSED = frozenset({"REQUEST", "AGREE", "CONSULT", "THREATEN"})


def refuses_back(frame: Frame) -> bool:
    """Whether the REJECT ``frame`` refuses a proposal told before, named by no one in its own
    sentence: "Israel rejected the call", "the junta turned down the offer" (not "rejected calls by X").

    >>> refuses_back.__name__  # needs a parsed sentence; see tests/extract/test_events.py (FOUND)
    'refuses_back'
    """
    return frame.sense.event_type == "REJECT" and not frame.targets and any(
        o.lemma_.lower() in PROPOSAL_NOUNS and points_back(o) and not any(c.dep_ == "prep" for c in o.children)
        for o in children(frame.trigger, OBJ))


def proposers(events: list[Event], refused=frozenset()) -> list[Event]:
    """A refusal of a proposal told before (trigger offsets in ``refused``, from :func:`refuses_back`)
    answers whoever made the last one: "The UN called for a truce. Israel rejected the call" -> Israel
    REJECT the UN.

    >>> proposers([])
    []
    """
    out: list[Event] = []
    for e in sorted(events, key=lambda x: x.trigger_start):
        if e.type == "REJECT" and not e.targets and e.trigger_start in refused:
            made = next((p.sources for p in reversed(out) if p.type in PROPOSED and p.sources
                         and not set(p.sources) & set(e.sources)), ())
            e = replace(e, targets=made) if made else e
        out.append(e)
    return out


#: Acts of arms a spokesperson tells of for the body they speak for.
ARMED = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})


def denied_for(events: list[Event], members: dict[str, str]) -> list[Event]:
    """An act a body's member or spokesperson denies, with no other doer named, is denied of the
    body: "a spokesman for the junta, Zaw Min Tun, denied that civilians had been targeted" ->
    the junta's state targeting civilians, denied (``members``: person -> the body they belong to);
    an act of arms one tells of as one's own is the body's ("Houthi spokesman X claimed
    responsibility for the attack": the Houthis').

    >>> denied_for([], {})
    []
    """
    return [replace(e, sources=(members[e.denied_by],)) if e.denied_by in members and e.sources == (e.denied_by,)
            and members[e.denied_by] not in e.targets
            else replace(e, sources=(members[e.claimed_by],)) if e.type in ARMED and e.claimed_by in members
            and e.claimed_by.startswith("person/")  # (not a group of an alliance telling of its own act)
            and e.sources == (e.claimed_by,) and members[e.claimed_by] not in e.targets else e for e in events]
