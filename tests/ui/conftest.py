"""Fixtures for the GUI tests: real widgets offscreen, a real ledger file, private settings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from govledger.domain.model import TaskKind
from govledger.store import Ledger
from govledger.ui.gui_gc import collect_on_gui_thread
from govledger.ui.session import LedgerSession
from govledger.ui.settings import AppSettings

SAMPLE = Path(__file__).parents[1] / "data" / "samples" / "jiangmen-hrss-2021.docx"


@pytest.fixture(autouse=True, scope="session")
def garbage_collected_on_gui_thread(qapp):
    """As in the app (make_application): a worker thread never runs the cycle collector."""
    collect_on_gui_thread(qapp)


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path):
    """Every QSettings a test creates lives in tmp_path, never in the user's profile."""
    folder = tmp_path / "qsettings"
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def ledger_path(tmp_path: Path) -> Path:
    return tmp_path / "ledger.sqlite"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Modules marked both_stores run their window tests on a ledger file and on a
    server ledger (issue 24): the views must not care which store holds the ledger."""
    if "ui_store" in metafunc.fixturenames and metafunc.definition.get_closest_marker(
        "both_stores"
    ):
        metafunc.parametrize("ui_store", ["sqlite", "postgresql"])


@pytest.fixture
def ui_store() -> str:
    return "sqlite"


@pytest.fixture
def session(qapp, ledger_path: Path, ui_store: str, request: pytest.FixtureRequest):
    if ui_store == "postgresql":
        url = request.getfixturevalue("pg_server").new_database()
        ledger = Ledger.open(url, cache_folder=ledger_path.parent / "server-cache")
    else:
        ledger = Ledger.open(ledger_path)
    session = LedgerSession(ledger)
    yield session
    session.close()


@pytest.fixture
def small_plan(session: LedgerSession) -> dict[str, int]:
    """Two headings; the first holds three requirements, the second one."""
    ledger = session.ledger
    plan = ledger.create_plan("测试单位2021年政务公开工作要点分工方案", 2021).first_created("plans")
    ids: dict[str, int] = {"plan": plan}
    ids["h1"] = ledger.add_task(
        plan, "一、做好政务公开台账工作", kind=TaskKind.HEADING, number="一"
    ).first_created("tasks")
    ids["h2"] = ledger.add_task(
        plan, "二、加强政策解读", kind=TaskKind.HEADING, number="二"
    ).first_created("tasks")
    rows = (
        (
            "r1",
            "h1",
            "建立政务公开工作台账，实时跟进推动",
            ["办公室"],
            ["各科室"],
            date(2021, 3, 31),
        ),
        ("r2", "h1", "做好重大政策解读工作", ["法制科"], ["办公室"], date(2021, 10, 31)),
        ("r3", "h1", "按时发布政府信息公开工作年度报告", ["法规科"], [], date(2021, 1, 31)),
        ("r4", "h2", "开展政策解读回应关切", ["信息中心"], ["法制科"], None),
    )
    for number, (key, parent, text, lead, co, due) in enumerate(rows, start=1):
        ids[key] = ledger.add_task(
            plan,
            text,
            parent_id=ids[parent],
            number=str(number),
            lead_units=lead,
            co_units=co,
            due=due,
        ).first_created("tasks")
    return ids


@pytest.fixture
def panel(qtbot, session: LedgerSession, small_plan: dict[str, int], tmp_path: Path):
    """The evidence panel on the first requirement of small_plan, shown."""
    from govledger.ui.evidence_panel import EvidencePanel

    panel = EvidencePanel(session)
    qtbot.addWidget(panel)
    panel.open_folder = tmp_path / "opened"
    panel.resize(420, 600)
    panel.show()
    panel.load(small_plan["r1"])
    yield panel
    panel.fetcher.close()  # no download outlives the test
