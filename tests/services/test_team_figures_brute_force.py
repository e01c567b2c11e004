"""The team figures the database adds up, against the same figures worked out row by row in plain Python over random
data (seeded): interactions with messages in every order, surveys on several scales, evaluations with criteria
applicable or not, worth points or not, failed or not, root causes, drafts that must not count, on several
scorecards that share criterion keys (a criterion is (scorecard, key): never pooled across scorecards, always across
one scorecard's versions). SQLite and PostgreSQL."""

from __future__ import annotations

import json
import math
import random
import statistics
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import insert, select

from qa_studio.services import root_causes
from qa_studio.services.aggregates import outcomes_text
from qa_studio.services.kpis import DEFAULT_RESPONSE_SECONDS, KpiService, pearson, reply_marks, response_times
from qa_studio.services.reporting import ReportingService, parse_period
from qa_studio.services.root_causes import NO_CAUSE
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage import rollups
from qa_studio.storage.database import Database
from qa_studio.storage.models import (
    Agent,
    Evaluation,
    EvaluationAnswer,
    Interaction,
    InteractionKpi,
    Message,
    SampleAssignment,
    Scorecard,
    ScorecardVersion,
    Team,
    User,
)

KEYS = ("greeting", "first_response", "accuracy", "closing_script")
CAUSES = ("process", "knowledge", "workload")
START = datetime(2026, 11, 2, 8, 0)


