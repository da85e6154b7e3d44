"""Who says an event happened, who denies it, and whether the text asserts it at all.

Follows PLOVER's auxiliary modes, folded into two fields of an Event:

* ``polarity``: ``negative`` for "did not attack", "never struck", "avoid bombing";
* ``modality``: ``hypothetical`` for "may amount to", "could ease" (an "alleged" or
  "suspected" attack stays asserted: it is reported, with its source in ``claimed_by``);
  ``future`` for "will meet", "set to hold talks", a headline's "Iran to match ...";
* ``claimed_by``: the subject of the nearest reporting verb above the trigger
  ("Amnesty said Russian strikes killed ..."), an "according to X" phrase, or a
  headline's trailing ": X";
* ``denied_by``: the subject of a denial verb above the trigger ("Moscow denied
  targeting civilians").

Cues come from ``data/modality.csv`` and ``data/reporting.csv``.

>>> from graphbuild.extract.factuality import Factuality
>>> Factuality().asserted
True
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from graphbuild.actors.plurals import first_conjunct
from graphbuild.extract.agents import laying_verb
from graphbuild.extract.arguments import arg_actors
from graphbuild.extract.asides import COMMENT_NOUNS, called_untrue, commented, denied_aside
from graphbuild.extract.lexicon import Lexicon
from graphbuild.extract.readings import urged_to
from graphbuild.extract.syntax import (
    APPOS, AUX, CLIMB, FINITE, NEG, OBJ, SUBJ, charge_breakaway, charge_conjunct, charged, clause_subject,
    comma_participle, governors, marked, prep_objects, semicolon_before, that_clause,
)

#: Adjectives on an event noun that make it uncertain or planned.
#: Determiners that say an event named by a noun did not, or need not, happen.
NOUN_DETERMINERS = {"any": "hypothetical", "no": "negation"}
#: Pronouns that name no one: an act done by or to none of them did not happen.
NO_ONE = frozenset({"nobody", "none", "noone"})
NOUN_CUES = {"suspected": "alleged", "alleged": "alleged", "possible": "hypothetical",
             "apparent": "hypothetical", "planned": "future", "proposed": "future", "upcoming": "future",
             "potential": "hypothetical", "failed": "negation",
             "planning": "future"}  # ("suspected of planning attacks": the parser may make it a modifier)


#: Nouns of what is proposed or asked: rejecting one refuses it, and does not deny it was made.
PROPOSAL_NOUNS = frozenset({"demand", "call", "request", "offer", "proposal", "plan", "appeal", "invitation",
                            "ultimatum", "initiative", "peace plan", "condition"})
#: Clauses that describe the noun they hang on: what a speaker is, not what it says.
DESCRIBING = frozenset({"relcl", "acl"})
#: Prepositions of the means by which a verb of answering answers: what follows is done, not said.
MEANS = frozenset({"with", "by"})
@dataclass(frozen=True)
class Factuality:
    polarity: str = "positive"
    modality: str = "asserted"
    claimed_by: str | None = None
    denied_by: str | None = None
    claim_token: int | None = None  # the reporting verb's token index

    @property
    def asserted(self) -> bool:
        return self.polarity == "positive" and self.modality == "asserted" and not self.denied_by


def _cue_kind(token: Token, lexicon: Lexicon, mood_only: bool = False) -> str | None:
    """A modality cue on one verb: its auxiliaries, negation, and a multi-word cue before it; with
    ``mood_only``, the cue besides a negation ("will not withdraw": future)."""
    kinds = []
    for c in token.children:
        if c.dep_ == NEG:
            kinds.append("negation")
        elif c.dep_ in AUX or c.dep_ == "mark":  # "may attack"; "if it attacks", "unless X agrees"
            kind = lexicon.modality(c.lower_)
            if kind:
                kinds.append(kind)
    before = " ".join(t.lower_ for t in token.doc[max(token.sent.start, token.i - 3):token.i])
    for cue, kind in lexicon.modality_cues():
        if " " in cue and before.endswith(cue):
            kinds.append(kind)
    for kind in ("hypothetical", "future", "alleged") if mood_only else ("negation", "hypothetical", "future", "alleged"):
        if kind in kinds:
            return kind
    return None


#: Conjunctions of a condition: "would retaliate if attacked" is no announced plan.
CONDITIONS = frozenset({"if", "unless", "once", "provided", "should"})


def _said_would(verb: Token, lexicon: Lexicon) -> bool:
    """Whether ``verb`` is what a speaker said someone would do, with no condition: the future told in
    the past ("the ombudsman said he would ask the Red Cross to visit"), not "would retaliate if attacked"."""
    clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" else verb  # ("said X and that he would")
    above = clause.head
    marks = {m.lower_ for d in (verb, clause, above) for c in d.children if c.dep_ == "advcl"
             for m in c.children if m.dep_ == "mark"}  # ("would attack if the army advanced")
    return clause.dep_ == "ccomp" and above.tag_ == "VBD" and lexicon.reporting(above.lemma_.lower()) == "say" \
        and [c.lower_ for c in verb.children if c.dep_ == "aux"] == ["would"] and not CONDITIONS & marks


def _until(verb: Token) -> bool:
    """Whether ``verb`` heads an "until"/"before" clause that is not in the past ("until the group is
    destroyed"; but "until the army withdrew" happened), or one on a verb of what would be ("the attacks
    would continue until he stepped down": told in the past, not yet)."""
    if not any(c.dep_ == "mark" and c.lower_ in ("until", "till", "before") for c in verb.children):
        return False
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in verb.head.children):
        return True
    return verb.tag_ != "VBD" and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


