"""The team database's wall: group roles, grants and row-level security on PostgreSQL.

Every person connects as their own login role, a member of one group role per QA Studio role (`<prefix>_reviewer`,
`_lead`, `_trainer`, `_admin`, `_agent`; the first four also belong to `<prefix>_staff`, and all five to
`<prefix>_user`). What each may read and change is decided here, by the server, whatever client connects:
- blind calibration answers are visible only to their own reviewer until the session is revealed (the lead included);
- an agent reads only their own interactions, evaluations, disputes, coaching and the audit entries of those;
- sessions, disputes, roles and scorecards are changed only by leads and administrators (users by administrators);
- the audit log can be inserted into, never changed or deleted, and the actor of each entry is the login's person;
- every change of an evaluation's state follows the transition table in qa_studio/workflow.py;
- an evaluation drawn for a lead to re-score is hidden from that lead until their re-score is submitted, and a
  submitted re-score is never changed.
The statements are idempotent: running `enable` again brings an older team database up to date."""

from __future__ import annotations

import re

from qa_studio.permissions import UNMASK_ROLES
from qa_studio.storage.search_sql import DETAILS_SQL
from qa_studio.workflow import allowed_pairs

PREFIX_SETTING = "role_prefix"  # the team_settings key that holds the prefix; set once the database is in team mode
PREFIX_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,20}$")
GROUPS = ("reviewer", "lead", "trainer", "admin", "agent")
STAFF_GROUPS = ("reviewer", "lead", "trainer", "admin")

# Tables everyone on the staff reads in full; agents see their own rows through the policies below.
INTERACTION_CHILDREN = ("messages", "media_files", "transcripts", "transcription_jobs", "interaction_kpis",
                        "search_entries")
# Automatic answers are for reviewers to act on, not a verdict an agent should read as a score.
STAFF_ONLY = ("import_batches", "import_file_results", "sample_assignments", "calibration_sessions",
              "calibration_participants", "calibration_items", "auto_evaluations", "recurring_work",
              "recurrence_instances")  # fmt: skip
# Per-day totals kept by triggers (storage/rollups.py): read like the rows they add up, written by nobody directly.
ROLLUP_TABLES = ("rollup_quality", "rollup_outcomes", "rollup_reviewers", "rollup_service", "rollup_replies",
                 "rollup_causes")  # fmt: skip
RLS_TABLES = (
    "users", "teams", "agents", "interactions", *INTERACTION_CHILDREN, "transcript_segments", "evaluations",
    "evaluation_answers", "evaluation_disputes", "coaching_records", "coaching_actions", "audit_log",
    "self_evaluations", "media_blobs", "rescore_samples", *STAFF_ONLY, *ROLLUP_TABLES,
)  # fmt: skip
USER_COLUMNS = "id, name, role, active, created_at, login, agent_id"  # never password_hash
# Columns that hold what a customer said or wrote in the clear; each has a masked copy beside it (migration 0006).
CLEAR_COLUMNS = {"interactions": ("subject",), "messages": ("text",),
                 "transcript_segments": ("text", "words", "original_text"), "search_entries": ("text",)}  # fmt: skip
UNMASK_GROUPS = tuple(sorted(role.value for role in UNMASK_ROLES))

# Helper functions run as the schema's owner so that policies can look a person up without recursion. They are
# STABLE and called as `(SELECT f())` in policies, so PostgreSQL evaluates them once per query, not once per row;
# PARALLEL SAFE, or a policy that calls them would keep every query of that person from running in parallel.
# Their search path ends with pg_temp, so nobody's temporary table or function can stand in for ours (a temporary
# `users` table would otherwise make anyone anybody, with the owner's rights).
def safe_path(schema: str) -> str:
    return f'SET search_path = pg_catalog, "{schema}", pg_temp'


def _definer(schema: str) -> str:
    return f"LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER {safe_path(schema)}"


# Fewer evaluations than this in a team's figure and an agent could work out a colleague's score from it.
MIN_TEAM_FIGURE = 5


def is_valid_prefix(prefix: str) -> bool:
    return bool(PREFIX_PATTERN.match(prefix))


def group(prefix: str, name: str) -> str:
    return f"{prefix}_{name}"


