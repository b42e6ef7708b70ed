"""The question asked before unsaved edits would be lost, and the pages that can ask it."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


@runtime_checkable
class GuardsUnsavedEdits(Protocol):
    """A page holding edits: leaving it asks first. ``then`` runs after a save the clerk chose succeeds."""

    def confirm_leave(self, then: Callable[[], None] | None = None) -> bool: ...


def ask_unsaved(parent: QWidget, what: str) -> UnsavedChoice:
    """Save, discard or stay? (A window-modal box; tests replace the page's ``ask_unsaved``.)"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Unsaved", "Unsaved changes"))
    box.setText(what)
    box.setInformativeText(QCoreApplication.translate("Unsaved", "Save them before going on?"))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return UnsavedChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.CANCEL
