"""The plan-intake wizard driven as a clerk would: open a document, check and edit what was read, settle the
department names, save; a revised document shows what changes; pasted text; an unreadable format."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from ipdesk.domain.enums import DepartmentKind, Role
from ipdesk.services.plan_intake import DraftDepartment, DraftTask, PlanIntakeService, UndoStack
from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.intake import ImportPlanButton, IntakeWizard, open_intake_wizard
from ui.intake.draft_indicators import DraftIndicatorModel
from ui.intake.draft_tree import DraftColumn, DraftTreeModel
from ui.main_window import MainWindow

PLAN = """赤峰市人民政府关于印发赤峰市知识产权运营服务体系建设实施方案的通知
赤政发〔2024〕7号

赤峰市知识产权运营服务体系建设实施方案

一、工作目标
到2025年，全市知识产权质押融资金额达到5亿元。

二、重点任务
（一）完善运营服务体系
1.建设运营服务平台。建成市级知识产权运营服务平台。（牵头单位：市市场监管局；配合单位：市知识产权服务中心）
2.培育服务机构。引进培育一批知识产权服务机构。（责任单位：市科技局、市大数据局）
（二）强化金融支撑
3.推进质押融资。开展知识产权质押融资入园惠企行动。（责任单位：市财政局）
"""
REVISED = PLAN.replace("2.培育服务机构。", "2.培育知识产权服务机构。")
SERVICE_CENTRE = "赤峰市市场监管服务中心"


@pytest.fixture
def errors_shown(ctx: AppContext) -> list[str]:
    shown: list[str] = []
    ctx.errors.presented.connect(shown.append)
    return shown


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kwargs: (str(path), ""))


def start(qtbot: QtBot, ctx: AppContext, window: MainWindow) -> IntakeWizard:
    window.import_plan_action.trigger()
    wizard = window.findChild(IntakeWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.confirm = lambda _question: True
    return wizard


def open_file(qtbot: QtBot, ctx: AppContext, wizard: IntakeWizard, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    choose_file(monkeypatch, path)
    qtbot.mouseClick(wizard.open_step.open_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: wizard.currentId() == IntakeWizard.REVIEW)


def focus_tree(qtbot: QtBot, wizard: IntakeWizard) -> None:
    """Give the review tree the keyboard focus, as a clerk's click does: Qt sends a shortcut only to the active
    window's focus widget, and an editor just closed (or the offscreen platform) can leave neither in place."""
    wizard.activateWindow()
    wizard.review_step.tree.setFocus()
    qtbot.waitUntil(wizard.review_step.tree.hasFocus)


def tree_index(wizard: IntakeWizard, uid: int, column: int = DraftColumn.TITLE) -> QModelIndex:
    model = wizard.review_step.tree_model
    assert model is not None
    index = model.index_of(uid, column)
    assert index.isValid()
    wizard.review_step.tree.select_uid(uid)
    return index


def click(qtbot: QtBot, wizard: IntakeWizard, index: QModelIndex) -> None:
    tree = wizard.review_step.tree
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())


def task_titled(wizard: IntakeWizard, title: str) -> DraftTask:
    assert wizard.state.draft is not None
    return next(t for t in wizard.state.draft.tasks if t.title == title)


def department(task: DraftTask, name: str) -> DraftDepartment:
    return next(d for d in task.departments if d.name == name)


