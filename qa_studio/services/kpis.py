"""Service KPIs beside quality: CSAT and resolution brought in from survey exports (CSV keyed by the interaction's
external id or customer reference, with a report per row), response-time compliance per channel over every
interaction (not only the sampled ones) against the standards the team sets, handling time, the quality pass share
against its target, and per agent the QA score beside CSAT with their correlation."""

from __future__ import annotations

import codecs
import csv
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from qa_studio.clock import utcnow
from qa_studio.importers.encoding import decode_text
from qa_studio.importers.errors import ImportRefused
from qa_studio.permissions import may_set_standards
from qa_studio.services import audit
from qa_studio.services.aggregates import Scope, day_of, day_sql, dialect, span_ms
from qa_studio.services.directory import role_of
from qa_studio.services.root_causes import DEFAULT_REPEAT_THRESHOLD
from qa_studio.storage.database import Database
from qa_studio.storage.models import Agent, Interaction, InteractionKpi, KpiStandard, Message, Team
from qa_studio.storage.rollups import RESPONSE_SECONDS

# DOMAIN.md: chat first reply within 30 s, e-mail within 2 h, social media within 15 min – 1 h (the outer bound is
# the standard; a team wanting 15 min sets it). Calls are answered within three rings, which no import measures.
DEFAULT_RESPONSE_SECONDS = RESPONSE_SECONDS
DEFAULT_QUALITY_TARGET = 0.92  # share of interactions meeting the quality standard
DEFAULT_CSAT_SCALE = 5
MAX_FILE_BYTES = 50 * 1024 * 1024
KEY_COLUMNS = ("external_id", "external id", "ticket", "ticket_id", "conversation_id", "工单号", "会话编号")
REF_COLUMNS = ("customer_ref", "customer reference", "customer", "customer_id", "客户编号", "客户")
CSAT_COLUMNS = ("csat", "score", "satisfaction", "rating", "满意度", "评分")
DATE_COLUMNS = ("date", "survey_date", "day", "日期", "调查日期")
PREVIEW_ROWS = 8
RESOLVED_COLUMNS = ("resolved", "fcr", "resolution", "first_contact_resolution", "是否解决", "已解决")
YES = {"yes", "y", "true", "1", "是", "已解决", "resolved"}
NO = {"no", "n", "false", "0", "否", "未解决", "unresolved"}
STAFF_ROLES = ("reviewer", "lead", "trainer", "admin")
MAX_REPEAT_THRESHOLD = 50


class KpiError(Exception):
    """A KPI import or standard that cannot be taken as given; `code` and `params` say why (see cli_kpi)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, params)
        self.code, self.params = code, params


# --- Standards ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Standards:
    response_seconds: dict[str, int]  # channel → first reply and every reply within this many seconds
    quality_target: float  # 0–1
    repeat_threshold: int = DEFAULT_REPEAT_THRESHOLD  # failures of one criterion by one agent that flag it


def _standards_from(rows: dict[str, float]) -> Standards:
    response = dict(DEFAULT_RESPONSE_SECONDS)
    for key, value in rows.items():
        if key.startswith("response.") and value > 0:
            response[key.removeprefix("response.")] = int(value)
    threshold = int(rows.get("repeat_threshold", DEFAULT_REPEAT_THRESHOLD))
    return Standards(response, float(rows.get("quality_target", DEFAULT_QUALITY_TARGET)),
                     threshold if 1 <= threshold <= MAX_REPEAT_THRESHOLD else DEFAULT_REPEAT_THRESHOLD)  # fmt: skip


# --- Import ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RowOutcome:
    line: int  # the file's line number (the header is line 1)
    key: str  # the external id or customer reference given
    kept: bool
    code: str | None = None  # why it was refused: unknown_id, ambiguous_ref, not_a_score, out_of_range, ...
    params: dict[str, object] = field(default_factory=dict)
    interaction_id: int | None = None


@dataclass(frozen=True, slots=True)
class KpiImport:
    file: str
    encoding: str
    rows: list[RowOutcome]

    @property
    def kept(self) -> int:
        return sum(1 for r in self.rows if r.kept)

    @property
    def refused(self) -> list[RowOutcome]:
        return [r for r in self.rows if not r.kept]


@dataclass(frozen=True, slots=True)
class KpiMapping:
    """The columns of a survey export (0-based), as a person chose them in the mapping dialog."""

    key: int | None  # the external id, or with by_customer the customer reference
    by_customer: bool
    csat: int | None
    resolved: int | None
    day: int | None = None  # the survey's day: with a customer reference, that customer's interaction on that day


@dataclass(frozen=True, slots=True)
class KpiPreview:
    header: list[str]
    rows: list[list[str]]  # the first rows; a line not in the file's encoding is empty here
    encoding: str
    guess: KpiMapping  # what the column names suggest; key None when none matched


def _lines(data: bytes) -> tuple[list[tuple[int, str | None]], str]:
    """(line number, text or None where the line is not text in the file's encoding) and the encoding.

    A file in UTF-8 with a few rows pasted from a GBK spreadsheet keeps its UTF-8 rows: those others are refused
    one by one. A file wholly in another encoding (GBK, UTF-16, Big5) is read in it."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = decode_text(data)
        return list(enumerate(text.split("\n"), start=1)), encoding
    raw = data.split(b"\n")
    decoded: list[tuple[int, str | None]] = []
    utf8_votes = bad = 0
    for number, line in enumerate(raw, start=1):
        try:
            text = line.decode("utf-8")
            utf8_votes += not line.isascii()
        except UnicodeDecodeError:
            text, bad = None, bad + 1
        decoded.append((number, None if text is None else text.rstrip("\r")))
    if bad == 0 or utf8_votes >= bad:
        return decoded, "utf-8"
    text, encoding = decode_text(data)
    return list(enumerate(text.split("\n"), start=1)), encoding


def _column(header: list[str], names: Sequence[str]) -> int | None:
    folded = [h.strip().casefold() for h in header]
    return next((folded.index(n) for n in names if n in folded), None)


def _flag(text: str) -> bool | None:
    word = text.strip().casefold()
    if not word:
        return None
    if word in YES:
        return True
    if word in NO:
        return False
    raise KpiError("not_a_flag", value=text.strip())


def _day(text: str) -> date | None:
    """A survey's day: 2026-11-20 or 2026/11/20, with or without a time after it."""
    value = text.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10].replace("/", "-"))
    except ValueError:
        raise KpiError("not_a_date", value=value) from None


