"""analytics/stats.py: centrality, communities, event counts, who-does-what-to-whom, `graphbuild stats`."""
from __future__ import annotations

import json

import pytest

from graphbuild.analytics import format_stats, stats
from graphbuild.cli import main
from graphbuild.viz.sample import sample_graph, synthetic_graph


@pytest.fixture(scope="module")
def sample():
    return sample_graph()


@pytest.fixture(scope="module")
def result(sample):
    return stats(sample)


def test_json_serialisable_and_deterministic(sample, result):
    assert json.dumps(result) == json.dumps(stats(sample_graph()))


@pytest.mark.parametrize("measure", ["degree", "betweenness", "pagerank"])
def test_hub_tops_every_measure(result, measure):
    assert result["top"][measure][0]["label"] == "Borduria"
    values = [r["value"] for r in result["top"][measure]]
    assert values == sorted(values, reverse=True)


def test_degree_counts_event_links(result):
    top = {r["label"]: r["value"] for r in result["top"]["degree"]}
    assert top["Borduria"] == 9 and top["Syldavia"] == 4


def test_summary(result):
    assert result["summary"] == {"actors": 12, "linked_actors": 8, "events": 9, "event_links": 12,
                                 "relations": 3, "documents": 2, "factuality": ["Asserted"]}


def test_event_counts(result):
    assert result["events_by_type"]["ASSAULT"] == 3 and "THREATEN" not in result["events_by_type"]
    assert result["events_by_month"] == {"2021-03": 5, "2021-04": 3, "undated": 1}
    assert result["events_by_factuality"] == {"Asserted": 9, "Denied": 1, "Hypothetical": 1, "Negated": 1}


def test_all_events(sample):
    s = stats(sample, factuality=None)
    assert s["events_by_type"]["THREATEN"] == 1 and s["summary"]["events"] == 12


def test_who_what_whom(result):
    assert result["who_what_whom"][0] == {"source": "Borduria", "type": "ASSAULT", "target": "Szohod", "count": 2}
    assert {"source": "Borduria", "type": "CONSULT", "target": "Syldavia", "count": 1} in result["who_what_whom"]


def test_communities_cover_linked_actors(result):
    members = [m for c in result["communities"] for m in c["members"]]
    assert len(members) == len(set(members)) and "Borduria" in members
    assert [c["size"] for c in result["communities"]] == sorted((c["size"] for c in result["communities"]), reverse=True)


def test_top_limits_lists(sample):
    s = stats(sample, top=2)
    assert all(len(v) == 2 for v in s["top"].values()) and len(s["communities"]) <= 2


def test_big_graph_samples_betweenness_with_seed(monkeypatch):
    import importlib

    stats_module = importlib.import_module("graphbuild.analytics.stats")

    monkeypatch.setattr(stats_module, "EXACT_BETWEENNESS_MAX", 100)  # force the sampled estimate
    g = synthetic_graph(600, events=1200)
    a, b = stats(g, top=5, seed=3), stats(g, top=5, seed=3)
    assert a == b and len(a["top"]["betweenness"]) == 5


def test_format_stats(result):
    text = format_stats(result, rows=3)
    assert text.splitlines()[0].startswith("12 actors")
    assert "Top actors by PageRank" in text and "Communities (Louvain)" in text
    assert "Borduria  ASSAULT  Szohod" in text.replace("   ", "  ") or "ASSAULT" in text
    assert "more (use --json for all)" in text


def test_cli_stats(sample, tmp_path, capsys):
    src = tmp_path / "g.nt"
    sample.serialize(src, format="nt")
    assert main(["stats", str(src), "--json", "--top", "3"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["top"]["degree"]) == 3
    assert main(["stats", str(src), "--all-events"]) == 0
    assert "THREATEN" in capsys.readouterr().out
