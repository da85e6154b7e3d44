"""Run SPARQL queries and updates for the server, with a timeout and a row limit.

Each query runs in its own worker thread; the request waits at most ``timeout`` seconds.
On timeout the caller gets :class:`QueryTimeout` at once and the worker is asked to stop:

- rdflib (memory, graph files) evaluates in Python, so the worker is interrupted between
  two steps of evaluation (an asynchronous exception) and stops promptly;
- Oxigraph evaluates natively (with the GIL released) and cannot be interrupted inside one
  step: a query that streams rows stops at the next row, but an aggregate or sort over a huge
  join keeps a CPU busy until it finishes, its result thrown away;
- a ``sparql:`` endpoint is left to its own timeout; the server stops waiting.

At most ``max_running`` queries run at once (abandoned ones included); more get :class:`Busy`.

>>> from rdflib import Graph
>>> engine = Engine(Graph(), timeout=5, limit=10)
>>> engine.query("ASK { ?s ?p ?o }").boolean
False
"""
from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field

from rdflib import Graph
from rdflib.plugins.sparql import prepareQuery

from graphbuild.errors import QueryError, StoreError
from graphbuild.graph.namespace import BINDINGS
from graphbuild.store.oxigraph import native_store, to_rdflib
from graphbuild.store.sparql import is_sparql, post_update

_PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in BINDINGS.items())


class QueryTimeout(QueryError):
    """The query ran longer than the server's timeout."""


class Busy(QueryError):
    """Too many queries are running (or an update waits too long for readers to finish)."""


class _Cancelled(BaseException):
    """Raised inside an abandoned worker thread to stop it."""


@dataclass
class Outcome:
    """A query's answer, already cut to the row limit."""

    kind: str  # SELECT | ASK | CONSTRUCT (DESCRIBE comes back as CONSTRUCT)
    vars: list[str] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)  # var name -> rdflib term (unbound vars absent)
    boolean: bool | None = None
    graph: Graph | None = None
    truncated: bool = False


class _ReadWriteLock:
    """Many readers or one writer (rdflib's memory store is not safe to change while read)."""

    def __init__(self):
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False

    @contextmanager
    def reading(self):
        with self._cond:
            while self._writer:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def writing(self, timeout: float | None):
        with self._cond:
            if not self._cond.wait_for(lambda: not self._writer and not self._readers, timeout):
                raise Busy("update waited too long for running queries to finish")
            self._writer = True
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


