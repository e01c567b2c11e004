"""Reports and coaching in the app, on the demo data: the agent page shows the same figures as the report and a
trend chart, a trainer creates a coaching session from ticked evaluations and follows up its actions, the team page
shows the heatmap, exports write real files, and a batch export runs with progress and can be cancelled."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from qa_studio.reports.figures import percent_text
from qa_studio.services.coaching import CoachingService
from qa_studio.services.reporting import ReportingService, parse_period
from qa_studio.storage.models import AuditEntry
from qa_studio.ui.context import AppContext
from qa_studio.ui.main_window import MainWindow
from qa_studio.ui.reports.window import ReportsWindow
from qa_studio.ui.tasks import TaskRunner
from tests.people import signed_in


@pytest.fixture
def window(qtbot, demo_db, settings, tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    for name in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *args, **kwargs: QMessageBox.StandardButton.Ok)
    context = AppContext(demo_db, settings, signed_in(demo_db, "Mark Hughes"), TaskRunner(synchronous=True))
    shown = ReportsWindow(ReportingService(demo_db), CoachingService(demo_db), context, "en",
                          tmp_path / "exports")  # fmt: skip
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_agent_page_matches_the_report(window: ReportsWindow, demo_db) -> None:  # noqa: ANN001
    window.select("agent", "王芳")
    page = window.agent_page
    assert window.pages.currentWidget() is page
    report = ReportingService(demo_db).agent("王芳")
    assert page.evaluations.rowCount() == report.summary.evaluations
    mine, team = page.figures.values["Average score"]
    assert mine.text() == f"{report.summary.average:.1f}" and team.text() == f"{report.team_summary.average:.1f}"
    assert page.chart.points == len([p for p in report.trend if p.average is not None]) >= 2
    assert page.chart.chart().series()  # the agent's line and the team average
    assert page.coaching.topLevelItemCount() == len(report.coaching)
    window.period_box.setEditText("2026-13")
    window.reload()
    assert "no month 13" in window.period_error.text()
    window.period_box.setEditText("2026-W47")  # an ISO week is a period like any other
    window.reload()
    assert window.period_error.text() == "" and window.agent_report.period.label == "2026-W47"
    assert page.evaluations.rowCount() == window.agent_report.summary.evaluations


def test_trainer_coaches_from_ticked_evaluations(window: ReportsWindow, demo_db, qtbot) -> None:  # noqa: ANN001
    window.select("agent", "Emma Clarke")
    page = window.agent_page
    before = page.coaching.topLevelItemCount()
    for row in (0, 1):
        page.evaluations.item(row, 0).setCheckState(Qt.CheckState.Checked)
    chosen = page.ticked()
    dialog = window.new_coaching()
    qtbot.addWidget(dialog)
    repeated = [r.criterion for r in window.agent_report.root_causes.repeated]
    failed = [k for k in CoachingService(demo_db).suggested_focus(chosen) if k not in repeated]
    assert set(dialog.focus_keys()) == set([*repeated, *failed][:3])  # repeated, then failed criteria come ticked
    dialog.notes.setPlainText("Went through both chats.")
    dialog.add_action("Greet with your name", None)
    dialog.save()
    assert dialog.created is not None and dialog.created.evaluation_ids == chosen
    assert page.coaching.topLevelItemCount() == before + 1
    record = CoachingService(demo_db).get(dialog.created.id)
    assert [a.description for a in record.actions] == ["Greet with your name"]
    # Follow up: choose the action in the tree and mark it done.
    for index in range(page.coaching.topLevelItemCount()):
        item = page.coaching.topLevelItem(index)
        if item.data(0, Qt.ItemDataRole.UserRole) == ("record", record.id):
            page.coaching.setCurrentItem(item.child(0))
    page.action_done.click()
    assert CoachingService(demo_db).get(record.id).actions[0].status == "done"
    with demo_db.session() as session:
        logged = [e.action for e in session.scalars(select(AuditEntry).where(AuditEntry.entity_id == record.id,
                                                                             AuditEntry.entity_type == "coaching"))]
    assert logged == ["coaching_created", "coaching_action_status"]


def test_root_causes_on_the_team_and_agent_pages(window: ReportsWindow, demo_db, qtbot) -> None:  # noqa: ANN001
    window.select("team", "After-sales 售后一组")
    panel = window.team_page.root_causes
    report = window.team_report.root_causes
    assert report.failed_answers > 0 and panel.pareto.rowCount() == len(report.pareto) > 0
    first = report.pareto[0]
    assert panel.pareto.item(0, 0).text() == first.label["en"] and panel.pareto.item(0, 1).text() == str(first.count)
    assert panel.pareto.item(len(report.pareto) - 1, 3).text() == "100 %"
    assert panel.repeated.rowCount() == len(report.repeated)
    # The lead lowers N to 1: every agent-criterion pair failed at least once is flagged, and N is kept for the
    # whole team (the trainer signed in first may not change it).
    assert not panel.threshold.isEnabled()
    window.context.set_user(signed_in(demo_db, "周婷", "lead"))
    assert panel.threshold.isEnabled()
    panel.threshold.setValue(1)
    panel.threshold.editingFinished.emit()
    assert window.team_report.root_causes.threshold == 1 and window.repeat_threshold == 1
    pairs = {(a, k) for a, k, _i in _failures(demo_db, "After-sales 售后一组")}
    assert panel.repeated.rowCount() == len(pairs) >= len(report.repeated)
    window.select("agent", "王芳")
    agent_panel = window.agent_page.root_causes
    assert agent_panel.threshold.value() == 1
    assert agent_panel.repeated.columnCount() == 3  # no agent column on an agent's own page
    assert agent_panel.repeated.rowCount() == len(window.agent_report.root_causes.repeated)


def test_service_kpis_on_the_team_page(window: ReportsWindow) -> None:
    window.select("team", "After-sales 售后一组")
    panel = window.team_page.service
    figures = window.team_report.service
    assert panel.channels.rowCount() == len(figures.channels) and panel.agents.rowCount() == len(figures.agents)
    chat = next(n for n, c in enumerate(figures.channels) if c.channel == "chat")
    assert panel.channels.item(chat, 2).text() == "30 s"
    email = next(n for n, c in enumerate(figures.channels) if c.channel == "email")
    assert panel.channels.item(email, 2).text() == "2 h"  # as people say it, not "7200 s"
    assert panel.channels.item(chat, 3).text() == percent_text(figures.channels[chat].first_response_share)
    assert "92 %" in panel.quality.text() and percent_text(figures.quality_pass_share) in panel.quality.text()


def _failures(database, team: str) -> list[tuple[str, tuple[str, str], int]]:  # noqa: ANN001
    """Failed, applicable answers of the team's submitted evaluations, counted straight from the tables: (agent,
    (scorecard key, criterion key), evaluation id)."""
    from qa_studio.storage.models import Agent, Evaluation, Interaction, Scorecard, ScorecardVersion, Team

    with database.session() as session:
        rows = session.execute(
            select(Agent.name, Evaluation.id, Evaluation.result, Scorecard.key)
            .join(Interaction, Interaction.agent_id == Agent.id)
            .join(Evaluation, Evaluation.interaction_id == Interaction.id).join(Team, Team.id == Agent.team_id)
            .join(ScorecardVersion, ScorecardVersion.id == Evaluation.scorecard_version_id)
            .join(Scorecard, Scorecard.id == ScorecardVersion.scorecard_id)
            .where(Team.name == team, Evaluation.state != "draft", Evaluation.calibration_session_id.is_(None))
        ).all()  # fmt: skip
    return [(agent, (card, key), evaluation_id) for agent, evaluation_id, result, card in rows
            for key, entry in result["criteria"].items() if entry.get("failed") and entry.get("applicable", True)]


def test_team_page_and_exports(window: ReportsWindow, tmp_path: Path) -> None:
    window.select("team", "Cross-border 跨境组")
    page = window.team_page
    assert window.pages.currentWidget() is page
    assert page.agents.rowCount() == 3 and page.heatmap.columnCount() == 4
    assert page.chart.points == 3
    pdf = window.export("team", "pdf", tmp_path / "team.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    window.select("agent", "张敏")
    workbook = window.export("agent", "xlsx", tmp_path / "zhang.xlsx")
    assert workbook.stat().st_size > 5000


def test_criteria_are_shown_under_their_own_scorecard(window: ReportsWindow, demo_db) -> None:  # noqa: ANN001
    """李伟 has chat and e-mail evaluations only: no phone criterion on his column, and each row in its own
    scorecard's wording, the scorecard named on hover (and in the label where two scorecards' read alike)."""
    window.select("team", "After-sales 售后一组")
    page = window.team_page
    names = [page.heatmap.horizontalHeaderItem(c).text() for c in range(1, page.heatmap.columnCount())]
    column = 1 + names.index("李伟")
    rows = {page.heatmap.item(r, 0).text(): (page.heatmap.item(r, 0).toolTip(), page.heatmap.item(r, column).text())
            for r in range(page.heatmap.rowCount())}  # fmt: skip
    assert "Standard closing in the last 30 seconds" not in rows and "Standard greeting with name" in rows
    assert not any(tip.endswith("Phone call service standard") for tip, _rate in rows.values())
    assert rows["Standard greeting with name"][0] == "Scorecard: Chat service standard"
    assert rows["Clear structure and language"][0] == "Scorecard: E-mail service standard"
    assert {"Accuracy of product knowledge · Chat service standard",
            "Accuracy of product knowledge · E-mail service standard"} <= set(rows)  # fmt: skip
    window.select("agent", "李伟")
    criteria = window.agent_page.criteria
    tips = {criteria.item(r, 0).toolTip() for r in range(criteria.rowCount())}
    assert tips <= {"Scorecard: Chat service standard", "Scorecard: E-mail service standard"} and tips


def test_batch_export_with_progress_and_cancel(window: ReportsWindow, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    window.select("team", "After-sales 售后一组")
    dialog = window.batch_export()
    qtbot.addWidget(dialog)
    dialog.out.setText(str(tmp_path / "batch"))
    dialog.xlsx.setChecked(True)
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    dialog.export_button.click()
    assert dialog.result is not None and len(dialog.result.files) == 3 * 2 + 2 + 1
    assert seen and seen[-1] == dialog.progress.maximum()
    assert "9 files written" in dialog.status.text()
    # Cancel part-way: the task stops between files and leaves nothing behind.
    original = dialog._progress

    def cancel_at_four(done: int, total: int, label: str) -> None:
        original(done, total, label)
        if done == 4:
            dialog.cancel()

    dialog._progress = cancel_at_four
    dialog.zip.setChecked(False)
    dialog.out.setText(str(tmp_path / "second"))
    dialog.export_button.click()
    assert "Cancelled" in dialog.status.text()
    assert not any(p.is_file() for p in (tmp_path / "second").rglob("*"))


def test_main_window_opens_reports(qtbot, demo_db, settings) -> None:  # noqa: ANN001
    main = MainWindow(demo_db, settings, TaskRunner(synchronous=True), user=signed_in(demo_db, "Mark Hughes"))
    qtbot.addWidget(main)
    main.reports_action.trigger()
    windows = main.findChildren(ReportsWindow)
    assert windows and windows[0].tree.topLevelItemCount() == 2
    assert parse_period(windows[0].period_box.itemData(1)).start is not None  # "This month"


def test_report_defaults_from_settings(qtbot, demo_db, settings, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """Settings → Reports: folder, label language, organisation and batch formats reach the reports window, and the
    organisation is printed in the PDF's running header."""
    import subprocess

    from qa_studio.settings import REPORT_FOLDER, REPORT_FORMATS, REPORT_LANGUAGE, REPORT_ORGANISATION

    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: QMessageBox.StandardButton.Ok)
    main = MainWindow(demo_db, settings, TaskRunner(synchronous=True), user=signed_in(demo_db, "Mark Hughes"))
    qtbot.addWidget(main)
    dialog = main.show_settings()
    qtbot.addWidget(dialog)
    dialog.report_folder.setText(str(tmp_path / "exports"))
    dialog.report_language.setCurrentIndex(dialog.report_language.findData("zh"))
    dialog.organisation.setText("Harbour Retail 港湾零售")
    dialog.report_xlsx.setChecked(True)
    dialog.save()
    assert settings.get(REPORT_FORMATS) == "pdf,xlsx" and settings.get(REPORT_LANGUAGE) == "zh"
    assert settings.get(REPORT_FOLDER) == str(tmp_path / "exports")
    window = main.show_reports()
    qtbot.addWidget(window)
    assert window.language == "zh" and window.export_folder == tmp_path / "exports"
    window.select("team", "Cross-border 跨境组")
    batch = window.batch_export()
    qtbot.addWidget(batch)
    assert batch.pdf.isChecked() and batch.xlsx.isChecked()
    window.select("agent", "张敏")
    path = window.export("agent", "pdf", tmp_path / "zhang.pdf")
    assert settings.get(REPORT_ORGANISATION) == "Harbour Retail 港湾零售"
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        assert "Harbour Retail 港湾零售" in text


