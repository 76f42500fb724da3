"""The filter bar over the message list: search box and one choice per field.

Emits ``changed`` (the search box after a short pause in typing); ``inbox_filter()``
gives the core's InboxFilter for what is chosen. An alert's messages show as a chip
("the 12 messages behind this alert ✕") until cleared.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.inbox.types import KINDS, PRIORITIES, SENTIMENTS, InboxFilter
from ui.inbox.labels import kind_names, priority_names, sentiment_names, status_names
from ui.widgets.panel import Panel

SEARCH_PAUSE_MS = 250
OPEN_STATUSES = ("new", "open", "waiting")
UNASSIGNED = "-"  # the assignee choice "nobody"


class FilterBar(Panel):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._pause.start())
        self.search.returnPressed.connect(self._emit_now)
        self.status = self._combo()
        self.account = self._combo()
        self.kind = self._combo()
        self.assignee = self._combo()
        self.sentiment = self._combo()
        self.priority = self._combo()
        self.tag = self._combo()
        self.overdue = QCheckBox(self)
        self.overdue.toggled.connect(lambda _on: self._emit())
        self.alert_chip = QLabel(self)
        self.alert_chip.setStyleSheet(
            "background: #fff3cd; border: 1px solid #e0c36c; border-radius: 3px; padding: 1px 6px;"
        )
        self.alert_clear = QToolButton(self)
        self.alert_clear.setText("✕")
        self.alert_clear.clicked.connect(self.clear_messages)
        self._message_uuids: tuple[str, ...] = ()
        self._accounts: list[tuple[str, str]] = []
        self._members: list[tuple[str, str]] = []
        self._tags: list[str] = []

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 3)
        for combo in (self.status, self.account, self.kind, self.assignee):
            top.addWidget(combo, 1)
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        for combo in (self.sentiment, self.priority, self.tag):
            second.addWidget(combo, 1)
        second.addWidget(self.overdue)
        second.addWidget(self.alert_chip)
        second.addWidget(self.alert_clear)
        second.addStretch(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(second)
        self._show_chip()
        self.retranslate()

    def _combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(lambda _i: self._emit())
        return combo

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()

    def _emit_now(self) -> None:
        self._pause.stop()
        self._emit()

    # Choices ----------------------------------------------------------------------
    def set_choices(
        self, accounts: list[tuple[str, str]], members: list[tuple[str, str]], tags: list[str]
    ) -> None:
        """(uuid, name) of the accounts and members, the tags in use; keeps what is chosen."""
        self._accounts, self._members, self._tags = accounts, members, tags
        self._fill()

    def _fill(self) -> None:
        """(Re)fill every combo in the interface language, keeping each choice."""
        self._quiet = True
        try:
            statuses = status_names()
            _refill(
                self.status,
                [(self.tr("Any status"), None), (self.tr("Not closed"), "open*")]
                + [(statuses[s], s) for s in statuses],
            )
            _refill(
                self.account,
                [(self.tr("All accounts"), None)] + [(n, u) for u, n in self._accounts],
            )
            kinds = kind_names()
            _refill(self.kind, [(self.tr("All kinds"), None)] + [(kinds[k], k) for k in KINDS])
            _refill(
                self.assignee,
                [(self.tr("Anyone"), None), (self.tr("Unassigned"), UNASSIGNED)]
                + [(n, u) for u, n in self._members],
            )
            moods = sentiment_names()
            _refill(
                self.sentiment,
                [(self.tr("Any sentiment"), None)] + [(moods[s], s) for s in SENTIMENTS],
            )
            priorities = priority_names()
            _refill(
                self.priority,
                [(self.tr("Any priority"), None)]
                + [(priorities[p], p) for p in reversed(PRIORITIES)],
            )
            _refill(self.tag, [(self.tr("Any tag"), None)] + [(t, t) for t in self._tags])
        finally:
            self._quiet = False

    # The filter -------------------------------------------------------------------
    def inbox_filter(self, base: InboxFilter | None = None) -> InboxFilter:
        """What is chosen, over ``base``'s sort order."""
        status = self.status.currentData()
        statuses: tuple[str, ...] = ()
        if status == "open*":
            statuses = OPEN_STATUSES
        elif status:
            statuses = (status,)
        assignee = self.assignee.currentData()
        account, kind = self.account.currentData(), self.kind.currentData()
        sentiment, priority, tag = (
            self.sentiment.currentData(),
            self.priority.currentData(),
            self.tag.currentData(),
        )
        return replace(
            base or InboxFilter(),
            search=self.search.text().strip(),
            statuses=statuses,
            account_uuids=(account,) if account else (),
            kinds=(kind,) if kind else (),
            assignee_uuids=(assignee,) if assignee and assignee != UNASSIGNED else (),
            unassigned=assignee == UNASSIGNED,
            sentiments=(sentiment,) if sentiment else (),
            priorities=(priority,) if priority is not None else (),
            tag=tag or "",
            overdue_only=self.overdue.isChecked(),
            message_uuids=self._message_uuids,
        )

    def show_messages(self, uuids: tuple[str, ...]) -> None:
        """Show only these messages (an alert's), every other choice cleared."""
        self._quiet = True
        try:
            self.search.clear()
            self._pause.stop()
            for combo in self.combos():
                combo.setCurrentIndex(0)
            self.overdue.setChecked(False)
        finally:
            self._quiet = False
        self._message_uuids = tuple(uuids)
        self._show_chip()
        self.changed.emit()

    def clear_messages(self) -> None:
        self._message_uuids = ()
        self._show_chip()
        self.changed.emit()

    def _show_chip(self) -> None:
        shown = bool(self._message_uuids)
        self.alert_chip.setVisible(shown)
        self.alert_clear.setVisible(shown)
        if shown:
            self.alert_chip.setText(
                self.tr("The %n message(s) behind the alert", "", len(self._message_uuids))
            )

    def combos(self) -> list[QComboBox]:
        return [
            self.status,
            self.account,
            self.kind,
            self.assignee,
            self.sentiment,
            self.priority,
            self.tag,
        ]

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search messages and authors (Ctrl+F)"))
        self.overdue.setText(self.tr("Overdue only"))
        self.alert_clear.setToolTip(self.tr("Show every message again"))
        self._fill()
        self._show_chip()


def _refill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
    """Replace a combo's items, keeping the chosen one if it is still there."""
    chosen = combo.currentData()
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    at = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(at, 0))
