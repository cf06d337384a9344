"""The PLOVER event figures are floored like the other sets (the floors are checked in test_accuracy_floors.py)."""

from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import accuracy  # noqa: E402
import plover  # noqa: E402


def test_event_figures_are_a_fast_floored_section():
    # `make test` checks the fast sections: the events must be one, on the pinned PLOVER file
    assert "events" in accuracy.SECTIONS and "events" not in accuracy.EXTRA_SECTIONS
    floors = accuracy.load_floors()["floors"]
    for key in ("type_recall", "type_precision", "actor_country", "recipient_country", "place", "counts"):
        assert f"events.{key}" in floors, key
    for cat in ("ASSAULT", "PROTEST", "AGREE", "REJECT"):
        assert f"events.{cat}_type_recall" in floors, cat
    assert not any(m.startswith("events.gold_") for m in floors), "counts of gold events are no floors"


def test_event_figures_flatten_by_category():
    rec = plover.PloverRecord("1", None, "Troops shelled the town.", "ASSAULT", None, (), (), None, None, None, None, None, None, None)

    class Ev:
        event_type, actor, recipient, place, counts = "ASSAULT", None, None, None, None

    flat = plover.event_figures([rec], {rec.text: ([Ev()], [])})
    assert flat["type_recall"] == 1.0 and flat["ASSAULT_type_recall"] == 1.0
    assert flat["gold_events"] == 1.0 and flat["gold_ASSAULT"] == 1.0
    assert plover.event_figures([rec], {})["type_recall"] == 0.0
