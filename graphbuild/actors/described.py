"""Names the words beside them describe: "the rights group Emergency Lawyers", "The Convention for
X, a local rights group", "the Viv Ansanm coalition" are organisations of the kind those words say,
where no one else read the name (NER, the gazetteer).

>>> _kind_said("group", {"rebel"}), _kind_said("group", {"rights"}), _kind_said("force", {"joint"})
('ARMED_GROUP', 'NGO', 'MILITARY')
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from graphbuild.actors.kinds import org_type
from graphbuild.actors.names import NAME_LINKS
from graphbuild.actors.tables import slug
from graphbuild.model import Actor

if TYPE_CHECKING:
    from graphbuild.actors.resolve import DocActors


#: Words that say what kind of organisation the name after them is: "the rights group Emergency
#: Lawyers", "the militia Wagner", "the newspaper Al-Akhbar" (the type; None: read from the words).
KIND_WORDS = {"group": None, "organisation": None, "organization": None, "watchdog": "NGO", "charity": "NGO",
              "association": "NGO", "coalition": None,
              "monitor": "NGO", "militia": "ARMED_GROUP", "faction": "ARMED_GROUP", "newspaper": "MEDIA",
              "daily": "MEDIA", "broadcaster": "MEDIA", "channel": "MEDIA", "outlet": "MEDIA", "force": None}
#: Kinds no person is: a short name NER read as a person's, described as one, is an organisation's.
NO_PERSON_KINDS = frozenset({"association", "group", "organisation", "organization", "charity", "militia", "faction"})
#: Words before "group" that make it an armed group ("the rebel group M23") or an NGO ("the rights group X").
ARMED_KINDS = frozenset({"rebel", "armed", "militant", "jihadist", "insurgent", "separatist", "guerrilla",
                         "guerilla", "paramilitary", "terrorist", "extremist", "islamist"})
CIVIL_KINDS = frozenset({"rights", "aid", "humanitarian", "relief", "advocacy", "monitoring", "campaign", "medical",
                         "society"})  # ("a civil-society coalition")
#: Words before "force" that make it a state's ("the military task force Operation X", "a joint security force").
STATE_KINDS = frozenset({"military", "task", "security", "joint", "army", "police", "special"})


def _kind_said(kind: str, before: set[str]) -> str | None:
    """The actor type a kind word says, given the words before it ("rebel group" -> ARMED_GROUP,
    "rights group" -> NGO), or None where the name's own words must decide."""
    if kind == "force":  # ("Operation X, the military task force in Y": the state's; "a rebel force": armed)
        return "MILITARY" if before & STATE_KINDS else "ARMED_GROUP" if before & ARMED_KINDS else None
    return KIND_WORDS[kind] or ("ARMED_GROUP" if before & ARMED_KINDS else "NGO" if before & CIVIL_KINDS else None)


def _ner_person(found: DocActors, key: str, span) -> bool:
    """Whether ``span`` is all of a mention NER alone read as a person or a place ("the newspaper La
    Prensa" is no town of that name)."""
    actor = found.actors.get(key)
    return actor is not None and actor.type in ("PERSON", "LOCATION") and found.ner_only(key) \
        and (span.start, span.end, key) in found.mention_spans


def described_names(doc: Doc, found: DocActors) -> None:
    """A capitalised name right after a word for its kind is an organisation of that kind, when
    nothing read it: "the rights group Emergency Lawyers said" (an NGO NER did not tag),
    "the rebel group Ansar Dine" (an armed group).

    >>> described_names.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'described_names'
    """
    for t in doc[:-1]:
        kind = t.lemma_.lower()
        if kind not in KIND_WORDS or t.is_title or t.i in found.token_actor:
            continue
        end = t.i + 1
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and end - t.i <= 5:
            end += 1
        # a name NER read whole from there, particles and all ("the militant group Jaish al-Adl")
        end = max((e for s, e, _k in found.mention_spans if s == t.i + 1 < end and e - s <= 5), default=end)
        span = doc[t.i + 1:end]
        if not span or len(span) == 1 and span[0].is_sent_start:
            continue
        key = f"org/{slug(span.text)}"
        before = {c.lower_ for c in t.children if c.dep_ in ("compound", "amod")} | {doc[t.i - 1].lower_}
        said = _kind_said(kind, before)
        taken = {found.token_actor.get(x.i) for x in span} - {None}
        if said and len(taken) == 1 and _ner_person(found, taken.pop(), span):
            # "the rights group Plataforma Decide": an organisation NER took for a person
            found.replace(span, Actor(key=key, label=span.text, type=said), "ner")
            continue
        if any(found.token_actor.get(x.i, key) != key for x in span):
            continue  # a name read otherwise (a state, a person, a longer name)
        guessed = found.ner_only(key)
        if key in found.actors and said and guessed and found.actors[key].type != said:
            found.actors[key] = Actor(key=key, label=found.actors[key].label, type=said)  # NER's guess from its words
        elif key not in found.actors:
            found.add(span, Actor(key=key, label=span.text, type=said or org_type(span.text)), "ner")


