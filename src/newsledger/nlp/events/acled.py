"""ACLED's event and sub-event types for a PLOVER-coded event, from ACLED's codebook definitions.

ACLED codes political violence, demonstrations and the strategic
developments around them; it leaves out summits, disasters and common crime,
which get ``acled`` None here. The rules, first that applies:

- **Battles** (armed, organised groups fighting each other): a government
  or its forces retaking ground is *Government regains territory*; a
  non-state group capturing ground *Non-state actor overtakes territory*;
  any other fight between armed sides *Armed clash*.
- **Explosions/Remote violence** (the attacker is not on the spot): by the
  means the clause names: a chemical weapon, a suicide bomb, an air or drone
  strike, shelling/artillery/missile attack, a grenade, else a remote
  explosive, landmine or IED.
- **Violence against civilians** (an armed group against unarmed people):
  *Sexual violence*, *Abduction/forced disappearance*, else *Attack*.
- **Protests**: force by the authorities that kills or shoots marks
  *Excessive force against protesters*; dispersal, arrests, tear gas or police
  action *Protest with intervention*; else *Peaceful protest*.
- **Riots**: a mob (lynching, vigilantes) is *Mob violence*; a violent
  demonstration *Violent demonstration*.
- **Strategic developments**: agreements between conflict parties
  (ceasefires, truces, prisoner exchanges, "agreed to stop attacks")
  *Agreement*; arrests by the authorities *Arrests*; intercepted or defused
  weapons *Disrupted weapons use*; a base or headquarters set up
  *Headquarters or base established*; looting, burning and demolition
  *Looting/property destruction*; ground handed over or taken unopposed
  *Non-violent transfer of territory*; troop movements, withdrawals and
  deployments *Change to group/activity*; curfews and martial law *Other*.
"""

from __future__ import annotations

from ...lang.en.events import (
    BASE_WORDS,
    CIVILIAN_WORDS,
    CONFLICT_AGREEMENT_WORDS,
    CRIME_CUES,
    DISRUPT_VERBS,
    INDIVIDUAL_WORDS,
    PROTESTER_WORDS,
    TERRITORY_WORDS,
    EXCESSIVE_FORCE_CUES,
    INTERVENTION_CUES,
    LOOTING_CUES,
    MOB_CUES,
    NONVIOLENT_TRANSFER_CUES,
    TERRITORY_GAIN_VERBS,
    TERRITORY_TAKE_VERBS,
)
from ...records import Acled, Party
from .triggers import Trigger
from .senses import lemma_of as _lemma

BATTLES = "Battles"
REMOTE = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

SUB_EVENT_TYPES: dict[str, str] = {
    "Armed clash": BATTLES, "Government regains territory": BATTLES, "Non-state actor overtakes territory": BATTLES,
    "Air/drone strike": REMOTE, "Shelling/artillery/missile attack": REMOTE, "Remote explosive/landmine/IED": REMOTE,
    "Suicide bomb": REMOTE, "Grenade": REMOTE, "Chemical weapon": REMOTE,
    "Attack": VAC, "Sexual violence": VAC, "Abduction/forced disappearance": VAC,
    "Peaceful protest": PROTESTS, "Protest with intervention": PROTESTS, "Excessive force against protesters": PROTESTS,
    "Violent demonstration": RIOTS, "Mob violence": RIOTS,
    "Agreement": STRATEGIC, "Arrests": STRATEGIC, "Change to group/activity": STRATEGIC,
    "Disrupted weapons use": STRATEGIC, "Headquarters or base established": STRATEGIC,
    "Looting/property destruction": STRATEGIC, "Non-violent transfer of territory": STRATEGIC, "Other": STRATEGIC,
}
_ARMED = frozenset({"MIL", "REB", "COP"})
_STATE = frozenset({"MIL", "GOV", "COP"})


def _code(sub: str) -> Acled:
    return Acled(SUB_EVENT_TYPES[sub], sub)


def _clause_words(trig: Trigger) -> set[str]:
    words: set[str] = set()
    for a in trig.anchors + trig.absorbed:  # with its results: "carried out a mass shooting, killing 14 people"
        words.update(t.lower_ for t in a.subtree)
    words.update(t.lower_ for t in trig.head.sent) if trig.event_type == "PROTEST" else None
    return words


def _armed(p: Party | None) -> bool:
    return p is not None and p.sector in _ARMED


def _state(p: Party | None) -> bool:
    return p is not None and p.sector == "GOV" and p.entity is not None and p.entity == p.name


