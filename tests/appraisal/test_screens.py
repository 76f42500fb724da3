"""The appraisal screens in the Team tab, driven as a user would: a cycle, a self-review
and a manager review typed into the form, both signatures, an edit refused, and the
cycle printed to one PDF read back with poppler's tools."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from app.appraisal.cycles import Locked
from app.appraisal.types import SIGNED, CycleInfo, ManagerReview, Participant
from app.workspace import Workspace
from tests.appraisal.conftest import Q3, Team, act_as
from ui.appraisal.review_form import MANAGER_NOTE, SELF_NOTE, ReviewDialog
from ui.team.tab import TeamTab


@pytest.fixture
def tab(qtbot: QtBot, english: None, workspace: Workspace) -> TeamTab:
    t = TeamTab(QUndoStack())
    qtbot.addWidget(t)
    t.resize(1100, 700)
    t.show()
    qtbot.waitExposed(t)
    t.set_workspace(workspace)
    return t


def review_of(tab: TeamTab, name: str) -> ReviewDialog:
    panel = tab.appraisals
    [a] = [a for a in panel.model._rows if a.member_name == name]
    return panel.open_review(a.uuid)


def type_comment(dialog: ReviewDialog, row: int, column: int, text: str) -> None:
    dialog.table.setItem(row, column, QTableWidgetItem(text))


def test_cycle_reviews_signature_and_batch_pdf(
    tab: TeamTab, workspace: Workspace, team: Team, qtbot: QtBot, tmp_path: Path
) -> None:
    ws = workspace
    act_as(ws, team.lead)
    tab.page_bar.setCurrentIndex(1)
    assert tab.pages.currentWidget() is tab.appraisals
    people = tuple(Participant(m.uuid) for m in (team.lead, team.emily, team.lei))
    cycle = tab.appraisals.create_cycle((Q3, people), "zh")
    assert cycle is not None and tab.appraisals.model.rowCount() == 3
    tab.appraisals.start_button.click()
    assert {a.status for a in tab.appraisals.model._rows} == {"self_review"}

    # Emily writes her self-review; she cannot touch the manager's column.
    act_as(ws, team.emily)
    tab.reload()
    assert [a.member_name for a in tab.appraisals.model._rows] == ["Emily Zhang"]
    form = review_of(tab, "Emily Zhang")
    qtbot.addWidget(form)
    assert not form.manager_boxes[0].isEnabled() and form.texts["goals"].isReadOnly()
    for box, score in zip(form.self_boxes, (4, 5, 4, 3, 4), strict=True):
        box.setValue(score)
    type_comment(form, 0, SELF_NOTE, "本季度完成 38 篇图文")
    form.submit_self_button.click()
    assert form.appraisal.status == "manager_review" and not form.self_boxes[0].isEnabled()

    # The lead's review: the total and grade follow the scores as they are typed.
    act_as(ws, team.lead)
    tab.reload()
    form = review_of(tab, "Emily Zhang")
    qtbot.addWidget(form)
    for box, score in zip(form.manager_boxes, (5, 4, 4, 4, 3), strict=True):
        box.setValue(score)
    assert form.total.text() == "Weighted total: 82 · Grade: B"
    type_comment(form, 0, MANAGER_NOTE, "产出稳定 <b>保持</b>")
    form.texts["strengths"].setPlainText("Reliable, original writing")
    form.texts["improvements"].setPlainText("更多短视频")
    form.texts["goals"].setPlainText("Q4：40 篇")
    form.texts["training_plan"].setPlainText("数据分析入门")
    form.submit_manager_button.click()
    assert form.appraisal.status == "awaiting_signoff"
    form.sign_manager_button.click()
    act_as(ws, team.emily)
    form.viewer = ws.appraisals.viewer()
    form.show_appraisal(form.appraisal)
    form.sign_member_button.click()
    assert form.appraisal.status == SIGNED

    # Signed: the form is read-only and the core refuses an edit all the same.
    act_as(ws, team.lead)
    form.viewer = ws.appraisals.viewer()
    form.show_appraisal(form.appraisal)
    assert not form.manager_boxes[0].isEnabled() and not form.save_button.isEnabled()
    with pytest.raises(Locked):
        ws.appraisals.save_manager_review(
            form.uuid, form.appraisal.version, ManagerReview(((1, ""),) * 5)
        )

    # The whole cycle to one PDF, each member on their own page(s).
    tab.reload()
    pdf = tmp_path / "cycle.pdf"
    assert tab.appraisals.print_cycle_to(pdf) == 3
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    emily = next(p for p in pages if "Emily Zhang — page 1 of" in p)
    for expected in ("内容产出", "本季度完成 38 篇图文", "产出稳定 <b>保持</b>", "更多短视频"):
        assert expected in emily
    assert re.search(r"Weighted total: 82\s+Grade: B", emily)
    assert "Member signature: Emily Zhang" in emily and "Manager signature: 王芳" in emily
    assert any("王芳 — page 1 of" in p for p in pages)
    assert any("李雷 — page 1 of" in p for p in pages)
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)  # every font embedded
    subprocess.run(
        ["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    assert (tmp_path / "p-1.png").stat().st_size > 5000


def test_template_editor_warns_while_weights_do_not_add_up(
    tab: TeamTab, workspace: Workspace, team: Team, qtbot: QtBot
) -> None:
    from ui.appraisal.template_dialog import WEIGHT, AppraisalTemplateDialog

    act_as(workspace, team.lead)
    saved: list[str] = []
    dialog = AppraisalTemplateDialog(
        workspace.appraisals.list_templates("en"),
        lambda d, u, v: saved.append(d.name) or workspace.appraisals.save_template(d, u, v),
    )
    qtbot.addWidget(dialog)
    assert dialog.weights.text() == "Weights add up to 100."
    dialog.table.item(0, WEIGHT).setText("30")
    assert dialog.weights.text() == "Weights add up to 105; they must add up to 100."
    dialog.save()
    assert dialog.error.isVisibleTo(dialog) and "105" in dialog.error.text()
    dialog.table.item(1, WEIGHT).setText("15")
    assert dialog.weights.text() == "Weights add up to 100."
    dialog.save()
    assert saved and not dialog.templates[0].builtin


def test_models_pass_the_model_tester(
    tab: TeamTab, workspace: Workspace, cycle: CycleInfo, qtmodeltester: object
) -> None:
    tab.page_bar.setCurrentIndex(1)
    qtmodeltester.check(tab.appraisals.model)  # type: ignore[attr-defined]
    qtmodeltester.check(tab.appraisals.history_model)  # type: ignore[attr-defined]
    tab.page_bar.setCurrentIndex(2)
    qtmodeltester.check(tab.training.model)  # type: ignore[attr-defined]


def test_new_cycle_dialog_appraises_the_members_ticked(
    tab: TeamTab, workspace: Workspace, team: Team
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox, QWidget

    from tests.qt_dialogs import when_dialog_opens
    from ui.appraisal.cycle_dialog import CycleDialog

    act_as(workspace, team.lead)
    tab.page_bar.setCurrentIndex(1)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, CycleDialog)
        dialog.name.setText("2026 H2")
        dialog.period.setCurrentIndex(dialog.period.findData("half"))
        for i in range(dialog.members.count()):
            item = dialog.members.item(i)
            if item.text().startswith("李雷"):
                item.setCheckState(Qt.CheckState.Unchecked)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(fill)
    tab.appraisals.new_button.click()
    [cycle] = workspace.appraisals.list_cycles()
    assert (cycle.name, cycle.period_kind, cycle.top_share_limit) == ("2026 H2", "half", 20)
    assert sorted(a.member_name for a in tab.appraisals.model._rows) == ["Emily Zhang", "王芳"]
    assert tab.appraisals.start_button.isEnabled()


def test_edit_cycle_dialog_changes_the_grade_bands(
    tab: TeamTab, workspace: Workspace, team: Team, cycle: CycleInfo
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QWidget

    from tests.qt_dialogs import when_dialog_opens
    from ui.appraisal.cycle_dialog import CycleDialog

    act_as(workspace, team.lead)
    tab.page_bar.setCurrentIndex(1)
    said: list[str] = []

    def bad_then_good(dialog: QWidget) -> None:
        assert isinstance(dialog, CycleDialog)
        assert dialog.bands.text() == "A 90, B 75, C 60, D 0"
        dialog.bands.setText("A 95, B eighty")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        said.append(dialog.error.text())
        dialog.bands.setText("A 95，B 80, C 0")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(bad_then_good)
    tab.appraisals.edit_button.click()
    assert said and "A 90, B 75" in said[0]
    [changed] = workspace.appraisals.list_cycles()
    assert [(b.grade, b.minimum) for b in changed.bands] == [("A", 95), ("B", 80), ("C", 0)]
