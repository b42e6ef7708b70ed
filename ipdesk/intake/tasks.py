"""Tasks: the numbered work items of a plan.

A task is a numbered block with no numbered children, in a part of the plan that holds work (not the
background, guiding principles, goals or an annex). Items under 保障措施/组织实施 count only when they
name responsible departments, as some plans assign those too. Whatever numbering the document uses for
its work items ("1." or "（十）" or "第六节") is kept as written.

Task-division tables (分工表: 重点任务 / 牵头单位 / 配合单位 / 完成时限) fill in departments and deadlines
of the tasks they name, or become the task list when the text has none.
"""

from __future__ import annotations

import re
from datetime import date

from ipdesk.domain.deadlines import parse_deadline
from ipdesk.intake.departments import DepartmentList, find_department_list, parse_department_text
from ipdesk.intake.model import LEAD, RESPONSIBLE, SUPPORT, DepartmentRef, ParseWarning, Task
from ipdesk.intake.outline import (
    ROLE_ANNEX,
    ROLE_BACKGROUND,
    ROLE_GOAL,
    ROLE_GUARANTEE,
    ROLE_GUIDANCE,
    TERMINAL,
    Block,
    Outline,
    Piece,
    join_with_lines,
    make_title,
)
from ipdesk.intake.tables import DEADLINE, MEASURES, Table
from ipdesk.intake.tables import LEAD as COL_LEAD
from ipdesk.intake.tables import RESPONSIBLE as COL_RESPONSIBLE
from ipdesk.intake.tables import SUPPORT as COL_SUPPORT
from ipdesk.intake.tables import TASK as COL_TASK
from ipdesk.intake.text import Aligned

_NOT_WORK = {ROLE_BACKGROUND, ROLE_GUIDANCE, ROLE_GOAL}
_NEEDS_DEPARTMENTS = {ROLE_GUARANTEE, ROLE_ANNEX}
"""Parts whose numbered items are tasks only when they name departments (保障措施, an annexed 任务清单)."""
_DEADLINE_PHRASE = re.compile(
    r"(?P<pre>到|至|截至|截止|于|在|力争|争取)?\s*(?P<year>(?:19|20)\d{2})\s*年"
    r"(?:\s*(?P<month>\d{1,2})\s*月)?(?:\s*\d{1,2}\s*日)?"
    r"(?P<post>\s*(?:年?底前|底|末|前|以前|上半年|下半年|年内|第[一二三四1-4]季度)(?:前|完成)?)?"
)


def _deadline_date(text: str) -> date | None:
    """The last day a deadline phrase allows; None for 持续推进 and the like."""
    return parse_deadline(text)


def deadline_phrases(norm: str, orig: str) -> list[str]:
    """Deadline phrases as written ("到2020年", "2023年底前"), skipping years inside 《》 and ranges."""
    phrases: list[str] = []
    depth, scanned = 0, 0  # 《》 nesting up to ``scanned``, kept as we go so the scan stays linear
    for match in _DEADLINE_PHRASE.finditer(norm):
        for char in norm[scanned : match.start()]:
            depth += 1 if char == "《" else -1 if char == "》" and depth else 0
        scanned = match.start()
        if not (match.group("pre") or match.group("post") or match.group("month")):
            continue
        before = norm[max(0, match.start() - 1) : match.start()]
        if before in "—-~～(" and before:
            continue
        if depth > 0:
            continue
        phrases.append(re.sub(r"\s", "", orig[match.start() : match.end()]))
    return list(dict.fromkeys(phrases))


def is_task_block(block: Block) -> bool:
    return block.is_numbered and not block.children and block.role not in _NOT_WORK


def _subtree_pieces(block: Block) -> list[Piece]:
    """The block's own paragraphs followed by its sub-items, each with its numbering as written."""
    pieces = block.pieces()
    for child in block.children:
        label = Aligned(child.label_raw, child.label_raw)
        pieces.append(Piece(child.line_first, label + child.head, numbering=None))
        pieces.extend(child.body)
    return pieces


