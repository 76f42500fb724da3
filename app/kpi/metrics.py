"""The metric catalogue: the built-in metrics and the team's own (user-defined) ones."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from app.db.database import Database
from app.imports.values import fold
from app.kpi.catalog import METRIC_KINDS
from app.kpi.models import Metric
from app.kpi.types import MetricInfo
from app.validation import InvalidInput, require_text


def _info(m: Metric) -> MetricInfo:
    return MetricInfo(m.uuid, m.code, m.name_en, m.name_zh, m.kind, m.builtin)


class MetricsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_metrics(self) -> list[MetricInfo]:
        with self.db.session() as s:
            return [_info(m) for m in s.scalars(select(Metric).order_by(Metric.sort_order))]

    def add_metric(self, name_en: str, name_zh: str = "", kind: str = "number") -> MetricInfo:
        """A user-defined metric; imports then accept its English or Chinese name."""
        name_en = require_text(name_en, "name_en", 120)
        name_zh = name_zh.strip() or name_en
        if kind not in METRIC_KINDS:
            raise InvalidInput("kind", f"must be one of {', '.join(METRIC_KINDS)}")
        code = "u_" + (re.sub(r"[^0-9a-z]+", "_", fold(name_en)).strip("_") or "metric")[:50]
        with self.db.session() as s:
            taken = {
                fold(n) for row in s.execute(select(Metric.name_en, Metric.name_zh)) for n in row
            }
            if fold(name_en) in taken or fold(name_zh) in taken:
                raise InvalidInput("name_en", "is the name of a metric already")
            if s.scalar(select(func.count()).where(Metric.code == code)):
                code = f"{code}_{s.scalar(select(func.count()).select_from(Metric))}"
            order = s.scalar(select(func.max(Metric.sort_order))) or 0
            metric = Metric(
                code=code, name_en=name_en, name_zh=name_zh, kind=kind, sort_order=order + 10
            )
            s.add(metric)
            s.flush()
            return _info(metric)
