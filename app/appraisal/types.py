"""What the appraisal services take and return. No SQLAlchemy: the UI imports this early."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

# Codes stored in the database; the UI shows their names.
PERIOD_KINDS: tuple[str, ...] = ("quarter", "half", "year", "custom")
NOT_STARTED, SELF_REVIEW, MANAGER_REVIEW, AWAITING_SIGNOFF, SIGNED = (
    "not_started",
    "self_review",
    "manager_review",
    "awaiting_signoff",
    "signed",
)
STATUSES: tuple[str, ...] = (NOT_STARTED, SELF_REVIEW, MANAGER_REVIEW, AWAITING_SIGNOFF, SIGNED)
JUDGEMENT, FACT = "judgement", "fact"
CRITERION_KINDS: tuple[str, ...] = (JUDGEMENT, FACT)
# Facts from the work itself, in the order the review form lists them.
FACTS: tuple[str, ...] = (
    "posts_owned",
    "posts_published",
    "on_time_rate",
    "review_rejections",
    "inbox_handled",
    "median_first_response_minutes",
    "sla_breaches",
    "objectives_owned",
    "objectives_achieved",
    "training_hours",
)
SKILLS: tuple[str, ...] = ("content", "data", "operations", "crisis", "strategy", "management")


@dataclass(frozen=True)
class Criterion:
    """One line of a template: weights of a template sum to 100; scores run min..max."""

    name: str
    description: str = ""
    weight: int = 20
    scale_min: int = 1
    scale_max: int = 5
    kind: str = JUDGEMENT
    fact: str = ""  # one of FACTS when kind is FACT


@dataclass(frozen=True)
class TemplateDraft:
    name: str
    role: str  # one of app.vocabulary.ROLES
    language: str  # "en" or "zh"
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True)
class TemplateInfo:
    """A stored template, or a built-in default (``uuid`` None, never stored)."""

    uuid: str | None
    name: str
    role: str
    language: str
    criteria: tuple[Criterion, ...]
    version: int = 0

    @property
    def builtin(self) -> bool:
        return self.uuid is None

    def draft(self) -> TemplateDraft:
        return TemplateDraft(self.name, self.role, self.language, self.criteria)


@dataclass(frozen=True)
class Band:
    """A grade given to a weighted total (0–100) of at least ``minimum``."""

    grade: str
    minimum: float


DEFAULT_BANDS: tuple[Band, ...] = (Band("A", 90), Band("B", 75), Band("C", 60), Band("D", 0))


@dataclass(frozen=True)
class CycleDraft:
    name: str
    period_kind: str
    start: date
    end: date
    self_due: date | None = None
    manager_due: date | None = None
    bands: tuple[Band, ...] = DEFAULT_BANDS
    # Forced distribution: at most this share (percent) of the top grade; None: no check.
    top_share_limit: int | None = 20


@dataclass(frozen=True)
class CycleInfo:
    uuid: str
    name: str
    period_kind: str
    start: date
    end: date
    self_due: date | None
    manager_due: date | None
    bands: tuple[Band, ...]
    top_share_limit: int | None
    version: int
    # Status → number of the appraisals the viewer may read.
    counts: tuple[tuple[str, int], ...] = ()

    def draft(self) -> CycleDraft:
        return CycleDraft(
            self.name,
            self.period_kind,
            self.start,
            self.end,
            self.self_due,
            self.manager_due,
            self.bands,
            self.top_share_limit,
        )


@dataclass(frozen=True)
class Participant:
    """Who a new cycle appraises, with which template (None: from their roles)."""

    member_uuid: str
    template_uuid: str | None = None


@dataclass(frozen=True)
class ScoreLine:
    """A criterion of one appraisal (copied from its template) with both scores."""

    criterion: Criterion
    self_score: int | None = None
    self_comment: str = ""
    manager_score: int | None = None
    manager_comment: str = ""


@dataclass(frozen=True)
class Reopening:
    at: datetime
    by: str
    reason: str
    from_status: str


@dataclass(frozen=True)
class AppraisalInfo:
    uuid: str
    cycle_uuid: str
    cycle_name: str
    start: date
    end: date
    member_uuid: str
    member_name: str
    member_roles: tuple[str, ...]
    template_name: str
    status: str
    lines: tuple[ScoreLine, ...]
    strengths: str
    improvements: str
    goals: str
    training_plan: str
    manager_name: str
    member_signed_name: str
    member_signed_on: date | None
    manager_signed_name: str
    manager_signed_on: date | None
    total: float | None  # computed in the core from the manager's scores
    grade: str
    version: int
    reopenings: tuple[Reopening, ...] = ()

    @property
    def signed(self) -> bool:
        return self.status == SIGNED


@dataclass(frozen=True)
class SelfReview:
    """The member's scores and comments, one (score, comment) per line, in order."""

    scores: tuple[tuple[int | None, str], ...]


@dataclass(frozen=True)
class ManagerReview:
    scores: tuple[tuple[int | None, str], ...]
    strengths: str = ""
    improvements: str = ""
    goals: str = ""
    training_plan: str = ""


@dataclass(frozen=True)
class TrainingDraft:
    member_uuid: str
    course: str
    day: date
    hours: float
    skills: tuple[str, ...] = ()
    trainer: str = ""
    notes: str = ""
    appraisal_uuid: str | None = None  # the appraisal whose training plan it fulfils


@dataclass(frozen=True)
class TrainingInfo:
    uuid: str
    member_uuid: str
    member_name: str
    course: str
    day: date
    hours: float
    skills: tuple[str, ...]
    trainer: str
    notes: str
    appraisal_uuid: str | None
    version: int

    def draft(self) -> TrainingDraft:
        return TrainingDraft(
            self.member_uuid,
            self.course,
            self.day,
            self.hours,
            self.skills,
            self.trainer,
            self.notes,
            self.appraisal_uuid,
        )


@dataclass(frozen=True)
class FactValue:
    """A fact for a member and period; ``value`` None means "not available" (its tab has
    not landed or holds nothing to count), never zero."""

    code: str
    value: float | None
    source: str  # where it came from, e.g. "Calendar: posts with this owner"


@dataclass(frozen=True)
class HistoryPoint:
    cycle_name: str
    end: date
    total: float | None
    grade: str
    status: str


@dataclass(frozen=True)
class Distribution:
    """Grades of a cycle's appraisals that have a total, and the forced-distribution check."""

    counts: tuple[tuple[str, int], ...]
    graded: int
    warning: str | None = None
    top_share: float = 0.0
