"""Covering index for a department's assignments: the overview walks them without reading the table.

Replaces the plain ``department_id`` index (its leading column), which the department lookups and the
foreign key keep using. The overview groups every assignment of the chosen plans by department; with the
task and role in the index (and the id: SQLite's rowid, PostgreSQL's ``INCLUDE``) SQLite no longer jumps
from the index to each row. Measured on the province benchmark database (48,600 assignments): the
overview's count statement fell from about 54 ms to 44 ms.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 07:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ix_task_assignments_department_cover"


def upgrade() -> None:
    with op.batch_alter_table("task_assignments", schema=None) as batch_op:
        batch_op.create_index(NAME, ["department_id", "task_id", "role"], unique=False, postgresql_include=["id"])
        batch_op.drop_index(batch_op.f("ix_task_assignments_department_id"))


def downgrade() -> None:
    with op.batch_alter_table("task_assignments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_assignments_department_id"), ["department_id"], unique=False)
        batch_op.drop_index(NAME)
