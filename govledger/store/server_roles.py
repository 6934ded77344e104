"""Who may do what on a shared server ledger (issue 24): the office administrator
everything, a unit clerk (经办人) only their units' requirements.

Two group roles carry the rights: ``govledger_admin`` (every table) and
``govledger_clerk`` (reads everything; writes progress entries, evidence,
occurrence marks and triggering events, the bookkeeping every save writes, and
UPDATE on tasks). Logins are made members of
them (``govledger server add-clerk/add-admin``); ``clerk_units`` says which units
a clerk login speaks for.

Which requirements a clerk may write is checked on the server by a row trigger
(``govledger_guard``) rather than row-level security: an RLS policy hides the
rows it refuses from UPDATE and DELETE, which the store would take as saved (or
as someone else's edit), while the trigger refuses the one row with SQLSTATE
42501 and names the requirement (server_failures.py tells the clerk). Triggers
also work on the 信创 servers without RLS. On tasks a clerk may change only
status, progress and the note (domain/access.py CLERK_TASK_COLUMNS); undo
rewrites whole rows, which column grants would refuse, so the trigger compares
the other columns instead (to_jsonb: PostgreSQL 10 or a server compatible with it).

The rule for "their units' requirements" is the one of domain/unit_kinds.py:
named as lead or co unit, or reached through a collective name ("各科室"), whose
patterns are copied into ``collective_names`` from the Python ones.

Migration 2 (run by the ledger's owner like every migration) adds the tables,
functions and triggers; creating the group roles needs CREATEROLE and granting
needs the tables' owner, so ``install_roles`` is a separate command for IT.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from govledger.domain.access import CLERK_TASK_COLUMNS, Access
from govledger.domain.changes import ACCESS_ACTION
from govledger.domain.pinyin_order import sorted_by_pinyin
from govledger.domain.unit_kinds import collective_patterns
from govledger.messages import GovLedgerError
from govledger.store.connection import LedgerDatabase

ADMIN_ROLE = "govledger_admin"
CLERK_ROLE = "govledger_clerk"
# What a clerk writes: their records, and the bookkeeping every save writes.
CLERK_WRITES = (
    "progress_entries",
    "evidence",
    "evidence_blobs",
    "evidence_chunks",
    "search_text",
    "tombstones",
    "occurrence_marks",  # a recurring requirement's month or quarter marked done
    "task_events",  # the event an event-relative deadline counts from
)
# The tables of a requirement's work, checked row by row (their task_id); on tasks
# only UPDATE, the one write granted.
GUARDED = {"tasks": "UPDATE"}
for _table in ("progress_entries", "evidence", "occurrence_marks", "task_events"):
    GUARDED[_table] = "INSERT OR UPDATE OR DELETE"

_TABLES = """
CREATE TABLE clerk_units (
    login TEXT NOT NULL,
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    PRIMARY KEY (login, unit_id)
);
CREATE TABLE collective_names (
    position INTEGER PRIMARY KEY,
    pattern TEXT NOT NULL,
    kind TEXT NOT NULL,
    others_only SMALLINT NOT NULL
);
"""

# govledger_role(): 'owner' (superuser or the tables' owner), 'admin', 'clerk' or
# 'other'; the same answer for the trigger and for Ledger.my_role().
_FUNCTIONS = [
    f"""
CREATE OR REPLACE FUNCTION govledger_role() RETURNS TEXT LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
       OR current_user = (SELECT tableowner FROM pg_tables
                          WHERE schemaname = current_schema() AND tablename = 'tasks') THEN
        RETURN 'owner';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{ADMIN_ROLE}') THEN
        IF pg_has_role(current_user, '{ADMIN_ROLE}', 'MEMBER') THEN
            RETURN 'admin';
        END IF;
    END IF;
    IF EXISTS (SELECT 1 FROM clerk_units WHERE login = current_user) THEN
        RETURN 'clerk';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{CLERK_ROLE}') THEN
        IF pg_has_role(current_user, '{CLERK_ROLE}', 'MEMBER') THEN
            RETURN 'clerk';
        END IF;
    END IF;
    RETURN 'other';
