"""Shared fixtures: the real spaCy pipeline (loaded once) and the seed article from ../shared."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "syria-2015-article.txt"
EVAL = SHARED / "eval"


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline with graphbuild's components and gazetteer."""
    from graphbuild.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The sample article; tests that need it skip where ../shared is absent."""
    if not SEED.is_file():
        pytest.skip(f"sample article not found at {SEED} (../shared is not beside the repo)")
    return SEED


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    """The evaluation contract (gold sets and the reference scorer)."""
    if not (EVAL / "score.py").is_file():
        pytest.skip(f"evaluation files not found at {EVAL} (../shared is not beside the repo)")
    return EVAL


@pytest.fixture(scope="session")
def seed_build(seed_path, tmp_path_factory):
    """The seed built once through the whole CLI: (exit code, output folder)."""
    from graphbuild.cli import main

    out = tmp_path_factory.mktemp("seed-build")
    code = main(["build", str(seed_path), "-o", str(out), "-q"])
    return code, out
