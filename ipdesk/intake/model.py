"""What the parser produces: plain dataclasses, no Qt, no database.

``ParsedPlan.to_json()`` gives the CLI contract (``ipdesk parse FILE --json``); the GUI wizard and the
database save read the dataclasses directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

LEAD = "牵头"
SUPPORT = "配合"
RESPONSIBLE = "责任"
ROLE_KEYS: dict[str, str] = {LEAD: "lead", SUPPORT: "support", RESPONSIBLE: "responsible"}
"""Chinese role as printed -> ``ipdesk.domain.enums.Role`` value."""

KIND_LEVEL = "level"
KIND_CUMULATIVE = "cumulative"
KIND_GROWTH = "growth_rate"
KIND_COUNT = "count"
KIND_TEXT = "text"
KIND_ANNUAL = "annual_increment"

TargetValue = float | str


@dataclass(frozen=True, slots=True)
class ParseWarning:
    """Something the parser was unsure about; ``line`` (1-based) lets the GUI highlight it."""

    code: str
    message: str
    line: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "line": self.line}


@dataclass(slots=True)
class DepartmentMatch:
    """Result of matching a department name against the registry.

    ``status``: ``matched`` (one registry entry), ``renamed`` (matched through a 机构改革 predecessor
    name, confirm), ``ambiguous`` (several candidates), ``new`` (propose a new department).
    """

    status: str
    department_id: int | None = None
    department_name: str | None = None
    candidates: tuple[int, ...] = ()
    via: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "id": self.department_id,
            "name": self.department_name,
            "candidates": list(self.candidates),
        }


@dataclass(slots=True)
class DepartmentRef:
    """One responsible body named by a task or indicator."""

    name: str
    """As written in the document, trimmed, qualifiers such as 按职责分工负责 removed."""
    role: str
    """牵头 / 配合 / 责任."""
    kind: str = "agency"
    """Best guess of ``DepartmentKind``: agency / government / collective / other."""
    qualified_name: str = ""
    """``name`` with the level prefix the list left implicit ("财政局" after "市科技局" -> "市财政局")."""
    line: int | None = None
    match: DepartmentMatch | None = None

    @property
    def role_key(self) -> str:
        return ROLE_KEYS[self.role]

    @property
    def is_collective(self) -> bool:
        return self.kind == "collective"

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role,
            "kind": self.kind,
            "registry": self.match.to_json() if self.match else None,
        }


@dataclass(slots=True)
class Section:
    """A heading: 第一章 / 第一节 / 一、 / （一） / 1. / markdown ``#`` / 附件."""

    label: str
    """The numbering as written ("一、", "（一）", "第三章"); "" for unnumbered headings."""
    title: str
    level: int
    line_first: int
    line_last: int
    parent: int | None = None
    """Index of the parent in ``ParsedPlan.sections``."""
    ordinal: int | None = None
    style: str = ""
    role: str = "task"
    """What the part holds: background, guidance, goal, task, guarantee, annex."""
    label_raw: str = ""
    """The numbering exactly as written, separator included ("三、", "1.")."""

    @property
    def display(self) -> str:
        """Numbering and title as a reader quotes them: "三、组织实施", "（一）推进…" (= ``Task.section_title``)."""
        if self.style == "annex":
            return f"{self.label}：{self.title}" if self.label and self.title else self.title
        if self.style == "box":
            return f"{self.label} {self.title}".strip()
        label = self.label_raw.strip() or self.label
        return f"{label}{self.title}" if label else self.title

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "title": self.title,
            "level": self.level,
            "lines": [self.line_first, self.line_last],
            "role": self.role,
        }


@dataclass(slots=True)
class Task:
    """A numbered work item."""

    number: str
    """The numbering as written, without the trailing separator: "5", "１", "（十）", "第六节"."""
    title: str
    text: str
    line_first: int
    line_last: int
    section: int | None = None
    """Index of the enclosing section in ``ParsedPlan.sections``."""
    section_title: str = ""
    ordinal: int | None = None
    departments: list[DepartmentRef] = field(default_factory=list)
    deadline_text: str | None = None
    deadline: date | None = None
    deadlines: list[str] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "section": self.section_title,
            "departments": [dept.to_json() for dept in self.departments],
            "lines": [self.line_first, self.line_last],
            "text": self.text,
            "deadline_text": self.deadline_text,
            "deadline": self.deadline.isoformat() if self.deadline else None,
        }


@dataclass(slots=True)
class Baseline:
    year: int | None
    value: TargetValue | None

    def to_json(self) -> dict[str, Any]:
        return {"year": self.year, "value": self.value}


@dataclass(slots=True)
class Indicator:
    """A quantified goal, from a goal sentence, a table or both."""

    name: str
    unit: str
    kind: str
    """level / cumulative / growth_rate / count / text / annual_increment (``IndicatorKind`` values)."""
    targets: dict[int, TargetValue]
    line_first: int
    line_last: int
    baseline: Baseline | None = None
    note: str = ""
    """The verb the plan uses: 达到 / 突破 / 累计达到 / 年均增长 / 稳定在 …; table column labels."""
    qualifier: str = ""
    """以上 / 以内 / 左右 … as written after the number."""
    code: str | None = None
    """序号 / 编号 in a table."""
    category: str = "other"
    """``IndicatorCategory`` value guessed from the table's 类别 column."""
    category_text: str | None = None
    direction: str = "higher"
    definition: str | None = None
    """The table note explaining the indicator (注：…是指…), when there is one."""
    source: str = "sentence"
    """sentence / table / table+sentence."""
    departments: list[DepartmentRef] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "unit": self.unit,
            "kind": self.kind,
            "baseline": self.baseline.to_json() if self.baseline else None,
            "targets": {str(year): value for year, value in sorted(self.targets.items())},
            "note": self.note,
            "qualifier": self.qualifier,
            "code": self.code,
            "category": self.category,
            "direction": self.direction,
            "definition": self.definition,
            "source": self.source,
            "departments": [dept.to_json() for dept in self.departments],
            "lines": [self.line_first, self.line_last],
        }


@dataclass(slots=True)
class ParsedPlan:
    title: str | None
    doc_number: str | None
    issuer: str | None
    date: date | None
    kind: str | None = None
    """What the document calls itself: 规划 / 实施意见 / 行动方案 …"""
    start_year: int | None = None
    end_year: int | None = None
    sections: list[Section] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    source_name: str | None = None
    encoding: str | None = None
    text: str = ""
    """The decoded document text; line numbers everywhere refer to its lines (1-based)."""

    def all_departments(self) -> list[DepartmentRef]:
        """Every department reference of tasks and indicators, in document order."""
        refs = [dept for task in self.tasks for dept in task.departments]
        refs.extend(dept for indicator in self.indicators for dept in indicator.departments)
        return refs

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "doc_number": self.doc_number,
            "issuer": self.issuer,
            "date": self.date.isoformat() if self.date else None,
            "kind": self.kind,
            "start_year": self.start_year,
            "end_year": self.end_year,
            "source_name": self.source_name,
            "sections": [section.to_json() for section in self.sections],
            "tasks": [task.to_json() for task in self.tasks],
            "indicators": [indicator.to_json() for indicator in self.indicators],
            "warnings": [warning.to_json() for warning in self.warnings],
        }
