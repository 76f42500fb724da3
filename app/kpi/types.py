"""What the KPI services return. No SQLAlchemy: the UI may import this early."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MetricInfo:
    uuid: str
    code: str
    name_en: str
    name_zh: str
    kind: str
    builtin: bool

    def name(self, language: str) -> str:
        return self.name_zh if language.startswith("zh") else self.name_en
