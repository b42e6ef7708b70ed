"""Step 3: every department name the registry did not settle, once — map it to a registered department
(searchable; remembered as an alias) or create it with its full name, short name and kind."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ipdesk.domain.enums import DepartmentKind
from ipdesk.services.departments import DepartmentInfo
from ipdesk.services.plan_intake import (
    CreateDepartment,
    MapToExisting,
    Resolution,
    UnresolvedName,
    default_resolution,
)
from ipdesk.services.plan_intake.draft import AMBIGUOUS, RENAMED
from ui import formatting
from ui.widgets import hint_label

CREATE = 0  # department ids start at 1
UNDECIDED = -1


def department_choices(departments: Sequence[DepartmentInfo]) -> list[tuple[str, int]]:
    """(label, id) of the active departments: the short name (the full name where two share it), then the
    full name when it differs, so typing either finds it."""
    active = [d for d in departments if d.active]
    labels = formatting.department_labels(active)
    found = []
    for dept in active:
        label = labels[dept.id]
        found.append((label if label == dept.name else f"{label} — {dept.name}", dept.id))
    return found


class NameRow(QObject):
    """The decision for one name: a searchable combo (新建 or a department) and, for 新建, name/short name/kind.

    The editors are children of ``holder`` (they sit in its grid, one row per name).
    """

    changed = Signal()

    def __init__(self, name: UnresolvedName, departments: Sequence[DepartmentInfo], holder: QWidget) -> None:
        super().__init__(holder)
        self.name = name
        labels = {dept_id: label for label, dept_id in department_choices(departments)}
        self.label = QLabel(name.name, holder)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.where = QLabel(holder)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.combo = QComboBox(holder)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumContentsLength(18)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.addItem(self.tr("New department"), CREATE)
        suggested = [dept_id for dept_id in (name.proposed_id, *name.candidates) if dept_id in labels]
        for dept_id in dict.fromkeys(suggested):
            self.combo.addItem(self.tr("Suggested: {name}").format(name=labels[dept_id]), dept_id)
        for dept_id, label in labels.items():
            if dept_id not in suggested:
                self.combo.addItem(label, dept_id)
        completer = self.combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.lineEdit().setPlaceholderText(self.tr("Choose, or type to search…"))
        self.full_name = QLineEdit(name.name, holder)
        self.short_name = QLineEdit(holder)
        self.kind = QComboBox(holder)
        for kind in DepartmentKind:
            self.kind.addItem(kind.label, kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(name.kind), 0))
        self.set_resolution(default_resolution(name))
        self.combo.currentIndexChanged.connect(self._changed)
        self.combo.editTextChanged.connect(lambda _text: self._changed())
        self.full_name.textChanged.connect(lambda _text: self._changed())
        self.kind.currentIndexChanged.connect(lambda _row: self.changed.emit())
        self.retranslate_ui()
        self._changed()

    def retranslate_ui(self) -> None:
        status = {
            AMBIGUOUS: self.tr("several departments answer to this name"),
            RENAMED: self.tr("found only under its new name; confirm"),
        }.get(self.name.status, self.tr("not in the registry"))
        where = self.tr("line {line}").format(line=self.name.first_line) if self.name.first_line else ""
        uses = self.tr("%n use(s)", "", self.name.uses)
        others = [spelling for spelling in self.name.spellings if spelling != self.name.name]
        also = self.tr("also written {names}").format(names=formatting.join(others)) if others else ""
        self.where.setText(" · ".join(part for part in (status, uses, where, also) if part))
        self.full_name.setPlaceholderText(self.tr("Full name"))
        self.short_name.setPlaceholderText(self.tr("Short name (optional)"))

    def chosen(self) -> int:
        index = self.combo.findText(self.combo.currentText())
        data = self.combo.itemData(index) if index >= 0 else UNDECIDED
        return data if isinstance(data, int) else UNDECIDED

    def resolution(self) -> Resolution | None:
        chosen = self.chosen()
        if chosen == CREATE:
            name = self.full_name.text().strip()
            if not name:
                return None
            kind = self.kind.currentData()
            return CreateDepartment(name, self.short_name.text().strip() or None, kind)
        if chosen > 0:
            return MapToExisting(chosen)
        return None

    def set_resolution(self, resolution: Resolution | None) -> None:
        if isinstance(resolution, MapToExisting):
            self.combo.setCurrentIndex(self.combo.findData(resolution.department_id))
        elif isinstance(resolution, CreateDepartment):
            self.combo.setCurrentIndex(0)
            self.full_name.setText(resolution.name)
            self.short_name.setText(resolution.short_name or "")
            self.kind.setCurrentIndex(max(self.kind.findData(resolution.kind), 0))
        else:
            self.combo.setCurrentIndex(-1)

    def _changed(self) -> None:
        self.combo.lineEdit().setCursorPosition(0)  # a long label shows its start, not its end
        creating = self.chosen() == CREATE
        for widget in (self.full_name, self.short_name, self.kind):
            widget.setEnabled(creating)
        self.changed.emit()


class DepartmentsPanel(QWidget):
    """The rows for all names; ``changed`` whenever a decision changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = hint_label(self)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.headers = [QLabel(self) for _ in range(5)]
        self.rows_widget = QWidget(self)
        self.grid = QGridLayout(self.rows_widget)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)
        self.grid.setColumnStretch(3, 1)
        self.grid.setHorizontalSpacing(10)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.rows_widget)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.scroll, 1)
        self.rows: dict[str, NameRow] = {}
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "These department names are not (or not clearly) in the department registry. Choose the department "
                "each one means — ipdesk remembers the name for next time — or create a new department. "
                "Collectives such as 各旗县区人民政府 are created with the kind “Collective”."
            )
        )
        self.empty.setText(self.tr("Every department the document names is in the registry. Nothing to decide."))
        for label, text in zip(
            self.headers,
            (
                self.tr("Name in the document"),
                self.tr("Department it means"),
                self.tr("Full name of the new department"),
                self.tr("Short name"),
                self.tr("Kind"),
            ),
            strict=True,
        ):
            label.setText(f"<b>{text}</b>")
        for row in self.rows.values():
            row.retranslate_ui()

    def show_names(self, names: Sequence[UnresolvedName], departments: Sequence[DepartmentInfo]) -> None:
        """Fill the rows, keeping the decisions already made for names still listed."""
        kept = {name: row.resolution() for name, row in self.rows.items()}
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in self.headers:
                widget.hide()
                widget.deleteLater()
        for row in self.rows.values():
            row.deleteLater()
        self.rows = {}
        for column, label in enumerate(self.headers):
            self.grid.addWidget(label, 0, column)
        for number, name in enumerate(names, start=1):
            row = NameRow(name, departments, self.rows_widget)
            if kept.get(name.name) is not None:
                row.set_resolution(kept[name.name])
            row.changed.connect(self.changed)
            names_cell = QWidget(self.rows_widget)
            cell = QVBoxLayout(names_cell)
            cell.setContentsMargins(0, 0, 0, 0)
            cell.setSpacing(0)
            cell.addWidget(row.label)
            cell.addWidget(row.where)
            self.grid.addWidget(names_cell, number, 0)
            self.grid.addWidget(row.combo, number, 1)
            self.grid.addWidget(row.full_name, number, 2)
            self.grid.addWidget(row.short_name, number, 3)
            self.grid.addWidget(row.kind, number, 4)
            self.rows[name.name] = row
        self.grid.setRowStretch(len(names) + 1, 1)
        self.empty.setVisible(not names)
        self.scroll.setVisible(bool(names))
        self.intro.setVisible(bool(names))
        self.changed.emit()

    def resolutions(self) -> dict[str, Resolution]:
        found = {}
        for name, row in self.rows.items():
            resolution = row.resolution()
            if resolution is not None:
                found[name] = resolution
        return found

    def undecided(self) -> list[str]:
        return [name for name, row in self.rows.items() if row.resolution() is None]
