"""Word lists the quantities component reads: hedges, units, currencies, cue verbs.

Kept apart from the component so the conventions are in one reviewable place.
All keys are lower case unless a comment says otherwise; multi-word entries are
tuples of tokens as spaCy splits them.
"""

from __future__ import annotations

# -- hedges: what a word before (or after) a number does to its interval ------
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
    ("a", "maximum", "of"): UPPER,
    ("close", "to"): UPPER,
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
}
POST_HEDGE_MAX = max(len(k) for k in POST_HEDGES)

# -- vague amounts: the smallest round value the plural allows ----------------
# "dozens" means two dozen or more, "hundreds" two hundred or more, and so on:
# an open interval from that value up (bound lower, high null).
VAGUE: dict[tuple[str, ...], float] = {
    ("dozens",): 24,
    ("scores",): 40,
    ("hundreds",): 200,
    ("thousands",): 2_000,
    ("millions",): 2_000_000,
    ("billions",): 2_000_000_000,
    ("tens", "of", "thousands"): 20_000,
    ("hundreds", "of", "thousands"): 200_000,
    ("tens", "of", "millions"): 20_000_000,
    ("hundreds", "of", "millions"): 200_000_000,
    ("tens", "of", "billions"): 20_000_000_000,
    ("hundreds", "of", "billions"): 200_000_000_000,
}
VAGUE_MAX = 3
# "scores" is a vague amount only before "of" ("scores of people"), never alone.
VAGUE_NEEDS_OF = frozenset({"scores", "millions", "billions"})

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
    {"more", "higher", "larger", "bigger", "greater", "faster", "as", "the", "less", "lower", "smaller", "over"}
)

# -- currencies ---------------------------------------------------------------
# Symbols and codes before the number (case kept: codes are upper case). A bare
# "$" is read as US dollars: most English news that writes "$" alone means USD.
CURRENCY_PREFIX: dict[str, str] = {
    "$": "USD",
    "US$": "USD",
    "USD$": "USD",
    "U.S.$": "USD",
    "€": "EUR",
    "£": "GBP",
    "GB£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAD$": "CAD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "S$": "SGD",
    "R$": "BRL",
    "₩": "KRW",
    "₽": "RUB",
    "₴": "UAH",
    "₺": "TRY",
    "₪": "ILS",
    "₦": "NGN",
}
CURRENCY_CODES = frozenset(
    {
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "AUD", "CAD", "CHF", "RUB", "UAH", "KRW",
        "BRL", "HKD", "SGD", "NZD", "TRY", "ILS", "NGN", "ZAR", "SEK", "NOK", "DKK", "PLN", "MXN",
        "SAR", "AED", "EGP", "PKR", "IDR", "THB", "KES",
    }
)  # fmt: skip
CODE_ALIASES = {"RMB": "CNY"}
# Currency words after the number.
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "hryvnias": "UAH",
    "franc": "CHF",
    "francs": "CHF",
    "riyal": "SAR",
    "riyals": "SAR",
    "dirham": "AED",
    "dirhams": "AED",
    "shekel": "ILS",
    "shekels": "ILS",
    "naira": "NGN",
    "rand": "ZAR",
    "lira": "TRY",
    "liras": "TRY",
}
# Subunits: the value is converted to the main unit (19 cents is 0.19). The
# currency is the one the sentence names elsewhere, else the default given.
SUBUNITS: dict[str, tuple[float, str]] = {
    "cent": (0.01, "USD"),
    "cents": (0.01, "USD"),
    "pence": (0.01, "GBP"),
    "penny": (0.01, "GBP"),
    "kopecks": (0.01, "RUB"),
}

