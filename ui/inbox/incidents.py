"""Incidents: the list, the editor of the one selected, opening one from messages, and
printing its report (preview, PDF)."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.inbox.types import SEVERITIES, Incident, IncidentDraft, IncidentRow
from ui.errors import show_error
from ui.inbox.incident_editor import IncidentEditor
from ui.inbox.incident_report import report_preview, write_report_pdf
from ui.inbox.labels import incident_status_names, name_of, severity_names, when_text
from ui.row_model import RowTableModel
from ui.widgets.form_dialog import FormDialog

if TYPE_CHECKING:
    from app.workspace import Workspace


class Column(IntEnum):
    TITLE = 0
    SEVERITY = 1
    STATUS = 2
    OWNER = 3
    OPENED = 4
    MESSAGES = 5


class IncidentModel(RowTableModel[IncidentRow]):
    columns = Column

    def header(self, column: Column) -> str:
        return {
            Column.TITLE: self.tr("Incident"),
            Column.SEVERITY: self.tr("Severity"),
            Column.STATUS: self.tr("Status"),
            Column.OWNER: self.tr("Owner"),
            Column.OPENED: self.tr("Opened"),
            Column.MESSAGES: self.tr("Messages"),
        }[column]

    def display(self, row: IncidentRow, column: Column) -> str:
        return {
            Column.TITLE: row.title,
            Column.SEVERITY: name_of(severity_names(), row.severity),
            Column.STATUS: name_of(incident_status_names(), row.status),
            Column.OWNER: row.owner,
            Column.OPENED: when_text(row.opened_at),
            Column.MESSAGES: str(row.message_count),
        }[column]


class NewIncidentDialog(FormDialog[IncidentDraft, Incident]):
    """Opens an incident from ``message_uuids`` (maybe none)."""

    def __init__(
        self,
        ws: Workspace,
        message_uuids: tuple[str, ...],
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        def save(draft: IncidentDraft) -> Incident:
            return ws.inbox.open_incident(draft, message_uuids)

        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Open an incident"))
        self.title = QLineEdit(title, self)
        self.title.setPlaceholderText(self.tr("e.g. 产品质量投诉集中爆发"))
        self.severity = QComboBox(self)
        for code in SEVERITIES:
            self.severity.addItem(severity_names()[code], code)
        self.severity.setCurrentIndex(self.severity.findData("high"))
        self.owner = QComboBox(self)
        self.owner.addItem(self.tr("Nobody yet"), None)
        for m in ws.team.list_members(include_inactive=False):
            self.owner.addItem(m.name, m.uuid)
        acting = ws.acting.current()
        if acting is not None:
            self.owner.setCurrentIndex(max(self.owner.findData(acting.uuid), 0))
        self.form.addRow(self.tr("&Title"), self.title)
        self.form.addRow(self.tr("&Severity"), self.severity)
        self.form.addRow(self.tr("&Owner"), self.owner)
        self.linked = QLabel(self.tr("%n message(s) linked", "", len(message_uuids)), self)
        self.form.addRow("", self.linked)
        self.field_widgets = {"title": self.title}
        self.resize(440, self.sizeHint().height())

    def draft(self) -> IncidentDraft:
        return IncidentDraft(
            title=self.title.text(),
            severity=self.severity.currentData(),
            owner_uuid=self.owner.currentData(),
        )


class IncidentsDialog(QDialog):
    """Every incident on the left (open ones first), the selected one on the right."""

    def __init__(
        self,
        ws: Workspace,
        read_only: bool,
        parent: QWidget | None = None,
        select: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Incidents"))
        self.model = IncidentModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.new_button = QPushButton(self.tr("&New incident…"), self)
        self.new_button.clicked.connect(self.new_incident)
        self.new_button.setEnabled(not read_only)
        self.editor = IncidentEditor(ws, read_only, self)
        self.editor.changed.connect(self._list_changed)
        self.editor.print_requested.connect(self.print_report)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setSizes([380, 620])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.open_dialog: Any = None
        self.pdf_path: Callable[[], str] = self._ask_pdf_path
        self.resize(1080, 680)
        self.reload(select)

    def reload(self, select: str | None = None) -> None:
        keep = select or (self.editor.incident.uuid if self.editor.incident else None)
        rows = self.ws.inbox.list_incidents()
        rows.sort(key=lambda r: (r.status == "closed", -r.opened_at.timestamp()))
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        row = self.model.row_of(keep) if keep else -1
        self.table.selectRow(row if row >= 0 else 0)
        self._selected()

    def _list_changed(self) -> None:
        rows = self.ws.inbox.list_incidents()
        by_uuid = {r.uuid: r for r in rows}
        # The same rows in place (the editor keeps its selection); new ones need reload.
        if set(by_uuid) != {r.uuid for r in self.model.rows()}:
            self.reload()
            return
        self.model.set_rows([by_uuid[r.uuid] for r in self.model.rows()])
        if self.editor.incident is not None:
            self.table.selectRow(self.model.row_of(self.editor.incident.uuid))

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.editor.show_incident(None)
            return
        row = self.model.row_at(rows[0].row())
        if self.editor.incident is None or self.editor.incident.uuid != row.uuid:
            self.editor.show_incident(self.ws.inbox.get_incident(row.uuid))

    def select(self, uuid: str) -> None:
        self.table.selectRow(self.model.row_of(uuid))

    def new_incident(self) -> None:
        dialog = NewIncidentDialog(self.ws, (), "", self)

        def done(_code: int) -> None:
            if dialog.saved is not None:
                self.reload(dialog.saved.uuid)
            dialog.deleteLater()

        dialog.finished.connect(done)
        self.open_dialog = dialog
        dialog.open()

    # Printing -------------------------------------------------------------------------
    def print_report(self, how: str) -> None:
        inc = self.editor.incident
        if inc is None:
            return
        report = self.ws.inbox.incident_report(inc.uuid)
        if how == "preview":
            self.open_dialog = report_preview(report, self)
            self.open_dialog.open()
            return
        path = self.pdf_path()
        if not path:
            return
        try:
            write_report_pdf(report, Path(path))
        except OSError as exc:
            show_error(self, exc)

    def _ask_pdf_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the incident report"), "", self.tr("PDF files (*.pdf)")
        )
        return path
