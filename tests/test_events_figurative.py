"""Event words in news of politics, business and courts, where most of them name no event:
contests told in words of combat, falls told as declines, polls released, questions asked.
Sentences written for these tests; the combat senses beside them must stand."""

from __future__ import annotations

import pytest

from tests.conftest import run_pipeline


def kinds(nlp, text):
    return [(e.text, e.event_type) for e in run_pipeline(nlp, text)._.events]


def types(nlp, text):
    return {e.event_type for e in run_pipeline(nlp, text)._.events}


@pytest.mark.parametrize(
    "text",
    [
        "The senator has fought for lower taxes all his life.",
        "Her relatives in Ohio have fought to keep the farm in the family.",
        "The mayor is fighting high inflation with a new budget.",
        "Winning the nomination will be an uphill battle for the governor.",
        "The custody battle between the two parents lasted three years.",
        "Smith beat Jones 54% to 46% in the primary on Tuesday.",
        "Only one candidate can beat the incumbent in November.",
        "The company decided to fire its chief financial officer last week.",
        "Jones shot back, saying the report was unfair.",
        "The crowd was exploding in applause before he finished.",
        "The new ads are capturing the frustration of many voters.",
        "The firm executed an aggressive marketing campaign in the spring.",
        "The court voted to strike it down on Monday.",
    ],
)
def test_a_contest_told_in_words_of_combat_is_no_assault(nlp, text):
    # given a sentence with no armed actor, weapon or harm in it
    # when its verb or noun is one of combat (fight, battle, beat, fire, shoot, explode, capture)
    # then no assault is coded: the contest is one of votes, law, money or words
    assert "ASSAULT" not in types(nlp, text), kinds(nlp, text)


@pytest.mark.parametrize(
    "text, etype",
    [
        ("Rebel fighters fought government troops for control of the town.", "ASSAULT"),
        ("Police beat protesters with batons outside parliament.", "ASSAULT"),
        ("A mob beat a man to death in the market.", "ASSAULT"),
        ("Soldiers fired on the crowd, killing three people.", "ASSAULT"),
        ("A car bomb exploded outside the ministry on Sunday.", "ASSAULT"),
        ("Insurgents captured the town of Tal Afar after heavy fighting.", "ASSAULT"),
        ("Fierce battles raged in the north between the army and the rebels.", "ASSAULT"),
    ],
)
def test_the_combat_senses_stand(nlp, text, etype):
    # given the same words with an armed actor, a weapon or a victim in the clause
    # then they still code the attack
    assert etype in types(nlp, text), kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Trump attacked Jeb Bush in the debate on Saturday.",
        "Donald Trump's attacks on Hillary Clinton drew boos from the audience.",
        "She attacked him for his vote on the trade bill.",
    ],
)
def test_a_politicians_attack_on_a_rival_is_disapproval(nlp, text):
    # given an attack by or on a named person, with nothing armed in the sentence
    # then it is PLOVER's verbal disapproval (ACCUSE), not an assault
    found = types(nlp, text)
    assert "ASSAULT" not in found and "ACCUSE" in found, kinds(nlp, text)


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Revenue declined 8% to $85.7 million in the quarter.", "REJECT"),
        ("The spokesman declined to comment on the report.", "REJECT"),
        ("A poll released on Tuesday showed the governor ahead.", "RETREAT"),
        ("The State Department released more of her emails on Friday.", "RETREAT"),
        ("The campaign issued many press releases last week.", "RETREAT"),
        ("\"That was a hard moment,\" the former minister recalled.", "SANCTION"),
        ("Asked about the deficit, the senator smiled.", "REQUEST"),
        ("The reporter asked her why she had changed her mind.", "REQUEST"),
        ("A company he owns charged the campaign $3.7 million for flights.", "ACCUSE"),
        ("Twitter suspended the account after the post.", "SANCTION"),
        ("The two men share the same values and goals.", "COOPERATE"),
        ("The candidates traded the lead all night.", "COOPERATE"),
        ("The decision was met with outrage in the city.", "CONSULT"),
        ("The fund has met all the redemptions so far.", "CONSULT"),
        ("He and his wife welcomed a baby girl in May.", "SUPPORT"),
        ("Anyone who signs up at the website gets a discount.", "SUPPORT"),
        ("The speech demonstrated that she can win.", "PROTEST"),
        ("He had been stationed in Lyon since 2014 for the bank.", "MOBILIZE"),
        ("She hopes to mobilize enough support on the committee.", "MOBILIZE"),
        ("The department retreated from its position in the case.", "RETREAT"),
    ],
)
def test_senses_of_event_verbs_that_are_no_event(nlp, text, gone):
    # given a verb of the lexicon in its business, speech or everyday sense
    # then it codes no event of that category
    assert gone not in types(nlp, text), kinds(nlp, text)


