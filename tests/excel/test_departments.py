"""Department cells are split on any separator and matched to the registry without guessing."""

from __future__ import annotations

from dataclasses import dataclass

from ipdesk.excel.departments import DepartmentMatcher, NamedRole, split_departments


def test_split_on_every_separator() -> None:
    names = [
        n.name for n in split_departments("市科技局、市财政局，市公安局,市检察院；市法院\n市教育局 市人社局/市商务局")
    ]
    assert names == ["市科技局", "市财政局", "市公安局", "市检察院", "市法院", "市教育局", "市人社局", "市商务局"]


def test_roles_marked_in_the_cell() -> None:
    assert split_departments("市市场监管局（牵头）、市科技局") == [
        NamedRole("市市场监管局", "lead"),
        NamedRole("市科技局", None),
    ]
    assert split_departments("市市场监管局牵头，市科技局、市财政局配合") == [
        NamedRole("市市场监管局", "lead"),
        NamedRole("市科技局", "support"),
        NamedRole("市财政局", "support"),
    ]
    assert split_departments("牵头单位：市科技局；配合单位：市财政局等") == [
        NamedRole("市科技局", "lead"),
        NamedRole("市财政局", "support"),
    ]
    assert split_departments("市工业和信息化局、市市场监督管理局（知识产权局）") == [
        NamedRole("市工业和信息化局", None),
        NamedRole("市市场监督管理局（知识产权局）", None),
    ]


@dataclass(frozen=True)
class Record:
    id: int
    name: str
    short_name: str | None
    aliases: tuple[str, ...]
    kind: str = "agency"
    unit_id: int | None = None
    unit_name: str | None = None


REGISTRY = [
    Record(1, "赤峰市科学技术局", "市科技局", ("科技局",), unit_id=4, unit_name="赤峰市"),
    Record(2, "巴彦淖尔市科学技术局", "市科技局", ("科技局",), unit_id=3, unit_name="巴彦淖尔市"),
    Record(3, "赤峰市市场监督管理局", "市市场监管局", ("市知识产权局",), unit_id=4, unit_name="赤峰市"),
    Record(4, "赤峰市财政局", "市财政局", (), unit_id=4, unit_name="赤峰市"),
]


def test_match_prefers_the_home_unit_and_never_guesses() -> None:
    home = DepartmentMatcher(REGISTRY, unit_id=4)
    assert home.match("市科技局").department_id == 1
    assert home.match("赤峰市科学技术局").department_id == 1
    assert home.match("财政局").department_id == 4
    assert home.match("市场监管局").department_id == 3
    nowhere = DepartmentMatcher(REGISTRY)
    ambiguous = nowhere.match("市科技局")
    assert ambiguous.department_id is None and {c[0] for c in ambiguous.candidates} == {1, 2}
    unknown = home.match("市科学技术局局")
    assert unknown.department_id is None and unknown.candidates
    assert home.match("市气象局").department_id is None


def test_files_and_documents_match_names_alike_and_nothing_is_taken_on_a_guess() -> None:
    """One matching rule for plans and Excel files (the intake's keys and 机构改革 predecessors), with the
    files' own care: another city's only namesake, or a predecessor's name, is offered, not taken."""
    registry = [
        *REGISTRY,
        Record(5, "巴彦淖尔市统计局", "市统计局", (), unit_id=3, unit_name="巴彦淖尔市"),
        Record(6, "赤峰市文化和旅游局", "市文旅局", (), unit_id=4, unit_name="赤峰市"),
    ]
    home = DepartmentMatcher(registry, unit_id=4)
    assert home.match("市科学技术局").department_id == 1  # the intake's keys: 科学技术局 = 科技局
    assert home.match("赤峰市文化和旅游局").department_id == 6
    statistics = home.match("市统计局")
    assert statistics.department_id is None and [c[0] for c in statistics.candidates] == [5]
    renamed = home.match("市文化局")  # a predecessor of 文旅局 (2018 机构改革): the clerk confirms
    assert renamed.department_id is None and [c[0] for c in renamed.candidates] == [6]
