"""Places, offline: candidates from the gazetteer, then the ranking (nlp/geocode.py), and entity.geo."""

from __future__ import annotations

import pytest

from newsledger.nlp.geocode import distance_km, load_geocoder
from tests.conftest import run_pipeline


@pytest.fixture(scope="module")
def geo():
    return load_geocoder()


def test_a_country_resolves_at_country_precision_with_a_point_inside_it(geo):
    g = geo.resolve("Ukraine")
    assert g.country == "UKR" and g.precision == "country"
    assert 44 < g.lat < 53 and 22 < g.lon < 41
    assert geo.resolve("the United States").country == "USA"


def test_a_city_has_its_coordinates_region_and_population_wins_among_namesakes(geo):
    g = geo.resolve("Kharkiv")
    assert (g.name, g.country, g.admin1, g.precision) == ("Kharkiv", "UKR", "Kharkiv Oblast", "place")
    assert distance_km((g.lat, g.lon), (49.99, 36.23)) < 10
    assert geo.resolve("Paris").country == "FRA"
    assert geo.resolve("Kharkov").name == "Kharkiv"  # an old spelling


def test_the_article_countries_pick_the_namesake_but_a_great_city_beats_a_small_one(geo):
    assert geo.resolve("Paris", ["USA"]).country == "FRA"  # "leaders meet in Paris" in a report about Washington
    assert geo.resolve("Paris", ["USA"], regions={"Texas"}).admin1 == "Texas"
    assert geo.resolve("Georgia").country == "GEO"
    assert geo.resolve("Georgia", {"USA": 3}, regions={"Alabama"}, near=[(33.75, -84.39)]).precision == "admin1"
    assert geo.resolve("Tripoli", ["LBN"]).country == "LBN"
    assert geo.resolve("Tripoli").country == "LBY"


def test_the_explicit_kind_makes_a_region_of_a_city_name(geo):
    assert geo.resolve("Kharkiv", hint="admin1").name == "Kharkiv Oblast"
    for text in ("Kursk region", "the Kursk Oblast", "Kursk province"):
        g = geo.resolve(text)
        assert (g.name, g.country, g.precision) == ("Kursk Oblast", "RUS", "admin1"), text
    g = geo.resolve("Kharkivska oblast")
    assert g.name == "Kharkiv Oblast" and g.lat is not None


def test_regions_answer_to_their_english_names(geo):
    assert geo.resolve("California").name == "California"
    assert geo.resolve("Punjab", ["PAK"]).country == "PAK"
    assert geo.resolve("Punjab", ["IND"]).country == "IND"


def test_nearness_breaks_a_tie_between_namesakes(geo):
    # two Springfields of the same country: the one near the article's other place wins
    near_boston = geo.resolve("Springfield", ["USA"], near=[(42.36, -71.06)])
    assert near_boston.admin1 == "Massachusetts"


def test_nearness_does_not_make_a_small_namesake_beat_a_world_city(geo):
    # given a story about US places (Texas's towns near at hand) that names Paris alone
    # when the Texan Paris is near the other places but a hundred times smaller
    # then Paris is France's capital; named with its state, the small one still wins
    near_dallas = [(32.78, -96.80), (33.20, -96.62)]
    assert geo.resolve("Paris", ["USA"], near=near_dallas).country == "FRA"
    assert geo.resolve("Paris", ["USA"], regions={"Texas"}, near=near_dallas).admin1 == "Texas"


def test_seas_are_places_of_no_country(geo):
    g = geo.resolve("the Black Sea")
    assert g.name == "Black Sea" and g.country is None


def test_a_sea_that_names_a_province_too_is_the_sea_unless_the_kind_word_says_otherwise(geo):
    # "Houthi attacks on shipping in the Red Sea": the sea, not Egypt's or Sudan's Red Sea province,
    # even in a report about Sudan
    assert geo.resolve("the Red Sea").country is None
    assert geo.resolve("Red Sea", {"SDN": 2}).country is None
    # "Port Sudan, in Red Sea state": the kind word makes it the province
    assert geo.resolve("Red Sea", hint="admin1").country == "SDN"
    # "tankers leaving the Gulf": the Persian Gulf's waters, not Papua New Guinea's Gulf Province
    assert geo.resolve("the Gulf").country is None
    # a sea's weight does not reach names that are no sea
    assert geo.resolve("Kharkiv").country == "UKR" and geo.resolve("Jordan").country == "JOR"


def test_unknown_names_are_none(geo):
    assert geo.resolve("Zqxwv") is None
    assert geo.resolve("") is None


def test_every_place_entity_gets_geo_and_others_none(nlp):
    doc = run_pipeline(nlp, "Two people were hurt in Kharkiv overnight, and Russian troops massed in the Kursk region.")
    by_text = {e.text: e for e in doc._.entities}
    assert by_text["Kharkiv"].geo.admin1 == "Kharkiv Oblast"
    kursk = next(e for t, e in by_text.items() if t.startswith("Kursk"))
    assert kursk.geo.precision == "admin1" and kursk.geo.country == "RUS"
    assert by_text["Russian"].geo is None


def test_a_place_said_to_lie_in_another_resolves_inside_it(nlp):
    doc = run_pipeline(nlp, "Hundreds of people marched in Paris, Texas, on Saturday.")
    paris = next(e for e in doc._.entities if e.text == "Paris")
    assert paris.geo.country == "USA" and paris.geo.admin1 == "Texas"
    doc = run_pipeline(nlp, "Hundreds of people marched in Paris on Saturday.")
    assert next(e for e in doc._.entities if e.text == "Paris").geo.country == "FRA"


def test_the_article_countries_rank_a_place_for_an_entity(nlp):
    doc = run_pipeline(nlp, "Texas officials said the storm hit Paris late on Friday. In Texas, schools closed.")
    paris = next(e for e in doc._.entities if e.text == "Paris")
    assert paris.geo.country == "USA"


def test_a_name_written_without_its_diacritics_is_found(geo):
    # English copy drops the marks: the city answers to both spellings
    assert geo.resolve("Gorazde").country == "BIH" and geo.resolve("Goražde").name == "Goražde"
    assert geo.resolve("Lodz").country == "POL"
    assert geo.resolve("Bogota").country == "COL"
    # a region's unmarked name needs its kind word, so the bare name stays the city
    assert geo.resolve("Sao Paulo").precision == "place"
