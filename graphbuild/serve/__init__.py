"""A small SPARQL 1.1 Protocol server over any graphbuild store (standard library http.server).

Routes:

- ``/sparql``: ``GET ?query=``; ``POST`` as ``application/x-www-form-urlencoded`` (``query=`` or
  ``update=``), ``application/sparql-query`` or ``application/sparql-update``. Answers in
  SPARQL JSON/XML/CSV (SELECT, ASK) or Turtle/N-Triples/RDF-XML/JSON-LD (CONSTRUCT, DESCRIBE),
  chosen by the ``format`` parameter or the Accept header. Updates get 403 unless the server
  allows them. Errors: 400 malformed query (with the parser's message), 403 update refused,
  503 timeout or busy. Answers longer than the row limit are cut, with ``X-Result-Truncated: true``.
- ``/``: the interactive graph page from :func:`graphbuild.viz.draw` (a query form when the
  drawing is not available), and files it references.
- ``/health``: ``{"status": "ok", "triples": N, ...}``.

>>> from rdflib import Graph
>>> server = SparqlServer(Graph(), port=0).start()
>>> import json, urllib.request
>>> json.load(urllib.request.urlopen(server.url + "/health"))["status"]
'ok'
>>> server.stop()
"""
from __future__ import annotations

import ipaddress
import json
import logging
import mimetypes
import tempfile
import threading
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

from rdflib import Graph

from graphbuild.errors import GraphbuildError, QueryError, StoreError
from graphbuild.serve.engine import Busy, Engine, QueryTimeout
from graphbuild.serve.results import choose, serialize

__all__ = ["SparqlServer", "is_loopback", "Engine"]

log = logging.getLogger("graphbuild.serve")

#: Largest request body accepted (bytes).
MAX_BODY = 16 * 1024 * 1024


