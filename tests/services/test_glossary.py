"""The team's transcription glossary on SQLite and PostgreSQL: kept by leads and administrators, refused to others
in words, audited, limited to what the decoder can hold (tests/transcribe/test_glossary_decoding.py: used)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from qa_studio.cli import main
from qa_studio.cli.common import EXIT_OK, EXIT_REFUSED
from qa_studio.services.directory import user_by_name
from qa_studio.services.glossary import MAX_TERM_CHARS, MAX_TERMS, GlossaryError, GlossaryService
from qa_studio.storage.database import Database, open_database
from qa_studio.storage.models import AuditEntry


@pytest.fixture
def glossary(database: Database) -> GlossaryService:
    with database.session() as session:
        user_by_name(session, "周婷", "lead")
        user_by_name(session, "刘洋", "reviewer")
    return GlossaryService(database)


def test_leads_keep_the_list_and_every_change_is_audited(glossary: GlossaryService, database: Database) -> None:
    assert glossary.add(["退款", " 工单号 ", "ＱＡ Studio"], actor="周婷") == ["退款", "工单号", "QA Studio"]
    assert glossary.add(["工单号", "售后服务中心"], actor="周婷") == ["售后服务中心"]  # already there: skipped
    assert glossary.terms() == ("退款", "工单号", "QA Studio", "售后服务中心")
    assert glossary.remove(["QA Studio"], actor="周婷") == ["QA Studio"]
    assert glossary.terms() == ("退款", "工单号", "售后服务中心")
    with database.session() as session:
        entries = [(e.action, e.actor, e.detail) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.entity_type == "glossary").order_by(AuditEntry.id))]  # fmt: skip
    assert entries == [
        ("glossary_added", "周婷", {"terms": ["退款", "工单号", "QA Studio"]}),
        ("glossary_added", "周婷", {"terms": ["售后服务中心"]}),
        ("glossary_removed", "周婷", {"terms": ["QA Studio"]}),
    ]


def test_others_and_bad_terms_are_refused_in_words(glossary: GlossaryService) -> None:
    with pytest.raises(GlossaryError, match="only leads and administrators"):
        glossary.add(["退款"], actor="刘洋")
    glossary.add(["退款"], actor="周婷")
    with pytest.raises(GlossaryError, match="only leads and administrators"):
        glossary.remove(["退款"], actor="刘洋")
    with pytest.raises(GlossaryError, match="cannot be empty"):
        glossary.add(["  "], actor="周婷")
    with pytest.raises(GlossaryError, match=f"longer than {MAX_TERM_CHARS}"):
        glossary.add(["很" * (MAX_TERM_CHARS + 1)], actor="周婷")
    with pytest.raises(GlossaryError, match="one line"):
        glossary.add(["退款\n工单号"], actor="周婷")
    with pytest.raises(GlossaryError, match="is not in the glossary"):
        glossary.remove(["工单"], actor="周婷")
    with pytest.raises(GlossaryError, match=f"at most {MAX_TERMS} terms"):
        glossary.add([f"product {n}" for n in range(MAX_TERMS)], actor="周婷")
    assert glossary.terms() == ("退款",)  # a refused list adds nothing of itself


def test_the_command_line_lists_adds_and_removes(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setenv("QA_STUDIO_HOME", str(tmp_path / "home"))
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    database = open_database(url)
    with database.session() as session:
        user_by_name(session, "Lead", "lead")
    database.dispose()
    assert main(["--db", url, "--user", "Lead", "glossary", "add", "退款", "工单号"]) == EXIT_OK
    assert main(["--db", url, "glossary", "remove", "工单号"]) == EXIT_OK
    capsys.readouterr()
    assert main(["--db", url, "glossary", "list"]) == EXIT_OK
    assert capsys.readouterr().out.split() == ["退款"]
    assert main(["--db", url, "glossary", "remove", "工单号"]) == EXIT_REFUSED
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "工单号" in err[0]

