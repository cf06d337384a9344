"""Sources: who each claim is attributed to, on many sentence shapes of news English.

Attribution is tested on its own: the pipeline runs, then the test places claims
on chosen figures (and, where a test needs it, time records) and reruns the
sources component, so these tests do not depend on the quantities component.
The seed test at the end runs the whole extraction.
"""

from __future__ import annotations

import pytest

from newsledger.records import ClaimRecord, Quantity, TimeRecord
from conftest import run_pipeline


def _doc(nlp, text: str, figures: list[str], times: list[tuple[str, str]] = ()):
    """Run the pipeline, then attribute claims on ``figures`` (first occurrences)."""
    doc = run_pipeline(nlp, text)
    claims = []
    pos = 0
    for fig in figures:
        at = text.index(fig, pos)
        pos = at + len(fig)
        claims.append(ClaimRecord("t", (at, at + len(fig)), fig, (0, len(text)), Quantity(1.0)))
    doc._.claims = claims
    if times:
        recs = []
        for surface, day in times:
            at = text.index(surface)
            recs.append(TimeRecord("t", (at, at + len(surface)), surface, "DATE", day, day, day))
        doc._.times = recs
    return nlp.get_pipe("newsledger_sources")(doc)


def _source(nlp, text: str, figure: str, **kw):
    doc = _doc(nlp, text, [figure], **kw)
    return doc._.claims[0].source


# -- reporting verbs, either order -------------------------------------------------


@pytest.mark.parametrize(
    "text, figure, name, cue",
    [
        ("Police said 12 people were arrested after the match.", "12", "Police", "said"),
        ("At least 30 people died in the floods, the interior ministry said.", "30", "the interior ministry", "said"),
        ("The fire destroyed 120 homes, said the regional governor.", "120", "the regional governor", "said"),
        ("Officials told reporters that 15 soldiers had been wounded.", "15", "Officials", "told"),
        ("The army said in a statement that it had shot down 40 drones.", "40", "The army", "said"),
        ("The company announced it would cut 3,000 jobs by the end of the year.", "3,000", "The company", "announced"),
        ("The agency warned that 2 million people faced hunger.", "2 million", "The agency", "warned"),
        ("The ministry confirmed that 9 sailors were missing.", "9", "The ministry", "confirmed"),
        ("Analysts estimated that 40% of the crop was lost.", "40%", "Analysts", "estimated"),
        ("The rebels claimed they had captured 3 villages.", "3", "The rebels", "claimed"),
        ("The spokesman added that 200 more troops would arrive.", "200", "The spokesman", "added"),
    ],
)
def test_reporting_verbs(nlp, text, figure, name, cue):
    src = _source(nlp, text, figure)
    assert src is not None, text
    assert (src.name, src.cue) == (name, cue)
    assert text[src.span[0] : src.span[1]] == name


def test_according_to_after_and_before(nlp):
    src = _source(nlp, "Some 500 homes were destroyed, according to local officials.", "500")
    assert (src.name, src.cue) == ("local officials", "according to")
    src = _source(nlp, "According to the World Health Organization, 1.2 million cases were recorded.", "1.2 million")
    assert src.entity == "World Health Organization" and src.cue == "according to"


def test_as_reported_by_and_citing(nlp):
    src = _source(nlp, "Prices rose 3.1% in March, as reported by the statistics office.", "3.1%")
    assert src.name == "the statistics office" and src.cue == "reported"
    src = _source(nlp, "The central bank will raise rates by 50 basis points, citing the Federal Reserve.", "50")
    assert src is not None and src.entity == "Federal Reserve" and src.cue == "citing"


def test_possessive_spokesman_gives_the_organisation(nlp):
    src = _source(nlp, "Apple's spokesman said the firm would hire 2,000 engineers.", "2,000")
    assert src.name == "Apple's spokesman" and src.entity == "Apple"


# -- inverted and translated copy -----------------------------------------------------


def test_inverted_translated_copy_object_is_the_source(nlp):
    text = (
        "North Korea seems to have sent more than 1,000 soldiers to Russia this year, "
        "they reported South Korean military on Thursday, demonstrating its support."
    )
    src = _source(nlp, text, "1,000", times=[("Thursday", "2025-03-27")])
    assert src.name == "South Korean military" and src.entity == "South Korea"
    doc = _doc(nlp, text, ["1,000"], times=[("Thursday", "2025-03-27")])
    assert doc._.claims[0].statement_date == "2025-03-27"


def test_subjectless_told_takes_its_object(nlp):
    text = "Meanwhile, Russia supplies 300 tonnes of grain a month to the North, told ambassador Ivan Petrov to the channel."
    src = _source(nlp, text, "300")
    assert src is not None and "Ivan Petrov" in src.name and src.cue == "told"


