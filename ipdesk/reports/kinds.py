"""The five report kinds and building any of them from one request (what the CLI and the dialog call)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ipdesk.i18n import QT_TRANSLATE_NOOP, translate
from ipdesk.reports import (
    assessment_report,
    indicator_sheet,
    reminder_letters,
    submission_sheet,
    task_sheet,
)
from ipdesk.reports.data import (
    load_indicators,
    load_scorecards,
    load_submissions,
    load_tasks,
    resolve_scope,
    submission_periods,
)
from ipdesk.reports.document import Document
from ipdesk.services import Services

Step = Callable[[str], None]


class ReportKind(StrEnum):
    INDICATORS = "indicators"
    TASKS = "tasks"
    SUBMISSIONS = "submissions"
    REMINDERS = "reminders"
    ASSESSMENT = "assessment"

    @property
    def label(self) -> str:
        return translate("Reports", _LABELS[self])


_LABELS = {
    ReportKind.INDICATORS: QT_TRANSLATE_NOOP("Reports", "Indicator completion summary"),
    ReportKind.TASKS: QT_TRANSLATE_NOOP("Reports", "Key task progress summary"),
    ReportKind.SUBMISSIONS: QT_TRANSLATE_NOOP("Reports", "Report submission statistics"),
    ReportKind.REMINDERS: QT_TRANSLATE_NOOP("Reports", "Reminder notice"),
    ReportKind.ASSESSMENT: QT_TRANSLATE_NOOP("Reports", "Annual or mid-term assessment"),  # zh: 年度/中期评估报告
}


@dataclass(frozen=True)
class ReportRequest:
    """What to print: the kind, the period (``2026Q3``), and optionally one plan and one department."""

    kind: ReportKind
    period: str
    plan_id: int | None = None
    department: str | int | None = None  # a name, short name or alias, or an id
    today: date | None = None  # the printing date (default: today)
    by_department: bool = False  # the task summary grouped by department
    variant: str | None = None  # the assessment: "annual" or "midterm" (default: from the plan years)


def build_document(services: Services, request: ReportRequest, step: Step | None = None) -> Document:
    """Read what the report needs (read-only) and build its document."""
    say = step or (lambda _text: None)
    scope = resolve_scope(
        services, request.period, plan_id=request.plan_id, department=request.department, today=request.today
    )
    kind = ReportKind(request.kind)
    say(translate("Reports", "Reading data…"))  # zh: 正在读取数据…
    if kind is ReportKind.INDICATORS:
        return indicator_sheet.build(scope, load_indicators(services, scope, say))
    if kind is ReportKind.TASKS:
        return task_sheet.build(scope, load_tasks(services, scope, say), by_department_view=request.by_department)
    if kind is ReportKind.SUBMISSIONS:
        periods = submission_periods(services, scope)
        return submission_sheet.build(scope, load_submissions(services, scope, periods), periods)
    if kind is ReportKind.REMINDERS:
        departments = services.departments.list(include_inactive=True)
        return reminder_letters.build(scope, load_tasks(services, scope, say), departments)
    tasks = load_tasks(services, scope, say)
    indicators = load_indicators(services, scope, say)
    submissions = load_submissions(services, scope)
    cards = load_scorecards(services, scope, tasks, submissions, indicators)
    return assessment_report.build(scope, indicators, tasks, submissions, cards, request.variant)
