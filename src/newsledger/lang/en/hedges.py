"""English hedges: the words before or after a number that widen it into an interval.

"at least 40" is a lower bound, "nearly 40" an upper one, "about 40" an
approximation and "exactly 40" exact. Keys are tuples of lower-case tokens as
spaCy splits them.
"""

from __future__ import annotations

LOWER = "lower"
UPPER = "upper"
APPROX = "approx"
EXACT = "exact"

PRE_HEDGES: dict[tuple[str, ...], str] = {
    ("at", "least"): LOWER,
    ("more", "than"): LOWER,
    ("over",): LOWER,
    ("above",): LOWER,
    ("upwards", "of"): LOWER,
    ("upward", "of"): LOWER,
    ("in", "excess", "of"): LOWER,
    ("no", "fewer", "than"): LOWER,
    ("no", "less", "than"): LOWER,
    ("not", "less", "than"): LOWER,
    ("greater", "than"): LOWER,
    ("a", "minimum", "of"): LOWER,
    ("well", "over"): LOWER,
    ("just", "over"): LOWER,
    ("well", "above"): LOWER,
    ("at", "minimum"): LOWER,
    ("almost",): UPPER,
    # "will pass within 4.6 million miles of Earth", "within 5 points of the leader": at most that far
    ("within",): UPPER,
    ("nearly",): UPPER,
    ("up", "to"): UPPER,
    ("under",): UPPER,
    ("below",): UPPER,
    ("less", "than"): UPPER,
    ("fewer", "than"): UPPER,
    ("at", "most"): UPPER,
    ("no", "more", "than"): UPPER,
    ("not", "more", "than"): UPPER,
    ("just", "under"): UPPER,
    ("just", "below"): UPPER,
    ("well", "under"): UPPER,
    ("well", "below"): UPPER,
    ("as", "many", "as"): UPPER,
    ("as", "much", "as"): UPPER,
    ("as", "high", "as"): UPPER,
    ("as", "large", "as"): UPPER,
    ("as", "far", "as"): UPPER,
    # "as few as 3 patients responded": the figure may be as low as 3, which
    # is its least value, so a lower bound (the mirror of "as many as")
    ("as", "few", "as"): LOWER,
    ("as", "little", "as"): LOWER,
    ("as", "low", "as"): LOWER,
    ("just", "shy", "of"): UPPER,
    ("shy", "of"): UPPER,
    ("north", "of"): LOWER,
    ("slightly", "more", "than"): LOWER,
    ("slightly", "over"): LOWER,
    ("slightly", "above"): LOWER,
    ("a", "little", "over"): LOWER,
    ("a", "little", "more", "than"): LOWER,
    ("just", "above"): LOWER,
    ("just", "more", "than"): LOWER,
    ("well", "in", "excess", "of"): LOWER,
    ("at", "the", "very", "least"): LOWER,
    ("slightly", "less", "than"): UPPER,
    ("slightly", "under"): UPPER,
    ("slightly", "below"): UPPER,
    ("a", "little", "under"): UPPER,
    ("a", "little", "less", "than"): UPPER,
    ("just", "less", "than"): UPPER,
    ("just", "fewer", "than"): UPPER,
    ("at", "the", "most"): UPPER,
    ("barely",): UPPER,
    ("short", "of"): UPPER,
    ("nigh", "on"): UPPER,
    ("in", "the", "region", "of"): APPROX,
    ("in", "the", "order", "of"): APPROX,
    ("on", "the", "order", "of"): APPROX,
    ("somewhere", "around"): APPROX,
    ("roughly", "around"): APPROX,
    ("c.",): APPROX,
    ("ca.",): APPROX,
    ("~",): APPROX,
    ("a", "mere"): EXACT,
    ("south", "of"): UPPER,
    ("getting", "on", "for"): UPPER,
    ("a", "maximum", "of"): UPPER,
    ("close", "to"): UPPER,
    ("near",): APPROX,
    ("just", "short", "of"): UPPER,
    ("about",): APPROX,
    ("approximately",): APPROX,
    ("approx",): APPROX,
    ("approx", "."): APPROX,
    ("around",): APPROX,
    ("roughly",): APPROX,
    ("some",): APPROX,
    ("an", "estimated"): APPROX,
    ("estimated",): APPROX,
    # "damage estimated at $5 billion", "the toll was put at 300": an estimate, as "an estimated"
    ("estimated", "at"): APPROX,
    ("estimated", "to", "be"): APPROX,
    ("put", "at"): APPROX,
    ("pegged", "at"): APPROX,
    ("circa",): APPROX,
    ("about", "some"): APPROX,
    ("more", "or", "less"): APPROX,
    ("an", "approximate"): APPROX,
    ("only",): EXACT,
    ("exactly",): EXACT,
    ("precisely",): EXACT,
    ("just",): EXACT,
    ("all",): EXACT,
    ("a", "total", "of"): EXACT,
    ("a", "further"): EXACT,
    ("another",): EXACT,
}
PRE_HEDGE_MAX = max(len(k) for k in PRE_HEDGES)

