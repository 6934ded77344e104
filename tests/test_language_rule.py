"""Issue 21: the CLI speaks the language the GUI does (one rule), and the operating
system's reasons inside Chinese messages are Chinese."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from govledger.messages import choose_language, message_in, os_error_text

REPO = Path(__file__).parents[1]
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locale variables")


@pytest.fixture
def system(monkeypatch):
    """Set the system's locale variables, with no GOVLEDGER_LANG."""
    monkeypatch.delenv("GOVLEDGER_LANG", raising=False)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    return lambda name, value: monkeypatch.setenv(name, value)


@posix_only
@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("LANG", "C.UTF-8", "zh"),  # a bare server: Chinese, as the GUI always was
        ("LANG", "zh_CN.UTF-8", "zh"),
        ("LANG", "en_US.UTF-8", "en"),
        ("LC_ALL", "en_GB.UTF-8", "en"),
    ],
)
def test_the_system_language_chinese_unless_english(system, variable, value, expected) -> None:
    system(variable, value)
    assert choose_language() == expected
    assert choose_language("system") == expected


@posix_only
def test_the_saved_setting_then_govledger_lang_win(system, monkeypatch) -> None:
    system("LANG", "C.UTF-8")
    assert choose_language("en") == "en"
    system("LANG", "en_US.UTF-8")
    assert choose_language("zh_CN") == "zh"
    monkeypatch.setenv("GOVLEDGER_LANG", "zh")
    assert choose_language("en") == "zh"


@posix_only
def test_the_gui_follows_the_same_rule(qapp, system) -> None:
    from govledger.ui.appearance import choose_language as gui_language

    system("LANG", "C.UTF-8")
    assert (gui_language("system"), choose_language("system")) == ("zh_CN", "zh")
    system("LANG", "en_US.UTF-8")
    assert (gui_language("system"), choose_language("system")) == ("en", "en")
    assert (gui_language("zh_CN"), choose_language("zh_CN")) == ("zh_CN", "zh")


def cli(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("GOVLEDGER_LANG", "LC_ALL")}
    clean |= {"PYTHONPATH": str(REPO), "HOME": str(tmp_path), "LANG": "C.UTF-8"}
    clean |= {"XDG_CONFIG_HOME": str(tmp_path / "config"), **env}
    return subprocess.run(
        [sys.executable, "-m", "govledger", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=clean,
        timeout=120,
    )


@posix_only
def test_a_c_utf8_cli_speaks_chinese_unless_the_clerk_chose_english(tmp_path: Path) -> None:
    missing = str(tmp_path / "nowhere.sqlite")
    result = cli(tmp_path, "--db", missing, "plans")
    assert result.returncode == 1
    assert message_in("zh", "cli.no_ledger", path=missing) in result.stderr

    # The language chosen in the GUI's settings (QSettings: an .ini file on Linux).
    settings = tmp_path / "config" / "govledger" / "govledger.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text("[General]\nlanguage=en\n", encoding="utf-8")
    result = cli(tmp_path, "--db", missing, "plans")
    assert message_in("en", "cli.no_ledger", path=missing) in result.stderr


def test_common_os_reasons_are_chinese_in_chinese_messages(monkeypatch) -> None:
    monkeypatch.setenv("GOVLEDGER_LANG", "zh")
    assert os_error_text(FileNotFoundError(errno.ENOENT, "No such file")) == "文件或文件夹不存在"
    assert "权限" in os_error_text(PermissionError(errno.EACCES, "Permission denied"))
    assert os_error_text(OSError(errno.ENOSPC, "No space left on device")) == "磁盘空间已满"
    assert "只读" in os_error_text(OSError(errno.EROFS, "Read-only file system"))
    in_use = PermissionError(errno.EACCES, "The process cannot access the file")
    in_use.winerror = 32  # as Windows reports a document Word holds open
    assert "其他程序" in os_error_text(in_use)
    odd = OSError(errno.ELOOP, "Too many levels of symbolic links")
    assert os_error_text(odd) == "Too many levels of symbolic links"  # rare: as the system says


def test_english_messages_keep_the_systems_text(monkeypatch) -> None:
    monkeypatch.setenv("GOVLEDGER_LANG", "en")
    assert os_error_text(FileNotFoundError(errno.ENOENT, "No such file")) == "No such file"


@posix_only
def test_a_cli_export_failure_gives_the_reason_in_chinese(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.sqlite"
    assert cli(tmp_path, "--db", str(ledger), "demo").returncode == 0
    result = cli(tmp_path, "--db", str(ledger), "export", "docx", "-o", "/proc/台账.docx")
    assert result.returncode == 1
    assert "文件或文件夹不存在" in result.stderr or "权限" in result.stderr
    assert "No such file" not in result.stderr and "Permission denied" not in result.stderr


def test_a_plan_file_that_cannot_be_read_says_why_in_chinese(tmp_path, monkeypatch) -> None:
    from govledger.importers import PlanImportError, load_plan

    monkeypatch.setenv("GOVLEDGER_LANG", "zh_CN")
    missing = tmp_path / "不存在的方案.docx"
    try:
        load_plan(missing)
    except PlanImportError as exc:
        text = str(exc)
    else:  # pragma: no cover - the file is not there
        raise AssertionError("a missing file was read")
    assert "No such file" not in text
    assert "不存在" in text or "找不到" in text
