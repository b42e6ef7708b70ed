"""Responsible departments from a task's trailing parenthesis (or 责任单位 line).

Forms handled: "（市政府办、科技局、工商质监局按职责分工负责）", "（责任单位：市科技局、市财政局、各县区政府）",
"（市市场监督管理局、财政局）", "（A牵头，B、C配合）", "（A负责，B、C参与）", "（牵头单位：A；配合单位：B）",
"（A（牵头）、B）", lists broken across lines or by stray spaces ("负 责"), half-width brackets and colons,
Traditional characters. A parenthesis is only taken for a list when its pieces look like organisation names: a
document number "（内政发〔2016〕13号）", a quotation or an explanatory remark is left alone.

:func:`split_department_text` is the one rule for splitting such a text into names with roles; Excel
department cells (:func:`ipdesk.excel.departments.split_departments`) are split by it too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

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
    r"^(?:主要)?(?P<word>责任|牵头|主责|主办|承办|配合|参与|协办|协同|协助|参加|落实|实施)"
    r"(?:单位|部门|主体|机构)(?:为)?\s*[:：]?\s*"
)
_LEAD_TAIL = re.compile(r"(?:牵头负责|负责牵头|牵头抓总|牵头|主责)$")
_SUPPORT_TAIL = re.compile(r"(?:共同参与|协同配合|配合落实|积极配合|按职责配合|协助|协同|协办|配合|参与|参加)$")
_DUTY_TAIL = re.compile(
    r"(?:按照?(?:各自)?(?:职责|职能)(?:分工)?|分工|各司其职|根据职责|依职责|结合职责)?"
    r"(?:共同|分别|具体|抓好)?(?:负责|落实|实施|推进|承担|办理|执行)(?:落实)?$"
)
_QUALIFIER_TAIL = re.compile(r"(?:按照?(?:各自)?(?:职责|职能)(?:分工)?|等(?:单位|部门)?|分工)$")
_ROLE_MARK = re.compile(r"\(\s*(?P<word>牵头|主责|主办|配合|参与|协办|协同|协助|参加)(?:单位|部门)?\s*\)")
_DEADLINE = re.compile(
    r"(?:(?:19|20)\d{2}\s*年|年底前|年内|长期坚持|持续推进|持续实施|长期|每年|[上下]半年|季度|月底前|月前|完成$)"
)
_BRACKETED = re.compile(r"\(([^()]*)\)")
_REJECT = re.compile(
    r"〔|〕|《|》|“|”|\[\d{4}\]|号$|^(?:注|如|即|含|包括|下同|简称|以下简称|试行|草案|暂行|修订|征求意见稿)"
)
_SPLIT_PIECES = re.compile(r"[、，,；;/|]|\s{2,}")
_AND = re.compile(r"[和及与]")
_PREFIX_LEVEL = re.compile(r"^(市|区|县|旗|盟|州|省|自治区)")
_PLACE = re.compile(r"^(?:中国|国家|中央|全国)|[市盟旗县省州](?!场)|自治区")
_NOT_LEVEL = re.compile(r"^(?:市场|区域|县域|市委|区委|县委|旗委|盟委|州委|省委)")

_LABEL_ROLE: dict[str, str | None] = {
    # 责任单位 and its kin name the bodies in charge without saying who leads: the role stays open.
    "责任": None,
    "落实": None,
    "实施": None,
    "牵头": LEAD,
    "主责": LEAD,
    "主办": LEAD,
    "承办": LEAD,
    "配合": SUPPORT,
    "参与": SUPPORT,
    "协办": SUPPORT,
    "协同": SUPPORT,
    "协助": SUPPORT,
    "参加": SUPPORT,
}
_TAIL_ROLE = {"lead": LEAD, "support": SUPPORT}


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


_LONGEST_PIECE = 400
"""Longer text between two separators is no name (nor names joined by 和): it is not glued or cut further,
whose tests would read it again for every space or 和 in it (a hostile cell of 30,000 characters)."""


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
    if len(piece) > _LONGEST_PIECE:
        return tokens
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
    """Split at 和/及/与 between two organisations: 市科技局和财政局 is two names, 文化和旅游局 one."""
    if len(word) > _LONGEST_PIECE:
        return [word]
    parts: list[Aligned] = []
    start = 0
    for match in _AND.finditer(word.norm):
        left, right = word[start : match.start()], word[match.end() :]
        if is_org_name(left.norm) and is_org_name(right.norm) and len(right.norm) >= 2:
            parts.append(left)
            start = match.end()
    return [*parts, word[start:]]


@dataclass(frozen=True, slots=True)
class NamedDepartment:
    """One name of a department text and the role the text gives it."""

    name: str
    """As written, whitespace and role words removed."""
    key: str
    """``name`` normalised (half-width, Simplified): what the name rules look at."""
    role: str | None
    """牵头 or 配合, or None when the text leaves the role open (责任单位, 按职责分工负责): the reader's default."""
    labelled: bool = False
    """The text labels the role (牵头单位：…): the list is taken even when few pieces look like names."""


@dataclass(slots=True)
class DepartmentText:
    names: list[NamedDepartment]
    deadlines: list[str]


