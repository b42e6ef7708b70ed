"""Plan intake without Qt: the draft and its undoable edits, department decisions, the diff, one-transaction saves."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ipdesk.domain.enums import BatchKind, DepartmentKind, Role, TaskStatus
from ipdesk.errors import ValidationError
from ipdesk.services import Services
from ipdesk.services.plan_intake import (
    META_UID,
    AddDepartment,
    AddTask,
    CreateDepartment,
    DeleteItems,
    EditField,
    MapToExisting,
    MergeTasks,
    MoveTask,
    PlanDraft,
    PlanIntakeService,
    SetDepartment,
    SetTarget,
    SplitTask,
    UndoStack,
    problems,
    unresolved_names,
    writing,
)
from ipdesk.services.reports import ReportInput
from ipdesk.storage.models import AuditEntry, Department, DepartmentAlias, ImportBatch, Plan, PlanSection, Task

SEEDS_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

PLAN = """赤峰市人民政府关于印发赤峰市知识产权强市建设行动方案的通知
赤政发〔2023〕99号

赤峰市知识产权强市建设行动方案

一、总体目标
到2025年，全市有效发明专利拥有量达到1500件，每万人口高价值发明专利拥有量达到2.5件。

二、重点任务
（一）加强知识产权创造
1.提升专利质量。实施高价值专利培育计划，支持企业开展专利布局。（责任单位：市科技局、市财政局）
2.培育商标品牌。推进商标品牌建设，培育一批知名品牌。（牵头单位：市市场监管局；配合单位：市商务局）
（二）强化知识产权保护
3.加强行政执法。开展知识产权专项执法行动。（责任单位：市市场监管局、市公安局、各旗县区人民政府）
4.完善纠纷调解。建立知识产权纠纷人民调解委员会。（责任单位：市司法局）
"""
# task 2 reworded, task 4 gone, task 5 new, the 2025 target of 有效发明专利拥有量 raised
REVISED = (
    PLAN.replace("1500件", "1800件")
    .replace(
        "2.培育商标品牌。推进商标品牌建设，培育一批知名品牌。",
        "2.培育知名商标品牌。推进商标品牌建设，培育一批知名品牌。",
    )
    .replace("4.完善纠纷调解。建立知识产权纠纷人民调解委员会。（责任单位：市司法局）", "")
    + "5.加强人才培养。举办知识产权专题培训班。（责任单位：市科技局）\n"
)


@dataclass(frozen=True)
class City:
    unit: int
    tech: int
    amr: int
    finance: int
    police: int
    commerce: int


@pytest.fixture
def city(services: Services) -> City:
    region = services.units.create("内蒙古自治区", "region")
    unit = services.units.create("赤峰市", "city", parent_id=region.id)
    services.units.set_installation(unit.id, "赤峰市市场监督管理局")

    def dept(name: str, short: str) -> int:
        return services.departments.create(name, short_name=short, unit_id=unit.id).id

    return City(
        unit.id,
        dept("赤峰市科学技术局", "市科技局"),
        dept("赤峰市市场监督管理局", "市市场监管局"),
        dept("赤峰市财政局", "市财政局"),
        dept("赤峰市公安局", "市公安局"),
        dept("赤峰市商务和投资促进局", "市商务投资局"),
    )


@pytest.fixture
def intake(services: Services) -> PlanIntakeService:
    return PlanIntakeService(services.database)


def decisions(city: City) -> dict[str, MapToExisting | CreateDepartment]:
    return {
        "市商务局": MapToExisting(city.commerce),
        "各旗县区人民政府": CreateDepartment("各旗县区人民政府", kind=DepartmentKind.COLLECTIVE.value),
        "市司法局": CreateDepartment("赤峰市司法局", short_name="市司法局"),
    }


def snapshot(draft: PlanDraft) -> list[object]:
    """Everything a command may change, as plain values (to check that undo restores it exactly)."""
    return [
        [(s.uid, s.label, s.title, s.parent) for s in draft.sections],
        [
            (
                t.uid,
                t.number,
                t.title,
                t.text,
                t.section,
                t.deadline_text,
                t.line_first,
                t.line_last,
                [(d.uid, d.name, d.role, d.department_id, d.status) for d in t.departments],
                list(t.warnings),
            )
            for t in draft.tasks
        ],
        [(i.uid, i.name, i.unit, dict(i.targets), [d.name for d in i.departments]) for i in draft.indicators],
        draft.meta.title,
    ]


# -- the draft and its edits ----------------------------------------------------------------------------


def test_draft_keeps_structure_lines_and_registry_matches(intake: PlanIntakeService, city: City) -> None:
    draft = intake.read_text(PLAN, "方案.txt")
    assert draft.meta.title == "赤峰市知识产权强市建设行动方案"
    assert draft.meta.doc_number == "赤政发〔2023〕99号"
    assert [s.heading for s in draft.sections] == [
        "一、总体目标",
        "二、重点任务",
        "（一）加强知识产权创造",
        "（二）强化知识产权保护",
    ]
    assert [(t.number, t.title, draft.section_heading(t.section)) for t in draft.tasks] == [
        ("1", "提升专利质量", "（一）加强知识产权创造"),
        ("2", "培育商标品牌", "（一）加强知识产权创造"),
        ("3", "加强行政执法", "（二）强化知识产权保护"),
        ("4", "完善纠纷调解", "（二）强化知识产权保护"),
    ]
    first = draft.tasks[0]
    assert (first.line_first, first.line_last) == (11, 11)
    assert draft.source_text.splitlines()[10].startswith("1.提升专利质量")
    second = draft.tasks[1]
    assert [(d.name, d.role, d.department_id) for d in second.departments] == [
        ("市市场监管局", Role.LEAD.value, city.amr),
        ("市商务局", Role.SUPPORT.value, None),
    ]
    assert [n.name for n in unresolved_names(draft)] == ["市商务局", "各旗县区人民政府", "市司法局"]
    assert unresolved_names(draft)[1].is_collective
    targets = {i.name: i.targets for i in draft.indicators}
    assert targets["有效发明专利拥有量"] == {2025: 1500.0}


def test_edits_undo_and_redo_exactly(intake: PlanIntakeService, city: City) -> None:
    draft = intake.read_text(PLAN)
    stack = UndoStack(draft)
    heard: list[object] = []
    stack.subscribe(heard.append)
    original = snapshot(draft)
    t1, t2, t3, t4 = draft.tasks
    protection = draft.sections[3].uid
    commands = [
        EditField(t1.uid, "title", "提升专利创造质量"),
        EditField(META_UID, "title", "新的标题"),
        EditField(t2.departments[0].uid, "role", Role.SUPPORT.value),
        SetDepartment(t2.departments[1].uid, "市商务投资局", city.commerce, "赤峰市商务和投资促进局", "matched"),
        AddDepartment(t4.uid, draft.new_department("市公安局", department_id=city.police, status="matched")),
        DeleteItems((t3.departments[2].uid,)),
        SetTarget(draft.indicators[0].uid, 2024, 1200.0),
        MergeTasks(t1.uid, t2.uid),
        SplitTask(t4.uid, t4.text.index("建立")),
        MoveTask(t1.uid, protection),
        AddTask(draft.new_task("新增任务", section=protection)),
        DeleteItems((draft.sections[2].uid,)),
    ]
    states = [original]
    for command in commands:
        stack.push(command)
        states.append(snapshot(draft))
    assert heard == commands
    assert not stack.is_clean()
    # the end state: t1 (with t2 merged in) moved out of the deleted section, t4 split, a new task last
    assert [t.title for t in draft.tasks] == [
        "加强行政执法",
        "完善纠纷调解",
        "建立知识产权纠纷人民调解委员会",
        "提升专利创造质量",
        "新增任务",
    ]
    merged = draft.task(t1.uid)
    assert merged is not None and "推进商标品牌建设" in merged.text
    assert [d.name for d in merged.departments] == ["市科技局", "市财政局", "市市场监管局", "市商务投资局"]
    assert draft.indicators[0].targets == {2024: 1200.0, 2025: 1500.0}
    for expected in reversed(states[:-1]):
        stack.undo()
        assert snapshot(draft) == expected
    assert stack.is_clean() and not stack.can_undo()
    for expected in states[1:]:
        stack.redo()
        assert snapshot(draft) == expected


def test_refused_edits_leave_the_draft_alone(intake: PlanIntakeService, city: City) -> None:
    draft = intake.read_text(PLAN)
    stack = UndoStack(draft)
    before = snapshot(draft)
    task = draft.tasks[0]
    for command in (
        EditField(task.uid, "section", None),
        EditField(task.departments[0].uid, "role", "boss"),
        MergeTasks(task.uid, task.uid),
        SplitTask(task.uid, 0),
        AddDepartment(task.uid, draft.new_department("市科技局")),
    ):
        with pytest.raises(ValidationError):
            stack.push(command)
    assert snapshot(draft) == before and not stack.can_undo()


def test_split_gives_the_new_task_its_own_lines(intake: PlanIntakeService, city: City) -> None:
    text = PLAN.replace("建立知识产权纠纷人民调解委员会。", "建立知识产权纠纷人民调解委员会。\n加强仲裁机构建设。")
    draft = intake.read_text(text)
    task = next(t for t in draft.tasks if t.number == "4")
    assert (task.line_first, task.line_last) == (15, 16)
    split = SplitTask(task.uid, task.text.index("加强仲裁"))
    UndoStack(draft).push(split)
    assert split.new_task is not None
    assert (task.line_first, task.line_last, split.new_task.line_first, split.new_task.line_last) == (15, 15, 16, 16)
    assert split.new_task.title == "加强仲裁机构建设"
    assert [d.name for d in split.new_task.departments] == [d.name for d in task.departments]


# -- saving ----------------------------------------------------------------------------------------------


def test_save_creates_exactly_the_plan(services: Services, intake: PlanIntakeService, city: City) -> None:
    draft = intake.read_text(PLAN, "方案.txt")
    info = intake.save_new(draft, decisions(city))
    assert (info.title, info.doc_number, info.task_count, info.indicator_count) == (
        "赤峰市知识产权强市建设行动方案",
        "赤政发〔2023〕99号",
        4,
        2,
    )
    assert info.unit_id == city.unit and info.source_name == "方案.txt"
    assert services.plans.source_text(info.id) == PLAN
    assert [s.heading for s in services.plans.sections(info.id)] == [
        "一、总体目标",
        "二、重点任务",
        "（一）加强知识产权创造",
        "（二）强化知识产权保护",
    ]
    tasks = services.tasks.list(plan_id=info.id)
    assert [(t.number, t.title, t.line_first) for t in tasks] == [
        ("1", "提升专利质量", 11),
        ("2", "培育商标品牌", 12),
        ("3", "加强行政执法", 14),
        ("4", "完善纠纷调解", 15),
    ]
    assert [[(a.department_label, a.role) for a in t.assignments] for t in tasks] == [
        [("市科技局", "responsible"), ("市财政局", "responsible")],
        [("市市场监管局", "lead"), ("市商务投资局", "support")],
        [("市市场监管局", "responsible"), ("市公安局", "responsible"), ("各旗县区人民政府", "responsible")],
        [("市司法局", "responsible")],
    ]
    indicators = services.indicators.list(plan_id=info.id)
    assert [(i.name, i.unit, i.targets) for i in indicators] == [
        ("有效发明专利拥有量", "件", {2025: 1500.0}),
        ("每万人口高价值发明专利拥有量", "件", {2025: 2.5}),
    ]
    batch = services.history.batches()[0]
    assert (batch.kind, batch.file_name, batch.rows_new) == (BatchKind.PLAN.value, "方案.txt", 6)


def test_department_decisions_are_remembered(services: Services, intake: PlanIntakeService, city: City) -> None:
    intake.save_new(intake.read_text(PLAN), decisions(city))
    assert "市商务局" in services.departments.get(city.commerce).aliases
    collective = services.departments.find("各旗县区人民政府")
    assert collective is not None and collective.kind == DepartmentKind.COLLECTIVE.value
    assert collective.unit_id == city.unit
    justice = services.departments.find("市司法局")
    assert justice is not None and (justice.name, justice.kind) == ("赤峰市司法局", DepartmentKind.AGENCY.value)
    again = intake.read_text(PLAN)
    assert unresolved_names(again) == []
    by_name = {d.name: d.department_id for d in again.departments()}
    assert by_name["市商务局"] == city.commerce
    assert by_name["各旗县区人民政府"] == collective.id


def test_unresolved_names_stop_the_save(services: Services, intake: PlanIntakeService, city: City) -> None:
    draft = intake.read_text(PLAN)
    assert next(p.message for p in problems(draft, {})) == "Choose the department “市商务局” means, or create it."
    with pytest.raises(ValidationError, match="市司法局"):
        intake.save_new(draft, {"市商务局": MapToExisting(city.commerce)})
    assert services.plans.list() == []


def test_reimport_of_the_same_text_changes_nothing(services: Services, intake: PlanIntakeService, city: City) -> None:
    info = intake.save_new(intake.read_text(PLAN), decisions(city))
    draft = intake.read_text(PLAN)
    assert intake.find_existing(draft) == info.id
    diff = intake.diff(draft, info.id)
    assert diff.is_empty and (diff.tasks_unchanged, diff.indicators_unchanged) == (4, 2)
    database = services.database
    with database.reading() as session:
        audit_before = session.scalar(select(func.count(AuditEntry.id)))
    again = intake.apply_revision(draft, info.id, {})
    assert again.id == info.id and (again.task_count, again.indicator_count) == (4, 2)
    with database.reading() as session:
        assert session.scalar(select(func.count(Plan.id))) == 1
        assert session.scalar(select(func.count(Task.id))) == 4
        assert session.scalar(select(func.count(PlanSection.id))) == 4
        written = session.scalars(select(AuditEntry.table_name).where(AuditEntry.id > audit_before)).all()
    assert set(written) == {"import_batches"}  # the batch alone: no row of the plan was touched


def test_revision_diff_and_apply_keep_ids_and_reports(
    services: Services, intake: PlanIntakeService, city: City
) -> None:
    info = intake.save_new(intake.read_text(PLAN), decisions(city))
    before = {t.title: t for t in services.tasks.list(plan_id=info.id)}
    services.periods.open("2024Q2")
    lead = before["提升专利质量"].assignments[0]
    services.reports.save("2024Q2", [ReportInput(lead.id, TaskStatus.IN_PROGRESS.value, 50, "已启动")])

    draft = intake.read_text(REVISED)
    assert intake.find_existing(draft) == info.id
    diff = intake.diff(draft, info.id)
    assert [t.heading for t in diff.tasks_added] == ["5. 加强人才培养"]
    assert [(t.heading, t.kept) for t in diff.tasks_removed] == [("4. 完善纠纷调解", False)]
    assert [(t.heading, [(f.field, f.old, f.new) for f in t.fields]) for t in diff.tasks_changed] == [
        (
            "2. 培育知名商标品牌",
            [("title", "培育商标品牌", "培育知名商标品牌"), ("text", before["培育商标品牌"].text, draft.tasks[1].text)],
        ),
    ]
    assert diff.tasks_changed[0].task_id == before["培育商标品牌"].id
    assert [(i.name, [(f.field, f.year, f.old, f.new) for f in i.fields]) for i in diff.indicators_changed] == [
        ("有效发明专利拥有量", [("target", 2025, "1500", "1800")])
    ]
    assert not (diff.metadata or diff.indicators_added or diff.indicators_removed)
    assert diff.tasks_unchanged == 2

    revised = intake.apply_revision(draft, info.id, {})
    assert (revised.id, revised.task_count) == (info.id, 4)
    after = {t.title: t for t in services.tasks.list(plan_id=info.id)}
    assert list(after) == ["提升专利质量", "培育知名商标品牌", "加强行政执法", "加强人才培养"]
    for title in ("提升专利质量", "加强行政执法"):
        assert after[title].id == before[title].id
        assert [a.id for a in after[title].assignments] == [a.id for a in before[title].assignments]
    assert after["培育知名商标品牌"].id == before["培育商标品牌"].id
    assert [r.progress for r in services.reports.history(lead.id)] == ["已启动"]
    targets = {i.name: i.targets for i in services.indicators.list(plan_id=info.id)}
    assert targets["有效发明专利拥有量"] == {2025: 1800.0}
    assert intake.diff(intake.read_text(REVISED), info.id).is_empty
    assert len(services.plans.list()) == 1


def test_a_vanished_task_with_reports_is_kept(services: Services, intake: PlanIntakeService, city: City) -> None:
    info = intake.save_new(intake.read_text(PLAN), decisions(city))
    justice_task = services.tasks.list(plan_id=info.id)[3]
    services.periods.open("2024Q2")
    services.reports.save("2024Q2", [ReportInput(justice_task.assignments[0].id, TaskStatus.DONE.value, 100)])
    draft = intake.read_text(REVISED)
    diff = intake.diff(draft, info.id)
    assert [(t.heading, t.kept, t.reports) for t in diff.tasks_removed] == [("4. 完善纠纷调解", True, 1)]
    intake.apply_revision(draft, info.id, {})
    titles = [t.title for t in services.tasks.list(plan_id=info.id)]
    assert titles == ["提升专利质量", "培育知名商标品牌", "加强行政执法", "加强人才培养", "完善纠纷调解"]
    with services.database.reading() as session:
        note = session.scalars(select(ImportBatch.note).order_by(ImportBatch.id.desc())).first()
    assert note == "Task “完善纠纷调解” is no longer in the document but stays: departments have reported on it."


def test_assignment_changes_are_listed_and_applied(services: Services, intake: PlanIntakeService, city: City) -> None:
    info = intake.save_new(intake.read_text(PLAN), decisions(city))
    services.periods.open("2024Q2")
    finance = services.tasks.list(plan_id=info.id)[0].assignments[1]
    services.reports.save("2024Q2", [ReportInput(finance.id, TaskStatus.IN_PROGRESS.value, 10)])
    draft = intake.read_text(PLAN)
    stack = UndoStack(draft)
    first = draft.tasks[0]
    stack.push(EditField(first.departments[0].uid, "role", Role.LEAD.value))
    stack.push(DeleteItems((first.departments[1].uid,)))
    stack.push(AddDepartment(first.uid, draft.new_department("市公安局", department_id=city.police, status="matched")))
    diff = intake.diff(draft, info.id)
    changed = diff.tasks_changed[0]
    assert [(a.department, a.old_role, a.new_role, a.kept) for a in changed.assignments] == [
        ("市科技局", "responsible", "lead", False),
        ("市公安局", None, "responsible", False),
        ("市财政局", "responsible", None, True),
    ]
    intake.apply_revision(draft, info.id, {})
    task = services.tasks.list(plan_id=info.id)[0]
    assert [(a.department_label, a.role) for a in task.assignments] == [
        ("市科技局", "lead"),
        ("市公安局", "responsible"),
        ("市财政局", "responsible"),
    ]  # kept: it has a report


def test_failure_mid_save_leaves_nothing(
    services: Services, intake: PlanIntakeService, city: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(writing, "_new_indicator", broken)
    with pytest.raises(RuntimeError):
        intake.save_new(intake.read_text(PLAN), decisions(city))
    with services.database.reading() as session:
        assert session.scalar(select(func.count(Plan.id))) == 0
        assert session.scalar(select(func.count(Task.id))) == 0
        assert session.scalar(select(func.count(DepartmentAlias.id))) == 0
        assert session.scalar(select(func.count(Department.id))) == 5
    assert services.history.batches() == []


def test_find_existing_by_title_without_document_number(intake: PlanIntakeService, city: City) -> None:
    text = PLAN.replace("赤政发〔2023〕99号\n", "")
    info = intake.save_new(intake.read_text(text), decisions(city))
    draft = intake.read_text(text)
    assert draft.meta.doc_number is None and intake.find_existing(draft) == info.id
    draft.meta.title = "另一个方案"
    assert intake.find_existing(draft) is None


@pytest.mark.seeds
def test_seed_plan_round_trip(services: Services, intake: PlanIntakeService) -> None:
    seeds = sorted(SEEDS_DIR.glob("003_*.txt")) if SEEDS_DIR.is_dir() else []
    if not seeds:
        pytest.skip(f"sample plans not found at {SEEDS_DIR}")
    draft = intake.read_file(seeds[0])
    names = unresolved_names(draft)
    assert names, "an empty registry knows none of the plan's departments"
    resolutions = {n.name: CreateDepartment(n.name, kind=n.kind) for n in names}
    assert problems(draft, resolutions) == []
    info = intake.save_new(draft, resolutions)
    assert (info.task_count, info.indicator_count) == (len(draft.tasks), len(draft.indicators))
    assignments = sum(len(t.assignments) for t in services.tasks.list(plan_id=info.id))
    assert assignments == sum(len({d.name for d in t.departments}) for t in draft.tasks)
    again = intake.read_file(seeds[0])
    assert unresolved_names(again) == []
    assert intake.find_existing(again) == info.id
    assert intake.diff(again, info.id).is_empty


def test_one_decision_covers_a_name_written_with_and_without_its_level(
    services: Services, intake: PlanIntakeService, city: City
) -> None:
    text = PLAN.replace("（责任单位：市司法局）", "（责任单位：市文新广局、旗文新广局）").replace(
        "（责任单位：市科技局、市财政局）", "（责任单位：文新广局）"
    )
    draft = intake.read_text(text)
    names = {n.name: n.spellings for n in unresolved_names(draft)}
    assert names["市文新广局"] == ("文新广局", "市文新广局")
    assert names["旗文新广局"] == ("旗文新广局",)  # another level: another department
    resolutions = {
        **decisions(city),
        "市文新广局": CreateDepartment("赤峰市文化新闻出版广电局", short_name="市文新广局"),
        "旗文新广局": CreateDepartment("旗文新广局"),
    }
    assert problems(draft, resolutions) == []
    info = intake.save_new(draft, resolutions)
    tasks = services.tasks.list(plan_id=info.id)
    assert [a.department_name for a in tasks[0].assignments] == ["赤峰市文化新闻出版广电局"]
    assert [a.department_name for a in tasks[3].assignments] == ["赤峰市文化新闻出版广电局", "旗文新广局"]
    created = services.departments.find("文新广局")
    assert created is not None and created.name == "赤峰市文化新闻出版广电局"
