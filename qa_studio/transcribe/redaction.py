"""Best-effort masking of sensitive numbers in transcripts: cards, phones, ID numbers, e-mail, spoken digits.

Detectors miss unusual forms and may mask harmless numbers; redaction reduces exposure, it does not guarantee it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    CARD = "card"
    PHONE = "phone"
    CN_ID = "cn_id"
    EMAIL = "email"
    SPOKEN_DIGITS = "spoken_digits"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


MASKS = {
    Kind.CARD: QT_TRANSLATE_NOOP("Redaction", "[card]"),
    Kind.PHONE: QT_TRANSLATE_NOOP("Redaction", "[phone]"),
    Kind.CN_ID: QT_TRANSLATE_NOOP("Redaction", "[ID]"),
    Kind.EMAIL: QT_TRANSLATE_NOOP("Redaction", "[email]"),
    Kind.SPOKEN_DIGITS: QT_TRANSLATE_NOOP("Redaction", "[number]"),
}


def shown_masks() -> dict[Kind, str]:
    """The masks in the interface's language ([电话号码] in Chinese); English where Qt is not loaded."""
    try:
        from PySide6.QtCore import QCoreApplication
    except ImportError:  # pragma: no cover - Qt is a dependency; this keeps the module usable on its own
        return dict(MASKS)
    return {kind: QCoreApplication.translate("Redaction", mask) for kind, mask in MASKS.items()}


@dataclass(frozen=True, slots=True)
class Finding:
    kind: Kind
    start: int
    end: int


