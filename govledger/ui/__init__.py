"""The Qt desktop interface: the only package that imports PySide6.

Widgets never change data themselves: every edit goes through a LedgerSession
(session.py), which runs one Ledger operation, records it on the undo stack and
tells every view what changed.
"""
