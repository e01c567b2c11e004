"""Calibration sessions for team leads: sessions, the status board, blind scoring, the reveal grid and statistics."""
