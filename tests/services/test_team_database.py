"""The team database's wall, tried for real: people created through the app as PostgreSQL login roles, each
connecting with their own login and trying raw SQL. Whatever the client does, the server decides."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from qa_studio.scoring.engine import Answer
from qa_studio.services import audit
from qa_studio.services.autoqa import AutoQAService
from qa_studio.services.calibration_sessions import CalibrationError, CalibrationService
from qa_studio.services.evaluations import EvaluationError, EvaluationService
from qa_studio.services.identity import IdentityService, SignInError
from qa_studio.services.imports import ImportService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.services.kpis import KpiService
from qa_studio.services.scorecards import ScorecardService
from qa_studio.services.search import SearchService
from qa_studio.services.team import TeamService
from qa_studio.services.users import UserService
from qa_studio.storage.database import Database, open_database
from tests.chat_answers import ALL_MET
from tests.conftest import throwaway_team_database

pytestmark = pytest.mark.postgres
CHATS = Path(__file__).parents[1] / "data" / "import" / "chats"
ANSWERS = ALL_MET


@dataclass
class Team:
    url: str
    prefix: str
    logins: dict[str, str]  # QA Studio name → database login
    agents: list[str]  # agent names, the first two with accounts
    interactions: dict[str, list[int]]  # agent → interaction ids
    evaluation: int  # a submitted evaluation of agents[0]'s interaction by the reviewer
    calibration: int  # an open calibration session
    blind: dict[str, int]  # participant → their blind calibration evaluation

    def connect(self, name: str) -> Database:
        return Database(self.url.replace("postgres@", f"{self.logins[name]}@", 1))


def _login(name: str, prefix: str) -> str:
    return f"{prefix}u_{name}"


@pytest.fixture(scope="module")
def team() -> Iterator[Team]:
    with throwaway_team_database("team") as (url, prefix):
        owner = open_database(url)  # the server's owner runs the migrations and turns team mode on
        people: dict[str, str] = {}
        try:
            ScorecardService(owner).ensure_shipped()
            ImportService(owner).run([CHATS], actor="owner")
            rows = list(InteractionQueries(owner).iterate(InteractionFilter(channel="chat")))
            agents = sorted({r.agent for r in rows if r.agent})
            assert len(agents) >= 3, agents
            interactions = {a: [r.id for r in rows if r.agent == a] for a in agents}
            TeamService(owner).enable(prefix, "周婷", _login("lead", prefix), None)
            people["周婷"] = _login("lead", prefix)
            admin = open_database(url.replace("postgres@", f"{people['周婷']}@", 1))
            # The first administrator adds everyone else through the app: each becomes a login role.
            users = UserService(admin)
            for person, role in (("刘洋", "reviewer"), ("Sarah Lee", "reviewer"), ("Mark Hughes", "trainer"),
                                 ("赵磊", "reviewer")):  # fmt: skip
                people[person] = _login(role + str(len(people)), prefix)
                users.add(person, role, "周婷", login=people[person], password="long enough password")
            for agent in agents[:2]:
                people[agent] = _login(f"agent{len(people)}", prefix)
                users.add(agent, "agent", "周婷", login=people[agent], agent=agent)
            version = ScorecardService(owner).latest_version_id("chat_standard")
            reviewer = open_database(url.replace("postgres@", f"{people['刘洋']}@", 1))
            evaluations = EvaluationService(reviewer)
            evaluation = evaluations.start(interactions[agents[0]][0], "刘洋", version)
            evaluations.save_draft(evaluation, ANSWERS)
            evaluations.submit(evaluation, "刘洋")
            # The lead is an administrator here; calibration needs a lead or administrator.
            calibration = CalibrationService(admin).create(
                "Blind week", version, [interactions[agents[1]][0]], ["刘洋", "Sarah Lee"], "周婷"
            )
            blind = {}
            for person in ("刘洋", "Sarah Lee"):
                db = open_database(url.replace("postgres@", f"{people[person]}@", 1))
                blind[person] = CalibrationService(db).score(
                    calibration, interactions[agents[1]][0], {**ANSWERS, "clarity": Answer(3)}, person
                )
                db.dispose()
            for db in (admin, reviewer):
                db.dispose()
            yield Team(url, prefix, people, agents, interactions, evaluation, calibration, blind)
        finally:
            owner.dispose()


def _rows(db: Database, sql: str, **params: object) -> list:
    with db.engine.connect() as connection:
        return list(connection.execute(text(sql), params))


def _refused(db: Database, sql: str, **params: object) -> bool:
    """True when the server refuses the statement or it changes nothing."""
    try:
        with db.engine.begin() as connection:
            return connection.execute(text(sql), params).rowcount == 0
    except DBAPIError:
        return True


def test_the_signed_in_person_is_the_database_login(team: Team) -> None:
    db = team.connect("刘洋")
    me = IdentityService(db).current(login="someone-else")  # the computer's account does not matter here
    assert (me.name, me.role.value, me.login) == ("刘洋", "reviewer", team.logins["刘洋"])
    db.dispose()


def test_blind_answers_stay_hidden_by_any_path(team: Team) -> None:
    sarah, liu, lead = team.connect("Sarah Lee"), team.connect("刘洋"), team.connect("周婷")
    hers = team.blind["Sarah Lee"]
    assert _rows(sarah, "SELECT score FROM evaluations WHERE id = :id", id=hers)  # her own
    for other in (liu, lead):  # another participant, and the lead who is not the expert
        assert _rows(other, "SELECT score FROM evaluations WHERE id = :id", id=hers) == []
        assert _rows(other, "SELECT * FROM evaluation_answers WHERE evaluation_id = :id", id=hers) == []
        assert _rows(other, "SELECT detail FROM audit_log WHERE entity_type = 'evaluation' AND entity_id = :id",
                     id=hers) == []  # fmt: skip
        # The service says so clearly, too.
        with pytest.raises(EvaluationError):
            EvaluationService(other).get(hers, viewer="刘洋")
    # The lead's status board still knows who has finished, without any score.
    progress = _rows(lead, "SELECT reviewer_id, state FROM qa_calibration_progress(:s)", s=team.calibration)
    assert len(progress) == 2 and {row[1] for row in progress} == {"submitted"}
    for db in (sarah, liu, lead):
        db.dispose()


def test_agents_read_only_their_own(team: Team) -> None:
    mine, other = team.agents[0], team.agents[1]
    agent = team.connect(mine)
    ids = {row[0] for row in _rows(agent, "SELECT id FROM interactions")}
    assert ids == set(team.interactions[mine])
    assert _rows(agent, "SELECT count(*) FROM messages m JOIN interactions i ON i.id = m.interaction_id "
                        "WHERE i.agent_id <> (SELECT qa_agent_id())")[0][0] == 0  # fmt: skip
    assert {row[0] for row in _rows(agent, "SELECT id FROM evaluations")} == {team.evaluation}
    assert _rows(agent, "SELECT name FROM agents") == [(mine,)]
    assert _rows(agent, "SELECT id FROM calibration_sessions") == [] or _refused(
        agent, "SELECT 1 FROM calibration_sessions")
    assert other not in {row[0] for row in _rows(agent, "SELECT name FROM users")}
    # Acknowledging: only as themselves, and only their own evaluation.
    EvaluationService(agent).acknowledge(team.evaluation, mine)
    assert _refused(agent, "UPDATE evaluations SET score = 100 WHERE id = :id", id=team.evaluation)
    assert _refused(agent, "UPDATE evaluations SET state = 'resolved' WHERE id = :id", id=team.evaluation)
    agent.dispose()
    second = team.connect(other)
    assert _refused(second, "UPDATE evaluations SET acknowledged_at = now() WHERE id = :id", id=team.evaluation)
    with pytest.raises(EvaluationError):
        EvaluationService(second).acknowledge(team.evaluation, other)
    second.dispose()


def test_automatic_answers_are_for_the_staff_only(team: Team) -> None:
    reviewer = team.connect("刘洋")
    checked = _rows(reviewer, "SELECT count(*) FROM auto_evaluations")[0][0]
    assert checked > 0  # the chats were checked at import
    # A reviewer runs the checks again as themselves, through the app.
    assert AutoQAService(reviewer).run(actor="刘洋", rerun=True).scored == checked
    reviewer.dispose()
    agent = team.connect(team.agents[0])
    assert _rows(agent, "SELECT count(*) FROM auto_evaluations")[0][0] == 0
    assert _refused(agent, "DELETE FROM auto_evaluations")
    assert _refused(agent, "INSERT INTO auto_evaluations (interaction_id, scorecard_version_id, fatal_suspected, "
                           "flags, answers, created_at) VALUES (:i, 1, false, '[]', '{}', now())",
                    i=team.interactions[team.agents[0]][0])  # fmt: skip
    # Their own list still reads, without automatic scores.
    rows = InteractionQueries(agent, masked=True).page(InteractionFilter(), 0, 50)  # as the app reads for an agent
    assert {r.id for r in rows} == set(team.interactions[team.agents[0]])
    assert all(r.auto_score is None and r.auto_flags == [] for r in rows)
    agent.dispose()


def test_only_leads_and_administrators_reveal_decide_and_change_roles(team: Team) -> None:
    reviewer = team.connect("赵磊")
    assert _refused(reviewer, "UPDATE calibration_sessions SET revealed_at = now() WHERE id = :id",
                    id=team.calibration)  # fmt: skip
    with pytest.raises(CalibrationError):
        CalibrationService(reviewer).reveal(team.calibration, "赵磊")
    assert _refused(reviewer, "UPDATE users SET role = 'admin' WHERE name = '赵磊'")
    assert _refused(reviewer, f"GRANT \"{team.prefix}_admin\" TO \"{team.logins['赵磊']}\"")
    assert _refused(reviewer, "UPDATE scorecards SET retired = true")
    # Another reviewer's submitted evaluation cannot be changed by a reviewer.
    assert _refused(reviewer, "UPDATE evaluations SET score = 1 WHERE id = :id", id=team.evaluation)
    assert _refused(reviewer, "UPDATE evaluation_answers SET value = '\"no\"' WHERE evaluation_id = :id",
                    id=team.evaluation)  # fmt: skip
    # Forging the actor does not work: the server writes the login's person.
    with reviewer.session() as session:
        audit.record(session, "note", "user", None, {"forged": True}, actor="周婷")
    last = _rows(team.connect("周婷"), "SELECT actor FROM audit_log WHERE action = 'note' ORDER BY id DESC LIMIT 1")
    assert last == [("赵磊",)]
    reviewer.dispose()


def test_the_audit_log_is_insert_only_and_sealed(team: Team) -> None:
    for person in ("刘洋", "周婷", team.agents[0]):
        db = team.connect(person)
        assert _refused(db, "UPDATE audit_log SET actor = 'nobody'")
        assert _refused(db, "DELETE FROM audit_log")
        db.dispose()
    owner = Database(team.url)
    checked, problems = audit.verify(owner)
    assert checked > 5 and problems == []
    # Someone with the server's own rights changes one entry: the seal shows where.
    with owner.engine.begin() as connection:
        first = text("SELECT min(id) FROM audit_log WHERE action = 'evaluation_submitted'")
        target = connection.execute(first).scalar()
        connection.execute(text("UPDATE audit_log SET detail = '{\"score\": \"100.00\"}' WHERE id = :id"),
                           {"id": target})  # fmt: skip
    # verify works for a person who may not read every entry: the server walks the chain.
    lead = team.connect("周婷")
    _checked, problems = audit.verify(lead)
    assert [(p.entry_id, p.kind) for p in problems] == [(target, "changed")]
    lead.dispose()
    owner.dispose()


def test_disabled_accounts_and_unknown_logins_get_nothing(team: Team) -> None:
    admin = team.connect("周婷")
    UserService(admin).set_active("Mark Hughes", False, "周婷")
    trainer = team.connect("Mark Hughes")
    with pytest.raises(Exception, match="(?i)not permitted to log in|disabled"):
        IdentityService(trainer).current()
    trainer.dispose()
    UserService(admin).set_active("Mark Hughes", True, "周婷")
    trainer = team.connect("Mark Hughes")
    assert IdentityService(trainer).current().name == "Mark Hughes"
    trainer.dispose()
    admin.dispose()
    stranger = Database(team.url)  # the server's owner is no QA Studio user
    with pytest.raises(SignInError) as refused:
        IdentityService(stranger).current()
    assert refused.value.code == "not_a_user"
    stranger.dispose()


def test_nobody_bends_the_rules_with_objects_of_their_own(team: Team) -> None:
    """Temporary tables that would stand in for ours, backdated or forged audit entries, moved or pre-resolved
    evaluations, a peek at blind answers in a reveal rolled back, and an administrator granting server rights."""
    agent, reviewer, lead = team.connect(team.agents[0]), team.connect("刘洋"), team.connect("周婷")
    for db in (agent, reviewer):
        assert _refused(db, "CREATE TEMP TABLE users AS SELECT 1 AS id, session_user::text AS login, true AS active, "
                            "NULL::int AS agent_id, '周婷'::text AS name")  # fmt: skip
    with lead.engine.connect() as connection:
        config = connection.execute(text("SELECT proconfig FROM pg_proc WHERE proname = 'qa_uid'")).scalar()
    assert config and config[0].endswith("pg_temp")  # our helpers never look at anyone's temporary objects
    # An audit entry carries the server's time and the signed-in person, whatever the client writes.
    with agent.engine.begin() as connection:
        connection.execute(text("INSERT INTO audit_log (at, actor, action, entity_type, detail) "
                                "VALUES ('2001-01-01', '周婷', 'backdated', 'user', '{}')"))  # fmt: skip
    stored = _rows(Database(team.url), "SELECT at, actor FROM audit_log WHERE action = 'backdated'")
    assert stored[0][0].year > 2001 and stored[0][1] == team.agents[0]
    # An evaluation keeps its session, and a new one starts as a draft.
    blind = team.blind["刘洋"]
    assert _refused(reviewer, "UPDATE evaluations SET calibration_session_id = NULL WHERE id = :id", id=blind)
    with reviewer.engine.connect() as connection:
        me = connection.execute(text("SELECT qa_uid()")).scalar()
    assert _refused(reviewer, "INSERT INTO evaluations (interaction_id, scorecard_version_id, reviewer_id, state, "
                              "fatal_failed, section_critical_failed, created_at, updated_at, row_version) "
                              "SELECT interaction_id, scorecard_version_id, :me, 'resolved', false, false, now(), "
                              "now(), 1 FROM evaluations WHERE id = :id", me=me, id=team.evaluation)  # fmt: skip
    # A lead who reveals inside a transaction sees nothing of the blind answers there, and a reveal is for good.
    with lead.engine.connect() as connection:
        transaction = connection.begin()
        connection.execute(text("UPDATE calibration_sessions SET revealed_at = now() WHERE id = :s"),
                           {"s": team.calibration})  # fmt: skip
        peek = connection.execute(text("SELECT score FROM evaluations WHERE id = :id"), {"id": blind}).all()
        transaction.rollback()
    assert peek == []
    # Administrators add people only through qa_manage_login(): no server-wide rights to hand out.
    assert _refused(lead, f'GRANT pg_execute_server_program TO "{team.logins["周婷"]}"')
    assert _refused(lead, "CREATE ROLE intruder LOGIN SUPERUSER")
    assert _refused(lead, "SELECT qa_manage_login('role', 'postgres', 'admin', NULL)")
    for db in (agent, reviewer, lead):
        db.dispose()


def test_service_kpis_follow_the_wall(team: Team) -> None:
    """CSAT of an interaction is its agent's data: staff write it, each agent reads only their own; the standards
    are everyone's to read and only leads' and administrators' to set."""
    mine, other = team.agents[0], team.agents[1]
    reviewer = team.connect("刘洋")
    for agent, score in ((mine, 4), (other, 2)):
        with reviewer.engine.begin() as connection:
            connection.execute(text("INSERT INTO interaction_kpis (interaction_id, csat, csat_scale, imported_at) "
                                    "VALUES (:id, :score, 5, now())"), {"id": team.interactions[agent][0],
                                                                        "score": score})  # fmt: skip
    assert _refused(reviewer, "INSERT INTO kpi_standards (key, value) VALUES ('response.chat', 5)")
    reviewer.dispose()
    agent = team.connect(mine)
    assert [(row[0], float(row[1])) for row in _rows(agent, "SELECT interaction_id, csat FROM interaction_kpis")] == [
        (team.interactions[mine][0], 4.0)]  # fmt: skip
    assert _refused(agent, "INSERT INTO interaction_kpis (interaction_id, csat, imported_at) VALUES (:id, 5, now())",
                    id=team.interactions[mine][1] if len(team.interactions[mine]) > 1 else team.interactions[mine][0])
    assert _refused(agent, "UPDATE interaction_kpis SET csat = 5")
    figures = KpiService(agent).figures()  # the agent's own figures only, whatever the service asks for
    assert sum(c.csat_n for c in figures.channels) == 1
    agent.dispose()
    lead = team.connect("周婷")
    assert KpiService(lead).set_standards("周婷", {"chat": 45}).response_seconds["chat"] == 45
    assert KpiService(team.connect("Sarah Lee")).standards().response_seconds["chat"] == 45
    lead.dispose()


