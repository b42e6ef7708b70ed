"""The section tree: numbered headings and the paragraphs under them.

Every line that starts with a numbering token (see :mod:`numbering`) opens a *block*; the lines after it
until the next accepted numbering belong to it. Levels come from the order in which the document nests
numbering styles (a style seen again closes the deeper ones), so "一、/（一）/1." and
"第一章/第一节/1." both work, and so does a document that starts at "（一）". A number that does not fit
the running sequence (a wrapped line that happens to start with "3、") is taken as text, not a heading.
Headings that run on with their text ("（一）指导思想。坚持…") and two numberings on one line
("（三）促进创造运用。9.提升企业…") are split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ipdesk.intake.cleanup import Line
from ipdesk.intake.model import ParseWarning
from ipdesk.intake.numbering import Numbering, label_of, match_numbering
from ipdesk.intake.text import Aligned

ROLE_BACKGROUND = "background"
ROLE_GUIDANCE = "guidance"
ROLE_GOAL = "goal"
ROLE_TASK = "task"
ROLE_GUARANTEE = "guarantee"
ROLE_ANNEX = "annex"

_MD = re.compile(r"^(#{1,6})\s*")
_BOX = re.compile(r"^(专栏\s*[0-9一二三四五六七八九十]{0,3})\s*[:：]?\s*(.{0,60})$")
_ANNEX = re.compile(r"^附\s*[件表]\s*([0-9一二三四五六七八九十]{0,3})\s*[:：]?\s*(.{0,60})$")
_INLINE_SPLIT = re.compile(
    r"[。;；]\s*(?=第[一二三四五六七八九十\d]+[章节]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|"
    r"\(\d{1,2}\)|\d{1,2}(?:\.(?!\d)|、)|[①②③④⑤⑥⑦⑧⑨⑩])"
)
TERMINAL = "。！？；;!?：:）)」”》…"
_OPEN = "《“‘(「【"
_CLOSE = "》”’)」】"

_BACKGROUND = re.compile(r"(?:背景|基础|现状|形势|成就|回顾|基本情况|发展环境|工作成效|发展成效|取得的成效)$")
_GUIDANCE = re.compile(
    r"(?:指导思想|基本原则|工作原则|主要原则|总体要求|总体思路|战略定位|发展定位|重要意义|编制依据|基本遵循|总体考虑|^原则)$"
)
_ACTION = re.compile(
    r"^(?:加强|强化|夯实|提升|推进|完善|健全|建立|推动|促进|深化|优化|实施|开展|构建|打造|培育|提高|加快|扩大|落实|"
    r"坚持|严格|加大|做好|抓好|营造|发挥|支持|鼓励|引导|探索|创新|统筹|巩固|拓展|规范|服务)"
)
_GUARANTEE_PART = re.compile(r"^(?:保障措施|组织实施|实施保障|组织保障|工作保障|保障条件|工作要求|附则)$")
_GOAL = re.compile(r"(?:目标|主要指标|预期性指标|发展指标|指标体系|愿景)$")
_GOAL_TASK = re.compile(r"目标(?:和|与|及)?(?:主要|重点)?任务$")
_GUARANTEE = re.compile(
    r"保障措施|保障|组织实施|实施保障|组织领导|工作要求|实施步骤|进度安排|附则|监督考核|考核评估|政策措施"
)


@dataclass(slots=True)
class Piece:
    """A paragraph: one line, or part of a line that carried two numberings."""

    line: int
    text: Aligned
    numbering: Numbering | None = None
    md_level: int = 0
    inline: bool = False
    note: bool = False
    wrapped: bool = False
    """Continues the previous line, which the text's fixed line width cut (text copied from a PDF)."""


