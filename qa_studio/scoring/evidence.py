"""Evidence-based suggestions: checks computed from a chat or a call transcript that suggest an answer and point
at the messages or moments that prove it."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from qa_studio.scoring.model import NO, YES, Check, Criterion

DEFAULT_THRESHOLD = 0.85
EXCERPT_CHARS = 160
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")

_PHRASE_PARAMETERS: dict[str, type] = {
    "phrases": list, "speaker": str, "within_ms": int, "in_last_ms": int, "threshold": float,
}  # fmt: skip
# Each check kind and the type of each of its parameters (float also takes an integer).
CHECK_PARAMETERS: dict[str, dict[str, type]] = {
    "expected_phrase": _PHRASE_PARAMETERS,
    "forbidden_phrase": _PHRASE_PARAMETERS,
    "first_response_ms": {"max_ms": int},
    "longest_gap_ms": {"max_ms": int},
    "longest_silence_ms": {"max_ms": int},
    "agent_talk_ratio": {"min": float, "max": float},
}
_REQUIRED = {"expected_phrase": "phrases", "forbidden_phrase": "phrases", "first_response_ms": "max_ms",
             "longest_gap_ms": "max_ms", "longest_silence_ms": "max_ms"}  # fmt: skip
# What a check reads: chat or e-mail messages, or a call's transcript segments; phrase checks read either.
CHECK_SOURCE = {"first_response_ms": "messages", "longest_gap_ms": "messages",
                "longest_silence_ms": "segments", "agent_talk_ratio": "segments"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ChatMessage:
    role: str  # agent | customer | system
    at_ms: int | None  # from the start of the conversation
    text: str
    index: int  # position in the conversation, from 0


@dataclass(frozen=True, slots=True)
class TranscriptSegment:
    speaker: str  # agent | customer | speaker (not diarised: could be either)
    start_ms: int
    end_ms: int
    text: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """One proof for a suggestion. `description` is English for logs and tests; `data` holds its numbers so the
    interface can say it in the reviewer's language."""

    kind: str
    description: str
    at_ms: int | None = None
    message_index: int | None = None
    excerpt: str = ""
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Suggestion:
    value: str  # "yes": every check passed (the standard was met); "no": at least one failed
    evidence: list[Evidence]


@dataclass(frozen=True, slots=True)
class _Utterance:
    speaker: str
    start_ms: int | None
    end_ms: int | None
    text: str
    index: int | None  # message index; None for transcript segments


def check_problems(kind: str, params: Mapping[str, Any]) -> list[tuple[str | None, str]]:
    """What is wrong with a check's parameters, as (parameter or None for the whole check, reason)."""
    allowed = CHECK_PARAMETERS[kind]
    problems: list[tuple[str | None, str]] = []
    valid: dict[str, Any] = {}
    for name, value in params.items():
        if name not in allowed:
            close = difflib.get_close_matches(str(name), sorted(allowed), n=1)
            hint = f' (did you mean "{close[0]}"?)' if close else ""
            problems.append((name, f'check "{kind}" has no parameter "{name}"{hint}'))
        elif not _has_type(value, allowed[name]):
            expected = {int: "a whole number", float: "a number", str: "text", list: "a list"}[allowed[name]]
            problems.append((name, f'"{name}" of check "{kind}" must be {expected}, not {value!r}'))
        else:
            valid[name] = value
    required = _REQUIRED.get(kind)
    if required is not None and required not in params:
        problems.append((None, f'check "{kind}" needs "{required}"'))
    for name in ("max_ms", "within_ms", "in_last_ms"):
        if name in valid and valid[name] <= 0:
            problems.append((name, f'"{name}" of check "{kind}" must be above 0'))
    if "phrases" in valid and (not valid["phrases"] or not all(_is_phrase(p) for p in valid["phrases"])):
        problems.append(("phrases", f'"phrases" of check "{kind}" must be a list of words to look for'))
    if valid.get("speaker", "agent") not in ("agent", "customer"):
        problems.append(("speaker", f'"speaker" of check "{kind}" must be agent or customer'))
    if "within_ms" in valid and "in_last_ms" in valid:
        problems.append(("in_last_ms", f'check "{kind}" takes "within_ms" or "in_last_ms", not both'))
    if "threshold" in valid and not 0 < valid["threshold"] <= 1:
        problems.append(("threshold", f'"threshold" of check "{kind}" must be above 0 and at most 1'))
    if kind == "agent_talk_ratio":
        if "min" not in params and "max" not in params:
            problems.append((None, 'check "agent_talk_ratio" needs "min", "max" or both'))
        for name in ("min", "max"):
            if name in valid and not 0 <= valid[name] <= 1:
                problems.append((name, f'"{name}" of check "{kind}" is a share of talk time, from 0 to 1'))
        if "min" in valid and "max" in valid and valid["min"] >= valid["max"]:
            problems.append(("max", f'"max" of check "{kind}" must be above "min"'))
    return problems


