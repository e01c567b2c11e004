"""Calibration statistics for a large session: 20 reviewers × 10 interactions × 40 criteria with 1,000 bootstrap
resamples per criterion (target: under 2 s), and the same session read back and computed from a database.

Usage: python benchmarks/bench_calibration.py [--reviewers 20] [--interactions 10] [--criteria 40]
       [--resamples 1000] [--repeats 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from qa_studio.scoring.calibration_stats import CriterionAnswer, Evaluation, session_stats


def make_session(reviewers: int, interactions: int, criteria: int, seed: int = 7) -> tuple[list, list]:
    """Reviewers who mostly agree with a benchmark, each with their own habits (strict, lenient, noisy)."""
    rng = random.Random(seed)
    levels = ["nominal"] * (criteria * 3 // 4) + ["interval"] * (criteria - criteria * 3 // 4)
    truth = {
        (i, c): (rng.choice(["yes", "yes", "yes", "no", "na"]) if levels[c] == "nominal" else rng.choice([2, 3, 4, 5]))
        for i in range(interactions)
        for c in range(criteria)
    }

    def evaluation(name: str, interaction: int, noise: float) -> Evaluation:
        answers = []
        for c in range(criteria):
            value = truth[(interaction, c)]
            if rng.random() < noise:
                value = rng.choice(["yes", "no", "na"]) if levels[c] == "nominal" else rng.choice([1, 2, 3, 4, 5])
            possible = 5.0
            earned = 0.0 if value in ("no", "na") else (possible if levels[c] == "nominal" else float(value))
            answers.append(CriterionAnswer(f"c{c}", earned, possible, value, value == "no", "none", levels[c]))
        score = 100 * sum(a.earned for a in answers) / sum(a.possible for a in answers)
        return Evaluation(name, f"i{interaction}", round(score, 2), tuple(answers))

    benchmark = [evaluation("expert", i, 0.0) for i in range(interactions)]
    noise = [rng.uniform(0.02, 0.25) for _ in range(reviewers)]
    evaluations = [evaluation(f"r{r}", i, noise[r]) for r in range(reviewers) for i in range(interactions)]
    return evaluations, benchmark


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviewers", type=int, default=20)
    parser.add_argument("--interactions", type=int, default=10)
    parser.add_argument("--criteria", type=int, default=40)
    parser.add_argument("--resamples", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    evaluations, benchmark = make_session(args.reviewers, args.interactions, args.criteria)
    timings = []
    for _ in range(args.repeats):
        started = time.perf_counter()
        stats = session_stats(evaluations, benchmark, tolerance=5.0, resamples=args.resamples)
        timings.append(time.perf_counter() - started)
    print(f"session: {args.reviewers} reviewers x {args.interactions} interactions x {args.criteria} criteria, "
          f"{args.resamples} bootstrap resamples per criterion")  # fmt: skip
    print(f"session_stats: median {statistics.median(timings):.3f} s, max {max(timings):.3f} s "
          f"over {args.repeats} runs (target < 2 s)")  # fmt: skip
    print(f"  reviewers compared: {len(stats.reviewers)}, criteria: {len(stats.criteria)}, "
          f"ICC(2,1) = {stats.overall.icc_2_1.value:.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
