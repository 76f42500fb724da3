"""What the calendar's planning services take and return: campaigns, key dates, plan
vs schedule, my work, member facts and settings. No SQLAlchemy (the UI imports it early);
:mod:`app.calendar.types` re-exports every name, so either import works.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Campaigns -------------------------------------------------------------------------------
CAMPAIGN_KINDS = ("giveaway", "topic", "challenge", "launch", "ad", "other")


@dataclass(frozen=True)
class CampaignDraft:
    name: str
    start_date: date
    end_date: date
    kind: str = "other"
    account_uuids: tuple[str, ...] = ()
    budget_cents: int = 0
    ad_spend_cents: int = 0
    goal: str = ""
    objective_uuids: tuple[str, ...] = ()
    owner_uuid: str | None = None
    results_notes: str = ""


@dataclass(frozen=True)
class CampaignRow:
    """A campaign in the list, and a band in the calendar."""

    uuid: str
    version: int
    name: str
    kind: str
    start_date: date
    end_date: date
    account_uuids: tuple[str, ...]
    account_handles: tuple[str, ...]
    budget_cents: int
    ad_spend_cents: int
    goal: str
    objective_uuids: tuple[str, ...]
    owner_uuid: str | None
    owner_name: str
    results_notes: str
    post_count: int

    def draft(self) -> CampaignDraft:
        return CampaignDraft(
            self.name,
            self.start_date,
            self.end_date,
            self.kind,
            self.account_uuids,
            self.budget_cents,
            self.ad_spend_cents,
            self.goal,
            self.objective_uuids,
            self.owner_uuid,
            self.results_notes,
        )


@dataclass(frozen=True)
class RemovedCampaign:
    campaign: CampaignRow
    post_uuids: tuple[str, ...]  # posts that lost the campaign and get it back on restore


# Key dates -------------------------------------------------------------------------------
KEY_DATE_KINDS = ("holiday", "shopping", "festival", "team")


@dataclass(frozen=True)
class KeyDateDraft:
    day: date
    name_en: str
    name_zh: str = ""
    notes: str = ""


@dataclass(frozen=True)
class KeyDate:
    """A marketing date. Built-in ones have ``uuid`` "" and version 0 (not editable);
    the team's own have ``kind`` "team"."""

    day: date
    name_en: str
    name_zh: str
    kind: str
    uuid: str = ""
    version: int = 0
    notes: str = ""

    @property
    def builtin(self) -> bool:
        return not self.uuid

    def name(self, language: str) -> str:
        return self.name_zh if language.startswith("zh") and self.name_zh else self.name_en

    def draft(self) -> KeyDateDraft:
        return KeyDateDraft(self.day, self.name_en, self.name_zh, self.notes)


# Plan vs schedule ------------------------------------------------------------------------
@dataclass(frozen=True)
class PillarGap:
    pillar_uuid: str
    name: str
    planned_percent: int
    scheduled: int
    scheduled_percent: int


@dataclass(frozen=True)
class PlanGap:
    """One account, one period: what the strategy plans against what is scheduled.
    ``planned`` is the strategy frequency scaled to the period (None: no strategy)."""

    account_uuid: str
    account_handle: str
    platform_code: str
    period: str  # "week" or "month"
    start: date
    end: date  # inclusive
    planned: int | None
    scheduled: int
    pillars: tuple[PillarGap, ...] = ()

    @property
    def gap(self) -> int:
        """How many more to schedule (negative: over plan)."""
        return 0 if self.planned is None else self.planned - self.scheduled


# My work, member facts, settings ----------------------------------------------------------
@dataclass(frozen=True)
class WorkItem:
    """Something the acting member should do: ``kind`` "step" (a production step
    assigned to them), "review" (a post waiting for their approval) or "post" (their
    own post past due)."""

    kind: str
    post_uuid: str
    post_title: str
    step_uuid: str | None
    step_name: str
    due: date | None
    late: bool


@dataclass(frozen=True)
class MemberFacts:
    """For appraisals. ``on_time_rate`` is steps done by their due day / steps due in
    the period (None when none was due)."""

    member_uuid: str
    start: date
    end: date
    posts_owned: int
    posts_published: int
    steps_due: int
    steps_on_time: int
    on_time_rate: float | None
    review_rejections: int  # rejections of the member's posts in the period
    reviews_done: int  # decisions the member made as a reviewer


APPROVAL_MODES = ("none", "one", "steps")


@dataclass(frozen=True)
class ApprovalStep:
    name: str
    approver_uuids: tuple[str, ...]
    rule: str = "any"  # "any": one approver is enough; "all": every approver


@dataclass(frozen=True)
class ApprovalPolicy:
    """The workspace's review rule. "none": submitting approves; "one": any member
    with the approve right; "steps": each step in order."""

    mode: str = "one"
    steps: tuple[ApprovalStep, ...] = ()


DEFAULT_CHECKLIST = ("Legality", "Compliance", "Brand consistency", "Platform rules")
DEFAULT_STEP_NAMES = ("Script", "Shoot", "Edit", "Design", "Copy")


@dataclass(frozen=True)
class CalendarSettings:
    """Team-wide lists the editor offers; editable by a lead (EDIT_CAMPAIGNS)."""

    approval: ApprovalPolicy = field(default_factory=ApprovalPolicy)
    checklist: tuple[str, ...] = DEFAULT_CHECKLIST
    step_names: tuple[str, ...] = DEFAULT_STEP_NAMES
    version: int = 0
