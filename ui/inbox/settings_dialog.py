"""Inbox settings: the first-response target and the team's business hours (what the
SLA counts), and when the spike detector raises an alert. Saving recomputes the due
times of unanswered messages; the change can be undone."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from app.inbox.types import SlaSettings
from app.validation import InvalidInput
from ui.widgets.form_dialog import FormDialog

ZONES = (
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Asia/Taipei",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Europe/London",
    "Europe/Berlin",
    "America/New_York",
    "America/Los_Angeles",
    "UTC",
)
# z-scores above the usual negative share: how readily a spike rings.
SENSITIVITY = (3.0, 4.0, 5.0)
_DATES = re.compile(r"[,，、;；\s]+")
_WORDS = re.compile(r"\s*[,，、;；\n]\s*")  # a risk word may be a phrase with spaces


_CONTEXT = "InboxSettingsDialog"
# The core's field names and messages as the dialog's user reads them.
_FIELDS = {
    "target_minutes": QT_TRANSLATE_NOOP("InboxSettingsDialog", "First response within"),
    "workdays": QT_TRANSLATE_NOOP("InboxSettingsDialog", "Working days"),
    "day_start": QT_TRANSLATE_NOOP("InboxSettingsDialog", "Opening hours"),
    "day_end": QT_TRANSLATE_NOOP("InboxSettingsDialog", "Opening hours"),
    "lunch_start": QT_TRANSLATE_NOOP("InboxSettingsDialog", "Lunch break"),
    "lunch_end": QT_TRANSLATE_NOOP("InboxSettingsDialog", "Lunch break"),
    "holidays": QT_TRANSLATE_NOOP("InboxSettingsDialog", "Holidays"),
    "extra_workdays": QT_TRANSLATE_NOOP("InboxSettingsDialog", "Extra working days"),
    "timezone": QT_TRANSLATE_NOOP("InboxSettingsDialog", "Time zone"),
    "risk_keywords": QT_TRANSLATE_NOOP("InboxSettingsDialog", "Risk words"),
    "spike_min_negative": QT_TRANSLATE_NOOP("InboxSettingsDialog", "Negative messages"),
    "spike_min_rise": QT_TRANSLATE_NOOP("InboxSettingsDialog", "Rise over the usual share"),
    "spike_threshold": QT_TRANSLATE_NOOP("InboxSettingsDialog", "Sensitivity"),
}
_MESSAGES = {
    "must be between 1 minute and 30 days": QT_TRANSLATE_NOOP(
        "InboxSettingsDialog", "must be between 1 minute and 30 days"
    ),
    "choose at least one working day": QT_TRANSLATE_NOOP(
        "InboxSettingsDialog", "choose at least one working day"
    ),
    "must be after the start of the day": QT_TRANSLATE_NOOP(
        "InboxSettingsDialog", "must end after it opens"
    ),
    "must be after the start of the lunch break": QT_TRANSLATE_NOOP(
        "InboxSettingsDialog", "must end after it starts"
    ),
    "must lie inside the opening hours": QT_TRANSLATE_NOOP(
        "InboxSettingsDialog", "must lie inside the opening hours"
    ),
    "must be between 1 and 1000": QT_TRANSLATE_NOOP(
        "InboxSettingsDialog", "must be between 1 and 1000"
    ),
    "must be between 0 and 100 %": QT_TRANSLATE_NOOP(
        "InboxSettingsDialog", "must be between 0 and 100 %"
    ),
    "must be between 1 and 10": QT_TRANSLATE_NOOP(
        "InboxSettingsDialog", "must be between 1 and 10"
    ),
    "at most 500 risk words": QT_TRANSLATE_NOOP("InboxSettingsDialog", "at most 500 risk words"),
    "write dates as 2026-10-01": QT_TRANSLATE_NOOP(
        "InboxSettingsDialog", "write dates as 2026-10-01"
    ),
}
_UNKNOWN_ZONE = QT_TRANSLATE_NOOP("InboxSettingsDialog", "unknown time zone")


def relabel(exc: InvalidInput) -> InvalidInput:
    """The core's field names and messages in the interface language."""

    def tr(text: object) -> str:  # QT_TRANSLATE_NOOP is typed as returning object
        return QCoreApplication.translate(_CONTEXT, str(text))

    message = _UNKNOWN_ZONE if exc.field == "timezone" else _MESSAGES.get(exc.message)
    field = _FIELDS.get(exc.field)
    return InvalidInput(tr(field) if field else exc.field, tr(message) if message else exc.message)


def _dates(text: str, field: str) -> tuple[date, ...]:
    try:
        return tuple(sorted({date.fromisoformat(p) for p in _DATES.split(text) if p}))
    except ValueError as exc:
        raise InvalidInput(field, "write dates as 2026-10-01") from exc


def _time(edit: QTimeEdit) -> str:
    return edit.time().toString("HH:mm")


