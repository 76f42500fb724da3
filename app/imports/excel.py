"""Excel and OpenDocument exports (.xlsx, .xlsm, .xlsb, .xls, .ods) through python-calamine.

calamine holds a whole sheet in memory, so a zipped workbook is measured first: a sheet
that would inflate past :data:`MAX_INFLATED_BYTES` (a zip bomb, or simply too big) is
refused before calamine sees it. The check inflates in bounded chunks and trusts no
size the archive declares.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import cast

import python_calamine

from app.imports.types import FileProblem

MAX_INFLATED_BYTES = 512 * 1024 * 1024
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls (and other old Office files)
_CHUNK = 1024 * 1024


def check_inflated_size(path: Path, file: str, limit: int = MAX_INFLATED_BYTES) -> None:
    """Refuse a zipped workbook whose contents inflate past ``limit`` or are damaged."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if sum(m.file_size for m in members) > limit:
                raise FileProblem(file, _too_big(limit))
            total = 0
            for member in members:
                with archive.open(member) as stream:
                    while chunk := stream.read(_CHUNK):
                        total += len(chunk)
                        if total > limit:
                            raise FileProblem(file, _too_big(limit))
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise FileProblem(file, f"is damaged or not a complete workbook ({exc})") from None


def _too_big(limit: int) -> str:
    return (
        f"inflates to more than {limit // (1024 * 1024)} MB when unpacked; "
        "export a smaller date range or save it as CSV"
    )


class ExcelTable:
    """One sheet of a workbook; :meth:`records` yields ``(row number, cells)``."""

    def __init__(self, path: Path, sheet: str | None = None) -> None:
        self.path = path
        self.file = path.name
        with path.open("rb") as f:
            magic = f.read(8)
        if magic.startswith(ZIP_MAGIC):
            check_inflated_size(path, self.file)
        try:
            self._book = python_calamine.CalamineWorkbook.from_path(str(path))
            self.sheets: tuple[str, ...] = tuple(self._book.sheet_names)
        except Exception as exc:  # calamine raises its own and plain errors on bad files
            raise FileProblem(self.file, f"cannot be read as a workbook ({exc})") from None
        if not self.sheets:
            raise FileProblem(self.file, "has no sheets")
        self._loaded: tuple[str, python_calamine.CalamineSheet] | None = None
        if sheet is not None and sheet not in self.sheets:
            raise FileProblem(self.file, f"has no sheet named {sheet!r}")
        self.sheet = sheet or self._first_sheet_with_data()
        self._done = self._height = 0

    def _first_sheet_with_data(self) -> str:
        for name in self.sheets:
            try:
                sheet = self._book.get_sheet_by_name(name)
            except Exception:
                continue
            if sheet.height > 0:
                self._loaded = (name, sheet)  # parsing a sheet is the slow part: keep it
                return name
        return self.sheets[0]

    def position(self) -> tuple[int, int]:
        """Rows read so far and the sheet's height, for progress."""
        return self._done, max(self._height, self._done)

    def records(self) -> Iterator[tuple[int, list[object]]]:
        try:
            sheet = self._sheet()
            first = (sheet.start or (0, 0))[0] + 1
            for offset, cells in enumerate(sheet.iter_rows()):
                self._done = offset + 1
                # calamine hands out a new list per row: ours to keep, no copy needed.
                yield first + offset, cast(list[object], cells)
        except FileProblem:
            raise
        except Exception as exc:
            raise FileProblem(self.file, f"sheet {self.sheet!r} cannot be read ({exc})") from None

    def blocks(self, size: int, after_row: int = 0) -> Iterator[tuple[range, list[list[object]]]]:
        """The rows below ``after_row`` in lists of ``size`` (an import's way: no Python
        step per row)."""
        try:
            sheet = self._sheet()
            rows = sheet.iter_rows()
            start = (sheet.start or (0, 0))[0] + 1
            skipped = len(list(islice(rows, max(0, after_row - start + 1))))
            self._done = skipped
            start += skipped
            while cells := cast(list[list[object]], list(islice(rows, size))):
                self._done += len(cells)
                yield range(start, start + len(cells)), cells
                start += len(cells)
        except FileProblem:
            raise
        except Exception as exc:
            raise FileProblem(self.file, f"sheet {self.sheet!r} cannot be read ({exc})") from None

    def _sheet(self) -> python_calamine.CalamineSheet:
        if self._loaded is None or self._loaded[0] != self.sheet:
            self._loaded = (self.sheet, self._book.get_sheet_by_name(self.sheet))
        sheet = self._loaded[1]
        self._height = sheet.height
        return sheet
