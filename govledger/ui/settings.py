"""The clerk's preferences, kept in QSettings (the registry on Windows).

One small typed facade so widgets never spell setting keys or defaults themselves.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from govledger.domain.status_rules import WARNING_WORKDAYS
from govledger.messages import GovLedgerError
from govledger.server_address import parse

ORGANIZATION_NAME = "govledger"
APPLICATION_NAME = "govledger"
DEFAULT_WARNING_DAYS = WARNING_WORKDAYS  # the domain's one default (status_rules)
LANGUAGES = ("system", "zh_CN", "en")
RECENT_SERVERS = 8  # server ledgers offered in the connect dialog, latest first


class AppSettings:
    def __init__(self, store: QSettings | None = None):
        self._store = store if store is not None else QSettings(ORGANIZATION_NAME, APPLICATION_NAME)

    def _text(self, key: str, default: str = "") -> str:
        value = self._store.value(key, default)
        return "" if value is None else str(value)

    @property
    def organization(self) -> str:
        return self._text("organization")

    @organization.setter
    def organization(self, value: str) -> None:
        self._store.setValue("organization", value.strip())

    @property
    def warning_days(self) -> int:
        try:
            days = int(self._store.value("warning_days", DEFAULT_WARNING_DAYS))
        except (TypeError, ValueError):
            return DEFAULT_WARNING_DAYS
        return max(0, min(days, 365))

    @warning_days.setter
    def warning_days(self, value: int) -> None:
        self._store.setValue("warning_days", int(value))

    @property
    def data_folder(self) -> Path | None:
        """Where the ledger lives when no --db is given (None: the platform default)."""
        text = self._text("data_folder")
        return Path(text) if text else None

    @data_folder.setter
    def data_folder(self, value: Path | str | None) -> None:
        self._store.setValue("data_folder", str(value) if value else "")

    @property
    def my_unit(self) -> str:
        return self._text("my_unit")

    @my_unit.setter
    def my_unit(self, value: str) -> None:
        self._store.setValue("my_unit", value.strip())

    @property
    def language(self) -> str:
        value = self._text("language", "system")
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("language", value if value in LANGUAGES else "system")

    @property
    def last_plan_id(self) -> int | None:
        try:
            return int(self._store.value("last_plan_id", 0)) or None
        except (TypeError, ValueError):
            return None

    @last_plan_id.setter
    def last_plan_id(self, value: int | None) -> None:
        self._store.setValue("last_plan_id", value or 0)

    @property
    def remind_at_start(self) -> bool:
        """Open the deadline reminder summary when the app starts; off unless chosen.

        The banner above the tree says the same in one line and its 查看 button opens
        the summary: a dialog over the tree at every start is in the clerk's way.
        """
        return str(self._store.value("reminders/at_start", "false")).lower() in ("true", "1")

    @remind_at_start.setter
    def remind_at_start(self, value: bool) -> None:
        self._store.setValue("reminders/at_start", "true" if value else "false")

    @property
    def recent_servers(self) -> list[str]:
        """Server ledgers connected to, latest first, as URLs without a password."""
        value = self._store.value("servers/recent", [])
        urls = [value] if isinstance(value, str) else list(value or [])
        return [str(url) for url in urls if url][:RECENT_SERVERS]

    def remember_server(self, url: str) -> None:
        """Put url first among the recent servers; its password, if any, is dropped."""
        try:
            url = parse(url).to_url()  # parse() keeps no password
        except GovLedgerError:
            return
        urls = [url, *(u for u in self.recent_servers if u != url)][:RECENT_SERVERS]
        self._store.setValue("servers/recent", urls)

    def window_state(self) -> tuple[object, object, object]:
        return (
            self._store.value("window/geometry"),
            self._store.value("window/state"),
            self._store.value("window/splitter"),
        )

    def save_window_state(self, geometry: object, state: object, splitter: object) -> None:
        self._store.setValue("window/geometry", geometry)
        self._store.setValue("window/state", state)
        self._store.setValue("window/splitter", splitter)

    def view_header(self, view: str) -> object:
        """A table's saved column widths and order (QHeaderView.saveState), per view."""
        return self._store.value(f"views/{view}/header")

    def save_view_header(self, view: str, state: object) -> None:
        self._store.setValue(f"views/{view}/header", state)

    def hidden_columns(self, view: str) -> list[int]:
        """The columns the clerk unticked in a view (not those hidden for room)."""
        value = self._store.value(f"views/{view}/hidden_columns", "")
        text = ",".join(value) if isinstance(value, list) else str(value or "")
        return [int(part) for part in text.split(",") if part.strip().isdigit()]

    def save_hidden_columns(self, view: str, columns: list[int]) -> None:
        self._store.setValue(f"views/{view}/hidden_columns", ",".join(map(str, sorted(columns))))

    @property
    def wrap_rows(self) -> bool:
        """Show long requirements on several lines in the task tree."""
        return str(self._store.value("views/tree/wrap_rows", "false")).lower() in ("true", "1")

    @wrap_rows.setter
    def wrap_rows(self, value: bool) -> None:
        self._store.setValue("views/tree/wrap_rows", "true" if value else "false")

    def sync(self) -> None:
        self._store.sync()
