"""Plans and their section trees."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from ipdesk.errors import ValidationError
from ipdesk.i18n import translate
from ipdesk.services.base import Service, check_year, clean_text, fetch, flush_or_conflict, require_text
from ipdesk.storage.models import AdminUnit, Indicator, Plan, PlanSection, Task

_CN_NUMERAL = re.compile(r"^[一二三四五六七八九十百零]+$")


@dataclass(frozen=True)
class PlanInfo:
    id: int
    title: str
    doc_number: str | None
    issuer: str | None
    issue_date: date | None
    start_year: int | None
    end_year: int | None
    kind: str | None
    unit_id: int | None
    source_name: str | None
    note: str | None
    task_count: int = 0
    indicator_count: int = 0

    @property
    def years(self) -> str:
        if self.start_year and self.end_year:
            return f"{self.start_year}–{self.end_year}"
        return str(self.start_year or self.end_year or "")


@dataclass(frozen=True)
class SectionInfo:
    id: int
    plan_id: int
    parent_id: int | None
    label: str
    title: str
    level: int
    position: int
    line_first: int | None = None
    line_last: int | None = None

    @property
    def heading(self) -> str:
        """ "一、指导思想", "（一）构建…", "第三章 规划背景": label and title joined as Chinese documents do."""
        label, title = self.label.strip(), self.title.strip()
        if not label:
            return title
        if _CN_NUMERAL.match(label):
            return f"{label}、{title}"
        if label.isdigit():
            return f"{label}. {title}"
        if label[-1] in "）)、.．":
            return f"{label}{title}"
        return f"{label} {title}"


_PLAN_FIELDS = (
    "title",
    "doc_number",
    "issuer",
    "issue_date",
    "start_year",
    "end_year",
    "kind",
    "unit_id",
    "source_name",
    "source_text",
    "note",
)


def _plan_info(plan: Plan, task_count: int = 0, indicator_count: int = 0) -> PlanInfo:
    return PlanInfo(
        plan.id,
        plan.title,
        plan.doc_number,
        plan.issuer,
        plan.issue_date,
        plan.start_year,
        plan.end_year,
        plan.kind,
        plan.unit_id,
        plan.source_name,
        plan.note,
        task_count,
        indicator_count,
    )


def _section_info(section: PlanSection) -> SectionInfo:
    return SectionInfo(
        section.id,
        section.plan_id,
        section.parent_id,
        section.label,
        section.title,
        section.level,
        section.position,
        section.line_first,
        section.line_last,
    )


def _apply_plan_fields(plan: Plan, session: object, fields: dict[str, object]) -> None:
    unknown = set(fields) - set(_PLAN_FIELDS)
    if unknown:
        raise ValidationError(f"unknown plan fields: {sorted(unknown)}")
    if "title" in fields:
        plan.title = require_text(fields["title"], translate("Fields", "Plan title"), max_length=300)
    for key, label, limit in (
        ("doc_number", translate("Fields", "Document number"), 100),
        ("issuer", translate("Fields", "Issuer"), 200),
        ("kind", translate("Fields", "Plan kind"), 50),
        ("source_name", translate("Fields", "Source file"), 300),
        ("note", translate("Fields", "Note"), None),
    ):
        if key in fields:
            setattr(plan, key, clean_text(fields[key], label, max_length=limit))
    if "source_text" in fields:
        plan.source_text = None if fields["source_text"] is None else str(fields["source_text"])
    if "issue_date" in fields:
        value = fields["issue_date"]
        if value is not None and not isinstance(value, date):
            raise ValidationError(translate("Errors", "The issue date must be a date."), field="issue_date")
        plan.issue_date = value
    if "start_year" in fields:
        plan.start_year = check_year(fields["start_year"], translate("Fields", "First year"))  # type: ignore[arg-type]
    if "end_year" in fields:
        plan.end_year = check_year(fields["end_year"], translate("Fields", "Last year"))  # type: ignore[arg-type]
    if plan.start_year and plan.end_year and plan.end_year < plan.start_year:
        raise ValidationError(translate("Errors", "The last year cannot be before the first year."), field="end_year")
    if "unit_id" in fields:
        if fields["unit_id"] is not None:
            fetch(session, AdminUnit, fields["unit_id"], translate("Fields", "Administrative unit"))  # type: ignore[arg-type]
        plan.unit_id = fields["unit_id"]  # type: ignore[assignment]


class PlanService(Service):
    def list(self) -> list[PlanInfo]:
        with self.db.reading() as session:
            tasks = dict(session.execute(select(Task.plan_id, func.count(Task.id)).group_by(Task.plan_id)).all())
            indicators = dict(
                session.execute(select(Indicator.plan_id, func.count(Indicator.id)).group_by(Indicator.plan_id)).all()
            )
            plans = session.scalars(select(Plan).order_by(Plan.issue_date.desc(), Plan.id)).all()
            return [_plan_info(p, tasks.get(p.id, 0), indicators.get(p.id, 0)) for p in plans]

    def get(self, plan_id: int) -> PlanInfo:
        with self.db.reading() as session:
            plan = fetch(session, Plan, plan_id, translate("Fields", "Plan"))
            tasks = session.scalar(select(func.count(Task.id)).where(Task.plan_id == plan_id)) or 0
            indicators = session.scalar(select(func.count(Indicator.id)).where(Indicator.plan_id == plan_id)) or 0
            return _plan_info(plan, tasks, indicators)

    def source_text(self, plan_id: int) -> str:
        with self.db.reading() as session:
            return fetch(session, Plan, plan_id, translate("Fields", "Plan")).source_text or ""

    def create(self, title: str, **fields: object) -> PlanInfo:
        with self.db.transaction() as session:
            plan = Plan(title="")
            _apply_plan_fields(plan, session, {"title": title, **fields})
            session.add(plan)
            flush_or_conflict(
                session, translate("Errors", "A plan with this title and document number already exists.")
            )
            return _plan_info(plan)

    def update(self, plan_id: int, **fields: object) -> PlanInfo:
        with self.db.transaction() as session:
            plan = fetch(session, Plan, plan_id, translate("Fields", "Plan"))
            _apply_plan_fields(plan, session, fields)
            flush_or_conflict(
                session, translate("Errors", "A plan with this title and document number already exists.")
            )
            return _plan_info(plan)

    def delete(self, plan_id: int) -> None:
        with self.db.transaction() as session:
            session.delete(fetch(session, Plan, plan_id, translate("Fields", "Plan")))

    # -- sections ---------------------------------------------------------------------------------

    def sections(self, plan_id: int) -> list[SectionInfo]:
        with self.db.reading() as session:
            rows = session.scalars(
                select(PlanSection).where(PlanSection.plan_id == plan_id).order_by(PlanSection.position)
            )
            return [_section_info(s) for s in rows]

    def add_section(
        self,
        plan_id: int,
        title: str,
        *,
        label: str = "",
        parent_id: int | None = None,
        line_first: int | None = None,
        line_last: int | None = None,
    ) -> SectionInfo:
        title = require_text(title, translate("Fields", "Section title"), max_length=300)
        with self.db.transaction() as session:
            fetch(session, Plan, plan_id, translate("Fields", "Plan"))
            level = 1
            if parent_id is not None:
                parent = fetch(session, PlanSection, parent_id, translate("Fields", "Section"))
                if parent.plan_id != plan_id:
                    raise ValidationError(translate("Errors", "The parent section belongs to another plan."))
                level = parent.level + 1
            position = (
                session.scalar(select(func.max(PlanSection.position)).where(PlanSection.plan_id == plan_id)) or 0
            ) + 1
            section = PlanSection(
                plan_id=plan_id,
                parent_id=parent_id,
                label=(label or "").strip(),
                title=title,
                level=min(level, 9),
                position=position,
                line_first=line_first,
                line_last=line_last,
            )
            session.add(section)
            session.flush()
            return _section_info(section)

    def rename_section(self, section_id: int, title: str, label: str | None = None) -> SectionInfo:
        with self.db.transaction() as session:
            section = fetch(session, PlanSection, section_id, translate("Fields", "Section"))
            section.title = require_text(title, translate("Fields", "Section title"), max_length=300)
            if label is not None:
                section.label = label.strip()
            return _section_info(section)

    def delete_section(self, section_id: int) -> None:
        """Delete a section; its tasks stay in the plan without a section."""
        with self.db.transaction() as session:
            session.delete(fetch(session, PlanSection, section_id, translate("Fields", "Section")))
