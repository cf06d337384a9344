"""English number words: cardinals, tens, scale words, fractions, multipliers, vague amounts.

Three readers use them: :mod:`newsledger.nlp.numbers` (a run of number words
to a value), the time grammar (a count before a unit: "three weeks") and the
quantities component (hedged and vague figures). Where two readers need a
word list to say different things, both lists are here under their own name.
"""

from __future__ import annotations

UNITS_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# Scale words that multiply what precedes them; the short forms are the ones
# business and wire copy glue to digits ("$15bn", "1.5m", "20k").
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "crore": 1e7,
    "lakh": 1e5,
}
SCALE_ABBREVIATIONS: dict[str, float] = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}
DOZEN = {"dozen": 12, "score": 20}

NUMBER_WORDS = frozenset(UNITS_WORDS) | frozenset(TENS_WORDS) | frozenset(SCALE_WORDS) | frozenset(DOZEN)
# Cardinals below a hundred: a number word the quantities reader may join to a
# scale word ("two" + "million"), where NUMBER_WORDS also holds the scales.
CARDINAL_WORDS = frozenset(UNITS_WORDS) | frozenset(TENS_WORDS)
# One to ten: the small counts that, after "the"/"both", name a group of
# things already mentioned ("the two companies") rather than a figure.
SMALL_CARDINALS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})

# -- counts before a time unit ("three weeks", "a couple of days") -----------
# The time grammar's count words: the cardinals plus the article and phrase
# forms that stand for a count before a unit, where "a week" is one week.
COUNT_WORDS: dict[str, float] = dict(UNITS_WORDS)
COUNT_WORDS.update(TENS_WORDS)
COUNT_WORDS.update({"a": 1, "an": 1, "single": 1, "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
                    "a hundred": 100, "one hundred": 100, "half a": 0.5, "half an": 0.5})
# A duration with one of these as its count is an unknown number of units
# ("several weeks"): the time grammar writes it as PXW.
VAGUE_COUNTS = {"a few", "few", "several", "many", "some", "numerous", "a number of"}

# -- vague amounts: the smallest round value the plural allows ----------------
# "dozens" means two dozen or more, "hundreds" two hundred or more, and so on:
# an open interval from that value up (bound lower, high null).
VAGUE_AMOUNTS: dict[tuple[str, ...], float] = {
    ("dozens",): 24,
    ("scores",): 40,
    ("hundreds",): 200,
    ("thousands",): 2_000,
    ("millions",): 2_000_000,
    ("billions",): 2_000_000_000,
    ("trillions",): 2_000_000_000_000,
    ("tens", "of", "thousands"): 20_000,
    ("hundreds", "of", "thousands"): 200_000,
    ("tens", "of", "millions"): 20_000_000,
    ("hundreds", "of", "millions"): 200_000_000,
    ("tens", "of", "billions"): 20_000_000_000,
    ("hundreds", "of", "billions"): 200_000_000_000,
}
# A scale word after "several" or "a few" is a vague amount too: "several"
# is three or more and "a few" two or more of that scale, an open interval
# from there ("several hundred" low 300, "a few thousand" low 2,000); "a
# couple of hundred" is about 200. A scale word after the key multiplies it
# ("several hundred thousand" low 300,000).
for _scale, _value in (("hundred", 100), ("thousand", 1_000), ("million", 1_000_000), ("billion", 1_000_000_000)):
    VAGUE_AMOUNTS[("several", _scale)] = 3 * _value
    VAGUE_AMOUNTS[("a", "few", _scale)] = 2 * _value
    VAGUE_AMOUNTS[("few", _scale)] = 2 * _value
    VAGUE_AMOUNTS[("many", _scale + "s")] = 2 * _value
