"""export/predictions.py: the evaluation rows, read from the graph with SPARQL, and the scorer's view of them."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from graphbuild.export import export, prediction_rows
from graphbuild.export.predictions import REPORTED
from graphbuild.export.records import event_records
from graphbuild.graph.build import add_results, new_graph
from graphbuild.model import Actor, Document, DocResult, Event, Evidence, Relation


def _load(name: str, path: Path):
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


import sample_results as S  # noqa: E402  (tests/ is on pytest's pythonpath)
SCORER = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "score.py"


@pytest.fixture(scope="module")
def rows():
    return prediction_rows(S.sample_graph())


def _relations(rows, doc=None):
    return {(r["subject"], r["predicate"], r["object"]) for r in rows
            if r["kind"] == "relation" and (doc is None or r["doc"] == doc)}


def test_entity_rows_are_the_mentioned_actors(rows):
    ents = {(r["doc"], r["name"], r["type"]) for r in rows if r["kind"] == "entity"}
    assert ("alpha", "Northland", "STATE") in ents and ("alpha", "Coast Watch", "NGO") in ents
    assert ("alpha", "Ana Vey", "PERSON") in ents
    assert {n for d, n, _ in ents if d == "alpha#2"} == {"Southland", "civilians", "Lakeside", "Riverton"}


def test_event_rows_are_the_reported_events(rows):
    events = [r for r in rows if r["kind"] == "event"]
    reported = [e for e in event_records(S.sample_graph()) if e.factuality in REPORTED]
    assert len(events) == sum(max(1, len(e.sources)) * max(1, len(e.targets)) for e in reported)
    strike = next(r for r in events if r["evidence"].startswith("Northland jets"))
    assert (strike["type"], strike["source"], strike["target"], strike["location"], strike["factuality"],
            strike["claimed_by"], strike["doc"]) == (
        "ASSAULT", "Northland", "Riverton", None, "Asserted", "Coast Watch", "alpha")
    assert {r["factuality"] for r in events} == {"Asserted", "Future"}


@pytest.mark.parametrize("triple, doc, present", [
    (("Northland", "ASSAULT", "Riverton"), "alpha", True),
    (("Southland", "ACCUSE", "Northland"), "alpha", True),
    (("Northland", "CONSULT", "Southland"), "alpha", True),  # symmetric, sources only
    (("Ana Vey", "LEADS", "Northland army"), "alpha", True),  # standing relation with evidence
    (("Riverton", "LOCATED_IN", "Southland"), "alpha", False),  # from the gazetteer, not the text
    (("Northland", "ASSAULT", "Hillford"), "alpha", False),  # hypothetical: in the graph, not a prediction
    (("Southland", "ASSAULT", "civilians"), "alpha#2", True),
    (("Southland", "ASSAULT", "Lakeside"), "alpha#2", False),  # location as target is off by default
    (("Southland", "AID", "Riverton"), "alpha#2", True),
    (("Southland", "CONSULT", "Northland"), "alpha", False),  # one row per pair, not both directions
    (("Northland", "ASSAULT", "Lakeside"), "alpha", False),
])
def test_relation_rows(rows, triple, doc, present):
    assert (triple in _relations(rows, doc)) is present


def test_unreported_events_give_no_rows(rows):
    factualities = {e.factuality for e in event_records(S.sample_graph())}
    assert {"Negated", "Denied", "Hypothetical"} <= factualities  # the sample has them ...
    assert not [r for r in rows if r.get("factuality") in ("Negated", "Denied", "Hypothetical")]  # ... rows don't


def test_location_as_target_can_be_turned_on():
    rows = prediction_rows(S.sample_graph(), location_as_target=True)
    assert ("Southland", "ASSAULT", "Lakeside") in _relations(rows)


def test_target_that_is_a_place_blocks_location_row():
    ev = Evidence("d", "Arland shelled Cobb in Dunmore.", 0, 31, "verb")
    result = DocResult(Document("d", ev.text), actors=(
        S.ACTORS["state/NTH"], S.ACTORS["place/riverton"], S.ACTORS["place/lakeside"]), events=(
        Event("ASSAULT", ev, "shelled", 7, sources=("state/NTH",), targets=("place/riverton",),
              location="place/lakeside"),))
    g = new_graph()
    add_results(g, [result])
    assert _relations(prediction_rows(g, location_as_target=True)) == {("Northland", "ASSAULT", "Riverton")}


def test_people_are_also_coded_by_the_body_they_lead():
    ev = Evidence("d", "Northland army chief Ana Vey met Southland envoys.", 0, 50, "verb")
    lead = Relation("person/ana-vey", "LEADS", "military/nth-army", Evidence("d", ev.text, 0, 50, "title"))
    result = DocResult(Document("d", ev.text), actors=tuple(S.ACTORS[k] for k in (
        "person/ana-vey", "military/nth-army", "state/STH")), events=(
        Event("CONSULT", ev, "met", 30, sources=("person/ana-vey",), targets=("state/STH",)),), relations=(lead,))
    g = new_graph()
    add_results(g, [result])
    rows = prediction_rows(g)
    assert ("Ana Vey", "CONSULT", "Southland") in _relations(rows)
    assert ("Northland army", "CONSULT", "Southland") in _relations(rows)
    assert not _relations(prediction_rows(g, affiliations=False)) >= {("Northland army", "CONSULT", "Southland")}


def test_a_governor_is_not_coded_by_the_place_he_governs():
    from graphbuild.model import Actor
    governor = Actor("person/ola-tem", "Ola Tem", "PERSON")
    region = Actor("place/east-vale", "East Vale", "LOCATION", country="state/STH")
    town = Actor("place/marra", "Marra", "LOCATION", country="state/STH")
    ev = Evidence("d", "East Vale Governor Ola Tem visited Marra on Monday.", 0, 50, "verb")
    lead = Relation(governor.key, "LEADS", region.key, Evidence("d", ev.text, 0, 50, "title"))
    result = DocResult(Document("d", ev.text), actors=(governor, region, town), events=(
        Event("CONSULT", ev, "visited", 27, sources=(governor.key,), targets=(town.key,)),), relations=(lead,))
    g = new_graph()
    add_results(g, [result])
    relations = _relations(prediction_rows(g))
    assert {("Ola Tem", "CONSULT", "Marra"), ("Ola Tem", "LEADS", "East Vale")} <= relations, relations
    assert ("East Vale", "CONSULT", "Marra") not in relations, relations


def test_an_armed_group_or_army_is_not_coded_by_its_country():
    # a people is coded by its country (as CAMEO codes it); an insurgent group is not the state it
    # fights in, and a state's army is an actor of its own (MEMBER_OF its state, a standing relation)
    from graphbuild.model import Actor
    front = Actor("org/valley-front", "Valley Front", "ARMED_GROUP", country="state/STH")
    people = Actor("group/sth-farmers", "Southland farmers", "GROUP", country="state/STH")
    ev = Evidence("d", "The Valley Front attacked Southland farmers and the Northland army.", 0, 66, "verb")
    result = DocResult(Document("d", ev.text), actors=(front, people, S.ACTORS["military/nth-army"],
                                                       S.ACTORS["state/STH"], S.ACTORS["state/NTH"]), events=(
        Event("ASSAULT", ev, "attacked", 16, sources=(front.key,), targets=(people.key, "military/nth-army")),))
    g = new_graph()
    add_results(g, [result])
    relations = _relations(prediction_rows(g))
    assert ("Valley Front", "ASSAULT", "Southland") in relations
    assert not {r for r in relations if "Northland" in (r[0], r[2]) or r[0] == "Southland"}, relations


def test_what_a_state_s_body_does_to_its_own_people_is_not_coded_against_the_state():
    from graphbuild.model import Actor
    police = Actor("gov/sth/police", "Southland police", "GOVERNMENT", country="state/STH")
    people = Actor("group/sth-farmers", "Southland farmers", "GROUP", country="state/STH")
    ev = Evidence("d", "Southland police detained Southland farmers.", 0, 44, "verb")
    result = DocResult(Document("d", ev.text), actors=(police, people, S.ACTORS["state/STH"]), events=(
        Event("COERCE", ev, "detained", 16, sources=(police.key,), targets=(people.key,)),))
    g = new_graph()
    add_results(g, [result])
    relations = _relations(prediction_rows(g))
    assert ("Southland police", "COERCE", "Southland farmers") in relations
    assert ("Southland police", "COERCE", "Southland") not in relations, relations


def test_an_exchange_lists_each_side_against_the_other_never_itself():
    ev = Evidence("d", "Northland and Southland traded accusations.", 0, 43, "verb")
    result = DocResult(Document("d", ev.text), actors=(S.ACTORS["state/NTH"], S.ACTORS["state/STH"]), events=(
        Event("ACCUSE", ev, "traded", 23, sources=("state/NTH", "state/STH"), targets=("state/NTH", "state/STH")),))
    g = new_graph()
    add_results(g, [result])
    events = {(r["source"], r["target"]) for r in prediction_rows(g) if r["kind"] == "event"}
    assert events == {("Northland", "Southland"), ("Southland", "Northland")}


def test_parties_that_agree_together_agree_with_each_other_also_where_the_deal_names_a_third():
    ev = Evidence("d", "Northland and Southland agreed to end the mission against the Front.", 0, 68, "verb")
    front = Actor("org/front", "the Front", "ARMED_GROUP")
    result = DocResult(Document("d", ev.text), actors=(S.ACTORS["state/NTH"], S.ACTORS["state/STH"], front),
                       events=(Event("AGREE", ev, "agreed", 24, sources=("state/NTH", "state/STH"),
                                     targets=("org/front",)),))
    g = new_graph()
    add_results(g, [result])
    relations = {(r["subject"], r["object"]) for r in prediction_rows(g) if r["kind"] == "relation"}
    assert ("Northland", "Southland") in relations and ("Northland", "the Front") in relations


def test_rows_sorted_and_deterministic(rows):
    order = {"entity": 0, "event": 1, "relation": 2}
    keys = [(r["doc"], order[r["kind"]]) for r in rows]
    assert keys == sorted(keys)
    assert prediction_rows(S.sample_graph()) == rows
    assert len({json.dumps(r, sort_keys=True) for r in rows}) == len(rows)


def test_jsonl_file(tmp_path, rows):
    path = export(S.sample_graph(), tmp_path / "p.jsonl")
    assert [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] == rows


def test_rows_score_with_the_reference_scorer(tmp_path, rows):
    if not SCORER.is_file():
        pytest.skip(f"reference scorer not found at {SCORER}")
    score = _load("graphbuild_eval_score", SCORER)
    gold = [{"id": "alpha",
             "entities": [{"name": "Northland", "type": "STATE", "aliases": ["Northern Republic"]},
                          {"name": "Southland", "type": "STATE"}, {"name": "Riverton", "type": "LOCATION"},
                          {"name": "Ana Vey", "type": "PERSON"}],
             "relations": [{"subject": "Northland", "predicate": "ASSAULT", "object": "Riverton"},
                           {"subject": "Southland", "predicate": "ACCUSE", "object": "Northland"},
                           {"subject": "Southland", "predicate": "CONSULT", "object": "Northland"},
                           {"subject": "Ana Vey", "predicate": ["LEADS", "MEMBER_OF"], "object": "Northland army"}],
             "event_types": ["ASSAULT", "ACCUSE", "CONSULT"]}]
    res = score.score(gold, rows)
    assert res["stray_predictions"] == 0  # "alpha#2" is credited to "alpha"
    assert res["relations"]["tp"] == 4 and res["relations"]["recall"] == 1.0
    assert res["entities"]["recall"] == 1.0 and res["entities_typed"]["tp"] == 4
    assert res["event_types"]["recall"] == 1.0


def test_a_minister_of_a_state_is_coded_as_the_state_not_also_as_its_ministry():
    from graphbuild.model import Actor
    ev = Evidence("d", "Northland Defence Minister Ana Vey met Southland envoys.", 0, 55, "verb")
    ministry = Actor("gov/NTH/defense-ministry", "Northland Defence Ministry", "GOVERNMENT", country="state/NTH")
    title = Evidence("d", ev.text, 0, 55, "title")
    result = DocResult(Document("d", ev.text), actors=(
        S.ACTORS["person/ana-vey"], S.ACTORS["state/NTH"], S.ACTORS["state/STH"], ministry), events=(
        Event("CONSULT", ev, "met", 34, sources=("person/ana-vey",), targets=("state/STH",)),), relations=(
        Relation("person/ana-vey", "MEMBER_OF", "state/NTH", title),
        Relation("person/ana-vey", "LEADS", ministry.key, title)))
    g = new_graph()
    add_results(g, [result])
    found = _relations(prediction_rows(g))
    assert ("Northland", "CONSULT", "Southland") in found
    assert ("Northland Defence Ministry", "CONSULT", "Southland") not in found
    assert ("Ana Vey", "LEADS", "Northland Defence Ministry") in found


def _named_rows(text: str, *actors: Actor, doc: str = "d"):
    ev = Evidence(doc, text, 0, len(text), "verb")
    keys = [a.key for a in actors]
    result = DocResult(Document(doc, text), actors=actors, events=(
        Event("ASSAULT", ev, "attacked", 0, sources=(keys[0],), targets=(keys[1],)),))
    g = new_graph()
    add_results(g, [result])
    return prediction_rows(g)


FRONT = Actor("org/vale-front", "Vale Liberation Front", "ARMED_GROUP", aliases=("VLF", "Valley Liberation Front"))
TOWN = Actor("place/marra", "Marra", "LOCATION")
KINDS = Actor("group/gunmen", "gunmen", "ARMED_GROUP", aliases=("attackers", "gunman"))
REBELS = Actor("group/rebels", "rebels", "ARMED_GROUP", aliases=("rebel", "rebel fighters"))
CIVILIANS = Actor("group/civilians", "civilians", "GROUP", aliases=("non-combatants",))


@pytest.mark.parametrize("text, actor, name", [
    # an organisation is named as the document writes it, where it does not write the gazetteer's label
    ("The Valley Liberation Front (VLF) attacked Marra.", FRONT, "Valley Liberation Front"),
    ("The Valley liberation front attacked Marra.", FRONT, "Valley Liberation Front"),  # (up to case)
    ("The VLF attacked Marra.", FRONT, "VLF"),
    # the label where the document writes it, or writes a longer name of which it is part
    ("The Vale Liberation Front, or Valley Liberation Front, attacked Marra.", FRONT, "Vale Liberation Front"),
    ("The vlf attacked Marra.", FRONT, "Vale Liberation Front"),  # (an acronym only in capitals)
    # armed kinds of people are named as written where the text does not write their label (not by their
    # singular, mostly an adjective: "a rebel attack"); other kinds keep their label
    ("The attackers attacked Marra.", KINDS, "attackers"),
    ("Gunmen attacked Marra; the attackers fled.", KINDS, "gunmen"),
    ("A rebel unit attacked Marra.", REBELS, "rebels"),
    ("Rebel fighters attacked Marra.", REBELS, "rebel fighters"),
    ("Non-combatants attacked Marra.", CIVILIANS, "civilians"),
])
def test_an_actor_is_named_as_the_document_writes_it(text, actor, name):
    rows = _named_rows(text, actor, TOWN)
    assert (name, "ASSAULT", "Marra") in _relations(rows), _relations(rows)
    assert {r["name"] for r in rows if r["kind"] == "entity" and r["type"] == actor.type} == {name}


def test_each_document_names_an_actor_its_own_way():
    g = new_graph()
    for doc, text in (("a", "The VLF attacked Marra."), ("b", "The Vale Liberation Front attacked Marra.")):
        ev = Evidence(doc, text, 0, len(text), "verb")
        add_results(g, [DocResult(Document(doc, text), actors=(FRONT, TOWN), events=(
            Event("ASSAULT", ev, "attacked", 0, sources=(FRONT.key,), targets=(TOWN.key,)),))])
    rows = prediction_rows(g)
    assert _relations(rows, "a") == {("VLF", "ASSAULT", "Marra")}
    assert _relations(rows, "b") == {("Vale Liberation Front", "ASSAULT", "Marra")}


def test_an_actor_labelled_two_ways_is_named_by_the_label_its_document_writes():
    g = new_graph()
    for doc, label in (("a", "Vale Front"), ("b", "Vale Liberation Front")):
        text = "The Vale Liberation Front attacked Marra."
        ev = Evidence(doc, text, 0, len(text), "verb")
        front = Actor("org/vale-front", label, "ARMED_GROUP")
        add_results(g, [DocResult(Document(doc, text), actors=(front, TOWN), events=(
            Event("ASSAULT", ev, "attacked", 0, sources=(front.key,), targets=(TOWN.key,)),))])
    assert _relations(prediction_rows(g), "a") == {("Vale Liberation Front", "ASSAULT", "Marra")}
