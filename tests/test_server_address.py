"""The server ledger's address: libpq URLs read and written, passwords never kept in one."""

from __future__ import annotations

import pytest

from govledger.messages import GovLedgerError
from govledger.server_address import (
    ServerAddress,
    Tls,
    is_server_location,
    parse,
    parse_with_password,
    redacted,
    split_password,
)


@pytest.fixture(autouse=True)
def chinese(monkeypatch):
    monkeypatch.setenv("GOVLEDGER_LANG", "zh")


def test_a_full_url_is_read_into_its_parts() -> None:
    address = parse("postgresql://clerk@db.gov.local:5433/ledger?sslmode=require")
    assert address == ServerAddress(
        host="db.gov.local", port=5433, database="ledger", user="clerk", tls=Tls.REQUIRE
    )


def test_postgres_scheme_default_port_and_default_tls() -> None:
    address = parse("postgres://clerk@10.0.0.5/ledger")
    assert (address.host, address.port, address.tls) == ("10.0.0.5", 5432, Tls.PREFER)


@pytest.mark.parametrize(
    "address",
    [
        ServerAddress(host="db.gov.local", database="ledger", user="clerk"),
        ServerAddress(host="10.1.2.3", port=54321, database="台账", user="办公室", tls=Tls.DISABLE),
        ServerAddress(host="fe80::1%eth0", database="ledger", user="u", tls=Tls.VERIFY_FULL),
        ServerAddress(
            host="polardb.example.cn",
            database="政务公开台账 2026",
            user="clerk",
            options=(("gssencmode", "disable"), ("application_name", "govledger 台账")),
        ),
    ],
)
def test_to_url_and_parse_round_trip(address: ServerAddress) -> None:
    url = address.to_url()
    assert parse(url) == address
    assert parse(url).to_url() == url


def test_chinese_names_are_percent_encoded() -> None:
    url = ServerAddress(host="db", database="台账", user="办公室").to_url()
    assert url == (
        "postgresql://%E5%8A%9E%E5%85%AC%E5%AE%A4@db:5432/%E5%8F%B0%E8%B4%A6?sslmode=prefer"
    )
    assert url.isascii()
    assert parse(url).database == "台账"


def test_ipv6_in_brackets_with_and_without_port() -> None:
    assert parse("postgresql://u@[2001:db8::7]:6000/d").host == "2001:db8::7"
    assert parse("postgresql://u@[2001:db8::7]:6000/d").port == 6000
    assert parse("postgresql://u@[::1]/d").port == 5432
    assert (
        ServerAddress(host="::1", database="d", user="u")
        .to_url()
        .startswith("postgresql://u@[::1]:5432/")
    )


def test_extra_options_are_kept_as_given() -> None:
    address = parse("postgresql://u@h/d?gssencmode=disable&sslmode=require&connect_timeout=10")
    assert address.tls is Tls.REQUIRE
    assert address.options == (("gssencmode", "disable"), ("connect_timeout", "10"))
    assert "gssencmode=disable" in address.to_url()


def test_query_parts_fill_the_url() -> None:
    address = parse("postgresql:///ledger?host=db&port=6432&user=clerk")
    assert (address.host, address.port, address.user, address.database) == (
        "db",
        6432,
        "clerk",
        "ledger",
    )


def test_a_password_is_split_off_and_never_written() -> None:
    url, password = split_password("postgresql://clerk:p%40ss%3Aw0rd@db:5432/ledger")
    assert password == "p@ss:w0rd"
    assert url == "postgresql://clerk@db:5432/ledger?sslmode=prefer"
    assert "w0rd" not in parse("postgresql://clerk:w0rd@db/ledger").to_url()
    url, password = split_password("postgresql://clerk@db/ledger?password=s3cret&sslmode=disable")
    assert (password, "s3cret" in url) == ("s3cret", False)
    assert split_password("postgresql://clerk@db/ledger")[1] is None
    assert parse_with_password("postgresql://clerk:@db/ledger")[1] == ""


def test_redacted_hides_passwords_and_never_raises() -> None:
    assert redacted("postgresql://clerk:s3cret@db/ledger") == "postgresql://clerk:***@db/ledger"
    assert redacted("postgresql://u@db/l?sslmode=require&password=x1") == (
        "postgresql://u@db/l?sslmode=require&password=***"
    )
    assert redacted("postgresql://clerk@db/ledger") == "postgresql://clerk@db/ledger"
    assert redacted("not a url :: @") == "not a url :: @"


def test_is_server_location_tells_urls_from_paths() -> None:
    assert is_server_location("  PostgreSQL://u@h/d")
    assert is_server_location("postgres://u@h/d")
    assert not is_server_location(r"C:\Users\clerk\ledger.sqlite")
    assert not is_server_location("/home/clerk/ledger.sqlite")
    assert not is_server_location("mysql://u@h/d")


def test_the_key_names_user_host_port_database() -> None:
    assert parse("postgresql://clerk@DB:5433/台账").key() == "clerk@DB:5433/台账"
    assert parse("postgresql://clerk@[::1]/d").key() == "clerk@[::1]:5432/d"


@pytest.mark.parametrize(
    ("url", "key", "words"),
    [
        ("mysql://u@h/d", "server.bad_scheme", "postgresql://"),
        ("C:\\ledger.sqlite", "server.bad_scheme", "postgresql://"),
        ("postgresql://u@/d", "server.missing_host", "服务器地址"),
        ("postgresql://u@h:port/d", "server.bad_port", "port"),
        ("postgresql://u@h:70000/d", "server.bad_port", "70000"),
        ("postgresql://u@h:5432", "server.missing_database", "数据库名"),
        ("postgresql://@h/d", "server.missing_user", "用户名"),
        ("postgresql://u@fe80::1/d", "server.bad_host", "方括号"),
        ("postgresql://u@[fe80::1/d", "server.bad_host", "方括号"),
        ("postgresql://u@h1,h2/d", "server.bad_host", "h1,h2"),
        ("postgresql://u@h/d?sslmode=verify-ca", "server.bad_sslmode", "verify-ca"),
        ("postgresql://u@h/d?sslmode", "server.malformed", "无法识别"),
        ("postgresql://u@h/d#x", "server.malformed", "无法识别"),
    ],
)
def test_malformed_urls_say_what_is_wrong(url: str, key: str, words: str) -> None:
    with pytest.raises(GovLedgerError) as raised:
        parse(url)
    assert raised.value.key == key
    assert words in str(raised.value)


def test_errors_never_show_the_password() -> None:
    with pytest.raises(GovLedgerError) as raised:
        parse("postgresql://u:topsecret@h/d#frag")
    assert "topsecret" not in str(raised.value)


def test_the_address_is_frozen_and_checked() -> None:
    address = ServerAddress(host="h", database="d", user="u")
    with pytest.raises(AttributeError):
        address.host = "x"  # type: ignore[misc]
    with pytest.raises(GovLedgerError):
        ServerAddress(host="h", port=0, database="d", user="u")
    with pytest.raises(GovLedgerError):
        ServerAddress(host="a b", database="d", user="u")
