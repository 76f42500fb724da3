"""The import wizard: file → sheet/encoding → mapping → preview → import.

Reading and importing run through the window's :class:`~ui.tasks.TaskRunner` (off the
GUI thread, with progress and Cancel); the wizard keeps only plain values from the core.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.imports.types import (
    FileProblem,
    ImportResult,
    ImportSettings,
    Preset,
    Preview,
    ReadOptions,
    SourceInfo,
)
from ui.errors import describe
from ui.imports.labels import field_labels
from ui.imports.models import PreviewModel
from ui.imports.pages import FilePage, ImportPage
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.workspace import Workspace

ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "utf-16")
ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "gb18030": "GBK / GB18030",
    "utf-16": "UTF-16 (BOM)",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
}
DATE_ORDERS = ("auto", "mdy", "dmy")


class ImportWizard(QWizard):
    """Imports one file into ``target``; ``imported`` holds the last successful result."""

    def __init__(
        self, workspace: Workspace, runner: TaskRunner, target: str = "metrics", parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.target = target
        self.path: Path | None = None
        self.read_options = ReadOptions()
        self.info: SourceInfo | None = None
        self.preset: Preset | None = None
        self.mapping: dict[int, str] = {}
        self.extra: dict[str, str] = {}
        self.preview: Preview | None = None
        self.last_result: ImportResult | None = None
        self.imported: ImportResult | None = None
        self.fields = workspace.imports.fields(target)
        self.labels = field_labels(self.fields)
        self.file_page = FilePage(self)
        self.source_page = SourcePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        for page in (
            self.file_page,
            self.source_page,
            self.mapping_page,
            self.preview_page,
            self.import_page,
        ):
            self.addPage(page)
        self.setWindowTitle(self.tr("Import data"))
        self.resize(860, 560)

    def settings(self) -> ImportSettings:
        options = dict(self.preset.options) if self.preset else {}
        options.update(self.extra)
        return ImportSettings(
            mapping=dict(self.mapping),
            preset=self.preset.name if self.preset else None,
            options=options,
            date_order=self.preview_page.date_order(),
            skip_bad_rows=self.preview_page.skip.isChecked(),
        )

    def problem_text(self, exc: BaseException) -> str:
        if isinstance(exc, FileProblem):
            return self.tr("This file cannot be imported: %1").replace("%1", exc.reason)
        return describe(exc) or str(exc)


class SourcePage(QWizardPage):
    """What the reader found; encoding, sheet and header row may be overridden."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Sheet and encoding"))
        self.found = QLabel(self)
        self.found.setWordWrap(True)
        self.encoding = QComboBox(self)
        self.encoding.addItem(self.tr("Detect"), None)
        for name in ENCODINGS:
            self.encoding.addItem(ENCODING_NAMES[name], name)
        self.sheet = QComboBox(self)
        self.header_row = QSpinBox(self)
        self.header_row.setRange(0, 30)
        self.header_row.setSpecialValueText(self.tr("Detect"))
        reread = QPushButton(self.tr("Read again"), self)
        reread.clicked.connect(self.reread)
        form = QFormLayout(self)
        form.addRow(self.found)
        form.addRow(self.tr("Encoding"), self.encoding)
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow(self.tr("Header row"), self.header_row)
        form.addRow("", reread)
        self._ready = False

    def initializePage(self) -> None:
        self.read()

    def reread(self) -> None:
        self.w.read_options = ReadOptions(
            encoding=self.encoding.currentData(),
            sheet=self.sheet.currentText() or None,
            header_row=self.header_row.value() or None,
        )
        self.read()

    def read(self) -> None:
        self._ready = False
        self.completeChanged.emit()
        path, options, target = self.w.path, self.w.read_options, self.w.target
        assert path is not None
        self.w.runner.run(
            self.tr("Reading %1").replace("%1", path.name),
            lambda _p: self.w.workspace.imports.layout(path, target, options),
            self.show_layout,
            self.show_failure,
        )

    def show_layout(self, found: tuple[SourceInfo, Preset | None]) -> None:
        info, preset = found
        self.w.info, self.w.preset = info, preset
        self.w.mapping = dict(self.w.workspace.imports.settings_for(preset, info).mapping)
        if info.kind == "excel":
            text = self.tr("Workbook, sheet “%1”.").replace("%1", info.sheet or "")
        else:
            delimiter = {"\t": self.tr("tab")}.get(info.delimiter or ",", info.delimiter or ",")
            text = (
                self.tr("Text in %1, columns separated by “%2”.")
                .replace("%1", ENCODING_NAMES.get(info.encoding or "", info.encoding or ""))
                .replace("%2", delimiter)
            )
        text += " " + self.tr("Header on row %1.").replace("%1", str(info.header_row))
        if info.title_lines:
            text += " " + self.tr("Above it: %1").replace("%1", " / ".join(info.title_lines))
        self.found.setText(text)
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(info.sheets))
        if info.sheet:
            self.sheet.setCurrentText(info.sheet)
        self.sheet.setEnabled(len(info.sheets) > 1)
        self.sheet.blockSignals(False)
        self._ready = True
        self.completeChanged.emit()

    def show_failure(self, exc: BaseException) -> None:
        self.found.setText(self.w.problem_text(exc))

    def isComplete(self) -> bool:
        return self._ready


