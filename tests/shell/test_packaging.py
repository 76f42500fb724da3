"""The PyInstaller build (build.spec): what goes in, and the built app run as a user runs it.

The slow tests build the one-folder app and then the one-file executable into a temporary
folder (sharing PyInstaller's analysis), and start each offscreen with a fresh data
folder: version, demo data, a new database created and migrated, the window with its five
tabs (in English and in Chinese), the log file, and the parts a freeze can lose (numpy's
OpenBLAS, matplotlib's Qt backend and font cache, the CJK font, the migration scripts).
"""

from __future__ import annotations

import ast
import configparser
import os
import runpy
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

import pytest

from app import __version__
from app.db.schema import HEAD_REVISION

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
RULES = runpy.run_path(str(PACKAGING / "bundle.py"))
TABS_EN = "Strategy | Content calendar | Inbox | KPIs | Team"
# The PostgreSQL driver is opt-in (team mode): SOCIALDESK_WITH_POSTGRES=1 when running
# these tests builds with it, and then the built app must load it.
WITH_POSTGRES = os.environ.get("SOCIALDESK_WITH_POSTGRES", "0") == "1"


# What goes in --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6/QtNetwork.abi3.so",
        "PySide6/Qt6Pdf.dll",
        "PySide6/opengl32sw.dll",
        "PySide6/plugins/tls/qschannelbackend.dll",
        "PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml",
    ],
)
def test_unused_qt_parts_are_left_out(dest: str) -> None:
    assert RULES["unused_qt_file"](dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libQt6DBus.so.6",  # QtGui links it on Linux
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/QtSvg.abi3.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
        "numpy.libs/libscipy_openblas64_.so",
        "libQt6Network.so.6",  # a link beside the executable: dropped with its target
    ],
)
def test_qt_parts_the_app_uses_stay(dest: str) -> None:
    assert not RULES["unused_qt_file"](dest)


@pytest.mark.parametrize(
    ("dest", "unused"),
    [
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", False),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans-Bold.ttf", False),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSansMono.ttf", False),
        ("matplotlib/mpl-data/fonts/ttf/LastResortHE-Regular.ttf", False),
        ("matplotlib/mpl-data/fonts/ttf/LICENSE_DEJAVU", False),
        ("matplotlib/mpl-data/matplotlibrc", False),
        ("matplotlib/mpl-data/stylelib/ggplot.mplstyle", False),
        ("matplotlib/mpl-data/images/home.svg", False),
        ("matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/cmr10.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSerif.ttf", True),
        ("matplotlib/mpl-data/fonts/afm/pagd8a.afm", True),
        ("matplotlib/mpl-data/fonts/pdfcorefonts/Helvetica.afm", True),
        ("matplotlib/mpl-data/sample_data/goog.npz", True),
        ("matplotlib/backends/web_backend/js/mpl.js", True),
        ("mpl_toolkits/mplot3d/tests/baseline.png", True),
        ("resources/fonts/wqy-microhei.ttc", False),
    ],
)
def test_only_matplotlib_data_the_charts_use_ships(dest: str, unused: bool) -> None:
    assert RULES["unused_matplotlib_file"](dest) is unused


def test_only_qt_translations_of_our_languages_ship() -> None:
    unused = RULES["unused_qt_translation"]
    assert not unused("PySide6/Qt/translations/qtbase_zh_CN.qm", ["zh_CN"])
    assert unused("PySide6/Qt/translations/qtbase_de.qm", ["zh_CN"])
    assert unused("PySide6/Qt/translations/assistant_zh_CN.qm", ["zh_CN"])
    assert not unused("resources/i18n/socialdesk_zh_CN.qm", ["zh_CN"])
    assert "zh_CN" in RULES["app_languages"](ROOT / "resources" / "i18n")


def test_dangling_links_go_with_their_targets() -> None:
    toc = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/venv/libQt6Gui.so.6", "BINARY"),
    ]
    kept = RULES["without_dangling_links"](toc, {"PySide6/Qt/lib/libQt6Gui.so.6"})
    assert [e[0] for e in kept] == ["libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6"]


def test_windows_version_resource_carries_the_version() -> None:
    text = RULES["version_info_text"]("1.2.3")
    tree = ast.parse("\n".join(line for line in text.splitlines() if not line.startswith("#")))
    assert isinstance(tree.body[0], ast.Expr)
    assert "filevers=(1, 2, 3, 0)" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text


def test_linux_launcher_is_a_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)  # keys come back lower-case
    entry.read(PACKAGING / "socialdesk.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["type"] == "Application"
    assert section["exec"] == "SocialDesk"
    assert section["icon"] == "socialdesk"
    assert section["name[zh_cn]"] == "社媒工作台"
    for icon in ("socialdesk.png", "socialdesk.ico", "socialdesk.icns"):
        assert (PACKAGING / "icons" / icon).stat().st_size > 1000


# The built app -------------------------------------------------------------------------
def build(dist: Path, work: Path, *, onefile: bool) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOCIALDESK_")}
    env["SOCIALDESK_ONEFILE"] = "1" if onefile else "0"
    env["SOCIALDESK_WITH_POSTGRES"] = "1" if WITH_POSTGRES else "0"
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    cmd += ["--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")]
    out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-8000:]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """dist/ with both builds; the one-file build reuses the one-folder's analysis."""
    folder = tmp_path_factory.mktemp("pyinstaller")
    dist, work = folder / "dist", folder / "work"
    build(dist, work, onefile=False)
    build(dist, work, onefile=True)
    yield dist


