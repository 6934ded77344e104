"""Fonts, palette, style sheet, translations and icon: how the application looks.

Chinese first: the UI font is the first CJK family installed (Microsoft YaHei UI
on Windows office PCs; Noto Sans CJK or WenQuanYi on Linux), falling back to
Qt's default rather than failing.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QProxyStyle, QStyle

import govledger

CJK_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Noto Sans SC",
    "SimSun",
)
ACCENT = "#B01E23"  # 政务 red, used sparingly: the icon and focus accents

HINT_COLOUR = QColor("#5F6368")
HEADER_BACKGROUND = QColor("#F3F3F3")
HEADER_LINE = QColor("#DADADA")
ERROR_LABEL_STYLE = "color: #A4262C; background: #FBE3E4; padding: 6px; border-radius: 3px;"

# There is deliberately no application-wide style sheet: with one installed, Qt
# polishes every widget through its style-sheet engine, which made building the
# main window take twice as long. Looks are set per widget below, and the flat
# column headers are drawn by FlatHeaderStyle.


def _source_tree_dir(name: str) -> Path | None:
    """resources/ or translations/ beside the package in a source checkout."""
    candidate = Path(govledger.__file__).resolve().parent.parent / name
    return candidate if candidate.is_dir() else None


def translations_dirs() -> list[Path]:
    from govledger.paths import translations_dir

    dirs = [d for d in (_source_tree_dir("translations"),) if d is not None]
    with contextlib.suppress(ModuleNotFoundError, TypeError):
        dirs.append(translations_dir())
    return dirs


def icon_path(name: str = "govledger.svg") -> Path | None:
    candidates = []
    source = _source_tree_dir("resources")
    if source is not None:
        candidates.append(source / "icons" / name)
    try:
        from govledger.paths import resource

        candidates.append(Path(str(resource("icons", name))))
    except (ModuleNotFoundError, TypeError):
        pass
    return next((path for path in candidates if path.is_file()), None)


ICON_SIZES = (16, 32, 48, 256)  # rendered from govledger.svg by resources/icons/render_png.py


def app_icon() -> QIcon:
    """The window and taskbar icon, from PNGs: the SVG would load Qt's SVG plugin at start."""
    icon = QIcon()
    largest = icon_path(f"govledger-{ICON_SIZES[-1]}.png")
    if largest is not None:
        for size in ICON_SIZES:
            icon.addFile(str(largest.with_name(f"govledger-{size}.png")))
    return icon


def choose_language(setting: str) -> str:
    """'zh_CN' or 'en', by the rule the CLI follows too (messages.choose_language):
    GOVLEDGER_LANG, else the setting, else the system's; Chinese unless it is English."""
    from govledger.messages import choose_language as message_language

    return "zh_CN" if message_language(setting) == "zh" else "en"


# Qt's catalogues for its own strings (standard buttons, file dialog), best first.
# qt_zh_CN.qm only points to the per-module files and loads nothing without them.
QT_CATALOGUES = {"zh_CN": ("qtbase_zh_CN", "qt_zh_CN")}
# govledger's copy of the Qt strings its dialogs show (translations/make_qt_extra.py):
# PySide6-Essentials may ship no qtbase_zh_CN.qm, and then "Cancel" stays English.
QT_EXTRA = {"zh_CN": "qt_extra_zh_CN"}


def install_translations(
    app: QCoreApplication, language: str, qt_dir: str | None = None
) -> list[QTranslator]:
    """Load govledger_<language>.qm and Qt's own strings; keep the returned translators.

    qt_dir: where Qt's catalogues are (Qt's TranslationsPath; tests pass an empty folder
    to see an installation without them).
    """
    installed: list[QTranslator] = []

    def load(name: str, directories: list[str]) -> bool:
        for directory in directories:
            translator = QTranslator(app)
            if translator.load(name, directory):
                app.installTranslator(translator)
                installed.append(translator)
                return True
        return False

    ours = [str(directory) for directory in translations_dirs()]
    load(f"govledger_{language}", ours)
    if qt_dir is None:
        from PySide6.QtCore import QLibraryInfo

        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in QT_CATALOGUES.get(language, ()):
        if load(name, [qt_dir]):
            break
    if language in QT_EXTRA:
        # Installed last, so it is asked first: the same words as Qt's catalogue where
        # that exists, and the only Chinese for these dialogs where it does not.
        load(QT_EXTRA[language], ours)
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese if language == "zh_CN" else QLocale.Language.English)
    )
    return installed


def cjk_family() -> str | None:
    families = set(QFontDatabase.families())
    return next((family for family in CJK_FAMILIES if family in families), None)


class FlatHeaderStyle(QProxyStyle):
    """Fusion, with the flat grey column headers of an office table."""

    def drawControl(self, element, option, painter, widget=None) -> None:
        if element == QStyle.ControlElement.CE_HeaderSection:
            rect = option.rect
            painter.fillRect(rect, HEADER_BACKGROUND)
            painter.setPen(HEADER_LINE)
            painter.drawLine(rect.topRight(), rect.bottomRight())
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            return
        super().drawControl(element, option, painter, widget)


def style_title(label: QLabel, name: str = "panelTitle") -> None:
    """A panel's heading: larger and bold."""
    label.setObjectName(name)
    font = label.font()
    font.setPointSize(11)
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(2, 4, 2, 6)


def style_hint(label: QLabel, name: str = "hintLabel") -> None:
    """Secondary text (hints, paths): grey."""
    label.setObjectName(name)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, HINT_COLOUR)
    label.setPalette(palette)


def style_error(label: QLabel, name: str = "errorLabel") -> None:
    """An error shown in a dialog: red on pink. (A sheet on one label costs nothing.)"""
    label.setObjectName(name)
    label.setStyleSheet(ERROR_LABEL_STYLE)


def apply_appearance(app: QApplication) -> None:
    # Built from the style's name, so Qt alone owns the Fusion style inside it; the
    # application owns the proxy, and a reference is kept for Python's side too.
    style = FlatHeaderStyle("Fusion")
    app.setStyle(style)
    app._govledger_style = style
    family = cjk_family()
    font = QFont(family) if family else QGuiApplication.font()
    font.setPointSize(10)
    app.setFont(font)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#F5F5F5"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#F7F9FC"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#CCE4F7"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#000000"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#FFFFF0"))
    app.setPalette(palette)
    app.setWindowIcon(app_icon())
