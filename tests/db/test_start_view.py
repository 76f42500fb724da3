"""The start view is given back only while it is certainly what the database holds."""

from __future__ import annotations

import pickle
import sqlite3
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.db import start_view
from app.db.database import open_database
from app.strategy.types import new_plan_draft
from app.strategy.view_types import TabView
from app.workspace import Workspace

PARAMS = (False, False)


def read_and_close(db_path: Path) -> TabView:
    ws = Workspace(open_database(db_path))
    try:
        year = ws.plans.add_plan(
            new_plan_draft("2026 年度 <b>策略</b> 𠮷", "year", date(2026, 1, 1))
        )
        ws.plans.add_plan(new_plan_draft("2026 Q1", "quarter", date(2026, 1, 1), year.uuid))
        return ws.plans.tab_view(None, show_archived=False, competitor_uuid=None, actuals=False)
    finally:
        ws.close()


@pytest.fixture
def kept(db_path: Path) -> TabView:
    view = read_and_close(db_path)
    assert start_view.save(db_path, "strategy", PARAMS, view)
    return view


def test_a_view_saved_after_closing_comes_back_equal(db_path: Path, kept: TabView) -> None:
    again = start_view.load(db_path, "strategy", PARAMS)
    assert again == kept
    assert again.selected.plan.title == "2026 年度 <b>策略</b> 𠮷"
    assert {p.title for p in again.plans} == {"2026 年度 <b>策略</b> 𠮷", "2026 Q1"}


def test_any_change_by_the_app_makes_it_stale(db_path: Path, kept: TabView) -> None:
    ws = Workspace(open_database(db_path))
    ws.plans.add_plan(new_plan_draft("added later", "year", date(2027, 1, 1)))
    ws.close()
    assert start_view.load(db_path, "strategy", PARAMS) is None


def test_a_change_by_another_program_makes_it_stale(db_path: Path, kept: TabView) -> None:
    with sqlite3.connect(db_path) as con:  # the sqlite3 shell, say
        con.execute("UPDATE strategy_plans SET title = 'renamed elsewhere'")
    con.close()
    assert start_view.load(db_path, "strategy", PARAMS) is None


def test_a_write_ahead_log_left_beside_the_file_makes_it_stale(
    db_path: Path, kept: TabView
) -> None:
    # Another process has the file open, or one was killed before it checkpointed.
    Path(f"{db_path}-wal").write_bytes(b"")
    assert start_view.load(db_path, "strategy", PARAMS) is None


def test_it_is_kept_for_the_day_it_was_saved_only(db_path: Path, kept: TabView) -> None:
    tomorrow = date.today() + timedelta(days=1)
    assert start_view.load(db_path, "strategy", PARAMS, today=tomorrow) is None
    assert start_view.load(db_path, "strategy", PARAMS) == kept


def test_another_time_zone_gets_no_answer(
    db_path: Path, kept: TabView, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Posts are counted on local days: a laptop flown from Shanghai to Berlin.
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    day = date.today()
    assert start_view.save(db_path, "strategy", PARAMS, kept, today=day)
    assert start_view.load(db_path, "strategy", PARAMS, today=day) == kept
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        assert start_view.load(db_path, "strategy", PARAMS, today=day) is None
    finally:
        monkeypatch.undo()
        time.tzset()


def test_another_question_gets_no_answer(db_path: Path, kept: TabView) -> None:
    assert start_view.load(db_path, "strategy", (True, False)) is None
    assert start_view.load(db_path, "calendar", PARAMS) is None


def test_another_file_at_the_same_place_gets_no_answer(db_path: Path, kept: TabView) -> None:
    copy = db_path.with_name("copy.db")
    copy.write_bytes(db_path.read_bytes())
    db_path.unlink()
    copy.rename(db_path)  # same name and bytes, another file
    assert start_view.load(db_path, "strategy", PARAMS) is None


def test_a_view_from_another_version_is_dropped(
    db_path: Path, kept: TabView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(start_view, "__version__", "99.0")
    assert start_view.load(db_path, "strategy", PARAMS) is None
    assert not start_view.cache_file(db_path, "strategy").exists()


def test_a_view_missing_a_field_its_class_has_now_is_dropped(db_path: Path) -> None:
    view = read_and_close(db_path)
    assert view.selected is not None
    plan = replace(view.selected.plan)
    object.__delattr__(plan, "title")  # as saved before the field existed
    old = replace(view, selected=replace(view.selected, plan=plan))
    assert start_view.save(db_path, "strategy", PARAMS, old)
    assert start_view.load(db_path, "strategy", PARAMS) is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short by a full disk
        lambda data: b"\x00" * len(data),
        lambda data: b"not a pickle at all",
    ],
)
def test_a_damaged_cache_file_is_ignored_and_removed(
    db_path: Path, kept: TabView, damage: object
) -> None:
    cache = start_view.cache_file(db_path, "strategy")
    cache.write_bytes(damage(cache.read_bytes()))  # type: ignore[operator]
    assert start_view.load(db_path, "strategy", PARAMS) is None
    assert not cache.exists()


class _Hostile:
    """What a planted cache file could hold: a call to run when unpickled."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        import os

        return (os.system, (f"touch {self.marker}",))


def test_a_planted_pickle_runs_nothing(db_path: Path, kept: TabView, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    record = {
        "version": start_view.__version__,
        "path": str(db_path.resolve()),
        "fingerprint": start_view.fingerprint(db_path),
        "day": date.today().isoformat(),
        "params": PARAMS,
        "view": _Hostile(marker),
    }
    start_view.cache_file(db_path, "strategy").write_bytes(pickle.dumps(record))
    assert start_view.load(db_path, "strategy", PARAMS) is None
    assert not marker.exists()


def test_no_file_no_view(tmp_path: Path) -> None:
    missing = tmp_path / "gone.db"
    assert start_view.fingerprint(missing) is None
    assert not start_view.save(missing, "strategy", PARAMS, TabView((), None))
    assert start_view.load(missing, "strategy", PARAMS) is None
