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


#: Prefixes before an irregular verb the lemmatizer may not know with them: "retook", "overthrew".
PREFIXES = ("re", "over", "under", "out", "with", "up")


class VerbLemmas:
    """Repairs the lemma of verbs against ``known`` lemmas (lower case).

    ``irregular`` maps irregular verb forms to their lemmas ("took" -> "take"), so that a
    prefixed verb the lemmatizer does not know is read too: "retook" -> "retake", "overthrew" -> "overthrow";
    and a form it left unlemmatised: "froze" -> "freeze".

    >>> doc = VerbLemmas(["retake", "overthrow"], {"took": "take", "threw": "throw"})(_verbs("retook", "overthrew"))
    >>> [t.lemma_ for t in doc]
    ['retake', 'overthrow']
    """

    def __init__(self, known: Iterable[str], irregular: dict[str, str] | None = None) -> None:
        self.known = frozenset(known)
        self.irregular = irregular or {}

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if _verb_read_as_adjective(token) and any(s in self.known for s in inflection_stems(token.lower_)):
                token.pos_, token.tag_ = "VERB", "VBD"  # "Police in Tbilisi dispersed(ADJ) protesters"
            if token.pos_ != "VERB" or token.lemma_.lower() in self.known:
                continue
            word = token.lower_
            again = [f"{p}{self.irregular[word[len(p):]]}" for p in PREFIXES
                     if word.startswith(p) and word[len(p):] in self.irregular]  # "retook", "overthrew"
            own = [self.irregular[word]] if word in self.irregular else []
            for stem in [*inflection_stems(word), *again, *own]:
                if stem in self.known:
                    token.lemma_ = stem
                    if stem in own and token.tag_ == "VB":  # "froze" left as it is and tagged a bare verb:
                        token.tag_ = "VBN" if word.endswith("en") else "VBD"  # the model's table says "freeze"
                    break
        return doc


def _verb_read_as_adjective(token) -> bool:
    """Whether the tagger took a past-tense verb for an adjective: an "-ed" word with a subject and a
    direct object of its own (no adjective has an object)."""
    deps = {c.dep_ for c in token.children}
    return token.pos_ == "ADJ" and token.lower_.endswith("ed") and "nsubj" in deps and "dobj" in deps


def _verbs(*words: str) -> Doc:
    """A Doc of ``words`` tagged as verbs (for the examples)."""
    import spacy

    return Doc(spacy.blank("en").vocab, words=list(words), pos=["VERB"] * len(words))


@Language.factory(NAME, default_config={"known": []})
def make_verb_lemmas(nlp: Language, name: str, known: list[str]) -> VerbLemmas:
    irregular: dict[str, str] = {}
    if "lemmatizer" in nlp.pipe_names:  # the model's own table of irregular verb forms
        tables = nlp.get_pipe("lemmatizer").lookups
        if tables.has_table("lemma_exc"):
            irregular = {form: lemmas[0] for form, lemmas in tables.get_table("lemma_exc").get("verb", {}).items()
                         if lemmas}
    return VerbLemmas(known, irregular)


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
