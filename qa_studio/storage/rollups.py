"""Per-day rollups of the team figures, kept by the database itself: triggers on evaluations, their answers,
interactions, survey figures and messages add each row's share to its day's totals and take it away again in the
same transaction as the write that changes it, whoever writes (the app, an import, a worker, SQL by hand). The team
page then adds up a few thousand daily rows instead of scanning every evaluation and message.

Every rollup is exact: scores are kept in hundredths, survey scores as the values given. Replies are counted with
those that met the channel's response-time standard (kpi_standards, or RESPONSE_SECONDS where the team set none),
and a change of a standard counts that channel's replies again, by a trigger on kpi_standards. A row with no agent
is kept under agent 0, one with no start time under NO_DAY (a key column cannot be NULL)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection

NO_DAY = "0001-01-01"  # the day of an interaction without a start time
# DOMAIN.md's response-time standards per channel, where the team set none (services/kpis.py reads the same; a
# change here needs a migration that installs the triggers again).
RESPONSE_SECONDS = {"chat": 30, "email": 2 * 3600, "social": 3600}
COUNTED = "{e}.state <> 'draft' AND {e}.calibration_session_id IS NULL"


@dataclass(frozen=True, slots=True)
class Rollup:
    table: str
    keys: tuple[tuple[str, str], ...]  # (column, SQL on the aliases {e} {i} {k} {m} {a})
    measures: tuple[tuple[str, str], ...]
    condition: str  # which source rows count
    sources: tuple[str, ...]  # the tables whose rows it follows


def _cents(column: str) -> str:
    return f"CASE WHEN {column} IS NULL THEN 0 ELSE CAST(ROUND({column} * 100) AS BIGINT) END"


def _flag(condition: str) -> str:
    return f"CASE WHEN {condition} THEN 1 ELSE 0 END"


def _keys(*extra: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    return (("agent_id", "COALESCE({i}.agent_id, 0)"), ("day", "{day}"), *extra)


SURVEY = (("csat", "COALESCE({k}.csat, 0)"),
          ("csat_scale", "CASE WHEN {k}.csat IS NULL THEN 0 ELSE COALESCE({k}.csat_scale, 0) END"))  # fmt: skip

ROLLUPS = (
    # Submitted evaluations per agent and day, split by the interaction's survey score so that QA against CSAT
    # (sums of scores, squares and products) comes from the same rows.
    Rollup("rollup_quality", _keys(*SURVEY), (
        ("evaluations", "1"), ("score_cents", _cents("{e}.score")),
        ("score_squares", f"({_cents('{e}.score')}) * ({_cents('{e}.score')})"),
        ("scored", _flag("{e}.score IS NOT NULL")), ("passed", _flag("{e}.passed")),
        ("judged", _flag("{e}.passed IS NOT NULL")), ("fatal", _flag("{e}.fatal_failed")),
        ("critical", _flag("{e}.section_critical_failed"))), COUNTED, ("evaluations", "interactions", "kpis")),
    # Evaluations that came out alike (aggregates.outcomes_text) per agent and day: criteria and root causes.
    # Keyed by scorecard version too: a criterion is its scorecard's, and two scorecards may share a criterion key.
    Rollup("rollup_outcomes", _keys(("scorecard_version_id", "{e}.scorecard_version_id"),
                                    ("outcomes", "{e}.outcomes")), (("evaluations", "1"),),
           COUNTED + " AND {e}.outcomes IS NOT NULL", ("evaluations", "interactions")),
    # Each reviewer's evaluations per scorecard version, for volume and leniency.
    Rollup("rollup_reviewers", _keys(("reviewer_id", "{e}.reviewer_id"),
                                     ("scorecard_version_id", "{e}.scorecard_version_id")),
           (("evaluations", "1"), ("score_cents", _cents("{e}.score")), ("scored", _flag("{e}.score IS NOT NULL"))),
           COUNTED, ("evaluations", "interactions")),
    # Every interaction per channel, survey score and resolution, with its handling time when the source gave one.
    Rollup("rollup_service", _keys(("channel", "{i}.channel"), *SURVEY, (
        "resolved", "CASE WHEN {k}.resolved IS NULL THEN -1 WHEN {k}.resolved THEN 1 ELSE 0 END")), (
        ("interactions", "1"),
        ("duration_ms", "CASE WHEN {i}.duration_ms <> 0 THEN {i}.duration_ms ELSE 0 END"),
        ("timed", _flag("{i}.duration_ms <> 0"))), "1 = 1", ("interactions", "kpis")),
    # Agent replies to a customer's turn, first replies apart, and those within the channel's standard (the wait in
    # whole seconds, rounded up, at most the standard's seconds).
    Rollup("rollup_replies", _keys(("channel", "{i}.channel"), ("first_reply", _flag("{m}.reply_number = 1"))),
           (("replies", "1"), ("met", _flag("({m}.reply_wait_ms + 999) / 1000 <= {standard}"))),
           "{m}.reply_wait_ms IS NOT NULL", ("messages", "interactions")),
    # Root causes recorded on failed answers per agent, day, scorecard version and criterion, for the Pareto.
    Rollup("rollup_causes", _keys(("scorecard_version_id", "{e}.scorecard_version_id"),
                                  ("criterion_key", "{a}.criterion_key"), ("root_cause", "{a}.root_cause")),
           (("failures", "1"),), COUNTED + " AND {a}.root_cause IS NOT NULL AND {a}.root_cause <> '' AND {failed}",
           ("answers", "evaluations", "interactions")),
)

# How each source table's row reaches the others a rollup reads: FROM and WHERE around the row `{row}` (NEW or OLD).
_FROM = {
    ("rollup_quality", "evaluations"): "interactions i LEFT JOIN interaction_kpis k ON k.interaction_id = i.id "
                                       "WHERE i.id = {row}.interaction_id",
    ("rollup_quality", "interactions"): "evaluations e LEFT JOIN interaction_kpis k ON k.interaction_id = "
                                        "e.interaction_id WHERE e.interaction_id = {row}.id",
    ("rollup_quality", "kpis"): "evaluations e JOIN interactions i ON i.id = e.interaction_id "
                                "WHERE e.interaction_id = {row}.interaction_id",
    ("rollup_outcomes", "evaluations"): "interactions i WHERE i.id = {row}.interaction_id",
    ("rollup_outcomes", "interactions"): "evaluations e WHERE e.interaction_id = {row}.id",
    ("rollup_reviewers", "evaluations"): "interactions i WHERE i.id = {row}.interaction_id",
    ("rollup_reviewers", "interactions"): "evaluations e WHERE e.interaction_id = {row}.id",
    ("rollup_service", "interactions"): "(SELECT 1 AS one) o LEFT JOIN interaction_kpis k "
                                        "ON k.interaction_id = {row}.id WHERE 1 = 1",
    ("rollup_service", "kpis"): "interactions i WHERE i.id = {row}.interaction_id",
    # An interaction without survey figures, for the share that moves when they arrive or go.
    ("rollup_quality", "no kpis"): "evaluations e JOIN interactions i ON i.id = e.interaction_id "
                                   "LEFT JOIN interaction_kpis k ON 1 = 0 "
                                   "WHERE e.interaction_id = {row}.interaction_id",
    ("rollup_service", "no kpis"): "interactions i LEFT JOIN interaction_kpis k ON 1 = 0 "
                                   "WHERE i.id = {row}.interaction_id",
    ("rollup_replies", "messages"): "interactions i WHERE i.id = {row}.interaction_id",
    ("rollup_replies", "interactions"): "messages m WHERE m.interaction_id = {row}.id",
    ("rollup_causes", "answers"): "evaluations e JOIN interactions i ON i.id = e.interaction_id "
                                  "WHERE e.id = {row}.evaluation_id",
    ("rollup_causes", "evaluations"): "evaluation_answers a JOIN interactions i ON i.id = {row}.interaction_id "
                                      "WHERE a.evaluation_id = {row}.id",
    ("rollup_causes", "interactions"): "evaluations e JOIN evaluation_answers a ON a.evaluation_id = e.id "
                                       "WHERE e.interaction_id = {row}.id",
}
# The whole of each rollup from its tables, for the first fill and for checks.
_ALL = {
    "rollup_quality": "evaluations e JOIN interactions i ON i.id = e.interaction_id "
                      "LEFT JOIN interaction_kpis k ON k.interaction_id = i.id WHERE 1 = 1",
    "rollup_outcomes": "evaluations e JOIN interactions i ON i.id = e.interaction_id WHERE 1 = 1",
    "rollup_reviewers": "evaluations e JOIN interactions i ON i.id = e.interaction_id WHERE 1 = 1",
    "rollup_service": "interactions i LEFT JOIN interaction_kpis k ON k.interaction_id = i.id WHERE 1 = 1",
    "rollup_replies": "messages m JOIN interactions i ON i.id = m.interaction_id WHERE 1 = 1",
    "rollup_causes": "evaluation_answers a JOIN evaluations e ON e.id = a.evaluation_id "
                     "JOIN interactions i ON i.id = e.interaction_id WHERE 1 = 1",
}
SOURCE_TABLES = {"evaluations": "evaluations", "interactions": "interactions", "kpis": "interaction_kpis",
                 "messages": "messages", "answers": "evaluation_answers"}  # fmt: skip
ALIAS = {"evaluations": "e", "interactions": "i", "kpis": "k", "messages": "m", "answers": "a"}
# A source row changes a rollup only through these columns; other updates (an acknowledgement, a new transcript
# status) leave the totals alone and fire nothing.
WATCHED = {
    "evaluations": ("interaction_id", "reviewer_id", "scorecard_version_id", "calibration_session_id", "state",
                    "score", "passed", "fatal_failed", "section_critical_failed", "outcomes", "result"),
    "interactions": ("agent_id", "started_at", "channel", "duration_ms"),
    "kpis": ("interaction_id", "csat", "csat_scale", "resolved"),
    "messages": ("interaction_id", "reply_number", "reply_wait_ms"),
    "answers": ("evaluation_id", "criterion_key", "root_cause"),
}


def day_of(dialect: str, moment: str) -> str:
    if dialect == "postgresql":
        return f"COALESCE(CAST({moment} AS DATE), DATE '{NO_DAY}')"
    return f"COALESCE(date({moment}), '{NO_DAY}')"


def standard(dialect: str, channel: str) -> str:
    """SQL for the response-time standard in seconds of `channel` (NULL: none), as services/kpis.py reads it: the
    team's when above 0, in whole seconds, else the default."""
    whole = "TRUNC(s.value)" if dialect == "postgresql" else "s.value"
    defaults = " ".join(f"WHEN '{name}' THEN {seconds}" for name, seconds in RESPONSE_SECONDS.items())
    return (f"COALESCE((SELECT CAST({whole} AS BIGINT) FROM kpi_standards s WHERE s.key = 'response.' || {channel} "
            f"AND s.value > 0), CASE {channel} {defaults} END)")  # fmt: skip


