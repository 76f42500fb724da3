"""Exporting a plan: the PDF reads back (pdftotext) in the interface language, Chinese exact."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.strategy.research_types import ResearchNoteDraft
from app.strategy.types import (
    ObjectiveDraft,
    PillarDraft,
    PlatformStrategyDraft,
    new_plan_draft,
)
from app.team.types import MemberDraft
from app.workspace import Workspace
from tests.qt_dialogs import finish
from ui import i18n
from ui.errors import describe
from ui.printing import print_preview, text_document
from ui.strategy.export import export_plan, write_plan_pdf
from ui.strategy.plan_document import plan_html
from ui.tasks import TaskRunner

TITLE = "2026 年度社媒策略"
CORE_MESSAGE = "真实好用，让生活更轻松"
STYLE = "评论区两小时内回复"

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (pdftotext, pdftoppm) is not installed",
)


def tr(text: str) -> str:
    """What the interface language makes of a plan document label."""
    return QCoreApplication.translate("PlanDocument", text)


class ChineseLabels(QTranslator):
    """Stands in for translations of the PlanDocument strings not yet in the .ts file."""

    WORDS: ClassVar[dict[str, str]] = {
        "Core messages": "核心信息",
        "Platform strategies": "平台策略",
        "Budget": "预算",
    }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.WORDS.get(source) if context == "PlanDocument" else None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the interface language; English and the old locale come back afterwards."""
    saved = QLocale()
    extra: list[QTranslator] = []

    def use(lang: str) -> None:
        i18n.install(qapp, lang)
        if lang == "zh_CN":
            extra.append(ChineseLabels(qapp))
            qapp.installTranslator(extra[-1])

    yield use
    for translator in extra:
        qapp.removeTranslator(translator)
    i18n.install(qapp, "en")
    QLocale.setDefault(saved)


def seed_plan(ws: Workspace) -> tuple[str, str]:
    """A year plan in Chinese and English with one of everything, and its Q1; their uuids."""
    owner = ws.team.add(MemberDraft("王芳", ("strategy",)))
    year = ws.plans.add_plan(new_plan_draft(TITLE, "year", date(2026, 6, 1)))
    draft = replace(
        year.draft(),
        status="active",
        goals="粉丝增长 30% (followers +30%)",
        core_messages=CORE_MESSAGE,
        audience="25–35 岁城市白领",
        execution_path="先种草后转化\nSeed first, convert later",
        budget_cents=120_000_000,
        owner_uuid=owner.uuid,
        notes="Review every quarter",
    )
    year = ws.plans.update_plan(year.uuid, year.version, draft)
    q1 = ws.plans.add_plan(new_plan_draft("2026 Q1", "quarter", date(2026, 2, 1), year.uuid))
    douyin = next(p.uuid for p in ws.accounts.list_platforms() if p.code == "douyin")
    ws.platform_strategies.add_strategy(
        year.uuid, PlatformStrategyDraft(douyin, None, 5, "week", STYLE, "直播带货")
    )
    ws.platform_strategies.add_pillar(year.uuid, PillarDraft("产品种草", 40))
    ws.objectives.add_objective(
        year.uuid, ObjectiveDraft("views", 2e6, scope="platform", scope_uuid=douyin)
    )
    ws.objectives.add_objective(year.uuid, ObjectiveDraft("custom", 12, custom_name="直播场次"))
    ws.research.add_note(
        ResearchNoteDraft(date(2026, 1, 9), "竞品复盘", "青柠生活三月涨粉", "竞品", year.uuid)
    )
    return year.uuid, q1.uuid


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return out.stdout


def plain_text(html: str) -> str:
    return text_document(html, "").toPlainText()


# The PDF -----------------------------------------------------------------------------
@needs_poppler
def test_pdf_in_english_has_the_plan_and_english_labels(
    workspace: Workspace, language: Callable[[str], None], tmp_path: Path
) -> None:
    language("en")
    year, _ = seed_plan(workspace)
    path = tmp_path / "plan.pdf"
    write_plan_pdf(workspace, year, path)
    text = pdf_text(path)
    for user_text in (TITLE, CORE_MESSAGE, STYLE, "王芳", "产品种草", "直播场次", "竞品复盘"):
        assert user_text in text
    for label in ("Core messages", "Platform strategies", "Objectives", "Plan health"):
        assert tr(label) == label and label in text
    assert "Douyin" in text and "5 per week" in text
    assert "¥1,200,000" in text and "2,000,000" in text
    assert "No calendar data yet" not in text  # the calendar counts scheduled posts
    assert "Social Desk" in text


@needs_poppler
def test_pdf_in_chinese_follows_the_interface_language(
    workspace: Workspace, language: Callable[[str], None], tmp_path: Path
) -> None:
    year, _ = seed_plan(workspace)
    language("zh_CN")
    path = tmp_path / "计划.pdf"
    write_plan_pdf(workspace, year, path)
    text = pdf_text(path)
    assert TITLE in text and CORE_MESSAGE in text and STYLE in text
    for label in ("Core messages", "Platform strategies", "Budget"):
        assert tr(label) == ChineseLabels.WORDS[label]
        assert tr(label) in text
    assert "抖音" in text and "Douyin" not in text  # platform names in the UI language
    assert tr("Goals") in text  # not translated yet: whatever the language gives


def test_user_text_with_html_characters_is_printed_literally(workspace: Workspace) -> None:
    plan = workspace.plans.add_plan(
        new_plan_draft("Q2 <b>push</b> & more", "quarter", date(2026, 4, 1))
    )
    draft = replace(plan.draft(), goals="a < b && c > d", notes="<script>x</script>")
    workspace.plans.update_plan(plan.uuid, plan.version, draft)
    html = plan_html(workspace.plans.plan_document(plan.uuid))
    assert "<b>push" not in html and "<script>" not in html
    assert "Q2 &lt;b&gt;push&lt;/b&gt; &amp; more" in html
    text = plain_text(html)
    assert "Q2 <b>push</b> & more" in text
    assert "a < b && c > d" in text and "<script>x</script>" in text