END $$""",
    """
CREATE OR REPLACE FUNCTION govledger_collective_kind(unit_name TEXT) RETURNS TEXT
LANGUAGE sql STABLE AS $$
    SELECT kind FROM collective_names
    WHERE replace(btrim(unit_name), ' ', '') ~ pattern ORDER BY position LIMIT 1
$$""",
    # A unit of the clerk's named on the requirement, or a collective name there
    # reaching it (its kind, the clerk's unit not itself a collective name).
    """
CREATE OR REPLACE FUNCTION govledger_may_write(who TEXT, p_task INTEGER) RETURNS BOOLEAN
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM clerk_units cu
        JOIN units mine ON mine.id = cu.unit_id
        JOIN task_units tu ON tu.task_id = p_task
        JOIN units named ON named.id = tu.unit_id
        WHERE cu.login = who
          AND (named.id = mine.id
               OR (govledger_collective_kind(mine.name) IS NULL
                   AND govledger_collective_kind(named.name) = mine.kind)))
$$""",
    """
CREATE OR REPLACE FUNCTION govledger_check(p_task INTEGER) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    v_requirement TEXT;
    v_units TEXT;
BEGIN
    IF p_task IS NULL OR govledger_may_write(current_user, p_task) THEN
        RETURN;
    END IF;
    SELECT btrim(concat_ws(' ', number, left(text, 40))) INTO v_requirement
    FROM tasks WHERE id = p_task;
    SELECT string_agg(u.name, '、' ORDER BY u.name) INTO v_units
    FROM clerk_units cu JOIN units u ON u.id = cu.unit_id WHERE cu.login = current_user;
    -- A RAISE option may not be NULL (nor '', which 'A' mode reads as NULL).
    IF v_units IS NULL THEN
        RAISE EXCEPTION 'govledger.not_your_unit' USING ERRCODE = '42501',
            DETAIL = coalesce(v_requirement, p_task::text);
    END IF;
    RAISE EXCEPTION 'govledger.not_your_unit' USING ERRCODE = '42501',
        DETAIL = coalesce(v_requirement, p_task::text), HINT = v_units;
END $$""",
    f"""
CREATE OR REPLACE FUNCTION govledger_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    allowed TEXT[] := ARRAY[{", ".join(f"'{name}'" for name in CLERK_TASK_COLUMNS)}];
BEGIN
    IF govledger_role() <> 'clerk' THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'tasks' THEN
        PERFORM govledger_check(OLD.id);
        IF (to_jsonb(NEW) - allowed) IS DISTINCT FROM (to_jsonb(OLD) - allowed) THEN
            RAISE EXCEPTION 'govledger.admin_only' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM govledger_check(OLD.task_id);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    PERFORM govledger_check(NEW.task_id);
    RETURN NEW;
END $$""",
]


def v2_access(db: LedgerDatabase) -> None:
    """Server migration 2: clerk_units, the collective names, the clerk's guard."""
    for statement in _TABLES.split(";"):
        if statement.strip():
            db.execute(statement)
    install_functions(db)
    for table, events in GUARDED.items():
        db.execute(
            f"CREATE TRIGGER govledger_guard BEFORE {events} ON {table} "
            "FOR EACH ROW EXECUTE PROCEDURE govledger_guard()"
        )


def install_functions(db: LedgerDatabase) -> None:
    for statement in _FUNCTIONS:
        db.execute(statement)
    db.execute("DELETE FROM collective_names")
    for position, (pattern, kind, others_only) in enumerate(collective_patterns()):
        db.execute(
            "INSERT INTO collective_names (position, pattern, kind, others_only) "
            "VALUES (?, ?, ?, ?)",
            [position, pattern, str(kind), int(others_only)],
        )


