"""Argument reach on real parses: what a non-actor object or a complement clause concerns."""
from __future__ import annotations

import pytest

from graphbuild.actors.resolve import resolve
from graphbuild.extract.arguments import clause_reach, object_reach, subtree_reach, unique


def _labels(found, keys):
    return {found.actors[k].label for k in keys}


@pytest.mark.parametrize("text,object_word,expected", [
    ("Ghana rejected a Togolese proposal.", "proposal", {"Togo"}),
    ("Norway welcomed Colombia's efforts.", "efforts", {"Colombia"}),
    ("Chile demanded the release of Bolivian officers.", "release", {"Bolivia"}),
    ("Italy suspended its air links with Serbia.", "links", {"Serbia"}),
])
def test_object_reach(text, object_word, expected, nlp):
    doc = nlp(text)
    found = resolve(doc, "t")
    [obj] = [t for t in doc if t.text == object_word]
    assert expected <= _labels(found, object_reach(obj, found))


def test_object_reach_skips_places(nlp):
    doc = nlp("Ghana rejected the plan for Kumasi.")
    found = resolve(doc, "t")
    [obj] = [t for t in doc if t.text == "plan"]
    assert not object_reach(obj, found, preps=frozenset({"for"}))


def test_clause_reach(nlp):
    doc = nlp("Uganda threatened to cut off electricity to Rwanda.")
    found = resolve(doc, "t")
    [verb] = [t for t in doc if t.text == "cut"]
    assert _labels(found, clause_reach(verb, found)) == {"Rwanda"}


def test_unique_keeps_first_order():
    assert unique(["b", "", "a", "b", None]) == ("b", "a")


@pytest.mark.parametrize("text,trigger,exclude,expected", [
    # complements and their phrases, nearest first
    ("Chile agreed to build a hospital in Bolivia.", "agreed", {"Chile"}, {"Bolivia"}),
    ("Peru pledged to help defend Ecuador if it is invaded.", "pledged", {"Peru"}, {"Ecuador"}),
    # the subject of a governed clause is reached, the event's own subject is not
    ("Kenya demanded that Somalia be barred from the summit.", "demanded", set(), {"Somalia"}),
    ("Kenya welcomed the plan.", "welcomed", set(), set()),
    # circumstances and clauses of time are not what the event is aimed at
    ("Ghana offered to mediate following the raid on Togo.", "offered", {"Ghana"}, set()),
    ("Ghana agreed to talks after Togo closed the border.", "agreed", {"Ghana"}, set()),
])
def test_subtree_reach(text, trigger, exclude, expected, nlp):
    doc = nlp(text)
    found = resolve(doc, "t")
    [tok] = [t for t in doc if t.text == trigger]
    keys = {k for k in found.actors if found.actors[k].label in exclude}
    assert _labels(found, subtree_reach(tok, found, exclude=keys)) == expected


def test_subtree_reach_can_pass_over_places(nlp):
    doc = nlp("The union promised to hold a rally in Kisumu.")
    found = resolve(doc, "t")
    [tok] = [t for t in doc if t.text == "promised"]
    assert _labels(found, subtree_reach(tok, found)) == {"Kisumu"}
    assert subtree_reach(tok, found, places=False) == []
