"""English event words: PLOVER triggers, modes, roles, sectors, modality cues, ACLED cues.

Written from the PLOVER codebook's category definitions and ambiguity notes
(AGREE ... ASSAULT) and from ACLED's published sub-event definitions. Data
only; ``nlp/events/`` reads it.
"""

from __future__ import annotations

# -- verb triggers: lemma -> (PLOVER category, mode or None) -------------------
VERB_TRIGGERS: dict[str, tuple[str, str | None]] = {
    # AGREE: agree, offer, promise, commit to cooperate
    "agree": ("AGREE", None), "promise": ("AGREE", None), "pledge": ("AGREE", None),
    "offer": ("AGREE", None), "vow": ("AGREE", None), "commit": ("AGREE", None),
    "invite": ("AGREE", None), "swear": ("AGREE", None),
    # CONSULT: meetings, visits, talks, calls
    "meet": ("CONSULT", None), "visit": ("CONSULT", "visit"), "host": ("CONSULT", "host"),
    "mediate": ("CONSULT", "mediate"),
    "discuss": ("CONSULT", None), "negotiate": ("CONSULT", None), "consult": ("CONSULT", None),
    "confer": ("CONSULT", None), "phone": ("CONSULT", "phone"), "telephone": ("CONSULT", "phone"),
    # SUPPORT: praise, endorse, sign or ratify, recognise
    "praise": ("SUPPORT", None), "commend": ("SUPPORT", None), "endorse": ("SUPPORT", None),
    "welcome": ("SUPPORT", None), "applaud": ("SUPPORT", None), "sign": ("SUPPORT", None),
    "ratify": ("SUPPORT", None), "recognize": ("SUPPORT", None), "recognise": ("SUPPORT", None),
    "back": ("SUPPORT", None), "hail": ("SUPPORT", None), "support": ("SUPPORT", None),
    # CONCEDE: verbal concessions, apologies, pardons, easing
    "apologize": ("CONCEDE", None), "apologise": ("CONCEDE", None), "pardon": ("CONCEDE", None),
    "concede": ("CONCEDE", None), "acquit": ("CONCEDE", None), "amnesty": ("CONCEDE", None),
    "ease": ("CONCEDE", None), "lift": ("CONCEDE", None),
    # COOPERATE: mutual material exchange
    "cooperate": ("COOPERATE", None), "collaborate": ("COOPERATE", None), "extradite": ("COOPERATE", None),
    "share": ("COOPERATE", None), "exchange": ("COOPERATE", None), "trade": ("COOPERATE", None),
    # AID: material aid to the recipient
    "send": ("AID", None), "provide": ("AID", None), "supply": ("AID", None), "deliver": ("AID", None),
    "donate": ("AID", None), "grant": ("AID", None), "give": ("AID", None), "aid": ("AID", None),
    "rescue": ("AID", None), "ship": ("AID", None), "lend": ("AID", None), "contribute": ("AID", None),
    # RETREAT: withdrawals, releases, resignations, disarming
    "withdraw": ("RETREAT", "withdraw"), "retreat": ("RETREAT", "withdraw"), "release": ("RETREAT", "release"),
    "free": ("RETREAT", "release"), "resign": ("RETREAT", "resign"), "disarm": ("RETREAT", "disarm"),
    "evacuate": ("RETREAT", "withdraw"), "cede": ("RETREAT", "withdraw"), "hand": ("RETREAT", "withdraw"),
    "surrender": ("RETREAT", "disarm"), "demobilize": ("RETREAT", "disarm"), "demobilise": ("RETREAT", "disarm"),
    "repatriate": ("RETREAT", "release"),
    # REQUEST: requests, demands, orders
    "urge": ("REQUEST", None), "demand": ("REQUEST", None), "ask": ("REQUEST", None),
    "appeal": ("REQUEST", None), "request": ("REQUEST", None), "call": ("REQUEST", None),
    "press": ("REQUEST", None), "implore": ("REQUEST", None),
    # ACCUSE: disapprove, allege, investigate
    "accuse": ("ACCUSE", "allege"), "allege": ("ACCUSE", "allege"), "charge": ("ACCUSE", "allege"),
    "indict": ("ACCUSE", "allege"), "sue": ("ACCUSE", "allege"), "blame": ("ACCUSE", "allege"),
    "criticize": ("ACCUSE", "disapprove"), "criticise": ("ACCUSE", "disapprove"),
    "condemn": ("ACCUSE", "disapprove"), "denounce": ("ACCUSE", "disapprove"),
    "decry": ("ACCUSE", "disapprove"), "deplore": ("ACCUSE", "disapprove"), "slam": ("ACCUSE", "disapprove"),
    "complain": ("ACCUSE", "disapprove"),
    "investigate": ("ACCUSE", "investigate"), "probe": ("ACCUSE", "investigate"),
    # REJECT: rejections and refusals
    "reject": ("REJECT", None), "refuse": ("REJECT", None), "veto": ("REJECT", None),
    "rebuff": ("REJECT", None), "decline": ("REJECT", None), "spurn": ("REJECT", None),
    "oppose": ("REJECT", None), "dismiss": ("REJECT", None),
    # THREATEN
    "threaten": ("THREATEN", None), "warn": ("THREATEN", None),
    # PROTEST
    "protest": ("PROTEST", "demo"), "demonstrate": ("PROTEST", "demo"), "march": ("PROTEST", "demo"),
    "rally": ("PROTEST", "demo"), "riot": ("PROTEST", "riot"), "boycott": ("PROTEST", "boycott"),
    "picket": ("PROTEST", "demo"),
    # SANCTION: reductions of relations
    "sanction": ("SANCTION", "discontinue"), "expel": ("SANCTION", "expel"), "sever": ("SANCTION", "discontinue"),
    "suspend": ("SANCTION", "discontinue"), "embargo": ("SANCTION", "discontinue"),
    "recall": ("SANCTION", "withdraw"), "convict": ("SANCTION", "convict"), "freeze": ("SANCTION", "discontinue"),
    # MOBILIZE: military or police moves short of force
    "deploy": ("MOBILIZE", "troops"), "mobilize": ("MOBILIZE", "troops"), "mobilise": ("MOBILIZE", "troops"),
    "mass": ("MOBILIZE", "troops"), "station": ("MOBILIZE", "troops"), "reinforce": ("MOBILIZE", "troops"),
    "patrol": ("MOBILIZE", "troops"),
    # COERCE: repression short of violence
    "arrest": ("COERCE", "arrest"), "detain": ("COERCE", "arrest"), "jail": ("COERCE", "arrest"),
    "imprison": ("COERCE", "arrest"), "raid": ("COERCE", "seize"), "confiscate": ("COERCE", "seize"),
    "censor": ("COERCE", "censor"), "ban": ("COERCE", "restrict"), "deport": ("COERCE", "deport"),
    "loot": ("COERCE", "seize"), "impose": ("COERCE", "restrict"), "restrict": ("COERCE", "restrict"),
    "seize": ("COERCE", "seize"), "hack": ("COERCE", "cyber"), "outlaw": ("COERCE", "restrict"),
    "proscribe": ("COERCE", "restrict"), "disperse": ("COERCE", "restrict"),
    # ASSAULT: force that can do substantial physical harm
    "attack": ("ASSAULT", None), "kill": ("ASSAULT", None), "bomb": ("ASSAULT", "explosives"),
    "shell": ("ASSAULT", "heavy-weapons"), "strike": ("ASSAULT", None), "shoot": ("ASSAULT", "firearms"),
    "fire": ("ASSAULT", None), "hit": ("ASSAULT", None), "clash": ("ASSAULT", None),
    "fight": ("ASSAULT", None), "ambush": ("ASSAULT", None), "kidnap": ("ASSAULT", "abduct"),
    "abduct": ("ASSAULT", "abduct"), "torture": ("ASSAULT", "torture"), "assassinate": ("ASSAULT", "targeted"),
    "execute": ("ASSAULT", "targeted"), "massacre": ("ASSAULT", "targeted"), "rape": ("ASSAULT", "sexual"),
    "stab": ("ASSAULT", "primitive"), "beat": ("ASSAULT", "beat"), "detonate": ("ASSAULT", "explosives"),
    "injure": ("ASSAULT", None), "wound": ("ASSAULT", None), "invade": ("ASSAULT", None),
    "capture": ("ASSAULT", None), "recapture": ("ASSAULT", None), "retake": ("ASSAULT", None),
    "overrun": ("ASSAULT", None), "bombard": ("ASSAULT", "heavy-weapons"), "burn": ("ASSAULT", "destroy"),
    "destroy": ("ASSAULT", "destroy"), "demolish": ("ASSAULT", "destroy"), "intercept": ("ASSAULT", None),
    "down": ("ASSAULT", None), "liberate": ("ASSAULT", None),
    "explode": ("ASSAULT", "explosives"), "lynch": ("ASSAULT", None), "blockade": ("PROTEST", "obstruct"),
}

