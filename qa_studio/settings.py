"""Every persistent preference registered once, with its type and default, stored through QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "QA Studio"
APPLICATION = "QA Studio"


@dataclass(frozen=True, slots=True)
class Option:
    key: str
    type: type
    default: Any


OPTIONS: dict[str, Option] = {}


def register(key: str, kind: type, default: Any) -> Option:
    if key in OPTIONS:
        raise ValueError(f"setting {key} registered twice")
    OPTIONS[key] = option = Option(key, kind, default)
    return option


DATABASE_URL = register("database/url", str, "")
# A digest of the database (its URL without a password) for which the keyring held no password at the last start:
# asking the keyring takes a tenth of a second, so it is not asked again for it (ui/app.py); saving a database
# choice clears it. A digest, so that a URL given with --db is not written to the settings file.
NO_KEPT_PASSWORD = register("database/no_kept_password", str, "")
LANGUAGE = register("ui/language", str, "")
USER_NAME = register("user/name", str, "")
FIRST_RUN_DONE = register("ui/first_run_done", bool, False)
WINDOW_GEOMETRY = register("ui/main_window/geometry", QByteArray, QByteArray())
WINDOW_STATE = register("ui/main_window/state", QByteArray, QByteArray())
INTERACTION_HEADER = register("ui/interactions/header", QByteArray, QByteArray())
IMPORT_COPY_MEDIA = register("import/copy_media", bool, False)
IMPORT_NAME_PATTERN = register("import/name_pattern", str, "")
IMPORT_LAST_FOLDER = register("import/last_folder", str, "")
# A folder the recorder or helpdesk drops files into: this PC imports what lands there while QA Studio runs.
IMPORT_WATCH_FOLDER = register("import/watch_folder", str, "")
TRANSCRIPT_REDACT = register("transcripts/redact", bool, True)
TRANSCRIBE_MODEL = register("transcribe/model", str, "")
# A default model per forced language, e.g. tiny.en for English-only queues; empty: TRANSCRIBE_MODEL.
TRANSCRIBE_MODEL_EN = register("transcribe/model/en", str, "")
TRANSCRIBE_MODEL_ZH = register("transcribe/model/zh", str, "")
TRANSCRIBE_BEAM = register("transcribe/beam_size", int, 2)  # transcribe/engine.py BEAM_SIZE, measured there
# Transcriptions at once, each in its own model process that stays loaded between jobs; 0: one per core (at most 4),
# which on 2 cores beat one job on both cores by 1.3x. Threads per job 0: the cores shared out between the jobs.
TRANSCRIBE_PARALLEL_JOBS = register("transcribe/parallel_jobs", int, 0)
TRANSCRIBE_THREADS = register("transcribe/threads_per_job", int, 0)
TRANSCRIBE_PROMPT = register("transcribe/prompt", str, "")
TRANSCRIBE_LANGUAGE = register("transcribe/language", str, "")
TRANSCRIBE_AGENT_CHANNEL = register("transcribe/agent_channel", int, 0)
TRANSCRIBE_VAD = register("transcribe/vad", bool, True)
# Mono calls: separate two speakers; the agent is who says the greeting phrase (else who speaks first), or the other.
TRANSCRIBE_SEPARATE_SPEAKERS = register("transcribe/separate_speakers", bool, True)
TRANSCRIBE_GREETING = register("transcribe/greeting", str, "")
TRANSCRIBE_SWAP_SPEAKERS = register("transcribe/swap_speakers", bool, False)
REPORT_FOLDER = register("reports/folder", str, "")  # where exports are offered; the last one used
REPORT_LANGUAGE = register("reports/language", str, "")  # scorecard labels in reports: "" follows the interface
REPORT_ORGANISATION = register("reports/organisation", str, "")  # in the running header of PDF reports
REPORT_FORMATS = register("reports/formats", str, "pdf")  # batch export: "pdf", "xlsx" or "pdf,xlsx"
# Where QA Studio 1 kept the repeated-failure threshold, on each computer; a lead's is carried into the team's
# standards once (MainWindow._carry_local_threshold) and then cleared to 0.
LOCAL_REPEAT_THRESHOLD = register("reports/repeat_threshold", int, 0)


def window_geometry_option(name: str) -> Option:
    """Where a dialog's size and place are kept, one key per dialog under "ui/geometry/" (ui/geometry.py)."""
    return Option(f"ui/geometry/{name}", QByteArray, QByteArray())


class Settings:
    """Typed access to the registered options; tests point it at a throwaway scope."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._store = qsettings or QSettings(ORGANISATION, APPLICATION)

    def get(self, option: Option) -> Any:
        value = self._store.value(option.key, option.default)
        if option.type is bool and isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        if value is None:
            return option.default
        if option.type in (str, int, float) and not isinstance(value, option.type):
            try:
                return option.type(value)
            except (TypeError, ValueError):
                return option.default
        return value

    def set(self, option: Option, value: Any) -> None:
        self._store.setValue(option.key, value)

    def sync(self) -> None:
        self._store.sync()
