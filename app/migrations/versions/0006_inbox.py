"""inbox: messages, rules, incidents

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

The Inbox tab: messages with their triage, tags, replies and first-response time; saved
replies; keyword rules; alerts naming their messages; incidents with a timeline, linked
messages, a contingency checklist, statements and lessons; contingency templates (seeded
with four defaults in English and Chinese); settings. Full-text search: on SQLite an FTS5
trigram index (external content, kept in sync by triggers) so Chinese substrings are
found; on PostgreSQL pg_trgm GIN indexes for ILIKE.
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from uuid import uuid4

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of the full-text DDL (app.inbox.search suspends and restores the triggers
# around bulk loads with the same statements).
FTS_TABLE = (
    "CREATE VIRTUAL TABLE inbox_messages_fts USING fts5(text, author_name, author_handle,"
    " content='inbox_messages', content_rowid='id', tokenize='trigram')"
)
FTS_TRIGGERS = (
    "CREATE TRIGGER inbox_messages_fts_ai AFTER INSERT ON inbox_messages BEGIN"
    " INSERT INTO inbox_messages_fts(rowid, text, author_name, author_handle)"
    " VALUES (new.id, new.text, new.author_name, new.author_handle); END",
    "CREATE TRIGGER inbox_messages_fts_ad AFTER DELETE ON inbox_messages BEGIN"
    " INSERT INTO inbox_messages_fts(inbox_messages_fts, rowid, text, author_name,"
    " author_handle) VALUES ('delete', old.id, old.text, old.author_name, old.author_handle);"
    " END",
    "CREATE TRIGGER inbox_messages_fts_au AFTER UPDATE OF text, author_name, author_handle"
    " ON inbox_messages BEGIN"
    " INSERT INTO inbox_messages_fts(inbox_messages_fts, rowid, text, author_name,"
    " author_handle) VALUES ('delete', old.id, old.text, old.author_name, old.author_handle);"
    " INSERT INTO inbox_messages_fts(rowid, text, author_name, author_handle)"
    " VALUES (new.id, new.text, new.author_name, new.author_handle); END",
)
PG_TRGM = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_inbox_messages_text_trgm ON inbox_messages USING gin (text gin_trgm_ops)",
    "CREATE INDEX ix_inbox_messages_author_trgm ON inbox_messages"
    " USING gin ((author_name || ' ' || author_handle) gin_trgm_ops)",
)

# Frozen copy of the default contingency plans as of this revision.
PLANS = (
    (
        "product_complaint",
        "Product complaint",
        "产品投诉",
        (
            "Acknowledge the complaint publicly within 1 hour",
            "Move the conversation to direct messages and collect order details",
            "Ask the product and quality teams to verify the problem",
            "Agree compensation or a fix with customer service",
            "Publish a follow-up once resolved",
            "Record the case and the lessons learned",
        ),
        (
            "1小时内公开回应，表示已收到投诉",
            "转为私信沟通，收集订单信息",
            "请产品与品控团队核实问题",
            "与客服确定补偿或解决方案",
            "问题解决后发布跟进说明",
            "记录案例并总结经验",
        ),
    ),
    (
        "data_leak",
        "Data leak",
        "数据泄露",
        (
            "Inform management, legal and IT security at once",
            "Stop scheduled posts on affected accounts",
            "Confirm what data was exposed and who is affected",
            "Prepare a holding statement for legal approval",
            "Notify affected users and regulators as the law requires",
            "Publish the approved statement and answer questions with the approved wording",
            "Review access and write up lessons learned",
        ),
        (
            "立即通知管理层、法务和信息安全部门",
            "暂停受影响账号的定时发布",
            "确认泄露的数据范围和受影响人群",
            "起草初步声明并提交法务审批",
            "依法通知受影响用户及监管机构",
            "发布已审批的声明，按统一口径答复",
            "复盘权限管理并总结经验",
        ),
    ),
    (
        "offensive_post",
        "Offensive post",
        "不当内容",
        (
            "Take the post down or hide it",
            "Save screenshots and the post's reach figures",
            "Find out how it was approved and published",
            "Draft an apology for approval",
            "Publish the apology and reply to comments with the approved wording",
            "Tighten the review step and record lessons learned",
        ),
        (
            "立即删除或隐藏该内容",
            "保存截图及传播数据",
            "查明审核与发布经过",
            "起草致歉声明并提交审批",
            "发布致歉声明，按统一口径回复评论",
            "加强审核流程并总结经验",
        ),
    ),
    (
        "kol_dispute",
        "KOL dispute",
        "达人纠纷",
        (
            "Collect the contract, briefs and messages with the KOL",
            "Contact the KOL's agency privately",
            "Agree the facts internally with legal",
            "Prepare a statement in case the dispute goes public",
            "Settle, and decide about future cooperation",
            "Record lessons learned for KOL selection",
        ),
        (
            "整理与达人的合同、需求说明及沟通记录",
            "私下联系达人所属机构",
            "与法务统一内部事实口径",
            "准备对外声明以备纠纷公开",
            "协商解决并决定后续合作",
            "总结经验，完善达人筛选",
        ),
    ),
)


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


def _messages() -> None:
    t = "inbox_messages"
    op.create_table(
        t,
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("author_handle", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("platform_message_id", sa.String(length=200), nullable=False),
        sa.Column("dedup_key", sa.String(length=240), nullable=False),
        sa.Column("post_ref", sa.String(length=200), nullable=False),
        sa.Column("post_link", sa.String(length=1000), nullable=False),
        sa.Column("calendar_post_uuid", sa.String(length=36), nullable=True),
        sa.Column("thread_ref", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sentiment", sa.String(length=10), nullable=False),
        sa.Column("sentiment_confidence", sa.Float(), nullable=False),
        sa.Column("sentiment_corrected", sa.Boolean(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=True),
        sa.Column("first_response_at", sa.DateTime(), nullable=True),
        sa.Column("first_response_seconds", sa.Integer(), nullable=True),
        sa.Column("first_responder_id", sa.Integer(), nullable=True),
        sa.Column("import_id", sa.Integer(), nullable=True),
        *_record_columns(t),
        sa.UniqueConstraint("account_id", "dedup_key", name=op.f(f"uq_{t}_account_id")),
        _fk(t, "account_id", "accounts", "CASCADE"),
        _fk(t, "assignee_id", "members", "SET NULL"),
        _fk(t, "first_responder_id", "members", "SET NULL"),
        _fk(t, "import_id", "import_runs", "SET NULL"),
    )
    op.create_index("ix_inbox_messages_received", t, ["received_at", "id"])
    op.create_index("ix_inbox_messages_status_received", t, ["status", "received_at"])
    op.create_index("ix_inbox_messages_account_received", t, ["account_id", "received_at"])
    op.create_index("ix_inbox_messages_assignee_received", t, ["assignee_id", "received_at"])
    op.create_index("ix_inbox_messages_sentiment_received", t, ["sentiment", "received_at"])
    op.create_index("ix_inbox_messages_priority_received", t, ["priority", "received_at"])
    op.create_index("ix_inbox_messages_author_received", t, ["author_name", "received_at"])
    op.create_index("ix_inbox_messages_due", t, ["due_at", "received_at"])
    waiting = sa.text("first_response_at IS NULL AND status != 'closed'")
    op.create_index(
        "ix_inbox_messages_waiting", t, ["due_at"], sqlite_where=waiting, postgresql_where=waiting
    )
    op.create_index("ix_inbox_messages_thread", t, ["account_id", "thread_ref"])
    _indexes(t, "first_responder_id", "import_id")

    op.create_table(
        "inbox_message_tags",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("message_id", "tag", name=op.f("pk_inbox_message_tags")),
        _fk("inbox_message_tags", "message_id", "inbox_messages", "CASCADE"),
    )
    op.create_index("ix_inbox_message_tags_tag", "inbox_message_tags", ["tag", "message_id"])

    t = "inbox_replies"
    op.create_table(
        t,
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("member_name", sa.String(length=200), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        *_record_columns(t),
        _fk(t, "message_id", "inbox_messages", "CASCADE"),
        _fk(t, "member_id", "members", "SET NULL"),
    )
    _indexes(t, "message_id", "member_id")

    t = "inbox_reply_templates"
    op.create_table(
        t,
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("text_zh", sa.Text(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        *_record_columns(t),
    )


def _rules_and_alerts() -> None:
    t = "inbox_rules"
    op.create_table(
        t,
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("keywords", sa.Text(), nullable=False),
        sa.Column("match_all", sa.Boolean(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=True),
        sa.Column("add_tag", sa.String(length=80), nullable=False),
        sa.Column("assign_to_id", sa.Integer(), nullable=True),
        sa.Column("set_priority", sa.Integer(), nullable=True),
        sa.Column("raise_alert", sa.Boolean(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        *_record_columns(t),
        _fk(t, "account_id", "accounts", "CASCADE"),
        _fk(t, "assign_to_id", "members", "SET NULL"),
    )
    _indexes(t, "account_id", "assign_to_id")

    t = "inbox_alerts"
    op.create_table(
        t,
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("rule_id", sa.Integer(), nullable=True),
        sa.Column("raised_at", sa.DateTime(), nullable=False),
        sa.Column("window_start", sa.DateTime(), nullable=True),
        sa.Column("window_end", sa.DateTime(), nullable=True),
        sa.Column("negative_share", sa.Float(), nullable=True),
        sa.Column("baseline_share", sa.Float(), nullable=True),
        sa.Column("dismissed", sa.Boolean(), nullable=False),
        *_record_columns(t),
        _fk(t, "account_id", "accounts", "CASCADE"),
        _fk(t, "rule_id", "inbox_rules", "SET NULL"),
    )
    _indexes(t, "account_id", "rule_id")

    t = "inbox_alert_messages"
    op.create_table(
        t,
        sa.Column("alert_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("alert_id", "message_id", name=op.f(f"pk_{t}")),
        _fk(t, "alert_id", "inbox_alerts", "CASCADE"),
        _fk(t, "message_id", "inbox_messages", "CASCADE"),
    )
    _indexes(t, "message_id")


def _incidents() -> sa.Table:
    t = "inbox_plan_templates"
    plans = op.create_table(
        t,
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_zh", sa.String(length=200), nullable=False),
        sa.Column("steps_en", sa.Text(), nullable=False),
        sa.Column("steps_zh", sa.Text(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        *_record_columns(t),
        sa.UniqueConstraint("code", name=op.f(f"uq_{t}_code")),
    )

    t = "inbox_incidents"
    op.create_table(
        t,
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("severity", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("departments", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("lessons", sa.Text(), nullable=False),
        sa.Column("plan_name", sa.String(length=200), nullable=False),
        *_record_columns(t),
        _fk(t, "owner_id", "members", "SET NULL"),
    )
    _indexes(t, "owner_id")

    t = "inbox_incident_steps"
    op.create_table(
        t,
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("done_by", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        *_record_columns(t),
        _fk(t, "incident_id", "inbox_incidents", "CASCADE"),
    )
    _indexes(t, "incident_id")

    t = "inbox_incident_entries"
    op.create_table(
        t,
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("member_name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *_record_columns(t),
        _fk(t, "incident_id", "inbox_incidents", "CASCADE"),
        _fk(t, "member_id", "members", "SET NULL"),
    )
    _indexes(t, "incident_id", "member_id")

    t = "inbox_incident_messages"
    op.create_table(
        t,
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("incident_id", "message_id", name=op.f(f"pk_{t}")),
        _fk(t, "incident_id", "inbox_incidents", "CASCADE"),
        _fk(t, "message_id", "inbox_messages", "CASCADE"),
    )
    _indexes(t, "message_id")

    t = "inbox_statements"
    op.create_table(
        t,
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("approved_by", sa.String(length=200), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        *_record_columns(t),
        _fk(t, "incident_id", "inbox_incidents", "CASCADE"),
    )
    _indexes(t, "incident_id")

    op.create_table(
        "inbox_settings",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_inbox_settings")),
    )
    return plans


def upgrade() -> None:
    _messages()
    _rules_and_alerts()
    plans = _incidents()

    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(
        plans,
        [
            {
                "code": code,
                "name_en": en,
                "name_zh": zh,
                "steps_en": "\n".join(steps_en),
                "steps_zh": "\n".join(steps_zh),
                "builtin": True,
                "sort_order": (i + 1) * 10,
                "uuid": str(uuid4()),
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
            for i, (code, en, zh, steps_en, steps_zh) in enumerate(PLANS)
        ],
    )

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(FTS_TABLE)
        for trigger in FTS_TRIGGERS:
            op.execute(trigger)
    elif dialect == "postgresql":
        for statement in PG_TRGM:
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS inbox_messages_fts_{name}")
        op.execute("DROP TABLE IF EXISTS inbox_messages_fts")
    for table in (
        "inbox_settings",
        "inbox_statements",
        "inbox_incident_messages",
        "inbox_incident_entries",
        "inbox_incident_steps",
        "inbox_incidents",
        "inbox_plan_templates",
        "inbox_alert_messages",
        "inbox_alerts",
        "inbox_rules",
        "inbox_reply_templates",
        "inbox_replies",
        "inbox_message_tags",
        "inbox_messages",
    ):
        op.drop_table(table)
