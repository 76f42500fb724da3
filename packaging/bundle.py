"""What goes into the frozen app: rules used by build.spec, kept here so tests can check
them without a build.

Loaded by path (``runpy.run_path``), never imported as ``packaging.bundle``: this folder
has no ``__init__.py`` so it cannot shadow the PyPI ``packaging`` library.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

HERE = Path(__file__).resolve().parent
Toc = list[tuple[str, str, str]]  # PyInstaller's (name in the bundle, source, typecode)

# Qt libraries only the plugins and modules we leave out need. The names match Linux
# (libQt6Network.so.6), Windows (Qt6Network.dll) and macOS (QtNetwork.framework/...).
_UNUSED_QT_LIBS = (
    "Network|OpenGL|OpenGLWidgets|Pdf|PdfWidgets|Qml|QmlModels|QmlMeta|QmlWorkerScript|"
    "Quick|QuickWidgets|QuickTemplates2|QuickControls2|VirtualKeyboard|VirtualKeyboardQml|"
    "WaylandClient|WaylandEglClientHwIntegration|WlShellIntegration|"
    "EglFSDeviceIntegration|EglFsKmsSupport|EglFsKmsGbmSupport|Sql|Test|Xml|Concurrent"
)
_UNUSED_QT_LIB = re.compile(rf"^(lib)?Qt6?({_UNUSED_QT_LIBS})([._]|$)")
# Plugin folders no desktop session of ours loads: embedded input and EGL devices,
# network reachability, TLS, Wayland (X11 and XWayland are used on Linux), QML tooling.
_UNUSED_PLUGIN_DIRS = {
    "egldeviceintegrations",
    "generic",
    "networkinformation",
    "tls",
    "qmltooling",
    "sqldrivers",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-graphics-integration-server",
    "wayland-shell-integration",
}
# Single plugins: platforms for embedded devices and Wayland, the GTK3 theme (it drags in
# GTK, cairo and pango), the virtual keyboard (it drags in QtQuick and QML), image formats
# the app never reads, and Windows' software OpenGL renderer (opengl32sw.dll, about
# 20 MB in the Windows wheels; widgets paint without OpenGL).
_UNUSED_PLUGIN = re.compile(
    r"^(lib)?q?("
    r"eglfs|linuxfb|minimalegl|vkkhrdisplay|vnc|wayland[-\w]*|direct2d|"
    r"gtk3|qtvirtualkeyboardplugin|virtualkeyboard|"
    r"pdf|tiff|tga|wbmp"
    r")\.(so|dll|dylib)$"
)


def unused_qt_file(dest: str) -> bool:
    """True for a bundled Qt library, plugin or resource the app never loads.

    ``excludes`` only keeps Python modules out: Qt plugins, and the libraries they pull
    in, are collected by PyInstaller's Qt hooks regardless, so they are filtered here.
    """
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if not parts or parts[0] != "PySide6":
        return False
    name = parts[-1]
    if name == "opengl32sw.dll":
        return True
    if "plugins" in parts:
        folder = parts[parts.index("plugins") + 1]  # plugins/<folder>/<plugin>
        return folder in _UNUSED_PLUGIN_DIRS or bool(_UNUSED_PLUGIN.match(name))
    return any(_UNUSED_QT_LIB.match(p) for p in parts[1:])


# matplotlib's data the app never reads. Charts draw with DejaVu Sans (and the CJK font
# as fallback) through Agg: the other fonts (STIX and Computer Modern for mathtext,
# DejaVu Serif, the Type 1 metrics of the PDF/PS backends), the sample data of the docs
# and the web backend's JavaScript stay out. Kept: DejaVuSans*.ttf, the Last Resort font
# matplotlib falls back on, the licences, matplotlibrc, styles and toolbar images.
_KEPT_MPL_FONT = re.compile(r"^(DejaVuSans.*\.ttf|LastResortHE-Regular\.ttf|LICENSE.*)$")
_UNUSED_MPL_DATA = {"sample_data", "plot_directive", "kpsewhich.lua"}


def unused_matplotlib_file(dest: str) -> bool:
    """True for matplotlib data or web assets the app's Agg/QtAgg charts never load."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if not parts or parts[0] not in {"matplotlib", "mpl_toolkits"}:
        return False
    if "tests" in parts or "web_backend" in parts:
        return True
    if "mpl-data" not in parts:
        return False
    inside = parts[parts.index("mpl-data") + 1 :]
    if not inside:
        return False
    if inside[0] in _UNUSED_MPL_DATA:
        return True
    if inside[0] == "fonts":
        return len(inside) < 2 or inside[1] != "ttf" or not _KEPT_MPL_FONT.match(inside[-1])
    return False


