"""指标完成情况汇总表: per indicator the baseline, target, actual, expected, completion and status."""

from __future__ import annotations

from collections.abc import Sequence

from ipdesk.analytics.numbers import fmt_number
from ipdesk.analytics.plausibility import PlausibilityWarning
from ipdesk.domain.enums import IndicatorKind, PeriodKind
from ipdesk.domain.periods import Period
from ipdesk.i18n import translate
from ipdesk.reports.common import rag_cell, rag_rule, signatures, title_block
from ipdesk.reports.data import IndicatorRow, Scope
from ipdesk.reports.document import (
    Align,
    Block,
    Cell,
    Column,
    Document,
    Format,
    Heading,
    Orientation,
    Paragraph,
    Part,
    Row,
    RowKind,
    Table,
)

KIND = "indicators"


def title() -> str:
    return translate("Reports", "Indicator completion summary")  # zh: 指标完成情况汇总表


def columns() -> tuple[Column, ...]:
    return (
        Column(translate("Reports", "No."), 0.45, Align.CENTER, Format.INTEGER),  # zh: 序号
        Column(translate("Reports", "Indicator name"), 2.5),  # zh: 指标名称
        Column(translate("Reports", "Unit"), 0.55, Align.CENTER),  # zh: 单位
        Column(translate("Reports", "Kind"), 1.0, Align.CENTER),  # zh: 指标类型
        Column(translate("Reports", "Baseline"), 1.0, Align.RIGHT, Format.NUMBER, 4),  # zh: 基期值
        Column(translate("Reports", "Baseline year"), 0.6, Align.CENTER, Format.INTEGER, printed=False),  # zh: 基期年份
        Column(translate("Reports", "Target"), 1.0, Align.RIGHT, Format.NUMBER, 4),  # zh: 目标值
        Column(translate("Reports", "Target year"), 0.6, Align.CENTER, Format.INTEGER, printed=False),  # zh: 目标年份
        Column(translate("Reports", "Actual"), 1.0, Align.RIGHT, Format.NUMBER, 4),  # zh: 实际值
        Column(translate("Reports", "Actual period"), 0.7, Align.CENTER, printed=False),  # zh: 数据期
        Column(translate("Reports", "Expected to date"), 0.95, Align.RIGHT, Format.NUMBER, 2),  # zh: 序时目标值
        Column(translate("Reports", "Completion"), 0.9, Align.RIGHT, Format.PERCENT, 1),  # zh: 完成率
        Column(translate("Reports", "Status"), 0.7, Align.CENTER),  # zh: 状态
        Column(translate("Reports", "Responsible"), 1.5),  # zh: 责任单位
        Column(translate("Reports", "Calculation"), 3.05),  # zh: 计算说明
    )


def _with_year(value: float | None, year: int | str | None, decimals: int = 4) -> str | None:
    """The value over its year on a second line: the year is in the xlsx as a column of its own."""
    if value is None:
        return None
    if year is None:
        return fmt_number(value, decimals)
    label = Period(year, PeriodKind.YEAR).label if isinstance(year, int) else year
    return translate("Reports", "{value}\n({year})").format(value=fmt_number(value, decimals), year=label)
    # zh: {value}\n（{year}）


def _kind_label(row: IndicatorRow) -> str:
    label = IndicatorKind(row.spec.kind).label
    if row.spec.lower_is_better:
        label = translate("Reports", "{kind}, lower is better").format(kind=label)  # zh: {kind}（逆向）
    return label


def indicator_row(number: int, row: IndicatorRow) -> Row:
    a = row.assessment
    spec = row.spec
    rate_mode = spec.kind == IndicatorKind.GROWTH_RATE.value and not spec.has_baseline
    target_text = a.target_text if a.target_value is None else None
    actual_label = a.actual_period.label if a.actual_period else None
    if rate_mode:
        target = Cell(a.target_value, _rate_text(a.target_value, a.target_year))
        actual = Cell(a.actual_value, _rate_text(a.actual_value, actual_label))
    else:
        target = Cell(a.target_value, target_text or _with_year(a.target_value, a.target_year))
        actual = Cell(a.actual_value, a.actual_text or _with_year(a.actual_value, actual_label))
    explanation = a.explanation
    if a.stale and a.actual_period is not None:
        explanation = translate("Reports", "Latest value is from {period}; {rest}").format(
            period=a.actual_period.label, rest=explanation
        )  # zh: 最新数据为{period}；{rest}
    return Row(
        (
            number,
            spec.name,
            spec.unit or ("%" if rate_mode else ""),
            _kind_label(row),
            Cell(spec.baseline_value, _with_year(spec.baseline_value, spec.baseline_year)),
            spec.baseline_year,
            target,
            a.target_year,
            actual,
            a.actual_period.code if a.actual_period else None,
            a.expected_value,
            a.completion,
            rag_cell(a.rag),
            "、".join(row.info.department_names),
            explanation,
        )
    )


