"""Indicators from goal sentences and from indicator tables.

**Goal sentences** are read clause by clause (clauses end at top-level "，" "；", sentences at "。"). A
leading time phrase ("到2025年底，", "“十三五”期间") sets the target year for the rest of the sentence;
without one the plan's end year applies. Each clause is matched against a small grammar:

* ``NAME 年均增长(率) [达到] N%`` -> growth rate;
* ``NAME 由 [YYYY年的] B 提高到 N UNIT`` -> level with a baseline;
* ``NAME [累计] 达到/突破/超过/稳定在/不低于… N UNIT [以上]`` -> level (cumulative with 累计);
* ``培育/建设/打造… N UNIT …的 NAME`` -> count;
* ``[培育/建设…] NAME N UNIT [以上]`` -> count or level;
* ``NAME(…度/率/水平) 高于/不低于/位居 TEXT`` -> text target (goal sections only).

A name listing several measures that share the predicate ("发明专利申请量、授权量和有效发明专利拥有量年均
增长20%") gives one indicator each, short parts borrowing the first part's stem ("授权量" -> "发明专利授权量").

**Tables** (see :mod:`tables`) give one indicator per row: name and unit (also from "名称(单位)"), 类别,
baseline columns (2020年基期值) and one target per year column; "-" means no target that year. A table
row and a goal sentence about the same measure are merged (table values win; a disagreement is
reported). Footnotes under a table ("注：1.…是指…") become the matching indicator's definition.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ipdesk.intake.cleanup import Line
from ipdesk.intake.departments import parse_department_text
from ipdesk.intake.metadata import fyp_end_year
from ipdesk.intake.model import (
    KIND_COUNT,
    KIND_CUMULATIVE,
    KIND_GROWTH,
    KIND_TEXT,
    LEAD,
    RESPONSIBLE,
    SUPPORT,
    Baseline,
    DepartmentRef,
    Indicator,
    ParseWarning,
    TargetValue,
)
from ipdesk.intake.outline import find_top_level
from ipdesk.intake.quantities import (
    COUNT_UNITS,
    DASH_ONLY,
    LEADING_NOISE,
    METRIC_SUFFIX,
    NUMBER,
    UNITS,
    category_of,
    clean_name,
    guess_kind,
    merge_key,
    parse_number,
    split_unit_suffix,
)
from ipdesk.intake.tables import (
    ATTR,
    BASE,
    CATEGORY,
    GROWTH,
    NAME,
    NOTE,
    TARGET,
    TASK,
    UNIT,
    Row,
    Table,
)
from ipdesk.intake.tables import LEAD as COL_LEAD
from ipdesk.intake.tables import RESPONSIBLE as COL_RESPONSIBLE
from ipdesk.intake.tables import SUPPORT as COL_SUPPORT
from ipdesk.intake.text import Aligned, clean_number

MAX_CLAUSE = 160
_UNIT = "|".join(re.escape(unit) for unit in UNITS)
_QUAL = r"(?P<qual>以上|以内|以下|左右|上下|及以上)?"
_NUM = rf"(?P<num>{NUMBER})"
_LEVEL_VERB = (
    r"力争达到|力争突破|达到|突破|超过|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|增至|升至|上升到|"
    r"上升至|稳定在|保持在|控制在|不低于|不少于|不超过|低于|高于|大于|小于|达"
)
_COUNT_VERB_WORD = (
    r"培育打造|布局建设|培育|建设|打造|建成|新建|创建|认定|引进|设立|培养|发展|新增|组建|申报|争创|创成|扶持|"
    r"评选|遴选|选树|树立|举办|推广|制定|完成|建立|形成|认证|获批|获得|招引|吸引|孵化|储备|挖掘|推荐|培训"
)
_COUNT_VERB = rf"(?:新|再|累计|共|力争|争取)?(?:{_COUNT_VERB_WORD})(?:(?:和|与|及|、|并)?(?:{_COUNT_VERB_WORD}))*"
_GROWTH_VERB = (
    r"(?:年均|年平均|平均每年|每年|年)(?:增长率?|增速|增幅|递增)|增长率|增速|增幅|(?:较\d{4}年)?(?:增长|提高|提升)"
)

_P_GROWTH = re.compile(
    rf"^(?P<name>.+?)(?P<verb>{_GROWTH_VERB})(?:保持在|达到|为|在|超过|不低于)?{_NUM}(?P<unit>%|个百分点|百分点|倍){_QUAL}$"
)
_P_FROM_TO = re.compile(
    rf"^(?P<name>.+?)(?:由|从)(?:(?P<byear>(?:19|20)\d{{2}})年(?:底|末)?的?)?(?P<bnum>{NUMBER})(?P<bunit>{_UNIT})?"
    rf"(?P<verb>(?:提高|提升|增加|增长|上升|扩大|下降|降低|减少)(?:到|至)){_NUM}(?P<unit>{_UNIT})?{_QUAL}$"
)
_P_RESPECTIVELY = re.compile(
    rf"^(?P<names>.+?)(?P<cum>累计)?分别(?P<verb>{_LEVEL_VERB}|增长|年均增长|为)?"
    rf"(?P<values>{NUMBER}(?:{_UNIT})?(?:(?:、|和|及|,){NUMBER}(?:{_UNIT})?)+){_QUAL}$"
)
_CELL_WITH_UNIT = re.compile(rf"^[≥≤>＞<＜约]?({NUMBER})({_UNIT})(?:以上|以下|以内|左右)?$")
_ENUM_AFTER_NUMBER = re.compile(rf"\d(?:{_UNIT})(?:以上|左右)?(、)")
"""An enumeration comma right after a quantity: "示范企业2家、优势企业5家"."""
_VALUE_UNIT = re.compile(rf"({NUMBER})({_UNIT})?")
_P_LEVEL = re.compile(rf"^(?P<name>.+?)(?P<cum>累计)?(?P<verb>{_LEVEL_VERB}){_NUM}(?P<unit>{_UNIT})?{_QUAL}$")
_P_COUNT_FIRST = re.compile(rf"^(?P<verb>{_COUNT_VERB}){_NUM}(?P<unit>{_UNIT})(?:以上|左右)?(?P<name>.+)$")
_P_NAME_NUM = re.compile(rf"^(?:(?P<verb>{_COUNT_VERB}))?(?P<name>.+?){_NUM}(?P<unit>{_UNIT}){_QUAL}$")
_P_TEXT = re.compile(
    r"^(?P<name>.{2,30}?(?:度|率|水平|指数|排名|位次|比重|占比))"
    r"(?P<verb>高于|不低于|位居|保持在|居于|位列|稳居|进入|达到)(?P<value>[^\d]{2,30})$"
)
_TIME = re.compile(
    r"^(?P<pre>到|至|截至|截止|力争到|力争在|争取到|预计到|至|在)?(?P<year>(?:19|20)\d{2})年(?:底|末|前|年底)?(?:前)?(?:时)?"
)
_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]是|其[一二三四五六]|首先|其次|最后|同时|此外)")
_FYP = re.compile(r"^(?:到|至|在)?[“\"]?十([一二三四五六七八九])五[”\"]?(?:期间|时期|末|期末)?")
_LOWER = re.compile(r"控制在|不超过|低于|小于|下降|降低|减少")
_SPLIT_NAMES = re.compile(r"、|和|及|以及")
_ROLE_OF_COLUMN = {COL_LEAD: LEAD, COL_SUPPORT: SUPPORT, COL_RESPONSIBLE: RESPONSIBLE}
_DEFINITION = re.compile(r"^“?(?P<name>[^”“:：,，。()]{2,40}?)”?(?:是指|指的是|系指|包括)")


@dataclass(slots=True)
class _Clause:
    text: Aligned  # compact (no whitespace)
    line_first: int
    line_last: int


_BLANKS = re.compile(r"[^\S\n]+")
_ANY_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")


def _compact_with_lines(text: Aligned, line_of: list[int]) -> tuple[Aligned, list[int]]:
    """Drop spaces (not line breaks) from the text and its line map alike."""
    spans = []
    start = 0
    for match in _BLANKS.finditer(text.norm):
        spans.append((start, match.start()))
        start = match.end()
    if not spans:
        return text, line_of
    spans.append((start, len(text.norm)))
    orig = "".join(text.orig[a:b] for a, b in spans)
    norm = "".join(text.norm[a:b] for a, b in spans)
    lines = [line for a, b in spans for line in line_of[a:b]] if line_of else []
    return Aligned(orig, norm), lines


def _split_top(text: Aligned, separators: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    while start <= len(text.norm):
        stop = find_top_level(text.norm, separators, start)
        if stop < 0:
            spans.append((start, len(text.norm)))
            break
        spans.append((start, stop))
        start = stop + 1
    return [(a, b) for a, b in spans if b > a]


def _names_of(name: str) -> list[str]:
    """Several measures sharing one predicate, or the name itself."""
    parts = [part for part in _SPLIT_NAMES.split(name) if part]
    if len(parts) < 2 or not all(METRIC_SUFFIX.search(part) for part in parts):
        return [name]
    first = parts[0]
    names = [first]
    for part in parts[1:]:
        if len(part) <= 3 and len(first) > len(part) and first[-1] == part[-1]:
            names.append(first[: len(first) - len(part)] + part)  # "授权量" after "发明专利申请量"
        else:
            names.append(part)
    return names


def _after_last_de(name: str) -> str:
    """"地方特色鲜明、带动力量强的区域公用品牌" -> "区域公用品牌"."""
    index = name.rfind("的")
    return name[index + 1 :] if 0 <= index < len(name) - 2 else name


def _value(text: str) -> float:
    return float(clean_number(float(text.replace(",", ""))))


def parse_clause(clause: str, *, year: int | None, goal: bool) -> list[Indicator]:
    """Indicators in one clause (normalised, without whitespace); lines are filled in by the caller.

    The grammar rules are tried in order; the first one that yields an acceptable indicator wins.
    """
    if len(clause) > MAX_CLAUSE or len(clause) < 3:
        return []
    clause = LEADING_NOISE.sub("", clause)
    if not any(ch.isdigit() for ch in clause):
        return _text_target(clause, year) if goal else []
    for pattern, read in _GRAMMAR:
        match = pattern.match(clause)
        if match and (found := read(match, year)):
            return found
    return []


def _text_target(clause: str, year: int | None) -> list[Indicator]:
    """"知识产权保护社会满意度高于自治区平均水平"."""
    match = _P_TEXT.match(clause)
    name = clean_name(match.group("name")) if match else ""
    if not match or not name:
        return []
    value = match.group("verb") + match.group("value")
    return [_make(name, "", KIND_TEXT, year, value, note=match.group("verb"))]


def _growth(match: re.Match[str], year: int | None) -> list[Indicator]:
    """"发明专利申请量、授权量年均增长20%"."""
    note = re.sub(r"率$", "", match.group("verb"))
    return [
        _make(name, match.group("unit"), KIND_GROWTH, year, _value(match.group("num")), note=note,
              qualifier=match.group("qual") or "")
        for name in _names_of(clean_name(match.group("name")))
        if _acceptable(name)
    ]


def _from_to(match: re.Match[str], year: int | None) -> list[Indicator]:
    """"每万人口发明专利拥有量由2020年的0.93件提高到2件": a target and its baseline."""
    name = clean_name(match.group("name"))
    unit = match.group("unit") or match.group("bunit") or ""
    if not _acceptable(name):
        return []
    indicator = _make(name, unit, guess_kind(name, unit), year, _value(match.group("num")), note=match.group("verb"),
                      qualifier=match.group("qual") or "")
    indicator.baseline = Baseline(int(match.group("byear")) if match.group("byear") else None,
                                  _value(match.group("bnum")))
    if _LOWER.search(match.group("verb")):
        indicator.direction = "lower"
    return [indicator]


def _level(match: re.Match[str], year: int | None) -> list[Indicator]:
    """"有效注册商标总数突破5500件", "质押融资金额累计达到100亿元", "结案周期控制在60天以内"."""
    raw_name = match.group("name")
    cumulative = bool(match.group("cum")) or "累计" in raw_name
    name = clean_name(raw_name.replace("累计", ""))
    unit = match.group("unit") or ""
    if _year_like(match.group("num"), unit):
        return []
    verb = (match.group("cum") or "") + match.group("verb")
    qualifier = match.group("qual") or ""
    results = []
    for part in _names_of(name):
        if _acceptable(part):
            indicator = _make(part, unit, guess_kind(part, unit, cumulative=cumulative), year,
                              _value(match.group("num")), note=verb, qualifier=qualifier)
            if _LOWER.search(verb) or qualifier in ("以内", "以下"):
                indicator.direction = "lower"
            results.append(indicator)
    return results


def _count_first(match: re.Match[str], year: int | None) -> list[Indicator]:
    """"培育1个知识产权试点示范园区", "培育打造50个…的区域公用品牌"."""
    name = clean_name(_after_last_de(match.group("name")))
    unit = match.group("unit")
    verb = match.group("verb")
    if not _acceptable(name) or _year_like(match.group("num"), unit):
        return []
    if "累计" in verb:
        kind = KIND_CUMULATIVE
    elif unit in COUNT_UNITS or not METRIC_SUFFIX.search(name):
        kind = KIND_COUNT
    else:
        kind = guess_kind(name, unit)
    return [_make(name, unit, kind, year, _value(match.group("num")), note=verb)]


def _name_number(match: re.Match[str], year: int | None) -> list[Indicator]:
    """"高价值发明专利万人拥有量0.5件", "培育知识产权服务机构5家以上"."""
    raw_name = match.group("name")
    cumulative = "累计" in raw_name
    verb = match.group("verb") or ""
    name = clean_name(raw_name.replace("累计", ""))
    if verb:
        name = _after_last_de(name)  # "培养从事代理业务的代理机构30家" -> "代理机构"
    unit = match.group("unit")
    if _year_like(match.group("num"), unit):
        return []
    note = ("累计" if cumulative else "") + verb
    found = [
        _make(part, unit, guess_kind(part, unit, cumulative=cumulative, counted=bool(verb) and unit in COUNT_UNITS),
              year, _value(match.group("num")), note=note, qualifier=match.group("qual") or "")
        for part in _names_of(name)
        if _acceptable(part)
    ]
    for indicator in found:
        if not verb and not METRIC_SUFFIX.search(indicator.name):
            # no 达到/培育… between name and number: the name is a guess ("托管服务覆盖小微企业100家")
            indicator.warnings.append(
                ParseWarning("indicator_unsure", f"指标名称“{indicator.name}”是推断出来的，请核对。")
            )
    return found


def _respectively(match: re.Match[str], year: int | None) -> list[Indicator]:
    """"专利申请量和授权量分别达到5000件和2000件": one indicator per name, paired in order."""
    names = [clean_name(name) for name in _SPLIT_NAMES.split(match.group("names")) if name]
    values = _VALUE_UNIT.findall(match.group("values"))
    if len(names) != len(values) or len(names) < 2:
        return []
    names = _names_of("、".join(names)) if all(METRIC_SUFFIX.search(n) for n in names) else names
    units = [unit for _, unit in values]
    shared_unit = next((unit for unit in reversed(units) if unit), "")
    verb = (match.group("cum") or "") + (match.group("verb") or "")
    growth = bool(verb) and "增长" in verb
    out = []
    for name, (number, unit) in zip(names, values, strict=True):
        unit = unit or shared_unit
        if not _acceptable(name):
            return []
        kind = KIND_GROWTH if growth else guess_kind(name, unit, cumulative=bool(match.group("cum")))
        out.append(_make(name, unit, kind, year, _value(number), note=verb, qualifier=match.group("qual") or ""))
    return out


_GRAMMAR: tuple[tuple[re.Pattern[str], Callable[[re.Match[str], int | None], list[Indicator]]], ...] = (
    (_P_GROWTH, _growth),
    (_P_RESPECTIVELY, _respectively),
    (_P_FROM_TO, _from_to),
    (_P_LEVEL, _level),
    (_P_COUNT_FIRST, _count_first),
    (_P_NAME_NUM, _name_number),
)


def _year_like(number: str, unit: str) -> bool:
    return not unit and bool(re.fullmatch(r"(?:19|20)\d{2}", number))


def _acceptable(name: str) -> bool:
    if not name or len(name) > 40 or len(name) < 2:
        return False
    if not any("\u3400" <= ch <= "\u9fff" for ch in name):
        return False
    return not re.search(r"[。]|(?:19|20)\d{2}年", name)


def _make(name: str, unit: str, kind: str, year: int | None, value: TargetValue, *, note: str = "",
          qualifier: str = "") -> Indicator:
    targets: dict[int, TargetValue] = {year: value} if year is not None else {}
    return Indicator(name=name, unit=unit, kind=kind, targets=targets, line_first=0, line_last=0, note=note,
                     qualifier=qualifier)


def _clause_pieces(clause: Aligned) -> list[str]:
    """One clause per quantity, sharing the verb: "建设36家指导站、36家工作站", "培育示范企业2家、优势企业5家"."""
    norm = clause.norm
    cuts = [match.start(1) for match in _ENUM_AFTER_NUMBER.finditer(norm)]
    cuts += [match.start() for match in re.finditer(r"、(?=\d)", norm)]
    if not cuts:
        return [norm]
    parts, start = [], 0
    for cut in sorted(set(cuts)):
        parts.append(norm[start:cut])
        start = cut + 1
    parts.append(norm[start:])
    if not all(any(ch.isdigit() for ch in part) for part in parts):
        return [norm]  # "、" inside a name, not between quantities
    verb = re.match(_COUNT_VERB, parts[0])
    prefix = verb.group(0) if verb else ""
    return [parts[0], *((part if re.match(_COUNT_VERB, part) else prefix + part) for part in parts[1:])]


def sentence_indicators(text: Aligned, line_of: list[int], *, default_year: int | None, goal: bool,
                        source: str = "sentence") -> list[Indicator]:
    """Indicators in running text. Outside goal sections only sentences with a 到YYYY年 phrase count."""
    if not goal and not _ANY_YEAR.search(text.norm):
        return []
    compact, lines = _compact_with_lines(text, line_of)
    found: list[Indicator] = []
    for sentence_start, sentence_end in _split_top(compact, "。\n"):
        sentence = compact[sentence_start:sentence_end]
        year = default_year
        dated = False
        baseline_sentence = False
        for start, end in _split_top(sentence, ",;:"):
            clause = sentence[start:end]
            if enumerator := _ENUMERATOR.match(clause.norm):
                clause = clause[enumerator.end() :]
            norm = clause.norm
            if match := _TIME.match(norm):
                if match.group("pre") in ("截至", "截止"):
                    baseline_sentence = True
                year = int(match.group("year"))
                dated = True
                clause = clause[match.end() :]
                norm = clause.norm
            elif match := _FYP.match(norm):
                fyp_end = fyp_end_year(match.group(1))
                if fyp_end and not dated:
                    year = fyp_end
                clause = clause[match.end() :]
                norm = clause.norm
            if baseline_sentence or not norm or not (goal or dated):
                continue
            first = lines[sentence_start + start] if lines else 0
            last = lines[min(len(lines) - 1, sentence_start + end - 1)] if lines else 0
            for piece in _clause_pieces(clause):
                for indicator in parse_clause(piece, year=year, goal=goal):
                    indicator.line_first, indicator.line_last = first, last
                    indicator.source = source
                    indicator.warnings = [replace(w, line=first) for w in indicator.warnings]
                    if year is None:
                        indicator.warnings.append(
                            ParseWarning("target_year_unknown", f"指标“{indicator.name}”没有目标年份，请补充。", first)
                        )
                    found.append(indicator)
    return found


# ---------------------------------------------------------------------------------------------- tables


def table_indicators(table: Table, *, start_year: int | None, end_year: int | None) -> list[Indicator]:
    """One indicator per row of an indicator table.

    A year column before the plan's first year ("2020年" in a 2021–2025 plan) holds the baseline even when
    the header does not say 基期值.
    """
    columns = table.columns
    for column in columns:
        if column.role == TARGET and column.year is not None and start_year and column.year < start_year:
            column.role = BASE
    out: list[Indicator] = []
    category_text: str | None = None
    name_columns = [i for i, c in enumerate(columns) if c.role == NAME]
    name_columns = name_columns or [i for i, c in enumerate(columns) if c.role == TASK]
    category_columns = [i for i, c in enumerate(columns) if c.role == CATEGORY]
    for row in table.rows:
        category_cell = next((row.cells[i] for i in category_columns if i in row.cells), None)
        if category_cell is not None:
            category_text = category_cell.text.orig.strip()
        name_cell = next((row.cells[i] for i in name_columns if i in row.cells), None)
        departments = _row_departments(table, row)
        if name_cell is None or not name_columns:
            out.extend(_sentences_in_row(table, row, departments, end_year))
            continue
        name, unit_from_name = split_unit_suffix(re.sub(r"\s", "", name_cell.text.orig))
        unit_cell = next((row.cells[i] for i, c in enumerate(columns) if c.role == UNIT and i in row.cells), None)
        unit = re.sub(r"\s", "", unit_cell.text.orig) if unit_cell else (unit_from_name or "")
        header_unit = next((split_unit_suffix(c.header)[1] for c in columns if c.role == NAME), None)
        if not unit and header_unit and header_unit not in ("单位",):
            unit = header_unit
        notes: list[str] = []
        baseline: Baseline | None = None
        targets: dict[int, TargetValue] = {}
        for index, column in enumerate(columns):
            cell = row.cells.get(index)
            if cell is None:
                continue
            raw = re.sub(r"\s", "", cell.text.orig)
            if column.role in (BASE, TARGET):
                if DASH_ONLY.match(cell.norm.strip()):
                    continue
                number = parse_number(cell.norm.replace(" ", ""))
                with_unit = _CELL_WITH_UNIT.match(cell.norm.replace(" ", "")) if number is None else None
                if with_unit:  # "2件", "70亿元"
                    number = float(with_unit.group(1).replace(",", ""))
                    unit = unit or with_unit.group(2)
                value: TargetValue = float(clean_number(number)) if number is not None else raw
                if raw.endswith("%") and not unit:
                    unit = "%"
                if column.role == BASE:
                    year = column.year if column.year is not None else (start_year - 1 if start_year else None)
                    if baseline is None:
                        baseline = Baseline(year, value)
                else:
                    year = column.year if column.year is not None else end_year
                    if year is not None:
                        targets[year] = value
            elif column.role == GROWTH:
                notes.append(f"{column.header}{raw}")
            elif column.role in (ATTR, NOTE):
                notes.append(raw)
        labels = sorted({c.label for c in columns if c.role == TARGET and c.label})
        note = "；".join([*labels, *notes])
        text_only = bool(targets) and all(isinstance(value, str) for value in targets.values())
        kind = KIND_TEXT if text_only else guess_kind(name, unit, cumulative="累计" in name)
        seq = row.seq
        indicator = Indicator(
            name=name, unit=unit, kind=kind, targets=targets, line_first=row.line_first, line_last=row.line_last,
            baseline=baseline, note=note, code=seq, category=category_of(category_text), category_text=category_text,
            source="table", departments=departments,
        )
        if not targets:
            indicator.warnings.append(
                ParseWarning("indicator_no_target", f"表格中“{name}”没有目标值。", row.line_first)
            )
        out.append(indicator)
    return out


def _row_departments(table: Table, row: Row) -> list[DepartmentRef]:
    departments: list[DepartmentRef] = []
    for index, column in enumerate(table.columns):
        if column.role in _ROLE_OF_COLUMN and index in row.cells:
            cell = row.cells[index]
            parsed = parse_department_text(cell.text, cell.line, labelled=True)
            for dept in parsed.departments if parsed else []:
                dept.role = _ROLE_OF_COLUMN[column.role]
                departments.append(dept)
    return departments


def _sentences_in_row(table: Table, row: Row, departments: list[DepartmentRef],
                      end_year: int | None) -> list[Indicator]:
    """Rows of an annual assignment table (序号 / 2017年目标 / 责任单位): the target cells are sentences."""
    found: list[Indicator] = []
    for index, column in enumerate(table.columns):
        if column.role != TARGET or index not in row.cells:
            continue
        cell = row.cells[index]
        year = column.year if column.year is not None else end_year
        indicators = sentence_indicators(cell.text, [cell.line] * len(cell.text), default_year=year, goal=True,
                                         source="table")
        if not indicators:
            text = re.sub(r"\s", "", cell.text.orig)
            if len(text) >= 2 and year is not None:
                unsure = Indicator(name=text[:60], unit="", kind=KIND_TEXT, targets={year: text},
                                   line_first=row.line_first, line_last=row.line_last, source="table")
                unsure.warnings.append(
                    ParseWarning(
                        "indicator_unsure", f"无法从“{text[:30]}”中读出数值目标，已作为文字目标列出。", cell.line
                    )
                )
                indicators = [unsure]
        for indicator in indicators:
            indicator.code = row.seq
            indicator.departments = list(departments)
            found.append(indicator)
    return found


def attach_definitions(indicators: list[Indicator], note_lines: list[Line]) -> None:
    """Footnotes "注：1.X是指…" become X's definition."""
    items: list[str] = []
    for line in note_lines:
        text = line.text.orig.strip()
        text = re.sub(r"^[（(]?\s*(?:注|备注|说明|注释)\s*\d?\s*[:：]\s*", "", text)
        text = re.sub(r"^\d{1,2}\s*[.、．]\s*", "", text)
        text = re.sub(r"[)）]\s*$", "", text) if line.text.norm.startswith("(") else text
        items.append(text.strip())
    for item in items[:200]:
        match = _DEFINITION.match(Aligned.of(item).norm)
        if not match:
            continue
        key = merge_key(match.group("name"))
        for indicator in indicators:
            other = merge_key(indicator.name)
            if indicator.definition is None and key and (other == key or (len(key) >= 4 and other.startswith(key))):
                indicator.definition = item
                break


