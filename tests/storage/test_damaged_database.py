"""Damaged, emptied and vanished SQLite files are refused at open with the advice to restore a backup; backups
are made on demand and once a day, and `qa-studio check` runs the full integrity check."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from qa_studio.storage import backup, integrity
from qa_studio.storage.database import DatabaseDamaged, DatabaseMissing, open_database
from qa_studio.storage.models import Team


@pytest.fixture
def filled(tmp_path: Path, _sqlite_template: Path) -> Path:
    """A database with a few hundred rows spread over many pages, closed."""
    path = tmp_path / "qa.db"
    shutil.copyfile(_sqlite_template, path)
    database = open_database(f"sqlite:///{path}")
    with database.session() as session:
        session.add_all(Team(name=f"Team {n:04d} " + "x" * 200) for n in range(400))
    database.dispose()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


def refused(path: Path, match: str) -> str:
    with pytest.raises(DatabaseDamaged, match=match) as caught:
        open_database(f"sqlite:///{path}")
    message = str(caught.value)
    assert "restore" in message.lower() and "Nothing was read or changed" in message
    return message


def test_a_healthy_database_opens(filled: Path) -> None:
    database = open_database(f"sqlite:///{filled}")
    with database.session() as session:
        assert session.scalar(select(func.count(Team.id))) == 400
    database.dispose()


def test_a_truncated_file_is_refused(filled: Path) -> None:
    data = filled.read_bytes()
    filled.write_bytes(data[: len(data) // 2])
    message = refused(filled, "cut short")
    assert f"{len(data) // 2:,} bytes" in message


def test_a_garbage_header_is_refused(filled: Path) -> None:
    data = bytearray(filled.read_bytes())
    data[:100] = os.urandom(100)
    filled.write_bytes(bytes(data))
    refused(filled, "does not start like an SQLite database")


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("meeting notes, not a database\n" * 50)
    refused(path, "does not start like an SQLite database")


def test_garbage_in_the_middle_is_found_by_the_quick_check(filled: Path) -> None:
    data = bytearray(filled.read_bytes())
    page = 4096
    for offset in range(3 * page, len(data) - page, 2 * page):
        data[offset + 100 : offset + 900] = os.urandom(800)
    filled.write_bytes(bytes(data))
    refused(filled, "SQLite's check finds")


def _damage_the_driver_cannot_quote(path: Path, probe: Path, first_page: int, statement: str) -> bytes:
    """Noise for every other page from `first_page` on, chosen on a copy so that SQLite's answer to `statement`
    quotes bytes that are not text (Python's driver then fails to decode it, a UnicodeDecodeError)."""
    for seed in range(1000):
        noise = random.Random(seed).randbytes(800)
        data = bytearray(path.read_bytes())
        for offset in range(first_page * 4096, len(data) - 4096, 2 * 4096):
            data[offset + 100 : offset + 900] = noise
        probe.write_bytes(bytes(data))
        try:
            sqlite3.connect(probe).execute(statement).fetchall()
        except UnicodeDecodeError:
            return noise
        except sqlite3.DatabaseError:
            continue
    pytest.fail("no damage of that kind found")


def test_garbage_that_sqlite_quotes_in_its_report_is_found_by_the_quick_check(filled: Path, tmp_path: Path) -> None:
    """The check's report may quote damaged bytes that are not text (the driver would fail to decode them)."""
    probe = tmp_path / "probe.db"
    _damage_the_driver_cannot_quote(filled, probe, 3, "PRAGMA quick_check(5)")
    filled.write_bytes(probe.read_bytes())
    refused(filled, "SQLite's check finds")


def test_an_empty_file_is_refused_not_replaced(filled: Path) -> None:
    filled.write_bytes(b"")
    refused(filled, r"empty \(0 bytes\)")
    assert filled.stat().st_size == 0  # not silently turned into a new, empty database


def test_a_vanished_database_is_not_recreated(filled: Path) -> None:
    filled.unlink()
    with pytest.raises(DatabaseMissing, match="missing, although QA Studio used it before") as caught:
        open_database(f"sqlite:///{filled}")
    assert "check --forget" in str(caught.value)
    assert not filled.exists()


def test_a_new_file_is_created_and_forget_allows_starting_again(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_database(f"sqlite:///{path}").dispose()
    assert path.exists()
    path.unlink()
    with pytest.raises(DatabaseMissing):
        open_database(f"sqlite:///{path}")
    assert integrity.forget(path)
    open_database(f"sqlite:///{path}").dispose()
    assert path.exists()


def test_backup_is_a_consistent_copy_while_the_database_is_open(filled: Path, tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{filled}")
    with database.session() as session:
        session.add(Team(name="Written while open"))  # still in the WAL, not yet in the main file
    target = backup.backup_sqlite(filled, tmp_path / "copy.db")
    database.dispose()
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT count(*) FROM teams").fetchone() == (401,)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    copy.close()


def test_automatic_backup_once_a_day_keeping_five(filled: Path) -> None:
    shutil.rmtree(backup.backup_folder(filled))  # the one made when the fixture opened it
    start = datetime(2026, 12, 1, 9, 0)
    made = [backup.automatic_backup(filled, now=start + timedelta(hours=hours)) for hours in range(0, 24 * 8, 12)]
    assert sum(path is not None for path in made) == 8  # one a day over eight days, none twice in a day
    kept = backup.backups(filled)
    assert len(kept) == backup.AUTOMATIC_KEEP
    assert kept[0].name == f"qa-{(start + timedelta(days=7)):%Y%m%d-%H%M%S}.db"


def test_opening_makes_the_daily_backup_and_the_refusal_names_it(filled: Path) -> None:
    open_database(f"sqlite:///{filled}").dispose()
    (newest,) = backup.backups(filled)
    filled.write_bytes(b"")
    message = refused(filled, "empty")
    assert str(newest) in message


def qa(*args: str, db: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qa_studio", "--db", db, *args], capture_output=True, text=True, timeout=120
    )


def test_check_and_backup_commands(filled: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{filled}"
    checked = qa("check", db=db)
    assert checked.returncode == 0 and "no damage found" in checked.stdout
    made = qa("backup", "--out", str(tmp_path / "mine.db"), db=db)
    assert made.returncode == 0 and (tmp_path / "mine.db").exists()
    data = bytearray(filled.read_bytes())
    data[:16] = b"garbage garbage!"
    filled.write_bytes(bytes(data))
    damaged = qa("check", db=db)
    assert damaged.returncode == 2 and "is damaged" in damaged.stderr and "Traceback" not in damaged.stderr


def test_check_reports_a_broken_index(filled: Path) -> None:
    """An index that disagrees with its table passes the quick check at start; the full check finds it."""
    connection = sqlite3.connect(filled)
    connection.execute("CREATE INDEX ix_team_names ON teams(name)")
    connection.execute("PRAGMA writable_schema=ON")
    connection.execute("UPDATE sqlite_schema SET sql = 'CREATE INDEX ix_team_names ON teams(name DESC)' "
                       "WHERE name = 'ix_team_names'")  # fmt: skip
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    open_database(f"sqlite:///{filled}").dispose()
    result = integrity.full_check(filled)
    assert not result.ok and "ix_team_names" in " ".join(result.problems)
    assert "restore" in result.advice.lower()


def test_backup_on_postgresql_prints_pg_dump_instructions() -> None:
    from sqlalchemy.engine import make_url

    text = backup.pg_dump_instructions(make_url("postgresql+psycopg://qa:secret@db.example:5432/qa"))
    assert "pg_dump --format=custom" in text and "pg_restore" in text
    assert "secret" not in text and "postgresql://qa:***@db.example:5432/qa" in text


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every file SQLite's quick_check reads through, in order."""
    seen: list[Path] = []
    real = integrity._problems

    def counted(path: Path, pragma: str) -> list[str]:
        seen.append(path)
        return real(path, pragma)

    monkeypatch.setattr(integrity, "_problems", counted)
    return seen


def test_a_file_as_qa_studio_left_it_is_not_read_through_again(filled: Path, checks: list[Path]) -> None:
    """The fixture's session closed cleanly after its check: reopening reads the header, not every page."""
    for number in range(2):
        database = open_database(f"sqlite:///{filled}")
        with database.session() as session:
            session.add(Team(name=f"Written and closed cleanly {number}"))
        database.dispose()
    assert checks == []


def test_damage_after_a_clean_check_is_refused_even_with_the_old_times_put_back(filled: Path) -> None:
    """Garbage written over pages after the last clean close, the size and modification time set back as they were:
    the status-change time, which no program can set back, shows it was written, so it is read through and refused."""
    before = filled.stat()
    data = bytearray(filled.read_bytes())
    for offset in range(3 * 4096, len(data) - 4096, 2 * 4096):
        data[offset + 100 : offset + 900] = os.urandom(800)
    with filled.open("r+b") as handle:  # in place: same inode, same size
        handle.write(bytes(data))
    os.utime(filled, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert filled.stat().st_size == before.st_size and filled.stat().st_mtime_ns == before.st_mtime_ns
    refused(filled, "SQLite's check finds")


def test_a_file_replaced_by_another_is_checked(filled: Path, tmp_path: Path, checks: list[Path]) -> None:
    other = tmp_path / "other.db"
    shutil.copy2(filled, other)  # same bytes, same modification time, another file
    other.replace(filled)
    open_database(f"sqlite:///{filled}").dispose()
    assert checks == [filled]


def test_after_an_unclean_shutdown_the_file_is_checked(filled: Path, checks: list[Path]) -> None:
    """A process that wrote and died without closing leaves SQLite's log behind: the next open reads the file
    through, then seals it again once closed cleanly."""
    program = (
        "import os, sys\n"
        "from qa_studio.storage.database import open_database\n"
        "from qa_studio.storage.models import Team\n"
        "database = open_database(sys.argv[1])\n"
        "with database.session() as session:\n"
        "    session.add(Team(name='Written, never closed'))\n"
        "os._exit(0)\n"
    )
    died = subprocess.run([sys.executable, "-c", program, f"sqlite:///{filled}"], capture_output=True, timeout=120)
    assert died.returncode == 0, died.stderr
    assert Path(f"{filled}-wal").stat().st_size > 0
    database = open_database(f"sqlite:///{filled}")
    with database.session() as session:
        assert session.scalar(select(func.count(Team.id))) == 401
    database.dispose()
    assert checks == [filled]
    open_database(f"sqlite:///{filled}").dispose()
    assert checks == [filled]  # closed cleanly since: not read through a second time


def test_the_file_is_read_through_again_after_a_day(
    filled: Path, checks: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(f"sqlite:///{filled}").dispose()
    assert checks == []
    later = integrity.time.time() + integrity.RECHECK_EVERY_SECONDS + 60
    monkeypatch.setattr(integrity.time, "time", lambda: later)
    open_database(f"sqlite:///{filled}").dispose()
    assert checks == [filled]


def _rot(path: Path, first_page: int, noise: bytes | None = None) -> None:
    """Damage that no write through the file system made (a failing disk): the bytes change, the seal still fits."""
    seals = json.loads(integrity._seals_file().read_text(encoding="utf-8"))
    seal = seals[str(path)]
    data = bytearray(path.read_bytes())
    for offset in range(first_page * 4096, len(data) - 4096, 2 * 4096):
        data[offset + 100 : offset + 900] = noise or os.urandom(800)
    with path.open("r+b") as handle:
        handle.write(bytes(data))
    seals[str(path)] = {**integrity.fingerprint(path), "checked_at": seal["checked_at"]}
    integrity._seals_file().write_text(json.dumps(seals), encoding="utf-8")


def test_damage_the_file_system_never_saw_is_found_by_the_daily_check(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the seal cannot see: a disk's own damage is let through at open, and found by the next day's check,
    which the desktop app runs after its first paint: writes wait for it and are refused once it fails."""
    open_database(f"sqlite:///{filled}").dispose()
    _rot(filled, first_page=len(filled.read_bytes()) // 4096 - 12)  # pages of the teams table, not the schema
    open_database(f"sqlite:///{filled}").dispose()  # let through: the same day, the fingerprint as sealed
    later = integrity.time.time() + integrity.RECHECK_EVERY_SECONDS + 60
    monkeypatch.setattr(integrity.time, "time", lambda: later)
    database = open_database(f"sqlite:///{filled}", daily_check="later")
    try:
        with pytest.raises(DatabaseDamaged, match="SQLite's check finds"):
            database.daily_check()
        with pytest.raises(DatabaseDamaged), database.session() as session:
            session.add(Team(name="Never written"))
            session.flush()
    finally:
        database.dispose()
    refused(filled, "SQLite's check finds")  # the damaged file is never sealed again


def test_damage_to_the_schema_the_file_system_never_saw_is_refused_at_open(filled: Path) -> None:
    """Reading the schema at open (the migration check) meets the damage: refused in words, not a driver error."""
    open_database(f"sqlite:///{filled}").dispose()
    _rot(filled, first_page=1)
    with pytest.raises(DatabaseDamaged, match="is damaged"):
        open_database(f"sqlite:///{filled}")


def test_a_schema_so_damaged_the_driver_cannot_quote_it_is_refused_in_words(filled: Path, tmp_path: Path) -> None:
    """SQLite's message may quote the damaged schema, bytes that are not text, which Python's driver fails to
    decode (a UnicodeDecodeError instead of a database error): still the same refusal in words."""
    open_database(f"sqlite:///{filled}").dispose()
    noise = _damage_the_driver_cannot_quote(filled, tmp_path / "probe.db", 1, "PRAGMA journal_mode=WAL")
    _rot(filled, first_page=1, noise=noise)
    with pytest.raises(DatabaseDamaged, match="is damaged"):
        open_database(f"sqlite:///{filled}")


def test_the_window_shows_first_and_closes_when_the_daily_check_finds_damage(
    qtbot, settings, filled: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    """The desktop app opens an unchanged file without reading it through; the day's check runs once the list is on
    screen, and damage found there is said in words and closes the window, with nothing written."""
    from PySide6.QtWidgets import QMessageBox

    from qa_studio.services.identity import IdentityService
    from qa_studio.ui.main_window import MainWindow
    from qa_studio.ui.tasks import TaskRunner

    database = open_database(f"sqlite:///{filled}")
    IdentityService(database).current()  # signed in before: this start only reads who it is
    database.dispose()
    _rot(filled, first_page=len(filled.read_bytes()) // 4096 - 12)
    later = integrity.time.time() + integrity.RECHECK_EVERY_SECONDS + 60
    monkeypatch.setattr(integrity.time, "time", lambda: later)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: said.append(args[2]))
    database = open_database(f"sqlite:///{filled}", daily_check="later")
    try:
        window = MainWindow(database, settings, TaskRunner(), user=IdentityService(database).current())
        qtbot.addWidget(window)
        window.show()
        # (Reading the damaged teams for the filters may say so first: "is damaged (database disk image is malformed)")
        qtbot.waitUntil(lambda: any("SQLite's check finds" in message for message in said), timeout=20_000)
        assert all("restore" in message.lower() for message in said)
        qtbot.waitUntil(lambda: not window.isVisible())
        with pytest.raises(DatabaseDamaged), database.session() as session:
            session.add(Team(name="Never written"))
            session.flush()
        window.runner.wait(10_000)
    finally:
        database.dispose()
