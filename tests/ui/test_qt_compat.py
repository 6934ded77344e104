"""Every signal emitted from Python goes through qt_compat.emit (PySide6 6.12 bug)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal

import govledger.ui
from govledger.ui.qt_compat import emit

UI_DIR = Path(govledger.ui.__file__).parent


def test_no_direct_emit_in_the_ui_package() -> None:
    # A direct `.emit(` loses a reference to True on PySide6 6.12; after a few
    # thousand, CPython aborts. qt_compat.emit gives it back.
    offenders = [
        f"{path.name}:{number}"
        for path in sorted(UI_DIR.glob("*.py"))
        if path.name != "qt_compat.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.emit\(", line) and not line.lstrip().startswith("#")
    ]
    assert offenders == []


class _Sender(QObject):
    fired = Signal(int)


def test_many_emits_keep_true_alive(qapp) -> None:
    sender = _Sender()
    received: list[int] = []
    sender.fired.connect(received.append)
    before = sys.getrefcount(True)
    for value in range(5000):
        emit(sender.fired, value)
    assert len(received) == 5000
    assert sys.getrefcount(True) >= before - 10


def test_void_calls_keep_none_alive(qapp) -> None:
    # PySide6 6.12.0 on Python 3.11 lost a reference to None on every call of a method
    # returning void (setText, setData, setObjectName …); a few tens of thousands of
    # calls — one big reminder list — aborted the interpreter. pyproject excludes it.
    from PySide6.QtWidgets import QTreeWidgetItem

    item = QTreeWidgetItem(["x"])
    owner = QObject()
    before = sys.getrefcount(None)
    for number in range(3000):
        item.setText(0, str(number))
        owner.setObjectName("owner")
    assert sys.getrefcount(None) >= before - 100
