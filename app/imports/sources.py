"""Open any export as a table of records, choosing the reader by content, not by name.

A workbook renamed ``.csv`` still reads as a workbook; a binary file renamed ``.csv``
is refused with a message instead of a traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from app.imports.excel import OLE_MAGIC, ZIP_MAGIC, ExcelTable
from app.imports.text import TextTable
from app.imports.types import FileProblem, ReadOptions

EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"})
TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})


class Table(Protocol):
    file: str

    def records(self) -> Iterator[tuple[int, list[object]]]: ...


def open_table(path: Path, options: ReadOptions | None = None) -> TextTable | ExcelTable:
    """The reader for ``path``; raises :class:`FileProblem` for what cannot be read."""
    options = options or ReadOptions()
    try:
        with path.open("rb") as f:
            magic = f.read(8)
    except OSError as exc:
        raise FileProblem(path.name, f"cannot be opened ({exc.strerror or exc})") from None
    if not magic:
        raise FileProblem(path.name, "is empty")
    if magic.startswith(ZIP_MAGIC) or magic.startswith(OLE_MAGIC):
        return ExcelTable(path, options.sheet)
    # Anything else is read as text, whatever its name: some back offices write a CSV
    # table and call it .xls.
    return TextTable(path, options.encoding, options.delimiter)
