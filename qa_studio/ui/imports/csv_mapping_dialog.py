"""Mapping a CSV chat export's columns by hand, with a preview of its first rows."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qa_studio.importers.chat_csv import CsvMapping, detect_csv_mapping, sniff_delimiter
from qa_studio.importers.encoding import decode_text
from qa_studio.importers.errors import ImportRefused
from qa_studio.ui.geometry import preferred_size

PREVIEW_ROWS = 8


def read_csv_head(path: Path, rows: int = PREVIEW_ROWS) -> tuple[list[str], list[list[str]]]:
    """Header and first rows of a CSV, whatever its encoding and delimiter."""
    text, _encoding = decode_text(path.read_bytes()[: 256 * 1024])
    # The same delimiter rule as the importer, so the preview shows exactly the columns the import will see.
    delimiter = sniff_delimiter(text)
    first_line, _, rest = text.partition("\n")
    if first_line.strip().lower().startswith("sep="):
        text = rest
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, [])
    body = [row for _, row in zip(range(rows), reader, strict=False)]
    return header, body


class CsvMappingDialog(QDialog):
    def __init__(self, sample: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csvMappingDialog")
        self.setWindowTitle(self.tr("Columns of {name}").format(name=sample.name))
        self.resize(preferred_size(self, 720, 480))
        try:
            self._header, rows = read_csv_head(sample)
        except (ImportRefused, OSError) as exc:
            self._header, rows = [], []
            QMessageBox.warning(self, self.tr("Cannot read the CSV file"), str(exc))
        guess = detect_csv_mapping(self._header) if self._header else None

        form = QFormLayout()
        self.timestamp = self._column_combo(required=True, chosen=guess.timestamp if guess else None)
        self.author = self._column_combo(required=True, chosen=guess.author if guess else None)
        self.text = self._column_combo(required=True, chosen=guess.text if guess else None)
        self.role = self._column_combo(required=False, chosen=guess.role if guess else None)
        self.conversation = self._column_combo(required=False, chosen=guess.conversation_id if guess else None)
        self.time_format = QLineEdit(self)
        self.time_format.setPlaceholderText(
            self.tr("detected (ISO 8601, 2024/03/01 10:02, epoch…) or e.g. %d/%m/%Y %H:%M")
        )
        form.addRow(self.tr("Time"), self.timestamp)
        form.addRow(self.tr("Author"), self.author)
        form.addRow(self.tr("Message text"), self.text)
        form.addRow(self.tr("Role (agent / customer)"), self.role)
        form.addRow(self.tr("Conversation id"), self.conversation)
        form.addRow(self.tr("Time format"), self.time_format)

        preview = QStandardItemModel(len(rows), len(self._header), self)
        preview.setHorizontalHeaderLabels(self._header)
        for row_number, row in enumerate(rows):
            for column_number, cell in enumerate(row[: len(self._header)]):
                preview.setItem(row_number, column_number, QStandardItem(cell))
        table = QTableView(self)
        table.setModel(preview)
        table.setAccessibleName(self.tr("Preview of the first rows"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Which column holds what? The role column is optional: without it, "
                    "QA Studio decides who is the agent by a rule you can correct later."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)

    def _column_combo(self, *, required: bool, chosen: str | None) -> QComboBox:
        combo = QComboBox(self)
        if not required:
            combo.addItem(self.tr("(none)"), None)
        for name in self._header:
            combo.addItem(name, name)
        if chosen is not None and (position := combo.findData(chosen)) >= 0:
            combo.setCurrentIndex(position)
        return combo

    def _accept(self) -> None:
        chosen = [self.timestamp.currentData(), self.author.currentData(), self.text.currentData()]
        if None in chosen or len(set(chosen)) < 3:
            QMessageBox.warning(
                self, self.tr("Columns"), self.tr("Choose three different columns for time, author and text.")
            )
            return
        self.accept()

    def mapping(self) -> CsvMapping:
        formats = (self.time_format.text().strip(),) if self.time_format.text().strip() else ()
        return CsvMapping(
            name="custom",
            timestamp=self.timestamp.currentData(),
            author=self.author.currentData(),
            text=self.text.currentData(),
            role=self.role.currentData(),
            conversation_id=self.conversation.currentData(),
            timestamp_formats=formats,
        )
