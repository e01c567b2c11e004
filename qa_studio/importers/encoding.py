"""Decoding chat exports: UTF-8 (with or without BOM), UTF-16, GB18030/GBK and Big5, never mojibake."""

from __future__ import annotations

import codecs
import functools
import re

from qa_studio.errors import QT_TRANSLATE_NOOP, Phrase
from qa_studio.importers.errors import ImportRefused

UNREADABLE = QT_TRANSLATE_NOOP("Errors", "not readable as UTF-8, UTF-16, GB18030 or Big5 text")

# The most frequent Chinese characters in Simplified and Traditional form, plus full-width punctuation: the finer
# test when the everyday-character test below cannot tell GBK from Big5 (short texts, names).
_FREQUENT = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经"
    "么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三"
    "又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先"
    "海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计"
    "管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程"
    "北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫"
    "令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越"
    "器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响"
    "虽推势参希古众构房半节土投某案黑维革划敢微订退款货递客您谢售换修票址账户付宝优惠申诉待迟裹钱买卖送坏检帮助稍麻烦抱歉评咨询"
    "這個們來爲國說時會對於過發後裏種經麼學現當沒動還進樣開從實軍無與長機關點業將兩間問並應戰頭體見產話內給門兒東聲員論處義幾認條氣"
    "題爾別變總電數報結務場計資許統區隊決馬書則聽卻達強難權設記類據邊張該規萬覺術領確傳師觀讓識帶導爭運飛風乾聯組濟車親極辦議證轉準"
    "遠臺單羅愛擊備連調質團價黨華級離況亞請際約覆線斷滿視須寫稱嗎輕農裝廣顯標談喫圖歷醫專費號盡較語僅隨選紅響雖勢參衆構節維劃訂貨遞"
    "謝換賬戶寶優訴遲錢買賣壞檢幫煩評諮詢為著裡眾説"
    "，。、？！：；“”‘’（）《》【】「」『』…—～·　"
)
_PUNCTUATION = "，。、？！：；“”‘’（）《》【】「」『』…—～·　"
# Real Chinese text, even about rare products or places, scores above 0.9; mojibake scores 0.5 or less.
_MIN_EVERYDAY_SHARE = 0.7
# Readings whose shares differ by less than this are too close to call on that test.
_CLEAR_MARGIN = 0.1
# Control characters never found in a text export; their presence means the bytes were read wrongly (or are binary).
_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _normalise(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII characters, spaces and line breaks put a NUL on the same side of each byte pair."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    # CJK characters such as U+4E00 also carry a NUL, but on the other side and far more rarely.
    if odd_nuls >= max(2, len(sample) // 50) and even_nuls * 4 <= odd_nuls:
        return "utf-16-le"
    if even_nuls >= max(2, len(sample) // 50) and odd_nuls * 4 <= even_nuls:
        return "utf-16-be"
    return None


def _pairs(codec: str, leads: range, trails: list[int]) -> set[str]:
    """Every character the codec maps the given lead and trail bytes to."""
    found = set()
    for lead in leads:
        for trail in trails:
            try:
                found.add(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                continue
    return found


@functools.cache
def _everyday_characters() -> frozenset[str]:
    """GB2312 level 1 (the 3,755 most used Simplified characters) and the Big5 frequent block (5,401 Traditional
    ones), read from the codecs themselves, plus the frequent list and punctuation. Built on first use: UTF-8
    files never need it."""
    simplified = _pairs("gb2312", range(0xB0, 0xD8), [*range(0xA1, 0xFF)])
    # The frequent block runs from A440 to C67E; C6A1 onwards holds kana and symbols.
    traditional = _pairs("big5", range(0xA4, 0xC6), [*range(0x40, 0x7F), *range(0xA1, 0xFF)])
    traditional |= _pairs("big5", range(0xC6, 0xC7), [*range(0x40, 0x7F)])
    return frozenset(simplified | traditional | _FREQUENT | set(_PUNCTUATION))


def _share(text: str, characters: frozenset[str]) -> float:
    """The share of the non-ASCII characters (in the first 8,192) that are in `characters`."""
    wide = [ch for ch in text[:8192] if ch > "\x7f"]
    if not wide:
        return 1.0
    return sum(map(characters.__contains__, wide)) / len(wide)


def _chinese_reading(data: bytes) -> tuple[str, str] | None:
    """The GB18030 or Big5 reading of the bytes that is made of common characters, or None if neither is.

    Read with the wrong codec, Chinese text turns into rare characters, kana and private-use code points. The
    reading with more everyday characters wins; if that is close, the one with more of the most frequent ones;
    if that is close too (a word or a name alone), GB18030, the encoding the expected users export in.
    charset-normalizer is not asked: on short Chinese texts it chooses Big5 even for plain GBK.
    """
    readings: list[tuple[str, str]] = []
    for encoding in ("gb18030", "big5", "big5hkscs"):
        if encoding == "big5hkscs" and any(name == "big5" for _, name in readings):
            continue  # HKSCS only adds characters plain Big5 lacks
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _BINARY_CONTROL.search(text):
            readings.append((text, encoding))
    if not readings:
        return None
    everyday = _everyday_characters()
    best = 0
    if len(readings) == 2:
        for characters in (everyday, _FREQUENT):
            first, second = (_share(text, characters) for text, _ in readings)
            if abs(first - second) >= _CLEAR_MARGIN:
                best = 0 if first > second else 1
                break
    text, encoding = readings[best]
    # One odd character proves nothing; several mostly rare ones are a misreading (e.g. Windows-1252 bytes).
    if _share(text, everyday) < _MIN_EVERYDAY_SHARE and sum(ch > "\x7f" for ch in text[:8192]) >= 2:
        return None
    return text, encoding


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) with any BOM removed and newlines normalised to \\n.

    The name is the Python codec that reads the original bytes: "utf-8", "utf-8-sig", "utf-16" (with BOM),
    "utf-16-le"/"utf-16-be" (without), "gb18030" (also for GBK and GB2312, which it extends), "big5" or "big5hkscs".
    UTF-8 is tried first because it is by far the most common and its strict decoder rejects almost every other
    encoding. Raises ImportRefused when no reading is plausible text.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return _normalise(data[3:].decode("utf-8")), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the file starts as UTF-8 but byte {number} is not UTF-8",
                ),
                number=exc.start + 3,
            ) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the file starts as UTF-16 but is not valid UTF-16 ({reason})",
                ),
                reason=exc.reason,
            ) from None
        return _normalise(text), "utf-16"
    utf8_error: UnicodeDecodeError | None = None
    if b"\x00" not in data:
        try:
            return _normalise(data.decode("utf-8")), "utf-8"
        except UnicodeDecodeError as exc:
            utf8_error = exc
    elif utf16 := _utf16_without_bom(data):
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            pass
        else:
            if not _BINARY_CONTROL.search(text):
                return _normalise(text), utf16
    if b"\x00" not in data and (reading := _chinese_reading(data)):
        return _normalise(reading[0]), reading[1]
    if utf8_error is not None and utf8_error.start > 0 and not data[: utf8_error.start].isascii():
        # Valid UTF-8 with non-ASCII text up to one bad byte: a damaged UTF-8 file, so say where.
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{unreadable} (it reads as UTF-8 until byte {start})",
            ),
            unreadable=Phrase(UNREADABLE),
            start=utf8_error.start,
        )
    raise ImportRefused(UNREADABLE)
