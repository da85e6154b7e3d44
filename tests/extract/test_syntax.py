"""Parse helpers on hand-built parses: the parser's known mistakes, fixed where they are read."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from graphbuild.extract.lexicon import Lexicon
from graphbuild.extract.readings import closing_report
from graphbuild.extract.syntax import clause_subject, listed, prep_objects


POS = {"CC": "CCONJ", ",": "PUNCT", "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "VBD": "VERB", "VBG": "VERB", "VBZ": "VERB",
       "IN": "ADP", "CD": "NUM",
       "RP": "ADP", "DT": "DET", ".": "PUNCT"}


def parsed(words, heads, deps, tags, lemmas=None):
    """A Doc with the given parse (heads as absolute indices)."""
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags,
               pos=[POS[t] for t in tags], lemmas=lemmas)


def test_object_taken_for_a_participle_s_subject_is_the_preposition_s():
    # "granted asylum to five officers holed up ...": the parser made "officers" the subject of "holed"
    doc = parsed(["Peru", "granted", "asylum", "to", "five", "officers", "holed", "up"],
                 [1, 1, 1, 1, 5, 6, 1, 6],
                 ["nsubj", "ROOT", "dobj", "prep", "nummod", "nsubj", "advcl", "prt"],
                 ["NNP", "VBD", "NN", "IN", "CD", "NNS", "VBD", "RP"])
    assert [(p, o.text) for p, o in prep_objects(doc[1], {"to"})] == [("to", "officers")]


def test_subject_of_a_marked_clause_is_not_taken():
    # "fled to ... after rebels attacked": a clause of its own, its subject is no object of "to"
    doc = parsed(["Civilians", "fled", "to", "after", "rebels", "attacked"],
                 [1, 1, 1, 5, 5, 1],
                 ["nsubj", "ROOT", "prep", "mark", "nsubj", "advcl"],
                 ["NNS", "VBD", "IN", "IN", "NNS", "VBD"])
    assert list(prep_objects(doc[1], {"to"})) == []


def test_participle_taken_for_the_subject_yields_to_its_noun():
    # "The Red Cross operating in Iraq said ...": "operating" parsed as the subject of "said"
    doc = parsed(["The", "Red", "Cross", "operating", "in", "Iraq", "said"],
                 [2, 2, 3, 6, 3, 4, 6],
                 ["det", "compound", "nsubj", "nsubj", "prep", "pobj", "ROOT"],
                 ["DT", "NNP", "NNP", "VBG", "IN", "NNP", "VBD"])
    assert [t.text for t in clause_subject(doc[6])] == ["Cross"]


def test_a_list_taken_for_an_apposition_is_a_list():
    # "Mali, Burkina Faso and Niger": "Faso" parsed as an apposition of "Mali", "Niger" its conjunct
    doc = parsed(["Mali", ",", "Burkina", "Faso", "and", "Niger", "left"],
                 [6, 0, 3, 0, 3, 3, 6],
                 ["nsubj", "punct", "compound", "appos", "cc", "conj", "ROOT"],
                 ["NNP", ",", "NNP", "NNP", "CC", "NNP", "VBD"])
    assert [t.text for t in listed(doc[0])] == ["Mali", "Faso", "Niger"]


def test_an_apposition_alone_is_no_list():
    # "Mali, a landlocked state": one actor, named twice
    doc = parsed(["Mali", ",", "Sahel", "state", "left"],
                 [4, 0, 3, 0, 4],
                 ["nsubj", "punct", "compound", "appos", "ROOT"],
                 ["NNP", ",", "NNP", "NN", "VBD"])
    assert [t.text for t in listed(doc[0])] == ["Mali"]


def test_two_subjects_of_a_reporting_verb_keep_the_teller():
    # "..., most of them women, the ministry said": the parser made "women" a second subject of "said"
    doc = parsed(["Strikes", "killed", "people", ",", "most", "of", "them", "women", ",", "the", "ministry", "said"],
                 [1, 11, 1, 11, 7, 4, 5, 11, 11, 10, 11, 11],
                 ["nsubj", "ccomp", "dobj", "punct", "nsubj", "prep", "pobj", "nsubj", "punct", "det", "nsubj",
                  "ROOT"],
                 ["NNS", "VBD", "NNS", ",", "NN", "IN", "NNS", "NNS", ",", "DT", "NN", "VBD"])
    assert [s.text for s in clause_subject(doc[11])] == ["ministry"]


def test_two_subjects_keep_the_first_when_the_second_describes_it():
    # "Members of X, a body linked to Y, investigated": the description is an apposition, not the subject
    doc = parsed(["Members", "of", "jurists", ",", "a", "body", ",", "investigated", "abuses"],
                 [7, 0, 1, 7, 5, 7, 5, 7, 7],
                 ["nsubj", "prep", "pobj", "punct", "det", "nsubj", "punct", "ROOT", "dobj"],
                 ["NNS", "IN", "NNS", ",", "DT", "NN", ",", "VBD", "NNS"])
    assert [s.text for s in clause_subject(doc[7])] == ["Members"]


def test_a_subordinator_read_as_a_preposition_leaves_its_clause_its_subject():
    # "drones kill nine as Kyiv strikes a depot": the parser hung "Kyiv" on "as" and made "strikes"
    # a conjunct of "kill"; Kyiv strikes, not the drones
    doc = parsed(["Drones", "kill", "nine", "as", "Kyiv", "strikes", "depot"],
                 [1, 1, 1, 1, 3, 1, 5],
                 ["nsubj", "ROOT", "dobj", "prep", "pobj", "conj", "dobj"],
                 ["NNS", "VBZ", "CD", "IN", "NNP", "VBZ", "NN"])
    assert [t.text for t in clause_subject(doc[5])] == ["Kyiv"]
    # a true conjunct shares the subject: "drones kill nine and wound six"
    doc = parsed(["Drones", "kill", "nine", "and", "wound", "six"],
                 [1, 1, 1, 1, 1, 4],
                 ["nsubj", "ROOT", "dobj", "cc", "conj", "dobj"],
                 ["NNS", "VBZ", "CD", "CC", "VBZ", "CD"])
    assert [t.text for t in clause_subject(doc[4])] == ["Drones"]


def test_a_toll_after_a_charge_the_parser_made_a_clause_of_is_the_accused_s():
    # "X accused troops of firing rounds into the market, killing three": "rounds" parsed as a clause of
    # "accused", "killing" hung on it; the killing is the accused troops', not the accuser's
    words = ["Elder", "accused", "troops", "of", "firing", "rounds", "into", "market", ",", "killing", "three"]
    doc = parsed(words, [1, 1, 1, 1, 3, 1, 5, 6, 5, 5, 9],
                 ["nsubj", "ROOT", "dobj", "prep", "pcomp", "advcl", "prep", "pobj", "punct", "advcl", "dobj"],
                 ["NNP", "VBD", "NNS", "IN", "VBG", "NNS", "IN", "NN", ",", "VBG", "CD"])
    for t, lemma in zip(doc, ["elder", "accuse", "troop", "of", "fire", "round", "into", "market", ",", "kill",
                              "three"]):
        t.lemma_ = lemma
    assert [t.text for t in clause_subject(doc[9])] == ["troops"]


@pytest.mark.parametrize("last,lemma,closing", [("reported", "report", True), ("withdrew", "withdraw", False)])
def test_closing_report_hung_on_an_order(last, lemma, closing):
    # "Goita ordered troops to Gao, radio ORTM reported": the parser sometimes hangs the teller on the order
    doc = parsed(["Goita", "ordered", "troops", "to", "Gao", ",", "radio", "ORTM", last, "."],
                 [1, 1, 1, 1, 3, 1, 7, 8, 1, 1],
                 ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "compound", "nsubj", "ccomp", "punct"],
                 ["NNP", "VBD", "NNS", "IN", "NNP", ",", "NN", "NNP", "VBD", "."],
                 ["Goita", "order", "troop", "to", "Gao", ",", "radio", "ORTM", lemma, "."])
    assert closing_report(doc[8], Lexicon.load()) is closing
