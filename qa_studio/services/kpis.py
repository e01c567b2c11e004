"""Service KPIs beside quality: CSAT and resolution brought in from survey exports (CSV keyed by the interaction's
external id or customer reference, with a report per row), response-time compliance per channel over every
interaction (not only the sampled ones) against the standards the team sets, handling time, the quality pass share
against its target, and per agent the QA score beside CSAT with their correlation."""

from __future__ import annotations

import codecs
import csv
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import or_, select

from qa_studio.clock import utcnow
from qa_studio.importers.encoding import decode_text
from qa_studio.importers.errors import ImportRefused
from qa_studio.services import audit
from qa_studio.services.directory import role_of
from qa_studio.storage.database import Database
from qa_studio.storage.models import Agent, Evaluation, Interaction, InteractionKpi, KpiStandard, Message, Team

# DOMAIN.md: chat first reply within 30 s, e-mail within 2 h, social media within 15 min – 1 h (the outer bound is
# the standard; a team wanting 15 min sets it). Calls are answered within three rings, which no import measures.
DEFAULT_RESPONSE_SECONDS = {"chat": 30, "email": 2 * 3600, "social": 3600}
DEFAULT_QUALITY_TARGET = 0.92  # share of interactions meeting the quality standard
DEFAULT_CSAT_SCALE = 5
MAX_FILE_BYTES = 50 * 1024 * 1024
KEY_COLUMNS = ("external_id", "external id", "ticket", "ticket_id", "conversation_id", "工单号", "会话编号")
REF_COLUMNS = ("customer_ref", "customer reference", "customer", "customer_id", "客户编号", "客户")
CSAT_COLUMNS = ("csat", "score", "satisfaction", "rating", "满意度", "评分")
RESOLVED_COLUMNS = ("resolved", "fcr", "resolution", "first_contact_resolution", "是否解决", "已解决")
YES = {"yes", "y", "true", "1", "是", "已解决", "resolved"}
NO = {"no", "n", "false", "0", "否", "未解决", "unresolved"}
STAFF_ROLES = ("reviewer", "lead", "trainer", "admin")


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


def _standards_from(rows: dict[str, float]) -> Standards:
    response = dict(DEFAULT_RESPONSE_SECONDS)
    for key, value in rows.items():
        if key.startswith("response.") and value > 0:
            response[key.removeprefix("response.")] = int(value)
    return Standards(response, float(rows.get("quality_target", DEFAULT_QUALITY_TARGET)))


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


