"""Aggregation of account daily values in SQL: by bucket (day/week/month) and group.

One query per metric kind, each a GROUP BY over the covering index
``ix_kpi_account_metrics_series``; Python only arranges the (few hundred) grouped rows.
How a bucket's or period's value is formed depends on the metric:

- counts and money (kinds integer, number): the sum;
- stock metrics (followers): each account's last value in the bucket, summed over the
  accounts;
- rates and durations (kinds rate, duration): the mean weighted by the account's views
  that day (a plain mean where views are missing).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, and_, func, literal, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.accounts.models import Account
from app.kpi.analytics_types import STOCK_METRICS, Granularity, GroupBy, Series
from app.kpi.derived import DERIVED_BY_CODE, compute, inputs_of
from app.kpi.models import AccountMetric, Metric
from app.kpi.periods import DateRange, buckets
from app.kpi.scope import Scope, day_bucket

AM = cast(Table, AccountMetric.__table__)
ACCOUNTS = cast(Table, Account.__table__)
MONEY = frozenset({"revenue", "ad_spend"})
UNITS = {"integer": "count", "number": "number", "rate": "fraction", "duration": "seconds"}
# (bucket or None for the whole period, group) → metric code → value
Values = dict[tuple[date | None, str], dict[str, float]]
CATALOGUE_KEY = "socialdesk.kpi.metric_kinds"


def metric_kinds(s: Session, codes: Iterable[str]) -> dict[str, tuple[int, str]]:
    """code → (id, kind) of the stored metrics among ``codes``."""
    # Read once per session: a report or a plan's progress asks many times.
    catalogue = s.info.get(CATALOGUE_KEY)
    if catalogue is None:
        rows = s.execute(select(Metric.code, Metric.id, Metric.kind))
        catalogue = s.info[CATALOGUE_KEY] = {code: (mid, kind) for code, mid, kind in rows}
    return {c: catalogue[c] for c in codes if c in catalogue and c not in DERIVED_BY_CODE}


def unit_of(code: str, kind: str | None) -> str:
    if code in DERIVED_BY_CODE:
        return DERIVED_BY_CODE[code].unit
    if code in MONEY:
        return "currency"
    return UNITS.get(kind or "", "number")


def _group_column(group_by: GroupBy, table: Any) -> ColumnElement[Any]:
    if group_by == "account":
        return cast(ColumnElement[Any], table.c.account_id)
    if group_by == "platform":
        return cast(ColumnElement[Any], ACCOUNTS.c.platform_id)
    return literal("")


def _where(table: Any, scope: Scope, period: DateRange, metric_ids: list[int]) -> list[Any]:
    metric = (
        table.c.metric_id == metric_ids[0]
        if len(metric_ids) == 1
        else table.c.metric_id.in_(metric_ids)
    )
    conditions = [metric, table.c.day.between(period.start, period.end)]
    if scope.account_ids is not None:
        conditions.append(table.c.account_id.in_(scope.account_ids))
    return conditions


def _with_accounts(query: Any, group_by: GroupBy, table: Any) -> Any:
    if group_by == "platform":
        return query.join_from(table, ACCOUNTS, ACCOUNTS.c.id == table.c.account_id)
    return query


def _sum_query(
    metric_ids: list[int],
    scope: Scope,
    period: DateRange,
    granularity: str | None,
    group_by: GroupBy,
) -> Any:
    """All summed metrics in one pass: (bucket, group, metric id, sum)."""
    bucket = day_bucket(AM.c.day, granularity) if granularity else literal(None)
    group = _group_column(group_by, AM)
    query = select(bucket, group, AM.c.metric_id, func.sum(AM.c.value)).select_from(AM)
    query = _with_accounts(query, group_by, AM)
    query = query.where(*_where(AM, scope, period, metric_ids))
    # Metric first: the covering index's order, so a daily series needs no sort.
    return query.group_by(AM.c.metric_id, bucket, group)


def _stock_query(
    metric_id: int, scope: Scope, period: DateRange, granularity: str | None, group_by: GroupBy
) -> Any:
    bucket = day_bucket(AM.c.day, granularity) if granularity else literal(None)
    partition = (AM.c.account_id, bucket) if granularity else (AM.c.account_id,)
    latest = func.row_number().over(partition_by=partition, order_by=AM.c.day.desc())
    inner = (
        select(bucket.label("b"), AM.c.account_id, AM.c.value, latest.label("rn"))
        .where(*_where(AM, scope, period, [metric_id]))
        .subquery()
    )
    group = _group_column(group_by, inner)
    query = select(inner.c.b, group, literal(metric_id), func.sum(inner.c.value))
    query = query.select_from(inner)
    if group_by == "platform":
        query = query.join_from(inner, ACCOUNTS, ACCOUNTS.c.id == inner.c.account_id)
    return query.where(inner.c.rn == 1).group_by(inner.c.b, group)


def _weighted_query(
    metric_id: int,
    views_id: int | None,
    scope: Scope,
    period: DateRange,
    granularity: str | None,
    group_by: GroupBy,
) -> Any:
    views = AM.alias("v")
    bucket = day_bucket(AM.c.day, granularity) if granularity else literal(None)
    group = _group_column(group_by, AM)
    weight = func.coalesce(views.c.value, 1.0)
    mean = func.sum(AM.c.value * weight) / func.sum(weight)
    joined = AM.outerjoin(
        views,
        and_(
            views.c.account_id == AM.c.account_id,
            views.c.day == AM.c.day,
            views.c.metric_id == (views_id if views_id is not None else -1),
        ),
    )
    query = select(bucket, group, literal(metric_id), mean).select_from(joined)
    query = _with_accounts(query, group_by, AM)
    return query.where(*_where(AM, scope, period, [metric_id])).group_by(bucket, group)


def stored_values(
    s: Session,
    scope: Scope,
    period: DateRange,
    codes: Iterable[str],
    granularity: str | None,
    group_by: GroupBy = "none",
) -> Values:
    """Each stored metric's value per (bucket, group); bucket None when ``granularity``
    is None (the whole period). Groups: "" (all), a platform code, or an account uuid."""
    kinds = metric_kinds(s, codes)
    views_id = metric_kinds(s, ["views"]).get("views", (None, ""))[0]
    out: Values = defaultdict(dict)
    if scope.account_ids == ():  # the filter matches no account
        return out
    codes_of = {metric_id: code for code, (metric_id, _kind) in kinds.items()}
    if group_by == "platform":
        names = {a.platform_id: a.platform_code for a in scope.accounts.values()}
    elif group_by == "account":
        names = {a.id: a.uuid for a in scope.accounts.values()}
    else:
        names = {}
    queries = []
    summed = []
    for code, (metric_id, kind) in kinds.items():
        if code in STOCK_METRICS:
            queries.append(_stock_query(metric_id, scope, period, granularity, group_by))
        elif kind in ("rate", "duration"):
            queries.append(
                _weighted_query(metric_id, views_id, scope, period, granularity, group_by)
            )
        else:
            summed.append(metric_id)
    if summed:
        queries.append(_sum_query(summed, scope, period, granularity, group_by))
    for query in queries:
        for bucket, group, metric_id, value in s.execute(query).all():
            if value is not None:
                key = (_as_date(bucket), names.get(group, group) if names else "")
                out[key][codes_of[metric_id]] = float(value)
    return out


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def group_names(scope: Scope, group_by: GroupBy) -> list[tuple[str, str, str]]:
    """(group, en, zh) of every group in scope, in a stable order."""
    if group_by == "platform":
        return [(code, en, zh) for code, (en, zh) in scope.platform_groups().items()]
    if group_by == "account":
        return [
            (a.uuid, f"{a.platform_en} · {a.handle}", f"{a.platform_zh} · {a.handle}")
            for a in scope.accounts.values()
        ]
    return [("", "All accounts", "全部账号")]


def series(
    s: Session, scope: Scope, codes: tuple[str, ...], granularity: Granularity, group_by: GroupBy
) -> list[Series]:
    """A series per (group, metric), every bucket of the scope's period present."""
    days = buckets(scope.period, granularity)
    values = stored_values(s, scope, scope.period, inputs_of(codes), granularity, group_by)
    kinds = metric_kinds(s, codes)
    out: list[Series] = []
    for group, en, zh in group_names(scope, group_by):
        for code in codes:
            points = tuple(_value(code, values.get((day, group))) for day in days)
            unit = unit_of(code, kinds.get(code, (0, ""))[1])
            out.append(Series(code, group, en, zh, granularity, tuple(days), points, unit))
    return out


def _value(code: str, found: dict[str, float] | None) -> float | None:
    if not found:
        return None
    if code in DERIVED_BY_CODE:
        return compute(code, found)
    return found.get(code)
