"""What the month and week grids draw: chips, campaign bands and key dates, as plain
values the tab makes from the core's rows (the grids know nothing of the database).

Colours: one per platform (the brands' own hues, toned for text on white) and one per
workflow status; the user picks which the chips wear.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import date, time

from PySide6.QtGui import QColor

# The MIME type a dragged chip carries: "<post uuid>\n<target uuid>\n<ISO day>".
CHIP_MIME = "application/x-socialdesk-post"


@dataclass(frozen=True)
class Chip:
    """One post on one day (one of its targets when it has several accounts)."""

    key: str  # unique in the view: the target's UUID
    post_uuid: str
    day: date
    time: time | None
    title: str
    platform: str  # platform code ("weibo", …)
    account: str  # the account's handle or name, for the week view and tooltips
    status: str
    late: bool = False
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Band:
    """A campaign's dates: a coloured bar across the days it runs."""

    uuid: str
    name: str
    start: date
    end: date


@dataclass(frozen=True)
class KeyMark:
    """A key marketing date or holiday on one day."""

    day: date
    name: str
    holiday: bool = False  # a public holiday (red), not a shopping festival (amber)


PLATFORM_COLOURS = {
    "weibo": "#d52c2b",
    "wechat": "#1aad19",
    "douyin": "#111111",
    "kuaishou": "#ff6a00",
    "bilibili": "#00a1d6",
    "xiaohongshu": "#ff2442",
    "instagram": "#c13584",
    "facebook": "#1877f2",
}
STATUS_COLOURS = {
    "idea": "#8e9aa6",
    "drafting": "#5c7cfa",
    "in_review": "#f08c00",
    "approved": "#2f9e44",
    "scheduled": "#1971c2",
    "published": "#495057",
    "rejected": "#c92a2a",
    "cancelled": "#adb5bd",
}
_SPARE = ("#7048e8", "#0ca678", "#e8590c", "#3b5bdb", "#c2255c", "#5f3dc4", "#087f5b")
BAND_COLOURS = ("#ffd8a8", "#b2f2bb", "#a5d8ff", "#eebefa", "#ffec99", "#c3fae8")


def _spare(key: str) -> QColor:
    """A stable colour for a code with none of its own (a platform the team added)."""
    return QColor(_SPARE[zlib.crc32(key.encode("utf-8")) % len(_SPARE)])


def platform_colour(code: str) -> QColor:
    known = PLATFORM_COLOURS.get(code)
    return QColor(known) if known else _spare(code)


def status_colour(status: str) -> QColor:
    known = STATUS_COLOURS.get(status)
    return QColor(known) if known else _spare(status)


def chip_colour(chip: Chip, by: str) -> QColor:
    """``by``: "platform" or "status"."""
    return status_colour(chip.status) if by == "status" else platform_colour(chip.platform)


def band_colour(uuid: str) -> QColor:
    return QColor(BAND_COLOURS[zlib.crc32(uuid.encode("utf-8")) % len(BAND_COLOURS)])


def chip_mime_text(chip: Chip) -> str:
    return f"{chip.post_uuid}\n{chip.key}\n{chip.day.isoformat()}"


def parse_chip_mime(text: str) -> tuple[str, str, date] | None:
    """(post UUID, target key, day it was on), or None for anything else dropped."""
    parts = text.split("\n")
    if len(parts) != 3:
        return None
    try:
        return parts[0], parts[1], date.fromisoformat(parts[2])
    except ValueError:
        return None