# ---------------------------------------------------------------- reading
def my_access(db: LedgerDatabase) -> Access:
    role, login = db.execute("SELECT govledger_role(), current_user").fetchone()
    units: tuple[str, ...] = ()
    if role == "clerk":
        units = tuple(
            sorted_by_pinyin(
                name
                for (name,) in db.execute(
                    "SELECT u.name FROM clerk_units cu JOIN units u ON u.id = cu.unit_id "
                    "WHERE cu.login = ?",
                    [login],
                )
            )
        )
    return Access(role, units, str(login))


def server_may_write(db: LedgerDatabase, task_id: int) -> bool:
    """The server's own verdict for the current login (what the guard checks)."""
    if db.execute("SELECT govledger_role()").fetchone()[0] != "clerk":
        return True
    return bool(db.execute("SELECT govledger_may_write(current_user, ?)", [task_id]).fetchone()[0])


@dataclass(frozen=True, slots=True)
class LoginAccess:
    login: str
    role: str  # "admin" or "clerk"
    units: tuple[str, ...]


def access_list(db: LedgerDatabase) -> list[LoginAccess]:
    """Every login with a govledger role or clerk units, by name."""
    members: dict[str, str] = {}
    for login, group in db.execute(
        "SELECT m.rolname, g.rolname FROM pg_auth_members a "
        "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
        "WHERE g.rolname IN (?, ?)",
        [ADMIN_ROLE, CLERK_ROLE],
    ):
        if members.get(login) != "admin":
            members[login] = "admin" if group == ADMIN_ROLE else "clerk"
    units: dict[str, list[str]] = {}
    for login, name in db.execute(
        "SELECT cu.login, u.name FROM clerk_units cu JOIN units u ON u.id = cu.unit_id"
    ):
        units.setdefault(login, []).append(name)
        members.setdefault(login, "clerk")
    return [
        LoginAccess(login, role, tuple(sorted_by_pinyin(units.get(login, ()))))
        for login, role in sorted(members.items())
    ]


# ---------------------------------------------------------------- IT's commands
def install_roles(db: LedgerDatabase) -> list[str]:
    """Create the group roles when missing and grant them their rights; run by the
    ledger's owner (a superuser, or one with CREATEROLE when the roles are new).
    Returns the roles created. Running it again is harmless (and refreshes the
    rights after an upgrade added tables)."""
    created = []
    schema = _identifier(db.execute("SELECT current_schema()").fetchone()[0])
    database = _identifier(db.execute("SELECT current_database()").fetchone()[0])
    with db.atomic():
        for role in (ADMIN_ROLE, CLERK_ROLE):
            if not _role_exists(db, role):
                db.execute(f"CREATE ROLE {role} NOLOGIN")
                created.append(role)
        install_functions(db)
        both = f"{ADMIN_ROLE}, {CLERK_ROLE}"
        for statement in (
            f"GRANT CONNECT ON DATABASE {database} TO {both}",
            f"GRANT USAGE ON SCHEMA {schema} TO {both}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} "
            f"TO {ADMIN_ROLE}",
            f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} TO {ADMIN_ROLE}",
            f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {CLERK_ROLE}",
            f"GRANT INSERT, UPDATE, DELETE ON {', '.join(CLERK_WRITES)} TO {CLERK_ROLE}",
            f"GRANT UPDATE ON tasks TO {CLERK_ROLE}",  # which columns: the guard's business
            f"GRANT INSERT ON audit_log TO {CLERK_ROLE}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {CLERK_ROLE}",
            # who is a clerk of what: the owner's and the administrators' to say
            f"REVOKE INSERT, UPDATE, DELETE ON clerk_units, collective_names FROM {CLERK_ROLE}",
            # tables a later upgrade adds: readable at once (writes wait for this command)
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {both}",
        ):
            db.execute(statement)
    return created