class InboxSettingsDialog(FormDialog[SlaSettings, SlaSettings]):
    def __init__(
        self,
        save: Callable[[SlaSettings], SlaSettings],
        initial: SlaSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.initial = initial
        self.setWindowTitle(self.tr("Inbox settings"))
        sla = QGroupBox(self.tr("First response (SLA)"), self)
        sla_form = QFormLayout(sla)
        self.target = QSpinBox(self)
        self.target.setRange(1, 60 * 24 * 30)
        self.target.setSuffix(self.tr(" min"))
        self.target.setValue(initial.target_minutes)
        self.days = [QCheckBox(name, self) for name in self._day_names()]
        for n, box in enumerate(self.days):
            box.setChecked(n in initial.workdays)
        self.day_start, self.day_end = self._clock(initial.day_start), self._clock(initial.day_end)
        self.lunch = QCheckBox(self.tr("Lunch break"), self)
        self.lunch.setChecked(bool(initial.lunch_start))
        self.lunch_start = self._clock(initial.lunch_start or "12:00")
        self.lunch_end = self._clock(initial.lunch_end or "13:30")
        for clock in (self.lunch_start, self.lunch_end):
            clock.setEnabled(self.lunch.isChecked())
            self.lunch.toggled.connect(clock.setEnabled)
        example = "2026-10-01, 2026-10-02"
        self.holidays = QLineEdit(", ".join(d.isoformat() for d in initial.holidays), self)
        self.extra = QLineEdit(", ".join(d.isoformat() for d in initial.extra_workdays), self)
        for line in (self.holidays, self.extra):
            line.setPlaceholderText(example)
        self.timezone = QComboBox(self)
        self.timezone.setEditable(True)
        self.timezone.addItems(list(ZONES))
        self.timezone.setCurrentText(initial.timezone)
        self._row(sla_form, self.tr("&First response within"), self.target)
        self._row(sla_form, self.tr("&Working days"), self.days[0], *self.days[1:])
        self._row(sla_form, self.tr("&Opening hours"), self.day_start, "–", self.day_end)
        self._row(sla_form, "", self.lunch, self.lunch_start, "–", self.lunch_end)
        self._row(sla_form, self.tr("&Holidays"), self.holidays)
        self._row(sla_form, self.tr("E&xtra working days (调休)"), self.extra)
        self._row(sla_form, self.tr("Time &zone"), self.timezone)

        spikes = QGroupBox(self.tr("Spike alerts"), self)
        spike_form = QFormLayout(spikes)
        hint = QLabel(
            self.tr(
                "Every 6 hours, an account's share of negative messages is compared with "
                "its usual share; a clear jump raises an alert. Risk words raise one at once."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.min_negative = QSpinBox(self)
        self.min_negative.setRange(1, 1000)
        self.min_negative.setValue(initial.spike_min_negative)
        self.min_rise = QSpinBox(self)
        self.min_rise.setRange(0, 100)
        self.min_rise.setSuffix(" %")
        self.min_rise.setValue(round(initial.spike_min_rise * 100))
        self.sensitivity = QComboBox(self)
        for value, name in zip(SENSITIVITY, self._sensitivity_names(), strict=True):
            self.sensitivity.addItem(name, value)
        if self.sensitivity.findData(initial.spike_threshold) < 0:
            self.sensitivity.addItem(str(initial.spike_threshold), initial.spike_threshold)
        self.sensitivity.setCurrentIndex(self.sensitivity.findData(initial.spike_threshold))
        self.risk_words = QPlainTextEdit(", ".join(initial.risk_keywords), self)
        self.risk_words.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        spike_form.addRow(hint)
        self._row(spike_form, self.tr("At least"), self.min_negative, self.tr("negative messages"))
        self._row(spike_form, self.tr("&Rise over the usual share"), self.min_rise)
        self._row(spike_form, self.tr("&Sensitivity"), self.sensitivity)
        self._row(spike_form, self.tr("Risk &words"), self.risk_words)
        self.form.addRow(sla)
        self.form.addRow(spikes)
        self.field_widgets = {
            "target_minutes": self.target,
            "workdays": self.days[0],
            "day_start": self.day_start,
            "day_end": self.day_end,
            "lunch_start": self.lunch_start,
            "lunch_end": self.lunch_end,
            "holidays": self.holidays,
            "extra_workdays": self.extra,
            "timezone": self.timezone,
            "risk_keywords": self.risk_words,
            "spike_min_negative": self.min_negative,
            "spike_min_rise": self.min_rise,
        }
        self.resize(600, self.sizeHint().height())

    def _day_names(self) -> list[str]:
        return [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]

    def _sensitivity_names(self) -> list[str]:
        return [self.tr("High (alerts sooner)"), self.tr("Normal"), self.tr("Low (fewer alerts)")]

    def _clock(self, text: str) -> QTimeEdit:
        edit = QTimeEdit(QTime.fromString(text, "HH:mm"), self)
        edit.setDisplayFormat("HH:mm")
        return edit

    def _row(self, form: QFormLayout, text: str, *parts: QWidget | str) -> None:
        """A label (its "&" letter focusing the first widget) and widgets in a line."""
        line = QHBoxLayout()
        for part in parts:
            line.addWidget(QLabel(part, self) if isinstance(part, str) else part)
        if not any(isinstance(p, (QLineEdit, QPlainTextEdit)) for p in parts):
            line.addStretch(1)  # short fields stay short; text boxes take the width
        label = QLabel(text, self)
        first = parts[0]
        if isinstance(first, QWidget):
            label.setBuddy(first)
        form.addRow(label, line)

    def draft(self) -> SlaSettings:
        lunch = self.lunch.isChecked()
        text = self.risk_words.toPlainText().strip()
        words = tuple(dict.fromkeys(w for w in _WORDS.split(text) if w))
        return replace(
            self.initial,
            target_minutes=self.target.value(),
            workdays=tuple(n for n, box in enumerate(self.days) if box.isChecked()),
            day_start=_time(self.day_start),
            day_end=_time(self.day_end),
            lunch_start=_time(self.lunch_start) if lunch else "",
            lunch_end=_time(self.lunch_end) if lunch else "",
            holidays=_dates(self.holidays.text(), "holidays"),
            extra_workdays=_dates(self.extra.text(), "extra_workdays"),
            timezone=self.timezone.currentText().strip(),
            risk_keywords=words,
            spike_min_negative=self.min_negative.value(),
            spike_min_rise=self.min_rise.value() / 100,
            spike_threshold=float(self.sensitivity.currentData()),
        )
