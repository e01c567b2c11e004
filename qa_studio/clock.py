"""The one place that reads the wall clock, so stored times are consistent (naive UTC)."""

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
