"""Persistence: typed ORM mappings, database opening and migrations."""
