"""When an event happened: the date in its sentence nearest its trigger, resolved against the
publication date (:mod:`.dates`), with lengths of time, dates of other things and the mood of
what is still to come told apart.

>>> from graphbuild.extract.when import TIMES_OF_DAY
>>> "night" in TIMES_OF_DAY
True
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from graphbuild.extract.dates import DAY_NAMES, resolve as resolve_date
from graphbuild.extract.frames import VOLITION

#: Prepositions that make a date a span: "since April", "from May", "between May and June".
SPAN_PREPS = frozenset({"since", "from", "between"})


#: A time of day that names its day: "Monday night", "last night", "Sunday morning".
DAY_TIME = re.compile(rf"\b(?:{'|'.join(sorted(DAY_NAMES))})\b|\blast night\b|\byesterday\b", re.I)
#: A length of time: "six-month", "20-year", "two weeks".
DURATION = re.compile(r"(?:\w+[- ])+(?:hour|day|week|month|year|decade)s?(?:-long|-old)?", re.I)
#: Prepositions before a length of time that is no date: "for two weeks", "within a month".
LENGTH_PREPS = frozenset({"for", "within"})


#: Words that make a length of time a time: "the past two weeks", "two years ago".
TIMED = frozenset({"past", "last", "next", "this", "coming", "previous", "ago", "earlier", "later", "before"})


def _duration(ent: Span) -> bool:
    """Whether a DATE entity is a length of time, not a date: one that describes a noun ("a
    six-month truce", "the 20-year war"), follows "for" or "within" ("within two years"), or is
    a bare count of units ("sentenced to 10 years", "the deadliest attack in five years").

    >>> import spacy
    >>> doc = spacy.blank("en")("They agreed a six-month truce .")
    >>> _duration(doc[2:5])  # no parse: a length of time that describes nothing is a date
    False
    """
    if not DURATION.fullmatch(ent.text.strip()):
        return False
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    counted = ent[0].like_num or ent[0].lower_ in ("a", "an")  # "10 years", "five years" (not "the past two weeks")
    return before in LENGTH_PREPS or ent.root.dep_ in ("amod", "compound", "nmod") and ent.root.head not in ent \
        or counted and not {t.lower_ for t in ent} & TIMED and after not in TIMED


def event_date(trigger: Token, sent: Span, pubdate: str | None, future: bool = False) -> dict[str, str | None]:
    """The Event date fields (``date``, ``date_end``, ``date_text``) of the date nearest ``trigger``;
    ``future`` for an event still to come ("will meet on Sunday": the coming Sunday).

    >>> event_date.__name__  # needs a parsed sentence; see tests/extract/test_factuality.py (DATES)
    'event_date'
    """
    dates = [e for e in sent.ents if (e.label_ == "DATE" or e.label_ == "TIME" and DAY_TIME.search(e.text))
             and not re.fullmatch(r"\d{1,3}", e.text.strip()) and not _duration(e)]
    # ("on Monday night", "last night": a time NER tags on a day)
    # ("... and wounding 40": a count NER took for a date)
    dates = [e for e in dates if not _dates_another(e, trigger)]  # ("formed after the 2021 coup, condemned ...")
    if not dates and any(c.lower_ == "overnight" for c in trigger.children) and not future:
        value = resolve_date("last night", pubdate)  # "attacked a village overnight": the night before
        return {"date": value.start, "date_end": value.end, "date_text": "overnight"} if value else {}
    if not dates:
        return {}
    near = [e for e in dates if trigger in e.root.ancestors or e.root.head == trigger]
    if future and not near:  # "X will send troops, the minister said on Tuesday": the day it was said
        return {}
    # the date closest to the trigger in the parse: "said on Tuesday it had killed X last week" -> last week
    ent = min(near, key=lambda e: (_hops(e.root, trigger), e.start)) if near else dates[0]
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    text = ent.text
    if before in SPAN_PREPS:  # "since April" runs from April to the publication date; NER leaves it out
        upto = next((e for e in dates if e.start == ent.end + 1 and doc[ent.end].lower_ in ("to", "until", "through")),
                    None)  # "from March to May": NER splits it in two
        text = doc[ent.start - 1:(upto or ent).end].text
    value = resolve_date(text, pubdate, future)
    return {"date": value.start, "date_end": value.end, "date_text": value.text} if value else {}


#: Times of a day a day's name may describe: "on Thursday night".
TIMES_OF_DAY = frozenset({"night", "morning", "evening", "afternoon", "dawn", "dusk", "midnight", "noon"})


def _dates_another(ent: Span, trigger: Token) -> bool:
    """Whether a date in ``trigger``'s sentence, but not under it, dates something else: a noun it
    describes ("the 2021 coup", "the 1994 genocide") or a clause on a noun ("a group formed in 2021").

    >>> _dates_another.__name__  # needs a parsed sentence; see tests/extract/test_factuality.py
    '_dates_another'
    """
    root = ent.root
    if root.dep_ in ("amod", "compound", "nmod", "nummod") and root.head.pos_ in ("NOUN", "PROPN") \
            and root.head not in ent and root.head.i != trigger.i and root.head.lower_ not in TIMES_OF_DAY:
        # (but "on Thursday night" dates the night)
        return True
    for above in root.ancestors:
        if above.i == trigger.i:
            return False
        if above.dep_ in ("relcl", "acl"):
            return True
    return False


def to_come(trigger: Token, fact) -> bool:
    """Whether an event is still to come: in the future mood, or after "will" or "would".

    >>> to_come.__name__  # needs a parsed sentence; see tests/extract/test_factuality.py
    'to_come'
    """
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    return fact.modality == "future" or any(c.dep_ == "aux" and c.lower_ in VOLITION for c in verb.children)


def _hops(token: Token, above: Token) -> int:
    """How many links up from ``token`` ``above`` is (a large number when it is not above it)."""
    for n, t in enumerate(token.ancestors, 1):
        if t.i == above.i:
            return n
    return 99
