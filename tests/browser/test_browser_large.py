"""A 5,000-actor graph: the page must load and become usable (timings are printed, not asserted)."""
from __future__ import annotations

import time

import pytest

from graphbuild.viz import draw
from graphbuild.viz.sample import synthetic_graph

pytestmark = pytest.mark.browser


def test_five_thousand_actors_become_usable(tmp_path, open_page):
    g = synthetic_graph(5000)
    t0 = time.perf_counter()
    out = draw(g, tmp_path / "big.html", top=0)
    t1 = time.perf_counter()
    p = open_page(out, timeout_ms=120_000)
    t2 = time.perf_counter()
    counts = p.counts()
    assert counts["totalNodes"] > 4000 and counts["nodes"] > 4000 and counts["events"] > 10_000
    # still interactive: a filter answers
    t3 = time.perf_counter()
    after = p.js("window.graphbuild.applyFilters({types: ['ASSAULT']})")
    t4 = time.perf_counter()
    assert 0 < after["events"] < counts["events"]
    assert p.remote_requests() == [] and p.errors == []
    print(f"\n5,000 actors: draw {t1 - t0:.1f}s, page ready {t2 - t1:.1f}s, filter {t4 - t3:.2f}s, "
          f"{out.stat().st_size / 1e6:.1f} MB")


def test_default_cap_keeps_page_small(tmp_path, open_page):
    out = draw(synthetic_graph(1200, events=2400), tmp_path / "capped.html")
    p = open_page(out)
    assert p.counts()["totalNodes"] == 500
    assert "500 most important" in p.page.locator("#gb-note").inner_text()
