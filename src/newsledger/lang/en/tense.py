"""English tense words: the auxiliaries, modals and heads that say whether a clause looks back or ahead.

The times component uses them to tell a past "Monday" from a coming one.
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
