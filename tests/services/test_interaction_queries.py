"""Filtering, sorting, paging and search of the interaction list happen in the database."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from qa_studio.services import search
from qa_studio.services.imports import ImportService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries, SortKey
from qa_studio.storage.database import Database
from qa_studio.storage.models import Agent, Interaction, Message, Team


@pytest.fixture
def filled(database: Database) -> Database:
    with database.session() as session:
        east, west = Team(name="售后一组"), Team(name="Cross-border")
        session.add_all([east, west])
        session.flush()
        wang, emma = Agent(name="王芳", team_id=east.id), Agent(name="Emma Clarke", team_id=west.id)
        session.add_all([wang, emma])
        session.flush()
        start = datetime(2024, 3, 1, 9, 0)
        for number in range(30):
            agent = wang if number % 2 == 0 else emma
            interaction = Interaction(
                channel="chat" if number % 3 else "call",
                started_at=start + timedelta(days=number),
                duration_ms=1000 * number,
                agent_id=agent.id,
                team_id=agent.team_id,
                queue="退换货" if number % 5 == 0 else "Delivery",
                status="new" if number < 20 else "evaluated",
                customer_ref=f"C{number:03d}",
                source_path=f"/data/file_{number}.json",
                source_format="json",
                source_key=f"k{number}",
            )
            session.add(interaction)
            session.flush()
            session.add(
                Message(
                    interaction_id=interaction.id,
                    seq=0,
                    author="x",
                    role="customer",
                    text="我要退款 100%" if number == 7 else f"hello {number}",
                )
            )
        # Written past the importer, so indexed for search as the importer would.
        session.flush()
        search.reindex(session, list(session.scalars(select(Interaction.id))))
    return database


def test_filters_combine(filled: Database) -> None:
    queries = InteractionQueries(filled)
    agents = dict((name, ident) for ident, name in queries.agents())
    teams = dict((name, ident) for ident, name in queries.teams())
    assert queries.count(InteractionFilter()) == 30
    assert queries.count(InteractionFilter(agent_id=agents["王芳"])) == 15
    assert queries.count(InteractionFilter(team_id=teams["Cross-border"], channel="call")) == 5
    assert queries.count(InteractionFilter(status="evaluated")) == 10
    march = InteractionFilter(date_from=date(2024, 3, 10), date_to=date(2024, 3, 12))
    assert [r.started_at.day for r in queries.page(march, 0, 50, SortKey.STARTED, False)] == [10, 11, 12]


def test_search_finds_messages_names_and_references_with_literal_wildcards(filled: Database) -> None:
    queries = InteractionQueries(filled)
    assert [r.customer_ref for r in queries.page(InteractionFilter(text="退款 100%"), 0, 10)] == ["C007"]
    assert queries.count(InteractionFilter(text="100%")) == 1
    assert queries.count(InteractionFilter(text="emma")) == 15
    assert queries.count(InteractionFilter(text="c02")) == 10
    assert queries.count(InteractionFilter(text="_")) == 30  # underscore in every path, matched literally
    assert queries.count(InteractionFilter(text="退换")) == 6


def test_sorting_and_paging_are_stable(filled: Database) -> None:
    queries = InteractionQueries(filled)
    first = queries.page(InteractionFilter(), 0, 10, SortKey.DURATION, descending=True)
    second = queries.page(InteractionFilter(), 10, 10, SortKey.DURATION, descending=True)
    durations = [r.duration_ms for r in first + second]
    assert durations == sorted(durations, reverse=True) and len(set(r.id for r in first + second)) == 20
    by_agent = queries.page(InteractionFilter(), 0, 30, SortKey.AGENT, descending=False)
    assert by_agent[0].agent == "Emma Clarke" and by_agent[-1].agent == "王芳"
    assert by_agent[0].subject.startswith("hello")


def test_roles_that_may_not_unmask_never_receive_unmasked_chat_text(database: Database, tmp_path: Path) -> None:
    chat = tmp_path / "card.txt"
    chat.write_text(
        "[2026-03-01 10:00:01] Customer: my card is 4111 1111 1111 1111, mail me at li.na@example.com\n"
        "[2026-03-01 10:00:20] Agent Zoe: thanks, checking now\n",
        encoding="utf-8",
    )
    interaction = ImportService(database).run([chat], actor="tester").results[0].interaction_ids[0]
    masked, plain = InteractionQueries(database, masked=True), InteractionQueries(database)
    shown = masked.detail(interaction).messages[0].text
    assert "4111" not in shown and "li.na@example.com" not in shown and "[card]" in shown
    assert "4111 1111 1111 1111" in plain.detail(interaction).messages[0].text
    row = masked.page(InteractionFilter(), 0, 10)[0]
    assert "4111" not in (row.subject or "") and "li.na" not in (row.subject or "")
