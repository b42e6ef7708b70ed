"""The Chinese words of the forms and tables, in one place: statuses, roles, column headings.

These are document content, not interface messages: a 任务分工表 or a department form is a Chinese
government document whatever language the clerk's screen uses, and the reader must recognise exactly
the words the writer puts there. Interface messages about them go through ``translate("Excel", …)``.
"""

from __future__ import annotations

import re
import unicodedata

from ipdesk.domain.enums import Role, TaskStatus

# -- statuses ----------------------------------------------------------------------------------------

STATUS_WORDS: dict[str, str] = {
    TaskStatus.NOT_STARTED.value: "未启动",
    TaskStatus.IN_PROGRESS.value: "推进中",
    TaskStatus.DONE.value: "已完成",
    TaskStatus.LAGGING.value: "滞后",
    TaskStatus.ONGOING.value: "持续推进",
}
"""Status key → the word the forms show (and the drop-down offers)."""

STATUS_CHOICES: tuple[str, ...] = tuple(STATUS_WORDS.values())

_STATUS_SYNONYMS: dict[str, str] = {
    # not started
    "未启动": "not_started",
    "未开始": "not_started",
    "尚未启动": "not_started",
    "尚未开始": "not_started",
    "未开展": "not_started",
    "尚未开展": "not_started",
    "未实施": "not_started",
    # in progress
    "推进中": "in_progress",
    "进行中": "in_progress",
    "正在推进": "in_progress",
    "正在进行": "in_progress",
    "正在实施": "in_progress",
    "实施中": "in_progress",
    "在推进": "in_progress",
    "有序推进": "in_progress",
    "按计划推进": "in_progress",
    "按进度推进": "in_progress",
    "正常推进": "in_progress",
    "进展顺利": "in_progress",
    "部分完成": "in_progress",
    "基本完成": "in_progress",
    # done
    "已完成": "done",
    "完成": "done",
    "全部完成": "done",
    "已全部完成": "done",
    "已办结": "done",
    "办结": "done",
    "已落实": "done",
    "已完结": "done",
    # lagging
    "滞后": "lagging",
    "进度滞后": "lagging",
    "进展滞后": "lagging",
    "滞后推进": "lagging",
    "落后": "lagging",
    "延期": "lagging",
    "延迟": "lagging",
    "逾期": "lagging",
    "未按期完成": "lagging",
    "未按时完成": "lagging",
    # ongoing
    "持续推进": "ongoing",
    "持续开展": "ongoing",
    "持续实施": "ongoing",
    "长期推进": "ongoing",
    "长期坚持": "ongoing",
    "常态化推进": "ongoing",
    "常态化开展": "ongoing",
    "持续": "ongoing",
}


def status_key(text: str) -> str | None:
    """The status key for a word as departments write it (推进中, 进行中, 完成, in_progress …), or None."""
    cleaned = normalise(text).strip("。.；;，,")
    if cleaned in _STATUS_SYNONYMS:
        return _STATUS_SYNONYMS[cleaned]
    lowered = cleaned.lower().replace(" ", "_")
    if lowered in STATUS_WORDS:
        return lowered
    member = TaskStatus.from_label(text)
    return member.value if member is not None else None


# -- roles ---------------------------------------------------------------------------------------------

ROLE_WORDS: dict[str, str] = {Role.LEAD.value: "牵头", Role.SUPPORT.value: "配合", Role.RESPONSIBLE.value: "责任"}

# -- placeholders ----------------------------------------------------------------------------------------

PLACEHOLDERS = frozenset(
    {
        "",
        "无",
        "暂无",
        "没有",
        "/",
        "／",
        "\\",
        "—",
        "——",
        "-",
        "--",
        "－",
        "－－",
        "–",
        "空",
        "n/a",
        "na",
        "null",
        "none",
        "…",
        "……",
    }
)
"""Cell contents that mean "nothing reported"."""


def is_placeholder(text: str) -> bool:
    return normalise(text).lower() in PLACEHOLDERS


# -- text normalisation ------------------------------------------------------------------------------------

_SPACES = re.compile(r"[\s\u3000\u00a0\u200b\ufeff]+")