# Trigger verbs with a sense condition (nlp/events/triggers.py checks it): a weapon
# launched, a base established.
VERB_SENSES: dict[str, tuple[str, str | None]] = {
    "launch": ("ASSAULT", "heavy-weapons"), "throw": ("ASSAULT", None), "hurl": ("ASSAULT", None),
    "lob": ("ASSAULT", None), "drop": ("ASSAULT", None), "plant": ("ASSAULT", "explosives"), "establish": ("MOBILIZE", "troops"), "set": ("MOBILIZE", "troops"),
    "build": ("MOBILIZE", "troops"), "open": ("MOBILIZE", "troops"),
    # forces strengthened: "bolstered its forces in Lebanon"
    "strengthen": ("MOBILIZE", "troops"), "bolster": ("MOBILIZE", "troops"), "boost": ("MOBILIZE", "troops"),
    "forgive": ("AID", None), "write": ("AID", None),  # debt forgiven ("forgave loans", "wrote off debts")
}
# Verbs that concede when what they end is a restriction ("lifted the curfew", "shortened the curfew",
# "rescinded the ban"): the codebook's easing of administrative or legal restrictions.
CONCESSION_VERBS = frozenset({"lift", "ease", "suspend", "remove", "drop", "cancel", "shorten", "relax", "rescind",
                              "revoke", "scrap", "loosen", "end", "repeal", "abolish"})
