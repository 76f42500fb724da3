"""The alert banner above the list: each alert in a sentence that names what raised it
and the messages behind it; "Show the messages" narrows the list to them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.inbox.types import Alert
from ui.inbox.labels import when_text
from ui.widgets.panel import Panel

MOST_SHOWN = 3  # the newest ones; the rest are counted


class AlertBanner(Panel):
    show_messages = Signal(object)  # tuple of message UUIDs
    dismiss = Signal(str)  # alert UUID
    incident_requested = Signal(object)  # the alert: open an incident from its messages

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.alerts: list[Alert] = []
        self.read_only = False
        self.setObjectName("alertBanner")
        self.setStyleSheet(
            "#alertBanner { background: #fdecea; border: 1px solid #e6a8a3; border-radius: 4px; }"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(8, 4, 8, 4)
        self.rows.setSpacing(2)
        self.lines: list[QLabel] = []
        self.more = QLabel(self)
        self.hide()

    def set_alerts(self, alerts: list[Alert]) -> None:
        self.alerts = [a for a in alerts if not a.dismissed]
        self._rebuild()

    def _rebuild(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.more:
                widget.deleteLater()
        self.lines = []
        for alert in self.alerts[:MOST_SHOWN]:
            self.rows.addWidget(self._row(alert))
        hidden = len(self.alerts) - MOST_SHOWN
        self.more.setVisible(hidden > 0)
        if hidden > 0:
            self.more.setText(self.tr("and %n more alert(s)", "", hidden))
            self.rows.addWidget(self.more)
        self.setVisible(bool(self.alerts))

    def _row(self, alert: Alert) -> QWidget:
        row = QFrame(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        text = QLabel(row)
        text.setTextFormat(Qt.TextFormat.PlainText)  # a rule's name is user text
        text.setWordWrap(True)
        text.setText("⚠ " + self.sentence(alert))
        self.lines.append(text)
        show = QPushButton(self.tr("Show the %n message(s)", "", len(alert.message_uuids)), row)
        show.clicked.connect(lambda: self.show_messages.emit(tuple(alert.message_uuids)))
        incident = QPushButton(self.tr("Open an incident"), row)
        incident.clicked.connect(lambda: self.incident_requested.emit(alert))
        incident.setEnabled(not self.read_only)
        done = QPushButton(self.tr("Dismiss"), row)
        done.clicked.connect(lambda: self.dismiss.emit(alert.uuid))
        done.setEnabled(not self.read_only)
        layout.addWidget(text, 1)
        for b in (show, incident, done):
            layout.addWidget(b)
        return row

    def sentence(self, alert: Alert) -> str:
        """What raised the alert, where and when, in one sentence."""
        where = alert.account or self.tr("all accounts")
        n = len(alert.message_uuids)
        if alert.kind == "spike":
            share = round((alert.negative_share or 0) * 100)
            usual = round((alert.baseline_share or 0) * 100)
            return (
                self.tr("Negative spike on %1: %2% negative from %3 to %4 (usually %5%)")
                .replace("%1", where)
                .replace("%2", str(share))
                .replace("%3", when_text(alert.window_start))
                .replace("%4", when_text(alert.window_end))
                .replace("%5", str(usual))
            )
        if alert.kind == "keyword":
            return (
                self.tr("Risk word “%1” in %n message(s) on %2", "", n)
                .replace("%1", alert.title)
                .replace("%2", where)
            )
        return (
            self.tr("Rule “%1” matched %n message(s) on %2", "", n)
            .replace("%1", alert.title)
            .replace("%2", where)
        )

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._rebuild()

    def retranslate(self) -> None:
        self._rebuild()
