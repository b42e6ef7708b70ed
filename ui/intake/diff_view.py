"""Step 4 for a plan already stored: what the revised document changes, grouped, old beside new."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ipdesk.domain.enums import Direction, IndicatorCategory, IndicatorKind, Role
from ipdesk.i18n import QT_TRANSLATE_NOOP
from ipdesk.services.plan_intake import AssignmentChange, FieldChange, IndicatorDiff, PlanDiff, TaskDiff

PREVIEW_CHARS = 60
ADDED = QBrush(QColor("#067647"))
REMOVED = QBrush(QColor("#b42318"))
KEPT = QBrush(QColor("#b54708"))

PLAN_FIELDS = {
    "title": QT_TRANSLATE_NOOP("DiffView", "Title"),
    "doc_number": QT_TRANSLATE_NOOP("DiffView", "Document number"),
    "issuer": QT_TRANSLATE_NOOP("DiffView", "Issuer"),
    "issue_date": QT_TRANSLATE_NOOP("DiffView", "Issue date"),
    "kind": QT_TRANSLATE_NOOP("DiffView", "Document kind"),
    "start_year": QT_TRANSLATE_NOOP("DiffView", "First year"),
    "end_year": QT_TRANSLATE_NOOP("DiffView", "Last year"),
}
TASK_FIELDS = {
    "number": QT_TRANSLATE_NOOP("DiffView", "Number"),
    "title": QT_TRANSLATE_NOOP("DiffView", "Title"),
    "text": QT_TRANSLATE_NOOP("DiffView", "Text"),
    "deadline_text": QT_TRANSLATE_NOOP("DiffView", "Deadline"),
    "section": QT_TRANSLATE_NOOP("DiffView", "Section"),
}
INDICATOR_FIELDS = {
    "name": QT_TRANSLATE_NOOP("DiffView", "Name"),
    "code": QT_TRANSLATE_NOOP("DiffView", "Code"),
    "unit": QT_TRANSLATE_NOOP("DiffView", "Unit"),
    "kind": QT_TRANSLATE_NOOP("DiffView", "Indicator kind"),
    "category": QT_TRANSLATE_NOOP("DiffView", "Category"),
    "direction": QT_TRANSLATE_NOOP("DiffView", "Direction"),
    "baseline_year": QT_TRANSLATE_NOOP("DiffView", "Baseline year"),
    "baseline_value": QT_TRANSLATE_NOOP("DiffView", "Baseline value"),
    "definition": QT_TRANSLATE_NOOP("DiffView", "Definition"),
    "note": QT_TRANSLATE_NOOP("DiffView", "Note"),
}
ENUMS = {"kind": IndicatorKind, "category": IndicatorCategory, "direction": Direction}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DiffView", text)


def _short(text: str, start: int = 0) -> str:
    """``text`` on one line, at most ``PREVIEW_CHARS`` characters from ``start`` (with … where cut)."""
    flat = " ".join(text.split())
    start = max(0, min(start, len(flat) - PREVIEW_CHARS))
    piece = flat[start : start + PREVIEW_CHARS]
    return ("…" if start else "") + piece + ("…" if start + PREVIEW_CHARS < len(flat) else "")


def _first_difference(old: str, new: str) -> int:
    """Where two texts part (on their one-line forms), less a little context."""
    a, b = " ".join(old.split()), " ".join(new.split())
    same = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return max(0, same - 12)


class DiffView(QTreeWidget):
    """Groups (plan details, sections, tasks added/removed/changed, indicators …) with old and new values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._diff: PlanDiff | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setHeaderLabels([self.tr("What changes"), self.tr("Stored now"), self.tr("In the document")])
        if self._diff is not None:
            self.show_diff(self._diff)

    def groups(self) -> list[str]:
        """The top-level rows' texts (for tests and screen readers)."""
        return [self.topLevelItem(i).text(0) for i in range(self.topLevelItemCount())]

    def show_diff(self, diff: PlanDiff) -> None:
        self._diff = diff
        self.clear()
        if diff.is_empty:
            self._group(self.tr("The document matches the stored plan; saving changes nothing."), [], always=True)
            return
        groups = (
            (
                self.tr("Plan details (%n)", "", len(diff.metadata)),
                [self._field(f, PLAN_FIELDS) for f in diff.metadata],
            ),
            (
                self.tr("Changed tasks (%n)", "", len(diff.tasks_changed)),
                [self._changed_task(t) for t in diff.tasks_changed],
            ),
            (self.tr("New tasks (%n)", "", len(diff.tasks_added)), [self._added_task(t) for t in diff.tasks_added]),
            (
                self.tr("Tasks no longer in the document (%n)", "", len(diff.tasks_removed)),
                [self._removed_task(t) for t in diff.tasks_removed],
            ),
            (
                self.tr("Changed indicators (%n)", "", len(diff.indicators_changed)),
                [self._indicator(i, added=False) for i in diff.indicators_changed],
            ),
            (
                self.tr("New indicators (%n)", "", len(diff.indicators_added)),
                [self._indicator(i, added=True) for i in diff.indicators_added],
            ),
            (
                self.tr("Indicators no longer in the document (%n)", "", len(diff.indicators_removed)),
                [self._removed_indicator(i) for i in diff.indicators_removed],
            ),
        )
        for title, children in groups:
            self._group(title, children)
        sections = [self._line(h, "", self.tr("new"), ADDED) for h in diff.sections_added]
        sections += [self._line(h, h, self.tr("deleted"), REMOVED) for h in diff.sections_removed]
        self._group(self.tr("Sections (%n)", "", len(sections)), sections)
        unchanged = self.tr("Unchanged: %n task(s)", "", diff.tasks_unchanged)
        unchanged += self.tr(", %n indicator(s)", "", diff.indicators_unchanged)
        self._group(unchanged, [], always=True)
        self.expandAll()

    # -- rows -----------------------------------------------------------------------------------------

    def _group(self, title: str, children: Sequence[QTreeWidgetItem], *, always: bool = False) -> None:
        """A bold group row with ``children``; a group without children is left out unless ``always``."""
        if not children and not always:
            return
        item = QTreeWidgetItem([title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)
        self.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)
        item.addChildren(list(children))

    @staticmethod
    def _line(what: str, old: str, new: str, brush: QBrush | None = None, tooltip: str = "") -> QTreeWidgetItem:
        start = _first_difference(old, new) if old and new else 0  # long texts: show where they differ
        item = QTreeWidgetItem([what, _short(old, start), _short(new, start)])
        for column, full in enumerate((what, old, new)):
            item.setToolTip(column, tooltip or full)
        if brush is not None:
            for column in range(3):
                item.setForeground(column, brush)
        return item

    def _field(self, change: FieldChange, labels: dict[str, str]) -> QTreeWidgetItem:
        if change.field == "target":
            what = self.tr("Target {year}").format(year=change.year)
        else:
            what = _tr(labels.get(change.field, change.field))
        old, new = change.old, change.new
        enum = ENUMS.get(change.field) if labels is INDICATOR_FIELDS else None
        if enum is not None:
            old = enum(old).label if old in enum.values() else old
            new = enum(new).label if new in enum.values() else new
        return self._line(what, old, new)

    def _assignment(self, change: AssignmentChange) -> QTreeWidgetItem:
        if change.old_role is None:
            return self._line(change.department, "", Role.label_of(change.new_role), ADDED)
        if change.new_role is None:
            if change.kept:
                kept = self.tr("stays: it has %n report(s) on this task", "", change.reports)
                return self._line(change.department, Role.label_of(change.old_role), kept, KEPT)
            return self._line(change.department, Role.label_of(change.old_role), self.tr("no longer named"), REMOVED)
        return self._line(change.department, Role.label_of(change.old_role), Role.label_of(change.new_role))

    def _added_task(self, task: TaskDiff) -> QTreeWidgetItem:
        item = self._line(task.heading, "", self.tr("new"), ADDED)
        item.addChildren([self._assignment(a) for a in task.assignments])
        return item

    def _removed_task(self, task: TaskDiff) -> QTreeWidgetItem:
        if task.kept:
            text = self.tr("stays: departments have filed %n report(s) on it", "", task.reports)
            return self._line(task.heading, task.heading, text, KEPT)
        return self._line(task.heading, task.heading, self.tr("deleted"), REMOVED)

    def _changed_task(self, task: TaskDiff) -> QTreeWidgetItem:
        item = QTreeWidgetItem([task.heading])
        item.setToolTip(0, task.heading)
        item.addChildren([self._field(f, TASK_FIELDS) for f in task.fields])
        item.addChildren([self._assignment(a) for a in task.assignments])
        return item

    def _indicator(self, indicator: IndicatorDiff, *, added: bool) -> QTreeWidgetItem:
        item = self._line(indicator.name, "", self.tr("new"), ADDED) if added else QTreeWidgetItem([indicator.name])
        item.addChildren([self._field(f, INDICATOR_FIELDS) for f in indicator.fields])
        item.addChildren([self._assignment(a) for a in indicator.departments])
        return item

    def _removed_indicator(self, indicator: IndicatorDiff) -> QTreeWidgetItem:
        if indicator.kept:
            text = self.tr("stays: %n value(s) recorded", "", indicator.values)
            return self._line(indicator.name, indicator.name, text, KEPT)
        return self._line(indicator.name, indicator.name, self.tr("deleted"), REMOVED)
