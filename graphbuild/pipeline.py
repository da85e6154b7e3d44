"""Articles in, graph out: ingest -> nlp -> actors -> extract -> graph.

:func:`extract_documents` turns documents into :class:`~graphbuild.model.DocResult`
records (pure data, picklable, so worker processes and Dask can run it);
:func:`build` reads inputs, extracts and writes the results into a graph store.

>>> from graphbuild.pipeline import build
>>> report = build(texts=["Rebels shelled Aleppo on Monday."])  # doctest: +SKIP
>>> len(report.graph) > 0                                        # doctest: +SKIP
True
"""
from __future__ import annotations

import functools
import gc
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from rdflib import Graph

from graphbuild.errors import ExtractionError, GraphbuildError
from graphbuild.model import Document, DocResult

#: Documents parsed inside one spaCy memory zone.
ZONE_DOCUMENTS = 256
#: Longest piece of text parsed at once; longer documents are parsed in parts.
MAX_PART_CHARS = 100_000
#: During a build, a full garbage collection runs at most once per this many collections of the
#: middle generation (CPython's default is 10); see :func:`rare_full_collections`.
FULL_COLLECTION_EVERY = 100
#: Run through every stage before the first real document (see :func:`settle`).
WARM_UP_TEXT = "Government troops shelled Homs in northern Syria on Monday, killing 3 civilians, officials said."


@dataclass
class BuildReport:
    """What a build did: the graph it wrote to and counts for the summary."""

    graph: Graph
    documents: int = 0
    skipped: list = field(default_factory=list)  # graphbuild.ingest.Skipped records
    actors: Counter = field(default_factory=Counter)  # actor type -> distinct actors
    events: Counter = field(default_factory=Counter)  # event type -> events
    relations: Counter = field(default_factory=Counter)  # relation type -> relations


