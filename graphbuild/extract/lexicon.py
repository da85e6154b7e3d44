"""Extraction lexicons: event triggers, reporting verbs, modality cues, weapons, casualties.

The data lives in ``data/`` beside this module (CSV with ``#`` comment lines, one plain-text
list): ``verbs.csv`` (verb and noun triggers of the 16 PLOVER event types, with mode and
CAMEO code), ``phrases.csv`` (verb + object/particle), ``light_verbs.txt``, ``crimes.txt``, ``sport.txt``,
``reporting.csv``, ``modality.csv``, ``weapons.csv``, ``casualties.csv``,
``quantities.csv`` and ``non_events.csv``. Each file documents its columns at its top.
Lookups are case-insensitive.

>>> from graphbuild.extract.lexicon import Lexicon
>>> lx = Lexicon.load()
>>> lx.verb("bombard").event_type, lx.noun("talks").event_type, lx.phrase("hold", "talks").event_type
('ASSAULT', 'CONSULT', 'CONSULT')
>>> lx.non_event("strike", "earthquake")
'natural disaster'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from graphbuild.actors.tables import read_csv
from graphbuild.errors import DataError
from graphbuild.model import EVENT_TYPES

DATA_DIR = Path(__file__).resolve().parent / "data"

POS_TAGS = ("VERB", "NOUN")
REPORTING_KINDS = ("say", "accuse", "deny", "according_to")
MODALITY_KINDS = ("hypothetical", "future", "negation", "alleged")
CASUALTY_KINDS = ("killed", "injured", "arrested")
QUALIFIERS = ("at-least", "about", "at-most", "exact", "many")
_CAMEO = re.compile(r"^[0-2][0-9]{1,3}$")


@dataclass(frozen=True)
class Sense:
    """What a trigger means: a PLOVER event type, its mode and CAMEO code, and a note.

    >>> Sense("ASSAULT", "aerial", "195").cameo
    '195'
    """

    event_type: str
    mode: str | None
    cameo: str | None
    note: str | None = None

    def noted(self, hint: str) -> bool:
        """Whether the note (space-separated hints) has ``hint``.

        >>> Sense("MOBILIZE", None, None, "ambiguous moves-object").noted("moves-object")
        True
        """
        return hint in (self.note or "").split()


def _norm(text: str) -> str:
    return " ".join(text.strip().lower().replace("\u2019", "'").split())


def _again(lemma: str) -> str:
    """The verb a "re-" verb repeats ("reimpose" -> "impose", "re-arrest" -> "arrest"), or "".

    >>> _again("reimpose"), _again("re-arrest"), _again("rebel")
    ('impose', 'arrest', '')
    """
    if lemma in NOT_AGAIN:
        return ""
    rest = lemma[3:] if lemma.startswith("re-") else lemma[2:] if lemma.startswith("re") else ""
    return rest if len(rest) >= 5 else ""


#: "re" words that do not repeat the verb they end with ("recommend" is no praise, "resettle" no deal).
NOT_AGAIN = frozenset({"recommend", "recharge", "resettle", "revisit", "reorder", "reshore", "reside"})


def _sense(path: Path, lineno: int, row: dict[str, str]) -> Sense:
    et = row["event_type"]
    if et not in EVENT_TYPES:
        raise DataError(f"{path}:{lineno}: unknown event type {et!r}")
    cameo = row.get("cameo", "")
    if cameo and not _CAMEO.match(cameo):
        raise DataError(f"{path}:{lineno}: bad CAMEO code {cameo!r}")
    return Sense(et, row.get("mode") or None, cameo or None, row.get("note") or None)


def _unique(table: dict, key, value, path: Path, lineno: int, what: str) -> None:
    if key in table:
        raise DataError(f"{path}:{lineno}: duplicate {what} {key!r}")
    table[key] = value


def _kind(path: Path, lineno: int, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise DataError(f"{path}:{lineno}: kind {value!r} is not one of {', '.join(allowed)}")
    return value


def _kind_table(path: Path, column: str, kinds: tuple[str, ...], what: str) -> dict[str, str]:
    """A two-column CSV (``column``, ``kind``) as a dict, kinds checked, duplicates refused."""
    table: dict[str, str] = {}
    for lineno, row in read_csv(path, [column, "kind"]):
        _unique(table, _norm(row[column]), _kind(path, lineno, row["kind"], kinds), path, lineno, what)
    return table


def read_senses(path: Path | str) -> dict[tuple[str, str], Sense]:
    """Read a ``verbs.csv``-shaped file into ``{(lemma, POS): Sense}``; raises DataError when malformed.

    >>> read_senses(DATA_DIR / "verbs.csv")[("shell", "VERB")].mode
    'heavy-weapons'
    """
    path = Path(path)
    out: dict[tuple[str, str], Sense] = {}
    for lineno, row in read_csv(path, ["lemma", "pos", "event_type", "mode", "cameo", "note"]):
        if row["pos"] not in POS_TAGS:
            raise DataError(f"{path}:{lineno}: pos {row['pos']!r} is not VERB or NOUN")
        if not row["lemma"]:
            raise DataError(f"{path}:{lineno}: empty lemma")
        _unique(out, (_norm(row["lemma"]), row["pos"]), _sense(path, lineno, row), path, lineno, "trigger")
    return out


class Lexicon:
    """Lookup tables for the extractor. Build with :meth:`load`."""

    def __init__(self, directory: Path | str) -> None:
        self._cues: list[tuple[str, str]] | None = None
        d = Path(directory)
        self._senses = read_senses(d / "verbs.csv")
        self._phrases: dict[tuple[str, str], Sense] = {}
        p = d / "phrases.csv"
        for lineno, row in read_csv(p, ["verb", "object_or_particle", "event_type", "mode", "cameo"]):
            key = (_norm(row["verb"]), _norm(row["object_or_particle"]))
            _unique(self._phrases, key, _sense(p, lineno, row), p, lineno, "phrase")
        self._light = self._read_list(d / "light_verbs.txt")
        self._crimes = self._read_list(d / "crimes.txt")
        self._sport = self._read_list(d / "sport.txt")
        self._reporting = _kind_table(d / "reporting.csv", "lemma", REPORTING_KINDS, "reporting lemma")
        self._modality = _kind_table(d / "modality.csv", "cue", MODALITY_KINDS, "cue")
        self._weapons: dict[str, tuple[str, str | None]] = {}
        p = d / "weapons.csv"
        for lineno, row in read_csv(p, ["phrase", "category", "mode"]):
            if not row["category"]:
                raise DataError(f"{p}:{lineno}: empty category")
            _unique(self._weapons, _norm(row["phrase"]), (row["category"], row["mode"] or None),
                    p, lineno, "weapon")
        self._casualties = _kind_table(d / "casualties.csv", "word", CASUALTY_KINDS, "casualty word")
        for lineno, row in read_csv(d / "casualties.csv", ["counts"]):
            if row["counts"] not in ("yes", "no"):
                raise DataError(f"{d / 'casualties.csv'}:{lineno}: counts must be yes or no, not {row['counts']!r}")
        self._quantities: dict[str, tuple[int, str]] = {}
        p = d / "quantities.csv"
        for lineno, row in read_csv(p, ["word", "value", "qualifier"]):
            if not row["value"].isdigit():
                raise DataError(f"{p}:{lineno}: value {row['value']!r} is not a whole number")
            q = _kind(p, lineno, row["qualifier"], QUALIFIERS)
            _unique(self._quantities, _norm(row["word"]), (int(row["value"]), q), p, lineno, "quantity")
        self._non_events: dict[tuple[str, str], tuple[str, str | None]] = {}
        p = d / "non_events.csv"
        for lineno, row in read_csv(p, ["trigger", "context_word", "reason", "instead"]):
            if not row["reason"]:
                raise DataError(f"{p}:{lineno}: empty reason")
            if row["instead"] and row["instead"] not in EVENT_TYPES:
                raise DataError(f"{p}:{lineno}: unknown event type {row['instead']!r}")
            key = (_norm(row["trigger"]), _norm(row["context_word"]))
            _unique(self._non_events, key, (row["reason"], row["instead"] or None), p, lineno, "non-event")

    @staticmethod
    def _read_list(path: Path) -> frozenset[str]:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise DataError(f"{path}: cannot read: {exc}") from exc
        return frozenset(_norm(x) for x in lines if x.strip() and not x.lstrip().startswith("#"))

    @classmethod
    def load(cls) -> "Lexicon":
        """The lexicon built from the bundled data (cached).

        >>> Lexicon.load() is Lexicon.load()
        True
        """
        return _load_default()

    def verb(self, lemma: str) -> Sense | None:
        """The event a verb lemma triggers; a verb of doing again counts as the verb
        ("reimpose", "re-arrest") when the tables do not list it themselves.

        >>> Lexicon.load().verb("accuse").event_type, Lexicon.load().verb("rearrest").event_type
        ('ACCUSE', 'COERCE')
        """
        lemma = _norm(lemma)
        return self._senses.get((lemma, "VERB")) or self._senses.get((_again(lemma), "VERB"))

    def noun(self, lemma: str) -> Sense | None:
        """The event a noun lemma names.

        >>> Lexicon.load().noun("airstrike").mode
        'aerial'
        """
        return self._senses.get((_norm(lemma), "NOUN"))

    def phrase(self, verb_lemma: str, word: str) -> Sense | None:
        """The event a verb plus its object lemma or particle triggers ("shoot" + "down").

        >>> Lexicon.load().phrase("impose", "sanction").event_type
        'SANCTION'
        """
        verb_lemma, word = _norm(verb_lemma), _norm(word)
        return self._phrases.get((verb_lemma, word)) or self._phrases.get((_again(verb_lemma), word))

    def phrases(self) -> list[tuple[str, str]]:
        """Every (verb, object-or-particle) pair, sorted.

        >>> ("shoot", "down") in Lexicon.load().phrases()
        True
        """
        return sorted(self._phrases)

    def verb_lemmas(self) -> frozenset[str]:
        """Every verb lemma the tables name: triggers, phrase and light verbs, reporting verbs,
        and one-word modality cues, with the "re-" verbs of triggers, phrase and light verbs
        (the pipeline repairs mis-lemmatised verbs against them: "rearrested" -> rearrest).

        >>> {"stage", "shell", "say", "carry", "rearrest"} <= Lexicon.load().verb_lemmas()
        True
        """
        words = {lemma for lemma, pos in self._senses if pos == "VERB"}
        words |= {verb for verb, _ in self._phrases} | {light.split()[0] for light in self._light}
        words |= {again for w in words if _again(again := "re" + w)}
        words |= set(self._reporting) | {cue for cue in self._modality if " " not in cue}
        return frozenset(w for w in words if " " not in w)

    def is_attack(self, lemma: str, pos: str) -> bool:
        """Whether a verb or noun lemma names an attack (an ASSAULT trigger).

        >>> Lexicon.load().is_attack("shell", "VERB"), Lexicon.load().is_attack("talk", "NOUN")
        (True, False)
        """
        sense = self.verb(lemma) if pos == "VERB" else self.noun(lemma)
        return sense is not None and sense.event_type == "ASSAULT"

    def is_light_verb(self, lemma: str) -> bool:
        """True for verbs that take their event from their object ("launch" an attack).

        >>> Lexicon.load().is_light_verb("carry out"), Lexicon.load().is_light_verb("bomb")
        (True, False)
        """
        lemma = _norm(lemma)
        return lemma in self._light or _again(lemma) in self._light

    def is_crime(self, word: str) -> bool:
        """True for words of ordinary crime, whose arrests are no conflict event (``crimes.txt``).

        >>> Lexicon.load().is_crime("robbery"), Lexicon.load().is_crime("protest")
        (True, False)
        """
        return _norm(word) in self._crimes

    @property
    def sport_words(self) -> frozenset[str]:
        """The words of ``sport.txt``, lower-case, for a fast scan of a sentence.

        >>> "goalkeeper" in Lexicon.load().sport_words
        True
        """
        return self._sport

    def reporting(self, lemma: str) -> str | None:
        """The kind of a reporting verb or phrase: say | accuse | deny | according_to.

        >>> Lexicon.load().reporting("said"), Lexicon.load().reporting("deny")
        (None, 'deny')
        """
        return self._reporting.get(_norm(lemma))

    def is_denial(self, lemma: str) -> bool:
        """Whether a verb lemma denies what it governs ("deny", "refute").

        >>> Lexicon.load().is_denial("Deny"), Lexicon.load().is_denial("say")
        (True, False)
        """
        return self.reporting(lemma) == "deny"

    def modality(self, cue: str) -> str | None:
        """The kind of a modality cue: hypothetical | future | negation | alleged.

        >>> Lexicon.load().modality("could"), Lexicon.load().modality("did not")
        ('hypothetical', 'negation')
        """
        return self._modality.get(_norm(cue))

    def modality_cues(self) -> list[tuple[str, str]]:
        """Every (cue, kind), longest cues (by words, then characters) first.

        >>> len(Lexicon.load().modality_cues()[0][0].split()) > 1
        True
        """
        if self._cues is None:  # sorted once: this is asked for every trigger
            self._cues = sorted(self._modality.items(), key=lambda kv: (-len(kv[0].split()), -len(kv[0]), kv[0]))
        return self._cues

    def weapon(self, phrase: str) -> str | None:
        """The category of a weapon phrase.

        >>> Lexicon.load().weapon("Cluster munitions")
        'cluster-munitions'
        """
        w = self._weapons.get(_norm(phrase))
        return w[0] if w else None

    def weapon_mode(self, phrase: str) -> str | None:
        """The ASSAULT mode a weapon implies ("barrel bombs" -> "aerial"), or None.

        >>> Lexicon.load().weapon_mode("mortars")
        'heavy-weapons'
        """
        w = self._weapons.get(_norm(phrase))
        return w[1] if w else None

    def weapon_phrases(self) -> list[str]:
        """Every weapon phrase, longest first.

        >>> "sarin" in Lexicon.load().weapon_phrases()
        True
        """
        return sorted(self._weapons, key=lambda p: (-len(p.split()), -len(p), p))

    def casualty(self, word: str) -> str | None:
        """The casualty kind a word signals: killed | injured | arrested.

        >>> Lexicon.load().casualty("wounded")
        'injured'
        """
        return self._casualties.get(_norm(word))

    def quantity(self, word: str) -> tuple[int, str] | None:
        """The lower-bound value and qualifier of a vague quantity word.

        >>> Lexicon.load().quantity("dozens")
        (24, 'many')
        """
        return self._quantities.get(_norm(word))

    def non_event(self, trigger_lemma: str, context_lemma: str) -> str | None:
        """Why a trigger with this subject/object head is not a conflict event, or None.

        A row whose trigger is ``*`` applies to every trigger.

        >>> Lexicon.load().non_event("attack", "heart")
        'medical'
        >>> Lexicon.load().non_event("attack", "village") is None
        True
        """
        hit = self._veto(trigger_lemma, context_lemma)
        return hit[0] if hit else None

    def non_event_instead(self, trigger_lemma: str, context_lemma: str) -> str | None:
        """The event type a vetoed trigger names instead in this context (a workers' strike is a
        PROTEST), or None when it names no event or is not vetoed.

        >>> Lexicon.load().non_event_instead("strike", "worker"), Lexicon.load().non_event_instead("strike", "quake")
        ('PROTEST', None)
        """
        hit = self._veto(trigger_lemma, context_lemma)
        return hit[1] if hit else None

    def own_non_event(self, trigger_lemma: str, context_lemma: str) -> bool:
        """Whether a row names this very trigger with this context word (no ``*`` row): what a word
        further from the trigger may say ("defeated her rival in the vote").

        >>> Lexicon.load().own_non_event("defeat", "vote"), Lexicon.load().own_non_event("defeat", "earthquake")
        (True, False)
        """
        return (_norm(trigger_lemma), _norm(context_lemma)) in self._non_events

    def _veto(self, trigger_lemma: str, context_lemma: str) -> tuple[str, str | None] | None:
        t, c = _norm(trigger_lemma), _norm(context_lemma)
        return self._non_events.get((t, c)) or self._non_events.get(("*", c))


@functools.lru_cache(maxsize=1)
def _load_default() -> Lexicon:
    return Lexicon(DATA_DIR)
