"""The team media store and this PC's watched folder: administrators choose the store (kept in the database),
everyone sets where this PC reaches the shared folder and which folder it watches for new recordings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qa_studio.services.media_store import MediaError, MediaStore
from qa_studio.settings import IMPORT_WATCH_FOLDER, Settings
from qa_studio.storage.database import StorageError


class MediaStoreDialog(QDialog):
    def __init__(self, store: MediaStore, settings: Settings, is_admin: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Media store and watched folder"))
        self.store, self.settings = store, settings
        config = store.config()
        self.current = QLabel(self)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("None: recordings stay where they were imported"), "")
        self.kind.addItem(self.tr("A shared folder"), "folder")
        self.kind.addItem(self.tr("Inside the team database (small teams)"), "database")
        self.kind.setCurrentIndex(max(0, self.kind.findData(config.kind or "")))
        self.folder = QLineEdit(config.folder or "", self)
        self.folder.setPlaceholderText(self.tr(r"e.g. \\fileserver\qa-media or /srv/qa-media"))
        for field in (self.kind, self.folder):
            field.setEnabled(is_admin)  # the database refuses anyone else too; this only says so before trying
        self.mount = QLineEdit(str(config.mount) if config.kind == "folder" and config.mount else "", self)
        self.watch = QLineEdit(settings.get(IMPORT_WATCH_FOLDER), self)
        form = QFormLayout()
        form.addRow(self.tr("Team store:"), self.current)
        form.addRow(self.tr("Kind (administrators):"), self.kind)
        form.addRow(self.tr("Shared folder (administrators):"), self.folder)
        form.addRow(self.tr("This PC reaches it at:"), self._browsable(self.mount))
        form.addRow(self.tr("Watched folder on this PC:"), self._browsable(self.watch))
        self.problem = QLabel(self)
        self.problem.setObjectName("mediaStoreProblem")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._show(config)

    def _browsable(self, field: QLineEdit) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        browse = QPushButton(self.tr("Browse…"), row)
        browse.clicked.connect(lambda: field.setText(QFileDialog.getExistingDirectory(self, "", field.text())
                                                     or field.text()))  # fmt: skip
        layout.addWidget(field, 1)
        layout.addWidget(browse)
        return row

    def _show(self, config: object) -> None:
        text = config.describe()  # type: ignore[attr-defined]
        mount = getattr(config, "mount", None)
        if getattr(config, "kind", None) == "folder":
            state = self.tr("reachable") if mount is not None and mount.is_dir() else self.tr("not reachable")
            text += " — " + self.tr("on this PC at {mount} ({state})").format(mount=mount, state=state)
        self.current.setText(text)

    def save(self) -> bool:
        """Apply what changed; a refusal is shown here and nothing else is lost."""
        try:
            config = self.store.config()
            kind, folder = self.kind.currentData(), self.folder.text().strip()
            if self.kind.isEnabled() and kind == "folder" and folder and (config.kind, config.folder) != (kind, folder):
                config = self.store.set_folder(folder)
            elif self.kind.isEnabled() and kind == "database" and config.kind != "database":
                config = self.store.set_database()
            mount = self.mount.text().strip()
            if config.kind == "folder" and mount and Path(mount) != config.mount:
                config = self.store.set_mount(Path(mount))
        except (MediaError, StorageError, OSError) as exc:
            self.problem.setText(str(exc))
            return False
        self.settings.set(IMPORT_WATCH_FOLDER, self.watch.text().strip())
        self.problem.setText(self.tr("Saved. A new watched folder is watched from the next start."))
        self._show(config)
        return True
