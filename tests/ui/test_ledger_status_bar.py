"""The window's status bar: the ledger's place shortened to the room it has."""

from __future__ import annotations

from pathlib import Path

from govledger.store import Ledger
from govledger.ui.main_window import MainWindow
from govledger.ui.session import LedgerSession


def test_a_deep_folder_is_shortened_not_widening_the_window(
    qtbot, tmp_path: Path, settings
) -> None:
    deep = tmp_path.joinpath(*["各科室共享资料夹"] * 8) / "ledger.sqlite"
    deep.parent.mkdir(parents=True)
    session = LedgerSession(Ledger.open(deep))
    try:
        window = MainWindow(session, settings)
        qtbot.addWidget(window)
        label = window.path_label
        # the path asks for no width: the window can still be as narrow as its tree needs
        assert window.minimumSizeHint().width() < label.fontMetrics().horizontalAdvance(
            label.full_text
        )
        window.resize(800, 600)
        window.show()
        qtbot.waitUntil(lambda: "…" in label.text())
        assert label.text().startswith(label.full_text[:3])  # cut in the middle
        assert label.text().endswith("ledger.sqlite")
        assert label.toolTip() == str(deep)  # whole in the tooltip
        window.resize(3000, 600)
        qtbot.waitUntil(lambda: label.text() == label.full_text)
    finally:
        session.close()
