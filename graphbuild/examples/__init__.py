"""Example inputs bundled with graphbuild (data only; see :func:`graphbuild.ingest.example_paths`).

``example-article.txt`` is an article in the seed format (headline, standfirst,
body, a ``-`` line, related stories); ``example-articles.jsonl`` holds short
documents one a line. Both are invented stories written for graphbuild.
"""