def _has_type(value: Any, expected: type) -> bool:
    if isinstance(value, bool):
        return False
    if expected is float:
        return isinstance(value, int | float)
    return isinstance(value, expected)


def _is_phrase(value: Any) -> bool:
    return isinstance(value, str) and any(ch.isalnum() for ch in value)


# Matching ------------------------------------------------------------------------------------------------------
def _normalise(text: str) -> str:
    # NFKC folds full-width letters and digits (Ｈｅｌｌｏ, １２３) into ASCII; casefold ignores case.
    return unicodedata.normalize("NFKC", text).casefold().replace("’", "'")


def _compact(text: str) -> str:
    return "".join(ch for ch in _normalise(text) if ch.isalnum())


@lru_cache(maxsize=65536)
def _word_similarity(a: str, b: str) -> float:
    return 1.0 if a == b else SequenceMatcher(None, a, b, autojunk=False).ratio()


def _characters_similarity(needle: str, haystack: str) -> float:
    """Chinese: the best match of the phrase's characters in the text's, ignoring punctuation and spaces; windows
    one character shorter or longer let a dropped or added character still match."""
    if needle in haystack:
        return 1.0
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(needle)  # the matcher caches its analysis of the second sequence
    best = 0.0
    for size in {max(1, len(needle) - 1), len(needle), len(needle) + 1}:
        for start in range(max(1, len(haystack) - size + 1)):
            matcher.set_seq1(haystack[start : start + size])
            if matcher.real_quick_ratio() > best and matcher.quick_ratio() > best:
                best = max(best, matcher.ratio())
    return best


def _words_similarity(target: list[str], words: list[str]) -> float:
    """English: the best window of as many words as the phrase, each word compared fuzzily, longer words
    weighing more, so one typo in "thank you for calling" still matches and a different sentence does not."""
    total = sum(len(word) for word in target)
    best = 0.0
    for start in range(max(1, len(words) - len(target) + 1)):
        window = words[start : start + len(target)]
        matched = sum(len(t) * _word_similarity(t, w) for t, w in zip(target, window, strict=False))
        best = max(best, matched / total)
    return best


def phrase_similarity(phrase: str, text: str) -> float:
    """How well `phrase` occurs in `text`, from 0 to 1 (1: exactly, ignoring case and punctuation)."""
    if _HAN.search(phrase):
        needle = _compact(phrase)
        return _characters_similarity(needle, _compact(text)) if needle else 0.0
    target, words = _WORD.findall(_normalise(phrase)), _WORD.findall(_normalise(text))
    return _words_similarity(target, words) if target and words else 0.0


# Matching on everything: the same answers as phrase_similarity wherever it reaches the threshold, found without
# scoring the windows that cannot reach it. A phrase is run against every message of every interaction, so each
# text and phrase is prepared once, and bounds that cost a few counts rule out most (phrase, text) pairs.
_NEAR_MISS = 1e-9  # bounds are compared with a hair of slack, so float rounding never prunes a real match


@dataclass(frozen=True, slots=True)
class _Text:
    compact: str
    characters: dict[str, int]
    words: tuple[str, ...]
    by_length: dict[int, frozenset[str]]
    han: bool  # holds a Chinese character
    ascii: bool  # a word of it holds an ASCII character


@dataclass(frozen=True, slots=True)
class _Phrase:
    chinese: bool
    needle: str
    counts: dict[str, int]
    target: tuple[str, ...]
    only_han: bool  # every character of the needle is Chinese


