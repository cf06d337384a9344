"""The roles of events in shapes the first tests leave out: giving verbs, reduced relatives, places
below the trigger, places carried to the next sentence, capitals that act, planned times."""

from __future__ import annotations

import pytest

from tests.conftest import PUB, run_pipeline


def events(nlp, text):
    return run_pipeline(nlp, text)._.events


def one(nlp, text, etype):
    found = [e for e in events(nlp, text) if e.event_type == etype]
    assert found, f"no {etype} event in {text!r}: {[(e.text, e.event_type) for e in events(nlp, text)]}"
    return found[0]


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        ("Iran has shipped hundreds of drones to Russia, officials said.", "IRN", "RUS"),
        ("The United States delivered artillery shells to Ukraine last month.", "USA", "UKR"),
        ("Germany sent tanks from its own stocks to Poland.", "DEU", "POL"),
    ],
)
def test_aid_goes_to_the_object_of_to_and_that_country_is_the_place(nlp, text, actor, recipient):
    # spaCy's small model labels this "to" a dative: its object is the recipient, and with no
    # finer place the country the aid went to is where the event is (never the "from" side)
    e = one(nlp, text, "AID")
    assert e.actor.country == actor and e.recipient.country == recipient
    assert e.place.country == recipient and e.place.precision == "country"


def test_a_reduced_relative_is_an_event_and_its_noun_what_it_acts_on(nlp):
    e = one(nlp, "The 500 Cuban soldiers sent to Venezuela last year returned home.", "AID")
    assert e.actor.country == "CUB"  # who sends is whose the soldiers are
    assert e.recipient.country == "VEN" and e.place.country == "VEN"
    e = one(nlp, "Turkish troops were deployed to northern Syria.", "MOBILIZE")
    assert e.actor.country == "TUR" and e.place.country == "SYR"
    assert e.recipient is None or e.recipient.name != "Turkish troops"  # what is deployed is no recipient


@pytest.mark.parametrize(
    "text, etype, name, country",
    [
        ("Gunmen attacked a village in northern Nigeria, killing 12 people.", "ASSAULT", None, "NGA"),
        ("Rebels fired rockets at Haifa on Monday.", "ASSAULT", "Haifa", "ISR"),
        ("Police detained 30 students at a rally in Lahore.", "COERCE", "Lahore", "PAK"),
        ("Militants launched missiles at Basra, officials said.", "ASSAULT", None, "IRQ"),
    ],
)
def test_a_place_below_the_trigger_locates_it(nlp, text, etype, name, country):
    e = one(nlp, text, etype)
    assert e.place is not None and e.place.country == country
    if name:
        assert e.place.name == name


def test_a_month_is_never_a_place(nlp):
    # "March" is also a town: after "in" it is the month the times component read
    e = one(nlp, "Chadian troops were deployed to the Lake Chad region in March.", "MOBILIZE")
    assert e.place is None or e.place.name != "March"


def test_the_place_carries_to_the_next_sentence_about_the_same_party(nlp):
    evs = events(nlp, "Malian troops were deployed to the Mopti region in May. They withdrew in August.")
    retreat = next(e for e in evs if e.event_type == "RETREAT")
    assert retreat.place is not None and retreat.place.country == "MLI"
    # a new subject names no carried place
    evs = events(nlp, "Protesters marched in Nairobi on Monday. The government later arrested two organisers.")
    arrest = next(e for e in evs if e.event_type == "COERCE")
    assert arrest.place is None or arrest.place.name != "Nairobi"


@pytest.mark.parametrize(
    "text, etype, capital",
    [
        ("Washington warned that it would strike the base.", "THREATEN", "Washington"),
        ("Beijing imposed sanctions on Washington.", "SANCTION", "Washington"),
        ("Washington criticised Moscow over the arrests.", "ACCUSE", "Moscow"),
        ("Moscow said its troops shelled Kherson overnight.", "ASSAULT", "Moscow"),
        ("Tehran rejected the proposal from Paris.", "REJECT", "Tehran"),
        ("Seoul and Tokyo held talks in Hanoi on Friday.", "CONSULT", "Seoul"),
    ],
)
def test_a_capital_used_as_an_actor_is_never_the_place(nlp, text, etype, capital):
    e = one(nlp, text, etype)
    assert e.place is None or e.place.name != capital


