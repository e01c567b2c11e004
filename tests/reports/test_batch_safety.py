"""Exports never destroy: agents whose names collide once made safe for the file system get a file each; existing
files are kept unless overwriting was chosen (the CLI's --overwrite, the batch dialog's question); a planted
symbolic link is never written through; a failed or cancelled batch leaves the folder exactly as it was, unrelated
files included."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook

from qa_studio.cli import main
from qa_studio.files import StagedFiles, TargetRefused, write_file
from qa_studio.reports import xlsx
from qa_studio.reports.batch import BatchRequest, Cancelled, export_batch, file_name, unique_names
from qa_studio.services.reporting import ReportingService, parse_period
from qa_studio.storage.database import Database
from qa_studio.storage.models import Agent

NAMES = ["Kim/Lee", "Kim_Lee", "Kim:Lee", "kim_lee", "王芳"]


@pytest.fixture
def agents(sqlite_db: Database) -> ReportingService:
    with sqlite_db.session() as session:
        session.add_all(Agent(name=name) for name in NAMES)
    return ReportingService(sqlite_db)


def request(out: Path, **options: object) -> BatchRequest:
    return BatchRequest(out, parse_period(None), agents=NAMES, formats=("xlsx",), team_report=False, pack=False,
                        **options)  # type: ignore[arg-type]  # fmt: skip


def folder_state(folder: Path) -> dict[str, bytes | str]:
    return {p.name: (f"link → {p.readlink()}" if p.is_symlink() else p.read_bytes()) for p in folder.iterdir()}


def test_colliding_names_get_a_file_each(agents: ReportingService, tmp_path: Path) -> None:
    assert unique_names(NAMES) == ["Kim_Lee", "Kim_Lee (2)", "Kim_Lee (3)", "kim_lee (4)", "王芳"]
    assert file_name("CON") == "CON_" and file_name("../..") == "_"
    result = export_batch(agents, request(tmp_path / "out"))
    assert len(result.files) == len(NAMES) and len({p.name.lower() for p in result.files}) == len(NAMES)
    titles = {load_workbook(path)["Summary"]["A1"].value for path in result.files}
    assert titles == {f"Coaching report: {name}" for name in NAMES}  # every agent's own report, none lost


def test_existing_files_are_kept_unless_overwrite_is_chosen(agents: ReportingService, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "王芳.xlsx").write_bytes(b"the user's own file")
    with pytest.raises(TargetRefused, match="already exists"):
        export_batch(agents, request(out))
    assert folder_state(out) == {"王芳.xlsx": b"the user's own file"}  # refused before anything was written
    result = export_batch(agents, request(out, overwrite=True))
    assert len(result.files) == len(NAMES)
    assert load_workbook(out / "王芳.xlsx")["Summary"]["A1"].value == "Coaching report: 王芳"
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in result.files)  # no temporary left
    # The same for a zip.
    archive = tmp_path / "reports.zip"
    archive.write_bytes(b"an older zip")
    with pytest.raises(TargetRefused):
        export_batch(agents, request(archive))
    assert archive.read_bytes() == b"an older zip"
    export_batch(agents, request(archive, overwrite=True))
    assert archive.read_bytes()[:2] == b"PK"


def test_a_failure_or_cancel_leaves_the_folder_as_it_was(agents: ReportingService, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    out = tmp_path / "out"
    out.mkdir()
    (out / "王芳.xlsx").write_bytes(b"the user's own file")
    (out / ".王芳.xlsx.part").write_bytes(b"an unrelated file with the name the old export used")
    (out / "notes.txt").write_text("unrelated")
    before = folder_state(out)
    made = []

    def failing(report, path, language="en"):  # noqa: ANN001, ANN202
        made.append(report.agent)
        if len(made) == 3:
            raise OSError(28, "No space left on device")
        return real(report, path, language)

    real = xlsx.agent_workbook
    monkeypatch.setattr(xlsx, "agent_workbook", failing)
    with pytest.raises(OSError, match="No space left"):
        export_batch(agents, request(out, overwrite=True))
    assert folder_state(out) == before and len(made) == 3
    monkeypatch.undo()

    cancel = threading.Event()

    def progress(done: int, _total: int, _label: str) -> None:
        if done == len(NAMES) + 2:  # after two reports were written
            cancel.set()

    with pytest.raises(Cancelled):
        export_batch(agents, request(out, overwrite=True), progress, cancel)
    assert folder_state(out) == before


def test_symbolic_links_are_never_followed(agents: ReportingService, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("must not change")
    out = tmp_path / "out"
    out.mkdir()
    (out / "Kim_Lee.xlsx").symlink_to(outside)
    for overwrite in (False, True):
        with pytest.raises(TargetRefused, match="symbolic link"):
            export_batch(agents, request(out, overwrite=overwrite))
    assert outside.read_text() == "must not change" and (out / "Kim_Lee.xlsx").is_symlink()
    assert folder_state(out) == {"Kim_Lee.xlsx": f"link → {outside}"}
    # A link planted at the temporary name an export might use is not followed either (temporary names are random
    # and created exclusively).
    (out / "Kim_Lee.xlsx").unlink()
    (out / ".Kim_Lee.xlsx.part").symlink_to(outside)
    export_batch(agents, request(out))
    assert outside.read_text() == "must not change" and (out / ".Kim_Lee.xlsx.part").is_symlink()


def test_staged_files_put_back_what_they_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When one file of a set cannot be moved into place, the ones already placed are taken back."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("old a")
    staged = StagedFiles(overwrite=True)
    staged.stage(first).write_text("new a")
    staged.stage(second).write_text("new b")
    second.symlink_to(tmp_path / "elsewhere")  # appears after staging: refused when placing
    with pytest.raises(TargetRefused):
        staged.commit()
    assert first.read_text() == "old a" and second.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]
    assert write_file(tmp_path / "c.txt", lambda path: path.write_text("c") and "made") == "made"
    assert (tmp_path / "c.txt").read_text() == "c"


def test_report_command_keeps_existing_files(agents: ReportingService, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    url = agents.database.url.render_as_string(hide_password=False)
    out = tmp_path / "kim.xlsx"
    out.write_bytes(b"keep me")
    code = main(["--db", url, "report", "agent", "--agent", "Kim/Lee", "--out", str(out)])
    assert code != 0 and "already exists" in capsys.readouterr().err and out.read_bytes() == b"keep me"
    assert main(["--db", url, "report", "agent", "--agent", "Kim/Lee", "--out", str(out), "--overwrite"]) == 0
    assert load_workbook(out)["Summary"]["A1"].value == "Coaching report: Kim/Lee"
    folder = tmp_path / "all"
    folder.mkdir()
    (folder / "王芳.xlsx").write_bytes(b"keep me too")
    assert main(["--db", url, "report", "agent", "--all", "--out", str(folder)]) != 0
    assert folder_state(folder) == {"王芳.xlsx": b"keep me too"}


def test_the_batch_dialog_asks_before_replacing(agents: ReportingService, runner, qtbot, tmp_path: Path,  # noqa: ANN001
                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from PySide6.QtWidgets import QMessageBox

    from qa_studio.ui.reports.batch_dialog import BatchExportDialog

    dialog = BatchExportDialog(agents, runner, parse_period(None), None, "en", tmp_path, formats=("xlsx",))
    qtbot.addWidget(dialog)
    folder = dialog.request().out
    folder.mkdir()
    (folder / "王芳.xlsx").write_bytes(b"the user's own file")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **_kw: asked.append(args[2]) or
                        QMessageBox.StandardButton.No)  # fmt: skip
    dialog.start()
    assert "王芳.xlsx" in asked[-1] and dialog.result is None
    assert (folder / "王芳.xlsx").read_bytes() == b"the user's own file"
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **_kw: QMessageBox.StandardButton.Yes)
    dialog.start()
    assert dialog.result is not None and len(dialog.result.files) == len(NAMES)
    assert load_workbook(folder / "王芳.xlsx")["Summary"]["A1"].value == "Coaching report: 王芳"
