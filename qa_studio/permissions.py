"""What each role may do; the one place such rules live."""

from __future__ import annotations

from qa_studio.domain import UserRole

# Unmasked transcripts show card, phone and ID numbers: only roles that handle disputes and audits see them.
UNMASK_ROLES = frozenset({UserRole.ADMIN, UserRole.LEAD})


def may_see_unmasked(role: str | None) -> bool:
    """Someone is always signed in (qa_studio/services/identity.py): an unknown role sees masked text."""
    return role in UNMASK_ROLES


# Disputes are decided by a lead (or an administrator acting as arbitrator), never by the reviewer or agent.
DISPUTE_ROLES = frozenset({UserRole.ADMIN, UserRole.LEAD})


def may_resolve_disputes(role: str | None) -> bool:
    return role in DISPUTE_ROLES


# Calibration sessions are created, revealed, noted and closed by leads (and administrators).
CALIBRATION_ROLES = frozenset({UserRole.ADMIN, UserRole.LEAD})


def may_run_calibration(role: str | None) -> bool:
    return role in CALIBRATION_ROLES


STANDARDS_ROLES = frozenset({UserRole.ADMIN, UserRole.LEAD})


def may_set_standards(role: str | None) -> bool:
    """The team's response-time standards, quality target and repeated-failure threshold (kpi_standards)."""
    return role in STANDARDS_ROLES
