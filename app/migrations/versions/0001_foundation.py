"""foundation

Revision ID: 0001
Revises:
Create Date: 2026-11-29

The shared entities: team members and roles, platforms (seeded), accounts, campaigns.
Migrations never import the app's models: they are frozen at the schema they create.
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "members",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_members")),
        sa.UniqueConstraint("uuid", name=op.f("uq_members_uuid")),
    )
    op.create_table(
        "platforms",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_en", sa.String(length=80), nullable=False),
        sa.Column("name_zh", sa.String(length=80), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_platforms")),
        sa.UniqueConstraint("code", name=op.f("uq_platforms_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_platforms_uuid")),
    )
    op.create_table(
        "accounts",
        sa.Column("platform_id", sa.Integer(), nullable=False),
        sa.Column("handle", sa.String(length=120), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["members.id"],
            name=op.f("fk_accounts_owner_id_members"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["platform_id"],
            ["platforms.id"],
            name=op.f("fk_accounts_platform_id_platforms"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
        sa.UniqueConstraint("platform_id", "handle", name=op.f("uq_accounts_platform_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_accounts_uuid")),
    )
    op.create_table(
        "campaigns",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("budget_cents", sa.BigInteger(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["members.id"],
            name=op.f("fk_campaigns_owner_id_members"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
        sa.UniqueConstraint("uuid", name=op.f("uq_campaigns_uuid")),
    )
    op.create_table(
        "member_roles",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_member_roles_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("member_id", "role", name=op.f("pk_member_roles")),
    )
    op.create_index("ix_accounts_owner_id", "accounts", ["owner_id"])
    op.create_index("ix_campaigns_owner_id", "campaigns", ["owner_id"])
    _seed_platforms()


BUILTIN_PLATFORMS = (
    ("weibo", "Weibo", "微博"),
    ("wechat", "WeChat", "微信"),
    ("douyin", "Douyin", "抖音"),
    ("kuaishou", "Kuaishou", "快手"),
    ("bilibili", "Bilibili", "B站"),
    ("instagram", "Instagram", "Instagram"),
    ("facebook", "Facebook", "Facebook"),
)


def _seed_platforms() -> None:
    now = datetime.now(UTC).replace(tzinfo=None)
    table = sa.table(
        "platforms",
        *(sa.column(c) for c in ("code", "name_en", "name_zh", "builtin", "sort_order")),
        *(sa.column(c) for c in ("uuid", "created_at", "updated_at", "version")),
    )
    op.bulk_insert(
        table,
        [
            {
                "code": code,
                "name_en": en,
                "name_zh": zh,
                "builtin": True,
                "sort_order": i * 10,
                "uuid": str(uuid.uuid4()),
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
            for i, (code, en, zh) in enumerate(BUILTIN_PLATFORMS)
        ],
    )


def downgrade() -> None:
    op.drop_table("member_roles")
    op.drop_table("campaigns")
    op.drop_table("accounts")
    op.drop_table("platforms")
    op.drop_table("members")