# An address starts where a word starts (the lookbehind), so a long run of word characters is scanned once.
_EMAIL = re.compile(r"(?<![A-Za-z0-9_.+'-])[A-Za-z0-9_.+'-]+@[\w-]+(?:\.[\w-]+)+")
# "emma dot clarke at harbour dot example", "wangfang 艾特 163 点 com": found from each spoken "at", looking a
# bounded distance either side, so the time stays linear in the text however it repeats.
_SPOKEN_AT = re.compile(r"(?<![A-Za-z])at(?![A-Za-z])|艾特", re.IGNORECASE)
_SPOKEN_DOT = r"\s*(?:\bdot\b|点)\s*"
_SPOKEN_JOIN = r"\s*(?:\bdot\b|点|\bunderscore\b|\bdash\b|\bhyphen\b)\s*"
_SPOKEN_LOCAL = re.compile(
    rf"(?<![A-Za-z0-9_-])(?:[A-Za-z0-9_-]+(?:{_SPOKEN_JOIN}[A-Za-z0-9_-]+){{0,4}}|[A-Za-z0-9_-]+(?: [A-Za-z0-9_-]+)?)"
    r"\s*$",
    re.IGNORECASE,
)
# A spoken address ends in a real top-level domain: "at home dot dot dot" and "at the red dot on" do not.
_TLDS = "com|net|org|edu|gov|info|biz|io|me|co|cn|hk|tw|mo|sg|jp|kr|uk|de|fr|it|es|nl|au|ca|us|in|ru|example"
_SPOKEN_DOMAIN = re.compile(
    rf"\s*[A-Za-z0-9-]+(?: [A-Za-z0-9-]+){{0,2}}(?:{_SPOKEN_DOT}[A-Za-z]{{2,10}}){{0,2}}{_SPOKEN_DOT}(?:{_TLDS})"
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_SPOKEN_REACH = 60
_CN_ID = re.compile(r"(?<![\dA-Za-z])\d{6}[ -]?\d{8}[ -]?\d{3}[\dXx](?![\dA-Za-z])")
# A run of digits with any of the separators people and speech recognisers write between groups. Runs are
# consumed left to right without overlap, so the scan is linear however long the text.
_DIGIT_RUN = re.compile(r"(?:\+|(?<![A-Za-z0-9_.,/:+-]))\(?\+?\d(?:(?:[ .\-/]|\) ?| ?\(| - )?\d)*(?:\)(?= ))?")
# Words before a number that say it is a reference, not a person's number.
_REFERENCE = re.compile(
    r"(?:order|case|ticket|invoice|\bpo|p\.o\.|purchase order|\bref(?:erence)?|tracking|sku|serial|model|batch|"
    r"isbn|version|transaction|refund|room|flight|page|订单|单号|工单|编号|快递|发票|批次|型号)"
    r"(?:[\s:：#-]*(?:no\.?|number|num|id|号|#))?(?:\s*(?:is|was|:|：|是|为))?[\s:：#-]*$",
    re.IGNORECASE,
)
_CARD_CONTEXT = re.compile(r"(?:card|卡)", re.IGNORECASE)
_PHONE_CONTEXT = re.compile(r"(?:call|phone|mobile|number|reach|ring|tel|手机|电话|号码|联系)", re.IGNORECASE)
_DATE_SHAPE = re.compile(r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$")
_EN_DIGITS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_ZH_DIGITS = {"零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6",
              "七": "7", "八": "8", "九": "9"}  # fmt: skip
_WORD = re.compile(r"[A-Za-z]+|[零〇一幺二三四五六七八九]")
_SPOKEN_GAP = re.compile(r"[\s,，、-]*")
_CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CN_ID_CHECK = "10X98765432"
# Looking back this far for "order", "case", "订单号"… before a number.
_CONTEXT_CHARS = 24


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def cn_id_valid(number: str) -> bool:
    """Mainland China resident ID (GB 11643-1999): weighted sum of 17 digits gives the check character."""
    number = re.sub(r"[ -]", "", number)
    if len(number) != 18:
        return False
    body, check = number[:17], number[17].upper()
    return (
        body.isdigit()
        and _CN_ID_CHECK[sum(int(d) * w for d, w in zip(body, _CN_ID_WEIGHTS, strict=True)) % 11] == check
    )


def _spoken_runs(text: str, minimum: int) -> list[tuple[int, int, str]]:
    """Runs of number words ("four five seven two one", "幺三八…") with the digits they say."""
    runs: list[tuple[int, int, str]] = []
    start = end = -1
    digits: list[str] = []

    def close() -> None:
        if len(digits) >= minimum:
            runs.append((start, end, "".join(digits)))

    for match in _WORD.finditer(text):
        word = match.group(0).lower()
        is_digit = word in _EN_DIGITS or word in _ZH_DIGITS or word in ("double", "triple")
        joined = end >= 0 and _SPOKEN_GAP.fullmatch(text, end, match.start()) is not None
        if not is_digit or not joined:
            close()
            start, end, digits = -1, -1, []
            if not is_digit:
                continue
        if start < 0:
            start = match.start()
        end = match.end()
        if word in ("double", "triple"):
            digits.append("*" + word[0])  # resolved by the next digit word
        else:
            digit = _EN_DIGITS.get(word) or _ZH_DIGITS[word]
            while digits and digits[-1].startswith("*"):
                repeat = 2 if digits.pop() == "*d" else 3
                digits += [digit] * (repeat - 1)
            digits.append(digit)
    close()
    return [(s, e, d.replace("*d", "").replace("*t", "")) for s, e, d in runs]


def _counting(digits: str) -> bool:
    """1 2 3 4 5 or 5 4 3 2 1: someone counting, not a number being read out."""
    steps = {int(b) - int(a) for a, b in zip(digits, digits[1:], strict=False)}
    return steps in ({1}, {-1})


def _spoken_is_number(text: str, start: int, end: int, digits: str) -> bool:
    if _counting(digits):
        return False
    if len(digits) == 4 and text[end : end + 1] == "年":
        return False  # 一九九八年: a year
    # "oh" and "o" alone are interjections; a run must carry real digit words.
    return sum(ch != "0" for ch in digits) >= 3


def _spoken_emails(text: str) -> list[Finding]:
    findings = []
    for at in _SPOKEN_AT.finditer(text):
        window_start = max(0, at.start() - _SPOKEN_REACH)
        local = _SPOKEN_LOCAL.search(text, window_start, at.start())
        domain = _SPOKEN_DOMAIN.match(text[: at.end() + _SPOKEN_REACH], at.end())
        if local is not None and domain is not None and local.start() < at.start():
            findings.append(Finding(Kind.EMAIL, local.start(), domain.end()))
    return findings


def _reference_before(text: str, start: int) -> bool:
    return _REFERENCE.search(text[max(0, start - _CONTEXT_CHARS) : start]) is not None


def _classify(candidate: str, text: str, start: int) -> Kind | None:
    """What a run of digits and separators is, from its digits and how they are grouped."""
    digits = re.sub(r"\D", "", candidate)
    count = len(digits)
    international = candidate.lstrip("(").startswith("+") or digits.startswith("00") and count >= 10
    groups = [g for g in re.split(r"[^\d]+", candidate) if g]
    if _DATE_SHAPE.match(candidate.strip()) or count < 7:
        return None
    before = text[max(0, start - _CONTEXT_CHARS) : start]
    if 13 <= count <= 19 and luhn_valid(digits) and digits[0] in "23456" and not _REFERENCE.search(before):
        return Kind.CARD
    if _REFERENCE.search(before) and not _PHONE_CONTEXT.search(before[-12:]):
        return None
    if international and 8 <= count <= 17:
        return Kind.PHONE
    body = digits[2:] if digits.startswith("86") and count == 13 else digits
    if len(body) == 11 and body[0] == "1" and body[1] in "3456789" and len(groups) in (1, 3):
        return Kind.PHONE
    if digits[0] == "0" and 10 <= count <= 12 and len(groups) <= 4 and len(groups[0]) in (3, 4, 5):
        return Kind.PHONE  # a trunk prefix: 010-6552 9988, 0755-8888 1234, 020 7946 0958
    if count == 11 and digits[0] == "1" and [len(g) for g in groups] in ([1, 3, 3, 4], [1, 10]):
        return Kind.PHONE  # 1-800-555-0199
    if count == 10 and [len(g) for g in groups] == [3, 3, 4]:
        return Kind.PHONE  # 415.555.0132, 415/555/0132
    if count == 7 and [len(g) for g in groups] == [3, 4] and _PHONE_CONTEXT.search(before):
        return Kind.PHONE  # 555-0132 after "call", "number", "电话"
    if count == 7 and [len(g) for g in groups] == [3, 4] and candidate[3] == "-":
        return Kind.PHONE
    return None


def _digit_runs(text: str) -> list[Finding]:
    findings = []
    for match in _DIGIT_RUN.finditer(text):
        candidate = match.group(0).rstrip(" .-/(")
        if sum(ch.isdigit() for ch in candidate) < 7:
            continue
        kind = _classify(candidate, text, match.start())
        if kind is not None:
            findings.append(Finding(kind, match.start(), match.start() + len(candidate)))
    return findings


def find_sensitive(text: str, spoken_minimum: int = 5) -> list[Finding]:
    """Every card, phone, ID number, e-mail address and run of spoken digits in `text`, left to right.

    Digits are judged by their shape (card: 13–19 digits passing Luhn; phones: mainland mobile, trunk or
    international prefix, 3-3-4 and 3-4 groups) and by what comes just before them: a number after "order",
    "case", "PO", "订单号"… is a reference and stays; dates, times, amounts and years never match.
    """
    findings: list[Finding] = [Finding(Kind.EMAIL, m.start(), m.end()) for m in _EMAIL.finditer(text)]
    findings += _spoken_emails(text)
    for match in _CN_ID.finditer(text):
        if cn_id_valid(match.group(0)):
            findings.append(Finding(Kind.CN_ID, match.start(), match.end()))
    findings += _digit_runs(text)
    for start, end, digits in _spoken_runs(text, spoken_minimum):
        if _spoken_is_number(text, start, end, digits) and not _reference_before(text, start):
            findings.append(Finding(Kind.SPOKEN_DIGITS, start, end))
    # Keep the first-found (most specific) detector where spans overlap.
    kept: list[Finding] = []
    for finding in findings:
        if all(finding.end <= k.start or finding.start >= k.end for k in kept):
            kept.append(finding)
    return sorted(kept, key=lambda f: f.start)


def redact(text: str, masks: dict[Kind, str] | None = None) -> str:
    """`text` with every finding replaced by its mask (by default in the interface's language)."""
    findings = find_sensitive(text)
    if not findings:
        return text
    masks = masks or shown_masks()
    parts: list[str] = []
    position = 0
    for finding in findings:
        parts += [text[position : finding.start], masks[finding.kind]]
        position = finding.end
    parts.append(text[position:])
    return "".join(parts)


def masked_copy(text: str | None) -> str | None:
    """The copy of `text` kept beside it in the database for roles that may not unmask, with the masks in English so
    that it reads the same whoever wrote it; `localise_masks` shows it in the interface's language."""
    return None if text is None else redact(text, MASKS)


def has_masks(masked: str) -> bool:
    """Whether a stored masked copy hides anything (then it differs from the clear text)."""
    return any(mask in masked for mask in MASKS.values())


def localise_masks(masked: str) -> str:
    shown = shown_masks()
    for kind, mask in MASKS.items():
        if shown[kind] != mask:
            masked = masked.replace(mask, shown[kind])
    return masked
