"""A server ledger's password lives in the OS credential store, or nowhere."""

from __future__ import annotations

import keyring
import pytest

from govledger import server_credentials
from govledger.server_address import ServerAddress
from govledger.server_credentials import (
    CredentialsUnavailable,
    forget_password,
    password_for,
    save_password,
)
from tests.keyring_fakes import LockedKeyring, memory_keyring, no_keyring  # noqa: F401

ADDRESS = ServerAddress(host="db.gov.local", port=5433, database="台账", user="clerk")


@pytest.fixture(autouse=True)
def chinese(monkeypatch):
    monkeypatch.setenv("GOVLEDGER_LANG", "zh")


def test_saved_read_and_forgotten(memory_keyring) -> None:  # noqa: F811
    assert password_for(ADDRESS) is None
    save_password(ADDRESS, "s3cret")
    assert memory_keyring.entries == {("govledger", "clerk@db.gov.local:5433/台账"): "s3cret"}
    assert password_for(ADDRESS) == "s3cret"
    other = ServerAddress(host="db.gov.local", port=5433, database="其他", user="clerk")
    assert password_for(other) is None
    forget_password(ADDRESS)
    assert password_for(ADDRESS) is None
    forget_password(ADDRESS)  # nothing left to forget: no error


def test_without_a_store_nothing_is_remembered_and_it_says_so(no_keyring, tmp_path) -> None:  # noqa: F811
    assert not server_credentials.available()
    with pytest.raises(CredentialsUnavailable) as raised:
        save_password(ADDRESS, "s3cret")
    assert "凭据管理器" in str(raised.value)
    assert "s3cret" not in str(raised.value)
    assert password_for(ADDRESS) is None
    forget_password(ADDRESS)


def test_a_store_that_refuses_is_one_clear_message(memory_keyring) -> None:  # noqa: F811
    keyring.set_keyring(LockedKeyring())
    assert server_credentials.available()
    with pytest.raises(CredentialsUnavailable) as raised:
        save_password(ADDRESS, "s3cret")
    assert raised.value.key == "credentials.failed"
    assert "locked" in str(raised.value)