@dataclass(slots=True)
class Block:
    style: str
    ordinal: int | None
    label: str
    head: Aligned
    """The heading line's text after the numbering."""
    line_first: int
    line_last: int
    label_raw: str = ""
    """The numbering exactly as written, separator included ("三、", "1.")."""
    level: int = 0
    parent: Block | None = None
    children: list[Block] = field(default_factory=list)
    body: list[Piece] = field(default_factory=list)
    own_role: str | None = None
    role: str = ROLE_TASK
    title: str = ""
    title_only: bool = False
    """The heading line is a bare title (no sentence after it)."""
    box_sibling: str | None = None
    """For a 专栏 box: the numbering style of the item it follows (a later item of that style closes it)."""

    @property
    def is_numbered(self) -> bool:
        return self.style not in ("root", "annex", "box") and not self.style.startswith("md")

    @property
    def display(self) -> str:
        """Label and title as a reader would quote them: "（一）推进…", "三、组织实施…"."""
        if self.style == "annex":
            return f"{self.label}：{self.title}" if self.label and self.title else self.title
        if self.style == "box":
            return f"{self.label} {self.title}".strip()
        if not self.label_raw:
            return self.title
        return f"{self.label_raw.strip()}{self.title}"

    def walk(self) -> list[Block]:
        out: list[Block] = []
        stack = list(reversed(self.children))
        while stack:
            block = stack.pop()
            out.append(block)
            stack.extend(reversed(block.children))
        return out

    def heading_text(self) -> Aligned:
        """The heading line's text, with the lines a fixed-width (PDF) layout wrapped it onto."""
        text = self.head
        for piece in self.body:
            if not piece.wrapped:
                break
            text = text + piece.text.strip()
        return text

    def pieces(self) -> list[Piece]:
        """The heading's own text followed by its body paragraphs."""
        own = [Piece(self.line_first, self.head)] if len(self.head) else []
        return own + self.body

    def text(self) -> Aligned:
        return join_pieces(self.pieces(), title_only=self.title_only)

    def text_with_lines(self) -> tuple[Aligned, list[int]]:
        return join_with_lines(self.pieces(), title_only=self.title_only)


@dataclass(slots=True)
class Outline:
    root: Block
    warnings: list[ParseWarning] = field(default_factory=list)

    def blocks(self) -> list[Block]:
        return self.root.walk()


def find_top_level(norm: str, targets: str, start: int = 0, end: int | None = None) -> int:
    """Index of the first character of ``targets`` outside 《》“”() …, or -1."""
    depth = 0
    stop = len(norm) if end is None else min(end, len(norm))
    for index in range(start, stop):
        char = norm[index]
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and char in targets:
            return index
    return -1


def join_pieces(pieces: list[Piece], *, title_only: bool = False) -> Aligned:
    """Join paragraphs: lines broken inside a sentence are glued back, paragraphs keep a newline."""
    return join_with_lines(pieces, title_only=title_only)[0]


def join_with_lines(pieces: list[Piece], *, title_only: bool = False) -> tuple[Aligned, list[int]]:
    """Like :func:`join_pieces`, also giving the line number of every character of the result."""
    orig: list[str] = []
    norm: list[str] = []
    line_of: list[int] = []
    for index, piece in enumerate(pieces):
        text = piece.text.strip()
        if not len(text):
            continue
        if norm:
            previous = norm[-1][-1]
            wrapped = piece.inline or piece.wrapped or (
                previous not in TERMINAL
                and not (index == 1 and title_only and not piece.wrapped)
                and ("\u3400" <= previous <= "\u9fff" or previous in "、,，“《(")
                and piece.numbering is None
            )
            if not wrapped:
                orig.append("\n")
                norm.append("\n")
                line_of.append(piece.line)
        orig.append(text.orig)
        norm.append(text.norm)
        line_of.extend([piece.line] * len(text))
    return Aligned("".join(orig), "".join(norm)), line_of


def make_title(head: Aligned) -> tuple[str, bool]:
    """(title, title_only): the lead phrase up to the first top-level 。, or the whole heading line."""
    norm = head.norm
    stop = find_top_level(norm, "。")
    if stop > 0:
        title = head.orig[:stop]
        title_only = not norm[stop + 1 :].strip()
    else:
        title = head.orig
        title_only = len(norm) <= 80
    title = title.strip().rstrip("。;；,，:： ")
    if len(title) > 120:
        cut = find_top_level(head.norm[: len(title)], ",;，；", 10)
        title = title[:cut] if 0 < cut <= 120 else title[:120] + "…"
    return title, title_only


def _role_of(title: str, *, has_children: bool) -> str | None:
    compact = re.sub(r"[\s。.,，:：;；]", "", title)
    if len(compact) > 16:
        return None
    if _ACTION.match(compact):
        # "强化目标考核", "夯实工作基础" are work, whatever noun they end with
        return ROLE_GUARANTEE if has_children and _GUARANTEE.search(compact) else None
    if _GOAL_TASK.search(compact):
        return ROLE_TASK
    if _BACKGROUND.search(compact):
        return ROLE_BACKGROUND
    if _GUIDANCE.search(compact):
        return ROLE_GUIDANCE
    if _GOAL.search(compact):
        return ROLE_GOAL
    if (has_children and _GUARANTEE.search(compact)) or _GUARANTEE_PART.match(compact):
        return ROLE_GUARANTEE
    return None


def display_width(text: str) -> int:
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)


