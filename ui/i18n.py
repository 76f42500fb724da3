"""Interface language: Qt translators for our strings and Qt's own, and a CJK font."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app import paths

LANGUAGES = ("en", "zh_CN")
# Fonts known to render Simplified Chinese; the first one present is used as a fallback.
CJK_FAMILIES = (
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "SimHei",
)
_installed: list[QTranslator] = []


def resolve(choice: str) -> str:
    """Map "system" to the language the app speaks that is closest to the system's."""
    if choice in LANGUAGES:
        return choice
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install(app: QCoreApplication, choice: str) -> str:
    """Install the translators for ``choice``; returns the language now in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    lang = resolve(choice)
    if lang != "en":
        ours = QTranslator(app)
        if ours.load(str(paths.resources_dir() / "i18n" / f"socialdesk_{lang}.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{lang}", qt_dir):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese if lang == "zh_CN" else QLocale.Language.English)
    )
    return lang


def ensure_cjk_font(app: QApplication) -> str | None:
    """Make Chinese render without boxes: keep the UI font, fall back to a CJK family.

    A bundled font (resources/fonts) is registered when the system has none.
    """
    families = set(QFontDatabase.families())
    chosen = next((f for f in CJK_FAMILIES if f in families), None)
    if chosen is None:
        for font_file in sorted((paths.resources_dir() / "fonts").glob("*.tt[cf]")):
            font_id = QFontDatabase.addApplicationFont(str(font_file))
            if font_id >= 0:
                chosen = QFontDatabase.applicationFontFamilies(font_id)[0]
                break
    if chosen is not None:
        font = app.font()
        font.setFamilies([font.family(), chosen])
        app.setFont(font)
        QFont.insertSubstitution(font.family(), chosen)
    return chosen
