"""Progress analytics: pure functions over plain facts, no Qt and no database.

* :mod:`~ipdesk.analytics.trajectory` — the expected value of an indicator on any date;
* :mod:`~ipdesk.analytics.indicators` — completion and status per indicator kind;
* :mod:`~ipdesk.analytics.tasks` — 序时进度, task status and roll-ups;
* :mod:`~ipdesk.analytics.submissions` — who reported, on time or late;
* :mod:`~ipdesk.analytics.scorecards` — department scorecards with their working;
* :mod:`~ipdesk.analytics.plausibility` — warnings about implausible values;
* :mod:`~ipdesk.analytics.charts` — chart data for the dashboard and the printed reports.
"""

from ipdesk.analytics.indicators import IndicatorAssessment, assess_indicator, average_growth
from ipdesk.analytics.inputs import AssignmentFacts, IndicatorSpec, Observation, TaskFacts
from ipdesk.analytics.plausibility import PlausibilityLimits, PlausibilityWarning, check_values
from ipdesk.analytics.rag import Rag, RagThresholds
from ipdesk.analytics.scorecards import DepartmentScorecard, ScoreWeights, build_scorecards
from ipdesk.analytics.submissions import SubmissionItem, SubmissionStats, submission_stats
from ipdesk.analytics.tasks import ProgressAssessment, assess_progress, assess_task, schedule_percent
from ipdesk.analytics.trajectory import expected_value

__all__ = [
    "AssignmentFacts",
    "DepartmentScorecard",
    "IndicatorAssessment",
    "IndicatorSpec",
    "Observation",
    "PlausibilityLimits",
    "PlausibilityWarning",
    "ProgressAssessment",
    "Rag",
    "RagThresholds",
    "ScoreWeights",
    "SubmissionItem",
    "SubmissionStats",
    "TaskFacts",
    "assess_indicator",
    "assess_progress",
    "assess_task",
    "average_growth",
    "build_scorecards",
    "check_values",
    "expected_value",
    "schedule_percent",
    "submission_stats",
]
