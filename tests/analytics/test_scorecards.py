"""Department scorecards: the rates, the score and the working behind them."""

from __future__ import annotations

from datetime import date

import pytest

from ipdesk.analytics.indicators import IndicatorAssessment
from ipdesk.analytics.inputs import AssignmentFacts, IndicatorSpec, TaskFacts
from ipdesk.analytics.rag import Rag
from ipdesk.analytics.scorecards import ScoreWeights, build_scorecards
from ipdesk.analytics.submissions import SubmissionStats
from ipdesk.analytics.tasks import assess_progress
from ipdesk.domain.periods import Period

DAY = date(2026, 1, 1)
TASK = TaskFacts(1, 1, "1", "任务", deadline=date(2026, 12, 31), start=date(2025, 1, 1))


def progress(dept: int, status: str | None, percent: int | None = None, role: str = "lead"):  # type: ignore[no-untyped-def]
    facts = AssignmentFacts(dept * 10, 1, dept, f"部门{dept}", role, status, percent)
    return assess_progress(TASK, facts, DAY)


def test_scorecard_rates_and_score() -> None:
    items = [progress(1, "done"), progress(1, "in_progress", 20), progress(1, None, role="support")]
    subs = [SubmissionStats(1, "部门1", Period.parse("2025Q4"), expected=4, on_time=3, late=1)]
    indicator = IndicatorAssessment(IndicatorSpec("x"), DAY, rag=Rag.GREEN)
    other = IndicatorAssessment(IndicatorSpec("y"), DAY, rag=Rag.RED)
    [card] = build_scorecards(items, subs, [((1,), indicator), ((1,), other)])
    assert (card.tasks, card.leads, card.done, card.on_track, card.lagging, card.unreported) == (3, 2, 1, 1, 1, 1)
    assert card.task_rate == pytest.approx(0.5)  # 1 green of 2 rated (the unreported one is not rated)
    assert card.on_time_rate == pytest.approx(0.75)
    assert card.indicator_rate == pytest.approx(0.5)
    assert card.score == pytest.approx((0.5 * 50 + 0.75 * 30 + 0.5 * 20) / 100 * 100)
    assert "50.0%" in card.explanation and "75.0%" in card.explanation and "× 30" in card.explanation


def test_missing_components_are_left_out_and_weights_rescaled() -> None:
    subs = [SubmissionStats(2, "部门2", Period.parse("2025Q4"), expected=2, on_time=1, missing=1)]
    [card] = build_scorecards([], subs)
    assert card.task_rate is None and card.indicator_rate is None
    assert card.score == pytest.approx(50.0)
    assert "÷ 30" in card.explanation


def test_nothing_to_score() -> None:
    [card] = build_scorecards([], [SubmissionStats(3, "部门3", Period.parse("2025Q4"), expected=1, pending=1)])
    assert card.score is None


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ({"tasks": 60, "submissions": 40, "indicators": 0}, (60.0, 40.0, 0.0)),
        ({"tasks": -1}, (50.0, 30.0, 20.0)),
        ({"tasks": 0, "submissions": 0, "indicators": 0}, (50.0, 30.0, 20.0)),
        ("bad", (50.0, 30.0, 20.0)),
    ],
)
def test_weights_from_settings(setting: object, expected: tuple[float, float, float]) -> None:
    weights = ScoreWeights.from_setting(setting)
    assert (weights.tasks, weights.submissions, weights.indicators) == expected
