"""Evidence checks per second on the demo's chats: every criterion with a check of the chat scorecard, on one core.

Usage: python benchmarks/bench_evidence.py [--chats N] [--exhaustive] [--profile]
(target ≥ 1,000 chats/s; --exhaustive times the reference path that scores every phrase against every message in
full, the anchor the indexed path must agree with)
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import time
from datetime import date, datetime

from qa_studio.resources import FORMS_DIR
from qa_studio.scoring import evidence
from qa_studio.scoring.evidence import ChatMessage, suggest
from qa_studio.scoring.loader import load_scorecard
from qa_studio.services.demo import TEAMS, _chat


def demo_chats(count: int, seed: int = 2026) -> list[list[ChatMessage]]:
    """Chats as the demo writes them, agents of both languages in turn."""
    rng = random.Random(seed)
    agents = [(agent, team) for team, names in TEAMS.items() for agent in names]
    chats = []
    for serial in range(count):
        agent, team = agents[serial % len(agents)]
        raw = _chat(rng, agent, team, date(2026, 3, 2), serial)
        rows = raw["messages"]
        first = datetime.fromisoformat(rows[0]["timestamp"])  # type: ignore[index]
        chats.append([
            ChatMessage(m["role"], int((datetime.fromisoformat(m["timestamp"]) - first).total_seconds() * 1000),
                        m["text"], index)
            for index, m in enumerate(rows)  # type: ignore[arg-type]
        ])  # fmt: skip
    return chats


def run(chats: list[list[ChatMessage]]) -> int:
    criteria = [c for c in load_scorecard(FORMS_DIR / "chat_standard.yaml").criteria() if c.checks]
    found = 0
    for messages in chats:
        for criterion in criteria:
            found += suggest(criterion, messages) is not None
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chats", type=int, default=2000)
    parser.add_argument("--exhaustive", action="store_true", help="time the reference path instead")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    chats = demo_chats(args.chats)
    if args.exhaustive:
        evidence.phrase_at_least = evidence.exhaustive_phrase_at_least  # type: ignore[assignment]
    profiler = cProfile.Profile() if args.profile else None
    started = time.process_time()
    if profiler:
        profiler.enable()
    run(chats)
    if profiler:
        profiler.disable()
    seconds = time.process_time() - started
    path = "reference (every phrase in full)" if args.exhaustive else "indexed"
    print(f"{args.chats} chats in {seconds:.2f} s CPU: {args.chats / seconds:,.0f} chats/s ({path})")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(18)


if __name__ == "__main__":
    main()
