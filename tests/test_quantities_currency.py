"""Currencies: symbols and codes before or after the number, glued or spaced, and subunits."""

from __future__ import annotations

import pytest

from newsledger.records import ClaimRecord

from conftest import run_pipeline


def _one(nlp, text: str, expr: str) -> ClaimRecord:
    found = [c for c in run_pipeline(nlp, text)._.claims if c.text == expr]
    assert len(found) == 1, [c.text for c in run_pipeline(nlp, text)._.claims]
    return found[0]


@pytest.mark.parametrize(
    ("text", "expr", "value", "unit"),
    [
        ("The miner paid US$50 million for the stake.", "US$50 million", 50e6, "USD"),
        ("The deal is worth $US3.2 billion, the company said.", "$US3.2 billion", 3.2e9, "USD"),
        ("The bank set aside $A400 million for refunds.", "$A400 million", 400e6, "AUD"),
        ("Qantas posted a profit of A$1.2 billion.", "A$1.2 billion", 1.2e9, "AUD"),
        ("Rents in Kowloon rose to HK$45,000 a month.", "HK$45,000", 45_000, "HKD"),
        ("The council approved S$12m in grants.", "S$12m", 12e6, "SGD"),
        ("The pipeline will cost C$7.4 billion.", "C$7.4 billion", 7.4e9, "CAD"),
        ("The fund drew NZ$250 million from pension savers.", "NZ$250 million", 250e6, "NZD"),
        ("Petronas earned RM4.5 billion in the quarter.", "RM4.5 billion", 4.5e9, "MYR"),
        ("The airline lost RM 800 million last year.", "RM 800 million", 800e6, "MYR"),
        ("The state spent Rs 500 crore on roads.", "Rs 500 crore", 5e9, "INR"),
        ("The scheme costs ₹2,000 crore.", "₹2,000 crore", 2e10, "INR"),
        ("India plans to spend INR1 trillion on rail.", "INR1 trillion", 1e12, "INR"),
        ("The club paid EUR50m for the striker.", "EUR50m", 50e6, "EUR"),
        ("Tickets for the final cost £45 each.", "£45", 45, "GBP"),
        ("Fares rose to €3.50.", "€3.50", 3.5, "EUR"),
        ("A ticket to the museum costs 50 euros.", "50 euros", 50, "EUR"),
        ("The start-up drew 3bn yuan from investors.", "3bn yuan", 3e9, "CNY"),
        ("He was fined 5,000 US dollars.", "5,000 US dollars", 5000, "USD"),
        ("The insurer lost $ 5 million.", "$ 5 million", 5e6, "USD"),
    ],
)
def test_currency_marks_before_and_after_the_number(nlp, text, expr, value, unit):
    c = _one(nlp, text, expr)
    assert c.quantity.value == pytest.approx(value)
    assert c.quantity.unit == unit


@pytest.mark.parametrize(
    ("text", "expr", "unit"),
    [
        # the yen sign alone is read as yen, the more common of its two currencies
        ("Sony booked ¥120 billion in charges.", "¥120 billion", "JPY"),
        ("Toyota set aside ¥ 300 billion.", "¥ 300 billion", "JPY"),
        # with China or the yuan in the sentence it is the yuan
        ("China's exports rose to ¥3.2 trillion, the customs office said.", "¥3.2 trillion", "CNY"),
        ("The central bank in Beijing injected ¥500 billion into the market.", "¥500 billion", "CNY"),
    ],
)
def test_the_yen_sign_is_yen_unless_the_sentence_speaks_of_china(nlp, text, expr, unit):
    assert _one(nlp, text, expr).quantity.unit == unit


@pytest.mark.parametrize(
    ("text", "expr", "value", "unit", "change"),
    [
        ("Shares in Tesco rose 20p to 340p.", "20p", 0.2, "GBP", "increase"),
        ("Shares in Tesco rose 20p to 340p.", "340p", 3.4, "GBP", None),
        ("The stock fell 12 pence.", "12 pence", 0.12, "GBP", "decrease"),
        ("The bus fare went up by 50 sen.", "50 sen", 0.5, "MYR", "increase"),
        ("Oil rose 45 cents to $80.10 a barrel.", "45 cents", 0.45, "USD", "increase"),
        ("The euro fell 2 cents against the pound; a coffee costs €2.", "2 cents", 0.02, "EUR", "decrease"),
    ],
)
def test_subunits_become_the_main_unit(nlp, text, expr, value, unit, change):
    c = _one(nlp, text, expr)
    assert c.quantity.value == pytest.approx(value)
    assert (c.quantity.unit, c.quantity.change) == (unit, change)


def test_a_video_resolution_is_no_pence(nlp):
    claims = run_pipeline(nlp, "The camera records 1080p video and costs £300.")._.claims
    assert [(c.text, c.quantity.unit) for c in claims] == [("£300", "GBP")]


def test_php_before_a_version_is_no_currency(nlp):
    claims = run_pipeline(nlp, "The site runs on PHP 7 and serves 2,000 users.")._.claims
    assert all(c.quantity.unit != "PHP" for c in claims)
