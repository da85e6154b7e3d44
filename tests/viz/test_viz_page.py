"""viz/page.py: the self-contained network page and `graphbuild draw`."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from graphbuild.cli import main
from graphbuild.errors import QueryError
from graphbuild.graph.network import actor_network
from graphbuild.viz import draw, page_data
from graphbuild.viz import page as page_module
from graphbuild.viz.page import _vis_assets, find_actor
from graphbuild.viz.sample import sample_graph, synthetic_graph


@pytest.fixture(scope="module")
def sample():
    return sample_graph()


def _payload(html: str) -> dict:
    m = re.search(r'<script id="gb-data" type="application/json">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


def test_page_is_self_contained(sample, tmp_path):
    html = draw(sample, tmp_path / "g.html").read_text("utf-8")
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=|@import|url\(\s*['\"]?https?:", html, re.I)
    assert "vis.Network" in html and "window.graphbuild" in html
    # the only http(s) URLs are strings inside vis-network (licences, the SVG namespace) and page.js
    vis_js, vis_css = _vis_assets()
    known = vis_js + vis_css + (Path(page_module.__file__).parent / "page.js").read_text("utf-8")
    code = re.sub(r'<script id="gb-data".*?</script>', "", html, flags=re.S)  # data holds IRIs, never fetched
    urls = set(re.findall(r"https?://[^\s\"'<>)]+", code))
    assert urls and all(u in known for u in urls), urls - {u for u in urls if u in known}


def test_same_graph_same_bytes(sample, tmp_path):
    a = draw(sample, tmp_path / "a.html").read_bytes()
    b = draw(sample_graph(), tmp_path / "b.html").read_bytes()
    assert a == b


def test_embeds_every_event_with_factuality(sample):
    d = page_data(sample)
    facts = sorted(e["fact"] for e in d["events"])
    assert len(d["events"]) == actor_network(sample, factuality=None).number_of_edges() == 18
    assert facts.count("Denied") == 1 and facts.count("Hypothetical") == 1 and facts.count("Negated") == 1
    assert d["initial"]["allEvents"] is False


def test_parallel_events_merge_into_one_group(sample):
    d = page_data(sample)
    label = {a["id"]: a["label"] for a in d["actors"]}
    groups = {(label[g["from"]], g["type"], label[g["to"]]): g for g in d["groups"]}
    assault = groups[("Borduria", "ASSAULT", "Szohod")]
    assert len(assault["events"]) == 3  # two asserted strikes and one denied
    assert {d["events"][i]["fact"] for i in assault["events"]} == {"Asserted", "Denied"}
    assert assault["color"] == "#d62728" and assault["arrows"] == "to"
    assert groups[("Borduria", "CONSULT", "Syldavia")]["arrows"] == ""  # symmetric: no arrow


def test_event_details_reach_the_page(sample):
    d = page_data(sample)
    ev = next(e for e in d["events"] if e.get("casualties") == "at least 14 killed")
    assert ev["evidence"].startswith("Bordurian jets bombed") and ev["doc"] == "klow-herald-1"
    assert ev["claimedBy"] == "Medics Without Walls" and ev["location"] == "Szohod"
    un = next(a for a in d["actors"] if a["label"] == "United Nations")
    assert un["qid"] == "Q1065" and un["aliases"] == "UN" and un["type"] == "IGO"


def test_nodes_have_positions_style_and_size(sample):
    d = page_data(sample)
    assert d["options"]["physics"]["enabled"] is False
    for n in d["nodes"]:
        assert isinstance(n["x"], float) and isinstance(n["y"], float) and n["size"] >= 8
    bor = next(n for n in d["nodes"] if n["label"] == "Borduria")
    assert bor["shape"] == "square" and bor["size"] == max(n["size"] for n in d["nodes"])


@pytest.mark.parametrize("focus, depth, expected", [
    ("United Nations", 1, {"United Nations", "Borduria", "Syldavia"}),
    ("UN", 0, {"United Nations"}),
    ("q1065", 1, {"United Nations", "Borduria", "Syldavia"}),
    ("Plekszy", 2, {"General Plekszy", "Bordurian Defence Ministry"}),
])
def test_focus_keeps_the_neighbourhood(sample, focus, depth, expected):
    d = page_data(sample, focus=focus, depth=depth)
    assert {a["label"] for a in d["actors"]} == expected
    assert d["actors"][d["initial"]["focus"]]["label"] in expected


def test_unknown_focus_and_type_raise(sample):
    with pytest.raises(QueryError, match="Atlantis"):
        page_data(sample, focus="Atlantis")
    with pytest.raises(QueryError, match="EXPLODE"):
        page_data(sample, types=["EXPLODE"])


def test_types_restrict_embedded_events(sample):
    d = page_data(sample, types=["assault", "ACCUSE"])
    assert {e["type"] for e in d["events"]} == {"ASSAULT", "ACCUSE"} and d["eventTypes"] == ["ACCUSE", "ASSAULT"]


def test_top_caps_nodes_with_a_note():
    g = synthetic_graph(700, events=1500)
    d = page_data(g)
    assert len(d["actors"]) == 500 and "500 most important" in d["note"]
    small = page_data(g, top=50)
    assert len(small["actors"]) == 50
    assert len(page_data(g, top=0)["actors"]) > 600 and page_data(g, top=0)["note"] == ""


def test_find_actor_prefers_labels(sample):
    net = actor_network(sample)
    assert find_actor(net, "borduria").endswith("state/BOR")
    assert find_actor(net, "Bordurians").endswith("state/BOR")
    assert find_actor(net, "gov/bordurian-defence-ministry").endswith("bordurian-defence-ministry")


def test_write_is_atomic_and_leaves_no_temp(sample, tmp_path):
    out = tmp_path / "deep" / "g.html"
    draw(sample, out)
    draw(sample, out)
    assert [p.name for p in out.parent.iterdir()] == ["g.html"]


def test_cli_draw(sample, tmp_path, capsys):
    src = tmp_path / "g.ttl"
    sample.serialize(src, format="turtle")
    out = tmp_path / "page.html"
    assert main(["draw", str(src), "-o", str(out), "--types", "ASSAULT,ACCUSE", "--min-weight", "2",
                 "--all-events", "--title", "Klow <test>"]) == 0
    html = out.read_text("utf-8")
    d = _payload(html)
    assert d["initial"] == {"allEvents": True, "minWeight": 2, "focus": None, "depth": 2}
    assert {e["type"] for e in d["events"]} == {"ASSAULT", "ACCUSE"}
    assert "<title>Klow &lt;test&gt;</title>" in html
    assert main(["draw", str(src), "-o", str(out), "--focus", "Atlantis"]) == 1
    assert "no actor called 'Atlantis'" in capsys.readouterr().err
    assert main(["draw", str(tmp_path / "missing.ttl"), "-o", str(out)]) == 1
