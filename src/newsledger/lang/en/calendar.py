"""English calendar and clock words: months, weekdays, seasons, parts of day, time units and cues.

The time grammar reads the dicts (a month name to its number, a unit to its
ISO 8601 letter); the quantities component uses the token sets to tell a date
or a duration from a figure; the publication-date guesser uses the patterns.
"""

from __future__ import annotations

MONTHS = {
    name: i + 1
    for i, name in enumerate(
        "january february march april may june july august september october november december".split()
    )
}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
              "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {name: i for i, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
WEEKDAY_ABBR = ("mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun")

# Every lower-case token that names a month or a weekday: numbers next to them
# are dates, not figures.
MONTH_TOKENS = frozenset(MONTHS) | frozenset(MONTH_ABBR) | frozenset(a + "." for a in MONTH_ABBR)
WEEKDAY_TOKENS = frozenset(WEEKDAYS) | frozenset(WEEKDAY_ABBR)

# Regex alternations as news capitalises the names. "Sept" is tried before
# "Sep" so that "Sept." is one match.
MONTH_TITLE_RE = "|".join(m.capitalize() for m in MONTHS)
MONTH_UPPER_RE = "|".join(m.upper() for m in MONTHS)
MONTH_ABBR_RE = (
    "(?:" + "|".join(a.capitalize() for a in sorted(MONTH_ABBR, key=lambda a: (MONTH_ABBR[a], -len(a)))) + r")\.?"
)
WEEKDAY_TITLE_RE = "|".join(d.capitalize() for d in WEEKDAYS)
WEEKDAY_UPPER_RE = "|".join(d.upper() for d in WEEKDAYS)

UNIT_CODES = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "night": "D", "week": "W",
              "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "Y", "century": "Y"}
UNIT_FACTOR = {"fortnight": 2, "decade": 10, "century": 100}
# The time units as the time grammar's trigger scan looks for them, "centuries"
# spelled out since its plural is not the unit plus "s".
TIME_UNIT_WORDS = "second minute hour day night week fortnight month quarter year decade century centuries"

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
# Ordinals the time grammar reads before a quarter or a half ("the final quarter").
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4,
            "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

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

# -- cues that tie a figure to a time -----------------------------------------
# "so far" and kin mark a running total up to the publication date.
SO_FAR = (("so", "far"), ("to", "date"), ("thus", "far"), ("as", "yet"), ("until", "now"), ("up", "to", "now"))
AS_OF_CUES = (("until",), ("till",), ("til",), ("up", "to"), ("up", "until"), ("through",), ("as", "of"), ("by",), ("as", "at"), ("to",))
SINCE_CUES = (("since",),)

# -- holidays (western Christian and US/European civic calendars) -------------
# The names as news writes them, for the time grammar; "’" and "'" both occur.
HOLIDAY_NAMES_RE = (
    r"Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|New\s+Year['’]s\s+(?:Eve|Day)|Valentine['’]s\s+Day"
    r"|Halloween|Bastille\s+Day|Armistice\s+Day|Veterans\s+Day|Remembrance\s+Day|International\s+Women['’]s\s+Day"
    r"|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Thanksgiving(?:\s+Day)?|Black\s+Friday|Cyber\s+Monday|Labor\s+Day|Memorial\s+Day"
)
# Lower-case holiday name -> (month, day), for those on the same date every year.
FIXED_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
                  "new year's eve": (12, 31), "new year's day": (1, 1), "valentine's day": (2, 14), "halloween": (10, 31),
                  "bastille day": (7, 14), "armistice day": (11, 11), "veterans day": (11, 11),
                  "remembrance day": (11, 11), "international women's day": (3, 8)}
