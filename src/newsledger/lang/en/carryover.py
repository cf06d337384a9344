"""English words by which a sentence goes on with the figure of the sentence before it.

The sources component carries a source over a paragraph break to a sentence
whose subject is one of these nouns with a definite determiner: "Russia has
lost 1,229,870 troops, the General Staff reported.\n\nThe number includes
1,090 casualties ...": the number is the General Staff's.
"""

from __future__ import annotations

# Nouns that stand for a figure given before: "the number", "this figure", "the toll", "that estimate".
FIGURE_ANAPHORS = frozenset({"number", "figure", "toll", "tally", "total", "count", "estimate", "numbers", "figures"})
# The determiners that make them point back.
FIGURE_ANAPHOR_DETS = frozenset({"the", "this", "that", "these", "those"})
