"""Interface words for what the pure layers produce (evidence, role reasons) say what those layers say."""

from __future__ import annotations

import pytest

from qa_studio.scoring.evidence import ChatMessage, TranscriptSegment, suggest
from qa_studio.scoring.loader import scorecard_from_dict
from qa_studio.ui.scoring.evidence_text import duration_text, evidence_text

MESSAGES = [
    ChatMessage("customer", 0, "My parcel is late.", 0),
    ChatMessage("agent", 47_000, "Hello, this is Emma. Let me check.", 1),
    ChatMessage("customer", 60_000, "Order 55812.", 2),
    ChatMessage("agent", 155_000, "It arrives tomorrow. Anything else?", 3),
]
SEGMENTS = [
    TranscriptSegment("agent", 0, 4_000, "thank you for calling"),
    TranscriptSegment("customer", 5_000, 9_000, "my parcel is late"),
    TranscriptSegment("agent", 140_000, 150_000, "sorry about the wait, goodbye"),
]


def _criterion(checks: list[dict], channel: str):  # noqa: ANN202
    checks = [{c["kind"]: {k: v for k, v in c.items() if k != "kind"}} for c in checks]
    card = scorecard_from_dict(
        {"key": "t", "name": {"en": "t"}, "channel": channel, "pass_mark": 80,
         "sections": [{"key": "s", "label": {"en": "s"},
                       "criteria": [{"key": "c", "label": {"en": "c"}, "type": "yes_no", "points": 1,
                                     "checks": checks}]}]},
        "test",
    )  # fmt: skip
    return card.criteria()[0]


@pytest.mark.parametrize(
    ("check", "source"),
    [
        ({"kind": "expected_phrase", "phrases": ["let me check"]}, "messages"),
        ({"kind": "expected_phrase", "phrases": ["good morning", "hi there"], "speaker": "agent"}, "messages"),
        ({"kind": "forbidden_phrase", "phrases": ["calm down"]}, "messages"),
        ({"kind": "forbidden_phrase", "phrases": ["sorry"], "speaker": "agent"}, "segments"),
        ({"kind": "first_response_ms", "max_ms": 30_000}, "messages"),
        ({"kind": "longest_gap_ms", "max_ms": 60_000}, "messages"),
        ({"kind": "longest_silence_ms", "max_ms": 30_000}, "segments"),
        ({"kind": "agent_talk_ratio", "min": 0.3, "max": 0.7}, "segments"),
    ],
)
def test_interface_words_match_the_engine(qapp, check: dict, source: str) -> None:  # noqa: ANN001
    criterion = _criterion([check], "chat" if source == "messages" else "call")
    messages, segments = (MESSAGES, None) if source == "messages" else (None, SEGMENTS)
    suggestion = suggest(criterion, messages, segments)
    assert suggestion is not None
    for evidence in suggestion.evidence:
        assert evidence_text(evidence).replace("“", '"').replace("”", '"') == evidence.description


def test_durations() -> None:
    assert [duration_text(ms) for ms in (47_000, 2_500, 190_000, 180_000, 7_500_000)] == [
        "47 s", "2.5 s", "3 min 10 s", "3 min", "2 h 5 min"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "reason",
    [
        "stated in the file", 'matches agent "Emma Clarke"', 'name is "System"', 'name contains "客服"',
        "address on the agents' domain \"harbour.example\"", "the only other participant",
        "first to write — assumed customer", "answered the customer — assumed agent", "corrected by 周婷",
    ],
)
def test_every_role_reason_the_importer_writes_is_recognised(qapp, reason: str) -> None:  # noqa: ANN001
    from qa_studio.ui.interactions.role_reasons import reason_text

    assert reason_text(reason).replace("“", '"').replace("”", '"') == reason