CARD, MAIL = "4111 1111 1111 1111", "jane.doe@example.com"


@dataclass
class Planted:
    interaction: int
    message: int
    clean_segment: int  # a transcript line with nothing to mask
    hiding_segment: int  # a line that says a card number


@pytest.fixture(scope="module")
def planted(team: Team) -> Planted:
    """A customer who wrote and said a card number, stored the way import and transcription store them."""
    from qa_studio.services import search
    from qa_studio.storage.models import Interaction, Message, Transcript, TranscriptSegment

    owner = Database(team.url)
    interaction_id = team.interactions[team.agents[0]][-1]
    with owner.session() as session:
        session.get(Interaction, interaction_id).subject = f"Refund to {MAIL}"
        message = Message(interaction_id=interaction_id, seq=900, author="Customer", role="customer",
                          text=f"my card is {CARD}, write to {MAIL}")  # fmt: skip
        transcript = Transcript(interaction_id=interaction_id, version=1, engine="test", model="test", language="en")
        session.add_all([message, transcript])
        session.flush()
        clean = TranscriptSegment(transcript_id=transcript.id, seq=0, start_ms=0, end_ms=900, speaker="agent",
                                  text="Thank you for calling, how can I help?", words=[])  # fmt: skip
        hiding = TranscriptSegment(transcript_id=transcript.id, seq=1, start_ms=1000, end_ms=3000, speaker="customer",
                                   text=f"the card number is {CARD}",
                                   words=[{"start_ms": 1000, "end_ms": 3000, "text": CARD}])  # fmt: skip
        session.add_all([clean, hiding])
        session.flush()
        search.reindex(session, [interaction_id])  # as import and transcription do
        ids = Planted(interaction_id, message.id, clean.id, hiding.id)
    owner.dispose()
    return ids


