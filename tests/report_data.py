"""A 依申请公开 register of about fifty requests across every outcome, for report tests.

2023: four requests; two were answered that year, two were still open at its end
(上年结转 for 2024). 2024: 48 new requests cycling through the six applicant types
and the 21 outcomes; the last three are still open at the end of 2024.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from govledger.domain import annual_report_format as fmt
from govledger.store import Ledger

TYPES = [code for code, _label in fmt.APPLICANT_TYPES]
OUTCOMES = [row.code for row in fmt.OUTCOMES]
CHANNELS = [code for code, _label in fmt.CHANNELS]
YEAR = 2024


@dataclass
class Register:
    ids: list[int] = field(default_factory=list)
    new: Counter = field(default_factory=Counter)  # applicant type -> requests received in 2024
    results: Counter = field(default_factory=Counter)  # (outcome, type) answered in 2024
    carried_in: Counter = field(default_factory=Counter)
    carried_out: Counter = field(default_factory=Counter)
    fees_cents: int = 0
    fee_count: int = 0


def add_request(
    ledger: Ledger,
    received: date,
    kind: str,
    *,
    outcome: str | None = None,
    replied: date | None = None,
    content: str = "申请公开本机关政府信息",
    fee_cents: int = 0,
) -> int:
    changes = ledger.add_application(
        received_on=received,
        channel=CHANNELS[len(content) % len(CHANNELS)],
        applicant_type=kind,
        content=content,
        applicant_name="申请人",
    )
    application_id = changes.first_created("applications")
    assert application_id is not None
    if replied is not None:
        ledger.update_application(
            application_id,
            reviewed_on=received + timedelta(days=1),
            handled_on=received + timedelta(days=2),
            replied_on=replied,
            outcome=outcome,
            fee_cents=fee_cents,
        )
    return application_id


def build_register(ledger: Ledger) -> Register:
    register = Register()
    # 2023: two answered in the year, two carried into 2024.
    for index in range(2):
        received = date(2023, 3, 6 + index)
        replied = received + timedelta(days=14)
        register.ids.append(
            add_request(ledger, received, TYPES[index], outcome="disclosed", replied=replied)
        )
    for kind, outcome, replied in (
        ("natural_person", "partly_disclosed", date(2024, 1, 10)),
        ("business", "unavailable_not_held", date(2024, 1, 12)),
    ):
        register.ids.append(
            add_request(ledger, date(2023, 12, 20), kind, outcome=outcome, replied=replied)
        )
        register.carried_in[kind] += 1
        register.results[(outcome, kind)] += 1
    # 2024: 45 answered, 3 still open on 31 December.
    for index in range(48):
        kind = TYPES[index % len(TYPES)]
        register.new[kind] += 1
        if index >= 45:
            received = date(2024, 12, 16 + index - 45)
            register.ids.append(add_request(ledger, received, kind, content=f"申请{index}"))
            register.carried_out[kind] += 1
            continue
        received = date(2024, 1, 2) + timedelta(days=7 * index)
        outcome = OUTCOMES[index % len(OUTCOMES)]
        fee = 38000 if index in (4, 30) else 0
        register.ids.append(
            add_request(
                ledger, received, kind, outcome=outcome, replied=received + timedelta(days=12),
                content=f"申请{index}", fee_cents=fee,
            )
        )  # fmt: skip
        register.results[(outcome, kind)] += 1
        if fee:
            register.fees_cents += fee
            register.fee_count += 1
    return register