def test_a_capital_that_acts_leaves_the_real_place_and_country(nlp):
    e = one(nlp, "Seoul and Tokyo held talks in Hanoi on Friday.", "CONSULT")
    assert e.place.name == "Hanoi" and e.place.country == "VNM"
    e = one(nlp, "Moscow said its troops shelled Kherson overnight.", "ASSAULT")
    assert e.place.name == "Kherson" and e.place.country == "UKR"
    e = one(nlp, "Washington warned that Iranian drones attacked a tanker off Oman.", "ASSAULT")
    assert e.place is None or e.place.country == "OMN"


def test_a_planned_event_with_no_date_comes_after_the_report(nlp):
    e = one(nlp, "The king will visit Madrid.", "AGREE")
    assert (e.time.start, e.time.end, e.time.basis) == (PUB.isoformat(), None, "published")
    e = one(nlp, "The two leaders will meet in Geneva next month.", "AGREE")
    assert e.time.basis == "text" and e.time.start == "2025-04-01"
    # an asserted event with no date of its own gets none
    assert one(nlp, "The president visited Madrid.", "CONSULT").time is None


def test_a_possessive_pronoun_gives_the_party_its_country(nlp):
    e = one(nlp, "Moscow said its troops shelled Kherson overnight.", "ASSAULT")
    assert e.actor.country == "RUS" and e.actor.sector == "MIL"
    e = one(nlp, "Tehran said its navy seized a tanker in the Gulf.", "COERCE")
    assert e.actor.country == "IRN"


@pytest.mark.parametrize(
    "text, etype, recipient",
    [
        ("Kenya demanded that Somalia hand over the suspects.", "REQUEST", "SOM"),  # that-clause subject
        ("Argentina demanded the extradition of two Chilean officers.", "REQUEST", "CHL"),  # the thing's "of"
        ("Norway shared intelligence with Sweden about the network.", "COOPERATE", "SWE"),  # the verb's "with"
        ("Brazil agreed to supply vaccines to Bolivia.", "AGREE", "BOL"),  # the content clause's "to"
        ("Hungary refused entry to Syrian refugees.", "REJECT", "SYR"),
        ("Peru threatened to close the border unless Ecuador withdrew its troops.", "THREATEN", "ECU"),  # the condition
        ("The rebels threatened to attack oil fields in Nigeria.", "THREATEN", "NGA"),  # where the threatened act falls
    ],
)
def test_a_recipient_that_is_a_thing_gives_way_to_the_party_it_names(nlp, text, etype, recipient):
    e = one(nlp, text, etype)
    assert e.recipient is not None and e.recipient.country == recipient


def test_a_recipient_that_is_someone_is_kept(nlp):
    e = one(nlp, "The protesters rallied against the Serbian government.", "PROTEST")
    assert e.recipient.country == "SRB" and e.recipient.sector == "GOV"


@pytest.mark.parametrize(
    "text, etype, country",
    [
        ("Rebels in Mali rejected the proposal.", "REJECT", "MLI"),
        ("Opposition groups in Belarus called for new elections.", "REQUEST", "BLR"),
        ("King Abdullah of Jordan urged restraint.", "REQUEST", "JOR"),
        ("Thousands of Chilean students protested in Santiago.", "PROTEST", "CHL"),
        ("Hundreds of Kenyan teachers marched on Monday.", "PROTEST", "KEN"),
    ],
)
def test_people_take_the_country_their_phrase_names(nlp, text, etype, country):
    e = one(nlp, text, etype)
    assert e.actor is not None and e.actor.country == country


def test_a_thing_takes_no_country_from_its_phrase(nlp):
    e = one(nlp, "The opposition demanded the release of jailed activists from Uganda.", "REQUEST")
    assert e.recipient is None or e.recipient.name != "release"


@pytest.mark.parametrize(
    "text, etype, mode",
    [
        ("The governor lifted the curfew in Kano on Tuesday.", "CONCEDE", None),
        ("Authorities shortened the nightly curfew by two hours.", "CONCEDE", None),
        ("The government ended the state of emergency in the north.", "CONCEDE", None),
        ("The union called off its strike after talks with ministers.", "CONCEDE", None),
        ("The junta accepted the demands of the protesters.", "CONCEDE", None),
        ("The court allowed the opposition leader to stand in the election.", "CONCEDE", None),
        ("The government allowed UN observers into the camps.", "RETREAT", "access"),
        ("Two hundred rebels surrendered to the army near Goma.", "RETREAT", "disarm"),
        ("The fighters were demobilized after the peace deal.", "RETREAT", "disarm"),
        ("Canada granted asylum to three Saudi activists.", "AID", None),
        ("Japan forgave the debts of 12 African countries.", "AID", None),
        ("The United States bolstered its forces in the Gulf.", "MOBILIZE", "troops"),
    ],
)
def test_the_codebooks_concessions_retreats_and_aid(nlp, text, etype, mode):
    # CONCEDE: easing restrictions, suspending protests; RETREAT: access, disarming; AID: asylum, debt relief
    e = one(nlp, text, etype)
    assert e.mode == mode


