"""What the inbox services take and return. No SQLAlchemy: the UI imports this early.

Codes (status, kind, priority, sentiment, severity …) are stored as these strings; the UI
owns their display names. Message references across the API are message UUIDs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.inbox.spikes import DEFAULT_RISK_KEYWORDS

KINDS: tuple[str, ...] = ("comment", "reply", "direct_message", "mention", "review")
STATUSES: tuple[str, ...] = ("new", "open", "waiting", "closed")
# Priority is a small integer so it sorts: 0 low, 1 normal, 2 high, 3 urgent.
PRIORITIES: tuple[int, ...] = (0, 1, 2, 3)
SENTIMENTS: tuple[str, ...] = ("positive", "neutral", "negative")
# Sort keys of the message list; each sorts newest/highest first unless ascending.
SORTS: tuple[str, ...] = ("received", "priority", "due", "account", "author", "status")

SEVERITIES: tuple[str, ...] = ("low", "medium", "high", "critical")
INCIDENT_STATUSES: tuple[str, ...] = ("open", "monitoring", "closed")
STATEMENT_STATUSES: tuple[str, ...] = ("draft", "submitted", "approved", "rejected")
# Departments an incident may involve (codes; the UI names them).
DEPARTMENTS: tuple[str, ...] = (
    "marketing",
    "pr",
    "legal",
    "customer_service",
    "product",
    "it_security",
    "management",
)
ALERT_KINDS: tuple[str, ...] = ("rule", "spike", "keyword")
# Default risk keywords for the spike detector (editable in the SLA/alert settings).
RISK_KEYWORDS: tuple[str, ...] = DEFAULT_RISK_KEYWORDS


# Messages --------------------------------------------------------------------------
@dataclass(frozen=True)
class MessageDraft:
    """A message as typed in, pasted or read by a source. ``received_at`` timezone-aware."""

    account_uuid: str
    kind: str
    author_name: str
    text: str
    received_at: datetime
    author_handle: str = ""
    platform_message_id: str = ""
    post_ref: str = ""  # the platform's post ID
    post_link: str = ""
    thread_ref: str = ""  # the platform's thread / conversation ID


@dataclass(frozen=True)
class MessageRow:
    """One line of the message list (text cut to a preview)."""

    id: int
    uuid: str
    account_uuid: str
    account: str  # the account's handle
    platform: str  # platform code
    kind: str
    author_name: str
    author_handle: str
    preview: str
    received_at: datetime
    status: str
    assignee_uuid: str | None
    assignee: str  # member name, "" when unassigned
    priority: int
    tags: tuple[str, ...]
    sentiment: str
    sentiment_confidence: float
    sentiment_corrected: bool
    overdue: bool
    due_at: datetime | None  # SLA due time (None: no SLA for it, or answered/closed)
    first_response_seconds: int | None  # business seconds to first response
    version: int


@dataclass(frozen=True)
class ReplyInfo:
    uuid: str
    text: str
    member_uuid: str | None
    member_name: str
    sent_at: datetime


@dataclass(frozen=True)
class WithdrawnReply:
    """A reply taken out of the log (undo of logging it), to log it again as it was."""

    message_uuid: str
    reply: ReplyInfo
    status: str  # the message's status with the reply logged


@dataclass(frozen=True)
class MessageDetail:
    row: MessageRow
    text: str  # the whole text
    platform_message_id: str
    post_ref: str
    post_link: str
    calendar_post_uuid: str | None  # matched calendar post, when the calendar knows it
    thread_ref: str
    notes: str  # internal notes
    first_response_at: datetime | None
    replies: tuple[ReplyInfo, ...]
    thread: tuple[MessageRow, ...]  # other messages of the same thread, oldest first
    incident_uuids: tuple[str, ...]

    @property
    def uuid(self) -> str:
        return self.row.uuid

    @property
    def version(self) -> int:
        return self.row.version


@dataclass(frozen=True)
class InboxFilter:
    """What the list shows. Empty tuples / None mean "any"."""

    search: str = ""  # full text over message text and author (Chinese substrings too)
    statuses: tuple[str, ...] = ()
    account_uuids: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    assignee_uuids: tuple[str, ...] = ()
    unassigned: bool = False  # only messages nobody is assigned to
    sentiments: tuple[str, ...] = ()
    priorities: tuple[int, ...] = ()
    tag: str = ""
    overdue_only: bool = False
    message_uuids: tuple[str, ...] = ()  # e.g. the messages behind an alert
    received_from: datetime | None = None
    received_to: datetime | None = None  # exclusive
    sort: str = "received"
    ascending: bool = False


@dataclass(frozen=True)
class MessageCount:
    count: int
    capped: bool  # True: at least ``count`` (counting stopped there to stay fast)


@dataclass(frozen=True)
class AddOutcome:
    """Messages added by an entry, paste or source; duplicates are skipped, not errors."""

    added: int
    duplicates: int
    uuids: tuple[str, ...]  # the added messages' UUIDs
    alerts: tuple[str, ...] = ()  # UUIDs of alerts the rules raised


@dataclass(frozen=True)
class TriageState:
    """A message's triage fields, to restore them (undo)."""

    uuid: str
    status: str
    assignee_uuid: str | None
    priority: int
    tags: tuple[str, ...]


