"""What the 规划与任务 page reads, and its filters (plain Python: the tree is rebuilt from these)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from ipdesk.analytics.charts import RAG_TONES, RED
from ipdesk.analytics.desk import default_period
from ipdesk.analytics.inputs import TaskFacts
from ipdesk.analytics.rag import SETTINGS_KEY, RagThresholds
from ipdesk.analytics.tasks import ProgressAssessment, assess_task
from ipdesk.domain.periods import Period
from ipdesk.reports.data import Scope, load_tasks
from ipdesk.services import Services
from ipdesk.services.departments import DepartmentInfo
from ipdesk.services.periods import PeriodInfo
from ipdesk.services.plans import PlanInfo, SectionInfo
from ipdesk.services.tasks import TaskInfo
from ui.models.plan_tree import task_heading
from ui.models.table import matches_words
from ui.operations import OperationContext

UNREPORTED = "unreported"


@dataclass(frozen=True)
class PlanData:
    plans: list[PlanInfo]
    sections: dict[int, list[SectionInfo]]
    tasks: dict[int, list[TaskInfo]]
    departments: list[DepartmentInfo] = field(default_factory=list)
    period: PeriodInfo | None = None  # the period task statuses are read from
    standing: dict[int, ProgressAssessment] = field(default_factory=dict)  # by task id

    def all_tasks(self) -> list[TaskInfo]:
        return [task for tasks in self.tasks.values() for task in tasks]

    def tones(self) -> dict[int, str]:
        return {task_id: RED if a.overdue else RAG_TONES[a.rag] for task_id, a in self.standing.items()}

    def years(self) -> list[int]:
        found = {t.year for t in self.all_tasks() if t.year} | {t.deadline.year for t in self.all_tasks() if t.deadline}
        return sorted(found)


@dataclass(frozen=True)
class TaskFilter:
    department_id: int | None = None
    status: str | None = None  # a TaskStatus value or UNREPORTED
    overdue: bool = False
    year: int | None = None
    words: str = ""

    @property
    def active(self) -> bool:
        return bool(self.department_id or self.status or self.overdue or self.year or self.words.strip())

    def predicate(self, standing: dict[int, ProgressAssessment]) -> Callable[[TaskInfo], bool] | None:
        if not self.active:
            return None

        def keep(task: TaskInfo) -> bool:
            found = standing.get(task.id)
            if self.department_id and all(a.department_id != self.department_id for a in task.assignments):
                return False
            if self.status:
                status = found.status if found else None
                if (status or UNREPORTED) != self.status:
                    return False
            if self.overdue and not (found and found.overdue):
                return False
            if self.year and task.year != self.year and not (task.deadline and task.deadline.year == self.year):
                return False
            if self.words.strip():
                text = " ".join(
                    (task_heading(task), task.text, *task.departments(), *(a.department_name for a in task.assignments))
                )
                return matches_words(text, self.words)
            return True

        return keep


def _facts(task: TaskInfo) -> TaskFacts:
    """Enough of a task to judge its deadline when no department is assigned (nothing else to judge)."""
    return TaskFacts(task.id, task.plan_id, task.number, task.title, task.deadline, task.deadline_text)


def read_plans(services: Services, context: OperationContext, today: date | None = None) -> PlanData:
    """Plans, sections and tasks, and each task's standing in the latest period that has ended."""
    today = today or date.today()
    plans = services.plans.list()
    sections: dict[int, list[SectionInfo]] = {}
    for done, plan in enumerate(plans):
        context.check_cancelled()
        sections[plan.id] = services.plans.sections(plan.id)
        context.progress(done + 1, len(plans) + 2)
    tasks: dict[int, list[TaskInfo]] = {}
    for task in services.tasks.list():
        tasks.setdefault(task.plan_id, []).append(task)
    departments = services.departments.list()
    period = default_period(services.periods.list(), today)
    standing: dict[int, ProgressAssessment] = {}
    if period is not None and plans:
        context.check_cancelled()
        thresholds = RagThresholds.from_setting(services.settings.get(SETTINGS_KEY))
        scope = Scope(Period.parse(period.code), period.due_date, today, tuple(plans), None, "", "", thresholds)
        data = load_tasks(services, scope, tasks_by_plan=tasks)
        standing = {a.task.task_id: a for a in data.by_task}
        for plan_tasks in tasks.values():
            for task in plan_tasks:
                if task.id not in standing:
                    standing[task.id] = assess_task(_facts(task), [], scope.as_of, thresholds)
    context.progress(len(plans) + 2, len(plans) + 2)
    return PlanData(plans, sections, tasks, departments, period, standing)
