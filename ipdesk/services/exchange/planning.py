"""What preview hands to commit: a file read once, and the writes planned for it.

Commit plans every file again inside its transaction (the database may have changed since the
preview), so these objects never carry ORM rows, only ids and values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ipdesk.excel import formspec as spec
from ipdesk.excel.departments import DepartmentMatcher, RegistryRecord
from ipdesk.excel.tables import WorkbookRead
from ipdesk.i18n import translate
from ipdesk.services.exchange.queries import home_unit_id
from ipdesk.services.exchange.records import FilePreview, FileState, Resolutions, RowPreview, RowState


@dataclass
class ParsedFile:
    index: int
    path: Path
    sha256: str
    read: WorkbookRead
    identity: spec.Identity | None
    kind: str  # BatchKind value

    def preview(self, state: FileState, **fields: Any) -> FilePreview:
        """A :class:`FilePreview` of this file with ``state`` and the given details."""
        return FilePreview(
            index=self.index,
            path=str(self.path),
            name=self.path.name,
            state=state,
            sha256=self.sha256,
            kind=self.kind,
            **fields,
        )

    def row_key(self, sheet: str, row: int) -> str:
        """The key a row goes by in :attr:`Resolutions.overwrite`."""
        return f"{self.index}:{sheet}:{row}"


@dataclass
class ReportAction:
    key: str
    assignment_id: int
    values: dict[str, Any]
    state: RowState


@dataclass
class ValueAction:
    key: str
    indicator_id: int
    unit_id: int
    value: float | None
    value_text: str | None
    note: str | None
    state: RowState


@dataclass
class TaskAction:
    key: str
    state: RowState
    task_id: int | None
    fields: dict[str, Any]
    category: str | None
    departments: list[tuple[str, str]]  # (written name, role)
    remove: list[int]  # assignment ids to remove (their reports go too, audited)


@dataclass
class FilePlan:
    preview: FilePreview
    reports: list[ReportAction] = field(default_factory=list)
    values: list[ValueAction] = field(default_factory=list)
    tasks: list[TaskAction] = field(default_factory=list)
    new_plan_title: str | None = None
    submitted_on: date | None = None
    meta: dict[str, str | None] = field(default_factory=dict)


@dataclass
class PlanningContext:
    """What planning a file needs besides the file: the session, the department matcher, the clerk's choices."""

    session: Session
    registry: Sequence[RegistryRecord]  # every department, read once per preview or commit
    matcher: DepartmentMatcher  # within this installation's unit
    home_unit_id: int | None
    resolutions: Resolutions
    plan_id: int | None
    period: str | None

    @classmethod
    def create(
        cls,
        session: Session,
        registry: Sequence[RegistryRecord],
        resolutions: Resolutions,
        plan_id: int | None,
        period: str | None,
    ) -> PlanningContext:
        home = home_unit_id(session)
        return cls(session, registry, DepartmentMatcher(registry, unit_id=home), home, resolutions, plan_id, period)

    def matcher_for(self, unit_id: int | None) -> DepartmentMatcher:
        """Department names are matched within an administrative unit (a plan's, or this installation's)."""
        return self.matcher if unit_id == self.home_unit_id else DepartmentMatcher(self.registry, unit_id=unit_id)


def invalid_row(key: str, sheet: str, row: int, label: str) -> RowPreview:
    """A row rejected for the cell problems listed against it."""
    return RowPreview(
        key, sheet, row, RowState.INVALID, label, (), translate("Excel", "See the problems listed for this row.")
    )