# -- units of measure ---------------------------------------------------------
# Token (lower case, as spaCy splits it or glued to digits) -> canonical unit.
UNITS: dict[str, str] = {
    "%": "percent",
    "percent": "percent",
    "pct": "percent",
    "km": "km",
    "kms": "km",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "metre": "m",
    "metres": "m",
    "meter": "m",
    "meters": "m",
    "cm": "cm",
    "centimetres": "cm",
    "centimeters": "cm",
    "mm": "mm",
    "millimetres": "mm",
    "millimeters": "mm",
    "mile": "mile",
    "miles": "mile",
    "mi": "mile",
    "foot": "ft",
    "feet": "ft",
    "ft": "ft",
    "inch": "inch",
    "inches": "inch",
    "in": "inch",
    "yard": "yard",
    "yards": "yard",
    "kg": "kg",
    "kgs": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "kilogrammes": "kg",
    "g": "g",
    "gram": "g",
    "grams": "g",
    "tonne": "tonne",
    "tonnes": "tonne",
    "ton": "ton",
    "tons": "ton",
    "lb": "lb",
    "lbs": "lb",
    "litre": "litre",
    "litres": "litre",
    "liter": "litre",
    "liters": "litre",
    "gallon": "gallon",
    "gallons": "gallon",
    "barrel": "barrel",
    "barrels": "barrel",
    "bbl": "barrel",
    "km/h": "km/h",
    "kph": "km/h",
    "kmh": "km/h",
    "mph": "mph",
    "knots": "knot",
    "hectare": "hectare",
    "hectares": "hectare",
    "ha": "hectare",
    "acre": "acre",
    "acres": "acre",
    "km2": "km2",
    "km²": "km2",
    "mw": "MW",
    "gw": "GW",
    "kw": "kW",
    "kwh": "kWh",
    "mwh": "MWh",
    "gwh": "GWh",
    "twh": "TWh",
    "gb": "GB",
    "mb": "MB",
    "tb": "TB",
    "ghz": "GHz",
    "mhz": "MHz",
    "°c": "degree_c",
    "°f": "degree_f",
    "degrees": "degree",
    "degree": "degree",
    "point": "point",
    "points": "point",
    "calories": "calorie",
    "megatons": "megaton",
    "kilotons": "kiloton",
}
# Multi-token units, longest first where they overlap.
MULTI_UNITS: dict[tuple[str, ...], str] = {
    ("per", "cent"): "percent",
    ("percentage", "points"): "percentage_point",
    ("percentage", "point"): "percentage_point",
    ("basis", "points"): "basis_point",
    ("basis", "point"): "basis_point",
    ("square", "kilometres"): "km2",
    ("square", "kilometers"): "km2",
    ("square", "km"): "km2",
    ("sq", "km"): "km2",
    ("square", "miles"): "sq_mile",
    ("nautical", "miles"): "nautical_mile",
    ("nautical", "mile"): "nautical_mile",
    ("square", "metres"): "m2",
    ("square", "meters"): "m2",
    ("cubic", "metres"): "m3",
    ("cubic", "meters"): "m3",
    ("miles", "per", "hour"): "mph",
    ("kilometres", "per", "hour"): "km/h",
    ("kilometers", "per", "hour"): "km/h",
    ("km", "/", "h"): "km/h",
    ("km", "per", "hour"): "km/h",
    ("degrees", "celsius"): "degree_c",
    ("degrees", "fahrenheit"): "degree_f",
    ("degrees", "c"): "degree_c",
    ("degrees", "f"): "degree_f",
    ("°", "c"): "degree_c",
    ("°", "f"): "degree_f",
    ("barrels", "per", "day"): "barrel/day",
    ("barrels", "a", "day"): "barrel/day",
}
MULTI_UNIT_MAX = max(len(k) for k in MULTI_UNITS)
# Length units that, glued to a number before a weapon or system noun, name a
# calibre ("155mm shells", "240m rocket launchers"), not a measured figure.
CALIBRE_UNITS = frozenset({"mm", "cm", "m", "inch", "in", "calibre", "caliber", "millimetre", "millimeter"})
WEAPON_WORDS = frozenset(
    {
        "shell", "shells", "round", "rounds", "gun", "guns", "howitzer", "howitzers", "mortar",
        "mortars", "rocket", "rockets", "launcher", "launchers", "cannon", "cannons", "artillery",
        "obus", "obuses", "missile", "missiles", "ammunition", "munitions", "pistol", "pistols",
        "rifle", "rifles", "projectile", "projectiles", "bullet", "bullets", "cartridge",
        "cartridges", "calibre", "caliber", "self", "propelled", "self-propelled", "barrel",
        "tank", "gun-howitzer", "grenade", "grenades", "warhead", "warheads", "system", "systems",
    }
)  # fmt: skip

# -- calendar and clock words: numbers next to them are dates, not figures ----
MONTHS = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
        "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    }
)  # fmt: skip
WEEKDAYS = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    }
)  # fmt: skip
CLOCK_WORDS = frozenset(
    {"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "est", "edt", "pst", "cet", "bst", "o'clock", "hrs"}
)
# Durations are time records (the times component's DURATION), not claims:
# "a ceasefire of 30 days", "the past three days", "a 45-year-old".
DURATION_UNITS = frozenset(
    {
        "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "day",
        "days", "week", "weeks", "month", "months", "year", "years", "yr", "yrs", "decade",
        "decades", "century", "centuries", "night", "nights", "weekend", "weekends", "quarter",
        "quarters", "fortnight", "fortnights",
    }
)  # fmt: skip
AGE_CUES = frozenset({"aged", "age", "ages"})
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
        "pixel", "galaxy", "boeing", "airbus", "number", "hurricane", "typhoon", "storm",
    }
)  # fmt: skip
SCORE_CUES = frozenset({"won", "win", "wins", "beat", "beats", "lost", "lose", "drew", "draw", "defeat", "defeated", "victory", "score", "scored", "scoreline", "vote", "voted", "votes"})

# -- change: words whose direction a figure takes -----------------------------
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
# "so far" and kin mark a running total up to the publication date.
SO_FAR = (("so", "far"), ("to", "date"), ("thus", "far"), ("as", "yet"), ("until", "now"), ("up", "to", "now"))
AS_OF_CUES = (("until",), ("till",), ("til",), ("up", "to"), ("up", "until"), ("through",), ("as", "of"), ("by",), ("as", "at"), ("to",))
SINCE_CUES = (("since",),)
