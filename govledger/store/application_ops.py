"""Ledger mutations and reads on the 依申请公开 register and its documents.

Documents (request letters, reply letters) are stored in the same content-addressed
evidence/ folder as 佐证材料, but recorded in application_documents: they belong to
an application, not to a requirement of a plan.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govledger.domain.changes import ChangeSet
from govledger.domain.status_rules import WARNING_WORKDAYS
from govledger.messages import GovLedgerError, message
from govledger.store.evidence_ops import display_name
from govledger.store.evidence_store import EvidenceStore
from govledger.store.records import optional_date
from govledger.store.task_ops import new_uuid
from govledger.store.transaction import Transaction, now_text

if TYPE_CHECKING:
    from govledger.domain.applications import (
        Application,
        ApplicationDeadline,
        ApplicationDocument,
    )
    from govledger.domain.working_days import WorkingCalendar
    from govledger.store.connection import LedgerDatabase

TEXT_FIELDS = {"number", "applicant_name", "contact", "content", "note"}
INT_FIELDS = {"extension_workdays", "fee_cents"}


@cache
def date_fields() -> frozenset[str]:
    from govledger.domain.applications import STEP_COLUMNS  # loaded on first use (start-up time)

    return frozenset({"received_on", "corrected_on", "extended_on", *STEP_COLUMNS.values()})


@cache
def code_fields() -> dict[str, frozenset[str]]:
    """Fields holding a code of the report format -> the codes each accepts."""
    from govledger.domain import annual_report_format as fmt

    return {
        "channel": frozenset(code for code, _ in fmt.CHANNELS),
        "applicant_type": frozenset(code for code, _ in fmt.APPLICANT_TYPES),
        "outcome": frozenset(row.code for row in fmt.OUTCOMES),
    }


@cache
def application_fields() -> frozenset[str]:
    return date_fields() | TEXT_FIELDS | set(code_fields()) | INT_FIELDS


def application_from_row(row: dict[str, Any]) -> Application:
    from govledger.domain.applications import Application

    return Application(
        id=row["id"],
        uuid=row["uuid"],
        received_on=date.fromisoformat(row["received_on"]),
        channel=row["channel"],
        applicant_type=row["applicant_type"],
        number=row["number"],
        applicant_name=row["applicant_name"],
        contact=row["contact"],
        content=row["content"],
        registered_on=optional_date(row["registered_on"]),
        reviewed_on=optional_date(row["reviewed_on"]),
        handled_on=optional_date(row["handled_on"]),
        replied_on=optional_date(row["replied_on"]),
        archived_on=optional_date(row["archived_on"]),
        corrected_on=optional_date(row["corrected_on"]),
        extended_on=optional_date(row["extended_on"]),
        extension_workdays=row["extension_workdays"],
        outcome=row["outcome"],
        fee_cents=row["fee_cents"],
        note=row["note"],
    )


def _values(fields: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in application_fields():
            raise GovLedgerError("edit.bad_field", field=name)
        if name in date_fields():
            if isinstance(value, date):
                value = value.isoformat()
            elif value:
                try:
                    value = date.fromisoformat(str(value)).isoformat()
                except ValueError:
                    raise GovLedgerError("application.bad_date", value=value) from None
            else:
                value = None
        elif name in code_fields():
            value = value or None
            if value is None and name != "outcome":
                raise GovLedgerError("application.bad_code", field=name, value="")
            if value is not None and value not in code_fields()[name]:
                raise GovLedgerError("application.bad_code", field=name, value=value)
        elif name in INT_FIELDS:
            if not isinstance(value, int) or value < 0:
                raise GovLedgerError("application.bad_number", field=name, value=value)
        else:
            value = "" if value is None else str(value).strip()
        values[name] = value
    return values


def _check_row(row: dict[str, Any]) -> None:
    """The whole row after an edit: steps in order, reply with an outcome, one extension."""
    from govledger.domain import annual_report_format as fmt
    from govledger.domain.applications import STEP_CODES, STEP_COLUMNS

    received = row["received_on"]
    previous = received
    for step in STEP_CODES:
        day = row[STEP_COLUMNS[step]]
        if day is None:
            continue
        if day < previous:
            raise GovLedgerError("application.step_order", step=fmt.label_of(fmt.STEPS, step))
        previous = day
    for name in ("corrected_on", "extended_on"):
        if row[name] is not None and row[name] < received:
            raise GovLedgerError("application.before_receipt", date=row[name])
    if row["replied_on"] is not None and row["outcome"] is None:
        raise GovLedgerError("application.reply_needs_outcome")
    if row["extended_on"] is None:
        row["extension_workdays"] = 0
    elif not 1 <= row["extension_workdays"] <= fmt.MAX_EXTENSION_WORKDAYS:
        raise GovLedgerError(
            "application.bad_extension",
            value=row["extension_workdays"],
            most=fmt.MAX_EXTENSION_WORKDAYS,
        )


class ApplicationOps:
    _db: LedgerDatabase
    evidence: EvidenceStore

    def _transaction(self, action: str, description: str) -> AbstractContextManager[Transaction]:
        raise NotImplementedError

    def holidays(self) -> dict[date, tuple[bool, str]]:
        raise NotImplementedError

    # ------------------------------------------------------------ writing
    def add_application(
        self,
        *,
        received_on: date,
        channel: str,
        applicant_type: str,
        content: str = "",
        **fields: Any,
    ) -> ChangeSet:
        """Register a request (登记). Its number defaults to YEAR-NNN, the next free one."""
        values = _values(
            {
                "received_on": received_on,
                "channel": channel,
                "applicant_type": applicant_type,
                "content": content,
                **fields,
            }
        )
        values.setdefault("registered_on", values["received_on"])
        what = message("what.application")
        with self._transaction("add_application", f"{what}: {content[:30]}") as tx:
            if not values.get("number"):
                values["number"] = self._next_number(date.fromisoformat(values["received_on"]).year)
            stamp = now_text()
            row = {
                **{name: None for name in date_fields()},
                "extension_workdays": 0,
                "outcome": None,
                **values,
            }
            _check_row(row)
            tx.insert(
                "applications",
                {"uuid": new_uuid(), **row, "created_at": stamp, "updated_at": stamp},
            )
        return tx.changes

    def update_application(self, application_id: int, **fields: Any) -> ChangeSet:
        from govledger.domain import annual_report_format as fmt

        values = _values(fields)
        with self._transaction("update_application", message("what.application")) as tx:
            old = tx.require("applications", application_id, "application")
            row = {**old, **values}
            if "extended_on" in values and values["extended_on"] and not row["extension_workdays"]:
                row["extension_workdays"] = fmt.MAX_EXTENSION_WORKDAYS
            _check_row(row)
            changed = {key: row[key] for key in row if row[key] != old[key]}
            if tx.update("applications", application_id, changed):
                tx.update("applications", application_id, {"updated_at": now_text()})
        return tx.changes

    def advance_application(
        self, application_id: int, on: date, *, outcome: str | None = None
    ) -> ChangeSet:
        """Reach the next handling step on a date; the reply (答复) needs an outcome."""
        from govledger.domain.applications import STEP_COLUMNS

        current = self.application(application_id)
        step = current.next_step
        if step is None:
            raise GovLedgerError("application.all_steps_done")
        fields: dict[str, Any] = {STEP_COLUMNS[step]: on}
        if outcome is not None:
            fields["outcome"] = outcome
        return self.update_application(application_id, **fields)

    def extend_application(
        self, application_id: int, on: date, workdays: int | None = None
    ) -> ChangeSet:
        """Record the one extension of the reply limit, decided on a date (by default
        the most the rules allow)."""
        if workdays is None:
            from govledger.domain import annual_report_format as fmt

            workdays = fmt.MAX_EXTENSION_WORKDAYS
        return self.update_application(application_id, extended_on=on, extension_workdays=workdays)

    def delete_application(self, application_id: int) -> ChangeSet:
        """Delete an application with its document records (the files stay until cleaned)."""
        with self._transaction("delete_application", message("what.application")) as tx:
            row = tx.require("applications", application_id, "application")
            tx.changes.description = f"{message('what.application')}: {row['number']}"
            for (document_id,) in tx.db.execute(
                "SELECT id FROM application_documents WHERE application_id = ?", [application_id]
            ).fetchall():
                tx.delete("application_documents", document_id)
            tx.delete("applications", application_id)
        return tx.changes

    def attach_application_document(
        self, application_id: int, source: Path | str, *, role: str = "other", note: str = ""
    ) -> ChangeSet:
        from govledger.domain import annual_report_format as fmt

        if role not in {code for code, _ in fmt.DOCUMENT_ROLES}:
            raise GovLedgerError("application.bad_code", field="role", value=role)
        self.application(application_id)  # refuse before copying anything
        stored = self.evidence.add_file(Path(source))
        name = display_name(Path(source).name)
        with self._transaction(
            "attach_application_document", f"{message('what.application_document')}: {name}"
        ) as tx:
            tx.require("applications", application_id, "application")
            tx.insert(
                "application_documents",
                {
                    "application_id": application_id,
                    "role": role,
                    "sha256": stored.sha256,
                    "size": stored.size,
                    "original_name": name,
                    "note": note,
                    "added_at": now_text(),
                },
            )
        return tx.changes

    def detach_application_document(self, document_id: int) -> ChangeSet:
        with self._transaction(
            "detach_application_document", message("what.application_document")
        ) as tx:
            row = tx.require("application_documents", document_id, "application_document")
            tx.changes.description = (
                f"{message('what.application_document')}: {row['original_name']}"
            )
            tx.delete("application_documents", document_id)
        return tx.changes

    def _next_number(self, year: int) -> str:
        prefix = f"{year}-"
        taken = {
            row[0]
            for row in self._db.execute(
                "SELECT number FROM applications WHERE number LIKE ?", [prefix + "%"]
            )
        }
        sequence = len(taken) + 1
        while f"{prefix}{sequence:03d}" in taken:
            sequence += 1
        return f"{prefix}{sequence:03d}"

    # ------------------------------------------------------------ reading
    def application(self, application_id: int) -> Application:
        rows = list(self._db.query("SELECT * FROM applications WHERE id = ?", [application_id]))
        if not rows:
            raise GovLedgerError(
                "edit.no_such", what=message("what.application"), id=application_id
            )
        return application_from_row(rows[0])

    def applications(self, year: int | None = None) -> list[Application]:
        """All applications, or those handled during a year: received in it, or earlier
        and not yet replied to when it began (上年结转), in order of receipt."""
        if year is None:
            sql, params = "SELECT * FROM applications", []
        else:
            first, last = f"{year}-01-01", f"{year}-12-31"
            sql = """SELECT * FROM applications WHERE received_on BETWEEN ? AND ?
                     OR (received_on < ? AND (replied_on IS NULL OR replied_on >= ?))"""
            params = [first, last, first, first]
        return [
            application_from_row(row)
            for row in self._db.query(sql + " ORDER BY received_on, id", params)
        ]

    def application_documents(self, application_id: int) -> list[ApplicationDocument]:
        from govledger.domain.applications import ApplicationDocument

        return [
            ApplicationDocument(
                id=row["id"],
                application_id=row["application_id"],
                role=row["role"],
                sha256=row["sha256"],
                size=row["size"],
                original_name=row["original_name"],
                note=row["note"],
                added_at=datetime.fromisoformat(row["added_at"]),
            )
            for row in self._db.query(
                "SELECT * FROM application_documents WHERE application_id = ? ORDER BY id",
                [application_id],
            )
        ]

    def document_counts(self) -> dict[int, int]:
        return dict(
            self._db.execute(
                "SELECT application_id, count(*) FROM application_documents GROUP BY application_id"
            ).fetchall()
        )

    def reply_calendar(self) -> WorkingCalendar:
        """The working-day calendar with the clerk's own holidays and make-up days."""
        from govledger.domain.working_days import WorkingCalendar

        return WorkingCalendar({day: workday for day, (workday, _n) in self.holidays().items()})

    def application_deadlines(
        self,
        start: date,
        end: date,
        *,
        today: date | None = None,
        warning_days: int = WARNING_WORKDAYS,
    ) -> list[ApplicationDeadline]:
        """Reply limits falling between start and end (inclusive), for a deadline calendar.

        Replied applications are included (green) so the calendar shows the whole month.
        """
        from govledger.domain.applications import ApplicationDeadline, reply_alert, reply_limit

        today = today or date.today()
        calendar = self.reply_calendar()
        # A limit is at most 40 working days (about 10 weeks with holidays) after receipt.
        earliest = date.fromordinal(max(1, start.toordinal() - 120)).isoformat()
        deadlines = []
        for row in self._db.query(
            """SELECT * FROM applications WHERE received_on <= ?
               AND (received_on >= ? OR corrected_on >= ?) ORDER BY received_on""",
            [end.isoformat(), earliest, earliest],
        ):
            application = application_from_row(row)
            limit = reply_limit(application, calendar)
            if start <= limit.final_due <= end:
                light = reply_alert(application, limit, today, warning_days, calendar)
                deadlines.append(
                    ApplicationDeadline(
                        application, limit.final_due, limit.extended_due is not None, light
                    )
                )
        return sorted(deadlines, key=lambda d: (d.due, d.application.id))
