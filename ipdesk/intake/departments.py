"""Responsible departments from a task's trailing parenthesis (or 责任单位 line).

Forms handled: "（市政府办、科技局、工商质监局按职责分工负责）", "（责任单位：市科技局、市财政局、各县区政府）",
"（市市场监督管理局、财政局）", "（A牵头，B、C配合）", "（A负责，B、C参与）", "（牵头单位：A；配合单位：B）",
lists broken across lines or by stray spaces ("负 责"), half-width brackets and colons, Traditional
characters. A parenthesis is only taken for a list when its pieces look like organisation names: a
document number "（内政发〔2016〕13号）", a quotation or an explanatory remark is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ipdesk.intake.model import LEAD, RESPONSIBLE, SUPPORT, DepartmentRef, ParseWarning
from ipdesk.intake.text import Aligned

_ORG_SUFFIX = re.compile(
    r"(?:局|委|办|院|部|厅|会|府|处|行|所|队|站|中心|社|团|馆|司|公司|集团|海关|政府|单位|管委会|法院|检察院|协会|"
    r"学会|大学|学校|学院|室|组|署|庭|科|股|党委|党组|支队|大队|总队|分局|支行|分行|银行|联社|园区|开发区|"
    r"企业|部门|机构|高校|各地|县区|旗县区|旗区|盟市|市县|区县|县市区|旗县|人大|政协|军分区|武警|工会|妇联|"
    r"团委|科协|残联|侨联|文联|工商联|红十字会|供销社|电视台|报社|日报社|广播电视台|管理处|办事处|"
    r"监狱|商会|联合会|研究院|研究所|医院|公证处|仲裁委|法庭)$"
)
_COLLECTIVE = re.compile(r"^各|成员单位|有关部门|有关单位|相关部门|相关单位|各部门|各单位|各级")
_GOVERNMENT = re.compile(r"(?:人民政府|政府|管委会|管理委员会|行政公署|办事处)$|^各(?:旗|县|区|市|盟)")
_OTHER = re.compile(
    r"法院|检察院|海关|银行|支行|分行|公司|集团|协会|学会|大学|学院|学校|医院|研究院|研究所|银保监|证监|税务"
)

_LABEL = re.compile(
    r"^(?:主要)?(?P<word>责任|牵头|主责|主办|承办|配合|参与|协办|协同|参加|落实|实施)"
    r"(?:单位|部门|主体|机构)(?:为)?\s*[:：]?\s*"
)
_LEAD_TAIL = re.compile(r"(?:牵头负责|负责牵头|牵头抓总|牵头)$")
_SUPPORT_TAIL = re.compile(r"(?:共同参与|协同配合|配合落实|积极配合|按职责配合|协助|协同|配合|参与|参加)$")
_DUTY_TAIL = re.compile(
    r"(?:按照?(?:各自)?(?:职责|职能)(?:分工)?|分工|各司其职|根据职责|依职责|结合职责)?"
    r"(?:共同|分别|具体|抓好)?(?:负责|落实|实施|推进|承担|办理|执行)(?:落实)?$"
)
_QUALIFIER_TAIL = re.compile(r"(?:按照?(?:各自)?(?:职责|职能)(?:分工)?|等(?:单位|部门)?|分工)$")
_DEADLINE = re.compile(
    r"(?:(?:19|20)\d{2}\s*年|年底前|年内|长期坚持|持续推进|持续实施|长期|每年|[上下]半年|季度|月底前|月前|完成$)"
)
_REJECT = re.compile(
    r"〔|〕|《|》|“|”|\[\d{4}\]|号$|^(?:注|如|即|含|包括|下同|简称|以下简称|试行|草案|暂行|修订|征求意见稿)"
)
_SPLIT_PIECES = re.compile(r"[、，,；;/]|\s{2,}")
_AND = re.compile(r"[和及与]")
_PREFIX_LEVEL = re.compile(r"^(市|区|县|旗|盟|州|省|自治区)")
_PLACE = re.compile(r"^(?:中国|国家|中央|全国)|[市盟旗县省州](?!场)|自治区")
_NOT_LEVEL = re.compile(r"^(?:市场|区域|县域|市委|区委|县委|旗委|盟委|州委|省委)")

_LABEL_ROLE = {
    "责任": RESPONSIBLE, "主责": RESPONSIBLE, "落实": RESPONSIBLE, "实施": RESPONSIBLE,
    "牵头": LEAD, "主办": LEAD, "承办": LEAD,
    "配合": SUPPORT, "参与": SUPPORT, "协办": SUPPORT, "协同": SUPPORT, "参加": SUPPORT,
}


@dataclass(slots=True)
class DepartmentList:
    departments: list[DepartmentRef]
    start: int
    """Index in the task text where the parenthesis (or label line) begins."""
    end: int
    deadlines: list[str] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    standalone: bool = False
    """The list stands on a line of its own (so it may speak for a whole item with sub-items)."""


def is_org_name(name: str) -> bool:
    return bool(_ORG_SUFFIX.search(name)) or bool(_COLLECTIVE.search(name))


def kind_of(name: str) -> str:
    if _COLLECTIVE.search(name):
        return "collective"
    if _GOVERNMENT.search(name):
        return "government"
    if _OTHER.search(name):
        return "other"
    return "agency"


_BRACKET_PAIRS = {")": "(", "】": "【", "]": "["}


def _trailing_parenthesis(norm: str) -> tuple[int, int] | None:
    """(open, close) indices of the balanced （…） / 【…】 / […] group that ends ``norm`` (before 。；)."""
    end = len(norm)
    while end > 0 and (norm[end - 1].isspace() or norm[end - 1] in "。.;；,，"):
        end -= 1
    closer = norm[end - 1] if end else ""
    opener = _BRACKET_PAIRS.get(closer)
    if opener is None:
        return None
    depth = 0
    for index in range(end - 1, max(-1, end - 600), -1):
        char = norm[index]
        if char == closer:
            depth += 1
        elif char == opener:
            depth -= 1
            if depth == 0:
                return index, end - 1
    return None


def _words(piece: Aligned) -> list[Aligned]:
    """Split on whitespace, gluing back what a stray space cut ("科技 局", "负 责")."""
    tokens: list[Aligned] = []
    start = None
    for index, char in enumerate(piece.norm + " "):
        if char.isspace():
            if start is not None:
                tokens.append(piece[start:index])
                start = None
        elif start is None:
            start = index
    words: list[Aligned] = []
    for token in tokens:
        if words and not (is_org_name(words[-1].norm) and is_org_name(token.norm) and len(token.norm) > 2):
            words[-1] = words[-1] + token
        else:
            words.append(token)
    return words


def _strip_tail(name: Aligned) -> tuple[Aligned, str | None]:
    """Remove a role or qualifier tail; returns (name, role tag: lead / support / duty / None)."""
    tag = None
    for pattern, found in ((_LEAD_TAIL, "lead"), (_SUPPORT_TAIL, "support"), (_DUTY_TAIL, "duty")):
        match = pattern.search(name.norm)
        if match and match.start() > 0:
            name, tag = name[: match.start()], found
            break
    while (match := _QUALIFIER_TAIL.search(name.norm)) and match.start() > 0:
        name = name[: match.start()]
    return name, tag


def _names(segment: Aligned) -> list[Aligned]:
    names: list[Aligned] = []
    start = 0
    norm = segment.norm
    for match in _SPLIT_PIECES.finditer(norm + "、"):
        piece = segment[start : match.start()]
        start = match.end()
        for word in _words(piece):
            names.extend(_split_and(word))
    return [name for name in names if len(name.norm.strip())]


def _split_and(word: Aligned) -> list[Aligned]:
    """"市科技局和财政局" -> two names; "文化和旅游局" stays one (its left part is no organisation)."""
    for match in _AND.finditer(word.norm):
        left, right = word[: match.start()], word[match.end() :]
        if is_org_name(left.norm) and is_org_name(right.norm) and len(right.norm) >= 2:
            return [left, *_split_and(right)]
    return [word]


def parse_department_text(content: Aligned, line: int | None, *, labelled: bool = False) -> DepartmentList | None:
    """Departments in the text of a parenthesis or a 责任单位 line; None when it is not such a list."""
    norm = content.norm
    if not norm.strip() or len(norm) > 400 or "。" in norm or _REJECT.search(norm.strip()):
        return None
    content = _unwrap(content)
    segments: list[tuple[Aligned, str | None]] = []  # (names text, role from a label)
    for part in _split_before_labels(_split_keep(content, ";；")):
        part = part.strip()
        label = _LABEL.match(part.norm)
        role = None
        if label:
            role = _LABEL_ROLE.get(label.group("word"), RESPONSIBLE)
            part = part[label.end() :]
            labelled = True
        for sub in _split_keep(part, ",，") if role is None else [part]:
            segments.append((sub.strip(), role))

    deadlines: list[str] = []
    entries: list[tuple[Aligned, str | None, str | None]] = []  # (name, label role, tail tag)
    for segment, label_role in segments:
        if not len(segment):
            continue
        if _DEADLINE.search(segment.norm) and not is_org_name(segment.norm):
            deadline = re.sub(r"\s", "", segment.orig)
            deadline = re.sub(r"^(?:完成时限|完成时间|时间节点|时限|时间)[:：]", "", deadline)
            deadlines.append(re.sub(r"(?<=.)完成$", "", deadline))
            continue
        segment, tag = _strip_tail(segment)
        for name in _names(segment):
            name, own_tag = _strip_tail(name)
            entries.append((name, label_role, own_tag or tag))
    if not entries:
        return None
    organisations = sum(is_org_name(re.sub(r"\s", "", name.norm)) for name, _, _ in entries)
    if not labelled and organisations < max(1, (len(entries) + 1) // 2):
        return None
    warnings: list[ParseWarning] = []
    if organisations < len(entries):
        odd = "、".join(
            re.sub(r"\s", "", name.orig) for name, _, _ in entries if not is_org_name(re.sub(r"\s", "", name.norm))
        )
        warnings.append(ParseWarning("department_unsure", f"责任单位中“{odd}”不像单位名称，请核对。", line))

    tags = {tag for _, _, tag in entries} | {role for _, role, _ in entries if role}
    has_lead = "lead" in tags or LEAD in tags
    has_support = "support" in tags or SUPPORT in tags
    departments: list[DepartmentRef] = []
    level_prefix = None
    for name, label_role, tag in entries:
        written = re.sub(r"\s", "", name.orig)
        key = re.sub(r"\s", "", name.norm)
        if label_role:
            role = label_role
        elif tag == "lead":
            role = LEAD
        elif tag == "support" or has_lead:
            role = SUPPORT
        elif has_support:
            role = LEAD
        else:
            role = RESPONSIBLE
        prefix = _PREFIX_LEVEL.match(key)
        if prefix and not _NOT_LEVEL.match(key):
            level_prefix = level_prefix or prefix.group(1)
            qualified = written
        elif level_prefix and not _COLLECTIVE.search(key) and not _PLACE.search(key):
            qualified = level_prefix + written
        else:
            qualified = written
        if any(dept.name == written for dept in departments):
            continue
        departments.append(DepartmentRef(written, role, kind_of(key), qualified, line))
    return DepartmentList(departments, 0, len(content), deadlines, warnings)


_MID_LABEL = re.compile(r"(?<=[^\s;；,，:：])\s*(?=(?:主要)?(?:责任|牵头|主办|配合|参与|协办)(?:单位|部门)\s*[:：])")


def _split_before_labels(parts: list[Aligned]) -> list[Aligned]:
    """"牵头单位：A 配合单位：B" without a semicolon between the two labels."""
    out: list[Aligned] = []
    for part in parts:
        cuts = [match.start() for match in _MID_LABEL.finditer(part.norm)]
        start = 0
        for cut in cuts:
            out.append(part[start:cut])
            start = cut
        out.append(part[start:])
    return out


def _unwrap(text: Aligned) -> Aligned:
    """Glue lines a list was broken across; a line starting with a label (配合单位：) starts a new segment."""
    if "\n" not in text.norm:
        return text
    lines = _split_keep(text, "\n")
    out = lines[0]
    for line in lines[1:]:
        glue = ";" if _LABEL.match(line.norm.strip()) else ""
        out = out + Aligned(glue, glue) + line
    return out


def _split_keep(text: Aligned, separators: str) -> list[Aligned]:
    parts: list[Aligned] = []
    start = 0
    depth = 0
    for index, char in enumerate(text.norm):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and char in separators:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


_LABEL_START = re.compile(r"^\(?\s*(?:主要)?(?:责任|牵头|配合|参与|协办|主办|承办)(?:单位|部门)\s*[:：]")
_INLINE_LABEL = re.compile(r"[。;；]\s*(?=\(?(?:主要)?(?:责任|牵头|配合|参与|协办|主办|承办)(?:单位|部门)\s*[:：])")


def _label_block_start(norm: str) -> tuple[int, bool] | None:
    """Start of trailing 责任单位：… text: (index, on a line of its own) or None."""
    starts = [0] + [i + 1 for i, char in enumerate(norm) if char == "\n"]
    found = None
    for line_start in reversed(starts):
        if _LABEL_START.match(norm[line_start : line_start + 40].lstrip()):
            found = line_start
        else:
            break
    if found is not None:
        return found, True
    last = starts[-1]
    match = _INLINE_LABEL.search(norm, last)
    return (match.end(), False) if match else None


def find_department_list(text: Aligned, first_line: int, line_of: list[int] | None = None) -> DepartmentList | None:
    """The department list that closes a task's text: a trailing parenthesis or 责任单位：… lines.

    ``line_of`` maps character offsets to line numbers (for warnings); ``first_line`` is used otherwise.
    """
    norm = text.norm
    span = _trailing_parenthesis(norm)
    if span is not None:
        open_index, close_index = span
        line = line_of[open_index] if line_of and open_index < len(line_of) else first_line
        inner = text[open_index + 1 : close_index]
        result = parse_department_text(inner, line)
        if result is not None:
            result.start, result.end = open_index, close_index + 1
            before = norm[:open_index].rstrip(" ")
            result.standalone = not before.strip() or before[-1] == "\n"
            return result
    block = _label_block_start(norm)
    if block is not None and len(norm) - block[0] < 400:
        start, standalone = block
        inner = text[start:].strip()
        while len(inner) and inner.norm[-1] in "。.;；)":
            inner = inner[:-1]
        if inner.norm.startswith("("):
            inner = inner[1:]
        line = line_of[start] if line_of and start < len(line_of) else first_line
        result = parse_department_text(inner, line, labelled=True)
        if result is not None:
            result.start, result.end, result.standalone = start, len(norm), standalone
            return result
    return None
