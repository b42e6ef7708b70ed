"""新建行政区划: add an administrative unit (自治区 / 盟市 / 旗县区) so a new installation can name its own."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ipdesk.domain.enums import UnitLevel
from ipdesk.errors import IpdeskError
from ipdesk.services.units import UnitInfo, UnitService


class UnitDialog(QDialog):
    """Name, level and parent of a new unit; the service's refusal is shown inside the dialog."""

    def __init__(self, units: UnitService, existing: list[UnitInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.units = units
        self.created: UnitInfo | None = None
        self.setWindowTitle(self.tr("New administrative unit"))
        self.name_edit = QLineEdit(self)
        self.level_combo = QComboBox(self)
        for level in UnitLevel:
            self.level_combo.addItem(level.label, level.value)
        self.level_combo.setCurrentIndex(self.level_combo.findData(UnitLevel.COUNTY.value))
        self.parent_combo = QComboBox(self)
        self.parent_combo.addItem(self.tr("(none: top level)"), None)
        for unit in existing:
            if unit.level != UnitLevel.COUNTY.value:
                self.parent_combo.addItem(unit.name, unit.id)
        if self.parent_combo.count() > 1:
            self.parent_combo.setCurrentIndex(self.parent_combo.count() - 1)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Level"), self.level_combo)
        form.addRow(self.tr("Belongs to"), self.parent_combo)
        form.addRow(self.error_label)
        form.addRow(buttons)
        self.name_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 16)

    def accept(self) -> None:
        """Create the unit (a quick single insert, so on the GUI thread); stay open on a refusal."""
        try:
            self.created = self.units.create(
                self.name_edit.text(), self.level_combo.currentData(), parent_id=self.parent_combo.currentData()
            )
        except IpdeskError as error:
            self.error_label.setText(error.message)
            self.name_edit.setFocus()
            return
        super().accept()
