"""The inbox service the UI, the KPI tab and appraisals call (``workspace.inbox``).

A façade: each group of methods lives in its own module (messages, triage, replies,
rules, alerts, incidents, response); this class only holds the database and the acting
member and documents the calls. Writes check ``ASSIGN_INBOX`` (statement approval:
``APPROVE_POST``) with the acting member and are recorded in the ``changes`` table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.records import check_version, find
from app.inbox import alerts, labelling, listing, messages, replies, rules, sla, triage
from app.inbox.common import Names, ids_of, messages_by_uuid, rows_by_ids
from app.inbox.crisis import IncidentCalls
from app.inbox.models import Incident as IncidentModel
from app.inbox.models import IncidentMessage, Message
from app.inbox.replies import SavedRepliesService
from app.inbox.rules import RulesService
from app.inbox.sla import Clock, load_settings, recompute_due, save_settings
from app.inbox.sources import MessageSource, read_source
from app.inbox.types import (
    AddOutcome,
    Alert,
    InboxFilter,
    MemberFacts,
    MessageCount,
    MessageDetail,
    MessageDraft,
    MessageRow,
    ReplyInfo,
    ReplyTemplate,
    ReplyTemplateDraft,
    ResponseStats,
    Rule,
    RuleDraft,
    RuleOutcome,
    SentimentState,
    SlaSettings,
    TagCount,
    TriageOutcome,
    TriageState,
    WithdrawnReply,
)
from app.team.history import note
from app.validation import LONG_TEXT, InvalidInput, optional_text


class InboxService(IncidentCalls):
    """Messages, triage, replies, rules, alerts and response time; incidents come from
    :class:`~app.inbox.crisis.IncidentCalls`. ``rules`` and ``saved_replies`` are the
    same lists as records with get / add / update / remove / restore (undoable edits)."""

    @cached_property
    def rules(self) -> RulesService:
        return rules.RulesService(self._db, self._acting)

    @cached_property
    def saved_replies(self) -> SavedRepliesService:
        return replies.SavedRepliesService(self._db, self._acting)

    def _detail(self, s: Session, m: Message) -> MessageDetail:
        names = Names.load(s)
        thread: list[MessageRow] = []
        if m.thread_ref:
            q = select(Message.id).where(
                Message.account_id == m.account_id,
                Message.thread_ref == m.thread_ref,
                Message.id != m.id,
            )
            thread = rows_by_ids(s, list(s.scalars(q.limit(200))), names)
        linked = select(IncidentModel.uuid).join(
            IncidentMessage, IncidentMessage.incident_id == IncidentModel.id
        )
        return MessageDetail(
            row=rows_by_ids(s, [m.id], names)[0],
            text=m.text,
            platform_message_id=m.platform_message_id,
            post_ref=m.post_ref,
            post_link=m.post_link,
            calendar_post_uuid=m.calendar_post_uuid,
            thread_ref=m.thread_ref,
            notes=m.notes,
            first_response_at=m.first_response_at,
            replies=replies.replies_of(s, m.id, names),
            thread=tuple(thread),
            incident_uuids=tuple(s.scalars(linked.where(IncidentMessage.message_id == m.id))),
        )

    def _triage(self, edit: Callable[[Session], TriageOutcome]) -> TriageOutcome:
        with self._db.session() as s:
            self._require(s)
            return edit(s)

    # Messages ------------------------------------------------------------------------
    def list_messages(
        self,
        flt: InboxFilter,
        limit: int = 200,
        after: MessageRow | None = None,
        offset: int = 0,
    ) -> list[MessageRow]:
        """A page of the list in ``flt``'s order. Pass the last row shown as ``after``
        (keyset paging, fast deep into a million rows); ``offset`` is used only when
        ``after`` is None. Fits ``RowTableModel.set_pages``: ``lambda o, n, a:
        inbox.list_messages(flt, n, a, o)``."""
        with self._db.session(read_only=True) as s:
            return listing.page(s, flt, limit, after, offset)

    def count_messages(self, flt: InboxFilter, cap: int = 10_000) -> MessageCount:
        """How many messages ``flt`` shows, counting at most ``cap`` (then ``capped``)."""
        with self._db.session(read_only=True) as s:
            return listing.count(s, flt, cap)

    def get_message(self, uuid: str) -> MessageDetail:
        with self._db.session(read_only=True) as s:
            return self._detail(s, find(s, Message, uuid, "message"))

    def add_message(self, draft: MessageDraft) -> MessageDetail:
        """Manual entry: sentiment computed, rules applied. A duplicate (same platform
        message ID, else same account + author + time + text) raises InvalidInput."""
        with self._db.session() as s:
            self._require(s)
            outcome = messages.insert_clean(
                s, [messages.clean(draft, Names.load(s))], self._clock(s)
            )
            if not outcome.added:
                raise InvalidInput("text", "this message is already in the inbox")
            note(s, "inbox_messages", outcome.uuids[0], "add")
            return self._detail(s, find(s, Message, outcome.uuids[0], "message"))

    def add_messages(
        self, drafts: Sequence[MessageDraft], import_id: int | None = None
    ) -> AddOutcome:
        """Add many (a paste, a source); duplicates are skipped and counted."""
        with self._db.session() as s:
            self._require(s)
            names = Names.load(s)
            cleaned = [messages.clean(d, names) for d in drafts]
            return messages.insert_clean(s, cleaned, self._clock(s), import_id)

    def add_from(
        self,
        source: MessageSource,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> AddOutcome:
        """Store what a source yields (a JSON export, a connector), all or nothing:
        InvalidInput for a broken record, SourceCancelled on a cancel; either way the
        inbox is unchanged. ``progress(records read)``."""
        with self._db.session() as s:
            self._require(s)
            names, clock = Names.load(s), self._clock(s)

            def add(drafts: list[MessageDraft]) -> AddOutcome:
                cleaned = [messages.clean(d, names) for d in drafts]
                return messages.insert_clean(s, cleaned, clock)

            return read_source(add, source, progress=progress, cancelled=cancelled)

    def paste_messages(
        self, account_uuid: str, kind: str, text: str, received_at: datetime
    ) -> AddOutcome:
        """Pasted lines, one message each: ``author: text`` (a line without a colon is
        a message of an unknown author). Full-width colons too."""
        lines = messages.parse_paste(text)
        if not lines:
            raise InvalidInput("text", "must not be empty")
        # One second apart keeps the pasted order and tells identical lines apart.
        drafts = [
            MessageDraft(account_uuid, kind, author, body, received_at + timedelta(seconds=n))
            for n, (author, body) in enumerate(lines)
        ]
        return self.add_messages(drafts)

    def edit_message(
        self, uuid: str, expected_version: int, text: str, author_name: str, author_handle: str
    ) -> MessageDetail:
        """Correct a typed or pasted message (text, author); search follows the edit and
        the sentiment is computed again unless a person set it."""
        with self._db.session() as s:
            self._require(s)
            m = find(s, Message, uuid, "message")
            check_version(m, expected_version, "message")
            messages.edit(s, m, text, author_name, author_handle)
            s.flush()
            return self._detail(s, m)

    def remove_messages(self, uuids: Sequence[str]) -> int:
        """Delete messages (a wrong paste); their replies, tags and links go with them."""
        with self._db.session() as s:
            self._require(s)
            found = messages_by_uuid(s, uuids)
            for m in found:
                s.delete(m)
            return len(found)

    def tags(self) -> list[TagCount]:
        """Every tag in use, most used first (for the tag filter and completer)."""
        with self._db.session(read_only=True) as s:
            return triage.tag_counts(s)

    # Triage -------------------------------------------------------------------------
    def set_status(self, uuids: Sequence[str], status: str) -> TriageOutcome:
        return self._triage(lambda s: triage.set_status(s, uuids, status))

    def close(self, uuids: Sequence[str]) -> TriageOutcome:
        return self.set_status(uuids, "closed")

    def assign(self, uuids: Sequence[str], member_uuid: str | None) -> TriageOutcome:
        """Assign (or unassign with None); a "new" message becomes "open"."""
        return self._triage(lambda s: triage.assign(s, uuids, member_uuid))

    def add_tag(self, uuids: Sequence[str], tag: str) -> TriageOutcome:
        return self._triage(lambda s: triage.add_tag(s, uuids, tag))

    def remove_tag(self, uuids: Sequence[str], tag: str) -> TriageOutcome:
        return self._triage(lambda s: triage.remove_tag(s, uuids, tag))

    def set_priority(self, uuids: Sequence[str], priority: int) -> TriageOutcome:
        return self._triage(lambda s: triage.set_priority(s, uuids, priority))

    def restore_triage(self, states: Sequence[TriageState]) -> TriageOutcome:
        """Put status, assignee, priority and tags back (undo of a triage edit)."""
        return self._triage(lambda s: triage.restore(s, states))

    def set_notes(self, uuid: str, expected_version: int, notes: str) -> MessageDetail:
        with self._db.session() as s:
            self._require(s)
            m = find(s, Message, uuid, "message")
            check_version(m, expected_version, "message")
            m.notes = optional_text(notes, "notes", LONG_TEXT, multiline=True)
            s.flush()
            return self._detail(s, m)

    def correct_sentiment(self, uuid: str, label: str) -> MessageRow:
        """Save the user's label (``corrected``); it teaches the team's classifier."""
        return self._relabel(uuid, lambda s, m: labelling.correct(s, m, label))

    def restore_sentiment(self, before: SentimentState) -> MessageRow:
        """Put back the label a message had before a correction (undo)."""
        return self._relabel(before.uuid, lambda s, m: labelling.restore(s, m, before))

    def _relabel(self, uuid: str, change: Callable[[Session, Message], None]) -> MessageRow:
        with self._db.session() as s:
            self._require(s)
            m = find(s, Message, uuid, "message")
            change(s, m)
            s.flush()
            return rows_by_ids(s, [m.id])[0]

    # Replies ------------------------------------------------------------------------
    def reply(self, message_uuid: str, text: str, close: bool = False) -> ReplyInfo:
        """Log a reply sent by the acting member; the first one records the first
        response time. ``close`` closes the message, else it becomes "waiting"."""
        with self._db.session() as s:
            self._require(s)
            return replies.reply(s, message_uuid, text, close, self._clock(s))

    def withdraw_reply(
        self, reply_uuid: str, status_after: str, status_before: str
    ) -> WithdrawnReply:
        """Undo of ``reply``: the reply leaves the log and the message gets back
        ``status_before``; StaleEdit if its status is no longer ``status_after``."""
        with self._db.session() as s:
            self._require(s)
            clock = self._clock(s)
            return replies.withdraw(s, reply_uuid, status_after, status_before, clock)

    def relog_reply(self, withdrawn: WithdrawnReply) -> ReplyInfo:
        """Redo of ``reply``: the withdrawn reply back in the log as it was."""
        with self._db.session() as s:
            self._require(s)
            return replies.relog(s, withdrawn, self._clock(s))

    def mark_replied(self, uuids: Sequence[str]) -> TriageOutcome:
        """Record a first response (answered elsewhere) without a reply text."""
        return self._triage(lambda s: replies.mark_replied(s, uuids, self._clock(s)))

    def unmark_replied(self, before: Sequence[TriageState]) -> TriageOutcome:
        """Undo of ``mark_replied`` (``before`` is its outcome's); StaleEdit when a reply
        was logged since."""
        return self._triage(lambda s: replies.unmark_replied(s, before, self._clock(s)))

    def list_templates(self) -> list[ReplyTemplate]:
        with self._db.session(read_only=True) as s:
            return replies.list_templates(s)

    def save_template(
        self, draft: ReplyTemplateDraft, uuid: str | None = None, expected_version: int = 0
    ) -> ReplyTemplate:
        """Add (``uuid`` None) or update a saved reply."""
        if uuid is None:
            return self.saved_replies.add(draft)
        return self.saved_replies.update(uuid, expected_version, draft)

    def remove_template(self, uuid: str) -> None:
        self.saved_replies.remove(uuid)

    def fill_template(self, template_uuid: str, message_uuid: str, language: str) -> str:
        """The saved reply's text in ``language`` with its placeholders filled for the
        message (unknown placeholders are left as typed)."""
        member = self._acting.current() if self._acting is not None else None
        with self._db.session(read_only=True) as s:
            name = member.name if member is not None else ""
            return replies.fill_template(s, template_uuid, message_uuid, language, name)

    # Rules --------------------------------------------------------------------------
    def list_rules(self) -> list[Rule]:
        with self._db.session(read_only=True) as s:
            return rules.list_rules(s)

    def save_rule(
        self, draft: RuleDraft, uuid: str | None = None, expected_version: int = 0
    ) -> Rule:
        """Add (``uuid`` None) or update a rule."""
        if uuid is None:
            return self.rules.add(draft)
        return self.rules.update(uuid, expected_version, draft)

    def remove_rule(self, uuid: str) -> None:
        self.rules.remove(uuid)

    def apply_rules(self, uuids: Sequence[str]) -> RuleOutcome:
        """Run the enabled rules again on these messages."""
        with self._db.session() as s:
            self._require(s)
            return rules.apply_to(s, ids_of(s, uuids))

    # Alerts -------------------------------------------------------------------------
    def list_alerts(self, include_dismissed: bool = False) -> list[Alert]:
        """Newest first."""
        with self._db.session(read_only=True) as s:
            return alerts.list_alerts(s, include_dismissed)

    def dismiss_alert(self, uuid: str) -> None:
        with self._db.session() as s:
            self._require(s)
            alerts.dismiss(s, uuid)

    def scan_spikes(self, now: datetime | None = None) -> list[Alert]:
        """Run the negative-spike and risk-keyword detector over recent messages; returns
        the alerts it newly raised (an alert already raised for the same window is not
        raised again)."""
        with self._db.session() as s:
            raised = alerts.scan(s, load_settings(s), now)
            return alerts.list_alerts(s, True, raised) if raised else []

    # Response time ------------------------------------------------------------------
    def sla_settings(self) -> SlaSettings:
        with self._db.session(read_only=True) as s:
            return load_settings(s)

    def save_sla_settings(self, settings: SlaSettings) -> SlaSettings:
        """Save; due times of unanswered messages are recomputed."""
        with self._db.session() as s:
            self._require(s)
            save_settings(s, settings)
            recompute_due(s, Clock(settings))
            return load_settings(s)

    def response_stats(
        self,
        start: datetime,
        end: datetime,
        account: str | None = None,
        member: str | None = None,
    ) -> ResponseStats:
        """First-response figures for messages received in [start, end); ``account`` and
        ``member`` are UUIDs (member: messages that member answered first)."""
        with self._db.session(read_only=True) as s:
            names = Names.load(s)
            account_id = names.account_id(account) if account else None
            member_id = names.member_id(member) if member else None
            target = load_settings(s).target_minutes * 60
            return sla.response_stats(s, start, end, account_id, member_id, target)

    def member_facts(self, member_id: str, start: datetime, end: datetime) -> MemberFacts:
        """``member_id`` is the member's UUID."""
        with self._db.session(read_only=True) as s:
            target = load_settings(s).target_minutes * 60
            found = Names.load(s).member_id(member_id)
            return sla.member_facts(s, member_id, found, start, end, target)
