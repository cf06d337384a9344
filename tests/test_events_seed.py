"""Issue 11's acceptance list: the eight events the seed report must give, with place, time, actors and source.

The seed is read from ../shared at test time (skipped when absent). Each check
names the event by its words and what it must carry; the rules behind them are
tested on other sentences in test_events.py and test_events_roles.py.
"""

from __future__ import annotations

import pytest

from newsledger.ingest.article import RawArticle


@pytest.fixture(scope="module")
def seed_events(extractor, seed_text):
    records = next(iter(extractor.process([RawArticle(text=seed_text, id="seed")])))
    article = records[0]
    assert article.published == "2025-03-27"
    return article.text, [r for r in records if r.TYPE == "event"]


def find(seed_events, words: str, etype: str):
    text, events = seed_events
    hits = [e for e in events if e.event_type == etype and words in text[e.sentence_span[0]:e.sentence_span[1]]]
    assert hits, f"no {etype} event in the sentence with {words!r}: {[(e.text, e.event_type) for e in events]}"
    return hits[0]


def test_troops_and_arms_sent_from_north_korea_to_russia(seed_events):
    troops = find(seed_events, "1,000 soldiers to Russia earlier this year", "AID")
    arms = find(seed_events, "ammunition containers", "AID")
    for e in (troops, arms):
        assert e.mode == "military"
        assert e.actor.country == "PRK" and e.recipient.country == "RUS"
        assert e.place is not None and e.place.country == "RUS"
    assert troops.time.start == "2025-01-01" and troops.time.end == "2025-03-27"
    assert troops.modality == "possible"  # "seems to have sent"
    assert troops.source.entity == "South Korea"
    assert arms.source.name == "US officials"


def test_the_planned_kim_visit(seed_events):
    e = find(seed_events, "a visit by North Korean leader Kim Jong Un", "AGREE")
    assert e.text == "visit" and e.modality == "planned"  # a future visit is AGREE in PLOVER
    assert e.actor.country == "PRK" and e.recipient.entity == "Russia"
    assert e.place.country == "RUS"
    # no date in the text: after the report, basis published
    assert (e.time.start, e.time.end, e.time.basis) == ("2025-03-27", None, "published")
    assert "Russenko" in e.source.name


def test_the_paris_meeting(seed_events):
    e = find(seed_events, "expected to meet in Paris", "AGREE")
    assert e.modality == "planned" and e.text == "meet"
    assert e.actor.name == "European leaders"
    assert e.place.name == "Paris" and e.place.country == "FRA"
    assert e.time.start == e.time.end == "2025-03-27"
    assert e.source is None  # the outlet's own report: no one is cited, as for claims


def test_the_black_sea_agreement(seed_events):
    e = find(seed_events, "agreed to stop using strength in the Black Sea", "AGREE")
    assert {e.actor.country, e.recipient.country} == {"RUS", "UKR"}
    assert e.place.name == "Black Sea"
    assert (e.time.start, e.time.end) == ("2025-03-24", "2025-03-30")  # "this week"
    assert e.source.name == "the US"
    assert e.acled is not None and e.acled.sub_event_type == "Agreement"


def test_last_years_defence_pact_dated_last_year(seed_events):
    e = find(seed_events, "signed a historical defense pact last year", "SUPPORT")
    assert e.text == "signed a historical defense pact"
    assert {e.actor.country, e.recipient.country} == {"PRK", "RUS"}
    assert (e.time.start, e.time.end) == ("2024-01-01", "2024-12-31")
    assert e.place is None and e.source is None  # the text says neither where nor who reports it


def test_shoigu_met_kim_in_pyongyang_last_week(seed_events):
    e = find(seed_events, "Shoigu met Kim last week in Pyongyang", "CONSULT")
    assert e.actor.country == "RUS" and "Shoigu" in e.actor.name and e.recipient.country == "PRK"
    assert e.place.name == "Pyongyang"
    assert (e.time.start, e.time.end) == ("2025-03-17", "2025-03-23")
    assert e.source.entity == "Russia" or "Tass" in e.source.name


def test_the_withdrawal_in_january(seed_events):
    e = find(seed_events, "withdrew from the front lines in January", "RETREAT")
    assert e.actor.country == "PRK" and e.actor.sector == "MIL"  # "they": the troops of the sentence before
    assert e.place is not None and "Kursk Oblast" in (e.place.name, e.place.admin1)  # carried from "sent to the Kursk region"
    assert e.place.country == "RUS"
    assert (e.time.start, e.time.end) == ("2025-01-01", "2025-01-31")
    assert e.source.name == "Ukrainian authorities"


def test_the_drone_attack_on_kharkiv(seed_events):
    text, _ = seed_events
    e = find(seed_events, "drone attack in the city of Kharkiv", "ASSAULT")
    assert e.mode == "drone"
    assert e.acled.event_type == "Explosions/Remote violence" and e.acled.sub_event_type == "Air/drone strike"
    assert e.actor.country == "RUS" and e.actor.sector == "MIL"
    assert e.place.name == "Kharkiv" and e.place.country == "UKR"
    assert e.time.start == e.time.end == "2025-03-26"
    assert e.counts is not None and text[e.counts.injured[0]:e.counts.injured[1]].startswith("at least 21")
    assert e.source.name == "Ukrainian officials"
