"""The import run: find the header, map columns, parse rows, preview, store or report.

One pass over the file, streamed. A run writes inside one transaction: with problems
(and ``skip_bad_rows`` off) or on a cancel it is rolled back and nothing is stored, so a
killed process leaves the database as it was too. Rows are parsed here a block at a time
(app.imports.blocks; row by row, app.imports.rows, where a block needs a closer look)
while the chunk before them is inserted on a second thread (app.imports.behind), still
inside that one transaction.
"""

from __future__ import annotations

import gc
import getpass
import hashlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app.db.database import Database
from app.imports.behind import write_behind
from app.imports.blocks import Block, RawBlock, parse_blocks
from app.imports.excel import ExcelTable
from app.imports.headers import likely_header
from app.imports.models import ImportRun
from app.imports.presets import PresetService, best_preset, mapping_for, normalise_header
from app.imports.rows import parse_rows
from app.imports.sources import open_table
from app.imports.tally import MAX_LISTED, Tally
from app.imports.targets import BlockWriter, Target, get_target
from app.imports.text import TextTable
from app.imports.types import (
    FileProblem,
    ImportCancelled,
    ImportResult,
    ImportSettings,
    Preset,
    Preview,
    PreviewRow,
    Problem,
    ReadOptions,
    SourceInfo,
    TargetField,
)
from app.team.acting import Acting, require
from app.team.history import ACTOR
from app.team.rights import IMPORT_DATA

DEFAULT_READ = ReadOptions()
HEADER_SCAN_ROWS = 30
PREVIEW_ROWS = 20
FLUSH_ROWS = 5000
FIRST_ROWS = 500  # rows in the first insert, which the rest wait for
MAX_LISTED_PROBLEMS = MAX_LISTED  # the report lists so many problems, counts them all
IMPORT_CACHE_KIB = 256 * 1024

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


@dataclass(frozen=True)
class _Layout:
    table: TextTable | ExcelTable
    info: SourceInfo
    preset: Preset | None


class _Rejected(Exception):
    """Raised inside the transaction so that it rolls back; carries nothing."""


