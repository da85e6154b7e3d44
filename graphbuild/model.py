"""Small frozen records the pipeline stages hand each other.

``ingest`` yields :class:`Document`; ``actors`` yields :class:`Actor` and
:class:`Mention`; ``extract`` yields :class:`Event` and :class:`Relation`;
:class:`DocResult` bundles one document's output for ``graph``.

Actors are referred to by their stable ``key`` (e.g. ``"state/RUS"``,
``"person/bashar-al-assad"``), never by object identity, so results from
different processes or runs merge into the same node.

>>> from graphbuild.model import Document
>>> Document(id="a#1", text="Rebels shelled the town.").id
'a#1'
"""
from __future__ import annotations

from dataclasses import dataclass, field

#: Actor types, as in the evaluation vocabulary.
ACTOR_TYPES = (
    "STATE", "GOVERNMENT", "MILITARY", "ARMED_GROUP", "IGO", "NGO",
    "MEDIA", "PERSON", "GROUP", "LOCATION",
)
#: PLOVER 2.0 event types.
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
)
#: Event types whose participants are interchangeable.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: Standing (non-event) relations.
RELATION_TYPES = ("LEADS", "MEMBER_OF", "ALLY_OF", "LOCATED_IN")
#: Factuality of an event (PLOVER's auxiliary modes, folded into one value).
POLARITIES = ("positive", "negative")
MODALITIES = ("asserted", "hypothetical", "future")


@dataclass(frozen=True)
class Document:
    """One news document: a whole file, one JSON line, or one part of a seed-format file."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO 8601 yyyy-mm-dd, publication date
    url: str | None = None
    parent: str | None = None  # id of the article a related story came with
    source: str | None = None  # the path it was read from, or "<stdin>"
    section: str | None = None  # e.g. "Middle East" for a related story


@dataclass(frozen=True)
class Actor:
    """A canonical actor (or place). ``key`` is its stable identity."""

    key: str
    label: str
    type: str  # one of ACTOR_TYPES
    qid: str | None = None  # Wikidata id, e.g. "Q159"
    aliases: tuple[str, ...] = ()
    country: str | None = None  # key of the state it belongs to / lies in
    lat: float | None = None
    lon: float | None = None
    region: bool = False  # a region ("north Syria", "Aleppo province") rather than a point


@dataclass(frozen=True)
class Mention:
    """A stretch of a document's text that refers to an actor."""

    doc_id: str
    start: int  # character offsets into Document.text
    end: int
    text: str
    actor: str  # Actor.key
    how: str = "gazetteer"  # gazetteer | ner | demonym | title | coref | group | name (a lone surname)


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence, its offsets, and what read it."""

    doc_id: str
    text: str  # the sentence
    start: int  # character offsets of the sentence in Document.text
    end: int
    extractor: str  # e.g. "verb", "nominal", "apposition", "title"


@dataclass(frozen=True)
class Casualty:
    """A count of people killed, injured or arrested, as the text gives it."""

    kind: str  # killed | injured | arrested
    count: int | None  # best numeric reading (lower bound for "at least")
    qualifier: str | None = None  # at-least | about | at-most | exact | many
    text: str = ""
    victims: str | None = None  # Actor.key of the group, if known


@dataclass(frozen=True)
class Event:
    """A PLOVER-typed event read from one sentence.

    ``sources`` and ``targets`` hold actor keys; coordinated actors
    ("Homs, Idlib and Aleppo") give several. A symmetric event with no
    target (``"A, B and C met"``) lists every participant in ``sources``.
    """

    type: str  # one of EVENT_TYPES
    evidence: Evidence
    trigger: str  # the word that names the event
    trigger_start: int  # its character offset in the document
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    location: str | None = None
    mode: str | None = None  # PLOVER mode, e.g. "aerial"
    cameo: str | None = None  # CAMEO code, e.g. "195"
    date: str | None = None  # ISO start date
    date_end: str | None = None  # ISO end date when an interval
    date_text: str | None = None  # the words the date was read from
    polarity: str = "positive"  # positive | negative ("did not attack")
    modality: str = "asserted"  # asserted | hypothetical | future
    claimed_by: str | None = None  # Actor.key of who says so
    denied_by: str | None = None  # Actor.key of who denies it
    casualties: tuple[Casualty, ...] = ()
    weapons: tuple[str, ...] = ()

    @property
    def asserted(self) -> bool:
        """True when the text states the event happened (not negated, hypothetical or denied)."""
        return self.polarity == "positive" and self.modality == "asserted" and not self.denied_by


@dataclass(frozen=True)
class Relation:
    """A standing relation between two actors: LEADS, MEMBER_OF, ALLY_OF, LOCATED_IN."""

    subject: str  # Actor.key
    predicate: str  # one of RELATION_TYPES
    object: str  # Actor.key
    evidence: Evidence | None = None  # None when it comes from the gazetteer


@dataclass(frozen=True)
class DocResult:
    """Everything extracted from one document."""

    document: Document
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    warnings: tuple[str, ...] = field(default=())
