"""Evidence checks: each kind passes and fails on real-looking chats and call transcripts, in Chinese and English,
and points at the message or moment that proves it."""

from __future__ import annotations

import random
from typing import Any

import pytest

from qa_studio.resources import FORMS_DIR
from qa_studio.scoring.evidence import (
    ChatMessage,
    TranscriptSegment,
    check_problems,
    clock,
    duration,
    phrase_similarity,
    suggest,
)
from qa_studio.scoring.loader import load_scorecard
from qa_studio.scoring.model import Check, Criterion, CriterionType, Text

CHAT_FORM = load_scorecard(FORMS_DIR / "chat_standard.yaml")
PHONE_FORM = load_scorecard(FORMS_DIR / "phone_call_standard.yaml")


def checked(*checks: tuple[str, dict[str, Any]]) -> Criterion:
    """A yes/no criterion with the given checks (lists as tuples, as the loader stores them)."""
    return Criterion(
        "c", Text("c"), CriterionType.YES_NO, points=1,
        checks=tuple(Check(kind, tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in params.items())))
                     for kind, params in checks),
    )  # fmt: skip


def chat(*turns: tuple[str, int | None, str]) -> list[ChatMessage]:
    return [ChatMessage(role, at, text, index) for index, (role, at, text) in enumerate(turns)]


def call(*turns: tuple[str, int, int, str]) -> list[TranscriptSegment]:
    return [TranscriptSegment(speaker, start, end, text) for speaker, start, end, text in turns]


SLOW_CHINESE_CHAT = chat(
    ("system", 0, "会话已接入"),
    ("customer", 0, "你好，我的订单还没到"),
    ("agent", 47_000, "您好，很高兴为您服务，我是客服王芳"),
    ("customer", 60_000, "好的"),
    ("customer", 75_000, "在吗？"),
    ("agent", 250_000, "查到了，明天送达。请问还有其他问题吗？"),
    ("customer", 260_000, "没有了"),
    ("agent", 265_000, "感谢您的耐心，再见！"),
)
FAST_ENGLISH_CHAT = chat(
    ("agent", 0, "Welcome to Harbour Shop chat!"),
    ("customer", 3_000, "Hi, where is my refund?"),
    ("agent", 15_000, "Hello Olivia, I'm Emma. Let me check that for you."),
    ("customer", 20_000, "Order 55812"),
    ("agent", 80_000, "The refund was sent today. Is there anything else I can help with?"),
    ("customer", 90_000, "No, thanks"),
    ("agent", 95_000, "Thank you for contacting us, have a great day!"),
)
CALL = call(
    ("agent", 1_000, 4_000, "Thank you for calling Harbour Shop, my name is Emma."),
    ("customer", 4_500, 12_000, "Hi, my parcel is late and I am really not happy about it."),
    ("agent", 12_500, 20_000, "I'm sorry to hear that. Could you verify your order number please?"),
    ("customer", 21_000, 26_000, "It is 55812."),
    ("agent", 26_500, 29_000, "Please hold while I check."),
    ("agent", 151_000, 160_000, "Thanks for holding. It arrives tomorrow morning."),
    ("customer", 160_500, 163_000, "Great, thanks."),
    ("agent", 163_500, 167_000, "Is there anything else? Have a nice day, goodbye."),
)


# first_response_ms ---------------------------------------------------------------------------------------------
def test_first_response_too_slow_points_at_the_reply() -> None:
    suggestion = suggest(CHAT_FORM.criterion("first_response"), SLOW_CHINESE_CHAT)
    assert suggestion is not None and suggestion.value == "no"
    (evidence,) = suggestion.evidence
    assert evidence.description == "first reply after 47 s (standard: 30 s)"
    assert (evidence.kind, evidence.message_index, evidence.at_ms) == ("first_response_ms", 2, 47_000)
    assert evidence.data == {"waited_ms": 47_000, "limit_ms": 30_000} and evidence.excerpt.startswith("您好")


def test_first_response_in_time_counts_from_the_customers_first_message() -> None:
    # The agent's welcome before the customer wrote is not a reply.
    suggestion = suggest(CHAT_FORM.criterion("first_response"), FAST_ENGLISH_CHAT)
    assert suggestion.value == "yes" and suggestion.evidence[0].description == "first reply after 12 s (standard: 30 s)"