# What is called off in a concession: the codebook's "suspending protests".
CALLED_OFF_THINGS = frozenset({"strike", "strikes", "protest", "protests", "march", "rally", "boycott", "demonstration",
                               "demonstrations", "sit-in", "blockade", "walkout", "offensive", "attack", "operation"})
# What is accepted in a concession ("accepted the rebels' demands").
ACCEPTED_THINGS = frozenset({"demand", "demands", "condition", "conditions", "terms", "ultimatum"})
# Let in under RETREAT's "access" mode: "allowed UN observers into the zone".
ACCESS_WORDS = frozenset({"observers", "monitors", "inspectors", "peacekeepers", "humanitarian", "journalists",
                          "investigators", "relief", "convoys", "convoy"})
# Relations cut or restored: "halted aid", "cancelled a visit", "suspended flights" is SANCTION;
# "established diplomatic ties", "restored relations" is SUPPORT (the codebook's reductions and
# expansions of relations).
RELATION_THINGS = frozenset({"aid", "assistance", "ties", "relations", "links", "cooperation", "visit", "visits",
                             "talks", "mediation", "supplies", "trade", "flights", "exports", "imports", "funding",
                             "contacts", "negotiations", "dialogue", "loans", "credits", "shipments", "deliveries",
                             "programme", "program", "membership"})
CUTTING_VERBS = frozenset({"halt", "cut", "reduce", "prohibit", "stop", "freeze", "cancel", "end", "sever", "curtail",
                           "downgrade", "slash", "withhold", "terminate", "break", "scrap", "postpone"})
CUTTING_NOUNS = frozenset({"suspension", "cancellation", "halt", "cut", "cuts", "freeze", "severing", "downgrading",
                           "termination", "reduction"})
RESTORING_VERBS = frozenset({"establish", "restore", "upgrade", "normalize", "normalise", "resume", "reestablish",
                             "re-establish", "renew"})
DIPLOMATIC_THINGS = frozenset({"ties", "relations"})
# What a state's force stops: a protest stopped or broken up is COERCE (repression).
STOPPED_PROTESTS = frozenset({"demonstration", "demonstrations", "protest", "protests", "rally", "rallies", "march",
                              "marches", "sit-in", "gathering", "strike", "meeting"})
STOPPING_VERBS = frozenset({"prevent", "block", "stop", "disperse", "thwart", "ban", "prohibit", "foil"})
# Who is received: a visitor is hosted (CONSULT), observers let in (RETREAT access).
RECEIVED_VISITORS = frozenset({"delegation", "delegations", "envoy", "envoys", "minister", "ministers", "president",
                               "leader", "leaders", "ambassador", "ambassadors", "visitor", "visitors", "counterpart",
                               "prime", "secretary", "king", "queen", "emir", "chancellor"})
# Debt forgiven: AID.
DEBT_WORDS = frozenset({"debt", "debts", "loan", "loans", "arrears"})
# Inflected forms the small model's lemmatizer gets wrong ("raped" -> "rap").
LEMMA_FIXES: dict[str, str] = {"raped": "rape", "raping": "rape", "rapes": "rape", "shelled": "shell", "shelling": "shell",
                               "forgave": "forgive", "forgiven": "forgive", "retook": "retake", "retaken": "retake",
                               "overran": "overrun", "lynched": "lynch", "sworn": "swear", "swore": "swear",
                               "staged": "stage", "staging": "stage"}
# Verbs that are an attack when what they send is a weapon ("threw a grenade", "launched missiles").
WEAPON_VERBS = frozenset({"launch", "throw", "hurl", "lob", "drop", "plant"})

# Marks of a condition: the event hangs on the clause it modifies ("would ... when X").
CONDITION_MARKS = frozenset({"if", "unless", "when", "once", "until"})

# Verbs whose object noun carries the event ("launched an attack", "held talks").
LIGHT_VERBS = frozenset({
    "launch", "carry", "conduct", "stage", "hold", "mount", "make", "begin", "start", "resume",
    "continue", "sign", "reach", "strike", "impose", "announce", "exchange", "wage", "unleash", "open",
    "have", "do", "undertake", "organize", "organise", "seal", "conclude", "hold", "join", "lead", "declare",
    "reimpose", "enforce", "tighten", "lodge", "file", "issue", "deliver", "register",
})

