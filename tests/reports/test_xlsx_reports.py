"""Agent, team and answers workbooks from the demo data, read back with openpyxl: the figures, Chinese names and
comments, frozen headers, filters, formats, the native chart and the heatmap's colour scale."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from qa_studio.cli import main
from qa_studio.reports.figures import SCORE_FORMAT, for_sheet, percent_text, rounded, score_text
from qa_studio.reports.xlsx import agent_workbook, answers_workbook, sheet_name, team_workbook
from qa_studio.services.calibration_sessions import CalibrationService
from qa_studio.services.reporting import ReportError, ReportingService, parse_period
from qa_studio.storage.database import Database


def test_periods() -> None:
    assert parse_period("2026-10") == parse_period("2026-10-01..2026-10-31").__class__(
        date(2026, 10, 1), date(2026, 11, 1), "2026-10")  # fmt: skip
    assert (parse_period("2026-Q4").start, parse_period("2026-Q4").end) == (date(2026, 10, 1), date(2027, 1, 1))
    assert parse_period(None).label == "all time"
    # ISO week 47 of 2026 runs Monday 16 to Sunday 22 November; week 1 of 2026 starts on Monday 29 December 2025
    # (it holds the year's first Thursday); 2026 has 53 ISO weeks, 2027 only 52.
    assert parse_period("2026-W47") == parse_period("2026-11-16..2026-11-22").__class__(
        date(2026, 11, 16), date(2026, 11, 23), "2026-W47")  # fmt: skip
    assert (parse_period("2026-w01").start, parse_period("2026-W01").label) == (date(2025, 12, 29), "2026-W01")
    assert parse_period("2026-W53").end == date(2027, 1, 4)
    day = parse_period("2026-11-20")
    assert (day.start, day.end, day.label) == (date(2026, 11, 20), date(2026, 11, 21), "2026-11-20")
    for bad, reason in (("2027-W53", "no ISO week 53"), ("2026-W00", "no ISO week 0"), ("2026-02-30", "no day"),
                        ("2026-02-30..2026-03-02", "no day 2026-02-30")):  # fmt: skip
        with pytest.raises(ReportError, match=reason):
            parse_period(bad)
    for bad in ("2026-13", "last month", "2026-03-31..2026-03-01", "2026-W7"):
        with pytest.raises(ReportError):
            parse_period(bad)


def test_agent_report_figures(service: ReportingService) -> None:
    report = service.agent("王芳")
    assert report.team == "After-sales 售后一组" and report.summary.evaluations == len(report.evaluations) > 0
    assert 0 <= report.summary.average <= 100 and report.team_summary.evaluations >= report.summary.evaluations
    assert report.quota >= report.summary.evaluations - report.summary.evaluations  # sampled items are counted
    rates = [c.pass_rate for c in report.criteria if c.pass_rate is not None]
    assert rates == sorted(rates)  # weakest first
    assert report.trend and sum(p.evaluations for p in report.trend) == report.summary.evaluations
    with pytest.raises(ReportError, match="no agent called"):
        service.agent("Nobody")


def test_workbooks_read_back(service: ReportingService, tmp_path: Path) -> None:
    agent = agent_workbook(service.agent("王芳"), tmp_path / "wang.xlsx", "zh")
    book = load_workbook(agent)
    assert book.sheetnames == ["Summary", "Evaluations", "Criteria", "Trend", "QA and CSAT", "Comments", "Coaching",
                               "Root causes", "Repeated failures"]
    assert book["Summary"]["B3"].value == "王芳"
    evaluations = book["Evaluations"]
    assert evaluations.freeze_panes == "A2" and evaluations.auto_filter.ref.startswith("A1:L")
    assert evaluations["D2"].number_format == "yyyy-mm-dd hh:mm" and evaluations["G2"].number_format == "0.0"
    assert any("\u4e00" <= ch <= "\u9fff" for ch in str(book["Criteria"]["A2"].value))  # Chinese labels with --lang zh
    trend = book["Trend"]
    assert trend.max_row - 1 == len(service.agent("王芳").trend)
    team_file = team_workbook(service.team("After-sales 售后一组"), tmp_path / "team.xlsx")
    team = load_workbook(team_file)
    assert team.sheetnames == ["Summary", "Agents", "Failure heatmap", "Reviewer workload", "Root causes",
                               "Repeated failures", "Quality by week", "Service KPIs", "Keywords"]
    assert [c.value for c in team["Agents"]["A"][1:]] == ["李伟", "王芳", "陈静"]
    assert team["Failure heatmap"].conditional_formatting  # the colour scale
    count = answers_workbook(service.answers(), tmp_path / "answers.xlsx")
    answers = load_workbook(tmp_path / "answers.xlsx", read_only=True)["Answers"]
    assert count > 100 and sum(1 for _row in answers.iter_rows()) == count + 1


def test_the_trend_chart_is_a_native_excel_chart(service: ReportingService, tmp_path: Path) -> None:
    import zipfile

    report = service.agent("Emma Clarke", trend_unit="week")
    path = agent_workbook(report, tmp_path / "emma.xlsx")
    with zipfile.ZipFile(path) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/")]
    assert charts if len(report.trend) >= 2 else not charts
    if charts:  # straight segments between the real points, each point marked
        xml = zipfile.ZipFile(path).read(charts[0]).decode().replace(" />", "/>")
        assert '<smooth val="0"/>' in xml and '<symbol val="circle"/>' in xml


def test_the_agent_workbook_has_qa_beside_csat_over_time(service: ReportingService, tmp_path: Path) -> None:
    report = service.agent("王芳")
    assert report.quality_csat and sum(p.pairs for p in report.quality_csat) > 0  # the demo has surveys
    sheet = load_workbook(agent_workbook(report, tmp_path / "wang.xlsx"))["QA and CSAT"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [(r[1], r[2]) for r in rows] == [(p.pairs, for_sheet(p.qa_average, SCORE_FORMAT))
                                            for p in report.quality_csat]  # fmt: skip


def test_sheet_names_survive_excel_limits() -> None:
    assert sheet_name("Q3: review/agents [draft]*") == "Q3  review agents  draft"
    long = "After-sales 售后一组 — October evaluations"
    assert len(sheet_name(long)) == 31
    assert sheet_name("Summary", ["summary"]) == "Summary (2)"


def test_report_command_writes_one_file_per_agent(demo: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    assert main(["--db", demo, "report", "agent", "--all", "--team", "After-sales 售后一组", "--out",
                 str(tmp_path / "agents"), "--json"]) == 0  # fmt: skip
    files = sorted(p.name for p in (tmp_path / "agents").iterdir())
    assert files == ["Team report After-sales 售后一组.xlsx", "李伟.xlsx", "王芳.xlsx", "陈静.xlsx"]
    capsys.readouterr()
    assert main(["--db", demo, "report", "team", "--out", str(tmp_path / "t.xlsx")]) == 1
    assert "needs --team" in capsys.readouterr().err
    assert main(["--db", demo, "report", "agent", "--agent", "王芳", "--period", "2026-13",
                 "--out", str(tmp_path / "x.xlsx")]) == 1  # fmt: skip
    assert "there is no month 13" in capsys.readouterr().err


def test_chinese_headings_with_lang_zh(demo: str, tmp_path: Path) -> None:
    """In a fresh process: the translations are installed for the command and must not leak into other tests."""
    import subprocess
    import sys

    target = tmp_path / "王芳.xlsx"
    done = subprocess.run(
        [sys.executable, "-m", "qa_studio", "--db", demo, "report", "agent", "--agent", "王芳", "--lang", "zh",
         "--out", str(target)], capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    book = load_workbook(target)
    assert book.sheetnames == [
        "概览", "评估", "评分项", "趋势", "质检与满意度", "备注", "辅导", "根本原因", "重复未达标"
    ]  # fmt: skip
    assert book["概览"]["A1"].value == "辅导报告：王芳" and book["评估"]["B1"].value == "互动"


def test_pdf_coaching_report_embeds_a_chinese_font_subset(service: ReportingService, tmp_path: Path) -> None:
    import re
    import shutil
    import subprocess

    from qa_studio.reports.pdf import agent_pdf

    path = agent_pdf(service.agent("王芳", trend_unit="week"), tmp_path / "王芳.pdf", "zh")
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and b"/FontFile2" in data  # a TrueType font program inside the file
    assert re.search(rb"/BaseFont /[A-Z]{6}\+DroidSansFallback", data)  # embedded as a subset
    assert len(data) < 400_000  # the subset, not the 4 MB font
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        assert "王芳" in text and "Weakest criteria" in text and "Page 2" in text


def test_pdf_from_the_command_line(demo: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    assert main(["--db", demo, "report", "agent", "--all", "--team", "Cross-border 跨境组", "--format", "pdf",
                 "--out", str(tmp_path / "pdf")]) == 0  # fmt: skip
    assert sorted(p.name for p in (tmp_path / "pdf").iterdir()) == [
        "00 Cross-border 跨境组 — all time.pdf", "Emma Clarke.pdf", "James Porter.pdf",
        "Team report Cross-border 跨境组.pdf", "张敏.pdf"]  # fmt: skip
    capsys.readouterr()
    assert main(["--db", demo, "report", "answers", "--format", "pdf", "--out", str(tmp_path / "a.pdf")]) == 1
    assert "use --format xlsx" in capsys.readouterr().err


def test_chinese_pdf_from_a_fresh_process(demo: str, tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys

    target = tmp_path / "zh.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "qa_studio", "--db", demo, "report", "agent", "--agent", "王芳", "--format", "pdf",
         "--lang", "zh", "--out", str(target)], capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
        for words in ("辅导报告：王芳", "最薄弱的评分项", "QA Studio 辅导报告", "全部时间"):
            assert words in text, words
        assert "第2页" in text.replace(" ", "")


def test_calibration_workbook_of_the_demo_session(demo: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    target = tmp_path / "calibration.xlsx"
    assert main(["--db", demo, "report", "calibration", "--out", str(target)]) == 0
    book = load_workbook(target)
    assert book.sheetnames[:3] == ["Summary", "Reviewers", "Agreement"]
    headers = [c.value for c in book["Agreement"][1]]
    assert headers[5:8] == ["Fleiss κ", "κ low (95 %)", "κ high (95 %)"]
    summary = {row[0].value: row[1] for row in book["Summary"].iter_rows(min_row=3) if row[0].value}
    assert {"ICC(2,1)", "ICC(2,1) low (95 %)", "ICC(2,1) high (95 %)", "ICC(2,k) low (95 %)"} <= set(summary)
    assert summary["ICC(2,1) low (95 %)"].number_format == "0.00"
    for row in book["Agreement"].iter_rows(min_row=2):
        # Each figure is stored as the window shows it (two places), so a copied or summed cell agrees with it.
        for cell in row[2:8]:
            assert cell.value is None or round(cell.value, 2) == cell.value
        if row[5].value is not None and row[6].value is not None:
            assert row[6].value <= row[5].value <= row[7].value
    grids = [name for name in book.sheetnames if name.startswith("Interaction")]
    assert len(grids) == 3  # the closed October session has three interactions
    assert sorted(c.value for c in book["Reviewers"]["A"][1:]) == sorted(["刘洋", "Sarah Lee", "赵磊"])
    grid = book[grids[0]]
    assert grid.cell(row=1, column=grid.max_column).value == "Benchmark"
    highlighted = [c for row in grid.iter_rows(min_row=2, min_col=2) for c in row if c.fill.fgColor.rgb == "00FFF2CC"]
    differing = sum(
        1 for row in grid.iter_rows(min_row=2, min_col=2, max_col=grid.max_column - 1) for c in row
        if c.value is not None and c.value != grid.cell(row=c.row, column=grid.max_column).value
    )  # fmt: skip
    assert len(highlighted) == differing
    shown = {str(c.value) for name in grids for row in book[name].iter_rows(min_row=2, min_col=2) for c in row}
    assert {"Yes", "No", "None"} <= shown or {"Yes", "No"} <= shown
    assert not shown & {"yes", "no", "na", "pushed_away", "accurate", "minor"}  # labels, never stored keys
    assert all(c.alignment.horizontal == "center" for row in grid.iter_rows(min_row=2, min_col=2) for c in row)
    capsys.readouterr()
    database = Database(demo)
    unrevealed = next(s.id for s in CalibrationService(database).sessions() if s.state == "open")  # the call session
    database.dispose()
    assert main(["--db", demo, "report", "calibration", "--session", str(unrevealed), "--out",
                 str(tmp_path / "x.xlsx")]) == 1  # fmt: skip
    assert "hidden until the lead reveals" in capsys.readouterr().err


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) not installed")
def test_libreoffice_opens_the_agent_workbook(service: ReportingService, tmp_path: Path) -> None:
    """LibreOffice reads the workbook and prints it: the figures and Chinese names come out in the PDF it makes."""
    import subprocess

    report = service.agent("王芳")
    workbook = agent_workbook(report, tmp_path / "wang.xlsx", "zh")
    profile = tmp_path / "lo-profile"
    done = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir",
         str(tmp_path / "pdf"), str(workbook)], capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    converted = tmp_path / "pdf" / "wang.pdf"
    assert converted.exists()
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(converted), "-"], capture_output=True, text=True, check=True).stdout
        # LibreOffice prints the average as the app shows it (score_text): the same rounding in the app and exports.
        assert "王芳" in text and score_text(report.summary.average) in text


def test_streamed_team_figures_agree_with_the_agent_reports(service: ReportingService) -> None:
    team = service.team("After-sales 售后一组")
    for kpi in team.agents:
        agent = service.agent(kpi.agent)
        assert kpi.summary == agent.summary
        for rate in agent.criteria:
            assert team.failure_rates[(kpi.agent, rate.criterion)] == pytest.approx(1 - rate.pass_rate)
    assert team.summary == service.agent(team.agents[0].agent).team_summary


def test_workbook_figures_match_the_database(service: ReportingService, tmp_path: Path) -> None:
    """The figures in the workbooks, read back, against the evaluations counted straight from the tables."""
    from sqlalchemy import func, select

    from qa_studio.storage.models import Agent, Evaluation, Interaction, Team

    def pairs(sheet) -> dict:  # noqa: ANN001
        return {row[0]: row[1] for row in sheet.iter_rows(min_row=2, max_col=2, values_only=True) if row[0]}

    submitted = (Evaluation.state != "draft", Evaluation.calibration_session_id.is_(None))
    with service.database.session() as session:
        def figures(agent_filter) -> tuple[int, float, float]:  # noqa: ANN001
            rows = session.execute(
                select(Evaluation.score, Evaluation.passed)
                .join(Interaction, Interaction.id == Evaluation.interaction_id)
                .join(Agent, Agent.id == Interaction.agent_id).where(*submitted, agent_filter)
            ).all()  # fmt: skip
            return len(rows), sum(float(s) for s, _p in rows) / len(rows), sum(1 for _s, p in rows if p) / len(rows)

        wang = figures(Agent.name == "王芳")
        team_id = session.scalar(select(Team.id).where(Team.name == "After-sales 售后一组"))
        team = figures(Agent.team_id == team_id)
        calibration = session.scalar(
            select(func.count(Evaluation.id)).where(Evaluation.calibration_session_id.is_not(None)))  # fmt: skip
    book = load_workbook(agent_workbook(service.agent("王芳"), tmp_path / "wang.xlsx"))
    summary = pairs(book["Summary"])
    assert summary["Evaluations"] == wang[0] == book["Evaluations"].max_row - 1
    # Cells hold the figures as every screen shows them: scores to one place (from the report's two-place average,
    # so within 0.055 of the exact mean), shares to whole percent.
    assert summary["Average score"] == pytest.approx(wang[1], abs=0.055)
    assert summary["Pass rate"] == pytest.approx(wang[2], abs=0.005)
    assert summary["Team pass rate"] == pytest.approx(team[2], abs=0.005)
    assert summary["Team average"] == pytest.approx(team[1], abs=0.055)
    team_book = load_workbook(team_workbook(service.team("After-sales 售后一组"), tmp_path / "team.xlsx"))
    agents = {row[0]: row for row in team_book["Agents"].iter_rows(min_row=2, values_only=True)}
    assert agents["王芳"][1] == wang[0] and agents["王芳"][4] == pytest.approx(wang[1], abs=0.055)
    assert pairs(team_book["Summary"])["Evaluations"] == team[0]
    assert calibration > 0  # the demo's calibration scoring exists and is never counted above


def test_root_cause_sheets_with_a_native_pareto_chart(service: ReportingService, tmp_path: Path) -> None:
    report = service.team("After-sales 售后一组", repeat_threshold=2)
    causes = report.root_causes
    assert causes is not None and causes.pareto and causes.threshold == 2
    book = load_workbook(team_workbook(report, tmp_path / "team.xlsx"))
    sheet = book["Root causes"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [(r[1]) for r in rows] == [c.count for c in causes.pareto]
    assert rows[-1][3] == 1.0 and sheet["D2"].number_format == "0%"
    (chart,) = sheet._charts
    assert type(chart).__name__ == "BarChart" and any(type(c).__name__ == "LineChart" for c in chart._charts)
    repeated = list(book["Repeated failures"].iter_rows(min_row=2, max_row=len(causes.repeated) + 1, values_only=True))
    assert [(r[0], r[2]) for r in repeated] == [(f.agent, f.failures) for f in causes.repeated]
    agent = load_workbook(agent_workbook(service.agent("王芳"), tmp_path / "wang.xlsx"))
    assert "Root causes" in agent.sheetnames and "Repeated failures" in agent.sheetnames


def test_the_demo_records_root_causes_only_on_failed_answers(service: ReportingService) -> None:
    from sqlalchemy import select

    from qa_studio.storage.models import Evaluation, EvaluationAnswer

    with service.database.session() as session:
        rows = session.execute(
            select(EvaluationAnswer.criterion_key, EvaluationAnswer.root_cause, Evaluation.result)
            .join(Evaluation, Evaluation.id == EvaluationAnswer.evaluation_id)
            .where(EvaluationAnswer.root_cause.is_not(None), Evaluation.state != "draft")
        ).all()  # fmt: skip
    assert rows  # the demo has root causes to analyse
    assert all(result["criteria"][key]["failed"] for key, _cause, result in rows)


def test_team_workbook_quality_against_target_and_service_kpis(service: ReportingService, tmp_path: Path) -> None:
    report = service.team("After-sales 售后一组")
    book = load_workbook(team_workbook(report, tmp_path / "team.xlsx"))
    weeks = book["Quality by week"]
    rows = list(weeks.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(report.quality_by_week) >= 2
    assert sum(r[1] for r in rows) == report.summary.evaluations  # every evaluation falls in one week
    assert {r[3] for r in rows} == {0.92}  # the target line (DOMAIN.md default)
    (chart,) = weeks._charts
    assert type(chart).__name__ == "LineChart" and len(chart.series) == 2
    kpis = book["Service KPIs"]
    channels = {r[0]: r for r in kpis.iter_rows(min_row=2, max_row=len(report.service.channels) + 1,
                                                 values_only=True)}  # fmt: skip
    chat = next(c for c in report.service.channels if c.channel == "chat")
    assert channels["Chat"][1] == chat.interactions and channels["Chat"][2] == 30  # channels as the list names them
    # 30 of 48 = 62.5 %: stored as 0.63 (half away from zero), as the window shows "63 %", not Python's round's 0.62.
    assert channels["Chat"][3] == for_sheet(chat.first_response_share, "0%") and chat.csat_n > 0
    assert f"{channels['Chat'][3]:.0%}".replace("%", " %") == percent_text(chat.first_response_share)


def test_answers_workbook_has_the_answer_na_and_root_cause(service: ReportingService, tmp_path: Path) -> None:
    count = answers_workbook(service.answers(), tmp_path / "answers.xlsx")
    sheet = load_workbook(tmp_path / "answers.xlsx", read_only=True)["Answers"]
    rows = sheet.iter_rows(values_only=True)
    header = list(next(rows))
    assert header[16:19] == ["answer", "not_applicable", "root_cause"]
    at = {name: header.index(name) for name in ("criterion", "failed", "answer", "not_applicable", "root_cause")}
    body = list(rows)
    assert len(body) == count
    assert any(r[at["root_cause"]] for r in body) and all(r[at["failed"]] for r in body if r[at["root_cause"]])
    assert any(r[at["not_applicable"]] for r in body)
    assert all(r[at["answer"]] is None for r in body if r[at["not_applicable"]])
    assert {r[at["answer"]] for r in body if r[at["criterion"]] == "greeting"} <= {"yes", "no", None}
    # The evaluation's score as the app shows it: one place, half away from zero, in a cell formatted to show it.
    scores = {row["evaluation_id"]: row["evaluation_score"] for row in service.answers()}
    column = header.index("evaluation_score")
    assert any(round(s * 10) != s * 10 for s in scores.values() if s is not None)  # the demo has scores like 81.43
    for r in body:
        stored = scores[r[header.index("evaluation_id")]]
        assert r[column] == (None if stored is None else float(rounded(stored, 1)))
    cell = load_workbook(tmp_path / "answers.xlsx")["Answers"].cell(row=2, column=column + 1)
    assert cell.number_format == "0.0"
    # Each row in its own scorecard's wording: the chat and phone forms both have "greeting", "verification" and
    # "clarity", worded differently, and the e-mail form "verification" and "clarity".
    named = {name: header.index(name) for name in ("scorecard", "criterion", "criterion_label", "criterion_label_zh")}
    labels = {(r[named["scorecard"]], r[named["criterion"]]): set() for r in body}
    for r in body:
        labels[(r[named["scorecard"]], r[named["criterion"]])].add((r[named["criterion_label"]],
                                                                     r[named["criterion_label_zh"]]))  # fmt: skip
    assert labels[("chat_standard", "greeting")] == {("Standard greeting with name", "使用标准问候语并自报姓名或工号")}
    assert labels[("phone_call_standard", "greeting")] == {
        ("Standard greeting with name in the first 15 seconds", "15秒内标准问候并自报姓名")}  # fmt: skip
    assert labels[("chat_standard", "verification")] == {
        ("Identity verified before account details", "核实身份后再涉及账户信息")}  # fmt: skip
    assert labels[("phone_call_standard", "verification")] == {
        ("Identity verified before discussing the account", "核实身份后再讨论账户")}  # fmt: skip
    assert labels[("email_standard", "clarity")] == {("Clear structure and language", "结构清晰、表达准确")}


def test_calibration_workbook_charts_the_deviation_per_reviewer(demo: str, tmp_path: Path) -> None:
    target = tmp_path / "calibration.xlsx"
    assert main(["--db", demo, "report", "calibration", "--out", str(target)]) == 0
    (chart,) = load_workbook(target)["Reviewers"]._charts
    assert type(chart).__name__ == "BarChart" and chart.type == "bar"


def test_reviewer_consistency_in_the_team_report_and_workbook(service: ReportingService, tmp_path: Path) -> None:
    report = service.team("After-sales 售后一组")
    figures = {f.reviewer: f for f in report.reviewer_figures}
    # The same evaluations as the workload's count, and the demo's revealed calibration gives each an alignment.
    assert {name: f.evaluations for name, f in figures.items()} == {
        name: done for name, (done, _assigned) in report.reviewers.items() if done}  # fmt: skip
    assert all(f.calibration is not None and f.calibration.sessions >= 1 for f in figures.values())
    # Leniency is measured against the mean of everyone on the same scorecard: weighted by volume it sums to 0.
    assert sum(f.leniency * f.evaluations for f in figures.values()) == pytest.approx(0, abs=1e-6)
    sheet = load_workbook(team_workbook(report, tmp_path / "team.xlsx"))["Reviewer workload"]
    header = [c.value for c in sheet[1]]
    assert header[3:9] == ["Average score", "Leniency (points)", "Grading time (min)", "Calibrations",
                           "Deviation from benchmark", "Criteria aligned"]  # fmt: skip
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    for name, f in figures.items():
        assert rows[name][4] == for_sheet(f.leniency, "+0.0;-0.0;0.0") and rows[name][6] == f.calibration.sessions
