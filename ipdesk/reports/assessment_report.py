"""年度 / 中期评估报告: headline figures, charts, lagging items and the department table in one document."""

from __future__ import annotations

from collections.abc import Sequence

from ipdesk.analytics import charts
from ipdesk.analytics.numbers import fmt_date, fmt_number, fmt_percent
from ipdesk.analytics.rag import Rag
from ipdesk.analytics.scorecards import DepartmentScorecard
from ipdesk.analytics.submissions import SubmissionStats, per_period
from ipdesk.analytics.tasks import by_plan
from ipdesk.domain.campaigns import DEFAULT_CAMPAIGN, campaign_of
from ipdesk.i18n import QT_TRANSLATE_NOOP, translate
from ipdesk.reports.common import rag_cell, rag_rule, signatures, title_block
from ipdesk.reports.data import IndicatorRow, Scope, TaskData
from ipdesk.reports.document import (
    Align,
    Block,
    ChartBlock,
    Column,
    Document,
    Format,
    Heading,
    KeyFigure,
    KeyFigures,
    Orientation,
    Paragraph,
    Part,
    Row,
    Table,
    Tone,
)
from ipdesk.reports.task_sheet import rollup_table

KIND = "assessment"
ANNUAL, MIDTERM = "annual", "midterm"
TRAJECTORIES = 4  # indicator charts shown, the furthest behind first
DEPARTMENT_BARS = 24  # departments in the bar chart (most tasks first)


# The campaign (ipdesk.domain.campaigns) as the sheets call it in each language.
CAMPAIGNS = {
    "知识产权强市建设": QT_TRANSLATE_NOOP("Reports", "IP-strong-city"),  # zh: 知识产权强市建设
    "知识产权强县建设": QT_TRANSLATE_NOOP("Reports", "IP-strong-county"),  # zh: 知识产权强县建设
    "知识产权强旗建设": QT_TRANSLATE_NOOP("Reports", "IP-strong-banner"),  # zh: 知识产权强旗建设
    "知识产权强区建设": QT_TRANSLATE_NOOP("Reports", "IP-strong-region"),  # zh: 知识产权强区建设
    "知识产权强省建设": QT_TRANSLATE_NOOP("Reports", "IP-strong-province"),  # zh: 知识产权强省建设
    "知识产权强盟建设": QT_TRANSLATE_NOOP("Reports", "IP-strong-league"),  # zh: 知识产权强盟建设
    "知识产权强州建设": QT_TRANSLATE_NOOP("Reports", "IP-strong-prefecture"),  # zh: 知识产权强州建设
}


def title(variant: str = ANNUAL, campaign: str = DEFAULT_CAMPAIGN) -> str:
    """年度 / 中期评估报告 of the plans' campaign: 知识产权强县建设 for a 旗/县, 强市建设 for a city …"""
    name = translate("Reports", CAMPAIGNS.get(campaign, CAMPAIGNS[DEFAULT_CAMPAIGN]))
    if variant == MIDTERM:
        return translate("Reports", "Mid-term assessment of the {campaign} plan").format(
            campaign=name
        )  # zh: {campaign}中期评估报告
    return translate("Reports", "Annual assessment of the {campaign} plan").format(
        campaign=name
    )  # zh: {campaign}年度评估报告


