"""English reporting words: the verbs, nouns and pronouns that attribute speech to a source.

Lemmas (lower case) that the attribution finder matches: "X said", "X told
reporters", "..., US officials", "the ministry said" pointing back to a named
source, "he"/"they" standing for the last one.
"""

from __future__ import annotations

# Verbs that report speech or writing. Weak ones ("add", "note", "write") count
# only with a clausal complement, a quotation, or placed after their content.
REPORT_VERBS = frozenset(
    "say tell report announce warn state add claim estimate confirm deny declare note explain "
    "insist argue acknowledge admit allege assert write tweet post reveal disclose indicate "
    "suggest predict forecast express maintain reiterate stress emphasise emphasize comment "
    "mention respond reply testify accuse concede conclude recount recall brief inform "
    "quote cite echo complain vow pledge promise urge caution observe remark announce "
    "contend calculate assess".split()
)
# Strong verbs report on their own, with no clausal complement or quotation needed.
STRONG_REPORT_VERBS = frozenset("say tell report announce warn state claim confirm deny declare".split())
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "it", "we"})
# Heads of definite noun phrases that point back to the last source.
ANAPHOR_HEADS = frozenset(
    "country government nation regime ministry military army administration agency media "
    "company group organisation organization office department official spokesman "
    "spokeswoman spokesperson authority authorities committee council leadership newspaper "
    "broadcaster directorate commission bank firm union service board court".split()
)
# Heads of a trailing speaker phrase without a verb: "..., US officials."
SPEAKER_NOUNS = frozenset(
    "official authority source spokesman spokeswoman spokesperson police military ministry "
    "analyst expert witness resident diplomat officer commander prosecutor".split()
)
# Verbs whose object can be what is reported ("reported 45 deaths"); "revealed a
# drone" or "denied the report" shows or rejects a thing, it reports no content.
OBJECT_REPORT_VERBS = frozenset("report confirm announce estimate claim record echo express".split())
# Verbs whose infinitive complement is not said: "declined to comment".
NOT_SAYING_VERBS = frozenset("decline refuse fail want plan hope try intend expect refuse seek".split())
# Addressees: the object of "told" is the listener, never the source.
AUDIENCE_NOUNS = frozenset("reporter journalist press lawmaker parliament audience crowd".split())
