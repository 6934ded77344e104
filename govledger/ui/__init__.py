"""The Qt desktop interface: the only package that imports PySide6.

Widgets never change data themselves: every edit goes through a LedgerSession
(session.py), which runs one Ledger operation, records it on the undo stack and
tells every view what changed.
"""

from govledger.ui.pyside_import_hook import register_known_modules

register_known_modules()  # before any other view module loads: see pyside_import_hook.py
