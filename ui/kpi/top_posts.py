"""The best (or worst) posts of the period, in a sortable table.

Double-clicking a post that the calendar knows asks to show it there
(``open_calendar_post`` with the calendar post's uuid and its publishing day).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.kpi.analytics_types import TopPost
from ui.formats import platform_text
from ui.kpi.labels import DASH, value_text
from ui.row_model import RowTableModel, sort_proxy


class PostColumn(IntEnum):
    PUBLISHED = 0
    PLATFORM = 1
    ACCOUNT = 2
    TITLE = 3
    VIEWS = 4
    LIKES = 5
    COMMENTS = 6
    SHARES = 7
    ENGAGEMENT = 8


NUMBERS: dict[PostColumn, Callable[[TopPost], float | None]] = {
    PostColumn.VIEWS: lambda p: p.views,
    PostColumn.LIKES: lambda p: p.likes,
    PostColumn.COMMENTS: lambda p: p.comments,
    PostColumn.SHARES: lambda p: p.shares,
    PostColumn.ENGAGEMENT: lambda p: p.engagement_rate,
}


class TopPostsModel(RowTableModel[TopPost]):
    columns = PostColumn

    def header(self, column: Any) -> str:
        return {
            PostColumn.PUBLISHED: self.tr("Published"),
            PostColumn.PLATFORM: self.tr("Platform"),
            PostColumn.ACCOUNT: self.tr("Account"),
            PostColumn.TITLE: self.tr("Post"),
            PostColumn.VIEWS: self.tr("Views"),
            PostColumn.LIKES: self.tr("Likes"),
            PostColumn.COMMENTS: self.tr("Comments"),
            PostColumn.SHARES: self.tr("Shares"),
            PostColumn.ENGAGEMENT: self.tr("Engagement rate"),
        }[column]

    def display(self, row: TopPost, column: Any) -> str:
        if column == PostColumn.PUBLISHED:
            return row.published_at.strftime("%Y-%m-%d %H:%M") if row.published_at else DASH
        if column == PostColumn.PLATFORM:
            return platform_text(row.platform_en, row.platform_zh)
        if column == PostColumn.ACCOUNT:
            return row.account_handle or DASH
        if column == PostColumn.TITLE:
            return row.title or row.permalink or DASH
        unit = "percent" if column == PostColumn.ENGAGEMENT else "count"
        return value_text(NUMBERS[column](row), unit)

    def sort_key(self, row: TopPost, column: Any) -> Any:
        if column in NUMBERS:
            value = NUMBERS[column](row)
            return float("-inf") if value is None else float(value)
        if column == PostColumn.PUBLISHED:
            return row.published_at.isoformat() if row.published_at else ""
        return self.display(row, column)

    def tooltip(self, row: TopPost, column: Any) -> str | None:
        if column == PostColumn.TITLE:
            hint = self.tr("Double-click to open it in the content calendar")
            return f"{row.title}\n{row.permalink}\n{hint if row.calendar_post_uuid else ''}".strip()
        return None

    def alignment(self, column: Any) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column in NUMBERS else None


class TopPostsView(QTableView):
    """Sort by any column; ``open_calendar_post(uuid, day)`` on double-click of a post
    the calendar has."""

    open_calendar_post = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.posts = TopPostsModel(self)
        self.proxy = sort_proxy(self.posts, self)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        # The service ranks by views: show that order, its header marked.
        self.sortByColumn(PostColumn.VIEWS, Qt.SortOrder.DescendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(
            PostColumn.TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.doubleClicked.connect(self._open)

    def set_posts(self, posts: list[TopPost]) -> None:
        self.posts.set_rows(posts)
        for column in PostColumn:
            if column != PostColumn.TITLE:
                self.resizeColumnToContents(column)

    def _open(self, index: QModelIndex) -> None:
        post = self.posts.row_at(self.proxy.mapToSource(index).row())
        if post.calendar_post_uuid:
            day = post.published_at.date() if post.published_at else None
            self.open_calendar_post.emit(post.calendar_post_uuid, day)
