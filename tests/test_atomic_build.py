"""Crash safety: a build killed with SIGKILL leaves the previous output files and store intact."""
from __future__ import annotations

import importlib.util
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from rdflib import Graph

from graphbuild.graph.namespace import GB, RDF
from graphbuild.store import close_graph, open_graph

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")


def corpus(path: Path, n: int, seed: int) -> Path:
    """A generated corpus of ``n`` short documents (benchmarks/corpus.py)."""
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.write(path, n, seed=seed, sentences=(1, 2))


def run_build(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graphbuild.cli", "build", *args, "-q"], cwd=ROOT,
                          capture_output=True, text=True, timeout=240)


class Build:
    """A ``graphbuild build`` subprocess whose progress bar we watch on stderr."""

    def __init__(self, *args: str):
        self.proc = subprocess.Popen([sys.executable, "-m", "graphbuild.cli", "build", *args, "--progress"],
                                     cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.err = b""
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        while chunk := self.proc.stderr.read1(4096):
            self.err += chunk

    def done(self) -> int:
        found = re.findall(rb"(\d+)doc \[", self.err)
        return int(found[-1]) if found else 0

    def kill_after(self, docs: int, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while self.done() < docs:
            assert self.proc.poll() is None, f"build ended before {docs} documents: {self.err[-500:]!r}"
            assert time.monotonic() < deadline, "build too slow to reach the kill point"
            time.sleep(0.05)
        self.kill()

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    return {"small": corpus(d / "small.jsonl", 3, seed=7), "large": corpus(d / "large.jsonl", 3000, seed=8),
            "medium": corpus(d / "medium.jsonl", 120, seed=9)}


@pytest.fixture(scope="module")
def finished(corpora, tmp_path_factory):
    """An output folder from an earlier, finished build (made once)."""
    out = tmp_path_factory.mktemp("finished") / "out"
    assert run_build(str(corpora["small"]), "-o", str(out), "--no-html").returncode == 0
    return out


@pytest.fixture
def previous(finished, tmp_path):
    """A copy of the finished output folder, and its graph.ttl bytes."""
    out = tmp_path / "out"
    shutil.copytree(finished, out)
    return out, (out / "graph.ttl").read_bytes()


def documents_in(path: Path) -> int:
    return len(set(Graph().parse(path, format="turtle").subjects(RDF.type, GB.Document)))


def test_kill_during_extraction_keeps_previous_files(previous, corpora):
    out, before = previous
    Build(str(corpora["large"]), "-o", str(out), "--no-html").kill_after(80)
    assert (out / "graph.ttl").read_bytes() == before
    assert documents_in(out / "graph.ttl") == 3


def test_kill_while_writing_never_leaves_a_partial_file(previous, corpora):
    out, before = previous
    build = Build(str(corpora["medium"]), "-o", str(out), "--no-html")
    while build.proc.poll() is None:  # kill the moment a temporary output file appears
        if any(p.name.startswith(".") and p.name.endswith(".tmp") for p in out.iterdir()):
            build.kill()
            break
        time.sleep(0.002)
    after = (out / "graph.ttl").read_bytes()
    assert after == before or documents_in(out / "graph.ttl") == 120  # old or whole new, never partial


def test_kill_during_oxigraph_build_keeps_previous_contents(tmp_path, corpora):
    spec = f"oxigraph:{tmp_path / 'store'}"
    assert run_build(str(corpora["small"]), "--store", spec, "--no-files").returncode == 0
    g = open_graph(spec)
    before = set(g)
    close_graph(g)
    Build(str(corpora["large"]), "--store", spec, "--no-files").kill_after(70)  # after a batch of 64
    g = open_graph(spec, read_only=False)  # not locked, not corrupt
    after = set(g)
    close_graph(g)
    assert before and before <= after
    # every document written is whole: each has its id (written in the same transaction)
    docs = {s for s, p, o in after if p == RDF.type and o == GB.Document}
    assert docs and all(any(s == d and p == GB.docId for s, p, o in after) for d in docs)
