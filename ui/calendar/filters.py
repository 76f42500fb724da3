"""The calendar's filter bar: platform, account, status, owner, campaign, pillar, type
(each a menu of check boxes; none checked means all) and a text search. The filter is
kept in the settings file, so the calendar opens as the user left it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, cast

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget

from app.calendar.types import PostFilter
from ui import settings
from ui.widgets.panel import Panel

SETTING = "calendar/filter"
# (PostFilter field, what the button says)
DIMENSIONS = (
    "platform_codes",
    "account_uuids",
    "statuses",
    "owner_uuids",
    "campaign_uuids",
    "pillar_uuids",
    "content_type_codes",
)


@dataclass(frozen=True)
class FilterOptions:
    """What each menu offers: (value, label) pairs per PostFilter field."""

    choices: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)


def load_filter() -> PostFilter:
    raw = settings.settings().value(SETTING, "")
    try:
        data = json.loads(str(raw)) if raw else {}
        return PostFilter.from_dict(data) if isinstance(data, dict) else PostFilter()
    except (ValueError, TypeError):
        return PostFilter()  # a damaged setting: start unfiltered


def save_filter(value: PostFilter) -> None:
    settings.settings().setValue(SETTING, json.dumps(value.to_dict(), ensure_ascii=False))


class FilterBar(Panel):
    changed = Signal(object)  # the new PostFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = load_filter()
        self.options = FilterOptions()
        self.buttons: dict[str, QToolButton] = {}
        self.menus: dict[str, QMenu] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for name in DIMENSIONS:
            button = QToolButton(self)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(button)
            button.setMenu(menu)
            self.buttons[name], self.menus[name] = button, menu
            layout.addWidget(button)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setText(self.value.text)
        layout.addWidget(self.search, 1)
        self.clear_button = QToolButton(self)
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        # Typing filters after a pause, not on every key.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self._text_changed)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.retranslate()

    def titles(self) -> dict[str, str]:
        return {
            "platform_codes": self.tr("Platform"),
            "account_uuids": self.tr("Account"),
            "statuses": self.tr("Status"),
            "owner_uuids": self.tr("Owner"),
            "campaign_uuids": self.tr("Campaign"),
            "pillar_uuids": self.tr("Pillar"),
            "content_type_codes": self.tr("Type"),
        }

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search titles, text, tags, notes…"))
        self.clear_button.setText(self.tr("Clear filters"))
        self._update_buttons()

    def set_options(self, options: FilterOptions) -> None:
        """Fill the menus; a saved choice no longer offered (a removed account) is dropped."""
        self.options = options
        kept = {}
        for name in DIMENSIONS:
            offered = {v for v, _ in options.choices.get(name, ())}
            chosen: Sequence[str] = getattr(self.value, name)
            kept[name] = tuple(v for v in chosen if v in offered)
        self.value = replace(self.value, **cast(dict[str, Any], kept))
        for name, menu in self.menus.items():
            menu.clear()
            for value, label in options.choices.get(name, ()):
                action = QAction(label, menu)
                action.setCheckable(True)
                action.setChecked(value in getattr(self.value, name))
                action.setData(value)
                action.toggled.connect(lambda _on, n=name: self._menu_changed(n))
                menu.addAction(action)
        self._update_buttons()

    def _menu_changed(self, name: str) -> None:
        chosen = tuple(str(a.data()) for a in self.menus[name].actions() if a.isChecked())
        self._set(replace(self.value, **cast(dict[str, Any], {name: chosen})))

    def _text_changed(self) -> None:
        self._set(replace(self.value, text=self.search.text().strip()))

    def set_filter(self, value: PostFilter) -> None:
        """Show ``value`` in the bar and apply it (tests, "clear")."""
        for name, menu in self.menus.items():
            for action in menu.actions():
                action.blockSignals(True)
                action.setChecked(str(action.data()) in getattr(value, name))
                action.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(value.text)
        self.search.blockSignals(False)
        self._set(value)

    def clear(self) -> None:
        self.set_filter(PostFilter())

    def _set(self, value: PostFilter) -> None:
        if value == self.value:
            return
        self.value = value
        save_filter(value)
        self._update_buttons()
        self.changed.emit(value)

    def _update_buttons(self) -> None:
        titles = self.titles()
        for name, button in self.buttons.items():
            chosen = getattr(self.value, name)
            labels = dict(self.options.choices.get(name, ()))
            if not chosen:
                button.setText(titles[name])
                button.setToolTip("")
                continue
            names = [labels.get(v, v) for v in chosen]
            shown = names[0] if len(names) == 1 else f"{names[0]} +{len(names) - 1}"
            button.setText(f"{titles[name]}: {shown}")
            button.setToolTip(", ".join(names))
        self.clear_button.setEnabled(not self.value.empty)
