"""First-response figures from the inbox, when it offers them.

The inbox's ``InboxService.response_stats(start, end, account=None)`` is its public
contract; until it is implemented (it raises ``NotImplementedError``) or when the module
is missing, the figures say "not available" instead of failing the KPI tab.
"""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta
from typing import Any

from app.db.database import Database
from app.kpi.analytics_types import PeriodComparison, ResponseFigures
from app.kpi.periods import DateRange
from app.kpi.scope import Scope

log = logging.getLogger("socialdesk")
NOT_AVAILABLE = ResponseFigures(available=False)


def _stats(db: Database, period: DateRange, account: str | None) -> Any:
    try:
        from app.inbox.service import InboxService
    except ImportError:
        return None
    # Local midnights, zone-aware (the inbox stores aware times): the team's days.
    start = datetime.combine(period.start, time()).astimezone()
    end = datetime.combine(period.end + timedelta(days=1), time()).astimezone()
    try:
        return InboxService(db).response_stats(start, end, account=account)
    except NotImplementedError:
        return None
    except Exception:  # the inbox is another feature: its bug must not break the KPI tab
        log.exception("inbox response_stats failed")
        return None


def response_figures(db: Database, period: DateRange, scope: Scope) -> ResponseFigures:
    """Over every account in scope (one call per account when narrowed; the median is
    then the median of one account only, else unknown)."""
    accounts = (
        [None] if scope.account_ids is None else [scope.accounts[i].uuid for i in scope.account_ids]
    )
    if not accounts:
        return ResponseFigures(True, 0, 0)
    found = [_stats(db, period, a) for a in accounts]
    if any(f is None for f in found):
        return NOT_AVAILABLE
    received = sum(int(f.received) for f in found)
    answered = sum(int(f.answered) for f in found)
    weighted = [(f.mean_seconds, f.answered) for f in found if f.mean_seconds is not None]
    total = sum(n for _m, n in weighted)
    mean = sum(m * n for m, n in weighted) / total / 60 if total else None
    median = found[0].median_seconds / 60 if len(found) == 1 and found[0].median_seconds else None
    return ResponseFigures(
        available=True,
        messages=received,
        answered=answered,
        median_first_response_minutes=median,
        mean_first_response_minutes=mean,
        sla_breaches=sum(int(f.breaches) for f in found),
    )


def response_comparison(db: Database, scope: Scope) -> PeriodComparison:
    now = response_figures(db, scope.period, scope)
    before = response_figures(db, scope.previous, scope)
    return PeriodComparison(
        metric="first_response_time",
        current=now.mean_first_response_minutes,
        previous=before.mean_first_response_minutes,
        period=scope.period,
        previous_period=scope.previous,
        unit="minutes",
        direction="lower",
    )