@lru_cache(maxsize=8192)
def _text(text: str) -> _Text:
    normalised = _normalise(text)
    compact = "".join(ch for ch in normalised if ch.isalnum())
    characters: dict[str, int] = {}
    for ch in compact:
        characters[ch] = characters.get(ch, 0) + 1
    words = tuple(_WORD.findall(normalised))
    by_length: dict[int, set[str]] = {}
    for word in words:
        by_length.setdefault(len(word), set()).add(word)
    return _Text(compact, characters, words, {k: frozenset(v) for k, v in by_length.items()},
                 bool(_HAN.search(compact)), any(ch.isascii() for word in words for ch in word))


@lru_cache(maxsize=4096)
def _phrase(phrase: str) -> _Phrase:
    needle = _compact(phrase)
    counts: dict[str, int] = {}
    for ch in needle:
        counts[ch] = counts.get(ch, 0) + 1
    return _Phrase(bool(_HAN.search(phrase)), needle, counts, tuple(_WORD.findall(_normalise(phrase))),
                   bool(needle) and all(_HAN.match(ch) for ch in needle))


def phrase_at_least(phrase: str, text: str, threshold: float) -> float:
    """phrase_similarity(phrase, text) when it is at least `threshold`; otherwise some figure below it."""
    prepared, prepared_text = _phrase(phrase), _text(text)
    if prepared.chinese and prepared.only_han and not prepared_text.han:
        return 0.0  # no character in common: every window's ratio is 0
    if prepared.chinese:
        return _characters_at_least(prepared, prepared_text, threshold) if prepared.needle else 0.0
    if not prepared.target or not prepared_text.words:
        return 0.0
    return _words_at_least(prepared.target, prepared_text, threshold)


def exhaustive_phrase_at_least(phrase: str, text: str, threshold: float) -> float:
    """The reference phrase_at_least agrees with: every window scored in full."""
    return phrase_similarity(phrase, text)


def _characters_at_least(phrase: _Phrase, text: _Text, threshold: float) -> float:
    """_characters_similarity where it reaches `threshold`. A window's ratio is at most 2·shared / (lengths), with
    shared the characters it has in common with the phrase counted with repeats (difflib's quick_ratio); that
    count is kept as the window slides, and only windows whose bound reaches the threshold are compared."""
    needle, haystack, counts = phrase.needle, text.compact, phrase.counts
    if needle in haystack:
        return 1.0
    n = len(needle)
    shared = sum(min(count, text.characters.get(ch, 0)) for ch, count in counts.items())
    shared = min(shared, n)
    # The best any window could do is to hold every shared character and nothing else.
    floor = threshold - _NEAR_MISS
    if not shared or 2 * shared / (n + shared) < floor:
        return 0.0
    best = floor
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(needle)
    length = len(haystack)
    for size in {max(1, n - 1), n, n + 1}:
        window: dict[str, int] = {}
        common = 0
        for ch in haystack[:size]:
            if ch in counts:
                window[ch] = window.get(ch, 0) + 1
                if window[ch] <= counts[ch]:
                    common += 1
        for start in range(max(1, length - size + 1)):
            if start:
                gone, added = haystack[start - 1], haystack[start + size - 1]
                if gone in counts:
                    window[gone] -= 1
                    if window[gone] < counts[gone]:
                        common -= 1
                if added in counts:
                    window[added] = window.get(added, 0) + 1
                    if window[added] <= counts[added]:
                        common += 1
            if 2 * common / (n + min(size, length - start)) > best:
                matcher.set_seq1(haystack[start : start + size])
                best = max(best, matcher.ratio())
    return best if best > floor else 0.0


def word_is_ascii(word: str) -> bool:
    return word.isascii()


@lru_cache(maxsize=4096)
def _anchor(target: tuple[str, ...], threshold: float) -> tuple[int, float, range]:
    """The phrase's longest word, how well a window must match it, and the word lengths that can do so."""
    total = sum(len(word) for word in target)
    anchor = max(range(len(target)), key=lambda i: len(target[i]))
    size = len(target[anchor])
    needed = 1 - (1 - threshold) * total / size - _NEAR_MISS
    if needed <= 0:
        return anchor, needed, range(0)
    # A word of length m matches one of length `size` at most 2·min / (size + m) (difflib's real_quick_ratio).
    shortest = next(m for m in range(1, size + 1) if 2 * m / (size + m) >= needed)
    longest = next(m for m in range(size * 4, size - 1, -1) if 2 * size / (size + m) >= needed)
    return anchor, needed, range(shortest, longest + 1)


