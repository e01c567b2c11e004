"""Batch export for a team (or chosen agents) and a period: one coaching report per agent, the team report, and for
PDF a pack with a cover and contents page, into a folder or a zip. Runs anywhere (the app runs it off the GUI
thread): it reports progress after each file and stops between files when cancelled, removing what it wrote, so a
cancelled or failed batch never leaves half a folder behind."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import threading
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qa_studio.i18n import tr
from qa_studio.services.reporting import Period, ReportError, ReportingService

Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """The user stopped the batch; nothing it wrote is left."""


def file_name(name: str) -> str:
    """A name every file system accepts, keeping Chinese characters."""
    return re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "_", name).strip(" .") or "report"


@dataclass(frozen=True, slots=True)
class BatchRequest:
    out: Path  # a folder, or a file ending in .zip
    period: Period
    team: str | None = None  # its agents, and its team report
    agents: Sequence[str] | None = None  # these agents only (default: the team's, or every agent)
    formats: Sequence[str] = ("pdf",)  # "pdf" and/or "xlsx"
    language: str = "en"
    team_report: bool = True  # the team report beside the agents' (needs a team)
    pack: bool = True  # with PDF: one file with a cover, contents, the team summary and every agent's report
    organisation: str = ""  # in the running header of the agent PDFs


@dataclass(slots=True)
class BatchResult:
    out: Path
    files: list[Path] = field(default_factory=list)  # inside the folder, or the names inside the zip


def export_batch(
    service: ReportingService,
    request: BatchRequest,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> BatchResult:
    from qa_studio.reports.pdf import agent_pdf, batch_pdf, team_pdf
    from qa_studio.reports.xlsx import agent_workbook, period_label, team_workbook

    formats = [f for f in ("pdf", "xlsx") if f in request.formats]
    if not formats:
        raise ReportError("choose PDF, Excel or both")
    agents = list(request.agents) if request.agents is not None else service.agent_names(request.team)
    if not agents:
        raise ReportError(f"{request.team} has no agents" if request.team else "there are no agents")
    with_team = request.team_report and request.team is not None
    with_pack = request.pack and "pdf" in formats
    total = len(agents) * (1 + len(formats)) + (len(formats) if with_team else 0) + (1 if with_pack else 0)
    done = 0

    def step(label: str) -> None:
        nonlocal done
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if progress is not None:
            progress(done, total, label)
        done += 1

    zipped = request.out.suffix.lower() == ".zip"
    target = Path(tempfile.mkdtemp(prefix="qa-studio-batch-")) if zipped else request.out
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def write(name: str, make: Callable[[Path], object]) -> None:
        final = target / name
        partial = final.with_name(f".{final.name}.part")
        make(partial)
        os.replace(partial, final)  # a file is either whole or not there
        written.append(final)

    try:
        reports = []
        with service.batch():
            for agent in agents:
                step(tr("Figures for {agent}").format(agent=agent))
                reports.append(service.agent(agent, request.period))
        team = service.team(request.team, request.period) if request.team else None
        for report in reports:
            for fmt in formats:
                step(tr("Report for {agent}").format(agent=report.agent))
                if fmt == "pdf":
                    def make(path: Path, r: Any = report) -> object:
                        return agent_pdf(r, path, request.language, request.organisation)
                else:
                    def make(path: Path, r: Any = report) -> object:
                        return agent_workbook(r, path, request.language)
                write(f"{file_name(report.agent)}.{fmt}", make)
        if with_team and team is not None:
            for fmt in formats:
                step(tr("Team report"))
                writer = team_pdf if fmt == "pdf" else team_workbook
                name = tr("Team report {team}").format(team=file_name(team.team))
                write(f"{name}.{fmt}", lambda path, w=writer: w(team, path, request.language))
        if with_pack:
            step(tr("Contents and pack"))
            title = team.team if team is not None else tr("Coaching reports")
            subtitle = period_label(request.period.label)
            name = f"{file_name(title)} — {file_name(subtitle)}"
            write(f"00 {name}.pdf", lambda path: batch_pdf(title, subtitle, team, reports, path, request.language))
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if zipped:
            request.out.parent.mkdir(parents=True, exist_ok=True)
            partial = request.out.with_name(f".{request.out.name}.part")
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                for path in sorted(written):
                    archive.write(path, path.name)
            os.replace(partial, request.out)
        if progress is not None:
            progress(total, total, tr("Done"))
        return BatchResult(request.out, sorted(Path(p.name) if zipped else p for p in written))
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        for leftover in target.glob(".*.part"):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        if zipped:
            shutil.rmtree(target, ignore_errors=True)