def test_clear_text_only_reaches_those_who_may_unmask(team: Team, planted: Planted) -> None:
    reviewer, trainer, agent, lead = (team.connect(n) for n in ("刘洋", "Mark Hughes", team.agents[0], "周婷"))
    for db in (reviewer, trainer, agent):
        for sql in ("SELECT text FROM messages WHERE id = :id", "SELECT * FROM messages WHERE id = :id",
                    "SELECT id FROM messages WHERE text LIKE '%4111%' AND id = :id",  # no oracle either
                    "SELECT subject FROM interactions WHERE id = :id",
                    "SELECT text FROM transcript_segments WHERE id = :id",
                    "SELECT words FROM transcript_segments WHERE id = :id",
                    "SELECT original_text FROM transcript_segments WHERE id = :id",
                    "SELECT id FROM messages WHERE id = :id RETURNING text"):  # fmt: skip
            with pytest.raises(DBAPIError):
                _rows(db, sql, id=planted.message)
        (masked,) = _rows(db, "SELECT text_masked FROM messages WHERE id = :id", id=planted.message)[0]
        assert "[card]" in masked and "[email]" in masked and "4111" not in masked and MAIL not in masked
        (subject,) = _rows(db, "SELECT subject_masked FROM interactions WHERE id = :id", id=planted.interaction)[0]
        assert subject == "Refund to [email]"
    assert _rows(lead, "SELECT text FROM messages WHERE id = :id", id=planted.message)[0][0].count(CARD) == 1
    assert _rows(lead, "SELECT words FROM transcript_segments WHERE id = :id", id=planted.hiding_segment)
    for db in (reviewer, trainer, agent, lead):
        db.dispose()