def test_told_object_is_the_listener_not_the_source(nlp):
    src = _source(nlp, "The minister told parliament that 70 schools would close.", "70")
    assert src.name == "The minister"


def test_trailing_speaker_without_verb(nlp):
    text = "Since the start of the war, the North has sent 40 trains of shells to Russia, US officials."
    src = _source(nlp, text, "40")
    assert src is not None and src.entity == "United States" and src.cue is None


# -- canonical actors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, figure, entity",
    [
        ("About 11,000 troops were sent, said the heads of the South Korean joint staff.", "11,000", "South Korea"),
        ("About 4,000 of them were killed or injured, according to Seoul.", "4,000", "South Korea"),
        ("At least 21 people were injured, Ukrainian officials said.", "21", "Ukraine"),
        ("US officials said 16 airstrikes hit the camp.", "16", "United States"),
        ("The Kremlin said 5,000 troops would join the drills.", "5,000", "Russia"),
        ("Beijing said 3 vessels had entered its waters.", "3", "China"),
        ("Kyiv said 14 civilians were killed overnight.", "14", "Ukraine"),
        ("The new drone was first seen in March, reported the military of South Korea.", "March", "South Korea"),
        ("Britain's defence ministry said 600 troops were deployed.", "600", "United Kingdom"),
    ],
)
def test_source_entity_is_the_canonical_actor(nlp, text, figure, entity):
    src = _source(nlp, text, figure)
    assert src is not None and src.entity == entity, (text, src)


def test_person_keeps_their_name(nlp):
    text = "South Korean legislator Yoo Yong-Won, who visited Ukraine in February, said about 400 soldiers were killed."
    src = _source(nlp, text, "400")
    assert src.entity == "Yoo Yong-Won"
    assert src.name == "South Korean legislator Yoo Yong-Won"  # the relative clause is not the name


def test_media_relay_is_the_via_of_the_speaker(nlp):
    text = "The deputy minister stated that a visit by 3 officials is being prepared, according to state media Tass."
    src = _source(nlp, text, "3")
    assert src.name == "The deputy minister" and src.cue == "stated" and src.via == "Tass"
    # A medium that speaks for itself stays the source.
    text = "Kim supervised a test of 12 new drones, said the North Korean state news agency KCNA."
    src = _source(nlp, text, "12")
    assert src.entity == "KCNA"


def test_pronoun_resolves_to_last_person(nlp):
    text = "Defence Secretary Lloyd Austin visited the base on Monday. He said 2,500 troops would stay."
    src = _source(nlp, text, "2,500")
    assert src.name == "He" and src.entity == "Lloyd Austin"


def test_nested_attribution_keeps_the_outermost(nlp):
    text = "The minister said that the Red Cross had reported 45 deaths in the camp."
    doc = _doc(nlp, text, ["45"])
    assert doc._.claims[0].source.name == "The minister"
    # both layers are statements, the inner inside the outer
    cues = {s.cue for s in doc._.statements}
    assert {"said", "reported"} <= cues


def test_statement_date_from_time_on_the_cue(nlp):
    text = "The health ministry said on Tuesday that 52 people had died."
    doc = _doc(nlp, text, ["52"], times=[("Tuesday", "2025-03-25")])
    assert doc._.claims[0].statement_date == "2025-03-25"


def test_time_inside_the_content_is_not_the_statement_date(nlp):
    text = "The ministry said 52 people had died on Tuesday."
    doc = _doc(nlp, text, ["52"], times=[("Tuesday", "2025-03-25")])
    assert doc._.claims[0].source is not None
    assert doc._.claims[0].statement_date is None


# -- carry-over and no source ---------------------------------------------------------------


def test_carry_over_to_the_next_sentence_of_the_paragraph(nlp):
    text = "The ministry said the strike hit a school. Another 14 people were wounded nearby."
    src = _source(nlp, text, "14")
    assert src is not None and src.name == "The ministry" and src.span is None


def test_carry_over_stops_at_the_paragraph(nlp):
    text = "The ministry said the strike hit a school.\nAnother 14 people were wounded nearby."
    assert _source(nlp, text, "14") is None


def test_carry_over_further_only_with_a_referring_subject(nlp):
    base = "Seoul said the launch failed. The rocket broke up at sea. "
    assert _source(nlp, base + "Debris from 3 stages was found.", "3") is None
    src = _source(nlp, base + "The country also said 3 stages were found.", "3")
    assert src is not None and src.entity == "South Korea"


