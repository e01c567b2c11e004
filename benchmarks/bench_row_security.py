"""What row-level security costs on a team database: the interaction list over 100,000 interactions and an agent's
My results, each as the database's owner (no policies apply) and as a person whose policies do apply, run in turn
(A B A B …) in one process so the machine's drift hits both alike.

Usage: python benchmarks/bench_row_security.py [--rows 100000] [--repeats 15] [--admin-url URL]
Target: with row-level security / without ≤ 1.2 for each query (medians of the paired ratios).
"""

from __future__ import annotations

import argparse
import statistics
import time
import uuid
from collections.abc import Callable
from datetime import date

from sqlalchemy import text

from qa_studio.scoring.engine import Answer
from qa_studio.services.evaluations import EvaluationService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries, SortKey
from qa_studio.services.reporting import Period, ReportingService
from qa_studio.services.scorecards import ScorecardService
from qa_studio.services.team import TeamService
from qa_studio.services.users import UserService
from qa_studio.storage.database import Database, open_database

ANSWERS = {
    "first_response": Answer("yes"), "greeting": Answer("yes"), "verification": Answer(not_applicable=True),
    "need_analysed": Answer(4), "accuracy": Answer("accurate"), "relevance": Answer(4), "clarity": Answer(5),
    "empathy": Answer("yes"), "forbidden": Answer([]), "no_long_wait": Answer("yes"),
    "confirm_satisfaction": Answer("yes"), "closing_script": Answer("yes"), "proactive": Answer(not_applicable=True),
}  # fmt: skip
AGENTS, TEAMS = 120, 8


