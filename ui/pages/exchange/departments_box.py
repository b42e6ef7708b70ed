"""Department names the registry does not know, resolved inline: map each to a department (remembered as an alias)
or, for task assignment tables, create it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ipdesk.domain.enums import BatchKind
from ipdesk.services.departments import DepartmentInfo
from ipdesk.services.exchange import FilePreview
from ui import formatting

UNRESOLVED = -1
CREATE = 0  # department ids start at 1
MAX_ROWS_HEIGHT = 140


@dataclass(frozen=True)
class UnknownName:
    """One unknown name across the previewed files: where it is used and what the registry suggests."""

    name: str
    files: tuple[str, ...]
    rows: tuple[int, ...]
    candidates: tuple[tuple[int, str], ...]
    can_create: bool  # only a 分工表 can bring in a new department


def unknown_names(files: Sequence[FilePreview]) -> list[UnknownName]:
    found: dict[str, dict[str, list]] = {}
    for file in files:
        for unknown in file.unknown_departments:
            entry = found.setdefault(unknown.name, {"files": [], "rows": [], "candidates": [], "create": []})
            entry["files"].append(file.name)
            entry["rows"].extend(unknown.rows)
            entry["candidates"].extend(unknown.candidates)
            entry["create"].append(file.kind == BatchKind.ASSIGNMENT.value)
    return [
        UnknownName(
            name,
            tuple(dict.fromkeys(e["files"])),
            tuple(dict.fromkeys(e["rows"])),
            tuple(dict.fromkeys(e["candidates"])),
            all(e["create"]),
        )
        for name, e in found.items()
    ]


def department_labels(departments: Sequence[DepartmentInfo]) -> list[tuple[str, int]]:
    """(label, id) for every active department; a short name two units share says which unit it is."""
    active = [d for d in departments if d.active]
    repeated = Counter(d.display_name for d in active)
    labels = []
    for department in active:
        label = department.display_name
        if repeated[label] > 1 and department.unit_name:
            label = f"{label}（{department.unit_name}）"
        if department.display_name != department.name:
            label = f"{label} — {department.name}"
        labels.append((label, department.id))
    return labels


class DepartmentsBox(QGroupBox):
    """Emits ``resolved`` with {written name: department id, or None to create it} for the names chosen."""

    resolved = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.rows = QWidget(self)
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(2, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.rows)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.apply_button = QPushButton(self)
        self.apply_button.clicked.connect(self._apply)
        header = QHBoxLayout()
        header.addWidget(self.intro, 1)
        header.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(header)
        layout.addWidget(self.scroll)
        self.combos: dict[str, QComboBox] = {}
        self._names: list[UnknownName] = []
        self._departments: list[tuple[str, int]] = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Department names to confirm"))
        self.intro.setText(
            self.tr(
                "These names are not in the department registry. Choose the department each one means — ipdesk "
                "remembers it as another name of that department — then preview again."
            )
        )
        self.apply_button.setText(self.tr("Confirm and preview again"))
        if self._names:
            self.show_names(self._names, self._departments)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_names(self, names: list[UnknownName], departments: list[tuple[str, int]]) -> None:
        chosen = {name: combo.currentData() for name, combo in self.combos.items()}
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.combos = {}
        self._names, self._departments = names, departments
        for row, unknown in enumerate(names):
            label = QLabel(self.rows)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setText(unknown.name)
            label.setToolTip(self._where(unknown))
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            combo = self._combo(unknown)
            if chosen.get(unknown.name) is not None:
                combo.setCurrentIndex(combo.findData(chosen[unknown.name]))
            where = QLabel(self._where(unknown), self.rows)
            where.setWordWrap(True)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(combo, row, 1)
            self.grid.addWidget(where, row, 2)
            self.combos[unknown.name] = combo
        self.scroll.setFixedHeight(min(MAX_ROWS_HEIGHT, self.rows.sizeHint().height()))  # up to four names
        self.setVisible(bool(names))

    def _where(self, unknown: UnknownName) -> str:
        files = formatting.join(unknown.files)
        if not unknown.rows:
            return self.tr("in {files}").format(files=files)
        rows = formatting.join(str(r) for r in unknown.rows[:8]) + ("…" if len(unknown.rows) > 8 else "")
        return self.tr("in {files}, rows {rows}").format(files=files, rows=rows)

    def _combo(self, unknown: UnknownName) -> QComboBox:
        combo = QComboBox(self.rows)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMinimumContentsLength(24)
        combo.setMaximumWidth(combo.fontMetrics().horizontalAdvance("中") * 30)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        if unknown.can_create:
            combo.addItem(self.tr('Create a new department "{name}"').format(name=unknown.name), CREATE)
        suggested = {department_id for department_id, _label in unknown.candidates}
        for department_id, label in unknown.candidates:
            combo.addItem(self.tr("Suggested: {name}").format(name=label), department_id)
        for label, department_id in self._departments:
            if department_id not in suggested:
                combo.addItem(label, department_id)
        completer = combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCurrentIndex(-1)  # nothing chosen yet: the placeholder shows
        combo.lineEdit().setPlaceholderText(self.tr("Choose, or type to search…"))
        return combo

    def choices(self) -> dict[str, int | None]:
        """{name: id, or None to create} for every name with a choice whose text still matches it."""
        result: dict[str, int | None] = {}
        for name, combo in self.combos.items():
            index = combo.findText(combo.currentText())
            data = combo.itemData(index) if index >= 0 else UNRESOLVED
            if data == CREATE:
                result[name] = None
            elif isinstance(data, int) and data > 0:
                result[name] = data
        return result

    def _apply(self) -> None:
        self.resolved.emit(self.choices())
