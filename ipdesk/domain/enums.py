"""Enumerations stored in the database as short English keys; users see translated labels.

Each enum's values are also the CHECK-constraint vocabulary of its column, so a value outside the
enum cannot reach the database.
"""

from __future__ import annotations

from enum import StrEnum

from ipdesk.i18n import QT_TRANSLATE_NOOP, translate


class LabelledEnum(StrEnum):
    """A string enum whose members carry an English label marked for translation."""

    @property
    def label(self) -> str:
        return translate("Enums", _LABELS[self])

    @classmethod
    def values(cls) -> tuple[str, ...]:
        return tuple(member.value for member in cls)

    @classmethod
    def label_of(cls, value: str | None) -> str:
        """The label of a stored value; an unknown value as it is, None as "" (never fails on old data)."""
        if value is None:
            return ""
        try:
            return cls(value).label
        except ValueError:
            return value

    @classmethod
    def value_from_label(cls, text: str) -> str:
        """The value of the member ``text`` names (see :meth:`from_label`); other text as written, stripped, for
        the service to refuse with the choices (what the CLI does with a typed level, kind or role)."""
        member = cls.from_label(text)
        return member.value if member is not None else text.strip()

    @classmethod
    def from_label(cls, text: str) -> LabelledEnum | None:
        """Find the member whose value, English label or translated label equals ``text``."""
        text = text.strip()
        for member in cls:
            if text in (member.value, _LABELS[member], member.label):
                return member
        return None


class UnitLevel(LabelledEnum):
    REGION = "region"  # 自治区 / 省
    CITY = "city"  # 盟市
    COUNTY = "county"  # 旗县区


class DepartmentKind(LabelledEnum):
    AGENCY = "agency"
    GOVERNMENT = "government"
    COLLECTIVE = "collective"
    OTHER = "other"


class Role(LabelledEnum):
    LEAD = "lead"  # 牵头
    SUPPORT = "support"  # 配合
    RESPONSIBLE = "responsible"  # 责任 (listed without lead/support distinction)


LEADING_ROLES: tuple[str, ...] = (Role.LEAD.value, Role.RESPONSIBLE.value)
"""The roles that lead a task (牵头, and 责任 where a plan does not say who leads), as stored."""


class IndicatorCategory(LabelledEnum):
    CREATION = "creation"
    UTILIZATION = "utilization"
    PROTECTION = "protection"
    MANAGEMENT = "management"
    SERVICE = "service"
    OTHER = "other"


class IndicatorKind(LabelledEnum):
    LEVEL = "level"  # a stock on a date, e.g. 每万人口发明专利拥有量
    CUMULATIVE = "cumulative"  # summed since the baseline, e.g. 质押融资金额累计
    ANNUAL_INCREMENT = "annual_increment"  # new in each year
    GROWTH_RATE = "growth_rate"  # percent growth, e.g. 年均增长 20%
    COUNT = "count"  # a number of things achieved (e.g. 示范企业 家数)
    TEXT = "text"  # qualitative target


class Direction(LabelledEnum):
    HIGHER = "higher"
    LOWER = "lower"


class PeriodKind(LabelledEnum):
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    MONTH = "month"


class TaskStatus(LabelledEnum):
    NOT_STARTED = "not_started"  # 未启动
    IN_PROGRESS = "in_progress"  # 推进中
    DONE = "done"  # 已完成
    LAGGING = "lagging"  # 滞后
    ONGOING = "ongoing"  # 持续推进


class Source(LabelledEnum):
    """Where a change came from (reports, values and audit entries)."""

    MANUAL = "manual"
    IMPORT = "import"
    INTAKE = "intake"
    DEMO = "demo"
    CLI = "cli"
    SYSTEM = "system"


class BatchKind(LabelledEnum):
    ASSIGNMENT = "assignment"  # 任务分工表
    PROGRESS = "progress"  # department progress form
    INDICATOR = "indicator"  # indicator value form
    PLAN = "plan"  # policy document taken in


class BatchStatus(LabelledEnum):
    APPLIED = "applied"
    UNDONE = "undone"


