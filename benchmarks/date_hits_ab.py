"""What keeping the date reader's hits saves, A/B in one process: `read()` of every corpus message with the
hits kept within the message (the kept hits are forgotten before each run, so a repeat is no cache hit) and
with them not kept at all (the reader as it was before), interleaved per message, best of N runs each.

    python benchmarks/date_hits_ab.py [--repeat 7]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.parse_benchmark import NOW, ZONE, percentile  # noqa: E402
from config.settings import DEFAULT_STAGES  # noqa: E402
from config.stages import parse_stages  # noqa: E402
from handlers.parsing import dates  # noqa: E402
from handlers.parsing.date_scan import Hit  # noqa: E402
from handlers.parsing.vocabulary import stage_synonyms  # noqa: E402
from handlers.understanding.reader import read  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    corpus = json.loads((ROOT / "tests" / "corpus" / "field_messages.json").read_text(encoding="utf-8"))
    messages = [m["text"] for m in corpus["messages"]]
    stages = tuple(s.name for s in parse_stages(DEFAULT_STAGES))
    synonyms = stage_synonyms({})
    kept = dates._date_hits

    def not_kept(text: str, today: date, now_local: datetime, past: bool = False) -> list[Hit]:
        return list(dates._hits_of.__wrapped__(text, today, now_local, str(now_local.tzinfo), past))

    def timed(text: str) -> float:
        start = time.perf_counter()
        read(text, now=NOW, tz=ZONE, stages=stages, synonyms=synonyms)
        return time.perf_counter() - start

    for text in messages[:20]:  # warm up regex caches
        timed(text)
    with_kept: list[float] = []
    without: list[float] = []
    for text in messages:
        best_kept = best_without = float("inf")
        for _ in range(args.repeat):
            dates._date_hits = kept
            dates.forget_read_texts()
            best_kept = min(best_kept, timed(text))
            dates._date_hits = not_kept
            best_without = min(best_without, timed(text))
        dates._date_hits = kept
        with_kept.append(best_kept * 1000)
        without.append(best_without * 1000)
    for name, values in (("hits kept within a message", with_kept), ("hits not kept (before)", without)):
        print(
            f"{name:28} n={len(values)}  p50 {statistics.median(values):6.3f} ms  "
            f"p95 {percentile(values, 0.95):6.3f} ms"
        )
    print(
        f"kept is {statistics.median(without) / statistics.median(with_kept):.2f}x faster at the median, "
        f"{percentile(without, 0.95) / percentile(with_kept, 0.95):.2f}x at p95"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
