"""The scorecard editor: sections and criteria on the left, the selected item's form or a live preview on the
right, problems and what saving will do at the bottom. Saving follows the versioning rules: a scoring change makes
a new version (evaluations keep theirs), a wording fix does not."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from qa_studio.scoring.editing import ScorecardDocument
from qa_studio.scoring.model import CriterionType, Scorecard
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import StorageError
from qa_studio.ui.geometry import preferred_size
from qa_studio.ui.scorecard_editor.forms import CriterionForm, ScorecardForm, SectionForm
from qa_studio.ui.scorecard_editor.preview import ScorecardPreview
from qa_studio.ui.scorecard_editor.tree import ScorecardTreeModel
from qa_studio.ui.theme import Tone, text_style


def _scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class ScorecardEditor(QDialog):
    saved = Signal(object)  # the ImportOutcome of a save

    def __init__(
        self,
        service: ScorecardService,
        document: ScorecardDocument,
        saved: Scorecard | None,
        actor: str,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scorecardEditor")
        self.resize(preferred_size(self, 1300, 820))
        self.service = service
        self.document = document
        self.last_saved = saved
        self.actor = actor
        self.language = language

        self.tree_model = ScorecardTreeModel(document, language, self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("scorecardTree")
        self.tree.setAccessibleName(self.tr("Sections and criteria"))
        self.tree.setModel(self.tree_model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setColumnWidth(0, 260)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_selected())
        self.settings_button = QPushButton(self.tr("Scorecard &settings…"), self)
        self.settings_button.setToolTip(self.tr("Name, channel, pass mark, score bands, root causes"))
        self.settings_button.clicked.connect(self.show_settings)
        self.add_section_button = QPushButton(self.tr("Add section"), self)
        self.add_section_button.clicked.connect(self.add_section)
        self.add_criterion_button = QPushButton(self.tr("Add &criterion"), self)
        self.add_criterion_button.clicked.connect(self.add_criterion)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.settings_button)
        left_layout.addWidget(self.tree, 1)
        for row in ((self.add_section_button, self.add_criterion_button, self.remove_button),
                    (self.up_button, self.down_button)):  # fmt: skip
            line = QHBoxLayout()
            for button in row:
                line.addWidget(button)
            left_layout.addLayout(line)

        self.scorecard_form = ScorecardForm(self)
        self.section_form = SectionForm(self)
        self.criterion_form = CriterionForm(self)
        for form in (self.scorecard_form, self.section_form, self.criterion_form):
            form.changed.connect(self.revalidate)
        self.criterion_form.type_changed.connect(self._type_changed)
        self.forms = QStackedWidget(self)
        for form in (self.scorecard_form, self.section_form, self.criterion_form):
            self.forms.addWidget(_scrolled(form, self))
        self.preview = ScorecardPreview(language, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.forms, self.tr("&Edit"))
        self.tabs.addTab(self.preview, self.tr("Pre&view"))
        self.tabs.currentChanged.connect(lambda index: index == 1 and self._refresh_preview())

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setSizes([380, 920])

        self.problems = QListWidget(self)
        self.problems.setObjectName("scorecardProblems")
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setMaximumHeight(90)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("saveOutcome")
        self.outcome.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("saveScorecard")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.outcome, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems)
        layout.addLayout(bottom)
        self._dirty = False
        self.show_settings()
        self.revalidate(initial=True)

    # Selection -------------------------------------------------------------------------------------------------
    def selected(self) -> tuple[int, int | None] | None:
        index = self.tree.currentIndex()
        return self.tree_model.position(index) if index.isValid() else None

    def select(self, section: int, criterion: int | None = None) -> None:
        index = self.tree_model.index_of(section, criterion)
        if criterion is not None:
            self.tree.expand(self.tree_model.index_of(section))
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self._show_selected()

    def show_settings(self) -> None:
        self.tree.clearSelection()
        self.tree.setCurrentIndex(self.tree_model.index(-1, 0))
        self.scorecard_form.load(self.document.data)
        self.forms.setCurrentIndex(0)
        self.tabs.setCurrentIndex(0)

    def _show_selected(self) -> None:
        where = self.selected()
        if where is None:
            return
        section, criterion = where
        if criterion is None:
            self.section_form.load(self.document.sections[section])
            self.forms.setCurrentIndex(1)
        else:
            earlier = []
            for s_index, item in enumerate(self.document.sections):
                for c_index, other in enumerate(item.get("criteria", [])):
                    if (s_index, c_index) >= (section, criterion):
                        break
                    earlier.append((other.get("key", ""), (other.get("label") or {}).get("en", "")))
            self.criterion_form.load(self.document.criteria(section)[criterion], earlier)
            self.forms.setCurrentIndex(2)
        self.tabs.setCurrentIndex(0)

    # Structure -------------------------------------------------------------------------------------------------
    def _structure_changed(self, section: int | None, criterion: int | None = None) -> None:
        self.tree_model.reload()
        self.tree.expandAll()
        if section is not None and section < len(self.document.sections):
            self.select(section, criterion)
        else:
            self.show_settings()
        self.revalidate()

    def add_section(self) -> None:
        where = self.selected()
        index = self.document.add_section(where[0] if where else None)
        self._structure_changed(index)

    def add_criterion(self) -> None:
        where = self.selected()
        if not self.document.sections:
            self.document.add_section()
            where = (0, None)
        section, criterion = where if where else (len(self.document.sections) - 1, None)
        index = self.document.add_criterion(section, criterion)
        self._structure_changed(section, index)

    def remove_selected(self) -> None:
        where = self.selected()
        if where is None:
            return
        section, criterion = where
        if criterion is None:
            self.document.remove_section(section)
            self._structure_changed(max(0, section - 1) if self.document.sections else None)
        else:
            self.document.remove_criterion(section, criterion)
            left = len(self.document.criteria(section))
            self._structure_changed(section, min(criterion, left - 1) if left else None)

    def move_selected(self, step: int) -> None:
        where = self.selected()
        if where is None:
            return
        section, criterion = where
        if criterion is None:
            self._structure_changed(self.document.move_section(section, step))
        else:
            self._structure_changed(*self.document.move_criterion(section, criterion, step))

    def _type_changed(self, kind: CriterionType) -> None:
        where = self.selected()
        if where is None or where[1] is None:
            return
        self.document.set_type(where[0], where[1], CriterionType(kind))
        self._show_selected()
        self.revalidate()

    # Checking and saving ---------------------------------------------------------------------------------------
    def revalidate(self, initial: bool = False) -> None:
        if not initial:
            self._dirty = True
        self.tree_model.dataChanged.emit(self.tree_model.index(0, 0), self.tree_model.index(0, 1))
        self.tree.viewport().update()
        checked = self.document.validate()
        self.problems.clear()
        self.problems.addItems(checked.problems)
        self.problems.setVisible(bool(checked.problems))
        kind = self.document.change_kind(self.last_saved)
        version = self._saved_version()
        messages = {
            "invalid": self.tr("{count} problem(s) to fix before saving.").format(count=len(checked.problems)),
            "created": self.tr("Saving creates a new scorecard."),
            "new version": self.tr(
                "Saving changes how answers score, so it makes version {next}; evaluations already scored keep "
                "version {current}."
            ).format(next=version + 1, current=version),
            "wording updated": self.tr(
                "Only wording changed: saving updates version {current} in place, scores stay as they are."
            ).format(current=version),
            "unchanged": self.tr("No changes to save."),
        }
        self.outcome.setText(messages[kind])
        self.outcome.setStyleSheet(text_style(Tone.DANGER) if kind == "invalid" else "")
        self.save_button.setEnabled(kind not in ("invalid", "unchanged"))
        title = (self.document.data.get("name") or {}).get("zh" if self.language.startswith("zh") else "en", "")
        self.setWindowTitle(self.tr("Scorecard editor — {name}").format(name=title or self.document.data.get("key")))
        if self.tabs.currentIndex() == 1:
            self._refresh_preview()

    def _saved_version(self) -> int:
        try:
            return next(s.latest_version for s in self.service.list() if s.key == self.document.data.get("key"))
        except (StopIteration, StorageError):
            return 0

    def _refresh_preview(self) -> None:
        self.preview.show_scorecard(self.document.validate().scorecard)

    def save(self) -> bool:
        scorecard = self.document.validate().scorecard
        if scorecard is None:
            return False
        try:
            outcome = self.service.import_scorecard(scorecard, self.actor)
        except StorageError as exc:
            QMessageBox.critical(self, self.tr("Scorecard not saved"), str(exc))
            return False
        self.last_saved = scorecard
        self._dirty = False
        self.revalidate(initial=True)
        texts = {
            "created": self.tr("Saved as a new scorecard."),
            "new version": self.tr("Saved as version {version}.").format(version=outcome.version),
            "wording updated": self.tr("Wording of version {version} updated.").format(version=outcome.version),
            "unchanged": self.tr("No changes to save."),
        }
        self.outcome.setText(texts.get(outcome.action, outcome.action))
        self.saved.emit(outcome)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._dirty and self.document.change_kind(self.last_saved) not in ("unchanged",):
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Close the editor and lose the changes that are not saved?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        super().closeEvent(event)
