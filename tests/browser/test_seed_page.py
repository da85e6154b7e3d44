"""The page `graphbuild build` writes for the sample article (read from ../shared/seed; skipped if absent)."""
from __future__ import annotations

import pytest

from graphbuild.graph.network import actor_network
from graphbuild.store import open_graph

pytestmark = pytest.mark.browser


def test_seed_graph_page(seed_build, seed_path, open_page, tmp_path, expected):
    code, out = seed_build
    assert code == 0
    html = out / "graph.html"
    assert html.is_file()
    net = actor_network(open_graph(str(out / "graph.ttl")))
    p = open_page(html)
    counts = p.counts()
    assert {k: counts[k] for k in ("nodes", "edges", "events")} == expected(net)
    assert counts["events"] > 10
    # the busiest link's evidence is a sentence of the article
    gid = p.js("""(() => { const g = window.graphbuild, vis = g.edges.get();
        vis.sort((a, b) => (b.width - a.width) || (a.id - b.id)); return vis[0].id })()""")
    p.js("gid => window.graphbuild.showEdge(gid)", gid)
    sentences = p.page.locator("#gb-details .gb-evidence").all_inner_texts()
    article = " ".join(seed_path.read_text("utf-8").split())
    assert sentences and all(" ".join(s.split()) in article for s in sentences)
    assert p.remote_requests() == [] and p.errors == []
    p.page.screenshot(path=str(tmp_path / "seed.png"))