def test_the_app_reads_masked_copies_over_a_reviewers_own_connection(team: Team, planted: Planted) -> None:
    from qa_studio.services.transcription import TranscriptionService

    reviewer = team.connect("刘洋")
    queries = InteractionQueries(reviewer, masked=True)
    detail = queries.detail(planted.interaction)
    said = " ".join(m.text for m in detail.messages)
    assert "[card]" in said and "4111" not in said and detail.row.subject == "Refund to [email]"
    assert queries.count(InteractionFilter(text="4111")) == 0  # a search cannot tell where the number is
    assert queries.count(InteractionFilter(text="my card is")) == 1
    # The page after the count reads the interactions the count found, still only the masked copy's.
    assert [r.id for r in queries.page(InteractionFilter(text="my card is"), 0, 10)] == [planted.interaction]
    assert queries.page(InteractionFilter(text="4111"), 0, 10) == []
    lead = team.connect("周婷")
    assert [r.id for r in InteractionQueries(lead).page(InteractionFilter(text="4111"), 0, 10)] == [planted.interaction]
    lead.dispose()
    stored = TranscriptionService(reviewer).current_transcript(planted.interaction, masked=True)
    assert [s.text for s in stored.segments] == ["Thank you for calling, how can I help?", "the card number is [card]"]
    assert all(s.words == () for s in stored.segments)
    reviewer.dispose()


