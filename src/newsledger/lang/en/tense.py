"""English tense and aspect words: what says whether a clause looks back, ahead, or holds now.

The times component uses the first group to tell a past "Monday" from a coming
one; the quantities component uses them with the second group to tell a figure
that holds at publication ("have been killed", "remain missing") from one of a
past event or of a future or conditional one ("would protect", "could reach").
"wo" and "ca" are how spaCy splits "won't" and "can't".
"""

from __future__ import annotations

# Auxiliaries of the future.
FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "ll"})
# Heads that put the clause below them in the future: "expected to meet", "due to", "plans to".
FUTURE_HEADS = frozenset({"expect", "schedule", "plan", "due", "set", "going", "intend", "aim", "hope", "prepare"})
# Auxiliaries of the perfect and the simple past: the clause looks back.
PAST_AUX = frozenset({"has", "have", "had", "'ve", "'d", "was", "were", "did"})
# Other modals mostly speak of what is still to happen in news ("should be completed in October").
FORWARD_MODALS = frozenset({"should", "would", "could", "may", "might", "must", "can", "ca"})
# Words that put a sentence's dates ahead of the publication date (regex source, case-insensitive).
FUTURE_CUES = r"\b(?:will|won't|shall|next|expected|plans?|scheduled|due|upcoming|coming|by the end of)\b|'ll\b"

# Subordinators of a condition: "if prices rise 5%", "unless 2,000 sign".
CONDITIONAL_MARKS = frozenset({"if", "unless", "lest", "provided", "whether"})
# Subordinators of time, whose present tense speaks of what is still to come:
# "once 2,000 have signed", "when output reaches 1 million tonnes".
TEMPORAL_MARKS = frozenset({"once", "when", "whenever", "until", "till", "before", "after"})

# Words that make a figure a running total, a count from some start up to an
# end: "a total of 3,400", "cumulative sales", "the death toll", "in all".
RUNNING_TOTAL_WORDS = frozenset({
    "total", "totals", "totalled", "totaled", "totalling", "totaling", "cumulative", "cumulatively",
    "altogether", "toll", "tally", "combined", "overall",
})
RUNNING_TOTAL_PHRASES = (("in", "all"), ("in", "total"))

# Back-references to a time the text named before: "during the trip", "in that
# period", "over the same period", "at the time". A phrase is a preposition of
# BACK_PREPS, a determiner of BACK_DETS ("that", "the same"; a bare "the" only
# before BACK_THE_NOUNS, and "the time" only after "at"), and a noun of
# BACK_NOUNS; the nouns of BACK_DAY_NOUNS refer back only to a single day.
# "this" and "these" point at the present ("this time", "this week"), not back.
BACK_PREPS = frozenset({"during", "in", "over", "on", "at", "for", "throughout", "within", "by", "since"})
BACK_DETS = frozenset({"that", "those"})
BACK_NOUNS = frozenset({
    "period", "time", "day", "week", "month", "quarter", "year", "season", "weekend", "night",
    "morning", "afternoon", "evening", "trip", "visit", "tour", "summit", "meeting", "talks",
    "session", "stretch", "span", "window", "date", "fortnight", "point", "match", "game", "race",
})
BACK_DAY_NOUNS = frozenset({"day", "night", "morning", "afternoon", "evening", "date"})
# "the same period of 2025", "the same quarter last year": the period referred to, in that other year.
BACK_PERIOD_NOUNS = frozenset({"period", "quarter", "month", "months", "week", "weeks", "season", "stretch", "span", "time"})
# "since then", "by then", "until then": the cue of each, as for a date after it.
BACK_THEN = {"since": "since", "by": "as_of", "until": "as_of", "till": "as_of"}
BACK_THE_NOUNS = frozenset({
    "period", "time", "trip", "visit", "tour", "summit", "meeting", "talks", "session", "stretch", "span", "window",
    "match",
})

# Words joining two dates into one range: "between April and June", "from
# January to March", "the April-June period", "January to March quarter".
RANGE_OPENERS = frozenset({"between", "from"})
# Hyphen and en dash; an em dash sets off a clause ("on Monday — Tuesday's talks ...").
RANGE_JOINERS = frozenset({"and", "to", "through", "thru", "until", "till", "-", "–"})
RANGE_DASHES = frozenset({"-", "–"})
RANGE_NOUNS = frozenset({"period", "quarter", "season", "window", "half"})

# "overnight" in a report of attacks or events: the night that ends on the day
# of the report ("Russia launched 172 drones overnight, the air force said").
OVERNIGHT = frozenset({"overnight"})

# Words that make a figure a part of the figure before it, which it shares its
# time with: "12 people on Thursday, including two children", "among them eight".
PART_OF_WORDS = frozenset({"including", "among", "excluding", "incl"})

# What sets a figure against an earlier one after an attribution: "grew 1.4%, Rosstat said, down from
# 4.5% in the fourth quarter" (regex sources, longest first).
COMPARISON_LEADS = ("up from", "down from", "compared with", "compared to", "against", "versus", "from")

# "During the past night" as translated wire copy writes "overnight": the night ending on the report's day.
OVERNIGHT_PHRASES = (("the", "past", "night"), ("the", "previous", "night"))

# Nouns of a report whose schedule a recurring time gives ("its daily summary", "the weekly briefing",
# "an annual survey"): the sentence's present is not a habit for that.
REPORT_NOUNS = frozenset({
    "summary", "briefing", "report", "update", "bulletin", "statement", "address", "review", "survey",
    "assessment", "digest", "roundup", "press", "conference", "news", "newsletter", "broadcast",
})

# Subordinators of a clause whose event lies before or after the clause above it: "a day after jets
# struck the port, killing four": the time of the clause above is not that event's.
SEQUENCE_MARKS = frozenset({"after", "before"})
# The distance a sequence clause may give, in days ("a day after", "two days before", "hours after": 0).
SEQUENCE_UNITS = {"day": 1, "days": 1, "hour": 0, "hours": 0, "week": 7, "weeks": 7}

# A running total a clause brings to a figure: "bringing the death toll to 227", "the toll rose to 13",
# "the tally stood at 40", "the number reached 500". The verbs, and the nouns of the total.
TOTAL_TO_VERBS = frozenset({
    "bring", "take", "raise", "push", "lift", "rise", "climb", "increase", "jump", "grow", "swell", "mount",
    "stand", "reach", "hit", "surpass", "exceed", "top",
})
TOTAL_NOUNS = frozenset({"toll", "tally", "total", "number", "count", "figure"})

# "a year earlier", "a year ago" after a comparison ("down from 52 a year earlier"): the period the
# sentence gave before, a year back.
YEAR_BACK_PHRASES = (("a", "year", "earlier"), ("a", "year", "ago"), ("a", "year", "before"), ("one", "year", "earlier"))