class AuditAction(LabelledEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


_LABELS: dict[LabelledEnum, str] = {
    UnitLevel.REGION: QT_TRANSLATE_NOOP("Enums", "Region"),
    UnitLevel.CITY: QT_TRANSLATE_NOOP("Enums", "City"),
    UnitLevel.COUNTY: QT_TRANSLATE_NOOP("Enums", "County"),
    DepartmentKind.AGENCY: QT_TRANSLATE_NOOP("Enums", "Agency"),
    DepartmentKind.GOVERNMENT: QT_TRANSLATE_NOOP("Enums", "Government"),
    DepartmentKind.COLLECTIVE: QT_TRANSLATE_NOOP("Enums", "Collective"),
    DepartmentKind.OTHER: QT_TRANSLATE_NOOP("Enums", "Other body"),
    Role.LEAD: QT_TRANSLATE_NOOP("Enums", "Lead"),
    Role.SUPPORT: QT_TRANSLATE_NOOP("Enums", "Support"),
    Role.RESPONSIBLE: QT_TRANSLATE_NOOP("Enums", "Responsible"),
    IndicatorCategory.CREATION: QT_TRANSLATE_NOOP("Enums", "Creation"),
    IndicatorCategory.UTILIZATION: QT_TRANSLATE_NOOP("Enums", "Utilization"),
    IndicatorCategory.PROTECTION: QT_TRANSLATE_NOOP("Enums", "Protection"),
    IndicatorCategory.MANAGEMENT: QT_TRANSLATE_NOOP("Enums", "Management"),
    IndicatorCategory.SERVICE: QT_TRANSLATE_NOOP("Enums", "Service"),
    IndicatorCategory.OTHER: QT_TRANSLATE_NOOP("Enums", "Other"),
    IndicatorKind.LEVEL: QT_TRANSLATE_NOOP("Enums", "Level"),
    IndicatorKind.CUMULATIVE: QT_TRANSLATE_NOOP("Enums", "Cumulative"),
    IndicatorKind.ANNUAL_INCREMENT: QT_TRANSLATE_NOOP("Enums", "Annual increment"),
    IndicatorKind.GROWTH_RATE: QT_TRANSLATE_NOOP("Enums", "Growth rate"),
    IndicatorKind.COUNT: QT_TRANSLATE_NOOP("Enums", "Count"),
    IndicatorKind.TEXT: QT_TRANSLATE_NOOP("Enums", "Text"),
    Direction.HIGHER: QT_TRANSLATE_NOOP("Enums", "Higher is better"),
    Direction.LOWER: QT_TRANSLATE_NOOP("Enums", "Lower is better"),
    PeriodKind.YEAR: QT_TRANSLATE_NOOP("Enums", "Year"),
    PeriodKind.HALF: QT_TRANSLATE_NOOP("Enums", "Half-year"),
    PeriodKind.QUARTER: QT_TRANSLATE_NOOP("Enums", "Quarter"),
    PeriodKind.MONTH: QT_TRANSLATE_NOOP("Enums", "Month"),
    TaskStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Enums", "Not started"),
    TaskStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Enums", "In progress"),
    TaskStatus.DONE: QT_TRANSLATE_NOOP("Enums", "Done"),
    TaskStatus.LAGGING: QT_TRANSLATE_NOOP("Enums", "Lagging"),
    TaskStatus.ONGOING: QT_TRANSLATE_NOOP("Enums", "Ongoing"),
    Source.MANUAL: QT_TRANSLATE_NOOP("Enums", "Manual entry"),
    Source.IMPORT: QT_TRANSLATE_NOOP("Enums", "Excel import"),
    Source.INTAKE: QT_TRANSLATE_NOOP("Enums", "Plan intake"),
    Source.DEMO: QT_TRANSLATE_NOOP("Enums", "Demo data"),
    Source.CLI: QT_TRANSLATE_NOOP("Enums", "Command line"),
    Source.SYSTEM: QT_TRANSLATE_NOOP("Enums", "System"),
    BatchKind.ASSIGNMENT: QT_TRANSLATE_NOOP("Enums", "Task assignment table"),
    BatchKind.PROGRESS: QT_TRANSLATE_NOOP("Enums", "Progress form"),
    BatchKind.INDICATOR: QT_TRANSLATE_NOOP("Enums", "Indicator form"),
    BatchKind.PLAN: QT_TRANSLATE_NOOP("Enums", "Plan document"),
    BatchStatus.APPLIED: QT_TRANSLATE_NOOP("Enums", "Applied"),
    BatchStatus.UNDONE: QT_TRANSLATE_NOOP("Enums", "Undone"),
    AuditAction.INSERT: QT_TRANSLATE_NOOP("Enums", "Added"),
    AuditAction.UPDATE: QT_TRANSLATE_NOOP("Enums", "Changed"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("Enums", "Deleted"),
}
