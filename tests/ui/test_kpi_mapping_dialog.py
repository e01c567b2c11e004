"""Bringing CSAT in from a survey export whose columns the app cannot guess: the person maps them, sees the first
rows, imports, and reads why each bad row was refused (unknown id, score out of range, a line in GBK) while the
good rows are kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from qa_studio.services.imports import ImportService
from qa_studio.services.kpis import KpiService
from qa_studio.storage.database import Database
from qa_studio.storage.models import Interaction, InteractionKpi
from qa_studio.ui.imports.kpi_mapping_dialog import KpiMappingDialog
from tests.people import add_people

CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"


def test_mapped_survey_keeps_good_rows_and_explains_the_rest(qtbot, sqlite_db: Database, runner,  # noqa: ANN001
                                                             tmp_path: Path) -> None:  # fmt: skip
    ImportService(sqlite_db).run([CHATS / "livechat.json", CHATS / "wecom_gbk.csv"], actor="tester")
    add_people(sqlite_db, 刘洋="reviewer")
    survey = tmp_path / "survey.csv"
    survey.write_bytes(b"\n".join([
        "Ticket no.,星级 (1-10),Fixed?,When".encode(),
        b"LC-1001,9,yes,2024-03-02",
        b"W-1,7,no,2024-03-02",
        b"W-2,11,yes,2024-03-02",  # out of range on a 1-10 survey
        b"NOPE-9,8,yes,2024-03-02",  # no such interaction
        "W-2,6,是,2024-03-02".encode("gbk"),  # not UTF-8 like the rest
    ]))  # fmt: skip
    dialog = KpiMappingDialog(KpiService(sqlite_db), runner, survey, "刘洋")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.preview.columnCount() == 4 and dialog.preview.rowCount() == 5
    assert dialog.preview.item(0, 0).text() == "LC-1001"
    assert dialog.csat.currentData() is None  # no column name the app knows: the person maps them
    dialog.key.setCurrentIndex(dialog.key.findData(0))
    dialog.key_kind.setCurrentIndex(dialog.key_kind.findData(False))
    dialog.csat.setCurrentIndex(dialog.csat.findData(1))
    dialog.scale.setValue(10)
    dialog.resolved.setCurrentIndex(dialog.resolved.findData(2))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result is not None and dialog.result.kept == 2
    refused = [[dialog.report.item(row, column).text() for column in range(3)]
               for row in range(dialog.report.rowCount())]  # fmt: skip
    assert refused == [
        ["4", "W-2", "score 11 is outside the survey's 1–10"],
        ["5", "NOPE-9", "no interaction has the external id or customer reference NOPE-9"],
        ["6", "", "the line is not utf-8 text like the rest of the file; save the file again as UTF-8"],
    ]
    assert dialog.status.text() == "2 rows kept, 3 refused (utf-8)."
    with sqlite_db.session() as session:
        stored = dict(session.execute(select(Interaction.external_id, InteractionKpi.csat).join(
            InteractionKpi, InteractionKpi.interaction_id == Interaction.id)).all())  # fmt: skip
    assert {key: float(value) for key, value in stored.items()} == {"LC-1001": 9.0, "W-1": 7.0}


def test_an_unreadable_file_is_said_in_words(qtbot, sqlite_db: Database, runner, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = KpiMappingDialog(KpiService(sqlite_db), runner, tmp_path / "missing.csv", "刘洋")
    qtbot.addWidget(dialog)
    assert dialog.status.text().startswith("Nothing was imported: cannot read the file")
    assert not dialog.import_button.isEnabled()
