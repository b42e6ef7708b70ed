"""What the exchange service hands out: previews, decisions, results. Plain frozen dataclasses, no ORM."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from ipdesk.excel.tables import CellProblem


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
    REFUSED = "refused"  # read and matched, but no row can go in (every row rejected, or nothing filled in)


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
    # The files as read (``planning.ParsedFile`` or None), handed from preview to commit; not for callers.
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
