"""Entry point of the frozen app (PyInstaller runs this as ``__main__``).

PyInstaller's matplotlib run-time hook points ``MPLCONFIGDIR`` at a fresh temporary
folder, so matplotlib would rebuild its font cache on every start (+180-250 ms). Run-time
hooks all run before this script, so this is the first place that can undo it; matplotlib
stores the paths of its own fonts relative to its data folder, so one cache serves every
one-file unpacking too.

``SOCIALDESK_SELFTEST=1`` checks, instead of starting the app, the parts a freeze can
lose: numpy's OpenBLAS, matplotlib's Qt backend, data and font cache, the bundled CJK
font, Qt's print support, the PostgreSQL driver (only in a build made with
``SOCIALDESK_WITH_POSTGRES=1``) and the migration scripts (used by
tests/test_packaging.py; also useful on a user's machine).
"""

from __future__ import annotations

import os
import sys


def _keep_matplotlib_cache() -> None:
    from app import paths

    os.environ["MPLCONFIGDIR"] = str(paths.cache_dir() / "matplotlib")


def _self_test() -> int:
    import warnings

    import matplotlib
    import numpy
    from matplotlib import font_manager
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
    from PySide6.QtWidgets import QApplication

    from app import paths

    _qt = QApplication(sys.argv[:1])
    square = numpy.arange(1.0, 10_001.0).reshape(100, 100)
    print("numpy", numpy.__version__, float(numpy.trace(square @ square)))
    fonts = sorted((paths.resources_dir() / "fonts").glob("*.tt[cf]"))
    for font in fonts:
        font_manager.fontManager.addfont(str(font))
    matplotlib.rcParams["font.family"] = ["DejaVu Sans", "WenQuanYi Micro Hei"]
    figure = Figure()
    canvas = FigureCanvasQTAgg(figure)
    axes = figure.add_subplot()
    axes.bar(["微博", "抖音", "LinkedIn"], [3, 5, 2])
    axes.set_title("互动率 Engagement")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        canvas.draw()
    print("fonts", " ".join(f.name for f in fonts) or "-")
    print("glyphs missing", sum("missing from font" in str(w.message) for w in caught))
    print("matplotlib", matplotlib.__version__, matplotlib.get_configdir())
    QPrinter()  # loads the print-support plugin (CUPS on Linux) the print dialogs use
    print("printers", len(QPrinterInfo.availablePrinters()))
    try:  # opt-in (SOCIALDESK_WITH_POSTGRES=1): "none" in a build without it
        import psycopg

        print("postgres driver", psycopg.pq.__impl__)
    except ModuleNotFoundError as exc:
        print("postgres driver none" if exc.name == "psycopg" else f"postgres driver {exc!r}")
    except ImportError as exc:  # shipped but broken: say why
        print(f"postgres driver {exc!r}")
    migrations = sorted(p.name for p in (paths.migrations_dir() / "versions").glob("*.py"))
    print("migrations", paths.migrations_dir(), " ".join(migrations))
    return 0


if __name__ == "__main__":
    _keep_matplotlib_cache()
    if os.environ.get("SOCIALDESK_SELFTEST") == "1":
        sys.exit(_self_test())
    from ui.main import main

    sys.exit(main())