#: Verbs whose object event is planned, not made ("were planning attacks").
PLANNING = frozenset({"plan", "prepare", "intend", "schedule"})
#: Verbs whose object event did not happen, and those that forbid one that may yet happen.
PREVENTED = frozenset({"prevent", "thwart", "foil", "avert", "block"})
FORBIDDEN = frozenset({"ban", "forbid", "prohibit", "outlaw", "bar"})
#: Nouns whose to-infinitive names what may come, not what happened: "the right to fire".
PROSPECT_NOUNS = frozenset({"right", "plan", "proposal", "bid", "call", "offer", "readiness", "willingness",
                            "intention", "threat", "order", "demand", "request", "permission", "authority",
                            "mandate", "authorization", "authorisation", "option", "freedom", "need", "effort",
                            "ability", "capacity", "capability", "means", "power", "chance", "opportunity"})
#: Words of talking: an event they are "on", "over" or "about" is discussed, not done.
TALKS = frozenset({"talks", "talk", "negotiation", "negotiations", "discussion", "discussions", "consultation",
                   "consultations", "negotiate", "discuss"})


def _for_to(verb: Token, lexicon: Lexicon) -> bool:
    """Whether ``verb`` is the infinitive of a "for X to ..." clause ("waited for the troops to leave"),
    also where the parser hangs it on the noun after "for" ("hope for a truce to be agreed"; not the
    purpose of an event: "gathered for a rally to protest the arrests")."""
    hung = verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "for" and (
        any(c.dep_ == "auxpass" for c in verb.children) or lexicon.noun(verb.head.lemma_.lower()) is None)
    return (hung or any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _prospect(token: Token) -> bool:
    """Whether a to-infinitive is the complement of a noun of what may come ("the right to fire")."""
    return token.dep_ in ("acl", "relcl") and token.head.lemma_.lower() in PROSPECT_NOUNS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


#: Nouns of what is proposed: an event they are "for" is what they propose ("a proposal for a ceasefire").
PROPOSED = frozenset({"proposal", "plan", "deal", "offer", "initiative", "roadmap", "framework", "call", "bid",
                      "demand", "request", "push", "appeal"})


def _talked_about(noun: Token) -> bool:
    """Whether an event noun is what talks are about ("negotiations on a troop pullback") or what
    a proposal is for ("a proposal for a ceasefire and the release of hostages")."""
    noun = first_conjunct(noun)  # "for a ceasefire and the release of ...": both proposed
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in PROPOSED:
        return True
    if noun.dep_ != "pobj" or prep.lower_ not in ("on", "over", "about", "regarding"):
        return False
    host = prep.head  # (or the verb of the talks: "renewed negotiations today on ...")
    return host.lower_ in TALKS or host.lemma_.lower() in TALKS or host.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lower_ in TALKS for c in host.children)


