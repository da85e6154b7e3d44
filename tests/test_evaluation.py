"""``graphbuild evaluate`` and :func:`graphbuild.evaluation.score` against the reference scorer.

The dev sets and ``score.py`` are read from ``../shared/eval`` (tests skip when it is
absent); the small gold/prediction rows below are written for these tests.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from graphbuild.evaluation import METRICS, fold, read_jsonl, score
from graphbuild.errors import InputError

FIELDS = ("precision", "recall", "f1", "tp", "fp", "fn")


def reference(eval_dir: Path, gold: Path, pred: Path) -> dict:
    """``score.py --json`` as a subprocess."""
    p = subprocess.run([sys.executable, str(eval_dir / "score.py"), str(gold), str(pred), "--json"],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def dev_set(eval_dir: Path, name: str) -> tuple[Path, Path]:
    dev = eval_dir / "dev"
    if name == "syria-2015-article":
        return dev / "syria-2015-article.gold.jsonl", eval_dir.parent / "seed" / "syria-2015-article.txt"
    return dev / f"{name}.gold.jsonl", dev / f"{name}.input.jsonl"


@pytest.mark.parametrize("name, options", [("syria-2015-article", []), ("plover-gsr", []),
                                           ("plover-gsr", ["--events-only"])])
def test_evaluate_agrees_with_reference_scorer(name, options, eval_dir, tmp_path, capsys):
    from graphbuild.cli import main

    gold, inputs = dev_set(eval_dir, name)
    if not gold.is_file() or not inputs.is_file():
        pytest.skip(f"dev set {name} not found under {eval_dir}")
    predictions = tmp_path / "predictions.jsonl"
    capsys.readouterr()
    code = main(["evaluate", str(gold), str(inputs), "--json", "--predictions", str(predictions), *options])
    out = capsys.readouterr().out
    assert code == 0
    ours = json.loads(out)  # the whole stdout is the JSON document
    assert predictions.is_file() and predictions.stat().st_size > 0
    theirs = reference(eval_dir, gold, predictions)
    assert ours["documents"] == theirs["documents"]
    assert ours["stray_predictions"] == theirs["stray_predictions"] == 0
    for metric in METRICS:
        for f in FIELDS:
            assert ours[metric][f] == theirs[metric][f], (metric, f, ours[metric], theirs[metric])
    assert ours["relations"]["tp"] > 0
    assert ours["detail"] == theirs["detail"]


# --- the metric on rows written for these tests ---------------------------------------------------------

def ent(name, type_, aliases=(), optional=False):
    return {"name": name, "type": type_, "aliases": list(aliases), "optional": optional}


def rel(s, p, o, optional=False):
    return {"subject": s, "predicate": p, "object": o, **({"optional": True} if optional else {})}


def pred_rel(doc, s, p, o):
    return {"doc": doc, "kind": "relation", "subject": s, "predicate": p, "object": o}


def pred_ent(doc, name, type_):
    return {"doc": doc, "kind": "entity", "name": name, "type": type_}


GOLD = [{
    "id": "doc-a",
    "entities": [ent("Ruritania", "STATE", ["Strelsau", "Kremlin", "Ruritanian"]), ent("Borduria", "STATE"),
                 ent("Zenda", "LOCATION"), ent("Rupert", "PERSON", optional=True)],
    "relations": [rel("Ruritania", "CONSULT", "Borduria"), rel("Ruritania", "ASSAULT", "Zenda"),
                  rel("Rupert", "LEADS", "Ruritania", optional=True),
                  rel("Borduria", ["SUPPORT", "AID"], "Zenda")],
    "event_types": ["CONSULT", "ASSAULT", "AID"],
}]


@pytest.mark.parametrize("preds,metric,expected", [
    # a symmetric type is credited in either direction
    ([pred_rel("doc-a", "Borduria", "CONSULT", "Ruritania")], "relations", (1, 0, 2)),
    ([pred_rel("doc-a", "Ruritania", "CONSULT", "Borduria")], "relations", (1, 0, 2)),
    # an asymmetric type is not
    ([pred_rel("doc-a", "Zenda", "ASSAULT", "Ruritania")], "relations", (0, 1, 3)),
    # an optional relation is neither credited nor penalised
    ([pred_rel("doc-a", "Rupert", "LEADS", "Ruritania")], "relations", (0, 0, 3)),
    # a list of predicates accepts any of them
    ([pred_rel("doc-a", "Borduria", "AID", "Zenda")], "relations", (1, 0, 2)),
    # ID#n and ID/x parts are credited to ID
    ([pred_rel("doc-a#1", "Ruritania", "ASSAULT", "Zenda"),
      pred_rel("doc-a/related-2", "Ruritania", "CONSULT", "Borduria")], "relations", (2, 0, 1)),
    # an alias with a possessive and "the" folds to the gold name
    ([pred_rel("doc-a#3", "the Kremlin's", "ASSAULT", "Zenda")], "relations", (1, 0, 2)),
    ([pred_rel("doc-a", "STRELSAU", "ASSAULT", "Zenda")], "relations", (1, 0, 2)),
    # an optional entity is not counted; an unknown one is a false positive
    ([pred_ent("doc-a", "Rupert", "PERSON"), pred_ent("doc-a", "Atlantis", "LOCATION")], "entities", (0, 1, 3)),
    # an alias names the gold entity; the type matters only for entities_typed
    ([pred_ent("doc-a#2", "Ruritanian", "GROUP")], "entities", (1, 0, 2)),
    ([pred_ent("doc-a#2", "Ruritanian", "GROUP")], "entities_typed", (0, 1, 3)),
    ([pred_ent("doc-a#2", "ruritania", "state")], "entities_typed", (1, 0, 2)),
    # a relation whose predicate is an event type counts as that event type
    ([pred_rel("doc-a", "Ruritania", "ASSAULT", "Zenda"),
      {"doc": "doc-a", "kind": "event", "type": "PROTEST"}], "event_types", (1, 1, 2)),
])
def test_score_counts(preds, metric, expected):
    m = score(GOLD, preds)[metric]
    assert (m["tp"], m["fp"], m["fn"]) == expected, m


def test_duplicates_count_once_and_stray_rows_are_reported():
    preds = [pred_rel("doc-a", "Ruritania", "ASSAULT", "Zenda")] * 3 + [
        pred_rel("doc-ab", "Ruritania", "ASSAULT", "Zenda"),  # a different document, not a part of doc-a
        pred_rel("other", "Ruritania", "ASSAULT", "Zenda")]
    result = score(GOLD, preds)
    assert (result["relations"]["tp"], result["relations"]["fp"]) == (1, 0)
    assert result["stray_predictions"] == 2


def test_prf_values():
    preds = [pred_rel("doc-a", "Ruritania", "ASSAULT", "Zenda"), pred_rel("doc-a", "Borduria", "ASSAULT", "Zenda")]
    m = score(GOLD, preds)["relations"]
    assert (m["precision"], m["recall"], m["f1"]) == (0.5, 0.3333, 0.4)


def test_longest_gold_id_wins():
    gold = [{"id": "a", "relations": [rel("X", "ASSAULT", "Y")]},
            {"id": "a#2", "relations": [rel("P", "ASSAULT", "Q")]}]
    result = score(gold, [pred_rel("a#2", "P", "ASSAULT", "Q"), pred_rel("a#1", "X", "ASSAULT", "Y")])
    assert result["relations"]["tp"] == 2 and result["relations"]["fp"] == 0


@pytest.mark.parametrize("name,folded", [
    ("The Kremlin’s", "kremlin"),
    ("the Kremlin's", "kremlin"),
    ("Bashar al-Assad", "bashar al assad"),
    ("Côte d’Ivoire", "cote divoire"),
    ("  U.N.  ", "un"),
    ("Theodore", "theodore"),
])
def test_fold(name, folded):
    assert fold(name) == folded


def test_small_rows_agree_with_reference_scorer(eval_dir, tmp_path):
    preds = [pred_rel("doc-a#1", "Borduria", "CONSULT", "the Kremlin's"), pred_rel("doc-a", "Zenda", "ASSAULT", "X"),
             pred_ent("doc-a", "Strelsau", "STATE"), pred_ent("doc-a", "Rupert", "PERSON"),
             pred_rel("doc-a", "Rupert", "LEADS", "Ruritania"), {"doc": "doc-a", "kind": "event", "type": "AID"}]
    g, p = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    g.write_text("".join(json.dumps(r) + "\n" for r in GOLD), encoding="utf-8")
    p.write_text("".join(json.dumps(r) + "\n" for r in preds), encoding="utf-8")
    ours, theirs = score(read_jsonl(g), read_jsonl(p)), reference(eval_dir, g, p)
    for metric in METRICS:
        assert {f: ours[metric][f] for f in FIELDS} == {f: theirs[metric][f] for f in FIELDS}, metric


def test_read_jsonl_names_the_bad_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a"}\n{not json\n', encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_jsonl(path)
    assert "bad.jsonl" in str(e.value) and "2" in str(e.value)


def test_evaluate_json_stays_json_when_an_input_is_skipped(tmp_path, capsys, nlp):
    from graphbuild.cli import main

    gold, docs = tmp_path / "gold.jsonl", tmp_path / "docs.jsonl"
    gold.write_text(json.dumps({"id": "n1", "relations": [rel("rebels", "ASSAULT", "Zarqa")]}) + "\n",
                    encoding="utf-8")
    docs.write_text(json.dumps({"id": "n1", "text": "Rebels shelled Zarqa on Monday."}) + "\n", encoding="utf-8")
    capsys.readouterr()
    code = main(["evaluate", str(gold), str(docs), str(tmp_path / "missing.jsonl"), "--json"])
    captured = capsys.readouterr()
    assert code == 0
    assert json.loads(captured.out)["documents"] == 1
    assert "missing.jsonl" in captured.err


def test_events_only_leaves_the_standing_relations_out(tmp_path, capsys, nlp):
    from graphbuild.cli import main

    gold, docs = tmp_path / "gold.jsonl", tmp_path / "docs.jsonl"
    gold.write_text(json.dumps({"id": "n1", "relations": [rel("rebels", "ASSAULT", "Zarqa")]}) + "\n",
                    encoding="utf-8")
    docs.write_text(json.dumps({"id": "n1", "text": "Jordanian Prime Minister Omar Tal said rebels shelled Zarqa."})
                    + "\n", encoding="utf-8")
    predicates = {}
    for options in ([], ["--events-only"]):
        out = tmp_path / f"pred{len(options)}.jsonl"
        assert main(["evaluate", str(gold), str(docs), "--json", "--predictions", str(out), *options]) == 0
        capsys.readouterr()
        predicates[bool(options)] = {r["predicate"] for r in read_jsonl(out) if r["kind"] == "relation"}
    assert {"ASSAULT", "LEADS"} <= predicates[False]
    assert "ASSAULT" in predicates[True] and not predicates[True] & {"LEADS", "MEMBER_OF", "ALLY_OF", "LOCATED_IN"}