def add_clerk(
    db: LedgerDatabase,
    login: str,
    units: list[str],
    *,
    create: bool = False,
    password: str | None = None,
) -> None:
    """Make login a clerk speaking for units (replacing those it had); create: make
    the login first (with password, else none: the server's other sign-in methods)."""
    if not units:
        raise GovLedgerError("server.clerk_needs_unit")
    with db.atomic():
        _require_roles(db)
        if create:
            _create_login(db, login, password)
        unit_ids = [_unit_id(db, name) for name in units]
        _set_access(db, login, CLERK_ROLE, unit_ids)


def add_admin(db: LedgerDatabase, login: str) -> None:
    with db.atomic():
        _require_roles(db)
        _set_access(db, login, ADMIN_ROLE)


def remove_access(db: LedgerDatabase, login: str) -> None:
    """Take both govledger roles and any units from login. The login itself stays:
    it is the server's, and may serve other databases."""
    with db.atomic():
        _require_roles(db)
        _set_access(db, login, None)


def _set_access(
    db: LedgerDatabase, login: str, role: str | None, unit_ids: list[int] | None = None
) -> None:
    """login in the group role (None: in neither), speaking for unit_ids; told."""
    login = _existing_login(db, login)
    for group in (ADMIN_ROLE, CLERK_ROLE):
        if group == role:
            db.execute(f"GRANT {group} TO {_identifier(login)}")
        else:
            db.execute(f"REVOKE {group} FROM {_identifier(login)}")
    db.execute("DELETE FROM clerk_units WHERE login = ?", [login])
    for unit_id in dict.fromkeys(unit_ids or ()):
        db.execute("INSERT INTO clerk_units (login, unit_id) VALUES (?, ?)", [login, unit_id])
    _tell_windows(db, login)


def _tell_windows(db: LedgerDatabase, login: str) -> None:
    """An audit row naming the login: its open windows read their access again
    (ChangeSet.access_changed_for), others' see the row in the log."""
    from govledger.store.transaction import now_text

    db.execute(
        "INSERT INTO audit_log (at, action, description, changes) VALUES (?, ?, ?, '[]')",
        [now_text(), ACCESS_ACTION, login],
    )


def _require_roles(db: LedgerDatabase) -> None:
    if not (_role_exists(db, ADMIN_ROLE) and _role_exists(db, CLERK_ROLE)):
        raise GovLedgerError("server.no_roles")


def _role_exists(db: LedgerDatabase, name: str) -> bool:
    return db.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", [name]).fetchone() is not None


def _existing_login(db: LedgerDatabase, login: str) -> str:
    """The login as the server spells it: as typed, or folded to lower case as an
    unquoted CREATE ROLE left it."""
    for name in dict.fromkeys((login, login.lower())):
        if _role_exists(db, name):
            return name
    raise GovLedgerError("server.no_login", login=login)


def _create_login(db: LedgerDatabase, login: str, password: str | None) -> None:
    """CREATE ROLE takes no parameters: the password goes as a literal, hashed first
    where the driver can (libpq's PQencryptPasswordConn), so no log shows it."""
    if not password:
        db.execute(f"CREATE ROLE {_identifier(login)} LOGIN")
        return
    secret = password
    pgconn = getattr(getattr(db, "conn", None), "pgconn", None)
    if pgconn is not None and hasattr(pgconn, "encrypt_password"):
        secret = pgconn.encrypt_password(password.encode(), login.encode()).decode()
    literal = "'" + secret.replace("'", "''") + "'"
    db.execute(f"CREATE ROLE {_identifier(login)} LOGIN PASSWORD {literal}")


def _unit_id(db: LedgerDatabase, name: str) -> int:
    row: Any = db.execute("SELECT id FROM units WHERE name = ?", [name.strip()]).fetchone()
    if row is None:
        raise GovLedgerError("server.no_such_unit", unit=name)
    return int(row[0])


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
