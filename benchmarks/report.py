"""Writing benchmark results: ``benchmarks/results/<name>.json`` plus a markdown table on stdout."""
from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # graphbuild importable from the repo


def machine() -> dict:
    """What the figures were measured on."""
    return {"cpus": os.cpu_count(), "python": platform.python_version(), "system": platform.system()}


def table(rows: list[dict], columns: list[str]) -> str:
    """A markdown table of ``rows`` (dicts) with ``columns``."""
    def cell(v):
        return f"{v:,.2f}" if isinstance(v, float) else f"{v:,}" if isinstance(v, int) else str(v)

    out = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    out += ["| " + " | ".join(cell(r.get(c, "")) for c in columns) + " |" for r in rows]
    return "\n".join(out)


def save(name: str, settings: dict, rows: list[dict], columns: list[str], notes: str = "") -> str:
    """Write ``results/<name>.json`` and ``results/<name>.md`` atomically; return the markdown."""
    RESULTS.mkdir(exist_ok=True)
    md = f"### {name}\n\n{table(rows, columns)}\n" + (f"\n{notes}\n" if notes else "")
    data = {"benchmark": name, "machine": machine(), "settings": settings, "rows": rows, "notes": notes}
    for suffix, text in ((".json", json.dumps(data, indent=2, sort_keys=True) + "\n"), (".md", md)):
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=RESULTS)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, RESULTS / f"{name}{suffix}")
    print(md)
    return md
