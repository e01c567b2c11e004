"""Best-effort masking of sensitive numbers in transcripts: cards, phones, ID numbers, e-mail, spoken digits.

Detectors miss unusual forms and may mask harmless numbers; redaction reduces exposure, it does not guarantee it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa_studio.transcribe.masks import MASKS, QT_TRANSLATE_NOOP, Kind, localise_masks, shown_masks  # noqa: F401


@dataclass(frozen=True, slots=True)
class Finding:
    kind: Kind
    start: int
    end: int


# An address starts where a word starts (the lookbehind), so a long run of word characters is scanned once.
# Speech recognisers write "sarah.jones @ yahoo.com"; the domain stops at the first character that is not ASCII,
# so "lucy_li@126.com谢谢" keeps its thanks.
# The top-level domain is letters, so "see you @ 5.30" is not an address.
_EMAIL = re.compile(r"(?<![A-Za-z0-9_.+'-])[A-Za-z0-9_.+'-]+ ?@ ?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?![A-Za-z0-9-])")
# "emma dot clarke at harbour dot example", "wangfang 艾特 163 点 com": found from each spoken "at", looking a
# bounded distance either side, so the time stays linear in the text however it repeats.
_SPOKEN_AT = re.compile(r"(?<![A-Za-z])at(?![A-Za-z])|艾特", re.IGNORECASE)
_SPOKEN_DOT = r"\s*(?:\bdot\b|点)\s*"
_SPOKEN_JOIN = r"\s*(?:\bdot\b|点|\bunderscore\b|\bdash\b|\bhyphen\b|\.)\s*"  # "john.smith at gmail dot com"
_NUMBER_WORDS = (
    "zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|double|triple"
)
# One piece of the name before "at": a word with the number words read after it ("chen eighty eight"), or letters
# and digits spelled one by one ("l i s i", "j o h n n y 9 9").
_SPOKEN_PIECE = (
    rf"(?:[A-Za-z0-9](?: [A-Za-z0-9]){{1,15}}(?![A-Za-z0-9])|[A-Za-z0-9_-]+(?: (?:{_NUMBER_WORDS})\b){{0,6}})"
)
# The words that lead up to a name ("my email is", "send it to") are not part of it.
_LEAD_WORDS = r"(?:is|to|me|my|it|was|and|or|the|for|email|mail|address|gmail|send|write|contact|try|use|just)\b"
# A Chinese name ("张三 at 163 点 com") starts after 是, 的, a colon or a space: "我的邮箱是张三" gives 张三.
_SPOKEN_LOCAL = re.compile(
    rf"(?:(?<![A-Za-z0-9_'-])(?!{_LEAD_WORDS})(?:{_SPOKEN_PIECE}(?:{_SPOKEN_JOIN}{_SPOKEN_PIECE}){{0,4}}|{_SPOKEN_PIECE}"
    rf"(?: {_SPOKEN_PIECE})?)|(?:(?<=[是为的：:\s,，])|^)[\u4e00-\u9fff]{{2,4}})\s*$",
    re.IGNORECASE,
)
# A spoken address ends in a real top-level domain: "at home dot dot dot" and "at the red dot on" do not.
_TLDS = "com|net|org|edu|gov|info|biz|io|me|co|cn|hk|tw|mo|sg|jp|kr|uk|de|fr|it|es|nl|au|ca|us|in|ru|example"
_SPOKEN_DOMAIN = re.compile(
    rf"\s*[A-Za-z0-9-]+(?: [A-Za-z0-9-]+){{0,2}}(?:(?:{_SPOKEN_DOT}|\.)[A-Za-z]{{2,10}}){{0,2}}(?:{_SPOKEN_DOT}|\.)"
    rf"(?:{_TLDS})"
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_SPOKEN_REACH = 60
# 18 characters in any grouping ("110105 1990 0307 123X", "6101 1319 9505 2135 22"); the checksum and the birth date
# inside decide.
_CN_ID = re.compile(r"(?<![\dA-Za-z])\d(?:[ -]?\d){16}[ -]?[\dXx](?![\dA-Za-z])")
# Words that say an identity document's number follows: passports, permits, resident and social-security numbers.
_ID_CONTEXT = re.compile(
    r"(?:passport|护照|通行证|签证|证件|身份证|\bID[ -]?(?:card|number|no\b\.?|#)|identity (?:card|number)|national id|"
    r"\bHKID|\bSSN|social security|社保|驾驶证|驾照|driver'?s licen[cs]e)"
    r"(?:[\s:：#-]*(?:number|no\b\.?|num|#|号码|号))?(?:\s*(?:is|was|:|：|是|为))?[\s:：#-]*",
    re.IGNORECASE,
)
# The number after such words: letters in front (E12345678, EA1234567, K582301(4)), digits in any grouping.
_ID_NUMBER = re.compile(r"[A-Za-z]{0,2}\d(?:[ -]?\d){5,17}(?:\([0-9A-Za-z]\)|[Xx])?(?![\dA-Za-z])")
# Mainland passports (E + 8 digits, E + letter + 7 digits, the older G + 8) have a shape of their own.
_CN_PASSPORT = re.compile(r"(?<![A-Za-z0-9])(?:E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})(?![A-Za-z0-9])")
# A run of digits with any of the separators people and speech recognisers write between groups. Runs are
# consumed left to right without overlap, so the scan is linear however long the text.
_DIGIT_RUN = re.compile(r"(?:\+|(?<![A-Za-z0-9_.,/:+-]))\(?\+?\d(?:(?:[ .\-/]|\) ?| ?\(| - )?\d)*(?:\)(?= ))?")
# Whisper writes long numbers read out as thousands: "13,816,729,054", "5,299,814,551,159,117".
_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){3,6}(?![\d]|[.,]\d)")
_MONEY_AROUND = re.compile(r"[¥￥$€£]|\b(?:rmb|usd|cny|hkd|eur|gbp)\b", re.IGNORECASE)
_MONEY_AFTER = re.compile(
    r"\s*(?:元|块|万|亿|美元|dollars?|yuan|rmb|usd|won|yen|euros?|pounds?|points?|积分|分)", re.IGNORECASE
)
# Words before a number that say it is a reference, not a person's number.
_REFERENCE = re.compile(
    r"(?:order|case|ticket|invoice|\bpo|p\.o\.|purchase order|\bref(?:erence)?|tracking|sku|serial|model|batch|"
    r"isbn|version|transaction|refund|room|flight|page|barcode|bar code|\bean\b|\bupc\b|订单|单号|工单|编号|快递|发票|"
    r"批次|型号|条形码|条码)"
    r"(?:[\s:：#-]*(?:no\.?|number|num|id|号码|号|#))?(?:\s*(?:is|was|:|：|是|为))?[\s:：#-]*$",
    re.IGNORECASE,
)
_CARD_CONTEXT = re.compile(r"(?:card|卡)", re.IGNORECASE)
# Words before a short number that make it a secret or an account: "my PIN is four seven two nine", "验证码 482913".
# "code" alone counts unless it is a post, area, promotion or booking code.
_SECRET_CONTEXT = re.compile(
    r"(?:\b(?:pin|passcode|password|passwd|cvv2?|cvc|otp|account (?:number|no\b)|acct)\b|"
    r"(?<![A-Za-z])(?<!zip )(?<!post )(?<!area )(?<!promo )(?<!booking )(?<!country )(?<!discount )(?<!coupon )"
    r"(?<!error )(?<!status )(?<!product )(?<!tracking )code\b|验证码|动态码|校验码|安全码|密码|口令|账号)"
    r"[^.!?。！？\n\d]{0,24}$",
    re.IGNORECASE,
)
# A card's security code has three digits (four on the front of an Amex); "the last four digits" are no secret.
_CARD_CODE_CONTEXT = re.compile(
    r"(?:\b(?:cvv2?|cvc2?|cid|csc|security code|card code|(?:three|3)[ -]digits?)\b|安全码|校验码|背面|后三位|三位数)"
    r"[^.!?。！？\n\d]{0,24}$",
    re.IGNORECASE,
)
_PHONE_CONTEXT = re.compile(r"(?:call|phone|mobile|number|reach|ring|tel|手机|电话|号码|联系)", re.IGNORECASE)
_DATE_SHAPE = re.compile(r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$")
_EN_DIGITS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_ZH_DIGITS = {"零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5",
              "六": "6", "七": "7", "八": "8", "九": "9"}  # fmt: skip
# Number words, Chinese digits and written digits: "4483 seven zero zero two, 7902 5442" and "138 幺二六七 4409" are
# one number read out half in words.
# The lookahead on first characters lets the scan skip most positions at once (twice as fast on ordinary text).
_WORD = re.compile(
    r"(?=[zotfsend\d零〇一幺两二三四五六七八九])"
    r"(?:(?<![A-Za-z])(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple)(?![A-Za-z])"
    r"|[零〇一幺两二三四五六七八九]|\d+)",
    re.IGNORECASE,
)
_ANY_DIGIT = re.compile(r"\d")
_NOT_DIGIT = re.compile(r"\D+")
_SPACED_DIGITS = re.compile(r"\d[\d -]*")
_PLUS_BEFORE = re.compile(r"(?:\bplus|\+)\s*$", re.IGNORECASE)
_SPOKEN_GAP = re.compile(r"[\s,，、-]*")
_CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CN_ID_CHECK = "10X98765432"
# Looking back this far for "order", "case", "订单号"… before a number.
_CONTEXT_CHARS = 24
# A number read out partly in digits ("138 one two six seven 4409") must be as long as a phone number to count.
_MIXED_MINIMUM = 7
# After "PIN", "验证码"… four digits are enough.
_SECRET_MINIMUM = 4
_CARD_CODE_MINIMUM = 3


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
        and _birth_date(body[6:14])
        and _CN_ID_CHECK[sum(int(d) * w for d, w in zip(body, _CN_ID_WEIGHTS, strict=True)) % 11] == check
    )


def _birth_date(digits: str) -> bool:
    """YYYYMMDD (or YYMMDD on the old 15-digit cards) that could be someone's birthday."""
    year = int(digits[:-4]) if len(digits) == 8 else 1900 + int(digits[:-4])
    month, day = int(digits[-4:-2]), int(digits[-2:])
    return 1900 <= year <= 2099 and 1 <= month <= 12 and 1 <= day <= 31