def is_loopback(host: str) -> bool:
    """True when ``host`` only accepts connections from this machine.

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class SparqlServer:
    """Serve ``graph`` at ``http://host:port/`` (port 0 picks a free one; see :attr:`url`)."""

    def __init__(self, graph: Graph, *, host: str = "127.0.0.1", port: int = 8000,
                 allow_update: bool = False, timeout: float | None = 30.0, limit: int | None = 10_000,
                 max_running: int = 4, page_options: dict | None = None):
        if not is_loopback(host):
            log.warning("serving on %s: the endpoint is reachable from other machines%s", host,
                        " and ACCEPTS UPDATES" if allow_update else "")
        self.graph = graph
        self.allow_update = allow_update
        self.engine = Engine(graph, timeout=timeout, limit=limit, max_running=max_running)
        self.page_options = page_options or {}
        self._page_dir: Path | None = None
        self._page: Path | None = None
        self._page_note = ""
        self._page_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        try:
            self.httpd = ThreadingHTTPServer((host, port), _handler_for(self))
        except OSError as e:
            raise GraphbuildError(f"cannot listen on {host}:{port}: {e.strerror or e}") from e
        self.httpd.daemon_threads = True

    @property
    def url(self) -> str:
        """The base URL, e.g. ``http://127.0.0.1:8000``."""
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def serve_forever(self) -> None:
        """Serve until :meth:`stop` (or KeyboardInterrupt in the calling thread)."""
        self.httpd.serve_forever(poll_interval=0.2)

    def start(self) -> SparqlServer:
        """Serve from a background thread; return self."""
        self._thread = threading.Thread(target=self.serve_forever, name="graphbuild-serve", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and free the port (the graph stays open: the caller closes it)."""
        if self._thread is not None:
            self.httpd.shutdown()
            self._thread.join()
            self._thread = None
        self.httpd.server_close()
        if self._page_dir is not None:
            import shutil

            shutil.rmtree(self._page_dir, ignore_errors=True)
            self._page_dir = None

    def __enter__(self) -> SparqlServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- the page at / -----------------------------------------------------------------------
    def page(self) -> tuple[Path | None, str]:
        """The drawn page (drawn on first use, again after an update) or None and a reason."""
        with self._page_lock:
            if self._page is None and not self._page_note:
                if self._page_dir is None:
                    self._page_dir = Path(tempfile.mkdtemp(prefix="graphbuild-serve-"))
                try:
                    from graphbuild.viz import draw
                except ImportError:
                    self._page_note = "The graph drawing (graphbuild.viz) is not installed."
                else:
                    try:
                        with self.engine.reading():
                            self._page = Path(draw(self.graph, self._page_dir / "index.html",
                                                   **self.page_options))
                    except Exception as e:  # the page is a convenience: keep serving queries
                        log.warning("could not draw the graph page: %s", e)
                        self._page_note = f"The graph could not be drawn: {e}"
            return self._page, self._page_note

    def forget_page(self) -> None:
        """Drop the drawn page (after an update) so the next visit redraws it."""
        with self._page_lock:
            self._page, self._page_note = None, ""


def _form_page(note: str) -> bytes:
    text = resources.files("graphbuild.serve").joinpath("page.html").read_text(encoding="utf-8")
    import html

    return text.replace("__NOTICE__", html.escape(note)).encode("utf-8")


def _handler_for(server: SparqlServer):
    class Handler(_Handler):
        app = server

    return Handler


class _Handler(BaseHTTPRequestHandler):
    app: SparqlServer
    server_version = "graphbuild"
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # noqa: A002 - http.server's signature
        log.info("%s %s", self.address_string(), format % args)

    # -- plumbing --------------------------------------------------------------------------
    def _send(self, status: int, body: bytes, ctype: str, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _body(self) -> bytes | None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY} bytes")
            return None
        return self.rfile.read(length) if length else b""

    # -- routes ----------------------------------------------------------------------------
    def do_GET(self):  # noqa: N802 - http.server's naming
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if url.path == "/sparql":
            if "update" in params:
                return self._error(HTTPStatus.METHOD_NOT_ALLOWED, "updates must be sent with POST")
            if "query" not in params:
                return self._send(200, _form_page(""), "text/html; charset=utf-8")
            return self._query(params["query"][0], params)
        if url.path == "/health":
            return self._health()
        if url.path in ("/", "/index.html"):
            page, note = self.app.page()
            if page is None:
                return self._send(200, _form_page(note), "text/html; charset=utf-8")
            return self._send(200, page.read_bytes(), "text/html; charset=utf-8")
        return self._static(url.path)

    do_HEAD = do_GET

    def do_POST(self):  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            return self._error(HTTPStatus.NOT_FOUND, f"no such endpoint: {url.path} (use /sparql)")
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        body = self._body()
        if body is None:
            return None
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return self._error(HTTPStatus.BAD_REQUEST, "request body is not UTF-8")
        if ctype == "application/x-www-form-urlencoded":
            for key, values in urllib.parse.parse_qs(text, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
            if "update" in params:
                return self._update(params["update"][0])
            if "query" in params:
                return self._query(params["query"][0], params)
            return self._error(HTTPStatus.BAD_REQUEST, "missing query= or update= parameter")
        if ctype == "application/sparql-query":
            return self._query(text, params)
        if ctype == "application/sparql-update":
            return self._update(text)
        return self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                           f"unsupported Content-Type {ctype or '(none)'}: use application/sparql-query, "
                           "application/sparql-update or application/x-www-form-urlencoded")

    def _query(self, text: str, params: dict) -> None:
        try:
            outcome = self.app.engine.query(text)
        except (QueryTimeout, Busy) as e:
            return self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(e))
        except QueryError as e:
            return self._error(HTTPStatus.BAD_REQUEST, f"malformed or failed query: {e}")
        except StoreError as e:
            return self._error(HTTPStatus.INTERNAL_SERVER_ERROR, str(e))
        fmt_param = (params.get("format") or params.get("output") or [None])[0]
        fmt = choose(outcome.kind, fmt_param, self.headers.get("Accept"))
        body, ctype = serialize(outcome, fmt)
        headers = {"Vary": "Accept"}
        if outcome.truncated:
            headers["X-Result-Truncated"] = "true"
            headers["X-Result-Limit"] = str(self.app.engine.limit)
        return self._send(200, body, ctype, headers)

    def _update(self, text: str) -> None:
        if not self.app.allow_update:
            return self._error(HTTPStatus.FORBIDDEN, "updates are disabled on this server "
                                                     "(start it with --allow-update)")
        try:
            self.app.engine.update(text)
        except Busy as e:
            return self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(e))
        except QueryError as e:
            return self._error(HTTPStatus.BAD_REQUEST, f"malformed or failed update: {e}")
        except StoreError as e:
            return self._error(HTTPStatus.INTERNAL_SERVER_ERROR, str(e))
        self.app.forget_page()
        return self._send(200, b"OK\n", "text/plain; charset=utf-8")

    def _health(self) -> None:
        from graphbuild.store import store_kind

        info = {"status": "ok", "store": store_kind(self.app.graph), "updates": self.app.allow_update,
                "running_queries": self.app.engine.running()}
        try:
            info["triples"] = len(self.app.graph)
        except Exception as e:  # an endpoint gone away: still answer, and say so
            info.update(status="degraded", error=str(e))
        self._send(200, json.dumps(info, sort_keys=True).encode("utf-8") + b"\n", "application/json")

    def _static(self, path: str) -> None:
        page = self.app._page  # only files of a page already drawn (a stray URL draws nothing)
        if page is not None:
            root = page.parent.resolve()
            target = (root / urllib.parse.unquote(path).lstrip("/")).resolve()
            if target.is_file() and root in target.parents:
                ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
                return self._send(200, target.read_bytes(), ctype)
        return self._error(HTTPStatus.NOT_FOUND, f"not found: {path}")
