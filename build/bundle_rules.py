"""What goes into the frozen govledger bundle: the rules govledger.spec applies.

Kept apart from the spec so tests can check them without running PyInstaller
(tests/packaging/test_bundle_rules.py). Nothing here imports govledger: the build
must describe the source tree it is given, not whichever govledger is installed.
"""

from __future__ import annotations

import ast
import importlib.machinery
import importlib.util
import re
import shutil
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path

# ------------------------------------------------------------------ sources


def read_version(init_py: Path) -> str:
    """``__version__`` from govledger/__init__.py, read without importing the package."""
    tree = ast.parse(init_py.read_text(encoding="utf-8"))
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    raise ValueError(f"no __version__ = '...' in {init_py}")


def stage_sources(repo: Path, stage: Path) -> Path:
    """Lay the sources out as they are installed and return the folder to analyse.

    pyproject.toml maps the top-level resources/ and translations/ folders to the
    packages govledger.resources and govledger.translations. PyInstaller analyses
    folders, not setuptools mappings, so the mapping is reproduced here; the bundle
    then holds both as real packages with their files beside them, which is what
    importlib.resources (govledger/paths.py) needs when frozen. Developer scripts
    kept beside the data (an icon renderer, update.sh, the .ts sources) stay out.
    """
    if stage.exists():
        shutil.rmtree(stage)
    package = stage / "govledger"
    shutil.copytree(repo / "govledger", package, ignore=_noise)
    shutil.copytree(repo / "resources", package / "resources", ignore=_data_only)
    shutil.copytree(repo / "translations", package / "translations", ignore=_catalogues_only)
    return stage


def _noise(folder: str, names: list[str]) -> set[str]:
    return {n for n in names if n == "__pycache__" or n.endswith((".pyc", ".pyo"))}


def _data_only(folder: str, names: list[str]) -> set[str]:
    """Data files, and the package's own __init__.py; no scripts."""
    return _noise(folder, names) | {
        n
        for n in names
        if n.endswith((".py", ".sh")) and not (n == "__init__.py" and _is_package_root(folder))
    }


def _catalogues_only(folder: str, names: list[str]) -> set[str]:
    """Compiled .qm catalogues are all Qt reads at run time."""
    return {n for n in names if n != "__init__.py" and not n.endswith(".qm")}


def _is_package_root(folder: str) -> bool:
    return Path(folder).name in ("resources", "translations")


def package_modules(stage: Path, package: str = "govledger") -> list[str]:
    """Every module of the staged package, as hidden imports.

    Some are imported by name at run time (govledger.exporters loads its format
    modules with import_module), which PyInstaller's import scan cannot see.
    Only folders with an __init__.py count: a stray script is not a module.
    """
    modules = []
    for path in sorted((stage / package).rglob("*.py")):
        if not _in_packages(path.parent, stage):
            continue
        parts = path.relative_to(stage).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules.append(".".join(parts))
    return modules


def _in_packages(folder: Path, stage: Path) -> bool:
    while folder != stage:
        if not (folder / "__init__.py").is_file():
            return False
        folder = folder.parent
    return True


def package_data(stage: Path, packages: Iterable[str]) -> list[tuple[str, str]]:
    """(source file, destination folder) for every non-Python file of the packages."""
    datas = []
    for name in packages:
        root = stage.joinpath(*name.split("."))
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix not in (".py", ".pyc"):
                dest = path.parent.relative_to(stage).as_posix()
                datas.append((str(path), dest))
    return datas


# ------------------------------------------------------------------ the server driver

# govledger/store/server_database.py imports the database driver by name (a vendor's
# psycopg-compatible driver can replace it), so the analysis cannot see it. psycopg
# finds its binary implementation (psycopg_binary: libpq with its own TLS libraries)
# by name too; pyinstaller-hooks-contrib's hook for it adds psycopg_binary._uuid.
SERVER_DRIVER_MODULES = ["psycopg", "psycopg_binary"]


# ------------------------------------------------------------------ Qt modules

# The toolkit itself, bundled whatever the code imports.
QT_BASE = ("QtCore", "QtGui", "QtWidgets")

# Never needed by a Qt Widgets desktop application; excluded even if some library
# happens to import them, because each pulls in tens of MB of Qt libraries.
QT_NEVER = [
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAxContainer",
    "QtBluetooth",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDBus",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLabsStyleKit",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPositioning",
    "QtQml",
    "QtQmlFeatures",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtStateMachine",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
]

# Excluded unless govledger's own code imports them (or a module it imports needs them).
QT_IF_USED = (
    "QtNetwork",
    "QtPdf",
    "QtPdfWidgets",
    "QtPrintSupport",
    "QtSql",
    "QtSvg",
    "QtSvgWidgets",
    "QtXml",
)

