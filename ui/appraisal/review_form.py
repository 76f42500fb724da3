"""One member's appraisal: criteria with facts beside them, the self-review and the
manager review, the total and grade (computed by the core), sign-off and reopening.

What may be edited follows the acting member and the status; the core refuses the rest
anyway (a disabled widget is a courtesy, not the check).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.appraisal.grading import grade, weighted_total
from app.appraisal.types import (
    AWAITING_SIGNOFF,
    FACT,
    MANAGER_REVIEW,
    SELF_REVIEW,
    SIGNED,
    AppraisalInfo,
    Band,
    FactValue,
    ManagerReview,
    SelfReview,
)
from app.db.errors import DatabaseProblem
from app.validation import InvalidInput
from ui.appraisal.labels import fact_label, fact_source, fact_text, status_label, total_text
from ui.errors import invalid_text, show_error
from ui.formats import date_text, period_text
from ui.widgets.inputs import error_label

if TYPE_CHECKING:
    from app.appraisal.access import Viewer
    from app.workspace import Workspace

CRITERION, WEIGHT, FACT_COL, SELF, SELF_NOTE, MANAGER, MANAGER_NOTE = range(7)


class ScoreBox(QSpinBox):
    """A score on the criterion's scale, or none yet (shown as a dash)."""

    def __init__(self, low: int, high: int, score: int | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setRange(low - 1, high)
        self.setSpecialValueText("—")
        self.setValue(low - 1 if score is None else score)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def score(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()


class ReviewDialog(QDialog):
    changed = Signal()  # something was saved: the cycle view reloads

    def __init__(
        self, workspace: Workspace, uuid: str, bands: tuple[Band, ...], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.workspace = workspace
        self.uuid = uuid
        self.bands = bands
        self.appraisal: AppraisalInfo = workspace.appraisals.get(uuid)
        self.viewer: Viewer = workspace.appraisals.viewer()
        self.facts: dict[str, FactValue] = {f.code: f for f in workspace.appraisals.facts(uuid)}
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 7, self)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SELF_NOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MANAGER_NOTE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(CRITERION, 190)
        header.resizeSection(FACT_COL, 160)
        # Every fact of the member's period beside the criteria, with where it comes from.
        self.facts_label = QLabel(self)
        self.facts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.facts_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.facts_label.setWordWrap(True)
        self.facts_label.setFixedWidth(250)
        self.total = QLabel(self)
        font = self.total.font()
        font.setBold(True)
        self.total.setFont(font)
        self.texts: dict[str, QPlainTextEdit] = {}
        self.text_labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        for i, key in enumerate(("strengths", "improvements", "goals", "training_plan")):
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(80)
            label = QLabel(self)
            label.setBuddy(edit)
            self.texts[key], self.text_labels[key] = edit, label
            grid.addWidget(label, (i // 2) * 2, i % 2)
            grid.addWidget(edit, (i // 2) * 2 + 1, i % 2)
        self.signatures = QLabel(self)
        self.signatures.setTextFormat(Qt.TextFormat.PlainText)
        self.reopenings = QLabel(self)
        self.reopenings.setTextFormat(Qt.TextFormat.PlainText)
        self.reopenings.setWordWrap(True)
        self.error = error_label(self)
        self.save_button = QPushButton(self)
        self.submit_self_button = QPushButton(self)
        self.submit_manager_button = QPushButton(self)
        self.sign_member_button = QPushButton(self)
        self.sign_manager_button = QPushButton(self)
        self.reopen_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        for b in (
            self.save_button,
            self.submit_self_button,
            self.submit_manager_button,
            self.sign_member_button,
            self.sign_manager_button,
            self.reopen_button,
            self.print_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.buttons)
        self.save_button.clicked.connect(self.save)
        self.submit_self_button.clicked.connect(self.submit_self)
        self.submit_manager_button.clicked.connect(self.submit_manager)
        self.sign_member_button.clicked.connect(lambda: self.sign(as_manager=False))
        self.sign_manager_button.clicked.connect(lambda: self.sign(as_manager=True))
        self.reopen_button.clicked.connect(self.ask_reopen)
        self.print_button.clicked.connect(self.print_preview)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addWidget(self.facts_label)
        layout.addLayout(middle, 1)
        layout.addWidget(self.total)
        layout.addLayout(grid)
        layout.addWidget(self.signatures)
        layout.addWidget(self.reopenings)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        self.resize(1320, 760)
        self.retranslate()
        self.show_appraisal(self.appraisal)

    # Showing ------------------------------------------------------------------------
    def may_edit_self(self) -> bool:
        a = self.appraisal
        return a.status == SELF_REVIEW and self.viewer.is_member(a.member_uuid)

    def may_edit_manager(self) -> bool:
        a = self.appraisal
        return self.viewer.edit_any and a.status in (SELF_REVIEW, MANAGER_REVIEW)

    def show_appraisal(self, a: AppraisalInfo) -> None:
        self.appraisal = a
        self.title.setText(f"{a.member_name} — {a.cycle_name}")
        self.details.setText(
            self.tr("%1 · template %2 · %3")
            .replace("%1", period_text(a.start, a.end))
            .replace("%2", a.template_name)
            .replace("%3", status_label(a.status))
        )
        self_ok, manager_ok = self.may_edit_self(), self.may_edit_manager()
        self.table.setRowCount(len(a.lines))
        self.self_boxes: list[ScoreBox] = []
        self.manager_boxes: list[ScoreBox] = []
        for row, line in enumerate(a.lines):
            c = line.criterion
            name = QTableWidgetItem(c.name)
            name.setToolTip(c.description)
            weight = QTableWidgetItem(str(c.weight))
            weight.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            fact = self.facts.get(c.fact) if c.kind == FACT else None
            fact_item = QTableWidgetItem(
                f"{fact_label(c.fact)}: {fact_text(fact)}" if fact is not None else ""
            )
            if fact is not None:
                fact_item.setToolTip(fact_source(fact.code))
            for column, item in ((CRITERION, name), (WEIGHT, weight), (FACT_COL, fact_item)):
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
            self_box = ScoreBox(c.scale_min, c.scale_max, line.self_score, self.table)
            manager_box = ScoreBox(c.scale_min, c.scale_max, line.manager_score, self.table)
            self_box.setEnabled(self_ok)
            manager_box.setEnabled(manager_ok)
            manager_box.valueChanged.connect(self.show_total)
            self.table.setCellWidget(row, SELF, self_box)
            self.table.setCellWidget(row, MANAGER, manager_box)
            self.self_boxes.append(self_box)
            self.manager_boxes.append(manager_box)
            for column, text, ok in (
                (SELF_NOTE, line.self_comment, self_ok),
                (MANAGER_NOTE, line.manager_comment, manager_ok),
            ):
                item = QTableWidgetItem(text)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if ok else flags)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        # A member sees their own appraisal; the manager's texts are theirs to read.
        for key, edit in self.texts.items():
            edit.setPlainText(getattr(a, key))
            edit.setReadOnly(not manager_ok)
        self.show_total()
        self.signatures.setText(self._signature_text(a))
        self.reopenings.setText(
            "\n".join(
                self.tr("Reopened %1 by %2 (was %3): %4")
                .replace("%1", date_text(r.at.date()))
                .replace("%2", r.by or "—")
                .replace("%3", status_label(r.from_status))
                .replace("%4", r.reason)
                for r in a.reopenings
            )
        )
        awaiting = a.status == AWAITING_SIGNOFF
        self.save_button.setEnabled(self_ok or manager_ok)
        self.submit_self_button.setEnabled(self_ok)
        self.submit_manager_button.setEnabled(manager_ok)
        self.sign_member_button.setEnabled(
            awaiting and a.member_signed_on is None and self.viewer.is_member(a.member_uuid)
        )
        self.sign_manager_button.setEnabled(
            awaiting and a.manager_signed_on is None and self.viewer.edit_any
        )
        self.reopen_button.setEnabled(
            self.viewer.edit_any and a.status in (MANAGER_REVIEW, AWAITING_SIGNOFF, SIGNED)
        )

    def _signature_text(self, a: AppraisalInfo) -> str:
        def one(label: str, name: str, day: date | None) -> str:
            if not name or day is None:
                return f"{label}: —"
            return f"{label}: {name}, {date_text(day)}"

        return "    ".join(
            (
                one(self.tr("Member signed"), a.member_signed_name, a.member_signed_on),
                one(self.tr("Manager signed"), a.manager_signed_name, a.manager_signed_on),
            )
        )

    def show_total(self) -> None:
        """The weighted total and grade of the manager's scores as they stand (the core's
        arithmetic; what is saved is computed again by the service)."""
        lines = [
            (line.criterion, box.score())
            for line, box in zip(self.appraisal.lines, self.manager_boxes, strict=True)
        ]
        total = weighted_total(lines)
        self.total.setText(
            self.tr("Weighted total: %1 · Grade: %2")
            .replace("%1", total_text(total))
            .replace("%2", grade(total, self.bands) or "—")
        )

    # Actions ------------------------------------------------------------------------
    def _comment(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def self_review(self) -> SelfReview:
        return SelfReview(
            tuple(
                (box.score(), self._comment(row, SELF_NOTE))
                for row, box in enumerate(self.self_boxes)
            )
        )

    def manager_review(self) -> ManagerReview:
        return ManagerReview(
            tuple(
                (box.score(), self._comment(row, MANAGER_NOTE))
                for row, box in enumerate(self.manager_boxes)
            ),
            **{k: e.toPlainText() for k, e in self.texts.items()},
        )

    def _run(self, call: Callable[[], object]) -> bool:
        """Run a service call; show what went wrong. True when it worked."""
        self.error.hide()
        try:
            result = call()
        except InvalidInput as exc:
            self.error.setText(invalid_text(exc))
            self.error.show()
            return False
        except DatabaseProblem as exc:
            show_error(self, exc)
            self.show_appraisal(self.workspace.appraisals.get(self.uuid))
            return False
        if isinstance(result, AppraisalInfo):
            self.show_appraisal(result)
        self.changed.emit()
        return True

    def _save(self) -> AppraisalInfo:
        service, a = self.workspace.appraisals, self.appraisal
        if self.may_edit_self():
            a = service.save_self_review(self.uuid, a.version, self.self_review())
        if self.may_edit_manager():
            a = service.save_manager_review(self.uuid, a.version, self.manager_review())
        return a

    def save(self) -> bool:
        return self._run(self._save)

    def submit_self(self) -> None:
        if self.save():
            self._run(
                lambda: self.workspace.appraisals.submit_self_review(
                    self.uuid, self.appraisal.version
                )
            )

    def submit_manager(self) -> None:
        if self.save():
            self._run(
                lambda: self.workspace.appraisals.submit_manager_review(
                    self.uuid, self.appraisal.version
                )
            )

    def sign(self, *, as_manager: bool) -> None:
        self._run(
            lambda: self.workspace.appraisals.sign(
                self.uuid, self.appraisal.version, as_manager=as_manager
            )
        )

    def ask_reopen(self) -> None:
        dialog = ReopenDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            target, reason = dialog.choice()
            self._run(
                lambda: self.workspace.appraisals.reopen(
                    self.uuid, self.appraisal.version, target, reason
                )
            )

    def print_preview(self) -> None:
        from ui.appraisal.sheet import preview_sheets

        preview_sheets([self.appraisal], self).open()

    def _show_facts(self) -> None:
        lines = [self.tr("Facts from the work in this period")]
        for fact in self.facts.values():
            lines.append(f"{fact_label(fact.code)}: {fact_text(fact)}")
            lines.append(f"    {fact_source(fact.code)}")
        lines.append(self.tr("The manager still decides the score."))
        self.facts_label.setText("\n".join(lines))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Appraisal"))
        self._show_facts()
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Criterion"),
                self.tr("Weight"),
                self.tr("Fact"),
                self.tr("Self score"),
                self.tr("Self comment"),
                self.tr("Manager score"),
                self.tr("Manager comment"),
            ]
        )
        for key, text in (
            ("strengths", self.tr("&Strengths")),
            ("improvements", self.tr("&Improvements")),
            ("goals", self.tr("&Goals for the next period")),
            ("training_plan", self.tr("&Training plan")),
        ):
            self.text_labels[key].setText(text)
        self.save_button.setText(self.tr("Save"))
        self.submit_self_button.setText(self.tr("Submit self-review"))
        self.submit_manager_button.setText(self.tr("Submit for sign-off"))
        self.sign_member_button.setText(self.tr("Sign as member"))
        self.sign_manager_button.setText(self.tr("Sign as manager"))
        self.reopen_button.setText(self.tr("Reopen…"))
        self.print_button.setText(self.tr("Print…"))


class ReopenDialog(QDialog):
    """Back to which step, and why (the reason is required and recorded)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reopen appraisal"))
        self.target = QComboBox(self)
        self.target.addItem(status_label(MANAGER_REVIEW), MANAGER_REVIEW)
        self.target.addItem(status_label(SELF_REVIEW), SELF_REVIEW)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Back to"), self.target)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(buttons)

    def choice(self) -> tuple[str, str]:
        return str(self.target.currentData()), self.reason.toPlainText()
