"""PDF team, calibration and coaching reports and the batch export, read back with pdftotext and pdfinfo: Chinese
text present and correct, page counts, the coaching action plan and the moments of comments; a batch pack with a
cover and contents; zip output; a cancelled batch leaves nothing behind."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import threading
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from qa_studio.cli import main
from qa_studio.reports.batch import BatchRequest, Cancelled, export_batch
from qa_studio.reports.figures import interval_text, percent_text
from qa_studio.reports.pdf import agent_pdf, calibration_pdf, team_pdf
from qa_studio.reports.xlsx import agent_workbook
from qa_studio.services.calibration_sessions import CalibrationService
from qa_studio.services.coaching import CoachingService
from qa_studio.services.reporting import ReportingService, moment_label, moment_of, parse_period

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed")


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pages_of(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info)[1])


def test_moments_in_comments() -> None:
    assert moment_of("[02:31] dead air") == 151_000 and moment_of("see [1:02:03]") == 3_723_000
    assert moment_of("no moment 02:31") is None and moment_label(151_000) == "02:31"
    assert moment_label(3_723_000) == "1:02:03"


def test_agent_report_has_moments_and_coaching(service: ReportingService, tmp_path: Path) -> None:
    report = service.agent("王芳")
    moments = [c for c in report.comments if c.at_ms is not None]
    assert moments and all(c.excerpt for c in moments)  # each moment shows what was written then
    assert any(c.excerpt.startswith("王芳: ") for c in moments)
    assert report.coaching == CoachingService(service.database).for_agent("王芳")
    held = next(r for r in report.coaching if r.status == "held")
    assert held.actions and {a.status for a in held.actions} == {"done", "open"}
    book = load_workbook(agent_workbook(report, tmp_path / "wang.xlsx"))
    coaching = book["Coaching"]
    actions = [row for row in coaching.iter_rows(min_row=2, values_only=True) if row[7]]
    assert sorted(row[7] for row in actions) == sorted(a.description for r in report.coaching for a in r.actions)
    comments = book["Comments"]
    assert sum(1 for row in comments.iter_rows(min_row=2, values_only=True) if row[3]) == len(moments)


@needs_poppler
def test_agent_pdf_shows_coaching_and_moments(service: ReportingService, tmp_path: Path) -> None:
    report = service.agent("王芳")
    text = text_of(agent_pdf(report, tmp_path / "王芳.pdf"))
    held = next(r for r in report.coaching if r.status == "held")
    assert "Coaching action plan" in text and held.actions[0].description in text
    moment = next(c for c in report.comments if c.at_ms is not None)
    assert f"at {moment_label(moment.at_ms)}" in text
    assert "王芳" in text and "售后一组" in text


@needs_poppler
def test_team_and_calibration_pdfs(service: ReportingService, tmp_path: Path) -> None:
    team = service.team("After-sales 售后一组")
    path = team_pdf(team, tmp_path / "team.pdf")
    text = text_of(path)
    assert "Team report: After-sales 售后一组" in text and "Criteria failed most often" in text
    assert "Root causes of failed answers" in text and "Repeated failures" in text
    assert team.root_causes.pareto[0].label["en"] in text.replace("\n", " ")
    # The service KPIs beside quality, as on the team page.
    share, target = percent_text(team.service.quality_pass_share), percent_text(team.service.standards.quality_target)
    assert "Service KPIs" in text and f"quality pass share {share} (target {target})" in text
    chat = next(c for c in team.service.channels if c.channel == "chat")
    words = " ".join(text.split())  # the table's cells in reading order
    assert f"Chat {chat.interactions} {chat.standard_seconds} {percent_text(chat.first_response_share)}" in words
    for kpi in team.agents:
        assert kpi.agent in text
    assert pages_of(path) >= 1
    calibrations = CalibrationService(service.database)
    closed = next(s for s in calibrations.sessions() if s.state == "closed")
    results = calibrations.results(closed.id)
    text = text_of(calibration_pdf(results, tmp_path / "calibration.pdf"))
    assert "十月校准" in text and "Reviewers against the benchmark" in text and "Krippendorff" in text
    assert "Fleiss κ (95 %)" in text and "ICC(2,1) · ICC(2,k) (95 %)" in text
    icc = results.stats.overall.icc_2_1
    if math.isfinite(icc.lower):
        assert interval_text((icc.lower, icc.upper)) in text
    for c in results.stats.criteria:
        if math.isfinite(c.kappa_ci[0]):
            assert interval_text(c.kappa_ci) in text.replace("\n", " ")
    for reviewer in results.reviewers:
        assert reviewer in text
    assert "达成一致" in text.replace("\n", "").replace(" ", "")  # the lead's note, in Chinese (wrapped in a cell)


@needs_poppler
def test_batch_pack_folder_and_zip(service: ReportingService, tmp_path: Path) -> None:
    period = parse_period(None)
    seen: list[tuple[int, int]] = []
    request = BatchRequest(tmp_path / "out", period, team="Cross-border 跨境组", formats=("pdf", "xlsx"))
    result = export_batch(service, request, lambda done, total, _label: seen.append((done, total)))
    names = sorted(p.name for p in result.files)
    assert names == ["00 Cross-border 跨境组 — all time.pdf", "Emma Clarke.pdf", "Emma Clarke.xlsx", "James Porter.pdf",
                     "James Porter.xlsx", "Team report Cross-border 跨境组.pdf", "Team report Cross-border 跨境组.xlsx",
                     "张敏.pdf", "张敏.xlsx"]  # fmt: skip
    assert seen[-1][0] == seen[-1][1] and [d for d, _t in seen] == sorted(d for d, _t in seen)
    pack = tmp_path / "out" / names[0]
    text = text_of(pack)
    assert "Contents" in text and "3 coaching reports" in text
    # Each report starts on the page the contents says.
    contents = dict(re.findall(r"Coaching report: (\S[^\n]*?)\s{2,}(\d+)\n", text))
    assert set(contents) == {"Emma Clarke", "James Porter", "张敏"}
    individual = sum(pages_of(tmp_path / "out" / f"{name}.pdf") for name in contents)
    assert pages_of(pack) == 2 + pages_of(tmp_path / "out" / "Team report Cross-border 跨境组.pdf") + individual
    first = subprocess.run(["pdftotext", "-f", contents["张敏"], "-l", contents["张敏"], str(pack), "-"],
                           capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert "Coaching report: 张敏" in first
    archive = export_batch(service, BatchRequest(tmp_path / "cross.zip", period, team="Cross-border 跨境组"))
    with zipfile.ZipFile(archive.out) as zipped:
        assert sorted(zipped.namelist()) == [n for n in names if n.endswith(".pdf")]
    assert not list(tmp_path.glob(".*.part"))


def test_a_cancelled_batch_leaves_nothing(service: ReportingService, tmp_path: Path) -> None:
    cancel = threading.Event()

    def progress(done: int, _total: int, _label: str) -> None:
        if done == 5:
            cancel.set()  # after some files are written

    with pytest.raises(Cancelled):
        export_batch(service, BatchRequest(tmp_path / "out", parse_period(None), team="After-sales 售后一组"),
                     progress, cancel)  # fmt: skip
    assert list((tmp_path / "out").iterdir()) == []


def test_calibration_and_team_pdf_from_the_command_line(demo: str, tmp_path: Path) -> None:
    assert main(["--db", demo, "report", "calibration", "--format", "pdf", "--out", str(tmp_path / "c.pdf")]) == 0
    assert main(["--db", demo, "report", "team", "--team", "Cross-border 跨境组", "--format", "pdf", "--period",
                 "2026-Q4", "--out", str(tmp_path / "t.pdf")]) == 0  # fmt: skip
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF") and (tmp_path / "t.pdf").stat().st_size > 2000