def test_anaphoric_country_takes_the_last_source(nlp):
    text = (
        "Pyongyang sent about 220 artillery pieces, South Korea said. "
        "The country has also announced that 50 more would follow."
    )
    doc = _doc(nlp, text, ["220", "50"])
    first, second = (c.source for c in doc._.claims)
    assert first.entity == "South Korea"
    assert second.name == "The country" and second.entity == "South Korea"


def test_outlet_assertion_has_no_source(nlp):
    text = "The number of drone attacks rose from 379 in May to almost 2,500 in November."
    doc = _doc(nlp, text, ["379", "2,500"])
    assert [c.source for c in doc._.claims] == [None, None]


def test_figure_outside_the_reported_clause_is_not_sourced(nlp):
    text = "Moscow denied the report, while Kyiv said 14 civilians were killed."
    src = _source(nlp, text, "14")
    assert src.entity == "Ukraine"  # not Moscow, whose cue has no content


def test_quote_speaker_sources_the_figure_inside(nlp):
    text = "“We have lost 200 men in a week,” the commander told Reuters."
    src = _source(nlp, text, "200")
    assert src.name == "the commander" and src.cue == "told"


def test_claims_without_claims_list_do_not_crash(nlp):
    doc = nlp.make_doc("Nothing to see here.")
    doc._.article_id = "t"
    doc = nlp(doc)
    doc._.claims = None
    doc = nlp.get_pipe("newsledger_sources")(doc)
    assert doc._.claims is None and doc._.statements == []


# -- the seed report end to end --------------------------------------------------------------


def _seed_claims(extractor, seed_path, seed_text):
    from newsledger.extract import prepare
    from newsledger.ingest.article import RawArticle

    prepared = prepare(RawArticle(text=seed_text, id="seed", published="2025-03-27", path=str(seed_path)))
    return [r for r in extractor.run_batch([prepared])[0] if r.TYPE == "claim"]


def _claim(claims, figure):
    found = [c for c in claims if figure in c.text]
    if not found:
        pytest.skip(f"the quantities component gave no claim on {figure!r}")
    return found[0]


def test_seed_report_sources(extractor, seed_path, seed_text):
    claims = _seed_claims(extractor, seed_path, seed_text)
    troops = _claim(claims, "11,000").source
    assert troops.entity == "South Korea" and troops.name == "the heads of the South Korean joint staff"
    killed = _claim(claims, "four thousand").source
    assert (killed.name, killed.entity, killed.cue) == ("Seoul", "South Korea", "according to")
    assert _claim(claims, "220").source.entity == "South Korea"
    for figure in ("400", "3,600"):
        assert _claim(claims, figure).source.entity == "Yoo Yong-Won"
    injured = _claim(claims, "21").source
    assert injured.name == "Ukrainian officials" and injured.entity == "Ukraine"
    for figure in ("379", "2,500"):
        assert _claim(claims, figure).source is None
    first = _claim(claims, "1,000")
    assert first.source.entity == "South Korea" and first.statement_date == "2025-03-27"


@pytest.mark.parametrize(
    "text, figure",
    [
        ("That said, the economy grew 3% last year.", "3%"),
        ("Asked about the 40 missing, the minister declined to comment.", "40"),
        ("He was told to leave after 12 years.", "12"),
    ],
)
def test_words_that_look_like_cues_but_report_nothing(nlp, text, figure):
    assert _source(nlp, text, figure) is None


def test_source_name_stops_before_a_parenthetical(nlp):
    text = "A spokesperson for the company, who asked not to be named, said 200 staff would be affected."
    assert _source(nlp, text, "200").name == "A spokesperson for the company"


def test_report_by_named_outlet(nlp):
    src = _source(nlp, "According to a report by the BBC, 30 people died.", "30")
    assert src.entity == "BBC" and src.cue == "according to"


def test_present_tense_and_leading_participle(nlp):
    assert _source(nlp, "Officials say at least 100 people have died.", "100").cue == "say"
    src = _source(nlp, "Speaking to reporters, the admiral said 3 carriers were in the region.", "3")
    assert src.name == "the admiral"


def test_quote_in_the_next_paragraph_carries_the_speaker(nlp):
    text = "“We have lost everything,” said resident Ana Lopez.\n“Our house, our car, 30 years of work.”"
    src = _source(nlp, text, "30")
    assert src is not None and src.entity == "Ana Lopez" and src.span is None


def test_source_name_does_not_reach_into_a_heading(nlp):
    text = "Drone war\nSouth Korean authorities reported 12 new drones near the border."
    src = _source(nlp, text, "12")
    assert src.name == "South Korean authorities" and src.entity == "South Korea"


def test_showing_a_thing_is_not_reporting_it(nlp):
    text = "Pyongyang also revealed a new drone with 4 engines."
    assert _source(nlp, text, "4") is None
