"""Resolve date expressions against a document's publication date.

News text dates events relative to the day it was published ("on
Wednesday", "last week", "Sept. 30").  :func:`resolve` turns one such
expression (typically a spaCy ``DATE`` entity's text) into a
:class:`DateValue` with ISO start and end days; :func:`find_dates` finds
the expressions in free text.

Conventions
-----------
* ``start``/``end`` are ISO ``yyyy-mm-dd``; ``end == start`` for one day.
* ``granularity`` names the calendar unit the words name: ``day``,
  ``month`` ("in October", "earlier this month"), ``year`` ("in 2014",
  "this year"), ``interval`` for spans ("last week", "since Sept. 30",
  "from September to November"), or ``unresolved``.
* Spans that reach "now" ("this year", "earlier this month", "since
  Sept. 30") end at the publication date.
* A weekday is the most recent such day on or before the publication date
  ("on Wednesday" published on a Wednesday is that day); "last
  Wednesday" is strictly before it.
* A day or month without a year takes the publication year, or the year
  before when that would fall after the publication date.
* "last week" is the Monday-Sunday week before the publication week.
* Without a publication date only absolute dates resolve; relative ones
  come back unresolved ("since Sept. 30, 2015" keeps its start, end None).  Nothing here raises on odd text.

Hand-written rules cover the forms above; anything else goes to
``dateparser`` (English only, offline, relative to the publication date).

>>> resolve("Sept. 30", "2015-12-23").start
'2015-09-30'
"""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["DateValue", "resolve", "find_dates"]


@dataclass(frozen=True)
class DateValue:
    """A resolved date or span; ``start``/``end`` are None when unresolved."""

    start: str | None  # ISO yyyy-mm-dd
    end: str | None  # ISO; equal to start for a single day
    text: str  # the words it was read from
    granularity: str  # day | month | year | interval | unresolved


_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2, "thursday": 3, "thu": 3, "thurs": 3,
    "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
#: The days of the week by their full names, as news names the day of an event ("Monday night").
DAY_NAMES = frozenset(w for w in _WEEKDAYS if w.endswith("day"))
_NUMWORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "several": 3, "a few": 3, "few": 3, "a couple of": 2,
}

_MON = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
        r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WD = (r"(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)(?:day)?\.?|wednesday|thursday|"
       r"saturday")
_DAYNUM = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"

_LEAD = re.compile(r"^(?:(?:on|in|since|from|by|at|during|as of|around|about|the)\s+)+")
_OF_YEAR = re.compile(r",?\s*(?:of\s+)?(this|last|next)\s+year$")
_PART_OF_DAY = re.compile(
    r"\b(?:morning|afternoon|evening|night|overnight|mid-?day|noon)\b|"
    r"^(?:early|late|earlier|later)\s+(?:on\s+)?(?=(?:" + _WD + r")\b)")

_ISO = re.compile(r"^(" + _YEAR + r")-(\d\d)-(\d\d)$")
_MD = re.compile(r"^(" + _MON + r")\s+(" + _DAYNUM + r")(?:,?\s+(" + _YEAR + r"))?$")
_DM = re.compile(r"^(" + _DAYNUM + r")\s+(?:of\s+)?(" + _MON + r"),?(?:\s+(" + _YEAR + r"))?$")
_M = re.compile(r"^(?:(?:early|mid|late|earlier|later)[-\s]+)?(" + _MON + r"),?(?:\s+(" + _YEAR + r"))?$")
_Y = re.compile(r"^(" + _YEAR + r")$")
_WDAY = re.compile(r"^(last\s+|this\s+past\s+|past\s+)?(" + _WD + r")$")
_AGO = re.compile(r"^(\d+|" + "|".join(sorted(_NUMWORDS, key=len, reverse=True))
                  + r")\s+(day|week|month|year)s?\s+ago$")