VAGUE_AMOUNTS[("many", "tens", "of", "thousands")] = 20_000
VAGUE_AMOUNTS[("several", "dozen")] = 36
VAGUE_AMOUNTS[("a", "few", "dozen")] = 24
VAGUE_APPROX: dict[tuple[str, ...], float] = {
    ("a", "couple", "of", "hundred"): 200,
    ("a", "couple", "of", "thousand"): 2_000,
    ("a", "couple", "hundred"): 200,
    ("a", "couple", "thousand"): 2_000,
    ("a", "couple", "of", "million"): 2_000_000,
    ("a", "couple", "million"): 2_000_000,
    ("a", "couple", "of", "billion"): 2_000_000_000,
    ("a", "couple", "billion"): 2_000_000_000,
}
VAGUE_AMOUNTS.update(VAGUE_APPROX)
# Words that open a vague amount without being its plural: the plural tag check is not theirs.
VAGUE_OPENERS = frozenset({"several", "a", "few", "many"})
VAGUE_AMOUNT_MAX = 4
# These plurals are a vague amount only before "of" ("scores of people") or "more" ("millions more
# workers"), or as a noun alone in a clause (number._bare_plural_amount); "scores" never alone.
VAGUE_NEEDS_OF = frozenset({"scores", "millions", "billions", "trillions"})

# -- fractions and multipliers -------------------------------------------------
FRACTION_WORDS: dict[str, float] = {
    "half": 1 / 2,
    "halves": 1 / 2,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 1 / 4,
    "quarters": 1 / 4,
    "fourth": 1 / 4,
    "fourths": 1 / 4,
    "fifth": 1 / 5,
    "fifths": 1 / 5,
    "tenth": 1 / 10,
    "tenths": 1 / 10,
}
# Fractions written as one character ("⅓ of voters", "2½ million").
VULGAR_FRACTIONS: dict[str, float] = {
    "\u00bd": 1 / 2, "\u2153": 1 / 3, "\u2154": 2 / 3, "\u00bc": 1 / 4, "\u00be": 3 / 4,
    "\u2155": 1 / 5, "\u2156": 2 / 5, "\u2157": 3 / 5, "\u2158": 4 / 5,
    "\u2159": 1 / 6, "\u215a": 5 / 6, "\u215b": 1 / 8, "\u215c": 3 / 8, "\u215d": 5 / 8, "\u215e": 7 / 8,
}  # fmt: skip
# Denominators of fractions written with a slash ("1/16 of an inch", "3/4
# mile"); a date's day ("3/27") or "9/11" has none of these, and a slash
# fraction is read only before "of" or a unit, or after a whole number.
SLASH_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10, 16, 32, 64, 100})
# "two and a half million": the fraction after "and a".
AND_A_FRACTIONS: dict[str, float] = {"half": 1 / 2, "quarter": 1 / 4, "third": 1 / 3}
MULTIPLIER_VERBS: dict[str, tuple[float, str]] = {
    "doubled": (2, "increase"),
    "doubling": (2, "increase"),
    "tripled": (3, "increase"),
    "trebled": (3, "increase"),
    "tripling": (3, "increase"),
    "quadrupled": (4, "increase"),
    "halved": (0.5, "decrease"),
    "halving": (0.5, "decrease"),
}
TIMES_FOLLOWERS = frozenset(
    {"more", "higher", "larger", "bigger", "greater", "faster", "as", "the", "less", "lower", "smaller", "over",
     "its", "their", "his", "her", "our", "that", "what"}
)  # fmt: skip
# "a quarter-point cut", "a half-point rise in rates": nouns of a rate's move after a hyphened share of a point
POINT_MOVE_NOUNS = frozenset({"cut", "cuts", "rise", "rises", "increase", "increases", "hike", "hikes", "reduction", "reductions", "drop", "fall", "move", "moves"})
# Multiplier words that are no verbs: "more than twice the rate", "nearly double the density". Read
# only after a hedge and before one of MULTIPLIER_WORD_FOLLOWERS: "arrested twice last year" counts
# occasions, and a bare "twice as fast" compares.
MULTIPLIER_WORDS: dict[str, float] = {"twice": 2, "double": 2, "triple": 3, "treble": 3, "quadruple": 4}
MULTIPLIER_WORD_FOLLOWERS = frozenset({"the", "as", "that", "its", "their", "his", "her", "our", "what", "this", "those", "these"})
# "a magnitude-7.8 earthquake": a word of measure the tokenizer keeps hyphened to its number
MEASURE_WORDS_HYPHENED = frozenset({"magnitude"})


