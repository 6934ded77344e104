#!/usr/bin/env bash
# Build the frozen app on Linux with the same spec the Windows build uses, so every
# change to govledger.spec is checked here: produces dist/govledger/govledger.
#
#   build/build_linux.sh                  use the current python3 (needs '.[build]' installed)
#   build/build_linux.sh --venv DIR       build inside a venv with the pinned versions
#                                         from build/requirements-windows.txt
#   build/build_linux.sh --dist DIR       put the bundle in DIR/govledger (default: dist/)
#   build/build_linux.sh --work DIR       PyInstaller's work folder (default: build/work/, git-ignored)
#   build/build_linux.sh --fonts DIR      ship the .ttf/.ttc fonts in DIR in the bundle's fonts/
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-python3}"
dist="$repo/dist"
work="$repo/build/work"
venv=""
fonts=""

while [ $# -gt 0 ]; do
    case "$1" in
        --venv) venv="$2"; shift 2 ;;
        --dist) dist="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --fonts) fonts="$2"; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "build_linux.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done

if [ -n "$venv" ]; then
    [ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
    python="$venv/bin/python"
    "$python" -m pip install --quiet --disable-pip-version-check -r "$repo/build/requirements-windows.txt"
fi

# PyInstaller strips the Linux binaries with binutils' strip and checks ELF files with
# objdump; without them it fails halfway with a traceback.
for tool in strip objdump; do
    command -v "$tool" >/dev/null || { echo "build_linux.sh: '$tool' is missing: apt-get install binutils" >&2; exit 1; }
done

# The spec freezes whatever the build Python has installed: say plainly what is missing.
"$python" - <<'EOF'
import importlib.util, sys
needed = ["PyInstaller", "PySide6", "sqlite_utils", "docx", "openpyxl", "reportlab",
          "chinese_calendar", "platformdirs", "PIL"]
missing = [name for name in needed if importlib.util.find_spec(name) is None]
if missing:
    sys.exit(f"build_linux.sh: {sys.executable} lacks {', '.join(missing)}; "
             "install them with: pip install -r build/requirements-windows.txt")
EOF

mkdir -p "$dist" "$work"
"$python" -m PyInstaller "$repo/govledger.spec" --noconfirm --log-level WARN \
    --distpath "$dist" --workpath "$work"

bundle="$dist/govledger"
if [ -n "$fonts" ]; then
    # Read by govledger/exporters/fonts.py: a fonts/ folder next to the executable.
    mkdir -p "$bundle/fonts"
    find "$fonts" -maxdepth 1 -type f \( -iname '*.ttf' -o -iname '*.ttc' \) \
        -exec cp {} "$bundle/fonts/" \;
fi

# Smoke check: the frozen program starts and knows its version.
QT_QPA_PLATFORM=offscreen "$bundle/govledger" --version
echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1))"