def failed(dialect: str, e: str, a: str) -> str:
    """SQL true when the answer `a`'s criterion failed and applied in evaluation `e`'s stored result."""
    if dialect == "postgresql":
        entry = f"({e}.result -> 'criteria' -> {a}.criterion_key)"
        return (f"COALESCE(({entry} ->> 'failed')::boolean, false) "
                f"AND COALESCE(({entry} ->> 'applicable')::boolean, true)")  # fmt: skip
    path = f"'$.criteria.\"' || {a}.criterion_key || '\"'"
    return (f"COALESCE(json_extract({e}.result, {path} || '.failed'), 0) <> 0 "
            f"AND COALESCE(json_extract({e}.result, {path} || '.applicable'), 1) <> 0")  # fmt: skip


def _select(rollup: Rollup, dialect: str, aliases: dict[str, str], sign: str = "") -> str:
    """The rollup's grouped rows over FROM/WHERE that follows, with the aliases e/i/k/m/a standing for tables or
    rows."""
    names = {**aliases, "day": day_of(dialect, f"{aliases['i']}.started_at"),
             "failed": failed(dialect, aliases["e"], aliases["a"]),
             "standard": standard(dialect, f"{aliases['i']}.channel")}  # fmt: skip
    keys = [sql.format(**names) for _column, sql in rollup.keys]
    named = [f"{sql} AS {column}" for sql, (column, _sql) in zip(keys, rollup.keys, strict=True)]
    measures = [f"{sign}SUM({sql.format(**names)}) AS {column}" for column, sql in rollup.measures]
    return (f"SELECT {', '.join(named + measures)} FROM {{source}} AND {rollup.condition.format(**names)} "
            f"GROUP BY {', '.join(keys)}")  # fmt: skip


