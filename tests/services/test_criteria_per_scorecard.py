"""A criterion is its scorecard's: two scorecards that share criterion keys, worded differently and failed in different
patterns, give separate rows with their own wording and their own figures everywhere in the reports. Figures
worked out by hand; SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import insert

from qa_studio.services.aggregates import Scope, outcome_counts, outcomes_text
from qa_studio.services.reporting import ReportingService, parse_period
from qa_studio.services.root_causes import NO_CAUSE, RootCauseService
from qa_studio.storage.database import Database
from qa_studio.storage.models import (
    Agent,
    Evaluation,
    EvaluationAnswer,
    Interaction,
    Scorecard,
    ScorecardVersion,
    Team,
    User,
)

PERIOD = "2026-11"


def _form(name: dict[str, str], criteria: list[tuple[str, dict[str, str]]]) -> dict:
    return {"name": name, "sections": [{"key": "main", "criteria": [
        {"key": key, "label": label, "fail": "none"} for key, label in criteria]}]}  # fmt: skip


PHONE = _form({"en": "Phone standard", "zh": "电话标准"}, [
    ("greeting", {"en": "Greeting in the first 15 seconds", "zh": "15秒内问候"}),
    ("clarity", {"en": "Clear communication", "zh": "表达清晰"})])  # fmt: skip
CHAT = _form({"en": "Chat standard", "zh": "在线标准"}, [
    ("greeting", {"en": "Greeting with name", "zh": "问候并自报姓名"}),
    ("clarity", {"en": "Clear communication", "zh": "表达清晰"})])  # fmt: skip
CHAT_2 = _form({"en": "Chat standard", "zh": "在线标准"}, [
    ("greeting", {"en": "Greeting with name or number", "zh": "问候并自报姓名或工号"}),
    ("clarity", {"en": "Clear communication", "zh": "表达清晰"})])  # fmt: skip

# (evaluation id, agent id, scorecard version id, failed criteria, root causes on failures)
# Ann: two phone evaluations (greeting failed in both, clarity in one) and four chats (greeting failed once).
# Bob: chats only: greeting failed in all three (the last on the chat form's second version), clarity once.
EVALUATIONS = [
    (1, 1, 1, {"greeting"}, {"greeting": "process"}),
    (2, 1, 1, {"greeting", "clarity"}, {}),
    (3, 1, 2, set(), {}),
    (4, 1, 2, set(), {}),
    (5, 1, 2, set(), {}),
    (6, 1, 2, {"greeting"}, {"greeting": "knowledge"}),
    (7, 2, 2, {"greeting", "clarity"}, {"greeting": "knowledge"}),
    (8, 2, 2, {"greeting"}, {}),
    (9, 2, 3, {"greeting"}, {}),
]


@pytest.fixture
def two_cards(database: Database) -> Database:
    start = datetime(2026, 11, 3, 9, 0)
    with database.engine.begin() as connection:
        connection.execute(insert(Team), [{"id": 1, "name": "Harbour"}])
        connection.execute(insert(Agent), [{"id": 1, "name": "Ann", "team_id": 1}, {"id": 2, "name": "Bob",
                                                                                    "team_id": 1}])  # fmt: skip
        connection.execute(insert(User), [{"id": 1, "name": "Reviewer", "role": "reviewer"}])
        connection.execute(insert(Scorecard), [{"id": 1, "key": "phone", "name": "Phone standard"},
                                               {"id": 2, "key": "chat", "name": "Chat standard"}])  # fmt: skip
        connection.execute(insert(ScorecardVersion), [
            {"id": 1, "scorecard_id": 1, "version": 1, "definition": PHONE, "scoring_hash": "p1"},
            {"id": 2, "scorecard_id": 2, "version": 1, "definition": CHAT, "scoring_hash": "c1"},
            {"id": 3, "scorecard_id": 2, "version": 2, "definition": CHAT_2, "scoring_hash": "c2"}])  # fmt: skip
        for number, agent, version, failed, causes in EVALUATIONS:
            started = start + timedelta(days=number)
            connection.execute(insert(Interaction), [{
                "id": number, "channel": "call" if version == 1 else "chat", "direction": "inbound",
                "started_at": started, "agent_id": agent, "source_path": "x", "source_format": "json",
                "source_key": f"k{number}", "status": "evaluated", "role_rules": [], "message_count": 0}])  # fmt: skip
            result = {"criteria": {key: {"earned": "0" if key in failed else "1", "possible": "1",
                                         "failed": key in failed, "applicable": True}
                                   for key in ("greeting", "clarity")}}  # fmt: skip
            connection.execute(insert(Evaluation), [{
                "id": number, "interaction_id": number, "scorecard_version_id": version, "reviewer_id": 1,
                "state": "submitted", "score": 50 if failed else 100, "passed": not failed, "fatal_failed": False,
                "section_critical_failed": False, "result": result, "created_at": started,
                "submitted_at": started + timedelta(minutes=5), "row_version": 1,
                # one as an older version left it, without outcomes: read from its result
                "outcomes": None if number == 8 else outcomes_text(result)}])  # fmt: skip
            connection.execute(insert(EvaluationAnswer), [
                {"evaluation_id": number, "criterion_key": key, "value": "no" if key in failed else "yes",
                 "root_cause": causes.get(key)} for key in ("greeting", "clarity")])  # fmt: skip
    return database


def test_the_team_page_keeps_each_scorecards_criteria_apart(two_cards: Database) -> None:
    report = ReportingService(two_cards).team("Harbour", parse_period(PERIOD), repeat_threshold=2)
    phone_greeting, phone_clarity, chat_greeting, chat_clarity = (
        ("phone", "greeting"), ("phone", "clarity"), ("chat", "greeting"), ("chat", "clarity"))
    # Scorecard order, then the form's order; never one row for two scorecards' "greeting".
    assert report.criterion_keys == [phone_greeting, phone_clarity, chat_greeting, chat_clarity]
    # The chat form's latest wording; the two "Clear communication" rows side by side carry their scorecard's name.
    assert report.criteria == [
        {"en": "Greeting in the first 15 seconds", "zh": "15秒内问候"},
        {"en": "Clear communication · Phone standard", "zh": "表达清晰 · 电话标准"},
        {"en": "Greeting with name or number", "zh": "问候并自报姓名或工号"},
        {"en": "Clear communication · Chat standard", "zh": "表达清晰 · 在线标准"},
    ]
    # Ann: phone greeting 2 of 2 failed, phone clarity 1 of 2; chat greeting 1 of 4, chat clarity 0 of 4.
    # Bob: chat greeting 3 of 3 (two versions of one scorecard count together), chat clarity 1 of 3; no phone rows.
    assert report.failure_rates == pytest.approx({
        ("Ann", phone_greeting): 1.0, ("Ann", phone_clarity): 0.5, ("Ann", chat_greeting): 0.25,
        ("Ann", chat_clarity): 0.0, ("Bob", chat_greeting): 1.0, ("Bob", chat_clarity): 1 / 3})  # fmt: skip
    # Failed twice or more: Ann's phone greeting (1, 2) and Bob's chat greeting (7, 8, 9); Ann's one chat greeting
    # failure is not added to her phone ones.
    flags = [(r.agent, r.scorecard, r.criterion, r.failures, r.evaluation_ids, r.label["en"], r.causes)
             for r in report.root_causes.repeated]  # fmt: skip
    assert flags == [
        ("Bob", "chat", "greeting", 3, (7, 8, 9), "Greeting with name or number", {"knowledge": 1}),
        ("Ann", "phone", "greeting", 2, (1, 2), "Greeting in the first 15 seconds", {"process": 1}),
    ]


def test_an_agent_sees_only_their_own_scorecards_criteria_in_their_wording(two_cards: Database) -> None:
    service = ReportingService(two_cards)
    bob = service.agent("Bob", parse_period(PERIOD), repeat_threshold=2)
    assert [(c.scorecard, c.key, c.label, c.answered, c.failed) for c in bob.criteria] == [
        ("chat", "greeting", {"en": "Greeting with name or number", "zh": "问候并自报姓名或工号"}, 3, 3),
        ("chat", "clarity", {"en": "Clear communication", "zh": "表达清晰"}, 3, 1),  # alone: no scorecard name
    ]
    assert [r.label["en"] for r in bob.weakest] == ["Greeting with name or number", "Clear communication"]
    ann = service.agent("Ann", parse_period(PERIOD), repeat_threshold=2)
    # Weakest first: phone greeting 0 %, phone clarity 50 %, chat greeting 75 %, chat clarity 100 %.
    assert [(c.criterion, c.pass_rate) for c in ann.criteria] == [
        (("phone", "greeting"), 0.0), (("phone", "clarity"), 0.5), (("chat", "greeting"), 0.75),
        (("chat", "clarity"), 1.0)]  # fmt: skip
    assert [c.label["en"] for c in ann.criteria] == [
        "Greeting in the first 15 seconds", "Clear communication · Phone standard", "Greeting with name or number",
        "Clear communication · Chat standard"]  # fmt: skip
    assert [(r.scorecard, r.criterion, r.failures) for r in ann.root_causes.repeated] == [("phone", "greeting", 2)]


def test_the_pareto_by_criterion_counts_one_scorecards_criterion(two_cards: Database) -> None:
    causes = RootCauseService(two_cards)
    phone = causes.report(date(2026, 11, 1), date(2026, 12, 1), criterion=("phone", "greeting"))
    assert phone.failed_answers == 2 and {c.key: c.count for c in phone.pareto} == {"process": 1, NO_CAUSE: 1}
    chat = causes.report(date(2026, 11, 1), date(2026, 12, 1), criterion=("chat", "greeting"))
    assert chat.failed_answers == 4 and {c.key: c.count for c in chat.pareto} == {"knowledge": 2, NO_CAUSE: 2}
    either = causes.report(date(2026, 11, 1), date(2026, 12, 1), criterion="greeting")  # the key on any scorecard
    assert either.failed_answers == 6


def test_outcomes_are_grouped_per_scorecard_from_rows_and_from_rollups(two_cards: Database) -> None:
    def per_card(scope: Scope) -> dict:
        with two_cards.session() as session:
            found: dict = {}
            for agent, card, flags, count in outcome_counts(session, scope, "i.agent_id"):
                for key, flag in flags:
                    found[(agent, card, key, flag)] = found.get((agent, card, key, flag), 0) + count
            return found

    whole_days = Scope.of(date(2026, 11, 1), date(2026, 12, 1), [1, 2])
    from_rows = Scope(datetime(2026, 11, 1, 0, 0, 1), datetime(2026, 12, 1), [1, 2])  # not whole days: no rollup
    assert whole_days.rolled_up and not from_rows.rolled_up
    assert per_card(whole_days) == per_card(from_rows)
    counted, failed = 1 | 4, 1 | 2 | 4  # COUNTED | APPLICABLE, and FAILED too
    assert per_card(from_rows)[(2, "chat", "greeting", failed)] == 3
    assert per_card(from_rows)[(1, "phone", "greeting", failed)] == 2
    assert per_card(from_rows)[(1, "chat", "greeting", counted)] == 3


def test_each_answer_row_has_its_own_scorecard_versions_wording(two_cards: Database) -> None:
    rows = {(r["evaluation_id"], r["criterion"]): r for r in ReportingService(two_cards).answers(parse_period(PERIOD))}
    assert len(rows) == 18
    assert (rows[(1, "greeting")]["scorecard"], rows[(1, "greeting")]["criterion_label"],
            rows[(1, "greeting")]["criterion_label_zh"]) == ("phone", "Greeting in the first 15 seconds", "15秒内问候")
    assert rows[(8, "greeting")]["criterion_label"] == "Greeting with name"  # the chat form's first version
    assert rows[(9, "greeting")]["criterion_label"] == "Greeting with name or number"  # its second
    assert {rows[(n, "clarity")]["criterion_label"] for n in range(1, 10)} == {"Clear communication"}
