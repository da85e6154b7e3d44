"""Run extraction in several processes, or on a Dask cluster.

:func:`extract_parallel` spreads documents over local worker processes (each loads the spaCy
model once) and yields results in input order, with a bounded number of batches in flight, so
memory stays flat however long the input is.

:func:`extract_dask` sends batches to a running Dask ``distributed`` scheduler; each task runs
:func:`graphbuild.pipeline.extract_documents` on its batch and returns the batch's triples as an
N-Triples shard, which :func:`graphbuild.store.add_ntriples` loads. Workers must be able to
import graphbuild and load the same spaCy model: install graphbuild (``pip install graphbuild``
or ``pip install /path/to/repo``) and the model in every worker's environment.

>>> from graphbuild.model import Document
>>> from graphbuild.parallel import batches
>>> [len(b) for b in batches((Document(str(i), "x") for i in range(5)), 2)]
[2, 2, 1]
"""
from __future__ import annotations

import multiprocessing
import os
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from graphbuild.errors import GraphbuildError
from graphbuild.model import Document, DocResult

__all__ = ["extract_parallel", "extract_dask", "batches", "shard_for"]

#: Documents per task sent to a worker process.
CHUNK = 8
#: Batches in flight per worker process (bounds memory while keeping workers busy).
AHEAD = 3


def batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Cut ``docs`` into lists of ``size`` documents (the last may be shorter), never parting a
    related story from the article it came with: the story is read in its article's context.

    >>> docs = [Document("a", "x"), Document("a#1", "y", parent="a"), Document("b", "z")]
    >>> [[d.id for d in batch] for batch in batches(docs, 1)]
    [['a', 'a#1'], ['b']]
    """
    batch: list[Document] = []
    for doc in docs:
        if len(batch) >= size and doc.parent is None:
            yield batch
            batch = []
        batch.append(doc)
    if batch:
        yield batch


# -- errors cross process boundaries as plain data ----------------------------------------------
# (graphbuild's errors take several constructor arguments, which plain pickling cannot rebuild)

def _failure(e: BaseException) -> tuple:
    return ("graphbuild-failure", type(e).__module__, type(e).__qualname__, e.args, dict(vars(e)),
            "".join(traceback.format_exception(e)))


def _is_failure(value) -> bool:
    return isinstance(value, tuple) and len(value) == 6 and value[0] == "graphbuild-failure"


def _raise(failure: tuple):
    import importlib

    _, module, qualname, args, state, tb = failure
    try:
        cls = getattr(importlib.import_module(module), qualname)
        error = cls.__new__(cls)
        BaseException.__init__(error, *args)
        error.__dict__.update(state)
    except Exception:  # not rebuildable here: say what it was
        error = GraphbuildError(f"worker failed: {qualname}: {args[0] if args else ''}")
    if not isinstance(error, GraphbuildError):
        error = GraphbuildError(f"worker failed: {qualname}: {error}\n{tb}".rstrip())
    raise error


# -- local processes ----------------------------------------------------------------------------
_NLP = None


def _init_worker(model: str | None) -> None:
    """Process initializer: load the spaCy pipeline once for this worker."""
    global _NLP
    from graphbuild.pipeline import load_pipeline

    try:
        _NLP = load_pipeline(model)
    except BaseException as e:  # reported by the first task
        _NLP = _failure(e)


def _extract_batch(batch: list[Document]):
    from graphbuild.pipeline import extract_documents

    if _is_failure(_NLP):
        return _NLP
    try:
        return list(extract_documents(batch, nlp=_NLP))
    except BaseException as e:  # noqa: BLE001 - sent back to the parent
        return _failure(e)


def _context():
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["graphbuild.pipeline", "graphbuild.nlp"])
        return ctx
    return multiprocessing.get_context("spawn")


def extract_parallel(docs: Iterable[Document], *, workers: int, model: str | None,
                     chunk: int = CHUNK) -> Iterator[DocResult]:
    """Extract ``docs`` in ``workers`` processes; yield one result per document, in input order.

    Each worker loads the model once (a process initializer). At most ``workers * AHEAD``
    batches of ``chunk`` documents are in flight, so a long input is streamed, not read
    whole. ``workers <= 1`` runs in this process.

    >>> from graphbuild.model import Document
    >>> docs = [Document("a", "Rebels shelled the town."), Document("b", "Talks began.")]
    >>> [r.document.id for r in extract_parallel(docs, workers=2, model=None)]  # doctest: +SKIP
    ['a', 'b']
    """
    from graphbuild.pipeline import extract_documents

    if workers <= 1:
        yield from extract_documents(docs, model=model)
        return
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(),
                               initializer=_init_worker, initargs=(model,))
    try:
        pending: deque = deque()
        todo = batches(docs, chunk)
        while True:
            while len(pending) < workers * AHEAD and (batch := next(todo, None)) is not None:
                pending.append(pool.submit(_extract_batch, batch))
            if not pending:
                break
            try:
                out = pending.popleft().result()
            except BrokenProcessPool as e:
                raise GraphbuildError("a worker process died (out of memory?); rerun with fewer "
                                      "--workers") from e
            if _is_failure(out):
                _raise(out)
            yield from out
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# -- Dask -------------------------------------------------------------------------------------
def shard_for(results: Iterable[DocResult]) -> bytes:
    """The triples of ``results`` as sorted N-Triples bytes (one shard).

    >>> from graphbuild.model import Document, DocResult
    >>> shard_for([DocResult(Document(id="d1", text="Calm."))]).count(b"\\n")
    2
    """
    from rdflib import Graph

    from graphbuild.graph.build import result_triples

    graph = Graph()
    for result in results:
        for triple in result_triples(result):
            graph.add(triple)
    data = graph.serialize(format="nt", encoding="utf-8")
    lines = sorted(line for line in data.splitlines() if line.strip())
    return b"".join(line + b"\n" for line in lines)


def _dask_extract(batch: list[Document], model: str | None):
    """A Dask task: extract one batch, return its N-Triples shard (or a failure record)."""
    try:
        from graphbuild.pipeline import extract_documents, load_pipeline

        return shard_for(extract_documents(batch, nlp=load_pipeline(model)))
    except BaseException as e:  # noqa: BLE001 - sent back to the client
        return _failure(e)


def extract_dask(docs: Iterable[Document], *, address: str, model: str | None,
                 partition_size: int = 64) -> Iterator[bytes]:
    """Extract ``docs`` on the Dask cluster at ``address``; yield N-Triples shards as they finish.

    Batches of ``partition_size`` documents are submitted a few per worker thread at a time
    (bounded memory). Shards arrive in completion order; loading them in any order gives the
    same graph. Raises :class:`~graphbuild.errors.GraphbuildError` when the scheduler cannot
    be reached.

    >>> shards = extract_dask(docs, address="tcp://127.0.0.1:8786", model=None)  # doctest: +SKIP
    """
    try:
        from distributed import Client, as_completed
    except ImportError as e:  # pragma: no cover - distributed is a dependency
        raise GraphbuildError("Dask builds need the 'distributed' package") from e
    try:
        client = Client(address, timeout=os.environ.get("GRAPHBUILD_DASK_TIMEOUT", "20s"),
                        set_as_default=False)
    except (OSError, TimeoutError) as e:
        raise GraphbuildError(f"cannot reach the Dask scheduler at {address}: {e}") from e
    try:
        threads = sum(client.nthreads().values()) or 1
        window = max(4, 2 * threads)
        running = as_completed(loop=client.loop)
        todo = batches(docs, partition_size)
        while True:
            while running.count() < window and (batch := next(todo, None)) is not None:
                running.add(client.submit(_dask_extract, batch, model, pure=False))
            if running.is_empty():
                break
            future = next(running)
            out = future.result()
            future.release()
            if _is_failure(out):
                _raise(out)
            yield out
    finally:
        client.close()
