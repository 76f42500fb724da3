"""The periodic operating report: choose the period and scope, write the commentary and
actions (saved with the report), then print preview or save as PDF.

Figures are read on the task runner's worker; the document is laid out on the GUI
thread. A saved report opens again from the list at the top.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.kpi.analytics_types import KpiFilter, ReportData, ReportDraft, ReportKind, SavedReport
from app.kpi.periods import report_range
from ui.errors import show_error
from ui.formats import period_text
from ui.kpi.export import ask_path
from ui.kpi.filters import CheckMenuButton, Choice
from ui.kpi.labels import language
from ui.kpi.report_document import ReportNames, report_images, report_title

if TYPE_CHECKING:
    from app.workspace import Workspace
    from ui.tasks import TaskRunner

KINDS: tuple[ReportKind, ...] = ("week", "month", "quarter")


def report_names(ws: Workspace) -> ReportNames:
    """The names a printed report needs, in the interface language (worker thread)."""
    lang = language()

    def pick(en: str, zh: str) -> str:
        return zh if lang == "zh" and zh else en

    platforms = ws.accounts.list_platforms()
    accounts = ws.accounts.list_accounts()
    metrics = {m.code: m.name(lang) for m in ws.metrics.list_metrics()}
    metrics.update({d.code: d.name(lang) for d in ws.kpi.derived_metrics()})
    account_names = {a.uuid: f"{pick(a.platform_en, a.platform_zh)} · {a.handle}" for a in accounts}
    scopes = {p.uuid: pick(p.name_en, p.name_zh) for p in platforms} | account_names
    return ReportNames(
        metrics=metrics,
        platforms={p.code: pick(p.name_en, p.name_zh) for p in platforms},
        accounts=account_names,
        campaigns=dict(ws.kpi.campaigns()),
        scopes=scopes,
    )


@dataclass(frozen=True)
class Printable:
    """A report read and its charts drawn (on the worker: matplotlib's Agg needs no GUI
    thread, and the window stays responsive); only the page layout is left."""

    data: ReportData
    names: ReportNames
    images: dict[str, QImage]


def read_printable(ws: Workspace, draft: ReportDraft, uuid: str | None) -> Printable:
    data = ws.kpi.report_data(draft, uuid)
    names = report_names(ws)
    return Printable(data, names, report_images(data, names))


def last_complete(kind: str, today: date) -> date:
    """A day in the last whole week, month or quarter before ``today``'s."""
    return report_range(kind, today).start - timedelta(days=1)


