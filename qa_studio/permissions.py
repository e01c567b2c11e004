"""What each role may do; the one place such rules live."""

from __future__ import annotations

from qa_studio.domain import UserRole

# Unmasked transcripts show card, phone and ID numbers: only roles that handle disputes and audits see them.
UNMASK_ROLES = frozenset({UserRole.ADMIN, UserRole.LEAD})


def may_see_unmasked(role: str | None) -> bool:
    """`None` means no user is signed in: a single-person install, whose owner is its administrator."""
    return role is None or role in UNMASK_ROLES
