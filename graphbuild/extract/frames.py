"""The frame record, and frames that words of stance make with no event verb of their own.

A :class:`Frame` is a trigger with its sense and the actors in its roles, before factuality is
decided (:mod:`graphbuild.extract.events` builds most of them). :func:`readiness` reads promises
made with an adjective ("X is willing to send aid to Y"), :func:`dismissals` denials made by
calling a claim untrue ("Moscow called the accusations baseless"), :func:`warnings` threats of
an act named by no event word ("warned that it would respond"), :func:`company` the acts of
those who act together ("fought alongside X against Y", "in coordination with X") and
:func:`requested` whom a request was made of ("deployed at Kinshasa's request").

>>> Frame.__dataclass_fields__["sources"].type
'tuple[str, ...]'
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import islice

from spacy.tokens import Span, Token

from graphbuild.extract.arguments import ALONG_WITH, arg_actors, clause_reach, unique
from graphbuild.extract.asides import CLAIM_NOUNS, FALSITY, VERDICT_CLAUSES, VERDICTS, aside_deniers, denied_aside
from graphbuild.extract.lexicon import Lexicon, Sense
from graphbuild.extract.readings import conditions
from graphbuild.extract.senses import ALLYING
from graphbuild.extract.syntax import AMOD, COMPOUND, OBJ, SUBJ, children, clause_subject, prep_objects
from graphbuild.model import SYMMETRIC_TYPES


@dataclass(frozen=True)
class Frame:
    """A trigger and the actors in its roles, before factuality is decided."""

    trigger: Token
    sense: Sense
    extractor: str  # verb | passive | nominal | phrase
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    locations: tuple[str, ...]
    weapons: tuple[str, ...] = ()


def absorb(frame: Frame, nominal: Frame) -> Frame:
    """A verb frame that also reads the roles of the event noun it governs ("raids kill", "imposed
    sanctions"); the partners of a joint act it stops or starts are its targets ("suspended its
    coordination with Israel": Israel is aimed at, not a co-actor).

    >>> absorb.__name__  # needs parsed frames; see tests/extract/test_events.py
    'absorb'
    """
    other = nominal.sense.event_type != frame.sense.event_type
    if other and (nominal.sense.event_type in SYMMETRIC_TYPES or frame.sources):
        # "broke up a rally staged by students": the rally's agents are acted on
        partners = [k for k in nominal.sources if k not in frame.sources]
        nominal = replace(nominal, sources=(), targets=unique([*nominal.targets, *partners]))
    own_kind = not other and frame.sense.mode is None and nominal.sense.mode is not None
    return replace(frame, sense=nominal.sense if own_kind else frame.sense,  # "shelling killed": heavy weapons
                   sources=unique([*frame.sources, *nominal.sources]),
                   targets=unique([*frame.targets, *nominal.targets]),
                   locations=unique([*frame.locations, *nominal.locations]),
                   weapons=unique([*frame.weapons, *nominal.weapons]))


def answer(frame: Frame, proposal: Frame) -> Frame:
    """A verb frame that answers the proposal, demand or charge its object names: aimed at whoever made it.

    >>> answer.__name__  # needs parsed frames; see tests/extract/test_events.py
    'answer'
    """
    makers = [k for k in proposal.sources if k not in frame.sources]
    return replace(frame, targets=unique([*frame.targets, *makers]) if makers else frame.targets)


#: Adjectives of readiness: "X is ready to send troops to Y" is a promise (PLOVER AGREE).
READINESS = frozenset({"ready", "willing", "prepared"})
#: Auxiliaries that make readiness no promise.
UNCERTAIN_AUX = frozenset({"must", "should", "could", "might", "may"})
PROMISE = Sense("AGREE", "promise", "03", None)


def readiness(sent: Span, found, frames: dict[int, Frame]) -> Iterator[Frame]:
    """Promises made with an adjective of readiness whose act is no event of its own.

    "Norway is willing to send equipment to Jordan": AGREE Norway -> Jordan. When the act is an
    event ("ready to withdraw"), the promise comes from that event instead; "is not ready to"
    promises nothing.

    >>> readiness.__name__  # needs a parsed sentence; see tests/extract/test_factuality.py
    'readiness'
    """
    for t in sent:
        if t.lower_ not in READINESS or t.dep_ != "acomp" or any(
                c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in UNCERTAIN_AUX for c in t.head.children):
            continue  # "is not ready to", "must be ready to" (a demand), "could be willing to"
        for clause in children(t, "xcomp"):
            if clause.i in frames or any(c.i in frames for c in children(clause, OBJ)):
                continue
            sources = unique(k for s in clause_subject(t) for k in arg_actors(s, found))
            if sources:
                targets = unique(k for k in clause_reach(clause, found) if k not in sources)
                yield Frame(t, PROMISE, "readiness", sources, targets, ())


DENIAL = Sense("REJECT", "denial", "12", None)


def dismissals(sent: Span, found, lexicon: Lexicon, frames: dict[int, Frame]) -> Iterator[Frame]:
    """Denials made by calling a claim untrue: "Moscow called the accusations baseless", "Rwanda
    described the report as fabricated", "Israel said the claims were false", "..., a charge Kampala
    called baseless" (REJECT; whom they answer is the accuser, see
    :func:`graphbuild.extract.discourse.rejections`).

    >>> "baseless" in FALSITY and DENIAL.event_type
    'REJECT'
    """
    for verb in sent:
        if verb.i in frames or verb.pos_ not in ("VERB", "AUX"):
            continue
        clauses = list(children(verb, VERDICT_CLAUSES))
        called = [c for c in verb.children if c.dep_ in OBJ and c.lemma_.lower() in CLAIM_NOUNS]
        told = [c for cl in clauses for c in children(cl, SUBJ) if c.lemma_.lower() in CLAIM_NOUNS] \
            if lexicon.reporting(verb.lemma_.lower()) == "say" else []
        verdict = {w.lower_ for w in [*children(verb, VERDICTS), *clauses]} | {
            w.lower_ for cl in clauses for w in children(cl, VERDICTS)}
        aside = denied_aside(verb, lexicon) if not (called or told) and verdict & FALSITY else None
        if (called or told or aside is not None) and verdict & FALSITY:
            sources = unique(k for s in clause_subject(verb) for k in arg_actors(s, found)) if aside is None \
                else aside_deniers(verb, aside, found)  # ("..., a charge Kampala called baseless")
            if sources:
                yield Frame(verb, DENIAL, "dismissal", sources, (), ())


#: Verbs whose announced act is a threat whatever it is ("warned that it would defend its territory"),
#: and the auxiliaries of a declared intention ("will", "would").
WARNING = frozenset({"warn", "threaten"})
VOLITION = frozenset({"will", "'ll", "shall", "would"})
#: Verbs that only tell, and the acts that, announced with a condition, warn all the same:
#: "said it would respond if the attacks continued".
SAYING = frozenset({"say", "state", "declare", "announce", "tell"})
RESPONDING = frozenset({"respond", "react", "act", "reply", "answer"})
THREAT = Sense("THREATEN", "intent", "13", None)


def warnings(sent: Span, found, frames: dict[int, Frame]) -> Iterator[Frame]:
    """Threats made by warning of one's own act when the act is no event word: "Burundi warned
    that it would respond if the fighting reached its border" (THREATEN Burundi), or by saying
    one would respond under a condition ("said it would respond if the attacks continued"). An act that is an
    event ("warned that it would retaliate") is a threat already
    (:func:`graphbuild.extract.intentions.intentions`); "warned that famine would spread" is no
    act of the warner's. The threat is aimed at whoever its condition names.

    >>> sorted(VOLITION)[:2]
    ["'ll", 'shall']
    """
    for verb in sent:
        said = verb.lemma_.lower() in SAYING
        if verb.lemma_.lower() not in WARNING and not said or verb.i in frames or verb.pos_ != "VERB":
            continue
        sources = unique(k for s in clause_subject(verb) for k in arg_actors(s, found))
        for clause in children(verb, "ccomp"):
            if sources and _made_to_pay(clause):  # "said the group would pay a heavy price": a threat at the group
                payers = unique(k for s in children(clause, SUBJ) for k in arg_actors(s, found) if k not in sources
                                and found.actors[k].type not in ("GROUP", "LOCATION"))  # (not "farmers will pay")
                if payers:
                    yield Frame(verb, THREAT, "warning", sources, payers, ())
                    break
            if said and not (clause.lemma_.lower() in RESPONDING and conditions(clause)):
                continue  # "said it would respond if the attacks continued" warns; "said it would talk" does not
            if sources and not said and any(c.dep_ == "aux" and c.lower_ in VOLITION for c in clause.children) \
                    and _answered_with(clause, frames):
                # "warned that any attack would trigger a crushing response": whoever would attack is warned
                yield Frame(verb, THREAT, "warning", sources, unique(
                    k for s in children(clause, SUBJ | {"nsubjpass"}) if s.i in frames for k in frames[s.i].sources
                    if k not in sources), ())
                break
            act = {t.i for t in clause.subtree} - {t.i for cond in conditions(clause) for t in cond.subtree}
            if act & frames.keys() or not any(
                    c.dep_ == "aux" and c.lower_ in VOLITION for c in clause.children) or any(
                    c.dep_ == "neg" for c in clause.children):
                continue
            doers = unique(k for s in children(clause, SUBJ) for k in arg_actors(s, found))
            own = {*sources, *(found.actors[k].country for k in sources if k in found.actors),
                   *(found.at(x) for s in clause_subject(verb) for x in s.subtree)}
            unnamed_own = not doers and any(s.lower_ in UNNAMED_ARMS for s in children(clause, SUBJ))
            # ("X warned that security forces would finish the job if ...": forces no name says, X's own)
            if sources and (doers and set(doers) <= own or unnamed_own):  # ("Israel's defence minister said Israel
                # would act if")
                targets = unique(k for cond in conditions(clause) for s in children(cond, SUBJ)
                                 for k in arg_actors(s, found) if k not in sources)
                yield Frame(verb, THREAT, "warning", sources, targets, ())
                break


def _made_to_pay(clause: Token) -> bool:
    """Whether a clause says its subject will pay for what it did: "would pay a heavy price", "will
    pay dearly" (a threat by whoever says so), not "would not pay" nor "paid a price"."""
    return clause.lemma_.lower() == "pay" and any(c.dep_ == "aux" and c.lower_ in VOLITION for c in clause.children) \
        and not any(c.dep_ == "neg" for c in clause.children) and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "price" or c.lower_ == "dearly" for c in clause.children)