def _words_at_least(target: tuple[str, ...], text: _Text, threshold: float) -> float:
    """_words_similarity where it reaches `threshold`. A window can lose at most (1 − threshold) of the phrase's
    letters, so the phrase's longest word must be matched at least so well in it; only the windows where a word
    of the text does that (a word of very different length cannot) are scored."""
    words = text.words
    windows = max(1, len(words) - len(target) + 1)
    anchor, needed, lengths = _anchor(target, threshold)
    if needed <= 0:
        starts: Iterable[int] = range(windows)
    elif word_is_ascii(target[anchor]) and not text.ascii:
        return 0.0  # the longest word shares no character with any word of the text
    else:
        word, by_length = target[anchor], text.by_length
        close = {
            candidate
            for length in lengths
            if length in by_length
            for candidate in by_length[length]
            if _word_similarity(word, candidate) >= needed
        }
        if not close:
            return 0.0
        starts = sorted({p - anchor for p, w in enumerate(words) if w in close and 0 <= p - anchor < windows})
    total = sum(len(word) for word in target)
    best = 0.0
    for start in starts:
        window = words[start : start + len(target)]
        matched = sum(len(t) * _word_similarity(t, w) for t, w in zip(target, window, strict=False))
        best = max(best, matched / total)
    return best


# Formatting ----------------------------------------------------------------------------------------------------
def clock(ms: int) -> str:
    """A position in a recording or chat: 02:31, or 1:02:31 past the hour."""
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


