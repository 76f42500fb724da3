"""From a table's records to the values a target stores, row by row, with each row's
problems.

:class:`RowReader` decides what a row holds: the common row (the right number of cells,
every cell readable) takes a short path, one dict comprehension over the mapped cells,
each name or day read once per file (:class:`Memo`); a row that fails anywhere on it is
read again the long way, which names every problem on it. An import reads whole blocks
of rows at once (app.imports.blocks) and comes here only for a block it is not sure of;
the preview reads row by row (:func:`parse_rows`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import cast

from app.imports.types import ImportSettings, Problem, TargetField
from app.imports.values import MISSING, DateOrder, Parser, ValueProblem, fold, parser_for

# A first cell like these marks a totals row that exports append; it is not data.
SUMMARY_MARKERS = frozenset({"合计", "总计", "汇总", "total", "totals", "summary", "grand total"})
SUMMARY_INITIALS = frozenset(m[0] for m in SUMMARY_MARKERS) | {"ｔ", "ｓ", "ｇ"}

Parsed = tuple[int, dict[str, object], list[Problem]]


def parse_rows(
    records: Iterator[tuple[int, list[object]]],
    file: str,
    header: Sequence[str],
    header_row: int,
    settings: ImportSettings,
    fields: Mapping[str, TargetField],
) -> Iterator[Parsed]:
    """Every data row below the header: parsed values and the row's problems."""
    reader = RowReader(file, header, settings, fields)
    for row, cells in records:
        if row > header_row:
            parsed = reader.row(row, cells)
            if parsed is not None:
                yield parsed


class RowReader:
    """A mapping's columns read row by row; :meth:`row` is the one place that decides
    what a row holds (app.imports.blocks reads whole blocks the same way, and hands this
    every row of a block it is not sure of)."""

    def __init__(
        self,
        file: str,
        header: Sequence[str],
        settings: ImportSettings,
        fields: Mapping[str, TargetField],
    ) -> None:
        order: DateOrder = settings.date_order
        self.file = file
        self.columns = [
            (
                index,
                name,
                header[index] if index < len(header) else f"#{index + 1}",
                parser_for(fields[name].kind, order),
            )
            for index, name in sorted(settings.mapping.items())
            if name in fields
        ]
        self.skip_values = {
            fold(v) for v in settings.options.get("skip_values", "").split("|") if v
        }
        self.width = len(header)
        self.last_mapped = max((index for index, *_ in self.columns), default=-1)
        self.required = [
            (name, column) for _, name, column, _ in self.columns if fields[name].required
        ]
        # Names and days are read once per file (a memo each); the block reader uses the
        # same memos.
        self.memos = {
            name: Memo(parse)
            for _, name, _, parse in self.columns
            if fields[name].kind in MEMO_KINDS
        }
        self.converters: list[tuple[int, str, Parser]] = [
            (index, name, self.memos[name].__getitem__ if name in self.memos else parse)
            for index, name, _, parse in self.columns
        ]
        # First cells seen to start a data row (not blank, not a totals marker): an
        # account name on every row is checked once.
        self.data_firsts: set[str] = set()

    def row(self, row: int, cells: list[object]) -> Parsed | None:
        """One row's values and problems; None for a row that is not data (blank, totals,
        a value the settings skip)."""
        first = cells[0] if cells else None
        data_firsts = self.data_firsts
        if first.__class__ is not str or first not in data_firsts:
            if not first:
                first = next((c for c in cells if c), None)
            if first is None or (isinstance(first, str) and not first.strip() and is_blank(cells)):
                return None  # blank lines between blocks
            if isinstance(first, str):
                if is_summary(first):
                    return None
                if first is cells[0] and first.strip() and len(data_firsts) < MEMO_SIZE:
                    data_firsts.add(first)
        skip_values = self.skip_values
        if skip_values and any(isinstance(c, str) and fold(c) in skip_values for c in cells):
            return None
        count = len(cells)
        width = self.width
        if count == width or (count > width and is_blank(cells[width:])):
            try:
                values = {name: convert(cells[index]) for index, name, convert in self.converters}
            except (ValueProblem, IndexError, TypeError):
                pass  # read again below, the long way
            else:
                if MISSING in values.values():
                    for name, value in values.items():
                        if value is MISSING:
                            values[name] = None
                required = self.required
                if not required or all(values[name] is not None for name, _ in required):
                    return row, values, []
        return _with_problems(
            self.file, row, cells, width, self.last_mapped, self.columns, self.required
        )


def is_summary(first: str) -> bool:
    """Whether a row's first cell marks the totals row that exports append."""
    return first[:1].casefold() in SUMMARY_INITIALS and fold(first) in SUMMARY_MARKERS


def _with_problems(
    file: str,
    row: int,
    cells: list[object],
    width: int,
    last_mapped: int,
    columns: list[tuple[int, str, str, Parser]],
    required: list[tuple[str, str]],
) -> Parsed:
    """One row the long way: every problem on it, and the values that did read."""
    problems: list[Problem] = []
    count = len(cells)
    if (count > width and not is_blank(cells[width:])) or (count < width and last_mapped >= count):
        problems.append(Problem(file, row, "", "", f"has {count} cells; the header has {width}"))
    values: dict[str, object] = {}
    for index, name, column, parse in columns:
        raw = cells[index] if index < count else None
        try:
            value = parse(raw)
        except ValueProblem as exc:
            problems.append(Problem(file, row, column, _shown(raw), exc.reason))
            continue
        values[name] = None if value is MISSING else value
    for name, column in required:
        if values.get(name) is None and not any(p.column == column for p in problems):
            problems.append(Problem(file, row, column, "", "is required"))
    return row, values, problems


class Memo(dict[object, object]):
    """A column's cells read once each: ``memo[cell]`` is the parsed value (None for a
    missing one). Exports repeat names and days on every row, and a hit is a plain dict
    look-up, without a Python call. Only cells whose type compares strictly are kept
    (``True == 1 == 1.0`` would hand one the other's value): texts, days and naive
    times; only short texts, and at most :data:`MEMO_SIZE` cells, so a column of unique
    titles does not fill memory.
    """

    def __init__(self, parse: Parser) -> None:
        super().__init__()
        self.parse = parse

    def __missing__(self, raw: object) -> object:
        value = self.parse(raw)
        if value is MISSING:
            value = None
        kind = type(raw)
        if (
            kind in _MEMO_TYPES
            and len(self) < MEMO_SIZE
            # Aware times equal across zones would read as each other: naive ones only.
            and (len(cast(str, raw)) <= MEMO_TEXT if kind is str else _naive(raw))
        ):
            self[raw] = value
        return value


# Columns read through a memo: names and days repeat; numbers rarely do, and a number
# cell costs the parser little.
MEMO_KINDS = frozenset({"text", "date", "datetime"})
MEMO_SIZE = 65536
MEMO_TEXT = 64  # characters: names and days, not titles or descriptions
_MEMO_TYPES = frozenset({str, date, datetime})


def _naive(raw: object) -> bool:
    return getattr(raw, "tzinfo", None) is None


def is_blank(cells: Iterable[object]) -> bool:
    return not any(c is not None and str(c).strip() for c in cells)


def _shown(raw: object) -> str:
    text = "" if raw is None else str(raw)
    return text if len(text) <= 200 else text[:200] + "…"
