"""The import dialog and its helpers."""