#: A state's arms named with no state: in a warning, the warner's own ("security forces would ...").
UNNAMED_ARMS = frozenset({"forces", "troops", "army", "military", "government", "police", "soldiers"})
#: What an act will be answered with, in a warning: "any attack would trigger a crushing response".
ANSWERS = frozenset({"response", "retaliation", "reprisal", "reprisals", "consequence", "consequences", "war",
                     "force", "reaction", "revenge"})


def _answered_with(clause: Token, frames: dict[int, Frame]) -> bool:
    """Whether a clause says an attack to come will be answered with force: its subject is an attack
    ("any attack", "such strikes") and it names the answer ("would trigger a response", "would be
    met with force")."""
    attack = any(s.i in frames and frames[s.i].sense.event_type == "ASSAULT" or any(
        c.dep_ == "det" and c.lower_ in ("any", "such") for c in s.children) for s in children(clause, SUBJ | {
            "nsubjpass"}))
    return attack and any(t.lemma_.lower() in ANSWERS and t.pos_ == "NOUN" for t in clause.subtree if t.i > clause.i)


#: Event types a participle before a noun may name with its backer: "Iranian-backed", "Saudi-funded".
BACKING = frozenset({"SUPPORT", "AID"})


def backed(token: Token, sense: Sense, how: str, found) -> Frame | None:
    """ "Iranian-backed militias": Iran backs the militias; "allied militias" name no backer, no event;
    "Iran-aligned militias" tell a standing alliance (ALLY_OF), no act of support.

    >>> backed.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'backed'
    """
    if token.lemma_.lower() in ALLYING:
        return None
    backers = [k for c in token.children if c.dep_ in ("npadvmod", COMPOUND, AMOD) for k in arg_actors(c, found)]
    listed_before = {found.at(c) for c in token.head.conjuncts if c.i < token.head.i}  # "A and X-backed B": not A
    backing = [k for k in arg_actors(token.head, found, owner=False) if k not in backers and k not in listed_before]
    return Frame(token, sense, how, unique(backers), unique(backing), (), ()) if backers and backing else None


