"""The interactive network page: actors coloured and shaped by type, events as merged, coloured links.

:func:`draw` writes one self-contained HTML file (vis-network inlined, no CDN, no
request leaves the machine) with filters by event type, actor type, date and
factuality, actor search, neighbourhood focus, and evidence sentences on click.
Colours and shapes come from ``styles.toml``.

>>> import tempfile, pathlib
>>> from graphbuild.viz import draw
>>> from graphbuild.viz.sample import sample_graph
>>> draw(sample_graph(), pathlib.Path(tempfile.mkdtemp()) / "net.html").stat().st_size > 100_000
True
"""
from __future__ import annotations

from graphbuild.viz.page import DEFAULT_TOP, draw, page_data, render

__all__ = ["draw", "page_data", "render", "DEFAULT_TOP"]