def test_first_response_without_a_reply_or_without_timestamps() -> None:
    unanswered = suggest(checked(("first_response_ms", {"max_ms": 30_000})), chat(("customer", 0, "Hello?")))
    assert unanswered.value == "no" and unanswered.evidence[0].data["replied"] is False
    untimed = chat(("customer", None, "Hello?"), ("agent", None, "Hi!"))
    assert suggest(checked(("first_response_ms", {"max_ms": 30_000})), untimed) is None


def test_email_reply_time_in_hours() -> None:
    thread = chat(("customer", 0, "Dear team, my invoice is wrong."), ("agent", 9_000_000, "Dear Ms Li, ..."))
    suggestion = suggest(load_scorecard(FORMS_DIR / "email_standard.yaml").criterion("reply_time"), thread)
    assert suggestion.value == "no"
    assert suggestion.evidence[0].description == "first reply after 2 h 30 min (standard: 2 h)"


# longest_gap_ms ------------------------------------------------------------------------------------------------
def test_longest_gap_measures_from_the_first_unanswered_customer_message() -> None:
    suggestion = suggest(CHAT_FORM.criterion("no_long_wait"), SLOW_CHINESE_CHAT)
    assert suggestion.value == "no"
    (evidence,) = suggestion.evidence
    assert evidence.description == "longest wait for a reply: 3 min 10 s, answered in message 6"
    assert evidence.data == {"gap_ms": 190_000, "limit_ms": 120_000, "asked_index": 3}


def test_longest_gap_within_the_limit() -> None:
    suggestion = suggest(CHAT_FORM.criterion("no_long_wait"), FAST_ENGLISH_CHAT)
    assert suggestion.value == "yes" and suggestion.evidence[0].data["gap_ms"] == 60_000
    assert suggest(CHAT_FORM.criterion("no_long_wait"), chat(("customer", 0, "Hi"))) is None


# expected_phrase -----------------------------------------------------------------------------------------------
def test_expected_phrase_in_chinese_ignores_punctuation_and_spaces() -> None:
    greeting = suggest(checked(("expected_phrase", {"phrases": ["很高兴为您服务"], "speaker": "agent"})),
                       chat(("customer", 0, "在吗"), ("agent", 4_000, "您好！很高兴 为您，服务。")))  # fmt: skip
    assert greeting.value == "yes"
    assert greeting.evidence[0].description == 'expected phrase "很高兴为您服务" found in message 2 (00:04)'
    assert greeting.evidence[0].data == {"found": True, "phrase": "很高兴为您服务", "similarity": 1.0}


def test_expected_phrase_in_english_with_a_typo() -> None:
    suggestion = suggest(checked(("expected_phrase", {"phrases": ["thank you for contacting"]})),
                         chat(("agent", 0, "THANK YUO for contacting us!")))  # fmt: skip
    assert suggestion.value == "yes" and suggestion.evidence[0].data["similarity"] < 1
    strict = checked(("expected_phrase", {"phrases": ["thank you for contacting"], "threshold": 1.0}))
    assert suggest(strict, chat(("agent", 0, "THANK YUO for contacting us!"))).value == "no"


def test_a_missing_phrase_is_named_first_in_the_conversations_own_script() -> None:
    phrases = ["抱歉", "不好意思", "对不起", "理解您的心情", "sorry", "apologise"]
    criterion = checked(("expected_phrase", {"phrases": phrases, "speaker": "agent"}))
    english = suggest(criterion, chat(("customer", 0, "It broke again."), ("agent", 5_000, "Send it back.")))
    assert english.evidence[0].description.startswith('none of "sorry", "apologise", "抱歉", "不好意思", …')
    chinese = suggest(criterion, chat(("customer", 0, "又坏了。"), ("agent", 5_000, "寄回来吧。")))
    assert chinese.evidence[0].description.startswith('none of "抱歉", "不好意思", "对不起", "理解您的心情", …')


def test_expected_phrase_said_by_the_wrong_party_does_not_count() -> None:
    criterion = checked(("expected_phrase", {"phrases": ["sorry"], "speaker": "agent"}))
    suggestion = suggest(criterion, chat(("customer", 0, "Sorry to bother you"), ("agent", 5_000, "Hi!")))
    assert suggestion.value == "no"
    assert suggestion.evidence[0].description == 'none of "sorry" from the agent'
    assert suggestion.evidence[0].data["found"] is False