def brokered(token: Token, sense: Sense, how: str, found, nominals: dict[int, Frame]) -> Frame | None:
    """ "Qatari-mediated talks", "Turkish-brokered truce": the go-between met each party, the
    parties of the talks it qualifies, else the subjects of the clause they are told in ("A and B
    agreed after Qatari-mediated talks"); no frame without a named go-between or two parties.

    >>> brokered.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'brokered'
    """
    brokers = unique(k for c in token.children if c.dep_ in ("npadvmod", COMPOUND, AMOD) for k in arg_actors(c, found))
    talks = nominals.get(token.head.i)
    parties = talks.sources if talks is not None else ()
    if len(parties) < 2:
        verb = next((a for a in token.ancestors if a.pos_ == "VERB" and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in a.children)), None)
        parties = unique(k for s in clause_subject(verb) for k in arg_actors(s, found)) if verb is not None else ()
    parties = tuple(k for k in parties if k not in brokers and found.actors[k].type != "LOCATION")
    return Frame(token, sense, how, brokers, parties, (), ()) if brokers and len(parties) > 1 else None


#: Acting together (PLOVER COOPERATE, CAMEO 06).
ACTING_TOGETHER = Sense("COOPERATE", None, "06", None)
#: A fight (PLOVER ASSAULT, CAMEO 190).
FIGHT = Sense("ASSAULT", None, "190", None)


