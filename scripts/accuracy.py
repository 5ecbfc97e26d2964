"""Score the installed package on the development data in ../shared, when it
is there, and fail if a score drops below the floor we have reached.

    python scripts/accuracy.py            # from the repository root, kropka installed
"""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# (scorer, data, adapter flag, metric, floor)
CHECKS = [
    ("seg_score.py", "data/seg/ud-pdb-dev.jsonl", "--segmenter", "f1", 0.960),
    ("seg_score.py", "data/seg/ud-lfg-dev.jsonl", "--segmenter", "f1", 0.990),
    ("seg_score.py", "data/quotes/news-dev.jsonl", "--segmenter", "f1", 0.970),
]
ADAPTERS = {"--segmenter": "kropka_adapters:sentences"}


def main() -> int:
    if not (SHARED / "eval").is_dir():
        print("no ../shared/eval here: accuracy check skipped")
        return 0
    failed = False
    for scorer, data, flag, metric, floor in CHECKS:
        out = subprocess.run(
            [sys.executable, str(SHARED / "eval" / scorer), str(SHARED / data), flag, ADAPTERS[flag], "--json"],
            check=True, capture_output=True, text=True, cwd=ROOT,
        ).stdout
        score = json.loads(out)[metric]
        ok = score >= floor
        failed |= not ok
        print(f"{'ok  ' if ok else 'FAIL'} {data:32} {metric} {score:.4f} (floor {floor})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