def duration(ms: int) -> str:
    """A length of time as people say it: 47 s, 2.5 s, 3 min 10 s, 2 h 5 min."""
    if ms < 60_000:
        return f"{ms // 1000} s" if ms % 1000 == 0 else f"{ms / 1000:.1f} s"
    seconds = ms // 1000
    if seconds < 3600:
        minutes, rest = divmod(seconds, 60)
        return f"{minutes} min {rest} s" if rest else f"{minutes} min"
    hours, rest = divmod(seconds // 60, 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1] + "…"


# Checks --------------------------------------------------------------------------------------------------------
def _utterances(
    messages: Sequence[ChatMessage] | None, segments: Sequence[TranscriptSegment] | None
) -> list[_Utterance] | None:
    if segments is not None:
        return [_Utterance(s.speaker, s.start_ms, s.end_ms, s.text, None) for s in segments]
    if messages is not None:
        # System lines ("the chat was transferred") are nobody's words.
        return [_Utterance(m.role, m.at_ms, m.at_ms, m.text, m.index) for m in messages if m.role != "system"]
    return None


def _where(utterance: _Utterance) -> str:
    if utterance.index is not None:
        moment = f" ({clock(utterance.start_ms)})" if utterance.start_ms is not None else ""
        return f"in message {utterance.index + 1}{moment}"
    return f"at {clock(utterance.start_ms or 0)}"


def _in_scope(utterance: _Utterance, params: dict[str, Any], start: int, end: int) -> bool:
    speaker = params.get("speaker")
    # An undiarised segment ("speaker") may be either party, so it is not ruled out.
    if speaker and utterance.speaker not in (speaker, "speaker"):
        return False
    within, in_last = params.get("within_ms"), params.get("in_last_ms")
    if within is not None and (utterance.start_ms is None or utterance.start_ms - start > within):
        return False
    return in_last is None or (utterance.end_ms is not None and end - utterance.end_ms <= in_last)


@lru_cache(maxsize=65536)
def _best_phrase(phrases: tuple[str, ...], text: str, threshold: float) -> tuple[float, str]:
    """The best of a check's phrases in a text, as (similarity, phrase); kept per text, since AutoQA meets the same
    lines (greetings, closings, a team's set replies) in interaction after interaction. A phrase whose characters
    are all Chinese is not even looked at in a text without any (it would score 0)."""
    if not _text(text).han:
        candidates = [p for p in phrases if not _phrase(p).only_han] or list(phrases)
    else:
        candidates = list(phrases)
    return max((phrase_at_least(p, text, threshold), p) for p in candidates)


def _phrase_check(check: Check, utterances: list[_Utterance], calls: bool) -> Suggestion | None:
    if not utterances:
        return None
    expected = check.kind == "expected_phrase"
    params = dict(check.params)  # read once per check, not once per line
    threshold = float(params.get("threshold", DEFAULT_THRESHOLD))
    # A recording's clock starts with the call; a chat's with its first message.
    start = 0 if calls else min((u.start_ms for u in utterances if u.start_ms is not None), default=0)
    end = max((u.end_ms for u in utterances if u.end_ms is not None), default=0)
    phrases: tuple[str, ...] = tuple(params.get("phrases", ()))
    hits: list[Evidence] = []
    for utterance in utterances:
        if not _in_scope(utterance, params, start, end):
            continue
        similarity, phrase = _best_phrase(phrases, utterance.text, threshold)
        if similarity >= threshold:
            label = "expected phrase" if expected else "forbidden phrase"
            hits.append(
                Evidence(
                    check.kind,
                    f'{label} "{phrase}" found {_where(utterance)}',
                    utterance.start_ms,
                    utterance.index,
                    _excerpt(utterance.text),
                    {"found": True, "phrase": phrase, "similarity": round(similarity, 2)},
                )
            )
    if hits:
        # An expected phrase needs one proof; every forbidden one is worth showing.
        return Suggestion(YES, hits[:1]) if expected else Suggestion(NO, hits)
    # The phrases named first are those in the conversation's own script: an English chat missing an apology is
    # told "none of "sorry", "apologise"…", not the Chinese ones that come first in the list.
    chinese = any(_HAN.search(u.text) for u in utterances)
    phrases = tuple(sorted(phrases, key=lambda phrase: bool(_HAN.search(phrase)) != chinese))
    listed = ", ".join(f'"{p}"' for p in phrases[:4]) + (", …" if len(phrases) > 4 else "")
    scope = ""
    if check.param("within_ms"):
        scope = f" in the first {duration(check.param('within_ms'))}"
    elif check.param("in_last_ms"):
        scope = f" in the last {duration(check.param('in_last_ms'))}"
    who = f" from the {check.param('speaker')}" if check.param("speaker") else ""
    data = {"found": False, "phrases": list(phrases), "within_ms": check.param("within_ms"),
            "in_last_ms": check.param("in_last_ms"), "speaker": check.param("speaker")}  # fmt: skip
    if expected:
        return Suggestion(NO, [Evidence(check.kind, f"none of {listed}{who}{scope}", data=data)])
    return Suggestion(YES, [Evidence(check.kind, f"no forbidden phrase{who}{scope}", data=data)])


def _first_response(check: Check, messages: Sequence[ChatMessage]) -> Suggestion | None:
    """From the customer's first message to the agent's first message after it."""
    timed = [m for m in messages if m.at_ms is not None and m.role in ("agent", "customer")]
    first = next((i for i, m in enumerate(timed) if m.role == "customer"), None)
    if first is None:
        return None
    asked = timed[first]
    limit = int(check.param("max_ms"))
    reply = next((m for m in timed[first + 1 :] if m.role == "agent"), None)
    if reply is None:
        return Suggestion(NO, [Evidence(check.kind, "no agent reply after the customer's first message",
                                        asked.at_ms, asked.index, _excerpt(asked.text),
                                        {"replied": False, "limit_ms": limit})])  # fmt: skip
    waited = max(0, reply.at_ms - asked.at_ms)  # type: ignore[operator]
    return Suggestion(
        YES if waited <= limit else NO,
        [Evidence(check.kind, f"first reply after {duration(waited)} (standard: {duration(limit)})", reply.at_ms,
                  reply.index, _excerpt(reply.text), {"waited_ms": waited, "limit_ms": limit})],
    )  # fmt: skip


def _longest_gap(check: Check, messages: Sequence[ChatMessage]) -> Suggestion | None:
    """The longest a customer waited: from a customer message not yet answered to the next agent message."""
    worst: tuple[int, ChatMessage, ChatMessage] | None = None
    waiting_since: ChatMessage | None = None
    for message in messages:
        if message.at_ms is None:
            continue
        if message.role == "customer" and waiting_since is None:
            waiting_since = message
        elif message.role == "agent" and waiting_since is not None:
            gap = max(0, message.at_ms - waiting_since.at_ms)  # type: ignore[operator]
            if worst is None or gap > worst[0]:
                worst = (gap, waiting_since, message)
            waiting_since = None
    if worst is None:
        return None
    gap, asked, reply = worst
    limit = int(check.param("max_ms"))
    return Suggestion(
        YES if gap <= limit else NO,
        [Evidence(check.kind, f"longest wait for a reply: {duration(gap)}, answered in message {reply.index + 1}",
                  reply.at_ms, reply.index, _excerpt(reply.text),
                  {"gap_ms": gap, "limit_ms": limit, "asked_index": asked.index})],
    )  # fmt: skip


def _longest_silence(check: Check, segments: Sequence[TranscriptSegment]) -> Suggestion | None:
    """The longest stretch between two pieces of speech (overlapping speech counts once), as the call metrics'
    longest pause: the ringing before the first word and the quiet after the goodbye are nobody's dead air."""
    if not segments:
        return None
    ordered = sorted(segments, key=lambda s: s.start_ms)
    worst, at = 0, None
    spoken_until = ordered[0].end_ms
    for segment in ordered[1:]:
        if segment.start_ms - spoken_until > worst:
            worst, at = segment.start_ms - spoken_until, spoken_until
        spoken_until = max(spoken_until, segment.end_ms)
    limit = int(check.param("max_ms"))
    described = f"{duration(worst)} of dead air at {clock(at)}" if at is not None else "no dead air between turns"
    return Suggestion(
        YES if worst <= limit else NO,
        [Evidence(check.kind, described, at, None, "", {"silence_ms": worst, "limit_ms": limit})],
    )


def _talk_ratio(check: Check, segments: Sequence[TranscriptSegment]) -> Suggestion | None:
    """The agent's share of the time either party spoke; needs a diarised transcript."""
    agent = sum(max(0, s.end_ms - s.start_ms) for s in segments if s.speaker == "agent")
    customer = sum(max(0, s.end_ms - s.start_ms) for s in segments if s.speaker == "customer")
    if agent == 0 or customer == 0:
        return None
    ratio = agent / (agent + customer)
    low, high = check.param("min"), check.param("max")
    if low is not None and high is not None:
        expected = f"{low * 100:.0f}–{high * 100:.0f} %"
    else:
        expected = f"at least {low * 100:.0f} %" if low is not None else f"at most {high * 100:.0f} %"
    passed = (low is None or ratio >= low) and (high is None or ratio <= high)
    return Suggestion(
        YES if passed else NO,
        [Evidence(check.kind, f"agent talked {ratio * 100:.0f} % of the time (expected {expected})",
                  data={"ratio": round(ratio, 3), "min": low, "max": high})],
    )  # fmt: skip


def _run(
    check: Check, messages: Sequence[ChatMessage] | None, segments: Sequence[TranscriptSegment] | None
) -> Suggestion | None:
    if check.kind in ("expected_phrase", "forbidden_phrase"):
        utterances = _utterances(messages, segments)
        return None if utterances is None else _phrase_check(check, utterances, calls=segments is not None)
    if messages is not None and check.kind == "first_response_ms":
        return _first_response(check, messages)
    if messages is not None and check.kind == "longest_gap_ms":
        return _longest_gap(check, messages)
    if segments is not None and check.kind == "longest_silence_ms":
        return _longest_silence(check, segments)
    if segments is not None and check.kind == "agent_talk_ratio":
        return _talk_ratio(check, segments)
    return None


def suggest(
    criterion: Criterion,
    messages: Sequence[ChatMessage] | None = None,
    segments: Sequence[TranscriptSegment] | None = None,
) -> Suggestion | None:
    """The answer the criterion's checks suggest, with its evidence: "yes" when every check that could run passed.
    None when no check can run (a call check on a chat, a chat without timestamps, no checks at all)."""
    results = [result for check in criterion.checks if (result := _run(check, messages, segments)) is not None]
    if not results:
        return None
    value = NO if any(r.value == NO for r in results) else YES
    return Suggestion(value, [e for r in results for e in r.evidence])
