"""The indexed phrase matching gives the same answers, with the same evidence, as scoring every phrase against every
message in full: on the demo's chats, on call transcripts, and on texts with typos, dropped and added characters."""

from __future__ import annotations

import random
from datetime import date, datetime

import pytest

from qa_studio.resources import FORMS_DIR
from qa_studio.scoring import evidence
from qa_studio.scoring.evidence import ChatMessage, TranscriptSegment, phrase_at_least, phrase_similarity, suggest
from qa_studio.scoring.loader import load_scorecard
from qa_studio.services.demo import TEAMS, _chat

FORMS = {name: load_scorecard(FORMS_DIR / f"{name}.yaml") for name in ("chat_standard", "phone_call_standard")}


def demo_chats(count: int) -> list[list[ChatMessage]]:
    rng = random.Random(7)
    agents = [(agent, team) for team, names in TEAMS.items() for agent in names]
    chats = []
    for serial in range(count):
        agent, team = agents[serial % len(agents)]
        rows = _chat(rng, agent, team, date(2026, 3, 2), serial)["messages"]
        first = datetime.fromisoformat(rows[0]["timestamp"])  # type: ignore[index]
        chats.append([
            ChatMessage(m["role"], int((datetime.fromisoformat(m["timestamp"]) - first).total_seconds() * 1000),
                        m["text"], index)
            for index, m in enumerate(rows)  # type: ignore[arg-type]
        ])  # fmt: skip
    return chats


def mangle(rng: random.Random, text: str) -> str:
    """A typo, a dropped or an added character, or a word run into the next."""
    if len(text) < 3:
        return text
    at = rng.randrange(1, len(text) - 1)
    edit = rng.choice(["drop", "add", "swap", "space"])
    if edit == "drop":
        return text[:at] + text[at + 1 :]
    if edit == "add":
        return text[:at] + rng.choice("的了aeiou是") + text[at:]
    if edit == "swap":
        return text[: at - 1] + text[at] + text[at - 1] + text[at + 1 :]
    return text.replace(" ", "", 1)


def all_phrases() -> list[str]:
    return sorted({p for form in FORMS.values() for c in form.criteria() for check in c.checks
                   for p in check.param("phrases", ())})  # fmt: skip


def answers(chats: list[list[ChatMessage]], calls: list[list[TranscriptSegment]]) -> list[object]:
    found: list[object] = []
    for criterion in FORMS["chat_standard"].criteria():
        found += [suggest(criterion, messages) for messages in chats]
    for criterion in FORMS["phone_call_standard"].criteria():
        found += [suggest(criterion, segments=segments) for segments in calls]
    return found


def test_the_same_answers_and_evidence_as_scoring_every_phrase_in_full(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(11)
    chats = demo_chats(48)
    chats += [[ChatMessage(m.role, m.at_ms, mangle(rng, m.text), m.index) for m in chat] for chat in chats[:24]]
    # Every listed phrase said with a slip, inside other words, in both languages.
    phrases = all_phrases()
    chats += [[ChatMessage("customer", 0, "hello?", 0)]
              + [ChatMessage("agent", 1000 * i, f"ok {mangle(rng, p)} 好的 {mangle(rng, rng.choice(phrases))}", i)
                 for i in range(1, 5)]
              for p in phrases]  # fmt: skip
    calls = [[TranscriptSegment(m.role if m.role != "system" else "speaker", 4000 * m.index, 4000 * m.index + 3000,
                                m.text) for m in chat] for chat in chats]  # fmt: skip
    evidence._best_phrase.cache_clear()
    fast = answers(chats, calls)
    again = answers(chats, calls)  # every line's best phrase now remembered
    # The reference: every phrase of a check scored in full against every line, the best one kept, nothing cached.
    monkeypatch.setattr(evidence, "_best_phrase", lambda phrases, text, threshold: max(
        (evidence.exhaustive_phrase_at_least(p, text, threshold), p) for p in phrases))  # fmt: skip
    reference = answers(chats, calls)
    assert fast == reference
    assert again == reference
    assert sum(a is not None for a in fast) > 400  # the comparison covered real suggestions, not only Nones


@pytest.mark.parametrize("threshold", [0.5, 0.7, 0.85, 0.9, 1.0])
def test_phrase_at_least_is_the_similarity_wherever_it_reaches_the_threshold(threshold: float) -> None:
    rng = random.Random(int(threshold * 100))
    phrases = all_phrases()
    texts = [m.text for chat in demo_chats(12) for m in chat]
    texts += [mangle(rng, mangle(rng, rng.choice(phrases))) + " " + rng.choice(texts) for _ in range(120)]
    for text in texts:
        for phrase in phrases:
            exact = phrase_similarity(phrase, text)
            quick = phrase_at_least(phrase, text, threshold)
            if exact >= threshold:
                assert quick == exact, (phrase, text)
            else:
                assert quick < threshold, (phrase, text)


def test_autoqa_scores_the_same_when_it_remembers_scores_it_worked_out() -> None:
    from qa_studio.scoring.autoqa import auto_evaluate
    from qa_studio.scoring.engine import Context

    rng = random.Random(5)
    chats = demo_chats(60)
    chats += [[ChatMessage(m.role, m.at_ms, mangle(rng, m.text), m.index) for m in chat] for chat in chats[:30]]
    memo: dict = {}
    for number, chat in enumerate(chats):
        context = Context(channel="chat", queue=("billing", "sales", None)[number % 3])
        remembered = auto_evaluate(FORMS["chat_standard"], context, chat, scores=memo)
        assert remembered == auto_evaluate(FORMS["chat_standard"], context, chat)
    assert 1 < len(memo) < len(chats)  # scores were remembered, and more than one was worked out
