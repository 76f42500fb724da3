"""An incident's draft public statements: write, ask for approval, approve or reject.

``save(fn)`` is the editor's: it runs a service call, reports a refusal (approving
needs APPROVE_POST) and returns None then; ``saved`` asks the editor to show the
incident again as saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.inbox.types import Incident, Statement
from ui.inbox.labels import name_of, statement_status_names

if TYPE_CHECKING:
    from app.workspace import Workspace


class StatementsPanel(QWidget):
    saved = Signal()

    def __init__(
        self,
        ws: Workspace,
        save: Callable[[Callable[[], Any]], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws, self._save = ws, save
        self.incident: Incident | None = None
        self.editable = False
        self._filling = False
        self.statement_list = QListWidget(self)
        self.statement_list.currentRowChanged.connect(lambda _r: self._show_statement())
        self.statement_title = QLineEdit(self)
        self.statement_text = QPlainTextEdit(self)
        self.new_statement = QPushButton(self.tr("New draft"), self)
        self.new_statement.clicked.connect(self._new_statement)
        self.save_statement = QPushButton(self.tr("Save draft"), self)
        self.save_statement.clicked.connect(self._save_statement)
        self.submit_statement = QPushButton(self.tr("Ask for approval"), self)
        self.submit_statement.clicked.connect(lambda: self._decide("submit"))
        self.approve_statement = QPushButton(self.tr("Approve"), self)
        self.approve_statement.clicked.connect(lambda: self._decide("approve"))
        self.reject_statement = QPushButton(self.tr("Reject"), self)
        self.reject_statement.clicked.connect(lambda: self._decide("reject"))
        buttons = QHBoxLayout()
        for b in (
            self.new_statement,
            self.save_statement,
            self.submit_statement,
            self.approve_statement,
            self.reject_statement,
        ):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.statement_list, 1)
        layout.addWidget(self.statement_title)
        layout.addWidget(self.statement_text, 2)
        layout.addLayout(buttons)

    def show_incident(self, incident: Incident | None, editable: bool) -> None:
        self.incident, self.editable = incident, editable
        self._filling = True
        try:
            keep = self.statement_list.currentRow()
            self.statement_list.clear()
            statements = incident.statements if incident else ()
            names = statement_status_names()
            for s in statements:
                self.statement_list.addItem(f"{s.title} — {name_of(names, s.status)}")
            if statements:
                self.statement_list.setCurrentRow(min(max(keep, 0), len(statements) - 1))
            self._show_statement()
        finally:
            self._filling = False
        self._enable()

    def _statement(self) -> Statement | None:
        row = self.statement_list.currentRow()
        if self.incident is None or not 0 <= row < len(self.incident.statements):
            return None
        return self.incident.statements[row]

    def _show_statement(self) -> None:
        s = self._statement()
        if not self._filling or s is not None:
            self.statement_title.setText(s.title if s else "")
            self.statement_text.setPlainText(s.text if s else "")
        self._enable()

    def _enable(self) -> None:
        self.new_statement.setEnabled(self.editable)
        self.save_statement.setEnabled(self.editable)
        s = self._statement()
        status = s.status if s else ""
        self.submit_statement.setEnabled(self.editable and status in ("draft", "rejected"))
        self.approve_statement.setEnabled(self.editable and status == "submitted")
        self.reject_statement.setEnabled(self.editable and status == "submitted")

    def _new_statement(self) -> None:
        self.statement_list.setCurrentRow(-1)
        self.statement_title.clear()
        self.statement_text.clear()
        self.statement_title.setFocus()
        self._enable()

    def _save_statement(self) -> None:
        inc, s = self.incident, self._statement()
        if inc is None:
            return
        title, text = self.statement_title.text(), self.statement_text.toPlainText()
        uuid, version = (s.uuid, s.version) if s else (None, 0)
        done = self._save(
            lambda: self.ws.inbox.save_statement(inc.uuid, title, text, uuid, version)
        )
        if done is not None:
            self.saved.emit()
            if s is None:
                self.statement_list.setCurrentRow(self.statement_list.count() - 1)

    def _decide(self, what: str) -> None:
        s = self._statement()
        if s is None:
            return
        inbox = self.ws.inbox
        if what == "submit":
            done = self._save(lambda: inbox.submit_statement(s.uuid))
        else:
            done = self._save(lambda: inbox.decide_statement(s.uuid, what == "approve"))
        if done is not None:
            self.saved.emit()
