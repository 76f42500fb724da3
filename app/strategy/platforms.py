"""Per-platform strategies of a plan and its content pillars (Strategy tab)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, joinedload

from app.accounts.models import Account, Platform
from app.db.database import Database
from app.db.records import check_version, find
from app.strategy.infos import pillar_info, strategy_info
from app.strategy.models import ContentPillar, Plan, PlatformStrategy
from app.strategy.types import (
    FREQUENCY_UNITS,
    MAX_FREQUENCY,
    PillarDraft,
    PillarInfo,
    PlatformStrategyDraft,
    PlatformStrategyInfo,
    RemovedPlatformStrategy,
)
from app.team.acting import Acting, require
from app.team.rights import EDIT_STRATEGY
from app.validation import InvalidInput, optional_text, require_text, whole_number


def load_strategies(s: Session, where: ColumnElement[bool]) -> list[PlatformStrategyInfo]:
    query = (
        select(PlatformStrategy)
        .join(PlatformStrategy.platform)
        .outerjoin(PlatformStrategy.account)
        .options(
            joinedload(PlatformStrategy.plan),
            joinedload(PlatformStrategy.platform),
            joinedload(PlatformStrategy.account),
        )
        .where(where)
        .order_by(PlatformStrategy.plan_id, Platform.sort_order, Account.handle.nullsfirst())
    )
    return [strategy_info(st) for st in s.scalars(query)]


def load_pillars(s: Session, where: ColumnElement[bool]) -> list[PillarInfo]:
    query = (
        select(ContentPillar)
        .options(joinedload(ContentPillar.plan), joinedload(ContentPillar.platform_strategy))
        .where(where)
        .order_by(ContentPillar.plan_id, ContentPillar.sort_order, ContentPillar.id)
    )
    return [pillar_info(p) for p in s.scalars(query)]


class PlatformStrategyService:
    def __init__(self, db: Database, acting: Acting | None = None) -> None:
        self._db = db
        self._acting = acting

    # Platform strategies ---------------------------------------------------------
    def list_strategies(self, plan_uuid: str) -> list[PlatformStrategyInfo]:
        with self._db.session(read_only=True) as s:
            plan = find(s, Plan, plan_uuid, "plan")
            return load_strategies(s, PlatformStrategy.plan_id == plan.id)

    def get_strategy(self, uuid: str) -> PlatformStrategyInfo:
        with self._db.session(read_only=True) as s:
            return strategy_info(find(s, PlatformStrategy, uuid, "platform strategy"))

    def add_strategy(
        self, plan_uuid: str, draft: PlatformStrategyDraft, *, uuid: str | None = None
    ) -> PlatformStrategyInfo:
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            plan = find(s, Plan, plan_uuid, "plan")
            st = PlatformStrategy(plan=plan)
            if uuid is not None:
                st.uuid = uuid
            self._apply_strategy(s, st, plan, draft)
            s.add(st)
            s.flush()
            return strategy_info(st)

    def update_strategy(
        self, uuid: str, expected_version: int, draft: PlatformStrategyDraft
    ) -> PlatformStrategyInfo:
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            st = find(s, PlatformStrategy, uuid, "platform strategy")
            check_version(st, expected_version, "platform strategy")
            self._apply_strategy(s, st, st.plan, draft)
            s.flush()
            return strategy_info(st)

    def remove_strategy(self, uuid: str) -> RemovedPlatformStrategy:
        """Remove a platform strategy and its pillars; the result restores both."""
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            st = find(s, PlatformStrategy, uuid, "platform strategy")
            removed = RemovedPlatformStrategy(
                strategy_info(st),
                tuple(load_pillars(s, ContentPillar.platform_strategy_id == st.id)),
            )
            s.delete(st)
            return removed

    def restore_strategy(self, removed: RemovedPlatformStrategy) -> PlatformStrategyInfo:
        info = removed.strategy
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            plan = find(s, Plan, info.plan_uuid, "plan")
            st = PlatformStrategy(plan=plan, uuid=info.uuid)
            draft = info.draft()
            if (
                draft.account_uuid
                and s.scalar(select(Account.id).where(Account.uuid == draft.account_uuid)) is None
            ):
                draft = replace(draft, account_uuid=None)  # as ON DELETE SET NULL would
            self._apply_strategy(s, st, plan, draft)
            st.created_at, st.updated_at = info.created_at, info.updated_at
            s.add(st)
            s.flush()
            for p in removed.pillars:
                s.add(_pillar_row(plan, st, p))
            return strategy_info(st)

    def _apply_strategy(
        self, s: Session, st: PlatformStrategy, plan: Plan, d: PlatformStrategyDraft
    ) -> None:
        count = whole_number(d.frequency_count, "frequency_count", 0, MAX_FREQUENCY)
        if d.frequency_unit not in FREQUENCY_UNITS:
            raise InvalidInput("frequency_unit", "must be per week or per month")
        platform = find(s, Platform, d.platform_uuid, "platform")
        account = find(s, Account, d.account_uuid, "account") if d.account_uuid else None
        if account is not None and account.platform_id != platform.id:
            raise InvalidInput("account_uuid", f"{account.handle} is not on {platform.name_en}")
        same = select(PlatformStrategy.id).where(
            PlatformStrategy.plan_id == plan.id,
            PlatformStrategy.platform_id == platform.id,
            PlatformStrategy.account_id == account.id
            if account
            else PlatformStrategy.account_id.is_(None),
        )
        if st.id is not None:
            same = same.where(PlatformStrategy.id != st.id)
        if s.scalar(same) is not None:
            which = account.handle if account else platform.name_en
            field = "account_uuid" if account else "platform_uuid"
            raise InvalidInput(field, f"this plan already has a strategy for {which}")
        st.platform, st.account = platform, account
        st.frequency_count, st.frequency_unit = count, d.frequency_unit
        st.interaction_style = optional_text(
            d.interaction_style, "interaction_style", multiline=True
        )
        st.promotion_focus = optional_text(d.promotion_focus, "promotion_focus", multiline=True)
        st.notes = optional_text(d.notes, "notes", multiline=True)

    # Content pillars -------------------------------------------------------------
    def list_pillars(self, plan_uuid: str) -> list[PillarInfo]:
        """All pillars of a plan, plan-wide and per-platform, in the user's order."""
        with self._db.session(read_only=True) as s:
            plan = find(s, Plan, plan_uuid, "plan")
            return load_pillars(s, ContentPillar.plan_id == plan.id)

    def get_pillar(self, uuid: str) -> PillarInfo:
        with self._db.session(read_only=True) as s:
            return pillar_info(find(s, ContentPillar, uuid, "pillar"))

    def add_pillar(
        self, plan_uuid: str, draft: PillarDraft, *, uuid: str | None = None
    ) -> PillarInfo:
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            plan = find(s, Plan, plan_uuid, "plan")
            last = s.scalar(
                select(func.max(ContentPillar.sort_order)).where(ContentPillar.plan_id == plan.id)
            )
            pillar = ContentPillar(plan=plan, sort_order=(last or 0) + 10)
            if uuid is not None:
                pillar.uuid = uuid
            self._apply_pillar(s, pillar, plan, draft)
            s.add(pillar)
            s.flush()
            return pillar_info(pillar)

    def update_pillar(self, uuid: str, expected_version: int, draft: PillarDraft) -> PillarInfo:
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            pillar = find(s, ContentPillar, uuid, "pillar")
            check_version(pillar, expected_version, "pillar")
            self._apply_pillar(s, pillar, pillar.plan, draft)
            s.flush()
            return pillar_info(pillar)

    def remove_pillar(self, uuid: str) -> PillarInfo:
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            pillar = find(s, ContentPillar, uuid, "pillar")
            info = pillar_info(pillar)
            s.delete(pillar)
            return info

    def restore_pillar(self, removed: PillarInfo) -> PillarInfo:
        """Put a removed pillar back in its place, checked like a new one."""
        with self._db.session() as s:
            require(self._acting, s, EDIT_STRATEGY)
            plan = find(s, Plan, removed.plan_uuid, "plan")
            pillar = ContentPillar(plan=plan, uuid=removed.uuid, sort_order=removed.sort_order)
            self._apply_pillar(s, pillar, plan, removed.draft())
            pillar.created_at, pillar.updated_at = removed.created_at, removed.updated_at
            s.add(pillar)
            s.flush()
            return pillar_info(pillar)

    def _apply_pillar(self, s: Session, pillar: ContentPillar, plan: Plan, d: PillarDraft) -> None:
        name = require_text(d.name, "name", 120)
        share = whole_number(d.share_percent, "share_percent", 0, 100)
        strategy: PlatformStrategy | None = None
        if d.platform_strategy_uuid:
            strategy = find(s, PlatformStrategy, d.platform_strategy_uuid, "platform strategy")
            if strategy.plan_id != plan.id:
                raise InvalidInput("platform_strategy_uuid", "belongs to another plan")
        # Plan-wide pillars share one 100%; each platform strategy's pillars share another.
        mix = select(ContentPillar).where(
            ContentPillar.plan_id == plan.id,
            ContentPillar.platform_strategy_id == strategy.id
            if strategy
            else ContentPillar.platform_strategy_id.is_(None),
        )
        others = [p for p in s.scalars(mix) if p is not pillar]
        if any(p.name.casefold() == name.casefold() for p in others):
            raise InvalidInput("name", f"this plan already has a pillar called {name}")
        total = share + sum(p.share_percent for p in others)
        if total > 100:
            left = 100 - (total - share)
            raise InvalidInput(
                "share_percent",
                f"the pillars would add up to {total}%, more than 100% ({left}% is left)",
            )
        description = optional_text(d.description, "description", multiline=True)
        pillar.name, pillar.share_percent, pillar.description = name, share, description
        pillar.platform_strategy = strategy


def _pillar_row(
    plan: Plan, strategy: PlatformStrategy | None, p: PillarInfo, *, same_identity: bool = True
) -> ContentPillar:
    """A pillar row as a snapshot had it, unchecked (it was valid when taken).

    ``same_identity`` keeps the UUID and timestamps (a restore); without, it is a copy.
    """
    row = ContentPillar(
        plan=plan,
        platform_strategy=strategy,
        name=p.name,
        share_percent=p.share_percent,
        description=p.description,
        sort_order=p.sort_order,
    )
    if same_identity:
        row.uuid, row.created_at, row.updated_at = p.uuid, p.created_at, p.updated_at
    return row


def pillar_rows(
    plans: dict[str, Plan],
    strategies: dict[str, PlatformStrategy],
    pillars: Iterable[PillarInfo],
    *,
    same_identity: bool = True,
) -> list[ContentPillar]:
    """Rows for snapshot pillars, given the new plan and strategy rows by old uuid."""
    return [
        _pillar_row(
            plans[p.plan_uuid],
            strategies[p.platform_strategy_uuid] if p.platform_strategy_uuid else None,
            p,
            same_identity=same_identity,
        )
        for p in pillars
    ]
