"""`qa-studio kpi`: a survey export with bad rows is imported with a line per refused row and the good rows kept;
standards are set by a lead; the figures print."""

from __future__ import annotations

from pathlib import Path

from qa_studio.services.kpis import KpiService
from qa_studio.storage.database import open_database
from tests.people import add_people
from tests.test_cli import IMPORT_DATA, qa


def test_kpi_import_reports_each_bad_row_and_keeps_the_good(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'kpi.db'}"
    home = tmp_path / "home"
    assert qa("import", str(IMPORT_DATA / "chats" / "wecom_gbk.csv"), db=db, home=home).returncode == 0
    database = open_database(db)
    add_people(database, 周婷="lead")
    database.dispose()
    survey = tmp_path / "csat.csv"
    survey.write_bytes(b"\n".join([b"external_id,csat,resolved", b"W-1,5,yes", "W-2,4,是".encode("gbk"),
                                   b"W-9,4,yes", b"W-2,9,no", "W-2,3,是".encode()]))  # fmt: skip
    result = qa("kpi", "import", str(survey), db=db, home=home)
    assert result.returncode == 1, result.stderr  # some rows refused, the rest kept
    lines = result.stdout.splitlines()
    assert "line 3: the line is not utf-8 text like the rest of the file; save the file again as UTF-8" in lines
    assert "line 4: no interaction has the external id or customer reference W-9" in lines
    assert "line 5: score 9 is outside the survey's 1–5" in lines
    assert lines[-1] == "2 rows kept, 3 refused (utf-8)"
    database = open_database(db)
    chat = KpiService(database).figures().channels[0]
    assert (chat.csat, chat.csat_n, chat.resolution_share) == (4.0, 2, 1.0)
    database.dispose()
    shown = qa("kpi", "show", "--period", "2024-W09", db=db, home=home)  # 2 March 2024 is in ISO week 9
    assert shown.returncode == 0 and "chat: 2 interactions" in shown.stdout and "CSAT 4.00 (2)" in shown.stdout
    missing = qa("kpi", "import", str(tmp_path / "nope.csv"), db=db, home=home)
    assert missing.returncode == 1 and "cannot read the file" in missing.stderr  # one line, exit status 1
    # The lead sets the repeated-failure threshold for the whole team; out of range is refused in words.
    standards = qa("kpi", "standards", "--repeat", "4", "--chat", "45", db=db, home=home)
    assert standards.returncode == 0, standards.stderr
    assert "repeated failure: 4 failures of one criterion by one agent in the period" in standards.stdout
    assert "chat: reply within 45 s" in standards.stdout
    refused = qa("kpi", "standards", "--repeat", "0", db=db, home=home)
    assert refused.returncode == 1 and "a repeated failure is 1 to 50 failures, not 0" in refused.stderr
    database = open_database(db)
    assert KpiService(database).standards().repeat_threshold == 4
    database.dispose()
