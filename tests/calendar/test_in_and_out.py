"""Posts out (.ics parsed back with icalendar, XLSX read back) and in (the "posts"
import target with the content-ledger preset: all or nothing, no doubles, roll back)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from openpyxl import load_workbook

from app.calendar.types import PostFilter, day_range
from app.imports.history import ImportHistory
from app.imports.pipeline import ImportService
from app.workspace import Workspace
from tests.calendar.core_support import DAY, add_post, at, make_team

SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_ics_round_trip(workspace: Workspace, tmp_path: Path) -> None:
    team = make_team(workspace)
    when = datetime(2026, 12, 12, 20, 0, tzinfo=SHANGHAI)
    post = add_post(
        workspace,
        "双12 直播, 8 pm; don't miss",
        when,
        (team.weibo, team.instagram),
        body="第一行\n第二行, with commas; and semicolons",
    )
    add_post(workspace, "No time yet", None, (team.weibo,))
    add_post(workspace, "Other month", when + timedelta(days=40), (team.weibo,))
    path = tmp_path / "plan.ics"
    start, end = day_range(date(2026, 12, 1), date(2026, 12, 31), SHANGHAI)
    assert workspace.calendar.exports.write_ics(path, PostFilter(), start, end) == 2

    cal = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert {str(e["UID"]) for e in events} == {f"{t.uuid}@socialdesk" for t in post.targets}
    for e in events:
        assert e.decoded("DTSTART") == when
        assert e.decoded("DTSTART").tzinfo.key == "Asia/Shanghai"
        assert str(e["SUMMARY"]).startswith("双12 直播, 8 pm; don't miss · ")
        assert str(e["DESCRIPTION"]) == "第一行\n第二行, with commas; and semicolons"
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    # a second export of the same posts keeps the UIDs (calendars update, not double)
    again = icalendar.Calendar.from_ical(workspace.calendar.exports.ics(None, start, end)[0])
    assert {str(e["UID"]) for e in again.walk("VEVENT")} == {str(e["UID"]) for e in events}


def test_xlsx_and_csv_of_the_filter(workspace: Workspace, tmp_path: Path) -> None:
    team = make_team(workspace)
    add_post(workspace, "=HYPERLINK(bad)", at(DAY, 9), (team.weibo,))
    add_post(workspace, "Instagram only", at(DAY, 10), (team.instagram,))
    path = tmp_path / "posts.xlsx"
    flt = PostFilter(platform_codes=("weibo",))
    assert workspace.calendar.exports.write_table(path, flt) == 1
    sheet = load_workbook(path, read_only=True).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]  # type: ignore[union-attr]
    assert rows[0][:3] == ["Scheduled", "Title", "Status"]
    assert rows[1][1] == "=HYPERLINK(bad)"  # text, never a formula
    assert rows[1][0] == at(DAY, 9).astimezone(SHANGHAI).replace(tzinfo=None)
    assert rows[1][5] == "@brand"
    csv = tmp_path / "posts.csv"
    assert workspace.calendar.exports.write_table(csv, header=[str(n) for n in range(12)]) == 2
    text = csv.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "0,1,2,3,4,5,6,7,8,9,10,11"
    assert "'=HYPERLINK(bad)" in text


LEDGER = (
    "标题,账号,账号ID,人员,日期,部门\n"
    "双12 预热海报,@brand,,王芳,2026/12/08,品牌部\n"
    "新品开箱视频,@brand.global,,外部达人,2026/12/20 19:30,电商部\n"
)


def test_content_ledger_import_no_doubles_and_roll_back(
    workspace: Workspace, tmp_path: Path
) -> None:
    team = make_team(workspace)
    path = tmp_path / "台账.csv"
    path.write_text(LEDGER, encoding="utf-8")
    imports = ImportService(workspace.db, workspace.acting)
    result = imports.run(path, "posts")
    assert result.ok and result.added == 2, result.problems
    assert result.preset == "内容台账 (content ledger)"
    page = workspace.calendar.queries.page(sort="scheduled_at")
    first, second = page.rows
    assert (first.title, first.owner_uuid, first.account_handles) == (
        "双12 预热海报",
        team.planner,
        ("@brand",),
    )
    detail = workspace.calendar.posts.get(second.uuid)
    assert detail.notes == "Person: 外部达人\nDepartment: 电商部"
    assert detail.scheduled_at == datetime(2026, 12, 20, 19, 30).astimezone()
    assert detail.targets[0].account_handle == "@brand.global"
    # the same ledger again adds nothing
    assert imports.run(path, "posts").added == 0
    assert workspace.calendar.queries.page().total == 2
    # the list pages on without counting: the same rows, no total
    uncounted = workspace.calendar.queries.page(sort="scheduled_at", count=False)
    assert (uncounted.rows, uncounted.total) == (page.rows, None)
    # rolling back removes exactly what it added
    ImportHistory(workspace.db, workspace.acting).rollback(result.import_id)  # type: ignore[arg-type]
    assert workspace.calendar.queries.page().total == 0


def test_a_bad_row_stores_nothing(workspace: Workspace, tmp_path: Path) -> None:
    make_team(workspace)
    path = tmp_path / "ledger.csv"
    path.write_text(LEDGER + "Third,@nobody,,,2026/12/21,\n", encoding="utf-8")
    result = ImportService(workspace.db, workspace.acting).run(path, "posts")
    assert not result.ok and result.added == 0
    [problem] = result.problems
    assert (problem.row, problem.column) == (4, "账号") and "@nobody" in problem.reason
    assert workspace.calendar.queries.page().total == 0


def test_published_links_lead_back_to_their_posts(workspace: Workspace) -> None:
    from dataclasses import replace

    from app.calendar.links import match_published

    team = make_team(workspace)
    post = add_post(workspace, "Live", at(DAY), (team.weibo,))
    target = replace(post.draft().targets[0], published_url="https://weibo.com/1/abc")
    workspace.calendar.posts.update(
        post.uuid, post.version, replace(post.draft(), targets=(target,))
    )
    with workspace.db.session(read_only=True) as s:
        assert match_published(s, ["https://weibo.com/1/abc", "https://x.example/2", ""]) == {
            "https://weibo.com/1/abc": post.uuid
        }