@dataclass(frozen=True)
class SentimentState:
    """A message's sentiment label as it was, to put back (undo of a correction)."""

    uuid: str
    label: str
    confidence: float
    corrected: bool


@dataclass(frozen=True)
class TriageOutcome:
    changed: int
    before: tuple[TriageState, ...]  # what the messages had: pass to restore_triage to undo


# Replies ---------------------------------------------------------------------------
# Placeholders a saved reply may use: {author}, {handle}, {account}, {platform}, {member}.
PLACEHOLDERS: tuple[str, ...] = ("author", "handle", "account", "platform", "member")


@dataclass(frozen=True)
class ReplyTemplateDraft:
    name: str
    text_en: str
    text_zh: str
    tags: tuple[str, ...] = ()  # suggest for messages carrying one of these tags


@dataclass(frozen=True)
class ReplyTemplate:
    uuid: str
    name: str
    text_en: str
    text_zh: str
    tags: tuple[str, ...]
    version: int

    def text(self, language: str) -> str:
        return self.text_zh if language.startswith("zh") else self.text_en

    def draft(self) -> ReplyTemplateDraft:
        return ReplyTemplateDraft(self.name, self.text_en, self.text_zh, self.tags)


@dataclass(frozen=True)
class RemovedReplyTemplate:
    """A removed saved reply, to put back in its place (undo)."""

    template: ReplyTemplate
    sort_order: int


# Rules -----------------------------------------------------------------------------
@dataclass(frozen=True)
class RuleDraft:
    name: str
    keywords: tuple[str, ...]
    match_all: bool = False  # False: contains any keyword; True: contains all
    account_uuid: str | None = None  # None: every account
    kind: str | None = None  # None: every kind
    add_tag: str = ""
    assign_to_uuid: str | None = None
    set_priority: int | None = None
    raise_alert: bool = False
    enabled: bool = True


@dataclass(frozen=True)
class Rule:
    uuid: str
    name: str
    keywords: tuple[str, ...]
    match_all: bool
    account_uuid: str | None
    account: str
    kind: str | None
    add_tag: str
    assign_to_uuid: str | None
    assign_to: str
    set_priority: int | None
    raise_alert: bool
    enabled: bool
    version: int

    def draft(self) -> RuleDraft:
        return RuleDraft(
            self.name,
            self.keywords,
            self.match_all,
            self.account_uuid,
            self.kind,
            self.add_tag,
            self.assign_to_uuid,
            self.set_priority,
            self.raise_alert,
            self.enabled,
        )


@dataclass(frozen=True)
class RemovedRule:
    """A removed rule, to put back in its place with the alerts it raised (undo)."""

    rule: Rule
    sort_order: int
    alert_uuids: tuple[str, ...]


@dataclass(frozen=True)
class RuleOutcome:
    matched: int  # messages at least one rule matched
    changed: int  # messages a rule changed
    alerts: tuple[str, ...]  # UUIDs of alerts raised


# Alerts ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Alert:
    uuid: str
    kind: str  # ALERT_KINDS
    title: str  # user text (rule name) or a keyword / account; the UI builds the sentence
    account_uuid: str | None  # None: overall
    account: str
    raised_at: datetime
    window_start: datetime | None
    window_end: datetime | None
    negative_share: float | None  # spike alerts: the window's share of negatives
    baseline_share: float | None
    message_uuids: tuple[str, ...]  # the messages behind it
    dismissed: bool