def _folded_departments(block: Block) -> DepartmentList | None:
    """The list closing an item whose numbered sub-items are followed by one 责任单位 line for all of them.

    "1.加强保护\n（1）…\n（2）…\n责任单位：A、B" makes "1." the task (with its sub-items in its text).
    """
    children = block.children
    if not children or not block.is_numbered or any(child.children or not child.is_numbered for child in children):
        return None
    lists = [find_department_list(*child.text_with_lines()[:1], child.line_first) for child in children]
    last = lists[-1]
    if last is None or not last.standalone or any(found is not None for found in lists[:-1]):
        return None
    return last


def build_task(block: Block, section_title: str, *, folded: bool = False) -> Task | None:
    """The task for a leaf block (or a folded item with sub-items), or None when it is not a work item."""
    if folded:
        text, line_of = join_with_lines(_subtree_pieces(block), title_only=block.title_only)
    else:
        text, line_of = block.text_with_lines()
    departments = find_department_list(text, block.line_first, line_of)
    if block.role in _NEEDS_DEPARTMENTS and departments is None:
        return None
    head = block.heading_text()
    if departments is not None and departments.start < len(head):
        head = head[: departments.start]
    title, _ = make_title(head)
    if not title:
        title, _ = make_title(text[: departments.start] if departments is not None else text)
    body_end = departments.start if departments is not None else len(text)
    task = Task(
        number=block.label,
        title=title or block.title,
        text=text.orig.strip(),
        line_first=block.line_first,
        line_last=block.line_last,
        ordinal=block.ordinal,
        section_title=section_title,
    )
    if departments is not None:
        task.departments = departments.departments
        task.warnings.extend(departments.warnings)
    _set_deadline(task, text, departments)
    core = text.norm[:body_end].rstrip()
    if core and len(core) > len(title) + 1 and core[-1] not in TERMINAL and core[-1] not in "。.":
        task.warnings.append(
            ParseWarning(
                "task_truncated", f"任务 {task.number} 的文字结尾没有标点，可能不完整，请核对原文。", block.line_last
            )
        )
    return task


def _set_deadline(task: Task, text: Aligned, departments: DepartmentList | None) -> None:
    explicit = departments.deadlines if departments is not None else []
    phrases = explicit + deadline_phrases(text.norm, text.orig)
    task.deadlines = list(dict.fromkeys(phrases))
    if explicit:
        task.deadline_text = explicit[0]
    elif task.deadlines:
        dated = [(value, phrase) for phrase in task.deadlines if (value := _deadline_date(phrase)) is not None]
        task.deadline_text = max(dated)[1] if dated else task.deadlines[0]
    if task.deadline_text:
        task.deadline = _deadline_date(task.deadline_text)


def extract_tasks(outline: Outline, section_titles: dict[int, str]) -> tuple[list[tuple[Block, Task]], set[int]]:
    """Tasks of the outline in document order, with their blocks; ``section_titles`` maps id(block).

    Also returns the ids of blocks folded into a task's text (sub-items), which are not sections either.
    """
    found: list[tuple[Block, Task]] = []
    folded: set[int] = set()
    for block in outline.blocks():
        if id(block) in folded:
            continue
        parent = block.parent
        title = section_titles.get(id(parent), "") if parent is not None else ""
        if block.children and block.role not in _NOT_WORK and _folded_departments(block) is not None:
            task = build_task(block, title, folded=True)
            if task is not None:
                found.append((block, task))
                folded.update(id(child) for child in block.children)
            continue
        if not is_task_block(block):
            continue
        task = build_task(block, title)
        if task is not None:
            found.append((block, task))
    found = _merge_annex_tasks(found)
    with_departments = sum(1 for _, task in found if task.departments)
    if found and with_departments * 2 >= len(found):
        for _, task in found:
            if not task.departments:
                task.warnings.append(
                    ParseWarning("department_missing", f"任务 {task.number} 没有写明责任单位。", task.line_first)
                )
    return found, folded


