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
  ``upper`` ("almost", "nearly", "just under", "up to", "under", "less than",
  "fewer than", "as many as", "as high as", "approaching"): high = X and low
  null; "almost 2,500" gives no lower limit we could defend, so none is
  invented. "As few as 3" says the figure may be as low as 3, its least
  value: lower, the mirror of "as many as". A verb whose object is a bound
  passed or neared ("has exceeded 300", "topped $5 billion", "is nearing
  500") is a hedge too, kept out of the claim's text. ``range`` ("between X
  and Y", "X to Y", "X-Y", "X or Y", "ranging from X to Y"): low X, high Y,
  value the midpoint. But "from X to Y" after a word of change ("rose from
  240 to 273", "a cut from 20 to 15 percent") is a path: two figures, the
  later with the direction, the first with none, both with the unit written
  once. Stacked hedges combine: lower or upper wins over approx ("at least
  more than 1,000" is lower); "only", "exactly", "all", "just" keep the
  figure exact and stay in its text.
- Vague amounts are open intervals, bound lower, value = low: a plural is
  two or more of its unit, so "dozens" 24, "scores of" 40, "hundreds" 200,
  "thousands" 2,000, "tens of thousands" 20,000 (and "tens of millions"
  20,000,000), "hundreds of thousands" 200,000, "millions of" 2,000,000;
  "several" is three or more ("several hundred" 300, "several dozen" 36),
  "a few" two or more ("a few thousand" 2,000). "A couple of hundred" is
  about 200 (approx). "A dozen" is 12 and "a score of" 20, both exact. "A
  handful", "several", "many" alone are not figures: there is no number to
  put in the ledger. "hundreds of miles" takes the unit it counts.
- Fractions before "of" or a determiner ("a third of", "half the", "three
  quarters of"), after "by" or "in" ("cut by a third", "in half"), written as
  a character ("⅓ of") or with a slash before "of" or a unit ("1/16 of an
  inch", "3/4 mile"), and shares ("one in five") have unit ``fraction`` and
  value 0.333, 0.5, 0.75, 0.2. A slash fraction needs a usual denominator
  (2, 3, 4, 5, 8, 10, 16, 32, 64, 100), so "3/27" and "9/11" stay dates.
  "Of a million" scales a fraction ("a quarter of a million" 250,000) and
  "of a mile" gives it the unit. Number words with hyphens and halves read
  whole: "four-thousand-100" 4,100, "15-thousand", "two-and-a-half million",
  "2½ million", and so do scale words glued to digits ("$23million"), "a
  half-dozen" 6 and "a half million" 500,000. A fraction with no "of" is a
  share when hedged, after a word of change or as a subject ("nearly half
  said", "down three-quarters", "three-quarters said"), or hyphened before the
  noun it sizes ("a two-thirds majority"). "58%-33%" (a split of opinion, cut
  by the tokenizer) is its first share; a rising pair ("2%-3%") a range. "A
  61%-owned unit" is 61 percent. "Estimated at", "put at", "pegged at" are
  approx hedges like "an estimated".
- Ages are claims (records v2): unit ``years``, measure ``age``, change null,
  the noun aged as subject: "a 12-year-old boy", "71 years old", "aged 65",
  "aged just 17", "at the age of 81", "Smith, 47," (a name that is no place,
  then commas) and "the minister, 54," (a noun for a person), "4.5 billion
  years old", "a 1,000-year-old tree",
  "aged 5 to 11" (range) and decades of life as ranges: "in his 70s" 70-79,
  "early" X0-X3, "mid" X4-X6, "late" X7-X9 ("in her mid-40s" 44-46).
- Multipliers have unit ``times``: "fourfold" 4, "three times as many" 3,
  "doubled" 2 with change increase, "halved" 0.5 with change decrease.
- Change. A word of change carries the direction and the value stays positive:
  "fell 1.3%" is 1.3 with change decrease, "up 19 cents" 0.19 increase, "a 5%
  rise" 5 increase. The level a change reaches ("to $41.50") or starts from
  ("from 379") is no change. A written sign is kept: "-1.3%" is -1.3.
- Units: ``percent``; ``percentage_point``; ``point`` (index points); currency
  codes (ISO 4217) from symbols before the number, glued or spaced ("$" alone
  is USD, "US$", "A$", "HK$", "S$", "C$", "NZ$", "€", "£", "₹", "Rs", "RM"),
  from the country after the sign ("$US3.2 billion", "$A400 million"), codes
  ("GBP 20m", "INR1 trillion", "EUR50m", "$249 USD") and words ("15 billion
  dollars", "50 euros", "3bn yuan", "ringgit"). The yen sign is JPY, unless the
  sentence names the yuan or China ("yuan", "renminbi", "China", "Chinese",
  "Beijing", "Shanghai", ...): then CNY. Cents, pence ("12 pence", "20p"; not
  "1080p"), sen and paise become the main unit (19 cents is 0.19, in the
  currency the sentence names, else USD; pence GBP, sen MYR); lengths, masses,
  volumes, speeds, energy and storage units by short names (``km``, ``mm``,
  ``kg``, ``tonne``, ``barrel``, ``km/h``, ``MW``, ``GB``...). Plain counts
  have unit null. Scale words are applied to the value: "1.5m" 1,500,000,
  "$15bn" 15e9, "Rs 500 crore" 5e9.
- Not claims: numbers inside a time expression from ``doc._.times`` (dates,
  clock times, durations and sets), and, whatever the times component finds,
  years (a bare 1800-2100 not counting a plural noun, or said aloud:
  "nineteen seventy-nine", "the year two thousand"), day numbers next to a
  month or in "Thursday (27)", clock times ("3 p.m."), durations ("30 days",
  and the first count of "40 or 50 years ago": the times component keeps
  durations as DURATION records), quarters of a year ("the first two quarters
  of 1990"), ordinals ("third", "21st"), identifiers and model names
  (a number glued to letters, "F-16", "A320", "COVID-19", "737s", but not a
  decimal after a lower-case word of measure, "magnitude-7.8"; a number
  hyphened to a plural it names, "nine three-pointers"; a number
  after a name or a reference noun, "Boeing 737", "Section 427", "FTSE 100";
  a bare number in parentheses, "(1)"; a number the same document uses as a
  model name elsewhere, "the 737 replacement" after "Boeing 737"; a bare
  number above one before a singular noun or name it modifies, "the 787
  Dreamliner", "the 500 index" (a count above one takes a plural); a year written "'82"), calibres (a length unit glued or
  hyphenated to a number before a noun, "155mm shells", "155-mm howitzers",
  "240m rocket launchers"; "rainfall of 155 mm" is a claim), phone-like
  numbers, small number words that refer back
  ("the two companies") and "one" as a pronoun ("one of them", "at one
  point"), in a compound or idiom ("one-on-one", "one-time", "one side or
  another", "one and only") or where spaCy's tagger sees no count either ("one
  thing"); a place in a list of names ("2 Ted Cruz."), a street number ("285
  Toure Drive"). A number word after a name is a count when it counts a plural
  or a group ("gave Carson three Pinocchios", "nine of the delegates"), and so
  is a possessed number in a tally ("Cruz's 465 and Kasich's 143"): models are
  whole numbers in digits. A verb particle is no hedge and no direction ("complained over two
  raids", "blew up three lines").
- Scores and tallies ("won 3-1", "a 24-17 victory", "approved 218-212", "ruled
  6-3": a hyphenated pair of whole numbers falling right to left, or after a
  word of winning, losing or voting) are one claim each, unit ``score``, value
  the first side's number as written (the winner's, in news order), exact; the
  record has no field for the second side, which stays in the claim's text. A
  rising pair is a range ("15-20 storms"); "the 2024-25 season" is years, a
  pair of long digit groups a phone number, "737-800" and "7-Eleven" names.
- Stopwatch readings are claims with unit ``second``, value in seconds: a
  decimal count of seconds ("9.58 seconds", "10.72sec") and the colon shapes
  no clock shows ("2:03:45" not after "at", "1:43.5"), though the times
  component may keep the same words as a duration; whole seconds ("two seconds
  left") stay the times component's.
- Rates: the base after "per" ("30 per 100,000 people") is part of the figure,
  no count of its own. "N times" is a multiplier (unit ``times``) before a word
  of comparison or a possessive ("three times its size") or when N is no whole
  number ("14.5 times earnings"); "won the cup 12 times" counts occasions.
- "within" is an upper bound ("within 5 points of the leader"); a verb of
  passing a level ("has passed $34 trillion", "crossed 1.5C") a lower bound for
  a figure with a unit or scale; "over" after a counted noun spreads the figure
  before it ("3,404 km over 21 stages") and bounds nothing.
- A glued "m" is million ("1.5m people", "$20m") except before a weapon noun
  (a calibre), "-long"/"-high", a word of size ("30m tall") or a race ("the
  400m hurdles", "the 100m in 9.58 seconds", "in the 800m."): metres.
- Single "a"/"an" ("a prisoner died") is not read as one: PLOVER counts it,
  but a ledger of figures would fill with ones.
- ``measure`` is what is counted: the counted noun with its noun compounds
  ("drone attacks", "troops", "pieces"), the noun of "X of Y" ("thousands of
  ammunition containers"), the noun of "the number of Y" for a figure with no
  noun of its own, else the subject of the verb the figure completes ("revenue
  rose 12%" gives "revenue"). Counts of people hurt take the participle:
  "injuring at least 21 people" gives "people injured", "about four thousand
  of them were killed or injured" gives "killed or injured".
- Where the parse links the figure to no noun: a unit word is what is
  counted ("12,400 acres" measures "acres"), a noun of change or what it
  changes ("a 5% rise in sales" sales, "the 2.5% increase" increase), a
  money verb names the sum ("will spend $2 billion" spending, "paid" payment,
  "buy X for $5" price; "raised £1m" is funds raised and no rise), a noun
  modified through a hyphenated noun is measured ("a 10-point lead" lead),
  and a multiplier verb measures its subject ("sales doubled").
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
calendar numbers, ordinals, identifiers, model names, calibres...), ``ages`` (ages, read before the times), ``clocked`` (stopwatch readings), ``reader``
(one figure, hedges and all, built from those), ``measure`` and ``change``
(linking a figure to what it counts and to its direction), ``timing`` (linking
it to the time it holds for) and ``component`` (the spaCy component).
"""

from __future__ import annotations

from .component import extract_claims, make_quantities
from .hedges import APPROX_BAND

__all__ = ["APPROX_BAND", "extract_claims", "make_quantities"]
