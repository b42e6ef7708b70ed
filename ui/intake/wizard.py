"""导入规划文件: open or paste a plan document, check what was read, settle the department names, save.

Step 1 reads the document on the worker thread (the operation helper); step 2 edits the draft through
undoable commands; step 3 decides the names the registry lacks; step 4 shows the counts — or, for a plan
already stored, what the revised document changes — and saves it in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ipdesk.errors import Cancelled, IpdeskError
from ipdesk.services.plan_intake import (
    CreateDepartment,
    MapToExisting,
    PlanDiff,
    PlanIntakeService,
    Resolution,
    problems,
    unresolved_names,
)
from ipdesk.services.plans import PlanInfo
from ui import formatting
from ui.context import AppContext
from ui.intake.departments_step import DepartmentsPanel
from ui.intake.diff_view import DiffView
from ui.intake.review_step import ReviewStep
from ui.intake.state import IntakeState, ReadResult, read_document
from ui.widgets import error_label, hint_label

FILE_PATTERNS = "*.txt *.docx"


class OpenStep(QWizardPage):
    """Step 1: a file (.txt/.docx; other formats get the reader's message inline) or pasted text."""

    def __init__(
        self, ctx: AppContext, service: PlanIntakeService, state: IntakeState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.service, self.state = ctx, service, state
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_hint = hint_label(self)
        self.error = error_label(self)
        self.paste_label = QLabel(self)
        self.paste = QPlainTextEdit(self)
        self.paste.textChanged.connect(self._paste_changed)
        self.read_button = QPushButton(self)
        self.read_button.clicked.connect(self.read_pasted)
        self.read_button.setEnabled(False)
        self._reading = False
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.file_label, 1)
        read_row = QHBoxLayout()
        read_row.addStretch(1)
        read_row.addWidget(self.read_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.file_hint)
        layout.addWidget(self.error)
        layout.addSpacing(12)
        layout.addWidget(self.paste_label)
        layout.addWidget(self.paste, 1)
        layout.addLayout(read_row)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Open the plan document"))
        self.setSubTitle(self.tr("Open a .txt or .docx file, or paste the plan's full text below."))
        self.open_button.setText(self.tr("&Open file…"))
        self.file_hint.setText(
            self.tr(
                "Text files in UTF-8 or GB18030/GBK are recognised. Old Word (.doc), WPS (.wps) and PDF files "
                "cannot be read: save them as .docx or .txt first."
            )
        )
        self.paste_label.setText(self.tr("Or &paste the text:"))
        self.paste_label.setBuddy(self.paste)
        self.paste.setPlaceholderText(self.tr("Paste the plan's full text here…"))
        self.read_button.setText(self.tr("&Read the pasted text"))

    def isComplete(self) -> bool:
        return self.state.draft is not None and not self._reading

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open plan document"),
            "",
            self.tr("Plan documents ({patterns});;All files (*)").format(patterns=FILE_PATTERNS),
        )
        if path:
            self.read_file(Path(path))

    def read_file(self, path: Path) -> None:
        self.file_label.setText(path.name)
        service = self.service
        self._read(lambda context: read_document(service, context, path=path))

    def read_pasted(self) -> None:
        text = self.paste.toPlainText()
        if not text.strip():
            return
        self.file_label.setText(self.tr("Pasted text"))
        service = self.service
        self._read(lambda context: read_document(service, context, text=text))

    def _read(self, work: Callable[..., ReadResult]) -> None:
        self.error.hide()
        self._set_reading(True)
        operation = self.ctx.operations.run(
            work,
            parent=self,
            label=self.tr("Reading the document…"),
            on_success=self._done,
            on_failure=self._failed,
            cancellable=True,
        )
        operation.finished.connect(lambda: self._set_reading(False))  # also after the clerk cancelled

    def _set_reading(self, reading: bool) -> None:
        self._reading = reading
        self.open_button.setEnabled(not reading)
        self.read_button.setEnabled(not reading and bool(self.paste.toPlainText().strip()))
        self.completeChanged.emit()

    def _done(self, result: ReadResult) -> None:
        self.state.load(result)
        self._set_reading(False)
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def _failed(self, error: BaseException) -> bool:
        self._set_reading(False)
        if isinstance(error, Cancelled):
            return True  # the clerk stopped the reading: step 1 stays as it was
        if isinstance(error, IpdeskError):
            self.error.setText(error.message)
            self.error.show()
            return True
        return False

    def _paste_changed(self) -> None:
        self.read_button.setEnabled(not self._reading and bool(self.paste.toPlainText().strip()))