def normalise(text: str) -> str:
    """Full-width to half-width (NFKC), no spaces at all: for comparing headings and words, not for storage."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text))


# -- column headings ---------------------------------------------------------------------------------------

NO = "no"
CATEGORY = "category"
TASK = "task"
MEASURE = "measure"
LEAD = "lead"
SUPPORT = "support"
RESPONSIBLE = "responsible"
DEADLINE = "deadline"
ROLE = "role"
STATUS = "status"
PERCENT = "percent"
PROGRESS = "progress"
PROBLEMS = "problems"
NEXT_STEPS = "next_steps"
INDICATOR = "indicator"
UNIT = "unit"
TARGET = "target"
ACTUAL = "actual"
NOTE = "note"

HEADINGS: dict[str, tuple[str, ...]] = {
    NO: ("序号", "编号", "序", "任务序号", "任务编号"),
    CATEGORY: ("类别", "分类", "任务类别", "工作类别", "领域", "重点领域", "工作领域", "板块", "方面", "任务类型"),
    TASK: (
        "重点任务",
        "工作任务",
        "任务内容",
        "主要任务",
        "任务",
        "具体任务",
        "任务名称",
        "重点工作",
        "工作内容",
        "工作事项",
        "任务事项",
    ),
    MEASURE: ("具体措施", "工作措施", "主要措施", "具体举措", "工作举措", "措施", "具体工作", "主要内容", "工作要求"),
    LEAD: ("牵头单位", "主责单位", "牵头部门", "主责部门", "牵头责任单位", "责任单位(牵头)", "主要责任单位", "牵头"),
    SUPPORT: (
        "配合单位",
        "协办单位",
        "配合部门",
        "协办部门",
        "参与单位",
        "协同单位",
        "参加单位",
        "责任单位(配合)",
        "配合",
    ),
    RESPONSIBLE: ("责任单位", "责任部门", "责任主体", "承办单位", "实施单位", "责任分工"),
    DEADLINE: (
        "完成时限",
        "时间节点",
        "完成时间",
        "时限",
        "时间安排",
        "进度安排",
        "完成时限要求",
        "时限要求",
        "完成期限",
    ),
    ROLE: ("承担角色", "牵头/配合", "牵头或配合", "分工", "角色"),
    STATUS: ("完成状态", "进展状态", "状态", "进度状态", "任务状态", "推进状态", "完成情况(状态)"),
    PERCENT: (
        "完成比例",
        "完成比例(%)",
        "完成进度",
        "完成进度(%)",
        "完成率",
        "进度(%)",
        "完成百分比",
        "完成进度百分比",
    ),
    PROGRESS: (
        "进展情况",
        "工作进展",
        "推进情况",
        "完成情况",
        "落实情况",
        "工作进展情况",
        "进展",
        "主要进展",
        "工作完成情况",
    ),
    PROBLEMS: ("存在问题", "存在的问题", "问题", "存在困难", "困难和问题", "存在问题及困难", "问题和困难"),
    NEXT_STEPS: ("下步计划", "下一步计划", "下步工作计划", "下一步工作计划", "下步打算", "下一步工作", "下步工作"),
    INDICATOR: ("指标名称", "指标", "主要指标", "指标内容", "指标项"),
    UNIT: ("单位", "计量单位", "指标单位"),
    TARGET: ("目标值", "年度目标", "目标", "年度目标值", "目标任务"),
    ACTUAL: ("实际值", "完成值", "本期实际值", "实际完成值", "完成数", "实际完成", "本期完成值", "累计完成值"),
    NOTE: ("备注", "说明", "备注说明"),
}

_HEADING_LOOKUP: dict[str, str] = {normalise(word): key for key, words in HEADINGS.items() for word in words}
_YEAR_TARGET = re.compile(r"^(?:19|20)\d{2}年?(?:度)?(?:目标值?|目标任务)$")
_YEAR_ACTUAL = re.compile(r"^(?:19|20)\d{2}年?(?:度)?(?:实际值|完成值|完成情况|实际完成值?)$")
_UNIT_SUFFIX = re.compile(r"[(（][^()（）]{0,12}[)）]$")


def heading_key(text: object) -> str | None:
    """The field a column heading stands for (``task``, ``lead`` …), or None for an unknown heading."""
    if not isinstance(text, str):
        return None
    cleaned = normalise(text).rstrip(":：*")
    if not cleaned or len(cleaned) > 20:
        return None
    if cleaned in _HEADING_LOOKUP:
        return _HEADING_LOOKUP[cleaned]
    if _YEAR_TARGET.match(cleaned):
        return TARGET
    if _YEAR_ACTUAL.match(cleaned):
        return ACTUAL
    bare = _UNIT_SUFFIX.sub("", cleaned)
    if bare != cleaned and bare in _HEADING_LOOKUP:
        return _HEADING_LOOKUP[bare]
    return None


LEAD_MARKS = ("(牵头)", "牵头", "(主责)", "(牵头单位)")
SUPPORT_MARKS = ("(配合)", "配合", "(协办)", "(配合单位)")

# Labels of a form's header block.
META_LABELS: dict[str, tuple[str, ...]] = {
    "department": ("填报单位", "填报单位(盖章)", "报送单位", "填报部门", "单位名称", "责任单位(盖章)"),
    "reporter": ("填报人", "联系人", "填表人", "经办人"),
    "phone": ("联系电话", "电话", "联系方式", "手机"),
    "date": ("填报日期", "报送日期", "填报时间", "日期", "填表日期"),
}
_META_LOOKUP = {normalise(word): key for key, words in META_LABELS.items() for word in words}


def meta_label(text: str) -> tuple[str, str] | None:
    """Split ``填报人：张三`` into (``reporter``, ``张三``); a bare label gives an empty value."""
    cleaned = normalise(text)
    label = cleaned.partition(":")[0]
    key = _META_LOOKUP.get(label)
    if key is None:
        return None
    parts = re.split(r"[:：]", text, maxsplit=1)
    return key, parts[1].strip() if len(parts) == 2 else ""