def test_greeting_in_the_first_15_seconds_of_a_call() -> None:
    suggestion = suggest(PHONE_FORM.criterion("greeting"), segments=CALL)
    assert suggestion.value == "yes" and suggestion.evidence[0].at_ms == 1_000
    assert suggestion.evidence[0].description == 'expected phrase "thank you for calling" found at 00:01'
    late = call(("agent", 20_000, 24_000, "Good morning, my name is James."), ("customer", 24_000, 26_000, "Hi"))
    missed = suggest(PHONE_FORM.criterion("greeting"), segments=late)
    assert missed.value == "no" and missed.evidence[0].description.endswith("from the agent in the first 15 s")


def test_closing_in_the_last_30_seconds_of_a_call() -> None:
    assert suggest(PHONE_FORM.criterion("closing_script"), segments=CALL).value == "yes"
    early_goodbye = [*CALL[:1], TranscriptSegment("customer", 10_000, 200_000, "(a long explanation)")]
    assert suggest(PHONE_FORM.criterion("closing_script"), segments=early_goodbye).value == "no"


def test_undiarised_speech_may_be_the_agents() -> None:
    mono = call(("speaker", 2_000, 5_000, "您好，欢迎致电，我是客服小李"))
    assert suggest(PHONE_FORM.criterion("greeting"), segments=mono).value == "yes"


def test_system_messages_are_nobodys_words() -> None:
    criterion = checked(("expected_phrase", {"phrases": ["会话已接入"]}))
    assert suggest(criterion, SLOW_CHINESE_CHAT).value == "no"


# forbidden_phrase ----------------------------------------------------------------------------------------------
def test_forbidden_phrases_are_each_pointed_at() -> None:
    rude = chat(
        ("customer", 0, "Where is my refund?"),
        ("agent", 9_000, "Please calm down."),
        ("agent", 20_000, "Honestly, it's not my problem."),
    )
    suggestion = suggest(CHAT_FORM.criterion("forbidden"), rude)
    assert suggestion.value == "no" and [e.message_index for e in suggestion.evidence] == [1, 2]
    assert suggestion.evidence[0].description == 'forbidden phrase "calm down" found in message 2 (00:09)'


def test_forbidden_phrase_in_chinese() -> None:
    suggestion = suggest(CHAT_FORM.criterion("forbidden"), chat(("agent", 0, "这个不归我管，你问别人吧")))
    assert suggestion.value == "no" and suggestion.evidence[0].data["phrase"] == "不归我管"


def test_no_forbidden_phrase() -> None:
    suggestion = suggest(CHAT_FORM.criterion("forbidden"), FAST_ENGLISH_CHAT)
    assert suggestion.value == "yes" and suggestion.evidence[0].description == "no forbidden phrase from the agent"


# longest_silence_ms --------------------------------------------------------------------------------------------
def test_dead_air_is_found_with_its_moment() -> None:
    suggestion = suggest(PHONE_FORM.criterion("hold_etiquette"), segments=CALL)
    assert suggestion.value == "no"
    (evidence,) = suggestion.evidence
    assert evidence.description == "2 min 2 s of dead air at 00:29" and evidence.at_ms == 29_000
    assert evidence.data == {"silence_ms": 122_000, "limit_ms": 60_000}
    short = call(("agent", 0, 150_000, "..."), ("customer", 162_000, 170_000, "..."))
    assert suggest(checked(("longest_silence_ms", {"max_ms": 60_000})), segments=short).evidence[0].description == (
        "12 s of dead air at 02:30"
    )


def test_silence_ignores_the_ringing_before_the_first_word_and_overlapping_speech() -> None:
    overlapping = call(
        ("agent", 30_000, 40_000, "Hello"), ("customer", 35_000, 60_000, "Long story"), ("agent", 45_000, 50_000, "Mm")
    )
    suggestion = suggest(checked(("longest_silence_ms", {"max_ms": 5_000})), segments=overlapping)
    assert suggestion.value == "yes" and suggestion.evidence[0].data["silence_ms"] == 0
    # No "0 s of dead air at 00:40": there was none, and no moment to point at.
    assert suggestion.evidence[0].description == "no dead air between turns" and suggestion.evidence[0].at_ms is None


