"""The interaction list shows AutoQA's score and flags, and filters on them, driven like a reviewer would."""

from __future__ import annotations

from pathlib import Path

from qa_studio.services.scorecards import ScorecardService
from qa_studio.ui.interactions.model import COLUMNS
from tests.services.test_autoqa import write_chat
from tests.ui.test_main_window import make_window


def test_auto_score_and_flags_columns_and_filters(qtbot, sqlite_db, settings, tmp_path: Path) -> None:  # noqa: ANN001
    ScorecardService(sqlite_db).ensure_shipped()
    folder = tmp_path / "chats"
    write_chat(folder, "polite", ["Hello, I'm James. Let me check.", "It ships today. Anything else?",
                                  "Thank you for contacting us, goodbye!"])  # fmt: skip
    write_chat(folder, "rude", ["Calm down, it's not my problem.", "Goodbye."], first_reply_s=50)
    window = make_window(qtbot, sqlite_db, settings)
    window.import_service.run([folder], actor="tester")
    window.refresh()
    model, filters = window.interactions.model, window.interactions.filters
    assert model.rowCount() == 2
    score = next(n for n, c in enumerate(COLUMNS) if c.key == "auto_score")
    flags = next(n for n, c in enumerate(COLUMNS) if c.key == "auto_flags")
    shown = {model.index(r, flags).data(): model.index(r, score).data() for r in range(2)}
    assert all(value.isdigit() for value in shown.values())
    assert "Forbidden phrase, First reply over standard" in shown
    filters.auto.setCurrentIndex(filters.auto.findData("below:70"))
    assert model.rowCount() == 1
    assert "Forbidden phrase" in model.index(0, flags).data()
    filters.auto.setCurrentIndex(filters.auto.findData("fatal"))
    assert model.rowCount() == 0  # the chat scorecard's fatal criterion has no check
    filters.clear()
    assert model.rowCount() == 2
