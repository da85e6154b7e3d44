"""Paths to documents: files, folders (recursively) and standard input (``-``).

:func:`read` never raises for a bad input; it yields a
:class:`~graphbuild.ingest.records.Skipped` with a one-line reason and goes
on. Files are opened one at a time and JSON Lines read line by line, so a
folder or a stream of any size is never held in memory whole.

>>> import io
>>> items = list(read(["-", "no/such/file.txt"], stdin=io.BytesIO(b"Rebels shelled the town.")))
>>> items[0].id, str(items[1])
('stdin', 'no/such/file.txt: no such file or directory')
"""
from __future__ import annotations

import fcntl
import io
import logging
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from graphbuild.ingest.decode import BOM, Undecodable, binary_reason, decode
from graphbuild.ingest.jsonl import read_json, read_jsonl
from graphbuild.ingest.records import DEFAULT_MAX_BYTES, Skipped
from graphbuild.ingest.textfmt import read_text
from graphbuild.model import Document

log = logging.getLogger(__name__)

STDIN = "<stdin>"
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIXES = frozenset({".json"})
TEXT_SUFFIXES = frozenset({".txt"})
#: What a folder contributes; other files in it are passed over.
FOLDER_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES
#: Bytes read first to sniff a stream (binary? JSON Lines?).
HEAD_BYTES = 1 << 16


class _Chain(io.RawIOBase):
    """Bytes already read (``head``) followed by the rest of ``stream``, as one readable stream."""

    def __init__(self, head: bytes, stream: BinaryIO):
        self._head, self._stream = memoryview(head), stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n], self._head = self._head[:n], self._head[n:]
            return n
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _reason(e: OSError) -> str:
    if isinstance(e, PermissionError):
        return "permission denied"
    if isinstance(e, FileNotFoundError):
        return "no such file or directory"
    if isinstance(e, NotADirectoryError):
        return "cannot be read: a part of the path is a file, not a folder"
    if isinstance(e, IsADirectoryError):
        return "is a folder, not a file"
    return f"cannot be read: {(e.strerror or str(e)).lower()}"


def _stem(name: str) -> str:
    return Path(name).stem or Path(name).name