def test_dead_air_is_the_call_metrics_longest_pause() -> None:
    from qa_studio.transcribe.engine import Segment, Speaker
    from qa_studio.transcribe.metrics import call_metrics

    rng = random.Random(5)
    for _ in range(300):
        segments, at = [], rng.randint(0, 20_000)
        for _ in range(rng.randint(1, 12)):
            start = max(0, at + rng.randint(-3_000, 15_000))
            segments.append((rng.choice(["agent", "customer", "speaker"]), start, start + rng.randint(200, 9_000)))
            at = segments[-1][2]
        duration = at + rng.randint(0, 30_000)
        metrics = call_metrics([Segment(a, b, "x", Speaker(who)) for who, a, b in segments], duration)
        (evidence,) = suggest(checked(("longest_silence_ms", {"max_ms": 5_000})),
                              segments=call(*[(who, a, b, "x") for who, a, b in segments])).evidence  # fmt: skip
        assert (evidence.data["silence_ms"], evidence.at_ms) == (metrics.longest_pause_ms, metrics.longest_pause_at_ms)


# agent_talk_ratio ----------------------------------------------------------------------------------------------
def test_agent_talk_ratio_inside_and_outside_the_range() -> None:
    balanced = suggest(PHONE_FORM.criterion("listening"), segments=CALL)
    assert balanced.value == "yes" and balanced.evidence[0].description.startswith("agent talked 63 % of the time")
    monologue = call(("agent", 0, 90_000, "..."), ("customer", 90_000, 95_000, "ok"))
    lecture = suggest(PHONE_FORM.criterion("listening"), segments=monologue)
    assert lecture.value == "no"
    assert lecture.evidence[0].description == "agent talked 95 % of the time (expected 30–75 %)"
    at_least = suggest(checked(("agent_talk_ratio", {"min": 0.5})), segments=monologue)
    assert at_least.value == "yes" and "(expected at least 50 %)" in at_least.evidence[0].description


def test_agent_talk_ratio_needs_both_parties() -> None:
    mono = call(("speaker", 0, 10_000, "..."), ("speaker", 10_000, 20_000, "..."))
    assert suggest(PHONE_FORM.criterion("listening"), segments=mono) is None


# suggest -------------------------------------------------------------------------------------------------------
def test_every_check_must_pass_for_yes() -> None:
    criterion = checked(("expected_phrase", {"phrases": ["hello"]}), ("first_response_ms", {"max_ms": 10_000}))
    suggestion = suggest(criterion, FAST_ENGLISH_CHAT)
    assert suggestion.value == "no" and [e.kind for e in suggestion.evidence] == [
        "expected_phrase",
        "first_response_ms",
    ]


def test_checks_that_cannot_run_give_no_suggestion() -> None:
    assert suggest(PHONE_FORM.criterion("hold_etiquette"), messages=SLOW_CHINESE_CHAT) is None
    assert suggest(CHAT_FORM.criterion("first_response"), segments=CALL) is None
    assert suggest(CHAT_FORM.criterion("relevance"), SLOW_CHINESE_CHAT) is None  # no checks
    assert suggest(CHAT_FORM.criterion("greeting")) is None  # nothing to read


def test_a_call_check_runs_alongside_the_phrase_check_it_can() -> None:
    criterion = checked(("expected_phrase", {"phrases": ["您好"]}), ("longest_silence_ms", {"max_ms": 1}))
    suggestion = suggest(criterion, SLOW_CHINESE_CHAT)
    assert suggestion.value == "yes" and len(suggestion.evidence) == 1


# matching and formatting ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        ("thank you for calling", "Thank yuo for calling Harbour Shop"),
        ("thank you for calling", "thanks you for calling"),
        ("anything else", "Is there ANYTHING else?"),
        ("hello", "ＨＥＬＬＯ there"),  # full-width letters from a Chinese keyboard
        ("很高兴为您服务", "您好，很高兴为你服务！"),  # one character differs
        ("理解您的心情", "我非常理解您的 心情。"),
        ("请提供订单号", "麻烦请提供下订单号"),  # one character added
    ],
)
def test_close_phrases_match(phrase: str, text: str) -> None:
    assert phrase_similarity(phrase, text) >= 0.85


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        ("thank you for calling", "the parcel is delayed"),
        ("hi", "his order shipped"),
        ("sorry", "sort it out"),
        ("很高兴为您服务", "请提供订单号"),
        ("不归我管", "我帮您查一下"),
        ("hello", "您好"),
        ("您好", "hello"),
    ],
)
def test_unrelated_text_does_not_match(phrase: str, text: str) -> None:
    assert phrase_similarity(phrase, text) < 0.85


