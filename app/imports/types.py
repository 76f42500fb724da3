"""What the import pipeline hands back: plain frozen values, no SQLAlchemy (the UI may
import this before a database is open)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from app.imports.values import DateOrder
from app.validation import InvalidInput

FieldKind = Literal["text", "integer", "number", "rate", "duration", "date", "datetime"]


class FileProblem(InvalidInput):
    """The file as a whole cannot be read (not text, truncated, a zip bomb …)."""

    def __init__(self, file: str, reason: str) -> None:
        super().__init__("file", f"{file}: {reason}")
        self.file = file
        self.reason = reason


class ImportCancelled(Exception):
    """The caller cancelled; nothing was written."""


@dataclass(frozen=True)
class TargetField:
    """One thing a target can store; ``name`` is what presets map columns to."""

    name: str
    label: str
    kind: FieldKind
    required: bool = False


@dataclass(frozen=True)
class ReadOptions:
    """How to read a file; ``None`` means detect."""

    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    header_row: int | None = None  # 1-based row of the table as read (after a sep= line)


@dataclass(frozen=True)
class SourceInfo:
    """What the reader found (shown in the wizard, so the user may override it)."""

    kind: Literal["text", "excel"]
    encoding: str | None
    delimiter: str | None
    sheets: tuple[str, ...]
    sheet: str | None
    header_row: int
    header: tuple[str, ...]
    title_lines: tuple[str, ...]


@dataclass(frozen=True)
class Preset:
    """A column mapping: header (as the export writes it) → target field.

    ``required`` columns must all be present for the preset to match a file;
    ``options`` are the target's own settings (platform, level, rows to skip …).
    """

    name: str
    target: str
    columns: Mapping[str, str]
    required: tuple[str, ...] = ()
    options: Mapping[str, str] = field(default_factory=dict)
    builtin: bool = False


@dataclass(frozen=True)
class ImportSettings:
    """Choices for one run: mapping (column index → field), date order, bad rows."""

    mapping: Mapping[int, str]
    preset: str | None = None
    options: Mapping[str, str] = field(default_factory=dict)
    date_order: DateOrder = "auto"
    skip_bad_rows: bool = False


@dataclass(frozen=True)
class Problem:
    """One reason a row cannot be stored; ``row`` is the line/row number in the file."""

    file: str
    row: int
    column: str
    value: str
    reason: str


@dataclass(frozen=True)
class PreviewRow:
    row: int
    values: Mapping[str, object]  # field → parsed value (or None when missing)
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class Preview:
    info: SourceInfo
    preset: str | None
    mapping: Mapping[int, str]
    ignored_columns: tuple[str, ...]
    missing_fields: tuple[str, ...]
    rows: tuple[PreviewRow, ...]
    ambiguous_dates: bool


@dataclass(frozen=True)
class ImportResult:
    """Counts of one run; ``problems`` is the report (capped, ``problem_count`` is exact)."""

    file: str
    import_id: int | None
    added: int
    updated: int
    unchanged: int
    skipped: int
    problems: tuple[Problem, ...]
    problem_count: int
    preset: str | None

    @property
    def ok(self) -> bool:
        return self.import_id is not None


@dataclass(frozen=True)
class ImportRecord:
    """One line of the import history."""

    id: int
    file_name: str
    file_size: int
    content_hash: str
    target: str
    preset: str | None
    imported_by: str
    imported_at: datetime
    added: int
    updated: int
    unchanged: int
    skipped: int
    rolled_back_at: datetime | None
