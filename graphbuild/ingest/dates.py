"""Publication dates to ISO ``yyyy-mm-dd``, with the standard library only (no guessing).

Relative dates ("yesterday") and day/month orders that cannot be told apart
("03/04/2015") are not read: they give ``None`` so output never depends on
today's date or a locale.

>>> normalise_date("2015-12-23T08:15:00Z")
'2015-12-23'
>>> normalise_date("23 December 2015")
'2015-12-23'
>>> normalise_date("Wed, 23 Dec 2015 08:15:00 GMT")
'2015-12-23'
>>> normalise_date("last Tuesday") is None
True
"""
from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

#: strptime formats tried after ISO 8601 (English month names; the C locale is assumed).
FORMATS = (
    "%Y/%m/%d", "%Y.%m.%d",
    "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y",
    "%d %B, %Y", "%d %b, %Y", "%A, %d %B %Y", "%A %d %B %Y", "%A, %B %d, %Y",
)
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def normalise_date(value: object) -> str | None:
    """Return ``value`` as ``yyyy-mm-dd`` when it is a readable calendar date, else ``None``.

    >>> normalise_date("Dec. 3, 2015"), normalise_date("25/12/2015"), normalise_date("03/04/2015")
    ('2015-12-03', '2015-12-25', None)
    """
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    s = " ".join(value.split()).replace("Sept.", "Sep.").replace(".,", ",")
    if not s:
        return None
    try:
        return datetime.fromisoformat(s).date().isoformat()
    except ValueError:
        pass
    bare = s.replace(". ", " ").rstrip(".")
    for fmt in FORMATS:
        for candidate in (s, bare):
            try:
                return datetime.strptime(candidate, fmt).date().isoformat()
            except ValueError:
                continue
    m = _DMY.match(s)
    if m:
        a, b, year = (int(g) for g in m.groups())
        if a > 12 >= b:  # day first
            return _iso(year, b, a)
        if b > 12 >= a:  # month first
            return _iso(year, a, b)
        return None
    try:
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
