"""设置: interface language, the administrative unit this installation serves, the database and backups."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ipdesk.domain.enums import UnitLevel
from ipdesk.errors import ValidationError
from ipdesk.i18n import LANGUAGES
from ipdesk.services.units import InstallationInfo, UnitInfo
from ui.app import active_language, set_language
from ui.context import AppContext
from ui.dialogs.unit_dialog import UnitDialog
from ui.operations import Work
from ui.pages.base import Page
from ui.widgets import hint_label

_INDENT = {UnitLevel.REGION.value: 0, UnitLevel.CITY.value: 1, UnitLevel.COUNTY.value: 2}


@dataclass(frozen=True)
class SettingsData:
    units: list[UnitInfo]
    installation: InstallationInfo


def _selectable(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SettingsPage(Page):
    KEY = "settings"
    WATCHES = frozenset({"installation", "admin_units"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._data = SettingsData([], InstallationInfo(None, None, None))

        # Language
        self.language_box = QGroupBox(self)
        self.language_label = QLabel(self.language_box)
        self.language_combo = QComboBox(self.language_box)
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_label.setBuddy(self.language_combo)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.language_hint = hint_label(self.language_box)
        language_form = QFormLayout(self.language_box)
        language_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        language_form.addRow(self.language_label, self.language_combo)
        language_form.addRow(self.language_hint)

        # Installation
        self.unit_box = QGroupBox(self)
        self.unit_label = QLabel(self.unit_box)
        self.unit_combo = QComboBox(self.unit_box)
        self.unit_label.setBuddy(self.unit_combo)
        self.unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unit_combo.setMinimumContentsLength(12)  # "（尚未选择）" and unit names shown whole
        self.new_unit_button = QPushButton(self.unit_box)
        self.new_unit_button.clicked.connect(self.add_unit)
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit_combo)
        unit_row.addWidget(self.new_unit_button)
        self.office_label = QLabel(self.unit_box)
        self.office_edit = QLineEdit(self.unit_box)
        self.office_label.setBuddy(self.office_edit)
        self.save_unit_button = QPushButton(self.unit_box)
        self.save_unit_button.clicked.connect(self.save_installation)
        self.unit_status = QLabel(self.unit_box)
        self.unit_status.setWordWrap(True)
        self.unit_hint = hint_label(self.unit_box)
        unit_buttons = QHBoxLayout()
        unit_buttons.addWidget(self.save_unit_button)
        unit_buttons.addWidget(self.unit_status, 1)
        unit_form = QFormLayout(self.unit_box)
        unit_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.office_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 28)
        unit_form.addRow(self.unit_hint)
        unit_form.addRow(self.unit_label, unit_row)
        unit_form.addRow(self.office_label, self.office_edit)
        unit_form.addRow(unit_buttons)

        # Database and backups
        self.database_box = QGroupBox(self)
        self.path_label = QLabel(self.database_box)
        self.path_value = _selectable(QLabel(self.database_box))
        self.backup_dir_label = QLabel(self.database_box)
        self.backup_dir_value = _selectable(QLabel(self.database_box))
        self.backup_button = QPushButton(self.database_box)
        self.backup_button.clicked.connect(self.back_up)
        self.open_backups_button = QPushButton(self.database_box)
        self.open_backups_button.clicked.connect(self._open_backup_folder)
        self.backup_status = _selectable(QLabel(self.database_box))
        backup_buttons = QHBoxLayout()
        backup_buttons.addWidget(self.backup_button)
        backup_buttons.addWidget(self.open_backups_button)
        backup_buttons.addStretch(1)
        database_form = QFormLayout(self.database_box)
        database_form.addRow(self.path_label, self.path_value)
        database_form.addRow(self.backup_dir_label, self.backup_dir_value)
        database_form.addRow(backup_buttons)
        database_form.addRow(self.backup_status)

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.language_box)
        content_layout.addWidget(self.unit_box)
        content_layout.addWidget(self.database_box)
        content_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self._show_database()
        self.setFocusProxy(self.language_combo)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.language_box.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("&Interface language:"))
        self.language_hint.setText(self.tr("The change takes effect at once and is remembered for the next start."))
        self.unit_box.setTitle(self.tr("This office"))
        self.unit_hint.setText(
            self.tr(
                "The administrative unit this installation works for. Reports and indicator values are "
                "collected for this unit."
            )
        )
        self.unit_label.setText(self.tr("Administrative &unit:"))
        self.office_label.setText(self.tr("&Office name:"))
        self.office_edit.setPlaceholderText(self.tr("e.g. the market regulation bureau (IP office) of your unit"))
        self.save_unit_button.setText(self.tr("&Save"))
        self.new_unit_button.setText(self.tr("New unit…"))
        self.database_box.setTitle(self.tr("Database and backups"))
        self.path_label.setText(self.tr("Database file:"))
        self.backup_dir_label.setText(self.tr("Backup folder:"))
        self.backup_button.setText(self.tr("&Back up now"))
        self.open_backups_button.setText(self.tr("Open backup &folder"))
        self._sync_language_combo()
        self._fill_units()
        self._show_database()

    # -- language -------------------------------------------------------------------------------------

    def _sync_language_combo(self) -> None:
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(active_language()), 0))
        self.language_combo.blockSignals(False)

    def _language_chosen(self, _index: int) -> None:
        code = self.language_combo.currentData()
        if isinstance(code, str) and code != active_language():
            set_language(code)

    # -- installation ---------------------------------------------------------------------------------

    def loader(self) -> Work[Any]:
        services = self.ctx.services
        return lambda _context: SettingsData(services.units.list(), services.units.installation())

    def show_data(self, data: SettingsData) -> None:
        self._data = data
        self.office_edit.setText(data.installation.office_name or "")
        self._fill_units()

    def _fill_units(self) -> None:
        current = self.unit_combo.currentData()
        if current is None:
            current = self._data.installation.unit_id
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("(not chosen yet)"), None)
        for unit in self._data.units:
            indent = "　" * _INDENT.get(unit.level, 0)
            self.unit_combo.addItem(f"{indent}{unit.name}", unit.id)
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(current), 0) if current is not None else 0)
        self.unit_combo.blockSignals(False)

    def add_unit(self) -> None:
        """Add a unit that is not in the list yet (a new database starts with none) and select it."""
        dialog = UnitDialog(self.ctx.services.units, list(self._data.units), self)
        if dialog.exec() and dialog.created is not None:
            self._data = SettingsData(self.ctx.services.units.list(), self._data.installation)
            self._fill_units()
            self.unit_combo.setCurrentIndex(self.unit_combo.findData(dialog.created.id))

    def save_installation(self) -> None:
        unit_id = self.unit_combo.currentData()
        if unit_id is None:
            self.unit_status.setText(self.tr("Choose the administrative unit first."))
            return
        services = self.ctx.services
        office = self.office_edit.text()
        self.unit_status.clear()
        self.ctx.operations.run(
            lambda _context: services.units.set_installation(int(unit_id), office),
            parent=self,
            label=self.tr("Saving…"),
            on_success=self._installation_saved,
            on_failure=self._installation_failed,
        )

    def _installation_saved(self, info: InstallationInfo) -> None:
        self.unit_status.setText(self.tr("Saved: this installation works for {unit}.").format(unit=info.unit_name))

    def _installation_failed(self, error: BaseException) -> bool:
        if isinstance(error, ValidationError):
            self.unit_status.setText(error.message)
            self.office_edit.setFocus()
            return True
        return False

    # -- database and backups -------------------------------------------------------------------------

    def backup_folder(self) -> Path:
        return self.ctx.services.maintenance.backup_folder()

    def _show_database(self) -> None:
        path = self.ctx.database_path
        self.path_value.setText(str(path) if path else self.ctx.services.database.url)
        self.backup_dir_value.setText(str(self.backup_folder()))
        self.backup_button.setEnabled(path is not None)
        if path is None:
            self.backup_status.setText(self.tr("Backups of a database server are made with the server's own tools."))

    def back_up(self) -> None:
        if self.ctx.database_path is None:
            return
        self.backup_status.clear()
        maintenance = self.ctx.services.maintenance
        self.ctx.operations.run(
            lambda _context: maintenance.backup(),
            parent=self,
            label=self.tr("Backing up the database…"),
            on_success=self._backed_up,
        )

    def _backed_up(self, path: Path) -> None:
        self.backup_status.setText(self.tr("Backup saved: {path}").format(path=path))

    def _open_backup_folder(self) -> None:
        folder = self.backup_folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