def wrap_width(lines: list[Line]) -> int | None:
    """The fixed width a PDF copy wrapped the text at, when most lines share (nearly) one width."""
    widths = [display_width(line.text.orig) for line in lines if not line.blank and len(line.text.norm) >= 10]
    if len(widths) < 12:
        return None
    counts: dict[int, int] = {}
    for width in widths:
        counts[width] = counts.get(width, 0) + 1
    best = max(counts, key=lambda width: sum(counts.get(width - d, 0) for d in range(3)))
    near = sum(counts.get(best - d, 0) for d in range(3))
    return best if best >= 30 and near >= 8 and near >= 0.3 * len(widths) else None


def _inline_enumeration(text: Aligned, starts: list[int]) -> bool:
    """True for an item whose paragraph lists its own points: "（一）加强保护。1.严格执法……2.加强司法……".

    Such points stay part of the item's text. A single numbering after the first sentence is a heading that
    runs on into its first item instead ("（三）促进创造运用。9.提升企业…"), and is split.
    """
    if len(starts) < 3:
        return False
    first = match_numbering(text.norm)
    inline = [match_numbering(text.norm[start:].lstrip()) for start in starts[1:]]
    if first is None or any(found is None for found in inline):
        return False
    styles = {found.style for found in inline if found is not None}
    ordinals = [found.ordinal for found in inline if found is not None]
    return len(styles) == 1 and first.style not in styles and ordinals == list(range(1, len(ordinals) + 1))


def _pieces(lines: list[Line], skip: set[int], title_line: int | None) -> list[Piece]:
    pieces: list[Piece] = []
    width = wrap_width(lines)
    previous: Line | None = None
    for line in lines:
        if line.blank or line.no in skip or line.no == title_line:
            previous = None if line.blank else previous
            continue
        full = previous is not None and width is not None and display_width(previous.text.orig) >= width - 2
        wrapped = full and previous is not None and previous.text.norm[-1] not in TERMINAL
        previous = line
        text = line.text
        if wrapped and not _MD.match(text.norm) and not line.note and match_numbering(text.norm) is None:
            pieces.append(Piece(line.no, text, wrapped=True))
            continue
        md_level = 0
        md = _MD.match(text.norm)
        if md:
            md_level = len(md.group(1))
            text = text[md.end() :]
        if line.note:
            pieces.append(Piece(line.no, text, None, md_level, note=True))
            continue
        starts = [0]
        if len(text.norm) < 20000:  # a pasted text without line breaks is still split, but not pathologically
            starts += [match.end() for match in _INLINE_SPLIT.finditer(text.norm)]
            if _inline_enumeration(text, starts):
                starts = [0]
        for position, start in enumerate(starts):
            end = starts[position + 1] if position + 1 < len(starts) else len(text)
            part = text[start:end].strip()
            if not len(part):
                continue
            numbering = match_numbering(part.norm)
            pieces.append(Piece(line.no, part, numbering, md_level if position == 0 else 0, inline=position > 0))
    return pieces


def _annex_marker(piece: Piece) -> re.Match[str] | None:
    if piece.numbering is not None or "。" in piece.text.norm:
        return None
    return _ANNEX.match(piece.text.norm)


def build_outline(
    lines: list[Line], *, skip: set[int] | frozenset[int] = frozenset(), title_line: int | None = None
) -> Outline:
    """Build the block tree of ``lines``; ``skip`` holds line numbers already read as tables."""
    root = Block("root", None, "", Aligned("", ""), 0, 0)
    outline = Outline(root)
    stack: list[Block] = [root]
    last_seen: dict[str, int] = {}
    for piece in _pieces(lines, set(skip), title_line):
        current = stack[-1]
        annex = _annex_marker(piece)
        if annex is not None:
            label = piece.text.orig[: piece.text.norm.find(annex.group(2))] if annex.group(2) else piece.text.orig
            block = Block("annex", None, label.strip().rstrip(":：").strip(), piece.text[len(label) :].strip(),
                          piece.line, piece.line, parent=root, own_role=ROLE_ANNEX)
            root.children.append(block)
            stack = [root, block]
            last_seen.clear()
            continue
        box = _BOX.match(piece.text.norm) if piece.numbering is None and "。" not in piece.text.norm else None
        if box is not None:
            stack = _open_box(piece, box, stack)
            continue
        if piece.numbering is not None and not piece.note:
            accepted = _place(piece, stack, last_seen, outline)
            if accepted is not None:
                stack = accepted
                continue
            # not a heading after all: part of the running text
            piece.numbering = None
        elif piece.md_level and not piece.inline and len(piece.text.norm) <= 80:
            style = f"md{piece.md_level}"
            position = _md_position(stack, piece.md_level)
            parent = stack[position - 1]
            block = Block(style, None, "", piece.text, piece.line, piece.line, parent=parent)
            parent.children.append(block)
            stack = [*stack[:position], block]
            continue
        if current is not root and not len(current.head) and not current.body and not current.children:
            current.head = piece.text  # "一、" alone on its line: the next line is the heading's text
        else:
            current.body.append(piece)
        current.line_last = max(current.line_last, piece.line)
    _finish(root, outline)
    return outline


