"""Blind re-scoring and recurring work on a team database, tried with each person's own login: the server hides the
original evaluation (score, answers, audit entries) from the lead who re-scores it until the re-score is submitted,
refuses a re-score that unblinds without answers, and keeps a submitted one as it was; recurring work is set up only
by leads, and made by whoever may make it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.exc import DBAPIError

from qa_studio.scoring.model import Answer
from qa_studio.services.evaluations import EvaluationError, EvaluationService
from qa_studio.services.grader_qa import GraderQAService
from qa_studio.services.recurrence import Cadence, RecurrenceError, RecurrenceService, WorkKind
from tests.chat_answers import ALL_MET
from tests.services.test_team_database import Team, _refused, _rows, team  # noqa: F401 - the fixture

pytestmark = pytest.mark.postgres


def test_the_original_stays_hidden_from_the_rescoring_lead_until_they_submit(team: Team) -> None:  # noqa: F811
    lead, reviewer = team.connect("周婷"), team.connect("刘洋")
    original = team.evaluation
    assert _rows(lead, "SELECT score FROM evaluations WHERE id = :id", id=original)  # seen before the draw
    service = GraderQAService(lead)
    (sample,) = service.draw("刘洋", 1, "周婷", period="2026-W49")

    assert _rows(lead, "SELECT score FROM evaluations WHERE id = :id", id=original) == []
    assert _rows(lead, "SELECT * FROM evaluation_answers WHERE evaluation_id = :id", id=original) == []
    assert _rows(lead, "SELECT detail FROM audit_log WHERE entity_type = 'evaluation' AND entity_id = :id",
                 id=original) == []  # fmt: skip
    with pytest.raises(EvaluationError):
        EvaluationService(lead).get(original, viewer="周婷")
    (line,) = service.samples(rescorer="周婷")
    assert (line.evaluation_id, line.original_score, line.done) == (original, None, False)
    # Unblinding by hand is refused: no submit without answers, no sample born answered, no change of its original.
    assert _refused(lead, "UPDATE rescore_samples SET submitted_at = now() WHERE id = :id", id=sample)
    assert _refused(lead, "INSERT INTO rescore_samples (evaluation_id, interaction_id, scorecard_version_id, "
                          "reviewer_id, rescorer_id, drawn_by, created_at, answers, score) SELECT evaluation_id, "
                          "interaction_id, scorecard_version_id, reviewer_id, rescorer_id, 'x', now(), '{}', 1 "
                          "FROM rescore_samples WHERE id = :id", id=sample)  # fmt: skip
    assert _refused(lead, "UPDATE rescore_samples SET rescorer_id = reviewer_id WHERE id = :id", id=sample)
    # The reviewer being checked sees nothing of the leads' re-scores.
    with pytest.raises(DBAPIError, match="permission denied"):
        _rows(reviewer, "SELECT id FROM rescore_samples")
    assert _refused(reviewer, "UPDATE rescore_samples SET score = 0 WHERE id = :id", id=sample)

    service.submit(sample, {**ALL_MET, "clarity": Answer(3)}, "周婷")
    assert _rows(lead, "SELECT score FROM evaluations WHERE id = :id", id=original)
    (line,) = service.samples(rescorer="周婷")
    assert line.done and line.original_score is not None and line.original_score > line.rescore_score
    # Submitted is final, even for the re-scorer writing SQL.
    assert _refused(lead, "UPDATE rescore_samples SET score = 100 WHERE id = :id", id=sample)
    assert _refused(lead, "DELETE FROM rescore_samples WHERE id = :id", id=sample)
    report = service.report(None, None, "all time")
    assert next(r for r in report.lines if r.reviewer == "刘洋").rescores.rescored == 1
    for db in (lead, reviewer):
        db.dispose()


def test_recurring_work_on_a_team_database(team: Team) -> None:  # noqa: F811
    """A reviewer's start makes the sampling that is due on their own login; the calibration waits for a lead's;
    only leads and administrators set recurring work up, whatever SQL a reviewer writes."""
    lead, reviewer = team.connect("周婷"), team.connect("刘洋")
    today = lambda: date(2026, 12, 7)  # noqa: E731
    RecurrenceService(lead, today).add("Weekly", WorkKind.SAMPLING, Cadence.WEEKLY, {"reviewers": ["刘洋"]}, "周婷")
    RecurrenceService(lead, today).add("Monthly", WorkKind.CALIBRATION, Cadence.MONTHLY,
                                       {"scorecard": "chat_standard", "reviewers": ["刘洋", "Sarah Lee"]}, "周婷")
    assert [m.name for m in RecurrenceService(reviewer, today).create_due("刘洋")] == ["Weekly"]
    assert [d.name for d in RecurrenceService(reviewer, today).due()] == ["Monthly"]
    assert [m.name for m in RecurrenceService(lead, today).create_due("周婷")] == ["Monthly"]
    assert RecurrenceService(reviewer, today).due() == []
    with pytest.raises(RecurrenceError):
        RecurrenceService(reviewer, today).add("Mine", WorkKind.SAMPLING, Cadence.WEEKLY, {"reviewers": ["刘洋"]},
                                               "刘洋")
    assert _refused(reviewer, "UPDATE recurring_work SET active = false")
    assert _refused(reviewer, "INSERT INTO recurring_work (name, kind, cadence, settings, active, created_by, "
                              "created_at) VALUES ('x', 'sampling', 'weekly', '{}', true, 'x', now())")  # fmt: skip
    for db in (lead, reviewer):
        db.dispose()
