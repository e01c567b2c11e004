"""Probing call recordings with PyAV: duration, rate, channels, and proof that the audio decodes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import av

from qa_studio.domain import AudioProbe
from qa_studio.importers.errors import ImportRefused

AUDIO_SUFFIXES = frozenset({".wav", ".mp3", ".m4a", ".aac", ".flac", ".ogg", ".oga", ".opus", ".wma", ".amr"})
# Decoding this much proves the payload is audio and not just a plausible header.
_PROBE_DECODE_MS = 2000


def sha256_file(path: Path, chunk_size: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(chunk_size):
            digest.update(chunk)
    return digest.hexdigest()


def probe_audio(path: Path) -> AudioProbe:
    """Read the recording's properties; raise ImportRefused with the decoder's reason if it is not playable audio."""
    if path.stat().st_size == 0:
        raise ImportRefused("the audio file is empty (0 bytes)")
    try:
        with av.open(str(path)) as container:
            if not container.streams.audio:
                raise ImportRefused("the file contains no audio stream")
            stream = container.streams.audio[0]
            decoded_ms = 0.0
            last_end_ms = 0.0
            frames = 0
            needs_full_decode = container.duration is None and stream.duration is None
            for frame in container.decode(stream):
                frames += 1
                frame_ms = 1000.0 * frame.samples / (frame.sample_rate or stream.rate or 1)
                decoded_ms += frame_ms
                if frame.time is not None:
                    last_end_ms = max(last_end_ms, frame.time * 1000.0 + frame_ms)
                if decoded_ms >= _PROBE_DECODE_MS and not needs_full_decode:
                    break
            if frames == 0:
                raise ImportRefused("no audio could be decoded from the file")
            if stream.duration is not None and stream.time_base is not None:
                duration_ms = float(stream.duration * stream.time_base) * 1000.0
            elif container.duration is not None:
                duration_ms = container.duration / 1000.0
            else:
                duration_ms = max(decoded_ms, last_end_ms)
            codec = stream.codec_context.name
            channels = stream.codec_context.channels or stream.channels
            return AudioProbe(
                duration_ms=int(round(duration_ms)),
                sample_rate=int(stream.rate or stream.codec_context.sample_rate or 0),
                channels=int(channels),
                codec=codec,
                container=container.format.name.split(",")[0],
            )
    except ImportRefused:
        raise
    except av.error.InvalidDataError as exc:
        raise ImportRefused(f"not a readable audio file (the decoder reports invalid data: {exc.strerror})") from exc
    except av.error.FFmpegError as exc:
        raise ImportRefused(f"not a readable audio file ({exc.strerror or exc})") from exc