# -- noun triggers: lemma -> (PLOVER category, mode or None) -------------------
NOUN_TRIGGERS: dict[str, tuple[str, str | None]] = {
    "agreement": ("AGREE", None), "deal": ("AGREE", None), "pact": ("AGREE", None),
    "treaty": ("AGREE", None), "truce": ("AGREE", None), "ceasefire": ("AGREE", None),
    "accord": ("AGREE", None), "promise": ("AGREE", None),
    "meeting": ("CONSULT", None), "talks": ("CONSULT", None), "summit": ("CONSULT", "multilateral"),
    "visit": ("CONSULT", "visit"), "negotiation": ("CONSULT", None), "negotiations": ("CONSULT", None),
    "consultation": ("CONSULT", None), "call": ("CONSULT", "phone"), "mediation": ("CONSULT", "mediate"),
    "aid": ("AID", None), "assistance": ("AID", None), "shipment": ("AID", None), "delivery": ("AID", None),
    "withdrawal": ("RETREAT", "withdraw"), "retreat": ("RETREAT", "withdraw"), "release": ("RETREAT", "release"),
    "resignation": ("RETREAT", "resign"),
    "demand": ("REQUEST", None), "appeal": ("REQUEST", None),
    "accusation": ("ACCUSE", "allege"), "allegation": ("ACCUSE", "allege"), "investigation": ("ACCUSE", "investigate"),
    "inquiry": ("ACCUSE", "investigate"), "enquiry": ("ACCUSE", "investigate"), "complaint": ("ACCUSE", "disapprove"),
    "probe": ("ACCUSE", "investigate"), "condemnation": ("ACCUSE", "disapprove"), "lawsuit": ("ACCUSE", "allege"),
    "rejection": ("REJECT", None), "refusal": ("REJECT", None), "veto": ("REJECT", None),
    "threat": ("THREATEN", None), "ultimatum": ("THREATEN", None),
    "protest": ("PROTEST", "demo"), "demonstration": ("PROTEST", "demo"), "rally": ("PROTEST", "demo"),
    "march": ("PROTEST", "demo"), "riot": ("PROTEST", "riot"), "boycott": ("PROTEST", "boycott"),
    "sit-in": ("PROTEST", "obstruct"), "blockade": ("PROTEST", "obstruct"), "walkout": ("PROTEST", "strike"),
    "sanctions": ("SANCTION", "discontinue"), "sanction": ("SANCTION", "discontinue"), "embargo": ("SANCTION", "discontinue"),
    "expulsion": ("SANCTION", "expel"), "conviction": ("SANCTION", "convict"),
    "deployment": ("MOBILIZE", "troops"), "mobilization": ("MOBILIZE", "troops"), "mobilisation": ("MOBILIZE", "troops"),
    "buildup": ("MOBILIZE", "troops"), "build-up": ("MOBILIZE", "troops"), "exercise": ("MOBILIZE", "troops"),
    "drill": ("MOBILIZE", "troops"),
    "arrest": ("COERCE", "arrest"), "detention": ("COERCE", "arrest"), "crackdown": ("COERCE", "restrict"),
    "curfew": ("COERCE", "curfew"), "raid": ("ASSAULT", None), "ban": ("COERCE", "restrict"),
    "deportation": ("COERCE", "deport"), "censorship": ("COERCE", "censor"), "cyberattack": ("COERCE", "cyber"),
    "attack": ("ASSAULT", None), "strike": ("ASSAULT", None), "airstrike": ("ASSAULT", "aerial"),
    "air strike": ("ASSAULT", "aerial"), "bombing": ("ASSAULT", "explosives"), "shelling": ("ASSAULT", "heavy-weapons"),
    "assault": ("ASSAULT", None), "offensive": ("ASSAULT", None), "ambush": ("ASSAULT", None),
    "clash": ("ASSAULT", None), "clashes": ("ASSAULT", None), "fighting": ("ASSAULT", None),
    "battle": ("ASSAULT", None), "explosion": ("ASSAULT", "explosives"), "blast": ("ASSAULT", "explosives"),
    "bombardment": ("ASSAULT", "heavy-weapons"), "massacre": ("ASSAULT", "targeted"),
    "assassination": ("ASSAULT", "targeted"), "kidnapping": ("ASSAULT", "abduct"), "abduction": ("ASSAULT", "abduct"),
    "shooting": ("ASSAULT", "firearms"), "invasion": ("ASSAULT", None), "incursion": ("ASSAULT", None),
}
# A noun trigger needs a sign that it names an occurrence, not a thing ("a deal"
# of money): these nouns must have a determiner, a possessor, a modifier or a prep.
# "strike" and "march" also name a labour action and a month; the month is spaCy's DATE.
LABOUR_STRIKE_CUES = frozenset({"workers", "union", "unions", "general", "hunger", "staff", "teachers", "nurses", "doctors",
                                "miners", "ended", "indefinite", "nationwide", "warning", "pay", "wage", "wages", "drivers",
                                "employees", "sit-down", "day", "week", "transport", "rail", "dockers", "pilots"})

# -- modes from the weapons and means the clause names ------------------------
MODE_WORDS: dict[str, str] = {
    "drone": "drone", "drones": "drone", "uav": "drone", "uavs": "drone", "shahed": "drone",
    "airstrike": "aerial", "airstrikes": "aerial", "air": "aerial", "warplane": "aerial", "warplanes": "aerial",
    "jet": "aerial", "jets": "aerial", "helicopter": "aerial", "helicopters": "aerial", "bomber": "aerial",
    "aircraft": "aerial",
    "missile": "heavy-weapons", "missiles": "heavy-weapons", "rocket": "heavy-weapons", "rockets": "heavy-weapons",
    "artillery": "heavy-weapons", "shell": "heavy-weapons", "shells": "heavy-weapons", "shelling": "heavy-weapons",
    "mortar": "heavy-weapons", "mortars": "heavy-weapons", "tank": "heavy-weapons", "tanks": "heavy-weapons",
    "howitzer": "heavy-weapons", "ballistic": "heavy-weapons",
    "bomb": "explosives", "bombs": "explosives", "ied": "explosives", "ieds": "explosives", "mine": "explosives",
    "landmine": "explosives", "landmines": "explosives", "explosive": "explosives", "explosives": "explosives",
    "grenade": "explosives", "grenades": "explosives", "roadside": "explosives",
    "suicide": "suicide-attack",
    "gun": "firearms", "guns": "firearms", "gunmen": "firearms", "gunman": "firearms", "rifle": "firearms",
    "rifles": "firearms", "gunfire": "firearms", "bullets": "firearms", "sniper": "firearms", "gunshot": "firearms",
    "knife": "primitive", "knives": "primitive", "machete": "primitive", "machetes": "primitive",
    "stones": "primitive", "rocks": "primitive", "arson": "primitive", "axe": "primitive",
    "chemical": "unconventional", "sarin": "unconventional", "chlorine": "unconventional", "nuclear": "unconventional",
    "tear": "crowd-control", "teargas": "crowd-control", "cannon": "crowd-control", "cannons": "crowd-control",
    "rubber": "crowd-control", "batons": "crowd-control",
}
# Mode preference where a clause names several ("a drone carrying explosives" is a drone strike).
MODE_ORDER = ("suicide-attack", "unconventional", "drone", "aerial", "heavy-weapons", "explosives", "firearms",
              "crowd-control", "primitive")