def _headline_infinitive(token: Token) -> bool:
    """ "Iran to match ...": an infinitive with no finite verb above it, as headlines write the future."""
    has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return has_to and (token.dep_ in ("ROOT", "relcl", "acl") and token.head.pos_ in ("PROPN", "NOUN")
                       or token.dep_ == "ROOT")


#: Verbs whose object event is kept from happening ("to prevent an attack") or only feared ("to deter
#: an assault"); not "stop", whose object goes on ("urged the army to stop attacks on civilians").
AVERTING = frozenset({"prevent", "avert", "deter"})


def modality_of(trigger: Token, lexicon: Lexicon) -> tuple[str, str]:
    """(polarity, modality) of the event named by ``trigger``.

    Cues on the trigger itself count, then on the verbs it is the complement of
    ("wanted to help", "set to hold", "appear to have attacked", "avoid bombing").
    """
    polarity, modality = "positive", "asserted"
    chain = [trigger]
    if trigger.pos_ == "VERB":
        tok = trigger
        while tok.dep_ in ("xcomp", "advcl", "conj", "pcomp") and tok.head.i != tok.i and len(chain) < 5:
            if tok.dep_ == "advcl" and marked(tok):
                break  # "did not strike, after X accused it": the clause of time or cause is asserted
            if tok.dep_ == "conj" and (tok.tag_ in FINITE or any(
                    c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "aux" and c.lower_ != "to" for c in tok.children)):
                break  # "would not accept X and urged Y", "... not be intimidated and that its members would keep
                # supporting Y", "did not respond but has denied X": a clause of its own is not negated
            if comma_participle(tok):
                break  # "ordered X to leave, accusing Y": the participle is the orderer's, not ordered
            tok = tok.head
            if tok.dep_ == "prep" and tok.lower_ == "from" and tok.head.pos_ == "VERB":
                tok = tok.head  # "barred X from returning", "prevented X from leaving": kept from it
            chain.append(tok)
    else:
        if trigger.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might")
                                                          for c in trigger.head.children):
            # "an armed attack on its vessels would invoke the treaty": none was made ("strikes would
            # continue": to come)
            modality = "future" if lexicon.is_light_verb(trigger.head.lemma_.lower()) else "hypothetical"
        verb = trigger.head if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in AVERTING else None
        governing = lexicon.modality(verb.lemma_.lower()) if verb is not None else None
        if governing == "negation":  # "to prevent an attack": none made; "to deter an assault": one feared
            polarity = "negative"
        elif governing == "hypothetical":
            modality = "hypothetical"
        for c in trigger.children:
            kind = NOUN_CUES.get(c.lower_) if c.dep_ in ("amod", "compound", "nmod") else \
                NOUN_DETERMINERS.get(c.lower_) if c.dep_ == "det" else None  # "any attack", "no strike"
            if kind == "negation":
                polarity = "negative"
            elif kind in ("hypothetical", "future"):
                modality = kind
    if trigger.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NO_ONE or any(
            d.dep_ == "det" and NOUN_DETERMINERS.get(d.lower_) == "negation" for d in c.children))
            for c in trigger.children):
        polarity = "negative"  # "no drone struck the village", "no civilians were killed", "nobody was hurt"
    if trigger.pos_ == "VERB" and any(c.dep_ == "dobj" and any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in trigger.children):
        polarity = "negative"  # "sent no troops", "fired no shots": none sent, none fired
    if trigger.pos_ == "VERB" and trigger.tag_ == "VB" and modality == "asserted" \
            and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children) \
            and (trigger.dep_ == "ccomp" and trigger.head.tag_ not in ("VBD", "VBN")
                 or trigger.dep_ == "conj" and trigger.head.tag_ in FINITE):
        # a bare verb with no tense of its own under no past, or misread as the conjunct of a finite one: "saying
        # it wanted to help Assad defeat ISIS" (but "helped the militia capture the town" did happen)
        modality = "hypothetical"
    if any(_until(tok) for tok in chain):  # "fight on until the group is destroyed": not yet, nor scheduled,
        modality = "hypothetical" if modality in ("asserted", "future") else modality  # a condition only
    if trigger.pos_ == "VERB" and _for_to(trigger, lexicon) and modality in ("asserted", "future"):
        modality = "hypothetical"  # "a wish for a settlement to be reached": wanted, not done
    for i, tok in enumerate(chain):
        # governing: want, plan, avoid; not a verb one is coordinated with ("called for X and hosted Y")
        kind = lexicon.modality(tok.lemma_.lower()) if i > 0 and chain[i - 1].dep_ != "conj" else None
        kind = kind or _cue_kind(tok, lexicon)
        if kind == "hypothetical" and i == 0 and _said_would(tok, lexicon):
            kind = "future"
        if kind == "negation":
            polarity = "negative"
            kind = _cue_kind(tok, lexicon, mood_only=True)  # "will not withdraw": not yet, nor to come
        if kind == "hypothetical" and modality == "asserted":
            modality = "hypothetical"
        elif kind == "future" and modality == "asserted":
            modality = "future"
    intent = chain[-1].head if chain[-1].dep_ == "prep" and chain[-1].lower_ == "of" else None
    if intent is not None and intent.lemma_.lower() in PROSPECT_NOUNS:  # "has no intention of annexing X"
        modality = "hypothetical" if modality in ("asserted", "future") else modality
        if any(c.dep_ == "det" and c.lower_ == "no" for c in intent.children):
            polarity = "negative"
    if trigger.pos_ == "VERB" and modality in ("asserted", "future") and _prospect(chain[-1]):
        modality = "hypothetical"  # "the right to fire on militants", "a plan to attack"
    elif trigger.pos_ == "VERB" and modality == "asserted" and _headline_infinitive(chain[-1]):
        modality = "future"
    if trigger.pos_ != "VERB" and modality == "asserted" and _talked_about(trigger):
        modality = "hypothetical"  # "negotiations on an Israeli troop pullback": what is discussed
    if trigger.pos_ != "VERB" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in PREVENTED:
        polarity = "negative"  # "police prevented the demonstration", "foiled an attack": it did not happen
    elif trigger.pos_ != "VERB" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in FORBIDDEN:
        modality = "hypothetical" if modality == "asserted" else modality  # "banned a planned rally"
    if trigger.pos_ != "VERB" and trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.pos_ == "VERB":
        # "threatened to impose a blockade", "did not launch an offensive": the verb's mood is the noun's
        verb_polarity, verb_modality = modality_of(trigger.head, lexicon)
        polarity = "negative" if verb_polarity == "negative" else polarity
        modality = verb_modality if modality == "asserted" else modality
        if trigger.head.lemma_.lower() in PLANNING and modality == "asserted" and trigger.dep_ == "dobj":
            modality = "future"  # "planning attacks", "prepared an offensive": planned, not made
    if modality in ("asserted", "future") and asked(trigger):
        modality = "hypothetical"  # "Did Russia supply weapons to the Houthis?", "Will Israel strike Iran?"
    return polarity, modality


