"""The Overview section: a plan's fields, edited in place and saved as the user leaves
each one (no Save button). Bad input gets a red message and is not saved."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.db.errors import DatabaseProblem
from app.strategy.types import LEVELS, STATUSES, PlanDraft, PlanInfo
from app.team.types import MemberInfo
from app.validation import InvalidInput
from ui.strategy.labels import field_error, level_label, status_label
from ui.strategy.record_ops import plan_ops
from ui.widgets.editing import Editor
from ui.widgets.inputs import (
    CommitTextEdit,
    cents_input_text,
    date_edit,
    date_value,
    error_label,
    parse_cents,
    qdate,
)
from ui.widgets.records import RecordActions

DATE_DEBOUNCE_MS = 600  # typing a date fires on every digit; save once the user pauses


class PlanForm(QScrollArea):
    """``saved`` carries the plan after each successful save."""

    saved = Signal(object)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        # The tab reloads on ``saved``; an undo reloads through the editor.
        self.plans = RecordActions(editor, plan_ops, lambda _uuid: None)
        self.plan: PlanInfo | None = None
        self._loading = False
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self)
        self.setWidget(body)

        self.title = QLineEdit(body)
        self.level = QComboBox(body)
        self.status = QComboBox(body)
        self.owner = QComboBox(body)
        self.start = date_edit(body)
        self.end = date_edit(body)
        self.budget = QLineEdit(body)
        self.budget.setMaximumWidth(180)
        self.yuan = QLabel(body)
        self.goals = CommitTextEdit(body)
        self.core_messages = CommitTextEdit(body)
        self.audience = CommitTextEdit(body)
        self.execution_path = CommitTextEdit(body)
        self.notes = CommitTextEdit(body)
        self.texts = (self.goals, self.core_messages, self.audience, self.execution_path)
        for box in (*self.texts, self.notes):
            box.setMinimumHeight(64)
            box.committed.connect(self.commit)
        for code in LEVELS:
            self.level.addItem("", code)
        for code in STATUSES:
            self.status.addItem("", code)
        self.error = error_label(body)
        self.field_widgets: dict[str, QWidget] = {
            "title": self.title,
            "level": self.level,
            "status": self.status,
            "owner_uuid": self.owner,
            "start_date": self.start,
            "end_date": self.end,
            "budget": self.budget,
            "budget_cents": self.budget,
        }

        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(DATE_DEBOUNCE_MS)
        self._date_timer.timeout.connect(self.commit)
        for line in (self.title, self.budget):
            line.editingFinished.connect(self.commit)
        for combo in (self.level, self.status, self.owner):
            combo.activated.connect(lambda _i: self.commit())
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._date_changed)
            edit.editingFinished.connect(self.commit)

        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        def label(key: str, buddy: QWidget) -> QLabel:
            lab = QLabel(body)
            lab.setBuddy(buddy)
            self.labels[key] = lab
            return lab

        period = QHBoxLayout()
        self.dash = QLabel("–", body)
        period.addWidget(self.start, 1)
        period.addWidget(self.dash)
        period.addWidget(self.end, 1)
        money = QHBoxLayout()
        money.addWidget(self.budget, 1)
        money.addWidget(self.yuan)
        money.addStretch(0)
        grid.addWidget(label("title", self.title), 0, 0)
        grid.addWidget(self.title, 0, 1, 1, 3)
        grid.addWidget(label("level", self.level), 1, 0)
        grid.addWidget(self.level, 1, 1)
        grid.addWidget(label("status", self.status), 1, 2)
        grid.addWidget(self.status, 1, 3)
        grid.addWidget(label("period", self.start), 2, 0)
        grid.addLayout(period, 2, 1)
        grid.addWidget(label("owner", self.owner), 2, 2)
        grid.addWidget(self.owner, 2, 3)
        grid.addWidget(label("budget", self.budget), 3, 0)
        grid.addLayout(money, 3, 1)

        texts = QGridLayout()
        texts.setColumnStretch(0, 1)
        texts.setColumnStretch(1, 1)
        for i, box in enumerate(self.texts):
            key = ("goals", "core_messages", "audience", "execution_path")[i]
            texts.addWidget(label(key, box), (i // 2) * 2, i % 2)
            texts.addWidget(box, (i // 2) * 2 + 1, i % 2)
        texts.addWidget(label("notes", self.notes), 4, 0, 1, 2)
        texts.addWidget(self.notes, 5, 0, 1, 2)

        layout = QVBoxLayout(body)
        layout.addWidget(self.error)
        layout.addLayout(grid)
        layout.addLayout(texts, 1)
        self.retranslate()
        self.set_plan(None, [])

    # Showing a plan -------------------------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        """Fields show the plan but take no edits (a database opened read-only)."""
        for line in (self.title, self.budget):
            line.setReadOnly(read_only)
        for box in (*self.texts, self.notes):
            box.setReadOnly(read_only)
        for widget in (self.level, self.status, self.owner, self.start, self.end):
            widget.setEnabled(not read_only)

    def set_plan(self, plan: PlanInfo | None, members: list[MemberInfo]) -> None:
        """Show ``plan`` as saved; a message about unsaved bad input goes away."""
        self._date_timer.stop()
        self._loading = True
        try:
            self.plan = plan
            self.error.hide()
            self.owner.clear()
            self.owner.addItem(self.tr("(nobody)"), None)
            for m in members:
                if m.active or (plan is not None and m.uuid == plan.owner_uuid):
                    self.owner.addItem(m.name, m.uuid)
            if plan is None:
                return
            if self.title.text() != plan.title:
                self.title.setText(plan.title)
            self.level.setCurrentIndex(self.level.findData(plan.level))
            self.status.setCurrentIndex(self.status.findData(plan.status))
            self.owner.setCurrentIndex(max(self.owner.findData(plan.owner_uuid), 0))
            self.start.setDate(qdate(plan.start_date))
            self.end.setDate(qdate(plan.end_date))
            budget = cents_input_text(plan.budget_cents)
            if self.budget.text() != budget:
                self.budget.setText(budget)
            self.goals.set_text(plan.goals)
            self.core_messages.set_text(plan.core_messages)
            self.audience.set_text(plan.audience)
            self.execution_path.set_text(plan.execution_path)
            self.notes.set_text(plan.notes)
        finally:
            self._loading = False

    def draft(self) -> PlanDraft:
        """What the form holds; InvalidInput when the budget is not a number."""
        assert self.plan is not None
        return PlanDraft(
            title=self.title.text().strip(),
            level=str(self.level.currentData()),
            start_date=date_value(self.start),
            end_date=date_value(self.end),
            parent_uuid=self.plan.parent_uuid,
            status=str(self.status.currentData()),
            goals=self.goals.toPlainText(),
            core_messages=self.core_messages.toPlainText(),
            audience=self.audience.toPlainText(),
            execution_path=self.execution_path.toPlainText(),
            budget_cents=parse_cents(self.budget.text(), "budget"),
            owner_uuid=self.owner.currentData(),
            notes=self.notes.toPlainText(),
        )

    # Saving -------------------------------------------------------------------------
    def _date_changed(self) -> None:
        if not self._loading:
            self._date_timer.start()

    def commit(self) -> None:
        """Save what differs from the plan as shown; say inline what is wrong."""
        self._date_timer.stop()
        ws, before = self.editor.workspace, self.plan
        if self._loading or ws is None or before is None:
            return
        try:
            draft = self.draft()
            if draft == before.draft():
                self.error.hide()
                return
            after = ws.plans.update_plan(before.uuid, before.version, draft)
        except InvalidInput as exc:
            self.show_invalid(exc)
            return
        except DatabaseProblem as exc:
            self.editor.report(exc)
            return
        self.error.hide()
        self.plan = after
        self.plans.edited(before, after, self._edit_text(before.draft(), draft))
        self.saved.emit(after)

    def show_invalid(self, exc: InvalidInput) -> None:
        self.error.setText(field_error(exc))
        self.error.show()
        widget = self.field_widgets.get(exc.field)
        if widget is not None and not widget.hasFocus():
            widget.setFocus()

    def _edit_text(self, before: PlanDraft, after: PlanDraft) -> str:
        changed = [
            f.name for f in fields(PlanDraft) if getattr(before, f.name) != getattr(after, f.name)
        ]
        names = {
            "title": self.tr("rename plan"),
            "start_date": self.tr("change period"),
            "end_date": self.tr("change period"),
            "status": self.tr("change status"),
            "budget_cents": self.tr("change budget"),
            "owner_uuid": self.tr("change owner"),
        }
        what = (
            names.get(changed[0], self.tr("edit plan"))
            if len(changed) == 1
            else self.tr("edit plan")
        )
        return self.tr("%1 (%2)").replace("%1", what).replace("%2", after.title.strip())

    # Language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            "title": self.tr("&Title"),
            "level": self.tr("&Level"),
            "status": self.tr("&Status"),
            "period": self.tr("&Period"),
            "owner": self.tr("&Owner"),
            "budget": self.tr("&Budget"),
            "goals": self.tr("&Goals"),
            "core_messages": self.tr("Core &messages"),
            "audience": self.tr("Target &audience"),
            "execution_path": self.tr("E&xecution path"),
            "notes": self.tr("&Notes"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.yuan.setText(self.tr("yuan"))
        self.title.setPlaceholderText(self.tr("e.g. 2026 Q2 social media plan"))
        self.goals.setPlaceholderText(self.tr("What this period must achieve"))
        self.core_messages.setPlaceholderText(self.tr("What every post should carry"))
        self.audience.setPlaceholderText(self.tr("Who the content is for"))
        self.execution_path.setPlaceholderText(self.tr("Phases, campaigns, milestones"))
        for i in range(self.level.count()):
            self.level.setItemText(i, level_label(str(self.level.itemData(i))))
        for i in range(self.status.count()):
            self.status.setItemText(i, status_label(str(self.status.itemData(i))))
        if self.owner.count():
            self.owner.setItemText(0, self.tr("(nobody)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