# -- words that make the number next to them a name, an age or a score ------
AGE_CUES = frozenset({"aged", "age", "ages"})
# "who turns 40 next month": a verb of a birthday before an age
AGE_TURN_VERBS = frozenset({"turn", "turns", "turned", "turning"})
# "aged just 17": words between an age cue and the age that leave it exact
AGE_CUE_FILLERS = frozenset({"just", "only"})
# "The minister, 54, resigned": a common noun for a person, then the age between commas
AGE_PERSON_NOUNS = frozenset(
    """man woman boy girl mother father son daughter wife husband brother sister grandmother grandfather
    minister senator president governor mayor candidate leader chairman chairwoman founder executive chief
    player striker forward winger midfielder defender goalkeeper captain coach manager rider driver runner
    champion actor actress singer star artist writer author victim suspect patient pilot officer soldier
    teacher doctor nurse lawyer judge worker farmer student resident survivor veteran
    golfer swimmer sprinter cyclist boxer batsman batter bowler jockey skier gymnast athlete quarterback
    pitcher fighter climber rower skater jumper thrower referee umpire trainer""".split()
)
# Nouns that turn a following number into a name or a reference.
ID_NOUNS = frozenset(
    {
        "section", "article", "resolution", "flight", "page", "pages", "p.", "pp.", "chapter",
        "route", "highway", "interstate", "no.", "nos.", "room", "gate", "terminal", "platform",
        "line", "bus", "version", "season", "episode", "vol.", "volume", "paragraph", "clause",
        "item", "category", "phase", "stage", "game", "level", "grade", "class", "act", "bill",
        "amendment", "decree", "order", "protocol", "unit", "ward", "district", "zone", "block",
        "sector", "lot", "row", "seat", "figure", "table", "exhibit", "rule", "tier", "division",
        "regiment", "brigade", "battalion", "corps", "squadron", "apollo", "windows", "iphone",
        "pixel", "galaxy", "boeing", "airbus", "number", "hurricane", "typhoon", "storm", "proposition",
    }
)  # fmt: skip
# Nouns of a result after a hyphened pair: "a 1-1 draw", "a 2-3 defeat", "a 0-0 stalemate" are scores
# though their sides do not fall.
RESULT_NOUNS = frozenset({"draw", "tie", "stalemate", "defeat", "loss", "win", "victory", "scoreline", "thrashing", "drubbing", "aggregate"})
SCORE_CUES = frozenset({"won", "win", "wins", "beat", "beats", "lost", "lose", "drew", "draw", "defeat", "defeated", "victory", "score", "scored", "scoreline", "vote", "voted", "votes"})

# Capitalised words that number things that are not models, for the entity
# finder ("Flight 447", "Route 66"); ID_NOUNS above is the lower-case list the
# quantities guards use, and the two differ in what they must catch.
NUMBERING_NAMES = frozenset(
    "Flight Route Highway Interstate Section Article Chapter Resolution Room Gate Platform "
    "Bus Line Channel Unit Building Block Lot No No. Number District Precinct Ward Title "
    "Amendment Bill Act Rule Apollo Mission Terminal Pier Exit Track Studio Level Floor".split()
)

