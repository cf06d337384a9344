"""Accuracy must not fall: MEANTIME and PLOVER figures against benchmarks/floors.json.

Runs the same scoring as ``python benchmarks/accuracy.py`` over the real eval
data in ../shared/eval (skipped when it is absent), with the session pipeline.
A figure fails when it is below its floor minus the file's tolerance; raise the
floors with ``python benchmarks/accuracy.py --ratchet`` when figures improve.
"""

from __future__ import annotations

import sys

import pytest

from conftest import EVAL_DIR, ROOT, need_shared

sys.path.insert(0, str(ROOT / "benchmarks"))

import accuracy  # noqa: E402

FLOORS = accuracy.load_floors()


@pytest.fixture(scope="module")
def figures(nlp) -> dict[str, float]:
    need_shared(EVAL_DIR / "meantime")
    need_shared(EVAL_DIR / "plover")
    results = accuracy.evaluate(accuracy.make_extractor(nlp))
    return accuracy.flatten(results)


def test_every_floored_figure_is_measured(figures):
    # A floor on a figure the harness no longer reports would silently guard nothing.
    missing = sorted(set(FLOORS["floors"]) - set(figures))
    assert not missing, f"floors.json names figures the harness does not produce: {missing}"


@pytest.mark.parametrize("metric", sorted(FLOORS["floors"]))
def test_figure_at_or_above_floor(figures, metric):
    floor = float(FLOORS["floors"][metric])
    tolerance = float(FLOORS["tolerance"])
    value = figures[metric]
    assert value >= floor - tolerance - 1e-12, (
        f"{metric} fell to {value:.4f}, under its floor {floor:.4f} - tolerance {tolerance} "
        f"(see `python benchmarks/accuracy.py --errors {metric.split('.')[0]}`)"
    )
