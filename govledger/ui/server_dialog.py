"""连接单位服务器台账: where the shared ledger is, the password, and a test before connecting.

The dialog knows nothing of databases: try_connect(url, password) is given to it and
raises GovLedgerError when the server cannot be reached; its message shows in the
dialog, which stays open. Recent addresses (never passwords) come from the settings;
a password is remembered only in the OS credential store, and only when asked to.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from govledger import server_credentials
from govledger.messages import GovLedgerError, message
from govledger.server_address import (
    DEFAULT_PORT,
    ServerAddress,
    Tls,
    is_server_location,
    parse,
    parse_with_password,
)
from govledger.ui.appearance import style_error, style_hint
from govledger.ui.scroll_form import ScrollForm
from govledger.ui.settings import AppSettings
from govledger.ui.window_geometry import fit_to_screen

SUCCESS_STYLE = "color: #1E6B30; background: #E3F4E6; padding: 6px; border-radius: 3px;"


class ServerDialog(QDialog):
    def __init__(
        self,
        try_connect: Callable[[str, str], None],
        settings: AppSettings,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.try_connect = try_connect
        self.settings = settings
        self._url = ""
        self._password = ""
        self._options: tuple[tuple[str, str], ...] = ()  # from a pasted URL (PolarDB's)
        self._filling = False
        self._host_text = ""  # the host field before its last change: a paste adds many
        self.setWindowTitle(self.tr("Connect to the unit's server ledger"))

        self.host_combo = QComboBox(self)
        self.host_combo.setEditable(True)
        self.host_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.host_combo.lineEdit().setPlaceholderText(
            self.tr("server name or IP, or paste a postgresql:// address")
        )
        self.host_combo.setMinimumContentsLength(28)
        for url in settings.recent_servers:
            try:
                self.host_combo.addItem(parse(url).key(), url)
            except GovLedgerError:
                continue  # an address saved by another version: not offered
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.port_spin.setGroupSeparatorShown(False)
        self.database_edit = QLineEdit(self)
        self.database_edit.setPlaceholderText(self.tr("e.g. govledger"))
        self.user_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls_combo = QComboBox(self)
        for mode, label in (
            (Tls.PREFER, self.tr("Encrypt if the server can")),
            (Tls.REQUIRE, self.tr("Always encrypt")),
            (Tls.VERIFY_FULL, self.tr("Encrypt and verify the server's certificate")),
            (Tls.DISABLE, self.tr("No encryption")),
        ):
            self.tls_combo.addItem(label, mode.value)
        self.remember_box = QCheckBox(
            self.tr("Remember the password (kept in Windows Credential Manager)"), self
        )
        self.keyring_note = QLabel(self)
        self.keyring_note.setWordWrap(True)
        style_hint(self.keyring_note)
        if not server_credentials.available():
            self.remember_box.setEnabled(False)
            self.keyring_note.setText(message("credentials.unavailable"))
        self.keyring_note.setVisible(bool(self.keyring_note.text()))
        hint = QLabel(
            self.tr(
                "Ask your IT administrator for the server, database and user name. "
                "The password is never saved in the settings."
            ),
            self,
        )
        hint.setWordWrap(True)
        style_hint(hint)

        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.host_combo)
        form.addRow(self.tr("Port"), self.port_spin)
        form.addRow(self.tr("Database"), self.database_edit)
        form.addRow(self.tr("User name"), self.user_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.tr("Encryption"), self.tls_combo)
        form.addRow("", self.remember_box)
        form.addRow("", self.keyring_note)
        form.addRow(hint)

        self.status_label = QLabel(self)  # the outcome of a test or a failed connection
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("Connect"))
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.clicked.connect(self.test_connection)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        # The form scrolls on a short screen; the message and buttons stay below, in reach.
        layout.addWidget(ScrollForm(form, self), 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        self.host_combo.currentIndexChanged.connect(self._recent_chosen)
        self.host_combo.editTextChanged.connect(self._host_typed)
        self.host_combo.lineEdit().editingFinished.connect(self._host_finished)
        if self.host_combo.count():
            self._recent_chosen(0)
        else:
            self.host_combo.setCurrentIndex(-1)
        # A known server: what is left to type is the password (unless remembered).
        if self.host_combo.currentText() and not self.password_edit.text():
            self.password_edit.setFocus()
        fit_to_screen(self, self.sizeHint().expandedTo(QSize(560, 0)))

    # ------------------------------------------------------------ filling
    def fill_from_url(self, url: str) -> None:
        """Fill every field from a pasted address; a password in it goes to the password field."""
        try:
            address, password = parse_with_password(url)
        except GovLedgerError as exc:
            self.show_error(str(exc))
            return
        self.status_label.hide()  # the last message was about other values
        if password is None:
            password = self._remembered(address)
        else:
            self.remember_box.setChecked(False)  # typed in a URL: kept only if asked
        self.fill(address, password or "")  # another server's password would not do

    def fill(self, address: ServerAddress, password: str | None) -> None:
        self._filling = True
        try:
            self.host_combo.setEditText(address.host)
            self.port_spin.setValue(address.port)
            self.database_edit.setText(address.database)
            self.user_edit.setText(address.user)
            self.tls_combo.setCurrentIndex(max(0, self.tls_combo.findData(address.tls.value)))
            self._options = address.options
            if password is not None:
                self.password_edit.setText(password)
        finally:
            self._filling = False

    def _remembered(self, address: ServerAddress) -> str | None:
        try:
            password = server_credentials.password_for(address)
        except GovLedgerError as exc:
            self.show_error(str(exc))
            return None
        self.remember_box.setChecked(password is not None)
        return password

    def _recent_chosen(self, index: int) -> None:
        url = self.host_combo.itemData(index) if index >= 0 else None
        if url:
            self.fill_from_url(url)

    def _host_typed(self, text: str) -> None:
        """A pasted address fills the fields at once; one typed by hand when it is done."""
        pasted = len(text) - len(self._host_text) > 1
        self._host_text = text
        if pasted and not self._filling and is_server_location(text):
            self.fill_from_url(text)

    def _host_finished(self) -> None:
        text = self.host_combo.currentText()
        if is_server_location(text):
            self.fill_from_url(text)

    # ------------------------------------------------------------ results
    def address(self) -> ServerAddress:
        """The address in the fields; GovLedgerError says what is missing or wrong."""
        if is_server_location(self.host_combo.currentText()):
            self._host_finished()  # typed by hand and 连接 clicked straight away
        return ServerAddress(
            host=self.host_combo.currentText().strip().strip("[]"),
            port=self.port_spin.value(),
            database=self.database_edit.text().strip(),
            user=self.user_edit.text().strip(),
            tls=Tls(self.tls_combo.currentData()),
            options=self._options,
        )

    def result_url(self) -> str:
        """The chosen server's URL, without a password (after the dialog was accepted)."""
        return self._url

    def result_password(self) -> str:
        return self._password

    # ------------------------------------------------------------ connecting
    def _connect(self) -> ServerAddress | None:
        """Try the server with the fields' values; None (and the reason shown) if it fails."""
        try:
            address = self.address()
        except GovLedgerError as exc:
            self.show_error(str(exc))
            return None
        self.status_label.setText(self.tr("Connecting to {server}…").format(server=address.key()))
        self.status_label.setStyleSheet("")
        self._show_status()
        self.status_label.repaint()  # seen while the server is slow to answer
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.try_connect(address.to_url(), self.password_edit.text())
        except (GovLedgerError, OSError) as exc:
            self.show_error(str(exc))
            self._go_to_field_at_fault(getattr(exc, "key", ""))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        return address

    def _go_to_field_at_fault(self, key: str) -> None:
        """The field to correct, ready to retype: the password a login refused, the
        database the server lacks (a server out of reach has none to blame)."""
        at_fault = {
            "server.login_failed": self.password_edit,
            "server.no_database": self.database_edit,
        }
        edit = at_fault.get(key)
        if edit is not None:
            edit.setFocus()
            edit.selectAll()

    def test_connection(self) -> bool:
        address = self._connect()
        if address is None:
            return False
        self.status_label.setText(
            self.tr("Connected to {server}. Click Connect to open the ledger.").format(
                server=address.key()
            )
        )
        self.status_label.setObjectName("successLabel")
        self.status_label.setStyleSheet(SUCCESS_STYLE)
        self._show_status()
        return True

    def accept(self) -> None:
        address = self._connect()
        if address is None:
            return
        if not self._keep_password(address):
            return
        self.settings.remember_server(address.to_url())
        self.settings.sync()
        self._url = address.to_url()
        self._password = self.password_edit.text()
        super().accept()

    def _keep_password(self, address: ServerAddress) -> bool:
        """Remember or forget the password as the box says; False when it could not."""
        try:
            if self.remember_box.isChecked():
                server_credentials.save_password(address, self.password_edit.text())
            else:
                server_credentials.forget_password(address)
        except GovLedgerError as exc:
            # Connecting works without it: the clerk reads why and connects again unticked.
            self.remember_box.setChecked(False)
            self.show_error(str(exc))
            return False
        return True

    def show_error(self, text: str) -> None:
        self.status_label.setText(text)
        style_error(self.status_label)
        self._show_status()

    def _show_status(self) -> None:
        """Show the message below the form, the dialog grown to keep the form whole."""
        self.status_label.show()
        if self.isVisible():
            self.layout().activate()
            wanted = self.sizeHint().expandedTo(self.size())
            fit_to_screen(self, wanted)


def ask_for_server(
    parent: QWidget,
    settings: AppSettings,
    try_connect: Callable[[str, str], None],
    connect: Callable[[str, str], None],
) -> ServerDialog:
    """Open the dialog (not modal for the event loop); connect(url, password) once accepted."""
    dialog = ServerDialog(try_connect, settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: connect(dialog.result_url(), dialog.result_password()))
    dialog.open()
    return dialog
