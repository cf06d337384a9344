"""ACLED's 25 sub-event types, each from a sentence of its own, and what ACLED leaves out (acled None).

The sentences are new ones, not those of test_events.py: each sub-type is read
off its ACLED codebook definition (who acts against whom, by what means).
"""

from __future__ import annotations

import pytest

from newsledger.nlp.events.acled import SUB_EVENT_TYPES
from tests.conftest import run_pipeline


def coded(nlp, text):
    return [e.acled.sub_event_type for e in run_pipeline(nlp, text)._.events if e.acled is not None]


CASES = [
    ("Soldiers fought Islamist militants outside Maiduguri on Saturday.", "Armed clash"),
    ("Government forces retook the village of Kadugli from the insurgents.", "Government regains territory"),
    ("Jihadists seized the town of Menaka after two days of fighting.", "Non-state actor overtakes territory"),
    ("Israeli jets bombed a weapons depot near Damascus.", "Air/drone strike"),
    ("Russian artillery shelled residential areas of Kherson overnight.", "Shelling/artillery/missile attack"),
    ("A landmine exploded under a minibus in Helmand, killing four.", "Remote explosive/landmine/IED"),
    ("A suicide bomber blew himself up at a checkpoint in Mogadishu.", "Suicide bomb"),
    ("An attacker hurled a grenade into a crowded bar in Bujumbura.", "Grenade"),
    ("Government helicopters dropped chlorine gas on the rebel-held town.", "Chemical weapon"),
    ("Militiamen attacked displaced families at a camp in Ituri, killing 18.", "Attack"),
    ("Soldiers sexually assaulted and raped women during the raid in Tigray.", "Sexual violence"),
    ("Gunmen abducted a priest and three worshippers in Kaduna State.", "Abduction/forced disappearance"),
    ("Farmers held a peaceful rally outside the ministry in New Delhi.", "Peaceful protest"),
    ("Police fired tear gas to disperse students protesting in Nairobi.", "Protest with intervention"),
    ("Troops opened fire on demonstrators in Yangon, killing at least seven.", "Excessive force against protesters"),
    ("Rioters set fire to a police station and rioted in Dakar.", "Violent demonstration"),
    ("A mob lynched a man accused of blasphemy in Sialkot.", "Mob violence"),
    ("The government and the rebels signed a ceasefire agreement in Doha.", "Agreement"),
    ("Security forces arrested 25 opposition supporters in Kampala.", "Arrests"),
    ("Wagner fighters withdrew from their positions around Bakhmut.", "Change to group/activity"),
    ("Ukrainian air defences shot down 14 drones over Kyiv.", "Disrupted weapons use"),
    ("The insurgents set up a new base in the hills near Tillaberi.", "Headquarters or base established"),
    ("Militants burned down a school in Borno state.", "Looting/property destruction"),
    ("The separatists handed over the airport to the army without a fight.", "Non-violent transfer of territory"),
    ("The military declared martial law in the province.", "Other"),
]


def test_the_cases_cover_all_25_sub_event_types():
    assert {sub for _, sub in CASES} == set(SUB_EVENT_TYPES) and len(SUB_EVENT_TYPES) == 25


@pytest.mark.parametrize("text, sub", CASES)
def test_each_sub_event_type(nlp, text, sub):
    assert sub in coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a summit
        "Leaders of the G20 met at a summit in Rio de Janeiro.",
        "The foreign ministers held talks in Geneva on the trade dispute.",
        # a disaster
        "An earthquake killed 300 people in eastern Turkey.",
        "Floods killed 40 people in Kerala on Monday.",
        "Two workers were killed in a gas cylinder explosion at a factory.",
        # a crime story
        "A man stabbed his neighbour to death in a dispute over parking.",
        "Robbers shot a shopkeeper during a robbery in Johannesburg.",
        "A man killed his wife in Leeds, police said.",
    ],
)
def test_out_of_acleds_scope_is_null(nlp, text):
    assert coded(nlp, text) == []


def test_a_disaster_is_no_assault(nlp):
    evs = run_pipeline(nlp, "An earthquake killed 300 people in eastern Turkey.")._.events
    assert not [e for e in evs if e.event_type == "ASSAULT"]
    evs = run_pipeline(nlp, "Gunmen killed 30 people in eastern Congo.")._.events
    assert [e for e in evs if e.event_type == "ASSAULT"]  # the same verb with an attacker is one


@pytest.mark.parametrize(
    "text, etype, mode",
    [
        ("Teachers began a hunger strike outside parliament.", "PROTEST", "strike"),
        ("Bus drivers went on strike in Lagos.", "PROTEST", "strike"),
        ("A drone strike killed two militants.", "ASSAULT", "drone"),
        ("Israeli jets carried out a strike on Gaza.", "ASSAULT", "aerial"),
    ],
)
def test_a_strike_is_a_stoppage_unless_a_weapon_makes_it_an_attack(nlp, text, etype, mode):
    evs = run_pipeline(nlp, text)._.events
    assert [(e.event_type, e.mode) for e in evs] == [(etype, mode)]


def test_an_attack_and_its_result_are_one_event(nlp):
    text = "A roadside bomb attack near Kirkuk killed three soldiers and wounded five others."
    evs = run_pipeline(nlp, text)._.events
    assert len([e for e in evs if e.event_type == "ASSAULT"]) == 1
    e = evs[0]
    assert e.counts is not None and e.counts.dead is not None and e.counts.injured is not None
    assert e.recipient is not None and e.recipient.sector == "MIL"


@pytest.mark.parametrize(
    "text, sub",
    [
        ("Thousands took to the streets of Tunis on Friday.", "Peaceful protest"),
        ("Residents gathered outside the governor's office to protest the power cuts.", "Peaceful protest"),
        ("Soldiers and rebels exchanged fire near Bunia.", "Armed clash"),
        ("Rioters clashed with police in the centre of Bamako.", "Violent demonstration"),
        ("Rebels took control of the town without resistance.", "Non-violent transfer of territory"),
        ("Jihadists took control of the district after heavy fighting.", "Non-state actor overtakes territory"),
    ],
)
def test_phrasal_events_in_acleds_wording(nlp, text, sub):
    assert sub in coded(nlp, text)


def test_control_of_no_ground_is_no_battle(nlp):
    assert coded(nlp, "The minister took control of the ministry's budget.") == []


@pytest.mark.parametrize(
    "text, sub",
    [
        # the weapon is in the clause the harm follows, not under the harm's own verb
        ("Witnesses said the bomb went off at noon, killing 30 people.", "Remote explosive/landmine/IED"),
        ("A car bomb went off outside the market, wounding 12 shoppers.", "Remote explosive/landmine/IED"),
        # the victims are in the result folded into the attack
        ("Two gunmen carried out a mass shooting at a mall, killing 14 people.", "Attack"),
        ("Militants launched an attack on the village, killing 9 villagers.", "Attack"),
    ],
)
def test_a_results_weapon_and_victims_code_the_attack(nlp, text, sub):
    # given an attack told with its result ("..., killing 30 people")
    # then the weapon of the clause before and the victims of the result choose the sub-event type
    assert sub in coded(nlp, text)