def test_document_places_the_plan_in_its_tree(
    workspace: Workspace, language: Callable[[str], None]
) -> None:
    language("en")
    year, q1 = seed_plan(workspace)
    text = plain_text(plan_html(workspace.plans.plan_document(year), date(2026, 3, 2)))
    assert "2026 Q1" in text and tr("A top-level plan.") in text
    assert "Printed 2026-03-02 · Social Desk" in text
    quarter = plain_text(plan_html(workspace.plans.plan_document(q1)))
    assert f"{tr('Part of:')} {TITLE} (Year)" in quarter
    assert tr("No sub-plans.") in quarter
    # Q1 has no strategies of its own: its posts come from the year plan's.
    assert f"strategies of “{TITLE}”" in quarter
    assert "Douyin" in quarter and tr("No platform strategies yet.") in quarter


@needs_poppler
def test_first_page_renders_to_an_image(workspace: Workspace, tmp_path: Path) -> None:
    year, _ = seed_plan(workspace)
    write_plan_pdf(workspace, year, tmp_path / "plan.pdf")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "plan.pdf", "page"],
        cwd=tmp_path,
        check=True,
    )
    [png] = tmp_path.glob("page*.png")
    assert png.stat().st_size > 10_000


def test_unwritable_path_is_an_error_naming_the_file(workspace: Workspace, tmp_path: Path) -> None:
    year, _ = seed_plan(workspace)
    target = tmp_path / "no such folder" / "plan.pdf"
    with pytest.raises(OSError) as err:
        write_plan_pdf(workspace, year, target)
    assert err.value.filename == str(target)
    assert str(target) in (describe(err.value) or "")
    assert not list(tmp_path.glob("**/*.part"))


def test_an_existing_pdf_is_replaced_whole(workspace: Workspace, tmp_path: Path) -> None:
    year, _ = seed_plan(workspace)
    target = tmp_path / "out" / "plan.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")
    write_plan_pdf(workspace, year, target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in target.parent.iterdir()] == ["plan.pdf"]  # no temporary left


# The dialogs ---------------------------------------------------------------------------
def answer(dialogs: list[tuple[type[QWidget], Callable[[QWidget], None]]]) -> list[QWidget]:
    """Act on each expected modal dialog that runs its own event loop (an error message)
    in turn, as a user does; returns those seen."""
    seen: list[QWidget] = []
    waited = [0]

    def poll() -> None:
        if not dialogs:
            return
        kind, act = dialogs[0]
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            waited[0] += 20
            if waited[0] > 5000:
                raise AssertionError(f"no {kind.__name__} opened")
            QTimer.singleShot(20, poll)
            return
        dialogs.pop(0)
        seen.append(dialog)
        act(dialog)
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def press(text: str) -> Callable[[QWidget], None]:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        [button] = [b for b in box.buttons() if b.text() == text]
        button.click()

    return act


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    main = QMainWindow()
    qtbot.addWidget(main)
    return main


def test_export_saves_a_pdf_and_says_where(
    workspace: Workspace,
    window: QMainWindow,
    language: Callable[[str], None],
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    language("en")
    year, _ = seed_plan(workspace)

    def save_as(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        assert dialog.selectedFiles()[0].endswith(f"{TITLE}.pdf")  # named after the plan
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setText(str(tmp_path / "march"))  # typed as a user would
        dialog.accept()

    export_plan(window, workspace, year, TaskRunner(synchronous=True))
    finish(qtbot, press("Save as PDF…"), QMessageBox)  # the dialogs do not block
    finish(qtbot, save_as, QFileDialog)
    saved = tmp_path / "march.pdf"  # the dialog adds the suffix
    assert saved.read_bytes().startswith(b"%PDF")
    assert str(saved) in window.statusBar().currentMessage()


def test_export_opens_a_print_preview(
    workspace: Workspace, window: QMainWindow, qtbot: QtBot
) -> None:
    year, _ = seed_plan(workspace)
    export_plan(window, workspace, year, TaskRunner(synchronous=True))
    finish(qtbot, press("Print preview…"), QMessageBox)
    [preview] = window.findChildren(QPrintPreviewDialog)
    assert preview.windowTitle() == TITLE
    pages = preview.findChild(QPrintPreviewWidget)
    pages.updatePreview()
    assert pages.pageCount() >= 1
    with qtbot.waitSignal(preview.finished):
        preview.reject()


def test_print_preview_lays_out_a4_pages(window: QMainWindow) -> None:
    html = "<h1>标题</h1>" + "<p>段落 paragraph</p>" * 200
    preview = print_preview(html, "标题", window)
    pages = preview.findChild(QPrintPreviewWidget)
    pages.updatePreview()
    assert pages.pageCount() >= 2
    preview.close()


def test_export_of_a_removed_plan_says_so(workspace: Workspace, window: QMainWindow) -> None:
    year, _ = seed_plan(workspace)
    workspace.plans.remove_plan(year)
    texts: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.accept()

    answer([(QMessageBox, read_and_close)])
    export_plan(window, workspace, year, TaskRunner(synchronous=True))
    [text] = texts
    assert "no longer exists" in text


def test_export_modules_load_no_database_layer_or_print_support() -> None:
    script = (
        "import sys, ui.strategy.export\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}),"
        " 'PySide6.QtPrintSupport' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        cwd=Path(__file__).resolve().parents[2],  # the project, as a user starts it
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "[] False"
