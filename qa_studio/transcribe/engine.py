"""Speech-to-text behind a small interface; faster-whisper (CTranslate2) is the engine QA Studio ships."""

from __future__ import annotations

import functools
import json
import os
import platform
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from qa_studio.transcribe.audio import SAMPLE_RATE


class Speaker(StrEnum):
    AGENT = "agent"
    CUSTOMER = "customer"
    SPEAKER = "speaker"  # mono recordings: one stream, speakers not separated


class Script(StrEnum):
    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"
    AS_IS = "as-is"


@dataclass(frozen=True, slots=True)
class TranscribeOptions:
    language: str | None = None  # None: detect
    # Beam 1 decodes 1.3-1.5x faster than beam 5 on CPU (base and tiny.en, two cores) and gave the same words on
    # the test calls; larger beams help noisy audio a little, at that price.
    beam_size: int = 1
    vad: bool = True
    word_timestamps: bool = True
    initial_prompt: str | None = None
    # Stereo call recordings: which side is the agent (0 left, 1 right); None mixes both sides into one stream.
    agent_channel: int | None = 0
    script: Script = Script.SIMPLIFIED
    # Mono recordings: tell two speakers apart (transcribe/diarize.py). The agent is who says `greeting` (the
    # company's opening phrase), else who speaks first; `swap_speakers` is the reviewer's flip of that rule.
    separate_speakers: bool = False
    greeting: str | None = None
    swap_speakers: bool = False
    # The team's glossary (services/glossary.py): words the decoder should expect, given as faster-whisper's
    # `hotwords` (see glossary_hint for why not as the initial prompt).
    glossary: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> TranscribeOptions:
        known = {k: v for k, v in values.items() if k in cls.__dataclass_fields__}
        if "script" in known:
            known["script"] = Script(known["script"])
        if "glossary" in known:  # JSON keeps a tuple as a list
            known["glossary"] = tuple(known["glossary"] or ())
        return cls(**known)


@dataclass(frozen=True, slots=True)
class Word:
    start_ms: int
    end_ms: int
    text: str
    probability: float


@dataclass(frozen=True, slots=True)
class Segment:
    start_ms: int
    end_ms: int
    text: str
    speaker: Speaker = Speaker.SPEAKER
    words: tuple[Word, ...] = field(default_factory=tuple)
    avg_logprob: float = 0.0
    no_speech_prob: float = 0.0

    def with_speaker(self, speaker: Speaker) -> Segment:
        return Segment(
            self.start_ms, self.end_ms, self.text, speaker, self.words, self.avg_logprob, self.no_speech_prob
        )


PAUSE_SPLIT_MS = 1200
SegmentCallback = Callable[[Segment, int], None]  # the segment, and how far into the audio (ms) decoding is


class Engine(Protocol):
    """What another speech-to-text engine implements to plug in: times relative to the start of `audio`, speaker
    left as SPEAKER (the pipeline labels the sides), `on_segment` called as each segment is decoded."""

    name: str

    def transcribe(
        self, audio: np.ndarray, options: TranscribeOptions, on_segment: SegmentCallback | None = None
    ) -> tuple[list[Segment], str | None]:
        """Segments of 16 kHz mono float32 audio, and the detected or forced language."""
        ...


@functools.cache
def _converter(config: str) -> Any:
    import opencc

    # Building a converter loads its dictionaries: once per process, not once per word.
    return opencc.OpenCC(config)


_FULL_WIDTH = str.maketrans({",": "，", "?": "？", "!": "！", ":": "：", ";": "；"})
_HAN = re.compile(r"[\u3400-\u9fff]")
_BESIDE_HAN = re.compile(r"(?<=[\u3400-\u9fff])[,?!:;]|[,?!:;](?=[\u3400-\u9fff]|\s*$)")


def to_script(text: str, script: Script, language: str | None) -> str:
    """Whisper often writes Mandarin in Traditional characters, and with ASCII commas and question marks; users
    choose the script they read, and in Chinese text punctuation beside a Chinese character or at the end becomes
    the full-width form Chinese uses (1,000 and 10:30 stay as they are). `Script.AS_IS` keeps Whisper's text
    untouched."""
    if script == Script.AS_IS or language not in ("zh", "yue"):
        return text
    converted = _converter("t2s" if script == Script.SIMPLIFIED else "s2t").convert(text)
    if not _HAN.search(converted):
        return converted
    return _BESIDE_HAN.sub(lambda match: match.group().translate(_FULL_WIDTH), converted)


