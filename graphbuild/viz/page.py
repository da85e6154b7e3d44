"""Write the interactive network page: one self-contained HTML file, no network access.

pyvis assembles the vis-network nodes and edges; the page itself is our own
template (``template.html`` + ``page.js`` + ``page.css``) with vis-network's JS
and CSS inlined from the copy pyvis ships, so nothing is fetched from a CDN.
Positions come from :mod:`graphbuild.viz.layout` (physics off), so even 5,000
actors are usable in seconds, and the same graph gives the same bytes.

All events, whatever their factuality, are embedded and filtered in the page;
by default only asserted ones are shown.

>>> import tempfile, pathlib
>>> from graphbuild.viz.sample import sample_graph
>>> out = draw(sample_graph(), pathlib.Path(tempfile.mkdtemp()) / "g.html")
>>> "window.graphbuild" in out.read_text()
True
"""
from __future__ import annotations

import html
import json
import math
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from string import Template

import networkx as nx
from rdflib import Graph

from graphbuild.errors import DataError, ExportError, QueryError
from graphbuild.graph.network import actor_network, collapse, pagerank
from graphbuild.model import ACTOR_TYPES, EVENT_TYPES, RELATION_TYPES
from graphbuild.viz.layout import layout
from graphbuild.viz.styles import load_styles

__all__ = ["draw", "render", "page_data", "find_actor", "DEFAULT_TOP"]

#: Nodes shown when ``top`` is not given (the most important ones); ``top=0`` shows all.
DEFAULT_TOP = 500
_VIS_VERSION = "vis-9.1.2"
_EVENT_FIELDS = (("date", "date"), ("date_end", "dateEnd"), ("location", "location"),
                 ("claimed_by", "claimedBy"), ("denied_by", "deniedBy"), ("casualties", "casualties"),
                 ("weapons", "weapons"), ("evidence", "evidence"), ("doc", "doc"), ("mode", "mode"))


def _asset(name: str) -> str:
    try:
        return resources.files("graphbuild.viz").joinpath(name).read_text("utf-8")
    except OSError as e:  # pragma: no cover - packaging error
        raise DataError(f"graphbuild/viz/{name}: {e}") from e