@dataclass(slots=True)
class _Run:
    """Number words, Chinese digits and digit groups read out one after another."""

    start: int
    end: int
    digits: str
    words: int  # how many of its tokens are words or Chinese digits
    groups: int  # how many are digit groups longer than one digit


def _spoken_runs(text: str) -> list[_Run]:
    """Runs of number words ("four five seven two one", "幺三八…"), alone or mixed with written digits."""
    runs: list[_Run] = []
    run: _Run | None = None
    repeat = 1  # after "double" or "triple"

    for match in _WORD.finditer(text):
        token = match.group(0)
        word = token.lower()
        numeral = token[0].isdigit()
        # Any other word between two number words ends the run: the gap allows only spaces and punctuation.
        if run is not None and _SPOKEN_GAP.fullmatch(text, run.end, match.start()) is None:
            if run.digits:
                runs.append(run)
            run, repeat = None, 1
        if run is None:
            run = _Run(match.start(), match.end(), "", 0, 0)
        run.end = match.end()
        if word in ("double", "triple"):
            repeat = 2 if word == "double" else 3
            run.words += 1
            continue
        digits = token if numeral else _EN_DIGITS.get(word) or _ZH_DIGITS[word]
        run.digits += digits[0] * (repeat - 1) + digits
        repeat = 1
        if numeral and len(token) > 1:
            run.groups += 1
        elif not numeral:
            run.words += 1
    if run is not None and run.digits:
        runs.append(run)
    return runs


