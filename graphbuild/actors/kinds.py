"""What kind of organisation an unknown name is, from the words of the name and around it.

An organisation the gazetteer does not know is typed by a word of its name
(``data/org_heads.csv``), a numbered unit is an army's, and a noun after a name may say it
is a news outlet's.

>>> org_type("Kabul Times"), org_type("Arakan Army", national=False)
('MEDIA', 'ARMED_GROUP')
"""
from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

from spacy.tokens import Doc, Span

from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.tables import read_words

DATA = Path(__file__).parent / "data"


@functools.lru_cache(maxsize=1)
def org_heads() -> dict[str, str]:
    """Word -> actor type for naming unknown organisations (``data/org_heads.csv``)."""
    with open(DATA / "org_heads.csv", encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return {r["word"]: r["type"] for r in rows}


@functools.lru_cache(maxsize=1)
def platforms() -> frozenset[str]:
    """Names of messaging apps and social networks, lowercased (``data/platforms.txt``): where a
    statement was posted, never who made it.

    >>> "telegram" in platforms()
    True
    """
    return read_words(DATA / "platforms.txt")


@functools.lru_cache(maxsize=1)
def time_zones() -> frozenset[str]:
    """Time zone abbreviations, lowercased (``data/time_zones.txt``): "(0100 GMT)" names no one.

    >>> "gmt" in time_zones()
    True
    """
    return read_words(DATA / "time_zones.txt")


@functools.lru_cache(maxsize=1)
def national_societies() -> frozenset[str]:
    """Movements a country's own society is named after (``data/national_societies.txt``): "the
    Lebanese Red Cross" is Lebanon's society, no "Red Cross" of the gazetteer.

    >>> "red crescent" in national_societies()
    True
    """
    return read_words(DATA / "national_societies.txt")


#: Heads of a military's name ("Pakistan Army") that, in a name not led by a state or its people,
#: name an armed group of its own ("Arakan Army", "People's Defence Force").
ARMY_HEADS = frozenset({"army", "force", "forces"})
#: Words that name no one in particular: "the Air Force", "the Armed Forces" are some state's.
GENERIC_MILITARY = frozenset({"the", "air", "armed", "naval", "ground", "special", "army", "force", "forces"})
#: Words that make a force a state's, led by no state's name: "the Border Security Force", "the
#: Central Reserve Police Force" (a state's paramilitary police, no rebels).
STATE_FORCE_WORDS = frozenset({"border", "police", "reserve", "coast", "frontier", "gendarmerie", "constabulary"})


#: A numbered unit: "35th", "1st", "101st", "3rd".
ORDINAL = re.compile(r"\d+(st|nd|rd|th)")
#: Words of an army's units, which numbered are a state army's ("6th Infantry Division").
UNIT_WORDS = frozenset({"brigade", "division", "battalion", "regiment", "corps", "squadron", "infantry", "army",
                        "company", "fleet", "wing", "group", "task", "marine", "marines", "mechanised",
                        "mechanized", "armoured", "armored"})


def _numbered(words: list[str]) -> bool:
    """Whether lower-case ``words`` name a numbered army unit: an ordinal first, a unit word among them."""
    return bool(words) and bool(ORDINAL.fullmatch(words[0])) and bool(UNIT_WORDS & set(words))


def numbered_unit(doc: Doc, span: Span) -> bool:
    """Whether an organisation's name is an army unit's, or a guerrilla front's, with its number
    before it, outside the span NER gave: "the 14th Mechanised Brigade", "the 10th Front".

    >>> import spacy
    >>> doc = spacy.blank("en")("the 14th Mechanised Brigade and the 33rd Front and the 444 Combat Brigade")
    >>> numbered_unit(doc, doc[2:4]), numbered_unit(doc, doc[1:4]), numbered_unit(doc, doc[7:8])
    (True, False, True)
    >>> other = spacy.blank("en")("killed 12 Wagner Brigade men")
    >>> numbered_unit(doc, doc[11:13]), numbered_unit(other, other[2:4])
    (True, False)
    """
    if span.start == 0:
        return False
    words = [t.lower_ for t in doc[span.start - 1:span.end]]
    counted = words[0].isdigit() and span.start > 1 and doc[span.start - 2].lower_ == "the" and words[-1] in UNIT_WORDS
    # ("the 444 Combat Brigade": a number, not an ordinal, before a unit's name after "the")
    return _numbered(words) or counted or ORDINAL.fullmatch(words[0]) is not None and words[-1] == "front"


def org_type(name: str, national: bool = True) -> str:
    """The actor type of an unknown organisation name, from its words; ``national`` says the name
    starts with a state or its people, without which an army or a force is an armed group's.

    >>> org_type("People's Liberation Front")
    'ARMED_GROUP'
    >>> org_type("Kabul Times")
    'MEDIA'
    >>> org_type("Arakan Army", national=False), org_type("Air Force", national=False)
    ('ARMED_GROUP', 'MILITARY')
    >>> org_type("Iranian Students News Agency"), org_type("National Emergency Management Agency")
    ('MEDIA', 'GOVERNMENT')
    >>> org_type("35th Armoured Brigade"), org_type("Bangsamoro Islamic Freedom Fighters")
    ('MILITARY', 'ARMED_GROUP')
    >>> org_type("Border Security Force", national=False), org_type("Frontier Rifles", national=False)
    ('MILITARY', 'MILITARY')
    >>> org_type("Frontier Corps", national=False)
    'MILITARY'
    >>> org_type("Multinational Joint Task Force", national=False)
    'IGO'
    """
    heads = org_heads()
    words = [w.lower() for w in re.findall(r"[\w']+", name)]
    if _numbered(words):
        return "MILITARY"  # "the 35th Armoured Brigade", "6th Infantry Division": a numbered unit of an army
    if "multinational" in words:
        return "IGO"  # "the Multinational Joint Task Force": states' joint force, no armed group
    if not national and words and words[-1] in ARMY_HEADS and not set(words) <= GENERIC_MILITARY \
            and not STATE_FORCE_WORDS & set(words):
        return "ARMED_GROUP"
    for w in reversed(words):
        if w == "agency" and not {"news", "press"} & set(words):
            return "GOVERNMENT"  # "the National Emergency Management Agency"; "X News Agency" is the media
        if w in heads:
            return heads[w]
    for w in words:
        if w in heads:
            return heads[w]
    return "NGO"


#: Words of a political party's name: a party of a country is no body of its state.
PARTY_WORDS = frozenset({"party", "parties"})


def party(name: str) -> bool:
    """Whether a name is a political party's, which belongs to no state as its bodies do.

    >>> party("the Ba'ath Party"), party("Defence Ministry")
    (True, False)
    """
    return bool(PARTY_WORDS & set(name.lower().split()))


def national(span: Span, gaz: Gazetteer) -> bool:
    """Whether a name starts with a state's name or its people's ("Libyan National Army")."""
    first = span[1] if span[0].lower_ == "the" and len(span) > 1 else span[0]
    known = gaz.lookup(first.text)
    return gaz.demonym(first.text) is not None or known is not None and known.type == "STATE"


#: Nouns after a name that make it a news outlet's.
MEDIA_NOUNS = frozenset({"newspaper", "daily", "weekly", "broadcaster", "channel", "television", "tv", "radio",
                         "website", "magazine"})


def after_news_agency(span: Span) -> bool:
    """Whether a one-word name comes right after "news agency": "the state news agency Khovar".

    >>> import spacy
    >>> doc = spacy.blank("en")("the state news agency Khovar reported")
    >>> after_news_agency(doc[4:5]), after_news_agency(doc[5:6])
    (True, False)
    """
    return len(span) == 1 and [t.lower_ for t in span.doc[max(span.start - 2, 0):span.start]] == ["news", "agency"]


def media_after(span: Span) -> bool:
    """Whether a name is followed by what says it is a news outlet: "the Kabul Now news agency",
    "the Sunrise newspaper", "the Horizon television channel" (or an outlet's letters follow it:
    "state broadcaster ORTB", or its one-word name "the news agency Khovar")."""
    words = [t.lower_ for t in span.doc[span.end:span.end + 2]]
    before = span.doc[span.start - 1] if span.start else None
    return bool(words) and (words[0] in MEDIA_NOUNS or words == ["news", "agency"]) or (
        before is not None and before.lower_ in MEDIA_NOUNS and before.pos_ == "NOUN" and len(span) == 1
        and span[0].is_upper) or (  # "state broadcaster RTB": an outlet's letters after what it is
        after_news_agency(span) and span[0].is_title)  # "the state news agency Khovar"
