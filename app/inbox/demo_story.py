"""The demo's crisis told through the inbox service: saved replies, rules, the spike
alert and the incident with its plan, timeline and an approved statement."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select, update

from app.db.database import Database
from app.inbox import demo_texts as words
from app.inbox.models import Incident, IncidentEntry
from app.inbox.service import InboxService
from app.inbox.types import IncidentDraft, ReplyTemplateDraft, RuleDraft
from app.team.acting import Acting
from app.team.service import TeamService


def crisis_start(today: date) -> datetime:
    """The crisis begins at 14:00 in Beijing a week before ``today``."""
    day = today - timedelta(days=7)
    return datetime(day.year, day.month, day.day, 6, tzinfo=UTC)


def tell(db: Database, today: date, rng: random.Random) -> None:
    members = TeamService(db).list_members()
    if not members:
        return
    lead = next((m for m in members if "lead" in m.roles), members[0])
    pr = next((m for m in members if "pr" in m.roles and m.uuid != lead.uuid), lead)
    acting = Acting(db)
    acting.choose(pr.uuid)
    inbox = InboxService(db, acting)
    for name, en, zh, tags in words.TEMPLATES:
        inbox.save_template(ReplyTemplateDraft(name, en, zh, tags))
    for name, keys, tag, priority, alert in words.RULES:
        inbox.save_rule(
            RuleDraft(name, keys, add_tag=tag, set_priority=priority, raise_alert=alert)
        )

    start = crisis_start(today)
    raised = inbox.scan_spikes(start + timedelta(hours=3))
    # The incident is opened from the messages behind the spike.
    behind = [a for a in raised if a.kind == "spike"] or raised
    linked = behind[0].message_uuids if behind else ()
    incident = inbox.open_incident(
        IncidentDraft(
            "香薰蜡烛杯体炸裂投诉",
            "high",
            owner_uuid=lead.uuid,
            departments=("pr", "product", "customer_service", "legal"),
            summary=(
                "批次 LM2311 香薰蜡烛多名用户反映玻璃杯受热炸裂，"
                "微博集中投诉并提及 12315 与媒体曝光。"
            ),
        ),
        linked,
    )
    plan = next(p for p in inbox.list_plan_templates() if p.code == "product_complaint")
    incident = inbox.apply_plan(incident.uuid, plan.uuid, "zh_CN")
    for step in incident.steps[:4]:
        inbox.set_step_done(incident.uuid, step.uuid, True)
    inbox.add_entry(incident.uuid, "品控确认 LM2311 批次玻璃杯壁厚不达标，已下架该批次。")
    statement = inbox.save_statement(
        incident.uuid,
        "关于露米香薰蜡烛（批次LM2311）的说明",
        "我们已关注到部分用户反映的香薰蜡烛杯体受热破裂问题，对此深表歉意。"
        "经核查，问题集中在LM2311批次，我们已全面下架并启动主动召回，"
        "购买该批次产品的用户可联系客服办理全额退款。",
    )
    inbox.submit_statement(statement.uuid)
    acting.choose(lead.uuid)
    inbox.decide_statement(statement.uuid, True)
    current = inbox.get_incident(incident.uuid)
    inbox.update_incident(
        current.uuid,
        current.version,
        IncidentDraft(
            current.row.title,
            "high",
            "monitoring",
            lead.uuid,
            current.departments,
            current.summary,
        ),
    )
    # The story happened a week ago: date its timeline then, an entry every 20 minutes.
    with db.session() as s:
        s.execute(update(Incident).values(opened_at=start + timedelta(hours=1)))
        ids = sorted(s.scalars(select(IncidentEntry.id)))
        for n, entry_id in enumerate(ids):
            moment = start + timedelta(hours=1, minutes=20 * n)
            s.execute(update(IncidentEntry).where(IncidentEntry.id == entry_id).values(at=moment))
    del rng
