"""The verb-lemma repair: pure stems, and the component on a real parse."""
from __future__ import annotations

import pytest

from graphbuild.nlp.lemmas import VerbLemmas, inflection_stems


@pytest.mark.parametrize("word,stem", [
    ("staged", "stage"), ("shelled", "shell"), ("carried", "carry"), ("stages", "stage"),
    ("shelling", "shell"), ("bombed", "bomb"), ("hitting", "hit"),
])
def test_stem_among_candidates(word, stem):
    assert stem in inflection_stems(word)


@pytest.mark.parametrize("word", ["UN", "go", "kiss", "was"])
def test_short_or_uninflected_words_give_no_stem(word):
    assert word not in inflection_stems(word)


def test_pipeline_repairs_a_wrong_verb_lemma(nlp):
    doc = nlp("Farmers staged a protest outside the ministry.")
    assert doc[1].lemma_ == "stage"


def test_known_lemmas_are_left_alone(nlp):
    doc = nlp.make_doc("x")
    repair = VerbLemmas(["stage"])
    assert repair(doc) is doc  # nothing to repair on an untagged doc
    doc = nlp("Rebels shelled the town.")
    assert doc[1].lemma_ == "shell"


def test_irregular_re_verb_takes_the_known_lemma(nlp):
    # the model's lemmatizer leaves "retook" alone; its table of irregular forms knows "took"
    doc = nlp("Government forces retook the town.")
    assert [t.lemma_ for t in doc if t.text == "retook"] == ["retake"]
