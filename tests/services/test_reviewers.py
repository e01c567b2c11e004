"""Reviewer consistency by hand: volume, leniency against the same scorecard's mean, grading time, calibration."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from qa_studio.services.reviewers import MAX_GRADING_SECONDS, CalibrationAlignment, reviewer_figures

T0 = datetime(2026, 11, 20, 9, 0)


def test_reviewer_figures_by_hand() -> None:
    # Chat scorecard: A 80 and 90, B 70 → mean 80; A's offsets 0 and +10 → +5 (lenient), B's −10 (strict).
    # Phone scorecard: B 60, C 40 → mean 50: B +10, C −10. So B is −10 on chats and +10 on calls: 0 overall, while
    # a plain comparison of averages (B 65 against everyone's 68) would have called B strict.
    rows = [
        ("A", "chat", 80.0, T0, T0 + timedelta(minutes=6)),
        ("A", "chat", 90.0, T0, T0 + timedelta(minutes=10)),
        ("B", "chat", 70.0, T0, T0 + timedelta(minutes=12)),
        ("B", "phone", 60.0, T0, T0 + timedelta(seconds=MAX_GRADING_SECONDS + 1)),  # left open: not grading time
        ("C", "phone", 40.0, None, None),
    ]
    calibration = {"A": CalibrationAlignment(2, 3.5, 0.9)}
    a, b, c = reviewer_figures(rows, calibration)
    assert (a.reviewer, a.evaluations, a.average, a.leniency, a.grading_minutes) == ("A", 2, 85.0, 5.0, 8.0)
    assert (b.evaluations, b.average, b.leniency, b.grading_minutes) == (2, 65.0, pytest.approx(0.0), 12.0)
    assert (c.leniency, c.grading_minutes, c.calibration) == (-10.0, None, None)
    assert a.calibration == CalibrationAlignment(2, 3.5, 0.9)