def _name_word(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` may stand inside a capitalised name: a capitalised word, a small linking
    word ("of", "for"), or a hyphen or "in" between two capitalised words ("Self-Defence", "Forum for
    Peace in Ituri").

    >>> import spacy
    >>> doc = spacy.blank("en")("the Self-Defence Forces of the-north in Peace in Ituri")
    >>> [_name_word(doc, i) for i in range(len(doc))]
    [True, True, True, True, True, True, True, False, False, False, True, True, True]
    """
    t = doc[i]
    if t.is_title or t.lower_ in NAME_LINKS:
        return True
    return t.lower_ in ("-", "in") and 0 < i < len(doc) - 1 and doc[i - 1].is_title and doc[i + 1].is_title


def appositive_names(doc: Doc, found: DocActors) -> None:
    """A capitalised name no one read, described in apposition as a group of some kind, is an
    organisation of that kind: "The Convention for the Respect of Human Rights, a local rights group,
    said" (an NGO NER did not tag).

    >>> appositive_names.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'appositive_names'
    """
    for t in doc:
        kind = t.lemma_.lower()
        if kind not in KIND_WORDS or t.dep_ != "appos" or not found.token_actor.get(t.i, "group/").startswith("group/"):
            continue  # (a kind read as a generic group, "a local rights group", still describes)
        end = t.left_edge.i
        while end > t.sent.start and doc[end - 1].is_punct:
            end -= 1
        acronym = ""
        if end - 2 > t.sent.start and doc[end - 2].text == "(" and doc[end - 1].is_upper:
            acronym = doc[end - 1].text
            end -= 2  # "The X Commission (XC), an independent watchdog": the name before its acronym
        start = end  # the capitalised run before the comma, its small words included
        while start > t.sent.start and _name_word(doc, start - 1):
            start -= 1
        while start < end and (doc[start].lower_ in NAME_LINKS or doc[start].is_sent_start
                               and doc[start].pos_ != "PROPN" and not doc[start].text.startswith(acronym[:1] or " ")):
            start += 1  # ("Fighters of the X Forces, a militia": a sentence's first word is capitalised anyway,
            # but one its acronym starts with is the name's: "Solidarity for Peace (SOPA), a rights group")
        span = doc[start:end]
        taken = {found.token_actor.get(x.i) for x in span} - {None}
        free = [x for x in span if x.is_title and not (found.at(x) or "").startswith(("place/", "state/"))]
        misread = bool(taken) and kind in NO_PERSON_KINDS and all(
            k.startswith("person/") and found.ner_only(k) for k in taken)  # "Kisal, an association that ...": no one
        if len(span) < 3 and not misread or not span[0].is_title or not span[-1].is_title or not all(
                _name_word(doc, x.i) for x in span) or not all(
                k.startswith(("org/", "person/")) and found.ner_only(k)
                or k.startswith(("place/", "state/")) and free for k in taken):
            continue  # (NER may have read a piece of it, "Human Rights", or all of it as a person's; a
            # place inside a name is the name's: "Solidarity for Peace in Ituri", not "Iran and Turkey")
        before = {c.lower_ for c in t.children if c.dep_ in ("compound", "amod")}
        said = _kind_said(kind, before)
        if kind == "force" and said is None:
            continue  # ("X, a regional force that includes Y": whatever its name says)
        key = f"org/{slug(span.text)}"
        found.actors.pop(key, None)  # (NER's guess at its type, when it read the name: the kind said wins)
        found.replace(span, Actor(key=key, label=span.text, type=said or org_type(span.text)), "ner")


#: Words for an organisation's kind written after its name: "the Viv Ansanm coalition" (the type
#: each signals; None: the name's own words decide).
KIND_AFTER = {"coalition": None, "alliance": None, "movement": None, "militia": "ARMED_GROUP",
              "gang": "ARMED_GROUP", "faction": "ARMED_GROUP", "force": "ARMED_GROUP", "brigade": "ARMED_GROUP",
              "cartel": "ARMED_GROUP", "front": "ARMED_GROUP", "armed group": "ARMED_GROUP"}
#: Words that make a group named before them armed: "the Lakurawa armed group", "the X jihadist group".
ARMED_GROUP_WORDS = frozenset({"armed", "militant", "jihadist", "rebel", "insurgent", "extremist", "separatist"})
#: Kinds of organisation named after a place: "the Sinaloa cartel" is the cartel, not the state of Sinaloa.
PLACE_NAMED_KINDS = frozenset({"cartel"})
#: Kinds whose word is part of the name, often a fallen fighter's: "the Rosa Quintero front".
NAMED_WITH_KIND = frozenset({"front"})


def named_before_kind(doc: Doc, found: DocActors) -> None:
    """A capitalised name no one read, right before a word for its kind, is an organisation of
    that kind: "the Viv Ansanm coalition" (an armed group when "armed" or "gang" words say so).

    >>> named_before_kind.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'named_before_kind'
    """
    for t in doc[1:]:
        kind = t.lower_
        armed = kind == "group" and doc[t.i - 1].lower_ in ARMED_GROUP_WORDS  # "the Lakurawa armed group"
        kind = "armed group" if armed else kind
        if kind not in KIND_AFTER or not t.is_lower or t.i in found.token_actor:
            continue
        known = next(((s, k) for s, e, k in found.mention_spans if e == t.i - armed), None)
        if known is not None and found.actors[known[1]].type == "ARMED_GROUP" and not found.ner_only(known[1]) \
                and KIND_AFTER[kind] in (None, "ARMED_GROUP") and doc[t.i - 1].head.i == t.i:
            found.replace(doc[known[0]:t.i + 1], found.actors[known[1]], "gazetteer")
            continue  # "the 400 Mawozo gang": the group the gazetteer knows, kind word and all
        start = t.i - armed
        while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                and start <= doc[start - 1].head.i <= t.i and t.i - start < 4:
            start -= 1
        span = doc[start:t.i - armed]
        if not span or doc[start - 1].lower_ != "the":
            continue
        taken = {found.token_actor.get(x.i) for x in span}
        guessed = found.actors.get(next(iter(taken))) if len(taken) == 1 and None not in taken else None
        if guessed is not None and guessed.type not in ("PERSON", "LOCATION") and KIND_AFTER[kind] \
                and (guessed.type != KIND_AFTER[kind] or kind in NAMED_WITH_KIND) \
                and (span.start, span.end, guessed.key) in found.mention_spans \
                and found.ner_only(guessed.key):
            # "the Radaa force": an organisation NER found, of the kind the word after it says
            if kind in NAMED_WITH_KIND:  # ("the X front", whose word is its name's: that name, wherever written)
                label = f"{span.text} {kind}"
                found.replace(doc[start:t.i + 1], Actor(key=f"org/{slug(label)}", label=label, type=KIND_AFTER[kind]),
                              "ner")
                if not any(m.actor == guessed.key for m in found.mentions):
                    found.actors.pop(guessed.key, None)
                continue
            found.actors[guessed.key] = Actor(key=guessed.key, label=guessed.label, type=KIND_AFTER[kind])
            continue
        if kind in PLACE_NAMED_KINDS and None not in taken and all(found.actors[k].type == "LOCATION" for k in taken):
            label = f"{span.text} {kind}"  # "the Sinaloa cartel"
            found.replace(doc[start:t.i + 1], Actor(key=f"org/{slug(label)}", label=label, type=KIND_AFTER[kind]),
                          "ner")
            continue
        if taken != {None} and not (len(taken) == 1 and _ner_person(found, taken.pop(), span)):
            continue  # a name read otherwise; but "the Ba Nou Ale gang" is no person NER took it for
        before = {c.lower_ for c in t.children if c.dep_ in ("compound", "amod")}
        said = KIND_AFTER[kind] or ("ARMED_GROUP" if before & (ARMED_KINDS | {"gang"}) else org_type(span.text))
        label = f"{span.text} {kind}" if kind in NAMED_WITH_KIND else span.text
        key = f"org/{slug(label)}"
        if KIND_AFTER[kind] and key in found.actors and found.ner_only(key):
            found.actors[key] = replace(found.actors[key], type=said)  # (NER read it elsewhere: its guess)
        found.replace(doc[start:t.i + 1], Actor(key=key, label=label, type=said), "ner")
