"""SPARQL over graphbuild graphs: run queries, format answers, ready-made queries.

>>> from graphbuild.query import run_query, ready_queries
>>> sorted(ready_queries())[:2]
['accusations', 'actors_by_events']
"""
from __future__ import annotations

from graphbuild.query.run import QueryResult, load_query, query_description, ready_queries, run_query

__all__ = ["QueryResult", "run_query", "ready_queries", "load_query", "query_description"]
