"""A go-between's act is aimed at the sides of the agreement told in its sentence or the one before.

Every sentence is written for these tests and parsed by the real pipeline; events are (source,
TYPE, target) label triples.
"""
from __future__ import annotations

import pytest

from tests.extract.test_events import triples


@pytest.mark.parametrize("text,expected", [
    ("Ethiopia and Eritrea agreed to a truce on Monday. The deal, brokered by Kenya, takes effect on Friday.",
     {("Kenya", "CONSULT", "Ethiopia"), ("Kenya", "CONSULT", "Eritrea")}),
    ("Armenia and Azerbaijan agreed to reopen the border after a deal mediated by Qatar.",
     {("Qatar", "CONSULT", "Armenia"), ("Qatar", "CONSULT", "Azerbaijan")}),
])
def test_mediator_works_between_the_sides(text, expected, nlp):
    found = triples(text, nlp)
    assert expected <= found, found


@pytest.mark.parametrize("text,absent", [
    # sides told sentences before are not the sides of a later deal
    ("Ethiopia and Eritrea agreed to a truce in 2018. Kenya held elections in August. Trade grew fast. "
     "Qatar mediated a separate deal in March.", ("Qatar", "CONSULT", "Ethiopia")),
    # the mediator is never one of the sides it works between
    ("Egypt and Qatar agreed on a plan, and Egypt mediated the talks.", ("Egypt", "CONSULT", "Egypt")),
])
def test_mediator_without_sides_told_near_it(text, absent, nlp):
    assert absent not in triples(text, nlp)
