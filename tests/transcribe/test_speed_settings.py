"""How many jobs run at once and on how many threads: the settings reach each job's child process, a worker keeps
one warm child per slot, and a stereo call's two sides decoded at once keep every word in its turn."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_studio.services import workers
from qa_studio.services.imports import ImportService
from qa_studio.services.transcription import TranscriptionService
from qa_studio.settings import TRANSCRIBE_PARALLEL_JOBS, TRANSCRIBE_THREADS, Settings
from qa_studio.storage.database import Database
from qa_studio.transcribe.accuracy import Turn, score_side
from qa_studio.transcribe.engine import FasterWhisperEngine, Speaker, TranscribeOptions
from qa_studio.transcribe.models import TINY_EN_KEY
from qa_studio.transcribe.pipeline import transcribe_file
from qa_studio.transcribe.worker import TranscriptionProcess, engine_for_threads
from tests.transcribe.test_phone_calls import PHONE, TURNS


def test_jobs_and_threads_are_shared_out_over_the_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers.os, "cpu_count", lambda: 2)
    assert workers.sensible_jobs(0) == 2 and workers.threads_per_job(2) == 1
    assert workers.sensible_jobs(1) == 1 and workers.threads_per_job(1) == 2
    assert workers.sensible_jobs(5) == 2  # never more jobs than cores
    assert workers.threads_per_job(2, requested=3) == 3  # asked for: as asked
    monkeypatch.setattr(workers.os, "cpu_count", lambda: 16)
    assert workers.sensible_jobs(0) == workers.MAX_AUTO_JOBS and workers.threads_per_job(4) == 4


class RecordingProcess(TranscriptionProcess):
    made: list[RecordingProcess] = []

    def __init__(self) -> None:
        super().__init__()
        self.threads: list[int] = []
        RecordingProcess.made.append(self)

    def start(self, *args: object, cpu_threads: int = 0) -> None:
        self.threads.append(cpu_threads)
        super().start(*args, cpu_threads=cpu_threads)  # type: ignore[arg-type]


@pytest.mark.whisper
def test_the_app_runs_its_jobs_on_one_warm_child_with_the_threads_set(
    sqlite_db: Database, settings: Settings, audio: Path, models_dir: Path, qapp  # noqa: ANN001
) -> None:
    from qa_studio.ui.context import AppContext
    from qa_studio.ui.tasks import TaskRunner
    from qa_studio.ui.transcripts.jobs import TranscriptionQueue
    from tests.people import signed_in

    report = ImportService(sqlite_db).run([audio / "english_mono.opus", audio / "stereo_call.opus"], actor="tester")
    calls = [i for result in report.results for i in result.interaction_ids]
    RecordingProcess.made = []
    service = TranscriptionService(sqlite_db, models_dir, process_factory=RecordingProcess)
    settings.set(TRANSCRIBE_PARALLEL_JOBS, 1)
    settings.set(TRANSCRIBE_THREADS, 1)
    context = AppContext(sqlite_db, settings, signed_in(sqlite_db, "Mei"), TaskRunner(synchronous=True))
    queue = TranscriptionQueue(service, context.runner, context, workers=settings.get(TRANSCRIBE_PARALLEL_JOBS),
                               threads=settings.get(TRANSCRIBE_THREADS))  # fmt: skip
    assert queue.workers == 1 and service.cpu_threads == 1
    service.enqueue(calls, TINY_EN_KEY)
    queue.start()  # the synchronous runner: both jobs are done when it returns
    assert [view.state for view in service.jobs()] == ["done", "done"]
    (process,) = RecordingProcess.made  # one child for both jobs: started once, so the model was loaded once
    assert process.threads == [1, 1] and process.jobs_started == 2 and process.alive
    queue.shutdown()  # closing the app ends the idle child
    assert not process.alive


class OneAfterAnother:
    """The engine as a plug-in engine without batched decoding sees it: each side's speech in Whisper's windows."""

    def __init__(self, engine: FasterWhisperEngine) -> None:
        self.engine, self.name = engine, engine.name

    def transcribe(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        return self.engine.transcribe(*args, **kwargs)


@pytest.mark.whisper
@pytest.mark.parametrize("threads", [1, 2])
def test_batched_pieces_keep_the_words_and_turns_of_the_windows_one_after_another(tiny_en: Path, threads: int) -> None:
    options = TranscribeOptions(language="en")
    batched = engine_for_threads(tiny_en, "int8", threads)
    assert batched.workers == threads  # two threads: the two sides on a decoder each
    windows = OneAfterAnother(FasterWhisperEngine(tiny_en, "int8", cpu_threads=1))
    results = [
        transcribe_file(PHONE / "call_stereo.wav", tiny_en, options, engine_factory=lambda _p, _c, e=engine: e)
        for engine in (windows, batched)
    ]
    assert "pieces" not in results[0].timings
    assert results[1].timings["pieces"] >= 2  # the default engine took the batched path
    for speaker in (Speaker.AGENT, Speaker.CUSTOMER):
        turns: list[Turn] = [t for t in TURNS if t.speaker == speaker]
        scores = [score_side(turns, [s for s in result.segments if s.speaker == speaker]) for result in results]
        assert scores[1].wrong_turn == scores[0].wrong_turn == 0
        # tiny.en on the quiet customer side: a misheard word or two either way ("old-sposed" for "ill disposed").
        assert scores[1].errors <= scores[0].errors + 3, scores
    for result in results:
        runs = [s.speaker for s in result.segments]
        assert [r for i, r in enumerate(runs) if i == 0 or runs[i - 1] != r] == [t.speaker for t in TURNS]


def test_the_settings_dialog_sets_jobs_at_once_and_threads(qtbot, settings: Settings) -> None:  # noqa: ANN001
    from qa_studio.ui.settings.dialog import SettingsDialog
    from qa_studio.ui.tasks import TaskRunner

    dialog = SettingsDialog(settings, TaskRunner(synchronous=True), [])
    qtbot.addWidget(dialog)
    assert dialog.parallel_jobs.text() == "Automatic (one per core)" and dialog.threads.value() == 0
    dialog.parallel_jobs.setValue(1)
    dialog.threads.setValue(2)
    dialog.save()
    assert settings.get(TRANSCRIBE_PARALLEL_JOBS) == 1 and settings.get(TRANSCRIBE_THREADS) == 2


@pytest.mark.whisper
def test_a_lone_call_gets_every_core_and_a_backlog_a_core_per_job(
    sqlite_db: Database, settings: Settings, audio: Path, models_dir: Path, qapp  # noqa: ANN001
) -> None:
    """Automatic settings: a reviewer waiting for one call is not left with one core of two."""
    from qa_studio.services.workers import sensible_jobs, threads_per_job
    from qa_studio.ui.context import AppContext
    from qa_studio.ui.tasks import TaskRunner
    from qa_studio.ui.transcripts.jobs import TranscriptionQueue
    from tests.people import signed_in

    report = ImportService(sqlite_db).run([audio / "english_mono.opus", audio / "stereo_call.opus"], actor="tester")
    calls = [i for result in report.results for i in result.interaction_ids]
    service = TranscriptionService(sqlite_db, models_dir, process_factory=RecordingProcess)
    context = AppContext(sqlite_db, settings, signed_in(sqlite_db, "Mei"), TaskRunner(synchronous=True))
    queue = TranscriptionQueue(service, context.runner, context, workers=0, threads=0)
    RecordingProcess.made = []
    service.enqueue(calls[:1], TINY_EN_KEY)
    queue.start()
    assert RecordingProcess.made[-1].threads == [threads_per_job(1)]  # every core
    service.enqueue(calls, TINY_EN_KEY)
    queue.start()
    assert service.cpu_threads == threads_per_job(min(sensible_jobs(0), 2))  # a backlog: the cores shared out
    assert [view.state for view in service.jobs()] == ["done"] * 3
    queue.shutdown()