def variant_for(scope: Scope) -> str:
    """Mid-term when the period's year is the middle year of every plan in scope, else annual."""
    middles = {(p.start_year + p.end_year) // 2 for p in scope.plans if p.start_year and p.end_year}
    return MIDTERM if middles == {scope.period.year} else ANNUAL


def _count(n: int) -> str:
    return translate("Reports", "{count} items").format(count=n)  # zh: {count}项


def overview(scope: Scope, tasks: TaskData, indicators: Sequence[IndicatorRow], current: SubmissionStats | None) -> str:
    items = tasks.by_task
    done = sum(1 for i in items if i.done)
    green = sum(1 for i in items if i.rag is Rag.GREEN)
    behind = sum(1 for i in items if i.lagging)
    overdue = sum(1 for i in items if i.overdue)
    rated = [r.assessment for r in indicators if r.assessment.rag is not Rag.NONE]
    text = translate(
        "Reports",
        "As of {date}, the {plans} contain {tasks} key tasks with responsible departments: {done} are done "
        "({done_rate}), {green} are on schedule (the done ones included), {behind} are behind and {overdue} are past "
        "their deadline. Of "
        "{indicators} quantified indicators with data, {ind_green} are on track, {ind_yellow} to watch and "
        "{ind_red} behind.",
    ).format(
        date=fmt_date(scope.as_of),
        plans=_plans_phrase(scope),
        tasks=len(items),
        done=done,
        done_rate=fmt_percent(done / len(items)) if items else "—",
        green=green,
        behind=behind,
        overdue=overdue,
        indicators=len(rated),
        ind_green=sum(1 for a in rated if a.rag is Rag.GREEN),
        ind_yellow=sum(1 for a in rated if a.rag is Rag.YELLOW),
        ind_red=sum(1 for a in rated if a.rag is Rag.RED),
    )
    # zh: 截至{date}，{plans}共有已明确责任单位的重点任务{tasks}项，其中已完成{done}项（{done_rate}），
    # 按序时推进（含已完成）{green}项，进展滞后{behind}项，超期未完成{overdue}项。在有数据的{indicators}项量化指标中，
    # 正常{ind_green}项、预警{ind_yellow}项、滞后{ind_red}项。
    if current is not None and current.expected:
        text += translate(
            "Reports",
            " For {period}, {due} progress reports were due: {on_time} came in on time, {late} late and {missing} "
            "are missing.",
        ).format(
            period=scope.period.label,
            due=current.expected,
            on_time=current.on_time,
            late=current.late,
            missing=current.not_submitted,
        )
        # zh: {period}应报进展情况{due}项，按时报送{on_time}项，逾期报送{late}项，未报送{missing}项。
    return text


def _plans_phrase(scope: Scope) -> str:
    if len(scope.plans) == 1:
        return f"《{scope.plans[0].title}》"
    return translate("Reports", "{count} plans").format(count=len(scope.plans))


def key_figures(
    tasks: TaskData,
    indicators: Sequence[IndicatorRow],
    current: SubmissionStats | None,
    cards: Sequence[DepartmentScorecard],
) -> KeyFigures:
    items = tasks.by_task
    done = sum(1 for i in items if i.done)
    behind = sum(1 for i in items if i.lagging)
    rated = [r.assessment for r in indicators if r.assessment.rag is not Rag.NONE]
    green = sum(1 for a in rated if a.rag is Rag.GREEN)
    silent = sum(1 for c in cards if c.missing)
    return KeyFigures(
        (
            KeyFigure(translate("Reports", "Key tasks"), _count(len(items))),  # zh: 重点任务
            KeyFigure(
                translate("Reports", "Done"),  # zh: 已完成
                _count(done),
                fmt_percent(done / len(items)) if items else "",
                Tone.GREEN if done else None,
            ),
            KeyFigure(translate("Reports", "Behind or overdue"), _count(behind), "", Tone.RED if behind else None),
            # zh: 滞后或超期
            KeyFigure(
                translate("Reports", "Indicators on track"),  # zh: 指标达到序时
                f"{green}/{len(rated)}",
                fmt_percent(green / len(rated)) if rated else "",
            ),
            KeyFigure(
                translate("Reports", "On-time reporting this period"),  # zh: 本期报送及时率
                fmt_percent(current.on_time_rate) if current and current.on_time_rate is not None else "—",
            ),
            KeyFigure(
                translate("Reports", "Departments with missing reports"),  # zh: 有未报事项的单位
                str(silent),
                "",
                Tone.RED if silent else None,
            ),
        )
    )


def lagging_table(tasks: TaskData, indicators: Sequence[IndicatorRow]) -> Table:
    cols = (
        Column(translate("Reports", "No."), 0.45, Align.CENTER, Format.INTEGER),
        Column(translate("Reports", "Type"), 1.0, Align.CENTER),  # zh: 类别
        Column(translate("Reports", "Item"), 3.0),  # zh: 事项
        Column(translate("Reports", "Responsible"), 1.4),
        Column(translate("Reports", "Status"), 0.7, Align.CENTER),
        Column(translate("Reports", "Details"), 3.2),  # zh: 情况说明
    )
    rows: list[Row] = []
    for item in tasks.by_task:
        if item.lagging:
            name = f"{item.task.number}. {item.task.title}" if item.task.number else item.task.title
            rows.append(
                Row(
                    (
                        len(rows) + 1,
                        translate("Reports", "Key task"),
                        name,
                        "、".join(item.task.leads),
                        rag_cell(Rag.RED),
                        item.explanation,
                    )
                )
            )
    for row in indicators:
        if row.assessment.rag is Rag.RED:
            rows.append(
                Row(
                    (
                        len(rows) + 1,
                        translate("Reports", "Indicator"),  # zh: 量化指标
                        row.spec.name,
                        "、".join(row.info.department_names),
                        rag_cell(Rag.RED),
                        row.assessment.explanation,
                    )
                )
            )
    return Table(cols, tuple(rows), empty_text=translate("Reports", "No task or indicator is behind."))
    # zh: 没有进展滞后的任务或指标。


def scorecard_table(cards: Sequence[DepartmentScorecard]) -> Table:
    cols = (
        Column(translate("Reports", "No."), 0.45, Align.CENTER, Format.INTEGER),
        Column(translate("Reports", "Department"), 2.0),
        Column(translate("Reports", "Tasks"), 0.65, Align.RIGHT, Format.INTEGER),
        Column(translate("Reports", "Done"), 0.65, Align.RIGHT, Format.INTEGER),
        Column(translate("Reports", "On schedule"), 0.65, Align.RIGHT, Format.INTEGER),  # zh: 按序时
        Column(translate("Reports", "Behind"), 0.6, Align.RIGHT, Format.INTEGER),  # zh: 滞后
        Column(translate("Analytics", "Not reported"), 0.65, Align.RIGHT, Format.INTEGER),
        Column(translate("Reports", "Tasks on schedule"), 0.8, Align.RIGHT, Format.PERCENT, 1),  # zh: 任务按期推进率
        Column(translate("Reports", "On-time reporting"), 0.8, Align.RIGHT, Format.PERCENT, 1),  # zh: 报送及时率
        Column(translate("Reports", "Indicators attained"), 0.8, Align.RIGHT, Format.PERCENT, 1),  # zh: 指标达标率
        Column(translate("Reports", "Score"), 0.6, Align.RIGHT, Format.NUMBER, 1),  # zh: 综合得分
        Column(translate("Reports", "Calculation"), 3.0, printed=False),
    )
    rows = tuple(
        Row(
            (
                n,
                c.department_name,
                c.tasks,
                c.done,
                c.on_track,
                c.lagging,
                c.unreported,
                c.task_rate,
                c.on_time_rate,
                c.indicator_rate,
                c.score,
                c.explanation,
            )
        )
        for n, c in enumerate(cards, start=1)
    )
    return Table(
        cols, rows, empty_text=translate("Reports", "No departments in this scope.")
    )  # zh: 所选范围内没有责任单位。


def score_note(scope: Scope) -> str:
    w = scope.weights
    return translate(
        "Reports",
        "Notes: tasks on schedule = tasks rated on track ÷ tasks reported; on-time reporting = items in by the due "
        "date ÷ items due in {year} up to {period}; indicators attained = indicators on track ÷ indicators rated. "
        "Score = tasks on schedule × {tasks} + on-time reporting × {submissions} + indicators attained × "
        "{indicators}, divided by the weights of the rates that apply. {rule}",
    ).format(
        year=scope.period.year,
        period=scope.period.label,
        tasks=fmt_number(w.tasks),
        submissions=fmt_number(w.submissions),
        indicators=fmt_number(w.indicators),
        rule=rag_rule(scope.thresholds),
    )
    # zh: 说明：任务按期推进率＝评价为正常的任务÷已报送任务；
    # 报送及时率＝按时报送÷{year}年截至{period}已到期应报事项；指标达标率＝正常指标÷已评价指标。
    # 综合得分＝任务按期推进率×{tasks}＋报送及时率×{submissions}＋指标达标率×{indicators}，
    # 按有数据的项目权重折算为百分制。{rule}


def _worst_indicators(indicators: Sequence[IndicatorRow]) -> list[IndicatorRow]:
    rated = [r for r in indicators if r.assessment.actual_value is not None and r.spec.targets]
    rated.sort(key=lambda r: (r.assessment.rag.rank, r.assessment.schedule_ratio or 0.0))
    return rated[:TRAJECTORIES]


def build(
    scope: Scope,
    indicators: Sequence[IndicatorRow],
    tasks: TaskData,
    submissions: Sequence[SubmissionStats],
    cards: Sequence[DepartmentScorecard],
    variant: str | None = None,
) -> Document:
    variant = variant or variant_for(scope)
    name = title(variant, campaign_of((p.title for p in scope.plans), scope.unit_name, scope.unit_level))
    periods = per_period(submissions, translate("Reports", "Total"))
    current = periods.get(scope.period)
    blocks: list[Block] = [
        title_block(scope, name),
        Heading(translate("Reports", "1. Overview")),  # zh: 一、总体情况
        Paragraph(overview(scope, tasks, indicators, current)),
        key_figures(tasks, indicators, current, cards),
        Heading(translate("Reports", "2. Indicators")),  # zh: 二、主要指标完成情况
        ChartBlock(charts.indicator_status([r.assessment for r in indicators]), 62, 0.5),
        ChartBlock(charts.status_distribution(tasks.by_task), 62, 0.5),
    ]
    for row in _worst_indicators(indicators):
        blocks.append(ChartBlock(charts.indicator_trajectory(row.spec, row.observations, scope.as_of), 62, 0.5))
    blocks += [
        Heading(translate("Reports", "3. Key tasks and reporting")),  # zh: 三、重点任务推进及报送情况
        _plan_table(tasks),
        ChartBlock(charts.submission_completeness(periods.values()), 62, 1.0),
    ]
    if cards:
        shown = min(len([c for c in cards if c.tasks]), DEPARTMENT_BARS)
        blocks.append(
            ChartBlock(charts.completion_by_department(cards, DEPARTMENT_BARS), max(60.0, 22 + 6.2 * shown), 1.0)
        )
    blocks += [
        Heading(translate("Reports", "4. Items behind schedule")),  # zh: 四、滞后事项
        lagging_table(tasks, indicators),
        Heading(translate("Reports", "5. Departments")),  # zh: 五、责任单位情况
        scorecard_table(cards),
        Paragraph(score_note(scope), indent=False),
        signatures(),
    ]
    return Document(
        KIND,
        name,
        Orientation.PORTRAIT,
        (Part(translate("Reports", "Assessment"), tuple(blocks)),),  # zh: 评估报告
        footer=scope.office_name,
    )


def _plan_table(tasks: TaskData) -> Table:
    table = rollup_table(by_plan(tasks.by_task), translate("Reports", "Plan"))
    return Table(table.columns, table.rows, caption=translate("Reports", "Key tasks by plan"), font_scale=0.95)
    # zh: 各规划（方案）重点任务推进情况