class ImportService:
    def __init__(self, db: Database, acting: Acting | None = None) -> None:
        self.db = db
        self.acting = acting  # None (CLI, scripts): unchecked, recorded as the OS user
        self.presets = PresetService(db)

    def fields(self, target: str) -> list[TargetField]:
        """What a target can store, for a mapping editor."""
        with self.db.session() as s:
            return list(get_target(target).fields(s))

    # -- reading ---------------------------------------------------------------------

    def layout(
        self,
        path: Path,
        target: str,
        options: ReadOptions = DEFAULT_READ,
        preset: str | None = None,
    ) -> tuple[SourceInfo, Preset | None]:
        """What the reader found and the preset that matches (or was named)."""
        found = self._layout(path, get_target(target), options, preset)
        return found.info, found.preset

    def _layout(
        self, path: Path, target: Target, options: ReadOptions, preset_name: str | None
    ) -> _Layout:
        table = open_table(path, options)
        presets = (
            [self.presets.get(target.name, preset_name)]
            if preset_name
            else self.presets.presets(target.name)
        )
        sample: list[tuple[int, list[object]]] = []
        for record in table.records():
            sample.append(record)
            if len(sample) >= HEADER_SCAN_ROWS:
                break
        if not sample:
            raise FileProblem(table.file, "has no rows")
        chosen: tuple[int, list[object]] | None = None
        preset: Preset | None = None
        if options.header_row is not None:
            chosen = next((r for r in sample if r[0] == options.header_row), None)
            if chosen is None:
                raise FileProblem(table.file, f"has no row {options.header_row} near its top")
            preset = best_preset(presets, chosen[1])
        else:
            for record in sample:
                preset = best_preset(presets, record[1])
                if preset is not None:
                    chosen = record
                    break
            if chosen is None:
                chosen = likely_header(sample)
        if preset_name and preset is None:
            raise FileProblem(table.file, f"does not have the columns preset {preset_name!r} needs")
        titles = tuple(
            " ".join(str(c).strip() for c in cells if str(c or "").strip())
            for row, cells in sample
            if row < chosen[0]
        )
        info = SourceInfo(
            kind="excel" if isinstance(table, ExcelTable) else "text",
            encoding=table.encoding if isinstance(table, TextTable) else None,
            delimiter=table.delimiter if isinstance(table, TextTable) else None,
            sheets=table.sheets if isinstance(table, ExcelTable) else (),
            sheet=table.sheet if isinstance(table, ExcelTable) else None,
            header_row=chosen[0],
            header=tuple(str(c if c is not None else "").strip() for c in chosen[1]),
            title_lines=tuple(t for t in titles if t),
        )
        return _Layout(table, info, preset)

    def preview(
        self,
        path: Path,
        target: str,
        options: ReadOptions = DEFAULT_READ,
        settings: ImportSettings | None = None,
        rows: int = PREVIEW_ROWS,
    ) -> Preview:
        """The first rows as they would be stored, with their problems; writes nothing."""
        tgt = get_target(target)
        layout = self._layout(path, tgt, options, settings.preset if settings else None)
        settings = settings or self.settings_for(layout.preset, layout.info)
        with self.db.session() as s:
            fields = {f.name: f for f in tgt.fields(s)}
        shown: list[PreviewRow] = []
        ambiguous = False
        for row, values, problems in _parse(layout, settings, fields):
            ambiguous = ambiguous or any("ambiguous" in p.reason for p in problems)
            shown.append(PreviewRow(row, values, tuple(problems)))
            if len(shown) >= rows:
                break
        mapped = set(settings.mapping)
        return Preview(
            info=layout.info,
            preset=settings.preset,
            mapping=dict(settings.mapping),
            ignored_columns=tuple(
                h for i, h in enumerate(layout.info.header) if i not in mapped and h
            ),
            missing_fields=tuple(tgt.missing(set(settings.mapping.values()), settings.options)),
            rows=tuple(shown),
            ambiguous_dates=ambiguous,
        )

    def settings_for(self, preset: Preset | None, info: SourceInfo) -> ImportSettings:
        """The mapping and options a preset gives for a file's header."""
        if preset is None:
            return ImportSettings(mapping={})
        return ImportSettings(
            mapping=mapping_for(preset, info.header),
            preset=preset.name,
            options=dict(preset.options),
        )

    # -- importing -------------------------------------------------------------------

    def run(
        self,
        path: Path,
        target: str,
        options: ReadOptions = DEFAULT_READ,
        settings: ImportSettings | None = None,
        who: str | None = None,
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
    ) -> ImportResult:
        """Import ``path``; all or nothing unless ``settings.skip_bad_rows``.

        Returns the counts (``import_id`` set) or the report (``import_id`` None).
        Raises :class:`FileProblem` for a file that cannot be read at all and
        :class:`ImportCancelled` when ``cancelled()`` turned true; neither stores anything.
        """
        tgt = get_target(target)
        layout = self._layout(path, tgt, options, settings.preset if settings else None)
        settings = settings or self.settings_for(layout.preset, layout.info)
        file = path.name
        missing = tgt.missing(set(settings.mapping.values()), settings.options)
        if missing:
            problem = Problem(
                file, layout.info.header_row, "", "", f"no column for {', '.join(missing)}"
            )
            return ImportResult(file, None, 0, 0, 0, 0, (problem,), 1, settings.preset)
        size, digest = _fingerprint(path)
        options_for_target = dict(settings.options)
        if layout.info.title_lines:
            options_for_target.setdefault("title", layout.info.title_lines[-1])
        try:
            with _old_objects_set_aside(), self.db.session() as s, _roomy_cache(s), write_behind(s):
                fields = {f.name: f for f in tgt.fields(s)}
                require(self.acting, s, IMPORT_DATA)
                acting_name = s.info.get(ACTOR, (None, ""))[1]
                run = ImportRun(
                    file_name=file,
                    file_size=size,
                    content_hash=digest,
                    target=tgt.name,
                    preset=settings.preset,
                    imported_by=who or acting_name or _user(),
                )
                s.add(run)
                s.flush()
                writer = tgt.writer(s, run.id, options_for_target)
                tally = Tally(
                    file, writer, {f: layout.info.header[i] for i, f in settings.mapping.items()}
                )
                blocks = writer if isinstance(writer, BlockWriter) else None
                pending = 0
                started = False
                for item in _blocks(layout, settings, fields):
                    if isinstance(item, Block):
                        count = len(item.rows)
                        if blocks is None or not blocks.add_block(item.values, count):
                            for row, values in item.records():
                                tally.take(row, values, [])
                        pending += count
                    else:
                        tally.take(*item)
                        pending += 1
                    if not started and (settings.skip_bad_rows or not tally.counted):
                        started = True  # the writer thread starts on the first rows
                        writer.flush()
                    if pending >= FLUSH_ROWS:
                        pending = 0
                        if cancelled is not None and cancelled():
                            raise ImportCancelled()
                        if settings.skip_bad_rows or not tally.counted:
                            writer.flush()
                        if progress is not None:
                            progress(*layout.table.position())
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                if tally.counted and not settings.skip_bad_rows:
                    raise _Rejected()
                writer.flush()
                run.added, run.updated, run.unchanged = (
                    writer.added,
                    writer.updated,
                    writer.unchanged,
                )
                run.skipped = tally.skipped
                s.flush()
                import_id = run.id
                added, updated, unchanged = writer.added, writer.updated, writer.unchanged
        except _Rejected:
            return ImportResult(
                file, None, 0, 0, 0, 0, tuple(tally.listed), tally.counted, settings.preset
            )
        if progress is not None:
            done = layout.table.position()[1]
            progress(done, done)
        return ImportResult(
            file,
            import_id,
            added,
            updated,
            unchanged,
            tally.skipped,
            tuple(tally.listed),
            tally.counted,
            settings.preset,
        )


