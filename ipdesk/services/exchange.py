"""Excel exchange through the database: exports, import preview, all-or-nothing commit, undo.

The flow the GUI page and the CLI share::

    preview = exchange.preview(paths, progress=...)        # reads files (sandboxed), touches nothing
    result = exchange.commit(preview, Resolutions(...))     # one transaction for every file, or none
    exchange.undo(result.batch_ids[0])                      # puts the database back as it was

Each applied file becomes an :class:`ImportBatch` (SHA-256, archived original, counts); every row it
writes is tagged with the batch in the audit log, which is what undo replays backwards. The same file
is recognised by its hash and not applied twice; a newer form from the same department and period
supersedes the older batch, and both stay in history. Commit re-plans every file against the database
as it is inside its transaction, so a preview that has gone stale cannot write stale data.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, func, select, update
from sqlalchemy.orm import Session, selectinload

from ipdesk.domain.deadlines import parse_deadline
from ipdesk.domain.enums import BatchKind, BatchStatus, DepartmentKind, Role, Source
from ipdesk.domain.periods import Period
from ipdesk.errors import ConflictError, InputFileError, NotFoundError, ValidationError
from ipdesk.excel import formspec as spec
from ipdesk.excel import layout as lay
from ipdesk.excel.assignment_writer import AssignmentTable, TableCategory, TableTask, write_assignment_table
from ipdesk.excel.departments import DepartmentMatcher
from ipdesk.excel.form_writer import DepartmentForm, FormGroup, FormIndicator, FormTask, write_department_form
from ipdesk.excel.guards import DEFAULT_LIMITS, Limits
from ipdesk.excel.problems_writer import write_problem_report
from ipdesk.excel.progress import Progress, report
from ipdesk.excel.sandbox import SandboxReader
from ipdesk.excel.tables import WARNING, CellProblem, TableRead, TableRow, WorkbookRead, read_tables
from ipdesk.excel.vocabulary import ROLE_WORDS, STATUS_WORDS, normalise
from ipdesk.i18n import translate
from ipdesk.services.base import Service
from ipdesk.services.departments import DepartmentService
from ipdesk.services.periods import ensure_unlocked, get_or_create_period
from ipdesk.services.reports import check_percent
from ipdesk.storage import audit
from ipdesk.storage.location import data_dir
from ipdesk.storage.models import (
    AuditEntry,
    Base,
    Department,
    ImportBatch,
    Indicator,
    IndicatorDepartment,
    IndicatorValue,
    Installation,
    Plan,
    PlanSection,
    ReportingPeriod,
    Task,
    TaskAssignment,
    TaskReport,
)
from ipdesk.storage.models.base import utcnow

EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".et", ".ett", ".ods", ".xlsb")
TITLE_LIMIT = 300


# -- public data --------------------------------------------------------------------------------------


class RowState(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"  # the database holds something newer or hand-entered; kept unless overwritten
    INVALID = "invalid"  # a cell breaks a rule or the row matches nothing: rejected, listed in problems
    BLANK = "blank"  # a form row the department left empty


class FileState(StrEnum):
    READY = "ready"
    DUPLICATE = "duplicate"  # this exact file was applied before
    UNREADABLE = "unreadable"
    BLOCKED = "blocked"  # readable, but cannot be applied (locked period, unknown period …)
    NEEDS_RESOLUTION = "needs_resolution"  # department names the clerk must resolve first


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class RowPreview:
    key: str  # "file index:sheet:row", used in Resolutions.overwrite
    sheet: str
    row: int
    state: RowState
    label: str
    changes: tuple[FieldChange, ...] = ()
    message: str | None = None


@dataclass(frozen=True)
class UnknownDepartment:
    name: str
    rows: tuple[int, ...]
    candidates: tuple[tuple[int, str], ...]  # (department id, label) suggestions


@dataclass(frozen=True)
class FilePreview:
    index: int
    path: str
    name: str
    state: FileState
    message: str | None = None
    sha256: str | None = None
    kind: str | None = None  # BatchKind value
    identified_by: str | None = None
    plan_id: int | None = None
    plan_title: str | None = None
    department_id: int | None = None
    department_name: str | None = None
    period: str | None = None
    rows: tuple[RowPreview, ...] = ()
    problems: tuple[CellProblem, ...] = ()
    unknown_departments: tuple[UnknownDepartment, ...] = ()
    supersedes_batch_id: int | None = None
    duplicate_of_batch_id: int | None = None
    notes: tuple[str, ...] = ()

    def count(self, state: RowState) -> int:
        return sum(1 for r in self.rows if r.state == state)

    @property
    def applicable(self) -> bool:
        return self.state in (FileState.READY, FileState.NEEDS_RESOLUTION)


@dataclass(frozen=True)
class ImportPreview:
    files: tuple[FilePreview, ...]
    options: Mapping[str, Any] = field(default_factory=dict)
    _parsed: tuple[Any, ...] = field(default=(), repr=False, compare=False)

    @property
    def problems(self) -> list[CellProblem]:
        return [p for f in self.files for p in f.problems]


@dataclass(frozen=True)
class Resolutions:
    """The clerk's decisions: unknown names → department id (None creates it), conflicts to overwrite."""

    departments: Mapping[str, int | None] = field(default_factory=dict)
    overwrite: frozenset[str] = frozenset()
    overwrite_all: bool = False
    skip_files: frozenset[int] = frozenset()

    def overwrites(self, key: str) -> bool:
        return self.overwrite_all or key in self.overwrite


@dataclass(frozen=True)
class FileResult:
    index: int
    name: str
    applied: bool
    batch_id: int | None = None
    message: str | None = None
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    rejected: int = 0
    kept: int = 0  # conflicts left as they were
    superseded_batch_id: int | None = None


@dataclass(frozen=True)
class ImportResult:
    files: tuple[FileResult, ...]

    @property
    def batch_ids(self) -> tuple[int, ...]:
        return tuple(f.batch_id for f in self.files if f.batch_id is not None)


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    file_name: str
    reverted: int


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    department_id: int | None = None
    department_name: str | None = None


@dataclass(frozen=True)
class FormTarget:
    """A department that gets a form for a period, for the export dialog."""

    department_id: int
    name: str
    tasks: int
    indicators: int


# -- internal plans ---------------------------------------------------------------------------------------


@dataclass
class _Parsed:
    index: int
    path: Path
    sha256: str
    read: WorkbookRead
    identity: spec.Identity | None
    kind: str


@dataclass
class _ReportAction:
    key: str
    assignment_id: int
    values: dict[str, Any]
    state: RowState


@dataclass
class _ValueAction:
    key: str
    indicator_id: int
    unit_id: int
    value: float | None
    value_text: str | None
    note: str | None
    state: RowState


@dataclass
class _TaskAction:
    key: str
    state: RowState
    task_id: int | None
    fields: dict[str, Any]
    category: str | None
    departments: list[tuple[str, str]]  # (written name, role)
    remove: list[int]  # assignment ids to remove (their reports go too, audited)


@dataclass
class _Plan:
    preview: FilePreview
    reports: list[_ReportAction] = field(default_factory=list)
    values: list[_ValueAction] = field(default_factory=list)
    tasks: list[_TaskAction] = field(default_factory=list)
    new_plan_title: str | None = None
    submitted_on: date | None = None
    meta: dict[str, str | None] = field(default_factory=dict)


@dataclass
class _Context:
    session: Session
    matcher: DepartmentMatcher
    home_unit_id: int | None
    resolutions: Resolutions
    plan_id: int | None
    period: str | None


_REPORT_FIELDS = ("status", "percent", "progress", "problems", "next_steps", "reporter")


def _field_label(name: str) -> str:
    labels = {
        "status": translate("Excel", "Status"),
        "percent": translate("Excel", "Completion %"),
        "progress": translate("Excel", "Progress"),
        "problems": translate("Excel", "Problems"),
        "next_steps": translate("Excel", "Next steps"),
        "reporter": translate("Excel", "Reporter"),
        "value": translate("Excel", "Actual value"),
        "note": translate("Excel", "Note"),
        "title": translate("Excel", "Task"),
        "measures": translate("Excel", "Measures"),
        "deadline_text": translate("Excel", "Deadline"),
        "number": translate("Excel", "No."),
        "category": translate("Excel", "Category"),
        "lead": translate("Excel", "Lead"),
        "support": translate("Excel", "Support"),
    }
    return labels.get(name, name)