def test_clock_and_duration() -> None:
    assert [clock(4_000), clock(151_900), clock(3_725_000)] == ["00:04", "02:31", "1:02:05"]
    assert [duration(47_000), duration(2_500), duration(60_000), duration(190_000), duration(7_200_000)] == [
        "47 s", "2.5 s", "1 min", "3 min 10 s", "2 h",
    ]  # fmt: skip


PARAMETER_PROBLEMS = [
    ("expected_phrase", {"phrases": ["hi"], "within_ms": 15_000}, []),
    ("expected_phrase", {}, [(None, 'check "expected_phrase" needs "phrases"')]),
    (
        "expected_phrase",
        {"phrases": "hi"},
        [("phrases", '"phrases" of check "expected_phrase" must be a list, not \'hi\'')],
    ),
    (
        "forbidden_phrase",
        {"phrases": ["!!"]},
        [("phrases", '"phrases" of check "forbidden_phrase" must be a list of words to look for')],
    ),
    (
        "expected_phrase",
        {"phrases": ["hi"], "speaker": "bot"},
        [("speaker", '"speaker" of check "expected_phrase" must be agent or customer')],
    ),
    (
        "expected_phrase",
        {"phrases": ["hi"], "threshold": 1.5},
        [("threshold", '"threshold" of check "expected_phrase" must be above 0 and at most 1')],
    ),
    (
        "first_response_ms",
        {"max_ms": 30.5},
        [("max_ms", '"max_ms" of check "first_response_ms" must be a whole number, not 30.5')],
    ),
    (
        "longest_gap_ms",
        {"max_ms": 1, "max": 2},
        [("max", 'check "longest_gap_ms" has no parameter "max" (did you mean "max_ms"?)')],
    ),
    ("agent_talk_ratio", {}, [(None, 'check "agent_talk_ratio" needs "min", "max" or both')]),
    ("agent_talk_ratio", {"min": 0.8, "max": 0.3}, [("max", '"max" of check "agent_talk_ratio" must be above "min"')]),
    (
        "agent_talk_ratio",
        {"max": 75},
        [("max", '"max" of check "agent_talk_ratio" is a share of talk time, from 0 to 1')],
    ),
]


@pytest.mark.parametrize(("kind", "params", "problems"), PARAMETER_PROBLEMS)
def test_check_parameters_are_validated(kind: str, params: dict[str, Any], problems: list) -> None:
    assert check_problems(kind, params) == problems


# Phrase lists of the shipped scorecards -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("criterion", "said", "expected"),
    [
        ("greeting", "Hello, I'm Emma Clarke, how can I help?", "yes"),
        ("greeting", "Good afternoon! This is James from Harbour Electronics.", "yes"),
        ("greeting", "您好，我是王芳，很高兴为您服务。", "yes"),
        ("greeting", "下午好，我叫李伟，工号1024。", "yes"),
        ("greeting", "Hello, let me check that order.", "no"),  # a greeting without a name
        ("greeting", "我是王芳。", "no"),  # a name without a greeting
        ("empathy", "That must be frustrating, I can imagine.", "yes"),
        ("empathy", "给您带来不便，对不起。", "yes"),
        ("empathy", "Your parcel ships today.", "no"),
        ("closing_script", "Thanks for your patience, take care!", "yes"),
        ("closing_script", "感谢您的咨询。", "yes"),
        ("closing_script", "It ships today.", "no"),
    ],
)
def test_chat_phrase_lists_catch_natural_variants(criterion: str, said: str, expected: str) -> None:
    messages = chat(("customer", 0, "Hi"), ("agent", 10_000, said))
    assert suggest(CHAT_FORM.criterion(criterion), messages).value == expected  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("criterion", "said", "expected"),
    [
        ("greeting", "Thanks for calling Harbour Electronics, I'm Emma Clarke.", "yes"),
        ("greeting", "Good morning, Emma speaking.", "yes"),
        ("greeting", "您好，感谢致电，我是王芳。", "yes"),
        ("verification", "For security, can you confirm your date of birth?", "yes"),
        ("verification", "请您报一下手机号后四位，核对一下身份。", "yes"),
        ("verification", "Your refund is on its way.", "no"),
    ],
)
def test_call_phrase_lists_catch_natural_variants(criterion: str, said: str, expected: str) -> None:
    segments = call(("agent", 1_000, 6_000, said), ("customer", 7_000, 9_000, "OK."))
    assert suggest(PHONE_FORM.criterion(criterion), segments=segments).value == expected  # type: ignore[union-attr]