# ---------------------------------------------------------------------------------------------- merging


def _same(a: Indicator, b: Indicator) -> bool:
    key_a, key_b = merge_key(a.name), merge_key(b.name)
    if not key_a or not key_b:
        return False
    if key_a == key_b:
        return True
    shorter, longer = sorted((key_a, key_b), key=len)
    if len(shorter) >= 4 and shorter in longer and (not a.unit or not b.unit or a.unit == b.unit):
        shared = set(a.targets) & set(b.targets)
        return not shared or any(a.targets[year] == b.targets[year] for year in shared)
    return False


def merge_indicators(primary: list[Indicator], extra: list[Indicator]) -> tuple[list[Indicator], list[ParseWarning]]:
    """Merge ``extra`` (sentences) into ``primary`` (tables, or earlier sentences) by measure."""
    warnings: list[ParseWarning] = []
    result = list(primary)
    by_key: dict[str, Indicator] = {}
    for item in result:
        by_key.setdefault(merge_key(item.name), item)

    def fits(item: Indicator, indicator: Indicator) -> bool:
        # a number never merges into a text target; "X达到N" and "X年均增长M%" are different measures
        if item.kind == KIND_TEXT and indicator.kind != KIND_TEXT:
            return False
        if item.kind != indicator.kind and KIND_GROWTH in (item.kind, indicator.kind):
            return False
        return _same(item, indicator)

    for indicator in extra:
        key = merge_key(indicator.name)
        twin = by_key.get(key)
        if twin is not None and not fits(twin, indicator):
            twin = None
        if twin is None and len(result) <= 500:  # the near-synonym search is quadratic: small lists only
            twin = next((item for item in result if fits(item, indicator)), None)
        if twin is None:
            result.append(indicator)
            by_key.setdefault(key, indicator)
            continue
        if not twin.unit:
            twin.unit = indicator.unit
        for year, value in indicator.targets.items():
            if year not in twin.targets:
                twin.targets[year] = value
            elif twin.targets[year] != value and twin.unit == indicator.unit:
                warnings.append(
                    ParseWarning(
                        "indicator_conflict",
                        f"指标“{twin.name}”{year}年目标：表格为 {twin.targets[year]}，正文为 {value}，已采用表格数值。",
                        indicator.line_first,
                    )
                )
        if indicator.kind == KIND_CUMULATIVE and twin.kind != KIND_TEXT:
            twin.kind = KIND_CUMULATIVE
        if indicator.note and indicator.note not in twin.note:
            twin.note = f"{indicator.note}；{twin.note}" if twin.note else indicator.note
        twin.qualifier = twin.qualifier or indicator.qualifier
        if twin.baseline is None:
            twin.baseline = indicator.baseline
        if twin.source != indicator.source:
            twin.source = f"{twin.source}+{indicator.source}"
    return result, warnings
