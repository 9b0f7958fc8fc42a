"""Extraction quality on the hand-made gold: floors that must not regress."""

from pathlib import Path

import pytest

from geostrike.evaluate import evaluate

REPO = Path(__file__).resolve().parents[1]
GOLD = sorted((REPO / "tests" / "gold").glob("*.json"))


@pytest.fixture(scope="module")
def scores():
    assert GOLD, "gold files are missing"
    return evaluate(GOLD, root=REPO)


def test_mention_precision_and_recall(scores):
    # measured 0.982 / 0.992; the floors leave room for gold edits, not for regressions
    assert scores.precision >= 0.95
    assert scores.recall >= 0.95


def test_resolution_accuracy(scores):
    assert scores.acc161 >= 0.97
    assert scores.mean_error_km <= 25


@pytest.mark.parametrize("role", ["strike_target", "launch_point", "base", "other"])
def test_role_f1(scores, role):
    # measured 0.86-0.93 per role
    assert scores.role_prf(role)[2] >= 0.8
