"""The .ics export: RFC 5545 text that a standard iCalendar parser reads back whole."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
import pytest

from govledger.cli import main
from govledger.domain.deadline_parser import parse
from govledger.domain.model import Status
from govledger.exporters.ics_calendar import MAX_LINE_OCTETS, escape_text, export_plan, fold
from govledger.store import Ledger


def test_fold_keeps_lines_short_and_characters_whole() -> None:
    line = "SUMMARY:" + "政务公开工作要点" * 20 + "abc"
    folded = fold(line)
    pieces = folded.split("\r\n")
    assert len(pieces) > 1
    for index, piece in enumerate(pieces):
        encoded = piece.encode("utf-8")
        assert len(encoded) <= MAX_LINE_OCTETS
        if index:
            assert piece.startswith(" ")
    assert "".join(p[1:] if i else p for i, p in enumerate(pieces)) == line
    ascii_line = "X" * 150
    assert [len(p) for p in fold(ascii_line).split("\r\n")] == [75, 75, 2]
    assert fold("short") == "short"


def test_escape_text() -> None:
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    assert escape_text("一\r\n二") == "一\\n二"


def add(ledger: Ledger, plan_id: int, text: str, deadline_text: str, **fields) -> int:
    deadline = parse(deadline_text, 2024)
    return ledger.add_task(
        plan_id,
        text,
        deadline_text=deadline_text,
        due=deadline.due,
        recurrence=deadline.recurrence,
        deadline_rule=deadline.rule,
        **fields,
    ).first_created("tasks")


@pytest.fixture
def ledger_path(tmp_path: Path) -> Path:
    path = tmp_path / "ledger.sqlite"
    with Ledger.open(path) as ledger:
        plan = ledger.create_plan("2024年政务公开工作要点分工方案", 2024).first_created("plans")
        add(
            ledger,
            plan,
            "做好政策解读，含“逗号,分号;反斜杠\\”\n及换行",
            "10月底前",
            number="1",
            lead_units=["办公室"],
            co_units=["法制科", "信息中心"],
        )
        add(ledger, plan, "按月报送政务公开工作情况", "每月10日前", number="2")
        add(ledger, plan, "季度听取汇报", "每季度", number="3", status=Status.DONE)
        add(ledger, plan, "常态化开展政务舆情回应", "常态化", number="4")
        relative = add(ledger, plan, "政策文件印发后及时公开", "文件印发后3个工作日内", number="5")
        ledger.record_event(relative, date(2024, 2, 8))
        ledger.record_event(relative, date(2024, 2, 8), note="同日印发的另一份文件")
        ledger.record_event(relative, date(2024, 12, 30))  # due in January 2025
        add(ledger, plan, "不适用的要求", "6月底前", number="6", status=Status.NOT_APPLICABLE)
    return path


def test_every_occurrence_is_one_event(ledger_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "deadlines.ics"
    with Ledger.open(ledger_path) as ledger:
        count = export_plan(ledger, ledger.latest_plan().id, out, today=date(2024, 5, 1))
    data = out.read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n")  # CRLF only
    assert all(len(line) <= MAX_LINE_OCTETS for line in data.split(b"\r\n"))
    calendar = icalendar.Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    # 1 one-off + 12 monthly + 4 quarterly + 1 year-end + 3 events + 1 不适用
    assert count == len(events) == 22
    assert len({str(event["UID"]) for event in events}) == 22
    first = next(e for e in events if str(e["SUMMARY"]).startswith("1. "))
    assert str(first["SUMMARY"]) == "1. 做好政策解读，含“逗号,分号;反斜杠\\”\n及换行"
    assert first.decoded("DTSTART") == date(2024, 10, 31)
    assert first.decoded("DTEND") == date(2024, 11, 1)
    description = str(first["DESCRIPTION"])
    assert "牵头单位：办公室" in description
    assert "配合单位：法制科、信息中心" in description
    assert "时间节点：10月底前" in description
    monthly = sorted(e.decoded("DTSTART") for e in events if str(e["SUMMARY"]).startswith("2. "))
    assert monthly[1] == date(2024, 2, 9)  # 10 Feb 2024 is in the Spring Festival
    summaries = {str(e["SUMMARY"]) for e in events}
    assert "2. 按月报送政务公开工作情况（2024年2月）" in summaries  # Chinese in any UI language
    assert "4. 常态化开展政务舆情回应（2024年终检查）" in summaries
    relative = [e for e in events if str(e["SUMMARY"]).startswith("5. ")]
    assert sorted(e.decoded("DTSTART") for e in relative) == [
        date(2024, 2, 19),
        date(2024, 2, 19),
        date(2025, 1, 3),  # 31 Dec 2024, 2 Jan, 3 Jan (1 Jan is New Year's Day)
    ]
    # Finished ones say so in the title every calendar shows (and keep their UIDs, so
    # importing again updates the events imported while they were open).
    finished = {
        str(e["SUMMARY"]).split("】")[1][:2]: e for e in events if "】" in str(e["SUMMARY"])
    }
    assert sorted(finished) == ["3.", "6."]
    assert all(
        str(e["SUMMARY"]).startswith("【已完成】3.")
        for e in events
        if "季度听取" in str(e["SUMMARY"])
    )
    assert [str(c) for c in finished["3."]["CATEGORIES"].cats] == ["政务公开", "已完成"]
    assert [str(c) for c in finished["6."]["CATEGORIES"].cats] == ["政务公开", "不适用"]
    assert str(finished["6."]["SUMMARY"]).startswith("【不适用】6. ")
    assert str(finished["6."]["STATUS"]) == "CANCELLED"
    assert not any("】" in str(e["SUMMARY"]) for e in events if "做好政策解读" in str(e["SUMMARY"]))


def test_uids_are_stable_between_exports(ledger_path: Path, tmp_path: Path) -> None:
    uids = []
    for name in ("a.ics", "b.ics"):
        with Ledger.open(ledger_path) as ledger:
            export_plan(ledger, ledger.latest_plan().id, tmp_path / name, today=date(2024, 5, 1))
        events = icalendar.Calendar.from_ical((tmp_path / name).read_bytes()).walk("VEVENT")
        uids.append(sorted(str(e["UID"]) for e in events))
    assert uids[0] == uids[1]


def test_cli_export_ics(ledger_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.ics"
    assert main(["--db", str(ledger_path), "export", "ics", "-o", str(out)]) == 0
    assert "out.ics" in capsys.readouterr().out
    assert icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert not (tmp_path / "out.ics.partial").exists()
    assert main(["--db", str(ledger_path), "export", "ics", "-o", str(out), "--plan", "99"]) == 1
    missing_folder = tmp_path / "no" / "such" / "folder" / "out.ics"
    assert main(["--db", str(ledger_path), "export", "ics", "-o", str(missing_folder)]) == 1
    assert "out.ics" in capsys.readouterr().err


def test_a_dated_requirement_mentioning_a_quarter_keeps_its_own_event(tmp_path: Path) -> None:
    # "一季度开展一次自查" describes the work; the plan's 10月底前 is the deadline.
    with Ledger.open(tmp_path / "ledger.sqlite") as ledger:
        plan = ledger.create_plan("方案", 2024).first_created("plans")
        add(ledger, plan, "一季度开展一次自查，10月底前完成整改", "10月底前", number="1")
        add(ledger, plan, "党组一季度听取一次政务公开工作汇报", "", number="2")
        export_plan(ledger, plan, tmp_path / "out.ics", today=date(2024, 5, 1))
    events = icalendar.Calendar.from_ical((tmp_path / "out.ics").read_bytes()).walk("VEVENT")
    dated = [e.decoded("DTSTART") for e in events if str(e["SUMMARY"]).startswith("1. ")]
    assert dated == [date(2024, 10, 31)]
    # with no date of its own, "一季度听取一次" still recurs every quarter
    assert len([e for e in events if str(e["SUMMARY"]).startswith("2. ")]) == 4


def alarms(path: Path) -> list[tuple[str, list]]:
    events = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    return [
        (f"{e['SUMMARY']}@{e.decoded('DTSTART')}", [a.decoded("TRIGGER") for a in e.walk("VALARM")])
        for e in events
    ]


def test_reminders_fall_working_days_before(ledger_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "remind.ics"
    argv = ["--db", str(ledger_path), "export", "ics", "-o", str(out), "--remind-days", "3"]
    assert main(argv) == 0
    capsys.readouterr()
    found = alarms(out)
    one_off = next(v for k, v in found if k.startswith("1. "))
    # Thursday 31 Oct 2024 → Monday 28 Oct, 09:00 Beijing time (01:00 UTC)
    assert [t.isoformat() for t in one_off] == ["2024-10-28T01:00:00+00:00"]
    # due Mon 19 Feb 2024, after the Spring Festival (10–17 Feb): three working days
    # before are the make-up Sunday 18 Feb, Fri 9 and Thu 8 Feb
    relative = sorted(t for k, v in found if k.startswith("5. ") and "2024-02-19" in k for t in v)
    assert [t.date() for t in relative] == [date(2024, 2, 8), date(2024, 2, 8)]
    # done and 不适用 events carry no reminder
    assert all(not v for k, v in found if k.startswith("【"))
    raw = out.read_bytes()
    assert b"TRIGGER;VALUE=DATE-TIME:20241028T010000Z" in raw
    # without the option there is none
    plain = tmp_path / "plain.ics"
    assert main(["--db", str(ledger_path), "export", "ics", "-o", str(plain)]) == 0
    assert b"VALARM" not in plain.read_bytes()
    bad = ["--db", str(ledger_path), "export", "ics", "-o", str(plain), "--remind-days", "-1"]
    assert main(bad) == 1
    assert "-1" in capsys.readouterr().err
    wrong = ["--db", str(ledger_path), "export", "pdf", "-o", str(tmp_path / "a.pdf")]
    assert main([*wrong, "--remind-days", "2"]) == 1
