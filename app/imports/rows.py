"""From a table's records to the values a target stores, row by row, with each row's
problems.

Called once per row of files of a million rows, so the common row (the right number of
cells, every cell readable) takes a short path: one list comprehension over the mapped
cells building the row's dict, each name or day read once per file (:class:`_Memo`). A
row that fails anywhere on it is read again the long way, which names every problem on
it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
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
    order: DateOrder = settings.date_order
    columns = [
        (
            index,
            name,
            header[index] if index < len(header) else f"#{index + 1}",
            parser_for(fields[name].kind, order),
        )
        for index, name in sorted(settings.mapping.items())
        if name in fields
    ]
    skip_values = {fold(v) for v in settings.options.get("skip_values", "").split("|") if v}
    width = len(header)
    last_mapped = max((index for index, *_ in columns), default=-1)
    required = [(name, column) for _, name, column, _ in columns if fields[name].required]
    converters = [
        (index, name, _converter(fields[name].kind, parse)) for index, name, _, parse in columns
    ]
    # First cells seen to start a data row (not blank, not a totals marker): an account
    # name on every row is checked once.
    data_firsts: set[str] = set()
    for row, cells in records:
        if row <= header_row:
            continue
        first = cells[0] if cells else None
        if first.__class__ is not str or first not in data_firsts:
            if not first:
                first = next((c for c in cells if c), None)
            if first is None or (isinstance(first, str) and not first.strip() and _blank(cells)):
                continue  # blank lines between blocks
            if isinstance(first, str):
                if first[:1].casefold() in SUMMARY_INITIALS and fold(first) in SUMMARY_MARKERS:
                    continue
                if first is cells[0] and first.strip() and len(data_firsts) < MEMO_SIZE:
                    data_firsts.add(first)
        if skip_values and any(isinstance(c, str) and fold(c) in skip_values for c in cells):
            continue
        count = len(cells)
        if count == width or (count > width and _blank(cells[width:])):
            try:
                values = {name: convert(cells[index]) for index, name, convert in converters}
            except (ValueProblem, IndexError, TypeError):
                pass  # read again below, the long way
            else:
                if MISSING in values.values():
                    for name, value in values.items():
                        if value is MISSING:
                            values[name] = None
                if not required or all(values[name] is not None for name, _ in required):
                    yield row, values, []
                    continue
        yield _with_problems(file, row, cells, width, last_mapped, columns, required)


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
    if (count > width and not _blank(cells[width:])) or (count < width and last_mapped >= count):
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


class _Memo(dict[object, object]):
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


MEMO_SIZE = 65536
MEMO_TEXT = 64  # characters: names and days, not titles or descriptions
_MEMO_TYPES = frozenset({str, date, datetime})


def _naive(raw: object) -> bool:
    return getattr(raw, "tzinfo", None) is None


def _converter(kind: str, parse: Parser) -> Parser:
    """What reads a column's cells: a memo for names and days, else the parser itself
    (numbers rarely repeat, and a number cell costs the parser little)."""
    if kind in ("text", "date", "datetime"):
        return _Memo(parse).__getitem__
    return parse


def _blank(cells: Sequence[object]) -> bool:
    return not any(c is not None and str(c).strip() for c in cells)


def _shown(raw: object) -> str:
    text = "" if raw is None else str(raw)
    return text if len(text) <= 200 else text[:200] + "…"
