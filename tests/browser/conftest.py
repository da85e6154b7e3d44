"""Headless Chromium for the page tests (Debian's /usr/bin/chromium; Playwright never downloads one)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic"]
LOCAL = ("file:", "data:", "about:", "blob:")


def page_counts(net) -> dict:
    """What the page should show for an actor network: linked actors, merged links, events."""
    groups, nodes = set(), set()
    for u, v, d in net.edges(data=True):
        a, b = (min(u, v), max(u, v)) if d.get("symmetric") else (u, v)
        groups.add((a, b, d["type"]))
        nodes |= {u, v}
    return {"nodes": len(nodes), "edges": len(groups), "events": net.number_of_edges()}


@pytest.fixture(scope="session")
def expected():
    """:func:`page_counts`, for the tests of this folder."""
    return page_counts


@pytest.fixture(scope="session")
def browser_context(tmp_path_factory):
    """One persistent Chromium context for the session (its own user-data dir under tmp)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: browser tests need Debian's chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=ARGS,
            viewport={"width": 1400, "height": 850})
        try:
            yield ctx
        finally:
            ctx.close()
            shutil.rmtree(profile, ignore_errors=True)


class Opened:
    """A page loaded from file:// with every request and page error recorded."""

    def __init__(self, page, requests, errors):
        self.page, self.requests, self.errors = page, requests, errors

    def js(self, expression, arg=None):
        return self.page.evaluate(expression, arg)

    def counts(self) -> dict:
        return self.js("window.graphbuild.visibleCounts()")

    def remote_requests(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(LOCAL)]


@pytest.fixture
def open_page(browser_context):
    """open_page(path, timeout_ms) -> Opened, once window.graphbuild.ready is set."""
    pages = []

    def opener(path: Path, timeout_ms: int = 60_000) -> Opened:
        page = browser_context.new_page()
        pages.append(page)
        requests, errors = [], []
        page.on("request", lambda r: requests.append(r.url))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(Path(path).resolve().as_uri())
        page.wait_for_function("window.graphbuild && window.graphbuild.ready === true", timeout=timeout_ms)
        return Opened(page, requests, errors)

    yield opener
    for page in pages:
        page.close()