# Python-level dependencies between the optional modules: importing the key
# imports the values, so excluding a value would break the key at run time.
# (PySide6's QtPdf is generated against QtNetwork's type system; keep it with QtPdf.)
QT_NEEDS = {
    "QtPdfWidgets": ("QtPdf", "QtWidgets"),
    "QtPdf": ("QtNetwork",),
    "QtSvgWidgets": ("QtSvg", "QtWidgets"),
    "QtPrintSupport": ("QtWidgets",),
}

_QT_IMPORT = re.compile(
    r"PySide6\.(Qt\w+)|from\s+PySide6\s+import\s+\(?([\w\s,]+)\)?", re.MULTILINE
)


def installed_qt_modules() -> set[str]:
    """The PySide6 modules the build Python has (Essentials, plus Addons if installed)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return set()
    found = set()
    for folder in spec.submodule_search_locations:
        for path in Path(folder).glob("Qt*"):
            if path.name.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)):
                found.add(path.name.split(".")[0])
    return found


def used_qt_modules(source_root: Path, installed: set[str] | None = None) -> set[str]:
    """The PySide6 modules the sources import, with the modules they need.

    With ``installed``, a module the build Python lacks does not count: the code
    imports it in a ``try`` (QtPdf comes with PySide6-Addons only) and copes without.
    """
    used: set[str] = set()
    for path in source_root.rglob("*.py"):
        for dotted, imported in _QT_IMPORT.findall(path.read_text(encoding="utf-8")):
            if dotted:
                used.add(dotted)
            for name in re.split(r"[\s,]+", imported):
                if name.startswith("Qt"):
                    used.add(name)
    if installed is not None:
        used &= installed
    pending = list(used)
    while pending:
        for needed in QT_NEEDS.get(pending.pop(), ()):
            if needed not in used:
                used.add(needed)
                pending.append(needed)
    return used


def excluded_qt_modules(used: set[str]) -> list[str]:
    names = set(QT_NEVER) | {m for m in QT_IF_USED if m not in used}
    return sorted(f"PySide6.{name}" for name in names - used)


# Pure-Python packages that optional imports would drag in (numpy alone is ~40 MB:
# openpyxl, Pillow and sqlite-utils all try it) plus test and build tooling.
PYTHON_EXCLUDES = [
    "IPython",
    "PIL.ImageQt",  # would pull a second Qt binding in
    "PIL.ImageTk",
    "PIL._avif",  # AVIF codecs, 5 MB; Pillow treats AVIF as unsupported without it
    # reportlab imports Pillow but govledger never puts a raster image through it
    # (thumbnails are Qt's and PDFium's): its WebP and colour-management codecs can go.
    "PIL._webp",
    # Text drawn with FreeType (2.6 MB with HarfBuzz and Brotli): govledger draws no text
    # through Pillow, reportlab and Qt lay out their own; ImageFont degrades without it.
    "PIL._imagingft",
    "PIL._imagingcms",
    "lxml.isoschematron",  # lxml.etree and lxml.html are all python-docx, openpyxl, importers use
    "lxml.objectify",
    "lxml.html.diff",  # HTML diffing, 0.9 MB with its compiled difflib
    "lxml.html._difflib",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "_pytest",
    # hashlib falls back to Python's own SHA-256 and MD5. (Python's ssl stays: psycopg's
    # binary libpq imports it, and a server ledger may be reached over TLS.)
    "_hashlib",
    "matplotlib",
    "numpy",
    "pandas",
    "pip",
    "pytest",
    "pytestqt",
    "readline",  # an interactive prompt's line editing; with it went libreadline and libtinfo
    "scipy",
    "setuptools",
    "sqlite_dump",  # sqlite-utils' optional iterdump; Python's own is used
    "tkinter",
    "_tkinter",
    "yaml",
]


# ------------------------------------------------------------------ Qt files

# Plugin folders not wanted at all: embedded-Linux input and display back ends and
# Wayland client integrations (X11/XWayland and offscreen cover Linux here; the
# target is Windows), QML tooling.
_PLUGIN_TYPES_DROPPED = {
    "egldeviceintegrations",
    "generic",
    "qmltooling",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
}
# Plugin folders that belong to an optional Qt module.
_PLUGIN_TYPES_OF = {
    "bearer": "QtNetwork",
    "networkaccess": "QtNetwork",
    "networkinformation": "QtNetwork",
    "tls": "QtNetwork",
    "sqldrivers": "QtSql",
}
# Display back ends kept: the desktop ones, plus offscreen/minimal for screenshots
# and tests without a display.
_PLATFORMS_KEPT = {"qwindows", "qxcb", "qcocoa", "qoffscreen", "qminimal"}
# Image formats nobody attaches as evidence; webp, tiff, gif, jpeg, svg, ico stay.
_IMAGEFORMATS_DROPPED = {"qicns", "qtga", "qwbmp"}
# The on-screen keyboard for touch kiosks is written in Qt Quick: it alone would
# pull QtQuick, QtQml and QtNetwork (16 MB) into a desktop Widgets application.
_INPUTCONTEXTS_DROPPED = {"qtvirtualkeyboardplugin"}
# The GTK theme plugin would need the system's GTK 3 next to bundled copies of its
# libraries (cairo, pango…) from the build machine: a crash risk, and 10 MB.
_PLATFORMTHEMES_DROPPED = {"qgtk3"}

# Linux: the clients of the desktop's own services, CUPS (printing) and D-Bus (input
# methods, the accessibility bus, portals), are the system's. Every desktop has them
# (the README lists libdbus-1-3 among the packages Qt needs), and they must match the
# services running there; bundled copies would bring the build machine's GnuTLS,
# Kerberos, Avahi, systemd and libgcrypt with them (12 MB). The plugins and QtDBus stay
# and load the system's libraries; what only these two needed goes as orphans.
_SYSTEM_LIBRARIES = {"libcups.so.2", "libdbus-1.so.3"}

# Windows: Mesa's software OpenGL (20 MB). Qt Widgets paint with the raster engine
# and govledger uses no OpenGL, QML or Qt Quick, so nothing loads it.
_BINARIES_DROPPED = {"opengl32sw.dll"}


def _posix(dest: str) -> str:
    return dest.replace("\\", "/")


def plugin_of(dest: str) -> tuple[str, str] | None:
    """(plugin type, plugin stem) for a Qt plugin's destination path, else None."""
    parts = _posix(dest).split("/")
    if "PySide6" not in parts or "plugins" not in parts:
        return None
    at = parts.index("plugins")
    if len(parts) < at + 3:
        return None
    stem = parts[-1].split(".")[0]
    if stem.startswith("lib"):
        stem = stem[3:]
    return parts[at + 1], stem


