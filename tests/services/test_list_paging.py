"""The list's pages at a million rows come from indexes, yet hold exactly the rows, in exactly the order, that the
plain query (join everything, ORDER BY, OFFSET) gave: every sort column, both directions, ties, NULLs, filters,
masking, on SQLite and PostgreSQL."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import event, select

from qa_studio.services import search
from qa_studio.services.interactions import (
    _SORT_COLUMNS,
    InteractionFilter,
    InteractionQueries,
    InteractionRow,
    SortKey,
    _conditions,
    _row_select,
)
from qa_studio.storage.database import Database
from qa_studio.storage.models import Agent, Interaction, Message, Team
from qa_studio.transcribe.redaction import redact

ROWS = 120


@pytest.fixture
def crowded(database: Database) -> Database:
    """Interactions with many equal values (ties), missing agents, teams, queues, times and durations (NULLs),
    names whose order differs from their ids, and first messages holding card numbers for masking."""
    rng = random.Random(19)
    with database.session() as session:
        teams = [Team(name=name) for name in ("Zeta 售后", "alpha", "Beta 跨境")]
        session.add_all(teams)
        session.flush()
        agents = [Agent(name=name, team_id=teams[n % 3].id) for n, name in
                  enumerate(("王芳", "emma", "Zoë", "Ángel", "bob", "Émile", "李雷"))]  # fmt: skip
        session.add_all(agents)
        session.flush()
        start = datetime(2025, 6, 1, 8, 0)
        for number in range(ROWS):
            agent = rng.choice([*agents, None])
            interaction = Interaction(
                channel=rng.choice(["call", "chat", "email"]),
                started_at=None if number % 17 == 0 else start + timedelta(hours=rng.randint(0, 40)),
                duration_ms=None if number % 11 == 0 else 1000 * rng.randint(0, 5),
                agent_id=agent.id if agent else None,
                team_id=agent.team_id if agent and number % 13 else None,
                queue=rng.choice(["Delivery", "退换货", None]),
                status=rng.choice(["new", "transcribed", "evaluated"]),
                customer_ref=rng.choice(["C1", "C2", "c3", None]),
                subject="Card 4111 1111 1111 1111 refund" if number % 19 == 0 else None,
                source_path=f"/data/{number}.json",
                source_format="json",
                source_key=f"k{number}",
            )
            session.add(interaction)
            session.flush()
            if number % 4:
                text = f"卡号 6222 0200 1234 5678 {number}" if number % 5 == 0 else f"hello {number}"
                session.add(Message(interaction_id=interaction.id, seq=0, author="c", role="customer", text=text))
        session.flush()
        search.reindex(session, list(range(1, ROWS + 1)))  # as import does
    return database


def _plain_page(queries: InteractionQueries, flt: InteractionFilter, offset: int, limit: int, sort: SortKey,
                descending: bool) -> list[InteractionRow]:  # fmt: skip
    """The list's query before it was paged by index: the reference the new pages must equal."""
    column = _SORT_COLUMNS[sort]
    order = [column.desc() if descending else column.asc()]
    if sort != SortKey.ID:
        order.append(Interaction.id.desc() if descending else Interaction.id.asc())
    query = (
        _row_select(queries.masked)
        .where(*_conditions(flt, queries.masked, queries.database.engine.dialect.name))
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    with queries.database.session() as session:
        return [queries._row(values) for values in session.execute(query)]


def _filters(database: Database) -> list[InteractionFilter]:
    with database.session() as session:
        agent = session.scalar(select(Agent.id).where(Agent.name == "Zoë"))
        team = session.scalar(select(Team.id).where(Team.name == "alpha"))
    return [
        InteractionFilter(),
        InteractionFilter(channel="chat"),
        InteractionFilter(agent_id=agent, status="new"),
        InteractionFilter(team_id=team, date_from=date(2025, 6, 1), date_to=date(2025, 6, 1)),
        InteractionFilter(text="hello 1"),
    ]


def test_every_sort_and_direction_gives_the_same_pages_as_the_plain_query(crowded: Database) -> None:
    queries = InteractionQueries(crowded, masked=True)
    queries.mark_every = 4  # deep pages start from position marks, as at a million rows
    for flt in _filters(crowded):
        total = queries.count(flt)
        assert total > 0
        for sort in SortKey:
            for descending in (False, True):
                whole = _plain_page(queries, flt, 0, ROWS, sort, descending)
                assert queries.page(flt, 0, ROWS, sort, descending) == whole, (flt, sort, descending)
                for offset, limit in ((5, 13), (total // 2, 9), (max(total - 4, 0), 10)):
                    page = queries.page(flt, offset, limit, sort, descending)
                    assert page == whole[offset : offset + limit], (flt, sort, descending, offset, limit)


def test_masking_reaches_the_paged_rows(crowded: Database) -> None:
    masked = InteractionQueries(crowded, masked=True).page(InteractionFilter(), 0, ROWS, SortKey.AGENT, False)
    plain = InteractionQueries(crowded).page(InteractionFilter(), 0, ROWS, SortKey.AGENT, False)
    assert [row.subject and redact(row.subject) for row in plain] == [row.subject for row in masked]
    assert any(a.subject != b.subject for a, b in zip(plain, masked, strict=True))


def test_a_recount_sees_rows_added_since_the_last_page(crowded: Database) -> None:
    queries = InteractionQueries(crowded)
    flt = InteractionFilter()
    queries.count(flt)
    before = queries.page(flt, 0, ROWS + 10, SortKey.AGENT, False)
    with crowded.session() as session:
        agent = session.scalar(select(Agent).where(Agent.name == "bob"))
        assert agent is not None
        session.add(Interaction(channel="chat", agent_id=agent.id, team_id=agent.team_id, source_path="/new",
                                source_format="json", source_key="new"))  # fmt: skip
    queries.count(flt)
    after = queries.page(flt, 0, ROWS + 10, SortKey.AGENT, False)
    assert len(after) == len(before) + 1
    assert after == _plain_page(queries, flt, 0, ROWS + 10, SortKey.AGENT, False)


def test_stream_gives_the_old_order_and_stops_at_the_limit_in_sql(crowded: Database) -> None:
    queries = InteractionQueries(crowded, masked=True)
    flt = InteractionFilter(channel="chat")
    expected = _plain_page(queries, flt, 0, ROWS, SortKey.STARTED, False)
    # The old listing: started_at, then id, going up, where the database puts rows without a time.
    assert list(queries.stream(flt, batch=7)) == expected
    assert list(queries.stream(flt, limit=5)) == expected[:5]


def test_the_deep_page_reads_ids_from_an_index(crowded: Database) -> None:
    """Each sort's id query is answered from an index, not by sorting the table (the point of migration 0006)."""
    with crowded.session() as session:
        dialect = session.get_bind().dialect.name
        for sort in (SortKey.CHANNEL, SortKey.STATUS, SortKey.QUEUE, SortKey.DURATION, SortKey.CUSTOMER,
                     SortKey.STARTED):  # fmt: skip
            column = _SORT_COLUMNS[sort]
            query = select(Interaction.id).order_by(column.desc(), Interaction.id.desc()).offset(100).limit(10)
            compiled = str(query.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
            if dialect == "sqlite":
                plan = " ".join(str(row[-1]) for row in session.connection().exec_driver_sql(
                    f"EXPLAIN QUERY PLAN {compiled}"))  # fmt: skip
                assert "USING" in plan and "INDEX" in plan and "TEMP B-TREE" not in plan, (sort, plan)
            else:
                # With sorting made prohibitively dear, a plan still holding a Sort has no index giving this order.
                for setting in ("enable_seqscan", "enable_bitmapscan", "enable_sort"):
                    session.connection().exec_driver_sql(f"SET LOCAL {setting} = off")
                plan = " ".join(row[0] for row in session.connection().exec_driver_sql(f"EXPLAIN {compiled}"))
                assert "Index" in plan and "Sort" not in plan, (sort, plan)


def test_pages_after_all_marks_are_prepared_are_the_same(crowded: Database) -> None:
    queries = InteractionQueries(crowded)
    queries.mark_every = 3
    flt = InteractionFilter()
    total = queries.count(flt)
    for sort, descending in ((SortKey.STARTED, True), (SortKey.QUEUE, False), (SortKey.TEAM, True)):
        queries.prepare(flt, sort, descending)
        plan = queries._plans[(flt, sort, descending)]
        assert sum(len(marks) for marks in plan.marks.values()) >= total // 3 - len(plan.segments)
        whole = _plain_page(queries, flt, 0, ROWS, sort, descending)
        for offset in range(0, total, 7):
            assert queries.page(flt, offset, 5, sort, descending) == whole[offset : offset + 5], (sort, offset)


def test_jumps_in_any_order_give_the_plain_query_rows(crowded: Database) -> None:
    """Marks found from the start, from the end (walking the index backwards) and from known marks on either side."""
    flt = InteractionFilter()
    for sort, descending in ((SortKey.STARTED, True), (SortKey.DURATION, False), (SortKey.AGENT, False)):
        queries = InteractionQueries(crowded)
        queries.mark_every = 3
        total = queries.count(flt)
        whole = _plain_page(queries, flt, 0, ROWS, sort, descending)
        offsets = list(range(0, total, 2))
        random.Random(19).shuffle(offsets)
        for offset in offsets:
            assert queries.page(flt, offset, 4, sort, descending) == whole[offset : offset + 4], (sort, offset)


def test_the_first_jump_near_the_end_walks_from_the_end(crowded: Database) -> None:
    """After a reload no mark is known: a jump near the end of the list reads the index backwards from its end, not
    forwards over nearly every entry."""
    queries = InteractionQueries(crowded)
    queries.mark_every = 4
    flt = InteractionFilter()
    total = queries.count(flt)
    offsets: list[int] = []

    def seen(_conn, _cursor, statement: str, parameters, *_args) -> None:  # noqa: ANN001
        if "OFFSET" in statement.upper():
            values = parameters.values() if isinstance(parameters, dict) else parameters
            offsets.extend(v for v in values if isinstance(v, int))

    event.listen(crowded.engine, "before_cursor_execute", seen)
    try:
        page = queries.page(flt, total - 6, 5, SortKey.STARTED, True)
    finally:
        event.remove(crowded.engine, "before_cursor_execute", seen)
    assert page == _plain_page(queries, flt, 0, ROWS, SortKey.STARTED, True)[total - 6 : total - 1]
    assert offsets and max(offsets) < total // 2


def test_the_first_jump_after_a_reload_gives_the_plain_query_rows_for_every_sort(crowded: Database) -> None:
    """Each jump on a list just reloaded (nothing counted but the total, no mark known), anywhere in the list, in
    every order: runs by agent or team are counted only from the nearer end, and still give the OFFSET query's rows."""
    for flt in (InteractionFilter(), InteractionFilter(channel="chat")):
        for sort in SortKey:
            for descending in (False, True):
                whole = _plain_page(InteractionQueries(crowded), flt, 0, ROWS, sort, descending)
                total = len(whole)
                for offset in (0, 3, total // 3, total // 2, total - total // 3, total - 5, total - 1, total):
                    queries = InteractionQueries(crowded)
                    queries.mark_every = 4
                    assert queries.count(flt) == total
                    page = queries.page(flt, offset, 6, sort, descending)
                    assert page == whole[offset : offset + 6], (flt, sort, descending, offset)


def test_a_jump_near_the_end_sorted_by_agent_counts_only_the_last_agents(crowded: Database) -> None:
    queries = InteractionQueries(crowded)
    flt = InteractionFilter()
    total = queries.count(flt)
    queries.page(flt, total - 2, 2, SortKey.AGENT, False)
    plan = queries._plans[(flt, SortKey.AGENT, False)]
    counted = [segment.length for segment in plan.segments if segment.length is not None]
    assert counted and len(counted) < len(plan.segments)
    assert sum(counted) < total
