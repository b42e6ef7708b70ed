"""Title, 文号, issuer, date and plan period from the head of the document.

A plan usually arrives inside its covering notice ("X人民政府关于印发《…》的通知", 文号, addressees,
signature and date) followed by the plan's own title. The plan's title is the last title-shaped line
before the body; the covering notice's title is used only when the plan has no title line of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ipdesk.intake.cleanup import Line
from ipdesk.intake.model import ParseWarning
from ipdesk.intake.numbering import match_numbering
from ipdesk.intake.text import cn_to_int, normalise, squeeze

DOC_NUMBER = re.compile(
    r"[A-Za-z\u3400-\u9fff]{1,12}\s*[〔\[【(]\s*((?:19|20)\d{2})\s*[〕\]】)]\s*第?\s*\d{1,4}\s*号"
)
_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_CN_DATE = re.compile(
    r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日"
)
_ISO_DATE = re.compile(r"((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})")
_DOC_TYPES = (
    "实施意见|实施方案|行动方案|行动计划|工作方案|工作要点|若干措施|若干意见|实施细则|实施办法|管理办法|"
    "规划纲要|发展规划|专项规划|意见|方案|规划|计划|纲要|办法|措施|要点|细则|规定|决定|通知|通告|通报|函|批复"
)
_TITLE_END = re.compile(rf"(?:{_DOC_TYPES})》?(?:\s*[(][^()]{{1,20}}[)])?$")
_NOTICE_END = re.compile(r"(?:通知|通告|通报|函|批复)$")
_KIND = re.compile(rf"({_DOC_TYPES})》?(?:\s*[(][^()]{{1,20}}[)])?$")
_ORG_END = re.compile(
    r"(?:人民政府|政府|办公厅|办公室|委员会|党委|党组|局|厅|委|办|院|部|会|中心|管委会|领导小组)$"
)
_LEAD_ISSUER = re.compile(r"(?:近日|日前|近期|最近)\s*[,，]?\s*(.{2,40}?)(?:联合)?(?:印发|发布|出台)(?:了)?《")
_PERIOD_FYP = re.compile(r"十([一二三四五六七八九])五")
_RANGE = re.compile(r"((?:19|20)\d{2})\s*[-—–~～至到]+\s*((?:19|20)\d{2})\s*年")
_BY_YEAR = re.compile(r"(?:到|至|截至)\s*((?:19|20)\d{2})\s*年")
_SENTENCE_PUNCT = re.compile(r"[。;；,，:：!?！？]")


@dataclass(slots=True)
class Metadata:
    title: str | None = None
    title_line: int | None = None
    doc_number: str | None = None
    issuer: str | None = None
    date: date | None = None
    kind: str | None = None
    warnings: list[ParseWarning] = field(default_factory=list)


def parse_date(text: str) -> date | None:
    for pattern in (_DATE, _ISO_DATE):
        match = pattern.search(text)
        if match:
            try:
                return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                return None
    match = _CN_DATE.search(text)
    if match:
        year, month, day = (cn_to_int(group) for group in match.groups())
        if year and month and day:
            try:
                return date(year, month, day)
            except ValueError:
                return None
    return None


def _is_date_line(norm: str) -> bool:
    compact = norm.replace(" ", "")
    for pattern in (_DATE, _CN_DATE):
        match = pattern.fullmatch(compact)
        if match:
            return True
    return False


def _title_shaped(line: Line) -> bool:
    norm = line.text.norm.lstrip("#").strip()
    if not norm or len(norm) > 60 or line.note:
        return False
    if norm.startswith("(") or match_numbering(norm) or _is_date_line(norm):
        return False
    if DOC_NUMBER.fullmatch(norm.replace(" ", "")):
        return False
    return not _SENTENCE_PUNCT.search(norm.replace("《", "").replace("》", ""))


HEAD_LINES = 300
"""Without a numbered heading, only this many lines at the top are searched for a title."""


def _head_end(lines: list[Line]) -> int:
    """Index of the first line of the body: the first numbered heading (or the top of a long text)."""
    for index, line in enumerate(lines):
        norm = line.text.norm.lstrip("#").strip()
        if match_numbering(norm) and not line.note:
            return index
    return min(len(lines), HEAD_LINES)


def _titles(lines: list[Line], end: int) -> list[tuple[str, int, int]]:
    """Title runs in ``lines[:end]``: (text, first line number, last line number), in order."""
    runs: list[tuple[str, int, int]] = []
    index = 0
    while index < end:
        line = lines[index]
        if line.blank or not _title_shaped(line):
            index += 1
            continue
        parts = [line]
        positions = [index]
        ahead = index + 1
        while ahead < end and ahead - index < 12:
            candidate = lines[ahead]
            if candidate.blank:
                ahead += 1
                continue
            if not _title_shaped(candidate) or _TITLE_END.search(parts[-1].text.norm.strip()):
                break
            parts.append(candidate)
            positions.append(ahead)
            ahead += 1
            if len(parts) >= 4:
                break
        # Keep the longest prefix of the run that ends like a title.
        for size in range(len(parts), 0, -1):
            if not _TITLE_END.search(parts[size - 1].text.norm.rstrip()):
                continue
            text = squeeze("".join(part.text.orig.lstrip("#").strip() for part in parts[:size]))
            if _TITLE_END.search(squeeze("".join(p.text.norm.lstrip("#").strip() for p in parts[:size]))):
                runs.append((text, parts[0].no, parts[size - 1].no))
                index = positions[size - 1] + 1
                break
        else:
            index += 1
    return runs


def _plan_from_notice(notice: str) -> str | None:
    """"X关于印发《Y》的通知" -> "Y"."""
    match = re.search(r"《(.+)》", notice)
    return match.group(1) if match else None


def _issuer_from_notice(notice: str) -> str | None:
    match = re.match(r"(.{2,40}?)关于", notice)
    if match and _ORG_END.search(match.group(1)):
        return match.group(1)
    return None


def read_metadata(lines: list[Line], meta: dict[str, str]) -> Metadata:
    """Metadata from the cleaned lines and the site metadata fields found in the chrome."""
    result = Metadata()
    end = _head_end(lines)
    head = lines[:end]

    runs = _titles(lines, end)
    plan_runs = [run for run in runs if not _NOTICE_END.search(run[0])]
    notice_runs = [run for run in runs if _NOTICE_END.search(run[0])]
    if plan_runs:
        result.title, result.title_line = plan_runs[-1][0], plan_runs[-1][1]
        if plan_runs[-1][1] != plan_runs[-1][2]:
            result.title_line = None  # a title over several lines is simply left in the preamble
    elif notice_runs:
        result.title = _plan_from_notice(notice_runs[-1][0]) or notice_runs[-1][0]
    elif meta.get("title"):
        result.title = _plan_from_notice(meta["title"]) or meta["title"]
    if result.title is None:
        result.warnings.append(ParseWarning("no_title", "没有找到规划标题，请手工填写。"))
    else:
        kind = _KIND.search(re.sub(r"\s", "", normalise(result.title)))
        result.kind = kind.group(1) if kind and kind.group(1) not in ("通知", "通告", "通报", "函", "批复") else None

    # 文号: a line that is only the number, in the head; else the site's 发文字号 field.
    for line in head:
        compact = re.sub(r"\s", "", line.text.norm).strip("()")
        match = DOC_NUMBER.fullmatch(compact)
        if match:
            result.doc_number = re.sub(r"\s", "", line.text.orig).strip("()（）")
            break
    if result.doc_number is None and meta.get("doc_number"):
        number = DOC_NUMBER.search(meta["doc_number"].replace("（", "(").replace("）", ")"))
        result.doc_number = re.sub(r"\s", "", meta["doc_number"]) if number else None

    result.issuer, result.date = _signature(head) or _signature(lines[-20:]) or (None, None)
    if result.issuer is None:
        for run in notice_runs:
            issuer = _issuer_from_notice(run[0])
            if issuer:
                result.issuer = issuer
                break
    if result.issuer is None and meta.get("issuer"):
        result.issuer = meta["issuer"]
    if result.issuer is None:
        for line in head:
            match = _LEAD_ISSUER.search(line.text.norm)
            if match:
                result.issuer = squeeze(line.text.orig[match.start(1) : match.end(1)]).strip(",，")
                break
    if result.date is None and meta.get("date"):
        result.date = parse_date(meta["date"])
    if result.date is None:
        for line in head:
            if _is_date_line(line.text.norm):
                result.date = parse_date(line.text.norm)
                break
    return result


def _signature(lines: list[Line]) -> tuple[str | None, date] | None:
    """(issuer, date) from a signature block: an organisation's name, then a line with only a date."""
    content = [line for line in lines if not line.blank]
    for index, line in enumerate(content):
        if not _is_date_line(line.text.norm):
            continue
        when = parse_date(line.text.norm)
        if when is None:
            continue
        issuer = None
        for back in content[max(0, index - 2) : index][::-1]:
            norm = back.text.norm.replace(" ", "")
            if len(norm) <= 40 and _ORG_END.search(norm) and not _SENTENCE_PUNCT.search(norm.replace("、", "")):
                issuer = squeeze(back.text.orig)
                break
        return issuer, when
    return None


