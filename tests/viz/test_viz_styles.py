"""viz/styles.py + styles.toml: one style table covering every actor, event and relation type."""
from __future__ import annotations

import pytest

from graphbuild.errors import DataError
from graphbuild.model import ACTOR_TYPES, EVENT_TYPES, RELATION_TYPES
from graphbuild.viz.styles import SHAPES, load_styles


def test_every_type_has_a_style():
    s = load_styles()
    assert set(s.nodes) == set(ACTOR_TYPES)
    assert set(s.edges) == set(EVENT_TYPES) | set(RELATION_TYPES)
    assert all(shape in SHAPES for _, shape in s.nodes.values())


@pytest.mark.parametrize("typ, colour", [("ASSAULT", "#d62728"), ("ACCUSE", "#f59f00"),
                                         ("CONSULT", "#1c7ed6"), ("AGREE", "#1864ab")])
def test_issue_colours(typ, colour):
    assert load_styles().edge(typ) == colour


def test_node_types_are_told_apart():
    pairs = [load_styles().node(t) for t in ACTOR_TYPES]
    assert len(set(pairs)) == len(pairs)


@pytest.mark.parametrize("text, message", [
    ("[node.STATE]\ncolour='#fff'\nshape='dot'", "GOVERNMENT"),
    ("[node.STATE]\ncolour='red'\nshape='dot'", "bad colour"),
    ("[node.STATE]\ncolour='#fff'\nshape='box'", "shape must be"),
    ("not toml [", "styles.toml"),
])
def test_malformed_tables_raise_data_error(text, message):
    with pytest.raises(DataError, match=message):
        load_styles(text)