def keep_binary(dest: str, used_qt: set[str]) -> bool:
    """Whether a collected binary (by its destination in the bundle) is kept."""
    if _basename(dest) in _BINARIES_DROPPED | _SYSTEM_LIBRARIES:
        return False
    plugin = plugin_of(dest)
    if plugin is None:
        return True
    kind, stem = plugin
    if kind in _PLUGIN_TYPES_DROPPED or kind.startswith("wayland"):
        return False
    if kind in _PLUGIN_TYPES_OF:
        return _PLUGIN_TYPES_OF[kind] in used_qt
    if kind == "platforms":
        return stem in _PLATFORMS_KEPT
    if kind == "imageformats":
        if stem == "qpdf":
            return "QtPdf" in used_qt
        return stem not in _IMAGEFORMATS_DROPPED
    if kind == "platforminputcontexts":
        return stem not in _INPUTCONTEXTS_DROPPED
    if kind == "platformthemes":
        return stem not in _PLATFORMTHEMES_DROPPED
    return True


# Qt's own catalogue for standard buttons and dialogs, Simplified Chinese and English:
# load it as "qtbase_zh_CN" from QLibraryInfo's TranslationsPath. (The qt_zh_CN.qm
# meta-catalogue is not kept: it refuses to load without every Qt module's catalogue.)
_QT_CATALOGUE = re.compile(r"^qtbase_(zh_CN|en)\.qm$")


# pdfminer's CMaps for PDFs whose CJK fonts are not embedded: the Chinese ones (GB for
# simplified, CNS/Big5/HKSCS for traditional) are kept; Japanese and Korean (3.4 MB)
# would only ever turn a Chinese plan's text into the wrong characters.
_CHINESE_CMAP = re.compile(r"(GB|CNS|B5|ETen|HK)")


# OpenCC (traditional characters in plan tables): the app converts traditional to
# simplified only, so its t2s configuration and the dictionaries that names are kept;
# the C++ headers, static libraries and command-line tools the wheel also ships
# (PyInstaller's hook collects them as data) are not.
OPENCC_T2S_FILES = {
    "t2s.json",
    "TSPhrases.ocd2",
    "TSCharacters.ocd2",
    "TSCharactersExt.ocd2",
    "CJK_Compatibility_Ideographs.ocd2",
}


def keep_data(dest: str) -> bool:
    """Whether a collected data file is kept: Qt translations only for zh_CN and en,
    pdfminer's CMaps only for Chinese, OpenCC's data only for t2s."""
    parts = _posix(dest).split("/")
    if parts[:2] == ["opencc", "clib"]:
        return parts[2:4] == ["share", "opencc"] and parts[-1] in OPENCC_T2S_FILES
    if "PySide6" in parts and "translations" in parts and parts[-1].endswith(".qm"):
        return bool(_QT_CATALOGUE.match(parts[-1]))
    if parts[-2:-1] == ["cmap"] and "pdfminer" in parts and parts[-1].endswith(".json.gz"):
        return bool(_CHINESE_CMAP.search(parts[-1]))
    return True


