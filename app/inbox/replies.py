"""Replies: the log of what was answered (who, when), first-response time, saved replies.

The first reply (or "mark replied") of a message records its first-response time in
business seconds under the SLA settings of that moment, so later changes of the hours do
not rewrite history.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.errors import StaleEdit
from app.db.records import find
from app.db.types import utcnow
from app.inbox.common import (
    Names,
    actor,
    check_status,
    messages_by_uuid,
    placed,
    split_lines,
)
from app.inbox.crisis import ServiceBase
from app.inbox.models import Message, Reply
from app.inbox.models import ReplyTemplate as TemplateModel
from app.inbox.sla import Clock
from app.inbox.triage import restore, state_of
from app.inbox.types import (
    RemovedReplyTemplate,
    ReplyInfo,
    ReplyTemplate,
    ReplyTemplateDraft,
    TriageOutcome,
    TriageState,
    WithdrawnReply,
)
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


def withdraw(
    s: Session, reply_uuid: str, status_after: str, status_before: str, clock: Clock
) -> WithdrawnReply:
    """Take a logged reply out (undo of ``reply``): the message gets back the status it
    had, and its first response becomes the next reply's, or none. StaleEdit when the
    status changed since the reply was logged."""
    r = find(s, Reply, reply_uuid, "reply")
    m = s.get_one(Message, r.message_id)
    if m.status != status_after:
        raise StaleEdit("This message changed since the reply was logged.")
    withdrawn = WithdrawnReply(m.uuid, reply_info(r, Names.load(s)), status_after)
    s.delete(r)
    s.flush()
    if m.first_response_at == r.sent_at:
        m.first_response_at = m.first_response_seconds = m.first_responder_id = None
        m.due_at = clock.due(m.received_at)
        q = select(Reply).where(Reply.message_id == m.id).order_by(Reply.sent_at, Reply.id)
        following = s.scalars(q.limit(1)).first()
        if following is not None:
            record_first_response(m, following.sent_at, following.member_id, clock)
    m.status = check_status(status_before)
    return withdrawn


def relog(s: Session, withdrawn: WithdrawnReply, clock: Clock) -> ReplyInfo:
    """Log a withdrawn reply again: same UUID, author and time (redo)."""
    m = find(s, Message, withdrawn.message_uuid, "message")
    info = withdrawn.reply
    names = Names.load(s)
    member_id = names.member_id(info.member_uuid) if info.member_uuid else None
    r = Reply(
        uuid=info.uuid,
        message_id=m.id,
        text=info.text,
        member_id=member_id,
        member_name=info.member_name,
        sent_at=info.sent_at,
    )
    s.add(r)
    if m.first_response_at is not None and m.first_response_at > info.sent_at:
        m.first_response_at = None  # this reply came first
    record_first_response(m, info.sent_at, member_id, clock)
    m.status = withdrawn.status
    s.flush()
    return reply_info(r, names)


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


def unmark_replied(s: Session, states: Sequence[TriageState], clock: Clock) -> TriageOutcome:
    """Undo of ``mark_replied``: the first response forgotten again and the triage put
    back, unless a reply was logged since (then StaleEdit: that reply stands)."""
    found = messages_by_uuid(s, [st.uuid for st in states])
    answered = select(Reply.message_id).where(Reply.message_id.in_([m.id for m in found]))
    if s.scalar(answered.limit(1)) is not None:
        raise StaleEdit("A reply was logged since; it stays the first response.")
    for m in found:
        m.first_response_at = None
        m.first_response_seconds = None
        m.first_responder_id = None
        m.due_at = clock.due(m.received_at)  # the hours may have changed meanwhile
    return restore(s, states)


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
    t = placed(s, TemplateModel, uuid, expected_version, "saved reply")
    return _write_template(s, t, draft)


def _write_template(s: Session, t: TemplateModel, draft: ReplyTemplateDraft) -> ReplyTemplate:
    en = optional_text(draft.text_en, "text_en", MAX_REPLY, multiline=True)
    zh = optional_text(draft.text_zh, "text_zh", MAX_REPLY, multiline=True)
    if not (en or zh):
        raise InvalidInput("text_en", "write the reply in at least one language")
    t.name = require_text(draft.name, "name", 200)
    t.text_en, t.text_zh = en, zh
    t.tags = "\n".join(dict.fromkeys(x.strip() for x in draft.tags if x.strip()))
    s.add(t)
    s.flush()
    s.refresh(t)
    return template_info(t)


class SavedRepliesService(ServiceBase):
    """Saved replies as records (``workspace.inbox.saved_replies``): get / add / update
    / remove / restore, for the UI's undoable editing. Writes need ``ASSIGN_INBOX``."""

    def get(self, uuid: str) -> ReplyTemplate:
        with self._db.session(read_only=True) as s:
            return template_info(find(s, TemplateModel, uuid, "saved reply"))

    def add(self, draft: ReplyTemplateDraft) -> ReplyTemplate:
        with self._db.session() as s:
            self._require(s)
            return save_template(s, draft, None, 0)

    def update(self, uuid: str, expected_version: int, draft: ReplyTemplateDraft) -> ReplyTemplate:
        with self._db.session() as s:
            self._require(s)
            return save_template(s, draft, uuid, expected_version)

    def remove(self, uuid: str) -> RemovedReplyTemplate:
        with self._db.session() as s:
            self._require(s)
            t = find(s, TemplateModel, uuid, "saved reply")
            removed = RemovedReplyTemplate(template_info(t), t.sort_order)
            s.delete(t)
            return removed

    def restore(self, removed: RemovedReplyTemplate) -> ReplyTemplate:
        """Put a removed saved reply back with the same UUID, in its place."""
        with self._db.session() as s:
            self._require(s)
            t = TemplateModel(uuid=removed.template.uuid, sort_order=removed.sort_order)
            return _write_template(s, t, removed.template.draft())


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
