"""Score the installed package on the fixed look and check halves of the
quote data kept in this repository (tests/data/quotes-*.jsonl), as
../shared/eval/split_report.py does for the shared dev files. A held-out
file (`*heldout*`) is scored whole, and its errors are never printed.

    python scripts/split_local.py [--look-errors]

Read the errors of the look half only; a rule that helps look and not
check is tuning.
"""

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


def halves(recs: list) -> dict:
    """The shared split: records ordered by a hash of their id, dealt alternately."""
    spec = importlib.util.spec_from_file_location("split_report", EVAL / "split_report.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.halves(recs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--look-errors", action="store_true")
    a = ap.parse_args()
    if not EVAL.is_dir():
        print("no ../shared/eval here: nothing to score")
        return 0
    scorer = str(EVAL / "quote_score.py")
    system = ["--system", "kropka_adapters:quotes"]
    with tempfile.TemporaryDirectory() as td:
        for path in sorted((ROOT / "tests" / "data").glob("quotes-*.jsonl")):
            recs = [json.loads(l) for l in path.open(encoding="utf-8") if l.strip()]
            if "heldout" in path.name:
                # Held out: its score alone, never its errors.
                res = json.loads(subprocess.run(
                    [sys.executable, scorer, str(path), *system, "--json"],
                    check=True, capture_output=True, text=True, cwd=ROOT,
                ).stdout)
                print(
                    f"{path.name:24s} whole {len(recs):3d} records  "
                    f"detection F1 {res['detection']['f1']:.3f}  "
                    f"attribution {res['attribution_accuracy']:.3f}  "
                    f"end-to-end F1 {res['end_to_end']['f1']:.3f}"
                )
                continue
            side = halves(recs)
            for name in ("look", "check"):
                part = Path(td) / f"{name}-{path.name}"
                with part.open("w", encoding="utf-8") as f:
                    for i, r in enumerate(recs):
                        if side[i] == name:
                            f.write(json.dumps(r, ensure_ascii=False) + "\n")
                res = json.loads(subprocess.run(
                    [sys.executable, scorer, str(part), *system, "--json"],
                    check=True, capture_output=True, text=True, cwd=ROOT,
                ).stdout)
                n = sum(side[i] == name for i in range(len(recs)))
                print(
                    f"{path.name:24s} {name:5s} {n:3d} records  "
                    f"detection F1 {res['detection']['f1']:.3f}  "
                    f"attribution {res['attribution_accuracy']:.3f}  "
                    f"end-to-end F1 {res['end_to_end']['f1']:.3f}"
                )
                if a.look_errors and name == "look":
                    err = subprocess.run(
                        [sys.executable, scorer, str(part), *system, "--errors"],
                        capture_output=True, text=True, cwd=ROOT,
                    ).stdout
                    print("\n".join(l for l in err.splitlines() if "ERR" in l))
    return 0


if __name__ == "__main__":
    sys.exit(main())
