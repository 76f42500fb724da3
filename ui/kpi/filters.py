"""The KPI tab's filter bar: dates, platforms, accounts, campaign, metrics, grouping.

The choice is remembered (the settings file, ``kpi/filter``) and comes back the next
time the tab opens. Without matplotlib: the chart modules load separately.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Any, cast, get_args

from PySide6.QtCore import QDate, QSignalBlocker, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QWidget,
)

from app.kpi.analytics_types import (
    GRANULARITIES,
    PRESETS,
    Comparison,
    Granularity,
    GroupBy,
    KpiFilter,
    Preset,
)
from ui import settings
from ui.widgets.panel import Panel

SETTINGS_KEY = "kpi/filter"
GROUPS: tuple[GroupBy, ...] = ("none", "platform", "account")
MAX_METRICS = 6  # more lines than this are unreadable in one chart


@dataclass(frozen=True)
class Choice:
    """Something the user can pick: its key and the name shown in the interface."""

    key: str
    name: str


def save_filter(f: KpiFilter) -> None:
    data = asdict(f)
    data["start"] = f.start.isoformat() if f.start else None
    data["end"] = f.end.isoformat() if f.end else None
    settings.settings().setValue(SETTINGS_KEY, json.dumps(data))


def load_filter() -> KpiFilter:
    """The filter last used; the default one when none was saved or it cannot be read."""
    raw = settings.settings().value(SETTINGS_KEY)
    if not raw:
        return KpiFilter()
    try:
        data: dict[str, Any] = json.loads(str(raw))
        return _checked(data)
    except (ValueError, TypeError, KeyError):
        return KpiFilter()


def _checked(data: dict[str, Any]) -> KpiFilter:
    """A filter from saved settings, refusing values this version does not know."""
    default = KpiFilter()
    preset = data.get("preset", default.preset)
    granularity = data.get("granularity", default.granularity)
    group_by = data.get("group_by", default.group_by)
    comparison = data.get("comparison", default.comparison)
    if (
        preset not in PRESETS
        or granularity not in GRANULARITIES
        or group_by not in GROUPS
        or comparison not in get_args(Comparison)
    ):
        raise ValueError("unknown filter value")
    start = date.fromisoformat(data["start"]) if data.get("start") else None
    end = date.fromisoformat(data["end"]) if data.get("end") else None
    metrics = tuple(str(m) for m in data.get("metrics", default.metrics))
    return KpiFilter(
        preset=cast(Preset, preset),
        start=start,
        end=end,
        platforms=tuple(str(p) for p in data.get("platforms", ())),
        accounts=tuple(str(a) for a in data.get("accounts", ())),
        campaign=str(data["campaign"]) if data.get("campaign") else None,
        metrics=metrics or default.metrics,
        granularity=cast(Granularity, granularity),
        group_by=cast(GroupBy, group_by),
        comparison=cast(Comparison, comparison),
    )


class CheckMenuButton(QToolButton):
    """A button with a menu of checkable choices; nothing checked means "all"."""

    toggled_choice = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.all_text = ""
        self.choices: list[Choice] = []

    def set_choices(self, choices: Sequence[Choice], checked: Sequence[str]) -> None:
        menu = self.menu()
        menu.clear()
        self.choices = list(choices)
        for choice in self.choices:
            action = QAction(choice.name, menu)
            action.setCheckable(True)
            action.setChecked(choice.key in checked)
            action.setData(choice.key)
            action.toggled.connect(lambda _on: self._toggled())
            menu.addAction(action)
        self._show_text()

    def checked(self) -> tuple[str, ...]:
        return tuple(str(a.data()) for a in self.menu().actions() if a.isChecked())

    def set_checked(self, keys: Sequence[str]) -> None:
        for action in self.menu().actions():
            with QSignalBlocker(action):
                action.setChecked(str(action.data()) in keys)
        self._show_text()

    def _toggled(self) -> None:
        self._show_text()
        self.toggled_choice.emit()

    def _show_text(self) -> None:
        names = [c.name for c in self.choices if c.key in self.checked()]
        if not names:
            self.setText(self.all_text)
        elif len(names) <= 2:
            self.setText(", ".join(names))
        else:
            self.setText(f"{names[0]} +{len(names) - 1}")


class FilterBar(Panel):
    """Emits ``changed(KpiFilter)`` whenever the user changes any part of the filter."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset = QComboBox(self)
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.granularity = QComboBox(self)
        self.group_by = QComboBox(self)
        self.platforms = CheckMenuButton(self)
        self.accounts = CheckMenuButton(self)
        self.campaign = QComboBox(self)
        self.metrics = CheckMenuButton(self)
        self.dash = QLabel("–", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.preset,
            self.start,
            self.dash,
            self.end,
            self.granularity,
            self.group_by,
            self.platforms,
            self.accounts,
            self.campaign,
            self.metrics,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.filter = KpiFilter()
        self._campaigns: list[Choice] = []
        for combo in (self.preset, self.granularity, self.group_by, self.campaign):
            combo.activated.connect(lambda _i: self._edited())
        for button in (self.platforms, self.accounts, self.metrics):
            button.toggled_choice.connect(self._edited)
        self.start.editingFinished.connect(self._edited)
        self.end.editingFinished.connect(self._edited)
        self.retranslate()

    # Texts --------------------------------------------------------------------------
    def preset_names(self) -> dict[Preset, str]:
        return {
            "7d": self.tr("Last 7 days"),
            "30d": self.tr("Last 30 days"),
            "90d": self.tr("Last 90 days"),
            "week": self.tr("This week"),
            "month": self.tr("This month"),
            "quarter": self.tr("This quarter"),
            "year": self.tr("This year"),
            "custom": self.tr("Custom dates"),
        }

    def retranslate(self) -> None:
        presets = self.preset_names()
        granularities = {
            "day": self.tr("By day"),
            "week": self.tr("By week"),
            "month": self.tr("By month"),
        }
        groups = {
            "none": self.tr("All together"),
            "platform": self.tr("Per platform"),
            "account": self.tr("Per account"),
        }
        items: list[tuple[QComboBox, Mapping[str, str]]] = [
            (self.preset, {str(k): v for k, v in presets.items()}),
            (self.granularity, granularities),
            (self.group_by, groups),
        ]
        for combo, names in items:
            with QSignalBlocker(combo):
                combo.clear()
                for key, name in names.items():
                    combo.addItem(name, key)
        self.platforms.all_text = self.tr("All platforms")
        self.accounts.all_text = self.tr("All accounts")
        self.metrics.all_text = self.tr("Metrics")
        self.platforms.setToolTip(self.tr("Platforms shown (none ticked: all)"))
        self.accounts.setToolTip(self.tr("Accounts shown (none ticked: all)"))
        self.metrics.setToolTip(
            self.tr("Metrics in the trend chart (up to %1)").replace("%1", str(MAX_METRICS))
        )
        self.set_campaigns(self._campaigns)
        self.show_filter(self.filter)

    # Choices ------------------------------------------------------------------------
    def set_choices(
        self, platforms: Sequence[Choice], accounts: Sequence[Choice], metrics: Sequence[Choice]
    ) -> None:
        self.platforms.set_choices(platforms, self.filter.platforms)
        self.accounts.set_choices(accounts, self.filter.accounts)
        self.metrics.set_choices(metrics, self.filter.metrics)

    def set_campaigns(self, campaigns: Sequence[Choice]) -> None:
        self._campaigns = list(campaigns)
        with QSignalBlocker(self.campaign):
            self.campaign.clear()
            self.campaign.addItem(self.tr("Any campaign"), None)
            for choice in self._campaigns:
                self.campaign.addItem(choice.name, choice.key)
            index = self.campaign.findData(self.filter.campaign)
            self.campaign.setCurrentIndex(max(index, 0))
        self.campaign.setVisible(bool(self._campaigns))

    # The filter ---------------------------------------------------------------------
    def show_filter(self, f: KpiFilter, period: tuple[date, date] | None = None) -> None:
        """Show ``f`` (and the dates it resolves to, when known) without emitting."""
        self.filter = f
        for combo, key in (
            (self.preset, f.preset),
            (self.granularity, f.granularity),
            (self.group_by, f.group_by),
            (self.campaign, f.campaign),
        ):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(max(combo.findData(key), 0))
        self.platforms.set_checked(f.platforms)
        self.accounts.set_checked(f.accounts)
        self.metrics.set_checked(f.metrics)
        custom = f.preset == "custom"
        start, end = period if period else (f.start, f.end)
        for edit, day in ((self.start, start), (self.end, end)):
            with QSignalBlocker(edit):
                if day is not None:
                    edit.setDate(QDate(day.year, day.month, day.day))
            edit.setEnabled(custom)

    def _edited(self) -> None:
        preset = cast(Preset, self.preset.currentData())
        metrics = self.metrics.checked()[:MAX_METRICS] or self.filter.metrics
        start = cast(date, self.start.date().toPython())
        end = cast(date, self.end.date().toPython())
        if start > end:
            start, end = end, start
        f = replace(
            self.filter,
            preset=preset,
            start=start if preset == "custom" else None,
            end=end if preset == "custom" else None,
            granularity=cast(Granularity, self.granularity.currentData()),
            group_by=cast(GroupBy, self.group_by.currentData()),
            platforms=self.platforms.checked(),
            accounts=self.accounts.checked(),
            campaign=self.campaign.currentData() or None,
            metrics=metrics,
        )
        self.show_filter(f)
        save_filter(f)
        self.changed.emit(f)