def press_next(qtbot: QtBot, wizard: IntakeWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save(qtbot: QtBot, ctx: AppContext, wizard: IntakeWizard) -> None:
    button = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(button.isEnabled)
    with qtbot.waitSignal(wizard.saved, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)


def test_open_edit_resolve_save_then_revise(
    qtbot: QtBot,
    ctx: AppContext,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors_shown: list[str],
) -> None:
    services = ctx.services
    plans_before = len(services.plans.list())
    path = tmp_path / "运营服务体系方案.txt"
    path.write_text(PLAN, encoding="gb18030")  # a GBK-family file, as offices often save them

    wizard = start(qtbot, ctx, window)
    open_file(qtbot, ctx, wizard, monkeypatch, path)
    review = wizard.review_step
    assert review.meta.title.text() == "赤峰市知识产权运营服务体系建设实施方案"
    assert review.meta.doc_number.text() == "赤政发〔2024〕7号"
    assert review.tree_model is not None and review.tree_model.rowCount() == 2  # 一、 and 二、

    # clicking a task selects its lines in the document
    platform = task_titled(wizard, "建设运营服务平台")
    click(qtbot, wizard, tree_index(wizard, platform.uid))
    assert review.source.selected_lines() == (platform.line_first, platform.line_last)
    assert review.source.textCursor().selectedText().startswith("1.建设运营服务平台")

    # change a department's role in place: 市科技局 becomes the lead of task 2
    services_task = task_titled(wizard, "培育服务机构")
    tech = department(services_task, "市科技局")
    role_index = tree_index(wizard, tech.uid, DraftColumn.ROLE)
    review.tree.edit(role_index)
    editor = review.tree.findChild(QComboBox)
    assert editor is not None
    editor.setCurrentIndex(editor.findData(Role.LEAD.value))
    editor.activated.emit(editor.currentIndex())  # chosen in the popup: committed and closed
    qtbot.waitUntil(lambda: review.tree.findChild(QComboBox) is None)
    assert tech.role == Role.LEAD.value
    assert review_role_text(review, tech.uid) == Role.LEAD.label
    focus_tree(qtbot, wizard)  # Ctrl+Z is the review step's: the focus must be inside it
    qtbot.keyClick(review.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tech.role == Role.RESPONSIBLE.value
    qtbot.keyClick(review.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert tech.role == Role.LEAD.value

    # step 3: map one unknown name to a registered department, create the other
    press_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.DEPARTMENTS
    panel = wizard.departments_step.panel
    assert set(panel.rows) == {"市知识产权服务中心", "市大数据局"}
    centre = next(d for d in services.departments.list() if d.name == SERVICE_CENTRE)
    mapped = panel.rows["市知识产权服务中心"]
    mapped.combo.setCurrentIndex(mapped.combo.findData(centre.id))
    created = panel.rows["市大数据局"]
    assert created.full_name.isEnabled()
    created.full_name.setText("赤峰市大数据局")
    created.short_name.setText("市大数据局")
    created.kind.setCurrentIndex(created.kind.findData(DepartmentKind.AGENCY.value))

    # step 4: the counts, then save
    press_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.SAVE
    assert "赤峰市知识产权运营服务体系建设实施方案" in wizard.save_step.summary.text()
    assert wizard.save_step.diff_view.isHidden()
    save(qtbot, ctx, wizard)
    qtbot.waitUntil(lambda: window.findChild(IntakeWizard) is None)

    plans = services.plans.list()
    assert len(plans) == plans_before + 1
    plan = next(p for p in plans if p.doc_number == "赤政发〔2024〕7号")
    assert (plan.task_count, plan.indicator_count, plan.source_name) == (3, 1, path.name)
    tasks = services.tasks.list(plan_id=plan.id)
    assert [[(a.department_name, a.role) for a in t.assignments] for t in tasks] == [
        [("赤峰市市场监督管理局", "lead"), (SERVICE_CENTRE, "support")],
        [("赤峰市科学技术局", "lead"), ("赤峰市大数据局", "responsible")],
        [("赤峰市财政局", "responsible")],
    ]
    assert "市知识产权服务中心" in services.departments.get(centre.id).aliases
    statistics = services.departments.find("市大数据局")
    assert statistics is not None and statistics.name == "赤峰市大数据局"
    assert errors_shown == []

    # the revised document: recognised as the same plan, the change listed, saved without a duplicate
    revised = tmp_path / "运营服务体系方案（修订）.txt"
    revised.write_text(REVISED, encoding="utf-8")
    wizard = start(qtbot, ctx, window)
    open_file(qtbot, ctx, wizard, monkeypatch, revised)
    assert wizard.state.existing is not None and wizard.state.existing.id == plan.id
    press_next(qtbot, wizard)
    assert wizard.departments_step.panel.rows == {}  # the alias and the new department are known now
    press_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.save_step.diff is not None)
    diff = wizard.save_step.diff
    assert diff is not None
    assert [t.heading for t in diff.tasks_changed] == ["2. 培育知识产权服务机构"]
    fields = {f.field: (f.old, f.new) for f in diff.tasks_changed[0].fields}
    assert set(fields) == {"title", "text"} and fields["title"] == ("培育服务机构", "培育知识产权服务机构")
    assert not (diff.tasks_added or diff.tasks_removed)
    view = wizard.save_step.diff_view
    assert view.isVisible()
    shown = [
        view.topLevelItem(i).child(j).text(0)
        for i in range(view.topLevelItemCount())
        for j in range(view.topLevelItem(i).childCount())
    ]
    assert "2. 培育知识产权服务机构" in shown
    save(qtbot, ctx, wizard)

    assert len(services.plans.list()) == plans_before + 1
    after = services.tasks.list(plan_id=plan.id)
    assert [t.id for t in after] == [t.id for t in tasks]
    assert after[1].title == "培育知识产权服务机构"
    assert errors_shown == []


def review_role_text(review: object, uid: int) -> str:
    model = review.tree_model  # type: ignore[attr-defined]
    return model.index_of(uid, DraftColumn.ROLE).data()


def test_pasted_text(qtbot: QtBot, ctx: AppContext, window: MainWindow) -> None:
    wizard = start(qtbot, ctx, window)
    step = wizard.open_step
    assert not step.read_button.isEnabled()
    step.paste.setPlainText(PLAN)
    qtbot.mouseClick(step.read_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: wizard.currentId() == IntakeWizard.REVIEW)
    assert wizard.state.draft is not None and wizard.state.draft.source_name is None
    assert [t.title for t in wizard.state.draft.tasks] == ["建设运营服务平台", "培育服务机构", "推进质押融资"]
    assert wizard.review_step.source.toPlainText() == PLAN
    # the issue date may be typed as the document prints it
    meta = wizard.review_step.meta
    meta.issue_date.setText("2023年07月08日")
    meta.issue_date.editingFinished.emit()
    assert wizard.state.draft.meta.issue_date == date(2023, 7, 8)


@pytest.mark.parametrize(("name", "content"), [("方案.pdf", b"%PDF-1.7\n%\xe2\xe3"), ("方案.doc", b"")])
def test_unreadable_formats_get_an_inline_message(
    qtbot: QtBot,
    ctx: AppContext,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors_shown: list[str],
    name: str,
    content: bytes,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    wizard = start(qtbot, ctx, window)
    choose_file(monkeypatch, path)
    qtbot.mouseClick(wizard.open_step.open_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    error = wizard.open_step.error
    qtbot.waitUntil(error.isVisible)
    assert ".docx" in error.text() and ".txt" in error.text()
    assert wizard.currentId() == IntakeWizard.OPEN
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert errors_shown == []


def test_merge_split_delete_and_undo_from_the_review_step(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "方案.txt"
    path.write_text(PLAN, encoding="utf-8")
    wizard = start(qtbot, ctx, window)
    open_file(qtbot, ctx, wizard, monkeypatch, path)
    review = wizard.review_step
    draft = wizard.state.draft
    assert draft is not None
    first, second, third = draft.tasks

    click(qtbot, wizard, tree_index(wizard, first.uid))
    review.merge_action.trigger()  # with the following task
    assert [t.title for t in draft.tasks] == ["建设运营服务平台", "推进质押融资"]
    assert review.tree.current_uid() == first.uid

    review.ask_split = lambda task: task.text.index("引进培育")
    review.split_action.trigger()
    assert [t.title for t in draft.tasks] == ["建设运营服务平台", "引进培育一批知识产权服务机构", "推进质押融资"]

    click(qtbot, wizard, tree_index(wizard, third.uid))
    qtbot.waitUntil(lambda: review.tree.current_uid() == third.uid)  # the tree is rebuilt after a split
    focus_tree(qtbot, wizard)  # Delete is the tree's own shortcut
    qtbot.keyClick(review.tree, Qt.Key.Key_Delete)
    assert [t.title for t in draft.tasks] == ["建设运营服务平台", "引进培育一批知识产权服务机构"]

    for _ in range(3):
        review.undo_action.trigger()
    assert [t.uid for t in draft.tasks] == [first.uid, second.uid, third.uid]
    assert not review.undo_action.isEnabled() and review.redo_action.isEnabled()

    review.pick_department = lambda *_args: None  # cancelled
    click(qtbot, wizard, tree_index(wizard, third.uid))
    review.add_department_action.trigger()
    assert len(third.departments) == 1


def test_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester: object, ctx: AppContext) -> None:
    service = PlanIntakeService(ctx.services.database)
    stack = UndoStack(service.read_text(PLAN))
    tree = DraftTreeModel(stack)
    qtmodeltester.check(tree)  # type: ignore[attr-defined]
    indicators = DraftIndicatorModel(stack)
    qtmodeltester.check(indicators)  # type: ignore[attr-defined]
    assert tree.rowCount() == 2 and indicators.rowCount() == 1


def test_open_intake_wizard_without_a_window(qtbot: QtBot, ctx: AppContext) -> None:
    def wizards() -> set[IntakeWizard]:
        return {w for w in QApplication.topLevelWidgets() if isinstance(w, IntakeWizard) and w.isVisible()}

    before = wizards()
    open_intake_wizard(ctx, None)
    opened = wizards() - before
    assert len(opened) == 1
    wizard = opened.pop()
    assert wizard.parent() is None and wizard.currentId() == IntakeWizard.OPEN
    wizard.reject()  # nothing read yet: closes without asking
    qtbot.waitUntil(lambda: wizard not in wizards())


def test_the_import_button_opens_the_wizard(qtbot: QtBot, ctx: AppContext, window: MainWindow) -> None:
    page = window.show_page("plans")
    button = ImportPlanButton(ctx, page)
    assert button.text() == "导入规划文件…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wizard = window.findChild(IntakeWizard)
    assert wizard is not None and wizard.isVisible() and wizard.windowTitle() == "导入规划文件"
    wizard.reject()


def test_problems_block_saving_inline(qtbot: QtBot, ctx: AppContext, window: MainWindow) -> None:
    wizard = start(qtbot, ctx, window)
    wizard.open_step.paste.setPlainText(PLAN)
    qtbot.mouseClick(wizard.open_step.read_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: wizard.currentId() == IntakeWizard.REVIEW)
    title = wizard.review_step.meta.title
    title.clear()
    title.editingFinished.emit()
    assert wizard.state.draft is not None and wizard.state.draft.meta.title == ""
    press_next(qtbot, wizard)
    press_next(qtbot, wizard)  # the new names default to new departments
    assert wizard.currentId() == IntakeWizard.SAVE
    problems = wizard.save_step.problems
    assert problems.isVisible() and problems.text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.back()
    wizard.back()
    wizard.review_step.undo_action.trigger()
    assert title.text() == "赤峰市知识产权运营服务体系建设实施方案"
    press_next(qtbot, wizard)
    press_next(qtbot, wizard)
    assert not wizard.save_step.problems.isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_cancelled_reading_leaves_the_first_step_usable(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "方案.txt"
    path.write_text(PLAN, encoding="utf-8")
    wizard = start(qtbot, ctx, window)
    choose_file(monkeypatch, path)
    qtbot.mouseClick(wizard.open_step.open_button, Qt.MouseButton.LeftButton)
    for operation in ctx.operations.active():
        operation.cancel()  # as the progress dialog's Cancel does
    wait_idle(qtbot, ctx)
    assert wizard.currentId() == IntakeWizard.OPEN and wizard.state.draft is None
    assert wizard.open_step.open_button.isEnabled()
    assert not wizard.open_step.error.isVisible()
