"""The qa-studio command, run as a user would run it, in a separate process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

IMPORT_DATA = Path(__file__).parent / "data" / "import"


def qa(*args: str, db: str | None = None, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if home is not None:
        env["QA_STUDIO_HOME"] = str(home)
    command = [sys.executable, "-m", "qa_studio"] + (["--db", db] if db else []) + list(args)
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)


def test_help_lists_the_commands() -> None:
    result = qa("--help")
    assert result.returncode == 0
    for command in ("import", "list", "show", "demo"):
        assert command in result.stdout
    assert "--db" in result.stdout


def test_import_exits_non_zero_when_a_file_is_refused_but_imports_the_rest(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    result = qa(
        "import",
        str(IMPORT_DATA / "audio" / "mono.flac"),
        str(IMPORT_DATA / "audio" / "corrupt.wav"),
        "--agent",
        "李伟",
        db=db,
    )
    assert result.returncode == 1, result.stderr
    assert "REFUSED" in result.stdout and "corrupt.wav" in result.stdout
    listed = json.loads(qa("list", "--json", db=db).stdout)
    assert len(listed) == 1
    assert listed[0]["agent"] == "李伟" and listed[0]["channel"] == "call"
    assert listed[0]["source"] == str((IMPORT_DATA / "audio" / "mono.flac").resolve())
    again = qa("import", str(IMPORT_DATA / "audio" / "mono.flac"), "--json", db=db)
    assert again.returncode == 0
    assert json.loads(again.stdout)["duplicates"] == 1


def test_an_import_says_what_it_kept_file_by_file_before_it_is_killed(tmp_path: Path) -> None:
    """kill -9 part-way through a batch: each file stored before the kill has had its line printed."""
    import signal

    folder = tmp_path / "chats"
    folder.mkdir()
    for number in range(400):
        messages = [{"author": "Ava", "role": "customer", "timestamp": f"2026-03-02T10:{number % 60:02d}:00",
                     "text": f"Where is order {number}?"},
                    {"author": "James Porter", "role": "agent", "timestamp": f"2026-03-02T10:{number % 60:02d}:20",
                     "text": "Hello, let me check."}]  # fmt: skip
        chat = {"id": f"K-{number:03d}", "channel": "chat", "agent": "James Porter", "messages": messages}
        (folder / f"chat_{number:03d}.json").write_text(json.dumps(chat), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'killed.db'}"
    command = [sys.executable, "-m", "qa_studio", "--db", db, "import", str(folder)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as running:
        assert running.stdout is not None
        first = running.stdout.readline()
        running.send_signal(signal.SIGKILL)  # as soon as the first file is said to be kept
        printed = [first, *running.stdout.read().splitlines()]
    said = [line.split()[-1] for line in printed if line.startswith("imported")]
    assert said and said[0].endswith("chat_000.json")
    kept = {row["source"] for row in json.loads(qa("list", "--json", db=db).stdout)}
    assert len(kept) < 400, "the first file's line came only when the whole batch was done"
    assert set(said) <= kept


def test_demo_then_list_json_and_show(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    demo = qa("demo", "--json", db=db, home=tmp_path / "home")
    assert demo.returncode == 0, demo.stderr
    loaded = json.loads(demo.stdout)
    assert loaded["interactions_imported"] >= 100 and loaded["refused"] == 0
    assert loaded["calls_transcribed"] == 3  # the demo calls are transcribed on this computer
    rows = json.loads(qa("list", "--json", db=db).stdout)
    assert {row["status"] for row in rows if row["channel"] == "call"} <= {"transcribed", "evaluated"}
    assert {"id", "channel", "agent", "source"} <= set(rows[0])
    assert {row["channel"] for row in rows} == {"call", "chat", "email"}
    assert {row["agent"] for row in rows} >= {"王芳", "李伟", "陈静", "Emma Clarke", "James Porter", "张敏"}
    chinese = next(row for row in rows if row["agent"] == "王芳" and row["channel"] == "chat")
    shown = qa("show", str(chinese["id"]), db=db)
    assert shown.returncode == 0 and "王芳" in shown.stdout
    # The demo team's glossary, which the demo calls were transcribed with.
    assert {"售后服务中心", "退款", "工单号"} <= set(qa("glossary", "list", db=db).stdout.split())
    assert json.loads(qa("demo", "--json", db=db, home=tmp_path / "home").stdout)["interactions_imported"] == 0


def test_storage_errors_are_explained_with_status_2(tmp_path: Path) -> None:
    result = qa("list", db="postgresql://nobody:pw@127.0.0.1:1/none")
    assert result.returncode == 2
    assert "Cannot reach the database server" in result.stderr and "pw" not in result.stderr


def test_bad_arguments_are_explained(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    result = qa("import", str(IMPORT_DATA / "audio"), "--pattern", "{nonsense}", db=db)
    assert result.returncode == 1 and "unknown field" in result.stderr
    assert qa("list", "--agent", "Nobody", db=db).returncode == 1


def test_transcribe_and_transcript_headless(tmp_path: Path) -> None:
    audio = Path(__file__).parent / "data" / "audio"
    db = f"sqlite:///{tmp_path / 'tx.db'}"
    home = tmp_path / "home"
    qa("import", str(audio / "stereo_call.opus"), str(audio / "english_mono.opus"), db=db, home=home)
    result = qa("transcribe", "--all-pending", "--model", "tiny.en", "--json", db=db, home=home)
    assert result.returncode == 0, result.stderr
    jobs = json.loads(result.stdout)["jobs"]
    assert [j["state"] for j in jobs] == ["done", "done"]
    stereo_id = next(j["interaction_id"] for j in jobs if j["interaction_id"] == 1)
    txt = qa("transcript", str(stereo_id), db=db, home=home).stdout.splitlines()
    assert [line.split("] ")[1].split(":")[0] for line in txt] == ["Agent", "Customer", "Agent"]
    mono = qa("transcript", "2", db=db, home=home).stdout
    assert mono.startswith("[00:00] Speaker: ")
    srt = qa("transcript", str(stereo_id), "--format", "srt", db=db, home=home).stdout
    assert srt.startswith("1\n00:00:0") and " --> " in srt
    assert json.loads(qa("transcript", "2", "--format", "json", db=db, home=home).stdout)["segments"]
    missing = qa("transcript", "99", db=db, home=home)
    assert missing.returncode == 1 and "no interaction with id 99" in missing.stderr


def test_a_beam_size_outside_one_to_ten_is_refused_before_anything_is_queued(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'beam.db'}"
    audio = Path(__file__).parent / "data" / "audio"
    qa("import", str(audio / "english_mono.opus"), db=db, home=tmp_path)
    for wrong in ("0", "11", "-1", "two"):
        result = qa("transcribe", "1", "--beam-size", wrong, db=db, home=tmp_path)
        assert result.returncode == 1 and "the beam size is a whole number from 1 to 10" in result.stderr, result
        assert "Traceback" not in result.stderr
    assert [row["id"] for row in json.loads(qa("list", "--json", db=db).stdout)] == [1]


def test_scorecard_commands(tmp_path: Path) -> None:
    forms = Path(__file__).parents[1] / "forms"
    invalid = Path(__file__).parent / "data" / "scorecards" / "invalid" / "duplicate_key.yaml"
    checked = qa("scorecard", "validate", str(forms / "chat_standard.yaml"), str(invalid))
    assert checked.returncode == 1
    assert f'{invalid}:9: duplicate key "greeting" (first used on line 6)' in checked.stdout.splitlines()
    db = f"sqlite:///{tmp_path / 'sc.db'}"
    imported = qa("scorecard", "import", str(forms / "email_standard.yaml"), "--json", db=db)
    assert json.loads(imported.stdout) == [{"key": "email_standard", "version": 1, "action": "created"}]
    listed = json.loads(qa("scorecard", "list", "--json", db=db).stdout)
    assert [(s["key"], s["latest_version"], s["evaluations"]) for s in listed] == [("email_standard", 1, 0)]
    exported = qa("scorecard", "export", "email_standard", db=db)
    assert exported.returncode == 0 and "key: email_standard" in exported.stdout


def test_sample_then_evaluate_from_an_answers_file(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'ev.db'}"
    home = tmp_path / "home"
    assert qa("demo", "--no-transcribe", db=db, home=home).returncode == 0
    sampled = qa(
        "sample", "--per-agent", "2", "--reviewers", "刘洋,Sarah Lee", "--seed", "5", "--json", db=db, home=home
    )
    assert sampled.returncode == 0, sampled.stderr
    items = json.loads(sampled.stdout)["items"]
    assert len(items) == 12 and {i["reviewer"] for i in items} == {"刘洋", "Sarah Lee"}
    again = json.loads(qa("sample", "--per-agent", "2", "--reviewers", "刘洋,Sarah Lee", "--seed", "5", "--json",
                          "--dry-run", db=db, home=home).stdout)  # fmt: skip
    assert [i["interaction_id"] for i in again["items"]] == [i["interaction_id"] for i in items]
    chat = next(row for row in json.loads(qa("list", "--channel", "chat", "--json", db=db).stdout))
    answers = [
        {
            "interaction_id": chat["id"], "reviewer": "刘洋", "scorecard": "chat_standard",
            "answers": {
                "first_response": {"value": "no", "root_cause": "workload"}, "greeting": "yes", "verification": "na",
                "need_analysed": 4, "accuracy": "accurate", "relevance": 4, "clarity": 5, "empathy": "yes",
                "forbidden": [], "no_long_wait": "yes", "confirm_satisfaction": "yes", "closing_script": "yes",
                "proactive": "na", "escalation": "yes",
            },
        },
        {"interaction_id": chat["id"], "reviewer": "Sarah Lee", "answers": {"greeting": "maybe"}},
    ]  # fmt: skip
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    result = qa("evaluate", str(path), "--json", db=db)
    assert result.returncode == 1
    first, second = json.loads(result.stdout)
    assert float(first["score"]) > 80 and first["passed"]
    assert "takes yes or no" in second["error"]
    assert json.loads(qa("list", "--status", "evaluated", "--json", db=db).stdout)[0]["id"] == chat["id"]


def test_an_audit_entry_about_many_names_their_kind_not_none(tmp_path: Path) -> None:
    from qa_studio.services.autoqa import AutoQAService
    from qa_studio.services.scorecards import ScorecardService
    from qa_studio.storage.database import open_database

    db = f"sqlite:///{tmp_path / 'audit.db'}"
    qa("import", str(IMPORT_DATA / "chats" / "livechat.json"), db=db, home=tmp_path)
    database = open_database(db)
    ScorecardService(database).ensure_shipped()
    assert AutoQAService(database).run(actor="tester").scored == 1
    database.dispose()
    lines = qa("audit", db=db, home=tmp_path).stdout.splitlines()
    run = next(line for line in lines if "autoqa_run" in line)
    assert " interaction  {" in run and "None" not in run


def test_audit_log_export(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'audit.db'}"
    qa("import", str(IMPORT_DATA / "audio" / "mono.flac"), db=db)
    rows = json.loads(qa("audit", "--json", db=db).stdout)
    assert rows[-1]["action"] == "import" and rows[-1]["detail"] == {"imported": 1, "duplicates": 0, "refused": 0}
    as_csv = qa("audit", "--entity", "import_batch", "--csv", db=db).stdout.splitlines()
    assert as_csv[0] == "id,at,actor,action,entity_type,entity_id,detail" and len(as_csv) == 2