_PAST_N = re.compile(r"^(?:the\s+)?(?:past|last|previous)\s+(\d+|" + "|".join(sorted(_NUMWORDS, key=len, reverse=True))
                     + r")\s+(day|week|month|year)s?$")
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_SEASON = re.compile(r"^(?:(last|this|next|early|late|mid)[-\s]+)?(spring|summer|autumn|fall|winter)"
                     r"(?:,?\s+(?:of\s+)?(" + _YEAR + r"))?$")
_RANGE = re.compile(r"^(?:from\s+|between\s+)?(.+?)\s+(?:to|until|till|through|and|-|–)\s+(.+)$")
_DAYRANGE_MD = re.compile(r"^(" + _MON + r")\s+(" + _DAYNUM + r")\s*(?:-|–|to)\s*(" + _DAYNUM
                          + r")(?:,?\s+(" + _YEAR + r"))?$")
_DAYRANGE_DM = re.compile(r"^(" + _DAYNUM + r")\s*(?:-|–|to)\s*(" + _DAYNUM + r")\s+("
                          + _MON + r")(?:,?\s+(" + _YEAR + r"))?$")



def _iso(d: _dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _month_end(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


def _day(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _mon(s: str) -> int:
    return _MONTHS[s.rstrip(".").lower()]


def _num(s: str) -> int:
    return int(s) if s.isdigit() else _NUMWORDS[s]


def _pub(pubdate: str | None) -> _dt.date | None:
    if not pubdate:
        return None
    try:
        return _dt.date.fromisoformat(str(pubdate)[:10])
    except ValueError:
        return None


def _clip(end: _dt.date, base: _dt.date | None) -> _dt.date:
    return min(end, base) if base else end


def _year_for(month: int, day: int, base: _dt.date | None, year: int | None) -> int | None:
    """Year of a month/day given without one: explicit context, else the past-preferring pub year."""
    if year is not None:
        return year
    if base is None:
        return None
    if (month, day) > (base.month, base.day):
        return base.year - 1
    return base.year


def _simple(s: str, base: _dt.date | None, year: int | None):
    """One expression (no "since"/"from..to") -> (start, end, granularity) or None."""
    if m := _ISO.match(s):
        d = _dt.date(int(m[1]), int(m[2]), int(m[3]))
        return d, d, "day"
    if (m := _MD.match(s)) or (m2 := _DM.match(s)):
        if m:
            mon, day, y = _mon(m[1]), _day(m[2]), m[3]
        else:
            day, mon, y = _day(m2[1]), _mon(m2[2]), m2[3]
        yy = int(y) if y else _year_for(mon, day, base, year)
        if yy is None:
            return None
        d = _dt.date(yy, mon, day)
        return d, d, "day"
    if (m := _DAYRANGE_MD.match(s)) or (m2 := _DAYRANGE_DM.match(s)):
        if m:
            mon, d1, d2, y = _mon(m[1]), _day(m[2]), _day(m[3]), m[4]
        else:
            d1, d2, mon, y = _day(m2[1]), _day(m2[2]), _mon(m2[3]), m2[4]
        yy = int(y) if y else _year_for(mon, d1, base, year)
        if yy is None or d2 < d1:
            return None
        return _dt.date(yy, mon, d1), _dt.date(yy, mon, d2), "interval"
    if m := _M.match(s):
        mon = _mon(m[1])
        yy = int(m[2]) if m[2] else _year_for(mon, 1, base, year)
        if yy is None:
            return None
        return _dt.date(yy, mon, 1), _month_end(yy, mon), "month"
    if m := _Y.match(s):
        yy = int(m[1])
        return _dt.date(yy, 1, 1), _dt.date(yy, 12, 31), "year"
    if base is None:
        return None
    return _relative(s, base, year)


def _season(s: str, base: _dt.date) -> tuple[_dt.date, _dt.date] | None:
    """ "last spring", "this summer", "the winter of 2014": meteorological seasons (northern
    hemisphere: spring March-May, summer June-August, autumn September-November, winter
    December-February), placed against the publication date."""
    m = _SEASON.match(s)
    if not m:
        return None
    which, first = m[1], _SEASON_START[m[2]]

    def span(y: int) -> tuple[_dt.date, _dt.date]:
        end_y, end_m = (y + 1, 2) if first == 12 else (y, first + 2)
        return _dt.date(y, first, 1), _month_end(end_y, end_m)

    if m[3]:
        return span(int(m[3]))
    y = base.year - (1 if first == 12 and base.month <= 2 else 0)  # the season this year
    if which == "last":
        while span(y)[1] >= base:
            y -= 1
    elif which == "next":
        while span(y)[0] <= base:
            y += 1
    return span(y)


def _relative(s: str, base: _dt.date, year: int | None):
    day = _dt.timedelta(days=1)
    if season := _season(s, base):
        return season[0], season[1], "interval"
    if m := _WDAY.match(s):
        wd = _WEEKDAYS[m[2].rstrip(".")]
        back = (base.weekday() - wd) % 7
        if m[1] and back == 0:
            back = 7
        d = base - back * day
        return d, d, "day"
    if s in ("today", "now", "tonight", "this morning", "this afternoon", "this evening",
             "currently", "at present"):
        return base, base, "day"
    if s in ("yesterday", "last night", "yesterday morning", "yesterday evening"):
        return base - day, base - day, "day"
    if s == "the day before yesterday":
        return base - 2 * day, base - 2 * day, "day"
    if m := _AGO.match(s):
        n, unit = _num(m[1]), m[2]
        if unit == "day":
            d = base - n * day
            return d, d, "day"
        if unit == "week":
            d = base - 7 * n * day
            return d - _dt.timedelta(days=d.weekday()), d + _dt.timedelta(days=6 - d.weekday()), "interval"
        if unit == "month":
            y, mo = divmod(base.year * 12 + base.month - 1 - n, 12)
            return _dt.date(y, mo + 1, 1), _month_end(y, mo + 1), "month"
        return _dt.date(base.year - n, 1, 1), _dt.date(base.year - n, 12, 31), "year"
    if m := _PAST_N.match(s):
        n, unit = _num(m[1]), m[2]
        back = {"day": n, "week": 7 * n, "month": 30 * n, "year": 365 * n}[unit]
        return base - back * day, base, "interval"
    monday = base - base.weekday() * day
    if s in ("last week", "the past week", "past week", "the previous week", "the last week"):
        return monday - 7 * day, monday - day, "interval"
    if s in ("this week", "earlier this week", "this past week", "the week"):
        return monday, base, "interval"
    if s in ("weekend", "the weekend", "this weekend", "last weekend", "the past weekend"):
        sat = base - ((base.weekday() - 5) % 7) * day
        if s in ("last weekend", "the past weekend") and base.weekday() >= 5:
            sat -= 7 * day
        return sat, _clip(sat + day, base), "interval"
    if s in ("this month", "earlier this month", "so far this month", "this month so far"):
        return base.replace(day=1), base, "month"
    if s in ("last month", "the past month", "the previous month", "past month"):
        y, mo = (base.year, base.month - 1) if base.month > 1 else (base.year - 1, 12)
        return _dt.date(y, mo, 1), _month_end(y, mo), "month"
    if s in ("this year", "earlier this year", "so far this year", "this year so far",
             "the year", "year to date"):
        return _dt.date(base.year, 1, 1), base, "year"
    if s in ("last year", "the past year", "the previous year", "past year"):
        return _dt.date(base.year - 1, 1, 1), _dt.date(base.year - 1, 12, 31), "year"
    return None


@lru_cache(maxsize=64)
def _parser(pubdate: str):
    """A dateparser parser for one publication date (built once per date)."""
    from dateparser.date import DateDataParser
    base = _dt.datetime.fromisoformat(pubdate)
    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False, "PARSERS": [
            "relative-time", "absolute-time", "custom-formats"],
        "STRICT_PARSING": False,
    })


def _fallback(s: str, base: _dt.date | None):
    """Ask dateparser; relative readings without a pub date are rejected."""
    if len(s) > 40 or not re.search(r"\d|" + _MON + r"|ago|week|month|year", s):
        return None
    try:
        if base is None:
            # Parse against two different bases: a relative reading moves with them.
            a = _parser("2001-01-01").get_date_data(s)
            b = _parser("2011-07-15").get_date_data(s)
            if a.date_obj is None or a.date_obj != b.date_obj:
                return None
            data = a
        else:
            data = _parser(base.isoformat()).get_date_data(s)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if data.date_obj is None:
        return None
    d = data.date_obj.date()
    if data.period == "month":
        return d.replace(day=1), _month_end(d.year, d.month), "month"
    if data.period == "year":
        return _dt.date(d.year, 1, 1), _dt.date(d.year, 12, 31), "year"
    if data.period == "week":
        mon = d - _dt.timedelta(days=d.weekday())
        return mon, mon + _dt.timedelta(days=6), "interval"
    return d, d, "day"


def _clean(text: str) -> str:
    s = " ".join(str(text).split()).lower().strip(" ,;:")
    s = s.rstrip(".") if not re.search(_MON + r"$", s) else s
    s = s.replace("’", "'")
    s = _LEAD.sub("", s)
    return s


def _one(s: str, base, year):
    got = _simple(s, base, year)
    if got:
        return got
    bare = _LEAD.sub("", " ".join(_PART_OF_DAY.sub("", s).split()))
    if bare and bare != s:
        got = _simple(bare, base, year)
    return got or _fallback(bare or s, base)


@lru_cache(maxsize=8192)  # news repeats its date phrases ("on Monday") for the same publication date
def resolve(text: str, pubdate: str | None, future: bool = False) -> DateValue:
    """Resolve one date expression against the publication date ``pubdate`` (ISO); with
    ``future`` (an event still to come: "will travel to Cairo on Sunday") a bare weekday is the
    next such day on or after it.

    >>> resolve("Wednesday", "2015-12-23")
    DateValue(start='2015-12-23', end='2015-12-23', text='Wednesday', granularity='day')
    >>> resolve("Sunday", "2015-12-23", future=True).start
    '2015-12-27'
    >>> v = resolve("from September to November of this year", "2015-12-23")
    >>> (v.start, v.end, v.granularity)
    ('2015-09-01', '2015-11-30', 'interval')
    >>> resolve("June", "2024-03-15", future=True).start
    '2024-06-01'
    >>> resolve("last week", None).granularity
    'unresolved'
    """
    unresolved = DateValue(None, None, text, "unresolved")
    try:
        value = _resolve(text, _pub(pubdate)) or unresolved
    except (ValueError, KeyError, OverflowError, TypeError):
        return unresolved
    bare = _WDAY.match(_clean(" ".join(str(text).split()).lower().strip(" ,;:")))
    if future and bare and not bare[1] and value.start and value.start < str(pubdate):
        ahead = _iso(_dt.date.fromisoformat(value.start) + _dt.timedelta(days=7))
        return DateValue(ahead, ahead, value.text, value.granularity)
    if future and value.granularity == "month" and value.end and value.end < str(pubdate) \
            and not re.search(r"\d{4}", str(text)):  # "will withdraw by June", told in March: the coming June
        start, end = (_dt.date.fromisoformat(d) for d in (value.start, value.end))
        return DateValue(_iso(start.replace(year=start.year + 1)), _iso(_month_end(end.year + 1, end.month)),
                         value.text, value.granularity)
    return value


def _resolve(text: str, base: _dt.date | None) -> DateValue | None:
    raw = " ".join(str(text).split()).lower().strip(" ,;:")
    since = bool(re.match(r"^(?:ever\s+)?since\b", raw))
    s = _clean(re.sub(r"^ever\s+", "", raw))
    year = None
    if (m := _OF_YEAR.search(s)) and re.search(r"\d|\b" + _MON, s[:m.start()]):
        if base is None:
            return None
        year = base.year + {"this": 0, "last": -1, "next": 1}[m[1]]
        s = s[:m.start()].strip()
    if since:
        got = _one(s, base, year)
        if not got:
            return None
        # open-ended without a pub date: the start is known, the end is not
        return DateValue(_iso(got[0]), _iso(base), text, "interval")
    whole = _one(s, base, year)
    if whole:
        return DateValue(_iso(whole[0]), _iso(whole[1]), text, whole[2])
    if m := _RANGE.match(s):
        right = _one(m[2], base, year)
        if not right:
            return None
        left = _one(m[1], base, year if year is not None else right[1].year)
        if not left:
            return None
        start = left[0]
        if start > right[1] and not re.search(_YEAR, m[1]):
            start = start.replace(year=start.year - 1)
        return DateValue(_iso(start), _iso(right[1]), text, "interval")
    return None


_FIND = re.compile(
    r"(?<![\w-])(?:"
    r"(?:(?:ever\s+)?since|from|between)\s+(?:" + _MON + r")(?:\s+" + _DAYNUM + r")?(?:,?\s+" + _YEAR
    + r")?\s+(?:to|until|till|through|and)\s+(?:" + _MON + r")(?:\s+" + _DAYNUM + r")?"
    r"(?:,?\s+" + _YEAR + r"|\s+of\s+(?:this|last)\s+year)?"
    r"|(?:(?:ever\s+)?since|from)\s+(?:" + _MON + r")\s+" + _DAYNUM + r"(?:,?\s+" + _YEAR + r")?"
    r"|" + _YEAR + r"-\d\d-\d\d"
    r"|(?:" + _MON + r")\s+" + _DAYNUM + r"(?:\s*(?:-|–)\s*" + _DAYNUM + r")?(?:,?\s+" + _YEAR + r")?(?!\d)"
    r"|" + _DAYNUM + r"\s+(?:of\s+)?(?:" + _MON + r")(?:,?\s+" + _YEAR + r")?"
    r"|(?:in|since|during|by|until|from|early|late|mid-?)\s+(?:" + _MON + r")(?:,?\s+" + _YEAR + r")?(?!\w)"
    r"|(?:in|since|during|by|until)\s+" + _YEAR + r"(?!\d)"
    r"|(?:last|this\s+past)\s+(?:" + _WD + r")"
    r"|(?:on\s+)?(?:" + _WD + r")(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:the\s+day\s+before\s+)?yesterday|today"
    r"|(?:earlier|so\s+far)\s+this\s+(?:week|month|year)|(?:last|this)\s+(?:week|month|year|weekend)"
    r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?:day|week|month|year)s?\s+ago"
    r")(?![\w])", re.IGNORECASE)


def find_dates(sentence: str, pubdate: str | None) -> list[DateValue]:
    """Find and resolve the date expressions in free text, in text order.

    Month names alone ("May", "March") are only taken after a preposition
    or with a day or year, so the verb "may" is not a date.

    >>> [d.start for d in find_dates("Rebels shelled the town on Monday and since Sept. 30.", "2015-12-23")]
    ['2015-12-21', '2015-09-30']
    """
    out = []
    for m in _FIND.finditer(sentence or ""):
        words = m.group(0)
        # month and weekday words must be capitalised in running text ("he sat", "may")
        if any(re.fullmatch(_MON + "|" + _WD, w, re.IGNORECASE) and not w[0].isupper()
               for w in re.findall(r"[A-Za-z]+\.?", words)):
            continue
        out.append(resolve(words, pubdate))
    return out
