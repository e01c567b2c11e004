"""Redaction against the labelled corpora in tests/data/redaction: recall at least 99 % and false positives at most 2 %
on corpus.jsonl and held_out.jsonl, the figures measured on held_out_2.jsonl when it was first run, and linear time on
text built to make patterns backtrack."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from qa_studio.transcribe.redaction import MASKS, Kind, find_sensitive, redact

CORPORA = Path(__file__).parents[1] / "data" / "redaction"


def load(name: str) -> list[dict]:
    lines = (CORPORA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


ITEMS = load("corpus")
HELD_OUT = load("held_out")
HELD_OUT_2 = load("held_out_2")
HELD_OUT_3 = load("held_out_3")


def masked(text: str, value: str) -> bool:
    spans = [(f.start, f.end) for f in find_sensitive(text)]
    start = text.index(value)
    return all(any(s <= i < e for s, e in spans) for i in range(start, start + len(value)) if not text[i].isspace())


def test_the_corpus_covers_every_kind_asked_for() -> None:
    kinds = {item["kind"] for item in ITEMS}
    assert {"card", "card_spoken", "phone_cn", "phone_intl", "phone_spoken", "phone_spoken_zh", "spoken_digits",
            "email", "email_spoken", "cn_id", "negative"} <= kinds  # fmt: skip
    assert len(ITEMS) >= 300


def test_the_held_out_corpus_is_about_half_harmless_look_alikes() -> None:
    kinds = {item["kind"] for item in HELD_OUT}
    assert {"card", "card_spoken", "phone_cn", "phone_landline", "phone_intl", "phone_spoken", "phone_spoken_zh",
            "spoken_digits", "email", "email_spoken", "cn_id", "passport", "negative"} <= kinds  # fmt: skip
    negatives = sum(not item["sensitive"] for item in HELD_OUT)
    assert len(HELD_OUT) >= 200 and 0.4 <= negatives / len(HELD_OUT) <= 0.6
    assert len(HELD_OUT_2) >= 60


def recall(items: list[dict]) -> tuple[float, list[str]]:
    values = [(item["text"], value) for item in items for value in item["sensitive"]]
    missed = [text for text, value in values if not masked(text, value)]
    return 1 - len(missed) / len(values), missed


def false_positive_rate(items: list[dict]) -> tuple[float, list[str]]:
    negatives = [item["text"] for item in items if not item["sensitive"]]
    flagged = [text for text in negatives if find_sensitive(text)]
    return len(flagged) / len(negatives), flagged


@pytest.mark.parametrize("items", [ITEMS, HELD_OUT], ids=["corpus", "held_out"])
def test_recall_is_at_least_99_percent(items: list[dict]) -> None:
    rate, missed = recall(items)
    assert rate >= 0.99, missed


@pytest.mark.parametrize("items", [ITEMS, HELD_OUT], ids=["corpus", "held_out"])
def test_false_positives_are_at_most_2_percent(items: list[dict]) -> None:
    rate, flagged = false_positive_rate(items)
    assert rate <= 0.02, flagged


@pytest.mark.parametrize(
    ("items", "least_recall", "most_false_positives"),
    [(HELD_OUT_2, 0.95, 0.0), (HELD_OUT_3, 0.95, 2 / 32)],
    ids=["held_out_2", "held_out_3"],
)
def test_the_later_corpora_keep_at_least_the_figures_first_measured_on_them(
    items: list[dict], least_recall: float, most_false_positives: float
) -> None:
    """Each was measured once before the detector was changed for what it showed (tests/data/README.md): held_out_2
    recall 95.0 % (38/40) with no false positive, held_out_3 recall 95.0 % (38/40) with 2 false positives in 32."""
    assert recall(items)[0] >= least_recall
    assert false_positive_rate(items)[0] <= most_false_positives


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it is 4483 seven zero zero two, 7902 5442", "it is [number]"),
        ("手机 138 幺二六七 4409", "手机 [number]"),
        ("号码是幺五九两两三四七七七幺", "号码是[number]"),
        (
            "the number is plus eight six one three nine zero five five two one eight eight three",
            "the number is [number]",
        ),
        ("the code they texted me is 5 8 3 0 2 1", "the code they texted me is [number]"),
        ("My number is 13,816,729,054.", "My number is [phone]."),
        ("The card number is 5,299,814,551,159,117.", "The card number is [card]."),
        ("卡号是 5688 7831 2816 3425", "卡号是 [card]"),
        ("my number is 86-186-2157-3390", "my number is [phone]"),
        ("电话 6437 2258", "电话 [phone]"),
        ("证件号码 320106 1993 1201 7434", "证件号码 [ID]"),
        ("老身份证号 120101840317341", "老身份证号 [ID]"),
        ("passport no. G28419037", "passport no. [ID]"),
        ("护照号码 E6038 2219", "护照号码 [ID]"),
        ("香港身份证 K582301(4)", "香港身份证 [ID]"),
        ("my PIN is four seven two nine", "my PIN is [number]"),
        ("验证码 482913", "验证码 [number]"),
        ("exp 11/28 cvv 123", "exp 11/28 cvv [number]"),
        ("我的邮箱是张三 at 163 点 com", "我的邮箱是[email]"),
        ("it's l i s i at one two six dot com", "it's [email]"),
        ("it's mike underscore chen eighty eight at outlook dot com", "it's [email]"),
        ("it's sarah.jones @ yahoo.com", "it's [email]"),
        ("邮箱是lucy_li@126.com谢谢", "邮箱是[email]谢谢"),
        ("my gmail is j o h n n y 9 9 at gmail dot com", "my gmail is [email]"),
        (
            "my card, 5392 4741 1667 7370, and the three digits are 482",
            "my card, [card], and the three digits are [number]",
        ),
    ],
)
def test_numbers_read_out_or_written_as_people_and_whisper_do(text: str, expected: str) -> None:
    assert redact(text, MASKS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "refund of 13,816,729,054 元",
        "I was charged 1,234,567.89 won",
        "case number 02847391",
        "order number 12345678",
        "postcode 200120",
        "promo code 58302",
        "EMS EA123456789CN",
        "订单 20261103152233419",
        "号码 11010520261399123X",  # the checksum holds but the 99th of the 13th month is nobody's birthday
        "see you @ 5.30",
        "the last four digits are 8342",
        "条形码 6901234567892",  # passes Luhn, but 13 digits not starting with 4 are no card
        "发票号码 44031900",
        "三三两两",
        "testing one two three",
    ],
)
def test_look_alikes_of_the_new_rules_stay(text: str) -> None:
    assert find_sensitive(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ISO date 2024-03-01 stays", "ISO date 2024-03-01 stays"),
        ("he was born in 一九九八年", "he was born in 一九九八年"),
        ("one two three four", "one two three four"),
        ("一二三四五", "一二三四五"),
        ("call 555-0132 today", "call [phone] today"),
        ("card 4111.1111.1111.1111", "card [card]"),
        ("phone 138/1234/5678", "phone [phone]"),
        ("email john dot smith at example dot com", "email [email]"),
        ("PO 4500012345 approved", "PO 4500012345 approved"),
    ],
)
def test_examples_from_the_report(text: str, expected: str) -> None:
    assert redact(text, masks={kind: f"[{kind.value}]" for kind in Kind}).replace("[cn_id]", "[ID]") == expected


@pytest.mark.parametrize(
    "text",
    [
        "a dot " * 4000,
        "1-" * 10000,
        "1 " * 10000,
        "x at y dot com " * 1500,
        "one " * 5000,
        "一" * 20000,
        "+1 " * 6000,
        "a" * 20000 + "@",
        "passport 1 " * 3000,
        "1,234," * 4000,
        "one 1 " * 5000,
        "code 1 " * 4000,
        "l i " * 5000 + " at x dot com",
        "两" * 20000,
        "a @ " * 5000,
        "a b c at " * 3000,
    ],  # fmt: skip
)
def test_hostile_text_is_scanned_in_linear_time(text: str) -> None:
    started = time.monotonic()
    find_sensitive(text)
    assert time.monotonic() - started < 1.0
