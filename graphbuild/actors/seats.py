"""Capitals that stand for an organisation seated there: "Brussels" for the European Union in a
text that names the Union and names Belgium by no other word (``data/seats.csv``).

>>> seats()["brussels"]
'org/european-union'
"""
from __future__ import annotations

import functools

from spacy.tokens import Span

from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.tables import DATA_DIR, read_csv, read_words
from graphbuild.model import Actor

#: What comes "from" a capital that speaks for an organisation: "warnings from Brussels".
WORDS_FROM = frozenset({"warning", "criticism", "pressure", "call", "demand", "condemnation", "statement",
                        "objection", "request", "appeal", "response", "reaction", "signal", "message", "threat"})


@functools.lru_cache(maxsize=1)
def seats() -> dict[str, str]:
    """Capital -> the organisation seated there it can stand for (``data/seats.csv``).

    >>> seats()["brussels"]
    'org/european-union'
    """
    return {row["city"].lower(): row["organisation"]
            for _, row in read_csv(DATA_DIR / "seats.csv", ["city", "organisation"])}


def seat_actor(span: Span, actor: Actor, gaz: Gazetteer, named: dict[str, set[str]]) -> Actor | None:
    """The organisation a capital stands for in a text that names it and names the capital's state
    only by the capital ("The EU ... Brussels said"), else None.

    >>> seat_actor.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'seat_actor'
    """
    org = seats().get(span.text.lower())
    if org is None or org not in named or named.get(actor.key, set()) - {span.text.lower()}:
        return None
    return gaz.actor(org)


def said_from(span: Span) -> bool:
    """Whether a capital is where words come "from" ("warnings from Brussels"), not a place one goes from.

    >>> said_from.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'said_from'
    """
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.lemma_.lower() in WORDS_FROM


#: Words for an administration a capital before them names: "the Tripoli government".
ADMINISTRATIONS = frozenset({"government", "administration", "authorities", "cabinet"})


def seated_governments(doc, found, gaz: Gazetteer) -> None:
    """ "The Government of National Unity (GNU) in Tripoli": where a story seats a named government
    in a capital (a rival administration, as in a divided country), the capital as an actor and
    "the Tripoli government" are that government, not the whole state.

    >>> seated_governments.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'seated_governments'
    """
    seated: dict[str, str] = {}
    for start, end, key in found.mention_spans:
        words = {w.lower() for w in found.actors[key].label.split()}
        if found.actors[key].type != "GOVERNMENT" or not key.startswith("org/") or not words & ADMINISTRATIONS:
            continue  # (a government by name: not "the Department of Foreign Affairs in Manila")
        after = end + 3 if doc[end:end + 3].text.startswith("(") and doc[end + 2:end + 3].text == ")" else end
        # (past its acronym: "the Government of National Unity (GNU) in Tripoli", however the parser hangs "in")
        if after + 1 < len(doc) and doc[after].lower_ == "in" and gaz.is_capital(doc[after + 1].text):
            seated.setdefault(doc[after + 1].lower_, key)
    if not seated:
        return
    for start, end, key in list(found.mention_spans):
        span = doc[start:end]
        capital = next((t.lower_ for t in span if t.lower_ in seated), None)
        if capital is None or found.actors[key].type != "STATE":
            continue
        if end - start == 1 or any(t.lower_ in ADMINISTRATIONS for t in span):
            found.replace(span, found.actors[seated[capital]], "gazetteer")


@functools.lru_cache(maxsize=1)
def ruling_governments() -> frozenset[str]:
    """Keys of the governments known by name that rule, or claim, a divided state (``data/ruling_governments.txt``).

    >>> "org/government-of-national-unity" in ruling_governments()
    True
    """
    return read_words(DATA_DIR / "ruling_governments.txt")


