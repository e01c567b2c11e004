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


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CARD = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
_CN_ID = re.compile(r"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])")
_CN_MOBILE = re.compile(r"(?<!\d)(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)")
_INTL_PHONE = re.compile(r"(?<![\w])\+?\d[\d ()-]{7,}\d(?!\d)")
_DIGIT_WORDS = {
    "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "double", "triple",
    "零", "〇", "一", "幺", "二", "两", "三", "四", "五", "六", "七", "八", "九",
}  # fmt: skip
_WORD = re.compile(r"[A-Za-z]+|[零〇一幺二两三四五六七八九]")
_CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CN_ID_CHECK = "10X98765432"


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
    body, check = number[:17], number[17].upper()
    return (
        body.isdigit()
        and _CN_ID_CHECK[sum(int(d) * w for d, w in zip(body, _CN_ID_WEIGHTS, strict=True)) % 11] == check
    )


def _spoken_runs(text: str, minimum: int) -> list[tuple[int, int]]:
    """Runs of number words ("four five seven two one", "幺三八…") long enough to be an account or phone number."""
    runs: list[tuple[int, int]] = []
    start = end = -1
    count = 0
    for match in _WORD.finditer(text):
        word = match.group(0).lower()
        gap = text[end : match.start()] if end >= 0 else ""
        if word in _DIGIT_WORDS and (end < 0 or re.fullmatch(r"[\s,，-]*", gap)):
            if start < 0:
                start = match.start()
            end = match.end()
            # "double five" is two digits: the multiplier word adds the repeats, the digit word itself one.
            count += {"double": 1, "triple": 2}.get(word, 1)
        else:
            if count >= minimum:
                runs.append((start, end))
            start, end, count = -1, -1, 0
            if word in _DIGIT_WORDS:
                start, end, count = match.start(), match.end(), 1
    if count >= minimum:
        runs.append((start, end))
    return runs


def find_sensitive(text: str, spoken_minimum: int = 4) -> list[Finding]:
    findings: list[Finding] = [Finding(Kind.EMAIL, m.start(), m.end()) for m in _EMAIL.finditer(text)]
    for match in _CN_ID.finditer(text):
        if cn_id_valid(match.group(0)):
            findings.append(Finding(Kind.CN_ID, match.start(), match.end()))
    for match in _CARD.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if 13 <= len(digits) <= 19 and luhn_valid(digits):
            findings.append(Finding(Kind.CARD, match.start(), match.end()))
    for pattern in (_CN_MOBILE, _INTL_PHONE):
        for match in pattern.finditer(text):
            if len(re.sub(r"\D", "", match.group(0))) >= 8:
                findings.append(Finding(Kind.PHONE, match.start(), match.end()))
    findings += [Finding(Kind.SPOKEN_DIGITS, s, e) for s, e in _spoken_runs(text, spoken_minimum)]
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
