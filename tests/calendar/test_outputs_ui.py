"""What leaves the calendar: the current filter as .ics (read back with icalendar), as
XLSX and CSV (read back), the month printed as an A4 landscape PDF (read back with
pdftotext, Chinese included); and a read-only database keeps the calendar readable."""

from __future__ import annotations

import csv
import subprocess
from datetime import timedelta
from pathlib import Path

import icalendar
from openpyxl import load_workbook
from PySide6.QtCore import QMimeData
from pytestqt.qtbot import QtBot

from app.calendar.types import PostFilter
from app.workspace import Workspace
from tests.calendar.ui_support import DAY, account, at, lead, open_in, post, tab
from ui.calendar.items import CHIP_MIME, chip_mime_text
from ui.calendar.tab import CalendarTab

__all__ = ["tab"]  # the fixture


def three_posts(ws: Workspace) -> None:
    lead(ws)
    weibo, douyin = account(ws), account(ws, "douyin", "@brand_dy")
    post(ws, "双12 预热, “限时”; 抢先看", at(DAY, 9), [weibo])
    post(ws, "Douyin short", at(DAY + timedelta(days=1), 18), [douyin])
    post(ws, "Next month", at(DAY + timedelta(days=40)), [weibo])


def test_ics_of_the_filtered_month_parses_back(
    tab: CalendarTab, workspace: Workspace, tmp_path: Path
) -> None:
    three_posts(workspace)
    open_in(tab, workspace)
    assert tab.body is not None
    tab.body.filters.set_filter(PostFilter(platform_codes=("weibo",)))
    path = tmp_path / "calendar.ics"
    assert tab.outputs.export_to("ics", path) == 1  # Weibo, December only
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    [event] = [c for c in cal.walk() if c.name == "VEVENT"]
    assert str(event["SUMMARY"]).startswith("双12 预热, “限时”; 抢先看")  # escaping survives
    assert event.decoded("DTSTART") == at(DAY, 9)
    first = str(event["UID"])
    assert tab.outputs.export_to("ics", path) == 1
    again = icalendar.Calendar.from_ical(path.read_bytes())
    assert [str(c["UID"]) for c in again.walk() if c.name == "VEVENT"] == [first]  # stable


def test_xlsx_and_csv_of_the_list_view_read_back(
    tab: CalendarTab, workspace: Workspace, tmp_path: Path
) -> None:
    three_posts(workspace)
    open_in(tab, workspace)
    tab.mode_actions["list"].trigger()  # the list exports the whole filter
    assert tab.body is not None
    xlsx = tmp_path / "posts.xlsx"
    assert tab.outputs.export_to("xlsx", xlsx) == 3
    sheet = load_workbook(xlsx, read_only=True).active
    assert sheet is not None
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0][:3] == ["Scheduled", "Title", "Status"]
    assert [r[1] for r in rows[1:]] == ["双12 预热, “限时”; 抢先看", "Douyin short", "Next month"]
    tab.body.filters.set_filter(PostFilter(text="douyin"))
    out = tmp_path / "posts.csv"
    assert tab.outputs.export_to("csv", out) == 1
    with out.open(encoding="utf-8-sig") as f:
        table = list(csv.reader(f))
    assert table[1][1] == "Douyin short"


def test_month_prints_to_an_a4_landscape_pdf_with_chinese(
    tab: CalendarTab, workspace: Workspace, tmp_path: Path
) -> None:
    three_posts(workspace)
    open_in(tab, workspace)
    assert tab.body is not None
    pdf = tmp_path / "month.pdf"
    assert tab.outputs.print_to(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Content calendar, December 2026" in text
    assert "双12 预热" in text and "Douyin short" in text
    assert "Next month" not in text  # January is another page's month
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size"))
    width, height = (float(v) for v in size.split(":")[1].split("pts")[0].split("x"))
    assert width > height  # landscape


def test_read_only_database_reads_filters_and_exports_but_does_not_change(
    tab: CalendarTab, workspace: Workspace, tmp_path: Path, qtbot: QtBot
) -> None:
    three_posts(workspace)
    open_in(tab, workspace)
    tab.set_read_only(True)
    body = tab.body
    assert body is not None
    assert not tab.new_action.isEnabled() and not body.month.editable
    [chip, *_] = body.month.chips()
    mime = QMimeData()
    mime.setData(CHIP_MIME, chip_mime_text(chip).encode("utf-8"))
    assert not body.month.drop(mime, DAY + timedelta(days=3))
    tab.new_post(DAY)
    assert body.actions_.dialog is None
    assert tab.outputs.export_to("ics", tmp_path / "x.ics") == 2
    assert tab.undo_stack.count() == 0
    assert "double-click" not in body.empty_text(PostFilter())
