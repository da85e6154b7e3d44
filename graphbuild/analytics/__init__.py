"""Network analytics of the actor graph: centrality, communities, event counts, who-does-what-to-whom.

>>> from graphbuild.analytics import stats, format_stats
>>> from graphbuild.viz.sample import sample_graph
>>> "Who does what to whom" in format_stats(stats(sample_graph()))
True
"""
from __future__ import annotations

from graphbuild.analytics.stats import format_stats, stats

__all__ = ["stats", "format_stats"]