class Engine:
    """Answers SPARQL over ``graph`` (any store from :func:`graphbuild.store.open_graph`)."""

    def __init__(self, graph: Graph, *, timeout: float | None = 30.0, limit: int | None = 10_000,
                 max_running: int = 4):
        self.graph, self.timeout, self.limit, self.max_running = graph, timeout, limit, max_running
        self._native = native_store(graph)
        self._remote = is_sparql(graph)
        self._lock = _ReadWriteLock()
        self._threads: list[threading.Thread] = []
        self._threads_lock = threading.Lock()

    def reading(self):
        """A context in which the graph is not changed by an update (for drawing the page)."""
        return self._lock.reading()

    # -- queries ---------------------------------------------------------------------------
    def query(self, text: str) -> Outcome:
        """Answer a query; QueryError (bad query), QueryTimeout or Busy otherwise.

        >>> Engine(Graph()).query("SELEC ?x")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        graphbuild.errors.QueryError: ...
        """
        if self._native is not None:
            return self._run(lambda: self._native_query(text))
        return self._run(lambda: self._rdflib_query(text))

    def _native_query(self, text: str) -> Outcome:
        import pyoxigraph as ox

        try:
            result = self._native.query(text, prefixes=BINDINGS)
        except SyntaxError as e:
            raise QueryError(str(e)) from e
        except OSError as e:
            raise StoreError(f"Oxigraph query failed: {e}") from e
        if isinstance(result, ox.QueryBoolean):
            return Outcome("ASK", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            rows, truncated = [], False
            for solution in result:
                if self.limit is not None and len(rows) >= self.limit:
                    truncated = True
                    break
                rows.append({n: to_rdflib(t) for n, t in zip(names, solution) if t is not None})
            return Outcome("SELECT", vars=names, rows=rows, truncated=truncated)
        graph, truncated = Graph(), False
        for triple in result:
            if self.limit is not None and len(graph) >= self.limit:
                truncated = True
                break
            graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
        return Outcome("CONSTRUCT", graph=graph, truncated=truncated)

    def _rdflib_query(self, text: str) -> Outcome:
        if self._remote:
            try:
                result = self.graph.query(text, initNs=BINDINGS)
            except Exception as e:  # rdflib hides the endpoint's message behind a ValueError
                raise QueryError(f"the SPARQL endpoint rejected the query: {e}") from e
        else:
            try:
                prepared = prepareQuery(text, initNs=BINDINGS)
            except Exception as e:  # pyparsing's ParseException and rdflib's translation errors
                raise QueryError(" ".join(str(e).split()) or type(e).__name__) from e
            with self._lock.reading():
                result = self.graph.query(prepared)
                return self._collect(result)
        return self._collect(result)

    def _collect(self, result) -> Outcome:
        if result.type == "ASK":
            return Outcome("ASK", boolean=bool(result.askAnswer))
        if result.type == "SELECT":
            names = [str(v) for v in result.vars or ()]
            rows, truncated = [], False
            for row in result:
                if self.limit is not None and len(rows) >= self.limit:
                    truncated = True
                    break
                rows.append({str(k): v for k, v in row.asdict().items() if v is not None})
            return Outcome("SELECT", vars=names, rows=rows, truncated=truncated)
        graph, truncated = Graph(), False
        for triple in result.graph if result.graph is not None else result:
            if self.limit is not None and len(graph) >= self.limit:
                truncated = True
                break
            graph.add(triple)
        return Outcome("CONSTRUCT", graph=graph, truncated=truncated)

    # -- updates ---------------------------------------------------------------------------
    def update(self, text: str) -> None:
        """Apply a SPARQL Update (the server checks --allow-update first)."""
        if self._native is not None:
            try:
                self._native.update(text, prefixes=BINDINGS)
            except SyntaxError as e:
                raise QueryError(str(e)) from e
            except OSError as e:
                raise StoreError(f"Oxigraph update failed: {e}") from e
            return
        if self._remote:
            post_update(self.graph, _PROLOGUE + text)
            return
        from rdflib.plugins.sparql import prepareUpdate

        try:
            prepared = prepareUpdate(text, initNs=BINDINGS)
        except Exception as e:
            raise QueryError(" ".join(str(e).split()) or type(e).__name__) from e
        with self._lock.writing(self.timeout):
            self.graph.update(prepared)

    # -- worker threads --------------------------------------------------------------------
    def running(self) -> int:
        """How many query threads are alive (abandoned ones included)."""
        with self._threads_lock:
            self._threads = [t for t in self._threads if t.is_alive()]
            return len(self._threads)

    def _run(self, fn: Callable[[], Outcome]) -> Outcome:
        with self._threads_lock:
            self._threads = [t for t in self._threads if t.is_alive()]
            if len(self._threads) >= self.max_running:
                raise Busy(f"server busy: {len(self._threads)} queries still running; try again later")
            box: dict = {}
            done = threading.Event()
            state = {"running": True}
            state_lock = threading.Lock()

            def work():
                try:
                    try:
                        box["value"] = fn()
                    except BaseException as e:  # noqa: BLE001 - handed to the waiting request
                        box["error"] = e
                    finally:
                        with state_lock:
                            state["running"] = False
                except _Cancelled:  # arrived late, after the work was done
                    pass
                finally:
                    done.set()

            thread = threading.Thread(target=work, name="graphbuild-query", daemon=True)
            self._threads.append(thread)
        thread.start()
        if not done.wait(self.timeout):
            with state_lock:
                if state["running"]:
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread.ident),
                                                               ctypes.py_object(_Cancelled))
            raise QueryTimeout(f"query exceeded the {self.timeout:g} s timeout")
        if "error" in box:
            error = box["error"]
            if isinstance(error, (QueryError, StoreError)):
                raise error
            if isinstance(error, _Cancelled):
                raise QueryTimeout(f"query exceeded the {self.timeout:g} s timeout")
            raise QueryError(f"query failed: {type(error).__name__}: {error}") from error
        return box["value"]
