"""Figures: numbers and number words, hedges as intervals, units, what is counted.

The ``newsledger_quantities`` component sets ``doc._.claims`` to a list of
:class:`~newsledger.records.ClaimRecord`, in text order. It walks each sentence
once, token by token, and reads a figure as

    [hedges] [currency] NUMBER [scale] [unit] [post-hedge] [to|-|and NUMBER ...]

then links it to what it counts (the dependency parse), to the time it holds
for (``doc._.times``, else its own "so far" cue) and to a direction of change.

Conventions (the record contract leaves these to us; they are kept here):

- Intervals. ``exact``: low = high = value. ``approx`` ("about", "around",
  "some", "roughly", "an estimated", "or so", "-odd"): a band of
  ±``APPROX_BAND`` (10 %) around the value, because a reader of "about 11,000"
  takes it to mean roughly 10,000 to 12,000; the band is a convention, not a
  claim of the text, and it is the same everywhere. ``lower`` ("at least",
  "more than", "over", "above", "X or more", "X-plus"): low = X, high null.
  ``upper`` ("almost", "nearly", "up to", "under", "less than", "as many as"):
  high = X and low null; "almost 2,500" gives no lower limit we could defend,
  so none is invented. ``range`` ("between X and Y", "X to Y", "X-Y", "X or
  Y"): low X, high Y, value the midpoint. Stacked hedges combine: lower or upper
  wins over approx ("at least more than 1,000" is lower); "only", "exactly",
  "all", "just" keep the figure exact and stay in its text.
- Vague amounts are open intervals, bound lower, value = low: "dozens" 24,
  "scores of" 40, "hundreds" 200, "thousands" 2,000, "tens of thousands"
  20,000, "hundreds of thousands" 200,000, "millions of" 2,000,000. "A dozen"
  is 12 and "a score of" 20, both exact. "A handful", "several", "many" are
  not figures: there is no number to put in the ledger.
- Fractions before "of" or a determiner ("a third of", "half the", "three
  quarters of") and shares ("one in five") have unit ``fraction`` and value
  0.333, 0.5, 0.75, 0.2.
- Multipliers have unit ``times``: "fourfold" 4, "three times as many" 3,
  "doubled" 2 with change increase, "halved" 0.5 with change decrease.
- Change. A word of change carries the direction and the value stays positive:
  "fell 1.3%" is 1.3 with change decrease, "up 19 cents" 0.19 increase, "a 5%
  rise" 5 increase. The level a change reaches ("to $41.50") or starts from
  ("from 379") is no change. A written sign is kept: "-1.3%" is -1.3.
- Units: ``percent``; ``percentage_point``; ``point`` (index points); currency
  codes (ISO 4217) from symbols ("$" alone is USD, "US$", "€", "£", "¥",
  "Rs"), codes ("GBP 20m", "$249 USD") and words ("15 billion dollars", "9.9
  billion yuan"); cents and pence become the main unit (19 cents is 0.19, in
  the currency the sentence names, else USD; pence GBP); lengths, masses,
  volumes, speeds, energy and storage units by short names (``km``, ``mm``,
  ``kg``, ``tonne``, ``barrel``, ``km/h``, ``MW``, ``GB``...). Plain counts
  have unit null. Scale words are applied to the value: "1.5m" 1,500,000,
  "$15bn" 15e9, "Rs 500 crore" 5e9.
- Not claims: numbers inside a time expression from ``doc._.times`` (dates,
  clock times, durations and sets), and, whatever the times component finds,
  years (a bare 1800-2100 not counting a plural noun), day numbers next to a
  month or in "Thursday (27)", clock times ("3 p.m."), durations and ages
  ("30 days", "a 45-year-old": the times component keeps durations as
  DURATION records), ordinals ("third", "21st"), identifiers and model names
  (a number glued to letters, "F-16", "A320", "COVID-19", "737s"; a number
  after a name or a reference noun, "Boeing 737", "Section 427", "FTSE 100";
  a bare number in parentheses, "(1)"; a number the same document uses as a
  model name elsewhere, "the 737 replacement" after "Boeing 737"; a bare
  number above one before a singular noun or name it modifies, "the 787
  Dreamliner", "the 500 index" (a count above one takes a plural); a year written "'82"), calibres (a length unit glued or
  hyphenated to a number before a noun, "155mm shells", "155-mm howitzers",
  "240m rocket launchers"; "rainfall of 155 mm" is a claim), phone-like
  numbers, scores ("won 3-1": a hyphenated pair falling right to left, or
  after a word of winning and losing), small number words that refer back
  ("the two companies") and "one" as a pronoun ("one of them", "at one
  point"). A verb particle is no hedge and no direction ("complained over two
  raids", "blew up three lines").
- A glued "m" is million ("1.5m people", "$20m") except before a weapon noun
  (a calibre) or "-long"/"-high" (metres).
- Single "a"/"an" ("a prisoner died") is not read as one: PLOVER counts it,
  but a ledger of figures would fill with ones.
- ``measure`` is what is counted: the counted noun with its noun compounds
  ("drone attacks", "troops", "pieces"), the noun of "X of Y" ("thousands of
  ammunition containers"), the noun of "the number of Y" for a figure with no
  noun of its own, else the subject of the verb the figure completes ("revenue
  rose 12%" gives "revenue"). Counts of people hurt take the participle:
  "injuring at least 21 people" gives "people injured", "about four thousand
  of them were killed or injured" gives "killed or injured".
- ``subject`` is the fuller noun phrase (modifiers, "of"/"in" phrases and
  participle clauses, without the figure, its determiner and time words), or
  null when it would say no more than ``measure``.
- ``time`` is the time expression that holds for the figure: one in the
  figure's own noun phrase first, then one in its clause (or a clause joined to
  it by "and"/"or"), then one in a clause above it, then the nearest in the
  sentence. ``as_of`` for "so far", "to date", "until/through/as of/by X"
  (end X) and "since X" (start X, end the publication date); ``point`` for a
  single day or a clock time; ``period`` for a longer span ("in November").

The package, one idea a file: ``sentence`` (a sentence's tokens as the readers
see them), ``number`` (reading a number and its unit), ``hedges`` (hedges,
ranges and the interval they give), ``guards`` (numbers that are no figure:
calendar numbers, ordinals, identifiers, model names, calibres...), ``reader``
(one figure, hedges and all, built from those), ``measure`` and ``change``
(linking a figure to what it counts and to its direction), ``timing`` (linking
it to the time it holds for) and ``component`` (the spaCy component).
"""

from __future__ import annotations

from .component import extract_claims, make_quantities
from .hedges import APPROX_BAND

__all__ = ["APPROX_BAND", "extract_claims", "make_quantities"]
