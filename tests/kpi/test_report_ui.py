"""The operating report: saved with its commentary and actions, printed as an A4 PDF in
either language (read back with pdftotext, Chinese exact; fonts embedded)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from app.workspace import Workspace
from tests.kpi.known import Known
from tests.kpi.ui_support import TODAY, chinese, known_ws
from ui.kpi.report_dialog import ReportDialog
from ui.tasks import TaskRunner

__all__ = ["chinese", "known_ws"]

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) is not installed",
)
COMMENTARY = "本季度抖音播放量占比 75%，微博转化稳定。"
ACTIONS = "四月起加大抖音短视频投放；微博每周两场直播。"


def quarterly_dialog(qtbot: QtBot, ws: Workspace) -> ReportDialog:
    dialog = ReportDialog(ws, TaskRunner(synchronous=True), None, None, TODAY)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("quarter"))
    dialog.day.setDate(QDate(2024, 2, 15))
    dialog.commentary.setPlainText(COMMENTARY)
    dialog.actions_edit.setPlainText(ACTIONS)
    return dialog


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return out.stdout


def fonts_of(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]


def test_the_report_is_saved_with_its_words_and_opens_again(
    qtbot: QtBot, known_ws: tuple[Workspace, Known]
) -> None:
    ws, _known = known_ws
    dialog = quarterly_dialog(qtbot, ws)
    dialog.title_edit.setText("一季度运营报告")
    draft = dialog.draft()
    assert (draft.kind, draft.start, draft.end) == ("quarter", date(2024, 1, 1), date(2024, 3, 31))
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert dialog.report is not None and dialog.report.commentary == COMMENTARY

    again = ReportDialog(ws, TaskRunner(synchronous=True), None, None, TODAY)
    qtbot.addWidget(again)
    index = again.saved_list.findData(dialog.report.uuid)
    assert index > 0
    assert "一季度运营报告" in again.saved_list.itemText(index)
    again.saved_list.setCurrentIndex(index)
    again.saved_list.activated.emit(index)
    assert again.commentary.toPlainText() == COMMENTARY
    assert again.actions_edit.toPlainText() == ACTIONS
    assert again.draft().start == date(2024, 1, 1)
    # Saving again updates the same report (its version moves on), not a second one.
    again.commentary.setPlainText(COMMENTARY + "\n补充：三月转化率上升。")
    with qtbot.waitSignal(again.saved):
        again.save()
    reports = ws.kpi.list_reports()
    assert len(reports) == 1 and reports[0].commentary.endswith("三月转化率上升。")


@needs_poppler
def test_quarterly_report_pdf_in_chinese(
    qtbot: QtBot, known_ws: tuple[Workspace, Known], chinese: None, tmp_path: Path
) -> None:
    ws, _known = known_ws
    dialog = quarterly_dialog(qtbot, ws)
    path = tmp_path / "一季度.pdf"
    with qtbot.waitSignal(dialog.printed):
        dialog.save_pdf(path)
    text = pdf_text(path)
    flat = re.sub(r"\s+", "", text)
    assert "运营报告·2024年第1季度" in flat
    for words in ("核心数据", "分平台", "分账号", "表现最好的内容", "分析与评述", "行动计划"):
        assert words in text, words
    assert COMMENTARY in text and ACTIONS in text
    # The known data: 91 days of 4,000 views; Weibo and Douyin by their Chinese names.
    assert "364,000" in text
    assert "微博" in text and "抖音" in text
    assert "播放/阅读量" in text
    # The trend and platform charts are images in the page.
    assert "kpi-chart" not in text
    fonts = fonts_of(path)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts  # the "emb" column
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True)
    if images.returncode == 0:
        assert len(images.stdout.splitlines()) >= 4  # two header lines, then the charts


@needs_poppler
def test_quarterly_report_pdf_in_english(
    qtbot: QtBot, known_ws: tuple[Workspace, Known], tmp_path: Path
) -> None:
    ws, _known = known_ws
    dialog = quarterly_dialog(qtbot, ws)
    path = tmp_path / "q1.pdf"
    with qtbot.waitSignal(dialog.printed):
        dialog.save_pdf(path)
    text = pdf_text(path)
    assert "Operating report · Q1 2024" in text
    assert "Headline figures" in text and "Compared with" in text
    assert "2023-10-01 – 2023-12-31" in text  # the previous quarter
    assert COMMENTARY in text  # the analyst's words print as written


def test_print_preview_shows_the_report_on_a4_pages(
    qtbot: QtBot, known_ws: tuple[Workspace, Known]
) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    ws, _known = known_ws
    dialog = quarterly_dialog(qtbot, ws)
    dialog.print_preview()
    preview = dialog.preview
    assert isinstance(preview, QPrintPreviewDialog)
    assert preview.windowTitle() == "Operating report · Q1 2024"
    pages = preview.findChild(QPrintPreviewWidget)
    pages.updatePreview()
    assert pages.pageCount() >= 2  # headline figures, trend, tables, posts, words
    with qtbot.waitSignal(preview.finished):
        preview.reject()
