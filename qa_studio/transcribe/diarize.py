"""Two speakers in a mono call told apart without a model: clustering of spectral features over the speech.

No speaker-embedding model ships in a package this app can install offline, so each stretch of speech is
described by what tells two phone voices apart — the spectral envelope (24 log-mel bands over the phone band),
the level, and the pitch — and the stretches are split into two groups (Ward clustering). Then a rule the
reviewer sees names the agent: the speaker who says the company's greeting, else the one who speaks first.
Measured on tests/data/phone/call_mono.wav (see tests/transcribe/test_phone_calls.py); it is no match for a
trained embedding when two voices are alike. A recording whose two groups are not clearly apart (one voice, or two
this method cannot tell apart) stays one "speaker": a split in two would put half of one person's words under
someone else.
"""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum

import numpy as np

from qa_studio.transcribe.audio import SAMPLE_RATE
from qa_studio.transcribe.engine import Segment, Speaker, Word


class SpeakerRule(StrEnum):
    """How the agent was named in a mono call, kept with the transcript and shown beside it."""

    FIRST = "first"  # the agent is who speaks first
    GREETING = "greeting"  # the agent is who said the company's greeting
    ONE = "one"  # one voice heard: not split


MIN_SPAN_MS = 400
# Two groups of words are two people only when they stand apart: the mean silhouette of the two-way split (how much
# nearer each word is to its own group than to the other, -1 to 1). Measured on the phone calls of tests/data/phone:
# two voices 0.55; each of those voices alone, 0.29 and 0.26.
MIN_SILHOUETTE = 0.4
# And their voices differ in pitch: the two voices of that call are 6.8 semitones apart; the groups found in one
# voice alone at most 2.6 (prompts of one person recorded in several sittings split by level, not by voice). Two
# voices closer in pitch than this stay one speaker: measured on one pair of voices only, so it errs that way.
MIN_PITCH_GAP = 3.5
MIN_WORDS = 20  # fewer words than this say too little about who is speaking
SILHOUETTE_SAMPLE = 600  # words, evenly spread: the measure compares every pair
MIN_RUN_WORDS = 3
_FRAME = 400  # 25 ms
_STEP = 160  # 10 ms
BANDS = 24


def _mel_filters() -> np.ndarray:
    def mel(hz: np.ndarray) -> np.ndarray:
        return 2595 * np.log10(1 + hz / 700)

    edges_mel = np.linspace(mel(np.array(250.0)), mel(np.array(3600.0)), BANDS + 2)
    edges = 700 * (10 ** (edges_mel / 2595) - 1)
    bins = np.fft.rfftfreq(_FRAME, 1 / SAMPLE_RATE)
    filters = np.zeros((BANDS, len(bins)))
    for k in range(BANDS):
        low, centre, high = edges[k : k + 3]
        filters[k] = np.clip(np.minimum((bins - low) / (centre - low), (high - bins) / (high - centre)), 0, None)
    return filters


