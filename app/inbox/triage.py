"""Triage of a selection: status, assignee, tags, priority (and undo of each).

Edits go through the ORM on purpose: the ``changes`` table then records who changed
which message (``app.team.history``), as for every other record.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.inbox.common import Names, check_status, messages_by_uuid, split_lines
from app.inbox.models import Message, MessageTag
from app.inbox.types import PRIORITIES, TagCount, TriageOutcome, TriageState
from app.validation import InvalidInput, require_text


def state_of(m: Message, names: Names) -> TriageState:
    return TriageState(
        m.uuid, m.status, names.member_uuid(m.assignee_id), m.priority, split_lines(m.tags)
    )


def _edit(s: Session, uuids: Sequence[str], change: Callable[[Message], None]) -> TriageOutcome:
    names = Names.load(s)
    messages = messages_by_uuid(s, uuids)
    before = []
    changed = 0
    for m in messages:
        state = state_of(m, names)
        change(m)
        if state_of(m, names) != state:
            before.append(state)
            changed += 1
    s.flush()
    return TriageOutcome(changed, tuple(before))


def set_tags(s: Session, m: Message, tags: set[str]) -> None:
    current = set(split_lines(m.tags))
    if current == tags:
        return
    for tag in current - tags:
        s.execute(delete(MessageTag).where(MessageTag.message_id == m.id, MessageTag.tag == tag))
    s.add_all(MessageTag(message_id=m.id, tag=t) for t in tags - current)
    m.tags = "\n".join(sorted(tags))


def set_status(s: Session, uuids: Sequence[str], status: str) -> TriageOutcome:
    check_status(status)

    def change(m: Message) -> None:
        m.status = status

    return _edit(s, uuids, change)


def assign(s: Session, uuids: Sequence[str], member_uuid: str | None) -> TriageOutcome:
    names = Names.load(s)
    member_id = names.member_id(member_uuid) if member_uuid else None

    def change(m: Message) -> None:
        m.assignee_id = member_id
        if member_id is not None and m.status == "new":
            m.status = "open"

    return _edit(s, uuids, change)


def clean_tag(tag: str) -> str:
    tag = require_text(tag, "tag", 80)
    if "\n" in tag:
        raise InvalidInput("tag", "must be on one line")
    return tag


def add_tag(s: Session, uuids: Sequence[str], tag: str) -> TriageOutcome:
    tag = clean_tag(tag)
    return _edit(s, uuids, lambda m: set_tags(s, m, set(split_lines(m.tags)) | {tag}))


def remove_tag(s: Session, uuids: Sequence[str], tag: str) -> TriageOutcome:
    return _edit(s, uuids, lambda m: set_tags(s, m, set(split_lines(m.tags)) - {tag}))


def set_priority(s: Session, uuids: Sequence[str], priority: int) -> TriageOutcome:
    if priority not in PRIORITIES:
        raise InvalidInput("priority", "unknown priority")

    def change(m: Message) -> None:
        m.priority = priority

    return _edit(s, uuids, change)


def restore(s: Session, states: Sequence[TriageState]) -> TriageOutcome:
    names = Names.load(s)
    wanted = {st.uuid: st for st in states}

    def change(m: Message) -> None:
        st = wanted[m.uuid]
        m.status = check_status(st.status)
        m.assignee_id = names.member_id(st.assignee_uuid) if st.assignee_uuid else None
        m.priority = st.priority
        set_tags(s, m, set(st.tags))

    return _edit(s, list(wanted), change)


def tag_counts(s: Session) -> list[TagCount]:
    q = select(MessageTag.tag, func.count()).group_by(MessageTag.tag)
    rows = sorted(s.execute(q), key=lambda r: (-r[1], r[0]))
    return [TagCount(tag, n) for tag, n in rows]
