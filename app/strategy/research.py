"""Market research: competitors with hand-entered observed metrics, and research notes."""

from __future__ import annotations

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session, joinedload

from app.accounts.models import Platform
from app.db.database import Database
from app.db.records import check_version, find
from app.strategy.models import Competitor, CompetitorMetric, Plan, ResearchNote
from app.strategy.research_types import (
    CompetitorDraft,
    CompetitorInfo,
    ObservationDraft,
    ObservationInfo,
    RemovedCompetitor,
    ResearchNoteDraft,
    ResearchNoteInfo,
    split_tags,
)
from app.team.acting import Acting, require
from app.team.rights import EDIT_STRATEGY
from app.validation import finite_number, optional_text, require_text


def competitor_info(c: Competitor) -> CompetitorInfo:
    return CompetitorInfo(
        c.uuid, c.name, c.platforms, c.accounts, c.notes, c.version, c.created_at, c.updated_at
    )


def _observation_info(m: CompetitorMetric) -> ObservationInfo:
    return ObservationInfo(
        uuid=m.uuid,
        competitor_uuid=m.competitor.uuid,
        observed_on=m.observed_on,
        metric=m.metric,
        value=m.value,
        platform_uuid=m.platform.uuid if m.platform else None,
        platform_code=m.platform.code if m.platform else "",
        version=m.version,
        created_at=m.created_at,
        updated_at=m.updated_at,
    )


def _note_info(n: ResearchNote) -> ResearchNoteInfo:
    return ResearchNoteInfo(
        uuid=n.uuid,
        noted_on=n.noted_on,
        title=n.title,
        body=n.body,
        tags=split_tags(n.tags),
        plan_uuid=n.plan.uuid if n.plan else None,
        plan_title=n.plan.title if n.plan else "",
        version=n.version,
        created_at=n.created_at,
        updated_at=n.updated_at,
    )


def load_notes(s: Session, where: ColumnElement[bool]) -> list[ResearchNoteInfo]:
    """Research notes, newest first."""
    query = (
        select(ResearchNote)
        .options(joinedload(ResearchNote.plan))
        .where(where)
        .order_by(ResearchNote.noted_on.desc(), ResearchNote.id.desc())
    )
    return [_note_info(n) for n in s.scalars(query)]


def observations_where(s: Session, where: ColumnElement[bool]) -> list[ObservationInfo]:
    query = (
        select(CompetitorMetric)
        .options(joinedload(CompetitorMetric.competitor), joinedload(CompetitorMetric.platform))
        .where(where)
        .order_by(CompetitorMetric.observed_on, CompetitorMetric.metric, CompetitorMetric.id)
    )
    return [_observation_info(m) for m in s.scalars(query)]


