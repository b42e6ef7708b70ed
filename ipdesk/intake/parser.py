"""Entry points: :func:`parse_text` and :func:`parse_file` turn a plan document into a ParsedPlan."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ipdesk.intake.cleanup import Line, clean
from ipdesk.intake.document import SourceDocument, read_document
from ipdesk.intake.indicators import (
    attach_definitions,
    merge_indicators,
    sentence_indicators,
    table_indicators,
)
from ipdesk.intake.matching import RegistryDepartment, match_all
from ipdesk.intake.metadata import plan_period, read_metadata
from ipdesk.intake.model import KIND_TEXT, Indicator, ParsedPlan, ParseWarning, Section, Task
from ipdesk.intake.outline import (
    ROLE_ANNEX,
    ROLE_BACKGROUND,
    ROLE_GOAL,
    ROLE_GUIDANCE,
    Block,
    Piece,
    build_outline,
    join_with_lines,
)
from ipdesk.intake.tables import Table, find_tables
from ipdesk.intake.tasks import apply_task_table, extract_tasks
from ipdesk.intake.text import Aligned


def parse_file(path: str | Path, *, registry: Iterable[RegistryDepartment] = ()) -> ParsedPlan:
    """Read and parse a plan file (.txt / .docx). Raises ``ipdesk.errors.InputFileError``."""
    document = read_document(path)
    return parse_document(document, registry=registry)


def parse_text(text: str, *, source_name: str | None = None, registry: Iterable[RegistryDepartment] = ()) -> ParsedPlan:
    """Parse pasted or already decoded text."""
    return parse_document(SourceDocument(text, "text", source_name), registry=registry)


def parse_document(document: SourceDocument, *, registry: Iterable[RegistryDepartment] = ()) -> ParsedPlan:
    text = document.text
    warnings: list[ParseWarning] = list(document.warnings)
    cleaned = clean(text)
    warnings.extend(cleaned.warnings)
    lines = cleaned.lines

    tables = find_tables(lines)
    consumed: set[int] = set()
    for table in tables:
        consumed |= table.consumed
        warnings.extend(table.warnings)

    meta = read_metadata(lines, cleaned.meta)
    warnings.extend(meta.warnings)
    outline = build_outline(lines, skip=consumed, title_line=meta.title_line)
    warnings.extend(outline.warnings)

    blocks = outline.blocks()
    displays = {id(block): block.display for block in blocks}
    found, folded = extract_tasks(outline, displays)
    task_blocks = {id(block) for block, _ in found} | folded
    sections: list[Section] = []
    section_index: dict[int, int] = {}
    for block in blocks:
        if id(block) in task_blocks:
            continue
        parent = section_index.get(id(block.parent)) if block.parent is not None else None
        section_index[id(block)] = len(sections)
        sections.append(
            Section(block.label, block.title, block.level, block.line_first, block.line_last, parent, block.ordinal,
                    block.style, block.role, block.label_raw)
        )
    tasks: list[Task] = []
    for block, task in found:
        task.section = section_index.get(id(block.parent)) if block.parent is not None else None
        tasks.append(task)

    goal_text = "\n".join(_own_text(block)[0].norm for block in blocks if block.role in (ROLE_GOAL, ROLE_GUIDANCE))
    indicator_tables = [table for table in tables if table.is_indicator_table]
    table_years = sorted({c.year for t in indicator_tables for c in t.columns if c.year is not None})
    start_year, end_year = plan_period(meta.title, goal_text, table_years, meta.date)
    if end_year is None:
        warnings.append(ParseWarning("end_year_unknown", "没有找到规划的目标年份（如“到2025年”），请手工填写。"))

    indicators = _indicators(blocks, indicator_tables, start_year, end_year, lines, warnings)

    for table in tables:
        if table.is_task_table:
            extra, table_warnings = apply_task_table(table, tasks)
            tasks.extend(extra)
            warnings.extend(table_warnings)

    for task in tasks:
        warnings.extend(task.warnings)
    for indicator in indicators:
        warnings.extend(indicator.warnings)
    if not tasks:
        warnings.append(ParseWarning("no_tasks", "没有识别出编号的任务条目（如“1.”“（一）”），请检查文件或手工录入。"))

    plan = ParsedPlan(
        title=meta.title,
        doc_number=meta.doc_number,
        issuer=meta.issuer,
        date=meta.date,
        kind=meta.kind,
        start_year=start_year,
        end_year=end_year,
        sections=sections,
        tasks=tasks,
        indicators=indicators,
        warnings=sorted(warnings, key=lambda w: (w.line is None, w.line or 0)),
        source_name=document.source_name,
        encoding=document.encoding,
        text=text,
    )
    context = " ".join(filter(None, [meta.issuer, meta.title, meta.doc_number]))
    match_all(plan.all_departments(), registry, context=context)
    return plan


def _own_text(block: Block) -> tuple[Aligned, list[int]]:
    """The block's heading and paragraphs without footnotes, joined, with line numbers."""
    pieces: list[Piece] = [piece for piece in block.pieces() if not piece.note]
    return join_with_lines(pieces, title_only=block.title_only)


def _indicators(blocks: list[Block], tables: list[Table], start_year: int | None, end_year: int | None,
                lines: list[Line], warnings: list[ParseWarning]) -> list[Indicator]:
    """Table rows first (in table order), then goal sentences; the same measure is merged."""
    from_tables: list[Indicator] = []
    for table in tables:
        from_tables.extend(table_indicators(table, start_year=start_year, end_year=end_year))
    from_text: list[Indicator] = []
    for block in blocks:
        if block.role in (ROLE_BACKGROUND, ROLE_ANNEX):
            continue
        text, line_of = _own_text(block)
        goal = block.role == ROLE_GOAL
        # elsewhere only dated sentences count (到2025年，…); in 总体要求 they are the plan's goals
        found = sentence_indicators(text, line_of, default_year=end_year, goal=goal)
        if not goal and block.role != ROLE_GUIDANCE:
            for indicator in found:
                indicator.source = "task"
                indicator.warnings.append(
                    ParseWarning(
                        "indicator_in_task",
                        f"“{block.display}”中的量化目标“{indicator.name}”，请确认是否作为指标。",
                        indicator.line_first,
                    )
                )
        from_text.extend(found)
    from_text, _ = merge_indicators([], from_text)
    merged, merge_warnings = merge_indicators(from_tables, from_text)
    warnings.extend(merge_warnings)
    attach_definitions(merged, [line for line in lines if line.note])
    for indicator in merged:
        if not indicator.unit and indicator.kind != KIND_TEXT:
            indicator.warnings.append(
                ParseWarning(
                    "indicator_unit_missing", f"指标“{indicator.name}”没有写明单位，请补充。", indicator.line_first
                )
            )
    return merged