def asked(trigger: Token) -> bool:
    """Whether ``trigger`` is in a yes/no question: its sentence ends with "?" and opens with an
    auxiliary ("Did Russia supply ...?", "Will Israel strike ...?"); a wh-question ("Why did X
    bomb Y?") takes the act as done.

    >>> asked.__name__  # needs a parsed sentence; see tests/extract/test_factuality.py (MODALITY)
    'asked'
    """
    sent = trigger.sent
    last = next((t for t in reversed(sent) if not t.is_space and t.text not in ('"', "'", "\u201d", "\u2019")), None)
    if last is None or last.text != "?":
        return False
    first = next((t for t in sent if not t.is_punct), None)
    return first is not None and first.tag_ in ("MD", "VBD", "VBZ", "VBP") and first.pos_ in ("AUX", "VERB")


def _second_subject(first: Token, verb: Token) -> Token | None:
    """The subject after a comma that a reporting verb has besides ``first``: in "Israeli strikes
    killed 35, the ministry said" the parser may make both subjects of "said" (the killing a
    participle on "strikes"); the later one is who speaks."""
    later = [s for s in verb.children if s.dep_ == "nsubj" and s.i > first.i]
    if not later or not any(c.dep_ in ("acl", "relcl") and c.tag_ in ("VBD", "VBN") for c in first.children):
        return None
    commas = [t for t in first.doc[first.i:later[0].i] if t.text == ","]
    return later[0] if commas else None


