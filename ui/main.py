"""The ``socialdesk`` entry point: a command without a window, or the app window.

It lives in ``ui`` because it may import both halves; the core never imports ``ui``.
"""

from __future__ import annotations

import gc
import sys

from app.cli import build_parser, run_command


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is not None:
        return run_command(args)
    # No cyclic garbage collection while the window starts and the database layer
    # loads: ui.database.opener.collect_from_now_on turns it back on.
    gc.disable()
    try:
        from ui.application import run

        return run(db_path=args.db, language=args.lang)
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main())