# Days from Easter Sunday.
EASTER_HOLIDAYS = {"easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1}
# Days from US Thanksgiving, the fourth Thursday of November.
THANKSGIVING_HOLIDAYS = {"thanksgiving": 0, "thanksgiving day": 0, "black friday": 1, "cyber monday": 4}
# Lower-case name -> (month, weekday with Monday 0, n: the nth such weekday, -1 the last).
NTH_WEEKDAY_HOLIDAYS = {"labor day": (9, 0, 1), "memorial day": (5, 0, -1)}
# A holiday whose name ends so is a day name, a time even without a year or a lead word.
HOLIDAY_DAY_ENDINGS = ("day", "eve", "friday", "monday", "sunday")

# Time-zone abbreviations the model takes for organisations ("EST" ORG).
TIME_ZONES = frozenset("UTC GMT CET CEST EST EDT PST PDT CST CDT MSK JST KST BST IST AEST".split())

# -- relative and vague times ---------------------------------------------------
# "last", "past" and "previous" before a unit or a month look back from the anchor.
BACKWARD_WORDS = ("last", "past", "previous")
# "next" and "coming" look ahead.
FORWARD_WORDS = ("next", "coming")
# Days from the anchor date.
RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0,
                 "the day before yesterday": -2, "the day after tomorrow": 2}
# Words that name the present, the past or the future without a date (TIMEX3 *_REF values).
TIME_REFERENCES = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "presently": "PRESENT_REF",
    "at present": "PRESENT_REF", "nowadays": "PRESENT_REF", "so far": "PRESENT_REF", "thus far": "PRESENT_REF",
    "to date": "PRESENT_REF", "the time being": "PRESENT_REF", "current": "PRESENT_REF", "these days": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "soon": "FUTURE_REF", "very soon": "FUTURE_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the long term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "short-term": "FUTURE_REF", "later": "FUTURE_REF", "shortly": "FUTURE_REF",
}

# Capitalised words that may stand before a year without making a name of it.
YEAR_LEADS = frozenset(
    "in since by until till from to of for during before after through around about circa and or "
    "early late mid the by end spring summer autumn fall winter christmas easter as at on between "
    "fy q1 q2 q3 q4 h1 h2 ad bc".split()
) | frozenset(MONTHS) | frozenset(MONTH_ABBR) | frozenset(WEEKDAYS)

# -- words before a date: regex sources, matched case-insensitively at the end of the text before it
# A bare holiday name is a time only where a date would stand: "since Christmas", "Christmas, ..." (not "Christmas tree").
HOLIDAY_LEAD = r"\b(?:since|before|after|until|till|by|at|over|on|around|during|for|of|in|this|last|next|from|to|through|and|until)\s+$"
# Words that introduce a date: after one, "May" and "March" are months, not a modal verb or a noun.
MAY_MONTH_LEAD = (
    r"(?:\b(?:in|since|until|till|by|from|through|to|of|during|before|after|and|or|as|early|late|mid|last|next|this|"
    r"between|around|throughout|end|beginning|start|middle)|[-–,])\s*$"
)
# Words after which a capitalised month name is a month even before a capitalised word ("in June Russia...").
MONTH_LEAD = (
    r"\b(?:in|since|until|till|by|from|through|to|of|during|before|after|early|late|mid|last|next|this|"
    r"between|around|throughout|and|or)\s*$|mid-$"
)
# Named days that are no weekday of the week in question ("Black Monday" of 1987); case-sensitive.
NAMED_DAY_PREFIX = r"\b(?:Black|Cyber|Easter|Good|Bloody|Super|Palm|Ash|Holy|Maundy|Shrove|Whit|Blue|Giving|Small Business)\s+$"

# -- month names as dated URLs write them ("/2025/mar/27/"), lower case ----------
URL_MONTHS = {**{m[:3]: i for m, i in MONTHS.items()}, **MONTH_ABBR, **MONTHS}
# Upper-case month abbreviations as some stamps print them ("27 MAR 2025").
MONTH_ABBR_UPPER_RE = "(?:" + "|".join(a.upper() for a in sorted(MONTH_ABBR, key=lambda a: (MONTH_ABBR[a], -len(a)))) + r")\.?"
