"""English words of change: the verbs and nouns that give a figure a direction ("rose 5%", "a 5% fall")."""

from __future__ import annotations

INCREASE_VERBS = frozenset(
    {
        "rise", "increase", "grow", "gain", "climb", "jump", "surge", "soar", "rally", "add",
        "advance", "rocket", "spike", "swell", "expand", "boost", "raise", "hike", "widen",
        "accelerate", "edge", "bounce", "rebound", "balloon", "leap", "skyrocket", "recover",
    }
)  # fmt: skip
DECREASE_VERBS = frozenset(
    {
        "fall", "drop", "decline", "decrease", "slip", "slide", "plunge", "tumble", "sink", "shed",
        "lose", "dip", "shrink", "plummet", "crash", "cut", "reduce", "lower", "contract", "ease",
        "retreat", "sag", "slump", "narrow", "dive", "nosedive", "trim", "erode", "collapse",
    }
)  # fmt: skip
INCREASE_NOUNS = frozenset({"rise", "increase", "gain", "growth", "jump", "surge", "hike", "rally", "climb", "upturn", "boost"})
DECREASE_NOUNS = frozenset({"fall", "drop", "decline", "decrease", "cut", "reduction", "slump", "dip", "plunge", "loss", "downturn", "contraction"})
# "edge" only counts with a direction word ("edged up"); it is listed above for
# the particle case and checked there.
# Adverbs of direction before a figure or after a verb ("up 5%", "edged higher").
RISE_ADVERBS = ("up", "higher")
FALL_ADVERBS = ("down", "lower")
# Verbs besides those of change whose "from X to Y" is a path from one level
# to another, two figures, and not a range of one ("went from 5 to 7").
PATH_VERBS = frozenset({"go", "move", "shift", "change", "swing", "turn", "slash", "revise", "upgrade", "downgrade"})
