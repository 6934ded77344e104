"""连接单位服务器台账: typed or pasted addresses, a test that fails then succeeds, the
password remembered only in the credential store and recent servers without it."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from govledger.messages import GovLedgerError
from govledger.server_address import ServerAddress, Tls, parse
from govledger.store import Ledger
from govledger.ui import ledger_opening
from govledger.ui.main_window import MainWindow
from govledger.ui.server_dialog import ServerDialog
from tests.keyring_fakes import LockedKeyring, memory_keyring, no_keyring  # noqa: F401

ADDRESS = ServerAddress(host="db.gov.local", port=5433, database="政务公开台账", user="办公室")


@pytest.fixture(autouse=True)
def chinese(monkeypatch):
    monkeypatch.setenv("GOVLEDGER_LANG", "zh")


class FakeServer:
    """try_connect: refuses until the right password comes, and notes every attempt."""

    def __init__(self, password: str = "s3cret"):
        self.password = password
        self.attempts: list[tuple[str, str]] = []

    def __call__(self, url: str, password: str) -> None:
        self.attempts.append((url, password))
        if password != self.password:
            raise GovLedgerError("ledger.failed", path=url, detail="密码错误")


def make_dialog(qtbot, settings, server) -> ServerDialog:
    dialog = ServerDialog(server, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_address(qtbot, dialog: ServerDialog, password: str) -> None:
    qtbot.keyClicks(dialog.host_combo.lineEdit(), "db.gov.local")
    dialog.port_spin.clear()
    qtbot.keyClicks(dialog.port_spin, "5433")
    dialog.database_edit.insert("政务公开台账")  # through an input method: QTest types ASCII only
    dialog.user_edit.insert("办公室")
    qtbot.keyClicks(dialog.password_edit, password)


def press_connect(qtbot, dialog: ServerDialog) -> None:
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)


def test_a_failed_test_shows_why_then_a_good_one_says_connected(
    qtbot,
    settings,
    memory_keyring,  # noqa: F811
) -> None:
    server = FakeServer()
    dialog = make_dialog(qtbot, settings, server)
    type_address(qtbot, dialog, "wrong")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.status_label.isVisible()
    assert "密码错误" in dialog.status_label.text()
    assert server.attempts == [(ADDRESS.to_url(), "wrong")]

    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, "s3cret")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text().startswith("Connected to")  # tests run untranslated
    assert "办公室@db.gov.local:5433/政务公开台账" in dialog.status_label.text()
    assert dialog.isVisible()  # a test connects nothing: the clerk still chooses 连接
    # Nothing is remembered by a test.
    assert memory_keyring.entries == {}
    assert settings.recent_servers == []


def test_connect_remembers_the_password_in_the_keyring_and_the_address_without_it(
    qtbot,
    settings,
    memory_keyring,  # noqa: F811
) -> None:
    server = FakeServer()
    dialog = make_dialog(qtbot, settings, server)
    assert dialog.remember_box.isEnabled()
    assert not dialog.keyring_note.isVisible()
    type_address(qtbot, dialog, "wrong")
    dialog.remember_box.setChecked(True)
    press_connect(qtbot, dialog)
    assert dialog.isVisible() and "密码错误" in dialog.status_label.text()
    assert memory_keyring.entries == {}  # a refused password is not kept

    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, "s3cret")
    with qtbot.waitSignal(dialog.accepted):
        press_connect(qtbot, dialog)
    assert (dialog.result_url(), dialog.result_password()) == (ADDRESS.to_url(), "s3cret")
    assert memory_keyring.entries == {
        ("govledger", "办公室@db.gov.local:5433/政务公开台账"): "s3cret"
    }
    assert settings.recent_servers == [ADDRESS.to_url()]
    settings.sync()
    assert "s3cret" not in repr(settings._store.allKeys()) + repr(settings.recent_servers)

    # Next time: the recent server is filled in, its password too.
    again = make_dialog(qtbot, settings, server)
    assert again.address() == ADDRESS
    assert again.password_edit.text() == "s3cret"
    assert again.remember_box.isChecked()
    assert again.host_combo.itemText(0) == "办公室@db.gov.local:5433/政务公开台账"

    # Unticked: the password is forgotten on the next connection.
    again.remember_box.setChecked(False)
    with qtbot.waitSignal(again.accepted):
        press_connect(qtbot, again)
    assert memory_keyring.entries == {}


def test_a_pasted_url_fills_every_field(qtbot, settings, memory_keyring) -> None:  # noqa: F811
    server = FakeServer("p@ss")
    dialog = make_dialog(qtbot, settings, server)
    url = (
        "postgres://%E5%8A%9E%E5%85%AC%E5%AE%A4:p%40ss@[fd00::12]:6543/"
        "%E5%8F%B0%E8%B4%A6?sslmode=verify-full&gssencmode=disable"
    )
    dialog.host_combo.lineEdit().setFocus()
    dialog.host_combo.lineEdit().insert(url)  # as a paste does
    assert dialog.host_combo.currentText() == "fd00::12"
    assert dialog.port_spin.value() == 6543
    assert dialog.database_edit.text() == "台账"
    assert dialog.user_edit.text() == "办公室"
    assert dialog.password_edit.text() == "p@ss"
    assert dialog.tls_combo.currentData() == "verify-full"
    with qtbot.waitSignal(dialog.accepted):
        press_connect(qtbot, dialog)
    # The option PolarDB needs rides along; the password does not.
    assert server.attempts == [
        (
            "postgresql://%E5%8A%9E%E5%85%AC%E5%AE%A4@[fd00::12]:6543/%E5%8F%B0%E8%B4%A6"
            "?sslmode=verify-full&gssencmode=disable",
            "p@ss",
        )
    ]
    assert parse(settings.recent_servers[0]).options == (("gssencmode", "disable"),)
    assert "p%40ss" not in settings.recent_servers[0]
    assert memory_keyring.entries == {}  # not asked to remember


def test_a_malformed_paste_or_missing_field_is_said_in_the_dialog(
    qtbot,
    settings,
    memory_keyring,  # noqa: F811
) -> None:
    server = FakeServer()
    dialog = make_dialog(qtbot, settings, server)
    # Typed by hand, the address is read when the clerk leaves the field, not half-typed.
    qtbot.keyClicks(dialog.host_combo.lineEdit(), "postgresql://u@h:99999/d")
    assert not dialog.status_label.isVisible()
    assert dialog.host_combo.currentText() == "postgresql://u@h:99999/d"
    dialog.host_combo.lineEdit().editingFinished.emit()  # focus moved on
    assert "端口" in dialog.status_label.text()
    qtbot.keyClicks(dialog.host_combo.lineEdit(), "x")
    dialog.host_combo.setEditText("postgresql://clerk@db.gov.local/台账")
    press_connect(qtbot, dialog)  # read on 连接 too
    assert (dialog.host_combo.currentText(), dialog.database_edit.text()) == (
        "db.gov.local",
        "台账",
    )
    assert server.attempts == [(parse("postgresql://clerk@db.gov.local/台账").to_url(), "")]
    server.attempts.clear()
    dialog.database_edit.clear()
    press_connect(qtbot, dialog)
    assert dialog.isVisible()
    assert "数据库名" in dialog.status_label.text()
    assert server.attempts == []


def test_without_a_credential_store_it_says_so_and_still_connects(
    qtbot,
    settings,
    no_keyring,  # noqa: F811
) -> None:
    server = FakeServer()
    dialog = make_dialog(qtbot, settings, server)
    assert not dialog.remember_box.isEnabled()
    assert dialog.keyring_note.isVisible()
    assert "密码不会被记住" in dialog.keyring_note.text()
    type_address(qtbot, dialog, "s3cret")
    with qtbot.waitSignal(dialog.accepted):
        press_connect(qtbot, dialog)
    assert dialog.result_password() == "s3cret"
    assert settings.recent_servers == [ADDRESS.to_url()]


def test_recent_servers_are_offered_latest_first(qtbot, settings, memory_keyring) -> None:  # noqa: F811
    other = ServerAddress(host="10.0.0.9", database="ledger", user="clerk", tls=Tls.REQUIRE)
    settings.remember_server(ADDRESS.to_url())
    settings.remember_server("postgresql://clerk:typed-in@10.0.0.9/ledger?sslmode=require")
    assert settings.recent_servers == [other.to_url(), ADDRESS.to_url()]  # no password kept
    memory_keyring.entries[("govledger", ADDRESS.key())] = "s3cret"
    dialog = make_dialog(qtbot, settings, FakeServer())
    assert [dialog.host_combo.itemText(i) for i in range(2)] == [other.key(), ADDRESS.key()]
    assert dialog.address() == other and dialog.password_edit.text() == ""
    assert not dialog.remember_box.isChecked()
    dialog.host_combo.setCurrentIndex(1)  # the clerk picks the other server
    assert dialog.address() == ADDRESS
    assert dialog.password_edit.text() == "s3cret" and dialog.remember_box.isChecked()


def test_a_store_that_refuses_keeps_the_dialog_open_and_says_why(
    qtbot,
    settings,
    memory_keyring,  # noqa: F811
) -> None:
    keyring.set_keyring(LockedKeyring())
    dialog = make_dialog(qtbot, settings, FakeServer())
    type_address(qtbot, dialog, "s3cret")
    dialog.remember_box.setChecked(True)
    press_connect(qtbot, dialog)
    assert dialog.isVisible() and "凭据管理器" in dialog.status_label.text()
    assert not dialog.remember_box.isChecked()  # connecting again goes without it
    with qtbot.waitSignal(dialog.accepted):
        press_connect(qtbot, dialog)


# ------------------------------------------------------------------ the main window


@pytest.fixture
def window(qtbot, session, settings):
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_file_menu_opens_the_dialog(qtbot, window, memory_keyring) -> None:  # noqa: F811
    action = window.window_actions.connect_server
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    assert action.text() == "Connect to the unit's server ledger…"
    action.trigger()
    dialog = window.findChild(ServerDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Connect to the unit's server ledger"
    dialog.reject()


def test_an_unreachable_server_is_one_message(qtbot, window, session, tmp_path) -> None:
    url = f"postgresql://办公室@/政务公开台账?host={tmp_path / 'no-server-here'}"
    with pytest.raises(GovLedgerError) as raised:
        ledger_opening.open_server(url, "s3cret")
    assert raised.value.key == "server.offline"
    window.open_server_ledger(url, "s3cret")
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 1 and "无法连接台账服务器" in boxes[0].text()
    assert "s3cret" not in boxes[0].text()
    assert session.ledger.is_open  # the window stays on its ledger


def test_an_opened_server_ledger_takes_the_windows_place(
    qtbot, window, session, tmp_path, monkeypatch, pg_server
) -> None:
    url = pg_server.new_database()
    with Ledger.open(url, cache_folder=tmp_path / "cache") as colleague:
        colleague.create_plan("服务器上的方案", 2026)
    monkeypatch.setenv("GOVLEDGER_DATA", str(tmp_path / "data"))
    window.open_server_ledger(url, "")
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    # Windows of earlier tests may linger unshown until deleted: the new one is shown.
    [successor] = [w for w in windows if w is not window and w.isVisible()]
    other = successor.session.ledger
    assert other.is_server
    qtbot.addWidget(successor)
    assert successor.isVisible() and not window.isVisible()
    assert successor.plan_combo.currentText().endswith("服务器上的方案")
    assert not session.ledger.is_open  # the old ledger was let go
    successor.shut_down()


def test_the_ok_button_says_connect(qtbot, settings, memory_keyring) -> None:  # noqa: F811
    dialog = make_dialog(qtbot, settings, FakeServer())
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Connect"
    assert dialog.test_button.text() == "Test connection"


def test_the_window_opens_on_a_server_ledger_from_the_command_line(
    qtbot, settings, tmp_path, monkeypatch, pg_server
) -> None:
    """`govledger --db postgresql://…` (run_app with a URL): the window on the server
    ledger, no lock file; an unreachable server is one message and no window."""
    from govledger.ui.app import open_server_window

    monkeypatch.setenv("GOVLEDGER_DATA", str(tmp_path / "data"))
    url = pg_server.new_database()
    with Ledger.open(url, cache_folder=tmp_path / "cache") as colleague:
        colleague.create_plan("服务器上的方案", 2026)
    window = open_server_window(url, None, settings)
    qtbot.addWidget(window)
    assert window.session.ledger.is_server and window.ledger_lock is None
    assert window.plan_combo.currentText().endswith("服务器上的方案")
    window.shut_down()

    told: list[str] = []

    class Prompter:
        def error(self, text: str) -> None:
            told.append(text)

    unreachable = f"postgresql://clerk@/ledger?host={tmp_path / 'none'}"
    assert open_server_window(unreachable, "s3cret", settings, Prompter()) is None
    assert len(told) == 1 and "s3cret" not in told[0]


@pytest.mark.parametrize(
    ("key", "field"), [("server.login_failed", "password"), ("server.no_database", "database")]
)
def test_a_refused_login_or_missing_database_puts_the_cursor_in_that_field(
    qtbot,
    settings,
    memory_keyring,  # noqa: F811
    key: str,
    field: str,
) -> None:
    def refuse(url: str, password: str) -> None:
        raise GovLedgerError(key, server=url, detail="服务器的原话")

    dialog = make_dialog(qtbot, settings, refuse)
    type_address(qtbot, dialog, "wrong")
    dialog.user_edit.setFocus()
    press_connect(qtbot, dialog)
    assert dialog.isVisible() and "服务器的原话" in dialog.status_label.text()
    edit = dialog.password_edit if field == "password" else dialog.database_edit
    assert dialog.focusWidget() is edit and edit.selectedText() == edit.text() != ""