def company(sent: Span, found, frames: dict[int, Frame]) -> Iterator[Frame]:
    """The acts of those who act together, beside the act they do: "fought alongside Congolese
    troops against the ADF" is also a fight on the ADF; "carried out air strikes in coordination
    with Puntland" is also cooperation with Puntland.

    >>> company.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'company'
    """
    for t in sent:
        if t.lower_ == "against" and t.dep_ == "prep" and t.head.i in frames \
                and frames[t.head.i].sense.event_type == "COOPERATE" \
                and any(c.dep_ == "prep" and c.lower_ == "alongside" for c in t.head.children):
            sources = frames[t.head.i].sources
            targets = unique(k for _p, o in prep_objects(t.head, {"against"}) for k in arg_actors(o, found)
                             if k not in sources)
            if sources and targets:
                yield Frame(t, FIGHT, "phrase", sources, targets, ())
        elif t.lemma_.lower() in ALONG_WITH and t.dep_ == "pobj" and t.head.lower_ == "in" \
                and t.head.head.pos_ in ("VERB", "AUX"):
            verb = t.head.head
            sources = frames[verb.i].sources if verb.i in frames else unique(
                k for s in clause_subject(verb) for k in arg_actors(s, found))
            partners = unique(k for _p, o in prep_objects(t, {"with"}) for k in arg_actors(o, found)
                              if k not in sources)
            if sources and partners and not (t.i in frames and set(frames[t.i].sources) & set(sources)):
                # (the noun's own frame reads its partner as the one acting)
                yield Frame(t, ACTING_TOGETHER, "nominal", sources, partners, ())


#: Prepositions of a request an act was done on: "at Kinshasa's request", "on the request of X".
AT_REQUEST = frozenset({"at", "on", "upon"})


def requested(found, frames: dict[int, Frame]) -> Iterator[Frame]:
    """Requests named by the act they asked for, made of whoever did it, a state of a state whose
    forces did it: "Ugandan troops were deployed at Kinshasa's request" -> Kinshasa asked Uganda.

    >>> requested(None, {}) is not None
    True
    """
    for f in frames.values():
        t = f.trigger
        if f.sense.event_type != "REQUEST" or f.targets or t.dep_ != "pobj" or t.head.lower_ not in AT_REQUEST:
            continue
        act = next((a for a in islice(t.head.ancestors, 3) if a.pos_ in ("VERB", "AUX")), None)
        # (the act, wherever the parser hung the request: "deployed for the first time at X's request")
        doers = tuple(k for k in frames[act.i].sources if k not in f.sources) if act is not None and act.i in frames \
            else ()
        if f.sources and doers and all(found.actors[k].type == "STATE" for k in f.sources):
            doers = unique(found.actors[k].country if found.actors[k].type == "MILITARY" and found.actors[k].country
                           else k for k in doers)
        if f.sources and doers:
            yield replace(f, targets=doers)
