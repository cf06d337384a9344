"""English casualty words: the verbs and adjectives whose count is a casualty figure, and count nouns.

"12 people were killed", "the dead", "the number of displaced": the quantities
component reads what a figure counts from these.
"""

from __future__ import annotations

# -- what is counted: verbs whose object or passive subject is a casualty count
CASUALTY_PARTICIPLES: dict[str, str] = {
    "kill": "killed",
    "injure": "injured",
    "wound": "wounded",
    "hurt": "hurt",
    "die": "died",
    "arrest": "arrested",
    "detain": "detained",
    "displace": "displaced",
    "evacuate": "evacuated",
    "abduct": "abducted",
    "kidnap": "kidnapped",
    "rescue": "rescued",
    "capture": "captured",
    "execute": "executed",
    "massacre": "massacred",
    "slay": "slain",
    "shoot": "shot",
    "hospitalize": "hospitalised",
    "hospitalise": "hospitalised",
    "infect": "infected",
    "maim": "maimed",
    "deport": "deported",
    "expel": "expelled",
    "imprison": "imprisoned",
    "jail": "jailed",
    "convict": "convicted",
    "sentence": "sentenced",
    "free": "freed",
    "release": "released",
    "strand": "stranded",
    "trap": "trapped",
    "bury": "buried",
    "drown": "drowned",
}
CASUALTY_ADJECTIVES = frozenset({"dead", "missing", "injured", "wounded", "homeless", "unaccounted"})
# Nouns that stand for the count of what their "of" phrase names.
COUNT_NOUNS = frozenset({"number", "total", "count", "tally", "figure", "amount", "volume", "level"})
