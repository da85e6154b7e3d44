"""``graphbuild build`` in-process: bad inputs are skipped with one line each, never a traceback.

Every input here is written by the tests into ``tmp_path``.
"""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from graphbuild.cli import main

GOOD_TEXT = "Rebels shelled the town of Zarqa on Monday. The army said it would respond.\n"
GOOD_LINES = [
    {"id": "line-one", "text": "Kenya and Uganda held talks in Nairobi on Tuesday."},
    {"id": "line-three", "text": "Militants attacked a police post near Mogadishu."},
]


@pytest.fixture(autouse=True)
def _model(nlp):
    """Load the pipeline once for the session; build() finds it in the loader's cache."""
    return nlp


def rows(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "triples.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def docs_in(folder: Path) -> set[str]:
    return {r["doc"] for r in rows(folder)}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    """One good article and one of every kind of bad input."""
    d = tmp_path_factory.mktemp("inputs")
    good = d / "good-article.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    empty = d / "empty.txt"
    empty.write_bytes(b"")
    binary = d / "picture.txt"
    binary.write_bytes(b"GIF89a\x01\x00\x01\x00\x00\x00\x00" + bytes(range(256)))
    latin1 = d / "latin1.txt"
    latin1.write_bytes("Les rebelles ont attaqu\u00e9 la ville de Zarqa.".encode("latin-1"))
    partly = d / "partly.jsonl"
    partly.write_text(json.dumps(GOOD_LINES[0]) + "\n" + '{"id": "line-two", "text": "broken\n'
                      + json.dumps(GOOD_LINES[1]) + "\n", encoding="utf-8")
    folder = d / "folder"
    folder.mkdir()
    (folder / "fine.txt").write_text("Protesters marched in Khartoum on Friday.\n", encoding="utf-8")
    (folder / "zz-binary.txt").write_bytes(b"\x00\x01\x02\x03" * 64)
    return {"good": good, "empty": empty, "binary": binary, "latin1": latin1, "partly": partly,
            "missing": d / "no-such-file.txt", "folder": folder}


BAD = {  # input -> (what its stderr line names, a word of the reason)
    "empty": ("empty.txt", "empty"),
    "binary": ("picture.txt", "binary"),
    "latin1": ("latin1.txt", "UTF-8"),
    "partly": ("partly.jsonl:2", "malformed JSON"),
    "missing": ("no-such-file.txt", "no such file"),
    "folder": ("zz-binary.txt", "binary"),
}


@pytest.fixture(scope="module")
def mixed_run(inputs, tmp_path_factory):
    """One build over the good article and every bad input (stdout/stderr captured by hand)."""
    out = tmp_path_factory.mktemp("mixed") / "out"
    args = [str(inputs[k]) for k in ("good", "empty", "binary", "latin1", "partly", "missing", "folder")]
    code, stdout, stderr = run_captured(["build", *args, "-o", str(out), "--no-html"])
    return code, stdout, stderr, out


def run_captured(argv: list[str]) -> tuple[int, str, str]:
    """``main(argv)`` with stdout and stderr captured (usable from module-scoped fixtures)."""
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
    try:
        code = main(argv)
        return code, sys.stdout.getvalue(), sys.stderr.getvalue()
    finally:
        sys.stdout, sys.stderr = old


def test_bad_inputs_are_skipped_and_the_run_completes(mixed_run):
    code, stdout, stderr, out = mixed_run
    assert code == 0, stderr
    assert "Traceback" not in stdout + stderr
    for name in ("graph.ttl", "triples.jsonl"):
        assert (out / name).is_file()


@pytest.mark.parametrize("kind", sorted(BAD))
def test_one_stderr_line_per_bad_input(kind, mixed_run):
    _, _, stderr, _ = mixed_run
    names, reason = BAD[kind]
    lines = [line for line in stderr.splitlines() if names in line]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("graphbuild: skipped "), lines[0]
    assert reason.lower() in lines[0].lower(), lines[0]


def test_only_bad_inputs_are_on_stderr(mixed_run):
    _, _, stderr, _ = mixed_run
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == len(BAD), stderr


def test_good_documents_are_in_the_predictions(mixed_run):
    *_, out = mixed_run
    docs = docs_in(out)
    assert {"good-article", "line-one", "line-three", "fine"} <= docs, docs
    assert not {"line-two", "empty", "picture", "latin1", "zz-binary"} & docs, docs


def test_summary_lists_counts(mixed_run):
    _, stdout, _, out = mixed_run
    lines = stdout.splitlines()
    assert "documents: 4" in lines, stdout
    for title in ("actors", "events", "relations", "triples"):
        assert any(line.startswith(f"{title}: ") for line in lines), (title, stdout)
    assert f"wrote {out / 'graph.ttl'}" in lines


def test_strict_exits_3_when_something_was_skipped(inputs, tmp_path):
    code, stdout, stderr = run_captured(["build", str(inputs["good"]), str(inputs["empty"]), "-o",
                                         str(tmp_path / "out"), "--no-html", "--strict", "-q"])
    assert code == 3
    assert "Traceback" not in stdout + stderr
    assert (tmp_path / "out" / "triples.jsonl").is_file()  # the output is still written
    assert stdout == ""  # -q


def test_strict_exits_0_when_nothing_was_skipped(inputs, tmp_path):
    code, _, stderr = run_captured(["build", str(inputs["good"]), "-o", str(tmp_path / "o"), "--no-html",
                                    "--strict", "-q"])
    assert code == 0, stderr
    assert stderr == ""


@pytest.mark.parametrize("kinds", [("empty",), ("empty", "binary", "latin1", "missing")])
def test_nothing_readable_exits_2(kinds, inputs, tmp_path):
    out = tmp_path / "out"
    code, stdout, stderr = run_captured(["build", *(str(inputs[k]) for k in kinds), "-o", str(out)])
    assert code == 2
    assert "Traceback" not in stdout + stderr
    assert "no document could be read" in stderr
    assert not (out / "graph.ttl").exists()


def test_unknown_model_is_one_line_error(inputs, tmp_path):
    code, stdout, stderr = run_captured(["build", str(inputs["good"]), "-o", str(tmp_path / "o"),
                                         "--model", "not_a_model"])
    assert code == 1
    assert "Traceback" not in stdout + stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("graphbuild: error: "), stderr
    assert "not_a_model" in lines[0]


def test_replaces_existing_output_atomically(inputs, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("# an older graph\n", encoding="utf-8")
    (out / "triples.jsonl").write_text('{"doc": "old"}\n', encoding="utf-8")
    code, _, stderr = run_captured(["build", str(inputs["good"]), "-o", str(out), "-q"])
    assert code == 0, stderr
    assert "older graph" not in (out / "graph.ttl").read_text(encoding="utf-8")
    assert docs_in(out) == {"good-article"}
    assert sorted(p.name for p in out.iterdir()) == ["graph.html", "graph.ttl", "triples.jsonl"]


def test_failed_build_keeps_previous_output(inputs, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_bytes(b"# previous\n")
    code, _, _ = run_captured(["build", str(inputs["empty"]), "-o", str(out), "-q"])
    assert code == 2
    assert (out / "graph.ttl").read_bytes() == b"# previous\n"
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]


def test_a_defect_in_the_rules_is_one_line_naming_the_document_and_keeps_previous_output(inputs, tmp_path,
                                                                                         monkeypatch):
    """A rule that fails on some text (injected here: actor resolution raising) stops the run with
    one line that names the document, and leaves the previous graph as it was."""
    import graphbuild.actors.resolve as resolve_module

    real = resolve_module.resolve

    def broken(doc, doc_id, *args, **kwargs):
        if doc_id == "good-article":
            raise KeyError("state/XXX")
        return real(doc, doc_id, *args, **kwargs)

    monkeypatch.setattr(resolve_module, "resolve", broken)
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_bytes(b"# previous\n")
    code, stdout, stderr = run_captured(["build", str(inputs["good"]), "-o", str(out), "-q"])
    assert code == 1
    assert "Traceback" not in stdout + stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("graphbuild: error: document good-article"), stderr
    assert "KeyError" in lines[0]
    assert (out / "graph.ttl").read_bytes() == b"# previous\n"


def test_stdin_jsonl_keeps_ids(monkeypatch, tmp_path):
    data = "".join(json.dumps(r) + "\n" for r in GOOD_LINES).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    out = tmp_path / "out"
    code, _, stderr = run_captured(["build", "-", "-o", str(out), "-q", "--no-html"])
    assert code == 0, stderr
    assert docs_in(out) == {"line-one", "line-three"}


def test_stdin_plain_text_is_one_document(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD_TEXT.encode()), encoding="utf-8"))
    out = tmp_path / "out"
    code, _, stderr = run_captured(["build", "-", "-o", str(out), "-q", "--no-html"])
    assert code == 0, stderr
    assert docs_in(out) == {"stdin"}


