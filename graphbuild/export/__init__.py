"""Writing graphs out: RDF formats, the actor network, CSV, and evaluation predictions.

:func:`export` writes atomically (temporary file + ``os.replace``); the formats
are those of :data:`graphbuild.graph.formats.FORMATS`.

>>> from graphbuild.export import export, export_bytes
>>> from graphbuild.graph.build import new_graph
>>> export_bytes(new_graph(), "nt")
b''
"""
from __future__ import annotations

from graphbuild.export.predictions import prediction_rows, write_predictions
from graphbuild.export.writers import CSV_COLUMNS, export, export_bytes, write

__all__ = ["export", "export_bytes", "write", "prediction_rows", "write_predictions", "CSV_COLUMNS"]