# AID military: what is sent ("sent troops", "provided arms").
MILITARY_AID_WORDS = frozenset({
    "troops", "soldiers", "weapons", "arms", "missiles", "ammunition", "munitions", "shells", "tanks",
    "artillery", "rockets", "launchers", "drones", "jets", "forces", "personnel", "reinforcements", "equipment",
})
HUMANITARIAN_AID_WORDS = frozenset({"food", "medicine", "medicines", "aid", "water", "tents", "blankets", "supplies", "coal", "fuel"})

# -- modality -------------------------------------------------------------------
PLANNED_AUX = frozenset({"will", "shall", "'ll", "wo"})
POSSIBLE_AUX = frozenset({"may", "might", "could"})
# Governing verbs that make the event planned ("expected to meet", "plans to visit").
PLANNED_GOVERNORS = frozenset({
    "plan", "expect", "prepare", "intend", "aim", "schedule", "set", "threaten", "hope", "seek", "want",
    "propose", "agree", "promise", "pledge", "vow", "offer", "decide", "announce", "due", "going", "likely", "ready",
    "prepared", "determined", "willing",
})
# Governing verbs and adjectives that make it possible ("is believed to have", "seems to have").
POSSIBLE_GOVERNORS = frozenset({"believe", "seem", "appear", "suspect", "think", "suppose", "allege", "report", "say", "likely"})
POSSIBLE_ADVERBS = frozenset({"reportedly", "allegedly", "apparently", "possibly", "perhaps", "probably", "likely", "purportedly"})
DENIAL_GOVERNORS = frozenset({"deny", "refute", "dismiss"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
# Adjectives before a noun trigger that make it planned or possible.
PLANNED_MODIFIERS = frozenset({"planned", "proposed", "upcoming", "future", "expected", "scheduled", "possible", "potential", "prospective"})

# -- roles ---------------------------------------------------------------------
# Prepositions that attach a place to a trigger.
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "over", "off", "into", "within", "along"})
# Where forces and aid go, or come from: the place of a movement ("sent to the Kursk region").
MOVEMENT_PREPOSITIONS = frozenset({"to", "into", "from", "towards", "toward"})
# Prepositions whose object is the recipient of a nominal trigger ("attack on Kharkiv", "aid to Ukraine").
RECIPIENT_PREPOSITIONS = frozenset({"on", "against", "to", "with", "for", "into"})
AGENT_PREPOSITIONS = frozenset({"by"})

# Sector of a party from the head noun of its phrase.
SECTOR_NOUNS: dict[str, str] = {
    **dict.fromkeys(("forces", "force", "troops", "troop", "army", "military", "soldiers", "soldier", "navy",
                     "marines", "paratroopers", "artillery", "airforce", "battalion", "brigade", "commander",
                     "commanders", "general", "generals", "defence", "defense", "units", "unit", "sailors"), "MIL"),
    **dict.fromkeys(("police", "policemen", "officers", "gendarmes", "cops", "riot"), "COP"),
    **dict.fromkeys(("government", "officials", "official", "ministry", "minister", "ministers", "president",
                     "leader", "leaders", "premier", "chancellor", "cabinet", "administration", "authorities",
                     "regime", "kremlin", "embassy", "ambassador", "diplomats", "diplomat", "envoy", "spokesman",
                     "spokeswoman", "spokesperson", "parliament", "lawmakers", "legislator", "governor", "mayor",
                     "king", "prime", "secretary", "advisor", "adviser", "state", "junta", "emir", "sultan",
                     "sheikh", "monarch", "queen", "prince", "dictator", "chief", "premier"), "GOV"),
    **dict.fromkeys(("rebels", "rebel", "insurgents", "insurgent", "militants", "militant", "separatists",
                     "guerrillas", "guerrilla", "fighters", "militia", "militias", "jihadists", "gunmen",
                     "terrorists", "extremists"), "REB"),
    **dict.fromkeys(("civilians", "civilian", "people", "residents", "villagers", "children", "women",
                     "families", "students", "worshippers", "passengers", "pedestrians", "refugees", "farmers",
                     "protesters", "demonstrators", "crowd", "crowds", "workers", "citizens", "inhabitants"), "CVL"),
    **dict.fromkeys(("doctors", "hospital", "medics", "nurses"), "MED"),
    **dict.fromkeys(("company", "firm", "bank", "banks", "businesses", "corporation"), "BUS"),
    **dict.fromkeys(("party", "opposition", "candidate"), "OPP"),
    **dict.fromkeys(("union", "unions", "syndicate", "syndicates"), "LAB"),
    **dict.fromkeys(("activist", "activists", "campaigners", "dissident", "dissidents"), "ACT"),
    **dict.fromkeys(("court", "courts", "judge", "judges", "tribunal", "prosecutor", "prosecutors"), "JUD"),
    **dict.fromkeys(("journalists", "journalist", "reporters", "media"), "MED_"),
}
# Heads that count a party rather than name it: "thousands of Iraqi Kurds", "a group of diplomats".
PARTY_COUNT_HEADS = frozenset({
    "thousands", "hundreds", "dozens", "scores", "tens", "millions", "group", "groups", "number", "crowd",
    "crowds", "handful", "band", "bands", "members", "some", "many", "most", "all", "several", "majority",
})
# Parties that are no agents: pronoun-free but empty words the parser makes subjects.
EMPTY_PARTIES = frozenset({"it", "there", "this", "that", "which", "who", "what", "one"})

