"""The spaCy side of newsledger: Doc extensions and one module per component.

Components work on one ``Doc`` and exchange results through the ``Doc._``
extensions registered in :mod:`newsledger.nlp.extensions`. Each declares what
it ``requires`` and ``assigns``.
"""

from .pipeline import COMPONENTS, load_pipeline

__all__ = ["COMPONENTS", "load_pipeline"]