def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS from the copy inside the pyvis package."""
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "lib" / _VIS_VERSION
    try:
        return ((lib / "vis-network.min.js").read_text("utf-8"), (lib / "vis-network.css").read_text("utf-8"))
    except OSError as e:
        raise DataError(f"pyvis does not ship {lib.name}/vis-network: {e}") from e


def find_actor(net: nx.MultiDiGraph, name: str) -> str:
    """The node of ``net`` named by ``name``: IRI, key, label, alias or Wikidata id (case-insensitive).

    Exact label matches win over aliases, then keys and ids; raises
    :class:`~graphbuild.errors.QueryError` when nothing matches.

    >>> net = nx.MultiDiGraph()
    >>> net.add_node("id:1", label="Syldavia", aliases="Kingdom of Syldavia", key="state/SYL", qid="Q1")
    >>> find_actor(net, "kingdom of syldavia"), find_actor(net, "Q1")
    ('id:1', 'id:1')
    """
    want = name.strip().casefold()
    tiers: list[list[str]] = [[], [], []]
    for node, d in net.nodes(data=True):
        if want == str(d.get("label", "")).casefold():
            tiers[0].append(node)
        elif want in {a.strip().casefold() for a in str(d.get("aliases", "")).split(";") if a.strip()}:
            tiers[1].append(node)
        elif want in {str(node).casefold(), str(d.get("key", "")).casefold(), str(d.get("qid", "")).casefold()}:
            tiers[2].append(node)
    for tier in tiers:
        if tier:
            return min(tier, key=lambda v: (-net.degree(v), str(v)))
    raise QueryError(f"no actor called {name!r} in the graph")


def _pick(net: nx.MultiDiGraph, *, focus, depth, top) -> tuple[list, str | None, str]:
    """The nodes to embed (sorted), the focused node, and a note for the page."""
    linked = nx.MultiDiGraph()
    linked.add_edges_from(net.edges(keys=True))
    note = ""
    focus_node = None
    candidates = set(linked.nodes)
    if focus:
        focus_node = find_actor(net, focus)
        reach = nx.single_source_shortest_path_length(linked.to_undirected(as_view=True), focus_node,
                                                      cutoff=max(0, depth)) if focus_node in linked else {}
        candidates = set(reach) | {focus_node}
    limit = DEFAULT_TOP if top is None else top
    if limit and len(candidates) > limit:
        rank = pagerank(collapse(linked.subgraph(candidates)))
        keep = sorted(candidates, key=lambda v: (-rank.get(v, 0.0), str(v)))[:limit]
        if focus_node is not None and focus_node not in keep:
            keep[-1] = focus_node
        note = (f"Showing the {limit:,} most important of {len(candidates):,} connected actors "
                f"(graphbuild draw --top N to change; --top 0 shows all).")
        candidates = set(keep)
    return sorted(candidates, key=str), focus_node, note


def page_data(graph: Graph, *, focus: str | None = None, depth: int = 2, types: Iterable[str] | None = None,
              min_weight: int = 1, top: int | None = None, title: str | None = None,
              factuality: Iterable[str] | None = None, all_events: bool = False, seed: int = 42) -> dict:
    """Everything the page shows, as JSON-ready data (see :func:`draw` for the arguments).

    >>> from graphbuild.viz.sample import sample_graph
    >>> d = page_data(sample_graph())
    >>> len(d["actors"]), len(d["events"])  # linked actors only; every event, whatever its factuality
    (11, 18)
    """
    from pyvis.network import Network

    styles = load_styles()
    types = None if types is None else [t.strip().upper() for t in types if t.strip()]
    unknown = sorted(set(types or ()) - set(EVENT_TYPES) - set(RELATION_TYPES))
    if unknown:
        raise QueryError(f"unknown event type(s): {', '.join(unknown)}")
    net = actor_network(graph, factuality=factuality, types=types)
    actors_total = net.number_of_nodes()
    nodes, focus_node, note = _pick(net, focus=focus, depth=depth, top=top)
    index = {v: i for i, v in enumerate(nodes)}
    sub = net.subgraph(nodes)

    # groups: one drawn edge per (source, target, type); symmetric types ignore direction
    groups: dict[tuple, list] = defaultdict(list)
    events: list[dict] = []
    for u, v, key, d in sorted(sub.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        a, b = (min(u, v), max(u, v)) if d.get("symmetric") else (u, v)
        ev = {"type": d["type"], "fact": d.get("factuality", "Asserted"), "iri": d.get("event", "")}
        for attr, name in _EVENT_FIELDS:
            if d.get(attr) not in (None, ""):
                ev[name] = d[attr]
        groups[(index[a], index[b], d["type"], bool(d.get("symmetric")))].append(len(events))
        events.append(ev)

    simple = collapse(sub)
    rank = pagerank(simple)
    pos = layout(simple, importance=rank, seed=seed)
    top_rank = max(rank.values(), default=1.0) or 1.0
    big = len(nodes) > 1000

    pv = Network(directed=True, cdn_resources="in_line")
    actors = []
    for v in nodes:
        d = net.nodes[v]
        colour, shape = styles.node(d.get("type", ""))
        size = round(8 + 22 * math.sqrt(rank.get(v, 0.0) / top_rank), 1)
        x, y = pos.get(v, (0.0, 0.0))
        pv.add_node(index[v], label=d.get("label", v), shape=shape, size=size, x=x, y=y,
                    color={"background": colour, "border": "#ffffff",
                           "highlight": {"background": colour, "border": "#111111"},
                           "hover": {"background": colour, "border": "#111111"}},
                    title=f"{d.get('label', v)} ({d.get('type', '?')})")
        actor = {"id": index[v], "iri": v, "label": d.get("label", v), "type": d.get("type", "")}
        for attr in ("key", "qid", "aliases", "country"):
            if d.get(attr):
                actor[attr] = d[attr]
        actors.append(actor)

    pair_seen: dict[tuple, int] = defaultdict(int)
    for gid, ((a, b, typ, symmetric), members) in enumerate(sorted(groups.items())):
        k = pair_seen[(min(a, b), max(a, b))]
        pair_seen[(min(a, b), max(a, b))] += 1
        smooth = False if k == 0 else {"enabled": True, "type": "curvedCW" if k % 2 else "curvedCCW",
                                       "roundness": round(0.18 * ((k + 1) // 2), 2)}
        pv.add_edge(a, b, id=gid, type=typ, color=styles.edge(typ), smooth=smooth, events=members,
                    arrows="" if symmetric else "to")
    vis_nodes, vis_groups = pv.nodes, pv.edges

    present = sorted({e["type"] for e in events}, key=lambda t: (EVENT_TYPES + RELATION_TYPES).index(t)
                     if t in EVENT_TYPES + RELATION_TYPES else 99)
    dates = sorted(e[k] for e in events for k in ("date", "dateEnd") if e.get(k))
    return {
        "title": title or "graphbuild network",
        "note": note,
        "actorsTotal": actors_total,
        "initial": {"allEvents": bool(all_events), "minWeight": max(1, int(min_weight)),
                    "focus": index.get(focus_node) if focus_node is not None else None,
                    "depth": max(0, int(depth))},
        "big": big,
        "styles": {"node": {t: list(styles.node(t)) for t in ACTOR_TYPES},
                   "edge": {t: styles.edge(t) for t in (*EVENT_TYPES, *RELATION_TYPES)},
                   "group": {t: styles.edge_group(t) for t in (*EVENT_TYPES, *RELATION_TYPES)}},
        "eventTypes": present,
        "actorTypes": sorted({a["type"] for a in actors},
                             key=lambda t: ACTOR_TYPES.index(t) if t in ACTOR_TYPES else 99),
        "dateRange": [dates[0][:10], dates[-1][:10]] if dates else None,
        "nodes": vis_nodes,
        "groups": vis_groups,
        "actors": actors,
        "events": events,
        "options": _options(big),
    }


def _options(big: bool) -> dict:
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 1},
        "interaction": {"hover": not big, "tooltipDelay": 150, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "keyboard": {"enabled": True, "bindToWindow": False},
                        "multiselect": False},
        "nodes": {"borderWidth": 1.5, "font": {"size": 14, "face": "system-ui, sans-serif",
                                                "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "edges": {"smooth": False, "selectionWidth": 2, "hoverWidth": 1.5,
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
                  "font": {"size": 10, "align": "middle", "strokeWidth": 3, "strokeColor": "#ffffff",
                           "face": "system-ui, sans-serif"},
                  "color": {"inherit": False, "opacity": 0.85}},
    }


def _script_json(data) -> str:
    text = json.dumps(data, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render(data: dict) -> str:
    """The page's HTML for :func:`page_data`'s output.

    >>> from graphbuild.viz.sample import sample_graph
    >>> page = render(page_data(sample_graph()))
    >>> "<script src" in page or "<link" in page
    False
    """
    vis_js, vis_css = _vis_assets()
    return Template(_asset("template.html")).substitute(
        title=html.escape(data["title"]), vis_css=vis_css, page_css=_asset("page.css"),
        vis_js=vis_js, page_js=_asset("page.js"), data=_script_json(data))


def draw(graph: Graph, path, *, focus: str | None = None, depth: int = 2, types: Iterable[str] | None = None,
         min_weight: int = 1, top: int | None = None, title: str | None = None,
         factuality: Iterable[str] | None = None, all_events: bool = False) -> Path:
    """Write ``graph``'s actor network as one self-contained interactive HTML page at ``path``.

    ``focus`` (a label, alias, key or Wikidata id) keeps that actor's neighbourhood
    up to ``depth`` hops; ``types`` keeps those event/relation types; ``min_weight``
    is the page's initial minimum of events per drawn edge; ``top`` keeps the most
    important actors (default :data:`DEFAULT_TOP`, ``0`` for all); ``factuality``
    limits the embedded events (default: all, filtered in the page);
    ``all_events`` makes the page start with claimed/denied/hypothetical events shown.
    The file is written atomically; returns its path.

    >>> import tempfile, pathlib
    >>> from graphbuild.viz.sample import sample_graph
    >>> p = draw(sample_graph(), pathlib.Path(tempfile.mkdtemp()) / "g.html", focus="Syldavia", depth=1)
    >>> p.suffix
    '.html'
    """
    path = Path(path)
    page = render(page_data(graph, focus=focus, depth=depth, types=types, min_weight=min_weight, top=top,
                            title=title, factuality=factuality, all_events=all_events))
    parent = path.parent if str(path.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(page)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as e:
        raise ExportError(f"{path}: cannot write: {e}") from e
    return path
