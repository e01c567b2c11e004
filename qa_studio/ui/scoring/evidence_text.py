"""Evidence in the reviewer's language: the pure scoring layer gives each proof a kind and its numbers; the words
are chosen here, through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qa_studio.scoring.evidence import Evidence, clock

translate = QCoreApplication.translate


def duration_text(ms: int) -> str:
    """47 s, 2.5 s, 3 min 10 s, 2 h 5 min — with the units in the interface language."""
    if ms < 60_000:
        value = f"{ms // 1000}" if ms % 1000 == 0 else f"{ms / 1000:.1f}"
        return translate("Evidence", "{n} s").format(n=value)
    seconds = ms // 1000
    if seconds < 3600:
        minutes, rest = divmod(seconds, 60)
        return (
            translate("Evidence", "{m} min {s} s").format(m=minutes, s=rest)
            if rest
            else translate("Evidence", "{m} min").format(m=minutes)
        )
    hours, rest = divmod(seconds // 60, 60)
    return (
        translate("Evidence", "{h} h {m} min").format(h=hours, m=rest)
        if rest
        else translate("Evidence", "{h} h").format(h=hours)
    )


def _where(evidence: Evidence) -> str:
    if evidence.message_index is not None:
        if evidence.at_ms is not None:
            return translate("Evidence", "in message {n} ({at})").format(
                n=evidence.message_index + 1, at=clock(evidence.at_ms)
            )
        return translate("Evidence", "in message {n}").format(n=evidence.message_index + 1)
    return translate("Evidence", "at {at}").format(at=clock(evidence.at_ms or 0))


def _scope(data: dict) -> str:
    who = {
        "agent": translate("Evidence", " from the agent"),
        "customer": translate("Evidence", " from the customer"),
    }.get(data.get("speaker") or "", "")
    if data.get("within_ms"):
        return who + translate("Evidence", " in the first {d}").format(d=duration_text(data["within_ms"]))
    if data.get("in_last_ms"):
        return who + translate("Evidence", " in the last {d}").format(d=duration_text(data["in_last_ms"]))
    return who


def _percent(value: float) -> str:
    return f"{value * 100:.0f} %"


def evidence_text(evidence: Evidence) -> str:
    """One proof as a sentence; an unknown kind falls back to the engine's English description."""
    data, kind = evidence.data, evidence.kind
    if kind in ("expected_phrase", "forbidden_phrase") and data.get("found"):
        template = (
            translate("Evidence", "expected phrase “{phrase}” found {where}")
            if kind == "expected_phrase"
            else translate("Evidence", "forbidden phrase “{phrase}” found {where}")
        )
        return template.format(phrase=data.get("phrase", ""), where=_where(evidence))
    if kind == "expected_phrase" and "phrases" in data:
        phrases = list(data["phrases"])
        listed = translate("Evidence", ", ").join(f"“{p}”" for p in phrases[:4]) + ("…" if len(phrases) > 4 else "")
        return translate("Evidence", "none of {phrases}{scope}").format(phrases=listed, scope=_scope(data))
    if kind == "forbidden_phrase" and "phrases" in data:
        return translate("Evidence", "no forbidden phrase{scope}").format(scope=_scope(data))
    if kind == "first_response_ms" and data.get("replied") is False:
        return translate("Evidence", "no agent reply after the customer's first message")
    if kind == "first_response_ms" and "waited_ms" in data:
        return translate("Evidence", "first reply after {waited} (standard: {limit})").format(
            waited=duration_text(data["waited_ms"]), limit=duration_text(data["limit_ms"])
        )
    if kind == "longest_gap_ms" and "gap_ms" in data and evidence.message_index is not None:
        return translate("Evidence", "longest wait for a reply: {gap}, answered in message {n}").format(
            gap=duration_text(data["gap_ms"]), n=evidence.message_index + 1
        )
    if kind == "longest_silence_ms" and evidence.at_ms is None:
        return translate("Evidence", "no dead air between turns")
    if kind == "longest_silence_ms" and "silence_ms" in data:
        return translate("Evidence", "{silence} of dead air at {at}").format(
            silence=duration_text(data["silence_ms"]), at=clock(evidence.at_ms or 0)
        )
    if kind == "agent_talk_ratio" and "ratio" in data:
        low, high = data.get("min"), data.get("max")
        if low is not None and high is not None:
            expected = f"{low * 100:.0f}–{_percent(high)}"
        elif low is not None:
            expected = translate("Evidence", "at least {p}").format(p=_percent(low))
        else:
            expected = translate("Evidence", "at most {p}").format(p=_percent(high))
        return translate("Evidence", "agent talked {p} of the time (expected {expected})").format(
            p=_percent(data["ratio"]), expected=expected
        )
    return evidence.description
