"""Answers to the shipped chat scorecard (chat_standard) that several tests score with."""

from __future__ import annotations

from qa_studio.scoring.engine import Answer

# Everything met except the first reply, which missed the 30 s standard (root cause: workload).
SLOW_FIRST_REPLY = {
    "first_response": Answer("no", root_cause="workload"), "greeting": Answer("yes"),
    "verification": Answer(not_applicable=True), "need_analysed": Answer(4), "accuracy": Answer("accurate"),
    "relevance": Answer(4), "clarity": Answer(5), "empathy": Answer("yes"), "forbidden": Answer([]),
    "no_long_wait": Answer("yes"), "confirm_satisfaction": Answer("yes"), "closing_script": Answer("yes"),
    "proactive": Answer(not_applicable=True),
}  # fmt: skip

# Every applicable criterion met.
ALL_MET = {**SLOW_FIRST_REPLY, "first_response": Answer("yes")}
