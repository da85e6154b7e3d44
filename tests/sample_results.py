"""Hand-built DocResults about two invented countries, shared by the graph, export, query and CLI tests.

tests/ is on pytest's ``pythonpath`` (pyproject.toml), so test modules import it directly:

    import sample_results as S
"""
from __future__ import annotations

from graphbuild.model import Actor, Casualty, Document, DocResult, Event, Evidence, Mention, Relation

ALPHA_TEXT = (
    "Northland jets struck Riverton on Monday, killing at least 12 civilians, the Coast Watch monitor said. "
    "Southland accused Northland of targeting markets. "
    "Northland denied bombing the clinic in Riverton. "
    "Officials from Northland and Southland met in Lakeside. "
    "Northland did not shell Hillford. "
    "Northland may strike Hillford next week. "
    "General Ana Vey leads the Northland army."
)
#: The first sentence of ALPHA_TEXT: the evidence of the Northland -> Riverton strike.
STRIKE = ALPHA_TEXT.split(". ")[0] + "."
BETA_TEXT = (
    "Southland troops fired on civilians in Lakeside. "
    "Southland will send aid to Riverton."
)

ACTORS = {
    a.key: a for a in (
        Actor("state/NTH", "Northland", "STATE", qid="Q999999001", aliases=("Northland", "Northern Republic")),
        Actor("state/STH", "Southland", "STATE"),
        Actor("place/riverton", "Riverton", "LOCATION", country="state/STH", lat=35.125, lon=36.75),
        Actor("place/hillford", "Hillford", "LOCATION", country="state/STH", region=True),
        Actor("place/lakeside", "Lakeside", "LOCATION", country="state/STH", lat=34.5, lon=36.0),
        Actor("group/civilians", "civilians", "GROUP"),
        Actor("ngo/coast-watch", "Coast Watch", "NGO"),
        Actor("person/ana-vey", "Ana Vey", "PERSON", aliases=("General Vey",)),
        Actor("military/nth-army", "Northland army", "MILITARY", country="state/NTH"),
    )
}


def _sentence(doc_id: str, text: str, needle: str, extractor: str = "verb") -> Evidence:
    start = text.index(needle)
    end = text.index(".", start) + 1
    return Evidence(doc_id, text[start:end], start, end, extractor)


def _event(doc_id: str, text: str, sentence: str, trigger: str, type_: str, **kw) -> Event:
    ev = _sentence(doc_id, text, sentence)
    return Event(type=type_, evidence=ev, trigger=trigger,
                 trigger_start=ev.start + ev.text.index(trigger), **kw)


def _mentions(doc_id: str, text: str, names: dict[str, str]) -> tuple[Mention, ...]:
    out = []
    for surface, key in names.items():
        start = text.index(surface)
        out.append(Mention(doc_id, start, start + len(surface), surface, key))
    return tuple(out)


def alpha() -> DocResult:
    d, t = "alpha", ALPHA_TEXT
    events = (
        _event(d, t, "Northland jets", "struck", "ASSAULT", sources=("state/NTH",), targets=("place/riverton",),
               mode="aerial", cameo="195", date="2015-09-28", date_text="on Monday",
               claimed_by="ngo/coast-watch", weapons=("jets",),
               casualties=(Casualty("killed", 12, "at-least", "at least 12 civilians", "group/civilians"),)),
        _event(d, t, "Southland accused", "accused", "ACCUSE", sources=("state/STH",), targets=("state/NTH",),
               cameo="112"),
        _event(d, t, "Northland denied", "bombing", "ASSAULT", sources=("state/NTH",),
               location="place/riverton", denied_by="state/NTH"),
        _event(d, t, "Officials from", "met", "CONSULT", sources=("state/NTH", "state/STH"),
               location="place/lakeside"),
        _event(d, t, "Northland did not", "shell", "ASSAULT", sources=("state/NTH",),
               targets=("place/hillford",), polarity="negative"),
        _event(d, t, "Northland may", "strike", "ASSAULT", sources=("state/NTH",), targets=("place/hillford",),
               modality="hypothetical", date="2015-10", date_text="next week"),
    )
    relations = (
        Relation("person/ana-vey", "LEADS", "military/nth-army", _sentence(d, t, "General Ana Vey", "title")),
        Relation("place/riverton", "LOCATED_IN", "state/STH"),
    )
    mentions = _mentions(d, t, {
        "Northland": "state/NTH", "Riverton": "place/riverton", "civilians": "group/civilians",
        "Coast Watch": "ngo/coast-watch", "Southland": "state/STH", "Lakeside": "place/lakeside",
        "Hillford": "place/hillford", "Ana Vey": "person/ana-vey", "Northland army": "military/nth-army",
    })
    keys = sorted({m.actor for m in mentions})
    return DocResult(
        Document(d, t, title="Jets strike Riverton", date="2015-09-29", url="https://news.example/alpha"),
        actors=tuple(ACTORS[k] for k in keys), mentions=mentions, events=events, relations=relations)


def beta() -> DocResult:
    d, t = "alpha#2", BETA_TEXT
    events = (
        _event(d, t, "Southland troops", "fired", "ASSAULT", sources=("state/STH",),
               targets=("group/civilians",), location="place/lakeside", mode="firearms", date="not a date"),
        _event(d, t, "Southland will", "send", "AID", sources=("state/STH",), targets=("place/riverton",),
               modality="future"),
    )
    mentions = _mentions(d, t, {"Southland": "state/STH", "civilians": "group/civilians",
                                "Lakeside": "place/lakeside", "Riverton": "place/riverton"})
    keys = sorted({m.actor for m in mentions})
    return DocResult(Document(d, t, title="Troops fire on crowd", parent="alpha", section="World"),
                     actors=tuple(ACTORS[k] for k in keys), mentions=mentions, events=events)


def results() -> list[DocResult]:
    """Both documents' results, in pipeline order."""
    return [alpha(), beta()]


def sample_graph(store: str = "default"):
    """A fresh graph holding :func:`results`."""
    from graphbuild.graph.build import add_results, new_graph

    g = new_graph(store)
    add_results(g, results())
    return g


def columns(result, *names) -> list[tuple]:
    """The named columns of a query result (``graphbuild.query.run_query``), row by row."""
    idx = [result.vars.index(n) for n in names]
    return [tuple(row[i] for i in idx) for row in result.values()]
