"""Is the Chinese in a Windows screenshot drawn? Compared with a Linux render of the same view.

    python3 build/wine/compare_screenshots.py WINDOWS.png LINUX.png

Used by check_windows_build.sh on `govledger screenshot --view tree --lang zh_CN` of one
ledger made on each side. When Qt finds no font it draws every character as an empty
box: about as much ink as glyphs, but crisp, with almost no anti-aliased grey, and
boxes are wider, so the window comes out wider than asked. Measured under Wine (tree
area of the demo ledger): boxes 6.9% dark and 0.1% grey pixels, Windows glyphs 11.1%
and 7.2%, Linux glyphs 12.0% and 8.2%. The Windows picture must be within a third of
the Linux one on both counts. Exit status 1 when it is not.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

# The task tree's text columns in a 1366x768 main window: numbers, requirements, units.
TREE_AREA = (80, 240, 650, 730)


def ink(path: Path) -> tuple[tuple[int, int], float, float]:
    """(size, dark share, grey share) of the tree area's pixels."""
    image = Image.open(path).convert("L")
    histogram = image.crop(TREE_AREA).histogram()
    total = sum(histogram)
    dark = sum(histogram[:128]) / total
    grey = sum(histogram[64:192]) / total
    return image.size, dark, grey


def main(argv: list[str]) -> int:
    windows_png, linux_png = (Path(arg) for arg in argv)
    (w_size, w_dark, w_grey), (l_size, l_dark, l_grey) = ink(windows_png), ink(linux_png)
    print(f"windows {w_size[0]}x{w_size[1]}: dark {w_dark:.2%}, grey {w_grey:.2%}")
    print(f"linux   {l_size[0]}x{l_size[1]}: dark {l_dark:.2%}, grey {l_grey:.2%}")
    faults = []
    if w_size != l_size:
        faults.append(f"the Windows picture is {w_size}, the Linux one {l_size}")
    for what, w, lin in (("dark", w_dark, l_dark), ("grey", w_grey, l_grey)):
        if not (0.67 * lin <= w <= 1.5 * lin):
            faults.append(f"{what} share {w:.2%} is not within a third of Linux's {lin:.2%}")
    for fault in faults:
        print("Chinese not drawn?", fault)
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