def _rate_text(value: float | None, year: object) -> str | None:
    if value is None:
        return None
    text = f"{fmt_number(value, 2)}%"
    if year is None:
        return text
    label = Period(year, PeriodKind.YEAR).label if isinstance(year, int) else year
    return translate("Reports", "{value}\n({year})").format(value=text, year=label)


def build(scope: Scope, rows: Sequence[IndicatorRow]) -> Document:
    body: list[Row] = []
    several = len({r.plan.id for r in rows}) > 1
    current_plan = None
    for number, row in enumerate(rows, start=1):
        if several and row.plan.id != current_plan:
            current_plan = row.plan.id
            body.append(Row((f"《{row.plan.title}》",), RowKind.GROUP))
        body.append(indicator_row(number, row))
    blocks: list[Block] = [
        title_block(scope, title()),
        Table(
            columns(),
            tuple(body),
            font_scale=0.95,
            empty_text=translate("Reports", "No indicators in this scope."),  # zh: 所选范围内没有指标。
        ),
        Paragraph(method_note(scope), indent=False),
    ]
    checks = [w for row in rows for w in row.warnings if _about_printed_value(row, w.period)]
    if checks:
        blocks.append(Heading(translate("Reports", "Data checks")))  # zh: 数据核查提示
        for index, warning in enumerate(checks, start=1):
            blocks.append(
                Paragraph(f"{index}. {warning.indicator}（{warning.check.label}）：{warning.reason}", indent=False)
            )
    blocks.append(signatures())
    parts = [Part(translate("Reports", "Indicators"), tuple(blocks))]  # zh: 指标
    all_checks = [w for row in rows for w in row.warnings]
    parts.append(Part(translate("Reports", "Data checks"), (warnings_table(all_checks),), printed=False))
    return Document(KIND, title(), Orientation.LANDSCAPE, tuple(parts), footer=scope.office_name)


def _about_printed_value(row: IndicatorRow, period: object) -> bool:
    actual = row.assessment.actual_period
    if actual is None:
        return False
    if row.spec.kind == IndicatorKind.ANNUAL_INCREMENT.value:
        return getattr(period, "year", None) == actual.year
    return period == actual


def method_note(scope: Scope) -> str:
    return translate(
        "Reports",
        "Notes: completion = actual ÷ target (target ÷ actual where lower is better); an annual increment is "
        "measured against its year's target, a growth rate by the average yearly growth achieved. Expected to "
        "date interpolates between the baseline and the yearly targets at the date of the latest value. {rule}",
    ).format(rule=rag_rule(scope.thresholds))
    # zh: 说明：完成率＝实际值÷目标值（逆向指标为目标值÷实际值）；年度增量指标按当年目标计算，增速指标按年均增速计算。
    # 序时目标值按基期值与各年度目标在最新数据日期的线性插值计算。{rule}


def warnings_table(warnings: Sequence[PlausibilityWarning]) -> Table:
    cols = (
        Column(translate("Reports", "No."), 0.5, Align.CENTER, Format.INTEGER),
        Column(translate("Reports", "Indicator name"), 2.5),
        Column(translate("Reports", "Period"), 1.0, Align.CENTER),  # zh: 期间
        Column(translate("Reports", "Check"), 1.3),  # zh: 核查项
        Column(translate("Reports", "Value"), 0.9, Align.RIGHT, Format.NUMBER, 4),  # zh: 本期值
        Column(translate("Reports", "Previous value"), 0.9, Align.RIGHT, Format.NUMBER, 4),  # zh: 上期值
        Column(translate("Reports", "Reason"), 4.0),  # zh: 原因
    )
    rows = tuple(
        Row((i, w.indicator, w.period.label, w.check.label, w.value, w.previous, w.reason))
        for i, w in enumerate(warnings, start=1)
    )
    return Table(cols, rows, empty_text=translate("Reports", "No implausible values found."))  # zh: 未发现异常数据。
