"""graphbuild's spaCy components: they find, then annotate; the logic lives elsewhere.

* ``graphbuild_newlines`` marks a sentence start after every line break, so a
  headline, a standfirst and each paragraph are parsed as sentences of their own.
* ``graphbuild_gazetteer`` is a :class:`spacy.pipeline.SpanRuler` filled with the
  patterns it is given (the pipeline passes the actor gazetteer's); it writes the
  known-actor spans to ``doc.spans["graphbuild_gazetteer"]`` with the actor key as span id.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("graphbuild_newlines")
>>> [s.text for s in nlp("A headline\\nA body sentence.").sents]  # doctest: +SKIP
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

GAZETTEER_KEY = "graphbuild_gazetteer"


@Language.component("graphbuild_newlines")
def newline_sentences(doc: Doc) -> Doc:
    """Start a sentence after each newline token (the parser keeps preset starts)."""
    for token in doc[:-1]:
        if "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def add_components(nlp: Language) -> Language:
    """Add the newline splitter before the parser (idempotent)."""
    if "graphbuild_newlines" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("graphbuild_newlines", before=before)
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


def phrase_patterns(token_patterns: list[dict]) -> tuple[list[dict], list[dict]]:
    """Token patterns (one ``LOWER`` or ``ORTH`` dict a token) as phrase patterns, split by case.

    >>> phrase_patterns([{"label": "STATE", "id": "state/RUS", "pattern": [{"LOWER": "kremlin"}]},
    ...                  {"label": "IGO", "id": "org/un", "pattern": [{"ORTH": "UN"}]}])
    ([{'label': 'STATE', 'id': 'state/RUS', 'pattern': 'kremlin'}], [{'label': 'IGO', 'id': 'org/un', 'pattern': 'UN'}])
    """
    lower, exact = [], []
    for p in token_patterns:
        attr = next(iter(p["pattern"][0]))
        phrase = " ".join(tok[attr] for tok in p["pattern"])
        (lower if attr == "LOWER" else exact).append({"label": p["label"], "id": p["id"], "pattern": phrase})
    return lower, exact
