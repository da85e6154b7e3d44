"""Verb lemmas the statistical lemmatizer gets wrong, repaired against a list of known verbs.

spaCy's rule lemmatizer strips "-ed" from "staged" and finds the noun "stag"; the extractors
then miss "stage" as a light verb. ``graphbuild_verb_lemmas`` only annotates: for a verb
whose lemma is not in the list it is given but whose surface form, uninflected, is, it
writes that form as the lemma. The pipeline hands it the verbs its lexicons know.

>>> inflection_stems("staged")
['stag', 'stage']
>>> inflection_stems("shelling")
['shell', 'shelle', 'shel']
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["VerbLemmas", "add_verb_lemmas", "inflection_stems"]

NAME = "graphbuild_verb_lemmas"


def inflection_stems(word: str) -> list[str]:
    """Forms an inflected English verb may come from, most likely first.

    "-ed" and "-ing": the stem, the stem plus "e", the stem with a doubled consonant undone
    ("shelled" -> shell, shel); "-ied" -> "-y"; "-es"/"-s": the stem without them.

    >>> inflection_stems("carried"), inflection_stems("stages")
    (['carry', 'carri', 'carrie'], ['stage', 'stag'])
    """
    out: list[str] = []
    if word.endswith("ied") and len(word) > 4:
        out.append(word[:-3] + "y")
    for suffix in ("ed", "ing"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[:-len(suffix)]
            out += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out += [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    return list(dict.fromkeys(out))


class VerbLemmas:
    """Repairs the lemma of verbs against ``known`` lemmas (lower case)."""

    def __init__(self, known: Iterable[str]) -> None:
        self.known = frozenset(known)

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.pos_ != "VERB" or token.lemma_.lower() in self.known:
                continue
            for stem in inflection_stems(token.lower_):
                if stem in self.known:
                    token.lemma_ = stem
                    break
        return doc


@Language.factory(NAME, default_config={"known": []})
def make_verb_lemmas(nlp: Language, name: str, known: list[str]) -> VerbLemmas:
    return VerbLemmas(known)


def add_verb_lemmas(nlp: Language, known: Iterable[str]) -> Language:
    """Add the verb-lemma repair at the end of ``nlp`` once, knowing ``known`` verbs.

    >>> import spacy
    >>> nlp = add_verb_lemmas(spacy.blank("en"), ["stage"])
    >>> NAME in nlp.pipe_names
    True
    """
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, config={"known": sorted({k.lower() for k in known})})
    return nlp