def split_department_text(content: Aligned) -> DepartmentText:
    """The one rule that splits a department text into names with roles, for plans and Excel cells alike.

    Clauses end at ；; or a line break, or where a label (牵头单位：, 配合单位：, 责任单位： …) starts; a
    clause without a label also ends at ，,. Names are separated by 、/| ，, two spaces, one space between two
    organisation names, and 和/及/与 between two organisation names. A name's role is its mark
    (市科技局（牵头）), else its clause's label, else a tail (A牵头 / B、C配合 / 主责 / 协办 …); 按职责分工负责,
    负责 and 等 are dropped without giving a role. When a text names supporters and no lead, its unmarked names lead
    (A负责，B参与). A clause that is a deadline (2024年底前) is returned apart; a name given twice is kept once.
    """
    segments: list[tuple[Aligned, bool, str | None]] = []  # (names text, labelled, role from the label)
    for part in _split_before_labels(_split_keep(content, ";；\n")):
        part = part.strip()
        label = _LABEL.match(part.norm)
        if label is None:
            segments.extend((sub.strip(), False, None) for sub in _split_keep(part, ",，"))
        else:
            segments.append((part[label.end() :].strip(), True, _LABEL_ROLE[label.group("word")]))

    deadlines: list[str] = []
    names: list[NamedDepartment] = []
    seen: dict[str, int] = {}  # name -> index in names
    for segment, labelled, label_role in segments:
        segment, marked = _deadline_marks(segment)  # 市科技局（2024年底前完成）: the name stays
        deadlines.extend(marked)
        if not len(segment):
            continue
        if _DEADLINE.search(segment.norm) and not is_org_name(segment.norm):
            deadlines.append(_deadline_text(segment.orig))
            continue
        segment, tag = _strip_tail(segment)
        for piece in _names(segment):
            piece, mark = _role_mark(piece)
            piece, own_tag = _strip_tail(piece)
            key = re.sub(r"\s", "", piece.norm)
            if not key or _is_role_word(key):
                continue
            role = mark or label_role or _TAIL_ROLE.get(own_tag or tag or "")
            name = re.sub(r"\s", "", piece.orig)
            if name not in seen:
                seen[name] = len(names)
                names.append(NamedDepartment(name, key, role, labelled))
            elif names[seen[name]].role is None and role is not None:  # the role given at a later mention
                names[seen[name]] = replace(names[seen[name]], role=role)
    roles = {named.role for named in names}
    if SUPPORT in roles and LEAD not in roles:
        names = [replace(named, role=LEAD) if named.role is None else named for named in names]
    return DepartmentText(names, deadlines)


def _deadline_marks(segment: Aligned) -> tuple[Aligned, list[str]]:
    """Remove deadlines in brackets ("市财政局（持续推进）", "（完成时限：2024年底）"); other brackets stay."""
    found: list[str] = []
    start = 0
    while (mark := _BRACKETED.search(segment.norm, start)) is not None:
        if _DEADLINE.search(mark.group(1)):
            found.append(_deadline_text(segment[mark.start(1) : mark.end(1)].orig))
            segment = segment[: mark.start()] + segment[mark.end() :]
            start = mark.start()
        else:
            start = mark.end()
    return segment, found


def _deadline_text(text: str) -> str:
    deadline = re.sub(r"\s", "", text)
    deadline = re.sub(r"^(?:完成时限|完成时间|时间节点|时限|时间)[:：]", "", deadline)
    return re.sub(r"(?<=.)完成$", "", deadline)


def _role_mark(piece: Aligned) -> tuple[Aligned, str | None]:
    """Remove a role in brackets ("市科技局（牵头）"); a 挂牌 name in brackets ("（知识产权局）") stays."""
    mark = _ROLE_MARK.search(piece.norm)
    if mark is None:
        return piece, None
    return piece[: mark.start()] + piece[mark.end() :], _LABEL_ROLE[mark.group("word")]


def _is_role_word(key: str) -> bool:
    """A piece that is only a role word or qualifier ("牵头", "配合", "按职责分工负责", "等")."""
    return any(p.fullmatch(key) for p in (_LEAD_TAIL, _SUPPORT_TAIL, _DUTY_TAIL, _QUALIFIER_TAIL))


def parse_department_text(content: Aligned, line: int | None, *, labelled: bool = False) -> DepartmentList | None:
    """Departments in the text of a parenthesis or a 责任单位 line; None when it is not such a list."""
    norm = content.norm
    if not norm.strip() or len(norm) > 400 or "。" in norm or _REJECT.search(norm.strip()):
        return None
    split = split_department_text(_unwrap(content))
    if not split.names:
        return None
    labelled = labelled or any(named.labelled for named in split.names)
    organisations = sum(is_org_name(named.key) for named in split.names)
    if not labelled and organisations < max(1, (len(split.names) + 1) // 2):
        return None
    warnings: list[ParseWarning] = []
    if organisations < len(split.names):
        odd = "、".join(named.name for named in split.names if not is_org_name(named.key))
        warnings.append(ParseWarning("department_unsure", f"责任单位中“{odd}”不像单位名称，请核对。", line))

    has_lead = any(named.role == LEAD for named in split.names)
    departments: list[DepartmentRef] = []
    level_prefix = None
    for named in split.names:
        role = named.role or (SUPPORT if has_lead else RESPONSIBLE)
        key, written = named.key, named.name
        prefix = _PREFIX_LEVEL.match(key)
        if prefix and not _NOT_LEVEL.match(key):
            level_prefix = level_prefix or prefix.group(1)
            qualified = written
        elif level_prefix and not _COLLECTIVE.search(key) and not _PLACE.search(key):
            qualified = level_prefix + written
        else:
            qualified = written
        departments.append(DepartmentRef(written, role, kind_of(key), qualified, line))
    return DepartmentList(departments, 0, len(content), split.deadlines, warnings)


_MID_LABEL = re.compile(
    r"(?<=[^\s;；,，:：])(?<!主要)\s*"
    r"(?=(?:主要)?(?:责任|牵头|主责|主办|配合|参与|协办|协同|协助|参加)(?:单位|部门)\s*[:：])"
)


def _split_before_labels(parts: list[Aligned]) -> list[Aligned]:
    """Cut before a label that follows text without a semicolon (牵头单位：A 配合单位：B)."""
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
