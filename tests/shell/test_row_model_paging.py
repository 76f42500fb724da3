"""The table model base pages a big SQL query: only what the view scrolls to is read."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ui.row_model import RowTableModel, sort_proxy

ROWS = 100_000
PAGE = 200


@dataclass(frozen=True)
class Message:
    id: int
    uuid: str
    sender: str
    body: str


class Column(IntEnum):
    SENDER = 0
    BODY = 1


class MessageModel(RowTableModel[Message]):
    columns = Column

    def header(self, column: Column) -> str:
        return column.name.title()

    def display(self, row: Message, column: Column) -> str:
        return row.sender if column is Column.SENDER else row.body


@pytest.fixture
def inbox(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    """A real SQLite file with a hundred thousand messages."""
    con = sqlite3.connect(tmp_path / "inbox.db")
    con.execute("CREATE TABLE message (id INTEGER PRIMARY KEY, uuid TEXT, sender TEXT, body TEXT)")
    con.executemany(
        "INSERT INTO message VALUES (?, ?, ?, ?)",
        ((i, f"m{i}", f"fan{i % 977}", f"comment number {i}") for i in range(1, ROWS + 1)),
    )
    con.commit()
    yield con
    con.close()


class KeysetPages:
    """Newest first, by keyset; remembers every page it was asked for."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con
        self.asked: list[tuple[int, int]] = []

    def __call__(self, offset: int, limit: int, after: Message | None) -> Sequence[Message]:
        self.asked.append((offset, limit))
        below = after.id if after is not None else ROWS + 1
        rows = self.con.execute(
            "SELECT id, uuid, sender, body FROM message WHERE id < ? ORDER BY id DESC LIMIT ?",
            (below, limit),
        )
        return [Message(*r) for r in rows]


def offset_pages(con: sqlite3.Connection) -> object:
    def source(offset: int, limit: int, _after: object) -> Sequence[Message]:
        rows = con.execute(
            "SELECT id, uuid, sender, body FROM message ORDER BY id LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [Message(*r) for r in rows]

    return source


def test_a_hundred_thousand_rows_are_read_a_page_at_a_time_as_the_user_scrolls(
    qtbot: QtBot, inbox: sqlite3.Connection
) -> None:
    model = MessageModel()
    pages = KeysetPages(inbox)
    model.set_pages(pages, PAGE)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(50)
    # Shown: the newest messages, and no more of the table than fills the window.
    assert model.rowCount() <= 2 * PAGE and len(pages.asked) <= 2
    assert model.index(0, Column.BODY).data() == f"comment number {ROWS}"
    assert model.canFetchMore()

    before = model.rowCount()
    for _ in range(3):  # the user drags the scroll bar to the end, three times
        view.scrollToBottom()
        qtbot.wait(20)
    assert before < model.rowCount() < 20 * PAGE
    assert pages.asked[1:] == [(PAGE * i, PAGE) for i in range(1, len(pages.asked))]
    last = model.row_at(model.rowCount() - 1)
    assert last.id == ROWS - model.rowCount() + 1  # no row skipped, none twice


def test_the_last_short_page_ends_the_list(qtbot: QtBot, inbox: sqlite3.Connection) -> None:
    inbox.execute("DELETE FROM message WHERE id > 450")
    model = MessageModel()
    model.set_pages(offset_pages(inbox), PAGE)  # type: ignore[arg-type]
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    assert model.row_at(449).body == "comment number 450"
    model.set_rows([])  # a plain list again: nothing more to fetch
    assert model.rowCount() == 0 and not model.canFetchMore() and not model.paged


def test_paged_model_passes_qt_model_tester(
    qtmodeltester: ModelTester, inbox: sqlite3.Connection
) -> None:
    model = MessageModel()
    model.set_pages(KeysetPages(inbox), PAGE)
    qtmodeltester.check(model)
    model.fetchMore()
    qtmodeltester.check(model)


def test_a_sorting_proxy_over_a_paged_model_fetches_through(
    qtbot: QtBot, inbox: sqlite3.Connection
) -> None:
    model = MessageModel()
    model.set_pages(KeysetPages(inbox), PAGE)
    proxy = sort_proxy(model, None)
    assert proxy.rowCount() == PAGE and proxy.canFetchMore(proxy.index(-1, -1).parent())
    proxy.fetchMore(proxy.index(-1, -1).parent())
    assert proxy.rowCount() == 2 * PAGE
