"""Work around PySide6 6.12 dropping a reference to True on every Python ``emit``.

In PySide6 6.12.0 (Python 3.11) ``SignalInstance.emit(...)`` returns True without
owning a reference to it, so each emit from Python lowers True's reference count by
one; after a few thousand emits CPython aborts with "bool_dealloc: deallocating True
or False". Every emit in govledger.ui goes through ``emit`` below, which gives the
reference back when — and only when — the running PySide6 is found to have the bug
(probed once; on Python ≥ 3.12 True is immortal and nothing needs doing).
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    fired = Signal()


def _emit_drops_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(4):
        probe.fired.emit()
    return sys.getrefcount(True) < before - 2


_py_incref = ctypes.pythonapi.Py_IncRef
_py_incref.argtypes = [ctypes.py_object]
_py_incref.restype = None
EMIT_DROPS_TRUE = _emit_drops_true()
if EMIT_DROPS_TRUE:  # give back what the probe itself took
    for _ in range(4):
        _py_incref(True)


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, safe on PySide6 builds with the reference bug."""
    signal.emit(*args)
    if EMIT_DROPS_TRUE:
        _py_incref(True)
