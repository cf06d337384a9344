"""Events: who did what to whom, where and when, coded as PLOVER and ACLED (``newsledger_events``).

One idea a file: ``triggers`` (the words, category, mode and modality),
``senses`` (which reading of a trigger word is an event, and which),
``parties`` (actor and recipient), ``roles`` (place, time, counts, source),
``syntax`` (the parse helpers both share), ``acled`` (ACLED's types),
``component`` (the spaCy component that assembles event records).
"""

from .component import EventCoder, make_events

__all__ = ["EventCoder", "make_events"]