# Incidents -------------------------------------------------------------------------
@dataclass(frozen=True)
class ContingencyTemplateDraft:
    name_en: str
    name_zh: str
    steps_en: tuple[str, ...]
    steps_zh: tuple[str, ...]


@dataclass(frozen=True)
class ContingencyTemplate:
    uuid: str
    code: str  # "product_complaint", "data_leak", "offensive_post", "kol_dispute", or custom
    name_en: str
    name_zh: str
    steps_en: tuple[str, ...]
    steps_zh: tuple[str, ...]
    builtin: bool
    version: int

    def name(self, language: str) -> str:
        return self.name_zh if language.startswith("zh") else self.name_en

    def steps(self, language: str) -> tuple[str, ...]:
        return self.steps_zh if language.startswith("zh") else self.steps_en


@dataclass(frozen=True)
class IncidentDraft:
    title: str
    severity: str = "medium"
    status: str = "open"
    owner_uuid: str | None = None
    departments: tuple[str, ...] = ()
    summary: str = ""


@dataclass(frozen=True)
class IncidentRow:
    uuid: str
    title: str
    severity: str
    status: str
    owner_uuid: str | None
    owner: str
    opened_at: datetime
    closed_at: datetime | None
    message_count: int
    version: int


@dataclass(frozen=True)
class IncidentEntry:
    """One line of the timeline. ``kind``: note, opened, status, linked, plan, statement,
    closed (the UI words the automatic ones; ``text`` is the user's note or a detail)."""

    uuid: str
    at: datetime
    member_uuid: str | None
    member_name: str
    kind: str
    text: str


@dataclass(frozen=True)
class PlanStep:
    uuid: str
    text: str
    done: bool
    done_at: datetime | None
    done_by: str


@dataclass(frozen=True)
class Statement:
    """A draft public statement and its approval."""

    uuid: str
    title: str
    text: str
    status: str  # STATEMENT_STATUSES
    author: str
    approved_by: str
    decided_at: datetime | None
    created_at: datetime
    version: int


@dataclass(frozen=True)
class Incident:
    row: IncidentRow
    departments: tuple[str, ...]
    summary: str
    plan_name: str  # the contingency template chosen (its name then), "" for none
    steps: tuple[PlanStep, ...]
    timeline: tuple[IncidentEntry, ...]  # oldest first
    messages: tuple[MessageRow, ...]
    statements: tuple[Statement, ...]
    lessons: str

    @property
    def uuid(self) -> str:
        return self.row.uuid

    @property
    def version(self) -> int:
        return self.row.version


@dataclass(frozen=True)
class IncidentReport:
    """What a printed incident report shows: the incident plus when it was made."""

    incident: Incident
    made_at: datetime
    negative_messages: int
    first_message_at: datetime | None
    last_message_at: datetime | None


# Response time (SLA) ---------------------------------------------------------------
@dataclass(frozen=True)
class SlaSettings:
    """Business hours and the first-response target. Times are local to ``timezone``."""

    target_minutes: int = 120
    workdays: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday = 0
    day_start: str = "09:00"
    day_end: str = "18:00"
    lunch_start: str = ""  # "" for no lunch break
    lunch_end: str = ""
    holidays: tuple[date, ...] = ()
    extra_workdays: tuple[date, ...] = ()  # 调休: weekend days worked
    timezone: str = "Asia/Shanghai"
    risk_keywords: tuple[str, ...] = RISK_KEYWORDS
    # The negative-spike detector (app.inbox.spikes): a 6-hour window rings with at
    # least this many negative messages, this rise of the negative share over the
    # account's usual one, and this many standard deviations above it (lower: sooner).
    spike_min_negative: int = 3
    spike_min_rise: float = 0.15
    spike_threshold: float = 4.0


@dataclass(frozen=True)
class ResponseStats:
    """First-response figures over messages received in [start, end)."""

    received: int
    answered: int
    median_seconds: float | None  # business seconds
    mean_seconds: float | None
    within_target: int
    breaches: int  # answered late, or still unanswered past the due time
    open_overdue: int  # unanswered and past due now


@dataclass(frozen=True)
class MemberFacts:
    """What appraisals read about one member's inbox work in [start, end)."""

    member_uuid: str
    handled: int  # messages the member replied to first (or closed)
    replies: int
    median_first_response_seconds: float | None
    sla_breaches: int


@dataclass(frozen=True)
class TagCount:
    tag: str
    count: int
