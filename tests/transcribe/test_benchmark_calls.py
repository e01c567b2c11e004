"""The benchmark's calls (benchmarks/phone_audio.py) are what their figures claim to measure: a shuffled call keeps
agent and customer taking turns, and where one side speaks twice (the seam between two repetitions of the test
call, which starts and ends with the agent) the two turns are as far apart as in the test call repeated as it is."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))

from phone_audio import make_call, reference_turns  # noqa: E402

from qa_studio.transcribe.audio import SAMPLE_RATE, decode_channels  # noqa: E402


def _same_side_gaps(turns: list) -> list[int]:
    return [b.start_ms - a.end_ms for a, b in zip(turns, turns[1:], strict=False) if a.speaker == b.speaker]


@pytest.mark.parametrize("seed", [0, 1, 7])
def test_a_shuffled_call_keeps_one_sides_turns_apart_at_each_seam(tmp_path: Path, seed: int) -> None:
    tiled = make_call(tmp_path / "tiled.wav", 3, noisy=False, seed=seed)
    shuffled = make_call(tmp_path / "shuffled.wav", 3, noisy=False, seed=seed, shuffled=True)
    seam = min(_same_side_gaps(tiled))
    gaps = _same_side_gaps(shuffled)
    assert len(gaps) == len(_same_side_gaps(tiled)) == 2  # three repetitions, two seams
    assert min(gaps) >= seam - 1 > 1000
    # The same words, in another order, and every turn inside the audio.
    assert sorted(t.text for t in shuffled) == sorted(t.text for t in tiled)
    assert [t.text for t in shuffled] != [t.text for t in tiled]
    agent, _customer = decode_channels(tmp_path / "shuffled.wav")
    assert shuffled[-1].end_ms < len(agent) * 1000 // SAMPLE_RATE
    assert len(shuffled) == 3 * len(reference_turns())
