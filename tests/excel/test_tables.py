"""Others' layouts: each variation is its own generated workbook, read without a database."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

from builders import replace_member, save, two_row_header_table
from openpyxl.styles import numbers

from ipdesk.excel.tables import read_tables


def _read(path: Path, sheet: str | None = None):
    result = read_tables(path)
    table = result.table(sheet)
    assert table is not None, result.ignored
    return table


def test_two_row_header_with_merged_category_and_skipped_rows(tmp_path: Path) -> None:
    table = _read(save(tmp_path / "two_rows.xlsx", two_row_header_table))
    assert table.kind == "assignment" and table.header_row == 2
    rows = table.to_json()["rows"]
    assert [r["row"] for r in rows] == [5, 6, 7]  # title, header, category, 合计 and 注 rows skipped
    assert rows[0]["category"] == "一、强化创造"
    assert rows[0]["lead"] == ["市市场监管局"] and rows[0]["support"] == ["市科技局", "市财政局"]
    assert rows[1]["support"] == ["市公安局", "市检察院"]
    assert (rows[1]["deadline"], rows[1]["deadline_date"]) == ("2024.10", "2024-10-31")
    assert rows[2]["task"] == "建设保护中心" and rows[2]["measure"] == "措施2b"  # a measure row under its task
    assert (rows[2]["deadline"], rows[2]["deadline_date"]) == ("持续推进", None)


def test_header_found_below_title_and_header_block_with_synonyms(tmp_path: Path) -> None:
    def build(ws) -> None:
        ws.append(["关于印发知识产权工作要点的通知"])
        ws.append([])
        ws.append(["附件"])
        ws.append(["填报单位（盖章）：", "市科技局", "填报人：张三", None, "联系电话：", "0476-1234567"])
        ws.append(["编号", "工作任务", "工作措施", "主责单位", "协办单位", "时间节点"])
        ws.append(["1", "推进专利转化", "开放许可", "市市场监管局", "市科技局 市财政局", datetime(2025, 6, 30)])
        ws.append(["2", "加强执法", "专项行动", "市公安局", None, 2024.1])

    table = _read(save(tmp_path / "synonyms.xlsx", build))
    assert table.header_row == 5 and table.kind == "assignment"
    assert table.meta == {"department": "市科技局", "reporter": "张三", "phone": "0476-1234567", "date": None}
    first, second = table.rows
    assert first.support == ("市科技局", "市财政局")
    assert (first.deadline, first.deadline_date) == ("2025-06-30", date(2025, 6, 30))  # an Excel date cell
    assert second.deadline == "2024.1" and any(p.severity == "warning" for p in table.problems)


def test_responsible_column_with_lead_marks_and_category_column(tmp_path: Path) -> None:
    def build(ws) -> None:
        ws.append(["类别", "序号", "任务内容", "责任单位", "完成时间"])
        ws.append(["知识产权创造", 1, "培育高价值专利", "市科技局（牵头）、市财政局", "2024年底"])
        ws.append([None, 2, "商标品牌建设", "市市场监管局牵头，市商务局配合", "持续推进"])
        ws.append(["知识产权保护", 3, "打击侵权", "市公安局、市法院", "2025年"])
        ws.merge_cells("A2:A3")

    table = _read(save(tmp_path / "responsible.xlsx", build))
    rows = table.to_json()["rows"]
    assert [r["category"] for r in rows] == ["知识产权创造", "知识产权创造", "知识产权保护"]
    assert rows[0]["lead"] == ["市科技局"] and rows[0]["support"] == ["市财政局"]
    assert rows[1]["lead"] == ["市市场监管局"] and rows[1]["support"] == ["市商务局"]
    assert rows[2]["lead"] == ["市公安局", "市法院"]  # unmarked: jointly responsible
    assert table.rows[2].responsible == ("市公安局", "市法院")


def test_hidden_rows_and_sheets_ignored_and_unrelated_sheets_reported(tmp_path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    notes = workbook.active
    notes.title = "说明"
    notes.append(["本表请于每季度末报送"])
    table = workbook.create_sheet("分工")
    table.append(["序号", "主要任务", "牵头单位", "配合单位", "完成时限"])
    table.append([1, "任务一", "市科技局", None, "2024年"])
    table.append([2, "作废任务", "市科技局", None, "2024年"])
    table.append([3, "任务三", "市科技局", None, "2024年"])
    table.row_dimensions[3].hidden = True
    hidden = workbook.create_sheet("旧表")
    hidden.append(["序号", "主要任务", "牵头单位"])
    hidden.append([1, "旧任务", "市科技局"])
    hidden.sheet_state = "hidden"
    workbook.save(tmp_path / "hidden.xlsx")
    result = read_tables(tmp_path / "hidden.xlsx")
    assert [t.sheet for t in result.tables] == ["分工"]
    assert [r.task for r in result.tables[0].rows] == ["任务一", "任务三"]
    assert result.tables[0].hidden_rows_skipped == 1
    assert [n.sheet for n in result.ignored] == ["说明"]


def test_repeated_header_and_blank_rows_are_skipped(tmp_path: Path) -> None:
    def build(ws) -> None:
        ws.append(["序号", "重点任务", "牵头单位", "完成时限"])
        ws.append([1, "任务一", "市科技局", "2024年"])
        ws.append([])
        ws.append(["序号", "重点任务", "牵头单位", "完成时限"])
        ws.append([2, "任务二", "市科技局", "2024年"])
        ws.append(["总计", None, None, None])

    table = _read(save(tmp_path / "repeat.xlsx", build))
    assert [r.no for r in table.rows] == ["1", "2"]


def _progress_sheet(ws) -> None:
    ws.append(["市科技局2024年第二季度重点任务进展情况表"])
    ws.append(["填报单位：市科技局", None, "填报人：", "李四", "联系电话：", "13800000000", "填报日期：", "2024.7.5"])
    ws.append(["序号", "重点任务", "进展情况", "完成状态", "完成比例", "存在问题", "下步计划"])
    ws.append([1, "任务一", "已完成调研", "进行中", "80%", "无", "继续推进"])
    ws.append([2, "任务二", "全部完成", "完成", 1, "—", None])
    ws.append([3, "任务三", "进展顺利", "?", "120%", None, None])
    ws.append([4, "任务四", "开展中", None, "八成", None, None])
    ws.append([5, "任务五", None, None, None, None, None])
    ws["E5"].number_format = numbers.FORMAT_PERCENTAGE  # 1 shown as 100%


def test_retyped_progress_form_is_validated_cell_by_cell(tmp_path: Path) -> None:
    table = _read(save(tmp_path / "progress.xlsx", _progress_sheet))
    assert table.kind == "progress" and table.header_row == 3
    assert table.meta == {"department": "市科技局", "reporter": "李四", "phone": "13800000000", "date": "2024.7.5"}
    data = table.to_json()
    rows = {r["no"]: r for r in data["rows"]}
    assert (rows["1"]["status"], rows["1"]["percent"], rows["1"]["problems"]) == ("推进中", 80, None)
    assert (rows["2"]["status"], rows["2"]["percent"]) == ("已完成", 100)
    assert rows["5"]["status"] is None and rows["5"]["progress"] is None
    errors = {(e["row"], e["column"]) for e in data["errors"]}
    assert errors == {(6, "D"), (6, "E"), (7, "D"), (7, "E")}  # ? , 120%, missing status, 八成
    message = next(e for e in data["errors"] if e["row"] == 6 and e["column"] == "E")
    assert message["value"] == "120%" and "100" in message["message"]


def test_formulas_with_and_without_cached_values(tmp_path: Path) -> None:
    def build(ws) -> None:
        ws.append(["序号", "重点任务", "完成状态", "完成比例"])
        ws.append([1, "任务一", "推进中", "=40+40"])
        ws.append([2, "任务二", "推进中", "=50+10"])

    path = save(tmp_path / "formula.xlsx", build)
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    cached = sheet.replace(b"<f>50+10</f><v></v>", b"<f>50+10</f><v>60</v>")
    target = replace_member(path, tmp_path / "cached.xlsx", "xl/worksheets/sheet1.xml", cached)
    table = _read(target)
    assert table.rows[1].percent == 60
    assert table.rows[0].percent is None and [(e.row, e.column) for e in table.errors] == [(2, "D")]
    assert "formula" in table.errors[0].message


def test_indicator_form_numbers(tmp_path: Path) -> None:
    def build(ws) -> None:
        ws.append(["序号", "指标名称", "单位", "2025年目标值", "实际值"])
        ws.append([1, "有效发明专利", "件", 1200, "1,234"])
        ws.append([2, "质押融资额", "万元", "5000", "12.5万"])
        ws.append([3, "专利拥有量", "件", "10", "１２"])
        ws.append([4, "服务体系", None, "基本建成", "已建成"])
        ws.append([5, "商标数", "件", 100, "很多"])

    table = _read(save(tmp_path / "indicators.xlsx", build))
    assert table.kind == "indicator"
    rows = table.to_json()["rows"]
    assert [r["actual"] for r in rows] == [1234.0, 125000.0, 12.0, "已建成", None]
    assert [(e["row"], e["column"]) for e in table.to_json()["errors"]] == [(6, "E")]
