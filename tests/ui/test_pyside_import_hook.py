"""PySide6's import hook is answered in advance for govledger's and the standard
library's modules, so it does not read their source at start-up."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from govledger.ui.pyside_import_hook import IGNORED, USES_PYSIDE, _feature_table


def test_the_views_and_the_standard_library_are_answered_in_advance(qapp) -> None:
    table = _feature_table()
    assert table is not None, "PySide6 renamed its feature table: start-up is slower"
    # Modules loaded or not yet loaded, in subpackages at any depth. (In this test
    # process the hook itself may have answered IGNORED first, for a module another
    # test loaded before the registration ran; the next test starts afresh.)
    for name in (
        "govledger.ui.main_window",
        "govledger.ui.calendar_view",
        "govledger.importers.docx_numbering",
        "govledger.exporters.reminder_sheet",
        "govledger.store",
    ):
        assert table[name] in (USES_PYSIDE, IGNORED)
    assert "govledger.ui.__init__" not in table
    for name in ("socket", "json", "xml"):
        assert table[name] == IGNORED


def test_the_hook_reads_no_source_of_the_window_modules() -> None:
    # A fresh process: count the modules whose source PySide6's hook reads while
    # the window's modules load. Without the registration it is about 80, over half
    # of them govledger's.
    script = textwrap.dedent(
        """
        import sys
        import PySide6.QtCore
        feature = sys.modules["shibokensupport.feature"]
        read = []
        original = feature._mod_uses_pyside
        def counting(module):
            read.append(module.__name__)
            return original(module)
        feature._mod_uses_pyside = counting
        import govledger.ui.main_window
        print(" ".join(name for name in read if name.startswith("govledger")))
        print(len(read))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    govledger_read, count = result.stdout.splitlines()
    assert govledger_read == "govledger.ui.pyside_import_hook"  # it runs the registration
    # What is left: the few modules imported before the registration runs, PySide6's
    # own (compiled, so not read) and standard-library submodules loaded later.
    assert int(count) < 20
