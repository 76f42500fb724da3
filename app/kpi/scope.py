"""What a filter means in rows: the period, the accounts, and SQL date buckets.

``day_bucket`` is the one piece of dialect-specific SQL: the first day of a day's week
(Monday) or month, on SQLite (dates are ISO text there) and PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import Date, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from app.accounts.models import Account, Platform
from app.calendar.models import Campaign
from app.db.errors import NotFound
from app.kpi.analytics_types import KpiFilter
from app.kpi.periods import DateRange, preset_range, previous_range


class _WeekStart(FunctionElement[date]):
    """The Monday of a date's week, as a DATE."""

    type = Date()
    inherit_cache = True  # one class per granularity: the class is the cache key


class _MonthStart(FunctionElement[date]):
    """The 1st of a date's month, as a DATE."""

    type = Date()
    inherit_cache = True


def day_bucket(column: ColumnElement[Any], granularity: str) -> ColumnElement[Any]:
    """The first day of ``column``'s bucket: the day itself, its week's Monday or its
    month's 1st."""
    if granularity == "week":
        return _WeekStart(column)
    if granularity == "month":
        return _MonthStart(column)
    if granularity == "day":
        return column
    raise ValueError(f"unknown granularity {granularity!r}")


@compiles(_WeekStart)
def _week_sqlite(element: _WeekStart, compiler: SQLCompiler, **kw: Any) -> str:
    # 'weekday 0' moves to the coming Sunday (or stays on one); six days back is Monday.
    return f"date({compiler.process(element.clauses, **kw)}, 'weekday 0', '-6 days')"


@compiles(_MonthStart)
def _month_sqlite(element: _MonthStart, compiler: SQLCompiler, **kw: Any) -> str:
    return f"date({compiler.process(element.clauses, **kw)}, 'start of month')"


@compiles(_WeekStart, "postgresql")
def _week_postgres(element: _WeekStart, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(date_trunc('week', {compiler.process(element.clauses, **kw)}) AS DATE)"


@compiles(_MonthStart, "postgresql")
def _month_postgres(element: _MonthStart, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(date_trunc('month', {compiler.process(element.clauses, **kw)}) AS DATE)"


ACCOUNTS_KEY = "socialdesk.kpi.accounts"


@dataclass(frozen=True)
class AccountRef:
    id: int
    uuid: str
    handle: str
    platform_id: int
    platform_code: str
    platform_en: str
    platform_zh: str


@dataclass(frozen=True)
class Scope:
    """A filter resolved against the database. ``account_ids`` None: every account."""

    period: DateRange
    previous: DateRange
    account_ids: tuple[int, ...] | None
    accounts: dict[int, AccountRef]  # every account in scope (all when not narrowed)

    def platform_groups(self) -> dict[str, tuple[str, str]]:
        """platform code → (en, zh) of the platforms in scope."""
        return {a.platform_code: (a.platform_en, a.platform_zh) for a in self.accounts.values()}


def _all_accounts(s: Session) -> list[AccountRef]:
    # Read once per session: a report or a plan's progress resolves many filters.
    found = s.info.get(ACCOUNTS_KEY)
    if found is None:
        query = select(
            Account.id,
            Account.uuid,
            Account.handle,
            Platform.id,
            Platform.code,
            Platform.name_en,
            Platform.name_zh,
        ).join(Platform, Account.platform_id == Platform.id)
        found = [AccountRef(*row) for row in s.execute(query.order_by(Account.id))]
        s.info[ACCOUNTS_KEY] = found
    return cast(list[AccountRef], found)


def resolve(s: Session, flt: KpiFilter, today: date) -> Scope:
    """The filter's period (narrowed to its campaign's dates) and accounts.

    A campaign narrows the period to where the two overlap (when they do not overlap,
    the period is the campaign's own dates: a past campaign picked from a list still
    shows), and the accounts to the campaign's accounts when it names some. Unknown
    account uuids or platform codes simply match nothing.
    """
    period = preset_range(flt.preset, today, flt.start, flt.end)
    comparison = flt.comparison
    campaign_accounts: set[int] | None = None
    if flt.campaign is not None:
        campaign = s.scalar(select(Campaign).where(Campaign.uuid == flt.campaign))
        if campaign is None:
            raise NotFound("This campaign no longer exists.")
        first, last = campaign.start_date, campaign.end_date
        start, end = max(period.start, first), min(period.end, last)
        period = DateRange(start, end) if start <= end else DateRange(first, last)
        comparison = "preceding"
        campaign_accounts = {a.id for a in campaign.accounts} or None
    previous = previous_range(period, flt.preset, comparison)
    every = _all_accounts(s)
    narrowed = bool(flt.accounts or flt.platforms or campaign_accounts)
    accounts = {
        a.id: a
        for a in every
        if (not flt.accounts or a.uuid in flt.accounts)
        and (not flt.platforms or a.platform_code in flt.platforms)
        and (campaign_accounts is None or a.id in campaign_accounts)
    }
    ids = tuple(accounts) if narrowed else None
    return Scope(period, previous, ids, accounts)
