"""Issue 23: every window and dialog fits a laptop screen scaled to 125 % and 150 %.

QT_SCALE_FACTOR and the screen's size are read when the QApplication is made, so
each screen runs screen_fit_probe.py in a process of its own, on the offscreen
platform with a screen of that size less a taskbar, and this test checks what it
reports: each window whole on the free area with room for a Windows frame, its
buttons, tool bars and status bar on screen, and the requirement text column at
its readable minimum. Add --shots to the probe's command line to look at them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from govledger.store import Ledger

PROBE = Path(__file__).with_name("screen_fit_probe.py")
ROOT = Path(__file__).parents[2]
TASKBAR = 48  # logical pixels: Windows 11's taskbar (Windows 10's is 40)
# Title bar and borders of a Windows window (window_geometry.FRAME, kept apart here so
# the test does not take its measure from the code it checks).
FRAME_WIDTH, FRAME_HEIGHT = 16, 39

# (physical width, height, scale): 1093×614, 911×512 and 1280×720 logical pixels
SCREENS = {
    "1366x768@125%": (1366, 768, 1.25),
    "1366x768@150%": (1366, 768, 1.5),
    "1920x1080@150%": (1920, 1080, 1.5),
}
WINDOWS = {  # every top-level window the probe builds: none may go missing
    "main",
    "main_maximized",
    "calendar",
    "import",
    "application_register",
    "application_new",
    "application_edit",
    "application_advance",
    "application_extend",
    "report_editor",
    "export",
    "print_preview",
    "compare_years",
    "conflicts",
    "rollover",
    "holidays",
    "holiday_notice",
    "restore",
    "reminders",
    "settings",
    "new_plan",
    "units",
    "event",
    "link",
    "server",
}


@pytest.fixture(scope="module")
def demo_ledger(tmp_path_factory) -> Path:
    from govledger.demo import build_demo

    path = tmp_path_factory.mktemp("scaled") / "ledger.sqlite"
    with Ledger.open(path) as ledger:
        build_demo(ledger)
    return path


def probe(ledger: Path, folder: Path, screen: tuple[int, int, float]) -> list[dict]:
    width, height, scale = screen
    config = folder / "screen.json"
    free_height = round(height - TASKBAR * scale)  # the taskbar at the bottom, scaled too
    config.write_text(
        json.dumps(
            {
                "windowFrameMargins": True,
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": free_height,
                        "logicalDpi": 96,
                    }
                ],
            }
        )
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR=str(scale),
        PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    )
    output = folder / "fit.json"
    copy = folder / "ledger.sqlite"
    copy.write_bytes(ledger.read_bytes())  # the probe registers a request in it
    command = [sys.executable, str(PROBE), str(copy), str(output)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    return json.loads(output.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", list(SCREENS))
def test_every_window_fits_a_scaled_laptop_screen(demo_ledger, tmp_path, name) -> None:
    width, height, scale = SCREENS[name]
    results = probe(demo_ledger, tmp_path, SCREENS[name])
    assert {entry["name"] for entry in results} == WINDOWS
    problems = []
    for entry in results:
        _x, _y, w, h = entry["client"]
        ax, ay, aw, ah = entry["available"]
        assert (aw, ah) == (round(width / scale), round((height - TASKBAR * scale) / scale))
        # A maximised window's borders lie off screen, as on Windows: its client must not.
        maximized = entry["name"] == "main_maximized"
        fx, fy, fw, fh = entry["client" if maximized else "frame"]
        if not (ax <= fx and ay <= fy and fx + fw <= ax + aw and fy + fh <= ay + ah):
            problems.append(f"{entry['name']}: frame {entry['frame']} off {entry['available']}")
        if not maximized and (w + FRAME_WIDTH > aw or h + FRAME_HEIGHT > ah):
            problems.append(f"{entry['name']}: {w}×{h} leaves no room for a Windows frame")
        for part in entry["parts"]:
            if not part["inside"]:
                problems.append(f"{entry['name']}: {part['kind']} at {part['rect']} cut off")
        if entry["name"].startswith("main"):
            if entry["text_width"] < entry["text_minimum"]:
                problems.append(f"{entry['name']}: text column {entry['text_width']} px")
            dx, _dy, dw, _dh = entry["detail"]
            if dx + dw > w or dw < 300:
                problems.append(f"{entry['name']}: detail panel {entry['detail']}")
    assert problems == []
