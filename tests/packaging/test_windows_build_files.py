"""The Windows build files cannot run here; check what can be checked without Windows.

build_windows.ps1 and govledger.iss are exercised only on a Windows machine, so
these tests pin the properties a mistake would silently break: the script stops on
every failed step, the installer keeps user data and its AppId, the defines the
script passes are the ones the installer reads, and the pinned versions satisfy
pyproject.toml.
"""

from __future__ import annotations

import re
import subprocess
import tomllib

import pytest
from packaging.requirements import Requirement
from PIL import Image

from tests.packaging.conftest import REPO

PS1 = REPO / "build" / "build_windows.ps1"
ISS = REPO / "build" / "govledger.iss"
PINS = REPO / "build" / "requirements-windows.txt"
APP_ID = "{{8DAF1251-116D-4C2C-A14D-49E8D7073D02}"


def _iss() -> str:
    return ISS.read_bytes().decode("utf-8-sig")


def _ps1() -> str:
    return PS1.read_text(encoding="ascii")


def _iss_section(name: str) -> list[str]:
    lines, inside = [], False
    for line in _iss().splitlines():
        if line.startswith("["):
            inside = line.strip() == f"[{name}]"
            continue
        if inside and line.strip() and not line.lstrip().startswith(";"):
            lines.append(line)
    return lines


# ------------------------------------------------------------------ build_windows.ps1


def test_powershell_script_is_ascii() -> None:
    # Windows PowerShell 5.1 reads a BOM-less script in the ANSI code page.
    PS1.read_bytes().decode("ascii")


def _powershell_brackets(text: str) -> str:
    """The script's brackets in order, outside strings and comments."""
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if text.startswith("<#", i):
            i = text.index("#>", i) + 2
        elif ch == "#":
            i = text.find("\n", i) if "\n" in text[i:] else len(text)
        elif ch == "'":
            i += 1
            while not (text[i] == "'" and text[i + 1 : i + 2] != "'"):
                i += 2 if text[i : i + 2] == "''" else 1
            i += 1
        elif ch == '"':
            i += 1
            depth = 0  # $( ... ) inside a double-quoted string may hold quotes
            while depth or text[i] != '"':
                if text[i] == "`":
                    i += 1
                elif text.startswith("$(", i):
                    depth += 1
                    i += 1
                elif text[i] == ")" and depth:
                    depth -= 1
                i += 1
            i += 1
        else:
            if ch in "(){}[]":
                out.append(ch)
            i += 1
    return "".join(out)


def test_powershell_brackets_balance() -> None:
    # No PowerShell here to parse the script: at least every bracket must close.
    stack = []
    pairs = {")": "(", "}": "{", "]": "["}
    for ch in _powershell_brackets(_ps1()):
        if ch in "({[":
            stack.append(ch)
        else:
            assert stack and stack.pop() == pairs[ch], "unbalanced bracket"
    assert not stack, "unclosed bracket"


def test_powershell_script_stops_on_errors() -> None:
    text = _ps1()
    assert "$ErrorActionPreference = 'Stop'" in text
    assert "Set-StrictMode -Version Latest" in text


def test_every_native_command_has_its_exit_code_checked() -> None:
    text = _ps1()
    code = text[text.index("#>") :]  # past the help block, which shows commands to type
    lines = code.splitlines()
    calls = [i for i, line in enumerate(lines) if re.match(r"\s*(\$\w+\s*=\s*)?& ", line)]
    assert len(calls) >= 3
    for i in calls:
        following = "\n".join(lines[i + 1 : i + 4])
        assert "$LASTEXITCODE" in following, f"line {i + 1}: {lines[i].strip()}"
    # Everything else goes through the two checking helpers.
    for program in ("pip", "PyInstaller", "venv", "ISCC"):
        for line in lines:
            if re.search(rf"^\s*{program}\b", line, re.IGNORECASE):
                pytest.fail(f"{program} called without a check: {line.strip()}")


def test_powershell_script_uses_the_repository_files_it_names() -> None:
    text = _ps1()
    names = set(re.findall(r"'(build\\[\w\-\\]+\.\w+|govledger\.spec)'", text))
    assert len(names) >= 4
    for name in names:
        assert (REPO / name.replace("\\", "/")).exists(), name
    assert "requirements-windows.txt" in text
    assert "govledger.iss" in text


def test_script_passes_the_defines_the_installer_reads() -> None:
    passed = set(re.findall(r"/D(\w+)=", _ps1()))
    read = set(re.findall(r"#ifn?def (\w+)", _iss())) | set(re.findall(r"\{#(\w+)\}", _iss()))
    defined_in_iss = set(re.findall(r"#define (\w+)", _iss()))
    assert passed == {"AppVersion", "AppVersionNumeric", "DistDir", "ChineseIsl"}
    assert passed <= read
    assert read - defined_in_iss <= passed, "the installer reads a define nobody passes"


# ------------------------------------------------------------------ govledger.iss


