"""English words that say what kind of place a name is: "the Kursk region", "the city of Kharkiv"."""

from __future__ import annotations

# After a region's name ("Kursk Oblast", "the Donetsk region") or before "of" ("the province of Idlib").
REGION_WORDS: tuple[str, ...] = (
    "region", "province", "oblast", "state", "governorate", "prefecture", "county", "district", "department",
)
# Before "of" and a settlement's name ("the city of Kharkiv", "the town of Bakhmut").
CITY_WORDS: tuple[str, ...] = ("city", "town", "village", "port")
