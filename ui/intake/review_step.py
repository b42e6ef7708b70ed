"""Step 2: the extracted tree beside the source text. Clicking an item selects its source lines; items are
edited in place, merged, split, moved, deleted and added, every edit undoable (Ctrl+Z / Ctrl+Y)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSpinBox,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ipdesk.errors import ValidationError
from ipdesk.intake.metadata import parse_date
from ipdesk.services.plan_intake import (
    META_UID,
    AddDepartment,
    AddTask,
    Command,
    DeleteItems,
    DraftDepartment,
    DraftIndicator,
    DraftSection,
    DraftTask,
    EditField,
    MergeTasks,
    MoveTask,
    PlanDraft,
    SetDepartment,
    SplitTask,
    UndoStack,
)
from ui.intake.dialogs import DepartmentChoice, DepartmentPicker, SplitDialog
from ui.intake.draft_indicators import DraftIndicatorModel
from ui.intake.draft_tree import ChoiceDelegate, DraftColumn, DraftTreeModel, DraftTreeView
from ui.intake.source_view import SourceView
from ui.intake.state import IntakeState
from ui.widgets import error_label, fit_columns, make_table_view, splitter

NO_YEAR = 1989  # the spin boxes' "not given" value


def _year_box(parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(NO_YEAR, 2100)
    box.setSpecialValueText("—")
    return box


class MetaForm(QWidget):
    """The plan's title, 文号, issuer, date and years, each change one undoable edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack: UndoStack | None = None
        self.on_refused: Callable[[str], None] = lambda _message: None
        self.title = QLineEdit(self)
        self.doc_number = QLineEdit(self)
        self.issuer = QLineEdit(self)
        self.issue_date = QLineEdit(self)
        self.issue_date.setMaxLength(16)  # 2023年07月08日 as the document prints it
        self.start_year = _year_box(self)
        self.end_year = _year_box(self)
        self.labels = [QLabel(self) for _ in range(5)]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.labels[0], 0, 0)
        grid.addWidget(self.title, 0, 1, 1, 3)
        grid.addWidget(self.labels[1], 0, 4)
        grid.addWidget(self.doc_number, 0, 5)
        grid.addWidget(self.labels[2], 1, 0)
        grid.addWidget(self.issuer, 1, 1)
        grid.addWidget(self.labels[3], 1, 2)
        grid.addWidget(self.issue_date, 1, 3)
        grid.addWidget(self.labels[4], 1, 4)
        years = QHBoxLayout()
        years.addWidget(self.start_year)
        years.addWidget(QLabel("–", self))
        years.addWidget(self.end_year)
        years.addStretch(1)
        grid.addLayout(years, 1, 5)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 2)
        for label, field in zip(
            self.labels, (self.title, self.doc_number, self.issuer, self.issue_date, self.start_year), strict=True
        ):
            label.setBuddy(field)
        for name, edit in (("title", self.title), ("doc_number", self.doc_number), ("issuer", self.issuer)):
            edit.editingFinished.connect(lambda name=name, edit=edit: self._edit(name, edit.text().strip() or None))
        self.issue_date.editingFinished.connect(self._date_edited)
        self.start_year.valueChanged.connect(lambda value: self._edit("start_year", self._year(value)))
        self.end_year.valueChanged.connect(lambda value: self._edit("end_year", self._year(value)))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for label, text in zip(
            self.labels,
            (self.tr("&Title:"), self.tr("Document &no.:"), self.tr("&Issuer:"), self.tr("&Date:"), self.tr("&Years:")),
            strict=True,
        ):
            label.setText(text)
        self.issue_date.setPlaceholderText(self.tr("YYYY-MM-DD"))

    @staticmethod
    def _year(value: int) -> int | None:
        return None if value == NO_YEAR else value

    def bind(self, stack: UndoStack) -> None:
        self.stack = stack
        self.refresh()

    def refresh(self) -> None:
        if self.stack is None:
            return
        meta = self.stack.draft.meta
        for widget in (self.title, self.doc_number, self.issuer, self.issue_date, self.start_year, self.end_year):
            widget.blockSignals(True)
        self.title.setText(meta.title or "")
        self.doc_number.setText(meta.doc_number or "")
        self.issuer.setText(meta.issuer or "")
        self.issue_date.setText(meta.issue_date.isoformat() if meta.issue_date else "")
        self.start_year.setValue(meta.start_year or NO_YEAR)
        self.end_year.setValue(meta.end_year or NO_YEAR)
        for widget in (self.title, self.doc_number, self.issuer, self.issue_date, self.start_year, self.end_year):
            widget.blockSignals(False)

    def _edit(self, name: str, value: object) -> None:
        if self.stack is None:
            return
        meta = self.stack.draft.meta
        if name == "title":
            value = value or ""
        if getattr(meta, name) == value:
            return
        try:
            self.stack.push(EditField(META_UID, name, value))
        except ValidationError as error:
            self.on_refused(error.message)

    def _date_edited(self) -> None:
        text = self.issue_date.text().strip()
        if not text:
            self._edit("issue_date", None)
            return
        value = parse_date(text)  # as the parser reads it in the document: 2023-07-08, 2023年7月8日 …
        if value is None:
            self.on_refused(self.tr("Write the date as YYYY-MM-DD, e.g. 2023-07-08."))
            self.refresh()
            return
        self._edit("issue_date", value)


