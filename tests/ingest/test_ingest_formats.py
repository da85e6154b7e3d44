"""Seed format, plain text, strings and the bundled examples -> Documents."""
from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.ingest import example_paths, from_texts, is_seed_format, read, read_text
from graphbuild.ingest.seedfmt import split_label
from graphbuild.model import Document

SEED_DIR = Path(__file__).resolve().parents[3] / "shared" / "seed"

# A small seed-format article of our own: headline, standfirst, body, "-", related stories.
SEED = (
    "Shelling hits market in border town\n"
    "Officials blame artillery fire from across the river\n"
    "At least 12 people were killed when shells hit a market on Sunday, officials said.\n"
    "The army denied firing on the town.\n"
    "-\n"
    "Envoys meet in Vienna\n"
    "Diplomats from six states met to discuss a ceasefire Europe -\n"
    "Aid convoy reaches Marib\n"
    "Trucks carrying flour arrived after a week-long delay... Middle East -\n"
    "Ministers trade accusations\n"
    "Both governments accused each other of breaking the truce in Syria Middle East\n"
)

# (name, text, doc_id, expected [(id, title, parent, section, text)])
CASES = [
    ("seed", SEED, "art", [
        ("art#1", "Shelling hits market in border town", None, None,
         SEED.split("\n-\n")[0]),
        ("art#2", "Envoys meet in Vienna", "art#1", "Europe",
         "Envoys meet in Vienna\nDiplomats from six states met to discuss a ceasefire"),
        ("art#3", "Aid convoy reaches Marib", "art#1", "Middle East",
         "Aid convoy reaches Marib\nTrucks carrying flour arrived after a week-long delay..."),
        ("art#4", "Ministers trade accusations", "art#1", "Middle East",
         "Ministers trade accusations\nBoth governments accused each other of breaking the truce in Syria"),
    ]),
    ("seed, crlf and BOM", "\ufeffHead\r\nStand first\r\nBody.\r\n-\r\nOther\r\nIts summary. Asia Pacific -\r\n", "c", [
        ("c#1", "Head", None, None, "Head\nStand first\nBody."),
        ("c#2", "Other", "c#1", "Asia Pacific", "Other\nIts summary."),
    ]),
    ("seed, no related stories", "Head\nStand\nBody.\n-\n", "n", [
        ("n#1", "Head", None, None, "Head\nStand\nBody."),
    ]),
    ("seed, unknown label kept as text", "H\nS\nB.\n-\nR\nSummary ends Weather -\n", "u", [
        ("u#1", "H", None, None, "H\nS\nB."),
        ("u#2", "R", "u#1", None, "R\nSummary ends Weather"),
    ]),
    ("seed, last summary ends with a country not a label", "H\nS\nB.\n-\nR\nNew sanctions against the US\n", "g", [
        ("g#1", "H", None, None, "H\nS\nB."),
        ("g#2", "R", "g#1", None, "R\nNew sanctions against the US"),
    ]),
    ("seed, a headline without summary", "H\nS\nB.\n-\nLone headline\nR\nSum. World -\n", "h", [
        ("h#1", "H", None, None, "H\nS\nB."),
        ("h#2", "Lone headline", "h#1", None, "Lone headline"),
        ("h#3", "R", "h#1", "World", "R\nSum."),
    ]),
    ("plain with title", "Convoy attacked near Goma\nGunmen fired on a UN convoy on Friday.\n", "p", [
        ("p", "Convoy attacked near Goma", None, None, "Convoy attacked near Goma\nGunmen fired on a UN convoy on Friday.\n"),
    ]),
    ("plain, first line is prose", "Gunmen fired on a UN convoy on Friday.\nNobody was hurt.", "q", [
        ("q", None, None, None, "Gunmen fired on a UN convoy on Friday.\nNobody was hurt."),
    ]),
    ("plain, a dash too early is not the seed format", "One line\n-\nanother", "d", [
        ("d", "One line", None, None, "One line\n-\nanother"),
    ]),
    ("plain, long first line is not a title", "x" * 250 + "\nmore", "l", [
        ("l", None, None, None, "x" * 250 + "\nmore"),
    ]),
]


