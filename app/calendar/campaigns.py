"""Campaigns and online activities: the list, the calendar's bands, and their records."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session, selectinload

from app.accounts.models import Account
from app.calendar.models import Campaign, Post, campaign_objectives
from app.calendar.types import CAMPAIGN_KINDS, CampaignDraft, CampaignRow, RemovedCampaign
from app.db.database import Database
from app.db.records import check_version, find
from app.strategy.models import Objective
from app.team.acting import Acting, require
from app.team.models import Member
from app.team.rights import EDIT_CAMPAIGNS
from app.validation import InvalidInput, optional_text, require_text, whole_number

MAX_CENTS = 10**15  # ten trillion yuan: more is a typo


def _rows(s: Session, campaigns: list[Campaign]) -> list[CampaignRow]:
    ids = [c.id for c in campaigns]
    if not ids:
        return []
    counts = dict(
        s.execute(
            select(Post.campaign_id, func.count(Post.id))
            .where(Post.campaign_id.in_(ids))
            .group_by(Post.campaign_id)
        ).all()
    )
    goals: dict[int, list[str]] = {}
    for cid, uuid in s.execute(
        select(campaign_objectives.c.campaign_id, Objective.uuid)
        .join(Objective, Objective.id == campaign_objectives.c.objective_id)
        .where(campaign_objectives.c.campaign_id.in_(ids))
    ):
        goals.setdefault(cid, []).append(uuid)
    return [
        CampaignRow(
            uuid=c.uuid,
            version=c.version,
            name=c.name,
            kind=c.kind,
            start_date=c.start_date,
            end_date=c.end_date,
            account_uuids=tuple(a.uuid for a in c.accounts),
            account_handles=tuple(a.handle for a in c.accounts),
            budget_cents=c.budget_cents,
            ad_spend_cents=c.ad_spend_cents,
            goal=c.goal,
            objective_uuids=tuple(sorted(goals.get(c.id, []))),
            owner_uuid=c.owner.uuid if c.owner else None,
            owner_name=c.owner.name if c.owner else "",
            results_notes=c.results_notes,
            post_count=counts.get(c.id, 0),
        )
        for c in campaigns
    ]


def _query() -> Select[Campaign]:
    return select(Campaign).options(selectinload(Campaign.accounts), selectinload(Campaign.owner))


class CampaignsService:
    def __init__(self, db: Database, acting: Acting | None = None) -> None:
        self._db = db
        self._acting = acting

    def list_campaigns(self) -> list[CampaignRow]:
        """Every campaign, latest first."""
        with self._db.session(read_only=True) as s:
            found = list(s.scalars(_query().order_by(Campaign.start_date.desc(), Campaign.id)))
            return _rows(s, found)

    def bands(self, first: date, last: date) -> list[CampaignRow]:
        """Campaigns overlapping [first, last], by start: the calendar's bands."""
        with self._db.session(read_only=True) as s:
            q = _query().where(Campaign.start_date <= last, Campaign.end_date >= first)
            return _rows(s, list(s.scalars(q.order_by(Campaign.start_date, Campaign.id))))

    def get(self, uuid: str) -> CampaignRow:
        with self._db.session(read_only=True) as s:
            return _rows(s, [find(s, Campaign, uuid, "campaign")])[0]

    def _apply(self, s: Session, c: Campaign, d: CampaignDraft) -> None:
        # Not flushed half-filled: the lookups below would otherwise write the row early.
        with s.no_autoflush:
            c.name = require_text(d.name, "name", 200)
            if d.end_date < d.start_date:
                raise InvalidInput("end_date", "must not be before the start")
            c.start_date, c.end_date = d.start_date, d.end_date
            if d.kind not in CAMPAIGN_KINDS:
                raise InvalidInput("kind", f"unknown kind {d.kind!r}")
            c.kind = d.kind
            c.budget_cents = whole_number(d.budget_cents, "budget", 0, MAX_CENTS)
            c.ad_spend_cents = whole_number(d.ad_spend_cents, "ad_spend", 0, MAX_CENTS)
            c.goal = optional_text(d.goal, "goal", multiline=True)
            c.results_notes = optional_text(d.results_notes, "results_notes", multiline=True)
            c.owner_id = find(s, Member, d.owner_uuid, "member").id if d.owner_uuid else None
            c.accounts = [find(s, Account, u, "account") for u in dict.fromkeys(d.account_uuids)]
        s.flush()
        s.execute(campaign_objectives.delete().where(campaign_objectives.c.campaign_id == c.id))
        for u in dict.fromkeys(d.objective_uuids):
            objective = find(s, Objective, u, "objective")
            s.execute(
                campaign_objectives.insert().values(campaign_id=c.id, objective_id=objective.id)
            )

    def add(self, draft: CampaignDraft, *, uuid: str | None = None) -> CampaignRow:
        with self._db.session() as s:
            require(self._acting, s, EDIT_CAMPAIGNS)
            c = Campaign()
            if uuid is not None:
                c.uuid = uuid
            s.add(c)
            self._apply(s, c, draft)
            s.flush()
            return _rows(s, [c])[0]

    def update(self, uuid: str, expected_version: int, draft: CampaignDraft) -> CampaignRow:
        with self._db.session() as s:
            require(self._acting, s, EDIT_CAMPAIGNS)
            c = find(s, Campaign, uuid, "campaign")
            check_version(c, expected_version, "campaign")
            self._apply(s, c, draft)
            s.flush()
            s.refresh(c)
            return _rows(s, [c])[0]

    def remove(self, uuid: str) -> RemovedCampaign:
        """Remove a campaign; its posts stay, without it (restore puts them back in)."""
        with self._db.session() as s:
            require(self._acting, s, EDIT_CAMPAIGNS)
            c = find(s, Campaign, uuid, "campaign")
            row = _rows(s, [c])[0]
            posts = tuple(s.scalars(select(Post.uuid).where(Post.campaign_id == c.id)))
            s.delete(c)
            return RemovedCampaign(row, posts)

    def restore(self, removed: RemovedCampaign) -> CampaignRow:
        info = removed.campaign
        with self._db.session() as s:
            require(self._acting, s, EDIT_CAMPAIGNS)
            c = Campaign(uuid=info.uuid)
            draft = info.draft()
            # Accounts or objectives removed meanwhile are left out, as a delete would.
            accounts = set(
                s.scalars(select(Account.uuid).where(Account.uuid.in_(draft.account_uuids)))
            )
            goals = set(
                s.scalars(select(Objective.uuid).where(Objective.uuid.in_(draft.objective_uuids)))
            )
            owner = draft.owner_uuid
            if owner and s.scalar(select(Member.id).where(Member.uuid == owner)) is None:
                owner = None
            s.add(c)
            self._apply(
                s,
                c,
                CampaignDraft(
                    draft.name,
                    draft.start_date,
                    draft.end_date,
                    draft.kind,
                    tuple(u for u in draft.account_uuids if u in accounts),
                    draft.budget_cents,
                    draft.ad_spend_cents,
                    draft.goal,
                    tuple(u for u in draft.objective_uuids if u in goals),
                    owner,
                    draft.results_notes,
                ),
            )
            if removed.post_uuids:
                s.execute(
                    update(Post)
                    .where(Post.uuid.in_(removed.post_uuids), Post.campaign_id.is_(None))
                    .values(campaign_id=c.id)
                    .execution_options(synchronize_session=False)
                )
            s.flush()
            return _rows(s, [c])[0]
