"""Scorecard versions in the database (SQLite and PostgreSQL): new versions for scoring changes only."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from qa_studio.resources import FORMS_DIR
from qa_studio.scoring.loader import load_scorecard, load_scorecard_text
from qa_studio.services.scorecards import ScorecardNotAllowed, ScorecardService
from qa_studio.storage.database import Database
from tests.people import add_people


def test_shipped_scorecards_are_imported_once(database: Database) -> None:
    add_people(database, 周婷="lead")
    service = ScorecardService(database)
    outcomes = service.ensure_shipped()
    assert sorted(o.key for o in outcomes) == ["chat_standard", "email_standard", "phone_call_standard"]
    assert service.ensure_shipped() == []
    listed = {s.key: s for s in service.list()}
    assert listed["chat_standard"].name_zh == "在线客服服务质检标准" and listed["chat_standard"].latest_version == 1


def test_a_start_reads_no_shipped_form_already_imported_but_imports_one_that_is_new(
    database: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The app checks the shipped forms at every start; parsing their YAML took a sixth of a second of it."""
    from qa_studio.services import scorecards

    add_people(database, 周婷="lead")
    service = ScorecardService(database)
    service.ensure_shipped()
    parsed: list[str] = []
    monkeypatch.setattr(scorecards, "load_scorecard", lambda path: parsed.append(path.name) or load_scorecard(path))
    assert service.ensure_shipped() == [] and parsed == []
    # A release that ships a new form: only that file is read, and it is imported.
    for path in FORMS_DIR.glob("*.yaml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    text = (FORMS_DIR / "email_standard.yaml").read_text(encoding="utf-8")
    (tmp_path / "email_second.yaml").write_text(text.replace("key: email_standard", "key: email_second"), "utf-8")
    monkeypatch.setattr(scorecards, "FORMS_DIR", tmp_path)
    outcomes = service.ensure_shipped()
    assert [o.key for o in outcomes] == ["email_second"] and parsed == ["email_second.yaml"]


def test_wording_fix_keeps_the_version_scoring_change_adds_one(database: Database, tmp_path: Path) -> None:
    add_people(database, 周婷="lead")
    service = ScorecardService(database)
    source = (FORMS_DIR / "chat_standard.yaml").read_text(encoding="utf-8")
    assert service.import_scorecard(load_scorecard_text(source), "周婷").action == "created"
    assert service.import_scorecard(load_scorecard_text(source), "周婷").action == "unchanged"
    reworded = source.replace("First reply within 30 seconds", "First reply in 30 seconds or less")
    outcome = service.import_scorecard(load_scorecard_text(reworded), "周婷")
    assert (outcome.version, outcome.action) == (1, "wording updated")
    first_id = service.latest_version_id("chat_standard")
    assert service.version(first_id).criterion("first_response").label.en == "First reply in 30 seconds or less"
    stricter = reworded.replace("pass_mark: 80", "pass_mark: 85")
    outcome = service.import_scorecard(load_scorecard_text(stricter), "周婷")
    assert (outcome.version, outcome.action) == (2, "new version")
    assert service.version(first_id).pass_mark == 80  # the old version reads as it was
    assert service.version(service.latest_version_id("chat_standard")).pass_mark == 85


def test_export_round_trips_and_retire(database: Database, tmp_path: Path) -> None:
    add_people(database, 周婷="lead")
    service = ScorecardService(database)
    service.import_file(FORMS_DIR / "phone_call_standard.yaml", "周婷")
    exported = tmp_path / "phone.yaml"
    exported.write_text(service.export_yaml("phone_call_standard"), encoding="utf-8")
    assert load_scorecard(exported) == load_scorecard(FORMS_DIR / "phone_call_standard.yaml")
    assert yaml.safe_load(exported.read_text(encoding="utf-8"))["key"] == "phone_call_standard"
    for nobody in ("刘洋", ""):  # not a lead, or no identity at all
        with pytest.raises(ScorecardNotAllowed, match="only a lead or an administrator"):
            service.set_retired("phone_call_standard", actor=nobody)
    service.set_retired("phone_call_standard", actor="周婷")
    assert [s.key for s in service.list(include_retired=False)] == []
    with pytest.raises(LookupError):
        service.export_yaml("phone_call_standard", version=7)