def test_a_reviewer_corrects_what_hides_nothing_and_the_original_is_kept(team: Team, planted: Planted) -> None:
    from qa_studio.services.transcription import CorrectionRefused, TranscriptionService

    reviewer, lead = team.connect("刘洋"), team.connect("周婷")
    service = TranscriptionService(reviewer)
    service.correct_segment(planted.clean_segment, text="Thank you for calling. How can I help?", actor="刘洋",
                            masked=True)  # fmt: skip
    with pytest.raises(CorrectionRefused):
        service.correct_segment(planted.hiding_segment, text="the card number was [card]", actor="刘洋", masked=True)
    # Straight SQL is stopped by the server, whatever the client does.
    assert _refused(reviewer, "UPDATE transcript_segments SET text = 'gone', text_masked = 'gone' WHERE id = :id",
                    id=planted.hiding_segment)  # fmt: skip
    text_now, original = _rows(lead, "SELECT text, original_text FROM transcript_segments WHERE id = :id",
                               id=planted.clean_segment)[0]  # fmt: skip
    assert (text_now, original) == ("Thank you for calling. How can I help?", "Thank you for calling, how can I help?")
    assert _rows(lead, "SELECT text FROM transcript_segments WHERE id = :id", id=planted.hiding_segment)[0][0].endswith(
        CARD
    )
    # The lead, who may read the number, corrects the line; the log keeps only masked copies.
    TranscriptionService(lead).correct_segment(planted.hiding_segment, text=f"the card number is {CARD}.",
                                               actor="周婷")  # fmt: skip
    details = [row[0] for row in _rows(reviewer, "SELECT detail FROM audit_log WHERE action = 'transcript_corrected'")]
    assert len(details) == 2 and "4111" not in str(details)
    for db in (reviewer, lead):
        db.dispose()