@pytest.mark.parametrize(
    "text, etype",
    [
        ("Greece declined to recognise the new republic.", "REJECT"),
        ("The minister refused to meet the envoy.", "REJECT"),
        ("Rebels released 20 hostages on Monday.", "RETREAT"),
        ("Turkey recalled its ambassador from Vienna.", "SANCTION"),
        ("The UN asked both sides to stop the shelling.", "REQUEST"),
        ("Police charged the two men with murder.", "ACCUSE"),
        ("The Red Cross suspended aid deliveries in the city.", "SANCTION"),
        ("Thousands demonstrated outside the parliament on Friday.", "PROTEST"),
    ],
)
def test_the_event_senses_of_the_same_verbs_stand(nlp, text, etype):
    assert etype in types(nlp, text), kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The senator spoke at Cruz's rally in Miami on Wednesday.",
        "They drove from Chicago to attend a campaign rally for the governor.",
    ],
)
def test_a_candidates_rally_is_no_protest(nlp, text):
    # given a rally named after a candidate or a campaign
    # then no protest is coded (ACLED's protests are against or for a cause, not a campaign stop)
    assert "PROTEST" not in types(nlp, text), kinds(nlp, text)


def test_a_rally_of_protest_stands(nlp):
    assert "PROTEST" in types(nlp, "Thousands joined a rally against the new law in the capital.")


@pytest.mark.parametrize(
    "text, gone",
    [
        ("His calls for tighter checks on visas won wide support.", "CONSULT"),
        ("Her call to ban the imports drew criticism.", "CONSULT"),
        ("The threat of terrorism dominated the debate.", "THREATEN"),
        ("Officials watch for potential threats online.", "THREATEN"),
        ("Ban said the deal was a triumph for all countries.", "COERCE"),
    ],
)
def test_nouns_that_name_no_event_here(nlp, text, gone):
    # given a demand told again ("his calls for"), a danger named ("the threat of"), or a name
    # capitalised mid-sentence ("Ban" of Ban Ki-moon)
    # then no event of the noun's category is coded
    assert gone not in types(nlp, text), kinds(nlp, text)


def test_a_name_written_mid_sentence_is_a_name_at_a_sentence_start_too(nlp):
    # given a surname that is a trigger word, written mid-sentence once and first in a sentence later
    # then neither is an event; a headline in title case is no evidence of a name
    text = "The treaty was a triumph for Ban. Ban believes it will hold."
    assert "COERCE" not in types(nlp, text), kinds(nlp, text)
    assert "COERCE" in types(nlp, "Government Imposes Ban On Rallies In Capital")


def test_a_power_or_a_proposal_to_act_is_no_act(nlp):
    # given an act in the "to" clause of "ability", "right" or "call"
    # then the act is not coded as done
    for text, gone in [("Iraq has the ability to deliver chemical weapons by missile.", "AID"),
                       ("He defended their right to sue the company.", "ACCUSE"),
                       ("Her call to deport all of them drew criticism.", "COERCE")]:
        assert gone not in types(nlp, text), kinds(nlp, text)


def test_agreeing_with_an_opinion_is_no_agreement(nlp):
    assert "AGREE" not in types(nlp, "Many leaders agree with his assessment of the race.")
    assert "AGREE" not in types(nlp, "He agreed that the fleet had promotional value.")
    assert "AGREE" in types(nlp, "Both sides agreed to exchange prisoners next week.")


def test_a_phone_call_and_a_letter_of_protest(nlp):
    # a call with someone is a meeting; a letter of protest is a complaint, not a crowd
    assert "CONSULT" in types(nlp, "Merkel held a phone call with Putin on Monday.")
    found = types(nlp, "Lawyers for the family sent letters of protest to the minister.")
    assert "ACCUSE" in found and "PROTEST" not in found


def test_harm_of_a_crash_told_in_a_when_clause_is_no_attack(nlp):
    # given deaths whose cause is an accident told in a "when" clause
    # then no assault (the harm is no one's act)
    text = "Twelve soldiers were killed when two military helicopters crashed in fog."
    assert "ASSAULT" not in types(nlp, text), kinds(nlp, text)