def test_a_called_off_strike_is_no_strike_and_a_lifted_glass_no_concession(nlp):
    assert [e.event_type for e in events(nlp, "The union called off its strike after talks with ministers.")] == ["CONCEDE"]
    assert not events(nlp, "The president lifted his glass.")
    assert not events(nlp, "The union called off the meeting.")


def test_parties_of_concessions(nlp):
    e = one(nlp, "The union called off its strike after talks with ministers.", "CONCEDE")
    assert e.actor.sector == "LAB"
    e = one(nlp, "The court allowed the opposition leader to stand in the election.", "CONCEDE")
    assert e.actor.sector == "JUD" and e.recipient.name == "opposition leader" and e.recipient.sector == "OPP"
    e = one(nlp, "The United States bolstered its forces in the Gulf.", "MOBILIZE")
    assert e.recipient is None or e.recipient.name != "its forces"  # what is moved is no recipient


def test_a_condition_is_no_event_of_its_own(nlp):
    evs = events(nlp, "The army will attack the town unless the rebels surrender.")
    assert [(e.event_type, e.mode) for e in evs] == [("THREATEN", "violence")]  # an attack announced is a threat
    evs = events(nlp, "Iran threatened to close the strait if Washington imposed new sanctions.")
    assert [e.event_type for e in evs] == ["THREATEN"]


@pytest.mark.parametrize(
    "text, etype, country",
    [
        # the kind word says it is a place whatever the name tagger made of the name
        ("A roadside bombing near the town of Samarra on Sunday killed one soldier.", "ASSAULT", "IRQ"),
        ("Aircraft killed 46 civilians in an attack on a village in the western province of Herat.", "ASSAULT", "AFG"),
        ("Rebels exploded a series of bombs in the capital Kabul.", "ASSAULT", "AFG"),
        ("The forces completed their withdrawal from the besieged town of Gorazde.", "RETREAT", "BIH"),
    ],
)
def test_a_place_named_after_its_kind_word(nlp, text, etype, country):
    e = one(nlp, text, etype)
    assert e.place is not None and e.place.country == country and e.place.precision in {"place", "admin1"}


@pytest.mark.parametrize(
    "text, etype, topic",
    [
        ("Washington criticised Moscow over Taiwan.", "ACCUSE", "Taiwan"),
        ("The inspectors opened an investigation into Tehran's nuclear programme.", "ACCUSE", "Tehran"),
        ("Kenya accused Somalia of attacks across the border.", "ACCUSE", None),
        ("Israel rejected criticism over Gaza.", "REJECT", "Gaza"),
    ],
)
def test_a_verbal_events_topic_is_no_place(nlp, text, etype, topic):
    # "over", "into", "across" after words (not deeds) name what they are about
    e = one(nlp, text, etype)
    assert e.place is None or (topic is not None and e.place.name != topic)


def test_a_weapon_as_subject_stands_for_its_forces_and_gives_the_mode(nlp):
    e = one(nlp, "Russian jets flew over Kyiv and bombed the airport.", "ASSAULT")
    assert e.actor.country == "RUS" and e.actor.sector == "MIL"
    assert e.mode == "aerial" and e.acled.sub_event_type == "Air/drone strike"
    e = one(nlp, "Israeli drones struck a car in southern Lebanon.", "ASSAULT")
    assert e.actor.country == "ISR" and e.mode == "drone"
    # a weapon of no one's is no party
    evs = events(nlp, "The soldiers detonated grenades rather than be captured.")
    assert all(e.recipient is None or e.recipient.name != "grenades" for e in evs)


