"""The first and last pages of the import wizard: the file, and the import itself.

They reach the wizard's state through ``self.w`` (typed loosely: the wizard module
imports this one).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from app.imports.exporter import write_csv
from app.imports.pipeline import ImportService
from app.imports.types import ImportCancelled, ImportResult, ReadOptions
from ui.imports.labels import reason_text
from ui.tasks import Progress, Task


class FilePage(QWizardPage):
    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Choose the export file"))
        self.setSubTitle(
            self.tr(
                "CSV, TSV or TXT in any common encoding, or an Excel workbook (.xlsx, .xls, .ods)."
            )
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        row = QHBoxLayout(self)
        row.addWidget(self.path_edit)
        row.addWidget(browse)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the export file"),
            "",
            self.tr("Exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return Path(self.path_edit.text().strip()).is_file()

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip())
        if path != self.w.path:
            self.w.path = path
            self.w.read_options = ReadOptions()
            self.w.info = None
        return True


class ImportPage(QWizardPage):
    """Runs the import with progress and Cancel; shows the counts or the report."""

    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Import"))
        self.progress = QProgressBar(self)
        self.cancel = QPushButton(self.tr("Cancel import"), self)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.save_report = QPushButton(self.tr("Save report as CSV…"), self)
        self.save_report.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.progress)
        row.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        layout.addWidget(self.report)
        layout.addWidget(self.save_report, 0)
        self.task: Task | None = None
        self._done = False

    def initializePage(self) -> None:
        self._done = False
        self.report.clear()
        self.save_report.setEnabled(False)
        self.outcome.setText(self.tr("Importing…"))
        path, options, settings = self.w.path, self.w.read_options, self.w.settings()
        target: str = self.w.target
        assert path is not None
        acting = self.w.workspace.acting.current()
        who = acting.name if acting is not None else None

        imports: ImportService = self.w.workspace.imports

        def work(progress: Progress) -> ImportResult:
            return imports.run(
                path,
                target,
                options,
                settings,
                who,
                progress.update,
                lambda: progress.cancelled,
            )

        self.task = self.w.runner.run(
            self.tr("Importing %1").replace("%1", path.name), work, self.finished, self.failed
        )
        self.task.progressed.connect(self.show_progress)
        self.cancel.clicked.connect(self.task.cancel)
        self.cancel.setEnabled(True)

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def finished(self, result: ImportResult) -> None:
        self.w.last_result = result
        self.cancel.setEnabled(False)
        self._done = True
        if result.ok:
            self.w.imported = result
            self.progress.setValue(self.progress.maximum())
            self.outcome.setText(
                self.tr("Imported: %1 added, %2 updated, %3 unchanged, %4 rows skipped.")
                .replace("%1", str(result.added))
                .replace("%2", str(result.updated))
                .replace("%3", str(result.unchanged))
                .replace("%4", str(result.skipped))
            )
        else:
            self.outcome.setText(
                self.tr(
                    "Nothing was imported: %1 problem(s). Go back to fix the mapping, "
                    "or choose to skip the rows with problems."
                ).replace("%1", str(result.problem_count))
            )
        self.report.setPlainText(
            "\n".join(
                self.tr("Row %1, %2: “%3” %4")
                .replace("%1", str(p.row))
                .replace("%2", p.column or "—")
                .replace("%3", p.value)
                .replace("%4", reason_text(p.reason))
                for p in result.problems
            )
        )
        self.save_report.setEnabled(bool(result.problems))
        self.completeChanged.emit()

    def failed(self, exc: BaseException) -> None:
        self.cancel.setEnabled(False)
        self._done = True
        if isinstance(exc, ImportCancelled) or type(exc).__name__ == "Cancelled":
            self.outcome.setText(self.tr("Cancelled: nothing was imported."))
        else:
            self.outcome.setText(self.w.problem_text(exc))
        self.completeChanged.emit()

    def save(self, path: str | None = None) -> None:
        result = self.w.last_result
        if result is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save report"), "import-report.csv", self.tr("CSV (*.csv)")
            )
        if path:
            write_csv(
                Path(path),
                [
                    self.tr("File"),
                    self.tr("Row"),
                    self.tr("Column"),
                    self.tr("Value"),
                    self.tr("Reason"),
                ],
                ([p.file, p.row, p.column, p.value, p.reason] for p in result.problems),
            )

    def isComplete(self) -> bool:
        return self._done
