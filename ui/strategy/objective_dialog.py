"""Dialog for a measurable objective: KPI, scope, target with unit, period."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.accounts.types import AccountInfo, PlatformInfo
from app.strategy.types import (
    DEFAULT_UNITS,
    KPI_METRICS,
    UNITS,
    ObjectiveDraft,
    ObjectiveInfo,
    PlanInfo,
)
from ui.formats import platform_text
from ui.strategy.labels import metric_label, scope_label, unit_label
from ui.widgets.form_dialog import FormDialog
from ui.widgets.inputs import date_edit, date_value, number_input_text, parse_number, qdate

# Campaigns get their own screen with the content calendar; until then an objective
# can be scoped to one only if it already was (its scope is kept as it is).
PICKABLE_SCOPES = ("all", "platform", "account")


class ObjectiveDialog(FormDialog[ObjectiveDraft, ObjectiveInfo]):
    def __init__(
        self,
        save: Callable[[ObjectiveDraft], ObjectiveInfo],
        plan: PlanInfo,
        platforms: list[PlatformInfo],
        accounts: list[AccountInfo],
        initial: ObjectiveDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Edit objective") if initial else self.tr("Add objective"))
        self._initial = initial
        self._platforms, self._accounts = platforms, accounts
        self.kpi = QComboBox(self)
        for m in KPI_METRICS:
            self.kpi.addItem(metric_label(m.code), m.code)
        self.custom_name = QLineEdit(self)
        self.custom_name.setPlaceholderText(self.tr("e.g. KOL collaborations"))
        self.scope = QComboBox(self)
        scopes = list(PICKABLE_SCOPES)
        if initial is not None and initial.scope not in scopes:
            scopes.append(initial.scope)
        for code in scopes:
            self.scope.addItem(scope_label(code), code)
        self.scope_target = QComboBox(self)
        self.target = QLineEdit(self)
        self.target.setPlaceholderText(self.tr("e.g. 50000"))
        self.unit = QComboBox(self)
        for code in UNITS:
            self.unit.addItem(unit_label(code), code)
        target = QHBoxLayout()
        target.addWidget(self.target, 1)
        target.addWidget(self.unit)
        self.start = date_edit(self)
        self.end = date_edit(self)
        self.start.setDate(qdate(plan.start_date))
        self.end.setDate(qdate(plan.end_date))
        period = QHBoxLayout()
        period.addWidget(self.start, 1)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.end, 1)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(70)
        self.form.addRow(self.tr("&KPI"), self.kpi)
        self.form.addRow(self.tr("KPI &name"), self.custom_name)
        self.form.addRow(self.tr("&Scope"), self.scope)
        self.form.addRow(self.tr("&For"), self.scope_target)
        self.add_row(self.tr("&Target"), target, self.target)
        self.add_row(self.tr("&Period"), period, self.start)
        self.form.addRow(self.tr("N&otes"), self.notes)
        self.field_widgets = {
            "metric": self.kpi,
            "custom_name": self.custom_name,
            "scope": self.scope,
            "scope_uuid": self.scope_target,
            "target_value": self.target,
            "unit": self.unit,
            "start_date": self.start,
            "end_date": self.end,
        }
        self.kpi.currentIndexChanged.connect(lambda _i: self._metric_changed())
        self.scope.currentIndexChanged.connect(lambda _i: self._fill_scope_targets())
        if initial is not None:
            self.kpi.setCurrentIndex(max(self.kpi.findData(initial.metric), 0))
            self.custom_name.setText(initial.custom_name)
            self.scope.setCurrentIndex(max(self.scope.findData(initial.scope), 0))
            self.target.setText(number_input_text(initial.target_value))
            unit = initial.unit or DEFAULT_UNITS.get(initial.metric, "count")
            self.unit.setCurrentIndex(max(self.unit.findData(unit), 0))
            if initial.start_date and initial.end_date:
                self.start.setDate(qdate(initial.start_date))
                self.end.setDate(qdate(initial.end_date))
            self.notes.setPlainText(initial.notes)
        self._metric_changed(keep_unit=initial is not None)
        self._fill_scope_targets()
        self.resize(500, self.sizeHint().height())

    def _metric_changed(self, keep_unit: bool = False) -> None:
        code = str(self.kpi.currentData())
        self.custom_name.setEnabled(code == "custom")
        if not keep_unit:
            self.unit.setCurrentIndex(max(self.unit.findData(DEFAULT_UNITS.get(code)), 0))

    def _fill_scope_targets(self) -> None:
        scope = self.scope.currentData()
        self.scope_target.clear()
        if scope == "platform":
            for p in self._platforms:
                self.scope_target.addItem(platform_text(p.name_en, p.name_zh), p.uuid)
        elif scope == "account":
            for a in self._accounts:
                self.scope_target.addItem(
                    f"{platform_text(a.platform_en, a.platform_zh)} · {a.handle}", a.uuid
                )
        elif scope != "all" and self._initial is not None:
            self.scope_target.addItem(self.tr("(as before)"), self._initial.scope_uuid)
        self.scope_target.setEnabled(scope != "all")
        initial = self._initial
        if initial is not None and initial.scope == scope:
            self.scope_target.setCurrentIndex(
                max(self.scope_target.findData(initial.scope_uuid), 0)
            )

    def draft(self) -> ObjectiveDraft:
        scope = str(self.scope.currentData())
        return ObjectiveDraft(
            metric=str(self.kpi.currentData()),
            target_value=parse_number(self.target.text(), "target_value", required=True),
            unit=str(self.unit.currentData()),
            scope=scope,
            scope_uuid=None if scope == "all" else self.scope_target.currentData(),
            custom_name=self.custom_name.text() if self.custom_name.isEnabled() else "",
            start_date=date_value(self.start),
            end_date=date_value(self.end),
            notes=self.notes.toPlainText(),
        )
