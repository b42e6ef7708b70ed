"""导出任务分工表 and 导出填报表: choices loaded in the background, exports through the operation runner with
progress and Cancel, the result said in the dialog with 打开文件夹."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from ipdesk.services.exchange import ExchangeService, form_export
from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.dialogs.export_forms_dialog import ExportFormsDialog
from ui.dialogs.export_table_dialog import ExportTableDialog

PERIOD = "2027Q1"


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: urls.append(url) or True)
    return urls


D = TypeVar("D", ExportFormsDialog, ExportTableDialog)


def shown(qtbot: QtBot, ctx: AppContext, kind: type[D]) -> D:
    """The dialog, shown, its choices loaded."""
    dialog = kind(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, ctx)
    return dialog


def slowed(original: Callable[..., Any], seconds: float) -> Callable[..., Any]:
    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(seconds)
        return original(*args, **kwargs)

    return slow


def click_cancel_in_progress(qtbot: QtBot, ctx: AppContext) -> None:
    """Wait for the operation's progress dialog and press its Cancel button."""
    operation = ctx.operations.active()[0]
    qtbot.waitUntil(lambda: operation.progress_dialog() is not None, timeout=10_000)
    dialog = operation.progress_dialog()
    assert isinstance(dialog, QProgressDialog)
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "取消"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    wait_idle(qtbot, ctx, timeout=20_000)


# -- 导出填报表 ------------------------------------------------------------------------------------------------


def test_forms_for_a_typed_period_and_chosen_departments(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, opened: list[QUrl]
) -> None:
    dialog = shown(qtbot, ctx, ExportFormsDialog)
    targets = ctx.services.exchange.form_targets(PERIOD)
    assert dialog.departments.count() == len(targets) > 2
    assert dialog.all_departments.isChecked() and len(dialog.chosen_departments()) == len(targets)
    assert "全选" in dialog.all_departments.text()
    dialog.all_departments.click()
    assert dialog.chosen_departments() == [] and not dialog.all_departments.isChecked()
    chosen = [targets[0].department_id, targets[2].department_id]
    for row in (0, 2):
        dialog.departments.item(row).setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen_departments() == chosen
    assert "已选 2 / " in dialog.all_departments.text()

    dialog.period.setEditText("2027年第一季度")  # typed, in words
    assert dialog.period_code() == PERIOD
    dialog.folder_field.set_path(tmp_path / "out")
    dialog.export_button.click()
    wait_idle(qtbot, ctx)
    written = sorted((tmp_path / "out").glob("*.xlsx"))
    assert len(written) == 2 and all(name.name.startswith(f"{PERIOD}_") for name in written)
    assert "已将2027年第1季度的 2 份填报表保存到" in dialog.message.text()
    assert dialog.open_folder_button.isVisible()
    dialog.open_folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "out"))]


