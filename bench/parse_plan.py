"""Parse time of the 54 KB 鄂尔多斯 plan (``../shared/seeds/001_*.txt``): median, min and max over several runs.

Run: ``python bench/parse_plan.py [--runs N] [FILE]`` (target: well under 0.2 s per parse).
The first, cold parse (regex compilation, imports) is reported separately and not counted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = (REPO_ROOT / "../shared/seeds").resolve()
TARGET_SECONDS = 0.2


def default_plan() -> Path | None:
    matches = sorted(SEEDS_DIR.glob("001_*.txt"))
    return matches[0] if matches else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", help="plan file (default: the 鄂尔多斯 sample plan)")
    parser.add_argument("--runs", type=int, default=30, help="timed runs (default 30)")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(REPO_ROOT))
    from ipdesk.intake.document import read_document
    from ipdesk.intake.parser import parse_document

    path = Path(args.file) if args.file else default_plan()
    if path is None or not path.exists():
        print(f"plan file not found (looked for {SEEDS_DIR / '001_*.txt'}); pass a FILE", file=sys.stderr)
        return 2

    started = time.perf_counter()
    document = read_document(path)
    plan = parse_document(document)
    cold = time.perf_counter() - started

    timings = []
    for _ in range(max(1, args.runs)):
        started = time.perf_counter()
        parse_document(read_document(path))
        timings.append(time.perf_counter() - started)

    median = statistics.median(timings)
    print(f"file      {path.name} ({path.stat().st_size / 1024:.1f} KB, {document.text.count(chr(10)) + 1} lines)")
    print(f"found     {len(plan.sections)} sections, {len(plan.tasks)} tasks, {len(plan.indicators)} indicators")
    print(f"cold      {cold * 1000:7.1f} ms  (first parse, not counted)")
    print(f"median    {median * 1000:7.1f} ms  over {len(timings)} runs (read + parse)")
    print(f"min       {min(timings) * 1000:7.1f} ms")
    print(f"max       {max(timings) * 1000:7.1f} ms")
    verdict = "OK" if median < TARGET_SECONDS else "TOO SLOW"
    print(f"target    < {TARGET_SECONDS * 1000:.0f} ms: {verdict}")
    return 0 if median < TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