def _counting(digits: str) -> bool:
    """1 2 3 4 5 or 5 4 3 2 1: someone counting, not a number being read out."""
    steps = {int(b) - int(a) for a, b in zip(digits, digits[1:], strict=False)}
    return steps in ({1}, {-1})


def _spoken_is_number(text: str, run: _Run, minimum: int) -> bool:
    digits = run.digits
    if run.words == 0 and run.groups > 0:
        return False  # written digits alone are judged by their shape (_digit_runs)
    secret = _secret_minimum(text, run.start)
    if secret is not None:
        return len(digits) >= secret  # "PIN is one two three four" is a PIN
    if len(digits) < (_MIXED_MINIMUM if run.groups else minimum) or _counting(digits):
        return False
    if len(digits) == 4 and text[run.end : run.end + 1] == "年":
        return False  # 一九九八年: a year
    # "oh" and "o" alone are interjections; a run must carry real digit words.
    return sum(ch != "0" for ch in digits) >= 3


def _secret_minimum(text: str, start: int) -> int | None:
    """How many digits make a secret after the words before `start` ("cvv": 3, "PIN": 4), or None."""
    window = max(0, start - _CONTEXT_CHARS - 16)
    if _CARD_CODE_CONTEXT.search(text, window, start):
        return _CARD_CODE_MINIMUM
    return _SECRET_MINIMUM if _SECRET_CONTEXT.search(text, window, start) else None


