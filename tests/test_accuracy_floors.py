"""Accuracy must not fall: MEANTIME and PLOVER figures against benchmarks/floors.json.

Runs the same scoring as ``python benchmarks/accuracy.py`` over the real eval
data in ../shared/eval (skipped when it is absent), with the session pipeline.
A figure fails when it is below its floor minus the file's tolerance; raise the
floors with ``python benchmarks/accuracy.py --ratchet`` when figures improve.
"""

from __future__ import annotations

import os
import sys

import pytest

from conftest import EVAL_DIR, ROOT, need_shared

sys.path.insert(0, str(ROOT / "benchmarks"))

import accuracy  # noqa: E402

# The whole gate runs the pipeline over both corpora: `make test` runs it, `make check` does not.
pytestmark = pytest.mark.accuracy

FLOORS = accuracy.load_floors()
# Floors of the sets `make test` runs, and of the larger ones the slow tests run.
FAST = {m: f for m, f in FLOORS["floors"].items() if m.split(".")[0] not in accuracy.EXTRA_SECTIONS}
EXTRA = {m: f for m, f in FLOORS["floors"].items() if m.split(".")[0] in accuracy.EXTRA_SECTIONS}


@pytest.mark.parametrize("name", sorted(accuracy.CORPORA))
def test_the_corpus_is_the_one_the_floors_were_measured_on(name):
    """A floor guards nothing on other data: a changed corpus fails, a missing one fails in CI."""
    path = accuracy.CORPORA[name]
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing in CI: the accuracy floors would be skipped unchecked")
        pytest.skip(f"{path} is absent: these tests read ../shared beside the checkout")
    pinned = FLOORS.get("corpora", {}).get(name)
    assert pinned is not None, f"floors.json pins no digest for {name}: run `python benchmarks/accuracy.py --pin-corpora`"
    assert accuracy.corpus_digest(path) == pinned, (
        f"{path} is not the corpus the floors were measured on: re-measure, review the floors, "
        "then `python benchmarks/accuracy.py --pin-corpora`"
    )


def test_lowering_a_floor_needs_a_reason_and_is_logged():
    """--ratchet only raises; the one way down says why, in the file."""
    metric = sorted(FLOORS["floors"])[0]
    old = float(FLOORS["floors"][metric])
    with pytest.raises(accuracy.HarnessError):
        accuracy.lower_floor(FLOORS, metric, old - 0.05, because="  ")
    with pytest.raises(accuracy.HarnessError):
        accuracy.lower_floor(FLOORS, metric, old + 0.05, because="higher is a ratchet")
    lowered = accuracy.lower_floor(FLOORS, metric, old - 0.05, because="trades this for held-out recall")
    assert lowered["floors"][metric] == old - 0.05
    assert lowered["lowered"][-1] == {"metric": metric, "from": old, "to": old - 0.05, "because": "trades this for held-out recall"}
    assert FLOORS["floors"][metric] == old  # the loaded floors are untouched
    assert accuracy.ratchet({metric: old - 0.2}, FLOORS)["floors"][metric] == old


@pytest.fixture(scope="module")
def figures(nlp) -> dict[str, float]:
    need_shared(EVAL_DIR / "meantime")
    need_shared(EVAL_DIR / "plover")
    results = accuracy.evaluate(accuracy.make_extractor(nlp))
    return accuracy.flatten(results)


def test_every_floored_figure_is_measured(figures):
    # A floor on a figure the harness no longer reports would silently guard nothing.
    missing = sorted(set(FAST) - set(figures))
    assert not missing, f"floors.json names figures the harness does not produce: {missing}"


@pytest.mark.parametrize("metric", sorted(FAST))
def test_figure_at_or_above_floor(figures, metric):
    floor = float(FLOORS["floors"][metric])
    tolerance = float(FLOORS["tolerance"])
    value = figures[metric]
    assert value >= floor - tolerance - 1e-12, (
        f"{metric} fell to {value:.4f}, under its floor {floor:.4f} - tolerance {tolerance} "
        f"(see `python benchmarks/accuracy.py --errors {metric.split('.')[0]}`)"
    )



@pytest.fixture(scope="module")
def extra_figures(nlp) -> dict[str, float]:
    for name in ("tempeval3", "polnear"):
        need_shared(accuracy.CORPORA[name])
    return accuracy.flatten(accuracy.evaluate(accuracy.make_extractor(nlp), accuracy.EXTRA_SECTIONS))


@pytest.mark.slow
def test_the_larger_sets_are_at_or_above_their_floors(extra_figures):
    """TempEval-3 train (times, publication dates) and PolNeAR train (statements): minutes of
    extraction, so they run with the slow tests in .ci/run rather than in `make test`."""
    assert EXTRA, "floors.json has no floors for the larger sets: run accuracy.py --only tempeval,pubdate,polnear --add-floors"
    failing = accuracy.below_floor(extra_figures, {"floors": EXTRA, "tolerance": FLOORS["tolerance"]})
    missing = sorted(set(EXTRA) - set(extra_figures))
    assert not missing and not failing, (missing, failing)
