"""English words that put a figure in a series: what it counts, of whom, where.

Data only. reconcile/series_keys.py matches these as lowercase words or
phrases of a claim's measure, subject and sentence.
"""

from __future__ import annotations

# Measure classes (records.md, `series.measure_class`), tried in this order:
# the first whose phrase stands in the measure (else the subject) wins, so
# "killed or wounded" is read before "killed".
MEASURE_CLASSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("killed_or_injured", (
        "killed or injured", "killed or wounded", "killed and injured", "killed and wounded", "dead or wounded",
        "dead and wounded", "dead or injured", "dead and injured", "killed or hurt", "wounded or killed",
        "injured or killed",
    )),
    ("casualties", ("casualties", "casualty", "losses", "losses in personnel")),
    ("killed", (
        "killed", "dead", "deaths", "death", "died", "fatalities", "death toll", "toll", "lives", "bodies",
        "slain", "executed",
    )),
    ("injured", ("injured", "wounded", "hurt", "injuries", "maimed")),
    ("missing", ("missing", "unaccounted", "disappeared")),
    ("captured", ("captured", "prisoners", "prisoners of war", "pows", "taken prisoner", "surrendered", "hostages")),
    ("displaced", ("displaced", "fled", "evacuated", "refugees", "homeless", "evacuees", "uprooted")),
    ("arrested", ("arrested", "detained", "arrests", "detentions", "detainees", "held in custody")),
    ("attacks", (
        "attacks", "attack", "strikes", "airstrikes", "air strikes", "drone attacks", "raids", "shelling",
        "missiles", "drones", "rockets", "bombings", "assaults",
    )),
)  # fmt: skip

# Classes that count things done, not people: no group is assumed for them.
THING_CLASSES = frozenset({"attacks"})

# A count of a force is `deployed` where a verb of sending stands by it
# ("sent", "has deployed"), else `present` ("troops in Kursk").
DEPLOY_WORDS = frozenset({
    "sent", "send", "sends", "sending", "deployed", "deploy", "deploys", "deploying", "dispatched", "dispatch",
    "transferred", "reinforcements", "shipped", "stationed", "posted",
})  # fmt: skip

# The group a figure counts, by its head noun: the first word that stands in the
# measure or subject gives the group's canonical name.
GROUP_NOUNS: dict[str, str] = {
    "troops": "troops", "troop": "troops", "soldiers": "troops", "soldier": "troops", "servicemen": "troops",
    "servicemembers": "troops", "personnel": "troops", "forces": "troops", "fighters": "troops",
    "militants": "militants", "insurgents": "militants", "rebels": "militants",
    "civilians": "civilians", "civilian": "civilians", "residents": "civilians", "villagers": "civilians",
    "people": "people", "persons": "people", "individuals": "people",
    "children": "children", "kids": "children", "minors": "children",
    "women": "women", "migrants": "migrants", "refugees": "refugees", "protesters": "protesters",
    "demonstrators": "protesters", "police": "police", "officers": "police", "journalists": "journalists",
    "workers": "workers", "patients": "patients", "students": "students", "prisoners": "prisoners",
}  # fmt: skip
# Groups whose owner (the country whose troops they are) may be read from the
# sentence's actor when the figure's own words name none: "North Korea sent
# 1,000 soldiers". Civilians are never owned by whoever attacked them.
OWNED_GROUPS = frozenset({"troops", "militants", "police"})

# Words that refer back to a group counted before: "four thousand of them".
BACK_REFERENCES = ("of them", "of those", "of these", "of whom", "among them")

# Kinds of place that tie a figure to a region or a town, not to a country.
PLACE_KINDS = frozenset({
    "region", "province", "oblast", "state", "district", "county", "city", "town", "village", "governorate",
    "prefecture", "area", "strip", "territory", "border", "front",
})  # fmt: skip

# What a casualty figure includes, where the sentence says it: two members of one
# series that say different things are counting by different definitions.
DEFINITION_PARTS: dict[str, tuple[str, ...]] = {
    "killed": ("killed", "dead", "deaths"),
    "injured": ("injured", "wounded"),
    "missing": ("missing",),
    "captured": ("captured", "prisoners", "taken prisoner"),
}
DEFINITION_CUES = ("including", "includes", "include", "counting", "made up of", "comprising", "among them")

# Vague amounts ("thousands of troops", "dozens"): an open lower bound that
# sets no soft upper one, so it never contradicts a precise figure above it.
VAGUE_AMOUNT_WORDS = frozenset({
    "dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens", "several", "few", "many",
    "numerous", "countless",
})  # fmt: skip

# A search for one class also finds the classes it covers: a casualty count is
# a count of killed or wounded ("claims --about casualties" finds "killed or wounded").
SEARCH_ALSO: dict[str, tuple[str, ...]] = {
    "casualties": ("killed_or_injured", "killed", "injured", "missing", "captured"),
    "killed_or_injured": ("casualties",),
}