class ReviewStep(QWizardPage):
    """``pick_department`` and ``ask_split`` run the small dialogs; tests replace them."""

    def __init__(self, state: IntakeState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._stack: UndoStack | None = None
        self.tree_model: DraftTreeModel | None = None
        self.indicator_model: DraftIndicatorModel | None = None
        self.pick_department: Callable[[str, str, bool], DepartmentChoice | None] = self._pick_department
        self.ask_split: Callable[[DraftTask], int | None] = self._ask_split

        self.meta = MetaForm(self)
        self.meta.on_refused = self.show_refusal
        self.message = error_label(self)
        self.tree = DraftTreeView(self)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.table = make_table_view(QStandardItemModel(self), self)  # the draft's model comes with the draft
        self.table.setSortingEnabled(False)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.tree, "")
        self.tabs.addTab(self.table, "")
        self.source = SourceView(self)
        self.source_label = QLabel(self)
        self.warnings_label = QLabel(self)
        self.warnings = QListWidget(self)
        self.warnings.setWordWrap(True)
        self.warnings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.warnings.itemClicked.connect(self._warning_clicked)
        self.warnings.itemActivated.connect(self._warning_clicked)

        self._create_actions()
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.undo_action,
            self.redo_action,
            None,
            self.add_task_action,
            self.add_department_action,
            self.merge_action,
            self.split_action,
            self.delete_action,
        ):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.source_label)
        right_layout.addWidget(self.source, 1)
        right_layout.addWidget(self.warnings_label)
        right_layout.addWidget(self.warnings)
        self.warnings.setMaximumHeight(self.fontMetrics().height() * 7)
        self.splitter = splitter(Qt.Orientation.Horizontal, self, (self.tabs, 3), (right, 2))
        actions = QHBoxLayout()
        actions.addWidget(self.toolbar)
        actions.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.meta)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        self.retranslate_ui()

    # -- set-up ---------------------------------------------------------------------------------------

    def _action(
        self,
        slot: Callable[[], None],
        *keys: QKeySequence | str,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ) -> QAction:
        action = QAction(self)
        sequences: dict[str, QKeySequence] = {}
        for key in keys:  # a standard key may already mean Ctrl+Y: the same sequence twice is ambiguous
            bindings = (
                QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
            )
            for sequence in bindings:
                sequences.setdefault(sequence.toString(), sequence)
        action.setShortcuts(list(sequences.values()))
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.undo_action = self._action(self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.redo, "Ctrl+Y", QKeySequence.StandardKey.Redo)
        self.add_task_action = self._action(self.add_task, "Ctrl+N")
        self.add_department_action = self._action(self.add_department)
        self.change_department_action = self._action(self.change_department)
        self.merge_action = self._action(self.merge)
        self.split_action = self._action(self.split)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete)
        self.tree.addAction(self.delete_action)
        self.table.addAction(self.delete_action)
        self.edit_action = QAction(self)
        self.edit_action.triggered.connect(self._edit_current)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Check what was read"))
        self.setSubTitle(
            self.tr(
                "Click an item to see its lines in the document. Double-click to edit; right-click for more. "
                "Lines the reader was unsure about are tinted."
            )
        )
        self.tabs.setTabText(0, self.tr("Sections and tasks"))
        self.tabs.setTabText(1, self.tr("Indicators"))
        self.source_label.setText(self.tr("<b>Document</b>"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.add_task_action.setText(self.tr("&New task"))
        self.add_department_action.setText(self.tr("Add de&partment…"))
        self.change_department_action.setText(self.tr("&Change department…"))
        self.merge_action.setText(self.tr("&Merge"))
        self.split_action.setText(self.tr("&Split…"))
        self.delete_action.setText(self.tr("&Delete"))
        self.edit_action.setText(self.tr("&Edit"))
        self.meta.retranslate_ui()
        self._update_actions()
        self._fill_warnings()
        if self.tree_model is not None:
            self.tree_model.retranslate()
        if self.indicator_model is not None:
            self.indicator_model.retranslate()

    def initializePage(self) -> None:
        if self.state.stack is not None and self.state.stack is not self._stack:
            self.bind(self.state.stack)

    def bind(self, stack: UndoStack) -> None:
        """Show ``stack``'s draft (a newly read document replaces the one shown)."""
        if self._stack is not None:
            self._stack.unsubscribe(self._command_ran)
        for model in (self.tree_model, self.indicator_model):
            if model is not None:
                model.detach()
                model.deleteLater()
        self._stack = stack
        stack.subscribe(self._command_ran)
        self.tree_model = DraftTreeModel(stack, self)
        self.tree_model.refused.connect(self.show_refusal)
        self.tree.setModel(self.tree_model)
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.tree.selectionModel().selectionChanged.connect(lambda *_args: self._update_actions())
        self.indicator_model = DraftIndicatorModel(stack, self)
        self.indicator_model.refused.connect(self.show_refusal)
        self.table.setModel(self.indicator_model)
        self.table.selectionModel().currentChanged.connect(self._table_current_changed)
        self.meta.bind(stack)
        self.source.set_source(stack.draft.source_text, self._warning_lines())
        self._fill_warnings()
        self.tree.expandToDepth(1)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DraftColumn.TITLE, header.ResizeMode.Stretch)
        for column in (DraftColumn.NUMBER, DraftColumn.ROLE, DraftColumn.DEADLINE, DraftColumn.LINES):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(
            DraftColumn.NUMBER,
            max(self.tree.columnWidth(DraftColumn.NUMBER), self.fontMetrics().horizontalAdvance("第十二章") + 60),
        )
        fit_columns(self.table, stretch=[0])
        self.tabs.setTabText(1, self.tr("Indicators (%n)", "", len(stack.draft.indicators)))
        self._update_actions()

    @property
    def draft(self) -> PlanDraft:
        assert self._stack is not None
        return self._stack.draft

    @property
    def stack(self) -> UndoStack:
        assert self._stack is not None
        return self._stack

    # -- reacting to edits --------------------------------------------------------------------------------

    def _command_ran(self, command: Command) -> None:
        self.message.hide()
        if META_UID in command.uids:
            self.meta.refresh()
        if command.structural:
            self.source.set_warnings(self._warning_lines())
            self._fill_warnings()
            self.tabs.setTabText(1, self.tr("Indicators (%n)", "", len(self.draft.indicators)))
        self._widen_departments_column()
        self._update_actions()
        self.completeChanged.emit()

    def _widen_departments_column(self) -> None:
        """A department named for an indicator shows whole: the column, sized when it was still empty, grows."""
        if self.indicator_model is None:
            return
        column = self.indicator_model.departments_column
        wanted = min(self.table.sizeHintForColumn(column), self.fontMetrics().horizontalAdvance("中") * 20)
        if self.table.columnWidth(column) < wanted:
            self.table.setColumnWidth(column, wanted)

    def show_refusal(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def _update_actions(self) -> None:
        has = self._stack is not None
        self.undo_action.setEnabled(has and self.stack.can_undo())
        self.redo_action.setEnabled(has and self.stack.can_redo())
        item = self.current_item()
        task = self.current_task()
        self.add_task_action.setEnabled(has)
        self.add_department_action.setEnabled(task is not None or isinstance(self.current_indicator(), DraftIndicator))
        self.change_department_action.setEnabled(isinstance(item, DraftDepartment))
        self.merge_action.setEnabled(task is not None)
        self.split_action.setEnabled(isinstance(item, DraftTask))
        self.delete_action.setEnabled(item is not None)
        if has:
            self.undo_action.setToolTip(self.tr("Undo: {what}").format(what=self.stack.undo_text()))
            self.redo_action.setToolTip(self.tr("Redo: {what}").format(what=self.stack.redo_text()))

    def _warning_lines(self) -> dict[int, str]:
        lines: dict[int, str] = {}
        for warning in self.draft.all_warnings():
            if warning.line is not None:
                lines[warning.line] = "\n".join(filter(None, (lines.get(warning.line), warning.message)))
        return lines

    def _fill_warnings(self) -> None:
        self.warnings.clear()
        if self._stack is None:
            return
        found = self.draft.all_warnings()
        for warning in found:
            text = (
                self.tr("Line {line}: {message}").format(line=warning.line, message=warning.message)
                if warning.line is not None
                else warning.message
            )
            item = QListWidgetItem(text, self.warnings)
            item.setData(Qt.ItemDataRole.UserRole, warning.line)
            item.setToolTip(warning.message)
        self.warnings_label.setText(self.tr("<b>Points to check (%n)</b>", "", len(found)))

    # -- selection ------------------------------------------------------------------------------------

    def current_item(self) -> DraftSection | DraftTask | DraftDepartment | DraftIndicator | None:
        if self.tabs.currentWidget() is self.table:
            return self.current_indicator()
        if self.tree_model is None:
            return None
        return self.tree_model.item(self.tree.currentIndex())

    def current_indicator(self) -> DraftIndicator | None:
        if self.indicator_model is None or self.tabs.currentWidget() is not self.table:
            return None
        index = self.table.currentIndex()
        return self.indicator_model.indicator(index.row()) if index.isValid() else None

    def current_task(self) -> DraftTask | None:
        """The task selected, or the task of the selected department."""
        item = self.current_item()
        if isinstance(item, DraftDepartment):
            owner = self.draft.owner_of(item.uid)
            return owner if isinstance(owner, DraftTask) else None
        return item if isinstance(item, DraftTask) else None

    def select(self, uid: int) -> bool:
        if self.indicator_model is not None and (row := self.indicator_model.row_of(uid)) is not None:
            self.tabs.setCurrentWidget(self.table)
            self.table.setCurrentIndex(self.indicator_model.index(row, 0))
            return True
        self.tabs.setCurrentWidget(self.tree)
        return self.tree.select_uid(uid)

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.tree_model.item(current) if self.tree_model is not None else None
        if isinstance(item, DraftDepartment):
            self.source.show_lines(item.line, item.line)
        elif item is not None:
            self.source.show_lines(item.line_first, item.line_last)
        self._update_actions()

    def _table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.indicator_model is not None and current.isValid():
            indicator = self.indicator_model.indicator(current.row())
            self.source.show_lines(indicator.line_first, indicator.line_last)
        self._update_actions()

    def _warning_clicked(self, item: QListWidgetItem) -> None:
        line = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(line, int):
            self.source.show_lines(line, line)

    # -- edits ----------------------------------------------------------------------------------------

    def push(self, command: Command) -> bool:
        try:
            self.stack.push(command)
        except ValidationError as error:
            self.show_refusal(error.message)
            return False
        return True

    def undo(self) -> None:
        try:
            self.stack.undo()
        except ValidationError as error:
            self.show_refusal(error.message)

    def redo(self) -> None:
        try:
            self.stack.redo()
        except ValidationError as error:
            self.show_refusal(error.message)

    def add_task(self) -> None:
        item = self.current_item()
        section: int | None = None
        index: int | None = None
        if isinstance(item, DraftDepartment):
            item = self.draft.owner_of(item.uid)
        if isinstance(item, DraftTask):
            section, index = item.section, self.draft.tasks.index(item) + 1
        elif isinstance(item, DraftSection):
            section = item.uid
        task = self.draft.new_task(self.tr("New task"), section=section)
        self.tabs.setCurrentWidget(self.tree)
        self.tree.pending_current = task.uid
        if self.push(AddTask(task, index)) and self.tree_model is not None:
            index_of = self.tree_model.index_of(task.uid, DraftColumn.TITLE)
            self.tree.setCurrentIndex(index_of)
            self.tree.edit(index_of)

    def add_department(self) -> None:
        owner: DraftTask | DraftIndicator | None = self.current_indicator() or self.current_task()
        if owner is None:
            return
        choice = self.pick_department("", "responsible", isinstance(owner, DraftTask))
        if choice is None:
            return
        department = self.draft.new_department(
            choice.name,
            role=choice.role,
            department_id=choice.department_id,
            department_name=choice.department_name,
            status=choice.status,
            candidates=choice.candidates,
        )
        if self.push(AddDepartment(owner.uid, department)) and isinstance(owner, DraftTask):
            self.tree.select_uid(department.uid)

    def change_department(self) -> None:
        item = self.current_item()
        if not isinstance(item, DraftDepartment):
            return
        choice = self.pick_department(item.name, item.role, False)
        if choice is None:
            return
        self.push(
            SetDepartment(
                item.uid, choice.name, choice.department_id, choice.department_name, choice.status, choice.candidates
            )
        )

    def merge(self) -> None:
        tasks = [uid for uid in self.tree.selected_uids() if self.draft.task(uid) is not None]
        if len(tasks) < 2:
            task = self.current_task()
            if task is None:
                return
            position = self.draft.tasks.index(task)
            if position + 1 >= len(self.draft.tasks):
                self.show_refusal(self.tr("The last task has no following task to merge with."))
                return
            tasks = [task.uid, self.draft.tasks[position + 1].uid]
        order = {t.uid: i for i, t in enumerate(self.draft.tasks)}
        first, second = sorted(tasks[:2], key=order.__getitem__)
        self.tree.pending_current = first
        self.push(MergeTasks(first, second))

    def split(self) -> None:
        item = self.current_item()
        if not isinstance(item, DraftTask):
            return
        position = self.ask_split(item)
        if position is None:
            return
        command = SplitTask(item.uid, position)
        self.tree.pending_current = item.uid
        if self.push(command) and command.new_task is not None:
            self.tree.select_uid(command.new_task.uid)

    def move(self, task_uid: int, section: int | None) -> None:
        self.tree.pending_current = task_uid
        self.push(MoveTask(task_uid, section))

    def delete(self) -> None:
        if self.tabs.currentWidget() is self.table and self.indicator_model is not None:
            rows = sorted(
                {i.row() for i in self.table.selectionModel().selectedRows()}
                or ({self.table.currentIndex().row()} if self.table.currentIndex().isValid() else set())
            )
            uids = tuple(self.indicator_model.indicator(r).uid for r in rows)
        else:
            uids = tuple(self.tree.selected_uids()) or ((self.tree.current_uid(),) if self.tree.current_uid() else ())
        if uids:
            self.push(DeleteItems(uids))

    def _edit_current(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index.siblingAtColumn(DraftColumn.TITLE))

    def _tree_menu(self, point: QPoint) -> None:
        menu = self.tree_menu()
        menu.exec(self.tree.viewport().mapToGlobal(point))
        menu.deleteLater()

    def tree_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addSeparator()
        menu.addAction(self.add_task_action)
        menu.addAction(self.add_department_action)
        menu.addAction(self.change_department_action)
        menu.addSeparator()
        menu.addAction(self.merge_action)
        menu.addAction(self.split_action)
        task = self.current_item()
        if isinstance(task, DraftTask):
            move = menu.addMenu(self.tr("Move to section"))
            none = move.addAction(self.tr("(no section)"))
            none.triggered.connect(lambda _checked=False, uid=task.uid: self.move(uid, None))
            for section in self.draft.sections:
                action = move.addAction("　" * (section.level - 1) + section.heading)
                action.setEnabled(section.uid != task.section)
                action.triggered.connect(lambda _checked=False, uid=task.uid, s=section.uid: self.move(uid, s))
        menu.addSeparator()
        menu.addAction(self.delete_action)
        return menu

    # -- dialogs --------------------------------------------------------------------------------------

    def _pick_department(self, name: str, role: str, show_role: bool) -> DepartmentChoice | None:
        dialog = DepartmentPicker(self.state.registry, name=name, role=role, show_role=show_role, parent=self)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _ask_split(self, task: DraftTask) -> int | None:
        dialog = SplitDialog(task, self)
        try:
            return dialog.position() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
