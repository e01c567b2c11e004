"""Redaction recall and false-positive rate on a labelled corpus (tests/data/redaction/*.jsonl).

    python benchmarks/bench_redaction.py [--corpus held_out] [--misses] [--vs REVISION]

`--corpus` names a file in tests/data/redaction (corpus, held_out, held_out_2, held_out_3) or gives a path; the
default is corpus.jsonl, whose last 60 lines are also reported alone ("held-out strings"). `--vs` times the detector
of a git revision against this one on the same strings, in turn (A B A B …), and prints the median of the paired
time ratios, so a machine whose speed drifts still gives a fair comparison.

Recall: the share of sensitive values (cards, phones, ID numbers, e-mail addresses, spoken digits) entirely
masked. False positives: the share of harmless strings (dates, times, amounts, order, case and PO numbers, years,
counting) in which anything was masked.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from types import ModuleType

from qa_studio.transcribe.redaction import find_sensitive

ROOT = Path(__file__).parents[1]
CORPORA = ROOT / "tests" / "data" / "redaction"
ROUNDS = 15
PASS_STRINGS = 3000  # each timed pass repeats the corpus to about this many strings, long enough to time
CORPUS = CORPORA / "corpus.jsonl"


def covered(text: str, value: str, spans: list[tuple[int, int]]) -> bool:
    start = text.index(value)
    end = start + len(value)
    wanted = [position for position in range(start, end) if not text[position].isspace()]
    return all(any(s <= position < e for s, e in spans) for position in wanted)


def measure(corpus: Path = CORPUS, held_out: bool | None = None) -> dict:
    items = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    if held_out is not None:
        items = [item for item in items if bool(item.get("held_out")) == held_out]
    found = total = false_positives = negatives = 0
    missed: list[str] = []
    flagged: list[str] = []
    by_kind: Counter[str] = Counter()
    missed_kind: Counter[str] = Counter()
    started = time.perf_counter()
    for item in items:
        spans = [(f.start, f.end) for f in find_sensitive(item["text"])]
        if item["sensitive"]:
            for value in item["sensitive"]:
                total += 1
                by_kind[item["kind"]] += 1
                if covered(item["text"], value, spans):
                    found += 1
                else:
                    missed_kind[item["kind"]] += 1
                    missed.append(f"{item['kind']}: {item['text']}")
        else:
            negatives += 1
            if spans:
                false_positives += 1
                flagged.append(" | ".join(item["text"][s:e] for s, e in spans) + f"   ← {item['text']}")
    return {
        "recall": found / total,
        "found": found,
        "sensitive": total,
        "false_positive_rate": false_positives / negatives,
        "false_positives": false_positives,
        "negatives": negatives,
        "by_kind": {kind: (count - missed_kind[kind], count) for kind, count in sorted(by_kind.items())},
        "missed": missed,
        "flagged": flagged,
        "ms_per_string": 1000 * (time.perf_counter() - started) / len(items),
    }


def detector_at(revision: str) -> ModuleType:
    """redaction.py as it was at `revision`, loaded beside the current one."""
    source = subprocess.run(
        ["git", "show", f"{revision}:qa_studio/transcribe/redaction.py"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    path = Path(tempfile.mkdtemp()) / "redaction_then.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("redaction_then", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def compare_speed(corpus: Path, revision: str) -> None:
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts *= -(-PASS_STRINGS // len(texts))
    then = detector_at(revision).find_sensitive
    for text in texts:  # warm-up
        then(text), find_sensitive(text)
    seconds: dict[str, list[float]] = {revision: [], "now": []}
    for _ in range(ROUNDS):
        for label, detector in ((revision, then), ("now", find_sensitive)):
            started = time.perf_counter()
            for text in texts:
                detector(text)
            seconds[label].append(time.perf_counter() - started)
    ratios = [now / before for now, before in zip(seconds["now"], seconds[revision], strict=True)]
    for label, times in seconds.items():
        print(f"{label:>12}: {len(texts) / statistics.median(times):,.0f} strings/s (median of {ROUNDS})")
    print(f"time now / {revision}: median {statistics.median(ratios):.2f} (min {min(ratios):.2f}, "
          f"max {max(ratios):.2f}, {ROUNDS} interleaved pairs)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="corpus", help="corpus, held_out, held_out_2 or a path to a .jsonl")
    parser.add_argument("--misses", action="store_true", help="list every miss and every false positive")
    parser.add_argument("--vs", metavar="REVISION", help="also time the detector of this git revision against this one")
    args = parser.parse_args()
    corpus = Path(args.corpus) if args.corpus.endswith(".jsonl") else CORPORA / f"{args.corpus}.jsonl"
    print(corpus.name)
    if corpus == CORPUS:
        for label, part in (("held-out strings", True), ("whole corpus", None)):
            summary = measure(corpus, held_out=part)
            rate = summary["false_positive_rate"]
            print(f"{label}: recall {summary['recall']:.1%} ({summary['found']}/{summary['sensitive']}), false "
                  f"positives {rate:.1%} ({summary['false_positives']}/{summary['negatives']})")  # fmt: skip
    result = measure(corpus)
    print(f"recall {result['recall']:.1%} ({result['found']}/{result['sensitive']}), false positives "
          f"{result['false_positive_rate']:.1%} ({result['false_positives']}/{result['negatives']}), "
          f"{result['ms_per_string']:.3f} ms a string ({1000 / result['ms_per_string']:,.0f} strings/s)")  # fmt: skip
    for kind, (hit, count) in result["by_kind"].items():
        print(f"  {kind:<16} {hit}/{count}")
    if args.misses:
        for line in result["missed"]:
            print("MISSED  ", line)
        for line in result["flagged"]:
            print("FLAGGED ", line)
    if args.vs:
        compare_speed(corpus, args.vs)


if __name__ == "__main__":
    main()
