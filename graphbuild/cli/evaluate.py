"""``graphbuild evaluate GOLD INPUT...``: build, export predictions, score them."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser(
        "evaluate", help="score extraction against gold annotations",
        description="Build a graph from INPUT (JSON Lines or article files), export its predictions "
                    "and print precision, recall and F1 per metric against GOLD.")
    p.add_argument("gold", metavar="GOLD.jsonl")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="JSON Lines documents or article files")
    p.add_argument("--model", default=None, help="an installed spaCy pipeline")
    p.add_argument("--workers", type=int, default=1, metavar="N")
    p.add_argument("--predictions", metavar="FILE", help="also write the predictions (JSON Lines) here")
    p.add_argument("--verbose", action="store_true", help="list misses and extras per document")
    p.add_argument("--json", action="store_true", help="print the whole result as JSON")
    p.add_argument("--events-only", action="store_true",
                   help="predict event relations alone, no standing ones (for gold that annotates only events)")
    p.set_defaults(func=run)


def run(args) -> int:
    from graphbuild.evaluation import format_score, read_jsonl, score
    from graphbuild.export import export
    from graphbuild.pipeline import build

    gold = read_jsonl(args.gold)
    report = build(args.inputs, model=args.model, workers=args.workers)
    for s in report.skipped:
        print(f"graphbuild: skipped {s}", file=sys.stderr)
    if args.predictions:
        path = export(report.graph, Path(args.predictions), "jsonl", standing=not args.events_only)
    else:
        import tempfile

        tmp = tempfile.TemporaryDirectory()
        path = export(report.graph, Path(tmp.name) / "predictions.jsonl", "jsonl", standing=not args.events_only)
    result = score(gold, read_jsonl(path))
    print(json.dumps(result, indent=2) if args.json else format_score(result, verbose=args.verbose))
    return 0