def test_another_person_signs_in_at_the_same_pc_on_their_own_login(team: Team, qtbot, settings) -> None:  # noqa: ANN001
    """File → Switch user on a team database: a new connection as the new person, checked by the server, and a new
    window on it; the old one closes, so nothing keeps acting on the previous login."""
    from qa_studio.ui.app import Windows
    from qa_studio.ui.tasks import TaskRunner

    first = open_database(team.url.replace("postgres@", f"{team.logins['刘洋']}@", 1))
    windows = Windows(settings, lambda: TaskRunner(synchronous=True))
    window = windows.open(first, IdentityService(first).current())
    qtbot.addWidget(window)
    dialog = window.sign_in()
    dialog.name.setText("postgres")  # a login the server knows, but not a QA Studio user
    assert not dialog.sign_in() and "not a QA Studio user" in dialog.problem.text()
    assert windows.current is window
    dialog.name.setText(team.logins["周婷"])
    dialog.password.setText("whatever the server asks for")
    with qtbot.waitSignal(window.reconnected):
        assert dialog.sign_in()
    successor = windows.current
    qtbot.addWidget(successor)
    assert successor is not window and not window.isVisible()
    assert successor.context.user.name == "周婷" and successor.context.actor == "周婷"
    assert _rows(successor.database, "SELECT session_user")[0][0] == team.logins["周婷"]
    windows.close_all()