def ruling_government(actor: Actor) -> bool:
    """Whether ``actor`` is a government known by name that rules a divided state or claims to
    ("the Government of National Unity"), not one of its bodies or regions.

    >>> gaz = Gazetteer.load()
    >>> ruling_government(gaz.actor("org/government-of-national-unity"))
    True
    >>> ruling_government(gaz.actor("org/kurdistan-regional-government")), ruling_government(gaz.actor("state/LBY"))
    (False, False)
    """
    return actor.key in ruling_governments() and bool(actor.country)


def governing(actors) -> dict[str, str]:
    """State key -> the one government known by name that ``actors`` (key -> Actor) hold for it; a
    state two rival governments are named for is left out (which one "the government" is, it is unsaid).

    >>> gaz = Gazetteer.load()
    >>> governing({"org/government-of-national-unity": gaz.actor("org/government-of-national-unity")})
    {'state/LBY': 'org/government-of-national-unity'}
    """
    named: dict[str, set[str]] = {}
    for key, actor in actors.items():
        if ruling_government(actor):
            named.setdefault(actor.country, set()).add(key)
    return {state: next(iter(keys)) for state, keys in named.items() if len(keys) == 1}


def named_governments(doc, found) -> None:
    """ "The government" in a story that names its state's government by name is that government:
    "Libya's Government of National Unity ... the government said" is the GNU, not the whole state,
    which a rival administration disputes. Only a description of the state that is an administration
    word ("the government", "the administration") is taken; "Libya" and "Libyan" stay the state.

    >>> named_governments.__name__  # needs resolved mentions; see tests/actors/test_resolve.py (COREF)
    'named_governments'
    """
    named = governing({key: found.actors[key] for _start, _end, key in found.mention_spans})
    for start, end, key in list(found.mention_spans):
        span = doc[start:end]
        if key in named and all(t.lower_ in ADMINISTRATIONS or t.is_punct for t in span) \
                and any(m.how == "coref" and m.start == span.start_char for m in found.mentions):
            found.replace(span, found.actors[named[key]], "coref")


def opening_phrase(sent) -> range:
    """The token offsets of the phrase of place a sentence opens with ("In Port-au-Prince, ..."), which may
    hold a relative clause of its own; an empty range where it opens otherwise.

    >>> import spacy
    >>> opening_phrase(spacy.blank("en")("Troops left.")[:])
    range(0, 0)
    """
    first = sent[0]
    if first.lower_ != "in" or first.dep_ != "prep":
        return range(0)
    return range(first.i, first.right_edge.i + 1)


def opening_place(token, found, gaz: Gazetteer) -> str | None:
    """The state of the place a sentence opens with, "In <place>,", for a description in that sentence's
    subject: "In Kinshasa, the government spokesman said ..." is Congo's spokesman, whatever state had one
    before; else None.

    >>> opening_place.__name__  # needs resolved mentions; see tests/actors/test_resolve.py (COREF)
    'opening_place'
    """
    sent = token.sent
    first = sent[0]
    if not opening_phrase(sent) or first.head.i != sent.root.i:
        return None
    objects = [o for o in first.children if o.dep_ == "pobj"]
    if not objects or objects[0].right_edge.i + 1 >= sent.end or token.doc[objects[0].right_edge.i + 1].text != ",":
        return None
    subject = next((s for s in sent.root.children if s.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not subject.left_edge.i <= token.i <= subject.i:
        return None
    state = place_state(found.actor(objects[0]), gaz)
    if state is not None:
        found.actors.setdefault(state, gaz.actor(state))
    return state


def place_state(place: Actor | None, gaz: Gazetteer) -> str | None:
    """The key of the state a place actor is, or lies in, where the gazetteer knows that state; else None.

    >>> gaz = Gazetteer.load()
    >>> place_state(gaz.actor("state/COD"), gaz), place_state(None, gaz)
    ('state/COD', None)
    """
    state = place.key if place is not None and place.type == "STATE" else \
        place.country if place is not None and place.type == "LOCATION" else None
    return state if state is not None and gaz.actor(state) is not None else None
