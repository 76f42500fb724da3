"""What the calendar services take and return. No SQLAlchemy: the UI imports this early.

Times: every ``datetime`` in and out is timezone-aware (stored as UTC); the UI turns a
local day into a range with :func:`day_range`. Money is in minor units (fen/cents).
Codes (status, action, warning, content type, platform) are stable English words the UI
translates; names of things users made come as ``*_en``/``*_zh`` or plain text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.calendar.days import day_range as day_range  # re-exported
from app.calendar.planning_types import (
    APPROVAL_MODES as APPROVAL_MODES,
)
from app.calendar.planning_types import (  # re-exported: one place to import from
    CAMPAIGN_KINDS as CAMPAIGN_KINDS,
)
from app.calendar.planning_types import (
    DEFAULT_CHECKLIST as DEFAULT_CHECKLIST,
)
from app.calendar.planning_types import (
    DEFAULT_STEP_NAMES as DEFAULT_STEP_NAMES,
)
from app.calendar.planning_types import (
    KEY_DATE_KINDS as KEY_DATE_KINDS,
)
from app.calendar.planning_types import (
    ApprovalPolicy as ApprovalPolicy,
)
from app.calendar.planning_types import (
    ApprovalStep as ApprovalStep,
)
from app.calendar.planning_types import (
    CalendarSettings as CalendarSettings,
)
from app.calendar.planning_types import (
    CampaignDraft as CampaignDraft,
)
from app.calendar.planning_types import (
    CampaignRow as CampaignRow,
)
from app.calendar.planning_types import (
    KeyDate as KeyDate,
)
from app.calendar.planning_types import (
    KeyDateDraft as KeyDateDraft,
)
from app.calendar.planning_types import (
    MemberFacts as MemberFacts,
)
from app.calendar.planning_types import (
    PillarGap as PillarGap,
)
from app.calendar.planning_types import (
    PlanGap as PlanGap,
)
from app.calendar.planning_types import (
    RemovedCampaign as RemovedCampaign,
)
from app.calendar.planning_types import (
    WorkItem as WorkItem,
)
from app.calendar.workflow import PostStatus

# Content types -------------------------------------------------------------------------
BUILTIN_CONTENT_TYPES: tuple[tuple[str, str, str], ...] = (
    ("article", "Article", "文章"),
    ("video", "Video", "视频"),
    ("live", "Live stream", "直播"),
    ("image_text", "Image + text", "图文"),
    ("short_video", "Short video", "短视频"),
)


@dataclass(frozen=True)
class ContentTypeInfo:
    uuid: str
    code: str
    name_en: str
    name_zh: str
    builtin: bool

    def name(self, language: str) -> str:
        return self.name_zh if language.startswith("zh") else self.name_en


# Parts of a post -------------------------------------------------------------------------
TARGET_STATUSES = ("pending", "scheduled", "published", "failed", "cancelled")


@dataclass(frozen=True)
class TargetDraft:
    """One account a post goes out on. ``uuid`` None = a new target (kept on edit)."""

    account_uuid: str
    text: str = ""  # the account's own text variant; empty = the post's body
    scheduled_at: datetime | None = None  # None = the post's time
    status: str = "pending"
    published_url: str = ""
    published_at: datetime | None = None
    uuid: str | None = None


@dataclass(frozen=True)
class TargetInfo:
    uuid: str
    account_uuid: str
    account_handle: str
    platform_code: str
    platform_en: str
    platform_zh: str
    text: str
    scheduled_at: datetime | None
    status: str
    published_url: str
    published_at: datetime | None

    def draft(self) -> TargetDraft:
        return TargetDraft(
            self.account_uuid,
            self.text,
            self.scheduled_at,
            self.status,
            self.published_url,
            self.published_at,
            self.uuid,
        )


@dataclass(frozen=True)
class StepDraft:
    """A production step (script, shoot, edit, design, copy …)."""

    name: str
    assignee_uuid: str | None = None
    due: date | None = None
    done: bool = False
    uuid: str | None = None


@dataclass(frozen=True)
class StepInfo:
    uuid: str
    name: str
    assignee_uuid: str | None
    assignee_name: str
    due: date | None
    done_at: datetime | None
    late: bool  # not done and its due day has passed (or done after it)

    @property
    def done(self) -> bool:
        return self.done_at is not None

    def draft(self) -> StepDraft:
        return StepDraft(self.name, self.assignee_uuid, self.due, self.done, self.uuid)


@dataclass(frozen=True)
class CheckDraft:
    """A line of the review checklist (legality, compliance, brand, platform rules …)."""

    label: str
    checked: bool = False
    uuid: str | None = None


@dataclass(frozen=True)
class CheckInfo:
    uuid: str
    label: str
    checked: bool
    checked_by: str  # member name, "" when unchecked

    def draft(self) -> CheckDraft:
        return CheckDraft(self.label, self.checked, self.uuid)


@dataclass(frozen=True)
class AssetDraft:
    """A file of the post. ``copy`` True copies it into the media folder on save (the
    stored path is then the copy's); False references it where it is."""

    path: str
    copy: bool = False
    uuid: str | None = None


@dataclass(frozen=True)
class AssetInfo:
    uuid: str
    path: str
    copied: bool  # lives in the app's media folder
    exists: bool  # False: flagged as missing (never an error)
    is_image: bool

    def draft(self) -> AssetDraft:
        return AssetDraft(self.path, False, self.uuid)


@dataclass(frozen=True)
class CommentInfo:
    uuid: str
    member_uuid: str | None
    member_name: str
    body: str
    at: datetime


@dataclass(frozen=True)
class ApprovalInfo:
    """A reviewer's decision: ``decision`` is "approve" or "reject"; ``step`` indexes the
    policy's steps (0 for the one-approver policy); ``round`` counts submissions."""

    member_uuid: str | None
    member_name: str
    step: int
    decision: str
    reason: str
    round: int
    at: datetime


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    member_name: str
    what: str  # record type: "posts", "post_targets", "production_steps" …
    action: str  # add, update, remove, or a workflow action (submit, approve, reject …)
    detail: str


# Warnings ------------------------------------------------------------------------------
OVER_FREQUENCY = "over_frequency"  # account scheduled above its strategy frequency
PAST_DUE = "past_due"  # time has passed and not published
TEXT_TOO_LONG = "text_too_long"
TITLE_TOO_LONG = "title_too_long"
TOO_MANY_IMAGES = "too_many_images"
HASHTAG_STYLE = "hashtag_style"  # e.g. #tag on Weibo, which wants #话题#
MISSING_ASSET = "missing_asset"
STEP_LATE = "step_late"  # a production step is past its due day
WARNING_CODES = (
    OVER_FREQUENCY,
    PAST_DUE,
    TEXT_TOO_LONG,
    TITLE_TOO_LONG,
    TOO_MANY_IMAGES,
    HASHTAG_STYLE,
    MISSING_ASSET,
    STEP_LATE,
)


@dataclass(frozen=True)
class PostWarning:
    code: str
    account_handle: str = ""  # the target it concerns, "" for the whole post
    limit: int = 0
    actual: int = 0


@dataclass(frozen=True)
class PlatformRule:
    """What a platform accepts. 0 = no limit. ``hashtag_style``: "#topic#" (Weibo),
    "#tag" (Instagram …), "" (no hashtags checked)."""

    platform_code: str
    max_length: int
    max_title_length: int
    hashtag_style: str
    max_images: int


# Posts -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class PostDraft:
    """What the editor saves. The status is not here: it changes through
    :meth:`PostsService.act` (the workflow), never by editing."""

    title: str
    body: str = ""
    content_type_code: str = "image_text"
    owner_uuid: str | None = None
    campaign_uuid: str | None = None
    pillar_uuid: str | None = None
    scheduled_at: datetime | None = None
    tags: tuple[str, ...] = ()
    notes: str = ""
    targets: tuple[TargetDraft, ...] = ()
    steps: tuple[StepDraft, ...] = ()
    checklist: tuple[CheckDraft, ...] = ()
    assets: tuple[AssetDraft, ...] = ()


@dataclass(frozen=True)
class PostSummary:
    """A chip in the month/week view or a row of the list."""

    uuid: str
    version: int
    title: str
    content_type_code: str
    content_type_en: str
    content_type_zh: str
    status: PostStatus
    platform_codes: tuple[str, ...]
    account_handles: tuple[str, ...]
    scheduled_at: datetime | None
    owner_uuid: str | None
    owner_name: str
    campaign_uuid: str | None
    campaign_name: str
    pillar_uuid: str | None
    pillar_name: str
    late: bool  # past its time and not published, or a production step is late
    warnings: tuple[str, ...]  # WARNING_CODES

    def content_type_name(self, language: str) -> str:
        return self.content_type_zh if language.startswith("zh") else self.content_type_en


@dataclass(frozen=True)
class PostDetail:
    """Everything the editor shows."""

    uuid: str
    version: int
    title: str
    body: str
    content_type_code: str
    content_type_en: str
    content_type_zh: str
    status: PostStatus
    owner_uuid: str | None
    owner_name: str
    campaign_uuid: str | None
    campaign_name: str
    pillar_uuid: str | None
    pillar_name: str
    scheduled_at: datetime | None
    tags: tuple[str, ...]
    notes: str
    targets: tuple[TargetInfo, ...]
    steps: tuple[StepInfo, ...]
    checklist: tuple[CheckInfo, ...]
    assets: tuple[AssetInfo, ...]
    comments: tuple[CommentInfo, ...]
    approvals: tuple[ApprovalInfo, ...]
    history: tuple[HistoryLine, ...]
    rejection_reason: str  # the last rejection's reason while the post is back in drafting
    review_round: int
    warnings: tuple[PostWarning, ...]
    created_at: datetime
    updated_at: datetime

    def draft(self) -> PostDraft:
        return PostDraft(
            title=self.title,
            body=self.body,
            content_type_code=self.content_type_code,
            owner_uuid=self.owner_uuid,
            campaign_uuid=self.campaign_uuid,
            pillar_uuid=self.pillar_uuid,
            scheduled_at=self.scheduled_at,
            tags=self.tags,
            notes=self.notes,
            targets=tuple(t.draft() for t in self.targets),
            steps=tuple(s.draft() for s in self.steps),
            checklist=tuple(c.draft() for c in self.checklist),
            assets=tuple(a.draft() for a in self.assets),
        )


@dataclass(frozen=True)
class RemovedPost:
    """Everything :meth:`PostsService.restore` needs to put a post back as it was."""

    post: PostDetail


@dataclass(frozen=True)
class TransitionResult:
    """A workflow step taken; :meth:`PostsService.undo_action` takes it back."""

    post: PostDetail
    action: str
    from_status: PostStatus
    to_status: PostStatus  # "in_review" after an approval that left policy steps open
    before: PostDetail


@dataclass(frozen=True)
class Rescheduled:
    """A move; ``before`` is what :meth:`PostsService.reschedule` needs to move it back."""

    post: PostSummary
    before: datetime | None
    target_uuid: str | None


# Queries ---------------------------------------------------------------------------------
SORT_KEYS = ("scheduled_at", "title", "status", "owner", "campaign", "content_type", "updated_at")


@dataclass(frozen=True)
class PostFilter:
    """Empty tuples mean "any". ``text`` searches title, body, tags and notes.
    :meth:`to_dict`/:meth:`from_dict` let the UI persist it as JSON."""

    platform_codes: tuple[str, ...] = ()
    account_uuids: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    owner_uuids: tuple[str, ...] = ()
    campaign_uuids: tuple[str, ...] = ()
    pillar_uuids: tuple[str, ...] = ()
    content_type_codes: tuple[str, ...] = ()
    text: str = ""

    @property
    def empty(self) -> bool:
        return self == PostFilter()

    def to_dict(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in self.__dict__.items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PostFilter:
        known = cls.__dataclass_fields__
        kw: dict[str, Any] = {}
        for k, v in data.items():
            if k not in known:
                continue  # a filter saved by another version
            kw[k] = str(v) if k == "text" else tuple(str(x) for x in v)
        return cls(**kw)


@dataclass(frozen=True)
class PostPage:
    rows: tuple[PostSummary, ...]
    total: int | None  # None: not counted (``page(count=False)``)
    offset: int
    limit: int