def test_self_evaluations_are_the_agents_own(team: Team) -> None:
    """An agent scores their own interaction over their own connection; nobody writes one for them or for another
    agent's interaction, and other agents never see it."""
    from qa_studio.services.self_evaluation import SelfEvaluationService

    mine, other = team.agents[0], team.agents[1]
    agent_db, other_db, reviewer = team.connect(mine), team.connect(other), team.connect("刘洋")
    me = IdentityService(agent_db).current()
    own = team.interactions[mine][0]
    result = SelfEvaluationService(agent_db).submit(me, own, {**ANSWERS, "clarity": Answer(3)})
    comparison = SelfEvaluationService(agent_db).comparison(me, own)
    assert comparison.my_score == result.score and comparison.reviewer_score is not None
    version = _rows(agent_db, "SELECT scorecard_version_id FROM self_evaluations")[0][0]
    forged = ("INSERT INTO self_evaluations (interaction_id, user_id, scorecard_version_id, answers, submitted_at) "
              "VALUES (:i, :u, :v, '{}', now())")  # fmt: skip
    assert _refused(agent_db, forged, i=team.interactions[other][0], u=me.id, v=version)  # another agent's call
    other_id = IdentityService(other_db).current().id
    assert _refused(agent_db, forged, i=team.interactions[mine][-1], u=other_id, v=version)  # as someone else
    assert _refused(reviewer, forged, i=team.interactions[mine][-1], u=me.id, v=version)  # staff don't make them
    assert _refused(agent_db, "UPDATE self_evaluations SET score = 100")
    assert _refused(agent_db, "DELETE FROM self_evaluations")
    assert _rows(other_db, "SELECT id FROM self_evaluations") == []
    assert len(_rows(reviewer, "SELECT id FROM self_evaluations")) == 1  # staff may read them (coaching)
    for db in (agent_db, other_db, reviewer):
        db.dispose()


def test_an_upgrade_by_the_owner_brings_the_rules_up_to_date(team: Team, planted: Planted) -> None:
    """A new version's migration adds columns; the owner's upgrade grants them as the rules say, in one go."""
    from alembic import command

    owner = Database(team.url)
    config = owner._alembic_config()
    with owner.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")  # the masked copies go, and with them the grants on them
    owner.migrate()
    owner.dispose()
    reviewer = team.connect("刘洋")
    (masked,) = _rows(reviewer, "SELECT text_masked FROM messages WHERE id = :id", id=planted.message)[0]
    assert "[card]" in masked
    with pytest.raises(DBAPIError):
        _rows(reviewer, "SELECT text FROM messages WHERE id = :id", id=planted.message)
    reviewer.dispose()


def test_the_glossary_is_everyones_to_read_and_leads_to_change(team: Team) -> None:
    """Every worker reads the team's words for every call; only leads and administrators change them."""
    from qa_studio.services.glossary import GlossaryService

    lead = team.connect("周婷")
    GlossaryService(lead).add(["退款", "工单号"], actor="周婷")
    lead.dispose()
    reviewer = team.connect("刘洋")
    assert GlossaryService(reviewer).terms() == ("退款", "工单号")
    assert _refused(reviewer, "INSERT INTO glossary_terms (term, added_by, added_at) VALUES ('x', 'y', now())")
    assert _refused(reviewer, "DELETE FROM glossary_terms")
    reviewer.dispose()
    agent = team.connect(team.agents[0])
    assert GlossaryService(agent).terms() == ("退款", "工单号")
    assert _refused(agent, "UPDATE glossary_terms SET term = 'x'")
    agent.dispose()