class MappingPage(QWizardPage):
    """Which column holds which field; the preset found fills it in."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Match the columns"))
        self.preset_label = QLabel(self)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Store as")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.account = QComboBox(self)
        self.preset_name = QLineEdit(self)
        self.preset_name.setPlaceholderText(self.tr("Name for this mapping"))
        save = QPushButton(self.tr("Save as preset"), self)
        save.clicked.connect(self.save_preset)
        self.saved = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preset_label)
        layout.addWidget(self.table)
        form = QFormLayout()
        form.addRow(self.tr("Rows belong to account"), self.account)
        row = QHBoxLayout()
        row.addWidget(self.preset_name)
        row.addWidget(save)
        form.addRow(self.tr("Team preset"), row)
        form.addRow("", self.saved)
        layout.addLayout(form)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        info = self.w.info
        assert info is not None
        self.preset_label.setText(
            self.tr("Preset found: %1").replace("%1", self.w.preset.name)
            if self.w.preset
            else self.tr("No preset matches these columns: choose a field for each.")
        )
        self.table.setRowCount(len(info.header))
        self.combos = []
        for i, header in enumerate(info.header):
            self.table.setCellWidget(i, 0, QLabel(header or self.tr("(no name)")))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("(ignore)"), None)
            for f in self.w.fields:
                combo.addItem(self.w.labels[f.name], f.name)
            combo.setCurrentIndex(max(0, combo.findData(self.w.mapping.get(i))))
            combo.currentIndexChanged.connect(self.mapping_changed)
            self.table.setCellWidget(i, 1, combo)
            self.combos.append(combo)
        self.account.clear()
        self.account.addItem(self.tr("(from the file)"), None)
        for a in self.w.workspace.accounts.list_accounts():
            self.account.addItem(f"{a.display_name or a.handle} ({a.handle})", a.handle)

    def mapping_changed(self) -> None:
        self.w.mapping = {
            i: combo.currentData() for i, combo in enumerate(self.combos) if combo.currentData()
        }
        self.saved.clear()

    def set_field(self, column: int, field: str) -> None:
        """Choose ``field`` for ``column`` (what a user does with the combo box)."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field))

    def save_preset(self) -> None:
        info = self.w.info
        assert info is not None
        self.mapping_changed()
        columns = {info.header[i]: f for i, f in self.w.mapping.items()}
        try:
            preset = self.w.workspace.imports.presets.save(
                self.w.target, self.preset_name.text(), columns, options=self.w.extra
            )
        except ValueError as exc:
            self.saved.setText(str(exc))
            return
        self.w.preset = preset
        self.saved.setText(self.tr("Saved"))

    def validatePage(self) -> bool:
        self.mapping_changed()
        handle = self.account.currentData()
        self.w.extra = {"account": handle} if handle else {}
        return bool(self.w.mapping)


class PreviewPage(QWizardPage):
    """The first rows as they will be stored; problems in red, with the reason."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Preview"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = PreviewModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.order = QComboBox(self)
        self.order.addItem(self.tr("Dates: detect (ask when unclear)"), "auto")
        self.order.addItem(self.tr("Dates: month/day/year (08/01 = 1 August)"), "mdy")
        self.order.addItem(self.tr("Dates: day/month/year (08/01 = 8 January)"), "dmy")
        self.order.currentIndexChanged.connect(self.refresh)
        self.skip = QCheckBox(self.tr("Skip rows with problems (they are listed in the report)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        layout.addWidget(self.order)
        layout.addWidget(self.skip)

    def date_order(self) -> Any:
        return self.order.currentData() or "auto"

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        path, options, settings = self.w.path, self.w.read_options, self.w.settings()
        assert path is not None
        self.w.runner.run(
            self.tr("Reading %1").replace("%1", path.name),
            lambda _p: self.w.workspace.imports.preview(path, self.w.target, options, settings),
            self.show_preview,
            lambda exc: self.summary.setText(self.w.problem_text(exc)),
        )

    def missing_label(self, missing: str) -> str:
        by_label = {f.label: f.name for f in self.w.fields}
        if missing in by_label:
            return self.w.labels[by_label[missing]]
        return self.tr("a metric") if missing == "a metric" else missing

    def show_preview(self, preview: Preview) -> None:
        self.w.preview = preview
        self.model.set_preview(preview, self.w.labels)
        self.view.resizeColumnsToContents()
        parts = [
            self.tr(
                "%1 of the first %2 rows have problems (in red; point at a cell for the reason)."
            )
            .replace("%1", str(self.model.problem_rows))
            .replace("%2", str(len(preview.rows)))
            if self.model.problem_rows
            else self.tr("The first %1 rows read without problems.").replace(
                "%1", str(len(preview.rows))
            )
        ]
        if preview.missing_fields:
            parts.append(
                self.tr("Still to choose: %1.").replace(
                    "%1", ", ".join(self.missing_label(m) for m in preview.missing_fields)
                )
            )
        if preview.ignored_columns:
            parts.append(
                self.tr("Ignored columns: %1.").replace("%1", ", ".join(preview.ignored_columns))
            )
        if preview.ambiguous_dates:
            parts.append(self.tr("Some dates could be day/month or month/day: choose below."))
        self.summary.setText(" ".join(parts))
