"""English measure words: the ways news names one measure, for searching the ledger.

A search for "troops" should find "soldiers" too. Each group lists stems
(matched as substrings, so "soldier" covers "soldiers"); a one-term --about
that contains one of them searches for all of them.
"""

from __future__ import annotations

SYNONYM_STEMS: tuple[tuple[str, ...], ...] = (
    ("troop", "soldier", "servicem", "military personnel"),
    ("killed", "dead", "death", "died", "fatalit"),
    ("injur", "wounded", "hurt"),
    ("displaced", "fled", "evacuat", "homeless"),
    ("arrest", "detain"),
    ("strike", "attack"),
)
