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


# Batched decoding (transcribe_pieces), base model, int8, on the phone calls of benchmarks/bench_transcribe.py: beam 2
# made 152 word errors in the day's batch against 170 for beam 1 and 95 against 103 on the noisy five-minute call;
# on 12 clean and 12 noisy calls of 1-2 minutes (other noise seeds) 38 against 49 and 400 against 448; 8-15 % more
# CPU. Beam 3 and 5 made fewer errors on noisy lines but more on the clean call (24 and 23 against 19), for 20-30 %
# more.
BEAM_SIZE = 2
MAX_BEAM = 10  # what the settings and the command line accept


@dataclass(frozen=True, slots=True)
class TranscribeOptions:
    language: str | None = None  # None: detect
    beam_size: int = BEAM_SIZE
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
# Batched decoding (FasterWhisperEngine.transcribe_pieces). Each piece is encoded at its own length: base, int8, one
# thread, the encoder took 0.32 s for 2,000 spectrogram frames (20 s) and 0.41 s for 2,048, 0.82 s for Whisper's
# 3,000 (30 s) — per second of audio 0.48 s of CPU against 0.82 s — so pieces stay under 20.48 s. Batches of
# BATCH_SIZE pieces then share the decoder's steps (the decoder's time per piece fell 2.4x); the encoder runs
# one piece at a time, a batch of four took 1.3x as long per piece on one thread. Whisper's own thresholds for a
# decode to be trusted are faster-whisper's defaults.
PIECE_S = 20
BATCH_SIZE = 8
HOP = 160  # samples per spectrogram frame
COMPRESSION_RATIO_THRESHOLD = 2.4
LOGPROB_THRESHOLD = -1.0
NO_SPEECH_THRESHOLD = 0.6
REPEAT_TOKENS = 6
# A piece is packed speech units with 1 s of silence after each and 0.3 s of padding inside them: a longer stretch
# without a word is speech the decoder skipped.
SKIPPED_S = 4.0
PREPEND_PUNCTUATIONS = "\"'“¿([{-"
APPEND_PUNCTUATIONS = "\"'.。,，!！?？:：”)]}、"
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

    def __init__(self, model_path: Path, compute_type: str = "auto", cpu_threads: int = 0, workers: int = 1,
                 batch_size: int = BATCH_SIZE) -> None:
        from faster_whisper import WhisperModel

        self.model_path = model_path
        self.compute_type = compute_type
        self.workers = max(1, workers)
        self.batch_size = batch_size
        self.redecoded = 0  # pieces of transcribe_pieces() decoded again alone, with the temperature fallback
        self._model = WhisperModel(
            str(model_path), device=device_for(compute_type), compute_type=compute_type, cpu_threads=cpu_threads,
            num_workers=self.workers,
        )  # fmt: skip

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

    def transcribe_pieces(
        self,
        pieces: list[np.ndarray],
        options: TranscribeOptions,
        on_piece: Callable[[int, list[Segment]], None] | None = None,
    ) -> tuple[list[list[Segment]], str | None]:
        """Each piece (packed speech units, at most PIECE_S of 16 kHz audio) encoded alone at its own length, not
        padded to Whisper's 30 s, and decoded in batches of BATCH_SIZE pieces of about the same length, at
        temperature 0 without timestamps; its words are timed by the same alignment transcribe() uses. A piece the
        batch cannot be trusted with is decoded again alone by transcribe(), with Whisper's temperature fallback:
        one that fails Whisper's own checks (compression ratio, mean log probability, no-speech probability, no
        end of text), decodes to nothing, loops (says a run twice in a row, `repeats`, where the second time is
        not spoken as the first, `looped`) or leaves SKIPPED_S of its speech without a word. `on_piece` hears each
        piece's segments when they are ready (batches go longest first, so not in order). Returns the segments of
        each piece, in the order given, and the language: as given, else detected on the first piece as
        transcribe() detects it on the first window."""
        import ctranslate2
        from faster_whisper.tokenizer import Tokenizer
        from faster_whisper.transcribe import get_compression_ratio, get_suppressed_tokens

        model = self._model
        found: list[list[Segment]] = [[] for _ in pieces]
        language = options.language
        if not model.model.is_multilingual:
            language = "en"
        order = sorted((i for i, piece in enumerate(pieces) if piece.size), key=lambda i: -len(pieces[i]))
        # The language comes from the first piece, as transcribe() detects it on the first 30 s.
        first = next((i for i, piece in enumerate(pieces) if piece.size), None)
        batches = [order[start : start + self.batch_size] for start in range(0, len(order), self.batch_size)]
        if first is not None:
            batches.sort(key=lambda batch: first not in batch)
        retry: list[int] = []
        for batch in batches:
            frames = [2 * -(-len(pieces[i]) // (2 * HOP)) for i in batch]
            width = max(frames)
            # One piece at a time through the encoder: on one thread a batch of four took 1.3x as long per piece.
            rows = []
            for i in batch:
                features = model.feature_extractor(np.pad(pieces[i], (0, width * HOP - len(pieces[i]))), padding=0)
                rows.append(np.asarray(model.encode(features[:, :width])))
            encoded = ctranslate2.StorageView.from_array(np.ascontiguousarray(np.concatenate(rows)))
            if language is None:
                row = batch.index(first) if first in batch else 0
                language = model.model.detect_language(ctranslate2.StorageView.from_array(rows[row]))[0][0][0][2:-2]
            tokenizer = Tokenizer(model.hf_tokenizer, model.model.is_multilingual, task="transcribe",
                                  language=language)  # fmt: skip
            prompt = model.get_prompt(
                tokenizer, tokenizer.encode(" " + options.initial_prompt.strip()) if options.initial_prompt else [],
                without_timestamps=True, hotwords=glossary_hint(options.glossary),
            )  # fmt: skip
            results = model.model.generate(
                encoded, [prompt] * len(batch), beam_size=options.beam_size, max_length=model.max_length,
                suppress_blank=True, suppress_tokens=get_suppressed_tokens(tokenizer, [-1]), return_scores=True,
                return_no_speech_prob=True,
            )  # fmt: skip
            decoded: list[tuple[int, list[int], float, float]] = []
            for index, result in zip(batch, results, strict=True):
                tokens = [t for t in result.sequences_ids[0] if t < tokenizer.eot]
                logprob = result.scores[0] * len(result.sequences_ids[0]) / (len(result.sequences_ids[0]) + 1)
                text = tokenizer.decode(tokens)
                # VAD found speech here: a piece that decodes to nothing or looks silent to Whisper is doubted too,
                # and transcribe() applies Whisper's own no-speech rule when it decodes the piece alone.
                if (
                    not tokens
                    or result.no_speech_prob > NO_SPEECH_THRESHOLD
                    or get_compression_ratio(text) > COMPRESSION_RATIO_THRESHOLD
                    or logprob < LOGPROB_THRESHOLD
                    or len(result.sequences_ids[0]) >= decode_limit(model.max_length, len(prompt))
                ):
                    retry.append(index)
                else:
                    decoded.append((index, tokens, logprob, result.no_speech_prob))
            if not decoded:
                continue
            # Every row of the batch is aligned (a piece set aside gets a stand-in word), so the encoder output serves
            # as it is. The words' times also show a decode that skipped speech, or one that looped.
            texts = {index: tokens for index, tokens, *_ in decoded}
            segments = [
                [dict(tokens=texts.get(index, tokenizer.encode(" .")), start=0.0,
                      end=len(pieces[index]) / SAMPLE_RATE, seek=0)]
                for index in batch
            ]  # fmt: skip
            model.add_word_timestamps(segments, tokenizer, encoded, frames, PREPEND_PUNCTUATIONS,
                                      APPEND_PUNCTUATIONS, 0.0)  # fmt: skip
            aligned = {index: segment[0]["words"] for index, segment in zip(batch, segments, strict=True)}
            for index, tokens, logprob, no_speech in decoded:
                if _skipped_speech(aligned[index], len(pieces[index]) / SAMPLE_RATE) or (
                    repeats(tokens) and looped(aligned[index])
                ):
                    retry.append(index)
                    continue
                text = to_script(tokenizer.decode(tokens).strip(), options.script, language)
                words = tuple(
                    Word(_ms(w["start"]), _ms(w["end"]), to_script(w["word"], options.script, language),
                         w["probability"])
                    for w in aligned[index]
                )  # fmt: skip
                whole = Segment(words[0].start_ms, words[-1].end_ms, text, words=words, avg_logprob=logprob,
                                no_speech_prob=no_speech)  # fmt: skip
                for piece in split_at_pauses(whole):
                    if piece is not whole:
                        piece = replace(piece, text=to_script(piece.text, options.script, language))
                    found[index].append(piece)
                if on_piece is not None:
                    on_piece(index, found[index])
        for index in sorted(retry):
            self.redecoded += 1
            found[index], _ = self.transcribe(pieces[index], replace(options, vad=False, language=language))
            if on_piece is not None:
                on_piece(index, found[index])
        return found, language


def _skipped_speech(words: list[dict[str, Any]], seconds: float) -> bool:
    """Whether a decode without timestamps left out part of a piece of speech: more than SKIPPED_S without a word
    at its start, between two words or at its end (Whisper sometimes ends a piece early, or jumps a sentence)."""
    if not words:
        return True
    edges = [0.0] + [t for w in words for t in (w["start"], w["end"])] + [seconds]
    return any(edges[i + 1] - edges[i] > SKIPPED_S for i in range(0, len(edges), 2))


def repeats(tokens: list[int], shortest: int = REPEAT_TOKENS) -> bool:
    """A run of at least `shortest` tokens said twice in a row: a decoder looping over silence ("I will try to
    locate them for you. I will try to locate them for you."), which the compression ratio misses when it is
    said only twice."""
    for size in range(shortest, len(tokens) // 2 + 1):
        for start in range(len(tokens) - 2 * size + 1):
            if tokens[start : start + size] == tokens[start + size : start + 2 * size]:
                return True
    return False


# A run said again is spoken again when its second saying lasts about as long as the first and few of its words
# take no time. A decoder that looped gets the alignment to squeeze the extra words into an instant (over silence, or
# at the end of the speech) or stretch them over what was really said next: on the test call's agent, "I will try
# to locate them for you." looped over a second of silence took 1.1 s against 2.0 s, six of its seven words no time
# at all; looped over the next sentence it took 5.5 s. The sentence really said twice took 2.9 s and 3.1 s.
SAID_AGAIN_RATIO = 1.5
INSTANT_WORDS = 1 / 3
_NOT_A_WORD = re.compile(r"[\W_]+")


def looped(words: list[dict[str, Any]], shortest: int = 3) -> bool:
    """Whether aligned words (`add_word_timestamps`'s dicts) hold a run of at least `shortest` words said twice in a
    row whose two sayings are not both spoken (see SAID_AGAIN_RATIO), or no such run where `repeats` found one in
    the tokens (a loop inside a word is a loop)."""
    said = [_NOT_A_WORD.sub("", str(w["word"])).lower() for w in words]

    def spoken(run: list[dict[str, Any]]) -> bool:
        instants = sum(1 for w in run if w["end"] <= w["start"])
        return instants <= INSTANT_WORDS * len(run)

    found = False
    for size in range(len(said) // 2, shortest - 1, -1):
        for start in range(len(said) - 2 * size + 1):
            first, second = said[start : start + size], said[start + size : start + 2 * size]
            if first != second or not all(first):
                continue
            found = True
            once, again = words[start : start + size], words[start + size : start + 2 * size]
            lasted = [run[-1]["end"] - run[0]["start"] for run in (once, again)]
            if not (spoken(once) and spoken(again)) or max(lasted) > SAID_AGAIN_RATIO * max(min(lasted), 1e-3):
                return True
    return not found


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
# The compute-type probe: pieces of PROBE_S seconds, PROBE_TOKENS decoder steps (about what that much speech
# needs: 2.5-3 tokens a second). PROBE names the measurement in the cache, so a pick made by an earlier probe is
# measured again.
PROBE_S = 10
PROBE_TOKENS = 30
PROBE = "pieces 2"


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


def decode_limit(max_length: int, prompt: int) -> int:
    """The most tokens CTranslate2's Whisper `generate` makes after a prompt of `prompt` tokens: it stops at half of
    `max_length` (src/models/whisper.cc), not at `max_length` less the prompt. A decode that long never ended."""
    return min(max_length // 2, max_length - prompt)


def _probe_prompt(model: Any) -> tuple[Any, list[int]]:
    from faster_whisper.tokenizer import Tokenizer

    tokenizer = Tokenizer(model.hf_tokenizer, model.model.is_multilingual, task="transcribe", language="en")
    return tokenizer, model.get_prompt(tokenizer, [], without_timestamps=True)


def _probe_generate(model: Any, encoded: np.ndarray, tokens: int) -> list[Any]:
    """BATCH_SIZE copies of `encoded` decoded together with beam BEAM_SIZE for exactly `tokens` steps: end-of-text
    is suppressed, so what the probe sounds like cannot change the amount of work."""
    import ctranslate2

    tokenizer, prompt = _probe_prompt(model)
    batch = ctranslate2.StorageView.from_array(np.ascontiguousarray(np.concatenate([encoded] * BATCH_SIZE)))
    return model.model.generate(batch, [prompt] * BATCH_SIZE, beam_size=BEAM_SIZE,  # see decode_limit
                                max_length=max(2 * tokens, 2 * len(prompt)), suppress_tokens=[tokenizer.eot],
                                suppress_blank=False)  # fmt: skip


def _time_pieces(model: Any, audio: np.ndarray, tokens: int) -> float:
    """What a job's decoder does with a batch of pieces (`FasterWhisperEngine.transcribe_pieces`): one piece
    through the encoder at its own length, BATCH_SIZE times, and BATCH_SIZE of them decoded together
    (`_probe_generate`). The better of two runs: the first also allocates buffers, which later batches of a job do
    not pay."""
    frames = len(audio) // (2 * HOP) * 2
    features = model.feature_extractor(audio, padding=0)[:, :frames]
    encoding, decoding = [], []
    for _ in range(2):
        started = time.perf_counter()
        encoded = np.asarray(model.encode(features))
        encoding.append(time.perf_counter() - started)
        started = time.perf_counter()
        _probe_generate(model, encoded, tokens)
        decoding.append(time.perf_counter() - started)
    return BATCH_SIZE * min(encoding) + min(decoding)


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
    """The faster of int8 and float32 for this model on this CPU (it differs between processors) at what a job
    does, batches of pieces on one decoder thread (`_time_pieces`): measured once, about 7 s for tiny and 12 s for
    base on two cores, then read from `cache_file`.

    The two types make the same words on the phone calls (docs/ARCHITECTURE.md), so speed decides. The probe
    once timed one 30-s window and a short greedy decode on all threads; on an AMD EPYC (Zen 3, AVX2) that made
    float32 look as fast as int8, while in a job int8 took 0.68 of float32's time."""
    import ctranslate2
    from faster_whisper import WhisperModel

    model_bin = model_path / "model.bin"
    key = (
        f"{model_path.resolve()}|{model_bin.stat().st_size}|{cpu_identity()}|ctranslate2 {ctranslate2.__version__}"
        f"|{PROBE}"
    )
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
    probe = _probe_audio(PROBE_S)
    timings: dict[str, float] = {}
    for compute_type in candidates:
        model = WhisperModel(str(model_path), device="cpu", compute_type=compute_type, cpu_threads=1)
        timings[compute_type] = _time_pieces(model, probe, PROBE_TOKENS)
        del model
    best = min(timings, key=timings.__getitem__)
    cache[key] = best
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{cache_file.name}.", suffix=".tmp", dir=cache_file.parent)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(cache, out, indent=1)
    Path(temporary).replace(cache_file)
    return best
