"""The KPI tab's import wizard and history, driven as a user would, in both languages."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from app.accounts.types import AccountDraft
from app.workspace import Workspace
from tests.imports.stored import daily
from ui import i18n
from ui.imports.history import ImportHistoryDialog
from ui.imports.models import ProblemRole
from ui.imports.wizard import ImportWizard
from ui.kpi.tab import KpiTab
from ui.tasks import TaskRunner

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"

# "Day" matches no preset; row 5 holds a value that is not a number.
EXPORT = (
    "品牌微博 数据导出\n"
    "Account,Day,Metric,Value,Note\n"
    'brand_wb,2025/8/1,views,"1,234",ok\n'
    "brand_wb,2025/8/2,点赞数,1.2万,🎉\n"
    "brand_wb,2025/8/3,views,lots,typo\n"
    "brand_wb,2025/8/4,views,-,none\n"
)


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    i18n.install(qapp, request.param)  # type: ignore[arg-type]
    yield request.param
    i18n.install(qapp, "en")  # type: ignore[arg-type]


@pytest.fixture
def kpi_workspace(workspace: Workspace) -> Workspace:
    weibo = next(p.uuid for p in workspace.accounts.list_platforms() if p.code == "weibo")
    workspace.accounts.add_account(AccountDraft(weibo, "brand_wb", "品牌微博"))
    return workspace


def shot(widget: QWidget, name: str, language: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"import-{name}-{language}.png"))


def test_choose_fix_preview_import_reimport_roll_back(
    kpi_workspace: Workspace, qtbot: QtBot, tmp_path: Path, db_path: Path, language: str
) -> None:
    ws = kpi_workspace
    runner = TaskRunner(synchronous=True)
    tab = KpiTab(None, runner)
    qtbot.addWidget(tab)
    tab.set_workspace(ws)
    assert tab.import_action.isEnabled() and tab.history_action.isEnabled()
    tab.resize(800, 400)
    shot(tab, "0-kpi-tab", language)
    export = tmp_path / "weibo-export.csv"
    export.write_text(EXPORT, encoding="utf-8-sig")

    tab.import_action.trigger()
    wizard: ImportWizard = tab.wizard
    # 1. Choose the file.
    wizard.file_page.path_edit.setText(str(export))
    assert wizard.file_page.isComplete()
    shot(wizard, "1-file", language)
    wizard.next()
    # 2. What was found: UTF-8 with a BOM, the header below a title line.
    assert wizard.info is not None and wizard.info.header_row == 2
    assert wizard.info.encoding == "utf-8-sig"
    assert "品牌微博 数据导出" in wizard.source_page.found.text()
    shot(wizard, "2-source", language)
    wizard.next()
    # 3. No preset knows "Day": the user maps it to the date, then saves the mapping.
    assert wizard.preset is None
    assert 1 not in wizard.mapping
    page = wizard.mapping_page
    for column, field in ((0, "account"), (1, "date"), (2, "metric"), (3, "value")):
        page.set_field(column, field)
    page.preset_name.setText("Weibo backoffice")
    page.save_preset()
    assert ws.imports.presets.presets("metrics")[0].name == "Weibo backoffice"
    shot(wizard, "3-mapping", language)
    wizard.next()
    # 4. The preview shows the bad value in red, with the reason as its tooltip.
    model = wizard.preview_page.model
    assert model.rowCount() == 4 and model.problem_rows == 1
    bad = model.index(2, 4)
    assert model.data(bad) == "lots" and model.data(bad, ProblemRole) is True
    assert model.data(bad, Qt.ItemDataRole.ToolTipRole) == (
        "is not a number" if language == "en" else "不是数字"
    )
    assert model.data(model.index(3, 4)) == "—"  # "-" is missing, not zero
    shot(wizard, "4-preview", language)
    wizard.next()
    # 5. All or nothing: nothing imported, the report says where.
    result = wizard.last_result
    assert result is not None and not result.ok
    assert daily(db_path) == []
    assert "lots" in wizard.import_page.report.toPlainText()
    report = tmp_path / "report.csv"
    wizard.import_page.save(str(report))
    with report.open(encoding="utf-8-sig") as f:
        assert list(csv.reader(f))[1] == [
            "weibo-export.csv",
            "5",
            "Value",
            "lots",
            "is not a number",
        ]
    shot(wizard, "5-report", language)
    # Back to the preview: skip the bad row, import.
    wizard.back()
    wizard.preview_page.skip.setChecked(True)
    wizard.next()
    assert wizard.imported is not None
    assert (wizard.imported.added, wizard.imported.skipped) == (2, 1)
    assert daily(db_path) == [
        ("brand_wb", "2025-08-01", "views", 1234.0),
        ("brand_wb", "2025-08-02", "likes", 12000.0),
    ]
    shot(wizard, "6-imported", language)
    wizard.close()

    # Re-import the same file: the saved preset is found, nothing doubles.
    tab.import_action.trigger()
    again: QWizard = tab.wizard
    again.file_page.path_edit.setText(str(export))
    again.next()
    assert again.preset is not None and again.preset.name == "Weibo backoffice"
    again.next()
    again.next()
    again.preview_page.skip.setChecked(True)
    again.next()
    assert again.imported is not None
    assert (again.imported.added, again.imported.updated, again.imported.unchanged) == (0, 0, 2)
    assert len(daily(db_path)) == 2
    again.close()

    # The history lists both; rolling back the latest, then the first, empties the table.
    tab.history_action.trigger()
    history: ImportHistoryDialog = tab.history
    assert history.model.rowCount() == 2
    history.select(1)
    shot(history, "7-history", language)
    history.rollback_button.click()
    # Allowed: the later import changed none of the first one's rows.
    assert "weibo-export.csv" in history.message.text()
    history.select(0)
    if history.rollback_button.isEnabled():
        history.rollback_button.click()
    assert daily(db_path) == []
    assert all(r.rolled_back_at is not None for r in ws.import_history.list("metrics"))
    shot(history, "8-rolled-back", language)