# -- ACLED: the cues that choose a sub-event type --------------------------------
CIVILIAN_WORDS = frozenset({
    "civilians", "civilian", "people", "residents", "villagers", "children", "women", "families", "students",
    "worshippers", "passengers", "pedestrians", "refugees", "farmers", "man", "woman", "boy", "girl", "family",
    "homes", "houses", "hospital", "school", "market", "village", "infrastructure",
})
TERRITORY_GAIN_VERBS = frozenset({"recapture", "retake", "regain", "liberate", "reclaim"})
TERRITORY_TAKE_VERBS = frozenset({"capture", "seize", "overrun", "take", "occupy", "conquer"})
DISRUPT_VERBS = frozenset({"intercept", "down", "defuse", "dismantle", "neutralize", "neutralise"})
NONVIOLENT_TRANSFER_CUES = frozenset({"unopposed", "peacefully", "without"})
INTERVENTION_CUES = frozenset({"disperse", "dispersed", "arrest", "arrested", "detain", "detained", "tear", "teargas",
                               "baton", "batons", "cannon", "cannons", "rubber", "clash", "clashed", "police"})
EXCESSIVE_FORCE_CUES = frozenset({"kill", "killed", "shot", "shoot", "live", "fire", "opened", "dead"})
MOB_CUES = frozenset({"mob", "lynch", "lynched", "vigilantes", "vigilante"})
# Who is at a protest: force against them is ACLED's Protests, not Violence against civilians.
PROTESTER_WORDS = frozenset({"protesters", "protester", "demonstrators", "demonstrator", "marchers", "protest",
                             "protests", "demonstration", "demonstrations", "rally", "march", "sit-in"})
# A crime story, which ACLED leaves out: violence for gain or of private life, by an individual.
CRIME_CUES = frozenset({"robbery", "robbers", "robber", "thief", "thieves", "burglar", "burglary", "mugging",
                        "carjacking", "dispute", "quarrel", "argument", "brawl", "domestic", "wife", "husband",
                        "girlfriend", "boyfriend", "neighbour", "neighbor", "jealousy", "drunken", "inheritance"})
# An individual as the attacker ("a man stabbed ..."): no organised or political actor.
INDIVIDUAL_WORDS = frozenset({"man", "woman", "boy", "girl", "teenager", "youth", "husband", "wife", "father",
                              "mother", "son", "daughter", "student", "driver", "neighbour", "neighbor", "suspect"})
CONFLICT_AGREEMENT_WORDS = frozenset({
    "ceasefire", "truce", "peace", "armistice", "prisoner", "prisoners", "swap", "exchange", "stop", "end",
    "halt", "cessation", "hostilities", "force", "attacks", "fighting",
})
BASE_WORDS = frozenset({"base", "bases", "headquarters", "camp", "camps", "outpost"})
LOOTING_CUES = frozenset({"loot", "looted", "looting", "burn", "burned", "burnt", "torch", "torched", "demolish",
                          "demolished", "destroy", "destroyed", "vandalize", "vandalise"})

# -- trigger senses (nlp/events/triggers.py) ------------------------------------
# Harm that is the result of the attack it follows ("..., killing 3").
RESULT_LEMMAS = frozenset({"kill", "injure", "wound", "hurt", "damage", "destroy", "leave"})
# What aid is, beside the military and humanitarian words.
AID_WORDS = frozenset({"aid", "assistance", "money", "funds", "help", "loan", "loans", "support", "technology",
                       "asylum", "refuge", "sanctuary", "intelligence", "vaccines", "doses", "grant", "grants", "credit",
                       "credits"})
# What is released that is no captive ("released a statement").
NOT_RELEASED = frozenset({"statement", "report", "video", "data", "figures", "footage", "album", "film", "details",
                          "information", "results", "photos", "images", "list", "book", "song", "version", "update"})
# What is lifted, eased or suspended in a concession.
EASED_THINGS = frozenset({"sanction", "sanctions", "curfew", "ban", "restriction", "restrictions", "blockade", "siege",
                          "emergency", "measures", "controls", "martial",
                          "embargo", "tariff", "tariffs"})
