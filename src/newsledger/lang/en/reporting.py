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
    "contend calculate assess believe predict tweet retweet blog charge blame criticise criticize "
    "praise reject dispute question doubt fear think feel agree show find hope expect worry "
    "acknowledge recognise recognize signal hint threaten demand propose ask call appeal press "
    "plead advise order encourage implore beg invite instruct thank fault condemn point "
    "refer talk speak describe label dub brand defend dismiss denounce blast slam mock ridicule "
    "tout hail applaud lament decry endorse list".split()
) | frozenset(
    # Manners of speaking, cues beside a quotation: "“Silly boys,” scoffed Gil".
    "scoff muse snipe quip joke exclaim shout yell whisper sigh gush marvel boast brag fume "
    "snap retort counter proclaim interject concur summarize summarise wonder sneer chuckle "
    "laugh groan grumble mutter rave recount reason tease vent continue".split()
)
# Verbs of belief, not of speech: inside what someone said ("he said he believes
# the battle will go on") they are part of that statement, no statement of their own.
BELIEF_VERBS = frozenset("believe think feel fear hope expect worry doubt suspect".split())
# Strong verbs report on their own, with no clausal complement or quotation needed.
STRONG_REPORT_VERBS = frozenset("say tell report announce warn state claim confirm deny declare".split())
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
GROUP_PRONOUNS = frozenset({"they", "it", "we", "its", "their"})
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
# Nouns for people as a body, who can be the understood subject of a participle after
# them: "donors hoping to see change", "senators calling for a vote".
PEOPLE_NOUNS = frozenset(
    "supporter voter official lawmaker legislator senator congressman congresswoman representative "
    "protester protestor donor critic resident member leader activist delegate candidate republican "
    "democrat conservative liberal progressive advocate opponent ally adviser advisor aide staffer "
    "worker employee citizen people person man woman group coalition family parent student "
    "executive governor mayor minister president politician strategist operative insider".split()
)
# Verbs whose object can be what is reported ("reported 45 deaths"); "revealed a
# drone" or "denied the report" shows or rejects a thing, it reports no content.
OBJECT_REPORT_VERBS = frozenset("report confirm announce estimate claim record echo express".split())
# Records and polls speak through what they show: "a new poll shows Clinton with a
# lead", "..., court records show." With one of these nouns as its subject, the
# object of "show" is what is reported; "he showed his badge" reports nothing.
EVIDENCE_VERBS = frozenset("show".split())
EVIDENCE_FORMS = frozenset("show shows showed".split())
DOCUMENT_NOUNS = frozenset(
    "poll survey record records data study report email emails document documents figure figures "
    "analysis filing filings count tally result results number numbers audit review statistic "
    "statistics census memo letter transcript".split()
)
# Plain verbs of saying, whose complement is a clause even where the parse says not.
SAY_VERBS = frozenset("say tell add write argue insist claim note explain".split())
# Speech acts that, joined without a subject to a reported clause, are a second act
# of the speaker and not part of what was said: "She said the plan was rushed and
# criticized the mayor", "He said ... and insisted that ...". Verbs a reported
# subject does as often ("agreed", "rejected") are left out.
SECOND_ACT_VERBS = frozenset(
    "say tell add insist argue warn note claim criticize criticise accuse blame praise urge vow "
    "predict suggest acknowledge admit stress explain complain".split()
)
# Verbs whose infinitive complement is not said: "declined to comment".
NOT_SAYING_VERBS = frozenset("decline refuse fail want plan hope try intend expect refuse seek".split())
# Addressees: the object of "told" is the listener, never the source.
AUDIENCE_NOUNS = frozenset("reporter journalist press lawmaker parliament audience crowd".split())

# Nouns that report what someone said or wrote: "his claim that ...", "the
# ministry's statement that ...", "an announcement by the mayor that ...".
CUE_NOUNS = frozenset(
    "statement claim announcement report assertion allegation warning admission denial "
    "prediction estimate promise pledge argument insistence suggestion accusation charge "
    "testimony remark comment message tweet post letter memo".split()
)
# Words that are never who said something: a time ("Wednesday said" is a parse
# slip of "said Wednesday"), a tag of page metadata that scraping left in the
# text ("Date:", "Title:"), or a bare direction or adjective of a headline.
NOT_SOURCE_WORDS = frozenset(
    "today yesterday tonight tomorrow week weekend month year morning afternoon evening night "
    "day hour minute date time title url link byline headline caption photo image credit tags "
    "category updated published posted print email share comments advertisement "
    "north south east west northern southern eastern western central "
    "monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december".split()
)
# One-word labels a page puts before a headline's colon ("Breaking: ...", "Watch:
# ..."): the page's tag, never who speaks.
HEADLINE_TAGS = frozenset(
    "breaking bombshell busted look watch exclusive update developing video photos photo live "
    "opinion analysis spoiler alert wow revealed".split()
)