# Verbs whose object is a bound the figure has passed or nears: "the toll has
# exceeded 300" (lower), "sales topped $5 billion" (lower), "the count is
# nearing 500" (upper). The verb is a hedge only when tagged a verb, and it
# stays out of the claim's text: it says what happened, not the figure.
VERB_HEDGES: dict[str, str] = {
    "exceed": LOWER, "exceeded": LOWER, "exceeds": LOWER, "exceeding": LOWER,
    "top": LOWER, "topped": LOWER, "tops": LOWER, "topping": LOWER,
    "surpass": LOWER, "surpassed": LOWER, "surpasses": LOWER, "surpassing": LOWER,
    "approach": UPPER, "approached": UPPER, "approaches": UPPER, "approaching": UPPER,
    "near": UPPER, "neared": UPPER, "nears": UPPER, "nearing": UPPER,
}  # fmt: skip

# Verbs of passing a level ("the debt has passed $34 trillion", "crossed 1.5C", "breached $100 a
# barrel"): a lower bound like "exceeded", but only for a figure with a unit or a scale, a level;
# "passed 12 bills" counts what was passed.
LEVEL_VERB_HEDGES: dict[str, str] = {
    "pass": LOWER, "passed": LOWER, "passes": LOWER, "passing": LOWER,
    "cross": LOWER, "crossed": LOWER, "crosses": LOWER, "crossing": LOWER,
    "breach": LOWER, "breached": LOWER, "breaches": LOWER, "breaching": LOWER,
}  # fmt: skip

# "was revised up to 3.1%", "raised up to 5%", "edged up to 4.1%": "up" is the verb's, and "to" the
# level it reached (a verb of a small move says where the figure went, not how far it may go)
UP_TO_LEVEL_VERBS = frozenset({
    "revised", "revise", "revises", "raised", "lifted", "marked", "bumped", "pushed", "moved",
    "edged", "edges", "edging", "ticked", "ticks", "ticking", "inched", "inches", "inching", "crept", "creeps", "creeping",
})  # fmt: skip

# Prepositions of passing after a verb of movement: "the yen weakened past 155", "the index climbed
# beyond 40,000": a level passed, a lower bound. Alone ("the past three years") they are no hedge.
AFTER_VERB_HEDGES: dict[str, str] = {"past": LOWER, "beyond": LOWER}

# "should stay near 37C", "a rate near 5%": "near" as a preposition is an approximation; as a verb
# ("the toll neared 500") it is in VERB_HEDGES.
NEAR_WORDS = frozenset({"near"})

POST_HEDGES: dict[tuple[str, ...], str] = {
    ("or", "more"): LOWER,
    ("and", "more"): LOWER,
    ("or", "above"): LOWER,
    ("plus",): LOWER,
    ("-", "plus"): LOWER,
    ("+",): LOWER,
    ("odd",): APPROX,
    ("-", "odd"): APPROX,
    ("or", "so"): APPROX,
    ("or", "fewer"): UPPER,
    ("or", "less"): UPPER,
    ("or", "below"): UPPER,
    ("or", "higher"): LOWER,
    ("or", "over"): LOWER,
    ("and", "up"): LOWER,
    ("and", "counting"): LOWER,
    ("at", "least"): LOWER,
    ("or", "lower"): UPPER,
    ("or", "under"): UPPER,
    ("at", "most"): UPPER,
    ("at", "the", "most"): UPPER,
    ("tops",): UPPER,
    ("or", "thereabouts"): APPROX,
}
POST_HEDGE_MAX = max(len(k) for k in POST_HEDGES)

# Words between two numbers that make a range ("5 to 10", "5-10", "between 5 and 10").
RANGE_WORDS = frozenset({"to", "-", "\u2013", "and", "or"})
