"""File and folder names that are safe on Windows, made from names clerks wrote.

Evidence keeps its original name in the ledger, but that name came from anywhere: a
Mac, a web download, a phone. Before a name becomes a real file (an evidence pack, a
copy opened with the system application) it must survive Windows: no reserved device
names (CON, PRN, AUX, NUL, COM1–9, LPT1–9, with any extension, any case), none of
<>:"/\\|?* or control characters, no trailing dots or spaces, and short enough that
the whole path stays under MAX_PATH. Chinese names are kept as written.

Lengths are counted in UTF-16 code units, as Windows counts them: a Chinese character
is one, an emoji two.
"""

from __future__ import annotations

import re
import unicodedata

# Windows' MAX_PATH is 260 including the drive and the terminating NUL; staying under
# 240 leaves room for Explorer, Office's lock files (~$name) and unzip tools.
MAX_PATH = 240
MAX_NAME = 120  # a single readable file name; Windows allows 255

_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{device}{digit}" for device in ("COM", "LPT") for digit in "123456789¹²³"
}
# Forbidden ASCII characters become their full-width forms: still readable, and legal.
_FULL_WIDTH = str.maketrans({ch: chr(ord(ch) + 0xFEE0) for ch in '<>:"/\\|?*'})
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_EXTENSION = re.compile(r"\.[0-9A-Za-z]{1,10}$")
_ELLIPSIS = "…"


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def safe_file_name(name: str, max_length: int = MAX_NAME, *, fallback: str = "未命名") -> str:
    """name made safe as one Windows file or folder name of at most max_length.

    The extension is kept and the stem is cut (ending in …) when the name is too long.
    """
    name = unicodedata.normalize("NFC", name)
    name = _CONTROL.sub("", name).translate(_FULL_WIDTH).strip().rstrip(". ")
    stem, extension = split_extension(name)
    if utf16_length(extension) >= max_length // 2:
        stem, extension = name, ""
    stem = _fit_stem(stem, max_length - utf16_length(extension))
    if not stem:
        stem = _fit_stem(fallback, max_length - utf16_length(extension))
    return _avoid_reserved(stem, extension, max_length)


def split_extension(name: str) -> tuple[str, str]:
    """("报告", ".pdf"); only short alphanumeric suffixes count as extensions."""
    match = _EXTENSION.search(name)
    if match is None or match.start() == 0:
        return name, ""
    return name[: match.start()], match.group()


def shortened(text: str, max_length: int) -> str:
    """text cut to max_length UTF-16 units, ending in … when something was cut."""
    if utf16_length(text) <= max_length:
        return text
    kept, used = [], utf16_length(_ELLIPSIS)
    for ch in text:
        used += utf16_length(ch)
        if used > max_length:
            break
        kept.append(ch)
    return "".join(kept) + _ELLIPSIS


def _fit_stem(stem: str, max_length: int) -> str:
    stem = shortened(stem, max(max_length, 1))
    # A cut may end on a space or dot before the ellipsis; Windows dislikes neither
    # there, but a name must never end in them.
    return stem.rstrip(". ")


def _avoid_reserved(stem: str, extension: str, max_length: int) -> str:
    # Windows looks at the part before the first dot, ignoring trailing spaces:
    # "con.txt", "CON .pdf" and "Com1.tar.gz" all open a device.
    device = stem.split(".", 1)[0].rstrip(" ").upper()
    if device in _RESERVED:
        head, dot, rest = stem.partition(".")
        stem = f"{head.rstrip(' ')}_{dot}{rest}"
        if utf16_length(stem + extension) > max_length:
            stem = _fit_stem(stem, max_length - utf16_length(extension))
    return stem + extension


def is_safe_file_name(name: str) -> bool:
    return bool(name) and safe_file_name(name, max(utf16_length(name), 1)) == name


class UniqueNames:
    """Hands out names unique within one folder: 名称.pdf, 名称(2).pdf, 名称(3).pdf.

    Comparison ignores case, as Windows does: "A.pdf" and "a.pdf" are one file there.
    """

    def __init__(self, taken: set[str] | None = None) -> None:
        self._taken = {name.casefold() for name in taken or ()}

    def claim(self, name: str, max_length: int = MAX_NAME) -> str:
        safe = safe_file_name(name, max_length)
        candidate, counter = safe, 1
        while candidate.casefold() in self._taken:
            counter += 1
            stem, extension = split_extension(safe)
            suffix = f"({counter})"
            room = max_length - utf16_length(extension) - utf16_length(suffix)
            candidate = _fit_stem(stem, room) + suffix + extension
        self._taken.add(candidate.casefold())
        return candidate
