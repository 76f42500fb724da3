"""A new appraisal cycle: period, due dates, the forced-distribution limit and who is
appraised (each with the template of their roles, or one chosen)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from app.appraisal.types import (
    DEFAULT_BANDS,
    PERIOD_KINDS,
    Band,
    CycleDraft,
    CycleInfo,
    Participant,
    TemplateInfo,
)
from app.team.types import MemberInfo
from app.validation import InvalidInput
from ui.appraisal.labels import period_label
from ui.team.roles import roles_text
from ui.widgets.form_dialog import FormDialog
from ui.widgets.inputs import date_edit, date_value, qdate

NewCycle = tuple[CycleDraft, tuple[Participant, ...]]


def bands_text(bands: tuple[Band, ...]) -> str:
    return ", ".join(f"{b.grade} {b.minimum:g}" for b in bands)


def read_bands(text: str) -> tuple[Band, ...]:
    """ "A 90, B 75, C 60, D 0" (or "A:90"); InvalidInput naming the grades when not."""
    bands = []
    for part in text.replace("，", ",").split(","):
        words = part.replace(":", " ").split()
        if not words:
            continue
        try:
            bands.append(Band(" ".join(words[:-1]), float(words[-1])))
        except ValueError:
            raise InvalidInput(
                "bands", "write each grade and its lowest total: A 90, B 75"
            ) from None
    return tuple(bands)


def quarter_of(day: date) -> tuple[date, date]:
    """The calendar quarter before the one ``day`` is in (appraisals look back)."""
    q = (day.month - 1) // 3
    year, q = (day.year, q - 1) if q else (day.year - 1, 3)
    start = date(year, q * 3 + 1, 1)
    end = date(year + (q == 3), (q * 3 + 3) % 12 + 1, 1)
    return start, date.fromordinal(end.toordinal() - 1)


class CycleDialog(FormDialog[NewCycle, CycleInfo]):
    def __init__(
        self,
        save: Callable[[NewCycle], CycleInfo],
        members: list[MemberInfo],
        templates: list[TemplateInfo],
        parent: QWidget | None = None,
        current: CycleDraft | None = None,
    ) -> None:
        """``current``: edit that cycle's period, dates and grades (no members then)."""
        super().__init__(save, parent)
        self.editing = current is not None
        if self.editing:
            self.setWindowTitle(self.tr("Edit appraisal cycle"))
        else:
            self.setWindowTitle(self.tr("New appraisal cycle"))
        start, end = quarter_of(date.today())
        self.name = QLineEdit(self)
        self.name.setText(f"{start.year} Q{(start.month - 1) // 3 + 1}")
        self.period = QComboBox(self)
        for code in PERIOD_KINDS:
            self.period.addItem(period_label(code), code)
        self.start, self.end = date_edit(self), date_edit(self)
        self.start.setDate(qdate(start))
        self.end.setDate(qdate(end))
        self.self_due, self.manager_due = date_edit(self), date_edit(self)
        self.self_due.setDate(qdate(date.fromordinal(end.toordinal() + 14)))
        self.manager_due.setDate(qdate(date.fromordinal(end.toordinal() + 28)))
        self.limit = QSpinBox(self)
        self.limit.setRange(0, 100)
        self.limit.setSuffix(" %")
        self.limit.setSpecialValueText(self.tr("no check"))
        self.limit.setValue(20)
        self.template = QComboBox(self)
        self.template.addItem(self.tr("From each member's roles"), None)
        for t in templates:
            if not t.builtin:
                self.template.addItem(t.name, t.uuid)
        self.members = QListWidget(self)
        for m in members:
            item = QListWidgetItem(f"{m.name} ({roles_text(m.roles)})", self.members)
            item.setData(Qt.ItemDataRole.UserRole, m.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m.active else Qt.CheckState.Unchecked)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Period"), self.period)
        self.form.addRow(self.tr("&Starts"), self.start)
        self.form.addRow(self.tr("&Ends"), self.end)
        self.form.addRow(self.tr("Self-review &due"), self.self_due)
        self.form.addRow(self.tr("Manager review d&ue"), self.manager_due)
        self.form.addRow(self.tr("At most this share of the top &grade"), self.limit)
        self.form.addRow(self.tr("&Template"), self.template)
        # Grade bands as people write them: "A 90, B 75, C 60, D 0".
        self.bands = QLineEdit(bands_text(DEFAULT_BANDS), self)
        self.form.addRow(self.tr("&Grades (from total)"), self.bands)
        if not self.editing:
            self.form.addRow(self.tr("&Members"), self.members)
        else:
            self.members.hide()
            self.template.hide()
            self.form.labelForField(self.template).hide()
        self.field_widgets = {"name": self.name, "end": self.end, "bands": self.bands}
        if current is not None:
            self.name.setText(current.name)
            self.period.setCurrentIndex(max(self.period.findData(current.period_kind), 0))
            self.start.setDate(qdate(current.start))
            self.end.setDate(qdate(current.end))
            if current.self_due is not None:
                self.self_due.setDate(qdate(current.self_due))
            if current.manager_due is not None:
                self.manager_due.setDate(qdate(current.manager_due))
            self.limit.setValue(current.top_share_limit or 0)
            self.bands.setText(bands_text(current.bands))

    def checked_members(self) -> list[str]:
        return [
            str(self.members.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.members.count())
            if self.members.item(i).checkState() == Qt.CheckState.Checked
        ]

    def draft(self) -> NewCycle:
        template = self.template.currentData()
        return (
            CycleDraft(
                self.name.text(),
                str(self.period.currentData()),
                date_value(self.start),
                date_value(self.end),
                date_value(self.self_due),
                date_value(self.manager_due),
                bands=read_bands(self.bands.text()),
                top_share_limit=self.limit.value() or None,
            ),
            tuple(
                Participant(uuid, None if template is None else str(template))
                for uuid in self.checked_members()
            ),
        )
