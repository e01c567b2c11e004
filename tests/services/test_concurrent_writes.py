"""Several writers at once, on SQLite and PostgreSQL: every write either lands or is refused with a clear message,
nothing is lost silently, and one reviewer never ends up with two drafts of one interaction."""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from qa_studio.domain import ImportOutcome
from qa_studio.scoring.model import Answer
from qa_studio.services.evaluations import ConflictError, EvaluationService
from qa_studio.services.imports import ImportService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.services.scorecards import ScorecardService
from qa_studio.storage.database import Database, DatabaseLocked
from qa_studio.storage.models import AuditEntry, Evaluation, Interaction
from tests.chat_answers import ALL_MET
from tests.people import add_people

CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"
WRITERS = 6


def _at_once(work: Callable[[int], object], writers: int = WRITERS) -> list[object]:
    """Run `work(i)` in `writers` threads released together; each result or the exception it raised."""
    gate, results = threading.Barrier(writers), [None] * writers

    def run(i: int) -> None:
        gate.wait()
        try:
            results[i] = work(i)
        except Exception as exc:  # noqa: BLE001 - collected and judged by the test
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    return results


def _chat(database: Database) -> int:
    ScorecardService(database).ensure_shipped()
    ImportService(database).run([CHATS], actor="owner")
    add_people(database, 刘洋="reviewer", 周婷="lead")
    return next(InteractionQueries(database).iterate(InteractionFilter(channel="chat"))).id


def test_simultaneous_starts_make_one_draft(database: Database) -> None:
    chat = _chat(database)
    service = EvaluationService(database)
    results = _at_once(lambda _i: service.start(chat, "刘洋"))
    assert all(isinstance(r, int) for r in results), results
    assert len(set(results)) == 1
    with database.session() as session:
        assert session.scalar(select(func.count(Evaluation.id)).where(Evaluation.interaction_id == chat)) == 1


def test_simultaneous_changes_after_submit_land_or_are_refused_clearly(database: Database) -> None:
    chat = _chat(database)
    service = EvaluationService(database)
    evaluation = service.start(chat, "刘洋")
    service.save_draft(evaluation, ALL_MET)
    service.submit(evaluation, "刘洋")
    version = service.get(evaluation).row_version
    results = _at_once(lambda i: service.edit_after_submit(evaluation, {**ALL_MET, "clarity": Answer(1 + i % 5)},
                                                           f"second look {i}", "周婷", expected_version=version))
    landed = [r for r in results if not isinstance(r, Exception)]
    refused = [r for r in results if isinstance(r, Exception)]
    assert all(isinstance(r, ConflictError | DatabaseLocked) for r in refused), refused
    assert len(landed) == 1  # everyone started from the same version: one change lands, the rest are told
    with database.session() as session:
        edits = session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == "evaluation_edited"))
    assert edits == 1


def test_drafts_saved_at_once_lose_no_update(database: Database) -> None:
    chat = _chat(database)
    service = EvaluationService(database)
    evaluation = service.start(chat, "刘洋")
    version = service.save_draft(evaluation, ALL_MET)
    results = _at_once(lambda i: service.save_draft(evaluation, ALL_MET, comment=f"writer {i}",
                                                    expected_version=version))
    landed = [r for r in results if not isinstance(r, Exception)]
    assert len(landed) == 1 and all(isinstance(r, ConflictError | DatabaseLocked) for r in results if r not in landed)
    assert service.get(evaluation).row_version == landed[0]


def test_the_same_person_added_twice_at_once_is_one_user_and_a_clear_message(database: Database) -> None:
    from qa_studio.services.identity import IdentityService
    from qa_studio.services.users import UserError, UserService
    from qa_studio.storage.models import User

    admin = IdentityService(database).current(login="it-admin")  # the first account administers the database
    service = UserService(database)
    results = _at_once(lambda _i: service.add("刘洋", "reviewer", admin.name))
    added = [r for r in results if not isinstance(r, Exception)]
    refused = [r for r in results if isinstance(r, Exception)]
    assert len(added) == 1 and all(isinstance(r, UserError | DatabaseLocked) for r in refused), refused
    assert all("刘洋" in str(r) for r in refused if isinstance(r, UserError))
    with database.session() as session:
        assert session.scalar(select(func.count(User.id)).where(User.name == "刘洋")) == 1


def _chat_folder(folder: Path, count: int) -> Path:
    """`count` new chats, one a file, by agents none of whom is known yet (so the importers race to add them too)."""
    folder.mkdir()
    for serial in range(count):
        agent = ("Emma Clarke", "王芳", "James Porter")[serial % 3]
        at = f"2026-11-02T09:{serial:02d}"
        chat = {"id": f"AT-ONCE-{serial:03d}", "channel": "chat", "agent": agent, "team": "Cross-border 跨境组",
                "queue": "Returns", "customer": "Olivia Brown",
                "messages": [{"author": "Olivia Brown", "role": "customer", "timestamp": f"{at}:00",
                              "text": f"Where is my order {serial}?"},
                             {"author": agent, "role": "agent", "timestamp": f"{at}:30",
                              "text": "Let me check that for you."}]}  # fmt: skip
        (folder / f"chat_{serial:03d}.json").write_text(json.dumps(chat, ensure_ascii=False), encoding="utf-8")
    return folder


def test_the_same_folder_imported_by_several_at_once_is_imported_once_and_never_refused(
    database: Database, tmp_path: Path
) -> None:
    folder = _chat_folder(tmp_path / "bulk", 30)
    importers = 3
    reports = _at_once(lambda i: ImportService(database).run([folder], actor=f"importer {i}"), importers)
    assert not [r for r in reports if isinstance(r, Exception)], reports
    outcomes: dict[str, Counter] = {}
    for report in reports:
        assert report.ok, [(r.path, r.reason) for r in report.results if r.outcome == ImportOutcome.REFUSED]
        for result in report.results:
            outcomes.setdefault(result.path, Counter())[result.outcome] += 1
    assert len(outcomes) == 30
    # Each file stored by exactly one importer; the others were told it was there already, as if imported earlier.
    assert all(seen == {ImportOutcome.IMPORTED: 1, ImportOutcome.DUPLICATE: importers - 1}
               for seen in outcomes.values()), outcomes  # fmt: skip
    with database.session() as session:
        assert session.scalar(select(func.count(Interaction.id))) == 30
