"""A seeded synthetic corpus of conflict-news documents, for benchmarks (not for evaluation).

Sentences come from the templates and lexicons in ``benchmarks/corpus.toml``; the same seed
always writes the same file. Each JSON line is one document ``{"id", "date", "title", "text"}``.

    python benchmarks/corpus.py -n 1000 -o /tmp/corpus.jsonl --seed 1
    python benchmarks/corpus.py -n 50 --sentences 1-2 -o small.jsonl   # short documents

>>> docs = list(generate(3, seed=1))
>>> [d["id"] for d in docs], 8 <= docs[0]["text"].count("\\n") + 1 <= 15
(['synth-1-000000', 'synth-1-000001', 'synth-1-000002'], True)
>>> docs == list(generate(3, seed=1))
True
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import tomllib
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "corpus.toml"
SLOT = re.compile(r"\{([a-z_]+?)(\d?)\}")


def _load() -> dict:
    with DATA.open("rb") as f:
        return tomllib.load(f)


def _fill(template: str, lex: dict, rng: random.Random) -> str:
    chosen: dict[str, list[str]] = {}

    def pick(match: re.Match) -> str:
        name, _ = match.group(1), match.group(2)
        if name == "n":
            return str(rng.choice([2, 3, 5, 7, 8, 10, 12, 15, 20, 23, 30, 40, 50, 100]))
        if name == "m":
            return str(rng.randint(2, 60))
        if name == "day":
            return str(rng.randint(1, 28))
        options = [x for x in lex[name] if x not in chosen.get(name, [])] or lex[name]
        value = rng.choice(options)
        chosen.setdefault(name, []).append(value)
        return value

    text = SLOT.sub(pick, template)
    return text[0].upper() + text[1:]


def generate(n: int, *, seed: int = 1, sentences: tuple[int, int] = (8, 15)) -> Iterator[dict]:
    """``n`` documents as dicts, deterministic for a given ``seed``."""
    data = _load()
    lex, templates = data["lexicon"], data["templates"]
    rng = random.Random(seed)
    for i in range(n):
        count = rng.randint(*sentences)
        body = "\n".join(_fill(rng.choice(templates["sentence"]), lex, rng) for _ in range(count))
        yield {
            "id": f"synth-{seed}-{i:06d}",
            "date": f"2015-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "title": _fill(rng.choice(templates["title"]), lex, rng),
            "text": body,
        }


def write(path: Path, n: int, *, seed: int = 1, sentences: tuple[int, int] = (8, 15)) -> Path:
    """Write the corpus to ``path`` atomically; return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for doc in generate(n, seed=seed, sentences=sentences):
                f.write(json.dumps(doc, ensure_ascii=False, sort_keys=True) + "\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("-n", type=int, default=1000, help="number of documents (default 1000)")
    p.add_argument("-o", "--output", default="-", help="output .jsonl (default: standard output)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--sentences", default="8-15", help="sentences per document, MIN-MAX (default 8-15)")
    args = p.parse_args(argv)
    low, _, high = args.sentences.partition("-")
    span = (int(low), int(high or low))
    if args.output == "-":
        for doc in generate(args.n, seed=args.seed, sentences=span):
            sys.stdout.write(json.dumps(doc, ensure_ascii=False, sort_keys=True) + "\n")
    else:
        write(Path(args.output), args.n, seed=args.seed, sentences=span)
    return 0


if __name__ == "__main__":
    sys.exit(main())