def without_unused(binaries: Toc, unused: Callable[[str], bool]) -> Toc:
    """``binaries`` without the entries ``unused`` names, nor the libraries that only
    those entries linked (the GTK3 theme alone brings GTK, cairo and pango along).

    A library stays when anything kept still links it, directly or through another kept
    library; Python extensions and Qt plugins are loaded by name, so they are never
    dropped for lack of a user.
    """
    from PyInstaller.depend.bindepend import get_imports

    def links(entry: tuple[str, str, str]) -> set[str]:
        if entry[2] not in {"BINARY", "EXTENSION"}:
            return set()  # SYMLINK entries name a file inside the bundle
        return {Path(name).name for name, _path in get_imports(entry[1])}

    removed = [e for e in binaries if unused(e[0])]
    kept = [e for e in binaries if not unused(e[0])]
    pulled_in = set().union(*(links(e) for e in removed))
    candidates = {
        e
        for e in kept
        if Path(e[0]).name in pulled_in and e[2] != "EXTENSION" and "plugins" not in e[0]
    }
    needed: set[str] = set()
    todo = [e for e in kept if e not in candidates]
    while todo:
        for name in links(todo.pop()) - needed:
            needed.add(name)
            todo.extend(e for e in candidates if Path(e[0]).name == name)
    return [e for e in kept if e not in candidates or Path(e[0]).name in needed]


def without_dangling_links(toc: Toc, present: set[str]) -> Toc:
    """``toc`` without the links PyInstaller made beside the executable
    (libQt6Network.so.6 -> PySide6/Qt/lib/...) to files no longer in ``present``."""
    return [e for e in toc if e[2] != "SYMLINK" or e[1] in present]


def unused_qt_translation(dest: str, languages: Iterable[str]) -> bool:
    """True for Qt's own translations (qtbase_de.qm, assistant_fr.qm, ...) of tools or
    languages the app does not speak; ui.i18n loads only qtbase_<lang>.qm."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if not parts or parts[0] != "PySide6" or "translations" not in parts:
        return False
    wanted = {f"{prefix}_{lang}.qm" for lang in languages for prefix in ("qt", "qtbase")}
    return parts[-1] not in wanted


def app_languages(i18n_dir: Path) -> list[str]:
    """Languages with a translation source (``socialdesk_zh_CN.ts`` -> ``zh_CN``);
    Simplified Chinese always, as the app offers it even before its .ts exists."""
    found = {ts.stem.removeprefix("socialdesk_") for ts in i18n_dir.glob("socialdesk_*.ts")}
    return sorted(found | {"zh_CN"})


def version_info_text(version: str, template: Path = HERE / "version_info.txt") -> str:
    """The Windows version resource for ``version`` ("1.2.3"), from the template."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    return (
        template.read_text(encoding="utf-8")
        .replace("{version_tuple}", repr(tuple(numbers)))
        .replace("{version}", version)
    )


def strip_debug_info(binaries: Toc, workdir: Path) -> Toc:
    """Copies of the Linux binaries that carry debug sections or a full symbol table,
    without them.

    ``strip --strip-unneeded`` drops the debug sections and the static symbol table (the
    symbols other libraries link against, in ``.dynsym``, stay), as distributions strip
    their shared libraries; never from the libraries auditwheel vendored into ``*.libs``
    folders: a full strip, or any strip of those patched files, breaks numpy's OpenBLAS.
    On this machine it saves about 40 MB (libpython alone drops from 23 MB to 5 MB; the
    symbol tables of ICU, numpy's and matplotlib's extensions another 5 MB). A no-op
    without binutils' ``strip``.
    """
    strip = shutil.which("strip")
    if strip is None:
        return binaries
    result = []
    for dest, src, typecode in binaries:
        source = Path(src)
        if (
            typecode in {"BINARY", "EXTENSION"}
            and not any(p.endswith(".libs") for p in source.parts)
            and _has_symbols(source)
        ):
            target = workdir / dest
            if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
                target.parent.mkdir(parents=True, exist_ok=True)
                cmd = [strip, "--strip-unneeded", "-o", str(target), src]
                subprocess.run(cmd, check=True)
            src = str(target)
        result.append((dest, src, typecode))
    return result


def _has_symbols(path: Path) -> bool:
    """True for an ELF file with debug sections or a static symbol table."""
    with path.open("rb") as f:
        if f.read(4) != b"\x7fELF":
            return False
    # Section names live in a string table near the end; a read of the whole file is
    # simpler than parsing ELF and costs well under a second for the whole bundle.
    data = path.read_bytes()
    return b".debug_info" in data or b"\x00.symtab\x00" in data
