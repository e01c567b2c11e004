"""`qa-studio list` streams: JSON written row by row in the old format, --limit in the query, --fields chosen."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import event, insert

from qa_studio.cli.listing import FIELDS, write_json
from qa_studio.services.interactions import InteractionFilter, InteractionQueries, InteractionRow
from qa_studio.storage.database import Database
from qa_studio.storage.models import Agent, Interaction, Message


@pytest.fixture
def listed(database: Database) -> Database:
    with database.engine.begin() as connection:
        connection.execute(insert(Agent), [{"name": "王芳"}, {"name": "Emma"}])
        start = datetime(2025, 1, 1, 9)
        connection.execute(insert(Interaction), [
            {"channel": "chat" if n % 2 else "email", "started_at": None if n % 50 == 0 else start + timedelta(
                minutes=n // 3), "agent_id": 1 + n % 2, "subject": "退款 refund" if n % 2 == 0 else None,
             "status": "new", "source_path": f"/chats/{n}.json", "source_format": "json", "source_key": f"k{n}",
             "role_rules": [], "message_count": 1} for n in range(300)])  # fmt: skip
        connection.execute(insert(Message), [{"interaction_id": n, "seq": 0, "author": "c", "role": "customer",
                                              "text": f"你好 {n}"} for n in range(1, 301)])  # fmt: skip
    return database


def qa(database: Database, *args: str) -> subprocess.CompletedProcess[str]:
    url = database.url.render_as_string(hide_password=False)
    return subprocess.run([sys.executable, "-m", "qa_studio", "--db", url, *args], capture_output=True, text=True,
                          timeout=300)  # fmt: skip


def test_json_is_the_same_text_as_before_and_limit_and_fields_apply(listed: Database) -> None:
    queries = InteractionQueries(listed)
    everything = list(queries.stream(InteractionFilter()))
    assert len(everything) == 300
    whole = qa(listed, "list", "--json")
    assert whole.returncode == 0, whole.stderr
    # What the command printed before it streamed: the whole list dumped at once.
    before = json.dumps([row.as_json() for row in everything], ensure_ascii=False, indent=2, default=str) + "\n"
    assert whole.stdout == before
    limited = json.loads(qa(listed, "list", "--json", "--limit", "10").stdout)
    assert limited == [row.as_json() for row in everything[:10]]
    chosen = json.loads(qa(listed, "list", "--json", "--fields", "id, agent,subject", "--limit", "3").stdout)
    assert chosen == [{"id": r.id, "agent": r.agent, "subject": r.subject} for r in everything[:3]]
    text = qa(listed, "list", "--limit", "4")
    assert text.returncode == 0 and len(text.stdout.strip().splitlines()) == 5  # four rows and the count


def test_an_unknown_field_or_negative_limit_is_refused_with_a_clear_message(sqlite_db: Database) -> None:
    bad = qa(sqlite_db, "list", "--json", "--fields", "id,agnet")
    assert bad.returncode == 1
    assert "agnet" in bad.stderr + bad.stdout and "agent" in bad.stderr + bad.stdout
    assert "Traceback" not in bad.stderr
    negative = qa(sqlite_db, "list", "--limit", "-1")
    assert negative.returncode == 1 and "Traceback" not in negative.stderr


def test_limit_is_applied_in_the_query(listed: Database) -> None:
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(listed.engine, "before_cursor_execute", seen)
    try:
        rows = list(InteractionQueries(listed).stream(InteractionFilter(), limit=10))
    finally:
        event.remove(listed.engine, "before_cursor_execute", seen)
    assert len(rows) == 10
    assert any("LIMIT" in statement.upper() for statement in statements)


def test_each_row_is_written_before_the_next_is_read() -> None:
    queries_row = InteractionRow(1, "chat", None, None, "王芳", None, None, "new", None, None, "你好", "/a.json", 1)
    out = io.StringIO()

    def rows() -> Iterator[InteractionRow]:
        yield queries_row
        assert '"王芳"' in out.getvalue()  # already written when the database is asked for the second row
        yield queries_row

    assert write_json(rows(), FIELDS, out) == 2
    assert json.loads(out.getvalue()) == [queries_row.as_json(), queries_row.as_json()]
    empty = io.StringIO()
    write_json(iter(()), FIELDS, empty)
    assert empty.getvalue() == "[]\n"


def test_a_command_closes_an_import_a_killed_process_left_and_loads_the_importers_only_then(database: Database) -> None:
    from sqlalchemy import select

    from qa_studio.storage.models import ImportBatch

    program = ("import sys\nfrom qa_studio.cli import main\ncode = main(sys.argv[1:])\n"
               "print('importers loaded' if 'qa_studio.services.imports' in sys.modules else 'importers not loaded')\n"
               "sys.exit(code)\n")  # fmt: skip
    url = database.url.render_as_string(hide_password=False)
    quiet = subprocess.run([sys.executable, "-c", program, "--db", url, "list", "--limit", "1"], capture_output=True,
                           text=True, timeout=300)  # fmt: skip
    assert quiet.returncode == 0 and "importers not loaded" in quiet.stdout, quiet.stderr
    with database.session() as session:
        session.add(ImportBatch())  # what an import killed on this computer leaves: no end, no lock file
    if not database.is_sqlite:
        return  # on a server, another PC may be importing right now: it is left alone until it is old
    marked = subprocess.run([sys.executable, "-c", program, "--db", url, "list", "--limit", "1"], capture_output=True,
                            text=True, timeout=300)  # fmt: skip
    assert marked.returncode == 0 and "importers loaded" in marked.stdout, marked.stderr
    with database.session() as session:
        (batch,) = session.scalars(select(ImportBatch)).all()
        assert batch.finished_at is not None and batch.cancelled


def test_rows_with_flags_quotes_and_line_breaks_are_the_same_text_as_json_dump_gave() -> None:
    """Flat objects are written by the C encoder, those holding a list by the indenting one: the same text either
    way, search hits (an extra object) included."""
    from decimal import Decimal

    rows = [
        InteractionRow(1, "chat", datetime(2025, 1, 2, 3, 4), 61_000, "王芳", "售后", "Billing", "new", 'C"1"', None,
                       "line one\nline two \u2028 \\", "/a.json", 2, Decimal("87.5"),
                       ["fatal_suspected", "long_silence"]),
        InteractionRow(2, "email", None, None, None, None, None, "evaluated", None, "E-2", None, "/b.eml", 0),
    ]  # fmt: skip
    out = io.StringIO()
    write_json(rows, FIELDS, out)
    assert out.getvalue() == json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2, default=str) + "\n"
    hits = io.StringIO()
    write_json(rows, ("id", "subject"), hits, extra=lambda r: {"hit": {"seq": r.id, "text": "…"}} if r.id == 1 else {})
    expected = [{"id": 1, "subject": rows[0].subject, "hit": {"seq": 1, "text": "…"}}, {"id": 2, "subject": None}]
    assert hits.getvalue() == json.dumps(expected, ensure_ascii=False, indent=2, default=str) + "\n"