def _ms(seconds: float) -> int:
    return round(seconds * 1000)


class FasterWhisperEngine:
    """`compute_type` is any CTranslate2 type; "auto" lets CTranslate2 choose, `pick_compute_type` measures.

    `cpu_threads` per decoder (0: CTranslate2's own choice, up to four); `workers` decoders that run at once when
    transcribe() is called from that many threads (the two sides of a stereo call), each with `cpu_threads`."""

    name = "faster-whisper"

    def __init__(self, model_path: Path, compute_type: str = "auto", cpu_threads: int = 0, workers: int = 1) -> None:
        from faster_whisper import WhisperModel

        self.model_path = model_path
        self.compute_type = compute_type
        self.workers = max(1, workers)
        self._model = WhisperModel(
            str(model_path), device=device_for(compute_type), compute_type=compute_type, cpu_threads=cpu_threads,
            num_workers=self.workers,
        )  # fmt: skip

    def detect_language(self, audio: np.ndarray) -> str | None:
        """The language transcribe() would detect on the same audio (its first 30 s, same threshold)."""
        if not self._model.model.is_multilingual:
            return "en"
        language, _probability, _all = self._model.detect_language(audio)
        return language

    def transcribe(
        self, audio: np.ndarray, options: TranscribeOptions, on_segment: SegmentCallback | None = None
    ) -> tuple[list[Segment], str | None]:
        if audio.size == 0:
            return [], options.language
        raw_segments, info = self._model.transcribe(
            audio,
            language=options.language,
            beam_size=options.beam_size,
            vad_filter=options.vad,
            word_timestamps=options.word_timestamps,
            initial_prompt=options.initial_prompt or None,
            hotwords=glossary_hint(options.glossary),
            # Conditioning on the previous window lets one misheard phrase repeat for minutes in a long call.
            condition_on_previous_text=False,
        )
        language = info.language
        segments: list[Segment] = []
        for raw in raw_segments:
            words = tuple(
                Word(_ms(w.start), _ms(w.end), to_script(w.word, options.script, language), w.probability)
                for w in (raw.words or [])
            )
            segment = Segment(
                start_ms=_ms(raw.start),
                end_ms=_ms(raw.end),
                text=to_script(raw.text.strip(), options.script, language),
                words=words,
                avg_logprob=raw.avg_logprob,
                no_speech_prob=raw.no_speech_prob,
            )
            for piece in split_at_pauses(segment):
                if piece is not segment:  # text joined again from words: punctuation at its new end
                    piece = replace(piece, text=to_script(piece.text, options.script, language))
                segments.append(piece)
                if on_segment is not None:
                    on_segment(piece, piece.end_ms)
        return segments, language


def glossary_hint(terms: tuple[str, ...]) -> str | None:
    """The glossary as decoder hotwords: faster-whisper puts them in the prompt of every window. Chinese terms are
    joined with the ideographic comma so they read as a list, not as one sentence to be continued."""
    if not terms:
        return None
    joiner = "、" if any(_HAN.search(term) for term in terms) else ", "
    return joiner.join(terms)


def split_at_pauses(segment: Segment, pause_ms: int = PAUSE_SPLIT_MS) -> list[Segment]:
    """Split a segment where the words stop for `pause_ms`: with one channel per speaker, Whisper joins two
    turns of the same side across the other side's turn in between, which would misorder the merged timeline."""
    if len(segment.words) < 2:
        return [segment]
    groups: list[list[Word]] = [[segment.words[0]]]
    for word in segment.words[1:]:
        if word.start_ms - groups[-1][-1].end_ms >= pause_ms:
            groups.append([])
        groups[-1].append(word)
    if len(groups) == 1:
        return [segment]
    return [
        Segment(
            group[0].start_ms,
            group[-1].end_ms,
            "".join(w.text for w in group).strip(),
            segment.speaker,
            tuple(group),
            segment.avg_logprob,
            segment.no_speech_prob,
        )
        for group in groups
    ]


