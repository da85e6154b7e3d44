"""Bytes to text: refuse empty, binary and non-UTF-8 input with a reason that says where.

:func:`decode` accepts a UTF-8 byte-order mark, turns ``\\r\\n`` and lone ``\\r``
into ``\\n`` and otherwise keeps the text as it is, so character offsets computed
later refer to exactly the text a :class:`~graphbuild.model.Document` holds.

>>> decode(b"\\xef\\xbb\\xbfOne\\r\\nTwo\\r\\n")
'One\\nTwo\\n'
>>> decode(b"caf\\xe9 au lait")
Traceback (most recent call last):
...
graphbuild.ingest.decode.Undecodable: not UTF-8 (invalid byte 0xe9 at offset 3)
"""
from __future__ import annotations

BOM = b"\xef\xbb\xbf"
#: Control bytes that plain text does not contain (tab, newline, vertical tab, form feed and CR are fine).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13)) + b"\x7f"
#: More than this share of control bytes means the input is not text.
MAX_CONTROL_RATIO = 0.10


class Undecodable(ValueError):
    """The bytes are not UTF-8 text; ``reason`` says why, ``line`` where (when known)."""

    def __init__(self, reason: str, line: int | None = None):
        super().__init__(reason)
        self.reason, self.line = reason, line


def normalise_newlines(text: str) -> str:
    """Turn ``\\r\\n`` and lone ``\\r`` into ``\\n``.

    >>> normalise_newlines("a\\r\\nb\\rc")
    'a\\nb\\nc'
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def binary_reason(data: bytes, *, offset: int = 0) -> str | None:
    """Why ``data`` (a whole input or its first bytes) is not UTF-8 text at a glance, or ``None``.

    Looks for a UTF-16 byte-order mark, a NUL byte, or a high share of control bytes.

    >>> binary_reason(b"GIF89a\\x01\\x00")
    'binary data, not text (NUL byte at offset 7)'
    >>> binary_reason(b"Plain words.") is None
    True
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return f"not UTF-8 (UTF-16 byte-order mark at offset {offset}); convert it to UTF-8"
    nul = data.find(b"\x00")
    if nul >= 0:
        return f"binary data, not text (NUL byte at offset {offset + nul})"
    controls = len(data) - len(data.translate(None, _CONTROL))
    if data and controls / len(data) > MAX_CONTROL_RATIO:
        return f"binary data, not text ({controls} of {len(data)} bytes are control characters)"
    return None


def decode(data: bytes, *, what: str = "file", offset: int = 0) -> str:
    """Decode ``data`` as UTF-8 text or raise :class:`Undecodable` with a one-line reason.

    ``what`` names the input in messages ("file", "input", "line"); ``offset``
    is added to byte offsets (where ``data`` starts inside a larger file).

    >>> decode(b"  \\n ")
    Traceback (most recent call last):
    ...
    graphbuild.ingest.decode.Undecodable: empty file (only whitespace)
    >>> decode(b"PK\\x03\\x04\\x00\\x00")
    Traceback (most recent call last):
    ...
    graphbuild.ingest.decode.Undecodable: binary data, not text (NUL byte at offset 4)
    """
    if not data:
        raise Undecodable(f"empty {what} (0 bytes)")
    start = len(BOM) if data.startswith(BOM) else 0
    reason = binary_reason(data, offset=offset)
    if reason:
        raise Undecodable(reason)
    body = data[start:]
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        at = start + e.start
        line = data.count(b"\n", 0, at) + 1 if what != "line" else None
        raise Undecodable(f"not UTF-8 (invalid byte 0x{data[at]:02x} at offset {offset + at})", line) from None
    if not text.strip():
        raise Undecodable(f"empty {what} (only whitespace)")
    return normalise_newlines(text)
