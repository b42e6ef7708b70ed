"""Edits of a :class:`PlanDraft` as small command objects with undo (after glue's command stack).

Every edit the wizard offers is one command: ``redo`` applies it, ``undo`` takes it back exactly. The
:class:`UndoStack` runs them and tells its listeners which command ran, so views update themselves;
``Command.uids`` names the items a command touched and ``structural`` says whether items were added,
removed or moved (a view rebuilds) or only a field changed (a view repaints a row).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from ipdesk.domain.enums import DepartmentKind, Direction, IndicatorCategory, IndicatorKind, Role
from ipdesk.errors import ValidationError
from ipdesk.i18n import translate
from ipdesk.intake.model import TargetValue
from ipdesk.services.plan_intake.draft import (
    DraftDepartment,
    DraftIndicator,
    DraftItem,
    DraftSection,
    DraftTask,
    PlanDraft,
    PlanMeta,
)

EDITABLE: dict[type, frozenset[str]] = {
    PlanMeta: frozenset({"title", "doc_number", "issuer", "issue_date", "kind", "start_year", "end_year"}),
    DraftSection: frozenset({"label", "title"}),
    DraftTask: frozenset({"number", "title", "text", "deadline_text"}),
    DraftIndicator: frozenset(
        {
            "name",
            "unit",
            "code",
            "kind",
            "category",
            "direction",
            "baseline_year",
            "baseline_value",
            "note",
            "definition",
        }
    ),
    DraftDepartment: frozenset({"role", "kind"}),
}
CHOICES: dict[str, tuple[str, ...]] = {
    "role": Role.values(),
    "kind": DepartmentKind.values(),
    "category": IndicatorCategory.values(),
    "direction": Direction.values(),
}
_SENTENCE_END = re.compile(r"[。；;！!？?]")
TITLE_CHARS = 40


def _refuse(message: str) -> ValidationError:
    return ValidationError(message)


def _item(draft: PlanDraft, uid: int) -> DraftItem:
    item = draft.find(uid)
    if item is None:
        raise _refuse(translate("PlanIntake", "This item is no longer in the draft."))
    return item


def _task(draft: PlanDraft, uid: int) -> DraftTask:
    item = _item(draft, uid)
    if not isinstance(item, DraftTask):
        raise _refuse(translate("PlanIntake", "Choose a task."))
    return item


class Command:
    """One undoable edit. Subclasses set ``text`` (what the undo menu says) and implement redo/undo."""

    text: str = ""
    structural: bool = True

    def redo(self, draft: PlanDraft) -> None:
        raise NotImplementedError

    def undo(self, draft: PlanDraft) -> None:
        raise NotImplementedError

    @property
    def uids(self) -> tuple[int, ...]:
        return ()


# -- fields -----------------------------------------------------------------------------------------------


@dataclass
class EditField(Command):
    """Set one field of the metadata, a section, task, indicator or department."""

    uid: int
    name: str
    value: Any
    _old: Any = field(default=None, init=False, repr=False)
    structural: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        self.text = translate("PlanIntake", "Edit")

    @property
    def uids(self) -> tuple[int, ...]:
        return (self.uid,)

    def redo(self, draft: PlanDraft) -> None:
        item = _item(draft, self.uid)
        if self.name not in EDITABLE.get(type(item), frozenset()):
            raise _refuse(translate("PlanIntake", "This field cannot be edited here."))
        value = self.value
        if self.name == "kind" and isinstance(item, DraftIndicator):
            allowed: tuple[str, ...] | None = IndicatorKind.values()
        else:
            allowed = CHOICES.get(self.name)
        if allowed is not None and value not in allowed:
            raise _refuse(translate("PlanIntake", "Choose one of the offered values."))
        self._old = getattr(item, self.name)
        setattr(item, self.name, value)

    def undo(self, draft: PlanDraft) -> None:
        setattr(_item(draft, self.uid), self.name, self._old)


@dataclass
class SetTarget(Command):
    """Set (None: remove) an indicator's target for one year."""

    uid: int
    year: int
    value: TargetValue | None
    _old: TargetValue | None = field(default=None, init=False, repr=False)
    structural: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        self.text = translate("PlanIntake", "Change target")

    @property
    def uids(self) -> tuple[int, ...]:
        return (self.uid,)

    def redo(self, draft: PlanDraft) -> None:
        indicator = _item(draft, self.uid)
        if not isinstance(indicator, DraftIndicator):
            raise _refuse(translate("PlanIntake", "Choose an indicator."))
        self._old = indicator.targets.get(self.year)
        _set_target(indicator, self.year, self.value)

    def undo(self, draft: PlanDraft) -> None:
        indicator = _item(draft, self.uid)
        assert isinstance(indicator, DraftIndicator)
        _set_target(indicator, self.year, self._old)


