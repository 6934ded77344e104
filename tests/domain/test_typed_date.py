from datetime import date

import pytest

from govledger.domain.typed_date import parse_typed_date


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2020-10-12", date(2020, 10, 12)),
        ("2020/10/12", date(2020, 10, 12)),
        ("2020.10.12", date(2020, 10, 12)),
        ("20201012", date(2020, 10, 12)),
        ("2020年10月12日", date(2020, 10, 12)),
        ("2020年1月2日", date(2020, 1, 2)),
        ("２０２０－１０－１２", date(2020, 10, 12)),  # full-width, as an IME may give
        (" 2020-1-2 ", date(2020, 1, 2)),
        ("10月12日", date(2021, 10, 12)),  # no year: the plan's
        ("10-12", date(2021, 10, 12)),
        ("10/12", date(2021, 10, 12)),
    ],
)
def test_the_forms_clerks_type(typed: str, expected: date) -> None:
    assert parse_typed_date(typed, 2021) == expected


@pytest.mark.parametrize(
    "typed",
    ["", "2020", "2020-1", "2020-10-", "202010", "2021年2月30日", "13月1日", "明天", "1012"],
)
def test_what_is_not_a_whole_date_is_none(typed: str) -> None:
    assert parse_typed_date(typed, 2021) is None