# What is met that is no one ("met the target").
MET_THINGS = frozenset({"demand", "target", "deadline", "standard", "requirement", "need", "expectation", "criterion",
                        "goal", "obligation", "end"})
# Light-verb objects beyond the noun triggers: "imposed restrictions", "set conditions", "conducted a test".
LIGHT_NOUNS: dict[str, tuple[str, str | None]] = {
    "restriction": ("COERCE", "restrict"), "tariff": ("SANCTION", "discontinue"), "condition": ("REQUEST", None),
    "test": ("MOBILIZE", "weapons"),
}

# Natural and accidental harm: an earthquake or a crash that kills is no assault by anyone.
HAZARD_WORDS = frozenset({
    "earthquake", "quake", "flood", "floods", "flooding", "storm", "storms", "cyclone", "hurricane", "typhoon",
    "tornado", "landslide", "landslides", "mudslide", "avalanche", "tsunami", "eruption", "volcano", "wildfire",
    "wildfires", "fire", "blaze", "heatwave", "heat", "drought", "lightning", "crash", "accident", "collision",
    "derailment", "outbreak", "epidemic", "disease", "cholera", "virus", "famine", "rains", "rain", "tremor",
    "cylinder", "boiler", "leak", "transformer",
})
# What is taken when territory changes hands ("seized the town of Menaka"): ACLED's Battles.
TERRITORY_WORDS = frozenset({
    "town", "towns", "village", "villages", "city", "district", "region", "territory", "area", "areas", "base",
    "airport", "province", "county", "port", "hill", "hills", "bridge", "crossing", "capital", "outpost",
    "positions", "position", "garrison", "stronghold", "headquarters", "oilfield", "oilfields", "mine",
})
# A verb's own mode, which the weapons its clause names do not replace ("gunmen abducted" is an abduction).
INHERENT_MODES = frozenset({"abduct", "sexual", "torture", "targeted", "beat"})
# Restrictions declared ("declared martial law", "a state of emergency"): COERCE, ACLED "Other".
DECLARED_RESTRICTIONS = frozenset({"martial", "emergency", "curfew", "siege"})

# -- counts (nlp/events/roles.py): the words of a claim's measure -----------------
DEAD_WORDS = frozenset({"killed", "dead", "died", "slain", "executed", "deaths", "fatalities", "massacred"})
INJURED_WORDS = frozenset({"injured", "wounded", "hurt", "hospitalised", "injuries", "maimed"})
ARRESTED_WORDS = frozenset({"arrested", "detained", "jailed", "imprisoned", "arrests", "detentions"})
CROWD_WORDS = frozenset({"protesters", "demonstrators", "people", "marchers", "supporters", "participants", "workers", "students"})

# -- figurative and other non-event senses (nlp/events/figurative.py) -------------
# Words that make a sentence one of armed force: with none of them (nor a weapon of MODE_WORDS),
# "fought for liberty", "an uphill battle", "beat Trump", "attacked Clinton" are politics, not combat.
ARMED_CUES = frozenset({
    "forces", "troops", "soldiers", "soldier", "army", "military", "militia", "militias", "militiamen", "rebels",
    "rebel", "militants", "fighters", "insurgents", "guerrillas", "jihadists", "terrorists", "terrorist", "police",
    "policemen", "gunmen", "attackers", "mob", "war", "killed", "killing", "dead", "died", "wounded", "injured",
    "casualties", "civilians", "bombing", "bombings", "airstrike", "airstrikes", "shooting", "stabbed",
    "hostages", "prisoners", "detainees", "offensive", "ceasefire", "truce", "front", "armed", "violence", "assault",
    "weapons", "clashes", "raid", "invasion", "occupation", "occupied", "murder", "guards", "navy", "marines",
})
# Things a vote or a contest ends, which are "killed" or "struck down" but live in no body.
KILLED_THINGS = frozenset({
    "bill", "deal", "measure", "legislation", "proposal", "plan", "idea", "project", "program", "programme", "law",
    "amendment", "story", "momentum", "mood", "chance", "chances", "hope", "hopes", "agreement", "talks", "process",
    "reform", "effort", "rule", "regulation", "provision", "motion", "nomination", "time", "deal", "initiative",
    "policy", "it", "buzz", "offer", "merger", "bid", "plans",
})
# Executed, captured or seized, but no person and no ground: "executed a campaign", "capturing the frustration".
ABSTRACT_OBJECTS = frozenset({
    "campaign", "plan", "strategy", "order", "orders", "warrant", "contract", "trade", "trades", "move",
    "maneuver", "manoeuvre", "project", "transaction", "task", "policy", "frustration", "momentum", "imagination",
    "attention", "initiative", "mood", "spirit", "essence", "magic", "moment", "opportunity", "lead", "nomination",
    "title", "market", "share", "votes", "vote", "support", "headlines", "hearts", "zeitgeist", "anger", "energy",
})
# Modifiers of a battle or fight that make it a contest of law, money or votes.
CONTEST_MODIFIERS = frozenset({
    "uphill", "legal", "custody", "court", "political", "takeover", "proxy", "electoral", "bidding", "budget",
    "courtroom", "uphill", "primary", "nomination", "ratings", "public", "relations", "pr", "ideological",
    "rhetorical", "verbal", "interesting", "real", "tough", "long", "yearlong", "personal", "universal", "cultural",
})
# What is shared, traded or exchanged that is no material cooperation.
NOT_SHARED = frozenset({
    "values", "views", "view", "concern", "concerns", "goal", "goals", "belief", "beliefs", "interest", "interests",
    "vision", "sentiment", "opinion", "opinions", "feelings", "responsibility", "blame", "stage", "name", "fate",
    "lead", "shares", "stock", "stocks", "barbs", "insults", "jabs", "words", "places", "hands", "passion", "fears",
    "frustration", "experience", "story", "stories", "thoughts", "bonds", "futures", "options", "contracts",
})
# Offered, but no offer of cooperation: "offered details", "offers a tactical guide".
NOT_OFFERED = frozenset({
    "details", "detail", "comment", "comments", "explanation", "perk", "layer", "glimpse", "view", "views",
    "insight", "insights", "thoughts", "prayers", "opinion", "evidence", "advice", "improvement", "chance",
    "opportunity", "price", "discount", "rate", "rates", "services", "products", "courses", "classes", "coverage",
    "guide", "glimpse", "alternative", "example", "reason", "answer", "answers", "way", "hope", "vision", "shares",
    "francs", "dollars", "cents", "euros", "pounds", "yen", "seats", "menu", "look", "taste",
})
# What a refusal to speak leaves unsaid ("declined to comment"): no rejection of anyone.
UNSAID_VERBS = frozenset({
    "comment", "elaborate", "speculate", "detail", "discuss", "say", "answer", "confirm", "disclose", "identify",
    "name", "specify", "explain", "reveal", "describe", "define", "predict", "guess",
})
# Diplomats a state recalls (SANCTION); other things recalled are remembered.
RECALLED_ENVOYS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "consul",
                             "representative", "representatives", "mission", "delegation", "charge", "staff"})
