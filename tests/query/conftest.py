"""Shared fixtures for the query tests: the sample graph in both in-process stores."""
from __future__ import annotations

import pytest

import sample_results as S  # tests/sample_results.py (tests/ is on pytest's pythonpath)


@pytest.fixture(scope="module", params=["default", "Oxigraph"])
def graph(request):
    return S.sample_graph(request.param)
