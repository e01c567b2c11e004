"""`qa-studio autoqa` and the list's AutoQA filters, run as a user would from a terminal."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import IMPORT_DATA, qa

FORMS = Path(__file__).parents[1] / "forms"


def test_autoqa_catches_up_the_backlog_and_the_list_filters_on_it(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'aq.db'}"
    home = tmp_path / "home"
    # Imported before any chat scorecard exists: nothing could be checked then.
    imported = qa("import", str(IMPORT_DATA / "chats" / "livechat.json"), db=db, home=home)
    assert imported.returncode == 0, imported.stderr
    assert qa("scorecard", "import", str(FORMS / "chat_standard.yaml"), db=db, home=home).returncode == 0
    before = json.loads(qa("list", "--json", db=db, home=home).stdout)
    assert [row["auto_score"] for row in before] == [None]
    ran = qa("autoqa", "--all", "--json", db=db, home=home)
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout) == {"scored": 1, "skipped": 0}
    rows = json.loads(qa("list", "--json", db=db, home=home).stdout)
    # livechat.json: first reply after 47 s, over the 30 s standard.
    assert rows[0]["auto_score"] is not None and "slow_first_reply" in rows[0]["auto_flags"]
    mark = rows[0]["auto_score"]
    assert json.loads(qa("list", "--json", "--auto-below", str(mark), db=db, home=home).stdout) == []
    assert len(json.loads(qa("list", "--json", "--auto-below", str(mark + 1), db=db, home=home).stdout)) == 1
    again = qa("autoqa", "--all", "--json", db=db, home=home)
    assert json.loads(again.stdout) == {"scored": 0, "skipped": 0}
    nothing = qa("autoqa", db=db, home=home)
    assert nothing.returncode == 1 and "--all" in nothing.stderr  # a refusal, in one line
    table = qa("autoqa", "--agreement", "--json", db=db, home=home)
    assert table.returncode == 0
    assert {row["criterion"] for row in json.loads(table.stdout)} >= {"greeting", "first_response"}
    sampled = qa("sample", "--per-agent", "1", "--reviewers", "刘洋", "--risk-share", "1", "--risk-flags",
                 "slow_first_reply", "--dry-run", "--json", db=db, home=home)  # fmt: skip
    assert sampled.returncode == 0, sampled.stderr
    assert [i["rule"] for i in json.loads(sampled.stdout)["items"]] == ["risk (100 %): slow first reply; 1 of 1"]
    wrong = qa("sample", "--reviewers", "刘洋", "--risk-share", "0.3", "--risk-flags", "rude", db=db, home=home)
    assert wrong.returncode == 1 and "unknown flag rude" in wrong.stderr


def test_list_search_gives_each_hit_its_message(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'search.db'}"
    home = tmp_path / "home"
    assert qa("import", str(IMPORT_DATA / "chats" / "livechat.json"), db=db, home=home).returncode == 0
    found = qa("list", "--search", "PARCEL is late", "--json", db=db, home=home)
    assert found.returncode == 0, found.stderr
    (row,) = json.loads(found.stdout)
    assert row["hits"] == [{"kind": "message", "message": 1, "excerpt": "Hi, my parcel is late."}]


def test_keyword_lists_are_managed_and_counted_from_the_terminal(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'kw.db'}"
    home = tmp_path / "home"
    assert qa("import", str(IMPORT_DATA / "chats" / "livechat.json"), db=db, home=home).returncode == 0
    added = qa("keywords", "add", "Late parcels", "parcel is late", "投诉", db=db, home=home)
    assert added.returncode == 0, added.stderr
    listed = json.loads(qa("keywords", "list", "--json", db=db, home=home).stdout)
    assert listed == [{"name": "Late parcels", "phrases": ["parcel is late", "投诉"]}]
    counts = json.loads(qa("keywords", "counts", "--per", "week", "--json", db=db, home=home).stdout)
    assert counts["per"] == "week" and [r["interactions"] for r in counts["agents"]] == [1]
    assert counts["teams"][0]["agent"] is None and counts["teams"][0]["list"] == "Late parcels"
    assert qa("keywords", "remove", "Late parcels", "投诉", db=db, home=home).returncode == 0
    assert qa("keywords", "remove", "Late parcels", db=db, home=home).returncode == 0
    assert json.loads(qa("keywords", "list", "--json", db=db, home=home).stdout) == []