def test_keyword_counts_on_the_team_page_and_in_the_workbook(window: ReportsWindow, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    window.select("team", "After-sales 售后一组")
    page = window.team_page
    counts = window.team_report.keywords
    assert counts is not None and counts.rows
    table = page.keywords.table
    assert table.rowCount() == len(counts.rows) + len(counts.per_team())
    first = counts.per_team()[0]
    assert table.item(0, 2).text() == "Whole team" and table.item(0, 2).font().bold()
    assert {table.item(n, 0).text() for n in range(table.rowCount())} == {r.list_name for r in counts.rows}
    book = load_workbook(window.export("team", "xlsx", tmp_path / "team.xlsx"))
    sheet = book["Keywords"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert len(values) == table.rowCount()
    assert [first.list_name, first.period.isoformat()[:7], "Whole team", first.interactions, first.mentions] in values
    # A trainer reads the lists but does not change them.
    dialog = window.manage_keywords()
    assert dialog.lists.count() == 2 and not dialog.save.isEnabled() and dialog.phrases.isReadOnly()
    dialog.close()


def test_a_lead_keeps_the_keyword_lists_in_the_app(qtbot, demo_db, settings, tmp_path) -> None:  # noqa: ANN001
    from qa_studio.services.keywords import KeywordService

    context = AppContext(demo_db, settings, signed_in(demo_db, "周婷"), TaskRunner(synchronous=True))
    window = ReportsWindow(ReportingService(demo_db), CoachingService(demo_db), context, "en", tmp_path)
    qtbot.addWidget(window)
    window.select("team", "After-sales 售后一组")
    dialog = window.manage_keywords()
    qtbot.mouseClick(dialog.new, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name, "Delivery")
    dialog.name.insert(" 物流")  # typed by an input method
    dialog.phrases.setPlainText("发货\n快递\n")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert {k.name: k.phrases for k in KeywordService(demo_db).lists()}["Delivery 物流"] == ["发货", "快递"]
    dialog.phrases.setPlainText("发货")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert {k.name: k.phrases for k in KeywordService(demo_db).lists()}["Delivery 物流"] == ["发货"]
    dialog.close()  # the page counts again with the new list
    names = {window.team_page.keywords.table.item(n, 0).text()
             for n in range(window.team_page.keywords.table.rowCount())}  # fmt: skip
    assert "Delivery 物流" in names
    dialog = window.manage_keywords()
    shown = [dialog.lists.item(n).text() for n in range(dialog.lists.count())]
    dialog.lists.setCurrentRow(shown.index("Delivery 物流"))
    qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
    assert "Delivery 物流" not in {k.name for k in KeywordService(demo_db).lists()}
    dialog.close()


def test_autoqa_agreement_per_criterion_on_the_team_page(window: ReportsWindow, demo_db) -> None:  # noqa: ANN001
    from qa_studio.services.autoqa import AutoQAService, CriterionAgreement
    from qa_studio.ui.reports.agreement import verdict

    window.select("team", "After-sales 售后一组")
    table = window.team_page.agreement.table
    expected = AutoQAService(demo_db).agreement("After-sales 售后一组")
    assert table.rowCount() == len(expected) > 0
    assert any(row.interactions for row in expected)  # the demo's reviewers scored some both ways
    for number, row in enumerate(expected):
        assert table.item(number, 0).text() == row.label
        assert table.item(number, 1).text() == str(row.interactions)
    everyone = {r.criterion_key: r.interactions for r in AutoQAService(demo_db).agreement()}
    assert all(r.interactions <= everyone[r.criterion_key] for r in expected)
    before = AutoQAService(demo_db).agreement("Cross-border 跨境组", end=date(2000, 1, 1))
    assert all(r.interactions == 0 for r in before)
    verdicts = [verdict(CriterionAgreement("k", "k", n, p, k)) for n, p, k in
                ((50, 90.0, 0.8), (50, 80.0, 0.5), (50, 60.0, 0.1), (50, 100.0, None), (3, 100.0, 1.0))]
    assert verdicts == ["trust", "check", "distrust", "same", "few"]


def test_a_lead_sets_the_team_standards_in_the_app(window: ReportsWindow, demo_db, qtbot) -> None:  # noqa: ANN001
    from qa_studio.services.kpis import KpiService

    window.select("team", "After-sales 售后一组")
    panel = window.team_page.service
    assert not panel.standards_button.isEnabled()  # a trainer
    window.context.set_user(signed_in(demo_db, "周婷", "lead"))
    assert panel.standards_button.isEnabled()
    qtbot.mouseClick(panel.standards_button, Qt.MouseButton.LeftButton)
    dialog = window.standards_dialog
    assert dialog is not None and dialog.isVisible()
    chat, email = dialog.durations["chat"], dialog.durations["email"]
    assert (chat.amount.value(), chat.unit.currentData()) == (30, 1)  # the defaults: chat 30 s, e-mail 2 hours
    assert (email.amount.value(), email.unit.currentData()) == (2, 3600)
    chat.amount.setValue(1)
    chat.unit.setCurrentIndex(chat.unit.findData(60))
    dialog.target.setValue(95)
    dialog.threshold.setValue(2)
    dialog.accept()
    standards = KpiService(demo_db).standards()
    assert (standards.response_seconds["chat"], standards.quality_target, standards.repeat_threshold) == (60, 0.95, 2)
    # Shown again with the team's new standards: the chat row's standard, the target and the threshold.
    assert window.team_report.service.standards.response_seconds["chat"] == 60
    assert window.team_report.root_causes.threshold == 2 == window.team_page.root_causes.threshold.value()
    with demo_db.session() as session:
        assert session.scalar(select(AuditEntry.action).where(AuditEntry.action == "kpi_standards_set"))


def test_only_leads_and_administrators_may_change_the_standards(qtbot, demo_db, settings, tmp_path) -> None:  # noqa: ANN001
    context = AppContext(demo_db, settings, signed_in(demo_db, "A reviewer", "reviewer"), TaskRunner(synchronous=True))
    shown = ReportsWindow(ReportingService(demo_db), CoachingService(demo_db), context, "en", tmp_path)
    qtbot.addWidget(shown)
    shown.select("team", "After-sales 售后一组")
    assert not shown.team_page.service.standards_button.isEnabled()
    assert not shown.team_page.root_causes.threshold.isEnabled()
    shown.set_repeat_threshold(1)  # even if asked, nothing changes
    assert shown.team_report.root_causes.threshold == 3


def test_the_agent_page_shows_qa_beside_csat_over_time(window: ReportsWindow) -> None:
    window.select("agent", "王芳")
    points, table = window.agent_report.quality_csat, window.agent_page.quality_csat
    assert points and table.rowCount() == len(points)
    assert [table.item(row, 0).text() for row in range(table.rowCount())] == [p.start.isoformat() for p in points]
    assert table.item(0, 1).text() == str(points[0].pairs)
