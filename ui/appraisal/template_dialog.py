"""The template editor: criteria with weights (the editor says, as you type, while the
weights do not add up to 100), scales and kinds; a built-in template is saved as the
team's own copy."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.appraisal.grading import TOTAL_WEIGHT, weights_sum
from app.appraisal.types import CRITERION_KINDS, FACT, FACTS, Criterion, TemplateDraft, TemplateInfo
from app.db.errors import DatabaseProblem
from app.validation import InvalidInput
from ui.appraisal.labels import fact_label, kind_label
from ui.errors import invalid_text, show_error
from ui.team.roles import role_label
from ui.widgets.inputs import error_label

NAME, DESCRIPTION, WEIGHT, LOW, HIGH, KIND, FACT_COL = range(7)


class AppraisalTemplateDialog(QDialog):
    """Edit the templates of one language; ``save(draft, uuid, version)`` stores one."""

    def __init__(
        self,
        templates: list[TemplateInfo],
        save: Callable[[TemplateDraft, str | None, int], TemplateInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Appraisal templates"))
        self.templates = list(templates)
        self._save = save
        self.chooser = QComboBox(self)
        for t in self.templates:
            self.chooser.addItem(f"{t.name} ({role_label(t.role)})")
        self.name = QLineEdit(self)
        self.table = QTableWidget(0, 7, self)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Criterion"),
                self.tr("Description"),
                self.tr("Weight"),
                self.tr("Lowest"),
                self.tr("Highest"),
                self.tr("Kind"),
                self.tr("Fact"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(NAME, 180)
        self.weights = QLabel(self)
        self.error = error_label(self)
        add = QPushButton(self.tr("Add criterion"), self)
        remove = QPushButton(self.tr("Remove criterion"), self)
        add.clicked.connect(lambda: self._add_row(Criterion("", weight=0)))
        remove.clicked.connect(self._remove_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Template"), self))
        top.addWidget(self.chooser, 1)
        top.addWidget(QLabel(self.tr("Name"), self))
        top.addWidget(self.name, 1)
        rows = QHBoxLayout()
        rows.addWidget(add)
        rows.addWidget(remove)
        rows.addStretch(1)
        rows.addWidget(self.weights)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(rows)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.table.cellChanged.connect(lambda _r, _c: self.show_weights())
        self.chooser.currentIndexChanged.connect(self.show_template)
        self.resize(980, 480)
        self.show_template(0)

    # Rows ---------------------------------------------------------------------------
    def show_template(self, index: int) -> None:
        if not 0 <= index < len(self.templates):
            return
        t = self.templates[index]
        self.name.setText(t.name)
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for c in t.criteria:
            self._add_row(c)
        self.table.blockSignals(False)
        self.error.hide()
        self.show_weights()

    def _add_row(self, c: Criterion) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in (
            (NAME, c.name),
            (DESCRIPTION, c.description),
            (WEIGHT, str(c.weight)),
            (LOW, str(c.scale_min)),
            (HIGH, str(c.scale_max)),
        ):
            item = QTableWidgetItem(value)
            if column in (WEIGHT, LOW, HIGH):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        kind = QComboBox(self.table)
        for code in CRITERION_KINDS:
            kind.addItem(kind_label(code), code)
        kind.setCurrentIndex(max(kind.findData(c.kind), 0))
        fact = QComboBox(self.table)
        fact.addItem("—", "")
        for code in FACTS:
            fact.addItem(fact_label(code), code)
        fact.setCurrentIndex(max(fact.findData(c.fact), 0))
        self.table.setCellWidget(row, KIND, kind)
        self.table.setCellWidget(row, FACT_COL, fact)
        self.show_weights()

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.show_weights()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _whole(self, row: int, column: int) -> int:
        try:
            return int(self._text(row, column) or 0)
        except ValueError:
            return -1

    def criteria(self) -> tuple[Criterion, ...]:
        found = []
        for row in range(self.table.rowCount()):
            kind = self.table.cellWidget(row, KIND)
            fact = self.table.cellWidget(row, FACT_COL)
            assert isinstance(kind, QComboBox) and isinstance(fact, QComboBox)
            kind_code = str(kind.currentData())
            found.append(
                Criterion(
                    self._text(row, NAME),
                    self._text(row, DESCRIPTION),
                    self._whole(row, WEIGHT),
                    self._whole(row, LOW),
                    self._whole(row, HIGH),
                    kind_code,
                    str(fact.currentData()) if kind_code == FACT else "",
                )
            )
        return tuple(found)

    def show_weights(self) -> None:
        """Live: the sum of the weights, in red while it is not 100."""
        total = weights_sum(self.criteria())
        if total == TOTAL_WEIGHT:
            self.weights.setText(self.tr("Weights add up to 100."))
            self.weights.setStyleSheet("")
        else:
            self.weights.setText(
                self.tr("Weights add up to %1; they must add up to 100.").replace("%1", str(total))
            )
            self.weights.setStyleSheet("color: #c0392b; font-weight: bold;")

    # Saving -------------------------------------------------------------------------
    def save(self) -> None:
        index = self.chooser.currentIndex()
        t = self.templates[index]
        draft = TemplateDraft(self.name.text(), t.role, t.language, self.criteria())
        try:
            saved = self._save(draft, t.uuid, t.version)
        except InvalidInput as exc:
            self.error.setText(invalid_text(exc))
            self.error.show()
            return
        except DatabaseProblem as exc:
            show_error(self, exc)
            return
        self.error.hide()
        self.templates[index] = saved
        self.chooser.setItemText(index, f"{saved.name} ({role_label(saved.role)})")