# Where a source speaks through a medium: "told CNN", "according to the
# newspaper", "state media Tass reported". A source phrase headed by one of these
# words, or naming one of the outlets below, is a relay (``Source.via``).
OUTLET_WORDS = frozenset(
    "agency newspaper paper daily tabloid broadcaster channel network outlet media magazine "
    "wire radio television tv station website site newswire journal gazette".split()
)
# Well-known outlets, as they are written in copy (lower case for matching).
OUTLET_NAMES = frozenset(
    {
        "reuters", "ap", "associated press", "the associated press", "afp", "agence france-presse",
        "bloomberg", "bbc", "cnn", "msnbc", "cnbc", "fox news", "nbc", "nbc news", "abc", "abc news",
        "cbs", "cbs news", "npr", "pbs", "al jazeera", "sky news", "the guardian", "guardian",
        "the new york times", "new york times", "the washington post", "washington post",
        "the wall street journal", "wall street journal", "usa today", "politico", "the hill",
        "axios", "the times", "the telegraph", "financial times", "the financial times",
        "the economist", "der spiegel", "le monde", "tass", "ria novosti", "interfax", "xinhua",
        "kcna", "yonhap", "kyodo", "irna", "anadolu", "ukrinform", "rt", "sputnik", "dpa",
        "efe", "ansa", "pti", "breitbart", "breitbart news", "huffington post", "huffpost",
        "buzzfeed", "vox", "the atlantic", "time magazine", "newsweek", "los angeles times",
        "the los angeles times", "chicago tribune", "the boston globe", "boston globe",
        "the daily beast", "daily mail", "the daily mail", "the independent", "the intercept",
        "propublica", "the war zone", "haaretz", "times of israel", "the times of israel",
    }
)
# Phrases of two words that make a relay of their own: "state media".
OUTLET_PHRASES = ("state media", "news agency", "state television", "state tv", "news outlet", "state broadcaster")

# Verbs that put someone's words in quotation marks without reporting speech:
# "She called the plan “a crucial step”", "Moore thanked him for “stepping up”".
QUOTING_VERBS = frozenset(
    "call describe dub label brand term thank praise blast slam criticize criticise condemn "
    "hail mock ridicule vow urge promise pledge decry dismiss welcome".split()
)

# Speech acts whose content is an infinitive: "urged voters to stay home",
# "pledged to cut taxes", "told residents not to drink the water".
INFINITIVE_REPORT_VERBS = frozenset(
    "urge pledge promise vow ask tell warn threaten demand propose advise order encourage "
    "implore beg invite instruct".split()
)
# Verbs of intention and its refusal whose content is only an infinitive: "declined
# to comment", "refused to sign the bill", "hopes to win Iowa", "would prefer to
# wait". Without an infinitive they report nothing ("declined sharply", "refused
# entry"), so they are no cue of a clause or an object. "want",
# "try", "plan", "seek" and "agree" are left out: news uses them mostly as plain
# verbs of doing ("voters want change", "tried to reach him", "seeks to expand"),
# and PolNeAR marks too few of them for a cue.
INTENT_VERBS = frozenset("decline refuse hope prefer intend".split())
# "declined to be named", "refused to be identified": the source's wish to stay unnamed, said of no one.
UNNAMED_INFINITIVES = frozenset("name identify quote".split())
# Forms the lemmatiser gets wrong: "hoping" and "hoped" come out as "hop".
LEMMA_FIXES = {"hoping": "hope", "hoped": "hope", "hopes": "hope"}
# "called for a recount", "appealed for calm": the content is what is called for.
DEMAND_VERBS = frozenset("call appeal press plead".split())
# "accused the mayor of lying", "blamed the storm for the delays".
CHARGE_VERBS = frozenset("accuse blame criticise criticize praise thank fault condemn".split())
# "cited rising rents as the cause", "has cited two studies": what a finite "cite" names
# is what the speaker put forward ("..., citing officials" is a relay instead).
CITING_VERBS = frozenset({"cite"})
# Speech acts whose object is what was said: "promised a tax cut", "denied the
# allegations", "predicted big wins".
OBJECT_ACT_VERBS = frozenset(
    "promise pledge predict deny admit acknowledge propose demand vow mention list".split()
)
# Judgements passed aloud on a thing or a person: "criticized the plan", "defended
# his record", "dismissed the report". What the speaker judged is the content.
JUDGING_VERBS = frozenset(
    "criticize criticise defend praise reject dismiss condemn denounce blast slam mock ridicule "
    "question dispute tout hail applaud lament decry endorse".split()
)
# "called the judge a hater", "described the plan as a disaster", "labelled it a hoax":
# the named and what it is called make the content.
NAMING_VERBS = frozenset("call describe label dub brand term".split())
# Verbs whose content is the object of one preposition: "referring to the attack",
# "talked about the economy", "pointed to the polls", "commented on the ruling".
PREP_CONTENT_VERBS: dict[str, frozenset[str]] = {
    "refer": frozenset({"to"}),
    "talk": frozenset({"about", "of"}),
    "speak": frozenset({"about", "of"}),
    "point": frozenset({"to"}),
    "comment": frozenset({"on", "about"}),
    "complain": frozenset({"about", "of"}),
    "write": frozenset({"about", "of"}),
    "boast": frozenset({"about", "of"}),
    "brag": frozenset({"about", "of"}),
    "joke": frozenset({"about"}),
    "warn": frozenset({"of", "about", "against"}),
    "ask": frozenset({"about"}),
    "inquire": frozenset({"about"}),
}
# Verbs whose content may be an indirect question: "asked the students if they were
# serious", "wondered whether the deal would hold".
QUESTION_VERBS = frozenset("ask wonder inquire question".split())