def test_empty_stdin_exits_2(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
    code, stdout, stderr = run_captured(["build", "-", "-o", str(tmp_path / "out")])
    assert code == 2
    assert "<stdin>" in stderr and "Traceback" not in stdout + stderr


def test_default_build_uses_the_bundled_example(tmp_path, monkeypatch):
    from graphbuild.ingest import example_paths

    monkeypatch.chdir(tmp_path)  # the default output folder is ./output
    code, stdout, stderr = run_captured(["build"])
    assert code == 0, stderr
    out = tmp_path / "output"
    for name in ("graph.ttl", "graph.html", "triples.jsonl"):
        assert (out / name).is_file() and (out / name).stat().st_size > 0, name
    ids = {json.loads(line)["id"] for line in example_paths()[1].read_text(encoding="utf-8").splitlines()
           if line.strip()}
    docs = docs_in(out)
    assert ids <= docs, (ids, docs)
    assert any(d.startswith("example-article") for d in docs), docs
    first = stdout.splitlines()[0]
    assert first.startswith("documents: ") and int(first.split()[1]) >= len(ids) + 1, stdout
    for title in ("actors", "events", "relations"):
        assert f"\n{title}: " in stdout, stdout


def test_date_option_dates_articles_that_give_none(inputs, tmp_path):
    # "on Monday" in an article with no date of its own resolves against --date
    out = tmp_path / "out"
    code, _, stderr = run_captured(["build", str(inputs["good"]), "-o", str(out), "--no-html", "-q",
                                    "--date", "2024-03-15"])
    assert code == 0, stderr
    dates = {r.get("date") for r in rows(out) if r.get("type") == "ASSAULT"}
    assert "2024-03-11" in dates, rows(out)


def test_bad_date_option_is_a_usage_error(inputs, tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:  # argparse's usage error: exit 2, one message, no traceback
        main(["build", str(inputs["good"]), "-o", str(tmp_path / "o"), "--date", "15/03/2024"])
    err = capsys.readouterr().err
    assert stop.value.code == 2 and "Traceback" not in err
    assert "YYYY-MM-DD" in err and not (tmp_path / "o").exists()
