"""Readings of a clause the parse leaves implicit or gets wrong (graphbuild.extract.readings).

Each helper runs on a sentence written for it, parsed by the real pipeline.
"""
from __future__ import annotations

import pytest

from graphbuild.actors.resolve import resolve
from graphbuild.extract.lexicon import Lexicon
from graphbuild.extract.readings import at_the_hands, conditions, headline_victims, result_of_mishap


def token(doc, text):
    return next(t for t in doc if t.text == text)


def test_conditions_of_a_threat_and_of_what_it_governs(nlp):
    doc = nlp("Iran threatened to close the strait if the United States attacked its ships.")
    assert [c.text for c in conditions(token(doc, "threatened"))] == ["attacked"]
    assert conditions(token(nlp("Iran closed the strait."), "closed")) == []


def test_agent_at_the_hands_of(nlp):
    doc = nlp("Dozens were killed at the hands of the militia.")
    assert [(p, o.text) for p, o in at_the_hands(token(doc, "killed"))] == [("by", "militia")]


@pytest.mark.parametrize("text,verb,suffered", [
    ("Taliban vows response after civilians killed", "killed", True),  # a headline: no closing stop
    ("Taliban vows response after civilians killed.", "killed", False),  # a sentence's verb is active
    ("Rebels attacked", "attacked", False),  # not a verb of what one suffers
])
def test_headline_victims(text, verb, suffered, nlp):
    doc = nlp(text)
    assert headline_victims(token(doc, verb), resolve(doc, "t")) is suffered


@pytest.mark.parametrize("text,mishap", [
    ("The ferry sank off the coast, killing 40.", True),
    ("A bus crashed on the highway, killing 12.", True),
    ("A car bomb exploded near the base, killing 12.", False),  # a weapon's work
    ("Heavy fighting broke out overnight, killing 25.", False),  # a fight's work
])
def test_result_of_mishap(text, mishap, nlp):
    doc = nlp(text)
    assert result_of_mishap(token(doc, "killing"), Lexicon.load()) is mishap