def _rows(docs):
    return [(d.id, d.title, d.parent, d.section, d.text) for d in docs]


@pytest.mark.parametrize("name,text,doc_id,expected", CASES, ids=[c[0] for c in CASES])
def test_read_text(name, text, doc_id, expected):
    assert _rows(read_text(text, doc_id)) == expected


@pytest.mark.parametrize("name,text,doc_id,expected", CASES, ids=[c[0] for c in CASES])
def test_same_from_a_file(tmp_path, name, text, doc_id, expected):
    path = tmp_path / f"{doc_id}.txt"
    path.write_bytes(text.encode("utf-8"))
    docs = list(read([path]))
    assert all(isinstance(d, Document) for d in docs)
    assert _rows(docs) == expected
    assert {d.source for d in docs} == {str(path)}


def test_read_text_meta_goes_to_the_article():
    docs = read_text(SEED, "m", date="2015-12-23", url="https://example.org/a", source="a.txt")
    assert (docs[0].date, docs[0].url, docs[0].source) == ("2015-12-23", "https://example.org/a", "a.txt")
    assert all(d.date is None and d.source == "a.txt" for d in docs[1:])


def test_related_text_offsets_are_into_the_text():
    for d in read_text(SEED, "o"):
        assert d.title is None or d.text.startswith(d.title)


@pytest.mark.parametrize("line,expected", [
    ("Talks open in Geneva Middle East -", ("Talks open in Geneva", "Middle East")),
    ("Talks open in Geneva Middle East", ("Talks open in Geneva", "Middle East")),
    ("Markets slide in Tokyo Asia Pacific -", ("Markets slide in Tokyo", "Asia Pacific")),
    ("Protest grows in South Africa", ("Protest grows in South Africa", None)),
    ("Trade deal with the UK", ("Trade deal with the UK", None)),
    ("Just text -", ("Just text", None)),
    ("Plain sentence.", ("Plain sentence.", None)),
])
def test_split_label(line, expected):
    assert split_label(line) == expected


def test_split_label_marked_only():
    assert split_label("Talks open in Geneva Middle East", marked_only=True) == (
        "Talks open in Geneva Middle East", None)


def test_is_seed_format():
    assert is_seed_format(SEED)
    assert not is_seed_format("-\nHead\nBody")


def test_from_texts_numbers_by_position():
    docs = list(from_texts(["Rebels shelled Aleppo.", "   ", SEED]))
    assert [d.id for d in docs] == ["text-1", "text-3#1", "text-3#2", "text-3#3", "text-3#4"]


def test_real_seed_article():
    path = SEED_DIR / "syria-2015-article.txt"
    if not path.exists():
        pytest.skip(f"seed article not found at {path}")
    docs = list(read([path]))
    assert [d.id for d in docs] == [f"syria-2015-article#{i}" for i in range(1, 9)]
    main, related = docs[0], docs[1:]
    assert main.parent is None and main.title and main.text.startswith(main.title)
    assert main.text.count("\n") >= 3  # headline, standfirst and body paragraphs
    for d in related:
        assert d.parent == "syria-2015-article#1"
        assert d.section == "Middle East"
        assert d.text.startswith(d.title + "\n")
        assert not d.text.endswith("Middle East")
        assert not d.text.endswith(" -")


def test_examples():
    paths = example_paths()
    assert all(p.is_file() for p in paths)
    docs = list(read(paths))
    assert all(isinstance(d, Document) for d in docs), [str(d) for d in docs]
    article = [d for d in docs if d.id.startswith("example-article#")]
    assert len(article) >= 4 and article[0].id == "example-article#1"
    assert all(d.section for d in article[1:])
    body = article[0].text
    for phrase in ("Amnesty International", "may amount to", "at least 30 civilians", "denied",
                   " by ", "President", "Khartoum", "Sudanese", "Nyala, Kutum and Tawila"):
        assert phrase in body
    rows = [d for d in docs if not d.id.startswith("example-article")]
    assert 4 <= len(rows) <= 6
    assert all(d.date and d.title and d.url for d in rows)
