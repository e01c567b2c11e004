"""My results: the agent's own page."""
