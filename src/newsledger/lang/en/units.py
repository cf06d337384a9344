"""English units of measure and currencies: symbols, codes, words and subunits.

Keys are lower case (currency codes and symbols keep their case); multi-word
units are tuples of tokens as spaCy splits them, longest first where they overlap.
"""

from __future__ import annotations

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
    "RM": "MYR",
    "Rp": "IDR",
    "Rp.": "IDR",
    "KSh": "KES",
    "Ksh": "KES",
    "KShs": "KES",
}
# Single letters that mark a currency in the wire copy of their country ("R254 billion" in South
# Africa, "N27.5 trillion" in Nigeria) but name a great deal else ("R2", "N95"): read only with a
# scale, glued or the next word.
SCALED_CURRENCY_LETTERS: dict[str, str] = {"R": "ZAR", "N": "NGN"}
# "$US3.2 billion", "$A400 million": Australian and Asian wire copy writes the
# country after the dollar sign. spaCy splits "$" from "US3.2"; these are the
# letters that may open the number's token.
DOLLAR_AFTER_SIGN: dict[str, str] = {
    "US": "USD",
    "A": "AUD",
    "AU": "AUD",
    "NZ": "NZD",
    "C": "CAD",
    "CA": "CAD",
    "HK": "HKD",
    "S": "SGD",
}
# The yen sign is also the yuan's. Read alone it is JPY (Japanese reports write
# it far more often); with one of these words in the sentence it is CNY.
YEN_SIGN = "\u00a5"
YUAN_CONTEXT = frozenset({"yuan", "renminbi", "rmb", "china", "chinese", "beijing", "shanghai", "shenzhen", "pboc"})
CURRENCY_CODES = frozenset(
    {
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "AUD", "CAD", "CHF", "RUB", "UAH", "KRW",
        "BRL", "HKD", "SGD", "NZD", "TRY", "ILS", "NGN", "ZAR", "SEK", "NOK", "DKK", "PLN", "MXN",
        "SAR", "AED", "EGP", "PKR", "IDR", "THB", "KES", "MYR", "VND", "BDT", "LKR", "TWD",
        "CZK", "HUF", "ISK", "UGX", "TZS", "ARS", "CLP", "LBP", "NPR",
    }
)  # fmt: skip
# Not here though ISO: "PHP" (the peso) reads as the programming language far
# more often ("PHP 7"), and "COP" as the climate summit ("COP 29"); a code before digits is
# taken as a currency. Both are read from the words ("Philippine pesos", NATIONAL_CURRENCIES).
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
    "ringgit": "MYR",
    "ringgits": "MYR",
    "rupiah": "IDR",
    "baht": "THB",
    "zloty": "PLN",
    "zlotys": "PLN",
    "zlotych": "PLN",
    "forint": "HUF",
    "forints": "HUF",
    "kronor": "SEK",
    "krona": "SEK",
    "reais": "BRL",
    "hryvnya": "UAH",
    "dong": "VND",
    "taka": "BDT",
}
# Currency words shared by several countries ("crowns", "shillings", "pesos", "won") are read with
# the country's adjective written before them, as wire copy writes them on first mention.
NATIONAL_CURRENCIES: dict[tuple[str, ...], str] = {
    ("swiss", "francs"): "CHF", ("swiss", "franc"): "CHF",
    ("swedish", "crowns"): "SEK", ("swedish", "kronor"): "SEK", ("swedish", "krona"): "SEK",
    ("norwegian", "crowns"): "NOK", ("norwegian", "kroner"): "NOK", ("norwegian", "krone"): "NOK",
    ("danish", "crowns"): "DKK", ("danish", "kroner"): "DKK", ("danish", "krone"): "DKK",
    ("czech", "crowns"): "CZK", ("czech", "korunas"): "CZK", ("czech", "koruna"): "CZK",
    ("icelandic", "kronur"): "ISK", ("icelandic", "crowns"): "ISK",
    ("kenyan", "shillings"): "KES", ("ugandan", "shillings"): "UGX", ("tanzanian", "shillings"): "TZS",
    ("mexican", "pesos"): "MXN", ("argentine", "pesos"): "ARS", ("argentinian", "pesos"): "ARS",
    ("philippine", "pesos"): "PHP", ("colombian", "pesos"): "COP", ("chilean", "pesos"): "CLP",
    ("korean", "won"): "KRW", ("south", "korean", "won"): "KRW",
    ("egyptian", "pounds"): "EGP", ("lebanese", "pounds"): "LBP",
    ("indian", "rupees"): "INR", ("pakistani", "rupees"): "PKR", ("sri", "lankan", "rupees"): "LKR",
    ("nepalese", "rupees"): "NPR", ("brazilian", "reais"): "BRL", ("turkish", "lira"): "TRY",
    ("chinese", "yuan"): "CNY", ("japanese", "yen"): "JPY", ("russian", "roubles"): "RUB", ("russian", "rubles"): "RUB",
    ("south", "african", "rand"): "ZAR", ("nigerian", "naira"): "NGN", ("ukrainian", "hryvnias"): "UAH",
    ("hong", "kong", "dollars"): "HKD", ("new", "zealand", "dollars"): "NZD", ("taiwan", "dollars"): "TWD",
    ("new", "taiwan", "dollars"): "TWD",
}  # fmt: skip
# Words before a subunit that say whose cents they are: "73.45 U.S. cents".
SUBUNIT_QUALIFIERS: dict[str, str] = {"us": "USD", "u.s.": "USD", "euro": "EUR"}
# "10.4 trillion won": the Korean won is read bare only after a scale word; "won" is a verb far more often.
SCALED_ONLY_CURRENCY_WORDS: dict[str, str] = {"won": "KRW"}
# Subunits: the value is converted to the main unit (19 cents is 0.19). The
# currency is the one the sentence names elsewhere, else the default given.
SUBUNITS: dict[str, tuple[float, str]] = {
    "cent": (0.01, "USD"),
    "cents": (0.01, "USD"),
    "pence": (0.01, "GBP"),
    "penny": (0.01, "GBP"),
    "kopecks": (0.01, "RUB"),
    "sen": (0.01, "MYR"),
    "paise": (0.01, "INR"),
}
# "20p", "340p": a "p" glued to digits is pence, except for the line counts of
# video resolutions ("1080p").
PENCE_SUFFIX = "p"
VIDEO_LINES = frozenset({240, 360, 480, 576, 720, 1080, 1440, 2160, 4320})

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
    "pts": "point",  # "added 15.6 pts": index and match points in market and sport copy
    "nanometre": "nm",
    "nanometres": "nm",
    "nanometer": "nm",
    "nanometers": "nm",
    "nm": "nm",
    "micrometres": "um",
    "micrometers": "um",
    "microns": "um",
    "milligram": "mg",
    "milligrams": "mg",
    "mg": "mg",
    "microgram": "ug",
    "micrograms": "ug",
    "megawatt": "MW",
    "megawatts": "MW",
    "gigawatt": "GW",
    "gigawatts": "GW",
    "kilowatt": "kW",
    "kilowatts": "kW",
    "ppm": "ppm",
    "millilitres": "ml",
    "milliliters": "ml",
    "ml": "ml",
    "calories": "calorie",
    "megatons": "megaton",
    "kilotons": "kiloton",
    "ounce": "oz",
    "ounces": "oz",
    "oz": "oz",
    "pc": "percent",  # "3.9pc" in British copy; read only glued (GLUED_ONLY_UNITS), "PC" is a computer
    "gigabytes": "GB",
    "megabytes": "MB",
    "terabytes": "TB",
    "bp": "basis_point",  # "75bp", glued only (GLUED_ONLY_UNITS): "BP" is an oil company
    "bps": "basis_point",
    "bushels": "bushel",
    "carats": "carat",
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
    ("sq", "m"): "m2",
    ("sq", "metres"): "m2",
    ("square", "metre"): "m2",
    ("sq", "mi"): "sq_mile",
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
    ("parts", "per", "million"): "ppm",
    ("parts", "per", "billion"): "ppb",
    ("light", "-", "years"): "light_year",
    ("light", "-", "year"): "light_year",
    ("light", "years"): "light_year",
    ("square", "feet"): "sq_ft",
    ("square", "foot"): "sq_ft",
    ("sq", "ft"): "sq_ft",
    ("cubic", "feet"): "cu_ft",
    ("metric", "tons"): "tonne",
    ("metric", "tonnes"): "tonne",
    ("troy", "ounces"): "oz",
    ("barrels", "per", "day"): "barrel/day",
    ("barrels", "a", "day"): "barrel/day",
    **NATIONAL_CURRENCIES,
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
# "ran the 100m in 9.58 seconds", "the 400m hurdles": a glued "m" before one
# of these (or before "in" and a time) is a distance run or swum, metres.
DISTANCE_EVENT_WORDS = frozenset(
    {
        "race", "sprint", "dash", "hurdles", "relay", "freestyle", "butterfly", "backstroke",
        "breaststroke", "medley", "final", "finals", "heat", "heats", "title", "record", "event",
        "semi-final", "semifinal", "gold", "silver", "bronze", "champion", "world", "olympic", "individual",
    }
)  # fmt: skip
# "a storm surge of up to 5m", "waves of 8m": nouns of a physical size before "of" and a glued "m", metres
SIZE_NOUNS = frozenset({
    "surge", "surges", "wave", "waves", "swell", "swells", "height", "depth", "length", "width", "altitude",
    "elevation", "span", "wingspan", "diameter", "radius", "tide", "tides", "snowfall", "drifts",
})  # fmt: skip
# "threw 74.35m", "cleared 6.26m", "leapt 8.34m": a glued "m" after these verbs (lemmas) is a mark in metres.
FIELD_EVENT_VERBS = frozenset({"throw", "jump", "clear", "leap", "vault", "hurl", "toss", "put"})
# "a 10-metre-high wall": a glued "m" followed by one of these is metres.
DIMENSION_WORDS = ("high", "long", "tall", "wide", "deep", "metre", "meter")
# "the tree is 30m tall", "a wall 5m high": a glued "m" before one of these, spaced, is metres too
SIZE_WORDS = ("high", "long", "tall", "wide", "deep", "across", "thick")
# The distances of track and pool races: "won the 800m.", "the 1500m, in which": after "the" with
# no noun of its own a glued "m" of one of these is the race, metres.
RACE_DISTANCES = frozenset({50, 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000})
# A measured time, unit "second": "9.58 seconds", "10.72sec", "9.58s" (a decimal count of seconds is
# a stopwatch reading, no duration of the calendar).
SECOND_WORDS = frozenset({"second", "seconds", "sec", "secs", "s"})
SECOND_UNIT = "second"
# A count of whole seconds or minutes before one of these is a race margin, a figure: "six seconds
# ahead of", "a second clear", "nine seconds off the record", "two minutes behind".
MARGIN_WORDS = frozenset({"ahead", "clear", "behind", "quicker", "faster", "slower", "off", "adrift", "better", "outside", "inside", "down", "short", "back"})
# ... or after a "by" of these verbs (lemmas): "won by 14 seconds", "broke the record by two seconds".
MARGIN_VERBS = frozenset({"win", "beat", "break", "lower", "improve", "lead", "trail", "miss", "lose", "edge", "better", "shave", "victory", "defeat"})
# Unit abbreviations too ambiguous to read unless glued to the digits ("5g", not "5 g").
GLUED_ONLY_UNITS = ("g", "ha", "mi", "ft", "t", "in", "nm", "mg", "ml", "pc", "oz", "bp")
# Words before "dollars" that name whose dollar it is; the currency is USD
# unless DOLLAR_QUALIFIER_CURRENCY says otherwise.
DOLLAR_QUALIFIERS = ("us", "u.s.", "american", "australian", "canadian", "hong", "new", "singapore")
DOLLAR_QUALIFIER_CURRENCY = {"australian": "AUD", "canadian": "CAD", "singapore": "SGD"}
# Currency marks news glues to the digits ("US$5", "€20", "Rs.500"): a regex source.
# ISO codes glue too ("INR1 trillion", "EUR50m"), and Malaysia's "RM4.5 billion".
GLUED_CURRENCY_PREFIX = r"[A-Z]{0,3}\$|[€£¥₹₩₽₴₺₪₦]|Rs\.?|Rp\.?|RM|KShs?|Ksh|[A-Z]{3}"
# "pound" is a weight as well as sterling: "a pound of" is no money, and a
# pound does not set the currency of a sentence's other figures.
POUND_WORDS = ("pound", "pounds")
DOLLAR_WORDS = ("dollars", "dollar")
# Cents belong to many currencies: the one the sentence names, else USD.
CENT_WORDS = ("cent", "cents")