def _documents(paths: Sequence[str], texts: Sequence[str], documents: Iterable[Document],
               skipped: list, date: str | None = None) -> Iterator[Document]:
    """Every input as Documents, in order; unreadable inputs go to ``skipped`` instead; ``date`` is
    the publication date of those that give none."""
    from graphbuild.ingest import Skipped, from_texts, read

    def dated(docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield replace(doc, date=date) if date and not doc.date else doc

    if paths:
        for item in read(list(paths)):
            if isinstance(item, Skipped):
                skipped.append(item)
            else:
                yield from dated([item])
    yield from dated(from_texts(texts))
    yield from dated(documents)


@functools.lru_cache(maxsize=4)
def load_pipeline(model: str | None = None):
    """The spaCy pipeline graphbuild runs: :func:`graphbuild.nlp.load` plus the actor gazetteer.

    >>> nlp = load_pipeline()          # doctest: +SKIP
    >>> "graphbuild_gazetteer" in nlp.pipe_names   # doctest: +SKIP
    True
    """
    from graphbuild.actors.gazetteer import Gazetteer
    from graphbuild.extract.intentions import VOLITION_HEADS
    from graphbuild.extract.lexicon import Lexicon
    from graphbuild.nlp import add_gazetteer, load
    from graphbuild.nlp.lemmas import add_verb_lemmas

    nlp = add_gazetteer(load(model), Gazetteer.load().patterns())
    return add_verb_lemmas(nlp, Lexicon.load().verb_lemmas() | VOLITION_HEADS)


def extract_documents(docs: Iterable[Document], *, nlp=None, model: str | None = None,
                      batch_size: int = 16) -> Iterator[DocResult]:
    """Run NLP, actor resolution and extraction over ``docs``, one result per document, in order.

    ``nlp`` is a loaded pipeline from :func:`load_pipeline`; by default the
    ``model`` name (or the default English model) is loaded once.

    >>> from graphbuild.model import Document
    >>> [r] = extract_documents([Document("d1", "Rebels shelled Aleppo.")])  # doctest: +SKIP
    >>> r.events[0].type                                                      # doctest: +SKIP
    'ASSAULT'
    """
    from graphbuild.actors.gazetteer import Gazetteer
    from graphbuild.extract.lexicon import Lexicon

    from graphbuild.actors.placenames import country_context
    from graphbuild.parallel import batches

    nlp = nlp or load_pipeline(model)
    settle(nlp)
    gaz, lexicon = Gazetteer.load(), Lexicon.load()
    for chunk in batches(docs, ZONE_DOCUMENTS):
        # spaCy's string store grows with every new word; a memory zone frees what a chunk
        # added, so a long run stays flat. Results are plain dataclasses, safe outside the zone.
        parts = ((text, (d, offset)) for d in chunk for offset, text in text_parts(d.text, MAX_PART_CHARS))
        countries: dict[str, list[str]] = {}  # an article's countries, for its related stories
        with nlp.memory_zone():
            pieces = []
            for doc, (document, offset) in nlp.pipe(parts, as_tuples=True, batch_size=batch_size):
                context = country_context(doc, gaz)
                if document.parent is None and not offset:
                    countries[document.id] = context
                context += [iso for iso in countries.get(document.parent or "", ()) if iso not in context]
                pieces.append((document, offset, _result(doc, replace(document, text=doc.text), gaz, lexicon,
                                                          context)))
        yield from _joined(pieces)


@functools.lru_cache(maxsize=4)
def settle(nlp) -> None:
    """Get ``nlp`` and the stages after it ready for a long run (once per pipeline).

    One short text goes through every stage, so the tables they load on first use (the place
    index, the lexicon) are loaded before the first real document.

    >>> settle(load_pipeline())   # doctest: +SKIP
    """
    from graphbuild.actors.gazetteer import Gazetteer
    from graphbuild.extract.lexicon import Lexicon

    warm_up = Document("warm-up", WARM_UP_TEXT, date="2000-01-03")
    _result(nlp(warm_up.text), warm_up, Gazetteer.load(), Lexicon.load())


def text_parts(text: str, limit: int = MAX_PART_CHARS) -> list[tuple[int, str]]:
    r"""A document's text as (offset, part) pieces of at most ``limit`` characters, cut at line
    breaks where possible (else at a sentence end, else anywhere): spaCy's parser needs about
    1 GB per 100,000 characters and refuses texts over its ``max_length``.

    >>> text_parts("one\ntwo\nthree", limit=8)
    [(0, 'one\ntwo\n'), (8, 'three')]
    """
    parts, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        line, sentence = window.rfind("\n"), window.rfind(". ")
        cut = line + 1 if line >= 0 else sentence + 2 if sentence >= 0 else limit
        parts.append((start, text[start:start + cut]))
        start += cut
    parts.append((start, text[start:]))
    return parts


def _joined(pieces: list[tuple[Document, int, DocResult]]) -> Iterator[DocResult]:
    """One result per document from the results of its parts, offsets moved to the whole text."""
    current: DocResult | None = None
    for document, offset, part in pieces:
        part = _shifted(part, offset) if offset else part
        if current is not None and current.document is document:
            actors = {a.key: a for a in (*current.actors, *part.actors)}
            current = replace(current, actors=tuple(actors[k] for k in sorted(actors)),
                              mentions=current.mentions + part.mentions, events=current.events + part.events,
                              relations=tuple(dict.fromkeys(current.relations + part.relations)))
            continue
        if current is not None:
            yield current
        current = replace(part, document=document)
    if current is not None:
        yield current


def _shifted(result: DocResult, offset: int) -> DocResult:
    """A part's result with its character offsets counted from the start of the whole text."""
    def ev(e):
        return e and replace(e, start=e.start + offset, end=e.end + offset)

    return replace(
        result,
        mentions=tuple(replace(m, start=m.start + offset, end=m.end + offset) for m in result.mentions),
        events=tuple(replace(e, trigger_start=e.trigger_start + offset, evidence=ev(e.evidence))
                     for e in result.events),
        relations=tuple(replace(r, evidence=ev(r.evidence)) for r in result.relations))


def _result(doc, document: Document, gaz, lexicon, context: Sequence[str] | None = None) -> DocResult:
    """One parsed document's actors, mentions, events and relations (``context``: the countries its
    places are read in, see :func:`~graphbuild.actors.resolve.resolve`)."""
    from graphbuild.actors.resolve import resolve
    from graphbuild.extract import extract

    try:
        found = resolve(doc, document.id, gaz, lexicon.is_attack, context)
        events, relations = extract(doc, document, found, lexicon, gaz)
    except GraphbuildError:
        raise
    except Exception as e:  # a rule's defect: say which document, not a traceback
        raise ExtractionError(document.id, f"{type(e).__name__}: {e}") from e
    actors = dict(found.actors)
    named = {k for r in relations for k in (r.subject, r.object)} | {k for e in events for k in (*e.sources, *e.targets)}
    named |= {a.country for a in actors.values() if a.country}  # "Irish militants" are coded by Ireland
    for key in named - set(actors):  # a state only an event or relation names ("a visit to Moscow": Russia)
        known = gaz.actor(key)
        if known is not None:
            actors[key] = known
    return DocResult(
        document=document,
        actors=tuple(actors[k] for k in sorted(actors)),
        mentions=tuple(sorted(found.mentions, key=lambda m: (m.start, m.end))),
        events=tuple(events),
        relations=tuple(relations),
    )


def harmonise(result: DocResult, labels: dict[str, str]) -> DocResult:
    """Give every actor the label it first had in this build, so one key keeps one name.

    Places geocoded to the same point may be written differently ("Raqqa", "Raqa"): the
    first spelling is the label, later ones become aliases.

    >>> from graphbuild.model import Actor, Document, DocResult
    >>> seen = {"place/1": "Raqqa"}
    >>> r = harmonise(DocResult(Document("d", "x"), actors=(Actor("place/1", "Raqa", "LOCATION"),)), seen)
    >>> r.actors[0].label, r.actors[0].aliases
    ('Raqqa', ('Raqa',))
    """
    changed = []
    for actor in result.actors:
        first = labels.setdefault(actor.key, actor.label)
        if first != actor.label:
            aliases = tuple(dict.fromkeys((*actor.aliases, actor.label)))
            actor = replace(actor, label=first, aliases=aliases)
        changed.append(actor)
    return replace(result, actors=tuple(changed))


def _results(docs: Iterator[Document], *, model, workers: int) -> Iterator[DocResult]:
    """Results in input order, from this process or from ``workers`` processes."""
    if workers > 1:
        from graphbuild.parallel import extract_parallel

        return extract_parallel(docs, workers=workers, model=model)
    return extract_documents(docs, model=model)


_gc_lock = threading.Lock()
_gc_depth = 0  # builds running now
_gc_saved = gc.get_threshold()  # the setting before the first of them


@contextmanager
def rare_full_collections(every: int = FULL_COLLECTION_EVERY) -> Iterator[None]:
    """Run the garbage collector's full collections at most once per ``every`` middle-generation
    collections while the block runs (young collections as usual); the old setting comes back after.

    A build keeps hundreds of thousands of small objects alive (graph terms, the in-memory
    store's indexes). With CPython's default, a full collection walks all of them every ~70,000
    allocations, which cost a tenth of a build's time; garbage in reference cycles is still
    collected, ten times less often. Nested and concurrent uses share one setting.

    >>> import gc
    >>> before = gc.get_threshold()
    >>> with rare_full_collections(500):
    ...     gc.get_threshold()[2] >= 500
    True
    >>> gc.get_threshold() == before
    True
    """
    global _gc_depth, _gc_saved
    with _gc_lock:
        if _gc_depth == 0:
            _gc_saved = gc.get_threshold()
            young, middle, full = _gc_saved
            gc.set_threshold(young, middle, max(full, every))
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0:
                gc.set_threshold(*_gc_saved)


@rare_full_collections()
def build(paths: Sequence[str] = (), *, texts: Sequence[str] = (), documents: Iterable[Document] = (),
          store: str = "memory", model: str | None = None, workers: int = 1,
          dask: str | None = None, progress: Callable | None = None, batch: int = 64,
          date: str | None = None) -> BuildReport:
    """Read ``paths`` (files, folders, ``-`` for stdin), ``texts`` and ``documents``; extract; write a graph.

    ``date`` (``YYYY-MM-DD``) is the publication date of documents that give none: relative dates
    ("on Monday", "last week") resolve against it.

    ``store`` is a store spec (``memory``, ``oxigraph:PATH``, ``sparql:URL``); ``workers`` > 1 runs the
    NLP in that many processes; ``dask`` is the address of a Dask scheduler. ``progress`` is called
    with each finished :class:`~graphbuild.model.DocResult` (the CLI uses it for its progress bar).

    >>> report = build(texts=["Rebels shelled Aleppo on Monday."])  # doctest: +SKIP
    >>> report.documents, report.events["ASSAULT"]                   # doctest: +SKIP
    (1, 1)
    """
    from graphbuild.graph.build import write_results
    from graphbuild.store import add_ntriples, flush_graph, open_graph

    graph = open_graph(store, read_only=False, create=True)
    report = BuildReport(graph)
    docs = _documents(paths, texts, documents, report.skipped, date)
    if dask:
        from graphbuild.parallel import extract_dask

        for shard in extract_dask(docs, address=dask, model=model):
            add_ntriples(graph, shard)
            flush_graph(graph)
        return _count_from_graph(report)
    labels: dict[str, str] = {}
    described: dict[str, tuple[str, ...]] = {}
    actor_types: dict[str, str] = {}
    pending: list[DocResult] = []
    for result in _results(docs, model=model, workers=workers):
        result = harmonise(result, labels)
        report.documents += 1
        actor_types.update((a.key, a.type) for a in result.actors)
        # an actor is described once per build; later documents only mention it
        new = tuple(a for a in result.actors if a.key not in described or a.aliases != described[a.key])
        described.update((a.key, a.aliases) for a in new)
        pending.append(replace(result, actors=new))
        report.events.update(e.type for e in result.events)
        report.relations.update(r.predicate for r in result.relations)
        if progress:
            progress(result)
        if len(pending) >= batch:
            write_results(graph, pending)
            flush_graph(graph)  # keeps an on-disk store's memory flat
            pending.clear()
    write_results(graph, pending)
    report.actors.update(actor_types.values())
    return report


def _count_from_graph(report: BuildReport) -> BuildReport:
    """Fill a report's counts from the graph itself (for builds whose results never came back here)."""
    from graphbuild.graph.namespace import GB, RDF

    g = report.graph
    report.documents = len(set(g.subjects(RDF.type, GB.Document)))
    report.actors.update(str(t) for t in g.objects(None, GB.actorType))
    report.events.update(str(t) for t in g.objects(None, GB.ploverType))
    return report
