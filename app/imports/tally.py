"""What an import run counts while it hands rows to a target's writer: the rows refused
and the problems listed for the report (at most :data:`MAX_LISTED`)."""

from __future__ import annotations

from collections.abc import Mapping

from app.imports.targets import RowRejected, TargetWriter
from app.imports.types import Problem

MAX_LISTED = 1000


class Tally:
    """Hands rows to the target's writer one by one, counting and listing the rows it
    or the parser refused, for the report."""

    def __init__(self, file: str, writer: TargetWriter, columns: Mapping[str, str]) -> None:
        self.file = file
        self.writer = writer
        self.columns = columns  # field → the header it was read from
        self.listed: list[Problem] = []
        self.counted = self.skipped = 0

    def take(self, row: int, values: dict[str, object], problems: list[Problem]) -> None:
        if not problems:
            try:
                self.writer.add(values)
            except RowRejected as exc:
                cell = values.get(exc.field)
                problems = [
                    Problem(
                        self.file,
                        row,
                        self.columns.get(exc.field, exc.field),
                        "" if cell is None else str(cell),
                        exc.reason,
                    )
                ]
        if problems:
            self.skipped += 1
            self.counted += len(problems)
            room = MAX_LISTED - len(self.listed)
            self.listed.extend(problems[: max(room, 0)])