def _score(text: str, scale: int) -> Decimal | None:
    value = text.strip().replace(",", ".")
    if not value:
        return None
    try:
        score = Decimal(value)
    except ArithmeticError:
        raise KpiError("not_a_score", value=text.strip()) from None
    if not score.is_finite() or not 1 <= score <= scale:
        raise KpiError("out_of_range", value=text.strip(), scale=scale)
    return score


# --- Figures --------------------------------------------------------------------------------------------------------


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r of paired values; None with fewer than three pairs or when either side does not vary."""
    n = len(xs)
    if n != len(ys):
        raise ValueError("pearson needs pairs")
    if n < 3:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx, syy = sum((x - mx) ** 2 for x in xs), sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def _normal_csat(score: object, scale: object) -> float:
    """A survey score on the default scale, as the database works it out (scale 0 or none: the default)."""
    return float(score) * DEFAULT_CSAT_SCALE / (int(scale or 0) or DEFAULT_CSAT_SCALE)


def pearson_of_sums(n: int, sx: float, sy: float, sxx: float, syy: float, sxy: float) -> float | None:
    """pearson() from the sums the database adds up (n, Σx, Σy, Σx², Σy², Σxy). A side whose spread is lost in
    the rounding of its sums counts as not varying, as an exactly constant side does."""
    if n < 3:
        return None
    cxx, cyy, cxy = sxx - sx * sx / n, syy - sy * sy / n, sxy - sx * sy / n
    if cxx <= 1e-10 * max(sxx, 1.0) or cyy <= 1e-10 * max(syy, 1.0):
        return None
    return max(-1.0, min(1.0, cxy / math.sqrt(cxx * cyy)))


@dataclass(slots=True)
class ChannelKpi:
    channel: str
    standard_seconds: int | None  # None: no response-time standard for this channel (calls)
    interactions: int = 0
    first_measured: int = 0  # interactions with a customer message answered by the agent
    first_met: int = 0
    replies_measured: int = 0  # every agent reply to a customer's turn
    replies_met: int = 0
    handling_ms_total: int = 0
    handling_measured: int = 0
    csat_total: float = 0.0
    csat_n: int = 0
    resolved: int = 0
    resolution_known: int = 0

    @property
    def first_response_share(self) -> float | None:
        return self.first_met / self.first_measured if self.first_measured else None

    @property
    def reply_share(self) -> float | None:
        return self.replies_met / self.replies_measured if self.replies_measured else None

    @property
    def handling_minutes(self) -> float | None:
        return self.handling_ms_total / self.handling_measured / 60000 if self.handling_measured else None

    @property
    def csat(self) -> float | None:
        return self.csat_total / self.csat_n if self.csat_n else None

    @property
    def resolution_share(self) -> float | None:
        return self.resolved / self.resolution_known if self.resolution_known else None


@dataclass(frozen=True, slots=True)
class AgentQualityCsat:
    agent: str
    qa_average: float | None
    evaluations: int
    csat: float | None
    surveys: int
    correlation: float | None  # over this agent's interactions with both a QA score and a CSAT
    pairs: int


@dataclass(frozen=True, slots=True)
class ServiceKpis:
    standards: Standards
    channels: list[ChannelKpi]
    agents: list[AgentQualityCsat]
    quality_pass_share: float | None  # of submitted evaluations
    evaluations: int
    correlation: float | None  # QA score against CSAT over every interaction with both
    pairs: int

    @property
    def meets_quality_target(self) -> bool | None:
        return None if self.quality_pass_share is None else self.quality_pass_share >= self.standards.quality_target


@dataclass(frozen=True, slots=True)
class QualityCsatPoint:
    """One week or month of an agent's interactions that have both a QA score and a CSAT."""

    start: date  # the Monday of the week or the first of the month
    pairs: int
    qa_average: float | None
    csat: float | None
    correlation: float | None  # Pearson's r over the pairs (from 3, and when both vary)