def test_forms_with_a_bad_period_or_nothing_ticked_are_refused(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    dialog = shown(qtbot, ctx, ExportFormsDialog)
    dialog.folder_field.set_path(tmp_path / "out")
    dialog.period.setEditText("2027Q5")
    dialog.export_button.click()
    assert "不是" in dialog.message.text() and not (tmp_path / "out").exists()
    dialog.period.setEditText(PERIOD)
    dialog.all_departments.click()
    dialog.export_button.click()
    assert dialog.message.text() == "请至少勾选一个单位。"
    assert ctx.operations.is_idle() and not (tmp_path / "out").exists()


def test_forms_export_can_be_cancelled(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(form_export, "write_department_form", slowed(form_export.write_department_form, 0.2))
    dialog = shown(qtbot, ctx, ExportFormsDialog)
    dialog.period.setEditText(PERIOD)
    dialog.folder_field.set_path(tmp_path / "out")
    dialog.export_button.click()
    click_cancel_in_progress(qtbot, ctx)
    assert dialog.message.text() == "已取消导出；取消前已生成的填报表仍保留在文件夹中。"
    assert len(list((tmp_path / "out").glob("*.xlsx"))) < dialog.departments.count()
    assert dialog.export_button.isEnabled() and not dialog.open_folder_button.isVisible()


# -- 导出任务分工表 -----------------------------------------------------------------------------------------------


def _choose_plan(dialog: ExportTableDialog, ctx: AppContext) -> int:
    assigned = [p for p in ctx.services.plans.list() if ctx.services.exchange.form_targets(PERIOD, plan_ids=[p.id])]
    plan = max(assigned, key=lambda p: p.task_count)  # the largest plan whose tasks have departments
    dialog.plan.setCurrentIndex(dialog.plan.findData(plan.id))
    return plan.id


def test_table_of_a_whole_plan_a_year_and_a_department(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, opened: list[QUrl]
) -> None:
    dialog = shown(qtbot, ctx, ExportTableDialog)
    plan_id = _choose_plan(dialog, ctx)
    plan = ctx.services.plans.get(plan_id)
    assert dialog.file.path() is not None and dialog.file.path().name.endswith("任务分工表.xlsx")  # type: ignore[union-attr]
    assert not dialog.year.isEnabled() and not dialog.department.isEnabled()
    dialog.by_year.setChecked(True)  # the suggested name follows the scope until the clerk types one
    assert dialog.year.isEnabled() and dialog.year.minimum() == plan.start_year
    dialog.year.setValue(plan.start_year)  # type: ignore[arg-type]
    assert f"{plan.start_year}年度任务分工表" in dialog.file.path().name  # type: ignore[union-attr]
    dialog.whole.setChecked(True)

    whole = tmp_path / "whole.xlsx"
    dialog.file.set_path(whole)
    dialog.export_button.click()
    wait_idle(qtbot, ctx)
    assert whole.exists() and not list(tmp_path.glob(".~*"))
    assert dialog.message.text() == f"已保存 {whole}（共 {plan.task_count} 项任务）。"
    dialog.open_folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]

    dialog.by_year.setChecked(True)
    year_file = tmp_path / "year.xlsx"
    dialog.file.set_path(year_file)
    dialog.export_button.click()
    wait_idle(qtbot, ctx)
    title = openpyxl.load_workbook(year_file).worksheets[0]["A1"].value
    assert f"{plan.start_year}年度" in title

    department = ctx.services.exchange.form_targets(PERIOD, plan_ids=[plan_id])[0]  # one with tasks in the plan
    dialog.by_department.setChecked(True)
    assert dialog.department.findData(department.department_id) >= 0
    dialog.department.setCurrentIndex(dialog.department.findData(department.department_id))
    own = tmp_path / "own.xlsx"
    dialog.file.set_path(own)
    dialog.export_button.click()
    wait_idle(qtbot, ctx)
    assert department.name in openpyxl.load_workbook(own).worksheets[0]["A1"].value


def test_table_needs_a_department_from_the_list(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    dialog = shown(qtbot, ctx, ExportTableDialog)
    _choose_plan(dialog, ctx)
    dialog.by_department.setChecked(True)
    dialog.department.setEditText("没有这个单位")
    dialog.file.set_path(tmp_path / "x.xlsx")
    dialog.export_button.click()
    assert dialog.message.text() == "请从列表中选择单位。" and not (tmp_path / "x.xlsx").exists()


def test_table_export_cancelled_leaves_no_file(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        ExchangeService, "export_assignment_table", slowed(ExchangeService.export_assignment_table, 1.0)
    )
    dialog = shown(qtbot, ctx, ExportTableDialog)
    _choose_plan(dialog, ctx)
    target = tmp_path / "out" / "table.xlsx"
    dialog.file.set_path(target)
    dialog.export_button.click()
    click_cancel_in_progress(qtbot, ctx)
    assert dialog.message.text() == "已取消导出，未生成文件。"
    assert list(target.parent.iterdir()) == []  # neither the table nor its temporary file
