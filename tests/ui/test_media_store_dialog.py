"""The media store dialog: an administrator chooses the team's shared folder, each PC its mount point and watched
folder; someone else cannot change the store."""

from __future__ import annotations

from pathlib import Path

from qa_studio.services.media_store import MediaStore
from qa_studio.settings import IMPORT_WATCH_FOLDER
from qa_studio.ui.settings.media_store import MediaStoreDialog


def test_an_administrator_sets_the_store_and_this_pc_its_folders(
    qtbot, sqlite_db, settings, tmp_path: Path  # noqa: ANN001
) -> None:
    shared, drop = tmp_path / "share", tmp_path / "drop"
    shared.mkdir()
    drop.mkdir()
    store = MediaStore(sqlite_db, tmp_path / "pc")
    (tmp_path / "pc").mkdir()
    dialog = MediaStoreDialog(store, settings, is_admin=True)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("folder"))
    dialog.folder.setText(r"\\fileserver\qa-media")
    dialog.mount.setText(str(shared))
    dialog.watch.setText(str(drop))
    assert dialog.save()
    config = store.config()
    assert (config.kind, config.folder, config.mount) == ("folder", r"\\fileserver\qa-media", shared)
    assert settings.get(IMPORT_WATCH_FOLDER) == str(drop)
    assert "(reachable)" in dialog.current.text()

    reviewer = MediaStoreDialog(store, settings, is_admin=False)
    qtbot.addWidget(reviewer)
    assert not reviewer.kind.isEnabled() and not reviewer.folder.isEnabled()
    assert reviewer.folder.text() == r"\\fileserver\qa-media" and reviewer.mount.text() == str(shared)


def test_without_a_store_only_the_watched_folder_is_kept(qtbot, sqlite_db, settings, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = MediaStoreDialog(MediaStore(sqlite_db, tmp_path), settings, is_admin=False)
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == ""
    dialog.watch.setText(str(tmp_path))
    assert dialog.save()  # nothing to mount: only the watched folder is kept
    assert settings.get(IMPORT_WATCH_FOLDER) == str(tmp_path)