def _show(name: str, value: object) -> str | None:
    if value is None or value == "":
        return None
    if name == "status":
        return STATUS_WORDS.get(str(value), str(value))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files, and the files inside folders (Excel's ~$ lock files and hidden files left out), in order."""
    result: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith(("~$", ".")):
                    result.append(child)
        else:
            result.append(path)
    return list(dict.fromkeys(result))


def _short_title(text: str) -> str:
    """A task title of at most 300 characters; the full wording is kept as the task text."""
    if len(text) <= TITLE_LIMIT:
        return text
    for mark in ("。", "；", "，", "\n"):
        cut = text.find(mark)
        if 0 < cut < TITLE_LIMIT:
            return text[:cut]
    return text[: TITLE_LIMIT - 1] + "…"


def _measure_shown(task: Task) -> str | None:
    """What the 具体措施 column shows for a task (its measures, or its text beyond the title)."""
    if task.measures:
        return task.measures
    text = (task.text or "").strip()
    if not text or text == task.title:
        return None
    if text.startswith(task.title):
        rest = text[len(task.title) :].lstrip("。.；;，,\n ").strip()
        return rest or None
    return text


def _department_label(department: Department) -> str:
    return department.short_name or department.name


# -- the service --------------------------------------------------------------------------------------------


class ExchangeService(Service):
    def __init__(self, database: Any, *, limits: Limits = DEFAULT_LIMITS, isolate: bool = True) -> None:
        super().__init__(database)
        self.limits = limits
        self.isolate = isolate

    # ---- exports -----------------------------------------------------------------------------------------

    def export_assignment_table(
        self, plan_id: int, path: str | Path, *, year: int | None = None, department_id: int | None = None
    ) -> ExportResult:
        """Write the plan's 任务分工表 (whole plan, one year — undated tasks included — or one department)."""
        with self.db.reading() as session:
            plan = session.get(Plan, plan_id)
            if plan is None:
                raise NotFoundError(translate("Fields", "Plan"), plan_id)
            tasks = session.scalars(
                select(Task)
                .where(Task.plan_id == plan_id)
                .options(selectinload(Task.assignments).selectinload(TaskAssignment.department))
                .order_by(Task.position)
            ).all()
            sections = {s.id: s for s in session.scalars(select(PlanSection).where(PlanSection.plan_id == plan_id))}
            chosen = []
            for task in tasks:
                if year is not None:
                    task_year = task.year or (task.deadline.year if task.deadline else None)
                    if task_year is not None and task_year != year:
                        continue
                if department_id is not None and all(a.department_id != department_id for a in task.assignments):
                    continue
                chosen.append(task)
            categories: list[_CategoryBuilder] = []
            for task in chosen:
                if not categories or categories[-1].section_id != task.section_id:
                    section = sections.get(task.section_id) if task.section_id else None
                    categories.append(_CategoryBuilder(task.section_id, _section_heading(section), []))
                categories[-1].tasks.append(_table_task(task))
            built = tuple(TableCategory(c.label, tuple(c.tasks)) for c in categories)
            title = plan.title if plan.title.startswith("《") else f"《{plan.title}》"
            if year is not None:
                title += f"{year}年度"
            title += "任务分工表"
            if department_id is not None:
                department = session.get(Department, department_id)
                if department is None:
                    raise NotFoundError(translate("Fields", "Department"), department_id)
                title += f"（{department.name}）"
            installation = session.get(Installation, 1)
            unit_name = installation.unit.name if installation and installation.unit else None
            table = AssignmentTable(title=title, plan_id=plan_id, categories=built, installation=unit_name)
        target = write_assignment_table(table, path)
        return ExportResult(target, table.task_count)

    def form_targets(self, period: str, *, plan_ids: Sequence[int] | None = None) -> list[FormTarget]:
        """Departments with tasks or indicators in the chosen plans (all plans by default)."""
        Period.parse(period)
        with self.db.reading() as session:
            tasks = dict(
                session.execute(
                    select(TaskAssignment.department_id, func.count(TaskAssignment.id))
                    .join(Task)
                    .where(*([Task.plan_id.in_(plan_ids)] if plan_ids else []))
                    .group_by(TaskAssignment.department_id)
                ).all()
            )
            indicators = dict(
                session.execute(
                    select(IndicatorDepartment.department_id, func.count(IndicatorDepartment.id))
                    .join(Indicator)
                    .where(*([Indicator.plan_id.in_(plan_ids)] if plan_ids else []))
                    .group_by(IndicatorDepartment.department_id)
                ).all()
            )
            ids = set(tasks) | set(indicators)
            departments = session.scalars(
                select(Department).where(Department.id.in_(ids)).order_by(Department.position, Department.id)
            ).all()
            return [FormTarget(d.id, d.name, tasks.get(d.id, 0), indicators.get(d.id, 0)) for d in departments]

    def export_form(
        self, period: str, department_id: int, path: str | Path, *, plan_ids: Sequence[int] | None = None
    ) -> ExportResult:
        """Write one department's report form for ``period`` (its tasks pre-filled and locked)."""
        form = self._build_form(Period.parse(period), department_id, plan_ids)
        target = write_department_form(form, path)
        return ExportResult(target, form.task_count, department_id, form.department_name)

    def export_forms(
        self,
        period: str,
        directory: str | Path,
        *,
        department_ids: Sequence[int] | None = None,
        plan_ids: Sequence[int] | None = None,
        progress: Progress | None = None,
    ) -> list[ExportResult]:
        """One form per department into ``directory`` (every department with work, unless chosen)."""
        parsed = Period.parse(period)
        ids = (
            list(department_ids)
            if department_ids
            else [t.department_id for t in self.form_targets(period, plan_ids=plan_ids)]
        )
        folder = Path(directory)
        folder.mkdir(parents=True, exist_ok=True)
        results: list[ExportResult] = []
        used: set[str] = set()
        for done, department_id in enumerate(ids):
            report(progress, done, len(ids))
            form = self._build_form(parsed, department_id, plan_ids)
            stem = _file_stem(f"{parsed.code}_{form.department_name}_进展填报表")
            if stem in used:
                stem = f"{stem}_{department_id}"
            used.add(stem)
            target = write_department_form(form, folder / f"{stem}.xlsx")
            results.append(ExportResult(target, form.task_count, department_id, form.department_name))
        report(progress, len(ids), len(ids))
        return results

    def _build_form(self, period: Period, department_id: int, plan_ids: Sequence[int] | None) -> DepartmentForm:
        with self.db.reading() as session:
            department = session.get(Department, department_id)
            if department is None:
                raise NotFoundError(translate("Fields", "Department"), department_id)
            query = (
                select(TaskAssignment)
                .join(Task)
                .options(selectinload(TaskAssignment.task))
                .where(TaskAssignment.department_id == department_id)
                .order_by(Task.plan_id, Task.position)
            )
            if plan_ids:
                query = query.where(Task.plan_id.in_(plan_ids))
            assignments = session.scalars(query).all()
            period_row = session.scalars(select(ReportingPeriod).where(ReportingPeriod.code == period.code)).first()
            reports: dict[int, TaskReport] = {}
            if period_row is not None and assignments:
                reports = {
                    r.assignment_id: r
                    for r in session.scalars(
                        select(TaskReport).where(
                            TaskReport.period_id == period_row.id,
                            TaskReport.assignment_id.in_([a.id for a in assignments]),
                        )
                    )
                }
            plans = {
                p.id: p for p in session.scalars(select(Plan).where(Plan.id.in_({a.task.plan_id for a in assignments})))
            }
            groups: list[FormGroup] = []
            for plan_id in dict.fromkeys(a.task.plan_id for a in assignments):
                items = []
                for a in assignments:
                    if a.task.plan_id != plan_id:
                        continue
                    existing = reports.get(a.id)
                    items.append(
                        FormTask(
                            assignment_id=a.id,
                            task_id=a.task_id,
                            number=a.task.number,
                            title=a.task.title,
                            measure=_measure_shown(a.task),
                            role=a.role,
                            deadline=a.task.deadline_text or (a.task.deadline.isoformat() if a.task.deadline else None),
                            status=existing.status if existing else None,
                            percent=existing.percent if existing else None,
                            progress=existing.progress if existing else None,
                            problems=existing.problems if existing else None,
                            next_steps=existing.next_steps if existing else None,
                        )
                    )
                title = plans[plan_id].title
                groups.append(FormGroup(title if title.startswith("《") else f"《{title}》", tuple(items)))
            indicator_query = (
                select(Indicator)
                .join(IndicatorDepartment)
                .options(selectinload(Indicator.targets))
                .where(IndicatorDepartment.department_id == department_id)
                .order_by(Indicator.plan_id, Indicator.position)
            )
            if plan_ids:
                indicator_query = indicator_query.where(Indicator.plan_id.in_(plan_ids))
            indicators = []
            unit_id = self._value_unit(session, department, None)
            for indicator in session.scalars(indicator_query):
                target = next((t for t in indicator.targets if t.year == period.year), None)
                current = None
                if period_row is not None and unit_id is not None:
                    current = session.scalars(
                        select(IndicatorValue).where(
                            IndicatorValue.indicator_id == indicator.id,
                            IndicatorValue.period_id == period_row.id,
                            IndicatorValue.unit_id == unit_id,
                        )
                    ).first()
                indicators.append(
                    FormIndicator(
                        indicator_id=indicator.id,
                        name=indicator.name,
                        unit=indicator.unit,
                        target=(target.value if target.value is not None else target.value_text) if target else None,
                        actual=(current.value if current.value is not None else current.value_text)
                        if current
                        else None,
                        note=current.note if current else None,
                        is_text=indicator.kind == "text",
                    )
                )
            installation = session.get(Installation, 1)
            return DepartmentForm(
                period=period,
                department_id=department.id,
                department_name=department.name,
                groups=tuple(groups),
                indicators=tuple(indicators),
                plan_ids=tuple(plans),
                installation=installation.unit.name if installation and installation.unit else None,
                office=installation.office_name if installation else None,
                reporter=None,
                phone=None,
            )

    # ---- preview ------------------------------------------------------------------------------------------

    def preview(
        self,
        paths: Iterable[str | Path],
        *,
        plan_id: int | None = None,
        period: str | None = None,
        resolutions: Resolutions | None = None,
        progress: Progress | None = None,
    ) -> ImportPreview:
        """Read every file and show what committing would do; writes nothing.

        ``plan_id`` names the plan a foreign 分工表 goes into (otherwise the file's identity, a title
        match or a new plan); ``period`` applies to forms that do not name their period.
        """
        if period is not None:
            period = Period.parse(period).code
        files = expand_paths(paths)
        resolutions = resolutions or Resolutions()
        previews: list[FilePreview] = []
        parsed_all: list[_Parsed | None] = []
        registry = DepartmentService(self.db).registry()
        with SandboxReader(self.limits) as reader:
            for index, path in enumerate(files):
                report(progress, index, len(files))
                parsed, failure = self._parse(index, path, reader)
                parsed_all.append(parsed)
                if parsed is None:
                    previews.append(failure)  # type: ignore[arg-type]
                    continue
                with self.db.reading() as session:
                    context = self._context(session, registry, resolutions, plan_id, period)
                    previews.append(self._plan(context, parsed).preview)
        report(progress, len(files), len(files))
        return ImportPreview(tuple(previews), {"plan_id": plan_id, "period": period}, tuple(parsed_all))

    def _context(
        self, session: Session, registry: list[Any], resolutions: Resolutions, plan_id: int | None, period: str | None
    ) -> _Context:
        installation = session.get(Installation, 1)
        home = installation.unit_id if installation else None
        return _Context(session, DepartmentMatcher(registry, unit_id=home), home, resolutions, plan_id, period)

    def _parse(self, index: int, path: Path, reader: SandboxReader) -> tuple[_Parsed | None, FilePreview | None]:
        name = path.name
        try:
            digest = sha256_of(path)
        except OSError:
            return None, FilePreview(
                index,
                str(path),
                name,
                FileState.UNREADABLE,
                translate("Excel", "The file does not exist or cannot be opened."),
            )
        with self.db.reading() as session:
            earlier = session.scalars(
                select(ImportBatch)
                .where(ImportBatch.sha256 == digest, ImportBatch.status == BatchStatus.APPLIED.value)
                .order_by(ImportBatch.id.desc())
            ).first()
            if earlier is not None:
                return None, FilePreview(
                    index,
                    str(path),
                    name,
                    FileState.DUPLICATE,
                    translate(
                        "Excel", "This exact file was already imported on {date} (import {batch}); it is skipped."
                    ).format(date=earlier.imported_at.strftime("%Y-%m-%d %H:%M"), batch=earlier.id),
                    sha256=digest,
                    kind=earlier.kind,
                    duplicate_of_batch_id=earlier.id,
                )
        try:
            read = read_tables(path, limits=self.limits, isolate=self.isolate, reader=reader)
        except InputFileError as exc:
            return None, FilePreview(index, str(path), name, FileState.UNREADABLE, exc.message, sha256=digest)
        identity = spec.read_identity(read.grid)
        if identity is not None and identity.kind == spec.ASSIGNMENT_TABLE:
            kind = BatchKind.ASSIGNMENT.value
        elif (identity is not None and identity.kind == spec.PROGRESS_FORM) or any(
            t.kind == lay.PROGRESS for t in read.tables
        ):
            kind = BatchKind.PROGRESS.value
        elif any(t.kind == lay.ASSIGNMENT for t in read.tables):
            kind = BatchKind.ASSIGNMENT.value
        elif read.tables:
            kind = BatchKind.INDICATOR.value
        else:
            reasons = "; ".join(f"{n.sheet}: {n.reason}" for n in read.ignored) or translate("Excel", "no sheets")
            return None, FilePreview(
                index,
                str(path),
                name,
                FileState.BLOCKED,
                translate("Excel", "No 分工表 or report form was found in the file ({reasons}).").format(
                    reasons=reasons
                ),
                sha256=digest,
            )
        return _Parsed(index, path, digest, read, identity, kind), None

    def _plan(self, context: _Context, parsed: _Parsed) -> _Plan:
        if parsed.kind == BatchKind.ASSIGNMENT.value:
            return self._plan_assignment(context, parsed)
        return self._plan_form(context, parsed)

    # ---- department forms ------------------------------------------------------------------------------------

    def _plan_form(self, context: _Context, parsed: _Parsed) -> _Plan:
        session = context.session
        read, identity = parsed.read, parsed.identity
        index = parsed.index
        tables = [t for t in read.tables if t.kind in (lay.PROGRESS, lay.INDICATOR)]
        problems: list[CellProblem] = [p for t in tables for p in t.problems]
        notes: list[str] = [n for t in tables for n in t.notes]
        notes += [f"{n.sheet}: {n.reason}" for n in read.ignored if identity is None or n.sheet != spec.HELP_SHEET]
        meta: dict[str, str | None] = {}
        for table in tables:
            for key, value in table.meta.items():
                if value and not meta.get(key):
                    meta[key] = value
        base = {
            "index": index,
            "path": str(parsed.path),
            "name": parsed.path.name,
            "sha256": parsed.sha256,
            "kind": parsed.kind,
        }
        # Which department?
        department: Department | None = None
        identified_by = translate("Excel", "header block and column headings")
        unknown: list[UnknownDepartment] = []
        if identity is not None and identity.kind == spec.PROGRESS_FORM:
            if not identity.checksum_ok:
                notes.append(
                    translate("Excel", "The form's hidden identity was altered; it was matched by its headings.")
                )
            else:
                candidate = session.get(Department, identity.department_id) if identity.department_id else None
                if candidate is not None and candidate.name == identity.department:
                    department = candidate
                    identified_by = translate("Excel", "hidden identity sheet")
                elif identity.department and not meta.get("department"):
                    meta["department"] = identity.department
        written = (meta.get("department") or "").strip()
        if department is None and written:
            resolved = context.resolutions.departments.get(written, -1)
            if resolved not in (-1, None):
                department = session.get(Department, resolved)
            else:
                match = context.matcher.match(written)
                if match.matched:
                    department = session.get(Department, match.department_id)
                else:
                    unknown.append(UnknownDepartment(written, (), match.candidates))
        if department is None and not unknown:
            return _Plan(
                FilePreview(
                    **base,
                    state=FileState.BLOCKED,
                    message=translate(
                        "Excel",
                        "The form does not say which department sent it (填报单位); fill it in and import again.",
                    ),
                    problems=tuple(problems),
                    notes=tuple(notes),
                )
            )
        # Which period?
        period_code = None
        if identity is not None and identity.checksum_ok and identity.period:
            period_code = identity.period
        elif context.period:
            period_code = context.period
        else:
            for text in [t.title or "" for t in tables] + [parsed.path.stem]:
                found = spec.period_in_text(text)
                if found is not None:
                    period_code = found.code
                    break
        if period_code is None:
            return _Plan(
                FilePreview(
                    **base,
                    state=FileState.BLOCKED,
                    message=translate(
                        "Excel",
                        "The form does not say which reporting period it is for; choose the period and preview again.",
                    ),
                    department_id=department.id if department else None,
                    department_name=department.name if department else written,
                    problems=tuple(problems),
                    notes=tuple(notes),
                )
            )
        if unknown or department is None:
            return _Plan(
                FilePreview(
                    **base,
                    state=FileState.NEEDS_RESOLUTION,
                    message=translate("Excel", 'Which department is "{name}"? Choose it and preview again.').format(
                        name=written
                    ),
                    period=period_code,
                    unknown_departments=tuple(unknown),
                    problems=tuple(problems),
                    notes=tuple(notes),
                    identified_by=identified_by,
                )
            )
        period_row = session.scalars(select(ReportingPeriod).where(ReportingPeriod.code == period_code)).first()
        if period_row is not None and period_row.locked:
            return _Plan(
                FilePreview(
                    **base,
                    state=FileState.BLOCKED,
                    message=translate(
                        "Excel",
                        "Reporting period {period} is locked; unlock it in the period settings to import this form.",
                    ).format(period=period_code),
                    department_id=department.id,
                    department_name=department.name,
                    period=period_code,
                    problems=tuple(problems),
                    notes=tuple(notes),
                )
            )
        plan = _Plan(FilePreview(**base, state=FileState.READY), meta=meta)
        submitted = None
        if meta.get("date"):
            from ipdesk.excel import values as cell_values

            try:
                submitted = cell_values.report_date(meta["date"])
            except cell_values.CellError as exc:
                problems.append(
                    CellProblem(tables[0].sheet, 2, "", "填报日期", str(meta["date"]), exc.message, WARNING)
                )
        plan.submitted_on = submitted
        rows: list[RowPreview] = []
        assignments = session.scalars(
            select(TaskAssignment)
            .join(Task)
            .options(selectinload(TaskAssignment.task))
            .where(TaskAssignment.department_id == department.id)
            .order_by(Task.plan_id, Task.position)
        ).all()
        by_id = {a.id: a for a in assignments}
        existing = {}
        if period_row is not None and assignments:
            existing = {
                r.assignment_id: r
                for r in session.scalars(
                    select(TaskReport).where(
                        TaskReport.period_id == period_row.id, TaskReport.assignment_id.in_(list(by_id))
                    )
                )
            }
        for table in (t for t in tables if t.kind == lay.PROGRESS):
            for row in table.rows:
                key = f"{index}:{table.sheet}:{row.row}"
                label = " ".join(x for x in (row.no, row.task) if x)[:80]
                assignment = self._match_assignment(identity, table, row, assignments, by_id)
                if assignment is None:
                    message = translate(
                        "Excel", "This task is not among {department}'s tasks; the row was not imported."
                    ).format(department=department.name)
                    rows.append(RowPreview(key, table.sheet, row.row, RowState.INVALID, label, (), message))
                    problems.append(CellProblem(table.sheet, row.row, "", "", label, message))
                    continue
                if row.has_errors:
                    rows.append(
                        RowPreview(
                            key,
                            table.sheet,
                            row.row,
                            RowState.INVALID,
                            label,
                            (),
                            translate("Excel", "See the problems listed for this row."),
                        )
                    )
                    continue
                if not row.filled:
                    rows.append(RowPreview(key, table.sheet, row.row, RowState.BLANK, label))
                    continue
                values = {
                    "status": row.status,
                    "percent": check_percent(row.percent),
                    "progress": row.progress,
                    "problems": row.problems,
                    "next_steps": row.next_steps,
                    "reporter": (meta.get("reporter") or None),
                }
                current = existing.get(assignment.id)
                state, changes, message = self._report_state(
                    current, values, submitted, context.resolutions.overwrites(key)
                )
                rows.append(RowPreview(key, table.sheet, row.row, state, label, changes, message))
                plan.reports.append(_ReportAction(key, assignment.id, values, state))
        unit_id = self._value_unit(session, department, None)
        for table in (t for t in tables if t.kind == lay.INDICATOR):
            for row in table.rows:
                key = f"{index}:{table.sheet}:{row.row}"
                label = (row.indicator or "")[:80]
                indicator = self._match_indicator(session, identity, table, row, department)
                if indicator is None:
                    message = translate("Excel", "This indicator is not in the database; the row was not imported.")
                    rows.append(RowPreview(key, table.sheet, row.row, RowState.INVALID, label, (), message))
                    problems.append(CellProblem(table.sheet, row.row, "", "", label, message))
                    continue
                if row.has_errors:
                    rows.append(
                        RowPreview(
                            key,
                            table.sheet,
                            row.row,
                            RowState.INVALID,
                            label,
                            (),
                            translate("Excel", "See the problems listed for this row."),
                        )
                    )
                    continue
                if row.actual is None:
                    rows.append(RowPreview(key, table.sheet, row.row, RowState.BLANK, label))
                    continue
                number, text = (None, str(row.actual)) if isinstance(row.actual, str) else (float(row.actual), None)
                if indicator.kind == "text":
                    number, text = (
                        None,
                        str(row.actual if not isinstance(row.actual, float) else _show("value", row.actual)),
                    )
                elif text is not None:
                    message = translate("Excel", 'Write a number here, not "{value}".').format(value=text)
                    problems.append(CellProblem(table.sheet, row.row, "E", "本期实际值", text, message))
                    rows.append(RowPreview(key, table.sheet, row.row, RowState.INVALID, label, (), message))
                    continue
                if unit_id is None:
                    message = translate(
                        "Excel", "Set this installation's administrative unit in Settings before importing values."
                    )
                    rows.append(RowPreview(key, table.sheet, row.row, RowState.INVALID, label, (), message))
                    continue
                current = None
                if period_row is not None:
                    current = session.scalars(
                        select(IndicatorValue).where(
                            IndicatorValue.indicator_id == indicator.id,
                            IndicatorValue.period_id == period_row.id,
                            IndicatorValue.unit_id == unit_id,
                        )
                    ).first()
                note = row.note
                state, changes, message = self._value_state(
                    current, number, text, note, context.resolutions.overwrites(key)
                )
                rows.append(RowPreview(key, table.sheet, row.row, state, label, changes, message))
                plan.values.append(_ValueAction(key, indicator.id, unit_id, number, text, note, state))
        supersedes = None
        if period_row is not None:
            supersedes = session.scalars(
                select(ImportBatch.id)
                .where(
                    ImportBatch.kind == BatchKind.PROGRESS.value,
                    ImportBatch.department_id == department.id,
                    ImportBatch.period_id == period_row.id,
                    ImportBatch.status == BatchStatus.APPLIED.value,
                    ImportBatch.superseded_by_id.is_(None),
                )
                .order_by(ImportBatch.id.desc())
            ).first()
        plan.preview = FilePreview(
            **base,
            state=FileState.READY,
            identified_by=identified_by,
            department_id=department.id,
            department_name=department.name,
            period=period_code,
            rows=tuple(rows),
            problems=tuple(problems),
            supersedes_batch_id=supersedes,
            notes=tuple(notes),
        )
        return plan

    @staticmethod
    def _match_assignment(
        identity: spec.Identity | None,
        table: TableRead,
        row: TableRow,
        assignments: Sequence[TaskAssignment],
        by_id: Mapping[int, TaskAssignment],
    ) -> TaskAssignment | None:
        if identity is not None and identity.checksum_ok:
            known = identity.row_at(table.sheet, row.row)
            if known is not None and known.kind == "task" and known.key in by_id:
                candidate = by_id[known.key]
                if row.task is None or normalise(row.task) == normalise(candidate.task.title):
                    return candidate
        title = normalise(row.task or "")
        same_title = [a for a in assignments if title and normalise(a.task.title) == title]
        if len(same_title) == 1:
            return same_title[0]
        number = normalise(row.no or "")
        pool = same_title or list(assignments)
        same_number = [a for a in pool if number and normalise(a.task.number) == number]
        if len(same_number) == 1:
            return same_number[0]
        if title:
            starts = [
                a
                for a in pool
                if normalise(a.task.title).startswith(title[:15]) or title.startswith(normalise(a.task.title)[:15])
            ]
            if len(starts) == 1:
                return starts[0]
        return None

    @staticmethod
    def _match_indicator(
        session: Session, identity: spec.Identity | None, table: TableRead, row: TableRow, department: Department
    ) -> Indicator | None:
        if identity is not None and identity.checksum_ok:
            known = identity.row_at(table.sheet, row.row)
            if known is not None and known.kind == "indicator":
                candidate = session.get(Indicator, known.key)
                if candidate is not None and normalise(candidate.name) == normalise(row.indicator or ""):
                    return candidate
        name = normalise(row.indicator or "")
        if not name:
            return None
        own = session.scalars(
            select(Indicator).join(IndicatorDepartment).where(IndicatorDepartment.department_id == department.id)
        ).all()
        for pool in (own, session.scalars(select(Indicator)).all()):
            found = [i for i in pool if normalise(i.name) == name]
            if len(found) == 1:
                return found[0]
        return None

    @staticmethod
    def _value_unit(session: Session, department: Department, plan: Plan | None) -> int | None:
        if department.unit_id is not None:
            return department.unit_id
        if plan is not None and plan.unit_id is not None:
            return plan.unit_id
        installation = session.get(Installation, 1)
        return installation.unit_id if installation else None

    @staticmethod
    def _report_state(
        current: TaskReport | None, values: Mapping[str, Any], submitted: date | None, overwrite: bool
    ) -> tuple[RowState, tuple[FieldChange, ...], str | None]:
        if current is None:
            changes = tuple(
                FieldChange(k, _field_label(k), None, _show(k, v)) for k, v in values.items() if v not in (None, "")
            )
            return RowState.NEW, changes, None
        changes = tuple(
            FieldChange(k, _field_label(k), _show(k, getattr(current, k)), _show(k, v))
            for k, v in values.items()
            if (getattr(current, k) or None) != (v or None) and not (k == "reporter" and v is None)
        )
        if not changes:
            return RowState.UNCHANGED, (), None
        if overwrite:
            return RowState.CHANGED, changes, None
        if current.source in (Source.MANUAL.value, Source.CLI.value):
            return (
                RowState.CONFLICT,
                changes,
                translate(
                    "Excel",
                    "Entered by hand in ipdesk; the file's version replaces it only if you choose to overwrite.",
                ),
            )
        if submitted is not None and current.submitted_on is not None and current.submitted_on > submitted:
            return (
                RowState.CONFLICT,
                changes,
                translate("Excel", "A newer report (submitted {date}) is already on file.").format(
                    date=current.submitted_on.isoformat()
                ),
            )
        return RowState.CHANGED, changes, None

    @staticmethod
    def _value_state(
        current: IndicatorValue | None, number: float | None, text: str | None, note: str | None, overwrite: bool
    ) -> tuple[RowState, tuple[FieldChange, ...], str | None]:
        new = _show("value", number if number is not None else text)
        if current is None:
            return RowState.NEW, (FieldChange("value", _field_label("value"), None, new),), None
        old = _show("value", current.value if current.value is not None else current.value_text)
        changes = []
        if old != new:
            changes.append(FieldChange("value", _field_label("value"), old, new))
        if (current.note or None) != (note or None) and note is not None:
            changes.append(FieldChange("note", _field_label("note"), current.note, note))
        if not changes:
            return RowState.UNCHANGED, (), None
        if not overwrite and current.source in (Source.MANUAL.value, Source.CLI.value):
            return (
                RowState.CONFLICT,
                tuple(changes),
                translate(
                    "Excel",
                    "Entered by hand in ipdesk; the file's version replaces it only if you choose to overwrite.",
                ),
            )
        return RowState.CHANGED, tuple(changes), None

    # ---- 任务分工表 -----------------------------------------------------------------------------------------

    def _plan_assignment(self, context: _Context, parsed: _Parsed) -> _Plan:
        session = context.session
        identity = parsed.identity
        tables = [t for t in parsed.read.tables if t.kind == lay.ASSIGNMENT]
        table = tables[0]
        problems = list(table.problems)
        notes = list(table.notes)
        if len(tables) > 1:
            notes.append(
                translate("Excel", "Only the first table ({sheet}) was read; other sheets: {others}.").format(
                    sheet=table.sheet, others="、".join(t.sheet for t in tables[1:])
                )
            )
        notes += [f"{n.sheet}: {n.reason}" for n in parsed.read.ignored]
        base = {
            "index": parsed.index,
            "path": str(parsed.path),
            "name": parsed.path.name,
            "sha256": parsed.sha256,
            "kind": parsed.kind,
        }
        plan: Plan | None = None
        identified_by = translate("Excel", "column headings")
        if context.plan_id is not None:
            plan = session.get(Plan, context.plan_id)
            if plan is None:
                raise NotFoundError(translate("Fields", "Plan"), context.plan_id)
            identified_by = translate("Excel", "plan chosen by you")
        elif identity is not None and identity.checksum_ok and identity.plan_ids:
            plan = session.get(Plan, identity.plan_ids[0])
            if plan is not None:
                identified_by = translate("Excel", "hidden identity sheet")
        if plan is None and table.title:
            title = normalise(table.title)
            matches = [p for p in session.scalars(select(Plan)) if normalise(p.title).strip("《》") in title]
            if len(matches) == 1:
                plan = matches[0]
                identified_by = translate("Excel", "table title")
        new_title = None
        if plan is None:
            new_title = _plan_title_from(table.title, parsed.path.stem)
            notes.append(
                translate("Excel", 'A new plan "{title}" will be created for this table.').format(title=new_title)
            )
        unit_id = plan.unit_id if plan is not None and plan.unit_id else context.home_unit_id
        matcher = context.matcher
        if unit_id != context.home_unit_id:
            matcher = DepartmentMatcher(DepartmentService(self.db).registry(), unit_id=unit_id)
        existing_tasks = (
            session.scalars(
                select(Task)
                .where(Task.plan_id == plan.id)
                .options(selectinload(Task.assignments).selectinload(TaskAssignment.department))
                .order_by(Task.position)
            ).all()
            if plan is not None
            else []
        )
        sections = (
            {s.id: s for s in session.scalars(select(PlanSection).where(PlanSection.plan_id == plan.id))}
            if plan
            else {}
        )
        by_id = {t.id: t for t in existing_tasks}
        # Combine rows of one task (same number and wording, e.g. several measures under a merged task cell).
        grouped: dict[tuple[str, str], list[TableRow]] = {}
        for row in table.rows:
            if row.has_errors or not (row.task or row.measure):
                continue
            grouped.setdefault((normalise(row.no or ""), normalise(row.task or row.measure or "")), []).append(row)
        unknown: dict[str, list[int]] = {}
        candidates: dict[str, tuple[tuple[int, str], ...]] = {}
        result = _Plan(FilePreview(**base, state=FileState.READY), new_plan_title=new_title)
        rows: list[RowPreview] = []
        used_tasks: set[int] = set()
        for group in grouped.values():
            first = group[0]
            key = f"{parsed.index}:{table.sheet}:{first.row}"
            task_text = first.task or first.measure or ""
            measures = [r.measure for r in group if r.measure and r.measure != task_text]
            measure = "\n".join(dict.fromkeys(measures)) or None
            deadlines = list(dict.fromkeys(r.deadline for r in group if r.deadline))
            deadline = "；".join(deadlines) or None
            if len(group) > 1:
                notes.append(
                    translate("Excel", "Rows {rows} were combined into one task ({task}).").format(
                        rows=", ".join(str(r.row) for r in group), task=task_text[:30]
                    )
                )
            named: list[tuple[str, str]] = []
            for r in group:
                for role, names in (("lead", r.lead), ("responsible", r.responsible), ("support", r.support)):
                    for name in names:
                        if all(n != name for n, _ in named):
                            named.append((name, role))
            resolved: list[tuple[int, str, str]] = []  # (department id or -1, role, written)
            for name, role in named:
                choice = context.resolutions.departments.get(name, -1)
                if choice is None:
                    resolved.append((-1, role, name))  # created at commit
                    continue
                if choice != -1:
                    resolved.append((choice, role, name))
                    continue
                match = matcher.match(name)
                if match.matched and match.department_id is not None:
                    resolved.append((match.department_id, role, name))
                else:
                    unknown.setdefault(name, []).extend(r.row for r in group)
                    candidates[name] = match.candidates
            fields = {
                "number": first.no or "",
                "title": _short_title(task_text),
                "text": task_text,
                "measures": measure,
                "deadline_text": deadline,
            }
            task = self._match_task(identity, table, first, existing_tasks, used_tasks, by_id)
            label = " ".join(x for x in (first.no, task_text) if x)[:80]
            if task is None:
                changes = [
                    FieldChange(k, _field_label(k), None, _show(k, v)) for k, v in fields.items() if v and k != "text"
                ]
                for _dept_id, role, name in resolved:
                    changes.append(FieldChange(_role_field(role), _field_label(_role_field(role)), None, name))
                rows.append(RowPreview(key, table.sheet, first.row, RowState.NEW, label, tuple(changes)))
                result.tasks.append(
                    _TaskAction(key, RowState.NEW, None, fields, first.category, [(n, r) for _, r, n in resolved], [])
                )
                continue
            used_tasks.add(task.id)
            changes = []
            update: dict[str, Any] = {}
            for name, value in fields.items():
                if name == "text":
                    continue
                old = _measure_shown(task) if name == "measures" else getattr(task, name)
                if (old or None) != (value or None):
                    changes.append(FieldChange(name, _field_label(name), _show(name, old), _show(name, value)))
                    update[name] = value
                    if name == "title":
                        update["text"] = task_text
            section = sections.get(task.section_id) if task.section_id else None
            if first.category and normalise(first.category) not in _section_keys(section):
                changes.append(
                    FieldChange("category", _field_label("category"), _section_heading(section) or None, first.category)
                )
            current = {a.department_id: a for a in task.assignments}
            wanted: list[tuple[str, str]] = []
            for dept_id, role, name in resolved:
                wanted.append((name, role))
                assignment = current.get(dept_id)
                if assignment is None:
                    changes.append(FieldChange(_role_field(role), _field_label(_role_field(role)), None, name))
                elif not _same_role(assignment.role, role):
                    changes.append(
                        FieldChange(
                            "role",
                            translate("Excel", "Role of {name}").format(name=name),
                            ROLE_WORDS.get(assignment.role),
                            ROLE_WORDS.get(role),
                        )
                    )
            listed = {d for d, _, _ in resolved}
            removed = [a for d, a in current.items() if d not in listed and not any(n in unknown for n, _ in named)]
            remove_ids: list[int] = []
            conflict_message = None
            for assignment in removed:
                has_reports = session.scalar(
                    select(func.count(TaskReport.id)).where(TaskReport.assignment_id == assignment.id)
                )
                changes.append(
                    FieldChange(
                        _role_field(assignment.role),
                        _field_label(_role_field(assignment.role)),
                        _department_label(assignment.department),
                        None,
                    )
                )
                if has_reports and not context.resolutions.overwrites(key):
                    conflict_message = translate(
                        "Excel",
                        "{name} is no longer listed but has filed reports on this task; "
                        "it stays unless you choose to overwrite.",
                    ).format(name=_department_label(assignment.department))
                    continue
                remove_ids.append(assignment.id)
            if not changes:
                rows.append(RowPreview(key, table.sheet, first.row, RowState.UNCHANGED, label))
                continue
            state = RowState.CONFLICT if conflict_message else RowState.CHANGED
            rows.append(RowPreview(key, table.sheet, first.row, state, label, tuple(changes), conflict_message))
            result.tasks.append(_TaskAction(key, state, task.id, update, first.category, wanted, remove_ids))
        for row in table.rows:
            if row.has_errors:
                key = f"{parsed.index}:{table.sheet}:{row.row}"
                rows.append(
                    RowPreview(
                        key,
                        table.sheet,
                        row.row,
                        RowState.INVALID,
                        (row.task or "")[:80],
                        (),
                        translate("Excel", "See the problems listed for this row."),
                    )
                )
        missing = [t for t in existing_tasks if t.id not in used_tasks]
        if missing and plan is not None:
            notes.append(
                translate(
                    "Excel", "{count} tasks of the plan are not in this table; they are kept as they are."
                ).format(count=len(missing))
            )
        unknown_list = tuple(
            UnknownDepartment(name, tuple(dict.fromkeys(rows_of)), candidates.get(name, ()))
            for name, rows_of in unknown.items()
        )
        state = FileState.NEEDS_RESOLUTION if unknown_list else FileState.READY
        message = (
            translate("Excel", "{count} department names are not in the registry; choose or create them.").format(
                count=len(unknown_list)
            )
            if unknown_list
            else None
        )
        result.preview = FilePreview(
            **base,
            state=state,
            message=message,
            identified_by=identified_by,
            plan_id=plan.id if plan else None,
            plan_title=plan.title if plan else new_title,
            rows=tuple(sorted(rows, key=lambda r: r.row)),
            problems=tuple(problems),
            unknown_departments=unknown_list,
            notes=tuple(notes),
        )
        return result

    @staticmethod
    def _match_task(
        identity: spec.Identity | None,
        table: TableRead,
        row: TableRow,
        tasks: Sequence[Task],
        used: set[int],
        by_id: Mapping[int, Task],
    ) -> Task | None:
        free = [t for t in tasks if t.id not in used]
        if identity is not None and identity.checksum_ok:
            known = identity.row_at(table.sheet, row.row)
            if known is not None and known.key in by_id and known.key not in used:
                return by_id[known.key]
        title = normalise(_short_title(row.task or row.measure or ""))
        same = [t for t in free if normalise(t.title) == title]
        if len(same) == 1:
            return same[0]
        number = normalise(row.no or "")
        if number:
            numbered = [t for t in free if normalise(t.number) == number]
            if len(numbered) == 1:
                import difflib

                ratio = difflib.SequenceMatcher(None, normalise(numbered[0].title), title).ratio()
                if ratio >= 0.6:
                    return numbered[0]
        return None

    # ---- commit ---------------------------------------------------------------------------------------------

    def commit(
        self, preview: ImportPreview, resolutions: Resolutions | None = None, *, progress: Progress | None = None
    ) -> ImportResult:
        """Apply every applicable file of ``preview`` in one transaction: all of them, or none.

        Files that are duplicates, unreadable or blocked are skipped and reported. Each file is
        re-planned against the database inside the transaction; a file changed on disk since the
        preview is refused. Unresolved department names abort the whole commit before anything is written.
        """
        resolutions = resolutions or Resolutions()
        options = dict(preview.options)
        registry = DepartmentService(self.db).registry()
        results: list[FileResult] = []
        selected: list[_Parsed] = []
        for file, parsed in zip(preview.files, preview._parsed, strict=True):
            if file.index in resolutions.skip_files:
                results.append(FileResult(file.index, file.name, False, message=translate("Excel", "Skipped by you.")))
            elif parsed is None or not file.applicable:
                results.append(FileResult(file.index, file.name, False, message=file.message))
            else:
                selected.append(parsed)
        archived: dict[int, str] = {}
        for parsed in selected:
            try:
                current = sha256_of(parsed.path)
            except OSError:
                current = None
            if current != parsed.sha256:
                raise ConflictError(
                    translate("Excel", "{name} changed since the preview; preview it again before importing.").format(
                        name=parsed.path.name
                    )
                )
            archived[parsed.index] = str(self._archive(parsed.path, parsed.sha256))
        applied: list[FileResult] = []
        with self.db.transaction(source=Source.IMPORT) as session:
            for done, parsed in enumerate(selected):
                report(progress, done, len(selected))
                context = self._context(session, registry, resolutions, options.get("plan_id"), options.get("period"))
                plan = self._plan(context, parsed)
                file = plan.preview
                if file.state == FileState.NEEDS_RESOLUTION:
                    names = "、".join(u.name for u in file.unknown_departments)
                    raise ValidationError(
                        translate("Excel", "{name}: choose or create these departments first: {names}.").format(
                            name=parsed.path.name, names=names or file.message or ""
                        )
                    )
                if file.state != FileState.READY:
                    applied.append(FileResult(parsed.index, parsed.path.name, False, message=file.message))
                    continue
                applied.append(self._apply(session, plan, parsed, archived[parsed.index], resolutions))
            report(progress, len(selected), len(selected))
        results.extend(applied)
        return ImportResult(tuple(sorted(results, key=lambda r: r.index)))

    def _archive(self, path: Path, digest: str) -> Path:
        folder = data_dir() / "imports"
        folder.mkdir(parents=True, exist_ok=True)
        suffix = path.suffix.lower() if path.suffix.lower() in EXCEL_SUFFIXES else ".bin"
        target = folder / f"{digest}{suffix}"
        if not target.exists():
            temporary = target.with_suffix(target.suffix + ".part")
            shutil.copyfile(path, temporary)
            temporary.replace(target)
        return target

    def _apply(
        self, session: Session, plan: _Plan, parsed: _Parsed, archive: str, resolutions: Resolutions
    ) -> FileResult:
        file = plan.preview
        period_row = get_or_create_period(session, file.period) if file.period else None
        if period_row is not None:
            ensure_unlocked(period_row)
        batch = ImportBatch(
            file_name=parsed.path.name[:300],
            sha256=parsed.sha256,
            kind=parsed.kind,
            status=BatchStatus.APPLIED.value,
            plan_id=file.plan_id,
            department_id=file.department_id,
            period_id=period_row.id if period_row else None,
            archive_path=archive,
            note=json.dumps({k: v for k, v in plan.meta.items() if v}, ensure_ascii=False) if plan.meta else None,
        )
        session.add(batch)
        session.flush()
        session.info[audit.BATCH_KEY] = batch.id
        counts = {state: 0 for state in RowState}
        kept = 0
        if parsed.kind == BatchKind.ASSIGNMENT.value:
            kept = self._apply_tasks(session, plan, batch, resolutions)
        else:
            assert period_row is not None
            for action in plan.reports:
                if action.state == RowState.CONFLICT:
                    kept += 1
                    continue
                if action.state in (RowState.NEW, RowState.CHANGED):
                    self._write_report(session, action, period_row, batch, plan.submitted_on)
            for value_action in plan.values:
                if value_action.state == RowState.CONFLICT:
                    kept += 1
                    continue
                if value_action.state in (RowState.NEW, RowState.CHANGED):
                    self._write_value(session, value_action, period_row, batch, file.department_id, plan.submitted_on)
        for row in file.rows:
            counts[row.state] += 1
        superseded = None
        if file.supersedes_batch_id is not None:
            older = session.get(ImportBatch, file.supersedes_batch_id)
            if older is not None:
                older.superseded_by_id = batch.id
                superseded = older.id
        batch.rows_total = len(file.rows)
        batch.rows_new = counts[RowState.NEW]
        batch.rows_changed = counts[RowState.CHANGED]
        batch.rows_unchanged = counts[RowState.UNCHANGED] + counts[RowState.BLANK]
        batch.rows_rejected = counts[RowState.INVALID]
        session.flush()
        session.info[audit.BATCH_KEY] = None
        return FileResult(
            parsed.index,
            parsed.path.name,
            True,
            batch.id,
            None,
            counts[RowState.NEW],
            counts[RowState.CHANGED],
            counts[RowState.UNCHANGED],
            counts[RowState.INVALID],
            kept,
            superseded,
        )

    @staticmethod
    def _write_report(
        session: Session, action: _ReportAction, period: ReportingPeriod, batch: ImportBatch, submitted: date | None
    ) -> None:
        report_row = session.scalars(
            select(TaskReport).where(
                TaskReport.assignment_id == action.assignment_id, TaskReport.period_id == period.id
            )
        ).first()
        if report_row is None:
            report_row = TaskReport(assignment_id=action.assignment_id, period_id=period.id)
            session.add(report_row)
        for key in _REPORT_FIELDS:
            value = action.values.get(key)
            if key == "reporter" and value is None and report_row.reporter is not None:
                continue
            setattr(report_row, key, value)
        report_row.submitted_on = submitted or date.today()
        report_row.source = Source.IMPORT.value
        report_row.batch_id = batch.id

    def _write_value(
        self,
        session: Session,
        action: _ValueAction,
        period: ReportingPeriod,
        batch: ImportBatch,
        department_id: int | None,
        submitted: date | None,
    ) -> None:
        row = session.scalars(
            select(IndicatorValue).where(
                IndicatorValue.indicator_id == action.indicator_id,
                IndicatorValue.period_id == period.id,
                IndicatorValue.unit_id == action.unit_id,
            )
        ).first()
        if row is None:
            row = IndicatorValue(indicator_id=action.indicator_id, period_id=period.id, unit_id=action.unit_id)
            session.add(row)
        row.value, row.value_text = action.value, action.value_text
        row.department_id = department_id
        if action.note is not None:
            row.note = action.note
        row.submitted_on = submitted or date.today()
        row.source = Source.IMPORT.value
        row.batch_id = batch.id

    def _apply_tasks(self, session: Session, plan: _Plan, batch: ImportBatch, resolutions: Resolutions) -> int:
        file = plan.preview
        target: Plan | None = session.get(Plan, file.plan_id) if file.plan_id else None
        installation = session.get(Installation, 1)
        home_unit = installation.unit_id if installation else None
        if target is None:
            title = plan.new_plan_title or file.name
            target = Plan(title=title[:300], unit_id=home_unit, source_name=file.name[:300])
            session.add(target)
            session.flush()
            batch.plan_id = target.id
        unit_id = target.unit_id or home_unit
        sections = {
            normalise(key): s
            for s in session.scalars(select(PlanSection).where(PlanSection.plan_id == target.id))
            for key in (s.title, f"{s.label}{s.title}", f"{s.label}、{s.title}")
        }
        created_departments: dict[str, Department] = {}
        position = session.scalar(select(func.max(Task.position)).where(Task.plan_id == target.id)) or 0
        section_position = (
            session.scalar(select(func.max(PlanSection.position)).where(PlanSection.plan_id == target.id)) or 0
        )
        matcher = DepartmentMatcher(DepartmentService(self.db).registry(), unit_id=unit_id)
        kept = 0
        for action in plan.tasks:
            if action.state == RowState.CONFLICT and not resolutions.overwrites(action.key):
                kept += 1
                continue
            section_id = None
            if action.category:
                section = sections.get(normalise(action.category))
                if section is None:
                    label, title = _split_heading(action.category)
                    section_position += 1
                    section = PlanSection(
                        plan_id=target.id, label=label, title=title[:300], level=1, position=section_position
                    )
                    session.add(section)
                    session.flush()
                    for key in (action.category, title, f"{label}{title}"):
                        sections[normalise(key)] = section
                section_id = section.id
            if action.task_id is None:
                position += 1
                task = Task(
                    plan_id=target.id,
                    number=(action.fields.get("number") or "")[:20],
                    title=action.fields["title"],
                    text=action.fields.get("text") or action.fields["title"],
                    measures=action.fields.get("measures"),
                    deadline_text=(action.fields.get("deadline_text") or None),
                    position=position,
                    section_id=section_id,
                )
                task.deadline = parse_deadline(task.deadline_text)
                session.add(task)
                session.flush()
            else:
                task = session.get(Task, action.task_id)
                if task is None:
                    continue
                for name, value in action.fields.items():
                    if name == "number":
                        value = (value or "")[:20]
                    setattr(task, name, value)
                if "deadline_text" in action.fields:
                    task.deadline = parse_deadline(task.deadline_text)
                if section_id is not None:
                    task.section_id = section_id
            current = {
                a.department_id: a
                for a in session.scalars(select(TaskAssignment).where(TaskAssignment.task_id == task.id))
            }
            next_position = max((a.position for a in current.values()), default=-1) + 1
            for name, role in action.departments:
                department_id = self._resolve_department(
                    session, name, resolutions, matcher, created_departments, unit_id
                )
                assignment = current.get(department_id)
                db_role = (
                    Role.LEAD.value
                    if role == "lead"
                    else Role.SUPPORT.value
                    if role == "support"
                    else Role.RESPONSIBLE.value
                )
                if assignment is None:
                    assignment = TaskAssignment(
                        task_id=task.id, department_id=department_id, role=db_role, position=next_position
                    )
                    next_position += 1
                    session.add(assignment)
                    current[department_id] = assignment
                elif not _same_role(assignment.role, role):
                    assignment.role = db_role
            for assignment_id in action.remove:
                assignment = session.get(TaskAssignment, assignment_id)
                if assignment is None:
                    continue
                for report_row in session.scalars(select(TaskReport).where(TaskReport.assignment_id == assignment_id)):
                    session.delete(report_row)  # through the ORM, so the audit log keeps them for undo
                session.flush()
                session.delete(assignment)
            session.flush()
        return kept

    @staticmethod
    def _resolve_department(
        session: Session,
        name: str,
        resolutions: Resolutions,
        matcher: DepartmentMatcher,
        created: dict[str, Department],
        unit_id: int | None,
    ) -> int:
        choice = resolutions.departments.get(name, -1)
        if choice is not None and choice != -1:
            if session.get(Department, choice) is None:
                raise NotFoundError(translate("Fields", "Department"), choice)
            return choice
        if choice == -1:
            match = matcher.match(name)
            if match.department_id is not None:
                return match.department_id
        if name in created:
            return created[name].id
        kind = DepartmentKind.COLLECTIVE.value if name.startswith(("各", "有关")) else DepartmentKind.AGENCY.value
        existing = session.scalars(
            select(Department).where(Department.name == name, Department.unit_id == unit_id)
        ).first()
        if existing is not None:
            return existing.id
        position = session.scalar(select(func.count(Department.id))) or 0
        department = Department(name=name[:200], kind=kind, unit_id=unit_id, position=position)
        session.add(department)
        session.flush()
        created[name] = department
        return department.id

    # ---- problems back to the department -------------------------------------------------------------------

    def export_problems(self, preview: ImportPreview, file_index: int, path: str | Path) -> Path:
        """The problems of one previewed file as an .xlsx with the offending cells highlighted."""
        file = next((f for f in preview.files if f.index == file_index), None)
        if file is None:
            raise NotFoundError(translate("Excel", "Previewed file"), file_index)
        parsed = preview._parsed[preview.files.index(file)]
        problems = list(file.problems)
        if not problems:
            raise ValidationError(translate("Excel", "{name} has no problems to send back.").format(name=file.name))
        grid = parsed.read.grid if parsed is not None else None
        return write_problem_report(problems, path, original=file.path, grid=grid)

    # ---- undo ---------------------------------------------------------------------------------------------

    def undo(self, batch_id: int) -> UndoResult:
        """Put back everything import ``batch_id`` changed, from its audit entries, newest first.

        Refused when a later change (by hand, or by an import that is still applied) touched the same
        rows: undo that first, or correct by hand.
        """
        with self.db.transaction(source=Source.IMPORT, batch_id=batch_id) as session:
            batch = session.get(ImportBatch, batch_id)
            if batch is None:
                raise NotFoundError(translate("Excel", "Import"), batch_id)
            if batch.status != BatchStatus.APPLIED.value:
                raise ConflictError(translate("Excel", "Import {batch} was already undone.").format(batch=batch_id))
            entries = session.scalars(
                select(AuditEntry)
                .where(AuditEntry.batch_id == batch_id, AuditEntry.table_name != ImportBatch.__tablename__)
                .order_by(AuditEntry.id.desc())
            ).all()
            if entries:
                self._check_no_later_changes(session, batch_id, entries)
            models = {mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers}
            for entry in entries:
                model = models.get(entry.table_name)
                if model is None:
                    continue
                key = _primary_key(entry.row_key)
                if entry.action == "insert":
                    obj = session.get(model, key)
                    if obj is not None:
                        session.delete(obj)
                        session.flush()
                elif entry.action == "update":
                    obj = session.get(model, key)
                    if obj is not None and entry.field:
                        setattr(obj, entry.field, _decode(model, entry.field, entry.old_value))
                        session.flush()
                elif entry.action == "delete" and entry.old_value:
                    raw = json.loads(entry.old_value)
                    values = {name: _decode(model, name, _json_text(value)) for name, value in raw.items()}
                    session.add(model(**values))
                    session.flush()
            session.execute(
                update(ImportBatch).where(ImportBatch.superseded_by_id == batch_id).values(superseded_by_id=None)
            )
            batch.status = BatchStatus.UNDONE.value
            batch.undone_at = utcnow()
            return UndoResult(batch_id, batch.file_name, len(entries))

    @staticmethod
    def _check_no_later_changes(session: Session, batch_id: int, entries: Sequence[AuditEntry]) -> None:
        first = min(e.id for e in entries)
        touched = {(e.table_name, e.row_key) for e in entries}
        later = session.scalars(
            select(AuditEntry).where(
                AuditEntry.id > first,
                AuditEntry.table_name != ImportBatch.__tablename__,
                (AuditEntry.batch_id.is_(None)) | (AuditEntry.batch_id != batch_id),
            )
        ).all()
        undone = set(
            session.scalars(select(ImportBatch.id).where(ImportBatch.status == BatchStatus.UNDONE.value)).all()
        )
        blocking = [
            e
            for e in later
            if (e.table_name, e.row_key) in touched and (e.batch_id is None or e.batch_id not in undone)
        ]
        if blocking:
            by = sorted({str(e.batch_id) for e in blocking if e.batch_id is not None})
            raise ConflictError(
                translate(
                    "Excel",
                    "Rows of import {batch} were changed afterwards ({who}); undo those changes first.",
                ).format(
                    batch=batch_id,
                    who=translate("Excel", "imports {ids}").format(ids=", ".join(by))
                    if by
                    else translate("Excel", "by hand"),
                )
            )

    def last_undoable_batch(self) -> int | None:
        """The newest applied import (what the GUI's "undo last import" acts on)."""
        with self.db.reading() as session:
            return session.scalars(
                select(ImportBatch.id)
                .where(ImportBatch.status == BatchStatus.APPLIED.value)
                .order_by(ImportBatch.id.desc())
            ).first()


# -- helpers ---------------------------------------------------------------------------------------------------


@dataclass
class _CategoryBuilder:
    section_id: int | None
    label: str
    tasks: list[TableTask]


def _table_task(task: Task) -> TableTask:
    leads = tuple(
        _department_label(a.department) for a in task.assignments if a.role in (Role.LEAD.value, Role.RESPONSIBLE.value)
    )
    supports = tuple(_department_label(a.department) for a in task.assignments if a.role == Role.SUPPORT.value)
    deadline = task.deadline_text or (
        f"{task.deadline.year}年{task.deadline.month}月{task.deadline.day}日" if task.deadline else None
    )
    return TableTask(task.id, task.number, task.title, _measure_shown(task), leads, supports, deadline)


def _section_heading(section: PlanSection | None) -> str:
    if section is None:
        return ""
    label = section.label.strip()
    if not label:
        return section.title
    if label.startswith(("(", "（")) or label.endswith(("、", ".", "．")) or label.startswith("第"):
        return f"{label}{section.title}".replace("(", "（").replace(")", "）")
    return f"{label}、{section.title}"


def _section_keys(section: PlanSection | None) -> set[str]:
    if section is None:
        return set()
    return {
        normalise(section.title),
        normalise(_section_heading(section)),
        normalise(f"{section.label}{section.title}"),
    }


_HEADING = re.compile(
    r"^\s*((?:[一二三四五六七八九十百]+|\d+)\s*[、.．]|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十\d]+[部分章节])\s*"
)


def _split_heading(text: str) -> tuple[str, str]:
    match = _HEADING.match(text)
    if not match:
        return "", text.strip()
    label = match.group(1).rstrip("、.． ")
    return label[:20], text[match.end() :].strip() or text.strip()


def _plan_title_from(title: str | None, stem: str) -> str:
    base = (title or stem).strip()
    base = re.sub(r"(?:重点)?任务分工(?:方案|表)?$", "", base).strip("《》 ") or base
    return base[:300]


def _role_field(role: str) -> str:
    return "support" if role == "support" else "lead"


def _same_role(stored: str, written: str) -> bool:
    if written == "support":
        return stored == Role.SUPPORT.value
    if written == "lead":
        return stored in (Role.LEAD.value, Role.RESPONSIBLE.value)
    return stored in (Role.RESPONSIBLE.value, Role.LEAD.value)


def _file_stem(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("._")[:120] or "form"


def _primary_key(row_key: str) -> Any:
    parts = row_key.split(",")
    values = [int(p) if p.lstrip("-").isdigit() else p for p in parts]
    return values[0] if len(values) == 1 else tuple(values)


def _json_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value)


def _decode(model: type, name: str, text: str | None) -> Any:
    """Turn an audit log value (as :func:`ipdesk.storage.audit.encode` wrote it) back into the column's type."""
    if text is None:
        return None
    column = model.__table__.columns[name]  # type: ignore[attr-defined]
    kind = column.type
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(text)
    if isinstance(kind, Date):
        return date.fromisoformat(text[:10])
    if isinstance(kind, Boolean):
        return text in ("true", "1", "True")
    if isinstance(kind, Integer):
        return int(float(text))
    if isinstance(kind, Float):
        return float(text)
    return text


__all__ = [
    "EXCEL_SUFFIXES",
    "ExchangeService",
    "ExportResult",
    "FieldChange",
    "FilePreview",
    "FileResult",
    "FileState",
    "FormTarget",
    "ImportPreview",
    "ImportResult",
    "Resolutions",
    "RowPreview",
    "RowState",
    "UndoResult",
    "UnknownDepartment",
]
