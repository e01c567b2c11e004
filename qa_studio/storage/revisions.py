"""The schema revision this QA Studio expects, read from the migration files' headers without SQLAlchemy or Alembic
(storage/database.py migrates; the quick `list` only compares)."""

from __future__ import annotations

import re
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^revision(?:: *str)? *= *[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision[^=]*=(.*)$", re.MULTILINE)


def schema_heads() -> set[str]:
    """The newest schema revision(s) this QA Studio knows, read from the migration files' headers.

    Reading them costs a millisecond; Alembic's own script directory costs a quarter of a second at every start, so
    it is loaded only when the database is not at the head already."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        if found := _REVISION.search(source):
            revisions.add(found.group(1))
        if down := _DOWN_REVISION.search(source):
            parents.update(re.findall(r"[\"']([^\"']+)[\"']", down.group(1)))
    return revisions - parents
