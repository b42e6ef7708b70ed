"""Build the demo database from the facts in resources/demo/.

Plans, tasks, departments and indicators are transcribed from the sample plans. Department reports and
indicator values are generated deterministically (fixed seed, relative to ``today``) so that every
screen shows something plausible: most departments report on time, some late, one never; most
indicators on track, some lagging.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ipdesk.demo import DEMO_SETTING
from ipdesk.demo.facts import DemoFacts, load_facts
from ipdesk.domain.deadlines import parse_deadline
from ipdesk.domain.enums import IndicatorKind, PeriodKind, Role, Source, TaskStatus
from ipdesk.domain.periods import Period
from ipdesk.errors import Cancelled, ConflictError, ValidationError
from ipdesk.i18n import translate
from ipdesk.services.periods import get_or_create_period
from ipdesk.storage.database import Database
from ipdesk.storage.models import (
    AdminUnit,
    Department,
    DepartmentAlias,
    Indicator,
    IndicatorDepartment,
    IndicatorTarget,
    IndicatorValue,
    Installation,
    Plan,
    PlanSection,
    Setting,
    Task,
    TaskAssignment,
    TaskReport,
)

SEED = 20240630
QUARTERS_REPORTED = 6  # ended quarters with reports, plus the current one (open, not yet due)
CATEGORY_KEYS = {
    "创造": "creation",
    "运用": "utilization",
    "保护": "protection",
    "管理": "management",
    "服务": "service",
    "其他": "other",
}


@dataclass(frozen=True)
class DemoSummary:
    plans: int
    tasks: int
    assignments: int
    departments: int
    indicators: int
    reports: int
    values: int


Progress = Callable[[int, int], bool]  # (done, total) -> keep going


def build_demo(
    database: Database,
    *,
    today: date | None = None,
    facts: DemoFacts | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty database with the demo content in one transaction (``progress`` may cancel it)."""
    facts = facts or load_facts()
    today = today or date.today()
    with database.transaction(source=Source.DEMO) as session:
        session.info["audit_disabled"] = True  # thousands of generated rows are not user changes
        if session.scalar(select(func.count(Plan.id))):
            raise ConflictError(
                translate("Errors", "This database already holds plans; build the demo into a new, empty file.")
            )
        builder = _Builder(session, facts, today, progress)
        summary = builder.build()
        session.add(Setting(key=DEMO_SETTING, value=json.dumps({"built_for": today.isoformat()})))
        return summary


