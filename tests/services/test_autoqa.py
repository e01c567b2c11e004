"""AutoQA on stored interactions: every chat gets automatic answers with evidence at import, flags point at what a
reviewer should look at, results follow the scorecard's versions and transcript corrections, and the agreement with
reviewers is computed from the interactions scored both ways."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from qa_studio.resources import FORMS_DIR
from qa_studio.sampling import RiskRule, SamplingPlan
from qa_studio.scoring.agreement import cohen_kappa
from qa_studio.scoring.loader import load_scorecard_text
from qa_studio.services.autoqa import AutoQAService
from qa_studio.services.demo import load_demo
from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.imports import ImportService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.services.sampling import SamplingService
from qa_studio.services.scorecards import ScorecardService
from qa_studio.services.transcription import TranscriptionService
from qa_studio.storage.database import Database
from qa_studio.storage.models import (
    AutoEvaluation,
    Evaluation,
    EvaluationAnswer,
    Interaction,
    Transcript,
    TranscriptSegment,
)
from tests.people import add_people

AUDIO = Path(__file__).parents[1] / "data" / "import" / "audio" / "mono.flac"


def write_chat(folder: Path, name: str, agent_lines: list[str], first_reply_s: int = 10) -> Path:
    messages = [{"author": "Ava Taylor", "role": "customer", "timestamp": "2026-03-02T10:00:00",
                 "text": "My order has not arrived."}]  # fmt: skip
    for number, line in enumerate(agent_lines):
        messages.append({"author": "James Porter", "role": "agent",
                         "timestamp": f"2026-03-02T10:{number:02d}:{first_reply_s:02d}", "text": line})  # fmt: skip
    path = folder / f"{name}.json"
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"id": name, "channel": "chat", "agent": "James Porter", "messages": messages}))
    return path


def test_the_demo_has_unreviewed_chats_that_autoqa_flags_and_a_risk_sample_picks(
    database: Database, tmp_path: Path
) -> None:
    """Yesterday's demo chats hold forbidden language and a customer left waiting: the list's auto-score filter finds
    them and a risk share of a sample is drawn from them, each named by its rule."""
    load_demo(database, tmp_path / "demo", actor="tester")
    with database.session() as session:
        recent = dict(session.execute(select(Interaction.external_id, Interaction.id)
                                      .where(Interaction.external_id.like("DEMO-RECENT-%"))).all())  # fmt: skip
        evaluated = set(session.scalars(select(Evaluation.interaction_id)))
    assert len(recent) == 3 and not set(recent.values()) & evaluated
    service = AutoQAService(database)
    flags = {name: service.get(i).flags for name, i in recent.items()}  # type: ignore[union-attr]
    assert flags == {"DEMO-RECENT-01": ["forbidden_phrase"], "DEMO-RECENT-02": ["forbidden_phrase"],
                     "DEMO-RECENT-03": ["long_silence"]}  # fmt: skip
    queries = InteractionQueries(database)
    low = {row.id for row in queries.page(InteractionFilter(auto_score_below=60), 0, 200)}
    assert {recent["DEMO-RECENT-01"], recent["DEMO-RECENT-02"]} <= low
    run = SamplingService(database).draw(
        SamplingPlan(per_agent=4, seed=7, risk=RiskRule(0.5, flags=("forbidden_phrase", "long_silence"))), ["刘洋"],
        save=False, actor="tester",
    )
    risky = {item.interaction_id: item.rule for item in run.sample.items if item.rule.startswith("risk")}
    assert set(risky) == set(recent.values())
    assert "forbidden phrase" in risky[recent["DEMO-RECENT-02"]] and "long silence" in risky[recent["DEMO-RECENT-03"]]


def test_demo_gives_every_chat_an_automatic_score_with_evidence_and_an_agreement_table(
    database: Database, tmp_path: Path
) -> None:
    load_demo(database, tmp_path / "demo", actor="tester")
    service = AutoQAService(database)
    with database.session() as session:
        chats = list(session.scalars(select(Interaction.id).where(Interaction.channel == "chat")))
        rows = {r.interaction_id: r for r in session.scalars(select(AutoEvaluation))}
    assert chats and set(chats) <= set(rows)
    for interaction_id in chats:
        view = service.get(interaction_id)
        assert view is not None and view.score is not None
        assert view.answers and all(s.evidence for s in view.answers.values())
    # The scoring panel starts from the same answers and evidence.
    with database.session() as session:
        evaluated = session.execute(select(Evaluation.id, Evaluation.interaction_id).join(
            Interaction, Interaction.id == Evaluation.interaction_id).where(Interaction.channel == "chat")).first()
    assert evaluated is not None
    setup = EvaluationService(database).prepare(evaluated.id)
    assert setup.suggestions == service.get(evaluated.interaction_id).answers  # type: ignore[union-attr]
    # The demo's keyword lists each find interactions (complaints, the regulator and lawyers).
    from qa_studio.services.demo import DEMO_KEYWORDS
    from qa_studio.services.keywords import KeywordService

    assert {r.list_name for r in KeywordService(database).counts().per_team()} == set(DEMO_KEYWORDS)
    # Calls are checked once transcribed: the demo's calls are only queued.
    with database.session() as session:
        calls = set(session.scalars(select(Interaction.id).where(Interaction.channel == "call")))
    assert calls and not calls & set(rows)
    # Nothing new to do: the backlog is current.
    assert service.run(actor="tester").scored == 0

    table = {row.criterion_key: row for row in service.agreement()}
    greeting = table["greeting"]
    with database.session() as session:
        both = session.execute(
            select(Evaluation.interaction_id, EvaluationAnswer.value)
            .join(EvaluationAnswer, EvaluationAnswer.evaluation_id == Evaluation.id)
            .where(EvaluationAnswer.criterion_key == "greeting", Evaluation.state != "draft",
                   Evaluation.calibration_session_id.is_(None))
        ).all()  # fmt: skip
    views = {i: service.get(i) for i, _ in both}
    human = {i: value for i, value in both if views[i] is not None and "greeting" in views[i].answers}  # type: ignore[union-attr]
    auto = {i: views[i].answers["greeting"].value for i in human}  # type: ignore[union-attr]
    assert greeting.interactions == len(human) > 10
    same = sum(auto[i] == human[i] for i in human)
    assert greeting.percent == pytest.approx(100 * same / len(human))
    assert greeting.kappa == pytest.approx(cohen_kappa([auto[i] for i in human], [human[i] for i in human]))


def test_a_forbidden_phrase_and_a_slow_first_reply_are_flagged_and_filtered(database: Database, tmp_path: Path) -> None:
    ScorecardService(database).ensure_shipped()
    folder = tmp_path / "chats"
    write_chat(folder, "polite", ["Hello, I'm James. Let me check.", "It ships today. Anything else?",
                                  "Thank you for contacting us, goodbye!"])  # fmt: skip
    write_chat(folder, "rude", ["Calm down, it's not my problem.", "Goodbye."], first_reply_s=50)
    ImportService(database).run([folder], actor="tester")  # checked at import
    with database.session() as session:
        ids = dict(session.execute(select(Interaction.external_id, Interaction.id)).all())
    service = AutoQAService(database)
    rude, polite = service.get(ids["rude"]), service.get(ids["polite"])
    assert rude is not None and polite is not None
    assert "forbidden_phrase" in rude.flags and "slow_first_reply" in rude.flags
    assert polite.flags == []
    assert rude.answers["forbidden"].value == "no"
    found = rude.answers["forbidden"].evidence
    assert any(e.data.get("phrase") in ("calm down", "not my problem") and e.message_index == 1 for e in found)
    assert rude.score is not None and polite.score is not None and rude.score < 70 <= polite.score
    queries = InteractionQueries(database)
    low = queries.page(InteractionFilter(auto_score_below=70), 0, 10)
    assert [r.id for r in low] == [ids["rude"]]
    assert low[0].auto_score == rude.score and "forbidden_phrase" in low[0].auto_flags
    assert low[0].as_json()["auto_flags"] == rude.flags
    assert queries.count(InteractionFilter(auto_score_below=101)) == 2


def _call_with_transcript(database: Database, lines: list[tuple[str, int, int, str]]) -> int:
    ImportService(database).run([AUDIO], actor="tester")
    with database.session() as session:
        call = session.scalar(select(Interaction.id).where(Interaction.channel == "call"))
        assert call is not None
        transcript = Transcript(interaction_id=call, version=1, is_current=True, engine="test", model="test")
        session.add(transcript)
        session.flush()
        session.add_all(TranscriptSegment(transcript_id=transcript.id, seq=n, start_ms=a, end_ms=b, speaker=who,
                                          text=text) for n, (who, a, b, text) in enumerate(lines))  # fmt: skip
    return call


def test_a_call_without_verification_is_suspected_fatal_until_the_transcript_is_corrected(database: Database) -> None:
    ScorecardService(database).ensure_shipped()
    call = _call_with_transcript(database, [
        ("agent", 0, 3000, "Thank you for calling, my name is Emma."),
        ("customer", 4000, 8000, "I was charged twice."),
        ("agent", 9000, 14000, "I see the duplicate charge on your account."),
        ("agent", 90000, 95000, "Anything else? Have a nice day."),
    ])  # fmt: skip
    service = AutoQAService(database)
    assert service.run(actor="tester").scored == 1
    view = service.get(call)
    assert view is not None
    assert {"fatal_suspected", "missed_identity_check", "long_silence"} <= set(view.flags)
    assert [r.id for r in InteractionQueries(database).page(InteractionFilter(fatal_suspected=True), 0, 10)] == [call]
    with database.session() as session:
        segment = session.scalar(select(TranscriptSegment.id).where(TranscriptSegment.seq == 2))
    TranscriptionService(database).correct_segment(
        segment, "To verify your account, may I have your postcode? I see the duplicate charge.", actor="tester"
    )  # the correction is checked again at once
    corrected = service.get(call)
    assert corrected is not None and "fatal_suspected" not in corrected.flags
    assert corrected.answers["verification"].value == "yes"
    assert InteractionQueries(database).count(InteractionFilter(fatal_suspected=True)) == 0


def test_a_new_scorecard_version_checks_the_interactions_again(database: Database, tmp_path: Path) -> None:
    scorecards = ScorecardService(database)
    scorecards.ensure_shipped()
    write_chat(tmp_path / "chats", "plain", ["Good day, I'm James, one moment.", "Done. Bye."])
    ImportService(database).run([tmp_path / "chats"], actor="tester")
    service = AutoQAService(database)
    before = service.get(_only_id(database))
    assert before is not None and before.answers["greeting"].value == "no"
    text = (FORMS_DIR / "chat_standard.yaml").read_text(encoding="utf-8")
    add_people(database, 周婷="lead")
    scorecards.import_scorecard(load_scorecard_text(text.replace('"good morning"', '"good day"')), actor="周婷")
    report = service.run(actor="tester")
    assert report.scored == 1
    after = service.get(_only_id(database))
    assert after is not None and after.scorecard_version_id != before.scorecard_version_id
    assert after.answers["greeting"].value == "yes"
    with database.session() as session:
        assert session.scalar(select(func.count(AutoEvaluation.id))) == 1


def _only_id(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(Interaction.id))  # type: ignore[return-value]


def test_a_sampling_plan_draws_its_risk_share_from_flagged_interactions(database: Database, tmp_path: Path) -> None:
    ScorecardService(database).ensure_shipped()
    folder = tmp_path / "chats"
    for number in range(6):
        write_chat(folder, f"polite{number}", ["Hello, I'm James. Let me check.", "Anything else?", "Goodbye!"])
    write_chat(folder, "rude", ["Calm down, it's not my problem.", "Goodbye."], first_reply_s=50)
    ImportService(database).run([folder], actor="tester")
    add_people(database, 刘洋="reviewer")
    with database.session() as session:
        rude = session.scalar(select(Interaction.id).where(Interaction.external_id == "rude"))
    plan = SamplingPlan(per_agent=3, seed=2, risk=RiskRule(0.34, flags=("forbidden_phrase",)))
    run = SamplingService(database).draw(plan, ["刘洋"], save=False, actor="刘洋")
    rules = {item.interaction_id: item.rule for item in run.sample.items}
    assert len(rules) == 3 and rules[rude] == "risk (34 %): forbidden phrase; 1 of 1"
    assert sorted(r.split(":")[0] for r in rules.values()) == ["random", "random", "risk (34 %)"]
    again = SamplingService(database).draw(plan, ["刘洋"], save=False, actor="刘洋")
    assert again.sample.items == run.sample.items