def fyp_end_year(numeral: str) -> int | None:
    """Last year of the 十X五 five-year plan: 十三五 -> 2020, 十四五 -> 2025."""
    number = cn_to_int(numeral)
    return 1955 + 5 * (10 + number) if number else None


def _goal_end_year(goal_text: str) -> int | None:
    """The latest 到YYYY年 that carries quantified targets (a 到2035年 vision sentence does not)."""
    dated: list[int] = []
    first: int | None = None
    for sentence in re.split(r"[。\n]", goal_text):
        for match in _BY_YEAR.finditer(sentence):
            year = int(match.group(1))
            first = first or year
            rest = _BY_YEAR.sub("", sentence)
            if re.search(r"\d", rest):
                dated.append(year)
    return max(dated) if dated else first


def plan_period(
    title: str | None, goal_text: str, table_years: list[int], issued: date | None
) -> tuple[int | None, int | None]:
    """(start_year, end_year) of the plan, from the title, the goal sentences, or the indicator tables."""
    start: int | None = None
    end: int | None = None
    if title:
        outside = re.sub(r"《[^》]*》", "", title)
        if match := _RANGE.search(outside):
            start, end = int(match.group(1)), int(match.group(2))
        elif match := _PERIOD_FYP.search(outside):
            end = fyp_end_year(match.group(1))
            start = end - 4 if end else None
    if end is None:
        end = _goal_end_year(goal_text)
    if end is None and table_years:
        end = max(table_years)
    if start is None and (match := _PERIOD_FYP.search(goal_text)):
        fyp_end = fyp_end_year(match.group(1))
        if fyp_end and (end is None or end == fyp_end):
            # a plan issued during the five-year period starts when it is issued
            start, end = max(fyp_end - 4, issued.year if issued else 0), fyp_end
    if start is None and table_years and min(table_years) <= (end or 9999):
        start = min(table_years)
    if start is None and issued is not None and (end is None or issued.year <= end):
        start = issued.year
    return start, end