class _Builder:
    def __init__(self, session: Session, facts: DemoFacts, today: date, progress: Progress | None) -> None:
        self.session = session
        self.progress = progress
        self.steps = len(facts.plans) + 3
        self.facts = facts
        self.today = today
        self.rng = random.Random(SEED)
        phrases_path = facts.folder / "phrases.json"
        self.phrases: dict[str, list[str]] = json.loads(phrases_path.read_text(encoding="utf-8"))
        self.units: dict[str, AdminUnit] = {}
        self.names: dict[int | None, dict[str, Department]] = {}
        self.counts = {"plans": 0, "tasks": 0, "assignments": 0, "indicators": 0, "reports": 0, "values": 0}

    def _step(self, done: int) -> None:
        if self.progress is not None and self.progress(done, self.steps) is False:
            raise Cancelled()

    def build(self) -> DemoSummary:
        self._step(0)
        for position, unit in enumerate(self.facts.units):
            self._unit(unit, None, position)
        self.session.flush()
        home = self.units[self.facts.installation]
        self.session.add(Installation(id=1, unit_id=home.id, office_name=f"{home.name}市场监督管理局（知识产权局）"))
        self.session.flush()
        for position, entry in enumerate(self.facts.departments):
            self._department(entry, position)
        self.session.flush()
        self._step(1)
        plans = []
        for index, entry in enumerate(self.facts.plans):
            plans.append(self._plan(entry))
            self._step(2 + index)
        self.session.flush()
        self._reports(plans)
        self._step(self.steps - 1)
        self._values(plans)
        self._step(self.steps)
        return DemoSummary(
            plans=self.counts["plans"],
            tasks=self.counts["tasks"],
            assignments=self.counts["assignments"],
            departments=len(self.facts.departments),
            indicators=self.counts["indicators"],
            reports=self.counts["reports"],
            values=self.counts["values"],
        )

    # -- organisation ------------------------------------------------------------------------------

    def _unit(self, entry: dict[str, Any], parent: AdminUnit | None, position: int) -> None:
        unit = AdminUnit(
            name=entry["name"], level=entry["level"], parent=parent, position=position, code=entry.get("code")
        )
        self.session.add(unit)
        self.units[unit.name] = unit
        for child_position, child in enumerate(entry.get("children", [])):
            self._unit(child, unit, child_position)

    def _department(self, entry: dict[str, Any], position: int) -> None:
        unit = self.units.get(entry.get("unit") or "")
        dept = Department(
            name=entry["name"],
            short_name=entry.get("short_name"),
            kind=entry.get("kind", "agency"),
            unit_id=unit.id if unit else None,
            contact_person=entry.get("contact"),
            phone=entry.get("phone"),
            position=position,
        )
        dept.aliases = [
            DepartmentAlias(alias=a)
            for a in dict.fromkeys(entry.get("aliases", []))
            if a not in (dept.name, dept.short_name)
        ]
        self.session.add(dept)
        table = self.names.setdefault(dept.unit_id, {})
        for name in (dept.name, dept.short_name, *entry.get("aliases", [])):
            if name:
                table.setdefault(name, dept)

    def _resolve(self, name: str, unit: AdminUnit | None) -> Department:
        """A department by any of its names: the plan's unit first, then its parent and children."""
        candidates: list[int | None] = []
        if unit is not None:
            candidates.append(unit.id)
            if unit.parent_id is not None:
                candidates.append(unit.parent_id)
            candidates.extend(u.id for u in self.units.values() if u.parent_id == unit.id)
        candidates.append(None)
        for unit_id in candidates:
            found = self.names.get(unit_id, {}).get(name)
            if found is not None:
                return found
        raise ValidationError(f"demo facts: department {name!r} is not in departments.json for {unit and unit.name}")

    # -- plans ---------------------------------------------------------------------------------------

    def _plan(self, entry: dict[str, Any]) -> Plan:
        unit = self.units.get(entry.get("unit") or "")
        plan = Plan(
            title=entry["title"],
            doc_number=entry.get("doc_number"),
            issuer=entry.get("issuer"),
            issue_date=date.fromisoformat(entry["issue_date"]) if entry.get("issue_date") else None,
            start_year=entry.get("start_year"),
            end_year=entry.get("end_year"),
            kind=entry.get("kind"),
            unit_id=unit.id if unit else None,
            source_name=entry.get("source"),
            source_text=self.facts.source_text(entry),
        )
        self.session.add(plan)
        self.session.flush()
        self.counts["plans"] += 1
        counter = {"section": 0, "task": 0}
        for section in entry.get("sections", []):
            self._section(plan, unit, section, None, 1, counter)
        for task in entry.get("tasks", []):
            self._task(plan, unit, task, None, counter)
        given = self.facts.indicator_departments.get(entry.get("key", ""), {})
        for position, indicator in enumerate(entry.get("indicators", []), start=1):
            self._indicator(plan, unit, indicator, position, given.get(indicator["name"], []))
        return plan

    def _section(
        self,
        plan: Plan,
        unit: AdminUnit | None,
        entry: dict[str, Any],
        parent: PlanSection | None,
        level: int,
        counter: dict[str, int],
    ) -> None:
        counter["section"] += 1
        line = entry.get("line")
        section = PlanSection(
            plan_id=plan.id,
            parent=parent,
            label=entry.get("label", ""),
            title=entry["title"],
            level=min(level, 9),
            position=counter["section"],
            line_first=line,
            line_last=line,
        )
        self.session.add(section)
        self.session.flush()
        for task in entry.get("tasks", []):
            self._task(plan, unit, task, section, counter)
        for child in entry.get("sections", []):
            self._section(plan, unit, child, section, level + 1, counter)

    def _task(
        self,
        plan: Plan,
        unit: AdminUnit | None,
        entry: dict[str, Any],
        section: PlanSection | None,
        counter: dict[str, int],
    ) -> None:
        counter["task"] += 1
        line = entry.get("line")
        text = entry.get("text") or entry["title"]
        task = Task(
            plan_id=plan.id,
            section_id=section.id if section else None,
            number=entry.get("number", ""),
            title=entry["title"][:300],
            text=text,
            deadline_text=entry.get("deadline"),
            deadline=parse_deadline(entry.get("deadline")),
            year=entry.get("year"),
            position=counter["task"],
            line_first=line,
            line_last=entry.get("line_last", line),
        )
        self.session.add(task)
        self.counts["tasks"] += 1
        seen: set[int] = set()
        position = 0
        for role, key in ((Role.LEAD, "lead"), (Role.SUPPORT, "support"), (Role.RESPONSIBLE, "responsible")):
            for name in entry.get(key, []):
                dept = self._resolve(name, unit)
                if id(dept) in seen:
                    continue
                seen.add(id(dept))
                task.assignments.append(TaskAssignment(department=dept, role=role.value, position=position))
                position += 1
                self.counts["assignments"] += 1

    def _indicator(
        self, plan: Plan, unit: AdminUnit | None, entry: dict[str, Any], position: int, given: list[str]
    ) -> None:
        """``given``: departments the clerk gave the indicator, used where the document names none."""
        baseline = entry.get("baseline") or {}
        indicator = Indicator(
            plan_id=plan.id,
            code=entry.get("code"),
            name=entry["name"],
            unit=entry.get("unit", ""),
            category=CATEGORY_KEYS.get(entry.get("category", ""), entry.get("category") or "other"),
            kind=entry.get("kind", "level"),
            direction=entry.get("direction", "higher"),
            baseline_year=baseline.get("year"),
            baseline_value=baseline.get("value"),
            definition=entry.get("definition"),
            note=entry.get("note"),
            position=position,
        )
        for year, value in sorted(entry.get("targets", {}).items()):
            if value is None:
                continue
            if isinstance(value, str):
                indicator.targets.append(IndicatorTarget(year=int(year), value_text=value))
            else:
                indicator.targets.append(IndicatorTarget(year=int(year), value=float(value)))
        seen: set[int] = set()
        for name in entry.get("departments") or given:
            dept = self._resolve(name, unit)
            if id(dept) not in seen:
                seen.add(id(dept))
                indicator.departments.append(IndicatorDepartment(department=dept, role=Role.RESPONSIBLE.value))
        self.session.add(indicator)
        self.counts["indicators"] += 1

    # -- generated reports ---------------------------------------------------------------------------

    def _reports(self, plans: list[Plan]) -> None:
        current = Period.containing(self.today, PeriodKind.QUARTER)
        # A clerk collects reports on the plans of their own unit (and of the level above it).
        home = self.units[self.facts.installation]
        plans = [p for p in plans if p.unit_id in (home.id, home.parent_id)]
        periods = [current]
        for _ in range(QUARTERS_REPORTED):
            periods.insert(0, periods[0].previous())
        rows = {p: get_or_create_period(self.session, p) for p in periods}
        for period in periods[:-3]:
            rows[period].locked = True  # closed and checked
        assignments = self.session.scalars(
            select(TaskAssignment).join(Task).where(Task.plan_id.in_([p.id for p in plans])).order_by(TaskAssignment.id)
        ).all()
        departments = sorted({a.department_id for a in assignments})
        profile = {dept: self._profile(index, len(departments)) for index, dept in enumerate(departments)}
        task_pace = {}
        for a in assignments:
            task_pace.setdefault(a.task_id, self.rng.uniform(0.6, 1.2))
        last_ended = periods[-2]
        for index, period in enumerate(periods):
            row = rows[period]
            ended = period.end < self.today
            for a in assignments:
                kind = profile[a.department_id]
                if kind == "silent" and period == last_ended:
                    continue  # never returned the latest form
                if not ended and (kind != "prompt" or self.rng.random() < 0.6):
                    continue  # the current quarter: only a few early reports so far
                self._report(a, row, index, len(periods), task_pace[a.task_id], kind, period)

    def _profile(self, index: int, total: int) -> str:
        if index % 7 == 3:
            return "silent"
        if index % 4 == 1:
            return "late"
        return "prompt"

    def _report(
        self, a: TaskAssignment, row: Any, index: int, total: int, pace: float, kind: str, period: Period
    ) -> None:
        task: Task = a.task
        expected = 100 * (index + 1) / total
        percent = max(0, min(100, round(expected * pace / 5) * 5))
        continuing = bool(task.deadline_text and any(w in task.deadline_text for w in ("持续", "长期")))
        if percent >= 100:
            status = TaskStatus.DONE
        elif continuing:
            status = TaskStatus.ONGOING
        elif pace < 0.75 and index >= 2:
            status = TaskStatus.LAGGING
        elif percent == 0:
            status = TaskStatus.NOT_STARTED
        else:
            status = TaskStatus.IN_PROGRESS
        due = row.due_date
        if kind == "late":
            submitted = due + timedelta(days=self.rng.randint(3, 20))
        else:
            submitted = due - timedelta(days=self.rng.randint(1, 8))
        submitted = min(submitted, self.today)
        title = task.title.rstrip("。")
        problems = (
            self.rng.choice(self.phrases["problems"])
            if status is TaskStatus.LAGGING
            else (self.rng.choice(self.phrases["problems"]) if self.rng.random() < 0.3 else None)
        )
        self.session.add(
            TaskReport(
                assignment_id=a.id,
                period_id=row.id,
                status=status.value,
                percent=percent if status is not TaskStatus.ONGOING else None,
                progress=self.rng.choice(self.phrases["progress"]).format(task=title[:30]),
                problems=problems,
                next_steps=self.rng.choice(self.phrases["next_steps"]),
                reporter=self.rng.choice(self.phrases["reporters"]),
                submitted_on=submitted,
                source=Source.DEMO.value,
            )
        )
        self.counts["reports"] += 1

    def _values(self, plans: list[Plan]) -> None:
        home = self.units[self.facts.installation]
        for plan in plans:
            unit_id = plan.unit_id or home.id
            for indicator in self.session.scalars(select(Indicator).where(Indicator.plan_id == plan.id)):
                self._indicator_values(indicator, unit_id)

    def _indicator_values(self, indicator: Indicator, unit_id: int) -> None:
        if indicator.kind == IndicatorKind.TEXT.value:
            return
        targets = {t.year: t.value for t in indicator.targets if t.value is not None}
        if not targets:
            return
        final_year = max(targets)
        start_year = indicator.baseline_year or (min(targets) - 1)
        start_value = indicator.baseline_value
        if start_value is None:
            start_value = targets[min(targets)] * 0.8
        performance = self.rng.choice((0.75, 0.9, 1.0, 1.03, 1.08))
        last_year = min(final_year, self.today.year - 1)
        for year in range(start_year + 1, last_year + 1):
            target = targets.get(year)
            if target is None:
                fraction = (year - start_year) / max(1, final_year - start_year)
                target = start_value + (targets[final_year] - start_value) * fraction
            if indicator.kind == IndicatorKind.GROWTH_RATE.value:
                value = target * performance
            else:
                value = start_value + (target - start_value) * performance
            period = get_or_create_period(self.session, Period(year, PeriodKind.YEAR))
            self.session.add(
                IndicatorValue(
                    indicator_id=indicator.id,
                    period_id=period.id,
                    unit_id=unit_id,
                    value=round(value, 2),
                    submitted_on=min(period.due_date, self.today),
                    source=Source.DEMO.value,
                )
            )
            self.counts["values"] += 1
