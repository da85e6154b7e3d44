"""Fixtures for the server tests: a small graph, a running graphbuild server, a real Oxigraph server."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from graphbuild.serve import SparqlServer
from graphbuild.store import add_ntriples, open_graph

ACTOR = "https://w3id.org/graphbuild/id/actor/"
GB = "https://w3id.org/graphbuild/ontology#"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

#: A few actors and one attack, in N-Triples (text written for these tests).
SMALL = "\n".join([
    f'<{ACTOR}state/SYR> <{TYPE}> <{GB}State> .',
    f'<{ACTOR}state/SYR> <{TYPE}> <{GB}Actor> .',
    f'<{ACTOR}state/SYR> <{LABEL}> "Syria" .',
    f'<{ACTOR}state/TUR> <{TYPE}> <{GB}State> .',
    f'<{ACTOR}state/TUR> <{TYPE}> <{GB}Actor> .',
    f'<{ACTOR}state/TUR> <{LABEL}> "Turkey" .',
    f'<{ACTOR}group/rebels> <{TYPE}> <{GB}ArmedGroup> .',
    f'<{ACTOR}group/rebels> <{TYPE}> <{GB}Actor> .',
    f'<{ACTOR}group/rebels> <{LABEL}> "rebels" .',
    f'<{ACTOR}group/rebels> <{GB}assaults> <{ACTOR}state/SYR> .',
]) + "\n"


def filler(n: int) -> str:
    """``n`` generated actor labels: enough rows to make a cross join slow."""
    return "".join(f'<{ACTOR}place/town-{i}> <{LABEL}> "Town {i}" .\n' for i in range(n))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def small_graph():
    g = open_graph("memory")
    add_ntriples(g, SMALL)
    return g


@pytest.fixture
def serve():
    """Start servers on 127.0.0.1 (free port) in this process; stop them all at the end."""
    started = []

    def start(graph, **options):
        server = SparqlServer(graph, host="127.0.0.1", port=0, **options).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def oxigraph_binary() -> str | None:
    found = shutil.which("oxigraph")
    if found:
        return found
    candidate = Path(sys.prefix) / "bin" / "oxigraph"
    return str(candidate) if candidate.is_file() else None


@pytest.fixture
def oxigraph_server(tmp_path):
    """A real ``oxigraph serve`` on a free port; yields its base URL."""
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed")
    port = free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "oxigraph"),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"oxigraph serve did not start: {proc.stderr.read().decode()[:500]}")
            time.sleep(0.1)
    yield url
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