def _read_upto(stream: BinaryIO, limit: int) -> bytes:
    chunks, size = [], 0
    while size < limit:
        chunk = stream.read(min(limit - size, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _kind(suffix: str) -> str | None:
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None  # sniff


def _read_stream(stream: BinaryIO, source: str, stem: str, kind: str | None, max_bytes: int,
                 size: int | None = None) -> Iterator[Document | Skipped]:
    """Documents from an open binary stream; ``kind`` is jsonl | json | text, or None to sniff."""
    what = "input" if source == STDIN else "file"
    head = _read_upto(stream, HEAD_BYTES)
    if not head:
        yield Skipped(source, f"empty {what} (0 bytes)")
        return
    bom = len(BOM) if head.startswith(BOM) else 0
    if not head[bom:].strip():
        head += _read_upto(stream, max_bytes)
        if not head[bom:].strip():
            yield Skipped(source, f"empty {what} (only whitespace)")
            return
    reason = binary_reason(head)
    if reason:
        yield Skipped(source, reason)
        return
    body = head[bom:]
    if kind is None:
        kind = "jsonl" if body.lstrip()[:1] == b"{" else "text"
    if kind == "jsonl":
        found = False
        for item in read_jsonl(io.BufferedReader(_Chain(head, stream)), source, stem, max_bytes=max_bytes):
            found = True
            yield item
        if not found:
            yield Skipped(source, f"empty {what} (only whitespace)")
        return
    data = head + _read_upto(stream, max_bytes + 1 - len(head))
    if len(data) > max_bytes:
        total = f"{size} bytes" if size is not None else f"more than {max_bytes} bytes"
        yield Skipped(source, f"too large: {total} (limit {max_bytes} bytes per document)")
        return
    if kind == "json":
        yield from read_json(data, source, stem, max_bytes=max_bytes)
        return
    try:
        text = decode(data, what=what)
    except Undecodable as e:
        yield Skipped(source, e.reason, e.line)
        return
    yield from read_text(text, stem, source=source)


def _open(path: Path, st: os.stat_result) -> BinaryIO:
    """Open ``path`` for binary reading; a FIFO is opened without waiting for a writer."""
    if stat.S_ISREG(st.st_mode):
        return open(path, "rb")
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    flags = fcntl.fcntl(fd, fcntl.F_GETFL)
    fcntl.fcntl(fd, fcntl.F_SETFL, flags & ~os.O_NONBLOCK)
    return os.fdopen(fd, "rb")


def _read_file(path: Path, source: str, max_bytes: int,
               st: os.stat_result | None = None) -> Iterator[Document | Skipped]:
    try:
        st = st or os.stat(path)
        if not (stat.S_ISREG(st.st_mode) or stat.S_ISFIFO(st.st_mode) or stat.S_ISCHR(st.st_mode)):
            kind = "a socket" if stat.S_ISSOCK(st.st_mode) else "a special file"
            yield Skipped(source, f"cannot be read: {kind}, not a regular file")
            return
        size = st.st_size if stat.S_ISREG(st.st_mode) else None
        kind = _kind(path.suffix.lower())
        if size is not None and size > max_bytes and kind != "jsonl":
            yield Skipped(source, f"too large: {size} bytes (limit {max_bytes} bytes per document)")
            return
        stream = _open(path, st)
    except OSError as e:
        yield Skipped(source, _reason(e))
        return
    with stream:
        try:
            yield from _read_stream(stream, source, _stem(path.name), kind, max_bytes, size)
        except OSError as e:  # e.g. EIO half-way, or a folder named like a file
            yield Skipped(source, _reason(e))


def _walk(folder: Path) -> Iterator[Path | Skipped]:
    """Files under ``folder`` with a readable suffix, depth first, names sorted; hidden ones left out."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        yield Skipped(str(folder), _reason(e))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError as e:
            yield Skipped(entry.path, _reason(e))
            continue
        if is_dir:
            yield from _walk(Path(entry.path))
        elif Path(entry.name).suffix.lower() in FOLDER_SUFFIXES:
            yield Path(entry.path)


def _read_folder(folder: Path, max_bytes: int) -> Iterator[Document | Skipped]:
    found = False
    for item in _walk(folder):
        found = True
        if isinstance(item, Skipped):
            yield item
        else:
            yield from _read_file(item, str(item), max_bytes)
    if not found:
        yield Skipped(str(folder), "folder has no .txt, .jsonl, .ndjson or .json files")


def _read_path(name: str, max_bytes: int) -> Iterator[Document | Skipped]:
    path = Path(name)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        yield Skipped(name, "broken symbolic link" if os.path.islink(path) else "no such file or directory")
        return
    except OSError as e:
        yield Skipped(name, _reason(e))
        return
    if stat.S_ISDIR(st.st_mode):
        yield from _read_folder(path, max_bytes)
    else:
        yield from _read_file(path, name, max_bytes, st)


def _binary_stdin(stream) -> BinaryIO | None:
    if stream is None:
        stream = sys.stdin
    if stream is None:  # no standard input at all (closed, or a windowed process)
        return None
    if isinstance(stream, io.TextIOBase):
        buffer = getattr(stream, "buffer", None)
        return buffer if buffer is not None else io.BytesIO(stream.read().encode("utf-8"))
    return stream


def read(paths: Sequence[str | os.PathLike] | str | os.PathLike, *, stdin: BinaryIO | None = None,
         max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | Skipped]:
    """Read documents from files, folders and ``-`` (standard input, or ``stdin`` when given), in order.

    Yields each :class:`~graphbuild.model.Document` as it is read and a
    :class:`~graphbuild.ingest.records.Skipped` for each input (or JSON line)
    that cannot be read; never raises for a bad input. ``max_bytes`` caps a
    single document (a text file, a JSON file, one JSON line).

    >>> import io
    >>> [str(x) for x in read(["-"], stdin=io.BytesIO(b"\\xff\\xfe\\x00"))]
    ['<stdin>: not UTF-8 (UTF-16 byte-order mark at offset 0); convert it to UTF-8']
    """
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]
    stdin_used, seen = False, set()
    for p in paths:
        name = os.fsdecode(p)
        if name == "-":
            if stdin_used:
                items = iter([Skipped(STDIN, "standard input given more than once; read the first time only")])
            else:
                stdin_used = True
                items = _read_stdin(stdin, max_bytes)
        else:
            items = _read_path(name, max_bytes)
        for item in items:
            if isinstance(item, Document):
                if item.id in seen:
                    log.warning("%s: document id %r was already read; both are kept", item.source, item.id)
                seen.add(item.id)
            yield item


def _read_stdin(stdin, max_bytes: int) -> Iterator[Document | Skipped]:
    stream = _binary_stdin(stdin)
    if stream is None:
        yield Skipped(STDIN, "there is no standard input to read")
        return
    try:
        yield from _read_stream(stream, STDIN, "stdin", None, max_bytes)
    except OSError as e:
        yield Skipped(STDIN, _reason(e))
