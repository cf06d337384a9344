"""Running the work: read -> extract -> reconcile -> write.

- :mod:`.local`: extraction over a local process pool (``extract_items``);
- :mod:`.ingest`: inputs through extraction into a store, resumable, one run-log row per run.
"""

from __future__ import annotations

from .ingest import IngestStats, ingest
from .local import extract_items

__all__ = ["IngestStats", "extract_items", "ingest"]
