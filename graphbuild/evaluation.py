"""Score predictions against gold annotations: precision, recall and F1 per metric.

The metric is the evaluation contract's (gold format, name folding, symmetric types,
optional items, ``ID#n`` parts credited to ``ID``), implemented here so that
``graphbuild evaluate`` needs nothing outside the package; a test checks that it
agrees with the reference scorer to the digit.

>>> fold("The Kremlin’s")
'kremlin'
>>> gold = [{"id": "d", "entities": [{"name": "Russia", "type": "STATE", "aliases": ["Moscow"]}],
...          "relations": [{"subject": "Russia", "predicate": "ASSAULT", "object": "Homs"}]}]
>>> pred = [{"doc": "d#1", "kind": "relation", "subject": "Moscow", "predicate": "ASSAULT", "object": "Homs"}]
>>> score(gold, pred)["relations"]["f1"]
1.0
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

from graphbuild.errors import InputError
from graphbuild.model import EVENT_TYPES, SYMMETRIC_TYPES

SYMMETRIC = SYMMETRIC_TYPES | {"ALLY_OF"}
METRICS = ("entities", "entities_typed", "relations", "event_types")


def fold(name: str) -> str:
    """Fold case, accents, possessives and punctuation; drop a leading "the"."""
    s = unicodedata.normalize("NFKD", str(name))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"['\u2019`]s\b", "", s)
    s = re.sub(r"[^\w\s-]", "", s)
    s = re.sub(r"[\s_-]+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def read_jsonl(path: str | Path) -> list[dict]:
    """Rows of a JSON Lines file; a malformed line raises :class:`InputError` naming it."""
    rows = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as e:
                        raise InputError(str(path), f"malformed JSON: {e.msg}", n) from e
    except OSError as e:
        raise InputError(str(path), e.strerror or str(e)) from e
    except UnicodeDecodeError as e:
        raise InputError(str(path), "not UTF-8") from e
    return rows


class _Gold:
    def __init__(self, row: dict):
        self.alias: dict[str, str] = {}
        self.types: dict[str, str] = {}
        self.optional: set[str] = set()
        for e in row.get("entities", []):
            self.types[e["name"]] = e["type"]
            if e.get("optional"):
                self.optional.add(e["name"])
            for a in (e["name"], *e.get("aliases", [])):
                self.alias[fold(a)] = e["name"]
        self.event_types = set(row["event_types"]) if "event_types" in row else None
        self.triples = []
        for t in row.get("relations", []):
            preds = t["predicate"] if isinstance(t["predicate"], list) else [t["predicate"]]
            self.triples.append((self.canon(t["subject"]), set(preds), self.canon(t["object"]),
                                 bool(t.get("optional"))))

    def canon(self, label: str) -> str:
        return self.alias.get(fold(label), fold(label))


def _matches(gold: tuple, s: str, p: str, o: str) -> bool:
    gs, gp, go, _ = gold
    if p not in gp:
        return False
    return (gs, go) == (s, o) or bool(SYMMETRIC & gp) and (go, gs) == (s, o)


def _doc_of(pred_doc: str, ids: list[str]) -> str | None:
    for gid in ids:  # longest first
        if pred_doc == gid or pred_doc.startswith((gid + "#", gid + "/")):
            return gid
    return None


def _prf(t: dict) -> dict:
    p = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 0.0
    r = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), **t}


def score(gold_rows: list[dict], pred_rows: list[dict]) -> dict:
    """Precision, recall and F1 for entities, typed entities, relations and event types, with details."""
    docs = {r["id"]: _Gold(r) for r in gold_rows}
    ids = sorted(docs, key=len, reverse=True)
    got: dict[str, dict[str, set]] = defaultdict(lambda: {"ent": set(), "rel": set(), "ev": set()})
    stray = 0
    for r in pred_rows:
        gid = _doc_of(str(r.get("doc", "")), ids)
        if gid is None:
            stray += 1
            continue
        g, kind = docs[gid], r.get("kind")
        if kind == "entity":
            got[gid]["ent"].add((g.canon(r["name"]), str(r.get("type", "")).upper()))
        elif kind == "relation":
            p = str(r["predicate"]).upper()
            got[gid]["rel"].add((g.canon(r["subject"]), p, g.canon(r["object"])))
            if p in EVENT_TYPES:
                got[gid]["ev"].add(p)
        elif kind == "event":
            got[gid]["ev"].add(str(r.get("type", "")).upper())
    tally = {m: {"tp": 0, "fp": 0, "fn": 0} for m in METRICS}
    detail = {}
    for gid, g in docs.items():
        pred = got[gid]
        hit, extra = set(), []
        for s, p, o in sorted(pred["rel"]):
            found = [i for i, t in enumerate(g.triples) if _matches(t, s, p, o)]
            if not found:
                extra.append((s, p, o))
            hit.update(found)
        missed = [t for i, t in enumerate(g.triples) if i not in hit and not t[3]]
        _add(tally["relations"], sum(1 for i in hit if not g.triples[i][3]), len(extra), len(missed))
        required = set(g.types) - g.optional
        names = {n for n, _ in pred["ent"]}
        _add(tally["entities"], len(names & required), len(names - set(g.types)), len(required - names))
        typed_gold = {(n, g.types[n]) for n in required}
        typed = {(n, t) for n, t in pred["ent"] if n not in g.optional}
        _add(tally["entities_typed"], len(typed & typed_gold), len(typed - typed_gold), len(typed_gold - typed))
        if g.event_types is not None:
            _add(tally["event_types"], len(pred["ev"] & g.event_types), len(pred["ev"] - g.event_types),
                 len(g.event_types - pred["ev"]))
        detail[gid] = {
            "missed_relations": [f'{s} {"|".join(sorted(p))} {o}' for s, p, o, _ in missed],
            "extra_relations": [f"{s} {p} {o}" for s, p, o in extra],
            "missed_entities": sorted(required - names),
            "extra_entities": sorted(names - set(g.types)),
            "missed_event_types": sorted((g.event_types or set()) - pred["ev"]),
            "extra_event_types": sorted(pred["ev"] - g.event_types) if g.event_types is not None else [],
        }
    result: dict = {"stray_predictions": stray, "documents": len(docs)}
    result.update({m: _prf(tally[m]) for m in METRICS})
    result["detail"] = detail
    return result


def _add(t: dict, tp: int, fp: int, fn: int) -> None:
    t["tp"] += tp
    t["fp"] += fp
    t["fn"] += fn


def format_score(result: dict, *, verbose: bool = False) -> str:
    """The score as text: one line per metric (and, verbose, each miss and extra)."""
    lines = []
    if verbose:
        for gid, d in result["detail"].items():
            lines.append(f"== {gid}")
            lines.extend(f"  {k}: {x}" for k, v in d.items() for x in v)
    if result["stray_predictions"]:
        lines.append(f"{result['stray_predictions']} predictions name no gold document")
    for k in METRICS:
        m = result[k]
        if m["tp"] + m["fp"] + m["fn"]:
            lines.append(f"{k}: P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f} "
                         f"(tp={m['tp']} fp={m['fp']} fn={m['fn']})")
    return "\n".join(lines)