def fill(owner: Database, rows: int, evaluations: int) -> None:
    """120 agents in 8 teams, `rows` chats with one message each, `evaluations` submitted evaluations spread over the
    agents (copies of one scored through the service, so every figure has real results to read)."""
    ScorecardService(owner).ensure_shipped()
    version = ScorecardService(owner).latest_version_id("chat_standard")
    with owner.engine.begin() as connection:
        connection.execute(text("INSERT INTO teams (name, created_at) SELECT 'Team ' || n, now() "
                                "FROM generate_series(1, :t) n"), {"t": TEAMS})  # fmt: skip
        connection.execute(text("INSERT INTO agents (name, team_id, active, created_at) "
                                "SELECT 'Agent ' || n, 1 + n % :t, true, now() FROM generate_series(1, :a) n"),
                           {"a": AGENTS, "t": TEAMS})  # fmt: skip
        connection.execute(text(
            "INSERT INTO interactions (channel, direction, queue, started_at, duration_ms, agent_id, team_id, status, "
            "source_path, source_format, source_key, role_rules, message_count, created_at) "
            "SELECT 'chat', 'inbound', 'Returns', timestamp '2026-01-01' + n * interval '4 minutes', 300000, "
            "1 + n % :a, 1 + (1 + n % :a) % :t, 'evaluated', '/chats/' || n, 'json', 'bench:' || n, '[]', 1, now() "
            "FROM generate_series(1, :rows) n"), {"rows": rows, "a": AGENTS, "t": TEAMS})  # fmt: skip
        connection.execute(text(
            "INSERT INTO messages (interaction_id, seq, author, role, sent_at, text) "
            "SELECT id, 0, 'Customer', 'customer', started_at, 'My parcel has not arrived, order ' || id "
            "FROM interactions"))  # fmt: skip
        connection.execute(text("INSERT INTO users (name, role, active, created_at) VALUES ('Reviewer', 'reviewer', "
                                "true, now())"))  # fmt: skip
    service = EvaluationService(owner)
    first = service.start(1, "Reviewer", version)
    service.save_draft(first, ANSWERS)
    service.submit(first, "Reviewer")
    with owner.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO evaluations (interaction_id, scorecard_version_id, reviewer_id, state, score, passed, "
            "fatal_failed, section_critical_failed, created_at, updated_at, submitted_at, result, original_result, "
            "row_version) SELECT i.id, e.scorecard_version_id, e.reviewer_id, 'submitted', e.score, e.passed, false, "
            "false, now(), now(), now(), e.result, e.result, 1 FROM interactions i, evaluations e "
            "WHERE e.id = :first AND i.id > 1 AND i.id % (:rows / :n) = 0"),
            {"first": first, "rows": rows, "n": evaluations})  # fmt: skip
        connection.execute(text("ANALYZE"))


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--evaluations", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--admin-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--explain", action="store_true", help="print each query plan as owner and as reviewer")
    args = parser.parse_args()
    suffix = uuid.uuid4().hex[:8]
    name, prefix = f"qa_bench_rls_{suffix}", f"b{suffix}"
    admin = Database(args.admin_url)
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = args.admin_url.rsplit("/", 1)[0] + f"/{name}"
    logins = [f"{prefix}ada", f"{prefix}rev", f"{prefix}agt"]  # never "<prefix>_…", the names of the group roles
    try:
        owner = open_database(url)
        fill(owner, args.rows, args.evaluations)
        TeamService(owner).enable(prefix, "Ada", logins[0], None)
        admin_db = Database(url.replace("postgres@", f"{logins[0]}@", 1))
        users = UserService(admin_db)
        users.add("Rita", "reviewer", "Ada", login=logins[1])
        users.add("Agent 11", "agent", "Ada", login=logins[2], agent="Agent 11")
        reviewer = Database(url.replace("postgres@", f"{logins[1]}@", 1))
        agent = Database(url.replace("postgres@", f"{logins[2]}@", 1))
        with owner.session() as session:
            agent_id = session.scalar(text("SELECT id FROM agents WHERE name = 'Agent 11'"))
        period = Period(date(2026, 1, 1), date(2027, 1, 1), "2026")
        everything = InteractionFilter()

        def counting(db: Database) -> Callable[[], object]:
            queries = InteractionQueries(db, masked=True)  # as the app reads for a reviewer, on both sides
            return lambda: queries.count(everything)

        def first_page(db: Database) -> Callable[[], object]:
            queries = InteractionQueries(db, masked=True)  # as the app reads for a reviewer, on both sides
            return lambda: queries.page(everything, 0, 200)

        def middle_page(db: Database) -> Callable[[], object]:
            queries = InteractionQueries(db, masked=True)  # as the app reads for a reviewer, on both sides
            return lambda: queries.page(everything, args.rows // 2, 200, SortKey.AGENT)

        def my_results(db: Database) -> Callable[[], object]:
            reports = ReportingService(db)
            return lambda: reports.my_results(agent_id, period)

        cases = [(f"count {args.rows:,} interactions", counting(owner), counting(reviewer)),
                 ("the list's first page (200 rows, newest first)", first_page(owner), first_page(reviewer)),
                 ("a page in the middle, sorted by agent", middle_page(owner), middle_page(reviewer)),
                 ("an agent's My results for a year", my_results(owner), my_results(agent))]  # fmt: skip
        own = ReportingService(agent).my_results(agent_id, period)
        print(f"{args.rows:,} interactions, {args.evaluations:,} evaluations, {AGENTS} agents; "
              f"the agent's report holds {own.summary.evaluations} evaluations, team figure over "
              f"{own.team_summary.evaluations}")  # fmt: skip
        if args.explain:
            from qa_studio.services.interactions import _SORT_COLUMNS, _conditions, _row_select
            from qa_studio.storage.models import Interaction

            query = _row_select().where(*_conditions(everything)).order_by(
                _SORT_COLUMNS[SortKey.AGENT].desc(), Interaction.id.desc())
            for who, db in (("owner", owner), ("reviewer", reviewer)):
                with db.engine.connect() as connection:
                    sql = str(query.compile(connection, compile_kwargs={"literal_binds": True}))
                    page = f"{sql} OFFSET {args.rows // 2} LIMIT 200"
                    for label, statement in (("middle page", page), ("count", "SELECT count(id) FROM interactions")):
                        print(f"--- {label} as {who}")
                        for (line,) in connection.execute(text("EXPLAIN (ANALYZE, BUFFERS off) " + statement)):
                            print(line)
        for label, plain, secured in cases:
            plain(), secured()  # warm the caches and the connection pools
            ratios, without, with_rls = [], [], []
            for _ in range(args.repeats):
                a, b = timed(plain), timed(secured)
                without.append(a)
                with_rls.append(b)
                ratios.append(b / a)
            print(f"{label}: without row-level security median {statistics.median(without):.1f} ms, with "
                  f"{statistics.median(with_rls):.1f} ms; ratio median {statistics.median(ratios):.2f} "
                  f"(min {min(ratios):.2f}, max {max(ratios):.2f})")  # fmt: skip
        for db in (owner, admin_db, reviewer, agent):
            db.dispose()
    finally:
        with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for login in logins:
                connection.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
            for group in ("reviewer", "lead", "trainer", "admin", "agent", "staff", "user"):
                connection.execute(text(f'DROP ROLE IF EXISTS "{prefix}_{group}"'))
        admin.dispose()


if __name__ == "__main__":
    main()
