"""Probing call recordings with PyAV: duration, rate, channels, and proof that the audio decodes."""

from __future__ import annotations

import hashlib
import struct
from pathlib import Path
from typing import TYPE_CHECKING

from qa_studio.domain import AudioProbe
from qa_studio.errors import QT_TRANSLATE_NOOP, Phrase
from qa_studio.importers.errors import ImportRefused

if TYPE_CHECKING:
    import av  # FFmpeg's libraries load with the first recording read, not with every command that imports this

AUDIO_SUFFIXES = frozenset({".wav", ".mp3", ".m4a", ".aac", ".flac", ".ogg", ".oga", ".opus", ".wma", ".amr"})
# Decoding this much proves the payload is audio and not just a plausible header.
_PROBE_DECODE_MS = 2000
# The last seconds are decoded too, to prove the recording is as long as its header says.
_TAIL_MS = 3000
# Encoder delay and padding make decoded and declared lengths differ slightly; more than this is a damaged file.
_LENGTH_TOLERANCE_MS = 300
_LENGTH_TOLERANCE_SHARE = 0.02
# Below telephone quality nothing is speech (a 1 Hz header turns a few KB into hours); above it, not a recording.
MIN_SAMPLE_RATE, MAX_SAMPLE_RATE = 4_000, 384_000


def sha256_file(path: Path, chunk_size: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(chunk_size):
            digest.update(chunk)
    return digest.hexdigest()


def _frame_ms(frame: av.AudioFrame, rate: int) -> float:
    return 1000.0 * frame.samples / (frame.sample_rate or rate or 1)


def _decoded_ms(path: Path) -> float:
    """The length of everything that decodes, by counting samples from the start."""
    import av

    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        total = 0.0
        try:
            for frame in container.decode(stream):
                total += _frame_ms(frame, stream.rate)
        except av.error.FFmpegError:
            pass  # a damaged end: what decoded before it is the recording
        return total


def _tail_end_ms(path: Path, declared_ms: float) -> float | None:
    """Where the decoded audio ends, decoding only the last seconds; None when seeking there finds nothing."""
    import av

    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        try:
            container.seek(int(max(0.0, declared_ms - _TAIL_MS) * 1000), any_frame=False, backward=True)
            end = None
            for frame in container.decode(stream):
                if frame.time is not None:
                    end = max(end or 0.0, frame.time * 1000.0 + _frame_ms(frame, stream.rate))
        except av.error.FFmpegError:
            return None
        return end


def _declared_ms(container: av.container.InputContainer, stream: av.AudioStream) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base) * 1000.0
    if container.duration is not None:
        return container.duration / 1000.0
    return None


def _length_warning(declared_ms: float, decoded_ms: float) -> str:
    if decoded_ms < declared_ms:
        template = QT_TRANSLATE_NOOP("Errors", "warning: the file says it lasts {declared:,.1f} s but {decoded:,.1f} s "
                                     "of audio decode (the file is cut short or damaged); stored as {decoded:,.1f} s")
    else:
        template = QT_TRANSLATE_NOOP("Errors", "warning: the file says it lasts {declared:,.1f} s but {decoded:,.1f} s "
                                     "of audio decode (the file has a wrong header); stored as {decoded:,.1f} s")
    return str(Phrase(template, declared=declared_ms / 1000, decoded=decoded_ms / 1000))  # fmt: skip


def probe_audio(path: Path) -> AudioProbe:
    """Read the recording's properties; raise ImportRefused with the decoder's reason if it is not playable audio.

    The first seconds are decoded (proof that it is audio) and the last ones (proof that it is as long as its
    header says); a recording whose header and audio disagree is decoded in full, stored with the length that
    decodes, and the probe carries a warning.
    """
    import av

    if path.stat().st_size == 0:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "the audio file is empty (0 bytes)"))
    try:
        with av.open(str(path)) as container:
            if not container.streams.audio:
                raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "the file contains no audio stream"))
            stream = container.streams.audio[0]
            rate = int(stream.rate or stream.codec_context.sample_rate or 0)
            if not MIN_SAMPLE_RATE <= rate <= MAX_SAMPLE_RATE:
                raise ImportRefused(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the sample rate is {rate:,} Hz: not a recording (QA Studio reads "
                        "{min_sample_rate:,}–{max_sample_rate:,} Hz)",
                    ),
                    rate=rate,
                    min_sample_rate=MIN_SAMPLE_RATE,
                    max_sample_rate=MAX_SAMPLE_RATE,
                )
            declared_ms = _declared_ms(container, stream)
            decoded_ms = 0.0
            frames = 0
            for frame in container.decode(stream):
                frames += 1
                decoded_ms += _frame_ms(frame, rate)
                if decoded_ms >= _PROBE_DECODE_MS and declared_ms is not None:
                    break
            if frames == 0:
                raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "no audio could be decoded from the file"))
            codec = stream.codec_context.name
            channels = int(stream.codec_context.channels or stream.channels)
            container_name = container.format.name.split(",")[0]
            if container_name == "wav" and codec.startswith("pcm_"):
                digits = "".join(ch for ch in codec if ch.isdigit())
                bits = int(digits) if digits else 8  # pcm_alaw and pcm_mulaw: 8 bits a sample
                declared_ms = _wav_declared_ms(path, rate, channels, bits) or declared_ms
        warning = ""
        if declared_ms is None:
            duration_ms = decoded_ms
        elif decoded_ms < _PROBE_DECODE_MS:
            # The whole recording was decoded above.
            duration_ms = decoded_ms if abs(decoded_ms - declared_ms) > _tolerance(declared_ms) else declared_ms
        else:
            end = _tail_end_ms(path, declared_ms)
            duration_ms = declared_ms
            if end is None or abs(end - declared_ms) > _tolerance(declared_ms):
                duration_ms = _decoded_ms(path)
        if declared_ms is not None and abs(duration_ms - declared_ms) > _tolerance(declared_ms):
            warning = _length_warning(declared_ms, duration_ms)
        return AudioProbe(
            duration_ms=int(round(duration_ms)),
            sample_rate=rate,
            channels=channels,
            codec=codec,
            container=container_name,
            warning=warning,
        )
    except ImportRefused:
        raise
    except av.error.InvalidDataError as exc:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "not a readable audio file (the decoder reports invalid data: {strerror})",
            ),
            strerror=exc.strerror,
        ) from exc
    except av.error.FFmpegError as exc:
        raise ImportRefused(
            QT_TRANSLATE_NOOP("Errors", "not a readable audio file ({value})"), value=exc.strerror or exc
        ) from exc


def _wav_declared_ms(path: Path, rate: int, channels: int, bits: int) -> float | None:
    """The length a WAV's data chunk header declares (FFmpeg measures what is present, so a cut file looks whole)."""
    if bits <= 0:
        return None
    with path.open("rb") as handle:
        head = handle.read(4096)
    if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return None
    position = 12
    while position + 8 <= len(head):
        chunk, size = head[position : position + 4], struct.unpack("<I", head[position + 4 : position + 8])[0]
        if chunk == b"data":
            if size in (0, 0xFFFFFFFF):  # written by a recorder that streams: no length declared
                return None
            return 1000.0 * size / (rate * channels * bits / 8)
        position += 8 + size + (size & 1)
    return None


def _tolerance(declared_ms: float) -> float:
    return max(_LENGTH_TOLERANCE_MS, declared_ms * _LENGTH_TOLERANCE_SHARE)