def _fill(database: Database, seed: int) -> dict:
    """Random rows, inserted as plain rows; returns them as Python sees them for the brute-force figures."""
    rng = random.Random(seed)
    ScorecardService(database).ensure_shipped()
    with database.session() as session:
        first = session.scalars(select(ScorecardVersion).order_by(ScorecardVersion.id)).first()
        # A second version of the first scorecard: its evaluations count with the first version's.
        session.add(ScorecardVersion(scorecard_id=first.scorecard_id, version=first.version + 1,
                                     definition=first.definition, scoring_hash=first.scoring_hash))  # fmt: skip
    data: dict = {"interactions": [], "messages": defaultdict(list), "kpis": {}, "evaluations": [], "answers": [],
                  "assigned": [], "cards": _cards(database)}  # fmt: skip
    assert len(set(data["cards"].values())) >= 2
    version_ids = sorted(data["cards"])
    with database.engine.begin() as connection:
        connection.execute(insert(Team), [{"id": 1, "name": "Harbour"}, {"id": 2, "name": "Other"}])
        connection.execute(insert(Agent), [{"id": n, "name": f"Agent {n}", "team_id": 1 if n <= 4 else 2}
                                           for n in range(1, 7)])  # fmt: skip
        connection.execute(insert(User), [{"id": n, "name": f"Reviewer {n}", "role": "reviewer"} for n in range(1, 4)])
        interactions, messages, kpis, evaluations, answers, assigned = [], [], [], [], [], []
        for number in range(1, 161):
            channel = rng.choice(("chat", "chat", "email", "social", "call"))
            started = START + timedelta(hours=rng.randint(0, 24 * 40), seconds=rng.randint(0, 59))
            duration = rng.choice((None, 0, rng.randint(1_000, 900_000)))
            agent = rng.choice((1, 2, 3, 4, 5, None))
            row = {"id": number, "channel": channel, "direction": "inbound", "started_at": started,
                   "duration_ms": duration, "agent_id": agent, "source_path": "x", "source_format": "json",
                   "source_key": f"k{number}", "status": "evaluated", "role_rules": [], "message_count": 0}  # fmt: skip
            interactions.append(row)
            data["interactions"].append(row)
            moment, conversation = started, []
            for seq in range(rng.randint(0, 7)):
                moment += timedelta(seconds=rng.choice((5, 20, 29, 30, 31, 45, 3600, 7200, 7201)),
                                    milliseconds=rng.choice((0, 0, 400)))
                role = rng.choice(("customer", "customer", "agent", "agent", "system"))
                sent = None if rng.random() < 0.1 else moment
                conversation.append({"interaction_id": number, "seq": seq, "author": role, "role": role,
                                     "sent_at": sent, "text": "…"})  # fmt: skip
                data["messages"][number].append((seq, role, sent))
            # Stored as the application stores messages: each answer to a customer's turn marked with its wait.
            for message, mark in zip(conversation, reply_marks([(m["role"], m["sent_at"]) for m in conversation]),
                                     strict=True):  # fmt: skip
                message["reply_number"], message["reply_wait_ms"] = mark if mark else (None, None)
            messages += conversation
            if rng.random() < 0.6:
                scale = rng.choice((5, 10))
                csat = rng.choice((None, rng.randint(1, scale)))
                resolved = rng.choice((None, True, False))
                kpis.append({"interaction_id": number, "csat": csat, "csat_scale": scale, "resolved": resolved,
                             "imported_at": started})  # fmt: skip
                data["kpis"][number] = (csat, scale, resolved)
            if rng.random() < 0.2:
                reviewer = rng.randint(1, 3)
                assigned.append({"interaction_id": number, "reviewer_id": reviewer, "plan_name": "p",
                                 "rule": "random"})  # fmt: skip
                data["assigned"].append((number, reviewer))
            for reviewer in rng.sample((1, 2, 3), rng.choice((0, 1, 1, 2))):
                evaluation_id = len(evaluations) + 1
                criteria = {}
                for key in KEYS:
                    if rng.random() < 0.15:
                        continue
                    criteria[key] = {"earned": "0", "possible": rng.choice(("0", "1.00", "5")),
                                     "failed": rng.random() < 0.4, "applicable": rng.random() < 0.85}  # fmt: skip
                    if rng.random() < 0.1:
                        del criteria[key]["applicable"]
                    if criteria[key]["failed"] and rng.random() < 0.6 or rng.random() < 0.1:
                        cause = rng.choice((*CAUSES, ""))
                        answers.append({"evaluation_id": evaluation_id, "criterion_key": key, "value": "no",
                                        "root_cause": cause})  # fmt: skip
                        data["answers"].append((evaluation_id, key, cause))
                created = started + timedelta(hours=1)
                submitted = created + timedelta(seconds=rng.choice((60, 300, 301, 900, 5 * 3600)))
                score = rng.choice((None, round(rng.uniform(40, 100), 2)))
                passed = rng.choice((None, True, False))
                state = rng.choice(("submitted", "submitted", "acknowledged", "draft"))
                row = {"id": evaluation_id, "interaction_id": number,
                       "scorecard_version_id": rng.choice(version_ids),
                       "reviewer_id": reviewer, "state": state, "score": score, "passed": passed,
                       "fatal_failed": rng.random() < 0.1, "section_critical_failed": rng.random() < 0.1,
                       "result": {"criteria": criteria}, "created_at": created,
                       # As the application stores them; a few as an older version left them, without outcomes.
                       "outcomes": outcomes_text({"criteria": criteria}) if rng.random() < 0.9 else None,
                       "submitted_at": submitted, "row_version": 1}  # fmt: skip
                evaluations.append(row)
                data["evaluations"].append(row)
        connection.execute(insert(Interaction), interactions)
        connection.execute(insert(Message), messages)
        connection.execute(insert(InteractionKpi), kpis)
        connection.execute(insert(Evaluation), evaluations)
        if answers:
            connection.execute(insert(EvaluationAnswer), answers)
        if assigned:
            connection.execute(insert(SampleAssignment), assigned)
    return data


def _cards(database: Database) -> dict[int, str]:
    """Scorecard version id → its scorecard's key."""
    with database.session() as session:
        return dict(session.execute(select(ScorecardVersion.id, Scorecard.key).join(
            Scorecard, Scorecard.id == ScorecardVersion.scorecard_id)).all())  # fmt: skip


