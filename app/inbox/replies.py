"""Replies: the log of what was answered (who, when), first-response time, saved replies.

The first reply (or "mark replied") of a message records its first-response time in
business seconds under the SLA settings of that moment, so later changes of the hours do
not rewrite history.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.records import check_version, find
from app.db.types import utcnow
from app.inbox.common import Names, actor, messages_by_uuid, split_lines
from app.inbox.models import Message, Reply
from app.inbox.models import ReplyTemplate as TemplateModel
from app.inbox.sla import Clock
from app.inbox.triage import state_of
from app.inbox.types import ReplyInfo, ReplyTemplate, ReplyTemplateDraft, TriageOutcome
from app.validation import InvalidInput, optional_text, require_text

MAX_REPLY = 10_000


def record_first_response(m: Message, at: datetime, member_id: int | None, clock: Clock) -> None:
    if m.first_response_at is not None:
        return
    m.first_response_at = at
    m.first_response_seconds = clock.seconds(m.received_at, at)
    m.first_responder_id = member_id


def reply_info(r: Reply, names: Names) -> ReplyInfo:
    return ReplyInfo(r.uuid, r.text, names.member_uuid(r.member_id), r.member_name, r.sent_at)


def reply(s: Session, message_uuid: str, text: str, close: bool, clock: Clock) -> ReplyInfo:
    body = require_text(text, "text", MAX_REPLY, multiline=True)
    m = find(s, Message, message_uuid, "message")
    member_id, member_name = actor(s)
    now = utcnow()
    r = Reply(message_id=m.id, text=body, member_id=member_id, member_name=member_name, sent_at=now)
    s.add(r)
    record_first_response(m, now, member_id, clock)
    m.status = "closed" if close else "waiting"
    s.flush()
    return reply_info(r, Names.load(s))


def mark_replied(s: Session, uuids: Sequence[str], clock: Clock) -> TriageOutcome:
    names = Names.load(s)
    member_id, _name = actor(s)
    now = utcnow()
    before = []
    for m in messages_by_uuid(s, uuids):
        if m.first_response_at is not None:
            continue
        before.append(state_of(m, names))
        record_first_response(m, now, member_id, clock)
        if m.status in ("new", "open"):
            m.status = "waiting"
    return TriageOutcome(len(before), tuple(before))


def replies_of(s: Session, message_id: int, names: Names) -> tuple[ReplyInfo, ...]:
    q = select(Reply).where(Reply.message_id == message_id).order_by(Reply.sent_at, Reply.id)
    return tuple(reply_info(r, names) for r in s.scalars(q))


# Saved replies --------------------------------------------------------------------------
def template_info(t: TemplateModel) -> ReplyTemplate:
    return ReplyTemplate(t.uuid, t.name, t.text_en, t.text_zh, split_lines(t.tags), t.version)


def list_templates(s: Session) -> list[ReplyTemplate]:
    q = select(TemplateModel).order_by(TemplateModel.sort_order, TemplateModel.name)
    return [template_info(t) for t in s.scalars(q)]


def save_template(
    s: Session, draft: ReplyTemplateDraft, uuid: str | None, expected_version: int
) -> ReplyTemplate:
    en = optional_text(draft.text_en, "text_en", MAX_REPLY, multiline=True)
    zh = optional_text(draft.text_zh, "text_zh", MAX_REPLY, multiline=True)
    if not (en or zh):
        raise InvalidInput("text_en", "write the reply in at least one language")
    if uuid is None:
        t = TemplateModel()
        t.sort_order = (s.scalar(select(func.max(TemplateModel.sort_order))) or 0) + 10
        s.add(t)
    else:
        t = find(s, TemplateModel, uuid, "saved reply")
        check_version(t, expected_version, "saved reply")
    t.name = require_text(draft.name, "name", 200)
    t.text_en, t.text_zh = en, zh
    t.tags = "\n".join(dict.fromkeys(x.strip() for x in draft.tags if x.strip()))
    s.flush()
    s.refresh(t)
    return template_info(t)


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(template: str, values: dict[str, str]) -> str:
    """Placeholders replaced; an unknown one (or a lone brace) is left as typed."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def fill_template(
    s: Session, template_uuid: str, message_uuid: str, language: str, member_name: str
) -> str:
    t = find(s, TemplateModel, template_uuid, "saved reply")
    m = find(s, Message, message_uuid, "message")
    names = Names.load(s)
    account = names.accounts.get(m.account_id)
    values = {
        "author": m.author_name or m.author_handle,
        "handle": m.author_handle or m.author_name,
        "account": account.handle if account else "",
        "platform": account.platform if account else "",
        "member": member_name,
    }
    text = t.text_zh if language.startswith("zh") else t.text_en
    return fill(text or t.text_en or t.text_zh, values)
