"""The desktop interface: one package per feature, talking to services only.

Importing the package first loads the layers below it that the main window uses (the ORM, the services, the scoring
rules), before any module here imports Qt. Once PySide6 is loaded, it reads the source of every module imported
after it, to find those that use its `__feature__` switches: over the 400 modules of the database layer that cost
the window 60–70 ms of its start. None of these modules imports Qt (i18n loads it with the first translation)."""

import qa_studio.services.calibration_sessions
import qa_studio.services.directory
import qa_studio.services.due
import qa_studio.services.evaluations
import qa_studio.services.identity
import qa_studio.services.interactions
import qa_studio.services.sampling
import qa_studio.services.scorecards
import qa_studio.services.search
import qa_studio.services.users  # noqa: F401
