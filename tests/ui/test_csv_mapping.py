"""Mapping an unknown CSV export's columns by hand, then importing with that mapping."""

from __future__ import annotations

from pathlib import Path

from qa_studio.importers.registry import parse_conversation_file
from qa_studio.ui.imports.csv_mapping_dialog import CsvMappingDialog


def test_custom_columns_are_chosen_and_used(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    export = tmp_path / "crm_export.csv"
    export.write_text(
        "Ticket;Wann;Wer;Nachricht;Seite\n"
        "T-7;05/03/2024 10:00;Ann;my order is late;kunde\n"
        "T-7;05/03/2024 10:01;客服小周;您好，我来帮您查询;agent\n",
        encoding="utf-8",
    )
    dialog = CsvMappingDialog(export)
    qtbot.addWidget(dialog)
    assert dialog.timestamp.count() == 5  # every column offered
    dialog.timestamp.setCurrentIndex(dialog.timestamp.findData("Wann"))
    dialog.author.setCurrentIndex(dialog.author.findData("Wer"))
    dialog.text.setCurrentIndex(dialog.text.findData("Nachricht"))
    dialog.conversation.setCurrentIndex(dialog.conversation.findData("Ticket"))
    dialog.time_format.setText("%d/%m/%Y %H:%M")
    dialog._accept()
    assert dialog.result() == CsvMappingDialog.DialogCode.Accepted
    (conversation,) = parse_conversation_file(export, dialog.mapping())
    assert conversation.external_id == "T-7"
    assert conversation.messages[1].text == "您好，我来帮您查询"
    assert conversation.messages[0].sent_at.month == 3
    assert conversation.messages[0].role is None  # no role column chosen: the role rules decide later


def test_the_same_column_twice_is_refused(qtbot, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    export = tmp_path / "x.csv"
    export.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog = CsvMappingDialog(export)
    qtbot.addWidget(dialog)
    dialog.timestamp.setCurrentIndex(0)
    dialog.author.setCurrentIndex(0)
    dialog._accept()
    assert warnings and "three different columns" in warnings[0]
    assert dialog.result() != CsvMappingDialog.DialogCode.Accepted


def test_preview_reads_excel_sep_line_like_the_importer(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    """Excel's "sep=;" first line names the delimiter; the dialog must offer the real columns, not "sep=;"."""
    export = tmp_path / "excel.csv"
    export.write_text('sep=;\nWhen;Who;"Text; with a semicolon"\n2024-03-05 10:00;Ann;hi\n', encoding="utf-8")
    dialog = CsvMappingDialog(export)
    qtbot.addWidget(dialog)
    offered = [dialog.text.itemData(i) for i in range(dialog.text.count())]
    assert offered == ["When", "Who", "Text; with a semicolon"]
