"""The interaction list, its filters, and the interaction window."""