class ResearchService:
    def __init__(self, db: Database, acting: Acting | None = None) -> None:
        self._db = db
        self._acting = acting

    # Competitors -----------------------------------------------------------------
    def list_competitors(self) -> list[CompetitorInfo]:
        with self._db.session(read_only=True) as s:
            rows = s.scalars(select(Competitor).order_by(Competitor.name))
            return [competitor_info(c) for c in rows]

    def get_competitor(self, uuid: str) -> CompetitorInfo:
        with self._db.session(read_only=True) as s:
            return competitor_info(find(s, Competitor, uuid, "competitor"))

    def add_competitor(self, draft: CompetitorDraft, *, uuid: str | None = None) -> CompetitorInfo:
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            c = Competitor()
            if uuid is not None:
                c.uuid = uuid
            self._apply_competitor(c, draft)
            s.add(c)
            s.flush()
            return competitor_info(c)

    def update_competitor(
        self, uuid: str, expected_version: int, draft: CompetitorDraft
    ) -> CompetitorInfo:
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            c = find(s, Competitor, uuid, "competitor")
            check_version(c, expected_version, "competitor")
            self._apply_competitor(c, draft)
            s.flush()
            return competitor_info(c)

    def remove_competitor(self, uuid: str) -> RemovedCompetitor:
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            c = find(s, Competitor, uuid, "competitor")
            removed = RemovedCompetitor(
                competitor_info(c),
                tuple(observations_where(s, CompetitorMetric.competitor_id == c.id)),
            )
            s.delete(c)
            return removed

    def restore_competitor(self, removed: RemovedCompetitor) -> CompetitorInfo:
        """Put a competitor and its observations back, same UUIDs, in one transaction."""
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            c = Competitor(uuid=removed.competitor.uuid)
            self._apply_competitor(c, removed.competitor.draft())
            s.add(c)
            for o in removed.observations:
                m = CompetitorMetric(competitor=c, uuid=o.uuid)
                self._apply_observation(s, m, o.draft())
                s.add(m)
            s.flush()
            return competitor_info(c)

    @staticmethod
    def _apply_competitor(c: Competitor, d: CompetitorDraft) -> None:
        c.name = require_text(d.name, "name", 200)
        c.platforms = optional_text(d.platforms, "platforms", multiline=True)
        c.accounts = optional_text(d.accounts, "accounts", multiline=True)
        c.notes = optional_text(d.notes, "notes", multiline=True)

    # Observed metrics ------------------------------------------------------------
    def list_observations(self, competitor_uuid: str | None = None) -> list[ObservationInfo]:
        """Observations of one competitor (or all), oldest first: ready for a chart."""
        with self._db.session(read_only=True) as s:
            if competitor_uuid is None:
                return observations_where(s, true())
            c = find(s, Competitor, competitor_uuid, "competitor")
            return observations_where(s, CompetitorMetric.competitor_id == c.id)

    def get_observation(self, uuid: str) -> ObservationInfo:
        with self._db.session() as s:
            return _observation_info(find(s, CompetitorMetric, uuid, "observation"))

    def add_observation(
        self, competitor_uuid: str, draft: ObservationDraft, *, uuid: str | None = None
    ) -> ObservationInfo:
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            m = CompetitorMetric(competitor=find(s, Competitor, competitor_uuid, "competitor"))
            if uuid is not None:
                m.uuid = uuid
            self._apply_observation(s, m, draft)
            s.add(m)
            s.flush()
            return _observation_info(m)

    def update_observation(
        self, uuid: str, expected_version: int, draft: ObservationDraft
    ) -> ObservationInfo:
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            m = find(s, CompetitorMetric, uuid, "observation")
            check_version(m, expected_version, "observation")
            self._apply_observation(s, m, draft)
            s.flush()
            return _observation_info(m)

    def remove_observation(self, uuid: str) -> ObservationInfo:
        """The result goes back with ``add_observation(info.competitor_uuid, info.draft(),
        uuid=info.uuid)``."""
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            m = find(s, CompetitorMetric, uuid, "observation")
            info = _observation_info(m)
            s.delete(m)
            return info

    @staticmethod
    def _apply_observation(s: Session, m: CompetitorMetric, d: ObservationDraft) -> None:
        metric = require_text(d.metric, "metric", 80)
        value = finite_number(d.value, "value")
        platform = find(s, Platform, d.platform_uuid, "platform") if d.platform_uuid else None
        m.observed_on, m.metric, m.value, m.platform = d.observed_on, metric, value, platform

    # Research notes --------------------------------------------------------------
    def list_notes(self, plan_uuid: str | None = None) -> list[ResearchNoteInfo]:
        """Notes linked to one plan, or every note; newest first."""
        with self._db.session(read_only=True) as s:
            if plan_uuid is None:
                return load_notes(s, true())
            plan = find(s, Plan, plan_uuid, "plan")
            return load_notes(s, ResearchNote.plan_id == plan.id)

    def get_note(self, uuid: str) -> ResearchNoteInfo:
        with self._db.session(read_only=True) as s:
            return _note_info(find(s, ResearchNote, uuid, "research note"))

    def add_note(self, draft: ResearchNoteDraft, *, uuid: str | None = None) -> ResearchNoteInfo:
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            n = ResearchNote()
            if uuid is not None:
                n.uuid = uuid
            self._apply_note(s, n, draft)
            s.add(n)
            s.flush()
            return _note_info(n)

    def update_note(
        self, uuid: str, expected_version: int, draft: ResearchNoteDraft
    ) -> ResearchNoteInfo:
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            n = find(s, ResearchNote, uuid, "research note")
            check_version(n, expected_version, "research note")
            self._apply_note(s, n, draft)
            s.flush()
            return _note_info(n)

    def remove_note(self, uuid: str) -> ResearchNoteInfo:
        """The result goes back with ``add_note(info.draft(), uuid=info.uuid)``."""
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            n = find(s, ResearchNote, uuid, "research note")
            info = _note_info(n)
            s.delete(n)
            return info

    @staticmethod
    def _apply_note(s: Session, n: ResearchNote, d: ResearchNoteDraft) -> None:
        title = require_text(d.title, "title", 200)
        plan = find(s, Plan, d.plan_uuid, "plan") if d.plan_uuid else None
        body = optional_text(d.body, "body", multiline=True)
        n.noted_on, n.title, n.body, n.plan = d.noted_on, title, body, plan
        n.tags = ", ".join(split_tags(optional_text(d.tags, "tags", multiline=True)))
