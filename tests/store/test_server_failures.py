"""A server's failure is one line that says what happened (issue 24: server_failures.py).

By SQLSTATE where the driver has one; while connecting, libpq-based drivers have none,
so the server's own words (in English or, on a Chinese server, in PostgreSQL's zh_CN
translation) tell a missing database or a refused login from a server out of reach.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govledger.messages import GovLedgerError
from govledger.store import Ledger
from govledger.store.server_failures import server_error

SERVER = "postgresql://clerk@ledger-server/ledger"
SOCKET = 'connection to server on socket "/run/postgresql/.s.PGSQL.5432" failed: '


class _Psycopg3Error(Exception):
    def __init__(self, text: str, sqlstate: str | None = None):
        super().__init__(text)
        self.sqlstate = sqlstate


class _Psycopg2Error(Exception):
    def __init__(self, text: str, pgcode: str | None = None):
        super().__init__(text)
        self.pgcode = pgcode


@pytest.mark.parametrize(
    ("code", "key"),
    [
        ("08006", "server.offline"),
        ("28P01", "server.login_failed"),
        ("3D000", "server.no_database"),
        ("55P03", "server.busy"),
        ("40P01", "server.busy"),
        ("42501", "server.refused"),
        ("25006", "edit.read_only"),
        ("53100", "server.disk_full"),
        ("23505", "server.conflict"),
        ("22P02", "server.failed"),
    ],
)
def test_a_sqlstate_says_what_happened_whichever_driver(code: str, key: str) -> None:
    for error in (_Psycopg3Error("the server said no", code), _Psycopg2Error("no", code)):
        assert server_error(error, SERVER).key == key


@pytest.mark.parametrize(
    ("said", "key"),
    [
        ('FATAL:  database "台账" does not exist', "server.no_database"),
        ('致命错误:  数据库 "台账" 不存在', "server.no_database"),
        ('FATAL:  password authentication failed for user "clerk"', "server.login_failed"),
        ('致命错误:  用户 "clerk" Password 认证失败', "server.login_failed"),
        ('FATAL:  role "clerk" does not exist', "server.login_failed"),
        ('致命错误:  角色 "clerk" 不存在', "server.login_failed"),
        ('FATAL:  role "clerk" is not permitted to log in', "server.login_failed"),
        ('FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "clerk", database "台账"',
         "server.login_failed"),
        ("fe_sendauth: no password supplied", "server.login_failed"),
        ("authentication method 10 not supported", "server.auth_method"),  # openGauss SHA256
        ("不支持 10 认证方式", "server.auth_method"),
        ("Connection refused\n\tIs the server running on that host?", "server.offline"),
        ("timeout expired", "server.offline"),
        ('FATAL:  the database system is starting up', "server.offline"),
    ],
)  # fmt: skip
def test_a_failure_to_connect_is_told_by_what_the_server_said(said: str, key: str) -> None:
    error = server_error(_Psycopg3Error("connection failed: " + SOCKET + said), SERVER)
    assert error.key == key
    assert said.splitlines()[0] in str(error)
    if key != "server.offline":  # the server's words, without libpq's wrapping
        assert "socket" not in str(error)


def test_a_missing_database_and_login_on_the_test_server(pg_server, tmp_path: Path) -> None:
    with pytest.raises(GovLedgerError) as missing:
        Ledger.open(pg_server.url("no_such_ledger"), cache_folder=tmp_path)
    assert missing.value.key == "server.no_database"
    assert 'database "no_such_ledger" does not exist' in str(missing.value)
    with pytest.raises(GovLedgerError) as stranger:
        Ledger.open(pg_server.url("postgres", user="nobody_here"), password="secret")
    assert stranger.value.key == "server.login_failed" and "secret" not in str(stranger.value)