def _brute_force(data: dict, start: date, end: date, threshold: int, standards: dict | None = None) -> dict:
    """Every figure of the team page, row by row; `standards`: response seconds per channel (the defaults)."""
    standards = standards or DEFAULT_RESPONSE_SECONDS
    team = {1, 2, 3, 4}
    names = {n: f"Agent {n}" for n in range(1, 7)}
    since, until = datetime.combine(start, datetime.min.time()), datetime.combine(end, datetime.min.time())
    interactions = {r["id"]: r for r in data["interactions"]
                    if r["agent_id"] in team and since <= r["started_at"] < until}  # fmt: skip
    evaluations = [e for e in data["evaluations"] if e["interaction_id"] in interactions and e["state"] != "draft"]
    figures: dict = {}
    scores = [e["score"] for e in evaluations if e["score"] is not None]
    judged = [e["passed"] for e in evaluations if e["passed"] is not None]
    figures["summary"] = (len(evaluations), round(sum(scores) / len(scores), 2) if scores else None,
                          sum(judged) / len(judged) if judged else None,
                          sum(e["fatal_failed"] for e in evaluations),
                          sum(e["section_critical_failed"] for e in evaluations))  # fmt: skip
    answered: Counter = Counter()
    failed: Counter = Counter()
    failures = []
    for e in sorted(evaluations, key=lambda e: (interactions[e["interaction_id"]]["started_at"], e["id"])):
        agent = names[interactions[e["interaction_id"]]["agent_id"]]
        card = data["cards"][e["scorecard_version_id"]]
        for key, entry in e["result"]["criteria"].items():
            applicable = entry.get("applicable", True)
            if applicable and float(entry["possible"]):
                answered[(agent, (card, key))] += 1
                failed[(agent, (card, key))] += entry["failed"]
            if applicable and entry["failed"]:
                failures.append((agent, (card, key), e["id"]))
    figures["rates"] = {pair: failed[pair] / n for pair, n in answered.items()}
    cause_of = {(e, k): c for e, k, c in data["answers"] if c}
    counts = Counter(cause_of.get((e, k), NO_CAUSE) for _a, (_card, k), e in failures)
    figures["pareto"] = {k: n for k, n in counts.items() if n}
    per_pair: dict = defaultdict(list)
    for agent, key, evaluation_id in failures:
        per_pair[(agent, key)].append(evaluation_id)
    figures["repeated"] = sorted((agent, key, len(ids), tuple(ids)) for (agent, key), ids in per_pair.items()
                                 if len(ids) >= threshold)  # fmt: skip
    channels: dict = defaultdict(lambda: Counter())
    csat_of: dict = {}
    for number, row in interactions.items():
        c = channels[row["channel"]]
        c["interactions"] += 1
        timed = [t for _s, _r, t in sorted(data["messages"][number]) if t is not None]
        if row["duration_ms"]:
            c["handling_ms"] += row["duration_ms"]
            c["handling_n"] += 1
        elif len(timed) >= 2:
            c["handling_ms"] += int((timed[-1] - timed[0]).total_seconds() * 1000)
            c["handling_n"] += 1
        csat, scale, resolved = data["kpis"].get(number, (None, None, None))
        if csat is not None:
            csat_of[number] = csat * 5 / scale
            c["csat_n"] += 1
            c["csat_total"] += csat * 5 / scale
        if resolved is not None:
            c["known"] += 1
            c["resolved"] += resolved
        standard = standards.get(row["channel"])
        waits = response_times([(r, t) for _s, r, t in sorted(data["messages"][number])])
        if standard is not None and waits:
            c["first_n"] += 1
            c["first_met"] += waits[0] <= standard
            c["replies_n"] += len(waits)
            c["replies_met"] += sum(w <= standard for w in waits)
    figures["channels"] = {k: dict(v) for k, v in channels.items()}
    pairs: dict = defaultdict(list)
    for e in evaluations:
        if e["score"] is not None and e["interaction_id"] in csat_of:
            agent = names[interactions[e["interaction_id"]]["agent_id"]]
            pairs[agent].append((e["score"], csat_of[e["interaction_id"]]))
    figures["correlation"] = {agent: pearson([p[0] for p in both], [p[1] for p in both])
                              for agent, both in pairs.items()}  # fmt: skip
    spans: dict = defaultdict(list)
    by_reviewer: Counter = Counter()
    for e in evaluations:
        by_reviewer[f"Reviewer {e['reviewer_id']}"] += 1
        seconds = (e["submitted_at"] - e["created_at"]).total_seconds()
        if 0 <= seconds <= 4 * 3600:
            spans[f"Reviewer {e['reviewer_id']}"].append(seconds / 60)
    figures["grading"] = {name: statistics.median(s) for name, s in spans.items()}
    figures["reviewers"] = dict(by_reviewer)
    quota: Counter = Counter()
    for number, _reviewer in data["assigned"]:
        if number in interactions:
            quota[names[interactions[number]["agent_id"]]] += 1
    figures["quota"] = dict(quota)
    return figures


