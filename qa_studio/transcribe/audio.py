"""Decoding recordings to 16 kHz float32, one array per channel (stereo calls are transcribed per side)."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np

from qa_studio.errors import QT_TRANSLATE_NOOP, Explained

SAMPLE_RATE = 16_000


class AudioError(Explained):
    """The recording cannot be decoded; the text names the reason."""


def decode_channels(path: Path, max_channels: int = 2, *, pcm16: bool = False) -> list[np.ndarray]:
    """Every channel (up to `max_channels`) at 16 kHz: float32 in [-1, 1], or int16 with `pcm16`.

    Samples go straight into one preallocated buffer (grown if the container under-reports its length), so an
    hour-long stereo call costs its 230 MB (int16) once rather than several times over.
    """
    if not path.is_file():
        raise AudioError(QT_TRANSLATE_NOOP("Errors", "cannot decode audio: {path} does not exist"), path=path)
    try:
        with av.open(str(path)) as container:
            if not container.streams.audio:
                raise AudioError(QT_TRANSLATE_NOOP("Errors", "cannot decode audio: the file has no audio stream"))
            stream = container.streams.audio[0]
            channels = min(stream.codec_context.channels or 1, max_channels)
            layout = "stereo" if channels == 2 else "mono"
            resampler = av.AudioResampler(format="s16p" if pcm16 else "fltp", layout=layout, rate=SAMPLE_RATE)
            dtype = np.int16 if pcm16 else np.float32
            expected = int((container.duration or 0) / 1_000_000 * SAMPLE_RATE) + SAMPLE_RATE
            buffer = np.empty((channels, max(expected, SAMPLE_RATE)), dtype=dtype)
            filled = 0

            def append(planes: np.ndarray) -> None:
                nonlocal buffer, filled
                count = planes.shape[1]
                if filled + count > buffer.shape[1]:
                    grown = np.empty((channels, max(2 * buffer.shape[1], filled + count)), dtype=dtype)
                    grown[:, :filled] = buffer[:, :filled]
                    buffer = grown
                buffer[:, filled : filled + count] = planes
                filled += count

            for frame in container.decode(stream):
                frame.pts = None
                for out in resampler.resample(frame):
                    append(out.to_ndarray())
            for out in resampler.resample(None):
                append(out.to_ndarray())
    except AudioError:
        raise
    except (av.error.FFmpegError, ValueError) as exc:
        raise AudioError(
            QT_TRANSLATE_NOOP("Errors", "cannot decode audio: {value}"), value=getattr(exc, 'strerror', None) or exc
        ) from exc
    if filled == 0:
        raise AudioError(QT_TRANSLATE_NOOP("Errors", "cannot decode audio: no audio samples in the file"))
    return [buffer[index, :filled] for index in range(channels)]


def to_float(samples: np.ndarray) -> np.ndarray:
    """int16 PCM to the float32 in [-1, 1] that Whisper takes (float input is returned as is)."""
    if samples.dtype == np.float32:
        return samples
    return samples.astype(np.float32) / 32768.0