def test_keyword_lists_and_comments_keep_to_the_wall(team: Team, planted: Planted) -> None:
    from qa_studio.services.keywords import KeywordError, KeywordService

    lead, reviewer, agent = (team.connect(n) for n in ("周婷", "赵磊", team.agents[0]))
    KeywordService(lead).add("Card numbers", ["4111"], actor="周婷")
    KeywordService(lead).add("Card words", ["my card is"], actor="周婷")
    with pytest.raises(KeywordError):
        KeywordService(reviewer).add("Mine", ["投诉"], actor="赵磊")
    assert _refused(reviewer, "INSERT INTO keyword_lists (name, phrases, created_by, created_at, updated_at) "
                              "VALUES ('x', '[]', 'x', now(), now())")  # fmt: skip
    assert _refused(reviewer, "DELETE FROM keyword_lists")
    with pytest.raises(DBAPIError):
        _rows(agent, "SELECT count(*) FROM keyword_lists")
    assert KeywordService(agent, masked=True).counts().rows == []  # a team report an agent asks for has none
    # The reviewer counts on the masked copy: a card number is never counted, the words around it are.
    assert {r.list_name for r in KeywordService(reviewer, masked=True).counts().rows} == {"Card words"}
    assert {r.list_name for r in KeywordService(lead).counts().rows} == {"Card numbers", "Card words"}
    # A reviewer's comment is indexed over their own connection, masked for those who may not unmask.
    version = ScorecardService(reviewer).latest_version_id("chat_standard")
    evaluations = EvaluationService(reviewer)
    evaluation = evaluations.start(team.interactions[team.agents[2]][0], "赵磊", version)
    evaluations.save_draft(evaluation, ANSWERS, comment=f"语气生硬; the customer read out {CARD}")
    evaluations.submit(evaluation, "赵磊")
    for db in (reviewer, team.connect("刘洋")):
        queries = InteractionQueries(db, masked=True)
        assert queries.count(InteractionFilter(text="语气生硬")) == 1
        assert queries.count(InteractionFilter(text="4111")) == 0
        (hit,) = SearchService(db, masked=True).hits("语气生硬")[team.interactions[team.agents[2]][0]]
        assert "4111" not in hit.excerpt and "[card]" in hit.excerpt
    assert InteractionQueries(agent, masked=True).count(InteractionFilter(text="语气生硬")) == 0  # not theirs
    for db in (lead, reviewer, agent):
        db.dispose()


def test_the_daily_totals_of_the_team_figures_keep_the_same_wall(team: Team) -> None:
    from qa_studio.services.reviewers import ReviewerService

    agent_name = team.agents[0]
    agent, reviewer = team.connect(agent_name), team.connect("刘洋")
    own = _rows(reviewer, "SELECT id FROM agents WHERE name = :name", name=agent_name)[0][0]
    tables = ("rollup_quality", "rollup_outcomes", "rollup_reviewers", "rollup_service", "rollup_replies",
              "rollup_causes")  # fmt: skip
    seen_by_staff = set()
    for table in tables:
        # An agent reads only the totals of their own interactions; the staff read everyone's.
        assert {row[0] for row in _rows(agent, f"SELECT DISTINCT agent_id FROM {table}")} <= {own}
        seen_by_staff |= {row[0] for row in _rows(reviewer, f"SELECT DISTINCT agent_id FROM {table}")}
        # Nobody writes them but the triggers.
        for db in (agent, reviewer):
            assert _refused(db, f"UPDATE {table} SET agent_id = agent_id")
            assert _refused(db, f"DELETE FROM {table}")
    assert len(seen_by_staff) > 1 and own in seen_by_staff
    assert _rows(agent, "SELECT COUNT(*) FROM rollup_quality")[0][0] > 0  # the submitted evaluation of agents[0]
    # Read through the totals or through the rows (a hidden id forces the rows), each login gets the same figures.
    for db in (agent, reviewer):
        kpis = KpiService(db)
        rolled, rows = kpis.figures(), kpis.figures(hidden=(-1,))
        assert [(c.channel, c.interactions, c.replies_measured, c.replies_met, c.first_met, c.csat_n)
                for c in rolled.channels] == [(c.channel, c.interactions, c.replies_measured, c.replies_met,
                                               c.first_met, c.csat_n) for c in rows.channels]  # fmt: skip
        assert (rolled.evaluations, rolled.quality_pass_share) == (rows.evaluations, rows.quality_pass_share)
        assert [(a.agent, a.evaluations, a.qa_average) for a in rolled.agents] == [
            (a.agent, a.evaluations, a.qa_average) for a in rows.agents]
        figures = ReviewerService(db)
        assert [(r.reviewer, r.evaluations, r.average) for r in figures.figures(with_calibration=False)] == [
            (r.reviewer, r.evaluations, r.average) for r in figures.figures(with_calibration=False, hidden=(-1,))]
    mine = KpiService(agent).figures()
    assert sum(c.interactions for c in mine.channels) == len(team.interactions[agent_name])
    for db in (agent, reviewer):
        db.dispose()
