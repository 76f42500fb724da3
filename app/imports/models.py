"""Import history, the journal that makes an import undoable, and the team's presets.

A target's tables carry an ``import_id`` column: the import that last wrote the row. Rows
an import *added* are found by that column alone (no journal row per added row, which
would double the cost of a million-row import); rows it *changed* get one
:class:`ImportChange` each, holding the values as they were before.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Record
from app.db.types import UTCDateTime


class ImportRun(Record):
    __tablename__ = "import_runs"

    file_name: Mapped[str] = mapped_column(String(260))
    file_size: Mapped[int] = mapped_column(BigInteger)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    target: Mapped[str] = mapped_column(String(40))
    preset: Mapped[str | None] = mapped_column(String(120), default=None)
    imported_by: Mapped[str] = mapped_column(String(120), default="")
    added: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    rolled_back_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class ImportChange(Base):
    """A row an import changed: ``before`` holds its columns as they were."""

    __tablename__ = "import_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    import_id: Mapped[int] = mapped_column(
        ForeignKey("import_runs.id", ondelete="CASCADE"), index=True
    )
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[int] = mapped_column(Integer)
    before_import_id: Mapped[int | None] = mapped_column(Integer, default=None, index=True)
    before: Mapped[dict[str, object]] = mapped_column(JSON)


class ImportPreset(Record):
    """A mapping the team saved; the built-in ones live in code beside their target."""

    __tablename__ = "import_presets"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    target: Mapped[str] = mapped_column(String(40))
    columns: Mapped[dict[str, str]] = mapped_column(JSON)
    required: Mapped[list[str]] = mapped_column(JSON)
    options: Mapped[dict[str, str]] = mapped_column(JSON)
    notes: Mapped[str] = mapped_column(Text, default="")
