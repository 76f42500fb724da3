"""changes: who did what

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03

One shared history table, ``changes``: one row per add, update, remove, restore (and
later approve, assign, read …) of any record, naming the acting member and the record by
UUID. Chosen over ``created_by_id``/``updated_by_id`` columns on every table because:

- the tabs to come need a history, not just the last editor: a post's calendar history
  (drafted, edited, approved, published), who assigned an inbox message to whom, who
  read or changed an appraisal; two columns keep only the first and the last;
- a new tab reuses it without a migration of its own, and no existing table is rebuilt
  (SQLite cannot add a foreign key to a table in place);
- rows of removed records stay, so an undo's restore continues the same history.

The member and the record are named by UUID, not by foreign key, as objectives name their
scope: a member removed and put back by undo keeps its UUID, so the history finds them
again; the member's name is copied too, so a history line still reads after the member is
gone for good.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("member_uuid", sa.String(length=36), nullable=True),
        sa.Column("member_name", sa.String(length=120), nullable=False),
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_changes")),
        sa.UniqueConstraint("uuid", name=op.f("uq_changes_uuid")),
    )
    op.create_index(op.f("ix_changes_member_uuid"), "changes", ["member_uuid"])
    op.create_index(op.f("ix_changes_record_uuid"), "changes", ["record_uuid"])


def downgrade() -> None:
    op.drop_table("changes")
