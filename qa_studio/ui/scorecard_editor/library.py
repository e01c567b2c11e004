"""The scorecard library: every scorecard with its versions and use; new, edit, duplicate, import a file, export a
version, retire and restore."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.scoring.editing import ScorecardDocument
from qa_studio.scoring.validation import ScorecardInvalid
from qa_studio.services.scorecards import ScorecardService, ScorecardSummary
from qa_studio.storage.database import StorageError
from qa_studio.ui.context import AppContext
from qa_studio.ui.geometry import preferred_size
from qa_studio.ui.scorecard_editor.editor import ScorecardEditor

ModelIndex = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("ScorecardLibrary", "Key"),
    QT_TRANSLATE_NOOP("ScorecardLibrary", "Name"),
    QT_TRANSLATE_NOOP("ScorecardLibrary", "Channel"),
    QT_TRANSLATE_NOOP("ScorecardLibrary", "Latest version"),
    QT_TRANSLATE_NOOP("ScorecardLibrary", "Evaluations"),
    QT_TRANSLATE_NOOP("ScorecardLibrary", "State"),
)


class ScorecardListModel(QAbstractTableModel):
    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self.rows: list[ScorecardSummary] = []

    def set_rows(self, rows: list[ScorecardSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ScorecardLibrary", HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        name = row.name_zh if self.language.startswith("zh") and row.name_zh else row.name
        state = (
            QCoreApplication.translate("ScorecardLibrary", "retired")
            if row.retired
            else QCoreApplication.translate("ScorecardLibrary", "active")
        )
        return (row.key, name, row.channel or "—", str(row.latest_version), str(row.evaluations), state)[index.column()]


class ScorecardLibrary(QDialog):
    def __init__(
        self, service: ScorecardService, context: AppContext, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scorecardLibrary")
        self.setWindowTitle(self.tr("Scorecards"))
        self.resize(preferred_size(self, 900, 460))
        self.service = service
        self.context = context
        self.language = language
        self.editors: list[ScorecardEditor] = []
        self.model = ScorecardListModel(language, self)
        self.table = QTableView(self)
        self.table.setObjectName("scorecardList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        buttons = QVBoxLayout()
        self.new_button = self._button(self.tr("&New…"), self.new, buttons)
        self.edit_button = self._button(self.tr("&Edit…"), self.edit, buttons)
        self.duplicate_button = self._button(self.tr("&Duplicate…"), self.duplicate, buttons)
        self.import_button = self._button(self.tr("&Import file…"), self.import_file, buttons)
        self.export_button = self._button(self.tr("E&xport…"), self.export, buttons)
        self.retire_button = self._button(self.tr("&Retire"), self.toggle_retired, buttons)
        buttons.addStretch(1)
        self._button(self.tr("Close"), self.accept, buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()


    @property
    def actor(self) -> str:
        """The signed-in person at the moment of each change."""
        return self.context.actor

    def _button(self, text: str, slot: Any, layout: QVBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def refresh(self) -> None:
        try:
            self.model.set_rows(self.service.list())
        except StorageError as exc:
            QMessageBox.critical(self, self.tr("Database problem"), str(exc))
        self._update_buttons()

    def selected(self) -> ScorecardSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select_key(self, key: str) -> None:
        for row, summary in enumerate(self.model.rows):
            if summary.key == key:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        for button in (self.edit_button, self.duplicate_button, self.export_button, self.retire_button):
            button.setEnabled(chosen is not None)
        self.retire_button.setText(self.tr("&Restore") if chosen and chosen.retired else self.tr("&Retire"))

    def _open_editor(self, document: ScorecardDocument, saved: Any) -> ScorecardEditor:
        editor = ScorecardEditor(self.service, document, saved, self.actor, self.language, self)
        editor.saved.connect(lambda _outcome: (self.refresh(), self.select_key(document.data.get("key", ""))))
        self.editors.append(editor)
        editor.show()
        return editor

    def _ask_key(self, title: str, suggestion: str) -> str | None:
        key, ok = QInputDialog.getText(self, title, self.tr("Key of the new scorecard (letters, digits, _):"),
                                       text=suggestion)  # fmt: skip
        key = key.strip()
        if not ok or not key:
            return None
        if any(s.key == key for s in self.model.rows):
            QMessageBox.warning(self, title, self.tr("A scorecard with the key {key} exists already.").format(key=key))
            return None
        return key

    def new(self, key: str | None = None) -> ScorecardEditor | None:
        key = key or self._ask_key(self.tr("New scorecard"), "my_scorecard")
        if key is None:
            return None
        return self._open_editor(ScorecardDocument.blank(key, None), None)

    def edit(self) -> ScorecardEditor | None:
        chosen = self.selected()
        if chosen is None:
            return None
        saved = self.service.version(chosen.latest_version_id)
        return self._open_editor(ScorecardDocument.from_scorecard(saved), saved)

    def duplicate(self, key: str | None = None) -> ScorecardEditor | None:
        chosen = self.selected()
        if chosen is None:
            return None
        key = key or self._ask_key(self.tr("Duplicate scorecard"), f"{chosen.key}_copy")
        if key is None:
            return None
        document = ScorecardDocument.from_scorecard(self.service.version(chosen.latest_version_id))
        document.data = copy.deepcopy(document.data) | {"key": key}
        return self._open_editor(document, None)

    def import_file(self, path: Path | None = None) -> bool:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a scorecard"), "", self.tr("Scorecards (*.yaml *.yml)")
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            outcome = self.service.import_file(path, self.actor)
        except ScorecardInvalid as exc:
            QMessageBox.warning(
                self, self.tr("Scorecard not imported"),
                self.tr("Nothing was imported. Problems:") + "\n" + "\n".join(str(e) for e in exc.errors),
            )  # fmt: skip
            return False
        except (OSError, StorageError) as exc:
            QMessageBox.warning(self, self.tr("Scorecard not imported"), str(exc))
            return False
        self.refresh()
        self.select_key(outcome.key)
        actions = {
            "created": self.tr("{key} imported as a new scorecard."),
            "new version": self.tr("{key}: scoring changed, saved as version {version}."),
            "wording updated": self.tr("{key}: wording of version {version} updated."),
            "unchanged": self.tr("{key} is already up to date (version {version})."),
        }
        message = actions[outcome.action].format(key=outcome.key, version=outcome.version)
        QMessageBox.information(self, self.tr("Scorecard imported"), message)
        return True

    def export(self, path: Path | None = None) -> Path | None:
        chosen = self.selected()
        if chosen is None:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export scorecard"), f"{chosen.key}.yaml", self.tr("Scorecards (*.yaml)")
            )
            if not name:
                return None
            path = Path(name)
        try:
            path.write_text(self.service.export_yaml(chosen.key), encoding="utf-8")
        except (OSError, StorageError, LookupError) as exc:
            QMessageBox.warning(self, self.tr("Not exported"), str(exc))
            return None
        return path

    def toggle_retired(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            self.service.set_retired(chosen.key, not chosen.retired, actor=self.actor)
        except (StorageError, LookupError) as exc:
            QMessageBox.warning(self, self.tr("Not changed"), str(exc))
            return
        self.refresh()
        self.select_key(chosen.key)