class DepartmentsStep(QWizardPage):
    """Step 3: decide each department name the registry lacks."""

    def __init__(self, state: IntakeState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.panel = DepartmentsPanel(self)
        self.panel.changed.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Departments"))
        self.setSubTitle(self.tr("Map each unknown name to a registered department, or create it."))
        self.panel.retranslate_ui()

    def initializePage(self) -> None:
        if self.state.draft is not None:
            self.panel.show_names(unresolved_names(self.state.draft), self.state.registry)

    def isComplete(self) -> bool:
        return not self.panel.undecided()

    def resolutions(self) -> dict[str, Resolution]:
        return self.panel.resolutions()


class SaveStep(QWizardPage):
    """Step 4: the counts of a new plan, or the diff against the stored one; what still blocks saving."""

    def __init__(
        self,
        ctx: AppContext,
        service: PlanIntakeService,
        state: IntakeState,
        departments: DepartmentsStep,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.service, self.state, self.departments = ctx, service, state, departments
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.problems = error_label(self)
        self.diff_view = DiffView(self)
        self.diff_view.hide()
        self.status = hint_label(self)
        self.diff: PlanDiff | None = None
        self._problems: list[str] = []
        self._comparing = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.status)
        layout.addWidget(self.diff_view, 1)
        layout.addStretch(0)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Save"))
        if self.state.draft is not None:
            self.initializePage()
        self.diff_view.retranslate_ui()

    def initializePage(self) -> None:
        draft = self.state.draft
        if draft is None:
            return
        resolutions = self.departments.resolutions()
        self._problems = [p.message for p in problems(draft, resolutions)]
        self.problems.setText("\n".join(self._problems))
        self.problems.setVisible(bool(self._problems))
        existing = self.state.existing
        if existing is None:
            self.setSubTitle(self.tr("A new plan will be created."))
            self.summary.setText(self._counts_html(resolutions))
            self.diff_view.hide()
            self.status.hide()
        else:
            self.setSubTitle(self.tr("This plan is already stored: saving updates it to the revised version."))
            self.summary.setText(
                self.tr(
                    "<p>Stored as <b>{title}</b>{number}. Tasks that stay keep their departments' reports; "
                    "tasks or departments no longer in the document are removed only if nobody has "
                    "reported on them.</p>"
                ).format(
                    title=escape(existing.title),
                    number=escape(self.tr(" ({number})").format(number=existing.doc_number))
                    if existing.doc_number
                    else "",
                )
            )
            self._compare(existing.id, resolutions)
        self.completeChanged.emit()

    def _counts_html(self, resolutions: dict[str, Resolution]) -> str:
        draft = self.state.draft
        assert draft is not None
        counts = draft.counts()
        created = [r.name for r in resolutions.values() if isinstance(r, CreateDepartment)]
        aliases = [name for name, r in resolutions.items() if isinstance(r, MapToExisting)]
        rows = [
            (self.tr("Plan"), draft.meta.title),
            (self.tr("Document number"), draft.meta.doc_number or ""),
            (self.tr("Sections"), str(counts["sections"])),
            (self.tr("Tasks"), str(counts["tasks"])),
            (self.tr("Department assignments"), str(counts["assignments"])),
            (self.tr("Indicators"), str(counts["indicators"])),
            (self.tr("New departments"), formatting.join(created) or "0"),
            (self.tr("Names remembered as aliases"), formatting.join(aliases) or "0"),
        ]
        return formatting.facts_table(rows)

    def _compare(self, plan_id: int, resolutions: dict[str, Resolution]) -> None:
        assert self.state.draft is not None
        draft = self.state.draft.snapshot()
        service = self.service
        self.diff = None
        self._comparing = True
        self.status.setText(self.tr("Comparing with the stored plan…"))
        self.status.show()
        self.diff_view.clear()
        self.ctx.operations.run(
            lambda _context: service.diff(draft, plan_id, resolutions),
            parent=self,
            label=self.tr("Comparing with the stored plan…"),
            on_success=self._compared,
            on_failure=self._compare_failed,
        )

    def _compared(self, diff: PlanDiff) -> None:
        self._comparing = False
        self.diff = diff
        self.status.hide()
        self.diff_view.show_diff(diff)
        self.diff_view.show()
        self.completeChanged.emit()

    def _compare_failed(self, error: BaseException) -> bool:
        self._comparing = False
        self.status.hide()
        if isinstance(error, Cancelled):
            return True
        if isinstance(error, IpdeskError):
            self.show_error(error.message)
            return True
        return False

    def show_error(self, message: str) -> None:
        self.problems.setText(message)
        self.problems.show()

    def isComplete(self) -> bool:
        return not self._problems and not self._comparing and (self.state.existing is None or self.diff is not None)


class IntakeWizard(QWizard):
    """``saved`` carries the saved plan's :class:`PlanInfo`. ``confirm`` asks before a reviewed draft is dropped."""

    saved = Signal(object)
    OPEN, REVIEW, DEPARTMENTS, SAVE = range(4)

    def __init__(self, ctx: AppContext, service: PlanIntakeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service
        self.state = IntakeState()
        self.confirm: Callable[[str], bool] = self._ask
        self.open_step = OpenStep(ctx, service, self.state, self)
        self.review_step = ReviewStep(self.state, self)
        self.departments_step = DepartmentsStep(self.state, self)
        self.save_step = SaveStep(ctx, service, self.state, self.departments_step, self)
        for page_id, page in enumerate((self.open_step, self.review_step, self.departments_step, self.save_step)):
            self.setPage(page_id, page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self._saving = False
        self.resize(1200, 800)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import plan document"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Save"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        for page in (self.open_step, self.review_step, self.departments_step, self.save_step):
            page.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- saving ---------------------------------------------------------------------------------------

    def accept(self) -> None:
        """Finish: save (new plan or revision) through the operation helper; close once it is stored."""
        if self._saving or self.state.draft is None or not self.save_step.isComplete():
            return
        draft = self.state.draft.snapshot()
        resolutions = self.departments_step.resolutions()
        service, existing = self.service, self.state.existing
        if existing is not None:
            plan_id = existing.id

            def work(_context: object) -> PlanInfo:
                return service.apply_revision(draft, plan_id, resolutions)
        else:

            def work(_context: object) -> PlanInfo:
                return service.save_new(draft, resolutions)

        self._set_saving(True)
        self.ctx.operations.run(
            work, parent=self, label=self.tr("Saving the plan…"), on_success=self._saved, on_failure=self._failed
        )

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        for button in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton):
            self.button(button).setEnabled(not saving)

    def _saved(self, info: PlanInfo) -> None:
        self._set_saving(False)
        if self.state.stack is not None:
            self.state.stack.set_clean()
        self.saved.emit(info)
        super().accept()

    def _failed(self, error: BaseException) -> bool:
        self._set_saving(False)
        if isinstance(error, Cancelled):
            return True
        if isinstance(error, IpdeskError):
            self.save_step.show_error(error.message)
            return True
        return False

    # -- leaving --------------------------------------------------------------------------------------

    def reject(self) -> None:
        if self._saving:
            return
        if self.state.draft is not None and not self.confirm(
            self.tr("Close without saving? What was read and edited is dropped.")
        ):
            return
        super().reject()

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Import plan document"), question)
        return answer == QMessageBox.StandardButton.Yes
