"""Claims named as nouns, and the asides a writer adds about them.

* claim nouns ("the charge", "the report") and the words that call one untrue ("called the
  accusations baseless");
* the writer's comment the parser made the head of its sentence ("X accuse Y of ..., a charge Y
  denies" read as "a charge Y denies [X accuse ...]");
* a denial told in an aside after a comma ("..., a charge Kigali denies", "..., which called the
  charge baseless"): the writer's report, not part of the claim it answers; its denier is named in
  the aside, and a "charge" or "allegation" makes the claim before it an accusation.

>>> sorted(CHARGE_NOUNS)
['accusation', 'allegation', 'charge']
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from graphbuild.extract.arguments import arg_actors
from graphbuild.extract.lexicon import Lexicon
from graphbuild.extract.syntax import OBJ, SUBJ, children

#: Nouns that name a claim: "..., a charge the group denied" (the writer's apposition), "called the
#: accusations baseless" (a denial).
CLAIM_NOUNS = frozenset({"charge", "claim", "accusation", "allegation", "assertion", "report", "account", "finding",
                         "version"})
#: Words that call a claim untrue: "called the accusations baseless", "said the claims were false".
FALSITY = frozenset({"baseless", "false", "unfounded", "groundless", "fabricated", "untrue", "absurd", "lie", "lies",
                     "propaganda", "slander", "nonsense", "fake", "misleading", "fabrication", "fabrications"})
#: Where the verdict on a claim stands: "called X baseless" (oprd), "said X was false" (acomp),
#: "described X as fabricated" (a clause).
VERDICTS = frozenset({"oprd", "acomp", "attr"})
VERDICT_CLAUSES = frozenset({"ccomp", "xcomp", "advcl"})


def called_untrue(claim: Token, verb: Token) -> bool:
    """Whether ``verb`` calls ``claim``, a claim noun it governs, untrue: "the reports were false",
    "called the claims baseless", "described the report as fabricated".

    >>> called_untrue.__name__  # needs a parsed sentence; see tests/extract/test_factuality.py
    'called_untrue'
    """
    if claim.lemma_.lower() not in CLAIM_NOUNS or claim.dep_ not in SUBJ | OBJ:  # ("reports" tagged a verb)
        return False
    clauses = list(children(verb, VERDICT_CLAUSES))
    words = [*children(verb, VERDICTS), *clauses, *(w for c in clauses for w in children(c, VERDICTS)),
             *(o for p in children(verb, {"prep"}) if p.lower_ == "as" for o in p.children)]
    return any(w.lower_ in FALSITY for w in words)


#: Nouns of the writer's comment on what a clause tells: "..., a move X denounced".
COMMENT_NOUNS = CLAIM_NOUNS | {"move", "decision", "step", "measure"}


def _comma_before(verb: Token, reach: int) -> int | None:
    """The index of the last comma of ``verb``'s sentence at most ``reach`` words before it."""
    start = max(verb.sent.start, verb.i - reach)
    return next((t.i for t in reversed(verb.doc[start:verb.i]) if t.text == ","), None)


def commented(verb: Token) -> bool:
    """Whether a verb is the writer's comment the parser made the head of its sentence: "X accuse
    Y of ..., a charge Y denies" read as "a charge Y denies [X accuse ...]": a claim noun between
    the verb and the comma before it, with a clause of the verb's before that comma.

    >>> commented.__name__  # needs a parsed sentence; see tests/extract/test_factuality.py
    'commented'
    """
    comma = _comma_before(verb, 5)
    return comma is not None \
        and any(t.lemma_.lower() in COMMENT_NOUNS for t in verb.doc[comma + 1:verb.i]) \
        and any(c.dep_ in ("ccomp", "parataxis") and c.i < comma for c in verb.children)