def role_statements(prefix: str) -> list[str]:
    """Create the group roles if missing (cluster-wide objects, so each is guarded)."""
    statements = []
    for name in (*GROUPS, "staff", "user"):
        role = group(prefix, name)
        statements.append(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
            f'CREATE ROLE "{role}" NOLOGIN; END IF; END $$'
        )
    for name in STAFF_GROUPS:
        statements.append(f'GRANT "{group(prefix, "staff")}" TO "{group(prefix, name)}"')
    for name in GROUPS:
        statements.append(f'GRANT "{group(prefix, "user")}" TO "{group(prefix, name)}"')
    return statements


def function_statements(prefix: str, schema: str = "public") -> list[str]:
    pairs = ", ".join(f"('{old}', '{new}')" for old, new in sorted(allowed_pairs()))
    user = group(prefix, "user")
    _DEFINER = _definer(schema)  # noqa: N806 - reads as the SQL clause it is
    groups = ", ".join(f"'{name}'" for name in GROUPS)
    return [
        f"CREATE OR REPLACE FUNCTION qa_uid() RETURNS integer {_DEFINER} AS $$ "
        "SELECT id FROM users WHERE login = session_user AND active $$",
        f"CREATE OR REPLACE FUNCTION qa_actor_name() RETURNS text {_DEFINER} AS $$ "
        "SELECT name FROM users WHERE login = session_user AND active $$",
        f"CREATE OR REPLACE FUNCTION qa_agent_id() RETURNS integer {_DEFINER} AS $$ "
        "SELECT agent_id FROM users WHERE login = session_user AND active $$",
        f"CREATE OR REPLACE FUNCTION qa_in_group(name text) RETURNS boolean {_DEFINER} AS $$ "
        f"SELECT pg_has_role(session_user, '{prefix}_' || name, 'MEMBER') $$",
        f"CREATE OR REPLACE FUNCTION qa_team_of_agent() RETURNS integer {_DEFINER} AS $$ "
        "SELECT a.team_id FROM agents a JOIN users u ON u.agent_id = a.id WHERE u.login = session_user $$",
        # What a lead's status board needs before the reveal: who has finished which item, never an answer or score.
        f"CREATE OR REPLACE FUNCTION qa_calibration_progress(session integer) "
        f"RETURNS TABLE(reviewer_id integer, interaction_id integer, state text, role text) {_DEFINER} AS $$ "
        "SELECT e.reviewer_id, e.interaction_id, e.state::text, e.calibration_role FROM evaluations e "
        "WHERE e.calibration_session_id = session AND (qa_in_group('lead') OR qa_in_group('admin') "
        "OR EXISTS (SELECT 1 FROM calibration_participants p WHERE p.session_id = session AND p.user_id = qa_uid()) "
        "OR EXISTS (SELECT 1 FROM calibration_sessions c WHERE c.id = session AND c.expert_id = qa_uid())) $$",
        # The team's figures beside an agent's own: aggregates only, never another agent's rows.
        f"CREATE OR REPLACE FUNCTION qa_team_figures(team integer, since timestamp, until timestamp) "
        f"RETURNS TABLE(evaluations bigint, average numeric, passed bigint, judged bigint, fatal bigint, "
        f"section_critical bigint) {_DEFINER} AS $$ "
        "SELECT count(e.id), avg(e.score), count(*) FILTER (WHERE e.passed), count(e.passed), "
        "count(*) FILTER (WHERE e.fatal_failed), count(*) FILTER (WHERE e.section_critical_failed) "
        "FROM evaluations e JOIN interactions i ON i.id = e.interaction_id "
        "WHERE i.team_id = team AND (since IS NULL OR i.started_at >= since) "
        "AND (until IS NULL OR i.started_at < until) "
        "AND e.state <> 'draft' AND e.calibration_session_id IS NULL "
        "AND (qa_in_group('staff') OR team = (SELECT qa_team_of_agent())) "
        f"HAVING qa_in_group('staff') OR count(e.id) >= {MIN_TEAM_FIGURE} $$",
        # The originals a person has been given to re-score and has not yet: hidden from them by the evaluations policy.
        f"CREATE OR REPLACE FUNCTION qa_blind_originals() RETURNS integer[] {_DEFINER} AS $$ "
        "SELECT coalesce(array_agg(evaluation_id), '{}') FROM rescore_samples "
        "WHERE rescorer_id = qa_uid() AND submitted_at IS NULL $$",
        # A re-score is drawn from a real evaluation (the copied fields come from it), submitted once with answers,
        # at the server's time, and never changed afterwards: submitting without answers would unblind for nothing.
        f"""CREATE OR REPLACE FUNCTION qa_rescore_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
{safe_path(schema)} AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.submitted_at IS NOT NULL OR NEW.answers IS NOT NULL THEN
            RAISE EXCEPTION 'a re-score starts unanswered' USING ERRCODE = 'insufficient_privilege';
        END IF;
        SELECT e.interaction_id, e.scorecard_version_id, e.reviewer_id
            INTO NEW.interaction_id, NEW.scorecard_version_id, NEW.reviewer_id
            FROM evaluations e WHERE e.id = NEW.evaluation_id;
        RETURN NEW;
    END IF;
    IF OLD.submitted_at IS NOT NULL THEN
        RAISE EXCEPTION 're-score % is submitted and stays as it was', OLD.id USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.evaluation_id <> OLD.evaluation_id OR NEW.rescorer_id <> OLD.rescorer_id
       OR NEW.interaction_id <> OLD.interaction_id OR NEW.reviewer_id <> OLD.reviewer_id
       OR NEW.scorecard_version_id <> OLD.scorecard_version_id THEN
        RAISE EXCEPTION 'a re-score keeps its evaluation and people' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.submitted_at IS NOT NULL THEN
        IF NEW.answers IS NULL OR NEW.score IS NULL THEN
            RAISE EXCEPTION 'a re-score is submitted with its answers' USING ERRCODE = 'check_violation';
        END IF;
        NEW.submitted_at := now() AT TIME ZONE 'utc';
    END IF;
    RETURN NEW;
END $$""",
        "DROP TRIGGER IF EXISTS rescore_guard ON rescore_samples",
        "CREATE TRIGGER rescore_guard BEFORE INSERT OR UPDATE ON rescore_samples "
        "FOR EACH ROW EXECUTE FUNCTION qa_rescore_guard()",
        # Evaluation states follow qa_studio/workflow.py; agents only acknowledge or dispute, leads resolve.
        f"""CREATE OR REPLACE FUNCTION qa_evaluation_transition() RETURNS trigger LANGUAGE plpgsql
{safe_path(schema)} AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- A new evaluation starts as a draft; only leads and administrators (consensus, imports) write others.
        IF NEW.state <> 'draft' AND NOT (qa_in_group('lead') OR qa_in_group('admin')) THEN
            RAISE EXCEPTION 'a new evaluation starts as a draft' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.calibration_session_id IS DISTINCT FROM OLD.calibration_session_id
       OR NEW.calibration_role IS DISTINCT FROM OLD.calibration_role
       OR NEW.reviewer_id <> OLD.reviewer_id OR NEW.interaction_id <> OLD.interaction_id THEN
        RAISE EXCEPTION 'an evaluation keeps its reviewer, interaction and calibration session'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF (OLD.state, NEW.state) NOT IN ({pairs}) THEN
        RAISE EXCEPTION 'evaluation % cannot go from % to %', OLD.id, OLD.state, NEW.state
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.state = 'resolved' AND OLD.state <> 'resolved' AND NOT (qa_in_group('lead') OR qa_in_group('admin'))
       AND qa_in_group('user') THEN
        RAISE EXCEPTION 'only a lead or an administrator decides disputes' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF qa_in_group('agent') AND NOT qa_in_group('staff') AND NEW.state <> OLD.state
       AND NEW.state NOT IN ('acknowledged', 'disputed') THEN
        RAISE EXCEPTION 'an agent acknowledges or disputes, nothing else' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$""",
        "DROP TRIGGER IF EXISTS evaluation_transition ON evaluations",
        "CREATE TRIGGER evaluation_transition BEFORE INSERT OR UPDATE ON evaluations "
        "FOR EACH ROW EXECUTE FUNCTION qa_evaluation_transition()",
        # A reveal is for good: revealed_at is set by the server and never taken back, and answers become visible
        # only to transactions that start after it (see `revealed` in the policies), so a lead cannot reveal,
        # read and roll back unseen.
        f"""CREATE OR REPLACE FUNCTION qa_reveal_once() RETURNS trigger LANGUAGE plpgsql {safe_path(schema)} AS $$
BEGIN
    IF OLD.revealed_at IS NOT NULL AND NEW.revealed_at IS DISTINCT FROM OLD.revealed_at THEN
        RAISE EXCEPTION 'a revealed calibration session stays revealed' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.revealed_at IS NULL AND NEW.revealed_at IS NOT NULL THEN
        NEW.revealed_at := now() AT TIME ZONE 'utc';
    END IF;
    RETURN NEW;
END $$""",
        "DROP TRIGGER IF EXISTS calibration_reveal_once ON calibration_sessions",
        "CREATE TRIGGER calibration_reveal_once BEFORE UPDATE ON calibration_sessions "
        "FOR EACH ROW EXECUTE FUNCTION qa_reveal_once()",
        # People's login roles are made and changed only through this function, which can grant nothing but this
        # database's QA groups: administrators hold no CREATEROLE (on PostgreSQL 15 that could grant any
        # predefined role, pg_execute_server_program included).
        f"""CREATE OR REPLACE FUNCTION qa_manage_login(step text, target text, qa_role text, verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER {safe_path(schema)} AS $$
DECLARE
    one text;
BEGIN
    IF NOT (pg_has_role(session_user, '{prefix}_admin', 'MEMBER') OR (step = 'password' AND target = session_user))
    THEN  -- people change their own password; everything else is an administrator's
        RAISE EXCEPTION 'only an administrator manages logins' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF target !~ '^[a-z_][a-z0-9_.@-]{{0,62}}$' OR target LIKE '{prefix}\\_%'
       OR NOT EXISTS (SELECT 1 FROM users u WHERE u.login = target) THEN
        RAISE EXCEPTION 'the login % is not a person of this database', target
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF qa_role IS NOT NULL AND qa_role NOT IN ({groups}) THEN
        RAISE EXCEPTION 'no such role %', qa_role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF step = 'create' THEN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = target) THEN
            RAISE EXCEPTION 'the database already has a login called %', target USING ERRCODE = 'duplicate_object';
        END IF;
        EXECUTE format('CREATE ROLE %I LOGIN', target);
    ELSIF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = target AND (rolsuper OR rolcreaterole OR rolbypassrls)) THEN
        RAISE EXCEPTION 'the login % is managed by the server''s owner', target
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', target, verifier);
    END IF;
    IF step IN ('create', 'role', 'enable', 'disable') THEN
        FOREACH one IN ARRAY ARRAY[{groups}] LOOP
            EXECUTE format('REVOKE %I FROM %I', '{prefix}_' || one, target);
        END LOOP;
    END IF;
    IF step IN ('create', 'role', 'enable') THEN
        EXECUTE format('GRANT %I TO %I', '{prefix}_' || qa_role, target);
    END IF;
    IF step = 'enable' THEN
        EXECUTE format('ALTER ROLE %I LOGIN', target);
    ELSIF step = 'disable' THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', target);
    END IF;
END $$""",
        # A line that hides a number is corrected only by someone who may read it (the masked copy would otherwise
        # be saved over the clear text by someone who never saw it).
        f"""CREATE OR REPLACE FUNCTION qa_segment_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
{safe_path(schema)} AS $$
BEGIN
    IF NEW.text IS DISTINCT FROM OLD.text AND OLD.text IS DISTINCT FROM OLD.text_masked
            AND NOT (qa_in_group('lead') OR qa_in_group('admin')) THEN
        RAISE EXCEPTION 'transcript line % hides a number this person may not read', OLD.id USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$""",
        "DROP TRIGGER IF EXISTS transcript_segments_guard ON transcript_segments",
        "CREATE TRIGGER transcript_segments_guard BEFORE UPDATE OF text ON transcript_segments "
        "FOR EACH ROW EXECUTE FUNCTION qa_segment_guard()",
        # What was said is indexed by whoever imports or corrects it, though reviewers are not granted the clear text:
        # the server copies it, and only for staff.
        f"""CREATE OR REPLACE FUNCTION qa_search_reindex(ids integer[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
{safe_path(schema)} AS $$
BEGIN
    IF NOT qa_in_group('staff') THEN
        RAISE EXCEPTION 'only staff index what was said' USING ERRCODE = '42501';
    END IF;
    DELETE FROM search_entries WHERE interaction_id = ANY(ids) AND kind <> 'comment';
    INSERT INTO search_entries (interaction_id, kind, position, text, masked_text)
    SELECT m.interaction_id, 'message', m.seq, m.text, coalesce(m.text_masked, '') FROM messages m
    WHERE m.interaction_id = ANY(ids) AND coalesce(m.text, '') <> ''
    UNION ALL
    SELECT t.interaction_id, 'segment', s.start_ms, s.text, coalesce(s.text_masked, '')
    FROM transcripts t JOIN transcript_segments s ON s.transcript_id = t.id
    WHERE t.interaction_id = ANY(ids) AND t.is_current AND coalesce(s.text, '') <> ''
    UNION ALL
    SELECT i.id, 'details', 0, {DETAILS_SQL.format(subject="subject")}, {DETAILS_SQL.format(subject="subject_masked")}
    FROM interactions i WHERE i.id = ANY(ids);
END $$""",
        "REVOKE ALL ON FUNCTION qa_manage_login(text, text, text, text) FROM PUBLIC",
        f'GRANT EXECUTE ON FUNCTION qa_manage_login(text, text, text, text) TO "{user}"',
        *(
            f'GRANT EXECUTE ON FUNCTION {name} TO "{user}"'
            for name in ("qa_uid()", "qa_actor_name()", "qa_agent_id()", "qa_in_group(text)", "qa_team_of_agent()",
                         "qa_calibration_progress(integer)", "qa_team_figures(integer, timestamp, timestamp)",
                         "qa_audit_count()", "qa_audit_verify()", "qa_search_reindex(integer[])",
                         "qa_blind_originals()")
        ),  # fmt: skip
    ]


