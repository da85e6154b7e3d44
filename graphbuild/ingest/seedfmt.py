"""The seed format: one article and its related stories in one plain-text file.

Layout, one item a line::

    Headline
    Standfirst
    Body paragraph ...
    Body paragraph ...
    -
    Related headline
    Related summary Section -
    Related headline
    Related summary Section

The line that is exactly ``-`` (after at least two non-blank lines) separates
the article from its related stories. A related summary ends with a section
label (``Middle East``) followed by the marker `` -``; the last one may lack
the marker. Labels come from ``sections.txt``; they are removed from the text
and kept as :attr:`Document.section`.

>>> docs = parse("Town shelled\\nA standfirst.\\nBody.\\n-\\nTalks stall\\nEnvoys left Geneva. Europe", "a")
>>> [(d.id, d.title, d.parent, d.section) for d in docs]
[('a#1', 'Town shelled', None, None), ('a#2', 'Talks stall', 'a#1', 'Europe')]
>>> docs[1].text
'Talks stall\\nEnvoys left Geneva.'
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from graphbuild.errors import DataError
from graphbuild.model import Document

#: The separator line between the article and its related stories.
SEPARATOR = "-"
#: The structural marker that ends a labelled summary line.
MARKER = " -"


def _words(name: str) -> tuple[str, ...]:
    try:
        raw = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    except OSError as e:
        raise DataError(f"graphbuild/ingest/{name}: {e.strerror or e}") from e
    return tuple(w for w in (line.split("#", 1)[0].strip() for line in raw.splitlines()) if w)


@lru_cache(maxsize=None)
def sections() -> tuple[str, ...]:
    """Known section labels, longest first (so "Asia Pacific" is tried before "Asia").

    >>> "Middle East" in sections()
    True
    """
    return tuple(sorted(set(_words("sections.txt")), key=lambda s: (-len(s), s)))


@lru_cache(maxsize=None)
def _not_before_label() -> frozenset[str]:
    return frozenset(w.lower() for w in _words("not-before-label.txt"))


def separator_index(lines: list[str]) -> int | None:
    """Index of the ``-`` line that makes ``lines`` seed format, or ``None``.

    >>> separator_index(["Headline", "Standfirst", "-", "Related"])
    2
    >>> separator_index(["- a list item", "-", "more"]) is None
    True
    """
    seen = 0
    for i, line in enumerate(lines):
        s = line.strip()
        if s == SEPARATOR and seen >= 2:
            return i
        if s:
            seen += 1
    return None


def is_seed_format(text: str) -> bool:
    """True when ``text`` has a ``-`` line after at least two non-blank lines.

    >>> is_seed_format("Headline\\nStandfirst\\n-\\nRelated\\nSummary World -")
    True
    >>> is_seed_format("Just one paragraph.\\n")
    False
    """
    return separator_index(text.split("\n")) is not None


def split_label(line: str, *, marked_only: bool = False) -> tuple[str, str | None]:
    """Split a trailing section label off a summary line: ``(text, label)``.

    A line ending in `` -`` carries a label: the longest known section before
    the marker. Without the marker (allowed on the last line) a known section
    counts as a label unless the word before it shows it belongs to the
    sentence ("against the US", "in South Africa"). ``marked_only`` turns the
    unmarked reading off.

    >>> split_label("Envoys met in Geneva Middle East -")
    ('Envoys met in Geneva', 'Middle East')
    >>> split_label("Envoys met in Syria Middle East")
    ('Envoys met in Syria', 'Middle East')
    >>> split_label("New sanctions against the US")
    ('New sanctions against the US', None)
    >>> split_label("A line with an unknown label Sport news -")
    ('A line with an unknown label Sport news', None)
    """
    s = line.strip()
    marked = s.endswith(MARKER)
    if marked:
        s = s[: -len(MARKER)].rstrip()
    elif marked_only:
        return s, None
    for label in sections():
        if s != label and not s.endswith(" " + label):
            continue
        before = s[: -len(label)].rstrip()
        if not marked:
            words = before.split()
            if not words or words[-1].lower() in _not_before_label():
                return s, None
        return before, label
    return s, None


def _is_marked(line: str) -> bool:
    return line.rstrip().endswith(MARKER)


def _stories(lines: list[str]) -> list[list[str]]:
    """Group related-story lines into [headline] or [headline, summary] lists.

    A line ending in the marker closes a story. Inside a group of more lines
    than two, lines are paired from the end (the marked line is a summary);
    the unmarked tail is paired from the start.
    """
    groups: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        current.append(line)
        if _is_marked(line):
            groups.append(current)
            current = []
    stories: list[list[str]] = []
    for group in groups:
        head = [group[: len(group) % 2]] if len(group) % 2 else []
        stories += head + [group[i:i + 2] for i in range(len(group) % 2, len(group), 2)]
    stories += [current[i:i + 2] for i in range(0, len(current), 2)]
    return stories


def parse(text: str, doc_id: str, **meta) -> list[Document]:
    """Split seed-format ``text`` into the article (``ID#1``) and its related stories (``ID#2``...).

    The article's text is its headline, standfirst and body as written; a
    related story's text is its headline and summary (label removed), with
    ``parent`` set to the article. ``meta`` (``date``, ``url``, ``source``...)
    goes to the article; ``source`` goes to every part. Text without the
    separator gives ``[]``.

    >>> [d.id for d in parse("H\\nS\\nBody.\\n-\\nR1\\nSum one. World -\\nR2\\nSum two. Asia", "x")]
    ['x#1', 'x#2', 'x#3']
    """
    lines = text.split("\n")
    cut = separator_index(lines)
    if cut is None:
        return []
    main_text = "\n".join(lines[:cut]).strip()
    title = meta.pop("title", None) or main_text.split("\n", 1)[0].strip()
    main_id = f"{doc_id}#1"
    docs = [Document(id=main_id, text=main_text, title=title, **meta)]
    related = [line for line in lines[cut + 1:] if line.strip()]
    stories = _stories(related)
    for n, story in enumerate(stories, start=1):
        last = n == len(stories)
        if len(story) == 1:
            headline, section = split_label(story[0], marked_only=not last)
            body = headline
        else:
            headline = story[0].strip()
            summary, section = split_label(story[1], marked_only=not last)
            body = f"{headline}\n{summary}" if summary else headline
        if headline:
            docs.append(Document(id=f"{doc_id}#{len(docs) + 1}", text=body, title=headline,
                                 parent=main_id, source=meta.get("source"), section=section))
    return docs
