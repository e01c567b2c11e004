"""The team's glossary for transcription: product names and service words (退款, 工单号…) that every call is decoded
with. Kept in the database so every worker on every PC uses the same list; leads and administrators change it."""

from __future__ import annotations

import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from qa_studio.errors import Explained
from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.services import audit
from qa_studio.services.directory import role_of
from qa_studio.storage.database import Database
from qa_studio.storage.models import GlossaryTerm

EDITOR_ROLES = ("lead", "admin")
# Whisper's prompt holds 223 tokens and faster-whisper cuts the hotwords past half of it: a list longer than this
# would be cut silently, so the team is told instead.
MAX_TERMS = 40
MAX_TERM_CHARS = 30


class GlossaryError(Explained):
    """A term that cannot be added or removed; the text says why."""


def clean_term(term: str) -> str:
    """One term as stored: surrounding and doubled spaces removed, full-width letters and digits made plain."""
    plain = unicodedata.normalize("NFKC", term).strip()
    if any(unicodedata.category(ch).startswith("C") for ch in plain):
        raise GlossaryError(QT_TRANSLATE_NOOP("Errors", "a glossary term is one line of text"))
    text = " ".join(plain.split())
    if not text:
        raise GlossaryError(QT_TRANSLATE_NOOP("Errors", "a glossary term cannot be empty"))
    if len(text) > MAX_TERM_CHARS:
        raise GlossaryError(
            QT_TRANSLATE_NOOP("Errors", "the glossary term “{term}” is longer than {limit} characters"),
            term=text[:MAX_TERM_CHARS] + "…", limit=MAX_TERM_CHARS,
        )  # fmt: skip
    return text


class GlossaryService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def terms(self) -> tuple[str, ...]:
        """Every term, in the order they were added (the decoder reads the first ones most surely)."""
        with self.database.session() as session:
            return self.terms_in(session)

    @staticmethod
    def terms_in(session: Session) -> tuple[str, ...]:
        return tuple(session.scalars(select(GlossaryTerm.term).order_by(GlossaryTerm.id)))

    def add(self, terms: list[str], *, actor: str) -> list[str]:
        """Add terms (those already there are skipped); returns what was added. All or nothing."""
        cleaned = list(dict.fromkeys(clean_term(term) for term in terms))
        with self.database.session() as session:
            self._check_editor(session, actor)
            present = set(session.scalars(select(GlossaryTerm.term)))
            added = [term for term in cleaned if term not in present]
            if len(present) + len(added) > MAX_TERMS:
                raise GlossaryError(
                    QT_TRANSLATE_NOOP("Errors", "the glossary holds at most {limit} terms; remove some first"),
                    limit=MAX_TERMS,
                )
            session.add_all(GlossaryTerm(term=term, added_by=actor) for term in added)
            if added:
                audit.record(session, "glossary_added", "glossary", None, {"terms": added}, actor=actor)
        return added

    def remove(self, terms: list[str], *, actor: str) -> list[str]:
        """Remove terms; a term not in the glossary is an error, so a typo is not taken for done."""
        cleaned = list(dict.fromkeys(clean_term(term) for term in terms))
        with self.database.session() as session:
            self._check_editor(session, actor)
            found = session.scalars(select(GlossaryTerm).where(GlossaryTerm.term.in_(cleaned)))
            rows = {row.term: row for row in found}
            missing = [term for term in cleaned if term not in rows]
            if missing:
                raise GlossaryError(QT_TRANSLATE_NOOP("Errors", "“{term}” is not in the glossary"), term=missing[0])
            for row in rows.values():
                session.delete(row)
            audit.record(session, "glossary_removed", "glossary", None, {"terms": cleaned}, actor=actor)
        return cleaned

    @staticmethod
    def _check_editor(session: Session, actor: str) -> None:
        # On a team database the server refuses too (storage/team_sql.py); this says so in words on every database.
        if role_of(session, actor) not in EDITOR_ROLES:
            raise GlossaryError(QT_TRANSLATE_NOOP("Errors", "only leads and administrators change the glossary"))