@contextmanager
def _old_objects_set_aside() -> Iterator[None]:
    """While an import runs, the garbage collector's full passes skip the objects that
    were alive before it (``gc.freeze``); they are its again afterwards.

    An import makes a list per row read, so the collector runs often; each full pass
    walked every object the program holds (measured: four passes of some 60 ms each in
    a 100,000-row sheet, a sixth of its import). Nothing is left uncollected: what the
    import makes is collected as usual, the rest once it ends. A program that froze
    objects itself is left as it is.
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextmanager
def _roomy_cache(session: Session) -> Iterator[None]:
    """A bigger SQLite page cache while an import writes, then the usual one again.

    A million-row import outgrows the default cache; every page it then spills into the
    write-ahead log is looked up there again on the next insert (measured: the second
    half of a million rows took twice as long as the first).
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size={-IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(previous)}")


def _parse(
    layout: _Layout, settings: ImportSettings, fields: Mapping[str, TargetField]
) -> Iterator[tuple[int, dict[str, object], list[Problem]]]:
    """Every data row below the header: parsed values and the row's problems."""
    info = layout.info
    return parse_rows(
        layout.table.records(), layout.table.file, info.header, info.header_row, settings, fields
    )


def _blocks(
    layout: _Layout, settings: ImportSettings, fields: dict[str, TargetField]
) -> Iterator[Block | tuple[int, dict[str, object], list[Problem]]]:
    """An import's rows: plain blocks whole, other rows one by one (app.imports.blocks)."""
    info = layout.info
    return parse_blocks(
        _first_split(layout.table.blocks(FLUSH_ROWS, info.header_row)),
        layout.table.file,
        info.header,
        info.header_row,
        settings,
        fields,
    )


def _first_split(blocks: Iterator[RawBlock]) -> Iterator[RawBlock]:
    """The first block in two: the writer thread starts on the first few rows, while
    the rest of the first block is read (measured: 13 ms sooner on a 5,000-row block;
    the flushes every FLUSH_ROWS rows, and the progress they report, stay where they
    were)."""
    for rows, cells in blocks:
        yield rows[:FIRST_ROWS], cells[:FIRST_ROWS]
        if len(cells) > FIRST_ROWS:
            yield rows[FIRST_ROWS:], cells[FIRST_ROWS:]
        break
    yield from blocks


def _fingerprint(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as f:
        while chunk := f.read(1024 * 1024):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def header_key(cell: object) -> str:
    """How a header cell compares (exposed for the wizard's mapping editor)."""
    return normalise_header(cell)