def _check(database: Database, data: dict, standards: dict | None = None) -> None:
    expected = _brute_force(data, date(2026, 11, 2), date(2026, 12, 1), threshold=2, standards=standards)
    report = ReportingService(database).team("Harbour", parse_period("2026-11-02..2026-11-30"), 2)
    s = report.summary
    assert (s.evaluations, s.average, s.fatal, s.section_critical) == (
        expected["summary"][0], expected["summary"][1], expected["summary"][3], expected["summary"][4])
    assert s.pass_rate == pytest.approx(expected["summary"][2])
    assert report.failure_rates == pytest.approx(expected["rates"])
    causes = report.root_causes
    assert {c.key: c.count for c in causes.pareto} == expected["pareto"]
    assert sorted((r.agent, (r.scorecard, r.criterion), r.failures, r.evaluation_ids)
                  for r in causes.repeated) == expected["repeated"]  # fmt: skip
    service = report.service
    for channel in service.channels:
        e = expected["channels"][channel.channel]
        assert channel.interactions == e["interactions"]
        handling = (e.get("handling_ms", 0), e.get("handling_n", 0))
        assert (channel.handling_ms_total, channel.handling_measured) == handling
        assert (channel.csat_n, channel.resolution_known, channel.resolved) == (
            e.get("csat_n", 0), e.get("known", 0), e.get("resolved", 0))
        assert channel.csat_total == pytest.approx(e.get("csat_total", 0))
        assert (channel.first_measured, channel.first_met, channel.replies_measured, channel.replies_met) == (
            e.get("first_n", 0), e.get("first_met", 0), e.get("replies_n", 0), e.get("replies_met", 0))
    assert {c.channel for c in service.channels} == set(expected["channels"])
    for agent in service.agents:
        want = expected["correlation"].get(agent.agent)
        assert (agent.correlation is None) == (want is None)
        if want is not None:
            assert math.isclose(agent.correlation, want, abs_tol=1e-9)
    assert {r.reviewer: r.grading_minutes for r in report.reviewer_figures} == pytest.approx(
        {name: expected["grading"].get(name) for name in expected["reviewers"]})
    assert {r.reviewer: r.evaluations for r in report.reviewer_figures} == expected["reviewers"]
    assert {a.agent: a.quota for a in report.agents if a.quota} == expected["quota"]


@pytest.mark.parametrize("seed", [3, 17])
def test_team_figures_match_a_row_by_row_count(database: Database, seed: int) -> None:
    data = _fill(database, seed)
    _check(database, data)
    with database.engine.connect() as connection:  # each rollup is what working it out afresh gives
        assert set(rollups.differences(connection).values()) == {0}


def _read_back(database: Database) -> dict:
    """The rows as they are stored now, in the shape _fill returns them."""
    data: dict = {"interactions": [], "messages": defaultdict(list), "kpis": {}, "evaluations": [], "answers": [],
                  "assigned": [], "cards": _cards(database)}  # fmt: skip
    with database.session() as session:
        for number, channel, started, duration, agent in session.execute(select(
                Interaction.id, Interaction.channel, Interaction.started_at, Interaction.duration_ms,
                Interaction.agent_id)):  # fmt: skip
            data["interactions"].append({"id": number, "channel": channel, "started_at": started,
                                         "duration_ms": duration, "agent_id": agent})  # fmt: skip
        for number, seq, role, sent in session.execute(select(Message.interaction_id, Message.seq, Message.role,
                                                              Message.sent_at)):  # fmt: skip
            data["messages"][number].append((seq, role, sent))
        for number, csat, scale, resolved in session.execute(select(
                InteractionKpi.interaction_id, InteractionKpi.csat, InteractionKpi.csat_scale,
                InteractionKpi.resolved)):  # fmt: skip
            data["kpis"][number] = (None if csat is None else float(csat), scale, resolved)
        for row in session.scalars(select(Evaluation)):
            data["evaluations"].append({
                "id": row.id, "interaction_id": row.interaction_id, "reviewer_id": row.reviewer_id, "state": row.state,
                "scorecard_version_id": row.scorecard_version_id,
                "score": None if row.score is None else float(row.score), "passed": row.passed,
                "fatal_failed": row.fatal_failed, "section_critical_failed": row.section_critical_failed,
                "result": row.result, "created_at": row.created_at, "submitted_at": row.submitted_at})  # fmt: skip
        data["answers"] = [tuple(row) for row in session.execute(select(
            EvaluationAnswer.evaluation_id, EvaluationAnswer.criterion_key, EvaluationAnswer.root_cause))]  # fmt: skip
        data["assigned"] = [tuple(row) for row in session.execute(select(SampleAssignment.interaction_id,
                                                                         SampleAssignment.reviewer_id))]  # fmt: skip
    return data