# What is suspended that is no relation between states: a person, an account, a job.
NOT_SUSPENDED = frozenset({"account", "accounts", "staffer", "staffers", "employee", "employees", "player",
                           "players", "student", "students", "officer", "officers", "worker", "workers", "him", "her",
                           "them", "one", "campaign", "license", "licence", "season", "trading", "game", "games", "coach"})
# Reasons of a political crowd that is no protest: a candidate's or a campaign's rally.
CAMPAIGN_WORDS = frozenset({"campaign", "election", "electoral", "victory", "reelection", "re-election", "primary",
                            "caucus", "fundraising", "town", "hall"})
# Ways of meeting that are no meeting: "was met with outrage", "met all the redemptions".
MET_WITH = frozenset({"outrage", "criticism", "skepticism", "scepticism", "protests", "resistance", "silence",
                      "approval", "applause", "derision", "disbelief", "anger", "dismay", "suspicion", "boos",
                      "cheers", "opposition", "indifference", "enthusiasm", "success", "failure"})
MET_THINGS_MORE = frozenset({"redemptions", "criteria", "quota", "challenge", "threshold", "payment", "payments",
                             "obligations", "needs", "costs", "expectations", "demands", "targets", "requirements"})
# Someone welcomed into a family is no visitor.
FAMILY_ARRIVALS = frozenset({"baby", "child", "son", "daughter", "girl", "boy", "twins", "birth", "grandchild",
                             "grandson", "granddaughter", "puppy"})
# Mobilized, but no force: "mobilize enough support", "mobilized voters".
NOT_MOBILIZED = frozenset({"support", "votes", "voters", "supporters", "base", "resources", "funds", "money",
                           "opinion", "public", "electorate", "volunteers"})
# A threat that is a danger named, not a threat made: "the threat of terrorism", "potential threats".
DANGER_MODIFIERS = frozenset({"potential", "possible", "perceived", "growing", "terrorist", "online", "security",
                              "existential", "biggest", "greatest", "real", "serious", "major", "main", "external",
                              "internal", "cyber", "new", "emerging", "looming", "constant", "ongoing"})
# What explodes as a weapon: the subject of "exploded" that is a charge, not an audience or a market.
EXPLODING_THINGS = frozenset({"bomb", "bombs", "device", "devices", "car", "vehicle", "truck", "mine", "mines",
                              "shell", "shells", "grenade", "grenades", "rocket", "rockets", "missile", "missiles",
                              "explosives", "ied", "ieds", "charge", "charges", "suitcase", "package", "parcel",
                              "bus", "motorcycle", "belt", "vest", "drone", "drones", "explosion", "blast"})
# Accidents that are the cause a "when" clause gives ("killed when two helicopters crashed").
ACCIDENT_VERBS = frozenset({"crash", "collide", "capsize", "sink", "derail", "overturn", "collapse", "burn"})
# Things handed out by a release that are no captives.
RELEASED_DOCUMENTS = frozenset({"poll", "polls", "survey", "emails", "email", "letter", "letters", "documents",
                                "document", "records", "transcript", "transcripts", "tapes", "tape", "recording",
                                "audio", "memo", "memos", "plan", "budget", "proposal", "ad", "ads", "advertisement",
                                "study", "findings", "analysis", "files", "text", "schedule", "returns", "earnings",
                                "forecast", "guidance", "signals", "press", "news", "public", "emails", "papers"})