def denied_aside(verb: Token, lexicon: Lexicon) -> int | None:
    """The comma before an aside the writer adds to deny a claim, with ``verb`` its denial ("...,
    a charge X denied", "..., which called the charge baseless", "..., a claim X's minister
    dismissed", "..., which X denies"), or None. The denial is the writer's report, not part of
    the claim it answers, and its denier is named in the aside (read from the words: the parser
    hangs such asides anywhere).

    >>> denied_aside.__name__  # needs a parsed sentence; see tests/extract/test_factuality.py
    'denied_aside'
    """
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    comma = _comma_before(verb, 8)
    if comma is None or verb.i - comma < 2:
        return None
    between = verb.doc[comma + 1:verb.i]
    claim = any(t.lemma_.lower() in CLAIM_NOUNS for t in between)
    denies = lexicon.reporting(verb.lemma_.lower()) == "deny" or any(
        called_untrue(o, verb) for o in children(verb, OBJ)) or claim and any(
        w.lower_ in FALSITY for v in children(verb, VERDICTS) for w in v.subtree)  # "a charge X called a lie"
    aside = denies and (claim and (between[0].lower_ in ("a", "an", "the") or between[0].tag_ == "NNS" and between[
        0].lemma_.lower() in CLAIM_NOUNS) or between[0].lower_ in ("which", "who")  # ("..., allegations X denies")
                        and any(o.lemma_.lower() in CLAIM_NOUNS or o.i == between[0].i and o.lower_ == "which"
                                for o in children(verb, OBJ)))  # ("..., which the movement denies")
    return comma if aside else None


def aside_deniers(verb: Token, comma: int, found) -> list[str]:
    """Who denies in an aside (see :func:`denied_aside`): the actors named between its comma and
    its verb ("..., a charge Kigali denies"), whatever the parser made the verb's subject."""
    return list(dict.fromkeys(found.at(t) for t in verb.doc[comma + 1:verb.i] if found.at(t)))


def suspected(act: Token) -> bool:
    """Whether an act is told as what someone is "suspected of" ("young men suspected of collaborating
    with the insurgents"): a suspicion of whoever holds them, no charge of the one who tells it.

    >>> suspected.__name__  # needs a parsed sentence; see tests/extract/test_factuality.py
    'suspected'
    """
    return any(a.lemma_.lower() == "suspect" and a.tag_ == "VBN" for a in act.ancestors)


#: Words by which an aside's deniers are all those the sentence accused: "..., allegations both deny".
ALL_ACCUSED = frozenset({"both", "all", "each"})


def accused_deny(verb: Token, comma: int, accusations) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(deniers, accusers) of an aside denied by "both" or "all" ("X accused A and B of killing
    civilians, allegations both deny": A and B deny X's charge), from the sentence's last accusation
    told so far (``accusations``: its ACCUSE events); empty where the aside names no such word.

    >>> accused_deny.__name__  # needs a parsed sentence; see tests/extract/test_factuality.py
    'accused_deny'
    """
    if not any(t.lower_ in ALL_ACCUSED for t in verb.doc[comma + 1:verb.i]):
        return (), ()
    charged = [e for e in accusations if e.type == "ACCUSE" and e.targets and e.sources]
    return (charged[-1].targets, charged[-1].sources) if charged else ((), ())


def aside_answers(verb: Token, comma: int, found, lexicon: Lexicon) -> list[str]:
    """Whom a denial in an aside answers when the claim before it tells no act: the one whose
    saying the aside hangs from ("Pakistan says the committee is a front for X, which the committee
    denies": Pakistan; "X claimed the raid, and Iran said the attackers came from Pakistan, a charge
    Islamabad rejected": Iran)."""
    said = next((h for h in verb.ancestors if h.i < comma and lexicon.reporting(h.lemma_.lower()) in ("say", "accuse")),
                None)
    if said is None:
        return []
    return [k for s in children(said, SUBJ) for k in (arg_actors(s, found) if not found.at(s) else [found.at(s)])]
    # ("Russia's army chief, X, told Y that ...": the chief, whose name is in apposition)


#: Claim nouns that make what they name a charge against its doer: "..., a charge X denied".
CHARGE_NOUNS = frozenset({"charge", "accusation", "allegation"})


def charge_aside(sent: Span, lexicon: Lexicon) -> int | None:
    """The comma before an aside that calls what the sentence told a charge and denies it ("X said Y
    massed troops, a charge Y denied"; "..., which called the accusation baseless"), or None: the
    claim before it is an accusation of the doer, whatever act it tells.

    >>> charge_aside.__name__  # needs a parsed sentence; see tests/extract/test_factuality.py
    'charge_aside'
    """
    for verb in sent:
        comma = denied_aside(verb, lexicon)
        if comma is not None:
            if any(t.lemma_.lower() in CHARGE_NOUNS for t in verb.doc[comma + 1:verb.i + 4]):
                return comma
    return None
