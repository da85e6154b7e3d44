"""Peak memory (RSS) of ``graphbuild build`` as the corpus grows, memory store vs Oxigraph store.

    python benchmarks/memory.py [--sizes 1000,2000,4000] [--sentences 1-3]

Each (store, size) is a fresh ``python -m graphbuild.cli build CORPUS --no-files`` subprocess;
its peak RSS comes from ``os.wait4``. Documents are short (``--sentences``) so the larger sizes
fit the time budget of this 2-core machine. Writes benchmarks/results/memory.json.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import report
from corpus import write

ROOT = Path(__file__).resolve().parents[1]


def measure(corpus: Path, store: str) -> tuple[float, float, int]:
    """(peak RSS MiB, seconds, exit status) of one build subprocess."""
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "graphbuild.cli", "build", str(corpus), "--store", store,
                             "--no-files", "-q"], cwd=ROOT, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss / 1024, time.perf_counter() - t, proc.returncode


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--sizes", default="1000,2000,4000")
    p.add_argument("--sentences", default="1-3")
    p.add_argument("--seed", type=int, default=3)
    p.add_argument("--stores", default="memory,oxigraph", help="which stores to measure")
    p.add_argument("--name", default="memory", help="results file name (benchmarks/results/NAME.json)")
    args = p.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    low, _, high = args.sentences.partition("-")
    tmp = Path(tempfile.mkdtemp(prefix="tmp-memory-", dir=report.RESULTS))
    rows = []
    try:
        for size in sizes:
            corpus = write(tmp / f"corpus-{size}.jsonl", size, seed=args.seed, sentences=(int(low), int(high)))
            for store in args.stores.split(","):
                spec = "memory" if store == "memory" else f"oxigraph:{tmp / f'store-{size}'}"
                rss, seconds, code = measure(corpus, spec)
                rows.append({"store": store, "documents": size, "peak RSS MiB": rss, "seconds": seconds,
                             "exit": code})
                print(rows[-1], file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    report.save(args.name, {"sizes": sizes, "sentences": args.sentences, "seed": args.seed,
                            "stores": args.stores}, rows,
                ["store", "documents", "peak RSS MiB", "seconds", "exit"],
                notes=f"Documents of {args.sentences} sentences; `graphbuild build --no-files` per run "
                      "(so the memory store holds the graph but writes no files).")


if __name__ == "__main__":
    main()
