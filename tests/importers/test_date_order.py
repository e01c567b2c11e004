"""Day or month first: decided once per file from all its dates; when nothing tells them apart the reading used is
recorded and the import report says so; the importing person can choose the order (--day-first, --month-first)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from qa_studio.cli import main
from qa_studio.importers.chat_csv import parse_csv
from qa_studio.importers.chat_text import parse_whatsapp
from qa_studio.importers.timestamps import date_order
from qa_studio.services.imports import ImportOptions, ImportService

AMBIGUOUS = "12/03/24, 10:00 - Ann: my order is late\n12/03/24, 10:05 - Bob: let me check\n"
TOLD = AMBIGUOUS + "13/03/24, 09:00 - Bob: it ships today\n"


def test_the_order_is_decided_from_every_date_in_the_file() -> None:
    assert date_order([(12, 3), (13, 3)], None, "month-first") == ("day-first", False)
    assert date_order([(3, 12), (1, 31)], None, "day-first") == ("month-first", False)
    assert date_order([(12, 3)], None, "month-first") == ("month-first", True)  # assumed, and it matters
    assert date_order([(5, 5), (1, 1)], None, "month-first") == ("month-first", False)  # reads the same both ways
    assert date_order([(12, 3), (13, 3)], "month-first", "day-first") == ("month-first", False)  # chosen


def test_an_ambiguous_whatsapp_file_records_the_assumed_reading() -> None:
    (conversation,) = parse_whatsapp(AMBIGUOUS, "utf-8")
    assert conversation.metadata == {"date_order": "month-first", "date_order_assumed": "1"}
    assert conversation.messages[0].sent_at == datetime(2024, 12, 3, 10, 0)
    (chosen,) = parse_whatsapp(AMBIGUOUS, "utf-8", "day-first")
    assert chosen.metadata == {"date_order": "day-first"} and chosen.messages[0].sent_at == datetime(2024, 3, 12, 10)
    (told,) = parse_whatsapp(TOLD, "utf-8")
    assert told.metadata == {"date_order": "day-first"} and told.messages[0].sent_at == datetime(2024, 3, 12, 10)


def test_a_csv_decides_the_same_way() -> None:
    text = "time,author,message\n12/03/2024 10:00,Ann,hi\n12/03/2024 10:05,Bob,hello\n"
    (conversation,) = parse_csv(text, None, "utf-8")
    assert conversation.metadata == {"date_order": "month-first", "date_order_assumed": "1"}
    assert conversation.messages[0].sent_at == datetime(2024, 12, 3, 10, 0)
    (chosen,) = parse_csv(text, None, "utf-8", "day-first")
    assert chosen.messages[0].sent_at == datetime(2024, 3, 12, 10, 0) and "date_order_assumed" not in chosen.metadata


@pytest.fixture
def chat(tmp_path: Path) -> Path:
    path = tmp_path / "WhatsApp Chat with Ann.txt"
    path.write_text(AMBIGUOUS, encoding="utf-8")
    return path


def test_the_import_report_says_which_reading_was_used(sqlite_db, chat: Path) -> None:  # noqa: ANN001
    (result,) = ImportService(sqlite_db).run([chat], actor="tester").results
    assert "read as month/day/year" in result.reason and "other date order" in result.reason


def test_the_person_importing_chooses_the_order(sqlite_db, chat: Path) -> None:  # noqa: ANN001
    from qa_studio.services.interactions import InteractionQueries

    (result,) = ImportService(sqlite_db).run([chat], ImportOptions(date_order="day-first"), actor="tester").results
    assert not result.reason
    detail = InteractionQueries(sqlite_db).detail(result.interaction_ids[0])
    assert detail.messages[0].sent_at == datetime(2024, 3, 12, 10, 0)


def test_the_command_line_has_day_first_and_month_first(tmp_path: Path, chat: Path, capsys, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("QA_STUDIO_HOME", str(tmp_path / "home"))
    assert main(["--db", f"sqlite:///{tmp_path / 'a.db'}", "import", str(chat)]) == 0
    assert "read as month/day/year" in capsys.readouterr().out
    assert main(["--db", f"sqlite:///{tmp_path / 'b.db'}", "import", str(chat), "--day-first"]) == 0
    assert "month/day/year" not in capsys.readouterr().out
    assert main(["import", str(chat), "--day-first", "--month-first"]) == 1
    assert "not allowed with argument" in capsys.readouterr().err
