"""The desktop interface: one package per feature, talking to services only."""
