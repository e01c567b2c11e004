"""Use cases: import, query, demo; the only layer the UI and CLI call."""