def _set_target(indicator: DraftIndicator, year: int, value: TargetValue | None) -> None:
    if value is None:
        indicator.targets.pop(year, None)
    else:
        indicator.targets[year] = value
        indicator.targets = dict(sorted(indicator.targets.items()))


@dataclass
class SetDepartment(Command):
    """Point a department reference at another name and registry entry (role kept)."""

    uid: int
    name: str
    department_id: int | None
    department_name: str | None = None
    status: str = "new"
    candidates: tuple[int, ...] = ()
    kind: str | None = None
    _old: DraftDepartment | None = field(default=None, init=False, repr=False)
    structural: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        self.text = translate("PlanIntake", "Change department")

    @property
    def uids(self) -> tuple[int, ...]:
        return (self.uid,)

    def redo(self, draft: PlanDraft) -> None:
        dept = _item(draft, self.uid)
        if not isinstance(dept, DraftDepartment):
            raise _refuse(translate("PlanIntake", "Choose a department."))
        if not self.name.strip():
            raise _refuse(translate("PlanIntake", "A department needs a name."))
        self._old = replace(dept)
        dept.name = self.name.strip()
        dept.department_id, dept.department_name = self.department_id, self.department_name
        dept.status, dept.candidates = self.status, self.candidates
        if self.kind is not None:
            dept.kind = self.kind

    def undo(self, draft: PlanDraft) -> None:
        dept = _item(draft, self.uid)
        assert isinstance(dept, DraftDepartment) and self._old is not None
        for name in ("name", "department_id", "department_name", "status", "candidates", "kind"):
            setattr(dept, name, getattr(self._old, name))


# -- adding and removing ----------------------------------------------------------------------------------


@dataclass
class AddDepartment(Command):
    """Add a department (with its role) to a task or an indicator."""

    owner: int
    department: DraftDepartment
    index: int | None = None

    def __post_init__(self) -> None:
        self.text = translate("PlanIntake", "Add department")

    @property
    def uids(self) -> tuple[int, ...]:
        return (self.owner, self.department.uid)

    def redo(self, draft: PlanDraft) -> None:
        owner = _item(draft, self.owner)
        if not isinstance(owner, DraftTask | DraftIndicator):
            raise _refuse(translate("PlanIntake", "Departments belong to a task or an indicator."))
        if any(d.name == self.department.name for d in owner.departments):
            raise _refuse(translate("PlanIntake", "{name} is already listed here.").format(name=self.department.name))
        index = len(owner.departments) if self.index is None else self.index
        owner.departments.insert(index, self.department)

    def undo(self, draft: PlanDraft) -> None:
        owner = _item(draft, self.owner)
        assert isinstance(owner, DraftTask | DraftIndicator)
        owner.departments.remove(self.department)


