"""Schema and consistency checks for the demo database's facts in resources/demo/.

The files are hand-transcribed from the four sample plans; these tests make sure they stay loadable
(every department name resolves, every year is inside the plan's span) and faithful to the source text
(every task's ``line`` points at its number and title, the trailing department parenthesis agrees
with the lead/support/responsible lists, no numbered item is missing).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

PLAN_KEYS = ("bayannur_2017", "ordos_14th_fyp", "inner_mongolia_2023", "chifeng_2023")
SEED_OF = {"bayannur_2017": "000", "ordos_14th_fyp": "001", "inner_mongolia_2023": "002", "chifeng_2023": "003"}
# Expected size of each plan: (tasks, indicators). Counted by hand from the documents.
EXPECTED = {
    "bayannur_2017": (20, 9),  # 16 numbered tasks + 4 组织实施和政策措施 items with departments
    "ordos_14th_fyp": (59, 8),  # 57 numbered items in 第三章–第八章 + 第八章第六节、第七节
    "inner_mongolia_2023": (19, 22),  # the text breaks off in item 19; annex has 22 indicators
    "chifeng_2023": (10, 5),
}

LEVELS = {"region", "city", "county"}
DEPARTMENT_KINDS = {"agency", "government", "collective", "other"}
CATEGORIES = {"创造", "运用", "保护", "管理", "服务", "其他"}
INDICATOR_KINDS = {"level", "cumulative", "annual_increment", "growth_rate", "count", "text"}
DIRECTIONS = {"higher", "lower"}
PLAN_KEYS_REQUIRED = {
    "key": str,
    "title": str,
    "doc_number": (str, type(None)),
    "issuer": str,
    "issue_date": (str, type(None)),
    "start_year": int,
    "end_year": int,
    "unit": str,
    "kind": str,
    "source": str,
    "sections": list,
    "indicators": list,
}
SECTION_KEYS = {"label": str, "title": str, "line": int, "sections": list, "tasks": list}
TASK_KEYS = {
    "number": str,
    "title": str,
    "text": str,
    "line": int,
    "deadline": (str, type(None)),
    "year": (int, type(None)),
    "lead": list,
    "support": list,
    "responsible": list,
}
INDICATOR_KEYS = {
    "name": str,
    "unit": str,
    "category": str,
    "kind": str,
    "direction": str,
    "baseline": (dict, type(None)),
    "targets": dict,
    "departments": list,
    "note": (str, type(None)),
    "definition": (str, type(None)),
}
_WS = re.compile(r"[\s\u3000\xa0]+")


def squeeze(text: str) -> str:
    return _WS.sub("", text)


def load(name: str):
    return json.loads((DEMO / name).read_text(encoding="utf-8"))


def check_keys(obj: dict, spec: dict, where: str) -> None:
    for key, types in spec.items():
        assert key in obj, f"{where}: missing {key!r}"
        assert isinstance(obj[key], types), f"{where}: {key!r} has type {type(obj[key]).__name__}"


# ---- units -----------------------------------------------------------------------------------


def unit_index() -> dict[str, dict]:
    """name -> {'level', 'parent', 'children'} over the whole tree."""
    index: dict[str, dict] = {}

    def walk(nodes: list[dict], parent: str | None) -> None:
        for node in nodes:
            assert node["name"] not in index, f"unit {node['name']} appears twice"
            index[node["name"]] = {
                "level": node["level"],
                "parent": parent,
                "children": [c["name"] for c in node.get("children", [])],
            }
            walk(node.get("children", []), node["name"])

    walk(load("units.json")["units"], None)
    return index


def test_units_tree() -> None:
    data = load("units.json")
    assert data["_note"].startswith("contacts are fictional")
    index = unit_index()
    assert data["installation"] in index
    assert index[data["installation"]]["level"] == "city"
    for name, info in index.items():
        assert info["level"] in LEVELS, name
        if info["parent"] is not None:
            order = ["region", "city", "county"]
            assert order.index(info["level"]) == order.index(index[info["parent"]]["level"]) + 1, name
    counties = {city: len(index[city]["children"]) for city in ("鄂尔多斯市", "巴彦淖尔市", "赤峰市")}
    assert counties == {"鄂尔多斯市": 9, "巴彦淖尔市": 7, "赤峰市": 12}
    assert "东胜区" in index["鄂尔多斯市"]["children"]


# ---- departments -----------------------------------------------------------------------------


def department_names() -> dict[str, dict[str, str]]:
    """unit -> {every name/short_name/alias -> department name}; fails on ambiguity."""
    by_unit: dict[str, dict[str, str]] = {}
    for dept in load("departments.json"):
        names = by_unit.setdefault(dept["unit"], {})
        for label in {dept["name"], dept["short_name"], *dept["aliases"]}:
            other = names.setdefault(label, dept["name"])
            assert other == dept["name"], f"{dept['unit']}: {label!r} names both {other} and {dept['name']}"
    return by_unit


def test_departments_schema() -> None:
    departments = load("departments.json")
    units = unit_index()
    assert isinstance(departments, list) and departments
    seen = set()
    for dept in departments:
        where = dept.get("name", dept)
        check_keys(
            dept,
            {
                "name": str,
                "short_name": str,
                "unit": str,
                "kind": str,
                "aliases": list,
                "contact": (str, type(None)),
                "phone": (str, type(None)),
            },
            f"department {where}",
        )
        assert dept["unit"] in units, where
        assert dept["kind"] in DEPARTMENT_KINDS, where
        assert dept["name"].strip() and dept["short_name"].strip(), where
        assert all(isinstance(a, str) and a.strip() == a and a for a in dept["aliases"]), where
        assert len(dept["aliases"]) == len(set(dept["aliases"])), f"{where}: duplicate alias"
        assert (dept["unit"], dept["name"]) not in seen, f"{where} listed twice in {dept['unit']}"
        seen.add((dept["unit"], dept["name"]))
        if dept["kind"] != "collective":
            assert dept["contact"] and re.fullmatch(r"0\d{3}-\d{7}", dept["phone"] or ""), where
    department_names()  # aliases unambiguous within each unit


def test_renamed_bodies_are_aliases_of_their_successor() -> None:
    names = department_names()
    assert names["巴彦淖尔市"]["工商质监局"] == "巴彦淖尔市市场监督管理局"
    assert names["巴彦淖尔市"]["食药监局"] == "巴彦淖尔市市场监督管理局"
    assert names["鄂尔多斯市"]["市知识产权局"] == "鄂尔多斯市市场监督管理局"
    assert names["赤峰市"]["市市场监督管理局"] == "赤峰市市场监督管理局"


# ---- plans -----------------------------------------------------------------------------------


def resolver(unit: str):
    units = unit_index()
    names = department_names()
    info = units[unit]
    scope = [unit, *info["children"]] + ([info["parent"]] if info["parent"] else [])

    def resolve(label: str) -> str | None:
        for u in scope:
            if label in names.get(u, {}):
                return names[u][label]
        return None

    return resolve


def walk_sections(sections: list[dict], depth: int = 1):
    for sec in sections:
        yield sec, depth
        yield from walk_sections(sec["sections"], depth + 1)


def all_tasks(plan: dict) -> list[tuple[dict, dict]]:
    return [(sec, task) for sec, _ in walk_sections(plan["sections"]) for task in sec["tasks"]]


def trailing_departments(text: str) -> tuple[list[str], list[str], list[str]] | None:
    m = re.search(r"（([^（）]*)）$", text)
    if not m:
        return None
    inner = m.group(1)
    if "牵头" in inner:
        lead, _, rest = inner.partition("牵头")
        rest = re.sub(r"配合$", "", rest.lstrip("，,、"))
        return [p for p in re.split("[、，,]", lead) if p], [p for p in re.split("[、，,]", rest) if p], []
    inner = re.sub(r"按职责分工负责$", "", inner)
    return [], [], [p for p in re.split("[、，,]", inner) if p]


@pytest.fixture(params=PLAN_KEYS)
def plan(request) -> dict:
    return load(f"plans/{request.param}.json")


def source_lines(plan: dict) -> list[str]:
    return (DEMO / "sources" / plan["source"]).read_text(encoding="utf-8").split("\n")


def test_plan_header(plan: dict) -> None:
    check_keys(plan, PLAN_KEYS_REQUIRED, plan.get("key", "plan"))
    assert plan["key"] in PLAN_KEYS
    assert plan["source"] == f"{plan['key']}.txt"
    assert plan["unit"] in unit_index()
    assert 1990 <= plan["start_year"] <= plan["end_year"] <= 2100
    if plan["issue_date"] is not None:
        issued = dt.date.fromisoformat(plan["issue_date"])
        assert issued.year <= plan["end_year"]
    assert plan["title"].strip() and plan["kind"].strip() and plan["issuer"].strip()


def test_sections_point_at_their_headings(plan: dict) -> None:
    lines = source_lines(plan)
    previous = 0
    for sec, depth in walk_sections(plan["sections"]):
        where = f"{plan['key']} section {sec.get('label')} {sec.get('title')}"
        check_keys(sec, SECTION_KEYS, where)
        assert sec["title"].strip(), where
        assert depth <= 9, where
        assert 1 <= sec["line"] <= len(lines), where
        assert sec["line"] > previous, f"{where}: out of document order"
        previous = sec["line"]
        text = squeeze(lines[sec["line"] - 1])
        assert squeeze(sec["label"]) in text, where
        assert squeeze(sec["title"])[:12] in text, where


def test_tasks(plan: dict) -> None:
    lines = source_lines(plan)
    resolve = resolver(plan["unit"])
    previous = 0
    for sec, task in all_tasks(plan):
        where = f"{plan['key']} task {task.get('number')} (line {task.get('line')})"
        check_keys(task, TASK_KEYS, where)
        assert task["number"].strip() and task["title"].strip() and task["text"].strip(), where
        assert "。" not in task["title"], where
        assert task["text"].startswith(task["title"]), where
        assert 1 <= task["line"] <= len(lines), where
        assert task["line"] >= previous, f"{where}: out of document order"
        assert task["line"] >= sec["line"], f"{where}: before its section"
        previous = task["line"]
        last = task.get("line_last", task["line"])
        assert task["line"] <= last <= len(lines), where
        first_line = squeeze(lines[task["line"] - 1])
        assert squeeze(task["number"]) in first_line, f"{where}: number not on its line"
        assert squeeze(task["title"])[:10] in first_line, f"{where}: title not on its line"
        if task["year"] is not None:
            assert plan["start_year"] <= task["year"] <= plan["end_year"], where
        for role in ("lead", "support", "responsible"):
            for label in task[role]:
                assert isinstance(label, str) and resolve(label), f"{where}: unknown department {label!r}"
        # the lists must be the document's trailing parenthesis, as written
        expected = trailing_departments(task["text"])
        got = (task["lead"], task["support"], task["responsible"])
        assert got == (expected or ([], [], [])), f"{where}: departments differ from the text"


def test_task_numbers_are_complete(plan: dict) -> None:
    tasks, indicators = EXPECTED[plan["key"]]
    assert len(all_tasks(plan)) == tasks
    assert len(plan["indicators"]) == indicators
    for sec, _ in walk_sections(plan["sections"]):
        numbers = [int(t["number"]) for t in sec["tasks"] if t["number"].isdigit()]
        if numbers:
            assert numbers == list(range(numbers[0], numbers[0] + len(numbers))), f"{plan['key']} {sec['title']}"
    # plans numbered through (not per section) have no gap and no repeat across sections
    if plan["key"] != "ordos_14th_fyp":
        numbers = [int(t["number"]) for _, t in all_tasks(plan) if t["number"].isdigit()]
        assert numbers == list(range(1, len(numbers) + 1)), plan["key"]


def test_every_numbered_item_of_the_task_chapters_is_a_task(plan: dict) -> None:
    """Independent count straight from the source text."""
    lines = [squeeze(x) for x in source_lines(plan)]
    key = plan["key"]
    if key == "ordos_14th_fyp":
        start = next(i for i, x in enumerate(lines) if x.startswith("第三章"))
        stop = next(i for i, x in enumerate(lines) if x.startswith("第九章"))
        found = sum(1 for x in lines[start:stop] if re.match(r"^\d+\.", x))
        assert found == 57
    else:
        text = "".join(lines)
        found = len(set(re.findall(r"(?<![\d.])(\d{1,2})\.(?=[\u4e00-\u9fff])", text.split("附件")[0])))
        expected = {"bayannur_2017": 16, "inner_mongolia_2023": 19, "chifeng_2023": 10}[key]
        assert found == expected
    numbered = [t for _, t in all_tasks(plan) if t["number"].isdigit()]
    assert len(numbered) == found


def test_indicators(plan: dict) -> None:
    resolve = resolver(plan["unit"])
    names = set()
    for ind in plan["indicators"]:
        where = f"{plan['key']} indicator {ind.get('name')}"
        check_keys(ind, INDICATOR_KEYS, where)
        assert ind["name"] not in names, f"{where}: duplicate name"
        names.add(ind["name"])
        assert ind["category"] in CATEGORIES, where
        assert ind["kind"] in INDICATOR_KINDS, where
        assert ind["direction"] in DIRECTIONS, where
        if ind["baseline"] is not None:
            assert isinstance(ind["baseline"]["year"], int), where
            assert isinstance(ind["baseline"]["value"], int | float), where
            assert ind["baseline"]["year"] <= plan["start_year"], where
        assert ind["targets"], f"{where}: no target"
        for year, value in ind["targets"].items():
            assert re.fullmatch(r"\d{4}", year), where
            assert plan["start_year"] <= int(year) <= plan["end_year"], f"{where}: year {year} outside the plan"
            if ind["kind"] == "text":
                assert isinstance(value, str) and value, where
            else:
                assert isinstance(value, int | float) and not isinstance(value, bool), where
        for label in ind["departments"]:
            assert resolve(label), f"{where}: unknown department {label!r}"


def test_known_facts() -> None:
    ordos = load("plans/ordos_14th_fyp.json")
    first = ordos["indicators"][0]
    assert (first["name"], first["baseline"], first["targets"]) == (
        "每万人口高价值发明专利拥有量",
        {"year": 2020, "value": 0.93},
        {"2025": 2},
    )
    assert ordos["doc_number"] == "鄂府发〔2022〕28号" and ordos["issue_date"] == "2022-03-15"
    region = load("plans/inner_mongolia_2023.json")
    park = next(i for i in region["indicators"] if i["name"] == "国家知识产权强国建设试点示范园区")
    assert park["targets"] == {"2022": 1, "2024": 2, "2025": 2}  # "-" in 2021 and 2023
    bayannur = load("plans/bayannur_2017.json")
    t5 = all_tasks(bayannur)[4][1]
    assert t5["number"] == "5" and "乌拉特海关" in t5["responsible"]


def test_readme_exists() -> None:
    assert (DEMO / "README.md").is_file()


@pytest.mark.seeds
@pytest.mark.skipif(not SEEDS.is_dir(), reason="sample plans not available")
@pytest.mark.parametrize("key", PLAN_KEYS)
def test_sources_are_the_seed_texts_unchanged(key: str) -> None:
    (seed,) = SEEDS.glob(f"{SEED_OF[key]}_*.txt")
    assert (DEMO / "sources" / f"{key}.txt").read_bytes() == seed.read_bytes()


def test_the_clerks_decisions_name_real_indicators_and_departments() -> None:
    """clerk.json (invented, like the contacts) may only name indicators of its plan that the document leaves
    without a department, and departments of that plan's unit."""
    from ipdesk.demo.facts import load_facts

    facts = load_facts()
    plans = {p["key"]: p for p in facts.plans}
    assert facts.indicator_departments, "the demo clerk gives indicators to departments"
    for key, given in facts.indicator_departments.items():
        plan = plans[key]
        open_ones = {i["name"] for i in plan["indicators"] if not i["departments"]}
        names = {
            n
            for d in facts.departments
            if d["unit"] == plan["unit"]
            for n in (d["name"], d["short_name"], *d["aliases"])
        }
        for indicator, departments in given.items():
            assert indicator in open_ones, (key, indicator)
            assert departments and all(d in names for d in departments), (key, indicator, departments)
