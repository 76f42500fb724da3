"""The ``socialdesk`` command line: its arguments and the commands that need no window
(``socialdesk demo``). The entry point that can also start the window is :mod:`ui.main`.

Keep imports here light: this runs before the first window paints.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="socialdesk", description="Social Desk 社媒工作台")
    parser.add_argument("--version", action="version", version=f"Social Desk {__version__}")
    parser.add_argument("--db", type=Path, help="database file to open (SQLite)")
    parser.add_argument("--lang", choices=["en", "zh_CN"], help="interface language")
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="fill an empty database with demo data")
    demo.add_argument("--db", type=Path, dest="demo_db", help="database file (default: yours)")
    demo.add_argument("--scale", choices=["small", "large"], default="small")
    demo.add_argument("--seed", type=int, default=1)
    from app.imports import cli as imports_cli  # only argparse at import time

    imports_cli.add_parser(sub)
    return parser


def log_to_file() -> None:
    """Send log records to the app's log file (details of a failed upgrade are kept there
    for a bug report), never to the terminal: a problem ends in one line on stderr."""
    import logging
    import logging.handlers

    from app import paths

    root = logging.getLogger()
    if root.handlers:
        return
    handler: logging.Handler
    try:
        folder = paths.ensure(paths.log_dir())
        handler = logging.handlers.RotatingFileHandler(
            folder / "socialdesk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def one_line(exc: BaseException) -> str:
    """The message of a problem on one line (a driver's message may span several)."""
    return " ".join(str(exc).split()) or type(exc).__name__


def run_demo(db_path: Path | None, scale: str, seed: int) -> int:
    """Fill an empty database; every problem ends in one line on stderr and exit code 2."""
    from app import paths
    from app.db.database import open_database
    from app.db.errors import DatabaseProblem
    from app.demo import fill
    from app.validation import InvalidInput

    log_to_file()
    target = db_path or paths.default_database_path()

    def fail(exc: BaseException) -> int:
        print(f"socialdesk demo: {target}: {one_line(exc)}", file=sys.stderr)
        return 2

    try:
        db = open_database(target)
    except (DatabaseProblem, OSError) as exc:
        return fail(exc)
    try:
        if db.read_only:
            return fail(ValueError("the file is read-only; demo data needs a file it may write"))
        done = [-1]

        def progress(n: int, total: int) -> None:
            pct = n * 100 // max(total, 1)
            if pct // 10 != done[0]:
                done[0] = pct // 10
                print(f"  {pct:3d}%", file=sys.stderr)

        summary = fill(db, scale=scale, seed=seed, progress=progress)  # type: ignore[arg-type]
    except (InvalidInput, ValueError, DatabaseProblem, OSError) as exc:
        return fail(exc)
    finally:
        db.close()
    print(f"Demo data ({scale}, seed {seed}) written to {target} in {summary.seconds:.1f} s")
    for table, count in summary.rows.items():
        print(f"  {table:<24}{count:>10,}")
    return 0


def run_command(args: argparse.Namespace) -> int:
    """Run a command that needs no window (``args.command`` is set)."""
    if args.command == "import":
        from app.imports import cli as imports_cli

        return imports_cli.run(args, args.import_db or args.db)
    if args.command == "demo":
        return run_demo(args.demo_db or args.db, args.scale, args.seed)
    raise SystemExit(f"socialdesk: unknown command {args.command!r}")


def main(argv: list[str] | None = None) -> int:
    """The commands without a window; the GUI entry point is :func:`ui.main.main`."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_usage(sys.stderr)
        print(
            "socialdesk: app.cli runs commands only; start the window with ui.main", file=sys.stderr
        )
        return 2
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
