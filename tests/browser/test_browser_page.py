"""The network page in a real headless Chromium: counts, filters, details, search, focus, no network."""
from __future__ import annotations

import pytest

from graphbuild.graph.network import actor_network
from graphbuild.viz import draw
from graphbuild.viz.sample import sample_graph

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def graph():
    return sample_graph()


@pytest.fixture(scope="module")
def html(graph, tmp_path_factory):
    return draw(graph, tmp_path_factory.mktemp("page") / "sample.html", title="Klow sample")


def _sub(d: dict) -> dict:
    return {k: d[k] for k in ("nodes", "edges", "events")}


def test_default_view_matches_python(graph, html, open_page, tmp_path, expected):
    p = open_page(html)
    assert _sub(p.counts()) == expected(actor_network(graph))
    # the DataSets are what is drawn
    assert p.js("window.graphbuild.nodes.length") == expected(actor_network(graph))["nodes"]
    assert p.page.locator("#gb-counts").get_attribute("data-events") == str(expected(actor_network(graph))["events"])
    assert p.errors == []
    p.page.screenshot(path=str(tmp_path / "sample.png"))
    assert (tmp_path / "sample.png").stat().st_size > 10_000


def test_no_request_leaves_the_machine(html, open_page):
    p = open_page(html)
    p.js("window.graphbuild.showNode(window.graphbuild.findActor('United Nations').id)")
    p.page.wait_for_timeout(200)
    assert p.requests and p.remote_requests() == []


def test_unticking_assault_hides_assaults(graph, html, open_page, expected):
    p = open_page(html)
    p.page.locator("[data-etype=ASSAULT]").uncheck()
    want = expected(actor_network(graph, types=[t for t in ("SUPPORT", "AID", "REQUEST", "ACCUSE", "REJECT", "CONSULT",
                                                             "LEADS", "ALLY_OF", "LOCATED_IN")]))
    assert _sub(p.counts()) == want
    labels = p.js("window.graphbuild.edges.get().map(e => e.label)")
    assert labels and not any(label.startswith("ASSAULT") for label in labels)


def test_all_events_toggle_adds_denied_and_hypothetical(graph, html, open_page, expected):
    p = open_page(html)
    p.page.locator("#gb-asserted").uncheck()
    assert _sub(p.counts()) == expected(actor_network(graph, factuality=None))
    assert p.js("window.graphbuild.edges.get().filter(e => e.dashes).length") >= 2  # THREATEN, AGREE
    p.page.locator("#gb-asserted").check()
    assert _sub(p.counts()) == expected(actor_network(graph))


@pytest.mark.parametrize("changes, events", [
    ({"from": "2021-04-01"}, 9),                     # April: 5 event pairs + 3 undated relations + undated SUPPORT
    ({"from": "2021-04-01", "undated": False}, 5),
    ({"to": "2021-03-02", "undated": False}, 3),     # the 1 March strike (2 targets) + the 2 March strike
    ({"minWeight": 2}, 2),                           # only Borduria -> Szohod ASSAULT x2
    ({"actorTypes": ["STATE", "IGO"]}, 6),           # the links among Borduria, Syldavia and the UN
])
def test_filters(html, open_page, changes, events):
    p = open_page(html)
    assert p.js("c => window.graphbuild.applyFilters(c)", changes)["events"] == events


def test_date_inputs_filter(html, open_page):
    p = open_page(html)
    p.page.locator("#gb-from").fill("2021-04-01")
    p.page.locator("#gb-undated").uncheck()
    assert p.counts()["events"] == 5


def test_clicking_an_edge_shows_its_evidence(html, open_page):
    p = open_page(html)
    gid = p.js("""(() => { const g = window.graphbuild, a = g.data.actors;
        const id = l => a.find(x => x.label === l).id;
        return g.data.groups.find(e => e.from === id('Borduria') && e.to === id('Szohod') && e.type === 'ASSAULT').id })()""")
    box = p.page.locator("#gb-network").bounding_box()
    x, y = p.js("""gid => { const n = window.graphbuild.network, e = window.graphbuild.edges.get(gid);
        const a = n.getPosition(e.from), b = n.getPosition(e.to);
        const d = n.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2}); return [d.x, d.y] }""", gid)
    p.page.mouse.click(box["x"] + x, box["y"] + y)
    panel = p.page.locator("#gb-details")
    panel.locator(".gb-evidence").first.wait_for()
    text = panel.inner_text()
    assert "Bordurian jets bombed the outskirts of Szohod" in text
    assert "at least 14 killed" in text and "Medics Without Walls" in text and "klow-herald-1" in text
    assert "Denied" in text and "hidden by filters" in text  # the denied strike is listed, greyed


def test_clicking_a_node_shows_actor_and_wikidata_link(html, open_page):
    p = open_page(html)
    box = p.page.locator("#gb-network").bounding_box()
    x, y = p.js("""(() => { const g = window.graphbuild, id = g.findActor('United Nations').id;
        const d = g.network.canvasToDOM(g.network.getPosition(id)); return [d.x, d.y] })()""")
    p.page.mouse.click(box["x"] + x, box["y"] + y)
    panel = p.page.locator("#gb-details")
    panel.locator("h3").wait_for()
    assert panel.locator("h3").inner_text() == "United Nations"
    assert panel.locator("a").get_attribute("href") == "https://www.wikidata.org/wiki/Q1065"
    assert "IGO" in panel.inner_text() and "UN" in panel.inner_text()


def test_search_then_focus(html, open_page):
    p = open_page(html)
    p.page.locator("#gb-search").fill("Red Lynx")
    p.page.locator("#gb-search").press("Enter")
    assert p.page.locator("#gb-details h3").inner_text() == "Red Lynx Brigade"
    p.page.locator("#gb-depth").fill("1")
    p.page.locator("#gb-depth").dispatch_event("change")
    p.page.locator("#gb-focus-this").click()
    labels = sorted(p.js("window.graphbuild.nodes.get().map(n => n.label)"))
    assert labels == ["Borduria", "Red Lynx Brigade", "Syldavian Army"]
    p.page.locator("#gb-unfocus").click()
    assert p.counts()["nodes"] == 10


def test_initial_focus_and_all_events_from_python(graph, tmp_path, open_page):
    out = draw(graph, tmp_path / "focus.html", focus="Syldavia", depth=1, all_events=True)
    p = open_page(out)
    labels = sorted(p.js("window.graphbuild.nodes.get().map(n => n.label)"))
    assert labels == ["Borduria", "Syldavia", "Szohod", "United Nations"]
    assert p.page.locator("#gb-asserted").is_checked() is False