# -- guards: words that make the number beside them no figure ----------------
# Nouns after a bare number that make it a level reached ("the 1,000 mark"),
# not the name of the thing ("500 index").
MILESTONE_NOUNS = frozenset({"mark", "level", "barrier", "threshold", "milestone", "line", "plus", "strong", "odd"})
# Nouns whose plural is written as the singular ("30 staff", "44 aircraft", "300 cattle"): a number
# before them counts them, it names no model as "the 500 index" does.
SAME_PLURAL_NOUNS = frozenset({
    "staff", "crew", "aircraft", "spacecraft", "hovercraft", "personnel", "cattle", "sheep", "deer", "fish",
    "livestock", "police", "offspring", "poultry", "salmon", "bison", "moose", "swine", "militia", "clergy",
})  # fmt: skip
# Reference marks before a number ("no. 5", "p. 12"), and the same words when
# spaCy splits off the full stop.
REFERENCE_MARKS = ("no.", "nos.", "p.", "pp.", "#", "vol.", "art.", "sec.", "fig.", "ch.")
REFERENCE_WORDS = ("no", "nos", "p", "pp", "vol", "art", "sec", "fig", "ch")
# Case kept: "No" capitalised before digits is a rank or a number ("world No 1"); "no 3 people" is rare
CAPITAL_REFERENCE_WORDS = ("No", "Nos", "Nr")
# "-plus", "-odd", "-year-old" after a number are read elsewhere, not a model variant.
HYPHEN_WORDS = ("plus", "odd", "fold", "year", "day", "strong")
HYPHEN_TIME_WORDS = ("year", "day", "week", "month", "hour")
# "568 billionaires to America's 535": a possessed number after these is one of a tally, no model.
TALLY_WORDS = frozenset({"to", "versus", "vs", "vs.", "than", "against"})
# The last word of a street name: "285 Toure Drive" is an address, no figure.
STREET_WORDS = frozenset(
    "Street St. Avenue Ave. Road Rd. Drive Dr. Boulevard Blvd. Lane Place Way Concourse Square Court Terrace Parkway Highway".split()
)
# "one-on-one talks", "a one-time gain", "one-sided": "one" hyphened to these counts nothing.
ONE_COMPOUNDS = frozenset({"on", "time", "sided", "off", "way", "stop", "size", "liner", "upmanship"})
# "one of" is a pronoun ("one of the reasons") unless a word limits it to a count: "just one of their
# last 10 games", "at least one of the victims".
ONE_OF_LIMITERS = frozenset({"just", "only", "exactly", "merely"})
ONE_OF_BOUNDS = frozenset({("at", "least"), ("more", "than"), ("fewer", "than"), ("less", "than"), ("at", "most")})
ONE_OF_MANY = frozenset({"many", "several", "numerous", "countless", "dozens", "hundreds", "thousands", "millions"})
# "the two companies": a small cardinal after these refers back to things named.
BACK_REFERENCE_DETERMINERS = ("the", "these", "those", "both")

# -- fractions ----------------------------------------------------------------
# What may follow a fraction for it to be one: "half of", "a third the size".
FRACTION_FOLLOWERS = ("of", "the", "its", "their", "his", "her", "our", "all", "this", "that", "these", "those")
# Hedges before a fraction: "about a third" is a fraction without an "of".
FRACTION_HEDGES = ("about", "almost", "nearly", "roughly", "around", "over", "some", "than", "under", "by")
# A fraction with no "of" after these is a share by itself: "nearly half said", "down three-quarters
# from"; "as high as three-quarters" through AS_HEDGE_WORDS ("such as a third party" is no share).
FRACTION_ALONE_AFTER = frozenset({"about", "almost", "nearly", "roughly", "around", "than", "over", "under", "just", "only", "barely", "down", "up"})
AS_HEDGE_WORDS = frozenset({"high", "low", "much", "many", "few", "little"})
# "cut by half", "cut in half": a half after these is a fraction with nothing after it.
HALF_AFTER = ("by", "in")
# "the first two quarters of 1990", "the past three quarters": quarters of a year, no fraction.
QUARTER_TIME_WORDS = ("first", "second", "third", "last", "past", "next", "previous", "coming", "final", "latest", "recent", "consecutive", "straight", "successive")
# "the year two thousand": a number in words after these is a year.
YEAR_WORDS = ("year",)
# "the first half", "the other half": a half after these is a part named, not a fraction.
HALF_OF_A_PAIR = ("first", "second", "latter", "other", "the")
# Scale abbreviations that scale a number even when spaced from it ("15 bn");
# the others ("m", "k") only when glued to the digits.
SPACED_SCALE_ABBREVIATIONS = ("bn", "mn", "mln", "tn", "trn", "bln")
# Words ending in "s" that are no plural noun: before a duration they give it no count.
NOT_PLURALS = frozenset("was is has as his its this thus yes us does plus less unless always perhaps whereas".split())
