"""Long documents are parsed in parts, and their offsets still point into the whole text."""
from __future__ import annotations

import pytest

from graphbuild import pipeline
from graphbuild.model import Document

LINES = [
    "Chadian warplanes bombed rebel camps near Abeche on Monday.",
    "The rebels said Chadian raids killed at least 12 fighters.",
    "Sudan condemned the strikes and summoned the Chadian envoy.",
    "Chad denied targeting civilians in the border region.",
] * 6


@pytest.mark.parametrize("text,limit,expected", [
    ("aaa\nbbb\nccc", 8, [(0, "aaa\nbbb\n"), (8, "ccc")]),
    ("One. Two. Three.", 10, [(0, "One. Two. "), (10, "Three.")]),
    ("abcdefghij", 4, [(0, "abcd"), (4, "efgh"), (8, "ij")]),
    ("short", 100, [(0, "short")]),
])
def test_text_parts(text, limit, expected):
    parts = pipeline.text_parts(text, limit)
    assert parts == expected
    assert "".join(p for _, p in parts) == text


def test_long_document_parsed_in_parts_keeps_offsets(nlp, monkeypatch):
    text = "\n".join(LINES)
    whole = next(pipeline.extract_documents([Document("long", text)], nlp=nlp))
    monkeypatch.setattr(pipeline, "MAX_PART_CHARS", 300)
    assert len(pipeline.text_parts(text, 300)) >= 4
    [parted] = list(pipeline.extract_documents([Document("long", text)], nlp=nlp))
    assert parted.document.text == text
    for e in parted.events:
        assert text[e.evidence.start:e.evidence.end].strip() == e.evidence.text.strip()
        assert text[e.trigger_start:].startswith(e.trigger)
    for m in parted.mentions:
        assert text[m.start:m.end] == m.text
    # the same events as one parse, sentence by sentence (references across parts aside: no line
    # here needs the line before it, as "the raids killed ..." would for who raided)
    assert {(e.type, e.evidence.start) for e in parted.events} == {(e.type, e.evidence.start) for e in whole.events}


def test_rare_full_collections_restores_the_setting_even_nested_and_on_error():
    import gc

    from graphbuild.pipeline import rare_full_collections

    before = gc.get_threshold()
    with rare_full_collections(500):
        assert gc.get_threshold()[2] >= 500
        try:
            with rare_full_collections(500):
                raise RuntimeError("inner build failed")
        except RuntimeError:
            pass
        assert gc.get_threshold()[2] >= 500  # the outer build still runs with it
    assert gc.get_threshold() == before


def test_the_country_a_group_is_coded_by_is_among_the_actors(nlp):
    # "Irish nationalist guerrillas" are coded by Ireland in predictions: the graph must name it
    [r] = pipeline.extract_documents([Document("t", "Irish nationalist guerrillas wounded two British soldiers.")],
                                     nlp=nlp)
    keys = {a.key for a in r.actors}
    assert {a.country for a in r.actors if a.country} <= keys, keys


def test_a_related_story_is_read_in_its_article_s_countries(nlp):
    article = Document("a", "Philippine troops fought communist rebels on Negros island on Monday.")
    story = Document("a#1", "Rebels ambushed a patrol in Samar, the army said.", parent="a")
    results = list(pipeline.extract_documents([article, story], nlp=nlp))
    samar = next(a for a in results[1].actors if a.label == "Samar")
    assert samar.country == "state/PHL"
