"""Build deterministic synthetic databases for the benchmarks.

    python bench/make_data.py city OUT.sqlite3        # 1 city, 10 counties, 40 departments, 3 plans,
                                                      # 150 tasks, 30 indicators, 20 quarters ≈ 80,000 reports
    python bench/make_data.py province OUT.sqlite3    # 12 cities × the above ≈ 1,000,000 reports

Rows go in through SQLAlchemy Core bulk inserts (one transaction per city) on a database created by the real
migrations, so the schema, constraints and indexes are exactly the application's.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from ipdesk.domain.enums import PeriodKind, Source, TaskStatus
from ipdesk.domain.periods import Period
from ipdesk.storage.database import Database
from ipdesk.storage.location import sqlite_url
from ipdesk.storage.models import (
    AdminUnit,
    Department,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Installation,
    Plan,
    PlanSection,
    ReportingPeriod,
    Task,
    TaskAssignment,
    TaskReport,
)

FIRST_YEAR = 2021
YEARS = 5
COUNTIES = 10
DEPARTMENTS = 40  # 30 city departments + the 10 county governments
PLANS = 3
TASKS = 150
INDICATORS = 30
ASSIGNMENTS_PER_TASK = 27  # ≈ 4,000 assignments × 20 quarters ≈ 80,000 reports per city
SEED = 7

DEPT_STEMS = [
    "市场监督管理局",
    "科学技术局",
    "财政局",
    "发展和改革委员会",
    "工业和信息化局",
    "司法局",
    "公安局",
    "商务局",
    "农牧局",
    "文化和旅游局",
    "教育局",
    "人力资源和社会保障局",
    "自然资源局",
    "生态环境局",
    "住房和城乡建设局",
    "交通运输局",
    "卫生健康委员会",
    "林业和草原局",
    "金融工作办公室",
    "中级人民法院",
    "人民检察院",
    "海关",
    "税务局",
    "统计局",
    "国有资产监督管理委员会",
    "宣传部",
    "工商业联合会",
    "科学技术协会",
    "融媒体中心",
    "团委",
]
CATEGORIES = ["creation", "utilization", "protection", "management", "service"]
KINDS = ["level", "level", "cumulative", "annual_increment", "growth_rate", "count"]


@dataclass
class Counts:
    units: int = 0
    departments: int = 0
    tasks: int = 0
    assignments: int = 0
    reports: int = 0
    values: int = 0


def _periods(db: Database) -> tuple[list[tuple[Period, int]], list[tuple[Period, int]]]:
    quarters = [Period(FIRST_YEAR + y, PeriodKind.QUARTER, q) for y in range(YEARS) for q in range(1, 5)]
    years = [Period(FIRST_YEAR + y, PeriodKind.YEAR) for y in range(YEARS)]
    with db.engine.begin() as conn:
        conn.execute(
            insert(ReportingPeriod),
            [
                {
                    "code": p.code,
                    "kind": p.kind.value,
                    "year": p.year,
                    "number": p.number,
                    "start_date": p.start,
                    "end_date": p.end,
                    "due_date": p.default_due,
                    "locked": p.year < FIRST_YEAR + YEARS - 1,
                }
                for p in quarters + years
            ],
        )
        ids = dict(conn.execute(select(ReportingPeriod.code, ReportingPeriod.id)).all())
    return [(p, ids[p.code]) for p in quarters], [(p, ids[p.code]) for p in years]


def _city(db: Database, index: int, region_id: int, quarters, years, counts: Counts, rng: random.Random) -> None:
    city_name = f"第{index + 1}市"
    statuses = [s.value for s in TaskStatus]
    with db.engine.begin() as conn:
        city_id = conn.execute(
            insert(AdminUnit).returning(AdminUnit.id),
            [{"name": city_name, "level": "city", "parent_id": region_id, "position": index}],
        ).scalar_one()
        conn.execute(
            insert(AdminUnit),
            [
                {"name": f"{city_name}第{c + 1}县", "level": "county", "parent_id": city_id, "position": c}
                for c in range(COUNTIES)
            ],
        )
        county_ids = conn.execute(select(AdminUnit.id).where(AdminUnit.parent_id == city_id)).scalars().all()
        counts.units += 1 + COUNTIES
        depts = [
            {
                "name": f"{city_name}{stem}",
                "short_name": f"市{stem[:4]}",
                "unit_id": city_id,
                "kind": "agency",
                "position": i,
                "active": True,
            }
            for i, stem in enumerate(DEPT_STEMS[: DEPARTMENTS - COUNTIES])
        ] + [
            {
                "name": f"{city_name}第{c + 1}县人民政府",
                "short_name": f"第{c + 1}县政府",
                "unit_id": county_ids[c],
                "kind": "government",
                "position": 100 + c,
                "active": True,
            }
            for c in range(COUNTIES)
        ]
        conn.execute(insert(Department), depts)
        dept_ids = (
            conn.execute(
                select(Department.id).where(Department.unit_id.in_([city_id, *county_ids])).order_by(Department.id)
            )
            .scalars()
            .all()
        )
        counts.departments += len(dept_ids)
        plan_ids = (
            conn.execute(
                insert(Plan).returning(Plan.id),
                [
                    {
                        "title": f"{city_name}知识产权强市建设规划{p + 1}",
                        "doc_number": f"政发〔2021〕{index * 10 + p}号",
                        "start_year": FIRST_YEAR,
                        "end_year": FIRST_YEAR + YEARS - 1,
                        "unit_id": city_id,
                    }
                    for p in range(PLANS)
                ],
            )
            .scalars()
            .all()
        )
        section_rows = [
            {
                "plan_id": plan_id,
                "label": f"{'一二三四五'[s]}、",
                "title": f"重点任务{s + 1}",
                "level": 1,
                "position": s + 1,
            }
            for plan_id in plan_ids
            for s in range(5)
        ]
        conn.execute(insert(PlanSection), section_rows)
        sections = conn.execute(
            select(PlanSection.id, PlanSection.plan_id).where(PlanSection.plan_id.in_(plan_ids))
        ).all()
        task_rows = []
        for t in range(TASKS):
            plan_id = plan_ids[t % PLANS]
            plan_sections = [s.id for s in sections if s.plan_id == plan_id]
            deadline_year = FIRST_YEAR + rng.randrange(YEARS)
            task_rows.append(
                {
                    "plan_id": plan_id,
                    "section_id": plan_sections[t % len(plan_sections)],
                    "number": str(t // PLANS + 1),
                    "title": f"推进知识产权重点工作第{t + 1}项",
                    "text": "加强知识产权创造、运用、保护、管理和服务。" * 3,
                    "deadline_text": f"{deadline_year}年底前",
                    "deadline": date(deadline_year, 12, 31),
                    "position": t // PLANS + 1,
                }
            )
        task_ids = conn.execute(insert(Task).returning(Task.id), task_rows).scalars().all()
        counts.tasks += len(task_ids)
        assignment_rows = []
        for task_id in task_ids:
            chosen = rng.sample(dept_ids, ASSIGNMENTS_PER_TASK)
            for position, dept_id in enumerate(chosen):
                assignment_rows.append(
                    {
                        "task_id": task_id,
                        "department_id": dept_id,
                        "role": "lead" if position == 0 else "support",
                        "position": position,
                    }
                )
        assignment_ids = (
            conn.execute(insert(TaskAssignment).returning(TaskAssignment.id), assignment_rows).scalars().all()
        )
        counts.assignments += len(assignment_ids)
        report_rows = []
        for q_index, (period, period_id) in enumerate(quarters):
            for assignment_id in assignment_ids:
                percent = min(100, 5 * q_index + rng.randrange(0, 20))
                late = rng.random() < 0.15
                report_rows.append(
                    {
                        "assignment_id": assignment_id,
                        "period_id": period_id,
                        "status": "done" if percent == 100 else statuses[rng.randrange(1, 5)],
                        "percent": percent,
                        "progress": "按计划推进，已完成阶段性任务。",
                        "problems": None,
                        "next_steps": "继续推进。",
                        "submitted_on": period.default_due + timedelta(days=rng.randrange(5, 20) if late else -3),
                        "source": Source.DEMO.value,
                    }
                )
            if len(report_rows) >= 20_000:
                conn.execute(insert(TaskReport), report_rows)
                counts.reports += len(report_rows)
                report_rows = []
        if report_rows:
            conn.execute(insert(TaskReport), report_rows)
            counts.reports += len(report_rows)
        indicator_ids = []
        for i in range(INDICATORS):
            indicator_ids.append(
                conn.execute(
                    insert(Indicator).returning(Indicator.id),
                    [
                        {
                            "plan_id": plan_ids[i % PLANS],
                            "name": f"知识产权指标{i + 1}",
                            "unit": "件",
                            "category": CATEGORIES[i % len(CATEGORIES)],
                            "kind": KINDS[i % len(KINDS)],
                            "direction": "higher",
                            "baseline_year": FIRST_YEAR - 1,
                            "baseline_value": 100.0 + i,
                            "position": i,
                        }
                    ],
                ).scalar_one()
            )
        conn.execute(
            insert(IndicatorTarget),
            [
                {"indicator_id": ind, "year": p.year, "value": 100.0 + 20 * (y + 1)}
                for ind in indicator_ids
                for y, (p, _pid) in enumerate(years)
            ],
        )
        value_rows = [
            {
                "indicator_id": ind,
                "period_id": period_id,
                "unit_id": unit_id,
                "value": 100.0 + 5 * q + rng.random(),
                "submitted_on": period.default_due,
                "source": Source.DEMO.value,
            }
            for ind in indicator_ids
            for unit_id in (city_id, *county_ids[:6])
            for q, (period, period_id) in enumerate(quarters)
        ]  # 30 indicators × 7 units × 20 quarters = 4,200 per city
        conn.execute(insert(IndicatorValue), value_rows)
        counts.values += len(value_rows)


def make(kind: str, out: Path) -> Counts:
    if out.exists():
        raise SystemExit(f"{out} exists; remove it first")
    rng = random.Random(SEED)
    db = Database.open(sqlite_url(out))
    counts = Counts()
    try:
        quarters, years = _periods(db)
        with db.engine.begin() as conn:
            region_id = conn.execute(
                insert(AdminUnit).returning(AdminUnit.id), [{"name": "某自治区", "level": "region", "position": 0}]
            ).scalar_one()
        for index in range(12 if kind == "province" else 1):
            _city(db, index, region_id, quarters, years, counts, rng)
        with db.engine.begin() as conn:  # a province office oversees every city; a city office its own plans
            home = (
                region_id
                if kind == "province"
                else conn.execute(select(AdminUnit.id).where(AdminUnit.level == "city")).scalar_one()
            )
            conn.execute(insert(Installation), [{"id": 1, "unit_id": home, "office_name": "市场监督管理局"}])
    finally:
        db.dispose()
    return counts


def assignment_table(path: Path, rows: int = 3_000) -> Path:
    """A 任务分工表 as an office would lay it out: merged title, header, a category row every 100 tasks."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["某市知识产权强市建设任务分工表"])
    sheet.merge_cells("A1:F1")
    sheet.append(["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"])
    for number in range(1, rows + 1):
        if number % 100 == 1:
            sheet.append([f"第{number // 100 + 1}部分"])
            sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=6)
        sheet.append(
            [
                number,
                f"第{number}项重点任务：推进知识产权强市建设",
                "具体措施" * 12,
                "市市场监管局",
                "市科技局、市财政局、市公安局",
                "2025年12月底前",
            ]
        )
    workbook.save(path)
    return path


def fill_forms(paths: list[Path]) -> int:
    """Fill exported department forms as departments would: reporter, date, progress, status, percent."""
    import openpyxl

    from ipdesk.excel import formspec as spec

    rows = 0
    for path in paths:
        workbook = openpyxl.load_workbook(path)
        sheet = workbook[spec.TASK_SHEET]
        sheet["E2"], sheet["I2"] = "张三", "2026-01-05"
        for row in range(spec.FORM_HEADER_ROW + 1, sheet.max_row + 1):
            if sheet.cell(row, 4).value:
                sheet.cell(row, 6).value, sheet.cell(row, 7).value, sheet.cell(row, 8).value = (
                    "已开展工作",
                    "推进中",
                    60,
                )
                rows += 1
        workbook.save(path)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kind", choices=["city", "province"])
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = make(args.kind, args.out)
    print(f"{args.kind}: {counts} in {time.perf_counter() - started:.1f} s -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
