"""``socialdesk import``: the import pipeline without the window, for scheduled jobs.

Prints the counts per file and exits 0; or prints the report (file, row, column,
value, reason) and exits 1, having stored nothing from that file. A file that cannot be
read at all, or a bad argument, exits 2. Imports here stay light (the CLI starts fast).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import", help="import export files (CSV, TSV, TXT, XLSX, XLS, ODS)")
    p.add_argument("--db", type=Path, dest="import_db", help="database file (default: yours)")
    p.add_argument("--target", default="metrics", help="what the files hold (default: metrics)")
    p.add_argument("--preset", help="column mapping to use (default: detected per file)")
    p.add_argument("--account", help="account the rows belong to, when the file does not say")
    p.add_argument("--encoding", help="text encoding (default: detected)")
    p.add_argument("--sheet", help="workbook sheet (default: the first with data)")
    order = p.add_mutually_exclusive_group()
    order.add_argument("--day-first", action="store_true", help="read 08/01/2025 as 8 January")
    order.add_argument("--month-first", action="store_true", help="read 08/01/2025 as 1 August")
    p.add_argument("--skip-bad-rows", action="store_true", help="store the good rows of a file")
    p.add_argument("--report", type=Path, help="also save the problems as CSV here")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")


def run(args: argparse.Namespace, db_path: Path | None) -> int:
    from app import paths
    from app.db.database import open_database
    from app.db.errors import DatabaseProblem
    from app.imports.exporter import write_csv
    from app.imports.pipeline import ImportService
    from app.imports.types import ImportSettings, Problem, ReadOptions
    from app.validation import InvalidInput

    target = db_path or paths.default_database_path()
    try:
        db = open_database(target)
    except (DatabaseProblem, OSError) as exc:
        print(f"socialdesk import: {target}: {exc}", file=sys.stderr)
        return 2
    service = ImportService(db)
    worst = 0
    problems: list[Problem] = []
    try:
        for file in args.files:
            options = ReadOptions(encoding=args.encoding, sheet=args.sheet)
            try:
                info, preset = service.layout(file, args.target, options, args.preset)
                if preset is None:
                    print(
                        f"{file}: no preset matches its columns {list(info.header)}; "
                        "name one with --preset",
                        file=sys.stderr,
                    )
                    worst = max(worst, 2)
                    continue
                base = service.settings_for(preset, info)
                settings = ImportSettings(
                    mapping=base.mapping,
                    preset=base.preset,
                    options={**base.options, **({"account": args.account} if args.account else {})},
                    date_order="dmy" if args.day_first else "mdy" if args.month_first else "auto",
                    skip_bad_rows=args.skip_bad_rows,
                )
                result = service.run(file, args.target, options, settings)
            except (InvalidInput, DatabaseProblem) as exc:
                print(f"{file}: {exc}", file=sys.stderr)
                worst = max(worst, 2)
                continue
            problems.extend(result.problems)
            if result.ok:
                print(
                    f"{file}: {result.added} added, {result.updated} updated, "
                    f"{result.unchanged} unchanged, {result.skipped} skipped "
                    f"(preset {result.preset})"
                )
            else:
                worst = max(worst, 1)
                print(
                    f"{file}: nothing imported, {result.problem_count} problem(s):", file=sys.stderr
                )
            for p in result.problems[:50]:
                print(f"  row {p.row}, {p.column or '-'}: {p.value!r} {p.reason}", file=sys.stderr)
            if len(result.problems) > 50:
                print(f"  … and {result.problem_count - 50} more", file=sys.stderr)
    finally:
        db.close()
    if args.report is not None and problems:
        write_csv(
            args.report,
            ["file", "row", "column", "value", "reason"],
            ([p.file, p.row, p.column, p.value, p.reason] for p in problems),
        )
    return worst