def _upsert(rollup: Rollup, select: str) -> str:
    keys = [column for column, _sql in rollup.keys]
    measures = [column for column, _sql in rollup.measures]
    adds = ", ".join(f"{m} = {rollup.table}.{m} + excluded.{m}" for m in measures)
    return (f"INSERT INTO {rollup.table} ({', '.join(keys + measures)}) {select} "
            f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {adds}")  # fmt: skip


def change_statements(source: str, row: str, sign: str, dialect: str, *, absent: bool = False) -> list[str]:
    """What adding (sign "") or taking away (sign "-") the source row `row` (NEW or OLD) does to every rollup.
    `absent` (survey figures only): the interaction's share as it is without them, which their arrival takes away
    and their removal brings back."""
    statements = []
    for rollup in ROLLUPS:
        if source not in rollup.sources:
            continue
        aliases = {"e": "e", "i": "i", "k": "k", "m": "m", "a": "a"}
        if not absent:
            aliases[ALIAS[source]] = row
        origin = _FROM[(rollup.table, "no kpis" if absent else source)]
        select = _select(rollup, dialect, aliases, sign).replace("{source}", origin.format(row=row))
        statements.append(_upsert(rollup, select))
    return statements


def fill_statements(dialect: str, only: str | None = None, where: str = "") -> list[str]:
    """Every rollup (or the one named `only`) emptied and worked out again from its tables; `where`: only the rows
    of those with a condition on their own columns and on the source's aliases, e.g. one channel."""
    statements = []
    for rollup in ROLLUPS:
        if only not in (None, rollup.table):
            continue
        select = _select(rollup, dialect, {"e": "e", "i": "i", "k": "k", "m": "m", "a": "a"}).replace(
            "{source}", _ALL[rollup.table] + (f" AND {where.format(table='i')}" if where else ""))
        statements += [f"DELETE FROM {rollup.table}" + (f" WHERE {where.format(table=rollup.table)}" if where else ""),
                       _upsert(rollup, select)]  # fmt: skip
    return statements


def _changed(source: str, dialect: str) -> str:
    if dialect == "postgresql":  # json has no equality; its text does
        return " OR ".join(f"OLD.{c}{'::text' * (c == 'result')} IS DISTINCT FROM NEW.{c}{'::text' * (c == 'result')}"
                           for c in WATCHED[source])  # fmt: skip
    return " OR ".join(f"OLD.{column} IS NOT NEW.{column}" for column in WATCHED[source])


def trigger_statements(dialect: str, schema: str = "public") -> list[str]:
    """The triggers that keep the rollups current. On PostgreSQL they run as the schema's owner, so whoever may write
    an evaluation or a message keeps the totals right without being granted the rollup tables, and the policies
    that hide a colleague's rows from an agent do not hide them from the totals."""
    statements = [*drop_trigger_statements(dialect)]
    for source, table in SOURCE_TABLES.items():
        gone = change_statements(source, "OLD", "-", dialect)
        new = change_statements(source, "NEW", "", dialect)
        arrived = left = []
        if source == "kpis":
            arrived = change_statements(source, "NEW", "-", dialect, absent=True)
            left = change_statements(source, "OLD", "", dialect, absent=True)
        if dialect == "postgresql":
            path = f'SET search_path = pg_catalog, "{schema}", pg_temp'
            statements.append(f"""CREATE OR REPLACE FUNCTION qa_rollup_{table}() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER {path} AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        {'; '.join(gone)};
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        {'; '.join(new)};
    END IF;{_only("INSERT", arrived)}{_only("DELETE", left)}
    RETURN NULL;
END $$""")
            statements += [
                f"REVOKE ALL ON FUNCTION qa_rollup_{table}() FROM PUBLIC",
                f"CREATE TRIGGER {table}_rollup AFTER INSERT OR DELETE ON {table} FOR EACH ROW "
                f"EXECUTE FUNCTION qa_rollup_{table}()",
                f"CREATE TRIGGER {table}_rollup_update AFTER UPDATE ON {table} FOR EACH ROW "
                f"WHEN ({_changed(source, dialect)}) EXECUTE FUNCTION qa_rollup_{table}()",
            ]
        else:
            statements += [
                f"CREATE TRIGGER {table}_rollup_insert AFTER INSERT ON {table} FOR EACH ROW BEGIN "
                f"{'; '.join(arrived + new)}; END",
                f"CREATE TRIGGER {table}_rollup_delete AFTER DELETE ON {table} FOR EACH ROW BEGIN "
                f"{'; '.join(gone + left)}; END",
                f"CREATE TRIGGER {table}_rollup_update AFTER UPDATE ON {table} FOR EACH ROW "
                f"WHEN {_changed(source, dialect)} BEGIN {'; '.join(gone + new)}; END",
            ]
    # A changed response-time standard counts its channel's replies again.
    recount = fill_statements(dialect, "rollup_replies", "{table}.channel = substr(NEW.key, 10)")
    recount_old = fill_statements(dialect, "rollup_replies", "{table}.channel = substr(OLD.key, 10)")
    if dialect == "postgresql":
        statements += [
            f"""CREATE OR REPLACE FUNCTION qa_rollup_standards() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, "{schema}", pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.key LIKE 'response.%' THEN {'; '.join(recount_old)}; END IF;
        RETURN NULL;
    END IF;
    IF NEW.key LIKE 'response.%' THEN {'; '.join(recount)}; END IF;
    RETURN NULL;
END $$""",
            "REVOKE ALL ON FUNCTION qa_rollup_standards() FROM PUBLIC",
            "CREATE TRIGGER kpi_standards_rollup AFTER INSERT OR UPDATE OR DELETE ON kpi_standards FOR EACH ROW "
            "EXECUTE FUNCTION qa_rollup_standards()",
        ]
    else:
        for operation, body in (("insert", recount), ("update", recount), ("delete", recount_old)):
            row = "OLD" if operation == "delete" else "NEW"
            statements.append(f"CREATE TRIGGER kpi_standards_rollup_{operation} AFTER {operation.upper()} ON "
                              f"kpi_standards FOR EACH ROW WHEN {row}.key LIKE 'response.%' BEGIN "
                              f"{'; '.join(body)}; END")  # fmt: skip
    # An interaction's messages and survey figures, and an evaluation's answers, go before it does, through their own
    # triggers, while it can still be found; then its own share goes.
    for table, name, cascade in (
        ("interactions", "interaction", "DELETE FROM messages WHERE interaction_id = OLD.id; "
                                        "DELETE FROM interaction_kpis WHERE interaction_id = OLD.id"),
        ("evaluations", "evaluation", "DELETE FROM evaluation_answers WHERE evaluation_id = OLD.id"),
    ):
        if dialect == "postgresql":
            statements += [
                f"""CREATE OR REPLACE FUNCTION qa_rollup_{name}_gone() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, "{schema}", pg_temp AS $$
BEGIN
    {cascade};
    RETURN OLD;
END $$""",
                f"REVOKE ALL ON FUNCTION qa_rollup_{name}_gone() FROM PUBLIC",
                f"CREATE TRIGGER {table}_rollup_gone BEFORE DELETE ON {table} FOR EACH ROW "
                f"EXECUTE FUNCTION qa_rollup_{name}_gone()",
            ]
        else:
            statements.append(f"CREATE TRIGGER {table}_rollup_gone BEFORE DELETE ON {table} FOR EACH ROW BEGIN "
                              f"{cascade}; END")  # fmt: skip
    return statements


def _only(operation: str, statements: list[str]) -> str:
    if not statements:
        return ""
    return f"\n    IF TG_OP = '{operation}' THEN\n        {'; '.join(statements)};\n    END IF;"


def drop_trigger_statements(dialect: str) -> list[str]:
    statements = []
    for table in SOURCE_TABLES.values():
        if dialect == "postgresql":
            statements += [f"DROP TRIGGER IF EXISTS {table}_rollup ON {table}",
                           f"DROP TRIGGER IF EXISTS {table}_rollup_update ON {table}"]  # fmt: skip
        else:
            statements += [f"DROP TRIGGER IF EXISTS {table}_rollup_{op}" for op in ("insert", "delete", "update")]
    for table in ("interactions", "evaluations"):
        statements.append(f"DROP TRIGGER IF EXISTS {table}_rollup_gone" + (f" ON {table}" * (dialect == "postgresql")))
    if dialect == "postgresql":
        statements.append("DROP TRIGGER IF EXISTS kpi_standards_rollup ON kpi_standards")
    else:
        statements += [f"DROP TRIGGER IF EXISTS kpi_standards_rollup_{op}" for op in ("insert", "update", "delete")]
    return statements


def install(connection: Connection) -> None:
    """Triggers created and every rollup filled from what is stored (first install, or a repair)."""
    dialect = connection.dialect.name
    schema = "public"
    if dialect == "postgresql":
        schema = connection.execute(text("SELECT current_schema()")).scalar() or "public"
    driver = connection.connection.cursor()  # as written: trigger bodies hold colons that are not parameters
    try:
        for statement in [*trigger_statements(dialect, schema), *fill_statements(dialect)]:
            driver.execute(statement)
    finally:
        driver.close()


def differences(connection: Connection) -> dict[str, int]:
    """Rows of each rollup that differ from the rollup worked out afresh (0 everywhere when they are current)."""
    dialect = connection.dialect.name
    found = {}
    for rollup in ROLLUPS:
        keys = [column for column, _sql in rollup.keys]
        columns = keys + [column for column, _sql in rollup.measures]
        fresh = _select(rollup, dialect, {"e": "e", "i": "i", "k": "k", "m": "m", "a": "a"}).replace(
            "{source}", _ALL[rollup.table])
        nonzero = " OR ".join(f"{column} <> 0" for column, _sql in rollup.measures)
        kept = f"SELECT {', '.join(columns)} FROM {rollup.table} WHERE {nonzero}"
        fresh = f"SELECT * FROM ({fresh}) f"
        count = 0
        for first, second in ((fresh, kept), (kept, fresh)):
            count += connection.execute(text(f"SELECT COUNT(*) FROM ({first} EXCEPT {second}) d")).scalar_one()
        found[rollup.table] = count
    return found
