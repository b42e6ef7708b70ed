"""Adding and editing a department (names, kind, unit, contact person and phone, aliases), and merging one
into its successor after a 机构改革. The services check everything; refused fields say why under them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipdesk.domain.enums import DepartmentKind
from ipdesk.errors import ConflictError, ValidationError
from ipdesk.i18n import translate
from ipdesk.services.departments import DepartmentInfo
from ipdesk.services.units import UnitInfo
from ui.context import AppContext
from ui.widgets import error_label, hint_label, title_label


class DepartmentDialog(QDialog):
    saved = Signal(object)  # DepartmentInfo

    def __init__(
        self,
        ctx: AppContext,
        units: list[UnitInfo],
        department: DepartmentInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.department = department
        self.setWindowTitle(self.tr("Edit department") if department else self.tr("New department"))
        self.name_edit = QLineEdit(self)
        self.short_edit = QLineEdit(self)
        self.kind_combo = QComboBox(self)
        for kind in DepartmentKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.unit_combo = QComboBox(self)
        self.unit_combo.addItem(self.tr("(none)"), None)
        for unit in units:
            self.unit_combo.addItem(unit.name, unit.id)
        self.contact_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.note_edit = QLineEdit(self)
        self.alias_list = QListWidget(self)
        self.alias_edit = QLineEdit(self)
        self.alias_edit.setPlaceholderText(self.tr("Another name used in documents, e.g. 市监局"))
        self.add_alias_button = QPushButton(self.tr("&Add name"), self)
        self.add_alias_button.clicked.connect(self.add_alias)
        self.remove_alias_button = QPushButton(self.tr("Remo&ve name"), self)
        self.remove_alias_button.clicked.connect(self.remove_alias)
        self.errors = {key: error_label(self) for key in ("name", "short", "contact", "phone", "alias", "form")}

        form = QFormLayout()
        for label, widget, key in (
            (self.tr("Full &name:"), self.name_edit, "name"),
            (self.tr("&Short name:"), self.short_edit, "short"),
            (self.tr("&Kind:"), self.kind_combo, None),
            (self.tr("Administrative &unit:"), self.unit_combo, None),
            (self.tr("&Contact person:"), self.contact_edit, "contact"),
            (self.tr("&Phone:"), self.phone_edit, "phone"),
            (self.tr("N&ote:"), self.note_edit, None),
        ):
            form.addRow(label, widget)
            if key:
                form.addRow("", self.errors[key])
        alias_row = QHBoxLayout()
        alias_row.addWidget(self.alias_edit, 1)
        alias_row.addWidget(self.add_alias_button)
        alias_row.addWidget(self.remove_alias_button)
        form.addRow(self.tr("Also known as:"), self.alias_list)
        form.addRow("", alias_row)
        form.addRow("", self.errors["alias"])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("中")
        self.resize(em * 36, self.sizeHint().height())

        if department is not None:
            self.name_edit.setText(department.name)
            self.short_edit.setText(department.short_name or "")
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(department.kind), 0))
            self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(department.unit_id), 0))
            self.contact_edit.setText(department.contact_person or "")
            self.phone_edit.setText(department.phone or "")
            self.note_edit.setText(department.note or "")
            self.alias_list.addItems(list(department.aliases))

    def aliases(self) -> list[str]:
        return [self.alias_list.item(row).text() for row in range(self.alias_list.count())]

    def add_alias(self) -> None:
        text = self.alias_edit.text().strip()
        if text and text not in self.aliases():
            self.alias_list.addItem(text)
        self.alias_edit.clear()

    def remove_alias(self) -> None:
        for item in self.alias_list.selectedItems():
            self.alias_list.takeItem(self.alias_list.row(item))

    def _show(self, error: ValidationError | ConflictError) -> None:
        """Under the field the error names; a clash of names under the name or the alias it concerns."""
        by_field = {
            translate("Fields", "Department name"): "name",
            translate("Fields", "Short name"): "short",
            translate("Fields", "Contact person"): "contact",
            translate("Fields", "Phone"): "phone",
            translate("Fields", "Alias"): "alias",
        }
        if isinstance(error, ConflictError):
            key = "alias" if any(alias in error.message for alias in self.aliases()) else "name"
        else:
            key = by_field.get(error.field or "", "form")
        label = self.errors[key]
        label.setText(error.message)
        label.show()

    def submit(self) -> None:
        for label in self.errors.values():
            label.hide()
        if not self.name_edit.text().strip():
            self._show(
                ValidationError(
                    self.tr("Write the department's full name, as on its seal."),
                    field=translate("Fields", "Department name"),
                )
            )
            self.name_edit.setFocus()
            return
        fields = {
            "name": self.name_edit.text(),
            "short_name": self.short_edit.text(),
            "kind": self.kind_combo.currentData(),
            "unit_id": self.unit_combo.currentData(),
            "contact_person": self.contact_edit.text(),
            "phone": self.phone_edit.text(),
            "note": self.note_edit.text(),
        }
        departments = self.ctx.services.departments
        department = self.department
        aliases = self.aliases()
        self.buttons.setEnabled(False)
        if department is None:

            def work(_context: object) -> DepartmentInfo:
                return departments.create(str(fields.pop("name")), aliases=aliases, **fields)  # type: ignore[arg-type]

        else:
            old = set(department.aliases)

            def work(_context: object) -> DepartmentInfo:
                info = departments.update(department.id, **fields)
                for alias in old - set(aliases):
                    info = departments.remove_alias(department.id, alias)
                for alias in aliases:
                    if alias not in old:
                        info = departments.add_alias(department.id, alias)
                return info

        self.ctx.operations.run(
            work, parent=self, label=self.tr("Saving the department…"), on_success=self._saved, on_failure=self._failed
        )

    def _saved(self, info: DepartmentInfo) -> None:
        self.saved.emit(info)
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError | ConflictError):
            self._show(error)
            return True
        return False


class MergeDialog(QDialog):
    """Fold a department into its successor after a 机构改革; the history stays with the reports."""

    merged = Signal(object)  # the successor's DepartmentInfo

    def __init__(
        self,
        ctx: AppContext,
        old: DepartmentInfo,
        candidates: list[DepartmentInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.old = old
        self.confirm: Callable[[str], bool] = self._ask
        self.setWindowTitle(self.tr("Merge department"))
        heading = title_label(self)
        heading.setText(self.tr("Merge {name} into its successor").format(name=old.name))
        explanation = hint_label(self)
        explanation.setText(
            self.tr(
                "Use this after a reorganisation (机构改革) renamed or merged the department. Its tasks and "
                "indicators move to the successor; the reports it already filed keep their history; its names "
                "become names of the successor, so documents and forms using them still match. It is then shown as "
                "merged."
            )
        )
        self.into_combo = QComboBox(self)
        self.into_combo.setEditable(True)
        self.into_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for department in candidates:
            if department.id != old.id and department.active:
                self.into_combo.addItem(department.name, department.id)
        self.into_combo.setCurrentIndex(-1)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("&Successor:"), self.into_combo)
        form.addRow("", self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("中")
        self.resize(em * 34, self.sizeHint().height())

    def choose(self, department_id: int) -> None:
        self.into_combo.setCurrentIndex(self.into_combo.findData(department_id))

    def submit(self) -> None:
        index = self.into_combo.findText(self.into_combo.currentText().strip(), Qt.MatchFlag.MatchExactly)
        if index < 0:
            self.error.setText(self.tr("Choose the department that took over its work."))
            self.error.show()
            return
        into_id, into_name = int(self.into_combo.itemData(index)), self.into_combo.itemText(index)
        question = self.tr("Merge {old} into {new}? This cannot be undone from here.").format(
            old=self.old.name, new=into_name
        )
        if not self.confirm(question):
            return
        departments, old_id = self.ctx.services.departments, self.old.id
        self.buttons.setEnabled(False)
        self.ctx.operations.run(
            lambda _c: departments.merge(old_id, into_id),
            parent=self,
            label=self.tr("Merging the departments…"),
            on_success=self._merged,
            on_failure=self._failed,
        )

    def _merged(self, info: DepartmentInfo) -> None:
        self.merged.emit(info)
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError | ConflictError):
            self.error.setText(error.message)
            self.error.show()
            return True
        return False

    def _ask(self, question: str) -> bool:
        return QMessageBox.question(self, self.tr("Merge department"), question) == QMessageBox.StandardButton.Yes