def _territory(trig: Trigger) -> bool:
    """What the verb takes is ground: a town, a base, or a named place."""
    obj = next((c for c in trig.head.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    return obj is not None and (obj.lower_ in TERRITORY_WORDS or obj.ent_type_ in {"GPE", "LOC", "FAC"})


def _crime(trig: Trigger, words: set[str]) -> bool:
    """A crime story: its words say robbery, a quarrel or a family, or one individual is the attacker."""
    if words & CRIME_CUES:
        return True
    subj = next((c for c in trig.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in INDIVIDUAL_WORDS


def acled_code(trig: Trigger, mode: str | None, actor: Party | None, recipient: Party | None) -> Acled | None:
    """ACLED's event and sub-event type, or None where ACLED would not code the event."""
    etype = trig.event_type
    lemma = _lemma(trig.head)
    verb_lemma = _lemma(trig.verb) if trig.verb is not None else ""  # with the lemmatizer's mends ("retook")
    words = _clause_words(trig)
    shot_down = verb_lemma == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in trig.head.children)
    if etype == "ASSAULT":
        if verb_lemma in DISRUPT_VERBS or lemma in DISRUPT_VERBS or shot_down:
            return _code("Disrupted weapons use")  # "intercepted 12 drones", "shot down a missile"
        if verb_lemma in TERRITORY_GAIN_VERBS:
            return _code("Government regains territory") if actor is None or actor.sector in _STATE or actor.sector is None else _code("Non-state actor overtakes territory")
        if verb_lemma in TERRITORY_TAKE_VERBS:
            if words & NONVIOLENT_TRANSFER_CUES:
                return _code("Non-violent transfer of territory")
            if actor is not None and actor.sector == "REB":
                return _code("Non-state actor overtakes territory")
            return _code("Armed clash")
        if mode == "unconventional":
            return _code("Chemical weapon")
        if mode == "suicide-attack":
            return _code("Suicide bomb")
        if mode in {"drone", "aerial"}:
            return _code("Air/drone strike")
        if mode == "heavy-weapons":
            return _code("Shelling/artillery/missile attack")
        if mode == "explosives":
            return _code("Grenade") if words & {"grenade", "grenades"} else _code("Remote explosive/landmine/IED")
        if mode == "sexual":
            return _code("Sexual violence")
        if mode == "abduct":
            return _code("Abduction/forced disappearance")
        if mode == "crowd-control":
            return _code("Excessive force against protesters") if words & EXCESSIVE_FORCE_CUES else _code("Protest with intervention")
        if words & {"rioters", "rioting", "riot", "riots"}:
            return _code("Mob violence") if words & MOB_CUES else _code("Violent demonstration")  # "rioters clashed with police"
        if words & PROTESTER_WORDS and (actor is None or actor.sector in _STATE):
            # the state's force against a protest is coded as the protest: lethal force is excessive
            return _code("Excessive force against protesters") if words & EXCESSIVE_FORCE_CUES or verb_lemma in {"kill", "shoot"} else _code("Protest with intervention")
        if _crime(trig, words):
            return None  # a robbery, a killing in a family or a quarrel: ACLED leaves crime out
        if words & MOB_CUES:
            return _code("Mob violence")
        if mode == "destroy" or (lemma in LOOTING_CUES and not (recipient is not None and recipient.sector == "CVL")):
            return _code("Looting/property destruction")
        if lemma in {"clash", "fight", "battle", "fighting", "clashes", "offensive", "ambush", "invade", "invasion", "incursion"}:
            return _code("Armed clash")
        if _armed(actor) and _armed(recipient) or _state(actor) and _state(recipient):
            return _code("Armed clash")  # two armed sides, or two states at war ("exchanged attacks")
        civilian = (recipient is not None and recipient.sector == "CVL") or bool(words & CIVILIAN_WORDS)
        if civilian and (actor is None or actor.sector in _ARMED | {"GOV"} or actor.entity is None):
            return _code("Attack")
        if _armed(actor) or _armed(recipient):
            return _code("Armed clash")
        return None  # a fight of no political or armed party: a crime story
    if etype == "PROTEST":
        if trig.mode == "riot" or words & {"riot", "riots", "rioters", "rioting"}:
            return _code("Mob violence") if words & MOB_CUES else _code("Violent demonstration")
        if words & EXCESSIVE_FORCE_CUES and words & {"police", "security", "forces", "troops", "soldiers"}:
            return _code("Excessive force against protesters")
        if words & INTERVENTION_CUES:
            return _code("Protest with intervention")
        return _code("Peaceful protest")
    if etype == "COERCE":
        if trig.mode == "seize" and _territory(trig):
            # "jihadists seized the town": ground taken by force is a battle
            if words & NONVIOLENT_TRANSFER_CUES:
                return _code("Non-violent transfer of territory")
            return _code("Non-state actor overtakes territory") if actor is not None and actor.sector == "REB" else _code("Armed clash")
        if trig.mode == "arrest":
            return _code("Arrests") if actor is None or actor.sector in _STATE | {None} else None
        if trig.mode == "seize" and words & LOOTING_CUES:
            return _code("Looting/property destruction")
        if trig.mode in {"curfew", "martial-law"}:
            return _code("Other")
        return None
    if etype in {"AGREE", "SUPPORT", "CONCEDE"}:
        if words & CONFLICT_AGREEMENT_WORDS:
            return _code("Agreement")
        return None
    if etype == "RETREAT":
        if trig.mode == "withdraw" and (_armed(actor) or words & {"troops", "forces", "soldiers", "fighters"}):
            if words & NONVIOLENT_TRANSFER_CUES or lemma in {"cede", "hand"}:
                return _code("Non-violent transfer of territory")
            return _code("Change to group/activity")
        if lemma in {"cede", "hand"}:
            return _code("Non-violent transfer of territory")
        if trig.mode == "release" and words & {"prisoners", "hostages", "captives", "detainees", "pows"}:
            return _code("Agreement") if words & {"exchange", "swap"} else _code("Other")
        return None
    if etype == "MOBILIZE":
        if words & BASE_WORDS and words & {"set", "established", "establish", "build", "built", "open", "opened"}:
            return _code("Headquarters or base established")
        if trig.mode in {"troops", "militia", "police"} and (_armed(actor) or words & {"troops", "forces", "soldiers", "fighters"}):
            return _code("Change to group/activity")
        return None
    return None