def grant_statements(prefix: str, database: str) -> list[str]:
    user, staff, agent = group(prefix, "user"), group(prefix, "staff"), group(prefix, "agent")
    lead, admin, trainer = group(prefix, "lead"), group(prefix, "admin"), group(prefix, "trainer")
    leads = f'"{lead}", "{admin}"'
    s = [
        f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC',
        # No TEMPORARY: a person's temporary objects have no place in a database whose rules they must not bend.
        f'GRANT CONNECT ON DATABASE "{database}" TO "{user}"',
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f'GRANT USAGE ON SCHEMA public TO "{user}"',
        f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "{user}"',
        f'GRANT SELECT ON alembic_version, team_settings, scorecards, scorecard_versions TO "{user}"',
        f"GRANT INSERT, UPDATE ON team_settings TO \"{admin}\"",
        f"GRANT INSERT, UPDATE ON scorecards, scorecard_versions TO {leads}",
        f'GRANT SELECT ({USER_COLUMNS}) ON users TO "{user}"',
        f"GRANT INSERT, UPDATE ON users TO \"{admin}\"",
        f'GRANT SELECT ON teams, agents TO "{user}"',
        f'GRANT INSERT, UPDATE ON teams, agents TO "{staff}"',
        f'GRANT SELECT ON media_files, transcripts TO "{user}"',
        *_masked_reads(prefix),
        f'GRANT INSERT, UPDATE, DELETE ON interactions, messages, media_files, transcripts, transcript_segments, '
        f'search_entries TO "{staff}"',
        # A customer's survey score of an interaction is that agent's data: agents read their own (policy below).
        f'GRANT SELECT ON interaction_kpis TO "{user}"',
        f'GRANT INSERT, UPDATE, DELETE ON interaction_kpis TO "{staff}"',
        # Keyword lists are the team's: the staff read them (and count them), leads and administrators change them.
        f'GRANT SELECT ON keyword_lists TO "{staff}"',
        f"GRANT INSERT, UPDATE, DELETE ON keyword_lists TO {leads}",
        # The standards hold no one's data: everyone reads them, leads and administrators set them.
        f'GRANT SELECT ON kpi_standards TO "{user}"',
        f"GRANT INSERT, UPDATE, DELETE ON kpi_standards TO {leads}",
        # The glossary is the team's vocabulary: every worker reads it for every call, leads and administrators keep it.
        f'GRANT SELECT ON glossary_terms TO "{user}"',
        f"GRANT INSERT, UPDATE, DELETE ON glossary_terms TO {leads}",
        f'GRANT SELECT, INSERT, UPDATE, DELETE ON transcription_jobs, import_batches, import_file_results, '
        f'sample_assignments, auto_evaluations TO "{staff}"',
        f'GRANT SELECT ON calibration_sessions, calibration_participants, calibration_items TO "{staff}"',
        # Re-scores are the leads' own work on reviewers: reviewers, trainers and agents read none of it.
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON rescore_samples TO {leads}",
        # Recurring work is set up by leads; anyone on the staff whose app starts may create a period's sampling.
        f'GRANT SELECT ON recurring_work, recurrence_instances TO "{staff}"',
        f"GRANT INSERT, UPDATE, DELETE ON recurring_work TO {leads}",
        # ... recording what it made, or taking its claim back when making it failed.
        f'GRANT INSERT, UPDATE, DELETE ON recurrence_instances TO "{staff}"',
        # Agents' evaluation policy looks at sessions; the policies below give them no session rows.
        f'GRANT SELECT ON calibration_sessions TO "{agent}"',
        # The interaction list reads the automatic score beside each row; the staff-only policy gives agents none.
        f'GRANT SELECT ON auto_evaluations TO "{agent}"',
        f"GRANT INSERT, UPDATE, DELETE ON calibration_sessions, calibration_participants, calibration_items "
        f"TO {leads}",
        f'GRANT SELECT ON evaluations, evaluation_answers, evaluation_disputes TO "{user}"',
        f'GRANT INSERT, UPDATE, DELETE ON evaluations, evaluation_answers TO "{staff}"',
        f'GRANT UPDATE (state, acknowledged_at, updated_at, row_version) ON evaluations TO "{agent}"',
        f'GRANT INSERT ON evaluation_disputes TO "{agent}", {leads}',
        f"GRANT UPDATE ON evaluation_disputes TO {leads}",
        f'GRANT SELECT ON self_evaluations TO "{user}"',
        f'GRANT INSERT ON self_evaluations TO "{agent}"',
        f'GRANT SELECT ON coaching_records, coaching_actions TO "{user}"',
        f'GRANT INSERT, UPDATE, DELETE ON coaching_records, coaching_actions TO "{trainer}", {leads}',
        # Recordings kept in the database: read as the policies allow, added by the staff who import, removed only
        # by administrators (a recording is shared by content, so one call's removal must not take another's).
        f'GRANT SELECT ON media_blobs TO "{user}"',
        f'GRANT INSERT ON media_blobs TO "{staff}"',
        f'GRANT DELETE ON media_blobs TO "{admin}"',
        # The team figures' daily totals: read as the policies allow; only the triggers, as the owner, write them.
        f'GRANT SELECT ON {", ".join(ROLLUP_TABLES)} TO "{user}"',
        # The audit log: read (as the policies allow) and append, never change or remove.
        f'GRANT SELECT, INSERT ON audit_log TO "{user}"',
        f'REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM "{user}"',
    ]
    return s


