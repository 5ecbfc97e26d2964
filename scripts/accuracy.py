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

# (scorer, data, adapter flag, metric path, floor): floors a little below what
# the rules reach today, so that a regression fails CI.
CHECKS = [
    ("seg_score.py", "data/seg/ud-pdb-dev.jsonl", "--segmenter", "f1", 0.960),
    ("seg_score.py", "data/seg/ud-lfg-dev.jsonl", "--segmenter", "f1", 0.998),
    ("seg_score.py", "data/quotes/news-dev.jsonl", "--segmenter", "f1", 0.970),
    ("ner_score.py", "data/ner/dev.jsonl", "--system", "micro_PER_ORG_LOC.f1", 0.80),
    ("ner_score.py", "data/ner/lemma-dev.jsonl", "--lemmatizer", "all.score", 0.898),
    ("quote_score.py", "data/quotes/seed.jsonl", "--system", "end_to_end.f1", 0.99),
    ("quote_score.py", "data/quotes/dev.jsonl", "--system", "end_to_end.f1", 0.91),
    ("quote_score.py", "data/quotes/news-dev.jsonl", "--system", "end_to_end.f1", 0.95),
    ("quote_score.py", "data/quotes/dev-extra.jsonl", "--system", "end_to_end.f1", 0.82),
    # Annotated in this repository, blind to kropka (tests/data/README.md); measured
    # 0.637 when added, 0.713 after the rules of session 10.
    ("quote_score.py", "tests/data/quotes-nkjp-dev.jsonl", "--system", "end_to_end.f1", 0.73),
    # Annotated blind in session 12 (tests/data/README.md); its halves measured
    # look 0.316 / check 0.273 when added, 0.476 whole at the session's end.
    ("quote_score.py", "tests/data/quotes-nkjp-dev2.jsonl", "--system", "end_to_end.f1", 0.46),
    # Held out (never read its errors); measured 0.625 and (the second) 0.419.
    ("quote_score.py", "tests/data/quotes-nkjp-heldout.jsonl", "--system", "end_to_end.f1", 0.65),
    ("quote_score.py", "tests/data/quotes-nkjp-heldout2.jsonl", "--system", "end_to_end.f1", 0.40),
]
# Share of quotes whose speaker survives scripts/name_swap.py (measured 0.934).
NAME_SWAP_FLOOR = 0.95

ADAPTERS = {
    ("seg_score.py", "--segmenter"): "kropka_adapters:sentences",
    ("ner_score.py", "--system"): "kropka_adapters:entities",
    ("ner_score.py", "--lemmatizer"): "kropka_adapters:base_form",
    ("quote_score.py", "--system"): "kropka_adapters:quotes",
}


def pick(result: dict, path: str) -> float:
    value = result
    for key in path.split("."):
        value = value[key]
    return float(value)


def main() -> int:
    if not (SHARED / "eval").is_dir():
        print("no ../shared/eval here: accuracy check skipped")
        return 0
    failed = False
    for scorer, data, flag, metric, floor in CHECKS:
        # Data kept in this repository, else in ../shared.
        path = ROOT / data if (ROOT / data).exists() else SHARED / data
        out = subprocess.run(
            [sys.executable, str(SHARED / "eval" / scorer), str(path), flag, ADAPTERS[(scorer, flag)], "--json"],
            check=True, capture_output=True, text=True, cwd=ROOT,
        ).stdout
        score = pick(json.loads(out), metric)
        ok = score >= floor
        failed |= not ok
        print(f"{'ok  ' if ok else 'FAIL'} {data:32} {metric} {score:.4f} (floor {floor})")
    # Speakers must survive a swap of every name for an invented one.
    swap = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "name_swap.py"), "--floor", str(NAME_SWAP_FLOOR)],
        capture_output=True, text=True, cwd=ROOT,
    )
    print(swap.stdout.strip().splitlines()[-1] if swap.stdout.strip() else swap.stderr[-500:])
    failed |= swap.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