def test_installer_script_is_utf8_with_bom() -> None:
    # Inno Setup before 6.3 reads a BOM-less script as ANSI: the Chinese would break.
    assert ISS.read_bytes().startswith(b"\xef\xbb\xbf")


def test_installer_is_per_user_without_admin_rights() -> None:
    setup = _iss_section("Setup")
    assert "PrivilegesRequired=lowest" in setup
    assert "DefaultDirName={userpf}\\govledger" in setup
    assert "ArchitecturesInstallIn64BitMode=x64compatible" in setup


def test_installer_app_id_never_changes() -> None:
    # Windows matches upgrades and the uninstaller by it; a new id installs twice.
    assert f"AppId={APP_ID}" in _iss_section("Setup")


def test_uninstall_keeps_the_ledger_data() -> None:
    for line in _iss_section("UninstallDelete") + _iss_section("InstallDelete"):
        assert "localappdata}\\govledger" not in line.replace("{userpf}", ""), line
        assert "{app}" in line, f"deletes outside the program folder: {line}"
    data_dirs = [line for line in _iss_section("Dirs") if "{localappdata}\\govledger" in line]
    assert data_dirs, "the data folder entry is missing"
    assert all("uninsneveruninstall" in line for line in data_dirs)


def test_installer_shortcuts() -> None:
    icons = _iss_section("Icons")
    assert '#define AppExe "govledger.exe"' in _iss()
    assert any(line.startswith('Name: "{autoprograms}') and "{#AppExe}" in line for line in icons)
    desktop = [line for line in icons if "{autodesktop}" in line]
    assert desktop and all("Tasks: desktopicon" in line for line in desktop)


def test_chinese_messages_only_with_the_chinese_language_file() -> None:
    # [CustomMessages] zh.* without the zh language would not compile.
    text = _iss()
    block = text[text.index("[CustomMessages]") : text.index("[Tasks]")]
    english = set(re.findall(r"^en\.(\w+)=", block, re.MULTILINE))
    chinese_part = block[block.index("#ifdef ChineseIsl") : block.index("#endif")]
    chinese = set(re.findall(r"^zh\.(\w+)=", chinese_part, re.MULTILINE))
    assert english == chinese
    assert not re.findall(r"^zh\.", block.replace(chinese_part, ""), re.MULTILINE)


def test_installer_files_come_from_the_frozen_build() -> None:
    files = _iss_section("Files")
    assert files == [
        'Source: "{#DistDir}\\*"; DestDir: "{app}"; '
        "Flags: ignoreversion recursesubdirs createallsubdirs"
    ]


# ------------------------------------------------------------------ pinned versions


def _pins() -> dict[str, Requirement]:
    pins = {}
    for line in PINS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            requirement = Requirement(line)
            pins[requirement.name.lower().replace("_", "-")] = requirement
    return pins


def test_every_pin_is_exact() -> None:
    for name, requirement in _pins().items():
        assert [spec.operator for spec in requirement.specifier] == ["=="], name


def test_pins_satisfy_pyproject() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = _pins()
    wanted = project["dependencies"] + project["optional-dependencies"]["build"]
    for line in wanted:
        requirement = Requirement(line)
        name = requirement.name.lower().replace("_", "-")
        assert name in pins, f"{name} is not pinned in {PINS.name}"
        (pinned,) = (spec.version for spec in pins[name].specifier)
        assert requirement.specifier.contains(pinned, prereleases=True), f"{name}=={pinned}"


# ------------------------------------------------------------------ build_linux.sh and icons


def test_linux_build_script_is_strict_bash() -> None:
    script = REPO / "build" / "build_linux.sh"
    assert script.stat().st_mode & 0o111, "not executable"
    assert "set -euo pipefail" in script.read_text(encoding="utf-8")
    subprocess.run(["bash", "-n", str(script)], check=True)


def test_app_icon_files() -> None:
    app = REPO / "resources" / "app"
    with Image.open(app / "govledger.png") as png:
        assert png.size == (256, 256)
        assert png.mode == "RGBA"
    with Image.open(app / "govledger.ico") as ico:
        sizes = ico.info["sizes"]
    assert {(s, s) for s in (16, 24, 32, 48, 256)} <= sizes


def test_windows_icon_shows_the_window_icon(qapp) -> None:
    """govledger.ico is rendered from the UI's SVG: rerun build/make_icons.py after editing it."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(REPO / "resources" / "icons" / "govledger.svg"))
    assert renderer.isValid()
    image = QImage(64, 64, QImage.Format.Format_RGBA8888)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    expected = Image.frombytes("RGBA", (64, 64), bytes(image.constBits()))
    with Image.open(REPO / "resources" / "app" / "govledger.ico") as ico:
        ico.size = (64, 64)
        actual = ico.convert("RGBA")
    pairs = zip(actual.tobytes(), expected.tobytes(), strict=True)
    difference = sum(abs(a - b) for a, b in pairs) / (64 * 64 * 4)
    assert difference < 8, f"the .ico differs from the SVG (mean {difference:.1f}/255)"
