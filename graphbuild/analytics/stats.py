"""Who matters, who clusters, and who does what to whom: network statistics of a graph.

:func:`stats` returns a JSON-ready dict (deterministic for a given ``seed``);
:func:`format_stats` turns it into a terminal report.

>>> from graphbuild.viz.sample import sample_graph
>>> s = stats(sample_graph(), top=3)
>>> s["top"]["degree"][0]["label"]
'Borduria'
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import networkx as nx
from rdflib import Graph

from graphbuild.graph.namespace import BINDINGS
from graphbuild.graph.network import actor_network, collapse, local_name, pagerank
from graphbuild.model import EVENT_TYPES, RELATION_TYPES

__all__ = ["stats", "format_stats", "EXACT_BETWEENNESS_MAX"]

#: Above this many actors betweenness is estimated from a seeded sample of sources.
EXACT_BETWEENNESS_MAX = 1000

_PREFIXES = "".join(f"PREFIX {k}: <{v}>\n" for k, v in sorted(BINDINGS.items()))
_Q_EVENTS = _PREFIXES + """SELECT ?e ?p ?v WHERE {
  VALUES ?p { gb:ploverType gb:factuality gb:date } ?e ?p ?v }"""
_Q_DOCS = _PREFIXES + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a gb:Document }"


def _event_counts(graph: Graph, facts: set | None) -> tuple[Counter, Counter, Counter]:
    props: dict[str, dict[str, str]] = {}
    for e, p, v in graph.query(_Q_EVENTS):
        slot = props.setdefault(str(e), {})
        name, value = local_name(p), str(v)
        if name not in slot or value < slot[name]:
            slot[name] = value
    by_type, by_month, by_fact = Counter(), Counter(), Counter()
    for p in props.values():
        if "ploverType" not in p:
            continue
        fact = local_name(p.get("factuality", "Asserted"))
        by_fact[fact] += 1
        if facts is not None and fact not in facts:
            continue
        by_type[p["ploverType"]] += 1
        by_month[p["date"][:7] if p.get("date") else "undated"] += 1
    return by_type, by_month, by_fact


def _ranked(values: dict, net: nx.MultiDiGraph, top: int) -> list[dict]:
    best = sorted(values, key=lambda v: (-values[v], net.nodes[v].get("label", ""), v))[:top]
    return [{"actor": v, "label": net.nodes[v].get("label", v), "type": net.nodes[v].get("type", ""),
             "value": round(values[v], 6) if isinstance(values[v], float) else values[v]} for v in best]


def stats(graph: Graph, *, top: int = 10, seed: int = 42,
          factuality: Iterable[str] | None = ("Asserted",)) -> dict:
    """Network statistics of ``graph``'s actors and events, as a JSON-serialisable dict.

    Keys: ``summary`` (counts), ``top`` (``degree``, ``betweenness``, ``pagerank``:
    the ``top`` actors by each, over event links), ``communities`` (Louvain, seeded;
    the ``top`` biggest with their member labels), ``events_by_type``,
    ``events_by_month`` (``YYYY-MM`` or ``undated``), ``events_by_factuality``, and
    ``who_what_whom`` (rows of source, type, target, count, most frequent first).
    Only events of the given ``factuality`` names count (default asserted; ``None``: all).

    >>> from graphbuild.viz.sample import sample_graph
    >>> s = stats(sample_graph())
    >>> s["events_by_type"]["ASSAULT"], s["who_what_whom"][0]
    (3, {'source': 'Borduria', 'type': 'ASSAULT', 'target': 'Szohod', 'count': 2})
    """
    facts = None if factuality is None else set(factuality)
    net = actor_network(graph, factuality=factuality)
    events = nx.MultiDiGraph()
    events.add_nodes_from(net.nodes(data=True))
    events.add_edges_from((u, v, k, d) for u, v, k, d in net.edges(keys=True, data=True)
                          if d.get("type") in EVENT_TYPES)
    linked = sorted(v for v in events if events.degree(v) > 0)
    sub = events.subgraph(linked)
    undirected = collapse(sub)

    degree = {v: sub.degree(v) for v in linked}
    if len(linked) > EXACT_BETWEENNESS_MAX:
        between = nx.betweenness_centrality(undirected, k=EXACT_BETWEENNESS_MAX, seed=seed)
    else:
        between = nx.betweenness_centrality(undirected)
    rank = pagerank(collapse(sub, directed=True))

    communities = []
    if undirected.number_of_edges():
        found = nx.community.louvain_communities(undirected, weight="weight", seed=seed)
        for members in sorted(found, key=lambda c: (-len(c), min(c))):
            if len(members) < 2:
                continue
            ordered = sorted(members, key=lambda v: (-degree.get(v, 0), net.nodes[v].get("label", ""), v))
            communities.append({"size": len(members),
                                "members": [net.nodes[v].get("label", v) for v in ordered]})
    for i, c in enumerate(communities):
        c["id"] = i + 1

    triples = Counter()
    for u, v, d in sub.edges(data=True):
        src, dst = net.nodes[u].get("label", u), net.nodes[v].get("label", v)
        if d.get("symmetric"):
            src, dst = min(src, dst), max(src, dst)
        triples[(src, d["type"], dst)] += 1
    www = [{"source": s, "type": t, "target": o, "count": n}
           for (s, t, o), n in sorted(triples.items(), key=lambda kv: (-kv[1], kv[0]))]

    by_type, by_month, by_fact = _event_counts(graph, facts)
    relations = Counter(d["type"] for _, _, d in net.edges(data=True) if d.get("type") in RELATION_TYPES)
    docs = next(iter(graph.query(_Q_DOCS)), [0])[0]
    order = {t: i for i, t in enumerate(EVENT_TYPES)}
    return {
        "summary": {"actors": net.number_of_nodes(), "linked_actors": len(linked),
                    "events": sum(by_type.values()), "event_links": sub.number_of_edges(),
                    "relations": sum(relations.values()), "documents": int(docs or 0),
                    "factuality": sorted(facts) if facts is not None else "all"},
        "top": {"degree": _ranked(degree, net, top), "betweenness": _ranked(between, net, top),
                "pagerank": _ranked(rank, net, top)},
        "communities": communities[:top],
        "events_by_type": {t: by_type[t] for t in sorted(by_type, key=lambda t: (order.get(t, 99), t))},
        "events_by_month": {m: by_month[m] for m in sorted(by_month)},
        "events_by_factuality": {f: by_fact[f] for f in sorted(by_fact)},
        "relations_by_type": {r: relations[r] for r in RELATION_TYPES if relations[r]},
        "who_what_whom": www,
    }


def _table(rows: list[list[str]], header: list[str]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    fmt = lambda r: "  ".join(str(c).ljust(w) if i < len(r) - 1 else str(c)  # noqa: E731
                              for i, (c, w) in enumerate(zip(r, widths))).rstrip()
    return [fmt(header), fmt(["-" * w for w in widths]), *map(fmt, rows)]


def format_stats(s: dict, *, rows: int = 20) -> str:
    """A plain-text report of :func:`stats` for the terminal (``rows`` caps long tables).

    >>> from graphbuild.viz.sample import sample_graph
    >>> print(format_stats(stats(sample_graph(), top=2)).splitlines()[0])
    12 actors (8 linked by events), 9 events, 12 event links, 3 relations, 2 documents
    """
    m = s["summary"]
    out = [f"{m['actors']} actors ({m['linked_actors']} linked by events), {m['events']} events, "
           f"{m['event_links']} event links, {m['relations']} relations, {m['documents']} documents"]
    if m.get("factuality") != "all":
        out.append(f"counting {', '.join(m['factuality'])} events only")
    for key, title in (("degree", "Top actors by degree (event links)"),
                       ("betweenness", "Top actors by betweenness"), ("pagerank", "Top actors by PageRank")):
        out += ["", title]
        out += _table([[str(i + 1), r["label"], r["type"], f"{r['value']:.4g}" if isinstance(r["value"], float)
                        else str(r["value"])] for i, r in enumerate(s["top"][key])], ["#", "actor", "type", key])
    if s["communities"]:
        out += ["", "Communities (Louvain)"]
        for c in s["communities"]:
            names = ", ".join(c["members"][:8]) + (f", ... (+{c['size'] - 8})" if c["size"] > 8 else "")
            out.append(f"  {c['id']}. [{c['size']}] {names}")
    if s["events_by_type"]:
        out += ["", "Events by type"]
        out += _table([[t, str(n)] for t, n in s["events_by_type"].items()], ["type", "events"])
    if s["events_by_month"]:
        out += ["", "Events by month"]
        out += _table([[k, str(n)] for k, n in s["events_by_month"].items()], ["month", "events"])
    if s["events_by_factuality"]:
        out += ["", "All events by factuality: " + ", ".join(f"{k} {v}" for k, v in s["events_by_factuality"].items())]
    if s["who_what_whom"]:
        out += ["", "Who does what to whom"]
        www = s["who_what_whom"]
        out += _table([[r["source"], r["type"], r["target"], str(r["count"])] for r in www[:rows]],
                      ["source", "event", "target", "count"])
        if len(www) > rows:
            out.append(f"... {len(www) - rows} more (use --json for all)")
    return "\n".join(out)
