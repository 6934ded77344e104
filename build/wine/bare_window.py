"""A bare PySide6 window, frozen beside govledger to compare start times under Wine.

check_windows_build.sh freezes it (PyInstaller, windowed) and times, like govledger.exe,
process start to the window shown: the same measure as tests/benchmarks' startup, whose
bare side is tests/benchmarks/measures.py's BARE_WINDOW.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare PySide6 window")
window.resize(1280, 720)
window.show()
QTimer.singleShot(60_000, app.quit)  # never left behind
app.exec()
