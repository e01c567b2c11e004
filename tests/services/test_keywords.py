"""Keyword spotting and comments in search, on SQLite and PostgreSQL: named phrase lists counted per agent, team
and period through the search index, masked for those who may not unmask; reviewers' comments found by search."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from qa_studio.scoring.engine import Answer
from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.imports import ImportService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.services.keywords import KeywordError, KeywordService
from qa_studio.services.scorecards import ScorecardService
from qa_studio.services.search import SearchService
from qa_studio.storage.database import Database
from qa_studio.storage.models import User
from tests.chat_answers import ALL_MET
from tests.services.test_search import write_chat


def _people(database: Database) -> None:
    with database.session() as session:
        session.add_all([User(name="周婷", role="lead"), User(name="刘洋", role="reviewer")])


def _chats(database: Database, folder: Path) -> dict[str, int]:
    write_chat(folder, "complaint", ["我要投诉，再不处理我就打12315", "非常抱歉，我马上处理。"])
    write_chat(folder, "lawyer", ["我的律师会联系你们，卡号 4111 1111 1111 1111", "好的。"])
    write_chat(folder, "quiet", ["什么时候到货？", "明天送达。"])
    ImportService(database).run([folder], actor="tester")
    rows = InteractionQueries(database).iterate(InteractionFilter())
    return {r.external_id: r.id for r in rows}


def test_lists_are_kept_for_the_team_and_changed_by_leads_only(database: Database) -> None:
    _people(database)
    keywords = KeywordService(database)
    with pytest.raises(KeywordError):
        keywords.add("Complaints", ["投诉"], actor="刘洋")
    keywords.add("Complaints", ["投诉", "12315"], actor="周婷")
    assert keywords.add("Complaints", ["12315", "cancellation"], actor="周婷").phrases == ["投诉", "12315",
                                                                                           "cancellation"]
    with pytest.raises(KeywordError):
        keywords.add(" ", ["投诉"], actor="周婷")
    with pytest.raises(KeywordError):
        keywords.remove("Complaints", actor="周婷", phrases=["never there"])
    assert keywords.remove("Complaints", actor="周婷", phrases=["cancellation"]).phrases == ["投诉", "12315"]
    assert [k.name for k in keywords.lists()] == ["Complaints"]
    assert keywords.remove("Complaints", actor="周婷") is None
    assert keywords.lists() == []


def test_counts_per_agent_team_and_period_follow_the_index_and_masking(database: Database, tmp_path: Path) -> None:
    _people(database)
    _chats(database, tmp_path / "chats")
    keywords = KeywordService(database)
    keywords.add("Complaints", ["投诉", "12315"], actor="周婷")
    keywords.add("Lawyers", ["律师"], actor="周婷")
    keywords.add("Regulator or lawyer", ["12315", "律师"], actor="周婷")  # each phrase in another chat
    keywords.add("Card numbers", ["4111"], actor="周婷")
    counts = keywords.counts(unit="month")
    found = {(r.list_name, r.agent, r.period): (r.interactions, r.mentions) for r in counts.rows}
    # One message holds both complaint phrases: one mention, one interaction.
    assert found == {("Card numbers", "王芳", date(2026, 3, 1)): (1, 1),
                     ("Complaints", "王芳", date(2026, 3, 1)): (1, 1),
                     ("Lawyers", "王芳", date(2026, 3, 1)): (1, 1),
                     ("Regulator or lawyer", "王芳", date(2026, 3, 1)): (2, 2)}  # fmt: skip
    assert {(r.list_name, r.interactions) for r in counts.per_team()} == {("Card numbers", 1), ("Complaints", 1),
                                                                         ("Lawyers", 1), ("Regulator or lawyer", 2)}
    assert keywords.counts(start=date(2026, 4, 1)).rows == []
    assert [r.period for r in keywords.counts(unit="day").rows][0] == date(2026, 3, 2)
    masked = {r.list_name for r in KeywordService(database, masked=True).counts().rows}
    assert masked == {"Complaints", "Lawyers", "Regulator or lawyer"}  # a masked number is never counted
    # A new chat is counted as soon as it is imported.
    write_chat(tmp_path / "more", "second", ["律师函已经寄出", "收到。"])
    ImportService(database).run([tmp_path / "more"], actor="tester")
    lawyers = [r for r in keywords.counts().rows if r.list_name == "Lawyers"]
    assert sum(r.interactions for r in lawyers) == 2


def test_reviewers_comments_are_searchable_once_submitted(database: Database, tmp_path: Path) -> None:
    _people(database)
    ids = _chats(database, tmp_path / "chats")
    ScorecardService(database).ensure_shipped()
    version = ScorecardService(database).latest_version_id("chat_standard")
    evaluations = EvaluationService(database)
    evaluation = evaluations.start(ids["quiet"], "刘洋", version)
    evaluations.save_draft(evaluation, ALL_MET, comment="[00:01] 语气生硬 the customer gave 13812345678")
    queries, masked = InteractionQueries(database), InteractionQueries(database, masked=True)
    assert queries.count(InteractionFilter(text="语气生硬")) == 0  # a draft is nobody's to find yet
    evaluations.submit(evaluation, "刘洋")
    assert queries.count(InteractionFilter(text="语气生硬")) == 1  # as the list does: count, then pages
    assert [r.id for r in queries.page(InteractionFilter(text="语气生硬"), 0, 10)] == [ids["quiet"]]
    (hit,) = SearchService(database).hits("语气生硬")[ids["quiet"]]
    assert hit.as_json()["kind"] == "comment" and hit.as_json()["at_ms"] == 1000
    assert queries.count(InteractionFilter(text="13812345678")) == 1
    assert masked.count(InteractionFilter(text="13812345678")) == 0
    # Changed after submit: the old words are gone, the new ones found.
    answers = {**ALL_MET, "clarity": Answer(5, comment="回复太慢")}
    evaluations.edit_after_submit(evaluation, answers, "typo", "刘洋")
    assert queries.count(InteractionFilter(text="回复太慢")) == 1
    # Keyword counts are about what was said, not what reviewers wrote.
    KeywordService(database).add("Tone", ["语气生硬"], actor="周婷")
    assert KeywordService(database).counts().rows == []
