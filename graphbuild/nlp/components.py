"""graphbuild's spaCy components: they find, then annotate; the logic lives elsewhere.

* ``graphbuild_newlines`` marks a sentence start after every line break, so a
  headline, a standfirst and each paragraph are parsed as sentences of their own, and after
  a wire dateline ("KYIV, March 4 (Reuters) -"), so its place is no one's subject.
* ``graphbuild_gazetteer`` is a :class:`spacy.pipeline.SpanRuler` filled with the
  patterns it is given (the pipeline passes the actor gazetteer's); it writes the
  known-actor spans to ``doc.spans["graphbuild_gazetteer"]`` with the actor key as span id.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("graphbuild_newlines")
>>> [s.text for s in nlp("A headline\\nA body sentence.").sents]  # doctest: +SKIP
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

GAZETTEER_KEY = "graphbuild_gazetteer"


#: Dashes that close a wire dateline ("KYIV, March 4 (Reuters) - ...").
DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def dateline_end(doc: Doc, start: int) -> int | None:
    """The index of the dash that closes a wire dateline opening at token ``start`` ("KYIV, March 4
    (Reuters) -", "GAZA CITY -"): a place in capitals, then optionally a date and a news agency in
    brackets; None when the paragraph opens with no dateline.

    >>> import spacy
    >>> dateline_end(spacy.blank("en")("KYIV, March 4 (Reuters) - Drones struck."), 0)
    7
    >>> dateline_end(spacy.blank("en")("NATO said on Monday - as expected - that ..."), 0) is None
    True
    >>> dateline_end(spacy.blank("en")("UN Secretary-General Antonio Guterres said"), 0) is None
    True
    """
    i = start
    while i < len(doc) and doc[i].is_alpha and doc[i].is_upper and len(doc[i]) > 1 and i - start < 4:
        i += 1  # the place, in capitals
    if i == start or i >= len(doc):
        return None
    for _ in range(8):  # ", March 4", "(Reuters)"
        if i >= len(doc) or doc[i].text in DATELINE_DASHES:
            break
        if not (doc[i].text in (",", "(", ")", ".") or doc[i].like_num or doc[i].is_title or doc[i].is_upper):
            return None
        i += 1
    # the story's first sentence starts after the dash, with a capital ("UN - a body of ..." is none);
    # a dash with a space before it ("UN Secretary-General" is a title)
    return i if i < len(doc) - 1 and doc[i].text in DATELINE_DASHES and doc[i - 1].whitespace_ \
        and doc[i + 1].text[:1].isupper() else None


@Language.component("graphbuild_newlines")
def newline_sentences(doc: Doc) -> Doc:
    """Start a sentence after each newline token (the parser keeps preset starts), and after a wire
    dateline opening a paragraph, so "KYIV, March 4 -" is no subject of the sentence after it; the
    second word of a line starts none."""
    starts = [0] + [token.i + 1 for token in doc[:-1] if "\n" in token.text]
    for i in starts[1:]:
        doc[i].is_sent_start = True
    for i in starts:
        end = dateline_end(doc, i) if i < len(doc) else None
        if end is not None:
            doc[end + 1].is_sent_start = True
            if end + 3 < len(doc) and not doc[end + 2].is_punct:
                doc[end + 2].is_sent_start = False  # "NAIROBI, Feb 2 - Kenya and Somalia signed": one sentence
        elif i + 2 < len(doc) and not doc[i].is_punct and "\n" not in doc[i + 1].text + doc[i].text:
            doc[i + 1].is_sent_start = False  # no one-word sentence opens a line ("M23 | fighters captured")
    return doc


#: A hyphen after an abbreviation's last full stop joins two words: "U.S.-led" is "U.S." "-" "led",
#: as "US-led" is "US" "-" "led" (spaCy's own rules keep the three as one token).
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"


def add_components(nlp: Language) -> Language:
    """Add the newline splitter before the parser, and split "U.S.-led" as "US-led" is (idempotent).

    >>> import spacy
    >>> [t.text for t in add_components(spacy.blank("en"))("the U.S.-led coalition")]
    ['the', 'U.S.', '-', 'led', 'coalition']
    """
    if "graphbuild_newlines" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("graphbuild_newlines", before=before)
    return abbreviation_hyphens(nlp)


def abbreviation_hyphens(nlp: Language) -> Language:
    """Make ``nlp``'s tokenizer split a hyphen after an abbreviation ("U.S.-led"); the gazetteer's
    patterns are tokenized the same way.

    >>> import spacy
    >>> [t.text for t in abbreviation_hyphens(spacy.blank("en"))("U.N.-backed")]
    ['U.N.', '-', 'backed']
    """
    infixes = [*(nlp.Defaults.infixes or ()), ABBREVIATION_HYPHEN]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


def add_gazetteer(nlp: Language, token_patterns: list[dict]) -> Language:
    """Add the gazetteer rulers once, from SpanRuler token patterns (``LOWER`` or ``ORTH`` a token).

    Phrase patterns (PhraseMatcher) rather than token patterns: several times faster; one ruler
    matches case-insensitive names on LOWER, one case-sensitive names on ORTH.
    """
    if "graphbuild_gazetteer" in nlp.pipe_names:
        return nlp
    lower, exact = phrase_patterns(token_patterns)
    for name, attr, patterns, overwrite in (("graphbuild_gazetteer", "LOWER", lower, True),
                                            ("graphbuild_gazetteer_cased", None, exact, False)):
        ruler = nlp.add_pipe("span_ruler", name=name, config={
            "spans_key": GAZETTEER_KEY, "overwrite": overwrite, "phrase_matcher_attr": attr})
        ruler.add_patterns(patterns)
    return nlp


#: An abbreviation with full stops ("u.s.", "u.n."), written in capitals in a phrase pattern.
ABBREVIATION = re.compile(r"(?:[a-z]\.)+")
#: A shortened word with a full stop ("jr.", "gen."), written with a capital in a phrase pattern.
SHORT_WORD = re.compile(r"[a-z]{2,4}\.")


def phrase_patterns(token_patterns: list[dict]) -> tuple[list[dict], list[dict]]:
    """Token patterns (one ``LOWER`` or ``ORTH`` dict a token) as phrase patterns, split by case.

    >>> phrase_patterns([{"label": "STATE", "id": "state/RUS", "pattern": [{"LOWER": "kremlin"}]},
    ...                  {"label": "IGO", "id": "org/un", "pattern": [{"ORTH": "UN"}]}])
    ([{'label': 'STATE', 'id': 'state/RUS', 'pattern': 'kremlin'}], [{'label': 'IGO', 'id': 'org/un', 'pattern': 'UN'}])
    >>> phrase_patterns([{"label": "PERSON", "id": "person/x", "pattern": [{"LOWER": "marcos"}, {"LOWER": "jr."}]}])[0]
    [{'label': 'PERSON', 'id': 'person/x', 'pattern': 'marcos Jr.'}]
    """
    lower, exact = [], []
    for p in token_patterns:
        attr = next(iter(p["pattern"][0]))
        # (an abbreviation in capitals, as the tokenizer keeps it one token: "u.s." would be "u.s" ".")
        # (and a word's abbreviation with a capital, as the tokenizer knows it: "jr." would be "jr" ".")
        phrase = " ".join(tok[attr].upper() if ABBREVIATION.fullmatch(tok[attr]) else
                          tok[attr].title() if SHORT_WORD.fullmatch(tok[attr]) else tok[attr]
                          for tok in p["pattern"])
        (lower if attr == "LOWER" else exact).append({"label": p["label"], "id": p["id"], "pattern": phrase})
    return lower, exact