def _masked_reads(prefix: str) -> list[str]:
    """Clear text (subjects, messages, transcript lines and their words) only for the roles that may unmask
    (qa_studio/permissions.py); everyone else is granted every other column, the masked copies included."""
    from qa_studio.storage.models import Base

    user, readers = group(prefix, "user"), ", ".join(f'"{group(prefix, role)}"' for role in UNMASK_GROUPS)
    statements = []
    for table, clear in CLEAR_COLUMNS.items():
        columns = ", ".join(c.name for c in Base.metadata.tables[table].columns if c.name not in clear)
        statements += [f'REVOKE SELECT ON {table} FROM "{user}"', f'GRANT SELECT ({columns}) ON {table} TO "{user}"',
                       f"GRANT SELECT ON {table} TO {readers}"]  # fmt: skip
    return statements


def policy_statements(prefix: str) -> list[str]:
    staff, agent, user = group(prefix, "staff"), group(prefix, "agent"), group(prefix, "user")
    lead, admin = group(prefix, "lead"), group(prefix, "admin")
    is_staff = "(SELECT qa_in_group('staff'))"
    is_lead = "((SELECT qa_in_group('lead')) OR (SELECT qa_in_group('admin')))"
    me = "(SELECT qa_uid())"
    my_agent = "(SELECT qa_agent_id())"
    revealed = (
        "EXISTS (SELECT 1 FROM calibration_sessions s WHERE s.id = calibration_session_id "
        "AND s.revealed_at < (transaction_timestamp() AT TIME ZONE 'utc'))"
    )
    own_interaction = "EXISTS (SELECT 1 FROM interactions i WHERE i.id = interaction_id)"
    visible_evaluation = "EXISTS (SELECT 1 FROM evaluations e WHERE e.id = evaluation_id)"
    statements = [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY" for table in RLS_TABLES]

    def policy(table: str, name: str, command: str, roles: str, using: str | None, check: str | None = None) -> None:
        statements.append(f"DROP POLICY IF EXISTS {name} ON {table}")
        text = f"CREATE POLICY {name} ON {table} FOR {command} TO {roles}"
        if using is not None:
            text += f" USING ({using})"
        if check is not None:
            text += f" WITH CHECK ({check})"
        statements.append(text)

    q = lambda role: f'"{role}"'  # noqa: E731 - a quoted role name, used many times below
    leads_q = f"{q(lead)}, {q(admin)}"
    # People: staff see everyone; an agent sees the staff and themselves, not the other agents.
    policy("users", "users_read", "SELECT", q(user), f"{is_staff} OR id = {me} OR role <> 'agent'")
    policy("users", "users_admin", "ALL", q(admin), "true", "true")
    policy("teams", "teams_read", "SELECT", q(user), f"{is_staff} OR id = (SELECT qa_team_of_agent())")
    policy("teams", "teams_write", "ALL", q(staff), "true", "true")
    policy("agents", "agents_read", "SELECT", q(user), f"{is_staff} OR id = {my_agent}")
    policy("agents", "agents_write", "ALL", q(staff), "true", "true")
    # Daily totals of the team figures: the staff read all; an agent only the totals of their own interactions, as
    # with the rows they add up. (An original hidden from a lead re-scoring it blind is in the totals: the app reads
    # the rows themselves for anyone with such a re-score open, see services/reporting.py.)
    for table in ROLLUP_TABLES:
        policy(table, f"{table}_read", "SELECT", q(user), f"{is_staff} OR agent_id = {my_agent}")
    # Interactions and what hangs off them: an agent's own only.
    policy("interactions", "interactions_read", "SELECT", q(user), f"{is_staff} OR agent_id = {my_agent}")
    policy("interactions", "interactions_write", "ALL", q(staff), "true", "true")
    for table in INTERACTION_CHILDREN:
        policy(table, f"{table}_read", "SELECT", q(user), f"{is_staff} OR {own_interaction}")
        policy(table, f"{table}_write", "ALL", q(staff), "true", "true")
    policy("transcript_segments", "transcript_segments_read", "SELECT", q(user),
           f"{is_staff} OR EXISTS (SELECT 1 FROM transcripts t WHERE t.id = transcript_id)")  # fmt: skip
    policy("transcript_segments", "transcript_segments_write", "ALL", q(staff), "true", "true")
    for table in STAFF_ONLY:
        policy(table, f"{table}_staff", "ALL", q(staff), "true", "true")
    # Evaluations: blind until revealed, by any path; agents see their own submitted, non-calibration ones; an
    # original drawn for someone to re-score is hidden from them until they submit (and so are its answers, disputes
    # and audit entries, which follow the evaluation).
    not_blind = "NOT (id = ANY (CAST((SELECT qa_blind_originals()) AS integer[])))"
    policy("evaluations", "evaluations_read", "SELECT", q(user),
           f"(reviewer_id = {me} OR ({is_staff} AND (calibration_session_id IS NULL OR {revealed})) "
           f"OR (calibration_session_id IS NULL AND state <> 'draft' AND {own_interaction})) "
           f"AND {not_blind}")  # fmt: skip
    policy("evaluations", "evaluations_insert", "INSERT", q(staff), None, f"reviewer_id = {me}")
    policy("evaluations", "evaluations_update", "UPDATE", q(staff),
           f"reviewer_id = {me} OR ({is_lead} AND calibration_session_id IS NULL)",
           f"reviewer_id = {me} OR ({is_lead} AND calibration_session_id IS NULL)")  # fmt: skip
    policy("evaluations", "evaluations_delete", "DELETE", q(staff), f"reviewer_id = {me} AND state = 'draft'")
    policy("evaluations", "evaluations_agent_update", "UPDATE", q(agent),
           f"calibration_session_id IS NULL AND state <> 'draft' AND {own_interaction}",
           f"calibration_session_id IS NULL AND state <> 'draft' AND {own_interaction}")  # fmt: skip
    writable_evaluation = (
        f"EXISTS (SELECT 1 FROM evaluations e WHERE e.id = evaluation_id AND (e.reviewer_id = {me} "
        f"OR ({is_lead} AND e.calibration_session_id IS NULL)))"
    )
    policy("evaluation_answers", "evaluation_answers_read", "SELECT", q(user), visible_evaluation)
    policy("evaluation_answers", "evaluation_answers_write", "ALL", q(staff), writable_evaluation, writable_evaluation)
    policy("evaluation_disputes", "evaluation_disputes_read", "SELECT", q(user), visible_evaluation)
    policy("evaluation_disputes", "evaluation_disputes_raise", "INSERT", f'{q(agent)}, {q(lead)}, {q(admin)}', None,
           f"{visible_evaluation} AND raised_by = (SELECT qa_actor_name())")  # fmt: skip
    policy("evaluation_disputes", "evaluation_disputes_decide", "UPDATE", f"{q(lead)}, {q(admin)}", "true", "true")
    # Re-scores: leads and administrators read all and draw; only the re-scorer answers; unsubmitted ones may go.
    policy("rescore_samples", "rescore_samples_read", "SELECT", leads_q, "true")
    policy("rescore_samples", "rescore_samples_draw", "INSERT", leads_q, None, "true")
    policy("rescore_samples", "rescore_samples_score", "UPDATE", leads_q, f"rescorer_id = {me}", f"rescorer_id = {me}")
    policy("rescore_samples", "rescore_samples_remove", "DELETE", leads_q, "submitted_at IS NULL")
    # Self-evaluations: an agent writes their own, once, on their own interactions; staff read them.
    policy("self_evaluations", "self_evaluations_read", "SELECT", q(user), f"{is_staff} OR user_id = {me}")
    policy("self_evaluations", "self_evaluations_write", "INSERT", q(agent), None,
           f"user_id = {me} AND {own_interaction}")  # fmt: skip
    # Coaching: staff read all, trainers and leads write; an agent reads their own.
    policy("coaching_records", "coaching_records_read", "SELECT", q(user), f"{is_staff} OR agent_id = {my_agent}")
    policy("coaching_records", "coaching_records_write", "ALL", q(staff), "true", "true")
    policy("coaching_actions", "coaching_actions_read", "SELECT", q(user),
           f"{is_staff} OR EXISTS (SELECT 1 FROM coaching_records r WHERE r.id = record_id)")  # fmt: skip
    policy("coaching_actions", "coaching_actions_write", "ALL", q(staff), "true", "true")
    # A recording in the database is as visible as a call that has it: an agent's own calls only.
    policy("media_blobs", "media_blobs_read", "SELECT", q(user),
           f"{is_staff} OR EXISTS (SELECT 1 FROM media_files m WHERE m.sha256 = media_blobs.sha256)")  # fmt: skip
    policy("media_blobs", "media_blobs_add", "INSERT", q(staff), None, "true")
    policy("media_blobs", "media_blobs_remove", "DELETE", q(admin), "true")
    # The audit log: an evaluation's entries are as visible as the evaluation (blind scores stay blind); agents read
    # only their evaluations' entries and their own actions. Inserting is open to every person; the trigger sets
    # the actor.
    evaluation_entry = "EXISTS (SELECT 1 FROM evaluations e WHERE e.id = entity_id)"
    policy("audit_log", "audit_read", "SELECT", q(user),
           f"({is_staff} AND (entity_type <> 'evaluation' OR {evaluation_entry})) "
           f"OR (entity_type = 'evaluation' AND {evaluation_entry}) OR actor = (SELECT qa_actor_name())")  # fmt: skip
    policy("audit_log", "audit_append", "INSERT", q(user), None, "true")
    return statements


def enable_statements(prefix: str, database: str, schema: str = "public") -> list[str]:
    """Everything `qa-studio team enable` runs, in order, as the database's owner."""
    from qa_studio.storage.audit_chain import pg_functions

    return [
        *role_statements(prefix),
        *pg_functions(schema),
        *function_statements(prefix, schema),
        *grant_statements(prefix, database),
        *policy_statements(prefix),
    ]