def frame_features(audio: np.ndarray) -> np.ndarray:
    """Per 10 ms frame: 24 log-mel energies, log energy, and pitch (Hz, 0 where unvoiced)."""
    count = max(0, (len(audio) - _FRAME) // _STEP + 1)
    if count == 0:
        return np.zeros((0, BANDS + 2))
    index = np.arange(_FRAME)[None, :] + _STEP * np.arange(count)[:, None]
    frames = audio[index] * np.hanning(_FRAME)
    power = np.square(np.abs(np.fft.rfft(frames, axis=1)))
    logmel = np.log(power @ _mel_filters().T + 1e-10)
    energy = np.log(np.square(frames).mean(axis=1) + 1e-10)
    # Pitch from the autocorrelation peak between 60 and 400 Hz, via the power spectrum (Wiener-Khinchin).
    spectrum = np.square(np.abs(np.fft.rfft(frames, n=2 * _FRAME, axis=1)))
    autocorrelation = np.fft.irfft(spectrum, axis=1)[:, :_FRAME]
    low, high = SAMPLE_RATE // 400, SAMPLE_RATE // 60
    lag = low + np.argmax(autocorrelation[:, low:high], axis=1)
    strength = autocorrelation[np.arange(count), lag] / (autocorrelation[:, 0] + 1e-10)
    pitch = np.where(strength > 0.45, SAMPLE_RATE / lag, 0.0)
    return np.column_stack([logmel, energy, pitch])


def _describe(features: np.ndarray) -> np.ndarray:
    voiced = features[features[:, -1] > 0, -1]
    pitch = float(np.median(voiced)) if voiced.size else 0.0
    return np.concatenate([features[:, :-1].mean(axis=0), [np.log(pitch + 1.0)]])


def silhouette(matrix: np.ndarray, labels: np.ndarray) -> float:
    """Mean silhouette of a two-way split (scikit-learn's definition), on at most SILHOUETTE_SAMPLE rows."""
    if len(matrix) > SILHOUETTE_SAMPLE:
        keep = np.linspace(0, len(matrix) - 1, SILHOUETTE_SAMPLE).astype(int)
        matrix, labels = matrix[keep], labels[keep]
    if len(set(labels.tolist())) < 2:
        return 0.0
    distance = np.sqrt(np.square(matrix[:, None, :] - matrix[None, :, :]).sum(axis=-1))
    same = labels[:, None] == labels[None, :]
    own = (distance * same).sum(axis=1) / np.maximum(same.sum(axis=1) - 1, 1)
    other = (distance * ~same).sum(axis=1) / np.maximum((~same).sum(axis=1), 1)
    return float(np.mean((other - own) / np.maximum(np.maximum(own, other), 1e-12)))


def pitch_gap(pitch: np.ndarray, labels: np.ndarray) -> float:
    """Semitones between the median voiced pitch of the two groups (0 when either has no voiced word)."""
    medians = [np.median(pitch[(labels == k) & (pitch > 0)]) for k in (0, 1) if ((labels == k) & (pitch > 0)).any()]
    return 0.0 if len(medians) < 2 else float(abs(12 * np.log2(medians[0] / medians[1])))


def speaker_of_words(audio: np.ndarray, words: list[Word]) -> list[int] | None:
    """0 or 1 for each word: each word is described by the frames it spans (at least MIN_SPAN_MS around its
    middle), the descriptions are clustered in two (Ward). None when the two groups are not two voices."""
    from scipy.cluster.hierarchy import fcluster, linkage

    if len(words) < MIN_WORDS:
        return None
    features = frame_features(audio)
    step_ms = _STEP * 1000 // SAMPLE_RATE
    described = []
    for word in words:
        middle = (word.start_ms + word.end_ms) // 2
        start, end = min(word.start_ms, middle - MIN_SPAN_MS // 2), max(word.end_ms, middle + MIN_SPAN_MS // 2)
        chunk = features[max(0, start // step_ms) : end // step_ms]
        described.append(_describe(chunk) if len(chunk) else np.zeros(BANDS + 2))
    raw = np.array(described)
    matrix = (raw - raw.mean(axis=0)) / (raw.std(axis=0) + 1e-6)
    labels = fcluster(linkage(matrix, method="ward"), 2, criterion="maxclust") - 1
    if silhouette(matrix, labels) < MIN_SILHOUETTE or pitch_gap(np.expm1(raw[:, -1]), labels) < MIN_PITCH_GAP:
        return None
    chosen = [int(label) for label in labels]
    return chosen if both_speak_in_turns(chosen) else None


def both_speak_in_turns(labels: list[int]) -> bool:
    """Whether each group has at least one run of MIN_RUN_WORDS words in a row: a group of words standing alone (a
    phrase's falling last word, a pitch read an octave off) is one voice's variation, not a second speaker's turn."""
    longest = {0: 0, 1: 0}
    current, previous = 0, None
    for label in labels:
        current = current + 1 if label == previous else 1
        previous = label
        longest[label] = max(longest.get(label, 0), current)
    return min(longest.values()) >= MIN_RUN_WORDS


def _smooth(labels: list[int]) -> list[int]:
    """Inside one decoded segment, runs shorter than MIN_RUN_WORDS take the label of the segment's majority: a
    change of speaker inside a segment is real only when it lasts."""
    if not labels:
        return labels
    majority = int(round(sum(labels) / len(labels)))
    runs: list[list[int]] = []
    for i, label in enumerate(labels):
        if runs and labels[runs[-1][0]] == label:
            runs[-1].append(i)
        else:
            runs.append([i])
    smoothed = list(labels)
    for run in runs:
        if len(run) < MIN_RUN_WORDS:
            for i in run:
                smoothed[i] = majority
    return smoothed


def _words(text: str) -> str:
    kept = "".join(c if c.isalnum() or c == "'" else " " for c in text.lower())
    return " ".join(kept.split())


def separate(audio: np.ndarray, segments: list[Segment], greeting: str | None = None, swap: bool = False
             ) -> tuple[list[Segment], SpeakerRule]:  # fmt: skip
    """Segments split where the speaker changes and labelled agent/customer, and the rule that named the agent
    (`swap` flips it); one voice leaves the segments as they are, under SpeakerRule.ONE."""
    words = [w for s in segments for w in s.words]
    labels = speaker_of_words(audio, words)
    if labels is None:
        return segments, SpeakerRule.ONE
    pieces: list[tuple[int, Segment]] = []
    position = 0
    for segment in segments:
        mine = _smooth(labels[position : position + len(segment.words)])
        position += len(segment.words)
        if not segment.words:
            continue
        runs: list[tuple[int, list[Word]]] = []
        for word, label in zip(segment.words, mine, strict=True):
            if runs and runs[-1][0] == label:
                runs[-1][1].append(word)
            else:
                runs.append((label, [word]))
        for label, run in runs:
            text = segment.text if len(runs) == 1 else "".join(w.text for w in run).strip()
            pieces.append((label, Segment(run[0].start_ms, run[-1].end_ms, text, segment.speaker, tuple(run),
                                          segment.avg_logprob, segment.no_speech_prob)))  # fmt: skip
    if len({label for label, _piece in pieces}) < 2:
        # Only stray words stood apart (a pitch misread an octave off, a cough), never a lasting turn: one voice.
        return segments, SpeakerRule.ONE
    agent_label = pieces[0][0]
    rule = SpeakerRule.FIRST
    if greeting and _words(greeting):
        said = next((label for label, piece in pieces if _words(greeting) in _words(piece.text)), None)
        if said is not None:
            agent_label, rule = said, SpeakerRule.GREETING
    if swap:
        agent_label = 1 - agent_label
    labelled = [
        replace(piece, speaker=Speaker.AGENT if label == agent_label else Speaker.CUSTOMER) for label, piece in pieces
    ]
    return labelled, rule
