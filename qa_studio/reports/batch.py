"""Batch export for a team (or chosen agents) and a period: one coaching report per agent, the team report, and for
PDF a pack with a cover and contents page, into a folder or a zip. Runs anywhere (the app runs it off the GUI
thread): it reports progress after each file and stops between files when cancelled.

Nothing is destroyed: every agent gets a file of their own even when names collide once made safe for the file
system; files are made under temporary names and moved into place together at the end (qa_studio.files), so a
cancelled or failed batch leaves the folder exactly as it was; existing files are kept unless the request says to
overwrite them, and symbolic links are never written through."""

from __future__ import annotations

import re
import shutil
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qa_studio.errors import QT_TRANSLATE_NOOP
from qa_studio.files import StagedFiles
from qa_studio.i18n import tr
from qa_studio.services.reporting import Period, ReportError, ReportingService

Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """The user stopped the batch; nothing it wrote is left."""


_RESERVED = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))}


def file_name(name: str) -> str:
    """A name every file system accepts, keeping Chinese characters."""
    clean = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "_", name).strip(" .") or "report"
    return f"{clean}_" if clean.split(".")[0].lower() in _RESERVED else clean


def unique_names(names: Sequence[str], taken: Iterable[str] = ()) -> list[str]:
    """`file_name` of each, made unique ("Kim/Lee", "Kim_Lee" and "Kim:Lee" must not share one file): a later name
    that collides with an earlier one (ignoring case, as Windows and macOS do) gets " (2)", " (3)"…"""
    seen = {name.lower() for name in taken}
    result = []
    for name in names:
        base = file_name(name)
        candidate, number = base, 2
        while candidate.lower() in seen:
            candidate, number = f"{base} ({number})", number + 1
        seen.add(candidate.lower())
        result.append(candidate)
    return result


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
    overwrite: bool = False  # replace files that already exist (otherwise the batch is refused before it starts)


@dataclass(slots=True)
class BatchResult:
    out: Path
    files: list[Path] = field(default_factory=list)  # inside the folder, or the names inside the zip


def planned_files(request: BatchRequest, agents: Sequence[str], team_name: str | None) -> dict[str, Any]:
    """The file name of every report the batch writes: each agent's (key: the agent's name and the format), the
    team's ("team", format) and the pack ("pack", "pdf"). Names never collide."""
    formats = [f for f in ("pdf", "xlsx") if f in request.formats]
    with_team = request.team_report and team_name is not None
    names: dict[Any, str] = {}
    if with_team:
        team_base = tr("Team report {team}").format(team=file_name(team_name or ""))
        names.update({("team", fmt): f"{team_base}.{fmt}" for fmt in formats})
    if request.pack and "pdf" in formats:
        from qa_studio.reports.xlsx import period_label

        title = team_name if team_name is not None else tr("Coaching reports")
        names[("pack", "pdf")] = f"00 {file_name(title)} — {file_name(period_label(request.period.label))}.pdf"
    reserved = [name.rsplit(".", 1)[0] for name in names.values()]
    for agent, base in zip(agents, unique_names(agents, reserved), strict=True):
        names.update({(agent, fmt): f"{base}.{fmt}" for fmt in formats})
    return names


def existing_files(request: BatchRequest, agents: Sequence[str], team_name: str | None) -> list[Path]:
    """The files of this batch that are already there (the app asks before replacing them)."""
    if request.out.suffix.lower() == ".zip":
        return [request.out] if request.out.exists() or request.out.is_symlink() else []
    paths = [request.out / name for name in planned_files(request, agents, team_name).values()]
    return [path for path in paths if path.exists() or path.is_symlink()]


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
        raise ReportError(QT_TRANSLATE_NOOP("Errors", "choose PDF, Excel or both"))
    agents = list(request.agents) if request.agents is not None else service.agent_names(request.team)
    if not agents:
        if request.team:
            raise ReportError(QT_TRANSLATE_NOOP("Errors", "{team} has no agents"), team=request.team)
        raise ReportError(QT_TRANSLATE_NOOP("Errors", "there are no agents"))
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
    staged = StagedFiles(request.overwrite)
    if zipped:
        staged.check([request.out])
    names = planned_files(request, agents, request.team)
    # The reports are made in a folder of our own (for a zip) or under temporary names beside their targets.
    inner = Path(tempfile.mkdtemp(prefix="qa-studio-batch-")) if zipped else None
    if not zipped:
        staged.check(request.out / name for name in names.values())
    made: list[Path] = []  # the finished files, under their temporary names (a zip: their final names inside)

    def write(key: Any, make: Callable[[Path], object]) -> None:
        path = inner / names[key] if inner is not None else staged.stage(request.out / names[key])
        make(path)
        made.append(path)

    try:
        reports = []
        with service.batch():
            for agent in agents:
                step(tr("Figures for {agent}").format(agent=agent))
                reports.append(service.agent(agent, request.period))
        team = service.team(request.team, request.period) if request.team else None
        for agent, report in zip(agents, reports, strict=True):
            for fmt in formats:
                step(tr("Report for {agent}").format(agent=report.agent))
                if fmt == "pdf":
                    def make(path: Path, r: Any = report) -> object:
                        return agent_pdf(r, path, request.language, request.organisation)
                else:
                    def make(path: Path, r: Any = report) -> object:
                        return agent_workbook(r, path, request.language)
                write((agent, fmt), make)
        if with_team and team is not None:
            for fmt in formats:
                step(tr("Team report"))
                writer = team_pdf if fmt == "pdf" else team_workbook
                write(("team", fmt), lambda path, w=writer: w(team, path, request.language))
        if with_pack:
            step(tr("Contents and pack"))
            title = team.team if team is not None else tr("Coaching reports")
            subtitle = period_label(request.period.label)
            write(("pack", "pdf"), lambda path: batch_pdf(title, subtitle, team, reports, path, request.language))
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if inner is not None:
            def pack(partial: Path) -> None:
                with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                    for path in sorted(made):
                        archive.write(path, path.name)

            pack(staged.stage(request.out))
            staged.commit()
            files = sorted(Path(p.name) for p in made)
        else:
            files = sorted(staged.commit())
        if progress is not None:
            progress(total, total, tr("Done"))
        return BatchResult(request.out, files)
    finally:
        staged.discard()  # after a failure or a cancel: only the temporary files this batch made
        if inner is not None:
            shutil.rmtree(inner, ignore_errors=True)
