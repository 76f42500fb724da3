"""The printed sheet on its own: long comments wrap and no criterion row splits across
pages, the footer counts each member's pages, the company header comes from the
preferences, and user text prints as typed."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from app.appraisal.types import AppraisalInfo, Criterion, ScoreLine
from ui import settings
from ui.appraisal.sheet import write_sheets


def appraisal(name: str, criteria: int, comment_words: int) -> AppraisalInfo:
    weights = [100 // criteria] * criteria
    weights[0] += 100 - sum(weights)
    lines = tuple(
        ScoreLine(
            Criterion(f"标准{i:02d}", "说明" * 5, weights[i]),
            4,
            "自评" + "按时完成本季度内容计划，" * comment_words + f"END{i:02d}",
            3,
            "上级 <b>not bold</b> & 评语",
        )
        for i in range(criteria)
    )  # fmt: skip
    return AppraisalInfo(
        uuid=name, cycle_uuid="c", cycle_name="2026 Q3", start=date(2026, 7, 1),
        end=date(2026, 9, 30), member_uuid=name, member_name=name, member_roles=("content",),
        template_name="内容策划/制作", status="signed", lines=lines, strengths="<i>Strong</i>",
        improvements="", goals="", training_plan="", manager_name="王芳",
        member_signed_name=name, member_signed_on=date(2026, 10, 9), manager_signed_name="王芳",
        manager_signed_on=date(2026, 10, 10), total=55.0, grade="D", version=1,
    )  # fmt: skip


def pages_of(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")[:-1]


def test_rows_never_split_and_the_footer_counts_each_members_pages(
    qapp: object, english: None, tmp_path: Path
) -> None:
    pdf = tmp_path / "s.pdf"
    write_sheets([appraisal("张三", 12, 12), appraisal("Li Si", 3, 1)], pdf, "t")
    pages = pages_of(pdf)
    long_pages = [p for p in pages if "张三 — page" in p]
    assert len(long_pages) >= 2 and len(pages) == len(long_pages) + 1
    count = len(long_pages)
    for n, page in enumerate(long_pages, 1):
        assert f"张三 — page {n} of {count}" in page
    assert "Li Si — page 1 of 1" in pages[-1]
    for i in range(12):
        # The criterion's name and the end of its long comment are on the same page.
        [where] = [n for n, p in enumerate(long_pages) if f"标准{i:02d}" in p]
        assert f"END{i:02d}" in long_pages[where].replace("\n", "")
    assert "<b>not bold</b> & 评语" in pages[0] and "<i>Strong</i>" in pages[count - 1]


def test_company_name_and_logo_from_the_preferences(
    qapp: object, english: None, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    assert image.save(str(logo))
    prefs = settings.settings()
    prefs.setValue("print/company_name", "青柠科技有限公司")
    prefs.setValue("print/logo", str(logo))
    prefs.sync()
    pdf = tmp_path / "s.pdf"
    write_sheets([appraisal("张三", 3, 1)], pdf, "t")
    [page] = pages_of(pdf)
    assert "青柠科技有限公司" in page and "Social media marketing department" in page
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True)
    assert len(images.stdout.splitlines()) > 2  # the logo is in the PDF


@pytest.mark.parametrize("language", ["zh_CN"])
def test_chinese_sheet(qapp: object, tmp_path: Path, language: str) -> None:
    from ui import i18n

    i18n.install(qapp, language)  # type: ignore[arg-type]
    try:
        pdf = tmp_path / "s.pdf"
        write_sheets([appraisal("张三", 3, 1)], pdf, "t")
        [page] = pages_of(pdf)
        for text in ("绩效考核表", "加权总分", "员工签字: 张三", "张三 — 第 1 页，共 1 页"):
            assert text in page
    finally:
        i18n.install(qapp, "en")  # type: ignore[arg-type]


def test_print_preview_shows_each_members_pages(qapp: object, english: None) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewWidget
    from PySide6.QtWidgets import QWidget

    from ui.appraisal.sheet import preview_sheets

    parent = QWidget()
    preview = preview_sheets([appraisal("张三", 12, 12), appraisal("Li Si", 3, 1)], parent)
    assert preview.windowTitle() == "Performance appraisal"
    pages = preview.findChild(QPrintPreviewWidget)
    pages.updatePreview()
    assert pages.pageCount() >= 3
    preview.close()
    parent.deleteLater()