class KpiService:
    def __init__(self, database: Database) -> None:
        self.database = database

    # Standards ------------------------------------------------------------------------------------------------------
    def standards(self) -> Standards:
        with self.database.session() as session:
            return _standards_from({k: v for k, v in session.execute(select(KpiStandard.key, KpiStandard.value))})

    def set_standards(self, actor: str, response_seconds: dict[str, int] | None = None,
                      quality_target: float | None = None) -> Standards:  # fmt: skip
        """Leads and administrators set the team's standards; every change is audited."""
        changes: dict[str, float] = {}
        for channel, seconds in (response_seconds or {}).items():
            if not channel or seconds <= 0 or seconds > 7 * 24 * 3600:
                raise KpiError("bad_standard", channel=channel, seconds=seconds)
            changes[f"response.{channel}"] = float(seconds)
        if quality_target is not None:
            if not 0 < quality_target <= 1:
                raise KpiError("bad_target", value=quality_target)
            changes["quality_target"] = float(quality_target)
        with self.database.session() as session:
            if role_of(session, actor) not in ("lead", "admin"):
                raise KpiError("not_allowed")
            for key, value in changes.items():
                row = session.get(KpiStandard, key)
                if row is None:
                    session.add(KpiStandard(key=key, value=value))
                else:
                    row.value = value
            audit.record(session, "kpi_standards_set", "kpi_standards", None, changes, actor=actor)
        return self.standards()

    # Import ---------------------------------------------------------------------------------------------------------
    def import_csv(self, path: Path, actor: str, scale: int = DEFAULT_CSAT_SCALE) -> KpiImport:
        """CSAT and resolution from a survey export: a header row naming an external id and/or customer reference
        column and a CSAT and/or resolved column. Good rows are kept whatever the bad ones; each bad row is
        reported with its reason. Importing again updates the figures of the same interactions."""
        if scale < 2:
            raise KpiError("bad_scale", scale=scale)
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
        header = next(csv.reader([lines[0][1]]))
        key_at, ref_at = _column(header, KEY_COLUMNS), _column(header, REF_COLUMNS)
        csat_at, resolved_at = _column(header, CSAT_COLUMNS), _column(header, RESOLVED_COLUMNS)
        if key_at is None and ref_at is None:
            raise KpiError("no_key_column", columns=", ".join(header))
        if csat_at is None and resolved_at is None:
            raise KpiError("no_figure_column", columns=", ".join(header))

        parsed: list[tuple[int, str, str, str, Decimal | None, bool | None]] = []
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
            except KpiError as error:
                outcomes[number] = RowOutcome(number, key, False, error.code, dict(error.params))
                continue
            if score is None and resolved is None:
                outcomes[number] = RowOutcome(number, key, False, "nothing_to_import")
                continue
            parsed.append((number, key, external, ref, score, resolved))

        with self.database.session() as session:
            if role_of(session, actor) not in STAFF_ROLES:
                raise KpiError("not_allowed")
            by_external: dict[str, list[int]] = defaultdict(list)
            by_ref: dict[str, list[int]] = defaultdict(list)
            externals = sorted({p[2] for p in parsed if p[2]})
            refs = sorted({p[3] for p in parsed if p[3] and not p[2]})
            for first in range(0, max(len(externals), len(refs)), 500):
                chunk_e, chunk_r = externals[first:first + 500], refs[first:first + 500]
                query = select(Interaction.id, Interaction.external_id, Interaction.customer_ref).where(
                    or_(Interaction.external_id.in_(chunk_e), Interaction.customer_ref.in_(chunk_r)))  # fmt: skip
                for interaction_id, external, ref in session.execute(query):
                    if external in chunk_e:
                        by_external[external].append(interaction_id)
                    if ref in chunk_r:
                        by_ref[ref].append(interaction_id)
            existing = {}
            kept: list[tuple[int, int, Decimal | None, bool | None]] = []
            for number, key, external, ref, score, resolved in parsed:
                found = by_external.get(external, []) if external else by_ref.get(ref, [])
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
    def figures(self, start: date | None = None, end: date | None = None, team: str | None = None) -> ServiceKpis:
        """Every interaction started in [start, end) of the team's agents (all when no team), streamed."""
        standards = self.standards()
        filters = []
        if start is not None:
            filters.append(Interaction.started_at >= datetime.combine(start, datetime.min.time()))
        if end is not None:
            filters.append(Interaction.started_at < datetime.combine(end, datetime.min.time()))
        if team is not None:
            filters.append(Interaction.agent_id.in_(
                select(Agent.id).join(Team, Team.id == Agent.team_id).where(Team.name == team)))  # fmt: skip
        channels: dict[str, ChannelKpi] = {}

        def channel_of(name: str) -> ChannelKpi:
            if name not in channels:
                channels[name] = ChannelKpi(name, standards.response_seconds.get(name))
            return channels[name]

        csat_of: dict[int, float] = {}
        agent_of: dict[int, str] = {}
        with self.database.session() as session:
            rows = session.execute(
                select(Interaction.id, Interaction.channel, Interaction.duration_ms, Agent.name, InteractionKpi.csat,
                       InteractionKpi.csat_scale, InteractionKpi.resolved)
                .outerjoin(Agent, Agent.id == Interaction.agent_id)
                .outerjoin(InteractionKpi, InteractionKpi.interaction_id == Interaction.id)
                .where(*filters).execution_options(yield_per=5000)
            )  # fmt: skip
            timed: set[int] = set()
            for interaction_id, channel, duration, agent, csat, scale, resolved in rows:
                kpi = channel_of(channel)
                kpi.interactions += 1
                if duration:
                    kpi.handling_ms_total += duration
                    kpi.handling_measured += 1
                    timed.add(interaction_id)
                if csat is not None:
                    # Surveys on other scales are brought to the 1–5 scale the department reports on.
                    value = float(csat) * DEFAULT_CSAT_SCALE / (scale or DEFAULT_CSAT_SCALE)
                    kpi.csat_total += value
                    kpi.csat_n += 1
                    csat_of[interaction_id] = value
                    if agent:
                        agent_of[interaction_id] = agent
                if resolved is not None:
                    kpi.resolution_known += 1
                    kpi.resolved += 1 if resolved else 0
            messages = session.execute(
                select(Interaction.id, Interaction.channel, Message.role, Message.sent_at)
                .join(Message, Message.interaction_id == Interaction.id)
                .where(*filters).order_by(Interaction.id, Message.seq).execution_options(yield_per=20000)
            )  # fmt: skip
            current: int | None = None
            turns: list[tuple[str, datetime | None]] = []
            current_channel = ""
            for interaction_id, channel, role, sent_at in messages:
                if interaction_id != current:
                    if current is not None:
                        self._tally_replies(channel_of(current_channel), turns, current in timed)
                    current, current_channel, turns = interaction_id, channel, []
                turns.append((role, sent_at))
            if current is not None:
                self._tally_replies(channel_of(current_channel), turns, current in timed)
            scores = session.execute(
                select(Evaluation.interaction_id, Agent.name, Evaluation.score, Evaluation.passed)
                .join(Interaction, Interaction.id == Evaluation.interaction_id)
                .join(Agent, Agent.id == Interaction.agent_id)
                .where(Evaluation.state != "draft", Evaluation.calibration_session_id.is_(None), *filters)
                .execution_options(yield_per=5000)
            )  # fmt: skip
            judged = passed_count = 0
            by_agent: dict[str, list[float]] = defaultdict(list)
            pairs: dict[str, list[tuple[float, float]]] = defaultdict(list)
            for interaction_id, agent, score, passed in scores:
                if passed is not None:
                    judged += 1
                    passed_count += 1 if passed else 0
                if score is None:
                    continue
                by_agent[agent].append(float(score))
                if interaction_id in csat_of:
                    pairs[agent].append((float(score), csat_of[interaction_id]))
        surveys: dict[str, list[float]] = defaultdict(list)
        for interaction_id, agent in agent_of.items():
            surveys[agent].append(csat_of[interaction_id])
        agents = []
        for agent in sorted(set(by_agent) | set(surveys)):
            qa, csat, both = by_agent.get(agent, []), surveys.get(agent, []), pairs.get(agent, [])
            agents.append(AgentQualityCsat(
                agent, sum(qa) / len(qa) if qa else None, len(qa), sum(csat) / len(csat) if csat else None,
                len(csat), pearson([p[0] for p in both], [p[1] for p in both]), len(both)))  # fmt: skip
        everything = [p for both in pairs.values() for p in both]
        return ServiceKpis(
            standards, sorted(channels.values(), key=lambda c: c.channel), agents,
            passed_count / judged if judged else None, judged,
            pearson([p[0] for p in everything], [p[1] for p in everything]), len(everything),
        )  # fmt: skip

    @staticmethod
    def _tally_replies(kpi: ChannelKpi, turns: list[tuple[str, datetime | None]], timed: bool) -> None:
        """One conversation's replies against the channel's standard, and its handling time from the first to the
        last message when the source gave no duration (`timed`)."""
        times = [t for _r, t in turns if t is not None]
        if not timed and len(times) >= 2:
            kpi.handling_ms_total += int((times[-1] - times[0]).total_seconds() * 1000)
            kpi.handling_measured += 1
        if kpi.standard_seconds is None:
            return
        waits = response_times(turns)
        if waits:
            kpi.first_measured += 1
            kpi.first_met += waits[0] <= kpi.standard_seconds
            kpi.replies_measured += len(waits)
            kpi.replies_met += sum(1 for w in waits if w <= kpi.standard_seconds)
