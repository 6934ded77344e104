"""Write the copy of build/govledger.iss that Inno Setup can install under Wine.

    python3 build/wine/wine_iss.py SOURCE.iss TARGET.iss REPO_WINDOWS_PATH

Wine lacks the known folder FOLDERID_UserProgramFiles, so Inno Setup cannot expand
{userpf} there ("Failed to expand shell folder constant"). On Windows {userpf} is
%LOCALAPPDATA%\\Programs, so the copy says {localappdata}\\Programs instead; and since
the copy lives elsewhere, RepoDir (the icon, ...) points back at the repository.
Nothing else changes. Used by check_windows_build.sh.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    source, target, repo = Path(argv[0]), Path(argv[1]), argv[2]
    text = source.read_bytes().decode("utf-8-sig")
    for old, new in (
        ("{userpf}", "{localappdata}\\Programs"),
        ('#define RepoDir AddBackslash(SourcePath) + ".."', f'#define RepoDir "{repo}"'),
    ):
        if old not in text:
            print(f"{source} no longer has {old!r}: update {__file__}", file=sys.stderr)
            return 1
        text = text.replace(old, new)
    target.write_bytes("\ufeff".encode() + text.encode())  # UTF-8 with BOM, as the original
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
