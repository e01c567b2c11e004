"""Scorecards and the maths of scoring and agreement: pure Python, no Qt, no database."""
