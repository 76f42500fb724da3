"""Key dates: the built-in marketing calendar and the team's own dates.

Fixed dates (元旦, 3·8, 520, 618, 双11, 双12, Christmas …) and rule-based ones (Black
Friday, Mother's Day) are computed for any year. The lunar festivals (春节, 元宵, 清明,
端午, 七夕, 中秋) come from a table of the State Council's published dates, so they cover
the years in it (2023–2028, the demo's years and the next); a later year shows only
what can be computed, never a wrong day.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from app.calendar.models import KeyDateRow
from app.calendar.types import KeyDate, KeyDateDraft
from app.db.database import Database
from app.db.records import check_version, find
from app.team.acting import Acting, require
from app.team.rights import EDIT_CAMPAIGNS
from app.validation import InvalidInput, optional_text, require_text

MAX_RANGE_DAYS = 3 * 366

# (month, day, English, Chinese, kind)
FIXED = (
    (1, 1, "New Year's Day", "元旦", "holiday"),
    (2, 14, "Valentine's Day", "情人节", "festival"),
    (3, 8, "Women's Day (3·8)", "三八妇女节", "shopping"),
    (5, 1, "Labour Day", "劳动节", "holiday"),
    (5, 20, "520", "520表白日", "shopping"),
    (6, 18, "618 shopping festival", "618购物节", "shopping"),
    (10, 1, "National Day", "国庆节", "holiday"),
    (11, 11, "Double 11 (Singles' Day)", "双11", "shopping"),
    (12, 12, "Double 12", "双12", "shopping"),
    (12, 24, "Christmas Eve", "平安夜", "festival"),
    (12, 25, "Christmas", "圣诞节", "festival"),
)

# Lunar festivals by Gregorian date: (English, Chinese, kind) → {year: (month, day)}.
LUNAR: dict[tuple[str, str, str], dict[int, tuple[int, int]]] = {
    ("Spring Festival", "春节", "holiday"): {
        2023: (1, 22),
        2024: (2, 10),
        2025: (1, 29),
        2026: (2, 17),
        2027: (2, 6),
        2028: (1, 26),
    },
    ("Lantern Festival", "元宵节", "festival"): {
        2023: (2, 5),
        2024: (2, 24),
        2025: (2, 12),
        2026: (3, 3),
        2027: (2, 20),
        2028: (2, 9),
    },
    ("Qingming Festival", "清明节", "holiday"): {
        2023: (4, 5),
        2024: (4, 4),
        2025: (4, 4),
        2026: (4, 5),
        2027: (4, 5),
        2028: (4, 4),
    },
    ("Dragon Boat Festival", "端午节", "holiday"): {
        2023: (6, 22),
        2024: (6, 10),
        2025: (5, 31),
        2026: (6, 19),
        2027: (6, 9),
        2028: (5, 28),
    },
    ("Qixi (Chinese Valentine's Day)", "七夕", "shopping"): {
        2023: (8, 22),
        2024: (8, 10),
        2025: (8, 29),
        2026: (8, 19),
        2027: (8, 8),
        2028: (8, 26),
    },
    ("Mid-Autumn Festival", "中秋节", "holiday"): {
        2023: (9, 29),
        2024: (9, 17),
        2025: (10, 6),
        2026: (9, 25),
        2027: (9, 15),
        2028: (10, 3),
    },
}


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def builtin_key_dates(year: int) -> list[KeyDate]:
    """The built-in marketing dates of ``year``, by day."""
    found = [KeyDate(date(year, m, d), en, zh, kind) for m, d, en, zh, kind in FIXED]
    found.append(KeyDate(_nth_weekday(year, 5, 6, 2), "Mother's Day", "母亲节", "festival"))
    found.append(KeyDate(_nth_weekday(year, 6, 6, 3), "Father's Day", "父亲节", "festival"))
    # Black Friday: the day after the fourth Thursday of November.
    thanksgiving = _nth_weekday(year, 11, 3, 4)
    found.append(
        KeyDate(thanksgiving + timedelta(days=1), "Black Friday", "黑色星期五", "shopping")
    )
    for (en, zh, kind), days in LUNAR.items():
        if year in days:
            found.append(KeyDate(date(year, *days[year]), en, zh, kind))
    return sorted(found, key=lambda k: k.day)


def _info(r: KeyDateRow) -> KeyDate:
    return KeyDate(r.day, r.name_en, r.name_zh, "team", r.uuid, r.version, r.notes)


class KeyDatesService:
    def __init__(self, db: Database, acting: Acting | None = None) -> None:
        self._db = db
        self._acting = acting

    def between(self, first: date, last: date) -> list[KeyDate]:
        """Built-in and team key dates in [first, last], by day (built-in first)."""
        if (last - first).days > MAX_RANGE_DAYS:
            raise InvalidInput("range", "at most three years")
        found = [
            k
            for year in range(first.year, last.year + 1)
            for k in builtin_key_dates(year)
            if first <= k.day <= last
        ]
        with self._db.session(read_only=True) as s:
            rows = s.scalars(
                select(KeyDateRow)
                .where(KeyDateRow.day >= first, KeyDateRow.day <= last)
                .order_by(KeyDateRow.day, KeyDateRow.id)
            )
            found.extend(_info(r) for r in rows)
        return sorted(found, key=lambda k: (k.day, not k.builtin))

    def get(self, uuid: str) -> KeyDate:
        with self._db.session(read_only=True) as s:
            return _info(find(s, KeyDateRow, uuid, "key date"))

    @staticmethod
    def _apply(r: KeyDateRow, d: KeyDateDraft) -> None:
        r.day = d.day
        r.name_en = require_text(d.name_en, "name", 120)
        r.name_zh = optional_text(d.name_zh, "name_zh", 120)
        r.notes = optional_text(d.notes, "notes", multiline=True)

    def add(self, draft: KeyDateDraft, *, uuid: str | None = None) -> KeyDate:
        with self._db.session() as s:
            require(self._acting, s, EDIT_CAMPAIGNS)
            r = KeyDateRow()
            if uuid is not None:
                r.uuid = uuid
            self._apply(r, draft)
            s.add(r)
            s.flush()
            return _info(r)

    def update(self, uuid: str, expected_version: int, draft: KeyDateDraft) -> KeyDate:
        with self._db.session() as s:
            require(self._acting, s, EDIT_CAMPAIGNS)
            r = find(s, KeyDateRow, uuid, "key date")
            check_version(r, expected_version, "key date")
            self._apply(r, draft)
            s.flush()
            return _info(r)

    def remove(self, uuid: str) -> KeyDate:
        with self._db.session() as s:
            require(self._acting, s, EDIT_CAMPAIGNS)
            r = find(s, KeyDateRow, uuid, "key date")
            info = _info(r)
            s.delete(r)
            return info

    def restore(self, removed: KeyDate) -> KeyDate:
        return self.add(removed.draft(), uuid=removed.uuid)
