"""Windows behaviour Linux tests cannot see, checked under Wine with the frozen program.

    python.exe build\\wine\\windows_behaviour.py DIST\\govledger\\govledger-cli.exe

Run by check_windows_build.sh with the *Windows* Python and the repository on
PYTHONPATH (the ledger is set up from source, the checks run the frozen CLI):

- a ledger on a drive-letter path in a folder with Chinese and a space in its name;
- evidence whose original names are Windows device names (CON.pdf, aux.txt, LPT1.docx)
  or Chinese (also one that GBK cannot encode), exported as a folder and as a .zip:
  no exported file may be called like a device, and the Chinese names survive;
- the one-writer lock: while another process holds the ledger, a writing command
  refuses with exit status 1 and names the holder; afterwards it works;
- the default data folder is %LOCALAPPDATA%\\govledger;
- the PDF export finds FangSong, SimHei, SimSun and Microsoft YaHei by their Windows
  file names, whatever their case, and searches C:\\Windows\\Fonts.

Prints one line per check; exit status 1 at the first failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

DEVICE_NAMES = {"CON", "PRN", "AUX", "NUL"} | {
    f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)
}
CHINESE_NAME = "关于做好2026年政务公开工作的通知.pdf"
NOT_GBK_NAME = "佐证𠀀材料.txt"  # U+20000 is outside GBK (and outside the BMP)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def fail(text: str) -> None:
    print(f"FAILED: {text}")
    sys.exit(1)


def run(cli: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [cli, *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env={**os.environ, "GOVLEDGER_LANG": "en", "PYTHONIOENCODING": "utf-8"},
    )


def expect_ok(cli: str, *args: str) -> str:
    done = run(cli, *args)
    if done.returncode != 0:
        fail(f"govledger-cli {' '.join(args)}: exit {done.returncode}\n{done.stdout}{done.stderr}")
    return done.stdout


def is_device_name(name: str) -> bool:
    return name.split(".")[0].strip().upper() in DEVICE_NAMES


def main(cli: str) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="govledger-windows-"))
    try:
        checks(cli, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def check_font_names(scratch: Path) -> None:
    from govledger.exporters import fonts

    windows_fonts = Path(os.environ["WINDIR"]) / "Fonts"
    if windows_fonts not in fonts.default_font_dirs():
        fail(f"{windows_fonts} is not searched for fonts: {fonts.default_font_dirs()}")
    # One Chinese TrueType font (the prefix's only one) under each Windows file name,
    # in the case Windows' Fonts folder shows them.
    source = windows_fonts / "wqy-microhei.ttc"
    folder = scratch / "fonts"
    folder.mkdir()
    for name in ("SIMFANG.TTF", "simhei.ttf", "simsun.ttc", "msyh.ttc"):
        shutil.copyfile(source, folder / name)
    found = fonts.cjk_fonts([folder])
    files = {role: found.files[getattr(found, role)].name for role in ("body", "heading")}
    if files != {"body": "SIMFANG.TTF", "heading": "simhei.ttf"}:
        fail(f"fonts chosen by Windows file name: {files}")
    without_fangsong = scratch / "fonts-without-fangsong"  # cjk_fonts caches per folder list
    shutil.copytree(folder, without_fangsong, ignore=shutil.ignore_patterns("SIMFANG.TTF"))
    found = fonts.cjk_fonts([without_fangsong])
    if found.files[found.body].name != "simsun.ttc":
        fail(f"without FangSong the body font is {found.files[found.body].name}, not SimSun")
    print(f"ok: fonts found by Windows file name ({files}), SimSun next, {windows_fonts} searched")


def checks(cli: str, scratch: Path) -> None:
    check_font_names(scratch)
    from govledger.paths import default_data_dir
    from govledger.store import Ledger
    from govledger.store.ledger_lock import LedgerLock, LockState

    local = os.environ["LOCALAPPDATA"]
    if default_data_dir() != Path(local) / "govledger":
        fail(f"default data folder {default_data_dir()}, not {local}\\govledger")
    print(f"ok: default data folder {default_data_dir()}")

    root = scratch / "台账 测试"
    root.mkdir()
    ledger_path = root / "ledger.sqlite"
    if not (len(str(ledger_path)) > 2 and str(ledger_path)[1] == ":"):
        fail(f"not a drive-letter path: {ledger_path}")
    source = root / CHINESE_NAME
    source.write_bytes(PDF)
    # The demo plan is a resource of the installed package: the frozen CLI has it.
    expect_ok(cli, "--db", str(ledger_path), "demo")
    ledger = Ledger.open(ledger_path)
    try:
        plan_id = ledger.plans()[0].id
        task = next(t for t in ledger.tasks(plan_id) if not t.is_heading)
        ledger.attach_file(task.id, source)
        for index, name in enumerate(("CON.pdf", "aux.txt", "LPT1.docx", NOT_GBK_NAME)):
            ledger.attach_bytes(task.id, PDF + bytes([index]), name)
    finally:
        ledger.close()
    print(f"ok: ledger with device-named and Chinese evidence at {ledger_path}")
    expect_ok(cli, "--db", str(ledger_path), "check")
    print("ok: check")

    folder = root / "佐证材料导出"
    expect_ok(cli, "--db", str(ledger_path), "export", "evidence", "-o", str(folder))
    names = [path.name for path in folder.rglob("*")]
    devices = [name for name in names if is_device_name(name)]
    if devices:
        fail(f"exported files named like Windows devices: {devices}")
    for wanted in (Path(CHINESE_NAME).stem, Path(NOT_GBK_NAME).stem):
        if not any(wanted in name for name in names):
            fail(f"no exported file name with {wanted!r}: {names}")
    print(f"ok: evidence folder, {len(names)} entries, no device names, Chinese kept")

    pack = root / "佐证材料.zip"
    expect_ok(cli, "--db", str(ledger_path), "export", "evidence", "-o", str(pack))
    with zipfile.ZipFile(pack) as archive:
        entries = archive.infolist()
    zip_names = [PurePosixPath(e.filename).name for e in entries]
    devices = [name for name in zip_names if is_device_name(name)]
    if devices:
        fail(f"zip entries named like Windows devices: {devices}")
    if not any(Path(CHINESE_NAME).stem in name for name in zip_names):
        fail(f"no zip entry with the Chinese name: {zip_names}")
    # Non-ASCII names must carry the UTF-8 flag, or Windows' unzip reads them as GBK.
    unflagged = [
        e.filename for e in entries if not e.filename.isascii() and not e.flag_bits & 0x800
    ]
    if unflagged:
        fail(f"zip entries with non-ASCII names but no UTF-8 flag: {unflagged}")
    print(f"ok: evidence zip, {len(entries)} entries, UTF-8 names, no device names")

    lock = LedgerLock(ledger_path)
    if lock.acquire() is not LockState.ACQUIRED:
        fail("could not take the ledger's lock")
    try:
        done = run(cli, "--db", str(ledger_path), "demo")
        if done.returncode != 1 or "in use" not in done.stderr:
            fail(f"demo on a locked ledger: exit {done.returncode}\n{done.stdout}{done.stderr}")
        print(f"ok: a writing command refuses a held ledger: {done.stderr.strip()}")
    finally:
        lock.release()
    expect_ok(cli, "--db", str(ledger_path), "demo")
    print("ok: after the lock is released the same command works")


if __name__ == "__main__":
    main(sys.argv[1])