@pytest.mark.parametrize(
    "text, etype, mode",
    [
        ("Japan halted economic aid to Serbia.", "SANCTION", "discontinue"),
        ("The minister cancelled a planned visit to Haiti.", "SANCTION", "discontinue"),
        ("Italy announced a suspension of air links with Serbia.", "SANCTION", "discontinue"),
        ("Sri Lanka established diplomatic ties with Iran.", "SUPPORT", None),
        ("The two countries restored relations after a decade.", "SUPPORT", None),
        ("Turkish police prevented a demonstration by students in Sivas.", "COERCE", "restrict"),
        ("The government outlawed the largest opposition party.", "COERCE", "restrict"),
        ("Israel reimposed blockades in the West Bank.", "COERCE", "restrict"),  # a state's blockade
    ],
)
def test_relations_cut_restored_and_protests_stopped(nlp, text, etype, mode):
    e = one(nlp, text, etype)
    assert e.mode == mode


def test_what_is_cut_must_be_a_relation(nlp):
    assert not events(nlp, "The company halted production at the plant.")
    assert not [e for e in events(nlp, "Protesters blockaded the port.") if e.event_type == "COERCE"]


def test_it_reported_by_a_state_is_that_state(nlp):
    e = one(nlp, "Switzerland said it had expelled two Russian diplomats.", "SANCTION")
    assert e.actor.country == "CHE" and e.recipient.country == "RUS"
    e = one(nlp, "The United States announced it would halt aid to the rebels.", "SANCTION")
    assert e.actor.country == "USA"
    # an "it" that stands for nothing named is no one
    assert all(e.actor is None or e.actor.name != "it" for e in events(nlp, "It was not clear who attacked the convoy."))


def test_whom_a_thing_or_a_purpose_names_is_the_recipient(nlp):
    e = one(nlp, "Turkish police prevented the demonstration staged by students at the university.", "COERCE")
    assert e.recipient.name == "students"
    e = one(nlp, "Police opened fire to disperse Kurdish demonstrators.", "ASSAULT")
    assert e.recipient.name == "Kurdish demonstrators"


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        ("Russia said on Tuesday that Sudan must return the helicopter.", "RUS", "SDN"),
        ("The Bush administration declared that China must drop barriers to U.S. exports.", None, "CHN"),
        ("Britain insisted that Libya should hand over the suspects.", "GBR", "LBY"),
    ],
)
def test_what_another_must_do_is_a_demand_and_not_an_event_of_its_own(nlp, text, actor, recipient):
    evs = events(nlp, text)
    assert [e.event_type for e in evs] == ["REQUEST"], [(e.text, e.event_type) for e in evs]
    assert evs[0].recipient.country == recipient and (actor is None or evs[0].actor.country == actor)
    assert not events(nlp, "He said we must stay calm.")  # the speaker's own side: no demand


@pytest.mark.parametrize(
    "text, mode",
    [
        ("Palestinian leaders said they would boycott all official contact with the United States.", "restrict"),
        ("Radical French farmers said they would blockade Paris from Monday night.", "restrict"),
        ("The government announced that it is prepared to impose martial law.", "restrict"),
        ("Police will arrest anyone who joins the march.", "arrest"),
        ("The rebels vowed to attack the capital.", "violence"),
    ],
)
def test_a_harm_announced_is_a_threat_with_its_content_as_mode(nlp, text, mode):
    e = one(nlp, text, "THREATEN")
    assert e.mode == mode


def test_an_announced_sanction_stays_a_sanction_and_a_supposed_attack_is_no_threat(nlp):
    assert one(nlp, "The United States announced it would halt all aid to the rebels.", "SANCTION")
    evs = events(nlp, "Norway is willing to send troops to help defend Saudi Arabia if it is attacked.")
    assert not [e for e in evs if e.event_type == "THREATEN"]


@pytest.mark.parametrize(
    "text, etype",
    [
        ("Portugal will support Turkey's efforts to join the union.", "AGREE"),  # future support is AGREE
        ("Finland will give Tanzania a grant of 60 million dollars.", "AGREE"),
        ("Ghana contributed 800 troops to the peacekeeping force.", "AID"),
        ("The senators supported the resolution.", "SUPPORT"),
    ],
)
def test_support_and_aid_given(nlp, text, etype):
    assert one(nlp, text, etype)


def test_a_vow_of_harm_is_a_threat_a_vow_of_peace_is_not(nlp):
    assert one(nlp, "The rebels vowed to attack the capital.", "THREATEN").mode == "violence"
    assert not [e for e in events(nlp, "The president vowed to end the fighting.") if e.event_type == "THREATEN"]


