"""Throughput: graphbuild's in-process build vs bare spaCy ``nlp.pipe`` on the same texts.

    python benchmarks/throughput.py [-n 150] [--seed 1]

Writes benchmarks/results/throughput.json. The ratio is spaCy time / graphbuild time
(1.0 = graphbuild adds nothing over parsing; target >= 0.7). Model loading and first-use costs are
excluded for the in-process runs (both are warmed up first); the workers=2 run includes
starting the worker processes and loading the model in each.
"""
from __future__ import annotations

import argparse
import time

import report  # noqa: F401 - puts the repo on sys.path
from corpus import generate

from graphbuild.model import Document


def bare_model(spacy, names):
    """The first installed model in ``names``, without graphbuild's components."""
    import importlib

    for name in names:
        try:
            return spacy.load(name, exclude=["senter"])
        except OSError:
            try:
                return importlib.import_module(name).load(exclude=["senter"])
            except ImportError:
                continue
    raise SystemExit("no spaCy model installed")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("-n", type=int, default=150)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    docs = [Document(id=d["id"], text=d["text"], title=d["title"], date=d["date"])
            for d in generate(args.n, seed=args.seed)]
    texts = [d.text for d in docs]

    import spacy

    from graphbuild.nlp import DEFAULT_MODELS
    from graphbuild.pipeline import load_pipeline
    from graphbuild.pipeline import build

    bare = bare_model(spacy, DEFAULT_MODELS)
    load_pipeline()  # graphbuild's pipeline, cached for build()
    build(documents=docs[:2])  # first-use costs (gazetteer, lexicon) outside the timing
    list(bare.pipe(texts[:2]))
    t = time.perf_counter()
    sentences = sum(len(list(doc.sents)) for doc in bare.pipe(texts, batch_size=16))
    spacy_s = time.perf_counter() - t

    t = time.perf_counter()
    result = build(documents=docs)
    gb_s = time.perf_counter() - t
    triples = len(result.graph)

    t = time.perf_counter()
    build(documents=docs, workers=2)
    gb2_s = time.perf_counter() - t

    rows = [
        {"run": "bare spaCy nlp.pipe", "seconds": spacy_s, "sentences/s": sentences / spacy_s, "ratio": 1.0},
        {"run": "graphbuild build (1 process)", "seconds": gb_s, "sentences/s": sentences / gb_s,
         "ratio": spacy_s / gb_s},
        {"run": "graphbuild build --workers 2", "seconds": gb2_s, "sentences/s": sentences / gb2_s,
         "ratio": spacy_s / gb2_s},
    ]
    report.save("throughput", {"documents": args.n, "sentences": sentences, "triples": triples,
                               "seed": args.seed, "model": bare.meta.get("name")},
                rows, ["run", "seconds", "sentences/s", "ratio"],
                notes=f"{args.n} documents, {sentences} sentences, {triples} triples; ratio = spaCy time / "
                      "run time (target >= 0.7). workers=2 includes process start-up and model loading.")


if __name__ == "__main__":
    main()