def _merge_annex_tasks(found: list[tuple[Block, Task]]) -> list[tuple[Block, Task]]:
    """An annexed 任务清单 repeating the body's tasks lends them its departments instead of doubling them."""
    body = [task for block, task in found if block.role != ROLE_ANNEX]
    by_key = {_norm_key(task.title): task for task in reversed(body) if _norm_key(task.title)}
    kept: list[tuple[Block, Task]] = []
    for block, task in found:
        twin = by_key.get(_norm_key(task.title)) if block.role == ROLE_ANNEX else None
        if twin is None:
            kept.append((block, task))
            continue
        if not twin.departments:
            twin.departments = task.departments
        if task.deadline_text and not twin.deadline_text:
            twin.deadline_text, twin.deadline = task.deadline_text, task.deadline
    return kept


def _norm_key(text: str) -> str:
    return re.sub(r"[^\u3400-\u9fffA-Za-z0-9]", "", text)


def apply_task_table(table: Table, tasks: list[Task]) -> tuple[list[Task], list[ParseWarning]]:
    """Read a 分工表; fill departments/deadlines of matching tasks. Returns (new tasks, warnings)."""
    columns = table.columns
    task_columns = [i for i, c in enumerate(columns) if c.role in (COL_TASK, MEASURES)]
    roles = {COL_LEAD: LEAD, COL_SUPPORT: SUPPORT, COL_RESPONSIBLE: RESPONSIBLE}
    deadline_columns = [i for i, c in enumerate(columns) if c.role == DEADLINE]
    rows: list[tuple[str, str, list[DepartmentRef], str | None, int, int, str | None]] = []
    for row in table.rows:
        texts = [row.cells[i].text for i in task_columns if i in row.cells]
        if not texts:
            continue
        title_text = texts[0]
        departments: list[DepartmentRef] = []
        for index, column in enumerate(columns):
            if column.role in roles and index in row.cells:
                cell = row.cells[index]
                parsed = parse_department_text(cell.text, cell.line, labelled=True)
                for dept in parsed.departments if parsed else []:
                    dept.role = roles[column.role]
                    if all(existing.name != dept.name for existing in departments):
                        departments.append(dept)
        deadline_cells = [row.cells[i].text.orig.strip() for i in deadline_columns if i in row.cells]
        full = "\n".join(text.orig.strip() for text in texts)
        rows.append((title_text.orig.strip(), full, departments, deadline_cells[0] if deadline_cells else None,
                     row.line_first, row.line_last, row.seq))

    matched = 0
    new_tasks: list[Task] = []
    by_key = {_norm_key(task.title): task for task in reversed(tasks) if _norm_key(task.title)}
    scan = tasks if len(tasks) * len(rows) <= 1_000_000 else []  # prefix matching only while it stays cheap
    for title_text, full, departments, deadline_text, first, last, seq in rows:
        key = _norm_key(title_text)
        target = by_key.get(key)
        for task in scan if target is None else []:
            task_key = _norm_key(task.title)
            if task_key and key and (key.startswith(task_key) or task_key.startswith(key[: max(6, len(task_key))])):
                target = task
                break
        if target is not None:
            matched += 1
            if not target.departments:
                target.departments = departments
            if deadline_text and not target.deadline_text:
                target.deadline_text = deadline_text
                target.deadline = _deadline_date(deadline_text)
            continue
        title, _ = make_title(Aligned.of(title_text))
        task = Task(number=seq or "", title=title, text=full, line_first=first, line_last=last,
                    section_title=table.caption or "", departments=departments, deadline_text=deadline_text)
        task.deadline = _deadline_date(deadline_text) if deadline_text else None
        new_tasks.append(task)
    warnings: list[ParseWarning] = []
    if tasks and matched == 0:
        new_tasks = []
        warnings.append(
            ParseWarning(
                "task_table_unmatched", "分工表中的任务与正文任务对不上，未自动合并，请手工核对。", table.line_first
            )
        )
    elif tasks and new_tasks:
        warnings.append(
            ParseWarning("task_table_extra", f"分工表中有 {len(new_tasks)} 项任务在正文中没有找到，已作为新任务加入。",
                         table.line_first)
        )
    return new_tasks, warnings
