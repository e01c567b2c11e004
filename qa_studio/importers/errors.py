"""The error every importer raises for a file it cannot take, with a reason the user can act on."""

from qa_studio.errors import Explained


class ImportRefused(Explained):
    """A file cannot be imported; str(exc) is a specific, user-facing reason.

    For example 'line 14: timestamp "31/02/2024 10:00" is not a date' — say where and what, never a traceback.
    """
