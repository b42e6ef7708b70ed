"""Department scorecards: the figures a 考核 would use, each with its calculation written out.

Three rates, each a share:

* tasks on schedule (任务按期推进率) = tasks rated green ÷ tasks rated (reported ones);
* on-time submission (报送及时率) = items in by their due date ÷ items due;
* indicator attainment (指标达标率) = indicators rated green ÷ indicators rated.

The score is their weighted sum on a 100-point scale (weights in the ``scorecard_weights`` setting); a rate
with nothing to count is left out and the remaining weights are scaled up, which the working says.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ipdesk.analytics.indicators import IndicatorAssessment
from ipdesk.analytics.numbers import fmt_number, fmt_percent
from ipdesk.analytics.rag import Rag
from ipdesk.analytics.submissions import SubmissionStats
from ipdesk.analytics.tasks import ProgressAssessment
from ipdesk.i18n import translate

WEIGHTS_KEY = "scorecard_weights"
DEFAULT_WEIGHTS: dict[str, float] = {"tasks": 50.0, "submissions": 30.0, "indicators": 20.0}


@dataclass(frozen=True)
class ScoreWeights:
    tasks: float = DEFAULT_WEIGHTS["tasks"]
    submissions: float = DEFAULT_WEIGHTS["submissions"]
    indicators: float = DEFAULT_WEIGHTS["indicators"]

    @classmethod
    def from_setting(cls, value: object) -> ScoreWeights:
        """The stored weights; anything unusable (negative, all zero, not numbers) gives the defaults."""
        if not isinstance(value, dict):
            return cls()
        try:
            numbers = {key: float(value.get(key, default)) for key, default in DEFAULT_WEIGHTS.items()}
        except (TypeError, ValueError):
            return cls()
        if any(math.isnan(v) or v < 0 for v in numbers.values()) or sum(numbers.values()) <= 0:
            return cls()
        return cls(**numbers)


@dataclass(frozen=True)
class DepartmentScorecard:
    department_id: int
    department_name: str
    tasks: int = 0  # assignments (牵头 and 配合)
    leads: int = 0
    done: int = 0
    on_track: int = 0  # green
    watch: int = 0  # yellow
    lagging: int = 0  # red, reported 滞后 or overdue
    overdue: int = 0
    unreported: int = 0
    items_due: int = 0
    on_time: int = 0
    late: int = 0
    missing: int = 0
    indicators: int = 0
    indicators_rated: int = 0
    indicators_green: int = 0
    task_rate: float | None = None
    on_time_rate: float | None = None
    indicator_rate: float | None = None
    score: float | None = None
    rated: int = 0  # assignments with a rating: what task_rate is counted out of
    weights: ScoreWeights = field(default_factory=ScoreWeights, repr=False)

    @property
    def explanation(self) -> str:
        """How ``score`` was worked out, term by term (written when asked: the overview scores a province's 480
        departments on every refresh and shows none of the explanations)."""
        if self.score is None:
            return translate("Analytics", "Nothing to score yet.")
        texts = (
            translate("Analytics", "tasks on schedule {rate} ({green}/{rated})"),
            translate("Analytics", "on-time submission {rate} ({on_time}/{due})"),
            translate("Analytics", "indicators attained {rate} ({green_i}/{rated_i})"),
        )
        values = {
            "green": self.on_track,
            "rated": self.rated,
            "on_time": self.on_time,
            "due": self.items_due,
            "green_i": self.indicators_green,
            "rated_i": self.indicators_rated,
        }
        used = _scored(self.task_rate, self.on_time_rate, self.indicator_rate, self.weights)
        terms = " + ".join(
            f"{texts[part].format(rate=fmt_percent(rate), **values)} × {fmt_number(weight)}"
            for part, rate, weight in used
        )
        weight_sum = sum(weight for _part, _rate, weight in used)
        return translate("Analytics", "score = ({terms}) ÷ {weights} × 100 = {score}").format(
            terms=terms, weights=fmt_number(weight_sum), score=fmt_number(self.score, 1)
        )


def _scored(
    task_rate: float | None, on_time_rate: float | None, indicator_rate: float | None, weights: ScoreWeights
) -> list[tuple[int, float, float]]:
    """(part, rate, weight) of the parts a score is made of: those with a rate and a weight."""
    parts = ((task_rate, weights.tasks), (on_time_rate, weights.submissions), (indicator_rate, weights.indicators))
    return [(part, rate, weight) for part, (rate, weight) in enumerate(parts) if rate is not None and weight > 0]


_PROGRESS_KEYS = ("tasks", "leads", "done", "on_track", "watch", "lagging", "overdue", "unreported", "rated")


def build_scorecards(
    progress: Iterable[ProgressAssessment],
    submissions: Iterable[SubmissionStats],
    indicators: Iterable[tuple[Sequence[int], IndicatorAssessment]] = (),
    weights: ScoreWeights | None = None,
    names: dict[int, str] | None = None,
) -> list[DepartmentScorecard]:
    """One scorecard per department seen in any input (``progress`` is per assignment, each its own report).

    ``indicators`` pairs each assessment with the ids of the departments responsible for it.
    """
    counted = ((item.report.department_id, item.report.department_name, item, 1) for item in progress if item.report)
    return scorecards_from_counts(counted, submissions, indicators, weights, names)


def scorecards_from_counts(
    progress: Iterable[tuple[int, str, ProgressAssessment, int]],
    submissions: Iterable[SubmissionStats],
    indicators: Iterable[tuple[Sequence[int], IndicatorAssessment]] = (),
    weights: ScoreWeights | None = None,
    names: dict[int, str] | None = None,
) -> list[DepartmentScorecard]:
    """:func:`build_scorecards` from (department id, name, assessment, count): ``count`` of the department's
    assignments judged alike.

    The overview counts a province's 50,000 assignments in SQL, grouped by everything the judgement depends
    on, and judges one of each kind: the tallies are the same as judging every assignment.
    """
    weights = weights or ScoreWeights()
    cards: dict[int, dict[str, int]] = {}
    labels: dict[int, str] = dict(names or {})

    def card(dept: int, name: str) -> dict[str, int]:
        labels.setdefault(dept, name)
        return cards.setdefault(dept, {})

    def add(row: dict[str, int], key: str, amount: int = 1) -> None:
        row[key] = row.get(key, 0) + amount

    # Up to one assessment per assignment (50,000 in a province): tally into a list per department rather than
    # nine dict updates per item; what counts as done, lagging or reported is the assessment's own say, asked
    # once per assessment (the overview passes a few dozen, each standing for many assignments).
    tallies: dict[int, list[int]] = {}
    kinds: dict[int, tuple[ProgressAssessment, tuple[int, ...]]] = {}  # by id(); holds the item, so ids stay unique
    for dept, name, item, n in progress:
        kind = kinds.get(id(item))
        if kind is None:
            kind = kinds[id(item)] = (item, _progress_flags(item))
        flags = kind[1]
        if not flags:
            continue
        tally = tallies.get(dept)
        if tally is None:
            card(dept, name)
            tally = tallies[dept] = [0] * len(_PROGRESS_KEYS)
        for index, flag in enumerate(flags):
            if flag:
                tally[index] += n
    for dept, tally in tallies.items():
        cards[dept].update(zip(_PROGRESS_KEYS, tally, strict=True))
    for stats in submissions:
        row = card(stats.department_id, stats.department_name)
        add(row, "items_due", stats.due)
        add(row, "on_time", stats.on_time)
        add(row, "late", stats.late)
        add(row, "missing", stats.missing)
    for departments, assessment in indicators:
        for dept in departments:
            row = card(dept, labels.get(dept, ""))
            add(row, "indicators")
            add(row, "indicators_rated", int(assessment.rag is not Rag.NONE))
            add(row, "indicators_green", int(assessment.rag is Rag.GREEN))
    return [_finish(dept, labels.get(dept, ""), counts, weights) for dept, counts in cards.items()]


def _progress_flags(item: ProgressAssessment) -> tuple[int, ...]:
    """What one assessment adds to each of :data:`_PROGRESS_KEYS` (nothing without a report)."""
    report = item.report
    if report is None:
        return ()
    rag = item.rag
    return (
        1,
        int(report.leads),
        int(item.done),
        int(rag is Rag.GREEN),
        int(rag is Rag.YELLOW),
        int(item.lagging),
        int(item.overdue),
        int(not item.reported),
        int(rag is not Rag.NONE),
    )


def _finish(dept: int, name: str, counts: dict[str, int], weights: ScoreWeights) -> DepartmentScorecard:
    rated = counts.pop("rated", 0)
    due = counts.get("items_due", 0)
    ind_rated = counts.get("indicators_rated", 0)
    task_rate = counts.get("on_track", 0) / rated if rated else None
    on_time_rate = counts.get("on_time", 0) / due if due else None
    indicator_rate = counts.get("indicators_green", 0) / ind_rated if ind_rated else None
    used = _scored(task_rate, on_time_rate, indicator_rate, weights)
    weight_sum = sum(weight for _part, _rate, weight in used)
    score = sum(rate * weight for _part, rate, weight in used) * 100 / weight_sum if used and weight_sum > 0 else None
    return DepartmentScorecard(
        dept,
        name,
        task_rate=task_rate,
        on_time_rate=on_time_rate,
        indicator_rate=indicator_rate,
        score=score,
        rated=rated,
        weights=weights,
        **counts,
    )