def _open_box(piece: Piece, match: re.Match[str], stack: list[Block]) -> list[Block]:
    """A 专栏 (feature box) sits beside the item it follows; its numbered lines nest inside it."""
    position = len(stack) - 1
    sibling_style = None
    if position > 0 and stack[position].style not in ("chapter", "jie", "annex", "box") and stack[position].is_numbered:
        sibling_style = stack[position].style
        position -= 1
    parent = stack[position]
    label = piece.text.orig[: match.end(1)].strip()
    block = Block("box", None, label, piece.text[match.start(2) :].strip(), piece.line, piece.line,
                  label_raw=label + " ", parent=parent, box_sibling=sibling_style)
    parent.children.append(block)
    return [*stack[: position + 1], block]


def _md_position(stack: list[Block], md_level: int) -> int:
    """Stack position for an unnumbered markdown heading: beside the same level, under a shallower one,
    under the current annex, else at the top."""
    for position in range(len(stack) - 1, 0, -1):
        style = stack[position].style
        if style.startswith("md"):
            level = int(style[2:])
            if level == md_level:
                return position
            if level < md_level:
                return position + 1
    annex = next((i for i in range(len(stack) - 1, 0, -1) if stack[i].style == "annex"), None)
    return annex + 1 if annex is not None else 1


def _place(piece: Piece, stack: list[Block], last_seen: dict[str, int], outline: Outline) -> list[Block] | None:
    """Attach a numbered piece as a block; returns the new stack, or None when the number does not fit."""
    numbering = piece.numbering
    assert numbering is not None
    style, ordinal = numbering.style, numbering.ordinal
    same = next(
        (i for i in range(len(stack) - 1, 0, -1) if stack[i].style == style or stack[i].box_sibling == style), None
    )
    if same is not None:
        parent_position = same - 1
        previous = stack[same].ordinal or 0
        if stack[same].style == "box":  # the item after a box continues the numbering before it
            previous = next((c.ordinal or 0 for c in reversed(stack[same - 1].children) if c.style == style), 0)
    else:
        parent_position = len(stack) - 1
        previous = next((child.ordinal or 0 for child in reversed(stack[-1].children[-8:]) if child.style == style), 0)
    seen = last_seen.get(style, 0)
    warning = None
    if ordinal in (1, previous + 1, seen + 1):
        pass
    elif previous < ordinal <= previous + 3:
        warning = ParseWarning("numbering_gap", f"编号不连续：{previous} 之后是 {ordinal}。", piece.line)
    elif ordinal == previous:
        warning = ParseWarning("numbering_repeated", f"编号 {ordinal} 重复出现。", piece.line)
    else:
        if piece.inline or len(piece.text.norm) > 6:
            outline.warnings.append(
                ParseWarning("numbering_ignored", f"第 {piece.line} 行开头的编号与前后不连续，按正文处理。", piece.line)
            )
        return None
    if warning:
        outline.warnings.append(warning)
    parent = stack[parent_position]
    label_end = numbering.end
    block = Block(
        style,
        ordinal,
        label_of(piece.text.orig[:label_end]),
        piece.text[label_end:].strip(),
        piece.line,
        piece.line,
        label_raw=piece.text.orig[:label_end],
        parent=parent,
    )
    parent.children.append(block)
    last_seen[style] = ordinal
    return [*stack[: parent_position + 1], block]


def _finish(root: Block, outline: Outline) -> None:
    """Levels, titles, roles and line ranges once the tree is complete."""

    def visit(block: Block, level: int, inherited: str) -> int:
        block.level = level
        if block is not root:
            block.title, block.title_only = make_title(block.heading_text())
            if block.style == "annex" and not block.title:
                block.title = block.label
                block.label = ""
            if block.own_role is None:
                block.own_role = _role_of(block.title, has_children=bool(block.children))
        block.role = block.own_role or inherited
        last = max([block.line_first, block.line_last, *(piece.line for piece in block.body)])
        for child in block.children:
            last = max(last, visit(child, level + 1, block.role))
        block.line_last = last
        return last

    visit(root, 0, ROLE_TASK)
