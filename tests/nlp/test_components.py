"""The sentence splitter: line breaks and wire datelines start sentences; the tokenizer and gazetteer ruler
read abbreviations (real spaCy pipeline)."""
from __future__ import annotations

import pytest
import spacy

from graphbuild.model import Document
from graphbuild.nlp.components import GAZETTEER_KEY, dateline_end
from graphbuild.pipeline import extract_documents


@pytest.mark.parametrize("text,dash", [
    ("KYIV, March 4 - Drones struck the city.", "-"),
    ("BEIRUT (Reuters) - Jets struck the port.", "-"),
    ("NEW YORK, Sept. 30 (AP) -- The council met.", "--"),
    ("GAZA CITY, Oct 9 \u2014 Jets struck a school.", "\u2014"),
])
def test_dateline_is_found(text, dash):
    doc = spacy.blank("en")(text)
    end = dateline_end(doc, 0)
    assert end is not None and doc[end].text == dash


@pytest.mark.parametrize("text", [
    "NATO said on Monday - as expected - that it would meet.",  # a dash inside a sentence
    "UN - a body of 193 states - met.",  # an acronym, then words in lower case
    "KYIV",  # nothing after the place
    "UN Secretary-General Antonio Guterres said the talks would resume.",  # a hyphen in a title
    "EU High Representative-designate Kaja Kallas met the ministers.",
])
def test_no_dateline(text):
    assert dateline_end(spacy.blank("en")(text), 0) is None


def test_dateline_place_is_where_the_story_was_filed(nlp):
    text = "Kyiv and Moscow traded blame.\nKYIV, March 4 - Russian drones struck the Odesa region overnight."
    [r] = extract_documents([Document("t", text)], nlp=nlp)
    label = {a.key: (a.label, a.type) for a in r.actors}
    [strike] = [e for e in r.events if e.trigger == "struck"]
    assert [label[s] for s in strike.sources] == [("Russia", "STATE")]  # not Ukraine as well
    kyiv = [m for m in r.mentions if m.text == "KYIV"]
    assert [label[m.actor] for m in kyiv] == [("Kyiv", "LOCATION")]


def test_the_second_word_of_a_line_starts_no_sentence(nlp):
    text = ("M23 rebels seize mining town as Kinshasa accuses Rwanda\n\nM23 fighters captured the mining town of "
            "Rubaya in North Kivu province on Tuesday, according to local officials.")
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents[1].startswith("M23 fighters captured"), sents


@pytest.mark.parametrize("text,name,key", [
    # names with an abbreviation's full stops are found whole, in any case
    ("The U.N. Security Council met on Friday.", "U.N. Security Council", "org/un-security-council"),
    ("U.S. Central Command said the strike hit a depot.", "U.S. Central Command", "org/centcom"),
    # a hyphen after an abbreviation joins two words, as it does after "US"
    ("The U.S.-led coalition struck a depot.", "U.S.-led coalition", "org/us-led-coalition"),
])
def test_gazetteer_names_with_abbreviations_are_found(text, name, key, nlp):
    doc = nlp(text)
    assert (name, key) in {(s.text, s.id_) for s in doc.spans[GAZETTEER_KEY]}


def test_a_hyphen_after_an_abbreviation_splits_as_after_a_word(nlp):
    assert [t.text for t in nlp("U.S.-backed forces")][:3] == ["U.S.", "-", "backed"]
