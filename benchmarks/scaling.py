"""Build time vs corpus size (1x, 4x, 16x), in process, memory store.

    python benchmarks/scaling.py [--base 25]

Writes benchmarks/results/scaling.json. Model loading and first-use costs are excluded.
"""
from __future__ import annotations

import argparse
import time

import report  # noqa: F401 - puts the repo on sys.path
from corpus import generate

from graphbuild.model import Document


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--base", type=int, default=25, help="documents at 1x (default 25)")
    p.add_argument("--seed", type=int, default=2)
    args = p.parse_args()
    from graphbuild.pipeline import build

    build(texts=["Rebels shelled Homs on Monday."])  # warm up
    all_docs = [Document(id=d["id"], text=d["text"], date=d["date"])
                for d in generate(16 * args.base, seed=args.seed)]
    rows, first = [], None
    for factor in (1, 4, 16):
        docs = all_docs[: factor * args.base]
        sentences = sum(d.text.count("\n") + 1 for d in docs)
        t = time.perf_counter()
        result = build(documents=docs)
        seconds = time.perf_counter() - t
        first = first or seconds
        rows.append({"size": f"{factor}x", "documents": len(docs), "sentences": sentences,
                     "triples": len(result.graph), "seconds": seconds, "sentences/s": sentences / seconds,
                     "time vs 1x": seconds / first})
    report.save("scaling", {"base": args.base, "seed": args.seed}, rows,
                ["size", "documents", "sentences", "triples", "seconds", "sentences/s", "time vs 1x"],
                notes="Linear scaling means 'time vs 1x' close to 4 and 16.")


if __name__ == "__main__":
    main()