def _closing_apposition(subject: Token, verb: Token) -> Token:
    """Who speaks when the parser made the last name of a list the reporting verb's subject and the
    speaker its apposition: in "... and with X, the Chinese Foreign Ministry said" the ministry, whose
    phrase runs up to the verb with no comma (a true apposition is closed by one: "X, its envoy, said")."""
    late = [a for a in subject.children if a.dep_ == APPOS and a.right_edge.i + 1 == verb.i and a.i > subject.i]
    return late[0] if late and verb.i > subject.i else subject


def _speaker(verb: Token, found) -> str | None:
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.head.head.i != verb.head.i and not any(
            c.dep_ in SUBJ for c in verb.children):
        verb = verb.head.head  # "X said its forces complied with the law and accused Y of ...": X accuses
    for s in ([] if charged(verb) else clause_subject(verb)):  # "Amnesty said"; not "X accused of ..."
        s = _closing_apposition(s, verb)
        keys = [k for k in arg_actors(s, found) if found.actors[k].type != "LOCATION"]  # a place says nothing
        if keys:
            return keys[0]
    for prep, obj in prep_objects(verb, {"by"}):  # "it was reported by Reuters"
        if found.at(obj):
            return found.at(obj)
    return None


def attribution(trigger: Token, found, lexicon: Lexicon) -> tuple[str | None, str | None, int | None]:
    """(claimed_by, denied_by, reporting verb index) for the event named by ``trigger``."""
    if (charger := charge_breakaway(trigger)) is not None:  # "accused X of ... and cut ties": the accuser's own act
        return attribution(charger, found, lexicon)
    if denied_aside(trigger, lexicon) is not None:
        return None, None, None  # "..., a charge X denied": the writer tells of the denial
    claimed = denied = None
    at = None
    below = trigger
    described = False  # climbed out of a clause that describes a noun ("X, which backs Y, ...")
    proposed = False  # climbed out of what is proposed or asked ("calls to withdraw")
    untrue = False  # climbed out of a claim called untrue
    for gov in governors(trigger):
        if below.dep_ == "advcl" and below.head.i == gov.i and marked(below):
            break  # "X announced ..., after Y shot down a jet": the circumstance is the narrator's, not X's claim
        if semicolon_before(below, gov):
            break  # "X accused Y of ...; Y rejected the charge": a clause of its own, whatever the parser hung it on
        if gov.dep_ == "appos" and gov.lemma_.lower() in COMMENT_NOUNS or commented(gov):
            break  # "X accused Y of ..., a charge Y denied": the writer's comment on the claim, not X's
        # "denied X and accused Y": no denial of Y; but "said X, and that Y": Y is said too
        parallel = below.dep_ == "conj" and below.head.i == gov.i and not that_clause(below) \
            and not charge_conjunct(below)  # ("accused X of burning houses and firing on civilians": charged)
        proposed = proposed or below.lemma_.lower() in PROPOSAL_NOUNS and below.pos_ == "NOUN"
        speaker = below.head.i == gov.i and (
            below.dep_ == "nsubj" or described and below.dep_ in ("nsubjpass", "agent"))
        described = described or below.dep_ in DESCRIBING
        under, below = below, gov
        kind = lexicon.reporting(gov.lemma_.lower()) if gov.pos_ in ("VERB", "AUX") and not parallel else None
        if kind == "say" and under.dep_ == "prep" and under.lower_ in MEANS:
            kind = None  # "responded with air strikes": an act, not words
        if kind and urged_to(gov):
            kind = None  # "Israel told to halt offensive": Israel is told, and tells nothing
        if kind in ("say", "accuse") and any(c.dep_ == NEG for c in gov.children):
            kind = None  # "Israel has not claimed responsibility for the attack": no claim made
        if gov.pos_ in ("VERB", "AUX") and called_untrue(under, gov):
            untrue = True  # "said reports that X killed Y were false", "called the claims baseless": denied
            kind = kind or ("deny" if under.dep_ in OBJ else None)
        if untrue and kind == "say":
            kind = "deny"
        if kind == "deny" and (proposed or any(c.dep_ == "dobj" and c.lemma_.lower() in PROPOSAL_NOUNS
                                                for c in gov.children)):
            kind = None  # "rejected the demands", "rejected calls to withdraw": refused, not said to be untrue
        if kind == "deny" and gov.lemma_.lower() != "deny" and trigger.dep_ == "dobj" and trigger.head.i == gov.i \
                and any(c.dep_ == "det" and c.lower_ == "any" for c in trigger.children):
            kind = None  # "rejected any military operation": opposed to one ("denied any attack" denies)
        teller = _second_subject(under, gov) if kind and speaker else None
        if teller is not None:  # "Israeli strikes killed 35, the health ministry said", parsed with two subjects
            keys = [k for k in arg_actors(teller, found) if found.actors[k].type != "LOCATION"]
            if kind == "deny":
                denied = keys[0] if keys else None
            else:
                claimed, at = (keys[0] if keys else None), gov.i
            break
        if kind and speaker:
            break  # "X, accused by Y of ..., denied it", "X, which has backed Y, said", "condemned by X, the
            # movement that signed Y": who speaks, not what
        if kind == "deny" and denied is None:
            denied = _speaker(gov, found)
        elif kind and claimed is None:
            claimed, at = _speaker(gov, found), gov.i
        if claimed:
            break
    sent = trigger.sent
    if claimed is None and denied is None:  # "X killed five, the UN said, blaming Y": a reporting clause hung aside
        top = below if below.i != trigger.i else trigger
        for told in (c for c in top.children if c.dep_ == "parataxis" and c.i > trigger.i):
            kind = lexicon.reporting(told.lemma_.lower())
            if kind == "deny":
                denied = _speaker(told, found)
            elif kind:
                claimed, at = _speaker(told, found), told.i
    if claimed is None:  # "according to X"
        for t in sent:
            if t.lower_ == "according" and t.i + 1 < sent.end and t.doc[t.i + 1].lower_ == "to":
                for obj in t.doc[t.i + 1].children:
                    if obj.dep_ == "pobj" and found.at(obj):
                        claimed, at = found.at(obj), t.i
    if claimed is None:  # headline "...: HRW"
        colon = [t for t in sent if t.text == ":"]
        if colon and sent.end - colon[-1].i <= 4:
            tail = [found.at(t) for t in t_range(sent, colon[-1].i + 1)]
            tail = [k for k in tail if k]
            if tail and found.actors[tail[0]].type not in ("LOCATION", "GROUP"):
                claimed, at = tail[0], colon[-1].i
    return claimed, denied, at


def t_range(sent, start: int):
    """Tokens of ``sent`` from document index ``start`` to its end."""
    return (sent.doc[i] for i in range(start, sent.end))


def factuality(trigger: Token, found, lexicon: Lexicon) -> Factuality:
    """Everything this module decides about one trigger."""
    polarity, modality = modality_of(trigger, lexicon)
    claimed, denied, at = attribution(trigger, found, lexicon)
    laying = laying_verb(trigger) if trigger.pos_ != "VERB" else None
    if laying is not None:  # "X may have been behind the blast", "X said it was not responsible for it"
        laid_polarity, laid_modality = modality_of(laying, lexicon)
        modality = laid_modality if modality == "asserted" else modality
        if laid_polarity == "negative" and claimed and at != laying.i:
            claimed, denied = None, denied or claimed  # a speaker says they did not do it: denied
        elif laid_polarity == "negative":
            polarity = "negative"
    return Factuality(polarity, modality, claimed, denied, at)


__all__ = ["CLIMB", "Factuality", "asked", "attribution", "factuality", "modality_of"]
