"""Plans, their section tree, tasks and task assignments."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ipdesk.domain.enums import Role
from ipdesk.storage.models.base import Base, Timestamped, not_blank, one_of
from ipdesk.storage.models.organisation import AdminUnit, Department

YEAR_RANGE = "BETWEEN 1990 AND 2100"
DEPARTMENT_COVER_INDEX = "ix_task_assignments_department_cover"
TASK_COVER_INDEX = "ix_task_assignments_task_cover"


class Plan(Timestamped, Base):
    """A policy document: 实施意见 / 行动方案 / "十四五"规划."""

    __tablename__ = "plans"
    __table_args__ = (
        UniqueConstraint("title", "doc_number"),
        not_blank("title", "title"),
        CheckConstraint(f"start_year IS NULL OR start_year {YEAR_RANGE}", name="start_year"),
        CheckConstraint(f"end_year IS NULL OR end_year {YEAR_RANGE}", name="end_year"),
        CheckConstraint("start_year IS NULL OR end_year IS NULL OR end_year >= start_year", name="year_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    doc_number: Mapped[str | None] = mapped_column(String(100))  # 文号, e.g. 鄂府发〔2022〕28号
    issuer: Mapped[str | None] = mapped_column(String(200))
    issue_date: Mapped[date | None] = mapped_column(Date)
    start_year: Mapped[int | None] = mapped_column(Integer)
    end_year: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str | None] = mapped_column(String(50))  # as the document calls itself: 规划, 实施意见 …
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("admin_units.id", ondelete="SET NULL"), index=True)
    source_name: Mapped[str | None] = mapped_column(String(300))
    source_text: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)

    unit: Mapped[AdminUnit | None] = relationship()
    sections: Mapped[list[PlanSection]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", passive_deletes=True, order_by="PlanSection.position"
    )
    tasks: Mapped[list[Task]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", passive_deletes=True, order_by="Task.position"
    )


class PlanSection(Base):
    """A heading of the plan: 第一章 / 第一节 / 一、 / （一） …; ``position`` is document order."""

    __tablename__ = "plan_sections"
    __table_args__ = (
        UniqueConstraint("plan_id", "position"),
        CheckConstraint("level BETWEEN 1 AND 9", name="level"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("plan_sections.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(20), default="")  # the numbering as written
    title: Mapped[str] = mapped_column(String(300))
    level: Mapped[int] = mapped_column(Integer, default=1)
    position: Mapped[int] = mapped_column(Integer)
    line_first: Mapped[int | None] = mapped_column(Integer)
    line_last: Mapped[int | None] = mapped_column(Integer)

    plan: Mapped[Plan] = relationship(back_populates="sections")
    parent: Mapped[PlanSection | None] = relationship(remote_side=[id])


class Task(Timestamped, Base):
    """A numbered work item of a plan."""

    __tablename__ = "tasks"
    __table_args__ = (
        UniqueConstraint("plan_id", "position"),
        not_blank("title", "title"),
        CheckConstraint(f"year IS NULL OR year {YEAR_RANGE}", name="year"),
        CheckConstraint("line_first IS NULL OR line_last IS NULL OR line_last >= line_first", name="lines"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    section_id: Mapped[int | None] = mapped_column(ForeignKey("plan_sections.id", ondelete="SET NULL"), index=True)
    number: Mapped[str] = mapped_column(String(20), default="")  # as written: "5", "（十）"
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str | None] = mapped_column(Text)  # 具体措施 when a 分工表 gives them separately
    deadline_text: Mapped[str | None] = mapped_column(String(100))  # as written: 2024年12月底前, 持续推进
    deadline: Mapped[date | None] = mapped_column(Date, index=True)
    year: Mapped[int | None] = mapped_column(Integer)  # for annual tasks
    position: Mapped[int] = mapped_column(Integer)
    line_first: Mapped[int | None] = mapped_column(Integer)
    line_last: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)

    plan: Mapped[Plan] = relationship(back_populates="tasks")
    section: Mapped[PlanSection | None] = relationship()
    assignments: Mapped[list[TaskAssignment]] = relationship(
        back_populates="task", cascade="all, delete-orphan", passive_deletes=True, order_by="TaskAssignment.position"
    )


class TaskAssignment(Base):
    """A department's part in a task: 牵头 (lead), 配合 (support) or 责任 (responsible)."""

    __tablename__ = "task_assignments"
    __table_args__ = (
        UniqueConstraint("task_id", "department_id"),
        one_of("role", Role.values(), "role"),
        # The overview walks every assignment in department order with its task and role, and finds each task's
        # leading departments in order: both from an index alone (see db/versions/0003). Their leading columns
        # serve the department and task lookups that plain indexes served.
        Index(DEPARTMENT_COVER_INDEX, "department_id", "task_id", "role", postgresql_include=["id"]),
        Index(TASK_COVER_INDEX, "task_id", "role", "position", postgresql_include=["id"]),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id", ondelete="RESTRICT"))
    role: Mapped[str] = mapped_column(String(16), default=Role.RESPONSIBLE.value)
    position: Mapped[int] = mapped_column(Integer, default=0)

    task: Mapped[Task] = relationship(back_populates="assignments")
    department: Mapped[Department] = relationship()
