"""One incident: its facts, timeline, linked messages, contingency checklist, draft
statements and closure. Every change is saved at once through the service and the
incident shown again as saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db.errors import DatabaseProblem
from app.inbox.types import (
    DEPARTMENTS,
    INCIDENT_STATUSES,
    SEVERITIES,
    Incident,
    IncidentDraft,
)
from app.validation import InvalidInput
from ui.errors import show_error
from ui.inbox.incident_statements import StatementsPanel
from ui.inbox.labels import (
    department_names,
    entry_text,
    incident_status_names,
    severity_names,
    when_text,
)
from ui.inbox.reply_editor import interface_language
from ui.widgets.panel import Panel

if TYPE_CHECKING:
    from app.workspace import Workspace

T = TypeVar("T")


class IncidentEditor(Panel):
    changed = Signal()  # something was saved: the list shows it
    print_requested = Signal(str)  # "preview" or "pdf"

    def __init__(self, ws: Workspace, read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.read_only = ws, read_only
        self.incident: Incident | None = None
        self.sections = QTabWidget(self)

        # Facts
        facts = QWidget(self)
        self.title = QLineEdit(facts)
        self.severity = QComboBox(facts)
        for code in SEVERITIES:
            self.severity.addItem(severity_names()[code], code)
        self.status = QComboBox(facts)
        for code in INCIDENT_STATUSES:
            if code != "closed":  # closing asks for the lessons learned: its own section
                self.status.addItem(incident_status_names()[code], code)
        self.owner = QComboBox(facts)
        self.owner.addItem(self.tr("Nobody yet"), None)
        for m in ws.team.list_members(include_inactive=False):
            self.owner.addItem(m.name, m.uuid)
        self.departments: dict[str, QCheckBox] = {}
        boxes = QWidget(facts)
        grid = QGridLayout(boxes)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, code in enumerate(DEPARTMENTS):
            box = QCheckBox(department_names()[code], boxes)
            self.departments[code] = box
            grid.addWidget(box, i // 3, i % 3)
        self.summary = QPlainTextEdit(facts)
        self.save_facts = QPushButton(self.tr("Save"), facts)
        self.save_facts.clicked.connect(self._save_facts)
        form = QFormLayout(facts)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Severity"), self.severity)
        form.addRow(self.tr("St&atus"), self.status)
        form.addRow(self.tr("&Owner"), self.owner)
        form.addRow(self.tr("Departments"), boxes)
        form.addRow(self.tr("S&ummary"), self.summary)
        form.addRow("", self.save_facts)

        # Timeline
        timeline = QWidget(self)
        self.timeline = QListWidget(timeline)
        self.timeline.setWordWrap(True)
        self.note = QLineEdit(timeline)
        self.note.setPlaceholderText(self.tr("What happened, what was decided…"))
        self.note.returnPressed.connect(self._add_note)
        self.add_note = QPushButton(self.tr("Add to the timeline"), timeline)
        self.add_note.clicked.connect(self._add_note)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.add_note)
        tl = QVBoxLayout(timeline)
        tl.addWidget(self.timeline, 1)
        tl.addLayout(note_row)

        # Linked messages
        linked = QWidget(self)
        self.messages = QListWidget(linked)
        self.messages.setWordWrap(True)
        self.messages.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.unlink = QPushButton(self.tr("Unlink the selected messages"), linked)
        self.unlink.clicked.connect(self._unlink)
        ll = QVBoxLayout(linked)
        ll.addWidget(self.messages, 1)
        ll.addWidget(self.unlink, 0, Qt.AlignmentFlag.AlignRight)

        # Contingency plan
        plan = QWidget(self)
        self.plan_name = QLabel(plan)
        self.templates = QComboBox(plan)
        self.apply_plan = QPushButton(self.tr("Use this plan"), plan)
        self.apply_plan.clicked.connect(self._apply_plan)
        self.steps = QListWidget(plan)
        self.steps.setWordWrap(True)
        self.steps.itemChanged.connect(self._step_toggled)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.templates, 1)
        plan_row.addWidget(self.apply_plan)
        pl = QVBoxLayout(plan)
        pl.addLayout(plan_row)
        pl.addWidget(self.plan_name)
        pl.addWidget(self.steps, 1)

        # Statements
        statements = StatementsPanel(ws, self._save, self)
        statements.saved.connect(self.reload)
        self.statements = statements
        # The panel's controls, as the tests and the read-only switch reach them.
        self.new_statement = statements.new_statement
        self.statement_title = statements.statement_title
        self.statement_text = statements.statement_text
        self.save_statement = statements.save_statement
        self.submit_statement = statements.submit_statement
        self.approve_statement = statements.approve_statement

        # Closure
        closure = QWidget(self)
        self.lessons = QPlainTextEdit(closure)
        self.lessons.setPlaceholderText(
            self.tr("What went well, what to change in the plan, who does what next time")
        )
        self.close_button = QPushButton(self.tr("Close the incident"), closure)
        self.close_button.clicked.connect(self._close)
        cl = QVBoxLayout(closure)
        cl.addWidget(QLabel(self.tr("Lessons learned"), closure))
        cl.addWidget(self.lessons, 1)
        cl.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)

        for page, name in (
            (facts, self.tr("Facts")),
            (timeline, self.tr("Timeline")),
            (linked, self.tr("Messages")),
            (plan, self.tr("Contingency plan")),
            (statements, self.tr("Statements")),
            (closure, self.tr("Closure")),
        ):
            self.sections.addTab(page, name)
        self.preview = QPushButton(self.tr("Print preview…"), self)
        self.preview.clicked.connect(lambda: self.print_requested.emit("preview"))
        self.pdf = QPushButton(self.tr("Save as PDF…"), self)
        self.pdf.clicked.connect(lambda: self.print_requested.emit("pdf"))
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.preview)
        top.addWidget(self.pdf)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.sections, 1)
        self._filling = False
        self.show_incident(None)

    # Showing --------------------------------------------------------------------------
    def show_incident(self, incident: Incident | None) -> None:
        self.incident = incident
        self._filling = True
        try:
            self._fill(incident)
        finally:
            self._filling = False
        self._enable()

    def _fill(self, incident: Incident | None) -> None:
        self.setEnabled(incident is not None)
        if incident is None:
            self.heading.setText(self.tr("No incident selected"))
            return
        row = incident.row
        self.heading.setText(row.title)
        self.title.setText(row.title)
        self.severity.setCurrentIndex(max(self.severity.findData(row.severity), 0))
        self.status.setCurrentIndex(max(self.status.findData(row.status), 0))
        self.owner.setCurrentIndex(max(self.owner.findData(row.owner_uuid), 0))
        for code, box in self.departments.items():
            box.setChecked(code in incident.departments)
        self.summary.setPlainText(incident.summary)
        self.timeline.clear()
        for e in incident.timeline:
            who = f" — {e.member_name}" if e.member_name else ""
            self.timeline.addItem(f"{when_text(e.at)}{who}  {entry_text(e.kind, e.text)}")
        self.messages.clear()
        for m in incident.messages:
            item = QListWidgetItem(
                f"{when_text(m.received_at)}  {m.account}  {m.author_name}: {m.preview}"
            )
            item.setData(Qt.ItemDataRole.UserRole, m.uuid)
            self.messages.addItem(item)
        language = interface_language()
        self.templates.clear()
        for t in self.ws.inbox.list_plan_templates():
            self.templates.addItem(t.name(language), t.uuid)
        self.plan_name.setText(
            self.tr("Plan in use: %1").replace("%1", incident.plan_name)
            if incident.plan_name
            else self.tr("No contingency plan chosen yet.")
        )
        self.steps.clear()
        for step in incident.steps:
            item = QListWidgetItem(step.text)
            item.setData(Qt.ItemDataRole.UserRole, step.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked)
            if step.done:
                item.setToolTip(
                    self.tr("Done %1 by %2")
                    .replace("%1", when_text(step.done_at))
                    .replace("%2", step.done_by)
                )
            self.steps.addItem(item)
        self.lessons.setPlainText(incident.lessons)

    def _enable(self) -> None:
        editable = self.incident is not None and not self.read_only
        closed = self.incident is not None and self.incident.row.status == "closed"
        for w in (self.save_facts, self.add_note, self.unlink, self.apply_plan):
            w.setEnabled(editable)
        self.close_button.setEnabled(editable and not closed)
        self.statements.show_incident(self.incident, editable)

    # Saving ---------------------------------------------------------------------------
    def _save(self, fn: Callable[[], T]) -> T | None:
        try:
            result = fn()
        except (InvalidInput, DatabaseProblem) as exc:
            show_error(self, exc)
            if self.incident is not None and isinstance(exc, DatabaseProblem):
                self.reload()
            return None
        self.changed.emit()
        return result

    def reload(self) -> None:
        if self.incident is not None:
            self.show_incident(self.ws.inbox.get_incident(self.incident.uuid))

    def _saved(self, incident: Incident | None) -> None:
        if incident is not None:
            self.show_incident(incident)

    def _save_facts(self) -> None:
        inc = self.incident
        if inc is None:
            return
        draft = IncidentDraft(
            title=self.title.text(),
            severity=self.severity.currentData(),
            status=self.status.currentData() if inc.row.status != "closed" else "closed",
            owner_uuid=self.owner.currentData(),
            departments=tuple(c for c, b in self.departments.items() if b.isChecked()),
            summary=self.summary.toPlainText(),
        )
        self._saved(self._save(lambda: self.ws.inbox.update_incident(inc.uuid, inc.version, draft)))

    def _add_note(self) -> None:
        inc, text = self.incident, self.note.text().strip()
        if inc is None or not text:
            return
        saved = self._save(lambda: self.ws.inbox.add_entry(inc.uuid, text))
        if saved is not None:
            self.note.clear()
        self._saved(saved)

    def _unlink(self) -> None:
        inc = self.incident
        uuids = [i.data(Qt.ItemDataRole.UserRole) for i in self.messages.selectedItems()]
        if inc is not None and uuids:
            self._saved(self._save(lambda: self.ws.inbox.unlink_messages(inc.uuid, uuids)))

    def _apply_plan(self) -> None:
        inc, template = self.incident, self.templates.currentData()
        if inc is None or template is None:
            return
        language = interface_language()
        self._saved(self._save(lambda: self.ws.inbox.apply_plan(inc.uuid, template, language)))

    def _step_toggled(self, item: QListWidgetItem) -> None:
        inc = self.incident
        if self._filling or inc is None or self.read_only:
            return
        done = item.checkState() == Qt.CheckState.Checked
        step = item.data(Qt.ItemDataRole.UserRole)
        self._saved(self._save(lambda: self.ws.inbox.set_step_done(inc.uuid, step, done)))

    def _close(self) -> None:
        inc = self.incident
        if inc is None:
            return
        lessons = self.lessons.toPlainText()
        self._saved(
            self._save(lambda: self.ws.inbox.close_incident(inc.uuid, inc.version, lessons))
        )
