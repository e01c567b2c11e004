"""The application context, built once at start: the database, settings, the signed-in person, the change bus and
the task runner. Windows receive it and read `context.actor` at the moment they write, so when the person changes
no window goes on acting as the previous one."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from qa_studio.services.identity import CurrentUser
from qa_studio.settings import Settings
from qa_studio.storage.database import Database
from qa_studio.ui.bus import ChangeBus
from qa_studio.ui.tasks import TaskRunner


class AppContext(QObject):
    # The new CurrentUser; windows showing someone's own work reload it.
    user_changed = Signal(object)

    def __init__(
        self,
        database: Database,
        settings: Settings,
        user: CurrentUser,
        runner: TaskRunner | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings
        self.user = user
        self.runner = runner or TaskRunner(self)
        self.bus = ChangeBus(self)

    @property
    def actor(self) -> str:
        """Who every change made now is attributed to."""
        return self.user.name

    def set_user(self, user: CurrentUser) -> None:
        if user != self.user:
            self.user = user
            self.user_changed.emit(user)
