"""``graphbuild serve`` as a real subprocess: start on a free port, query, stop with SIGTERM."""
from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from graphbuild.store import add_ntriples, close_graph, open_graph
from tests.serve.conftest import SMALL

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.server


class Served:
    def __init__(self, *args: str):
        self.proc = subprocess.Popen([sys.executable, "-m", "graphbuild.cli", "serve", "--port", "0", *args],
                                     cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        line = self.proc.stderr.readline()
        found = re.search(r"at (http://127\.0\.0\.1:\d+)/", line)
        if not found:
            self.proc.kill()
            pytest.fail(f"serve did not start: {line}{self.proc.stderr.read()[:500]}")
        self.url = found.group(1)

    def query(self, text: str):
        qs = urllib.parse.urlencode({"query": text})
        with urllib.request.urlopen(f"{self.url}/sparql?{qs}", timeout=30) as r:
            return json.load(r)

    def update(self, text: str) -> int:
        request = urllib.request.Request(f"{self.url}/sparql", data=text.encode(),
                                         headers={"Content-Type": "application/sparql-update"})
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.status

    def stop(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(15)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()


def test_serve_a_graph_file(tmp_path):
    path = tmp_path / "graph.nt"
    path.write_text(SMALL, encoding="utf-8")
    served = Served(str(path))
    try:
        rows = served.query("SELECT ?l WHERE { ?a a gb:State ; rdfs:label ?l } ORDER BY ?l")
        assert [r["l"]["value"] for r in rows["results"]["bindings"]] == ["Syria", "Turkey"]
    finally:
        assert served.stop() == 0


def test_serve_an_oxigraph_store_with_updates_that_persist(tmp_path):
    spec = f"oxigraph:{tmp_path / 'store'}"
    g = open_graph(spec, read_only=False, create=True)
    add_ntriples(g, SMALL)
    close_graph(g)
    served = Served("--store", spec, "--allow-update")
    try:
        assert served.update('INSERT DATA { <urn:x:iraq> a gb:Actor ; rdfs:label "Iraq" }') == 200
        rows = served.query("SELECT (COUNT(*) AS ?n) WHERE { ?a a gb:Actor }")
        assert rows["results"]["bindings"][0]["n"]["value"] == "4"
    finally:
        assert served.stop() == 0
    g = open_graph(spec)
    assert len(g) == 12
    close_graph(g)


@pytest.mark.parametrize("args, message", [
    (["/no/such/graph.ttl"], "no such graph file"),
    (["--store", "oxigraph:/no/such/store"], "no such store"),
])
def test_bad_store_is_one_line_error(args, message):
    out = subprocess.run([sys.executable, "-m", "graphbuild.cli", "serve", "--port", "0", *args], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 1 and message in out.stderr and out.stderr.count("\n") == 1
