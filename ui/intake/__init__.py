"""The plan-intake wizard (导入规划文件): document in, reviewed plan saved.

``open_intake_wizard(ctx, parent)`` is the one entry point; menus and buttons call it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QMainWindow, QPushButton, QWidget

from ipdesk.services.plan_intake import PlanIntakeService
from ipdesk.services.plans import PlanInfo
from ui.context import AppContext
from ui.intake.wizard import IntakeWizard

STATUS_MS = 8000

__all__ = ["ImportPlanButton", "IntakeWizard", "open_intake_wizard"]


def _service(ctx: AppContext) -> PlanIntakeService:
    found = getattr(ctx.services, "plan_intake", None)
    return found if isinstance(found, PlanIntakeService) else PlanIntakeService(ctx.services.database)


def open_intake_wizard(ctx: AppContext, parent: QWidget | None = None) -> None:
    """Open the wizard over ``parent`` (window-modal); it deletes itself when closed."""
    wizard = IntakeWizard(ctx, _service(ctx), parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        bar = window.statusBar()
        wizard.saved.connect(lambda info: bar.showMessage(_saved_text(info), STATUS_MS))
    wizard.open()


def _saved_text(info: PlanInfo) -> str:
    return QCoreApplication.translate(
        "IntakeWizard", "Saved “{title}”: {count} task(s), {indicators} indicator(s)."
    ).format(title=info.title, count=info.task_count, indicators=info.indicator_count)


class ImportPlanButton(QPushButton):
    """导入规划文件… for a page's toolbar: ``actions.addWidget(ImportPlanButton(ctx, self))`` is the whole hook."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.clicked.connect(lambda: open_intake_wizard(ctx, self))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("Import plan document…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