def orphaned_libraries(
    kept: list[tuple[str, str, str]],
    dropped: list[tuple[str, str, str]],
    imports_of: Callable[[str], set[str]],
) -> list[tuple[str, str, str]]:
    """Kept entries that only the dropped binaries needed (found transitively).

    A library counts as orphaned only if a dropped binary imported it and no kept
    binary does: libraries collected for any other reason (a hook, or loaded by
    name at run time) are never touched. ``imports_of`` maps a source file to the
    lower-case base names it links against.
    """
    candidates = {name for _, src, _ in dropped for name in imports_of(src)}
    orphans: list[tuple[str, str, str]] = []
    remaining = list(kept)
    while True:
        needed = {
            name
            for _, src, kind in remaining
            if kind in ("BINARY", "EXTENSION")
            for name in imports_of(src)
        }
        found = [
            entry
            for entry in remaining
            if _basename(entry[0]) in candidates and _basename(entry[0]) not in needed
        ]
        if not found:
            return orphans
        orphans += found
        remaining = [entry for entry in remaining if entry not in found]
        candidates |= {name for _, src, _ in found for name in imports_of(src)}


def elf_needed(path: str) -> set[str]:
    """The libraries an ELF file names itself (DT_NEEDED), lower-case, without paths.

    orphaned_libraries needs direct imports: PyInstaller's Linux analysis (ldd) gives
    every library loaded with a file, so the print plugin would seem to need GnuTLS
    itself once the system's libcups (which does) is left out. PyInstaller needs
    binutils' objdump on Linux anyway. A file objdump cannot read imports nothing.
    """
    result = subprocess.run(
        ["objdump", "-p", path], capture_output=True, text=True, errors="replace", check=False
    )
    if result.returncode != 0:
        return set()
    return {
        line.split()[1].lower()
        for line in result.stdout.splitlines()
        if line.split()[:1] == ["NEEDED"] and len(line.split()) == 2
    }


def without_dangling_symlinks(
    entries: list[tuple[str, str, str]], bundled: set[str]
) -> list[tuple[str, str, str]]:
    """Drop SYMLINK entries whose target (a path inside the bundle) is no longer bundled.

    PyInstaller links a library's top-level name to its copy in the package folder
    (libQt6Core.so.6 -> PySide6/Qt/lib/libQt6Core.so.6); removing the copy must
    remove the link too.
    """
    targets = {_posix(dest) for dest in bundled}
    return [
        (dest, src, kind)
        for dest, src, kind in entries
        if kind != "SYMLINK" or _posix(src) in targets
    ]


def _basename(dest: str) -> str:
    return _posix(dest).rsplit("/", 1)[-1].lower()


# ------------------------------------------------------------------ Windows version resource


def windows_version(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' / '1.2' / '1.2.3rc1' -> (1, 2, 3, 0): the numeric form Windows shows."""
    match = re.match(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?", version)
    if not match:
        raise ValueError(f"version {version!r} does not start with a number")
    major, minor, patch = (int(part or 0) for part in match.groups())
    return major, minor, patch, 0


def version_info_text(version: str, file_name: str, description: str) -> str:
    """A PyInstaller version file (VSVersionInfo) for one executable of the bundle."""
    numbers = windows_version(version)
    strings = {
        "CompanyName": "govledger",
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": file_name.rsplit(".", 1)[0],
        "LegalCopyright": "MIT License",
        "OriginalFilename": file_name,
        "ProductName": "govledger 政务公开工作要点台账",
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    # 0x0804 = Chinese (PRC), 1200 = UTF-16: Explorer shows the Chinese strings as written.
    return f"""# -*- coding: utf-8 -*-
# Generated by build/bundle_rules.py for govledger {version}; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3F,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0),
  ),
  kids=[
    StringFileInfo([
      StringTable('080404B0', [
{table},
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])]),
  ],
)
"""


# ------------------------------------------------------------------ command line

if __name__ == "__main__":
    # For build_windows.ps1, which needs the version without importing govledger:
    #   python build/bundle_rules.py version           -> 0.1.0
    #   python build/bundle_rules.py windows-version   -> 0.1.0.0
    import sys

    found = read_version(Path(__file__).resolve().parent.parent / "govledger" / "__init__.py")
    if sys.argv[1:] == ["version"]:
        print(found)
    elif sys.argv[1:] == ["windows-version"]:
        print(".".join(str(n) for n in windows_version(found)))
    else:
        sys.exit("usage: bundle_rules.py version|windows-version")