def test_the_of_phrase_of_a_harm_noun_is_whom_it_falls_on(nlp):
    e = one(nlp, "Police announced the arrest of three Kenyan journalists.", "COERCE")
    assert e.recipient.country == "KEN" and e.recipient.sector == "MED"
    e = one(nlp, "The bombing of Belgrade continued for a week.", "ASSAULT")
    assert e.recipient.country == "SRB" and e.place.name == "Belgrade"


@pytest.mark.parametrize(
    "text, etype, mode",
    [
        ("The emir launched a mediation effort between the Emirates and Saudi Arabia.", "CONSULT", "mediate"),
        ("The army began a bombing campaign in the north.", "ASSAULT", "explosives"),
        ("The Kyrgyz prime minister received a mission of observers from the OSCE.", "RETREAT", "access"),
        ("The president received the Iranian envoy on Monday.", "CONSULT", "host"),
        ("Lebanon complained to the United Nations over the raids.", "ACCUSE", "disapprove"),
        ("Parliament opened an inquiry into the arms deal.", "ACCUSE", "investigate"),
    ],
)
def test_mediation_reception_complaint_and_inquiry(nlp, text, etype, mode):
    assert one(nlp, text, etype).mode == mode


def test_a_mediator_acts_on_the_parties_between_which_it_mediates(nlp):
    e = one(nlp, "The emir launched a mediation effort between the Emirates and Saudi Arabia.", "CONSULT")
    assert e.actor.name == "emir" and e.recipient is not None and e.recipient.name != "emir"
    e = one(nlp, "The talks between Armenia and Azerbaijan resumed in Washington.", "CONSULT")
    assert {e.actor.country, e.recipient.country} == {"ARM", "AZE"}  # talks between two: both are parties


def test_a_complaint_is_about_the_accused_not_to_its_audience(nlp):
    e = one(nlp, "Lebanon complained to the United Nations over two Israeli air raids.", "ACCUSE")
    assert e.actor.country == "LBN" and e.recipient.country == "ISR"
    e = one(nlp, "Kenya complained to the African Union.", "ACCUSE")
    assert e.recipient is None or e.recipient.name == "African Union"  # with no one accused, the audience


def test_a_weapon_used_is_no_recipient_and_a_forecast_no_demand(nlp):
    e = one(nlp, "Moscow forces have launched North Korean missiles at Ukraine.", "ASSAULT")
    assert e.recipient is None or e.recipient.country != "PRK"
    assert not events(nlp, "The ministry announced that exports should increase next year.")
    assert not events(nlp, "No country should go through this, the president said.")


def test_a_sworn_fight_is_a_threat(nlp):
    e = one(nlp, "The militia has sworn to fight until it controls the whole province.", "THREATEN")
    assert e.mode == "violence"


def test_forces_on_alert_and_patrols_are_mobilisations_of_whoever_is_in_that_state(nlp):
    e = one(nlp, "Israeli troops remained on alert in the West Bank.", "MOBILIZE")
    assert e.actor.country == "ISR" and e.actor.sector == "MIL"
    assert one(nlp, "The army was put on high alert along the border.", "MOBILIZE").actor.sector == "MIL"
    assert one(nlp, "The governor ordered patrols by police in the old city.", "MOBILIZE")
    assert not events(nlp, "A red alert was issued for heavy rain.")


def test_the_subject_of_a_protest_noun_clause_protests(nlp):
    e = one(nlp, "Thousands of Kenyan farmers were at a rally in Nairobi on Monday.", "PROTEST")
    assert e.actor is not None and e.actor.country == "KEN"


def test_a_strike_in_protest_is_one_protest_against_whom_it_names(nlp):
    evs = events(nlp, "The activist staged a hunger strike in prison in protest against the abuses by Algerian security forces.")
    assert [(e.event_type, e.mode) for e in evs] == [("PROTEST", "strike")]
    assert evs[0].actor.sector == "ACT" and evs[0].recipient.country == "DZA"


def test_a_protest_note_is_a_complaint_and_a_street_protest_a_protest(nlp):
    e = one(nlp, "Serbia lodged an official protest with Albania on Monday.", "ACCUSE")
    assert e.mode == "disapprove" and e.actor.country == "SRB"
    assert one(nlp, "Thousands protested in Belgrade on Monday.", "PROTEST").acled.sub_event_type == "Peaceful protest"
    assert one(nlp, "The opposition filed a lawsuit against the minister.", "ACCUSE").mode == "allege"
