"""Reading the actor tables and folding names into lookup keys.

The gazetteer and the smaller tables beside it (``seats.csv``) and in
:mod:`graphbuild.extract` read their CSV files through :func:`read_csv`, and
every name is compared after :func:`fold` (or :func:`index_key`, its
case-insensitive form); keys of new actors come from :func:`slug`.

>>> index_key("Erdoğan’s  Türkiye")
"erdogan's turkiye"
"""
from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from graphbuild.errors import DataError

DATA_DIR = Path(__file__).resolve().parent / "data"

_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                         "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " "})


def read_csv(path: Path | str, required: Iterable[str]) -> list[tuple[int, dict[str, str]]]:
    """Read a CSV data file into ``(line number, row)`` pairs, skipping ``#`` comments and blank lines.

    Raises :class:`DataError` ("file:line: reason") when the file is missing, a required
    column is absent, or a row has the wrong number of fields.

    >>> rows = read_csv(DATA_DIR / "titles.csv", ["title", "relation"])
    >>> rows[0][1]["relation"] in ("LEADS", "MEMBER_OF")
    True
    """
    path = Path(path)
    text = _read_text(path)
    header: list[str] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in next(csv.reader([line]))]
        if header is None:
            header = fields
            missing = [c for c in required if c not in header]
            if missing:
                raise DataError(f"{path}:{lineno}: missing column(s) {', '.join(missing)}")
            continue
        if len(fields) != len(header):
            raise DataError(f"{path}:{lineno}: expected {len(header)} fields, got {len(fields)}")
        rows.append((lineno, dict(zip(header, fields))))
    if header is None:
        raise DataError(f"{path}: empty file (no header)")
    return rows


def read_words(path: Path | str) -> frozenset[str]:
    """The entries of a one-entry-a-line data file, lower-cased, skipping ``#`` comments and blank lines.

    Raises :class:`DataError` when the file cannot be read.

    >>> "telegram" in read_words(DATA_DIR / "platforms.txt")
    True
    """
    lines = _read_text(Path(path)).splitlines()
    return frozenset(ln.strip().lower() for ln in lines if ln.strip() and not ln.lstrip().startswith("#"))


def read_codes(path: Path | str) -> frozenset[str]:
    """The ISO3 state codes of a one-code-a-line data file, upper-cased (see :func:`read_words`).

    >>> "PER" in read_codes(DATA_DIR / "congresses.txt")
    True
    """
    return frozenset(code.upper() for code in read_words(path))


def _read_text(path: Path) -> str:
    """A data file's text; a :class:`DataError` naming the file when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read: {exc}") from exc


@functools.lru_cache(maxsize=65536)  # asked for the same words over and over during resolution
def fold(text: str) -> str:
    """Fold accents, curly apostrophes, dashes and spacing (case is kept).

    >>> fold("Erdoğan’s  Türkiye")
    "Erdogan's Turkiye"
    """
    text = unicodedata.normalize("NFKD", text.translate(_DASHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.split())


def index_key(text: str) -> str:
    """Case-insensitive index key: folded, lower-cased, hyphens as spaces.

    >>> index_key("Al-Shabaab")
    'al shabaab'
    """
    return " ".join(fold(text).lower().replace("-", " ").split())


def slug(text: str) -> str:
    """Lower-case ASCII slug for keys.

    >>> slug("Bashar al-Assad")
    'bashar-al-assad'
    >>> slug("Médecins Sans Frontières (MSF)")
    'medecins-sans-frontieres-msf'
    """
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower().replace("'", "")).strip("-")


def person_key(name: str) -> str:
    """Key of a person from their name.

    >>> person_key("Philip Luther")
    'person/philip-luther'
    """
    return "person/" + slug(name)


def split_aliases(cell: str) -> list[tuple[str, bool]]:
    """Split a ``;`` list into ``(alias, case_sensitive)`` pairs (see the module's alias convention).

    >>> split_aliases("U.S.;=Turkey;America")
    [('U.S.', True), ('Turkey', True), ('America', False)]
    """
    out = []
    for part in cell.split(";"):
        part = part.strip()
        if not part:
            continue
        explicit = part.startswith("=")
        name = part[1:].strip() if explicit else part
        out.append((name, explicit or not any(c.islower() for c in name)))
    return out


def check(cond: bool, path: Path, lineno: int, reason: str) -> None:
    """Raise :class:`DataError` ("file:line: reason") unless ``cond`` holds.

    >>> check(True, Path("t.csv"), 2, "never raised")
    """
    if not cond:
        raise DataError(f"{path}:{lineno}: {reason}")
