"""Dialogs for competitors, their observed metrics, and research notes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.accounts.types import PlatformInfo
from app.strategy.research_types import (
    CompetitorDraft,
    CompetitorInfo,
    ObservationDraft,
    ObservationInfo,
    ResearchNoteDraft,
    ResearchNoteInfo,
)
from app.strategy.types import KPI_METRICS
from ui.formats import platform_text
from ui.strategy.labels import metric_label
from ui.widgets.form_dialog import FormDialog
from ui.widgets.inputs import date_edit, date_value, parse_number, qdate


class CompetitorDialog(FormDialog[CompetitorDraft, CompetitorInfo]):
    def __init__(
        self,
        save: Callable[[CompetitorDraft], CompetitorInfo],
        initial: CompetitorDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Edit competitor") if initial else self.tr("Add competitor"))
        self.name = QLineEdit(self)
        self.platforms = QLineEdit(self)
        self.platforms.setPlaceholderText(self.tr("e.g. 抖音, 小红书, 微博"))
        self.accounts = QLineEdit(self)
        self.accounts.setPlaceholderText(self.tr("e.g. @brand_official"))
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(90)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Platforms"), self.platforms)
        self.form.addRow(self.tr("&Accounts"), self.accounts)
        self.form.addRow(self.tr("N&otes"), self.notes)
        self.field_widgets = {"name": self.name}
        if initial is not None:
            self.name.setText(initial.name)
            self.platforms.setText(initial.platforms)
            self.accounts.setText(initial.accounts)
            self.notes.setPlainText(initial.notes)
        self.resize(480, self.sizeHint().height())

    def draft(self) -> CompetitorDraft:
        return CompetitorDraft(
            self.name.text(), self.platforms.text(), self.accounts.text(), self.notes.toPlainText()
        )


class ObservationDialog(FormDialog[ObservationDraft, ObservationInfo]):
    """One observed metric of a competitor; the metric is a KPI or any name typed."""

    def __init__(
        self,
        save: Callable[[ObservationDraft], ObservationInfo],
        platforms: list[PlatformInfo],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Add observation"))
        self.observed_on = date_edit(self)
        self.observed_on.setDate(qdate(today))
        self.kpi = QComboBox(self)
        self.kpi.setEditable(True)
        for m in KPI_METRICS:
            if m.code != "custom":
                self.kpi.addItem(metric_label(m.code), m.code)
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(self.tr("e.g. 1250000"))
        self.platform = QComboBox(self)
        self.platform.addItem(self.tr("(any platform)"), None)
        for p in platforms:
            self.platform.addItem(platform_text(p.name_en, p.name_zh), p.uuid)
        self.form.addRow(self.tr("&Date"), self.observed_on)
        self.form.addRow(self.tr("&Metric"), self.kpi)
        self.form.addRow(self.tr("&Value"), self.value)
        self.form.addRow(self.tr("&Platform"), self.platform)
        self.field_widgets = {"metric": self.kpi, "value": self.value}
        self.resize(420, self.sizeHint().height())

    def metric_code(self) -> str:
        """The KPI code when a listed metric is chosen, else the text typed."""
        text = self.kpi.currentText().strip()
        index = self.kpi.findText(text)
        return str(self.kpi.itemData(index)) if index >= 0 else text

    def draft(self) -> ObservationDraft:
        return ObservationDraft(
            observed_on=date_value(self.observed_on),
            metric=self.metric_code(),
            value=parse_number(self.value.text(), "value", required=True),
            platform_uuid=self.platform.currentData(),
        )


class NoteDialog(FormDialog[ResearchNoteDraft, ResearchNoteInfo]):
    def __init__(
        self,
        save: Callable[[ResearchNoteDraft], ResearchNoteInfo],
        plan_uuid: str,
        plan_title: str,
        today: date,
        initial: ResearchNoteDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(
            self.tr("Edit research note") if initial else self.tr("Add research note")
        )
        self.plan_uuid = plan_uuid
        self.noted_on = date_edit(self)
        self.noted_on.setDate(qdate(initial.noted_on if initial else today))
        self.title = QLineEdit(self)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. 抖音, 直播, 趋势"))
        self.body = QPlainTextEdit(self)
        self.linked = QCheckBox(self.tr("Linked to the plan %1").replace("%1", plan_title), self)
        self.linked.setChecked(True)
        self.form.addRow(self.tr("&Date"), self.noted_on)
        self.form.addRow(self.tr("&Title"), self.title)
        self.form.addRow(self.tr("T&ags"), self.tags)
        self.form.addRow(self.tr("&Note"), self.body)
        self.form.addRow("", self.linked)
        self.field_widgets = {"title": self.title}
        if initial is not None:
            self.title.setText(initial.title)
            self.tags.setText(initial.tags)
            self.body.setPlainText(initial.body)
            self.linked.setChecked(initial.plan_uuid == plan_uuid)
        self.resize(520, 380)

    def draft(self) -> ResearchNoteDraft:
        return ResearchNoteDraft(
            noted_on=date_value(self.noted_on),
            title=self.title.text(),
            body=self.body.toPlainText(),
            tags=self.tags.text(),
            plan_uuid=self.plan_uuid if self.linked.isChecked() else None,
        )
