"""Casualty counts and their qualifiers, read from plain text with regexes.

:func:`parse_count` reads one count phrase ("at least 200", "around a
dozen", "hundreds of"); :func:`casualties_in` finds killed / injured /
arrested counts in a sentence; :func:`find_casualties` does the same with
character offsets.  No spaCy needed (pass ``span.text``; offsets are then
relative to the span).

Conventions
-----------
* ``count`` is the number as written; qualifiers are ``exact``,
  ``at-least`` ("at least", "no fewer than", and ranges "10 to 15", which
  give their lower bound), ``more-than`` ("more than 30", "over 30" -> 30),
  ``about`` ("around", "nearly", "some", and "a dozen"/"a score", which
  news uses loosely), ``at-most`` ("up to", "as many as", "fewer than"),
  and ``many`` for vague plurals, counted at the lower bound of their
  order of magnitude: dozens = 24, scores = 40, hundreds = 200, thousands =
  2000, tens of thousands = 20000, hundreds of thousands = 200000,
  millions = 2000000; "several"/"a few" = 3 times the unit ("several
  hundred" = 300); "many"/"numerous" alone = (None, "many").

>>> parse_count("at least 200")
(200, 'at-least')
>>> casualties_in("Shelling killed 12 people.")
[('killed', 12, 'exact', '12 people', 'people')]
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.tokens import Token

from graphbuild.actors.tables import read_csv
from graphbuild.extract.lexicon import DATA_DIR
from graphbuild.extract.syntax import SUBJ, children, phrase_head

__all__ = ["parse_count", "casualties_in", "find_casualties", "CasualtyMatch", "died_of"]

_UNITS = {
    "zero": 0, "no": 0, "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9,
           "m": 10**6, "mn": 10**6, "bn": 10**9, "k": 1000}
_GROUPS = {"dozen": 12, "score": 20}
#: vague plurals -> lower bound of their order of magnitude
_VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000,
          "millions": 2_000_000, "tens of thousands": 20_000,
          "hundreds of thousands": 200_000, "tens of millions": 20_000_000}
_QUALIFIERS = [
    ("at-least", r"at\s+least|no\s+(?:fewer|less)\s+than|not\s+less\s+than|a\s+minimum\s+of|minimum"),
    ("more-than", r"more\s+than|over|in\s+excess\s+of|upwards\s+of|above|well\s+over"),
    ("at-most", r"up\s+to|as\s+many\s+as|at\s+most|no\s+more\s+than|not\s+more\s+than|"
                r"fewer\s+than|less\s+than|under|a\s+maximum\s+of"),
    ("about", r"about|around|roughly|approximately|approx\.?|nearly|almost|some|close\s+to|"
              r"an\s+estimated|estimated|circa|perhaps|possibly|more\s+or\s+less|just\s+over|"
              r"just\s+under|~"),
]
_QUAL_RE = re.compile(r"^(?:(" + "|".join(f"(?P<q{i}>{p})" for i, (_, p) in enumerate(_QUALIFIERS))
                      + r")\s*)")

_NUMWORD = "|".join(sorted(list(_UNITS) + list(_TENS) + ["hundred", "thousand", "million", "billion"],
                           key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM = (r"(?:(?:" + _NUMWORD + r")(?:(?:\s+and\s+|[\s-]+)(?:" + _NUMWORD + r"))*)")
#: a count phrase: optional qualifier, then digits / number words / vague plural / dozen
COUNT_PATTERN = (
    r"(?:(?:" + "|".join(p for _, p in _QUALIFIERS) + r")\s+)?"
    r"(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|scores|hundreds|thousands|millions"
    r"|(?:several|a\s+few|a\s+couple\s+of)\s+(?:dozen|hundred|thousand|million)"
    r"|(?:half\s+a|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:dozen|score)"
    r"|(?:" + _DIGITS + r")(?:\s*(?:-|–|to|or)\s*(?:" + _DIGITS + r"))?(?:\s*(?:million|billion|thousand|m|bn|k)\b)?"
    r"|" + _WORDNUM + r"(?:\s+(?:to|or)\s+" + _WORDNUM + r")?"
    r"|many|numerous|several|a\s+few|a\s+handful(?:\s+of)?)"
)


def _words_to_int(text: str) -> int | None:
    """"three hundred and fifty" -> 350; None when not all number words."""
    total, current, seen = 0, 0, False
    for w in re.split(r"[\s-]+", text.strip()):
        if w == "and" and seen:
            continue
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w in ("hundred",):
            current = max(current, 1) * 100
        elif w in ("thousand", "million", "billion"):
            total += max(current, 1) * _SCALES[w]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _number(text: str) -> int | None:
    """One number: digits (with commas, decimals, scale word) or number words."""
    t = text.strip().lower()
    m = re.fullmatch(r"(" + _DIGITS + r")\s*(million|billion|thousand|m|mn|bn|k)?", t)
    if m:
        value = float(m[1].replace(",", ""))
        if m[2]:
            value *= _SCALES[m[2]]
        return int(round(value))
    return _words_to_int(t)


#: Words that count no one: "no one was hurt", "nobody was killed".
NO_ONE = frozenset({"no one", "no-one", "nobody", "none"})


def parse_count(text: str) -> tuple[int | None, str | None]:
    """Read a count phrase -> (count, qualifier); (None, None) when it is no count.

    >>> parse_count("around a dozen")
    (12, 'about')
    >>> parse_count("hundreds of")
    (200, 'many')
    >>> parse_count("1,200")
    (1200, 'exact')
    >>> parse_count("purple")
    (None, None)
    >>> parse_count("no one")
    (0, 'exact')
    """
    t = " ".join(str(text).lower().replace("–", "-").split()).strip(" ,.;:")
    t = re.sub(r"\s+(?:of|people|persons)$", "", t)
    qual = None
    if m := _QUAL_RE.match(t):
        qual = next(_QUALIFIERS[i][0] for i in range(len(_QUALIFIERS)) if m[f"q{i}"])
        t = t[m.end():].strip()
    if not t:
        return None, None
    if t in NO_ONE:
        return 0, "exact"
    if t in _VAGUE:
        return _VAGUE[t], qual or "many"
    if t in ("many", "numerous"):
        return None, "many"
    if t in ("several", "a few", "a handful", "a handful of", "handful"):
        return 3, qual or "many"
    if m := re.fullmatch(r"(several|a few|a couple of)\s+(dozen|hundred|thousand|million)", t):
        unit = _GROUPS.get(m[2]) or _SCALES[m[2]]
        return (2 if m[1] == "a couple of" else 3) * unit, qual or "many"
    if m := re.fullmatch(r"(half a|a|an|\w+)\s+(dozen|score)", t):
        n = 0.5 if m[1] == "half a" else _number(m[1])
        if n is None:
            return None, None
        exact_word = m[1] not in ("a", "an", "half a")
        return int(n * _GROUPS[m[2]]), qual or ("exact" if exact_word else "about")
    if t in _GROUPS:
        return _GROUPS[t], qual or "about"
    if m := re.fullmatch(r"(?:between\s+)?(.+?)\s*(?:-|to|and|or)\s*(.+)", t):
        lo, hi = _number(m[1]), _number(m[2])
        if lo is not None and hi is not None and lo < hi:
            return lo, qual or "at-least"
    n = _number(t)
    if n is None:
        return None, None
    return n, qual or "exact"


# --- finding casualties in a sentence -------------------------------------------------

@functools.lru_cache(maxsize=1)
def _triggers() -> tuple[tuple[str, ...], re.Pattern]:
    """The casualty kinds and one pattern of the words that count them (``data/casualties.csv``, the
    rows marked ``counts``), a named group per kind, longest words first."""
    words: dict[str, list[str]] = {}
    for _lineno, row in read_csv(DATA_DIR / "casualties.csv", ["word", "kind", "counts"]):
        if row["counts"] == "yes":
            words.setdefault(row["kind"], []).append(r"\s+".join(map(re.escape, row["word"].split())))
    kinds = tuple(words)
    alternatives = "|".join(f"(?P<{k}>{'|'.join(sorted(words[k], key=len, reverse=True))})" for k in kinds)
    return kinds, re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


#: nouns naming people who can be casualties (plural and singular)
VICTIM_NOUNS = (
    "civilians|civilian|people|persons|person|fighters|fighter|soldiers|soldier|militants|militant|"
    "children|child|kids|babies|infants|women|woman|men|man|boys|boy|girls|girl|members|"
    "rebels|rebel|insurgents|insurgent|combatants|jihadists|jihadist|troops|servicemen|"
    "personnel|police|policemen|policeman|officers|officer|guards|protesters|protester|"
    "demonstrators|activists|activist|journalists|journalist|reporters|workers|worker|"
    "doctors|doctor|nurses|medics|patients|residents|villagers|students|student|"
    "pupils|teachers|worshippers|pilgrims|passengers|migrants|refugees|prisoners|"
    "detainees|suspects|suspect|others|victims|family\\s+members|relatives|"
    "volunteers|staff|employees|officials|official|gunmen|gunman|attackers|bystanders|"
    "shoppers|commanders|commander|leaders|opponents|dissidents|citizens|schoolchildren|schoolgirls|"
    "schoolboys|farmers|herders|traders|fishermen|miners|hostages|captives|peacekeepers|diplomats|"
    "tourists|sailors|crew|priests|monks|nuns|parishioners|"
    "priest|pastor|imam|monk|nun|chief|chiefs|mayor|mayors|governor|judge|judges|teacher|pupil|farmer|herder|"
    "trader|fisherman|miner|hostage|peacekeeper|diplomat|tourist|sailor|nurse|medic|patient|resident|villager|"
    "worshipper|pilgrim|passenger|migrant|refugee|prisoner|detainee|volunteer|employee|bystander|citizen|"
    "schoolgirl|schoolboy|guard|driver|gendarme|gendarmes|militiaman|militiamen|ranger|rangers|contractor|"
    "contractors|lawmaker|politician|lawmakers|legislators|supporters|"
    "[a-z]+(?:ians|ants)|"  # people by what they do: politicians, technicians, participants, inhabitants
    "(?-i:[A-Z][a-z]+(?:is|ians|ans|ese|ish|ites|ds|ks|ts))"  # demonym plurals: Syrians, Kurds, Iraqis (capitalised:
    # not "two weeks")
)
_ADJ = (r"(?:(?!(?:and|or|were|was|are|is|have|has|had|in|on|at|of|who|that|from|by|with|to|"
        r"killed|died|dead|wounded|injured|hurt|arrested|detained)\b)[A-Za-z][\w'-]*\s+){0,2}")
_COUNT_RE = re.compile(
    r"(?<![\w$£€.,])(?P<count>" + COUNT_PATTERN + r")(?![\w%])"
    r"(?:(?P<of>\s+of)?\s+(?P<noun>" + _ADJ + r"(?:" + VICTIM_NOUNS + r"))\b)?",
    re.IGNORECASE)
_FOLLOWERS = re.compile(  # words that may end a bare count ("killed 12 and wounded ...")
    r"^(?:\s*(?:[,.;:)]|$|and\b|or\b|in\b|on\b|at\b|during\b|when\b|after\b|before\b|"
    r"from\b|including\b|were\b|was\b|have\b|has\b|had\b|are\b|is\b|been\b|more\b|"
    r"dead\b|killed\b|wounded\b|injured\b|hurt\b|arrested\b|detained\b|died\b|of\s+them\b|"
    r"since\b|last\b|this\b|yesterday\b|overnight\b|as\b|by\b|so\b|across\b|with\b))",
    re.IGNORECASE)
_MONTH_BEFORE = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$",
                           re.IGNORECASE)
_BETWEEN_PASSIVE = re.compile(
    r"^\s*(?:(?:were|was|are|is|have|has|had|been|being|also|all|reportedly|allegedly|who|that|"
    r"among|the|reported|"
    r"confirmed|reported|believed|feared|thought|said|to|be|later|have\s+been|had\s+been|shot|found|"
    r"were\s+all|others|of\s+them|more|people|others)\s+){0,4}$", re.IGNORECASE)
#: Where the victims come from, between them and the verb: "13 peacekeepers from Chad and Niger were killed".
_ORIGIN = re.compile(r"^\s*(?:from|in)\s+(?:the\s+)?(?:[A-Z][\w'.-]*(?:\s*,\s*|\s+and\s+|\s+)?)+")
_TOLL_LINK = re.compile(
    r"^\s*(?:(?:has|had|have|now|also|reportedly|further)\s+)*"
    r"(?:rose|risen|rises|rising|climbed|climbs|reached|reaches|stood|stands|stand|hit|hits|"
    r"jumped|increased|is|was|of|at|to|has\s+reached)(?:\s+(?:to|at))?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class CasualtyMatch:
    """One casualty count found in text, with offsets into that text."""

    kind: str  # killed | injured | arrested
    count: int | None
    qualifier: str | None
    text: str  # the count phrase and its victim noun, e.g. "at least 200 civilians"
    victim_noun: str  # e.g. "civilians"; "" when the text names none
    start: int
    end: int


def _kind(m: re.Match) -> str:
    return next(k for k in _triggers()[0] if m.group(k))


def find_casualties(text: str) -> list[CasualtyMatch]:
    """Casualty counts in ``text`` with character offsets, in text order.

    >>> [(c.kind, c.count, c.start) for c in find_casualties("Police arrested 15 activists.")]
    [('arrested', 15, 16)]
    """
    text = text or ""
    triggers = [(m.start(), m.end(), _kind(m), m.group(0).lower()) for m in _triggers()[1].finditer(text)]
    if not triggers:
        return []
    out: list[CasualtyMatch] = []
    for m in _COUNT_RE.finditer(text):
        cstart, cend = m.start("count"), m.end("count")
        phrase = m.group("count")
        noun_words = m.group("noun") or ""
        noun = noun_words.split()[-1] if noun_words else ""
        end = m.end() if noun else cend
        after = text[end:]
        before = text[:cstart]
        if _MONTH_BEFORE.search(before) or re.search(r"\d[:/]\s*$", before):
            continue
        if re.fullmatch(r"1[89]\d\d|20\d\d", phrase.strip()) and not noun:
            continue  # a year
        if not noun and not _FOLLOWERS.match(after):
            continue  # "30 strikes", "12 hours": a count of something else
        count, qual = parse_count(phrase + (" of" if m.group("of") else ""))
        if count is None and qual is None:
            continue
        if re.fullmatch(r"(?:a|an|one|no|several|a few|many|numerous)", phrase.strip(), re.I) and not noun:
            continue
        if _TELLER.match(after) or _SUBSET.search(before):
            continue  # "..., a hospital official said": who tells; "12 people, including four children": of the 12
        kind = _assign(triggers, cstart, end, text)
        if kind is None:
            continue
        out.append(CasualtyMatch(kind, count, qual, text[cstart:end], noun, cstart, end))
    return out


def _assign(triggers, cstart: int, cend: int, text: str) -> str | None:
    """The kind of the trigger this count belongs to, or None."""
    # 1. passive / adjectival: "46 civilians were killed", "12 dead"
    for ts, _te, kind, words in triggers:
        if ts >= cend and _BETWEEN_PASSIVE.match(_ORIGIN.sub("", _aside(text[cend:ts]), count=1)) \
                and "toll" not in words:
            return kind
        if ts >= cend:
            break
    # 2. object of a preceding trigger in the same clause: "killed at least 200 civilians and ..."
    prev = [t for t in triggers if t[1] <= cstart]
    if not prev:
        return None
    ts, te, kind, words = prev[-1]
    gap = text[te:cstart]
    if "toll" in words:
        return kind if _TOLL_LINK.match(gap) or len(gap) < 40 and re.search(r"\b(?:to|at|of)\s*$", gap) else None
    if len(gap) > 90 or re.search(r"[;:]|\.\s", gap):
        return None
    if re.search(r"\b(?:who|which|that|after|when|because|while|since|said|says)\b", gap, re.I):
        return None
    if _OTHER_VERB.search(gap):
        return None  # "killed 22 militants and freed 11 hostages": the 11 were freed, not killed
    return kind


#: Who tells the count, after it: "three were killed, a hospital official said".
_TELLER = re.compile(r"^\s+(?:said|says|told|tells|reported|reports|added|confirmed|stated)\b", re.I)
#: What a count before names a part of: "12 people, including four children", "among them two nurses".
_SUBSET = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom)\s*$", re.I)
#: Words between victims and their verb that name more victims or a part of them: "two soldiers and a
#: civilian were killed", "four people, including three guards, were killed".
_COORDINATED = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:" + COUNT_PATTERN + r")\s+" + _ADJ
                          + r"(?:" + VICTIM_NOUNS + r")\b", re.I)
_INCLUDING = re.compile(r"^\s*,\s*(?:including|among\s+them)\b[^,.;]*,", re.I)


def _aside(gap: str) -> str:
    """``gap``, the words between a count and a verb, without more victims or a part of them before it."""
    while m := _COORDINATED.match(gap) or _INCLUDING.match(gap):
        gap = gap[m.end():]
    return gap


#: A coordinated verb of its own between a casualty verb and a count: the count is that verb's.
_OTHER_VERB = re.compile(r"\b(?:and|but|then)\s+(?:\w+ly\s+)?(?:[a-z]+ed|took|held|kept|caught|sent|brought|"
                         r"stole|burnt|led|set)\s*$", re.I)


def casualties_in(text: str) -> list[tuple[str, int | None, str | None, str, str]]:
    """Casualty counts in a sentence as (kind, count, qualifier, matched_text, victim_noun).

    >>> casualties_in("Air strikes killed at least 200 civilians and around a dozen fighters.")
    [('killed', 200, 'at-least', 'at least 200 civilians', 'civilians'), ('killed', 12, 'about', 'around a dozen fighters', 'fighters')]
    """
    return [(c.kind, c.count, c.qualifier, c.text, c.victim_noun) for c in find_casualties(text)]


#: Verbs of dying: whoever "died in" or "of" an attack is whom it struck.
DYING = frozenset({"die", "perish", "succumb"})
#: Nouns between a death and what caused it: "died of wounds from the bombing", "as a result of torture".
HARM_NOUNS = frozenset({"wound", "injury", "result", "consequence", "effect"})
#: Prepositions that tie a death to its cause.
CAUSE_PREPS = frozenset({"in", "of", "from", "after", "during", "to", "under", "as"})


def died_of(token: Token) -> list[Token]:
    """The subjects of a verb of dying that ``token`` (a noun) is the cause of: "three children died
    in the shelling", "a prisoner died as a result of torture", "two soldiers died from wounds
    sustained in an ambush", "medics succumbed to injuries from the bombing"; [] otherwise.

    >>> died_of.__name__  # needs a parsed sentence; see tests/extract/test_events.py (STRUCK)
    'died_of'
    """
    for _ in range(4):  # noun <- prep <- (harm noun <- [sustained] <- prep <-) verb of dying
        head = phrase_head(token, CAUSE_PREPS)
        if head is None:
            return []
        if head.dep_ == "acl" and head.head.lemma_.lower() in HARM_NOUNS:  # "wounds sustained in"
            head = head.head
        if head.lemma_.lower() in DYING:
            return [s for s in children(head, SUBJ) if s.pos_ in ("NOUN", "PROPN", "PRON")]
        if head.lemma_.lower() not in HARM_NOUNS:
            return []
        token = head
    return []
