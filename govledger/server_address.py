"""Where a shared ledger lives on a PostgreSQL server: the address a clerk types or pastes.

A libpq URL (postgresql://user@host:port/database?sslmode=...) read into a value the
dialog, the settings and the credential store agree on. It never holds a password:
one pasted with the URL is split off (split_password) so the address can be shown,
logged and remembered, and the password kept only in the OS credential store.
PostgreSQL-compatible servers (KingbaseES, openGauss/GaussDB, HighGo, PolarDB) use
the same URL; options they need (gssencmode=disable for PolarDB) ride along untouched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import parse_qsl, quote, unquote

from govledger.messages import GovLedgerError

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432


class Tls(StrEnum):
    """The libpq sslmodes offered to clerks (allow and verify-ca add nothing for them)."""

    DISABLE = "disable"  # 不加密
    PREFER = "prefer"  # 尽量加密: libpq's own default
    REQUIRE = "require"  # 必须加密
    VERIFY_FULL = "verify-full"  # 验证服务器证书


# Query keys that name a part the URL already has: folded into it, not kept as options.
_PARTS = ("host", "port", "dbname", "user")


@dataclass(frozen=True, kw_only=True)
class ServerAddress:
    host: str
    port: int = DEFAULT_PORT
    database: str
    user: str
    tls: Tls = Tls.PREFER
    # Other libpq parameters, (key, value) in the order given, e.g. ("gssencmode", "disable").
    options: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        _check_host(self.host)
        if not 1 <= self.port <= 65535:
            raise GovLedgerError("server.bad_port", port=self.port)
        if not self.database.strip():
            raise GovLedgerError("server.missing_database")
        if not self.user.strip():
            raise GovLedgerError("server.missing_user")

    def to_url(self) -> str:
        """The libpq URL, port and sslmode always written out; never a password."""
        host = f"[{self.host}]" if ":" in self.host else quote(self.host, safe="")
        query = [("sslmode", self.tls.value), *self.options]
        params = "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in query)
        return (
            f"postgresql://{quote(self.user, safe='')}@{host}:{self.port}"
            f"/{quote(self.database, safe='')}?{params}"
        )

    def key(self) -> str:
        """user@host:port/database: the name the password is kept under, and shown to clerks."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.user}@{host}:{self.port}/{self.database}"

    def __str__(self) -> str:
        return self.key()


def is_server_location(text: str) -> bool:
    """True when text is a server URL rather than a ledger file's path."""
    return text.strip().lower().startswith(tuple(f"{scheme}://" for scheme in SCHEMES))


def parse(url: str) -> ServerAddress:
    """The address in url; a password in it is dropped (use split_password to keep it)."""
    return parse_with_password(url)[0]


def split_password(url: str) -> tuple[str, str | None]:
    """(the url without its password, the password or None)."""
    address, password = parse_with_password(url)
    return address.to_url(), password


def parse_with_password(url: str) -> tuple[ServerAddress, str | None]:
    text = url.strip()
    if not is_server_location(text):
        raise GovLedgerError("server.bad_scheme", url=redacted(text))
    rest = text.split("://", 1)[1]
    rest, _hash, fragment = rest.partition("#")
    if fragment:
        raise GovLedgerError("server.malformed", url=redacted(text))
    rest, _mark, query = rest.partition("?")
    authority, _slash, path = rest.partition("/")
    # The last @ ends the user part: an unencoded @ in a password is taken as typed.
    userinfo, at, hostport = authority.rpartition("@")
    if not at:
        userinfo, hostport = "", authority
    user, colon, password_text = userinfo.partition(":")
    password = unquote(password_text) if colon else None
    host, port_text = _split_host_port(hostport, text)
    parts = {
        "host": unquote(host),
        "port": port_text,
        "dbname": unquote(path),
        "user": unquote(user),
    }
    options: list[tuple[str, str]] = []
    tls = Tls.PREFER
    try:
        pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=bool(query))
    except ValueError:
        raise GovLedgerError("server.malformed", url=redacted(text)) from None
    for key, value in pairs:
        if key == "password":
            password = value
        elif key == "sslmode":
            try:
                tls = Tls(value)
            except ValueError:
                raise GovLedgerError("server.bad_sslmode", mode=value) from None
        elif key in _PARTS:
            parts[key] = value
        else:
            options.append((key, value))
    port_text = parts["port"]
    if port_text and not port_text.isdigit():
        raise GovLedgerError("server.bad_port", port=port_text)
    if not parts["host"]:
        raise GovLedgerError("server.missing_host")
    address = ServerAddress(
        host=parts["host"],
        port=int(port_text) if port_text else DEFAULT_PORT,
        database=parts["dbname"],
        user=parts["user"],
        tls=tls,
        options=tuple(options),
    )
    return address, password


def _split_host_port(hostport: str, url: str) -> tuple[str, str]:
    if hostport.startswith("["):  # IPv6: [fe80::1]:5432
        host, bracket, after = hostport[1:].partition("]")
        if not bracket or (after and not after.startswith(":")):
            raise GovLedgerError("server.bad_host", host=hostport)
        return host, after[1:]
    if hostport.count(":") > 1:
        raise GovLedgerError("server.bad_host", host=hostport)
    if "," in hostport:  # libpq's several hosts: not a place a clerk's ledger lives
        raise GovLedgerError("server.bad_host", host=hostport)
    host, _colon, port = hostport.partition(":")
    return host, port


def _check_host(host: str) -> None:
    if not host.strip():
        raise GovLedgerError("server.missing_host")
    if any(char.isspace() or char in "/@?#[]," for char in host):
        raise GovLedgerError("server.bad_host", host=host)
    if ":" in host and not re.fullmatch(r"[0-9A-Fa-f:.]+(%[\w.-]+)?", host):
        raise GovLedgerError("server.bad_host", host=host)


def readable(url: str) -> str:
    """url for a clerk's eyes: user@host:port/database (Chinese as typed); never raises."""
    try:
        return parse(url).key()
    except GovLedgerError:
        return redacted(url)


_QUERY_PASSWORD = re.compile(r"([?&]password=)[^&#]*", re.IGNORECASE)


def redacted(url: str) -> str:
    """url with any password replaced by ***, for logs and messages; never raises."""
    text = str(url)
    scheme, sep, rest = text.partition("://")
    if sep:
        head, mark, query = rest.partition("?")
        userinfo, at, tail = head.rpartition("@")
        if at and ":" in userinfo:
            head = userinfo.split(":", 1)[0] + ":***@" + tail
        text = scheme + sep + head + mark + query
    return _QUERY_PASSWORD.sub(r"\1***", text)