def run_app(exe: Path, *args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SOCIALDESK_")}
    environ.update(QT_QPA_PLATFORM="offscreen", SOCIALDESK_HOME=str(home), **env)
    out = subprocess.run(
        [str(exe), *args], env=environ, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, f"{exe} {args}: {out.returncode}\n{out.stdout}\n{out.stderr}"
    return out


def table_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


@pytest.fixture(scope="module")
def demo_from_source(tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    """Row counts of the small demo made by the source app: the frozen one must match."""
    folder = tmp_path_factory.mktemp("source-demo")
    env = {**os.environ, "SOCIALDESK_HOME": str(folder), "QT_QPA_PLATFORM": "offscreen"}
    cmd = [sys.executable, "-m", "app.cli", "demo", "--db", str(folder / "demo.db")]
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    return table_counts(folder / "demo.db")


def smoke(exe: Path, home: Path, demo_from_source: dict[str, int]) -> None:
    assert run_app(exe, "--version", home=home).stdout.strip() == f"Social Desk {__version__}"

    # A new database: created and migrated, the window shows its five tabs.
    new_db = home / "new.db"
    shown = run_app(exe, "--db", str(new_db), home=home, SOCIALDESK_BENCH_EXIT="ready")
    lines = shown.stdout.splitlines()
    assert [line.split()[0] for line in lines[:3]] == ["painted", "shown", "ready"]
    assert f"tabs {TABS_EN}" in lines
    with sqlite3.connect(new_db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (HEAD_REVISION,)
        ]
    log = (home / "log" / "socialdesk.log").read_text(encoding="utf-8")
    assert f"Social Desk {__version__} starting" in log

    # The small demo, then the window on it, in Chinese (our .qm and Qt's own ship).
    demo_db = home / "demo.db"
    run_app(exe, "demo", "--db", str(demo_db), home=home)
    assert table_counts(demo_db) == demo_from_source
    shown = run_app(
        exe, "--db", str(demo_db), "--lang", "zh_CN", home=home, SOCIALDESK_BENCH_EXIT="ready"
    )
    tabs = next(line for line in shown.stdout.splitlines() if line.startswith("tabs "))
    assert tabs != f"tabs {TABS_EN}"
    assert tabs.count(" | ") == 4 and "策略" in tabs
    # Quitting kept the Strategy tab's view: the next start shows it before it opens.
    again = run_app(
        exe, "--db", str(demo_db), "--lang", "zh_CN", home=home, SOCIALDESK_BENCH_EXIT="ready"
    )
    stamps = {
        fields[0]: float(fields[1])
        for fields in (line.split() for line in again.stdout.splitlines())
        if fields and fields[0] in ("painted", "shown", "ready")
    }
    assert stamps["painted"] < stamps["shown"] < stamps["ready"]

    # The parts a freeze can lose; matplotlib's font cache stays in the user cache folder.
    checked = run_app(exe, home=home, SOCIALDESK_SELFTEST="1").stdout.splitlines()
    assert "numpy" in checked[0] and checked[0].endswith(" 251716502500.0")
    assert "glyphs missing 0" in checked
    assert any(line.startswith("printers ") for line in checked)
    # psycopg[binary] is a dev dependency, but only a team-mode build carries it.
    assert f"postgres driver {'binary' if WITH_POSTGRES else 'none'}" in checked
    assert f"matplotlib {version('matplotlib')} {home / 'cache' / 'matplotlib'}" in checked
    shipped = sorted(p.name for p in (ROOT / "app" / "migrations" / "versions").glob("*.py"))
    assert checked[-1].endswith(" ".join(shipped))
    assert list((home / "cache" / "matplotlib").glob("fontlist-*.json"))
    if sys.platform.startswith("linux") and Path("/usr/share/fonts/truetype/wqy").exists():
        assert "fonts wqy-microhei.ttc" in checked


@pytest.mark.slow
def test_one_folder_app(built: Path, tmp_path: Path, demo_from_source: dict[str, int]) -> None:
    folder = built / "SocialDesk"
    inside = folder / "_internal"
    assert (inside / "resources" / "i18n" / "socialdesk_zh_CN.qm").exists()
    assert (inside / "resources" / "icons" / "socialdesk.svg").exists()
    assert (inside / "app" / "migrations" / "env.py").exists()
    assert not [p for p in inside.rglob("*") if p.is_symlink() and not p.exists()]
    if sys.platform.startswith("linux"):
        for name in ("socialdesk.desktop", "install-linux.sh", "socialdesk.png"):
            assert (folder / name).exists()
        libs = {p.name for p in (inside / "PySide6" / "Qt" / "lib").iterdir()}
        assert "libQt6Svg.so.6" in libs
        assert not {"libQt6Network.so.6", "libQt6WaylandClient.so.6"} & libs
        assert not unresolved_libraries(inside)
    smoke(folder / "SocialDesk", tmp_path / "home", demo_from_source)


def unresolved_libraries(inside: Path) -> list[str]:
    """Bundled libraries whose dependencies ``ldd`` cannot find, as the app would load
    them: a check that trimming Qt left nothing out that a kept library links."""
    env = {**os.environ, "LD_LIBRARY_PATH": str(inside)}
    missing = []
    for lib in inside.rglob("*.so*"):
        if lib.is_symlink() or not lib.is_file():
            continue
        out = subprocess.run(["ldd", str(lib)], env=env, capture_output=True, text=True)
        missing += [
            f"{lib.name}: {line.strip()}" for line in out.stdout.splitlines() if "not found" in line
        ]
    return missing


@pytest.mark.slow
def test_one_file_app(built: Path, tmp_path: Path, demo_from_source: dict[str, int]) -> None:
    suffix = ".exe" if sys.platform == "win32" else ""
    smoke(built / f"SocialDesk-{__version__}{suffix}", tmp_path / "home", demo_from_source)
