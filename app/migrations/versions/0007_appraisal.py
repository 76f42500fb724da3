"""appraisal: templates, cycles, reviews, training

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

The Team tab's appraisals: templates (criteria as JSON), cycles with their grade bands,
one appraisal per member and cycle with its score lines (criteria copied from the
template) and reopenings, and training records. Seeds nothing: the default templates
are built in and stored only once edited.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _record_columns(table: str) -> list[sa.Column[object] | sa.Constraint]:
    """The columns and keys every record has (``app.db.base.Record``), frozen here."""
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("uuid", name=op.f(f"uq_{table}_uuid")),
    ]


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def _indexes(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def upgrade() -> None:
    op.create_table(
        "appraisal_templates",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("criteria", sa.Text(), nullable=False),
        *_record_columns("appraisal_templates"),
    )
    op.create_table(
        "appraisal_cycles",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("period_kind", sa.String(length=10), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("self_due", sa.Date(), nullable=True),
        sa.Column("manager_due", sa.Date(), nullable=True),
        sa.Column("bands", sa.String(length=200), nullable=False),
        sa.Column("top_share_limit", sa.Integer(), nullable=True),
        *_record_columns("appraisal_cycles"),
    )
    op.create_table(
        "appraisals",
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("template_name", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("strengths", sa.Text(), nullable=False),
        sa.Column("improvements", sa.Text(), nullable=False),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column("training_plan", sa.Text(), nullable=False),
        sa.Column("manager_name", sa.String(length=120), nullable=False),
        sa.Column("member_signed_name", sa.String(length=120), nullable=False),
        sa.Column("member_signed_on", sa.Date(), nullable=True),
        sa.Column("manager_signed_name", sa.String(length=120), nullable=False),
        sa.Column("manager_signed_on", sa.Date(), nullable=True),
        sa.Column("total", sa.Float(), nullable=True),
        sa.Column("grade", sa.String(length=10), nullable=False),
        *_record_columns("appraisals"),
        _fk("appraisals", "cycle_id", "appraisal_cycles", "CASCADE"),
        _fk("appraisals", "member_id", "members", "CASCADE"),
        sa.UniqueConstraint("cycle_id", "member_id", name=op.f("uq_appraisals_cycle_id")),
    )
    _indexes("appraisals", "cycle_id", "member_id")
    op.create_table(
        "appraisal_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appraisal_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("scale_min", sa.Integer(), nullable=False),
        sa.Column("scale_max", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("fact", sa.String(length=40), nullable=False),
        sa.Column("self_score", sa.Integer(), nullable=True),
        sa.Column("self_comment", sa.Text(), nullable=False),
        sa.Column("manager_score", sa.Integer(), nullable=True),
        sa.Column("manager_comment", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisal_lines")),
        _fk("appraisal_lines", "appraisal_id", "appraisals", "CASCADE"),
    )
    _indexes("appraisal_lines", "appraisal_id")
    op.create_table(
        "appraisal_reopenings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appraisal_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by_name", sa.String(length=120), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisal_reopenings")),
        _fk("appraisal_reopenings", "appraisal_id", "appraisals", "CASCADE"),
    )
    _indexes("appraisal_reopenings", "appraisal_id")
    op.create_table(
        "training_records",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("course", sa.String(length=200), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("skills", sa.String(length=200), nullable=False),
        sa.Column("trainer", sa.String(length=120), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("appraisal_id", sa.Integer(), nullable=True),
        *_record_columns("training_records"),
        _fk("training_records", "member_id", "members", "CASCADE"),
        _fk("training_records", "appraisal_id", "appraisals", "SET NULL"),
    )
    _indexes("training_records", "member_id", "appraisal_id")


def downgrade() -> None:
    for table in (
        "training_records",
        "appraisal_reopenings",
        "appraisal_lines",
        "appraisals",
        "appraisal_cycles",
        "appraisal_templates",
    ):
        op.drop_table(table)
