"""The scoring panel and its criterion widgets."""
