"""Period totals per metric kind, and the comparison with the previous period.

Sums for counts and money, the last value for followers, weighted means for rates (see
:mod:`app.kpi.series`); a derived metric is its formula over the period's totals (the
engagement rate of a month is its engagements over its views, not a mean of daily rates).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.kpi.analytics_types import GroupBy, PeriodComparison
from app.kpi.derived import DERIVED_BY_CODE, compute, inputs_of
from app.kpi.periods import DateRange
from app.kpi.scope import Scope
from app.kpi.series import group_names, metric_kinds, stored_values, unit_of

Totals = dict[str, dict[str, float | None]]  # group → metric code → total


def totals(
    s: Session, scope: Scope, period: DateRange, codes: tuple[str, ...], group_by: GroupBy
) -> Totals:
    """Each metric's total over ``period`` per group ("" when not grouped); None where
    there is no data. Inbox metrics are left out (the service adds them)."""
    values = stored_values(s, scope, period, inputs_of(codes), None, group_by)
    out: Totals = {}
    for group, _en, _zh in group_names(scope, group_by):
        found = values.get((None, group), {})
        out[group] = {
            code: compute(code, found) if code in DERIVED_BY_CODE else found.get(code)
            for code in codes
        }
    return out


def comparisons(s: Session, scope: Scope, codes: tuple[str, ...]) -> list[PeriodComparison]:
    """Each metric over the scope's period against its previous period (all groups)."""
    now = totals(s, scope, scope.period, codes, "none")[""]
    before = totals(s, scope, scope.previous, codes, "none")[""]
    kinds = metric_kinds(s, codes)
    return [
        PeriodComparison(
            metric=code,
            current=now[code],
            previous=before[code],
            period=scope.period,
            previous_period=scope.previous,
            unit=unit_of(code, kinds.get(code, (0, ""))[1]),
            direction=DERIVED_BY_CODE[code].direction if code in DERIVED_BY_CODE else "higher",
        )
        for code in codes
    ]
