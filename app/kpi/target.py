"""The import target "metrics": account daily values and post values.

A row is *post level* when a post is named (post ID, permalink, title or publish time):
keyed platform + post (+ snapshot day); otherwise *account level*: account + day +
metric. Metrics come as columns (``m:<code>`` fields, a wide export) or as a metric
column with a value column (a long file); a daily series whose title line names its
metric (Meta) gets it from there.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from itertools import chain, repeat
from typing import Any, cast

from sqlalchemy import Table, func, or_, select
from sqlalchemy.orm import Session

from app.accounts.models import Account, Platform
from app.db.base import Base
from app.imports.models import ImportChange
from app.imports.targets import RowRejected
from app.imports.types import FieldKind, Preset, TargetField
from app.imports.upsert import ValueWriter
from app.imports.values import fold
from app.kpi import presets
from app.kpi.models import AccountMetric, Metric, PlatformPost, PostMetric
from app.kpi.post_rows import upsert_post

POST_FIELDS = ("post_id", "permalink", "title", "published_at")
# Words in a daily series' title line → the metric it holds (Meta names them so).
TITLE_METRICS: tuple[tuple[str, str], ...] = (
    ("unfollow", "follower_change"),
    ("follow", "follower_change"),
    ("visit", "profile_visits"),
    ("reach", "reach"),
    ("impression", "impressions"),
    ("view", "views"),
    ("interaction", "engagements"),
    ("engagement", "engagements"),
    ("click", "clicks"),
)
_FLOAT_OR_NONE = frozenset({float, type(None)})


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


class MetricsTarget:
    name = "metrics"
    label = "KPI metrics"

    @property
    def tables(self) -> Sequence[Table]:
        # Children first: rollback deletes in this order.
        return (_table(PostMetric), _table(AccountMetric), _table(PlatformPost))

    def fields(self, session: Session) -> Sequence[TargetField]:
        base = [
            TargetField("account", "Account", "text"),
            TargetField("platform", "Platform", "text"),
            TargetField("date", "Date", "date"),
            TargetField("metric", "Metric", "text"),
            TargetField("value", "Value", "number"),
            TargetField("post_id", "Post ID", "text"),
            TargetField("permalink", "Link", "text"),
            TargetField("title", "Title", "text"),
            TargetField("post_type", "Post type", "text"),
            TargetField("published_at", "Publish time", "datetime"),
            TargetField("snapshot_date", "Snapshot date", "date"),
        ]
        metrics = session.execute(
            select(Metric.code, Metric.name_en, Metric.kind).order_by(Metric.sort_order, Metric.id)
        ).all()
        return base + [TargetField(f"m:{c}", n, cast(FieldKind, k)) for c, n, k in metrics]

    def builtin_presets(self) -> Sequence[Preset]:
        return presets.BUILTIN

    def missing(self, fields: set[str], options: Mapping[str, str]) -> list[str]:
        lacking: list[str] = []
        has_metric = any(f.startswith("m:") for f in fields) or "value" in fields
        if not has_metric:
            lacking.append("a metric")
        if (
            "value" in fields
            and "metric" not in fields
            and not (options.get("metric") or options.get("metric_from_title"))
        ):
            lacking.append("Metric")
        if fields & set(POST_FIELDS) or options.get("level") == "post":
            if not fields & set(POST_FIELDS):
                lacking.append("Post ID")
            if not (
                {"platform", "account"} & fields
                or options.get("platform")
                or options.get("account")
            ):
                lacking.append("Platform")
        else:
            if "date" not in fields:
                lacking.append("Date")
            if "account" not in fields and not options.get("account"):
                lacking.append("Account")
        return lacking

    def writer(self, session: Session, import_id: int, options: Mapping[str, str]) -> MetricsWriter:
        return MetricsWriter(session, import_id, options)

    def rollback_conflicts(self, session: Session, import_id: int) -> int:
        """Values later imports stored on posts this import created (they would go too)."""
        changed = select(ImportChange.row_id).where(
            ImportChange.import_id == import_id, ImportChange.table_name == "kpi_posts"
        )
        return session.execute(
            select(func.count())
            .select_from(PostMetric)
            .join(PlatformPost, PostMetric.post_id == PlatformPost.id)
            .where(
                PlatformPost.import_id == import_id,
                PlatformPost.id.not_in(changed),
                or_(PostMetric.import_id.is_(None), PostMetric.import_id != import_id),
            )
        ).scalar_one()


class MetricsWriter:
    """Resolves names to ids and hands values to the two :class:`ValueWriter`\\ s."""

    def __init__(self, session: Session, import_id: int, options: Mapping[str, str]) -> None:
        self.session = session
        self.import_id = import_id
        self.options = options
        self.metrics: dict[str, int] = {}
        for id_, code, en, zh in session.execute(
            select(Metric.id, Metric.code, Metric.name_en, Metric.name_zh)
        ):
            for name in (zh, en, code):
                self.metrics[fold(name)] = id_
        self.codes = {
            fold(code): id_ for id_, code in session.execute(select(Metric.id, Metric.code))
        }
        self.platforms: dict[str, int] = {}
        for id_, code, en, zh in session.execute(
            select(Platform.id, Platform.code, Platform.name_en, Platform.name_zh)
        ):
            for name in (zh, en, code):
                self.platforms[fold(name)] = id_
        self.accounts: dict[str, tuple[int, int]] = {}
        for id_, platform_id, handle, shown in session.execute(
            select(Account.id, Account.platform_id, Account.handle, Account.display_name)
        ):
            for name in (shown, handle, str(id_)):
                if name:
                    self.accounts[fold(name)] = (id_, platform_id)
        self.fixed_metric = self._fixed_metric()
        self.post_level = options.get("level") == "post"
        self.metric_fields: list[tuple[str, int]] | None = None
        self.post_fields: list[str] = []
        self.metric_cache: dict[str, int | None] = {}
        self.account_cache: dict[str, tuple[int, int] | None] = {}
        self.account_ids: dict[str, int] = {}  # names add_block found
        self.daily = ValueWriter(
            session, _table(AccountMetric), ("account_id", "day", "metric_id"), import_id
        )
        self.posts_values = ValueWriter(
            session, _table(PostMetric), ("post_id", "metric_id", "snapshot_date"), import_id
        )
        self.post_ids: dict[tuple[int, str], int] = {}

    @property
    def added(self) -> int:
        return self.daily.added + self.posts_values.added

    @property
    def updated(self) -> int:
        return self.daily.updated + self.posts_values.updated

    @property
    def unchanged(self) -> int:
        return self.daily.unchanged + self.posts_values.unchanged

    def _fixed_metric(self) -> int | None:
        named = self.options.get("metric")
        if named:
            return self.metrics.get(fold(named))
        title = fold(self.options.get("title", ""))
        if self.options.get("metric_from_title") and title:
            for word, code in TITLE_METRICS:
                if word in title:
                    return self.codes[code]
            return self.metrics.get(title)
        return None

    def add(self, values: Mapping[str, Any]) -> None:
        if self.metric_fields is None:
            self._learn(values)
        pairs = self._metric_values(values)
        if not pairs:
            return  # a row with every metric missing stores nothing
        if self.post_level or (
            self.post_fields and any(values[f] is not None for f in self.post_fields)
        ):
            post = self._post(values)
            snapshot = values.get("snapshot_date")
            for metric_id, value in pairs:
                self.posts_values.pending[(post, metric_id, snapshot)] = value
            return
        day = values.get("date")
        if day is None:
            raise RowRejected("date", "is required")
        account_id = self._account(values, required=True)
        pending = self.daily.pending
        for metric_id, value in pairs:
            pending[(account_id, day, metric_id)] = value

    def add_block(self, values: Mapping[str, Sequence[Any]], count: int) -> bool:
        """Account-level rows all at once, as :meth:`add` would take them one by one.

        Only a block that :meth:`add` would take whole: every row with a day, a known
        account and known metrics, each value a number (or missing). Anything else
        returns False having queued nothing, and the rows then go through :meth:`add`,
        which names each row's problem.
        """
        if self.metric_fields is None:
            self._learn(values)
        if self.post_level or any(values[f].count(None) != count for f in self.post_fields):
            return False
        days = values.get("date")
        if days is None or None in days:
            return False
        accounts = self._block_accounts(values)
        if accounts is None:
            return False
        sources: list[tuple[Iterable[int], Sequence[Any]]] = [
            (repeat(metric_id), values[name]) for name, metric_id in self.metric_fields or ()
        ]
        if "value" in values:
            metric_ids = self._block_metrics(values)
            if metric_ids is None:
                return False
            sources.append((metric_ids, values["value"]))
        if not sources or not all(set(map(type, v)) <= _FLOAT_OR_NONE for _, v in sources):
            return False
        # In the order add() would queue them: row by row, a row's metrics in turn (a
        # key repeated in the file keeps its last value).
        pairs: Iterable[tuple[tuple[int, Any, int], Any]]
        if len(sources) == 1:
            ids, column = sources[0]
            pairs = zip(zip(accounts, days, ids, strict=False), column, strict=False)
        else:
            pairs = chain.from_iterable(
                zip(
                    *(
                        zip(zip(accounts, days, ids, strict=False), v, strict=False)
                        for ids, v in sources
                    ),
                    strict=True,
                )
            )
        if any(None in v for _, v in sources):
            pairs = (pair for pair in pairs if pair[1] is not None)
        self.daily.pending.update(pairs)
        return True

    def _block_accounts(self, values: Mapping[str, Sequence[Any]]) -> Iterable[int] | None:
        """Each row's account id, or None if a row names none or one not known."""
        names = values.get("account")
        if names is None:
            named = self.options.get("account")
            account_id = self._account_slow(named, required=False) if named else None
            return None if account_id is None else repeat(account_id)
        ids = list(map(self.account_ids.get, names))
        if None in ids:
            for name in set(names) - self.account_ids.keys():
                if name is None:
                    return None
                found = self._account_slow(name, required=False)
                if found is None:
                    return None
                self.account_ids[name] = found
            ids = list(map(self.account_ids.get, names))
        return cast(list[int], ids)

    def _block_metrics(self, values: Mapping[str, Sequence[Any]]) -> Iterable[int] | None:
        """The metric id of each row's value, or None if a row's is not known."""
        names = values.get("metric")
        if names is None:
            return None if self.fixed_metric is None else repeat(self.fixed_metric)
        ids = list(map(self.metric_cache.get, names))
        if None in ids:
            for name in set(names) - self.metric_cache.keys():
                if name is None:
                    return None
                self._metric_named(name)
            ids = list(map(self.metric_cache.get, names))
            if None in ids:
                return None
        return cast(list[int], ids)

    def flush(self) -> None:
        self.daily.flush()
        self.posts_values.flush()

    def _metric_values(self, values: Mapping[str, Any]) -> list[tuple[int, float]]:
        # Called once per row of a million-row file: no helper calls it can do without.
        pairs = (
            [(m, float(values[n])) for n, m in self.metric_fields if values[n] is not None]
            if self.metric_fields
            else []
        )
        value = values.get("value")
        if value is not None:
            named = values.get("metric")
            if named:
                metric_id = self.metric_cache.get(named)
                if metric_id is None:
                    metric_id = self._metric_named(named)
            else:
                metric_id = self.fixed_metric
            if metric_id is None:
                if named:
                    raise RowRejected(
                        "metric", "is not a known metric; add it in the KPI tab first"
                    )
                raise RowRejected("value", "the file does not say which metric this is")
            pairs.append((metric_id, float(value)))
        return pairs

    def _learn(self, values: Mapping[str, object]) -> None:
        """Every row has the same fields (the mapping's): sort them out once."""
        self.metric_fields = [(n, self.codes[n[2:]]) for n in values if n.startswith("m:")]
        self.post_fields = [f for f in POST_FIELDS if f in values]

    def _metric_named(self, named: str) -> int | None:
        if named not in self.metric_cache:
            self.metric_cache[named] = self.metrics.get(fold(named))
        return self.metric_cache[named]

    def _account(self, values: Mapping[str, object], required: bool) -> int | None:
        named = values.get("account") or self.options.get("account")
        found = self.account_cache.get(named) if isinstance(named, str) else None
        if found is not None:
            return found[0]
        return self._account_slow(named, required)

    def _account_slow(self, named: object, required: bool) -> int | None:
        if not named:
            if required:
                raise RowRejected("account", "is required")
            return None
        key = str(named)
        if key not in self.account_cache:
            self.account_cache[key] = self.accounts.get(fold(key))
        found = self.account_cache[key]
        if found is None:
            if required:
                raise RowRejected("account", "is not an account in Social Desk")
            return None
        return found[0]

    def _platform(self, values: Mapping[str, object], account_id: int | None) -> int:
        named = values.get("platform") or self.options.get("platform")
        if named:
            platform_id = self.platforms.get(fold(str(named)))
            if platform_id is None:
                raise RowRejected("platform", "is not a platform in Social Desk")
            return platform_id
        for found_id, platform_id in self.accounts.values():
            if found_id == account_id:
                return platform_id
        raise RowRejected("platform", "is required")

    def _post(self, values: Mapping[str, object]) -> int:
        account_id = self._account(values, required=False)
        platform_id = self._platform(values, account_id)
        published = values.get("published_at")
        when = published.isoformat() if isinstance(published, datetime) else ""
        ref = str(
            values.get("post_id")
            or values.get("permalink")
            or f"{values.get('title') or ''}|{when}"
        )[:500]
        key = (platform_id, ref)
        if key not in self.post_ids:
            fields: dict[str, object] = {
                "account_id": account_id,
                "title": values.get("title") or "",
                "permalink": values.get("permalink") or "",
                "post_type": values.get("post_type") or "",
                "published_at": published,
            }
            self.post_ids[key] = upsert_post(self.session, platform_id, ref, fields, self.import_id)
        return self.post_ids[key]


TARGET = MetricsTarget()
