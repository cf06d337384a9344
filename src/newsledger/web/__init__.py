"""The web UI (``newsledger serve``): read a report with its records on it, a figure's timeline, the events.

Layer 6, beside ``cli/``, on the same queries. It only reads: the store is
opened read-only (:func:`open_readonly`) and :func:`create_app` builds the
FastAPI application over it. Safety rules are in ``security.py``.
"""

from __future__ import annotations

from .readonly import open_readonly


def create_app(*args, **kwargs):  # type: ignore[no-untyped-def]
    """See :func:`newsledger.web.app.create_app` (imported on use: FastAPI is not needed to open a store)."""
    from .app import create_app as make

    return make(*args, **kwargs)


__all__ = ["create_app", "open_readonly"]
