"""`govledger screenshot`: the window rendered offscreen to a PNG of the asked size."""

from __future__ import annotations

from PySide6.QtGui import QImage

from govledger.cli import main
from govledger.ui.app import resolve_ledger_path
from govledger.ui.settings import AppSettings

from .conftest import SAMPLE


def test_screenshot_of_the_tree(qapp, tmp_path, capsys):
    db = tmp_path / "ledger.sqlite"
    assert main(["--db", str(db), "import", str(SAMPLE)]) == 0
    png = tmp_path / "tree.png"
    assert (
        main(
            [
                "--db",
                str(db),
                "screenshot",
                "--view",
                "tree",
                "-o",
                str(png),
                "--size",
                "1024x640",
                "--lang",
                "zh_CN",
            ]
        )
        == 0
    )
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1024, 640)
    assert str(png) in capsys.readouterr().out


def test_a_bad_size_is_a_clear_error(qapp, tmp_path, capsys):
    code = main(
        [
            "--db",
            str(tmp_path / "l.sqlite"),
            "screenshot",
            "-o",
            str(tmp_path / "x.png"),
            "--size",
            "big",
        ]
    )
    assert code == 1 and "big" in capsys.readouterr().err


def test_the_gui_uses_the_data_folder_setting_without_db(settings, tmp_path):
    assert resolve_ledger_path(tmp_path / "given.sqlite", settings) == tmp_path / "given.sqlite"
    settings.data_folder = tmp_path / "office"
    assert resolve_ledger_path(None, settings) == tmp_path / "office" / "ledger.sqlite"
    assert resolve_ledger_path(None, AppSettings()).name == "ledger.sqlite"


def test_the_offscreen_platforms_known_noise_is_dropped_and_nothing_else(qtlog) -> None:
    from PySide6.QtCore import qWarning

    from govledger.ui.screenshot import offscreen_noise_filtered

    with offscreen_noise_filtered():
        qWarning("This plugin does not support propagateSizeHints()")
        qWarning("QPainter::begin: Paint device returned engine == 0")
    messages = [record.message for record in qtlog.records]
    assert "QPainter::begin: Paint device returned engine == 0" in messages
    assert "This plugin does not support propagateSizeHints()" not in messages


def test_screenshot_prints_no_qt_warnings(tmp_path) -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).parents[2]
    env = {**os.environ, "PYTHONPATH": str(repo), "GOVLEDGER_LANG": "en", "HOME": str(tmp_path)}
    db, png = tmp_path / "ledger.sqlite", tmp_path / "calendar.png"

    def govledger(*args: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "govledger", "--db", str(db), *args]
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=180)

    assert govledger("demo").returncode == 0
    result = govledger("screenshot", "--view", "calendar", "-o", str(png))
    assert result.returncode == 0, result.stderr
    assert png.is_file()
    assert result.stderr == ""
