"""Reviewing a submitted evaluation: results beside the original, acknowledgement, disputes, edits, history."""
