"""graphbuild: conflict news in, an RDF knowledge graph of actors and events out.

The Python API in one line each:

>>> import graphbuild
>>> report = graphbuild.build(texts=["Rebels shelled Aleppo on Monday."])  # doctest: +SKIP
>>> report.graph  # an rdflib.Graph                                        # doctest: +SKIP

See :func:`graphbuild.pipeline.build`.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["build", "__version__"]


def build(*args, **kwargs):
    """Build a graph from articles: see :func:`graphbuild.pipeline.build`."""
    from graphbuild.pipeline import build as _build

    return _build(*args, **kwargs)
