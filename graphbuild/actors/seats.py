"""Capitals that stand for an organisation seated there: "Brussels" for the European Union in a
text that names the Union and names Belgium by no other word (``data/seats.csv``).

>>> seats()["brussels"]
'org/european-union'
"""
from __future__ import annotations

import functools

from spacy.tokens import Span

from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.tables import DATA_DIR, read_csv
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
