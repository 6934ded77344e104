"""Empty text stays '' on a server ledger, or the server is refused at once (issue 24).

Oracle-compatible servers store '' as NULL: KingbaseES unless the session turns
ora_input_emptystr_isnull off, openGauss in its default 'A' mode always. Neither
runs here, so they are stood in for by a fake connection answering as they do;
PostgreSQL itself is checked for real.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from govledger.messages import GovLedgerError
from govledger.store.server_database import connect, keep_empty_text


@dataclass
class _Rows:
    row: tuple[Any, ...]

    def fetchone(self) -> tuple[Any, ...]:
        return self.row


@dataclass
class OracleModeServer:
    """Answers as KingbaseES (kingbase=True) or openGauss 'A' mode (False) do."""

    kingbase: bool
    setting_obeyed: bool = True
    location: str = "clerk@server/ledger"
    statements: list[str] = field(default_factory=list)
    setting_off: bool = False

    def execute(self, sql: str, params: object = None) -> _Rows:
        self.statements.append(sql)
        if sql.startswith("SET ora_input_emptystr_isnull"):
            self.setting_off = self.setting_obeyed
            return _Rows(())
        empty_is_null = not self.setting_off
        if "pg_settings" in sql:
            return _Rows((empty_is_null, self.kingbase))
        return _Rows((empty_is_null,))


def test_postgresql_keeps_empty_text(pg_server) -> None:
    db = connect(pg_server.new_database())
    try:
        keep_empty_text(db)
        assert db.execute("SELECT CAST('' AS text) IS NULL").fetchone()[0] is False
    finally:
        db.close()


def test_kingbase_s_session_is_told_to_keep_empty_text() -> None:
    server = OracleModeServer(kingbase=True)
    keep_empty_text(server)  # type: ignore[arg-type]
    assert "SET ora_input_emptystr_isnull = off" in server.statements


@pytest.mark.parametrize(
    "server",
    [OracleModeServer(kingbase=False), OracleModeServer(kingbase=True, setting_obeyed=False)],
    ids=["openGauss A mode", "KingbaseES ignoring the setting"],
)
def test_a_server_turning_empty_text_into_null_is_refused_with_what_to_do(
    server: OracleModeServer,
) -> None:
    with pytest.raises(GovLedgerError) as refused:
        keep_empty_text(server)  # type: ignore[arg-type]
    assert refused.value.key == "server.empty_is_null"
    assert "DBCOMPATIBILITY 'PG'" in str(refused.value) and server.location in str(refused.value)