def _spoken_emails(text: str) -> list[Finding]:
    findings = []
    for at in _SPOKEN_AT.finditer(text):
        domain = _SPOKEN_DOMAIN.match(text, at.end(), at.end() + _SPOKEN_REACH)
        if domain is None:
            continue  # the cheaper half first: most "at"s are not followed by a domain
        local = _SPOKEN_LOCAL.search(text, max(0, at.start() - _SPOKEN_REACH), at.start())
        if local is not None and local.start() < at.start():
            findings.append(Finding(Kind.EMAIL, local.start(), domain.end()))
    return findings


def _reference_before(text: str, start: int) -> bool:
    return _REFERENCE.search(text[max(0, start - _CONTEXT_CHARS) : start]) is not None


def _classify(candidate: str, text: str, start: int) -> Kind | None:
    """What a run of digits and separators is, from its digits and how they are grouped."""
    digits = _NOT_DIGIT.sub("", candidate)
    count = len(digits)
    international = candidate.lstrip("(").startswith("+") or digits.startswith("00") and count >= 10
    groups = [g for g in _NOT_DIGIT.split(candidate) if g]
    if _DATE_SHAPE.match(candidate.strip()) or count < 7:
        return None
    before = text[max(0, start - _CONTEXT_CHARS) : start]
    reference = _REFERENCE.search(before) is not None
    # 13 digits are only an old Visa (4…), 14 only Diners (3…): a 13-digit barcode (690…) passing Luhn is not a card.
    card_length = 15 <= count <= 19 or count == 13 and digits[0] == "4" or count == 14 and digits[0] == "3"
    if card_length and luhn_valid(digits) and digits[0] in "23456" and not reference:
        return Kind.CARD
    if 15 <= count <= 19 and not reference and _CARD_CONTEXT.search(before):
        return Kind.CARD  # a card misheard by one digit still follows "card number"
    if reference and not _PHONE_CONTEXT.search(before[-12:]):
        return None
    if international and 8 <= count <= 17:
        return Kind.PHONE
    body, body_groups = digits, groups
    if digits.startswith("86") and count == 13:  # the country code without its +: 86-186-2157-3390
        body, body_groups = digits[2:], groups[1:] if groups[0] == "86" else groups
    if len(body) == 11 and body[0] == "1" and body[1] in "3456789" and len(body_groups) in (1, 3):
        return Kind.PHONE
    if digits[0] == "0" and 10 <= count <= 12 and len(groups) <= 4 and len(groups[0]) in (3, 4, 5):
        return Kind.PHONE  # a trunk prefix: 010-6552 9988, 0755-8888 1234, 020 7946 0958
    if count == 11 and digits[0] == "1" and [len(g) for g in groups] in ([1, 3, 3, 4], [1, 10]):
        return Kind.PHONE  # 1-800-555-0199
    if count == 10 and [len(g) for g in groups] == [3, 3, 4]:
        return Kind.PHONE  # 415.555.0132, 415/555/0132
    if (
        count == 8
        and not reference
        and [len(g) for g in groups] in ([8], [4, 4])
        and _PHONE_CONTEXT.search(before[-16:])
    ):
        return Kind.PHONE  # a local landline without its area code: 电话 6437 2258
    if count == 7 and [len(g) for g in groups] == [3, 4] and _PHONE_CONTEXT.search(before):
        return Kind.PHONE  # 555-0132 after "call", "number", "电话"
    if count == 7 and [len(g) for g in groups] == [3, 4] and candidate[3] == "-":
        return Kind.PHONE
    return None


