"""A server ledger's password, kept in the OS credential store (Windows 凭据管理器).

Through keyring: service "govledger", the user name being the address's key
(user@host:port/database), so each ledger on each server has its own entry. Where the
system has no usable store (a Linux box without a secret service) nothing is
remembered and CredentialsUnavailable says so once, clearly: the password is never
written to a file or the settings instead.
"""

from __future__ import annotations

import keyring
import keyring.backends.fail
import keyring.errors

from govledger.messages import GovLedgerError
from govledger.server_address import ServerAddress

SERVICE = "govledger"


class CredentialsUnavailable(GovLedgerError):
    """The password cannot be kept or read here; connecting still works without it."""


def available() -> bool:
    """True when a credential store is there to remember passwords in."""
    return not _is_fail_backend(keyring.get_keyring())


def save_password(address: ServerAddress, password: str) -> None:
    _store()
    try:
        keyring.set_password(SERVICE, address.key(), password)
    except keyring.errors.NoKeyringError:
        raise CredentialsUnavailable("credentials.unavailable") from None
    except keyring.errors.KeyringError as exc:
        raise CredentialsUnavailable("credentials.failed", detail=_reason(exc)) from None


def password_for(address: ServerAddress) -> str | None:
    """The remembered password, or None when none is (or none can be)."""
    if not available():
        return None
    try:
        return keyring.get_password(SERVICE, address.key())
    except keyring.errors.NoKeyringError:
        return None
    except keyring.errors.KeyringError as exc:
        raise CredentialsUnavailable("credentials.failed", detail=_reason(exc)) from None


def forget_password(address: ServerAddress) -> None:
    """Remove the remembered password; nothing to remove is not an error."""
    if not available():
        return
    try:
        keyring.delete_password(SERVICE, address.key())
    except keyring.errors.PasswordDeleteError:
        pass  # none was kept
    except keyring.errors.NoKeyringError:
        pass
    except keyring.errors.KeyringError as exc:
        raise CredentialsUnavailable("credentials.failed", detail=_reason(exc)) from None


def _store() -> None:
    if not available():
        raise CredentialsUnavailable("credentials.unavailable")


def _is_fail_backend(backend: object) -> bool:
    # A chainer holding only the fail backend is as good as none.
    if isinstance(backend, keyring.backends.fail.Keyring):
        return True
    inner = getattr(backend, "backends", None)
    return isinstance(inner, list) and all(_is_fail_backend(b) for b in inner)


def _reason(exc: Exception) -> str:
    return str(exc) or type(exc).__name__
