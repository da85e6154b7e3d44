"""Who talks and between whom a go-between works, where the sentence names the parties elsewhere.

* Talks named with no one holding them ("A and B agreed to a truce after talks in Doha") are held
  by the parties who agreed, or met, in the same sentence.
* A go-between's act with no one named as its parties ("the truce, brokered by Qatar and Turkey",
  "Egypt mediated") is aimed at the parties of the agreement or talks told last before it, or in
  its own sentence: the two sides, not the mediator.

>>> negotiating_parties([])
[]
"""
from __future__ import annotations

from dataclasses import replace

from graphbuild.model import Event

#: Events whose two or more doers are the sides of a negotiation.
NEGOTIATIONS = frozenset({"AGREE", "CONSULT"})
#: At most this many characters between two sentences that follow each other (a space, a line break).
SENTENCE_GAP = 2


def _sides(e: Event) -> tuple[str, ...]:
    """The sides an asserted agreement or meeting of several names, else ()."""
    if e.type in NEGOTIATIONS and e.asserted and len(e.sources) > 1 and not e.targets and e.mode != "mediate":
        return e.sources
    return ()


def negotiating_parties(events: list[Event]) -> list[Event]:
    """``events`` (one document's, any order) with the holders of unowned talks and the parties of
    unaimed mediation filled in, as told in the module docstring.

    >>> from graphbuild.model import Evidence
    >>> ev = Evidence("d", "A and B agreed after talks; C mediated.", 0, 40, "verb")
    >>> agreed = Event("AGREE", ev, "agreed", 6, sources=("state/A", "state/B"))
    >>> talks = Event("CONSULT", ev, "talks", 19, sources=())
    >>> mediated = Event("CONSULT", ev, "mediated", 28, sources=("state/C",), mode="mediate")
    >>> [(e.sources, e.targets) for e in negotiating_parties([agreed, talks, mediated])][1:]
    [(('state/A', 'state/B'), ()), (('state/C',), ('state/A', 'state/B'))]
    """
    ordered = sorted(events, key=lambda e: e.trigger_start)
    out = []
    for e in events:
        if e.type == "CONSULT" and not e.sources and not e.targets:
            sides = next((s for x in ordered if x.evidence.start == e.evidence.start and (s := _sides(x))), ())
            e = replace(e, sources=sides) if sides else e
        elif e.type == "CONSULT" and e.mode == "mediate" and e.sources and not e.targets:
            told = [s for x in ordered if (x.evidence.start == e.evidence.start or 0 <= e.evidence.start
                                           - x.evidence.end <= SENTENCE_GAP) and (s := _sides(x))
                    and not set(s) & set(e.sources)]
            e = replace(e, targets=told[-1]) if told else e
        out.append(e)
    return out
