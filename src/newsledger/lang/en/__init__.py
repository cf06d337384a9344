"""English: one module per kind of word data.

:mod:`.calendar` (months, weekdays, seasons, parts of day, time units, time
cues), :mod:`.numbers` (number words, scales, fractions, multipliers, vague
amounts, words that make a number a name), :mod:`.hedges`, :mod:`.units`
(units of measure and currencies), :mod:`.change` (words of rise and fall),
:mod:`.casualties`, :mod:`.measures` (measure synonyms for searching),
:mod:`.reporting` (reporting verbs and attribution cues), :mod:`.places`
(country aliases, demonyms, seats, regions, seas, and the words that make a
name a place or an actor), :mod:`.people` (titles before names), :mod:`.tense`
(auxiliaries and modals that look back or ahead) and :mod:`.boilerplate` (the
credit, legal and author-bio lines that end a scraped article).
"""
