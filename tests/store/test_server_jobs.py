"""How a colleague's whole-ledger job is named (domain/jobs.py, store/server_jobs.py)."""

from __future__ import annotations

from govledger.domain.jobs import JOB_KINDS, RunningJob
from govledger.messages import message_in
from govledger.store.server_jobs import application_name, job_of


def test_a_job_s_connection_name_says_its_kind_and_computer() -> None:
    for kind in JOB_KINDS:
        name = application_name(kind, "办公室-PC3")
        assert len(name) <= 63  # PostgreSQL keeps no more
        assert job_of("zhangsan", name) == RunningJob(kind, "zhangsan", "办公室-PC3")


def test_a_long_computer_name_is_cut_and_the_kind_kept() -> None:
    name = application_name("rollover", "X" * 100)
    assert len(name) == 63
    assert job_of("li", name).kind == "rollover"


def test_a_connection_without_a_job_name_is_a_job_of_no_known_kind() -> None:
    job = job_of("wang", "govledger PC-7")  # a govledger from before jobs were named
    assert job == RunningJob("", "wang")
    assert job.what() == message_in("en", "job.other") or job.what() == message_in(
        "zh", "job.other"
    )


def test_every_kind_has_words_in_both_languages(monkeypatch) -> None:
    for kind in (*JOB_KINDS, "other"):
        assert message_in("zh", f"job.{kind}") and message_in("en", f"job.{kind}")
    monkeypatch.setenv("GOVLEDGER_LANG", "zh")
    job = RunningJob("import", "zhangsan", "PC-3")
    assert job.who() == "zhangsan（PC-3）" and job.what() == "导入方案"
    assert RunningJob("import", "zhangsan").who() == "zhangsan"