def _digit_runs(text: str) -> list[Finding]:
    findings = []
    for match in _DIGIT_RUN.finditer(text):
        candidate = match.group(0).rstrip(" .-/(")
        count = sum(ch.isdigit() for ch in candidate)
        if count < _CARD_CODE_MINIMUM:
            continue
        kind = _classify(candidate, text, match.start()) if count >= 7 else None
        if kind is None and _secret_number(candidate, text, match.start()):
            kind = Kind.SPOKEN_DIGITS
        if kind is not None:
            findings.append(Finding(kind, match.start(), match.start() + len(candidate)))
    for match in _THOUSANDS.finditer(text):
        money_before = _MONEY_AROUND.search(text, max(0, match.start() - 6), match.start())
        if money_before or _MONEY_AFTER.match(text, match.end()):
            continue
        kind = _classify(match.group(0).replace(",", ""), text, match.start())
        if kind is not None:
            findings.append(Finding(kind, match.start(), match.end()))
    return findings


def _secret_number(candidate: str, text: str, start: int) -> bool:
    """A PIN, code or account number written in digits after words that say so ("验证码 482913", "cvv 123")."""
    if _SPACED_DIGITS.fullmatch(candidate) is None or _DATE_SHAPE.match(candidate):
        return False
    minimum = _secret_minimum(text, start)
    return (
        minimum is not None
        and sum(ch.isdigit() for ch in candidate) >= minimum
        and not _MONEY_AFTER.match(text, start + len(candidate))
    )


def _id_documents(text: str) -> list[Finding]:
    """Passport, permit, social-security and old 15-digit resident numbers, found from the words before them."""
    findings = []
    for context in _ID_CONTEXT.finditer(text):
        number = _ID_NUMBER.match(text, context.end())
        if number is not None and sum(ch.isdigit() for ch in number.group(0)) >= 6:
            findings.append(Finding(Kind.CN_ID, number.start(), number.end()))
    findings += [Finding(Kind.CN_ID, m.start(), m.end()) for m in _CN_PASSPORT.finditer(text)]
    return findings


def find_sensitive(text: str, spoken_minimum: int = 5) -> list[Finding]:
    """Every card, phone, ID number, e-mail address and run of spoken digits in `text`, left to right.

    Digits are judged by their shape (card: 13–19 digits passing Luhn; resident ID: checksum and birth date;
    phones: mainland mobile, trunk or international prefix, 3-3-4 and 3-4 groups) and by the words just before
    them: a number after "order", "case", "PO", "订单号"… is a reference and stays, one after "card number",
    "passport", "PIN" or 验证码 is masked even when its shape alone would not say so. Numbers read out in words,
    Chinese digits or a mix with written digits count like written ones; dates, times, amounts, years and
    counting ("one two three four") never match.
    """
    findings: list[Finding] = [Finding(Kind.EMAIL, m.start(), m.end()) for m in _EMAIL.finditer(text)]
    findings += _spoken_emails(text)
    has_digits = _ANY_DIGIT.search(text) is not None
    if has_digits:
        findings += [Finding(Kind.CN_ID, m.start(), m.end()) for m in _CN_ID.finditer(text) if cn_id_valid(m.group(0))]
        findings += _id_documents(text)
    spoken = [run for run in _spoken_runs(text) if _spoken_is_number(text, run, spoken_minimum)]
    spoken = [run for run in spoken if not _reference_before(text, run.start)]
    # A number read out half in digits is one finding, ahead of the digit groups inside it.
    findings += [_spoken_finding(text, run) for run in spoken if run.groups]
    if has_digits:
        findings += _digit_runs(text)
    findings += [_spoken_finding(text, run) for run in spoken if not run.groups]
    # Keep the first-found (most specific) detector where spans overlap.
    kept: list[Finding] = []
    for finding in findings:
        if all(finding.end <= k.start or finding.start >= k.end for k in kept):
            kept.append(finding)
    return sorted(kept, key=lambda f: f.start)


def _spoken_finding(text: str, run: _Run) -> Finding:
    plus = _PLUS_BEFORE.search(text, max(0, run.start - 6), run.start)  # "plus eight six one three nine…"
    return Finding(Kind.SPOKEN_DIGITS, plus.start() if plus else run.start, run.end)


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
