"""Initial schema: organisation, plans, tasks, indicators, reporting, history, settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-21 23:19:50.742353
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "admin_units",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("code", sa.String(length=12), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("level IN ('region', 'city', 'county')", name=op.f("ck_admin_units_level")),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_admin_units_name")),
        sa.CheckConstraint("parent_id IS NULL OR parent_id <> id", name=op.f("ck_admin_units_not_own_parent")),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["admin_units.id"], name=op.f("fk_admin_units_parent_id_admin_units"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admin_units")),
        sa.UniqueConstraint("code", name=op.f("uq_admin_units_code")),
        sa.UniqueConstraint("parent_id", "name", name=op.f("uq_admin_units_parent_id_name")),
    )
    with op.batch_alter_table("admin_units", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_admin_units_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(
            "uq_admin_units_root_name",
            ["name"],
            unique=True,
            sqlite_where=sa.text("parent_id IS NULL"),
            postgresql_where=sa.text("parent_id IS NULL"),
        )

    op.create_table(
        "reporting_periods",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "(kind = 'year' AND number = 1) OR (kind = 'half' AND number BETWEEN 1 AND 2) OR (kind = 'quarter' AND number BETWEEN 1 AND 4) OR (kind = 'month' AND number BETWEEN 1 AND 12)",
            name=op.f("ck_reporting_periods_number"),
        ),
        sa.CheckConstraint("kind IN ('year', 'half', 'quarter', 'month')", name=op.f("ck_reporting_periods_kind")),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_reporting_periods_date_order")),
        sa.CheckConstraint("year BETWEEN 1990 AND 2100", name=op.f("ck_reporting_periods_year")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reporting_periods")),
        sa.UniqueConstraint("code", name=op.f("uq_reporting_periods_code")),
        sa.UniqueConstraint("kind", "year", "number", name=op.f("uq_reporting_periods_kind_year_number")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "departments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=100), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("contact_person", sa.String(length=100), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.CheckConstraint("kind IN ('agency', 'government', 'collective', 'other')", name=op.f("ck_departments_kind")),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_departments_name")),
        sa.CheckConstraint(
            "merged_into_id IS NULL OR merged_into_id <> id", name=op.f("ck_departments_not_merged_into_self")
        ),
        sa.ForeignKeyConstraint(
            ["merged_into_id"],
            ["departments.id"],
            name=op.f("fk_departments_merged_into_id_departments"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["admin_units.id"], name=op.f("fk_departments_unit_id_admin_units"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_departments")),
        sa.UniqueConstraint("unit_id", "name", name=op.f("uq_departments_unit_id_name")),
    )
    with op.batch_alter_table("departments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_departments_unit_id"), ["unit_id"], unique=False)
        batch_op.create_index(
            "uq_departments_unitless_name",
            ["name"],
            unique=True,
            sqlite_where=sa.text("unit_id IS NULL"),
            postgresql_where=sa.text("unit_id IS NULL"),
        )

    op.create_table(
        "installation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("office_name", sa.String(length=200), nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_installation_single_row")),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["admin_units.id"], name=op.f("fk_installation_unit_id_admin_units"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_installation")),
    )
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("doc_number", sa.String(length=100), nullable=True),
        sa.Column("issuer", sa.String(length=200), nullable=True),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("start_year", sa.Integer(), nullable=True),
        sa.Column("end_year", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=50), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("source_name", sa.String(length=300), nullable=True),
        sa.Column("source_text", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.CheckConstraint("end_year IS NULL OR end_year BETWEEN 1990 AND 2100", name=op.f("ck_plans_end_year")),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_plans_title")),
        sa.CheckConstraint(
            "start_year IS NULL OR end_year IS NULL OR end_year >= start_year", name=op.f("ck_plans_year_order")
        ),
        sa.CheckConstraint("start_year IS NULL OR start_year BETWEEN 1990 AND 2100", name=op.f("ck_plans_start_year")),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["admin_units.id"], name=op.f("fk_plans_unit_id_admin_units"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plans")),
        sa.UniqueConstraint("title", "doc_number", name=op.f("uq_plans_title_doc_number")),
    )
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plans_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "department_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=200), nullable=False),
        sa.CheckConstraint("length(trim(alias)) > 0", name=op.f("ck_department_aliases_alias")),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_department_aliases_department_id_departments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_department_aliases")),
        sa.UniqueConstraint("department_id", "alias", name=op.f("uq_department_aliases_department_id_alias")),
    )
    with op.batch_alter_table("department_aliases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_department_aliases_alias"), ["alias"], unique=False)

    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("period_id", sa.Integer(), nullable=True),
        sa.Column("rows_total", sa.Integer(), nullable=False),
        sa.Column("rows_new", sa.Integer(), nullable=False),
        sa.Column("rows_changed", sa.Integer(), nullable=False),
        sa.Column("rows_unchanged", sa.Integer(), nullable=False),
        sa.Column("rows_rejected", sa.Integer(), nullable=False),
        sa.Column("archive_path", sa.String(length=500), nullable=True),
        sa.Column("superseded_by_id", sa.Integer(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('assignment', 'progress', 'indicator', 'plan')", name=op.f("ck_import_batches_kind")
        ),
        sa.CheckConstraint("status IN ('applied', 'undone')", name=op.f("ck_import_batches_status")),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_import_batches_sha256")),
        sa.CheckConstraint(
            "rows_total >= 0 AND rows_new >= 0 AND rows_changed >= 0 AND rows_unchanged >= 0 AND rows_rejected >= 0",
            name=op.f("ck_import_batches_counts"),
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_import_batches_department_id_departments"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["reporting_periods.id"],
            name=op.f("fk_import_batches_period_id_reporting_periods"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=op.f("fk_import_batches_plan_id_plans"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["superseded_by_id"],
            ["import_batches.id"],
            name=op.f("fk_import_batches_superseded_by_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_batches_sha256"), ["sha256"], unique=False)

    op.create_table(
        "indicators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=30), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("baseline_year", sa.Integer(), nullable=True),
        sa.Column("baseline_value", sa.Float(), nullable=True),
        sa.Column("definition", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("line_first", sa.Integer(), nullable=True),
        sa.Column("line_last", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.CheckConstraint(
            "category IN ('creation', 'utilization', 'protection', 'management', 'service', 'other')",
            name=op.f("ck_indicators_category"),
        ),
        sa.CheckConstraint("direction IN ('higher', 'lower')", name=op.f("ck_indicators_direction")),
        sa.CheckConstraint(
            "kind IN ('level', 'cumulative', 'annual_increment', 'growth_rate', 'count', 'text')",
            name=op.f("ck_indicators_kind"),
        ),
        sa.CheckConstraint(
            "baseline_value IS NULL OR baseline_year IS NOT NULL", name=op.f("ck_indicators_baseline_needs_year")
        ),
        sa.CheckConstraint(
            "baseline_year IS NULL OR baseline_year BETWEEN 1990 AND 2100", name=op.f("ck_indicators_baseline_year")
        ),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_indicators_name")),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=op.f("fk_indicators_plan_id_plans"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicators")),
        sa.UniqueConstraint("plan_id", "name", name=op.f("uq_indicators_plan_id_name")),
    )
    with op.batch_alter_table("indicators", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicators_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "plan_sections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("line_first", sa.Integer(), nullable=True),
        sa.Column("line_last", sa.Integer(), nullable=True),
        sa.CheckConstraint("level BETWEEN 1 AND 9", name=op.f("ck_plan_sections_level")),
        sa.CheckConstraint("parent_id IS NULL OR parent_id <> id", name=op.f("ck_plan_sections_not_own_parent")),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["plan_sections.id"],
            name=op.f("fk_plan_sections_parent_id_plan_sections"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=op.f("fk_plan_sections_plan_id_plans"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_sections")),
        sa.UniqueConstraint("plan_id", "position", name=op.f("uq_plan_sections_plan_id_position")),
    )
    with op.batch_alter_table("plan_sections", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_sections_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_sections_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("table_name", sa.String(length=50), nullable=False),
        sa.Column("row_key", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("field", sa.String(length=50), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("action IN ('insert', 'update', 'delete')", name=op.f("ck_audit_log_action")),
        sa.CheckConstraint(
            "source IN ('manual', 'import', 'intake', 'demo', 'cli', 'system')", name=op.f("ck_audit_log_source")
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["import_batches.id"], name=op.f("fk_audit_log_batch_id_import_batches"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index("ix_audit_log_row", ["table_name", "row_key"], unique=False)

    op.create_table(
        "indicator_departments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.CheckConstraint("role IN ('lead', 'support', 'responsible')", name=op.f("ck_indicator_departments_role")),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_indicator_departments_department_id_departments"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicators.id"],
            name=op.f("fk_indicator_departments_indicator_id_indicators"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_departments")),
        sa.UniqueConstraint(
            "indicator_id", "department_id", name=op.f("uq_indicator_departments_indicator_id_department_id")
        ),
    )
    with op.batch_alter_table("indicator_departments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_departments_department_id"), ["department_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_indicator_departments_indicator_id"), ["indicator_id"], unique=False)

    op.create_table(
        "indicator_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("value_text", sa.String(length=200), nullable=True),
        sa.CheckConstraint("value IS NOT NULL OR value_text IS NOT NULL", name=op.f("ck_indicator_targets_has_value")),
        sa.CheckConstraint("year BETWEEN 1990 AND 2100", name=op.f("ck_indicator_targets_year")),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicators.id"],
            name=op.f("fk_indicator_targets_indicator_id_indicators"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_targets")),
        sa.UniqueConstraint("indicator_id", "year", name=op.f("uq_indicator_targets_indicator_id_year")),
    )
    with op.batch_alter_table("indicator_targets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_targets_indicator_id"), ["indicator_id"], unique=False)

    op.create_table(
        "indicator_values",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("value_text", sa.String(length=200), nullable=True),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.CheckConstraint(
            "source IN ('manual', 'import', 'intake', 'demo', 'cli', 'system')", name=op.f("ck_indicator_values_source")
        ),
        sa.CheckConstraint("value IS NOT NULL OR value_text IS NOT NULL", name=op.f("ck_indicator_values_has_value")),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_indicator_values_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_indicator_values_department_id_departments"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicators.id"],
            name=op.f("fk_indicator_values_indicator_id_indicators"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["reporting_periods.id"],
            name=op.f("fk_indicator_values_period_id_reporting_periods"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["admin_units.id"], name=op.f("fk_indicator_values_unit_id_admin_units"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_values")),
        sa.UniqueConstraint(
            "indicator_id", "period_id", "unit_id", name=op.f("uq_indicator_values_indicator_id_period_id_unit_id")
        ),
    )
    with op.batch_alter_table("indicator_values", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_values_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_indicator_values_indicator_id"), ["indicator_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_indicator_values_period_id"), ["period_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_indicator_values_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("section_id", sa.Integer(), nullable=True),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=True),
        sa.Column("deadline_text", sa.String(length=100), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("line_first", sa.Integer(), nullable=True),
        sa.Column("line_last", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_tasks_title")),
        sa.CheckConstraint(
            "line_first IS NULL OR line_last IS NULL OR line_last >= line_first", name=op.f("ck_tasks_lines")
        ),
        sa.CheckConstraint("year IS NULL OR year BETWEEN 1990 AND 2100", name=op.f("ck_tasks_year")),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_tasks_plan_id_plans"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["section_id"], ["plan_sections.id"], name=op.f("fk_tasks_section_id_plan_sections"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tasks")),
        sa.UniqueConstraint("plan_id", "position", name=op.f("uq_tasks_plan_id_position")),
    )
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tasks_deadline"), ["deadline"], unique=False)
        batch_op.create_index(batch_op.f("ix_tasks_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tasks_section_id"), ["section_id"], unique=False)

    op.create_table(
        "task_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("role IN ('lead', 'support', 'responsible')", name=op.f("ck_task_assignments_role")),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_task_assignments_department_id_departments"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["tasks.id"], name=op.f("fk_task_assignments_task_id_tasks"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_assignments")),
        sa.UniqueConstraint("task_id", "department_id", name=op.f("uq_task_assignments_task_id_department_id")),
    )
    with op.batch_alter_table("task_assignments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_assignments_department_id"), ["department_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_assignments_task_id"), ["task_id"], unique=False)

    op.create_table(
        "task_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=True),
        sa.Column("progress", sa.Text(), nullable=True),
        sa.Column("problems", sa.Text(), nullable=True),
        sa.Column("next_steps", sa.Text(), nullable=True),
        sa.Column("reporter", sa.String(length=100), nullable=True),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.CheckConstraint(
            "source IN ('manual', 'import', 'intake', 'demo', 'cli', 'system')", name=op.f("ck_task_reports_source")
        ),
        sa.CheckConstraint(
            "status IN ('not_started', 'in_progress', 'done', 'lagging', 'ongoing')",
            name=op.f("ck_task_reports_status"),
        ),
        sa.CheckConstraint("percent IS NULL OR percent BETWEEN 0 AND 100", name=op.f("ck_task_reports_percent")),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["task_assignments.id"],
            name=op.f("fk_task_reports_assignment_id_task_assignments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_task_reports_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["reporting_periods.id"],
            name=op.f("fk_task_reports_period_id_reporting_periods"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_reports")),
        sa.UniqueConstraint("assignment_id", "period_id", name=op.f("uq_task_reports_assignment_id_period_id")),
    )
    with op.batch_alter_table("task_reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_reports_assignment_id"), ["assignment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_reports_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_reports_period_id"), ["period_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("task_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_reports_period_id"))
        batch_op.drop_index(batch_op.f("ix_task_reports_batch_id"))
        batch_op.drop_index(batch_op.f("ix_task_reports_assignment_id"))

    op.drop_table("task_reports")
    with op.batch_alter_table("task_assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_assignments_task_id"))
        batch_op.drop_index(batch_op.f("ix_task_assignments_department_id"))

    op.drop_table("task_assignments")
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tasks_section_id"))
        batch_op.drop_index(batch_op.f("ix_tasks_plan_id"))
        batch_op.drop_index(batch_op.f("ix_tasks_deadline"))

    op.drop_table("tasks")
    with op.batch_alter_table("indicator_values", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_values_unit_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_values_period_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_values_indicator_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_values_batch_id"))

    op.drop_table("indicator_values")
    with op.batch_alter_table("indicator_targets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_targets_indicator_id"))

    op.drop_table("indicator_targets")
    with op.batch_alter_table("indicator_departments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_departments_indicator_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_departments_department_id"))

    op.drop_table("indicator_departments")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_row")
        batch_op.drop_index(batch_op.f("ix_audit_log_batch_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
    with op.batch_alter_table("plan_sections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_sections_plan_id"))
        batch_op.drop_index(batch_op.f("ix_plan_sections_parent_id"))

    op.drop_table("plan_sections")
    with op.batch_alter_table("indicators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicators_plan_id"))

    op.drop_table("indicators")
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_batches_sha256"))

    op.drop_table("import_batches")
    with op.batch_alter_table("department_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_department_aliases_alias"))

    op.drop_table("department_aliases")
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plans_unit_id"))

    op.drop_table("plans")
    op.drop_table("installation")
    with op.batch_alter_table("departments", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_departments_unitless_name",
            sqlite_where=sa.text("unit_id IS NULL"),
            postgresql_where=sa.text("unit_id IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_departments_unit_id"))

    op.drop_table("departments")
    op.drop_table("settings")
    op.drop_table("reporting_periods")
    with op.batch_alter_table("admin_units", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_admin_units_root_name",
            sqlite_where=sa.text("parent_id IS NULL"),
            postgresql_where=sa.text("parent_id IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_admin_units_parent_id"))

    op.drop_table("admin_units")