def response_times(messages: Iterable[tuple[str, datetime | None]]) -> list[float]:
    """Seconds from each customer turn to the agent's next message, in order; the first is the first response.

    `messages` are (role, sent_at) in conversation order. A customer turn is one or more customer messages in a
    row, timed from its first; system messages and messages without a time are passed over."""
    waits: list[float] = []
    waiting_since: datetime | None = None
    for role, sent_at in messages:
        if sent_at is None:
            continue
        if role == "customer" and waiting_since is None:
            waiting_since = sent_at
        elif role == "agent" and waiting_since is not None:
            waits.append((sent_at - waiting_since).total_seconds())
            waiting_since = None
    return waits


def reply_marks(messages: Sequence[tuple[str, datetime | None]]) -> list[tuple[int, int] | None]:
    """Per message of a conversation (role, sent_at, in order): (reply number, wait in milliseconds rounded up)
    for an agent message answering a customer's turn, else None. The waits are response_times(), so a wait meets
    a standard of S seconds exactly when its milliseconds are at most 1000 × S."""
    marks: list[tuple[int, int] | None] = []
    waiting_since: datetime | None = None
    replies = 0
    for role, sent_at in messages:
        mark = None
        if sent_at is not None:
            if role == "customer" and waiting_since is None:
                waiting_since = sent_at
            elif role == "agent" and waiting_since is not None:
                replies += 1
                mark = (replies, -((waiting_since - sent_at) // timedelta(milliseconds=1)))
                waiting_since = None
        marks.append(mark)
    return marks


def mark_replies(messages: Sequence[Message]) -> None:
    """Sets each stored message's reply number and wait from its conversation (`messages`: all of one interaction,
    in any order). Called wherever messages are stored or their roles change."""
    ordered = sorted(messages, key=lambda m: m.seq)
    for message, mark in zip(ordered, reply_marks([(m.role, m.sent_at) for m in ordered]), strict=True):
        message.reply_number, message.reply_wait_ms = mark if mark is not None else (None, None)


class KpiService:
    def __init__(self, database: Database) -> None:
        self.database = database

    # Standards ------------------------------------------------------------------------------------------------------
    def standards(self) -> Standards:
        with self.database.session() as session:
            return _standards_from({k: v for k, v in session.execute(select(KpiStandard.key, KpiStandard.value))})

    def set_standards(
        self,
        actor: str,
        response_seconds: dict[str, int] | None = None,
        quality_target: float | None = None,
        repeat_threshold: int | None = None,
    ) -> Standards:
        """Leads and administrators set the team's standards, kept in the database for everyone (on a team database
        the server lets no one else change them); every change is audited."""
        changes: dict[str, float] = {}
        for channel, seconds in (response_seconds or {}).items():
            if not channel or seconds <= 0 or seconds > 7 * 24 * 3600:
                raise KpiError("bad_standard", channel=channel, seconds=seconds)
            changes[f"response.{channel}"] = float(seconds)
        if quality_target is not None:
            if not 0 < quality_target <= 1:
                raise KpiError("bad_target", value=quality_target)
            changes["quality_target"] = float(quality_target)
        if repeat_threshold is not None:
            if not 1 <= repeat_threshold <= MAX_REPEAT_THRESHOLD:
                raise KpiError("bad_threshold", value=repeat_threshold, most=MAX_REPEAT_THRESHOLD)
            changes["repeat_threshold"] = float(repeat_threshold)
        with self.database.session() as session:
            if not may_set_standards(role_of(session, actor)):
                raise KpiError("not_allowed")
            for key, value in changes.items():
                row = session.get(KpiStandard, key)
                if row is None:
                    session.add(KpiStandard(key=key, value=value))
                else:
                    row.value = value
            audit.record(session, "kpi_standards_set", "kpi_standards", None, changes, actor=actor)
        return self.standards()

    def adopt_local_threshold(self, actor: str, threshold: int) -> bool:
        """A repeated-failure threshold a lead had set on their own computer, before the team's standards lived in
        the database, becomes the team's, unless the team has set one since (that one stands). True when the local
        value is settled either way and may be forgotten; False when this person may not set standards."""
        with self.database.session() as session:
            if not may_set_standards(role_of(session, actor)):
                return False
            if session.get(KpiStandard, "repeat_threshold") is not None or not 1 <= threshold <= MAX_REPEAT_THRESHOLD:
                return True
        self.set_standards(actor, repeat_threshold=threshold)
        return True

    def quality_csat_over_time(self, agent: str, start: date | None = None, end: date | None = None,
                               unit: str = "month", hidden: Sequence[int] = ()) -> list[QualityCsatPoint]:  # fmt: skip
        """An agent's QA score beside CSAT per week or month of interactions started in [start, end): whether the
        two move together over time, not only over the whole period. The database adds up the pairs per day."""
        with self.database.session() as session:
            agent_ids = list(session.scalars(select(Agent.id).where(Agent.name == agent)))
            scope = Scope.of(start, end, agent_ids, hidden)
            csat = f"k.csat * {DEFAULT_CSAT_SCALE}.0 / COALESCE(NULLIF(k.csat_scale, 0), {DEFAULT_CSAT_SCALE})"
            statement, params = scope.bind(f"""
                SELECT {day_sql(dialect(session), 'i.started_at')}, COUNT(*), SUM(e.score), SUM({csat}),
                       SUM(e.score * e.score), SUM(({csat}) * ({csat})), SUM(e.score * ({csat}))
                FROM evaluations e JOIN interactions i ON i.id = e.interaction_id
                JOIN interaction_kpis k ON k.interaction_id = i.id
                WHERE {scope.counted(session)} AND {scope.where()} AND e.score IS NOT NULL AND k.csat IS NOT NULL
                  AND i.started_at IS NOT NULL
                GROUP BY 1""")  # fmt: skip
            days = [(day_of(day), count, *(float(v or 0) for v in sums))
                    for day, count, *sums in session.execute(statement, params)]  # fmt: skip
        buckets: dict[date, list[float]] = {}
        for day, count, *sums in days:
            first = day - timedelta(days=day.weekday()) if unit == "week" else day.replace(day=1)
            total = buckets.setdefault(first, [0, 0.0, 0.0, 0.0, 0.0, 0.0])
            for index, value in enumerate((count, *sums)):
                total[index] += value
        return [QualityCsatPoint(first, int(n), sx / n, sy / n, pearson_of_sums(int(n), sx, sy, sxx, syy, sxy))
                for first, (n, sx, sy, sxx, syy, sxy) in sorted(buckets.items())]  # fmt: skip

    # Import ---------------------------------------------------------------------------------------------------------
    @staticmethod
    def _read(path: Path) -> tuple[list[tuple[int, str | None]], str, list[str]]:
        """(lines, encoding, header) of a survey export, or a KpiError saying why it cannot be read."""
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise KpiError("too_big", limit_mb=MAX_FILE_BYTES // (1024 * 1024))
            data = path.read_bytes()
        except OSError as exc:
            raise KpiError("unreadable", reason=exc.strerror or str(exc)) from None
        try:
            lines, encoding = _lines(data)
        except ImportRefused as exc:
            raise KpiError("not_text", reason=str(exc)) from None
        if not lines or lines[0][1] is None:
            raise KpiError("no_header")
        return lines, encoding, next(csv.reader([lines[0][1]]))

    def preview(self, path: Path, rows: int = PREVIEW_ROWS) -> KpiPreview:
        """The header, the first rows and the columns a survey export's header suggests, for the mapping dialog."""
        lines, encoding, header = self._read(path)
        body = [next(csv.reader([text])) if text is not None else [] for _n, text in lines[1:rows + 1]]
        key_at, ref_at = _column(header, KEY_COLUMNS), _column(header, REF_COLUMNS)
        guess = KpiMapping(key_at if key_at is not None else ref_at, key_at is None and ref_at is not None,
                           _column(header, CSAT_COLUMNS), _column(header, RESOLVED_COLUMNS),
                           _column(header, DATE_COLUMNS))  # fmt: skip
        return KpiPreview(header, body, encoding, guess)

    def import_csv(self, path: Path, actor: str, scale: int = DEFAULT_CSAT_SCALE,
                   mapping: KpiMapping | None = None) -> KpiImport:  # fmt: skip
        """CSAT and resolution from a survey export: a header row naming an external id and/or customer reference
        column and a CSAT and/or resolved column, or the columns a person chose (`mapping`). Good rows are kept
        whatever the bad ones; each bad row is reported with its reason. Importing again updates the figures of the
        same interactions. A date column narrows a customer reference to that customer's interaction on that day."""
        if scale < 2:
            raise KpiError("bad_scale", scale=scale)
        lines, encoding, header = self._read(path)
        date_at = None
        if mapping is None:
            key_at, ref_at = _column(header, KEY_COLUMNS), _column(header, REF_COLUMNS)
            csat_at, resolved_at = _column(header, CSAT_COLUMNS), _column(header, RESOLVED_COLUMNS)
        else:
            key_at, ref_at = (None, mapping.key) if mapping.by_customer else (mapping.key, None)
            csat_at, resolved_at, date_at = mapping.csat, mapping.resolved, mapping.day
        if key_at is None and ref_at is None:
            raise KpiError("no_key_column", columns=", ".join(header))
        if csat_at is None and resolved_at is None:
            raise KpiError("no_figure_column", columns=", ".join(header))

        parsed: list[tuple[int, str, str, str, Decimal | None, bool | None, date | None]] = []
        outcomes: dict[int, RowOutcome] = {}
        for number, text in lines[1:]:
            if text is None:
                outcomes[number] = RowOutcome(number, "", False, "bad_encoding", {"encoding": encoding})
                continue
            if not text.strip():
                continue
            cells = next(csv.reader([text]))

            def cell(at: int | None, cells: list[str] = cells) -> str:
                return cells[at].strip() if at is not None and at < len(cells) else ""

            external, ref = cell(key_at), cell(ref_at)
            key = external or ref
            if not key:
                outcomes[number] = RowOutcome(number, "", False, "no_key")
                continue
            try:
                score, resolved = _score(cell(csat_at), scale), _flag(cell(resolved_at))
                day = _day(cell(date_at)) if date_at is not None else None
            except KpiError as error:
                outcomes[number] = RowOutcome(number, key, False, error.code, dict(error.params))
                continue
            if score is None and resolved is None:
                outcomes[number] = RowOutcome(number, key, False, "nothing_to_import")
                continue
            parsed.append((number, key, external, ref, score, resolved, day))

        with self.database.session() as session:
            if role_of(session, actor) not in STAFF_ROLES:
                raise KpiError("not_allowed")
            by_external: dict[str, list[int]] = defaultdict(list)
            by_ref: dict[str, list[tuple[int, date | None]]] = defaultdict(list)
            externals = sorted({p[2] for p in parsed if p[2]})
            refs = sorted({p[3] for p in parsed if p[3] and not p[2]})
            for first in range(0, max(len(externals), len(refs)), 500):
                chunk_e, chunk_r = externals[first:first + 500], refs[first:first + 500]
                query = select(Interaction.id, Interaction.external_id, Interaction.customer_ref,
                               Interaction.started_at).where(
                    or_(Interaction.external_id.in_(chunk_e), Interaction.customer_ref.in_(chunk_r)))  # fmt: skip
                for interaction_id, external, ref, started in session.execute(query):
                    if external in chunk_e:
                        by_external[external].append(interaction_id)
                    if ref in chunk_r:
                        by_ref[ref].append((interaction_id, started.date() if started else None))
            existing = {}
            kept: list[tuple[int, int, Decimal | None, bool | None]] = []
            for number, key, external, ref, score, resolved, day in parsed:
                if external:
                    found = by_external.get(external, [])
                else:
                    found = [i for i, started in by_ref.get(ref, []) if day is None or started == day]
                if not found:
                    outcomes[number] = RowOutcome(number, key, False, "unknown_id", {"key": key})
                elif len(found) > 1:
                    outcomes[number] = RowOutcome(number, key, False, "ambiguous", {"key": key, "count": len(found)})
                else:
                    kept.append((number, found[0], score, resolved))
            ids = [interaction_id for _n, interaction_id, _s, _r in kept]
            for first in range(0, len(ids), 500):
                for row in session.scalars(select(InteractionKpi).where(
                        InteractionKpi.interaction_id.in_(ids[first:first + 500]))):  # fmt: skip
                    existing[row.interaction_id] = row
            for number, interaction_id, score, resolved in kept:
                row = existing.get(interaction_id)
                if row is None:
                    row = existing[interaction_id] = InteractionKpi(interaction_id=interaction_id)
                    session.add(row)
                if score is not None:
                    row.csat, row.csat_scale = score, scale
                if resolved is not None:
                    row.resolved = resolved
                row.source, row.imported_at = path.name[:300], utcnow()
                outcomes[number] = RowOutcome(number, str(interaction_id), True, interaction_id=interaction_id)
            audit.record(session, "kpis_imported", "interaction_kpis", None,
                         {"file": path.name, "kept": len(kept), "refused": len(outcomes) - len(kept)},
                         actor=actor)  # fmt: skip
        return KpiImport(path.name, encoding, [outcomes[n] for n in sorted(outcomes)])

    # Figures --------------------------------------------------------------------------------------------------------
    def figures(self, start: date | None = None, end: date | None = None, team: str | None = None,
                hidden: Sequence[int] = ()) -> ServiceKpis:  # fmt: skip
        """Every interaction started in [start, end) of the team's agents (all when no team), added up by the
        database: a handful of grouped rows per channel and agent, whatever the number of interactions, read from
        the per-day rollups when whole days are asked for. `hidden`: evaluations the reader may not see."""
        standards = self.standards()
        with self.database.session() as session:
            agent_ids = None
            if team is not None:
                agent_ids = list(session.scalars(
                    select(Agent.id).join(Team, Team.id == Agent.team_id).where(Team.name == team)))  # fmt: skip
            scope = Scope.of(start, end, agent_ids, hidden)
            name = dialect(session)
            channels = self._channel_figures(session, scope, name, standards)
            agents, judged, passed, everything = self._agent_figures(session, scope)
        return ServiceKpis(
            standards, sorted(channels.values(), key=lambda c: c.channel), agents,
            passed / judged if judged else None, judged, pearson_of_sums(*everything), everything[0],
        )  # fmt: skip

    @staticmethod
    def _channel_figures(session: Session, scope: Scope, name: str, standards: Standards) -> dict[str, ChannelKpi]:
        channels: dict[str, ChannelKpi] = {}

        def channel_of(channel: str) -> ChannelKpi:
            if channel not in channels:
                channels[channel] = ChannelKpi(channel, standards.response_seconds.get(channel))
            return channels[channel]

        csat = f"k.csat * {DEFAULT_CSAT_SCALE}.0 / COALESCE(NULLIF(k.csat_scale, 0), {DEFAULT_CSAT_SCALE})"
        if scope.rolled_up:  # interactions and replies do not depend on who may see which evaluation
            statement, params = scope.bind(f"""
                SELECT r.channel, r.csat, r.csat_scale, r.resolved, SUM(r.interactions), SUM(r.duration_ms),
                       SUM(r.timed)
                FROM rollup_service r WHERE {scope.days()}
                GROUP BY r.channel, r.csat, r.csat_scale, r.resolved HAVING SUM(r.interactions) <> 0""")  # fmt: skip
            for channel, score, scale, resolved, count, handling, timed in session.execute(statement, params):
                kpi = channel_of(channel)
                kpi.interactions += int(count)
                kpi.handling_ms_total += int(handling)
                kpi.handling_measured += int(timed)
                if score:
                    kpi.csat_total += int(count) * _normal_csat(score, scale)
                    kpi.csat_n += int(count)
                if resolved >= 0:
                    kpi.resolution_known += int(count)
                    kpi.resolved += int(count) if resolved == 1 else 0
        else:
            KpiService._interaction_figures(session, scope, csat, channel_of)
        KpiService._handling_from_messages(session, scope, name, channel_of)
        KpiService._reply_figures(session, scope, channel_of)
        return channels

    @staticmethod
    def _interaction_figures(session: Session, scope: Scope, csat: str,
                             channel_of: Callable[[str], ChannelKpi]) -> None:  # fmt: skip
        statement, params = scope.bind(f"""
            SELECT i.channel, COUNT(*),
                   SUM(CASE WHEN i.duration_ms <> 0 THEN i.duration_ms ELSE 0 END),
                   SUM(CASE WHEN i.duration_ms <> 0 THEN 1 ELSE 0 END),
                   SUM({csat}), COUNT(k.csat),
                   COUNT(k.resolved), SUM(CASE WHEN k.resolved THEN 1 ELSE 0 END)
            FROM interactions i LEFT JOIN interaction_kpis k ON k.interaction_id = i.id
            WHERE {scope.where()} GROUP BY i.channel""")  # fmt: skip
        for channel, count, handling, timed, csat_total, surveys, known, resolved in session.execute(statement, params):
            kpi = channel_of(channel)
            kpi.interactions, kpi.handling_ms_total, kpi.handling_measured = count, int(handling or 0), timed or 0
            kpi.csat_total, kpi.csat_n = float(csat_total or 0), surveys
            kpi.resolution_known, kpi.resolved = known, resolved or 0

    @staticmethod
    def _handling_from_messages(session: Session, scope: Scope, name: str,
                                channel_of: Callable[[str], ChannelKpi]) -> None:  # fmt: skip
        """Handling time from the first to the last timed message, where the source gave no duration."""
        statement, params = scope.bind(f"""
            SELECT s.channel, SUM({span_ms(name, 'l.sent_at', 'f.sent_at')}), COUNT(*) FROM (
                SELECT m.interaction_id, i.channel, MIN(m.seq) AS first_seq, MAX(m.seq) AS last_seq
                FROM interactions i JOIN messages m ON m.interaction_id = i.id
                WHERE {scope.where()} AND m.sent_at IS NOT NULL AND (i.duration_ms IS NULL OR i.duration_ms = 0)
                GROUP BY m.interaction_id, i.channel HAVING COUNT(*) >= 2) s
            JOIN messages f ON f.interaction_id = s.interaction_id AND f.seq = s.first_seq
            JOIN messages l ON l.interaction_id = s.interaction_id AND l.seq = s.last_seq
            GROUP BY s.channel""")  # fmt: skip
        for channel, total, count in session.execute(statement, params):
            kpi = channel_of(channel)
            kpi.handling_ms_total += int(total or 0)
            kpi.handling_measured += count

    @staticmethod
    def _reply_figures(session: Session, scope: Scope, channel_of: Callable[[str], ChannelKpi]) -> None:
        """Each agent reply to a customer's turn, marked with its wait when the messages were stored (mark_replies),
        counted per whole second of wait (rounded up) so any standard applies."""
        if scope.rolled_up:
            statement, params = scope.bind(f"""
                SELECT r.channel, r.first_reply, SUM(r.replies), SUM(r.met) FROM rollup_replies r
                WHERE {scope.days()} GROUP BY r.channel, r.first_reply""")  # fmt: skip
            for channel, first, count, met in session.execute(statement, params):
                kpi = channel_of(channel)
                if kpi.standard_seconds is None:
                    continue
                kpi.replies_measured += int(count)
                kpi.replies_met += int(met)
                if first:
                    kpi.first_measured += int(count)
                    kpi.first_met += int(met)
            return
        else:
            statement, params = scope.bind(f"""
                SELECT i.channel, CASE WHEN m.reply_number = 1 THEN 1 ELSE 0 END, (m.reply_wait_ms + 999) / 1000,
                       COUNT(*)
                FROM messages m JOIN interactions i ON i.id = m.interaction_id
                WHERE {scope.where()} AND m.reply_wait_ms IS NOT NULL
                GROUP BY i.channel, CASE WHEN m.reply_number = 1 THEN 1 ELSE 0 END,
                         (m.reply_wait_ms + 999) / 1000""")  # fmt: skip
        for channel, first, seconds, count in session.execute(statement, params):
            count = int(count)
            kpi = channel_of(channel)
            if kpi.standard_seconds is None:
                continue
            met = int(seconds) <= kpi.standard_seconds
            kpi.replies_measured += count
            kpi.replies_met += count if met else 0
            if first:
                kpi.first_measured += count
                kpi.first_met += count if met else 0

    @staticmethod
    def _agent_figures(session: Session, scope: Scope) -> tuple[list[AgentQualityCsat], int, int, tuple]:
        """Per agent the QA average, CSAT and their correlation; the pass share and the correlation over all."""
        if scope.rolled_up:
            return KpiService._agent_figures_rolled_up(session, scope)
        csat = f"k.csat * {DEFAULT_CSAT_SCALE}.0 / COALESCE(NULLIF(k.csat_scale, 0), {DEFAULT_CSAT_SCALE})"
        statement, params = scope.bind(f"""
            SELECT a.name, SUM({csat}), COUNT(*)
            FROM interactions i JOIN agents a ON a.id = i.agent_id
            JOIN interaction_kpis k ON k.interaction_id = i.id
            WHERE {scope.where()} AND k.csat IS NOT NULL GROUP BY a.name""")  # fmt: skip
        surveys = {agent: (float(total), count) for agent, total, count in session.execute(statement, params)}
        statement, params = scope.bind(f"""
            SELECT a.name, COUNT(e.passed), SUM(CASE WHEN e.passed THEN 1 ELSE 0 END), SUM(e.score), COUNT(e.score),
                   SUM(CASE WHEN k.csat IS NOT NULL AND e.score IS NOT NULL THEN 1 ELSE 0 END),
                   SUM(CASE WHEN k.csat IS NOT NULL THEN e.score END),
                   SUM(CASE WHEN e.score IS NOT NULL THEN {csat} END),
                   SUM(CASE WHEN k.csat IS NOT NULL THEN e.score * e.score END),
                   SUM(CASE WHEN e.score IS NOT NULL THEN ({csat}) * ({csat}) END),
                   SUM(e.score * ({csat}))
            FROM evaluations e JOIN interactions i ON i.id = e.interaction_id JOIN agents a ON a.id = i.agent_id
            LEFT JOIN interaction_kpis k ON k.interaction_id = i.id
            WHERE {scope.counted(session)} AND {scope.where()} GROUP BY a.name""")  # fmt: skip
        judged = passed = 0
        everything = [0, 0.0, 0.0, 0.0, 0.0, 0.0]
        qa: dict[str, tuple[float, int]] = {}
        pairs: dict[str, tuple] = {}
        for agent, judged_n, passed_n, score_sum, scored, *sums in session.execute(statement, params):
            judged += judged_n
            passed += passed_n or 0
            qa[agent] = (float(score_sum or 0), scored)
            pairs[agent] = (sums[0], *(float(v or 0) for v in sums[1:]))
            everything = [everything[0] + sums[0], *(t + float(v or 0) for t, v in zip(everything[1:], sums[1:],
                                                                                       strict=True))]  # fmt: skip
        return KpiService._per_agent(qa, surveys, pairs), judged, passed, tuple(everything)

    @staticmethod
    def _agent_figures_rolled_up(session: Session, scope: Scope) -> tuple[list[AgentQualityCsat], int, int, tuple]:
        """_agent_figures from the per-day rollups: each row's survey score is one value, so the sums of products
        and squares follow from the sums of scores (kept in hundredths) and of their squares."""
        statement, params = scope.bind(f"""
            SELECT a.name, r.csat, r.csat_scale, SUM(r.interactions) FROM rollup_service r
            JOIN agents a ON a.id = r.agent_id WHERE {scope.days()} AND r.csat <> 0
            GROUP BY a.name, r.csat, r.csat_scale HAVING SUM(r.interactions) <> 0""")  # fmt: skip
        surveys: dict[str, tuple[float, int]] = {}
        for agent, score, scale, count in session.execute(statement, params):
            total, n = surveys.get(agent, (0.0, 0))
            surveys[agent] = (total + int(count) * _normal_csat(score, scale), n + int(count))
        statement, params = scope.bind(f"""
            SELECT a.name, r.csat, r.csat_scale, SUM(r.judged), SUM(r.passed), SUM(r.score_cents), SUM(r.scored),
                   SUM(r.score_squares)
            FROM rollup_quality r JOIN agents a ON a.id = r.agent_id WHERE {scope.days()}
            GROUP BY a.name, r.csat, r.csat_scale HAVING SUM(r.evaluations) <> 0""")  # fmt: skip
        judged = passed = 0
        qa: dict[str, tuple[float, int]] = {}
        pairs: dict[str, tuple] = {}
        everything = (0, 0.0, 0.0, 0.0, 0.0, 0.0)
        for agent, score, scale, judged_n, passed_n, cents, scored, squares in session.execute(statement, params):
            judged, passed = judged + int(judged_n), passed + int(passed_n)
            total, n = qa.get(agent, (0.0, 0))
            qa[agent] = (total + int(cents) / 100, n + int(scored))
            if not score:
                pairs.setdefault(agent, (0, 0.0, 0.0, 0.0, 0.0, 0.0))
                continue
            y, n, sx = _normal_csat(score, scale), int(scored), int(cents) / 100
            row = (n, sx, n * y, int(squares) / 10000, n * y * y, sx * y)
            pairs[agent] = tuple(a + b for a, b in zip(pairs.get(agent, (0, 0.0, 0.0, 0.0, 0.0, 0.0)), row,
                                                       strict=True))  # fmt: skip
            everything = tuple(a + b for a, b in zip(everything, row, strict=True))
        return KpiService._per_agent(qa, surveys, pairs), judged, passed, everything

    @staticmethod
    def _per_agent(qa: dict[str, tuple[float, int]], surveys: dict[str, tuple[float, int]],
                   pairs: dict[str, tuple]) -> list[AgentQualityCsat]:  # fmt: skip
        agents = []
        for agent in sorted(set(qa) | set(surveys)):
            score_sum, scored = qa.get(agent, (0.0, 0))
            csat_sum, surveyed = surveys.get(agent, (0.0, 0))
            both = pairs.get(agent, (0, 0.0, 0.0, 0.0, 0.0, 0.0))
            agents.append(AgentQualityCsat(
                agent, score_sum / scored if scored else None, scored, csat_sum / surveyed if surveyed else None,
                surveyed, pearson_of_sums(*both), both[0]))  # fmt: skip
        return agents
