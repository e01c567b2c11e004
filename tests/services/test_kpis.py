"""Service KPIs: CSAT import with a report per row, response-time compliance per channel over every interaction,
handling time, QA beside CSAT; figures worked out by hand from the test chats."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.imports import ImportService
from qa_studio.services.kpis import DEFAULT_RESPONSE_SECONDS, KpiError, KpiService, pearson, response_times
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import Database
from qa_studio.storage.models import AuditEntry, Interaction
from tests.chat_answers import SLOW_FIRST_REPLY
from tests.people import add_people

CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"


def at(seconds: int) -> datetime:
    return datetime(2026, 11, 20, 9, 0) + __import__("datetime").timedelta(seconds=seconds)


def test_response_times_by_hand() -> None:
    # Customer at 0 and 10 (one turn, timed from 0), agent at 25 → 25 s; customer at 100, agent at 160 → 60 s;
    # a system message and a message without a time are passed over; the customer's last word waits for nothing.
    turns = [("customer", at(0)), ("customer", at(10)), ("system", at(12)), ("agent", at(25)), ("agent", at(30)),
             ("customer", at(100)), ("agent", None), ("agent", at(160)), ("customer", at(200))]  # fmt: skip
    assert response_times(turns) == [25.0, 60.0]
    assert response_times([("agent", at(0)), ("customer", at(5))]) == []


def test_pearson_by_hand() -> None:
    # x = 1, 2, 3 and y = 2, 4, 7: Sxy = 5, Sxx = 2, Syy = 114/9 → r = 5 / √(2 · 114/9) = 0.99340.
    assert pearson([1, 2, 3], [2, 4, 7]) == pytest.approx(0.993399, abs=1e-6)
    assert pearson([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert pearson([1, 2], [1, 2]) is None and pearson([1, 1, 1], [1, 2, 3]) is None


@pytest.fixture
def chats(database: Database) -> Database:
    ScorecardService(database).ensure_shipped()
    ImportService(database).run([CHATS / "livechat.json", CHATS / "wecom_gbk.csv"], actor="tester")
    add_people(database, agents=("Emma Clarke",), 周婷="lead", 刘洋="reviewer")
    return database


def survey(tmp_path: Path) -> Path:
    """A survey export in UTF-8 with one row pasted in GBK, and rows wrong in every way a person makes them."""
    lines = [
        b"external_id,csat,resolved",
        b"LC-1001,4,yes",
        "W-1,5,否".encode(),  # resolved: no, in Chinese
        b"W-2,6,no",  # out of range on a 1–5 survey
        b"NOPE-9,3,yes",  # no such interaction
        "W-2,2,否".encode("gbk"),  # not UTF-8 like the rest
        b",3,yes",  # no id
        b"W-2,abc,",  # not a score
        b"W-2,,",  # nothing to import
        b"",
    ]
    path = tmp_path / "survey.csv"
    path.write_bytes(b"\r\n".join(lines))
    return path


def test_csat_import_keeps_good_rows_and_reports_each_bad_one(chats: Database, tmp_path: Path) -> None:
    result = KpiService(chats).import_csv(survey(tmp_path), "刘洋")
    assert result.encoding == "utf-8" and result.kept == 2
    assert [(r.line, r.code) for r in result.refused] == [
        (4, "out_of_range"), (5, "unknown_id"), (6, "bad_encoding"), (7, "no_key"), (8, "not_a_score"),
        (9, "nothing_to_import")]  # fmt: skip
    assert result.refused[0].params == {"value": "6", "scale": 5}
    assert result.refused[1].params == {"key": "NOPE-9"}
    with chats.session() as session:
        assert session.scalar(select(AuditEntry.detail).where(AuditEntry.action == "kpis_imported")) == {
            "file": "survey.csv", "kept": 2, "refused": 6}  # fmt: skip
    # Importing again updates the same interactions, it does not add rows.
    assert KpiService(chats).import_csv(survey(tmp_path), "刘洋").kept == 2
    with pytest.raises(KpiError) as refused:
        KpiService(chats).import_csv(survey(tmp_path), "Emma Clarke")  # an agent may not
    assert refused.value.code == "not_allowed"
    header_only = tmp_path / "nothing.csv"
    header_only.write_text("name,comment\nx,y\n", encoding="utf-8")
    with pytest.raises(KpiError) as no_key:
        KpiService(chats).import_csv(header_only, "刘洋")
    assert no_key.value.code == "no_key_column"


def test_service_figures_by_hand(chats: Database, tmp_path: Path) -> None:
    """Chat standard 30 s. W-1: customer 09:00:00, agent 09:00:20 → 20 s (met); the customer's last line waits for
    nothing. W-2: 35 s (missed). LC-1001: 47 s and 95 s (both missed). First responses met 1 of 3; replies 1 of 4.
    Handling time from first to last message: W-1 60 s, W-2 35 s, LC-1001 185 s → (60 + 35 + 185) / 3 s = 1.556 min.
    CSAT 4 and 5 → 4.5; resolved: yes, no → 50 %."""
    service = KpiService(chats)
    service.import_csv(survey(tmp_path), "刘洋")
    figures = service.figures()
    (chat,) = figures.channels
    assert (chat.channel, chat.interactions, chat.standard_seconds) == ("chat", 3, DEFAULT_RESPONSE_SECONDS["chat"])
    assert (chat.first_met, chat.first_measured, chat.replies_met, chat.replies_measured) == (1, 3, 1, 4)
    assert chat.first_response_share == pytest.approx(1 / 3) and chat.reply_share == pytest.approx(0.25)
    assert chat.handling_minutes == pytest.approx(280 / 3 / 60)
    assert (chat.csat, chat.csat_n, chat.resolution_share) == (4.5, 2, 0.5)
    # The lead tightens chat to 20 s: W-1's 20 s reply still meets it (≤), nothing else changes.
    service.set_standards("周婷", {"chat": 20}, quality_target=0.9)
    with pytest.raises(KpiError):
        service.set_standards("刘洋", {"chat": 10})  # reviewers do not set standards
    with pytest.raises(KpiError):
        service.set_standards("周婷", quality_target=1.5)
    tightened = service.figures()
    assert tightened.standards.quality_target == 0.9 and tightened.channels[0].first_met == 1
    service.set_standards("周婷", {"chat": 19})
    assert service.figures().channels[0].first_met == 0


def test_quality_beside_csat_per_agent(chats: Database, tmp_path: Path) -> None:
    service = KpiService(chats)
    service.import_csv(survey(tmp_path), "刘洋")
    with chats.session() as session:
        chat = session.scalar(select(Interaction.id).where(Interaction.external_id == "LC-1001"))
    evaluations = EvaluationService(chats)
    evaluation = evaluations.start(chat, "刘洋")
    evaluations.save_draft(evaluation, SLOW_FIRST_REPLY)
    result = evaluations.submit(evaluation, "刘洋")
    figures = service.figures()
    emma = next(a for a in figures.agents if a.agent == "Emma Clarke")
    assert (emma.qa_average, emma.evaluations, emma.csat, emma.surveys, emma.pairs) == (
        float(result.score), 1, 4.0, 1, 1)  # fmt: skip
    assert emma.correlation is None  # one pair says nothing about a correlation
    assert figures.quality_pass_share == 1.0 and figures.meets_quality_target


def test_the_repeated_failure_threshold_is_the_teams(chats: Database) -> None:
    from qa_studio.services.reporting import ReportingService

    service = KpiService(chats)
    assert service.standards().repeat_threshold == 3  # the default until a lead sets it
    service.set_standards("周婷", repeat_threshold=1)
    assert service.standards().repeat_threshold == 1
    with pytest.raises(KpiError) as refused:
        service.set_standards("刘洋", repeat_threshold=2)  # reviewers do not set it
    assert refused.value.code == "not_allowed"
    with pytest.raises(KpiError) as refused:
        service.set_standards("周婷", repeat_threshold=0)
    assert refused.value.code == "bad_threshold"
    reports = ReportingService(chats)
    assert reports.agent("Emma Clarke").root_causes.threshold == 1  # read from the database, for everyone
    assert reports.agent("Emma Clarke", repeat_threshold=5).root_causes.threshold == 5


def test_a_customer_reference_with_the_survey_day_finds_that_days_interaction(chats: Database,
                                                                              tmp_path: Path) -> None:  # fmt: skip
    from qa_studio.services.kpis import KpiMapping

    with chats.session() as session:
        rows = session.execute(select(Interaction.id, Interaction.started_at).order_by(Interaction.id)).all()
        for interaction_id, _started in rows:
            session.get(Interaction, interaction_id).customer_ref = "C-7"  # one customer, several days
    (first, first_day), *_rest = [(i, s.date()) for i, s in rows]
    assert sum(1 for _i, s in rows if s.date() == first_day) == 1 < len(rows)
    survey = tmp_path / "by-customer.csv"
    survey.write_text(f"customer,stars,day\nC-7,4,{first_day}\nC-7,5,\nC-7,3,20-11-2026\n", encoding="utf-8")
    mapping = KpiMapping(key=0, by_customer=True, csat=1, resolved=None, day=2)
    result = KpiService(chats).import_csv(survey, "刘洋", mapping=mapping)
    assert [(r.line, r.kept, r.code) for r in result.rows] == [
        (2, True, None), (3, False, "ambiguous"), (4, False, "not_a_date")]  # fmt: skip
    assert result.rows[0].interaction_id == first
    preview = KpiService(chats).preview(survey)
    assert preview.header == ["customer", "stars", "day"] and preview.rows[0] == ["C-7", "4", str(first_day)]
    assert (preview.guess.key, preview.guess.by_customer, preview.guess.day) == (0, True, 2)


def test_quality_beside_csat_over_time_by_hand(database: Database) -> None:
    """October: (QA 60, CSAT 2), (70, 3), (80, 5) → x̄ 70, ȳ 10/3, Sxy 30, Sxx 200, Syy 42/9, r = 30/√(200·42/9)
    = 0.98198. November: (90, 8 of 10 → 4.0) and (50, 4): two pairs, no r. A draft and an interaction without a
    survey count nowhere."""
    from sqlalchemy import insert

    from qa_studio.storage.models import Agent, Evaluation, InteractionKpi, User

    ScorecardService(database).ensure_shipped()
    version = ScorecardService(database).latest_version_id("chat_standard")
    given = [(datetime(2026, 10, 5, 9), 60, 2, 5, "submitted"), (datetime(2026, 10, 14, 9), 70, 3, 5, "submitted"),
             (datetime(2026, 10, 30, 9), 80, 5, 5, "acknowledged"), (datetime(2026, 11, 2, 9), 90, 8, 10, "submitted"),
             (datetime(2026, 11, 20, 9), 50, 4, 5, "submitted"), (datetime(2026, 11, 21, 9), 10, 1, 5, "draft"),
             (datetime(2026, 11, 22, 9), 99, None, 5, "submitted")]  # fmt: skip
    with database.engine.begin() as connection:
        connection.execute(insert(Agent), [{"id": 1, "name": "Ann"}])
        connection.execute(insert(User), [{"id": 1, "name": "Rev", "role": "reviewer"}])
        for number, (started, score, csat, scale, state) in enumerate(given, start=1):
            connection.execute(insert(Interaction), [{
                "id": number, "channel": "chat", "direction": "inbound", "started_at": started, "agent_id": 1,
                "source_path": "x", "source_format": "json", "source_key": f"k{number}", "status": "evaluated",
                "role_rules": [], "message_count": 0}])  # fmt: skip
            connection.execute(insert(Evaluation), [{
                "interaction_id": number, "scorecard_version_id": version, "reviewer_id": 1, "state": state,
                "score": score, "result": {"criteria": {}}, "row_version": 1}])  # fmt: skip
            if csat is not None:
                connection.execute(insert(InteractionKpi), [{"interaction_id": number, "csat": csat,
                                                             "csat_scale": scale}])  # fmt: skip
    october, november = KpiService(database).quality_csat_over_time("Ann", unit="month")
    assert (october.start, october.pairs, october.qa_average) == (datetime(2026, 10, 1).date(), 3, 70.0)
    assert october.csat == pytest.approx(10 / 3) and october.correlation == pytest.approx(0.981981, abs=1e-6)
    assert (november.start, november.pairs, november.qa_average, november.csat, november.correlation) == (
        datetime(2026, 11, 1).date(), 2, 70.0, 4.0, None)  # fmt: skip
    weeks = KpiService(database).quality_csat_over_time("Ann", datetime(2026, 10, 1).date(),
                                                        datetime(2026, 11, 1).date(), unit="week")  # fmt: skip
    assert [(w.start.isoformat(), w.pairs) for w in weeks] == [("2026-10-05", 1), ("2026-10-12", 1),
                                                                ("2026-10-26", 1)]  # fmt: skip
