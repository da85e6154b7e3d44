"""Small graphs of the project's graph shape, made without NLP: for tests, docs and benchmarks.

:func:`sample_graph` reads an invented conflict from ``sample.toml`` (every name
and sentence in it is fiction); :func:`synthetic_graph` makes a large seeded
random graph (e.g. 5,000 actors) to check that pages stay usable.

>>> g = sample_graph()
>>> len(g) > 100
True
"""
from __future__ import annotations

import random
import tomllib
from collections import defaultdict
from importlib import resources

from rdflib import Graph

from graphbuild.errors import DataError
from graphbuild.graph.build import add_results, new_graph
from graphbuild.model import (ACTOR_TYPES, EVENT_TYPES, Actor, Casualty, Document, DocResult, Event, Evidence,
                              Relation)

__all__ = ["sample_graph", "synthetic_graph", "sample_results"]

_FACTUALITY = {  # factuality name -> Event fields
    "Asserted": {}, "Negated": {"polarity": "negative"}, "Hypothetical": {"modality": "hypothetical"},
    "Future": {"modality": "future"}, "Denied": {},
}


def _event(spec: dict, evidence: Evidence) -> Event:
    """An Event from a dict shaped like a ``[[event]]`` table of sample.toml."""
    trigger = spec.get("trigger", spec["type"].lower())
    at = evidence.text.find(trigger)
    return Event(
        type=spec["type"], evidence=evidence, trigger=trigger,
        trigger_start=evidence.start + max(at, 0),
        sources=tuple(spec.get("sources", ())), targets=tuple(spec.get("targets", ())),
        location=spec.get("location"), mode=spec.get("mode"), date=spec.get("date"),
        claimed_by=spec.get("claimed_by"), denied_by=spec.get("denied_by"),
        weapons=tuple(spec.get("weapons", ())),
        casualties=tuple(Casualty(kind=c["kind"], count=c.get("count"), qualifier=c.get("qualifier"),
                                  victims=c.get("victims")) for c in spec.get("casualties", ())),
        **_FACTUALITY[spec.get("factuality", "Asserted")])


def sample_results() -> list[DocResult]:
    """The invented conflict of ``sample.toml`` as :class:`~graphbuild.model.DocResult` records.

    >>> [r.document.id for r in sample_results()]
    ['klow-herald-1', 'klow-herald-2']
    """
    try:
        data = tomllib.loads(resources.files("graphbuild.viz").joinpath("sample.toml").read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:  # pragma: no cover - packaging error
        raise DataError(f"graphbuild/viz/sample.toml: {e}") from e
    actors = tuple(Actor(key=a["key"], label=a["label"], type=a["type"], qid=a.get("qid"),
                         aliases=tuple(a.get("aliases", ())), country=a.get("country"), lat=a.get("lat"),
                         lon=a.get("long")) for a in data["actor"])
    texts: dict[str, list[str]] = defaultdict(list)
    events: dict[str, list[Event]] = defaultdict(list)
    relations: dict[str, list[Relation]] = defaultdict(list)

    def evidence(doc: str, sentence: str, extractor: str) -> Evidence:
        start = sum(len(t) + 1 for t in texts[doc])
        texts[doc].append(sentence)
        return Evidence(doc, sentence, start, start + len(sentence), extractor)

    for spec in data["event"]:
        events[spec["doc"]].append(_event(spec, evidence(spec["doc"], spec["sentence"], "verb")))
    first = data["document"][0]["id"]
    for r in data["relation"]:
        ev = evidence(r["doc"], r["sentence"], "apposition") if r.get("sentence") else None
        relations[r.get("doc", first)].append(Relation(r["subject"], r["predicate"], r["object"], ev))
    return [DocResult(document=Document(id=d["id"], text=" ".join(texts[d["id"]]), title=d.get("title"),
                                        date=d.get("date")),
                      actors=actors if d["id"] == first else (),
                      events=tuple(events[d["id"]]), relations=tuple(relations[d["id"]]))
            for d in data["document"]]


def sample_graph() -> Graph:
    """The invented conflict of ``sample.toml`` as a graph (12 actors, 12 events, 3 relations).

    Written by :func:`graphbuild.graph.build.add_results`, so it has the real graph shape.

    >>> from graphbuild.graph.namespace import GB
    >>> g = sample_graph()
    >>> sum(1 for _ in g.subjects(GB.ploverType, None))
    12
    """
    g = new_graph()
    add_results(g, sample_results())
    return g


def synthetic_graph(actors: int = 5000, *, events: int | None = None, seed: int = 7) -> Graph:
    """A seeded random graph with ``actors`` actors and ``events`` events (default 3 per actor).

    Participants are drawn with a preferential bias, so a few hubs emerge as in real
    news; about a tenth of the events are denied, claimed or hypothetical.

    >>> from graphbuild.graph.namespace import GB
    >>> g = synthetic_graph(50, events=80)
    >>> sum(1 for _ in g.subjects(GB.ploverType, None))
    80
    """
    rnd = random.Random(seed)
    n_events = actors * 3 if events is None else events
    keys = [f"synthetic/a{i:05d}" for i in range(actors)]
    people = tuple(Actor(key, f"Actor {i}", ACTOR_TYPES[i % len(ACTOR_TYPES)], aliases=(f"A{i}",))
                   for i, key in enumerate(keys))
    docs = max(1, n_events // 20)
    per_doc: dict[int, list[Event]] = defaultdict(list)
    weights = [1.0 / (i + 1) ** 0.8 for i in range(actors)]
    facts = ["Asserted"] * 17 + ["Denied", "Hypothetical", "Negated"]
    for j in range(n_events):
        typ = EVENT_TYPES[rnd.randrange(len(EVENT_TYPES))]
        s, t = rnd.choices(range(actors), weights=weights, k=2)
        if s == t and actors > 1:
            t = (t + 1 + rnd.randrange(actors - 1)) % actors
        month, day = rnd.randint(1, 12), rnd.randint(1, 28)
        fact = rnd.choice(facts)
        d = j % docs
        sentence = f"Actor {s} and Actor {t} were involved in a {typ.lower()} event (report {j})."
        start = len(per_doc[d]) * 100
        spec = {"type": typ, "sources": [keys[s]], "targets": [keys[t]], "date": f"2020-{month:02d}-{day:02d}",
                "factuality": fact, "trigger": "involved",
                "denied_by": keys[s] if fact == "Denied" else None}
        per_doc[d].append(_event(spec, Evidence(f"synthetic-{d:04d}", sentence, start, start + len(sentence),
                                                "verb")))
    g = new_graph()
    add_results(g, [DocResult(document=Document(id=f"synthetic-{d:04d}", text="", title=f"Synthetic report {d}",
                                                date=f"2020-{d % 12 + 1:02d}-01"),
                              actors=people if d == 0 else (), events=tuple(per_doc[d]))
                    for d in range(docs)])
    return g
