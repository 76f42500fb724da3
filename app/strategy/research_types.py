"""What the research service takes and returns. No SQLAlchemy: the UI imports this early."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class CompetitorDraft:
    name: str
    platforms: str = ""  # free text, e.g. "抖音, 小红书"
    accounts: str = ""
    notes: str = ""


@dataclass(frozen=True)
class CompetitorInfo:
    uuid: str
    name: str
    platforms: str
    accounts: str
    notes: str
    version: int
    created_at: datetime
    updated_at: datetime

    def draft(self) -> CompetitorDraft:
        return CompetitorDraft(self.name, self.platforms, self.accounts, self.notes)


@dataclass(frozen=True)
class ObservationDraft:
    """One observed metric: e.g. 2026-03-01, "followers", 1_250_000 on Douyin."""

    observed_on: date
    metric: str
    value: float
    platform_uuid: str | None = None


@dataclass(frozen=True)
class ObservationInfo:
    uuid: str
    competitor_uuid: str
    observed_on: date
    metric: str
    value: float
    platform_uuid: str | None
    platform_code: str
    version: int
    created_at: datetime
    updated_at: datetime

    def draft(self) -> ObservationDraft:
        return ObservationDraft(self.observed_on, self.metric, self.value, self.platform_uuid)


@dataclass(frozen=True)
class RemovedCompetitor:
    competitor: CompetitorInfo
    observations: tuple[ObservationInfo, ...]


@dataclass(frozen=True)
class ResearchNoteDraft:
    noted_on: date
    title: str
    body: str = ""
    tags: str = ""  # comma-separated; stored normalised
    plan_uuid: str | None = None


@dataclass(frozen=True)
class ResearchNoteInfo:
    uuid: str
    noted_on: date
    title: str
    body: str
    tags: tuple[str, ...]
    plan_uuid: str | None
    plan_title: str
    version: int
    created_at: datetime
    updated_at: datetime

    def draft(self) -> ResearchNoteDraft:
        return ResearchNoteDraft(
            self.noted_on, self.title, self.body, ", ".join(self.tags), self.plan_uuid
        )


def split_tags(text: str) -> tuple[str, ...]:
    """Tags from comma text (ASCII or full-width commas), trimmed, first spelling kept."""
    seen: dict[str, str] = {}
    for raw in re.split(r"[,，、;；]", text):
        tag = raw.strip()
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())
