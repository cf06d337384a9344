"""Cleaning: trailing credits and author bios are cut, the credited outlet kept."""

from __future__ import annotations

import pytest

from newsledger.errors import InputError
from newsledger.ingest.clean import clean_html, clean_text

BODY = "Floods displaced about 3,000 families in the province, officials said on Monday.\nRescue teams reached two villages."


def test_origin_credit_and_source_line_are_cut_and_the_outlet_kept():
    text = BODY + "\nThis article was originally published in Floods hit the north on Radio Sur.\nSource: Radio Sur"
    cleaned = clean_text(text)
    assert cleaned.text == BODY
    assert cleaned.origin_outlet == "Radio Sur"
    assert len(cleaned.removed) == 2


def test_author_bio_after_the_body_is_cut():
    bio = "Maria Lopez is a senior reporter covering climate and disasters. She writes for several regional papers."
    cleaned = clean_text(BODY + "\n\n" + bio)
    assert cleaned.text == BODY and cleaned.removed == (bio,)


def test_a_closing_paragraph_about_a_person_that_is_news_stays():
    news = "John Smith is a former minister who was arrested on Friday with 2 kg of cocaine, police said."
    assert clean_text(BODY + "\n" + news).text.endswith(news)


def test_copyright_and_reporting_credits_are_cut():
    tail = "\n(Reporting by Ana Diaz; Editing by Tom Hill)\n© 2025 Example Media. All rights reserved."
    assert clean_text(BODY + tail).text == BODY


def test_text_of_credits_only_is_an_error():
    with pytest.raises(InputError):
        clean_text("Source: Reuters\n")
    with pytest.raises(InputError):
        clean_text("   \n\n")


def test_html_gives_text_title_date_and_outlet():
    html = (
        "<html><head><title>Floods - Radio Sur</title>"
        '<meta property="og:site_name" content="Radio Sur">'
        '<meta property="article:published_time" content="2025-03-24T08:00:00Z"></head>'
        "<body><nav>Home | World | Sport</nav><article><h1>Floods hit the north</h1>"
        f"<p>{BODY.splitlines()[0]} The water rose overnight across the lowlands.</p>"
        f"<p>{BODY.splitlines()[1]} Aid convoys are expected on Tuesday.</p></article>"
        "<footer>Copyright 2025 Radio Sur</footer></body></html>"
    )
    cleaned = clean_html(html)
    assert "displaced about 3,000 families" in cleaned.text
    assert "Home | World" not in cleaned.text
    assert cleaned.published == "2025-03-24"
    assert cleaned.outlet == "Radio Sur"


def test_a_closing_paragraph_about_a_journalist_with_a_source_is_news():
    news = "Ahmad Khan is a local journalist who was wounded in the attack, police said."
    assert clean_text(BODY + "\n" + news).text.endswith(news)


def test_a_one_paragraph_story_about_a_reporter_is_not_taken_for_a_bio():
    story = "Anna Petrova is a veteran reporter who was detained in Minsk on Friday along with 12 other journalists."
    assert clean_text(story).text == story


# -- HTML nested past libxml2's depth limit (issue 7) --------------------------
PARAS = [
    "At least 12 people were hurt when the old bridge over the Elm river gave way on Monday, the regional authorities said.",
    "Repairs will cost about $4 million and take two years, the transport ministry said in a statement on Tuesday.",
]
TAIL = "Some 90 homes near the river were evacuated as a precaution, officials said on Tuesday evening."


def _deep_page(depth: int, tag: str = "div") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        "<html><head><title>Bridge collapse</title></head><body><article>"
        + f"<{tag}>" * depth + body + f"</{tag}>" * depth
        + f"<p>{TAIL}</p></article></body></html>"
    )


@pytest.mark.parametrize("depth", [300, 10_000])
def test_html_nested_thousands_deep_keeps_its_text(depth):
    # libxml2 stops building the tree at 256 levels: everything after was lost.
    cleaned = clean_html(_deep_page(depth))
    assert PARAS[0] in cleaned.text and PARAS[1] in cleaned.text and TAIL in cleaned.text
    assert cleaned.title == "Bridge collapse"


def test_a_page_of_unclosed_inline_tags_keeps_its_paragraphs():
    # Old pages open a <font> per paragraph and never close it: each nests in the last.
    paras = [f"Paragraph {i}: the council said {i + 10} roads were closed after the storm on Monday night." for i in range(400)]
    html = "<html><head><title>Storm</title></head><body>" + "".join(f"<font size=2><p>{p}" for p in paras) + "</body></html>"
    cleaned = clean_html(html)
    assert paras[0] in cleaned.text and paras[-1] in cleaned.text


def test_ordinary_pages_are_cleaned_as_before():
    html = _deep_page(3)
    cleaned = clean_html(html)
    assert cleaned.text.split("\n") == [*PARAS, TAIL]


def test_a_deep_page_without_text_says_how_deep_it_was():
    html = "<html><body>" + "<div>" * 5000 + "</div>" * 5000 + "</body></html>"
    with pytest.raises(InputError, match="nested 50.. levels deep"):
        clean_html(html)


@pytest.mark.parametrize("html, reason", [("<p>Five people died.</p>", "not an HTML page"), ("  \n", "empty")])
def test_html_that_is_no_page_says_why(html, reason):
    with pytest.raises(InputError, match=reason):
        clean_html(html)


def test_a_page_that_trips_up_the_extractor_is_an_input_error_not_a_crash():
    # htmldate (under trafilatura) fails an assertion on this tag soup; the
    # exception left clean_html and ended the whole run, not just this page.
    soup = "</table><math><li><frameset><head><article></li><svg><body><style><b>&#0;Officials said 12 people died. </font>"
    try:
        clean_html(soup)
    except InputError as exc:
        assert "AssertionError" in str(exc)
