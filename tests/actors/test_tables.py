"""Reading the actor tables and folding names (graphbuild.actors.tables)."""
from pathlib import Path

import pytest

from graphbuild.actors.tables import check, fold, index_key, person_key, read_csv, read_words, slug, split_aliases
from graphbuild.errors import DataError


@pytest.mark.parametrize("text,expected", [
    ("Bashar al-Assad", "bashar-al-assad"), ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
    ("  O'Neill  ", "oneill"), ("Jean-Marc Ayrault", "jean-marc-ayrault"),
])
def test_slug(text, expected):
    assert slug(text) == expected
    assert person_key(text) == "person/" + expected


@pytest.mark.parametrize("text,folded,key", [
    ("Erdoğan’s  Türkiye", "Erdogan's Turkiye", "erdogan's turkiye"),
    ("Al-Shabaab", "Al-Shabaab", "al shabaab"),
    ("Côte d’Ivoire", "Cote d'Ivoire", "cote d'ivoire"),
    ("north–west", "north-west", "north west"),
])
def test_fold_and_index_key(text, folded, key):
    assert fold(text) == folded
    assert index_key(text) == key


def test_split_aliases_marks_case_sensitive_ones():
    assert split_aliases(" U.S. ; =Turkey;America;;") == [("U.S.", True), ("Turkey", True), ("America", False)]


def test_check_raises_with_file_and_line():
    check(True, Path("t.csv"), 3, "fine")
    with pytest.raises(DataError, match=r"^t\.csv:3: bad row$"):
        check(False, Path("t.csv"), 3, "bad row")


def test_read_csv_skips_comments_and_keeps_line_numbers(tmp_path):
    f = tmp_path / "x.csv"
    f.write_text("# a\na,b\n\n# c\n1,\"x;y, z\"\n", encoding="utf-8")
    assert read_csv(f, ["a"]) == [(5, {"a": "1", "b": "x;y, z"})]


def test_read_words_skips_comments_and_lowers(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text("# apps\nTelegram\n\n  # indented comment\nwhatsapp \n", encoding="utf-8")
    assert read_words(f) == frozenset({"telegram", "whatsapp"})


def test_read_words_names_an_unreadable_file(tmp_path):
    with pytest.raises(DataError, match=r"missing\.txt: cannot read"):
        read_words(tmp_path / "missing.txt")
