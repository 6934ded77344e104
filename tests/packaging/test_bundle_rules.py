"""What govledger.spec puts in the bundle, checked without running PyInstaller."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

# ------------------------------------------------------------------ sources


def test_version_is_read_from_the_source_tree(rules, repo: Path) -> None:
    namespace: dict[str, str] = {}
    exec((repo / "govledger" / "__init__.py").read_text(encoding="utf-8"), namespace)
    assert rules.read_version(repo / "govledger" / "__init__.py") == namespace["__version__"]


def test_a_missing_version_is_an_error(rules, tmp_path: Path) -> None:
    init = tmp_path / "__init__.py"
    init.write_text('"""no version here"""\n', encoding="utf-8")
    with pytest.raises(ValueError, match="__version__"):
        rules.read_version(init)


def test_staging_reproduces_the_installed_package_layout(rules, repo: Path, tmp_path: Path) -> None:
    stage = rules.stage_sources(repo, tmp_path / "stage")
    package = stage / "govledger"
    assert (package / "cli.py").is_file()
    assert (package / "resources" / "__init__.py").is_file()
    assert (package / "resources" / "demo" / "jiangmen-hrss-2021.docx").is_file()
    assert (package / "resources" / "app" / "govledger.ico").is_file()
    assert (package / "translations" / "__init__.py").is_file()
    assert not list(package.rglob("*.ts")), "translation sources are not shipped"
    assert not list(package.rglob("__pycache__"))
    # Developer scripts beside the data are not shipped either.
    assert not list((package / "resources").rglob("*.sh"))
    assert [p.name for p in (package / "resources").rglob("*.py")] == ["__init__.py"]
    translations = {p.name for p in (package / "translations").iterdir()}
    assert translations == {"__init__.py"} | {p.name for p in (repo / "translations").glob("*.qm")}
    # Qt's own strings in Chinese, for installations without qtbase_zh_CN.qm (issue 21);
    # its generator script stays behind with the .ts sources.
    assert "qt_extra_zh_CN.qm" in translations and "make_qt_extra.py" not in translations

    modules = rules.package_modules(stage)
    for name in ("govledger", "govledger.cli", "govledger.exporters", "govledger.resources"):
        assert name in modules
    datas = rules.package_data(stage, ["govledger.resources", "govledger.translations"])
    assert (
        str(package / "resources" / "demo" / "jiangmen-hrss-2021.docx"),
        "govledger/resources/demo",
    ) in datas
    assert all(not source.endswith(".py") for source, _dest in datas)


def test_stray_scripts_are_not_modules(rules, tmp_path: Path) -> None:
    package = tmp_path / "govledger"
    (package / "tools").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "cli.py").write_text("", encoding="utf-8")
    (package / "tools" / "render.py").write_text("", encoding="utf-8")
    assert rules.package_modules(tmp_path) == ["govledger", "govledger.cli"]


def test_staging_replaces_an_old_stage(rules, repo: Path, tmp_path: Path) -> None:
    stale = tmp_path / "stage" / "govledger" / "removed_module.py"
    stale.parent.mkdir(parents=True)
    stale.write_text("", encoding="utf-8")
    rules.stage_sources(repo, tmp_path / "stage")
    assert not stale.exists()


def test_the_pinyin_table_is_shipped_without_its_generator(
    rules, repo: Path, tmp_path: Path
) -> None:
    # Unit lists sort by pinyin (issue 24): the frozen app needs the table, not pypinyin.
    stage = rules.stage_sources(repo, tmp_path / "stage")
    table = stage / "govledger" / "resources" / "pinyin" / "readings.txt"
    assert table.read_bytes() == (repo / "resources" / "pinyin" / "readings.txt").read_bytes()
    assert not (table.parent / "make_readings.py").exists()
    datas = rules.package_data(stage, ["govledger.resources"])
    assert (str(table), "govledger/resources/pinyin") in datas


# ------------------------------------------------------------------ Qt modules


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_qt_modules_are_found_in_every_import_style(rules, tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "a.py": "from PySide6.QtWidgets import QWidget\n",
            "b.py": "from PySide6 import (\n    QtGui,\n    QtSvg,\n)\n",
            "c.py": "import PySide6.QtPrintSupport\n",
        },
    )
    assert rules.used_qt_modules(root) == {"QtWidgets", "QtGui", "QtSvg", "QtPrintSupport"}


def test_a_guarded_import_of_an_absent_module_does_not_count(rules, tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "thumbs.py": "try:\n    from PySide6.QtPdf import QPdfDocument\nexcept ImportError:\n"
            "    QPdfDocument = None\nfrom PySide6.QtGui import QImage\n"
        },
    )
    used = rules.used_qt_modules(root, {"QtCore", "QtGui", "QtWidgets", "QtNetwork"})
    assert used == {"QtGui"}
    assert "PySide6.QtNetwork" in rules.excluded_qt_modules(used)


def test_installed_qt_modules(rules) -> None:
    assert {"QtCore", "QtGui", "QtWidgets"} <= rules.installed_qt_modules()


def test_optional_qt_modules_are_excluded_unless_used(rules) -> None:
    excluded = rules.excluded_qt_modules({"QtCore", "QtGui", "QtWidgets"})
    for name in ("QtPdf", "QtNetwork", "QtSql", "QtQuick", "QtQml", "QtWebEngineCore"):
        assert f"PySide6.{name}" in excluded
    for name in ("QtCore", "QtGui", "QtWidgets"):
        assert f"PySide6.{name}" not in excluded


def test_qtpdf_brings_what_it_needs(rules, tmp_path: Path) -> None:
    root = _tree(tmp_path, {"viewer.py": "from PySide6.QtPdfWidgets import QPdfView\n"})
    used = rules.used_qt_modules(root)
    assert {"QtPdfWidgets", "QtPdf", "QtNetwork", "QtWidgets"} <= used
    excluded = rules.excluded_qt_modules(used | {"QtCore", "QtGui"})
    assert "PySide6.QtPdf" not in excluded
    assert "PySide6.QtNetwork" not in excluded


# ------------------------------------------------------------------ Qt files

LINUX = "PySide6/Qt/plugins"
WINDOWS = "PySide6\\plugins"


@pytest.mark.parametrize(
    "dest",
    [
        f"{LINUX}/platforms/libqxcb.so",
        f"{LINUX}/platforms/libqoffscreen.so",
        f"{LINUX}/imageformats/libqjpeg.so",
        f"{LINUX}/imageformats/libqwebp.so",
        f"{LINUX}/iconengines/libqsvgicon.so",
        f"{LINUX}/platforminputcontexts/libibusplatforminputcontextplugin.so",
        f"{WINDOWS}\\platforms\\qwindows.dll",
        f"{WINDOWS}\\platforms\\qoffscreen.dll",
        f"{WINDOWS}\\styles\\qmodernwindowsstyle.dll",
        f"{WINDOWS}\\imageformats\\qico.dll",
        "PySide6\\Qt6Core.dll",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "lxml/etree.cpython-311-x86_64-linux-gnu.so",
    ],
)
def test_binaries_kept(rules, dest: str) -> None:
    assert rules.keep_binary(dest, {"QtCore", "QtGui", "QtWidgets"})


@pytest.mark.parametrize(
    "dest",
    [
        f"{LINUX}/platforms/libqwayland.so",
        f"{LINUX}/platforms/libqeglfs.so",
        f"{LINUX}/platforms/libqvnc.so",
        f"{LINUX}/platformthemes/libqgtk3.so",
        f"{LINUX}/wayland-shell-integration/libxdg-shell.so",
        f"{LINUX}/egldeviceintegrations/libqeglfs-kms-integration.so",
        f"{LINUX}/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        f"{LINUX}/tls/libqopensslbackend.so",
        f"{LINUX}/imageformats/libqpdf.so",
        f"{WINDOWS}\\platforminputcontexts\\qtvirtualkeyboardplugin.dll",
        f"{WINDOWS}\\generic\\qtuiotouchplugin.dll",
        f"{WINDOWS}\\platforms\\qdirect2d.dll",
        f"{WINDOWS}\\networkinformation\\qnetworklistmanager.dll",
        "PySide6\\opengl32sw.dll",
        "libcups.so.2",  # the system's own: the print plugin loads it from there
        "libdbus-1.so.3",  # the system's own: QtDBus loads it from there
    ],
)
def test_binaries_dropped(rules, dest: str) -> None:
    assert not rules.keep_binary(dest, {"QtCore", "QtGui", "QtWidgets"})


def test_network_and_pdf_plugins_stay_when_those_modules_are_used(rules) -> None:
    used = {"QtCore", "QtGui", "QtWidgets", "QtPdf", "QtNetwork"}
    assert rules.keep_binary(f"{LINUX}/tls/libqopensslbackend.so", used)
    assert rules.keep_binary(f"{WINDOWS}\\imageformats\\qpdf.dll", used)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6\\translations\\qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_zh_CN.qm", False),
        ("PySide6/Qt/translations/qt_help_zh_CN.qm", False),
        ("govledger/translations/govledger_zh_CN.qm", True),
        ("docx/templates/default.docx", True),
    ],
)
def test_translations_kept_only_for_chinese_and_english(rules, dest: str, kept: bool) -> None:
    assert rules.keep_data(dest) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("pdfminer/cmap/UniGB-UCS2-H.json.gz", True),
        ("pdfminer\\cmap\\to-unicode-Adobe-GB1.json.gz", True),
        ("pdfminer/cmap/UniCNS-UTF16-H.json.gz", True),
        ("pdfminer/cmap/ETen-B5-H.json.gz", True),
        ("pdfminer/cmap/UniJIS-UCS2-H.json.gz", False),
        ("pdfminer/cmap/KSC-EUC-H.json.gz", False),
        ("pdfminer/cmap/to-unicode-Adobe-Japan1.json.gz", False),
        ("pdfminer/cmap/H.json.gz", False),
    ],
)
def test_pdf_cmaps_kept_only_for_chinese(rules, dest: str, kept: bool) -> None:
    assert rules.keep_data(dest) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("opencc/clib/share/opencc/t2s.json", True),
        ("opencc\\clib\\share\\opencc\\TSPhrases.ocd2", True),
        ("opencc/clib/share/opencc/TSCharacters.ocd2", True),
        ("opencc/clib/share/opencc/STPhrases.ocd2", False),  # simplified → traditional
        ("opencc/clib/share/opencc/s2t.json", False),
        ("opencc/clib/include/opencc/Config.hpp", False),
        ("opencc/clib/lib64/libopencc.a", False),
        ("opencc/clib/bin/opencc", False),
    ],
)
def test_opencc_data_kept_only_for_traditional_to_simplified(rules, dest: str, kept: bool) -> None:
    assert rules.keep_data(dest) is kept


def test_opencc_t2s_config_names_only_kept_dictionaries(rules) -> None:
    """Every dictionary t2s.json names is kept (a newer OpenCC may name another)."""
    opencc = pytest.importorskip("opencc")
    config = Path(opencc.__file__).parent / "clib" / "share" / "opencc" / "t2s.json"
    named = set(re.findall(r'"file"\s*:\s*"([^"]+)"', config.read_text(encoding="utf-8")))
    assert named
    assert named | {"t2s.json"} <= rules.OPENCC_T2S_FILES


def test_only_libraries_that_dropped_plugins_alone_needed_are_orphaned(rules) -> None:
    imports = {
        "/qt/plugins/vkb.so": {"libqt6quick.so.6", "libqt6core.so.6"},
        "/qt/lib/libQt6Quick.so.6": {"libqt6qml.so.6", "libqt6core.so.6"},
        "/qt/lib/libQt6Qml.so.6": {"libqt6core.so.6"},
        "/qt/lib/libQt6Core.so.6": set(),
        "/qt/plugins/xcb.so": {"libqt6core.so.6"},
        "/sys/libssl.so.3": set(),  # loaded by name at run time, imported by nothing
    }
    kept = [
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/qt/lib/libQt6Quick.so.6", "BINARY"),
        ("libQt6Quick.so.6", "/qt/lib/libQt6Quick.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Qml.so.6", "/qt/lib/libQt6Qml.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/qt/lib/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/xcb.so", "/qt/plugins/xcb.so", "BINARY"),
        ("libssl.so.3", "/sys/libssl.so.3", "BINARY"),
    ]
    dropped = [("PySide6/Qt/plugins/platforminputcontexts/vkb.so", "/qt/plugins/vkb.so", "BINARY")]
    orphans = rules.orphaned_libraries(kept, dropped, lambda src: imports.get(src, set()))
    assert sorted(dest for dest, _src, _kind in orphans) == [
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "libQt6Quick.so.6",
    ]


def test_the_system_cups_client_takes_only_what_nothing_else_needs_with_it(rules) -> None:
    imports = {  # direct imports, as elf_needed gives them
        "/qt/plugins/cups.so": {"libcups.so.2", "libqt6core.so.6", "libz.so.1"},
        "/sys/libcups.so.2": {"libgnutls.so.30", "libz.so.1"},
        "/sys/libgnutls.so.30": {"libnettle.so.8"},
        "/sys/libnettle.so.8": set(),
        "/sys/libz.so.1": set(),
        "/qt/lib/libQt6Core.so.6": {"libz.so.1"},
    }
    entries = [
        ("PySide6/Qt/plugins/printsupport/cups.so", "/qt/plugins/cups.so", "BINARY"),
        ("libcups.so.2", "/sys/libcups.so.2", "BINARY"),
        ("libgnutls.so.30", "/sys/libgnutls.so.30", "BINARY"),
        ("libnettle.so.8", "/sys/libnettle.so.8", "BINARY"),
        ("libz.so.1", "/sys/libz.so.1", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/qt/lib/libQt6Core.so.6", "BINARY"),
    ]
    used = {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"}
    kept = [entry for entry in entries if rules.keep_binary(entry[0], used)]
    dropped = [entry for entry in entries if entry not in kept]
    assert [dest for dest, _src, _kind in dropped] == ["libcups.so.2"]
    orphans = rules.orphaned_libraries(kept, dropped, lambda src: imports.get(src, set()))
    assert sorted(dest for dest, _src, _kind in orphans) == ["libgnutls.so.30", "libnettle.so.8"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF files are Linux's")
def test_elf_needed_names_a_library_s_direct_imports_only(rules, tmp_path: Path) -> None:
    import _sqlite3

    needed = rules.elf_needed(_sqlite3.__file__)
    assert "libc.so.6" in needed or "libpthread.so.0" in needed
    assert all("/" not in name and name == name.lower() for name in needed)
    # what libc itself loads (the dynamic loader) is not the extension's own import
    assert not any(name.startswith("ld-linux") for name in needed)
    text = tmp_path / "not-a-library.so"
    text.write_text("plain text", encoding="utf-8")
    assert rules.elf_needed(str(text)) == set()


def test_links_to_removed_libraries_go_with_them(rules) -> None:
    entries = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/site/PySide6/Qt/lib/libQt6Core.so.6", "BINARY"),
    ]
    kept = rules.without_dangling_symlinks(entries, {"PySide6/Qt/lib/libQt6Core.so.6"})
    assert [dest for dest, _src, _kind in kept] == [
        "libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
    ]


# ------------------------------------------------------------------ Windows version resource


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("2026.3.15", (2026, 3, 15, 0)),
        ("1.0.0rc2", (1, 0, 0, 0)),
    ],
)
def test_windows_version_numbers(rules, version: str, numbers: tuple[int, ...]) -> None:
    assert rules.windows_version(version) == numbers


def _versioninfo(monkeypatch: pytest.MonkeyPatch):
    """PyInstaller's version-resource module, also off Windows.

    It imports win32api only to write the resource into an .exe; reading the text
    file and packing the resource (what a bad file would break) are plain Python.
    """
    import PyInstaller.compat

    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    from PyInstaller.utils.win32 import versioninfo

    return versioninfo


def test_version_resource_compiles_as_pyinstaller_writes_it(
    rules, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    versioninfo = _versioninfo(monkeypatch)
    path = tmp_path / "version_info.txt"
    path.write_text(
        rules.version_info_text("1.2.3rc1", "govledger.exe", "政务公开工作要点台账"), "utf-8"
    )
    info = versioninfo.load_version_info_from_text_file(str(path))
    assert info.ffi.fileVersionMS == (1 << 16) | 2
    assert info.ffi.fileVersionLS == 3 << 16
    raw = info.toRaw()
    # The Chinese description is stored as UTF-16, as Explorer reads it.
    assert "政务公开工作要点台账".encode("utf-16-le") in raw
    assert "1.2.3rc1".encode("utf-16-le") in raw


def test_version_command_line_for_the_windows_script(rules, repo: Path) -> None:
    import subprocess
    import sys

    script = repo / "build" / "bundle_rules.py"
    run = [sys.executable, str(script)]
    version = subprocess.run([*run, "version"], capture_output=True, text=True, check=True)
    numeric = subprocess.run([*run, "windows-version"], capture_output=True, text=True, check=True)
    expected = rules.read_version(repo / "govledger" / "__init__.py")
    assert version.stdout.strip() == expected
    assert numeric.stdout.strip() == ".".join(map(str, rules.windows_version(expected)))
