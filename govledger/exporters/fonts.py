"""Chinese fonts for PDF export: found on the system, registered once with reportlab.

reportlab embeds TrueType-outline fonts only. Noto CJK / Source Han (.otf, and .ttc
files with CFF outlines) are refused, so every candidate is test-loaded and the first
that loads wins. A .ttc holds several faces; the index says which.

Where fonts are looked for, in this order:
  1. the folder named by GOVLEDGER_FONT_DIR;
  2. a ``fonts`` folder in the frozen app (next to the executable, or its bundle
     directory) and in the installed package's resources;
  3. Windows: %WINDIR%\\Fonts and the per-user %LOCALAPPDATA%\\Microsoft\\Windows\\Fonts
     (where a clerk's own 方正小标宋 usually lands);
  4. Linux / macOS: the usual font folders, plus whatever ``fc-list :lang=zh`` names.

Which font each role prefers (first found and loadable wins):
  body     仿宋 simfang → 宋体 simsun → 楷体 simkai → 微软雅黑 msyh → 黑体 simhei
           → AR PL UMing → 文泉驿正黑 → 文泉驿微米黑 → any other loadable CJK font
  heading  黑体 simhei → 微软雅黑 msyh → 文泉驿正黑 → 文泉驿微米黑 → the body list
  title    方正小标宋 FZXBSJW → the heading list
No loadable font at all is a GovLedgerError telling the clerk what to install: a PDF
of empty boxes must never be produced silently.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from govledger.messages import GovLedgerError

# (file name, face index inside a .ttc)
BODY_FONTS = [
    ("simfang.ttf", 0),
    ("fangsong_gb2312.ttf", 0),
    ("simsun.ttc", 0),
    ("simsun.ttf", 0),
    ("simkai.ttf", 0),
    ("msyh.ttc", 0),
    ("msyh.ttf", 0),
    ("simhei.ttf", 0),
    ("uming.ttc", 0),
    ("wqy-zenhei.ttc", 0),
    ("wqy-microhei.ttc", 0),
]
HEADING_FONTS = [
    ("simhei.ttf", 0),
    ("msyh.ttc", 0),
    ("msyh.ttf", 0),
    ("wqy-zenhei.ttc", 0),
    ("wqy-microhei.ttc", 0),
]
TITLE_FONTS = [("fzxbsjw.ttf", 0), ("fzxbsjw--gb1-0.ttf", 0), ("方正小标宋简体.ttf", 0)]

UNIX_FONT_DIRS = [
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.local/share/fonts",
    "~/.fonts",
    "/System/Library/Fonts",
    "/Library/Fonts",
]


@dataclass
class CjkFonts:
    """The reportlab font names registered for each role, and what each can draw."""

    body: str
    heading: str
    title: str
    files: dict[str, Path] = field(default_factory=dict)  # font name -> file
    _chars: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def covers(self, font_name: str, text: str) -> bool:
        return self._chars[font_name].issuperset(text)  # a set test: cheap per table cell

    def font_for(self, ch: str, preferred: str) -> str:
        """preferred if it has the character, else another registered font that has it."""
        if ch in self._chars[preferred]:
            return preferred
        for name in (self.body, self.heading, self.title):
            if ch in self._chars[name]:
                return name
        return preferred


_registered: dict[tuple[str, ...], CjkFonts] = {}


def cjk_fonts(search_dirs: list[Path] | None = None) -> CjkFonts:
    """Find, load and register the fonts once per process (per search path)."""
    dirs = search_dirs if search_dirs is not None else default_font_dirs()
    key = tuple(str(d) for d in dirs)
    if key not in _registered:
        _registered[key] = _load(dirs)
    return _registered[key]


def default_font_dirs() -> list[Path]:
    dirs: list[Path] = []
    if os.environ.get("GOVLEDGER_FONT_DIR"):
        dirs.append(Path(os.environ["GOVLEDGER_FONT_DIR"]))
    dirs.extend(bundled_font_dirs())
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    else:
        dirs.extend(Path(d).expanduser() for d in UNIX_FONT_DIRS)
    return [d for d in dirs if d.is_dir()]


def bundled_font_dirs() -> list[Path]:
    """`fonts/` shipped with a frozen build or inside the package resources."""
    dirs = []
    if getattr(sys, "frozen", False):
        dirs.append(Path(sys.executable).resolve().parent / "fonts")
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle:
            dirs.append(Path(bundle) / "fonts")
    try:
        from govledger.paths import resource

        dirs.append(Path(str(resource("fonts"))))
    except (ImportError, ModuleNotFoundError, TypeError):
        pass
    return dirs


def font_file_index(dirs: list[Path]) -> dict[str, Path]:
    """Lower-case file name -> first path found, searching dirs in order."""
    index: dict[str, Path] = {}
    for folder in dirs:
        for root, _subdirs, names in os.walk(folder):
            for name in names:
                if name.lower().endswith((".ttf", ".ttc")):
                    index.setdefault(name.lower(), Path(root) / name)
    return index


def fc_list_chinese() -> list[Path]:
    """Font files fontconfig says cover Chinese (Linux); [] where fc-list is absent."""
    try:
        result = subprocess.run(
            ["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return []
    paths = {line.split(":")[0].strip() for line in result.stdout.splitlines() if line.strip()}
    return sorted(Path(p) for p in paths if p.lower().endswith((".ttf", ".ttc")))


def _load(dirs: list[Path]) -> CjkFonts:
    index = font_file_index(dirs)
    loaded: dict[tuple[Path, int], str] = {}
    chars: dict[str, frozenset[str]] = {}

    def try_load(path: Path, face: int) -> str | None:
        if (path, face) in loaded:
            return loaded[(path, face)]
        # The path's digest keeps two files of one name (a bundled and a system
        # simfang.ttf) from replacing each other in reportlab's registry.
        digest = hashlib.sha1(str(path).encode()).hexdigest()[:6]
        name = f"CJK-{path.stem}-{face}-{digest}"
        try:
            font = TTFont(name, str(path), subfontIndex=face)
        except Exception:  # CFF outlines, damaged or foreign files: try the next one
            return None
        if 0x4E2D not in font.face.charToGlyph:  # 中: not a Chinese font
            return None
        pdfmetrics.registerFont(font)
        loaded[(path, face)] = name
        chars[name] = frozenset(map(chr, font.face.charToGlyph))
        return name

    def first(candidates: list[tuple[str, int]]) -> str | None:
        for file_name, face in candidates:
            path = index.get(file_name.lower())
            if path is not None and (name := try_load(path, face)):
                return name
        return None

    body = first(BODY_FONTS)
    if body is None:  # last resort: any Chinese TrueType font on the machine
        others = [p for p in index.values()]
        if search_includes_system(dirs):
            others += fc_list_chinese()
        for path in others:
            if body := try_load(path, 0):
                break
    if body is None:
        folder = (bundled_font_dirs() or [Path("fonts")])[0]
        raise GovLedgerError("export.no_fonts", folder=folder)
    heading = first(HEADING_FONTS) or body
    title = first(TITLE_FONTS) or heading
    files = {name: path for (path, _face), name in loaded.items()}
    return CjkFonts(body=body, heading=heading, title=title, files=files, _chars=chars)


def search_includes_system(dirs: list[Path]) -> bool:
    """Ask fontconfig only when the system folders are being searched (not in tests)."""
    system = {Path(d).expanduser() for d in UNIX_FONT_DIRS}
    return any(Path(d) in system for d in dirs)
