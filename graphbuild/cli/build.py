"""``graphbuild build``: articles in; ``graph.ttl``, ``graph.html`` and ``triples.jsonl`` out."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

OUTPUTS = {"graph.ttl": "ttl", "triples.jsonl": "jsonl"}
HTML = "graph.html"
EXIT_NOTHING_READ = 2
EXIT_SOME_SKIPPED = 3


def register(sub) -> None:
    from graphbuild.store import store_help

    p = sub.add_parser(
        "build", help="build the graph from articles",
        description="Read articles (seed-format or plain text files, JSON Lines, folders, - for stdin), "
                    "extract actors, events and relations, and write graph.ttl, graph.html and "
                    "triples.jsonl. With no ARTICLES, the bundled example is used.")
    p.add_argument("articles", nargs="*", metavar="ARTICLES", help="files, folders, or - for standard input")
    p.add_argument("-o", "--output", default="output", metavar="DIR", help="output folder (default: output/)")
    p.add_argument("--store", default="memory", metavar="SPEC", help=store_help())
    p.add_argument("--date", type=_iso_date, default=None, metavar="YYYY-MM-DD",
                   help="publication date of articles that give none; relative dates (\"on Monday\", \"last "
                        "week\") resolve against it (default: none, such dates stay as text)")
    p.add_argument("--model", default=None, help="an installed spaCy pipeline (default: en_core_web_sm)")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="NLP processes on this machine")
    p.add_argument("--dask", default=None, metavar="ADDRESS", help="send extraction to a Dask scheduler")
    p.add_argument("--no-html", action="store_true", help="do not draw graph.html")
    p.add_argument("--no-files", action="store_true",
                   help="write only to --store, not the files in DIR (for large persistent stores)")
    p.add_argument("--strict", action="store_true", help=f"exit {EXIT_SOME_SKIPPED} when any input is skipped")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="show a progress bar (default: on a terminal, when there are more than a few documents)")
    p.add_argument("-q", "--quiet", action="store_true", help="print no summary")
    p.set_defaults(func=run)


def _iso_date(text: str) -> str:
    """A ``--date`` value checked as a calendar date (argparse prints the error and exits 2)."""
    import datetime

    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def _progress_bar(enabled: bool | None):
    from tqdm import tqdm

    state = {"bar": None, "n": 0}
    show = sys.stderr.isatty() if enabled is None else enabled

    def tick(_result) -> None:
        state["n"] += 1
        if state["bar"] is None and show and state["n"] > 3:
            state["bar"] = tqdm(desc="documents", unit="doc", initial=state["n"] - 1, file=sys.stderr)
        if state["bar"] is not None:
            state["bar"].update(1)

    def close() -> None:
        if state["bar"] is not None:
            state["bar"].close()

    return tick, close


def summary(report, outputs: list[Path]) -> str:
    """The one-screen summary of a build."""
    lines = [f"documents: {report.documents}"]
    for title, counter in (("actors", report.actors), ("events", report.events),
                           ("relations", report.relations)):
        total = sum(counter.values())
        parts = ", ".join(f"{k} {v}" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))
        lines.append(f"{title}: {total}" + (f" ({parts})" if parts else ""))
    lines.append(f"triples: {len(report.graph)}")
    for path in outputs:
        lines.append(f"wrote {path}")
    for s in report.skipped:
        lines.append(f"skipped {s}")
    return "\n".join(lines)


def run(args) -> int:
    from graphbuild.ingest import example_paths
    from graphbuild.pipeline import build
    from graphbuild.store import close_graph

    articles = args.articles or [str(p) for p in example_paths()]
    tick, close = _progress_bar(args.progress)
    try:
        report = build(articles, store=args.store, model=args.model, workers=args.workers,
                       dask=args.dask, progress=tick, date=args.date)
    finally:
        close()
    for s in report.skipped:
        print(f"graphbuild: skipped {s}", file=sys.stderr)
    if report.documents == 0:
        print("graphbuild: error: no document could be read", file=sys.stderr)
        return EXIT_NOTHING_READ
    try:
        written = _write_outputs(report.graph, args)
        if not args.quiet:
            print(summary(report, written))
    finally:
        close_graph(report.graph)  # flush and release an on-disk store
    if report.skipped and args.strict:
        return EXIT_SOME_SKIPPED
    return 0


def _write_outputs(graph, args) -> list[Path]:
    """graph.ttl, triples.jsonl and graph.html in the output folder (unless --no-files)."""
    from graphbuild.export import export

    written: list[Path] = []
    if not args.no_files:
        out = Path(args.output)
        out.mkdir(parents=True, exist_ok=True)
        for name, fmt in OUTPUTS.items():
            written.append(export(graph, out / name, fmt))
        if not args.no_html:
            from graphbuild.viz import draw

            written.append(draw(graph, out / HTML))
    return written
