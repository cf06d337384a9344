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

# -- what a figure measures ------------------------------------------------------
# Verbs whose subject is what a figure after them measures ("revenue was $2bn",
# "the toll reached 45"), besides the verbs of change.
LEVEL_VERBS = frozenset(
    {
        "be", "remain", "stand", "reach", "hit", "top", "exceed", "total", "amount", "come", "hover",
        "close", "end", "finish", "open", "stay", "sit", "peak", "trade", "equal", "surpass", "near",
        "approach", "average", "number", "range", "go", "become", "rank", "settle", "account", "measure",
    }
)  # fmt: skip
# Nouns that name a level rather than a thing: "a level of X", "a low of X".
# Prepositions that put a figure as the level something stands at or is moved to
# ("held the rate at 6.5%", "pushed temperatures above 45C").
LEVEL_PREPOSITIONS = frozenset({"at", "to", "above", "below", "past"})
# Verbs besides those of change that move a level by one figure to another ("the rand firmed 1.1% to 18.05").
LEVEL_MOVE_VERBS = frozenset(
    {"firm", "strengthen", "weaken", "slow", "cool", "improve", "worsen", "soften", "quicken", "moderate", "bring", "take", "push"}
)  # fmt: skip
LEVEL_WORDS = frozenset({"level", "low", "high", "record", "mark", "peak", "value", "total", "figure", "sum", "close"})
# What a sum of money is when the verb it completes says it and no noun
# does: "will spend $2 billion" is spending, "sold the striker for £60m" a price.
MONEY_VERBS: dict[str, str] = {
    "spend": "spending", "pay": "payment", "cost": "cost", "save": "savings", "earn": "earnings",
    "invest": "investment", "borrow": "borrowing", "lend": "lending", "fine": "fine", "owe": "debt",
    "donate": "donation", "pledge": "pledge", "allocate": "allocation", "award": "award",
    "lose": "losses", "raise": "funds raised", "collect": "funds raised", "charge": "charge",
    "buy": "price", "sell": "price", "acquire": "price", "purchase": "price", "value": "value",
    "budget": "budget", "bid": "bid", "offer": "offer", "receive": "receipts", "win": "award",
    "seek": "sum sought", "demand": "sum demanded", "claim": "claim",
}  # fmt: skip