def _edit(database: Database, seed: int) -> None:
    """What happens to stored rows after they are first counted, written as the app and imports write them:
    evaluations amended (result, outcomes and score together), submitted, turned back and removed; answers and root
    causes changed; interactions given to another agent or moved to another day; survey figures changed, removed
    and brought in; a conversation's messages taken away."""
    rng = random.Random(seed + 1000)
    with database.session() as session:
        for evaluation in session.scalars(select(Evaluation).order_by(Evaluation.id)):
            roll = rng.random()
            if roll < 0.25 and evaluation.result:
                result = json.loads(json.dumps(evaluation.result))
                for entry in result["criteria"].values():
                    if rng.random() < 0.5:
                        entry["failed"] = not entry["failed"]
                        entry["applicable"] = rng.random() < 0.8
                evaluation.result = result
                evaluation.outcomes = outcomes_text(result)
                evaluation.score = Decimal(str(round(rng.uniform(30, 100), 2)))
                evaluation.passed = rng.choice((None, True, False))
            elif roll < 0.3:
                evaluation.state = "submitted" if evaluation.state == "draft" else "draft"
            elif roll < 0.35:
                session.delete(evaluation)
            elif roll < 0.4:  # scored again on another scorecard: its criteria move to that scorecard's
                evaluation.scorecard_version_id = rng.choice(sorted(_cards(database)))
            elif evaluation.outcomes is None:  # upgraded as the migration that brought outcomes does
                evaluation.outcomes = outcomes_text(evaluation.result)
        for answer in session.scalars(select(EvaluationAnswer).order_by(EvaluationAnswer.id)):
            roll = rng.random()
            if roll < 0.2:
                answer.root_cause = rng.choice((*CAUSES, "", None))
            elif roll < 0.3:
                session.delete(answer)
        for interaction in session.scalars(select(Interaction).order_by(Interaction.id)):
            roll = rng.random()
            if roll < 0.1:
                interaction.agent_id = rng.choice((1, 2, 3, 4, 5, None))
            elif roll < 0.2:
                interaction.started_at += timedelta(days=rng.choice((-3, -1, 1, 5)), hours=rng.randint(0, 23))
            elif roll < 0.25:
                interaction.channel = rng.choice(("chat", "email", "call"))
                interaction.duration_ms = rng.choice((None, 0, 60_000))
        for kpi in session.scalars(select(InteractionKpi).order_by(InteractionKpi.id)):
            roll = rng.random()
            if roll < 0.2:
                kpi.csat, kpi.csat_scale = rng.choice((None, Decimal(3), Decimal("4.5"))), rng.choice((5, 10))
            elif roll < 0.3:
                kpi.resolved = rng.choice((None, True, False))
            elif roll < 0.4:
                session.delete(kpi)
        session.flush()
        surveyed = set(session.scalars(select(InteractionKpi.interaction_id)))
        for number in session.scalars(select(Interaction.id).order_by(Interaction.id)):
            if number not in surveyed and rng.random() < 0.1:
                session.add(InteractionKpi(interaction_id=number, csat=Decimal(rng.randint(1, 5)), csat_scale=5,
                                           resolved=rng.choice((None, True)), imported_at=START))  # fmt: skip
            elif rng.random() < 0.05:
                for message in session.scalars(select(Message).where(Message.interaction_id == number)):
                    session.delete(message)


@pytest.mark.parametrize("seed", [5, 23])
def test_the_rollups_follow_amendments_removals_moves_and_a_change_of_standards(
        database: Database, seed: int, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(root_causes, "FIRST_PAGE", 3)  # an agent's latest failures read past the first page too
    _fill(database, seed)
    ReportingService(database).team("Harbour", parse_period("2026-11-02..2026-11-30"), 2)
    _edit(database, seed)
    _check(database, _read_back(database))
    with database.engine.begin() as connection:  # ids given, as _fill gives them
        connection.execute(insert(User), [{"id": 9, "name": "周婷", "role": "lead"}])
    standards = {**DEFAULT_RESPONSE_SECONDS, "chat": 45, "call": 20}
    KpiService(database).set_standards("周婷", {"chat": 45, "call": 20})
    _check(database, _read_back(database), standards)
    with database.engine.connect() as connection:  # each rollup is what working it out afresh gives
        assert set(rollups.differences(connection).values()) == {0}