def audio_duration_ms(audio: np.ndarray) -> int:
    return int(len(audio) * 1000 / SAMPLE_RATE)


COMPUTE_TYPES = ("int8", "float32")
PROBE_TOKENS = 24


def cpu_identity() -> str:
    """The processor model and core count: what decides which compute type is fastest."""
    name = platform.processor()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():  # platform.processor() is empty or just the architecture on Linux
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                name = line.split(":", 1)[1].strip()
                break
    return f"{name or platform.machine()} x{os.cpu_count()}"


def _probe_audio(seconds: int = 5) -> np.ndarray:
    """Voiced harmonics at a wandering pitch, gated at syllable rate: enough like speech to run the decoder."""
    t = np.arange(SAMPLE_RATE * seconds) / SAMPLE_RATE
    phase = 2 * np.pi * np.cumsum(140 + 30 * np.sin(2 * np.pi * 0.7 * t)) / SAMPLE_RATE
    voice = sum(np.sin(k * phase) / k for k in range(1, 8))
    return (0.1 * voice * (0.5 + 0.5 * np.sin(2 * np.pi * 4 * t))).astype(np.float32)


def _time_decode(model: Any, audio: np.ndarray, tokens: int) -> float:
    """One 30-second encoder pass and exactly `tokens` decoder steps: end-of-text is suppressed, so what the
    probe sounds like cannot change the amount of work, and no temperature fallback re-decodes."""
    end_of_text = model.hf_tokenizer.token_to_id("<|endoftext|>")
    started = time.perf_counter()
    segments, _ = model.transcribe(
        audio, language="en", beam_size=1, temperature=0.0, vad_filter=False, without_timestamps=True,
        condition_on_previous_text=False, suppress_tokens=[end_of_text], max_new_tokens=tokens,
        compression_ratio_threshold=None, log_prob_threshold=None, no_speech_threshold=None,
    )  # fmt: skip
    list(segments)
    return time.perf_counter() - started


# Compute types that exist only on a GPU: a job given one runs on CUDA. A GPU worker picks float16, which halves the
# memory a model needs and runs at the card's full half-precision speed.
GPU_COMPUTE_TYPES = ("float16", "int8_float16")
GPU_COMPUTE_TYPE = "float16"


def device_for(compute_type: str) -> str:
    return "cuda" if compute_type in GPU_COMPUTE_TYPES else "cpu"


def cuda_devices() -> int:
    """CUDA GPUs CTranslate2 can use on this machine (0 without a card, a driver or a CUDA build)."""
    try:
        import ctranslate2

        return int(ctranslate2.get_cuda_device_count())
    except (ImportError, RuntimeError, OSError):
        return 0


def pick_compute_type(model_path: Path, cache_file: Path) -> str:
    """The fastest of int8 and float32 for this model on this CPU (it differs between processors): measured
    once, about 2 s for tiny and 6 s for base on two cores, then read from `cache_file`."""
    import ctranslate2
    from faster_whisper import WhisperModel

    model_bin = model_path / "model.bin"
    key = f"{model_path.resolve()}|{model_bin.stat().st_size}|{cpu_identity()}|ctranslate2 {ctranslate2.__version__}"
    try:
        cache = json.loads(cache_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        cache = {}
    if not isinstance(cache, dict):  # a damaged cache is measured again, never trusted
        cache = {}
    if cache.get(key) in COMPUTE_TYPES:
        return cache[key]
    supported = ctranslate2.get_supported_compute_types("cpu")
    candidates = [compute_type for compute_type in COMPUTE_TYPES if compute_type in supported] or ["float32"]
    probe = _probe_audio()
    timings: dict[str, float] = {}
    for compute_type in candidates:
        model = WhisperModel(str(model_path), device="cpu", compute_type=compute_type)
        # The better of two: the first call also allocates buffers, which later windows of a job do not pay.
        timings[compute_type] = min(_time_decode(model, probe, PROBE_TOKENS) for _ in range(2))
        del model
    best = min(timings, key=timings.__getitem__)
    cache[key] = best
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{cache_file.name}.", suffix=".tmp", dir=cache_file.parent)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(cache, out, indent=1)
    Path(temporary).replace(cache_file)
    return best