class ReportDialog(QDialog):
    """Emits ``saved(SavedReport)`` after each save and ``printed(Path)`` after a PDF."""

    saved = Signal(object)
    printed = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        parent: QWidget | None = None,
        scope: KpiFilter | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.today = today or date.today()
        self._scope = scope or KpiFilter()
        self.names = ReportNames()
        self.reports: list[SavedReport] = []
        self.report: SavedReport | None = None
        self.preview: QDialog | None = None
        self.saved_list = QComboBox(self)
        self.kind = QComboBox(self)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.period_label = QLabel(self)
        self.platforms = CheckMenuButton(self)
        self.accounts = CheckMenuButton(self)
        self.title_edit = QLineEdit(self)
        self.commentary = QPlainTextEdit(self)
        self.actions_edit = QPlainTextEdit(self)
        self.save_button = QPushButton(self)
        self.preview_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.save_button, self.preview_button, self.pdf_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.preview_button.clicked.connect(self.print_preview)
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.kind.activated.connect(lambda _i: self._kind_chosen())
        self.kind.currentIndexChanged.connect(lambda _i: self._show_period())
        self.day.dateChanged.connect(lambda _d: self._show_period())
        self.saved_list.activated.connect(lambda _i: self._open_saved())

        when = QHBoxLayout()
        for widget in (self.kind, self.day, self.period_label):
            when.addWidget(widget)
        when.addStretch(1)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.platforms)
        scope_row.addWidget(self.accounts)
        scope_row.addStretch(1)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(6)]
        self.form.addRow(self.labels[0], self.saved_list)
        self.form.addRow(self.labels[1], when)
        self.form.addRow(self.labels[2], scope_row)
        self.form.addRow(self.labels[3], self.title_edit)
        self.form.addRow(self.labels[4], self.commentary)
        self.form.addRow(self.labels[5], self.actions_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(720, 620)

        self.retranslate()
        self.kind.setCurrentIndex(KINDS.index("month"))
        day = last_complete("month", self.today)
        self.day.setDate(QDate(day.year, day.month, day.day))
        self._show_period()
        self.runner.query("kpi-report-choices", self._load_choices, self._choices_loaded)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Operating report"))
        labels = (
            self.tr("Saved reports"),
            self.tr("Period"),
            self.tr("Scope"),
            self.tr("Title"),
            self.tr("Commentary"),
            self.tr("Actions"),
        )
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        names = {"week": self.tr("Weekly"), "month": self.tr("Monthly")}
        names["quarter"] = self.tr("Quarterly")
        current = self.kind.currentIndex()
        self.kind.clear()
        for kind in KINDS:
            self.kind.addItem(names[kind], kind)
        self.kind.setCurrentIndex(max(current, 0))
        self.platforms.all_text = self.tr("All platforms")
        self.accounts.all_text = self.tr("All accounts")
        self.title_edit.setPlaceholderText(self.tr("Operating report"))
        self.commentary.setPlaceholderText(
            self.tr("What the figures show: what worked, what did not, and why.")
        )
        self.actions_edit.setPlaceholderText(
            self.tr("What the team will do about it, who, and by when.")
        )
        self.save_button.setText(self.tr("Save"))
        self.preview_button.setText(self.tr("Print preview…"))
        self.pdf_button.setText(self.tr("Save as PDF…"))

    # Choices ------------------------------------------------------------------------
    def _load_choices(self) -> tuple[ReportNames, list[SavedReport]]:
        return report_names(self.workspace), self.workspace.kpi.list_reports()

    def _choices_loaded(self, result: tuple[ReportNames, list[SavedReport]]) -> None:
        names, reports = result
        self.names = names
        self.platforms.set_choices(
            [Choice(code, name) for code, name in names.platforms.items()], self._scope.platforms
        )
        self.accounts.set_choices(
            [Choice(uuid, name) for uuid, name in names.accounts.items()], self._scope.accounts
        )
        self._list_reports(reports)

    def _list_reports(self, reports: list[SavedReport]) -> None:
        self.reports = reports
        self.saved_list.clear()
        self.saved_list.addItem(self.tr("New report"), None)
        for r in reports:
            name = r.title or self.tr("Operating report")
            self.saved_list.addItem(f"{period_text(r.start, r.end)} · {name}", r.uuid)
        if self.report is not None:
            self.saved_list.setCurrentIndex(max(self.saved_list.findData(self.report.uuid), 0))

    def _open_saved(self) -> None:
        uuid = self.saved_list.currentData()
        found = next((r for r in self.reports if r.uuid == uuid), None)
        self.report = found
        if found is None:
            return
        self.kind.setCurrentIndex(max(self.kind.findData(found.kind), 0))
        self.day.setDate(QDate(found.start.year, found.start.month, found.start.day))
        self.platforms.set_checked(found.platforms)
        self.accounts.set_checked(found.accounts)
        self.title_edit.setText(found.title)
        self.commentary.setPlainText(found.commentary)
        self.actions_edit.setPlainText(found.actions)

    # The draft ----------------------------------------------------------------------
    def draft(self) -> ReportDraft:
        kind = cast(ReportKind, self.kind.currentData() or "month")
        period = report_range(kind, cast(date, self.day.date().toPython()))
        return ReportDraft(
            kind=kind,
            start=period.start,
            end=period.end,
            platforms=self.platforms.checked(),
            accounts=self.accounts.checked(),
            campaign=self._scope.campaign,
            title=self.title_edit.text().strip(),
            commentary=self.commentary.toPlainText().strip(),
            actions=self.actions_edit.toPlainText().strip(),
        )

    def _kind_chosen(self) -> None:
        """Another kind of report: its last whole period, what one reports on."""
        day = last_complete(str(self.kind.currentData()), self.today)
        self.day.setDate(QDate(day.year, day.month, day.day))
        self._show_period()

    def _show_period(self) -> None:
        d = self.draft()
        self.period_label.setText(
            f"{period_text(d.start, d.end)}  ({d.start.isoformat()} – {d.end.isoformat()})"
        )

    def save(self) -> None:
        draft, report = self.draft(), self.report
        uuid = report.uuid if report is not None else None
        version = report.version if report is not None else None

        def saved(result: SavedReport) -> None:
            self.report = result
            self._list_reports([result, *[r for r in self.reports if r.uuid != result.uuid]])
            self.saved.emit(result)

        self.runner.run(
            self.tr("Saving the report…"),
            lambda _p: self.workspace.kpi.save_report(draft, uuid, version),
            saved,
            lambda exc: show_error(self, exc),
        )

    # Printing -----------------------------------------------------------------------
    def _read(self, then: object) -> None:
        draft = self.draft()
        uuid = self.report.uuid if self.report is not None else None
        ws = self.workspace

        def load(_progress: object) -> Printable:
            return read_printable(ws, draft, uuid)

        self.runner.run(
            self.tr("Reading the report's figures…"),
            load,
            then,  # type: ignore[arg-type]
            lambda exc: show_error(self, exc),
        )

    def print_preview(self) -> None:
        from ui.kpi.report_print import report_preview

        def ready(p: Printable) -> None:
            self.preview = report_preview(p.data, p.names, self, p.images)
            self.preview.open()

        self._read(ready)

    def ask_pdf(self) -> None:
        d = self.draft()
        name = f"{d.title or self.tr('Operating report')} {d.start.isoformat()}"
        ask_path(
            self,
            self.tr("Save report as PDF"),
            [(self.tr("PDF document"), "pdf")],
            name,
            self.save_pdf,
        )

    def save_pdf(self, path: Path) -> None:
        from ui.kpi.report_print import write_report_pdf

        def ready(p: Printable) -> None:
            try:
                write_report_pdf(p.data, p.names, path, p.images)
            except OSError as exc:
                show_error(self, exc)
                return
            self.printed.emit(path)
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.windowTitle(),
                self.tr("Report saved as %1").replace("%1", str(path)),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.open()
            self.confirmation = box

        self._read(ready)


__all__ = ["ReportDialog", "report_names", "report_title"]