@dataclass
class AddTask(Command):
    """Insert a task at ``index`` in document order (default: after the last task of its section)."""

    task: DraftTask
    index: int | None = None
    _index: int = field(default=0, init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = translate("PlanIntake", "Add task")

    @property
    def uids(self) -> tuple[int, ...]:
        return (self.task.uid,)

    def redo(self, draft: PlanDraft) -> None:
        self._index = self.index if self.index is not None else _end_of_section(draft, self.task.section)
        draft.tasks.insert(self._index, self.task)

    def undo(self, draft: PlanDraft) -> None:
        draft.tasks.remove(self.task)


@dataclass
class AddIndicator(Command):
    indicator: DraftIndicator
    index: int | None = None

    def __post_init__(self) -> None:
        self.text = translate("PlanIntake", "Add indicator")

    @property
    def uids(self) -> tuple[int, ...]:
        return (self.indicator.uid,)

    def redo(self, draft: PlanDraft) -> None:
        draft.indicators.insert(len(draft.indicators) if self.index is None else self.index, self.indicator)

    def undo(self, draft: PlanDraft) -> None:
        draft.indicators.remove(self.indicator)


@dataclass
class DeleteItems(Command):
    """Delete sections (with what stands in them), tasks, indicators or departments."""

    targets: tuple[int, ...]
    _removed: list[tuple[list[Any], int, Any]] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = translate("PlanIntake", "Delete")

    @property
    def uids(self) -> tuple[int, ...]:
        return self.targets

    def redo(self, draft: PlanDraft) -> None:
        sections: set[int] = set()
        tasks: set[int] = set()
        indicators: set[int] = set()
        departments: set[int] = set()
        for uid in self.targets:
            item = _item(draft, uid)
            if isinstance(item, DraftSection):
                sections.update(draft.subtree(uid))
            elif isinstance(item, DraftTask):
                tasks.add(uid)
            elif isinstance(item, DraftIndicator):
                indicators.add(uid)
            elif isinstance(item, DraftDepartment):
                departments.add(uid)
            else:
                raise _refuse(translate("PlanIntake", "The plan's details cannot be deleted."))
        tasks.update(t.uid for t in draft.tasks if t.section in sections)
        removed: list[tuple[list[Any], int, Any]] = []
        for owner in (*draft.tasks, *draft.indicators):
            if owner.uid not in tasks:
                removed.extend(_take(owner.departments, lambda d: d.uid in departments))
        removed.extend(_take(draft.sections, lambda s: s.uid in sections))
        removed.extend(_take(draft.tasks, lambda t: t.uid in tasks))
        removed.extend(_take(draft.indicators, lambda i: i.uid in indicators))
        self._removed = removed

    def undo(self, draft: PlanDraft) -> None:
        for holder, index, item in sorted(self._removed, key=lambda entry: entry[1]):
            holder.insert(index, item)


def _take(holder: list[Any], chosen: Callable[[Any], bool]) -> list[tuple[list[Any], int, Any]]:
    """Remove the chosen items; returns (list, original index, item) for undo (reinsert in index order)."""
    taken = [(holder, index, item) for index, item in enumerate(holder) if chosen(item)]
    holder[:] = [item for item in holder if not chosen(item)]
    return taken


# -- restructuring ----------------------------------------------------------------------------------------


@dataclass
class MoveTask(Command):
    """Move a task into another section (None: directly under the plan), after that section's last task."""

    uid: int
    section: int | None
    _old_section: int | None = field(default=None, init=False, repr=False)
    _old_index: int = field(default=0, init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = translate("PlanIntake", "Move task")

    @property
    def uids(self) -> tuple[int, ...]:
        return (self.uid,)

    def redo(self, draft: PlanDraft) -> None:
        task = _task(draft, self.uid)
        if self.section is not None and draft.section(self.section) is None:
            raise _refuse(translate("PlanIntake", "Choose a section."))
        self._old_section, self._old_index = task.section, draft.tasks.index(task)
        draft.tasks.remove(task)
        task.section = self.section
        draft.tasks.insert(_end_of_section(draft, self.section, default=self._old_index), task)

    def undo(self, draft: PlanDraft) -> None:
        task = _task(draft, self.uid)
        draft.tasks.remove(task)
        task.section = self._old_section
        draft.tasks.insert(self._old_index, task)


def _end_of_section(draft: PlanDraft, section: int | None, default: int | None = None) -> int:
    """The index just after the last task standing in ``section`` or below it."""
    inside = set(draft.subtree(section)) if section is not None else {None}
    last = max((i for i, t in enumerate(draft.tasks) if t.section in inside), default=None)
    if last is not None:
        return last + 1
    if section is not None:
        # an empty section: after the last task of any section that comes before it in the document
        order = [s.uid for s in draft.sections]
        earlier = set(order[: order.index(section)]) if section in order else set()
        before = max((i for i, t in enumerate(draft.tasks) if t.section in earlier), default=None)
        if before is not None:
            return before + 1
        return 0 if default is None else min(default, len(draft.tasks))
    return len(draft.tasks) if default is None else min(default, len(draft.tasks))


@dataclass
class MergeTasks(Command):
    """Fold ``second`` into ``first``: texts joined, departments united (the first's roles win), lines spanned."""

    first: int
    second: int
    _saved: DraftTask | None = field(default=None, init=False, repr=False)
    _second: DraftTask | None = field(default=None, init=False, repr=False)
    _index: int = field(default=0, init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = translate("PlanIntake", "Merge tasks")

    @property
    def uids(self) -> tuple[int, ...]:
        return (self.first, self.second)

    def redo(self, draft: PlanDraft) -> None:
        if self.first == self.second:
            raise _refuse(translate("PlanIntake", "Choose two different tasks to merge."))
        first, second = _task(draft, self.first), _task(draft, self.second)
        self._saved = replace(first, departments=list(first.departments), warnings=list(first.warnings))
        self._second, self._index = second, draft.tasks.index(second)
        second_text = second.text
        if second.title and not second_text.startswith(second.title):
            second_text = f"{second.title}。{second_text}" if second_text else second.title
        first.text = "\n".join(part for part in (first.text, second_text) if part)
        names = {d.name for d in first.departments}
        first.departments.extend(d for d in second.departments if d.name not in names)
        first.warnings.extend(second.warnings)
        first.line_first = _min(first.line_first, second.line_first)
        first.line_last = _max(first.line_last, second.line_last)
        first.deadline_text = first.deadline_text or second.deadline_text
        draft.tasks.remove(second)

    def undo(self, draft: PlanDraft) -> None:
        first = _task(draft, self.first)
        assert self._saved is not None and self._second is not None
        for name in ("text", "departments", "warnings", "line_first", "line_last", "deadline_text"):
            setattr(first, name, getattr(self._saved, name))
        draft.tasks.insert(self._index, self._second)


def _min(a: int | None, b: int | None) -> int | None:
    return min(x for x in (a, b) if x is not None) if a is not None or b is not None else None


def _max(a: int | None, b: int | None) -> int | None:
    return max(x for x in (a, b) if x is not None) if a is not None or b is not None else None


@dataclass
class SplitTask(Command):
    """Cut a task's text at ``position``: the rest becomes a new task just after it, with the same departments."""

    uid: int
    position: int
    title: str | None = None
    _new: DraftTask | None = field(default=None, init=False, repr=False)
    _saved: tuple[str, int | None, int | None] = field(default=("", None, None), init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = translate("PlanIntake", "Split task")

    @property
    def uids(self) -> tuple[int, ...]:
        return (self.uid,) if self._new is None else (self.uid, self._new.uid)

    @property
    def new_task(self) -> DraftTask | None:
        return self._new

    def redo(self, draft: PlanDraft) -> None:
        task = _task(draft, self.uid)
        head, tail = task.text[: self.position].rstrip(), task.text[self.position :].strip()
        if not head or not tail:
            raise _refuse(translate("PlanIntake", "Put the cursor inside the task's text where the new task begins."))
        self._saved = (task.text, task.line_first, task.line_last)
        if self._new is None:
            split_line = _line_of(draft.source_text, task.line_first, task.line_last, tail)
            self._new = draft.new_task(
                self.title or _title_of(tail),
                section=task.section,
                text=tail,
                deadline_text=task.deadline_text,
                line_first=split_line if split_line is not None else task.line_first,
                line_last=task.line_last,
                departments=[
                    draft.new_department(
                        d.name,
                        role=d.role,
                        kind=d.kind,
                        department_id=d.department_id,
                        department_name=d.department_name,
                        status=d.status,
                        candidates=d.candidates,
                        line=d.line,
                    )
                    for d in task.departments
                ],
            )
        new = self._new
        task.text = head
        if new.line_first is not None and task.line_first is not None and new.line_first > task.line_first:
            task.line_last = (
                new.line_first if _mid_line(draft.source_text, new.line_first, tail) else new.line_first - 1
            )
        draft.tasks.insert(draft.tasks.index(task) + 1, new)

    def undo(self, draft: PlanDraft) -> None:
        task = _task(draft, self.uid)
        task.text, task.line_first, task.line_last = self._saved
        assert self._new is not None
        draft.tasks.remove(self._new)


def _title_of(text: str) -> str:
    """The new task's title: its first sentence, at most ``TITLE_CHARS`` characters."""
    first = _SENTENCE_END.split(text.strip(), maxsplit=1)[0].strip()
    return first[:TITLE_CHARS] if first else text.strip()[:TITLE_CHARS]


def _lines(source: str) -> list[str]:
    return source.splitlines()


def _line_of(source: str, first: int | None, last: int | None, tail: str) -> int | None:
    """The source line (1-based, within first..last) where ``tail`` begins, found by its opening characters."""
    if first is None or not source:
        return None
    lines = _lines(source)
    probe = "".join(tail.split())[:8]
    if not probe:
        return None
    for number in range(first, min(last or first, len(lines)) + 1):
        if probe in "".join(lines[number - 1].split()):
            return number
    return None


def _mid_line(source: str, line: int, tail: str) -> bool:
    """Whether ``tail`` begins inside ``line`` rather than at its start (then both tasks share the line)."""
    lines = _lines(source)
    if not 1 <= line <= len(lines):
        return False
    return not "".join(lines[line - 1].split()).startswith("".join(tail.split())[:8])


# -- the stack --------------------------------------------------------------------------------------------

Listener = Callable[[Command], None]


class UndoStack:
    """Runs commands on one draft and keeps them for undo/redo; listeners hear of every change."""

    def __init__(self, draft: PlanDraft) -> None:
        self.draft = draft
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._listeners: list[Listener] = []
        self._clean = 0

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def push(self, command: Command) -> Command:
        """Apply ``command`` (a refused one raises ValidationError and leaves the draft as it was)."""
        command.redo(self.draft)
        if len(self._done) < self._clean:
            self._clean = -1  # the clean state was undone and is now out of reach
        self._done.append(command)
        self._undone.clear()
        self._notify(command)
        return command

    def push_all(self, commands: Iterable[Command]) -> None:
        for command in commands:
            self.push(command)

    def undo(self) -> Command | None:
        if not self._done:
            return None
        command = self._done.pop()
        command.undo(self.draft)
        self._undone.append(command)
        self._notify(command)
        return command

    def redo(self) -> Command | None:
        if not self._undone:
            return None
        command = self._undone.pop()
        command.redo(self.draft)
        self._done.append(command)
        self._notify(command)
        return command

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo_text(self) -> str:
        return self._done[-1].text if self._done else ""

    def redo_text(self) -> str:
        return self._undone[-1].text if self._undone else ""

    def is_clean(self) -> bool:
        """Whether the draft is as it was when :meth:`set_clean` was last called (or as parsed)."""
        return len(self._done) == self._clean

    def set_clean(self) -> None:
        self._clean = len(self._done)

    def _notify(self, command: Command) -> None:
        for listener in list(self._listeners):
            listener(command)
