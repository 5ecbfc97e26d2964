"""Time and peak memory of ``kropka.analyze()`` on long texts, each in a fresh
process: news (any ``.txt`` files or ``.jsonl`` files with a ``"text"`` field,
joined and repeated to size) and the hostile shapes of the robustness tests.

    python benches/memory.py --news ../shared/data/quotes/dev-extra.jsonl --sizes 1,4,16

Peak memory is the rise of the process's peak RSS over what it held with the
text read and the lexicons loaded (by analysing the text's first 20 KB), so it
counts the analysis and its output.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HOSTILE = {
    "Ala Ma Kota": "Ala Ma Kota ",
    "Jan": "Jan ",
    "J.": "J. ",
    "A.B.": "A.B.",
    "Ala.\\r\\n": "Ala.\r\n",
    "quotes and dashes": "„Tak” – powiedział Jan. – Nie – rzekła. ",
}

CHILD = """
import json, resource, sys, time
import kropka
text = open(sys.argv[1], encoding='utf-8', newline='').read()
# Loads every lexicon the text needs (20 KB of it), before measuring.
kropka.analyze(text[:20000])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
doc = kropka.analyze(text)
seconds = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_kb": peak - before, "sentences": len(doc.sentences),
                  "entities": len(doc.entities), "quotes": len(doc.quotes)}))
"""


def news_text(paths: list[Path]) -> str:
    parts = []
    for p in paths:
        if p.suffix == ".jsonl":
            for line in p.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    parts.append(json.loads(line)["text"])
        else:
            parts.append(p.read_text(encoding="utf-8"))
    return "\n\n".join(parts)


def to_size(unit: str, size: int) -> str:
    n = max(1, size // max(1, len(unit.encode("utf-8"))))
    return (unit * (n + 1)).encode("utf-8")[:size].decode("utf-8", "ignore")


def measure(text: str) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", newline="", delete=False) as f:
        f.write(text)
    try:
        out = subprocess.run([sys.executable, "-c", CHILD, f.name], capture_output=True, text=True, check=True)
    finally:
        Path(f.name).unlink()
    return json.loads(out.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--news", nargs="*", type=Path, default=[], help=".txt or .jsonl files of news")
    ap.add_argument("--sizes", default="1,4,16", help="sizes in MB, comma-separated")
    ap.add_argument("--hostile-size", type=float, default=4, help="MB of each hostile shape")
    args = ap.parse_args()
    rows = []
    if args.news:
        news = news_text(args.news)
        for mb in [float(x) for x in args.sizes.split(",")]:
            rows.append((f"news {mb:g} MB", int(mb * 1e6), measure(to_size(news + "\n\n", int(mb * 1e6)))))
    size = int(args.hostile_size * 1e6)
    for name, unit in HOSTILE.items():
        rows.append((f"{name!s} ×{args.hostile_size:g} MB", size, measure(to_size(unit, size))))
    print(f"| input | time | MB/s | peak RSS rise | × input |")
    print("|---|---:|---:|---:|---:|")
    for name, size, r in rows:
        rise = r["peak_kb"] * 1024
        print(f"| {name} | {r['seconds']:.2f} s | {size / 1e6 / r['seconds']:.1f} | {rise / 1e6:.0f} MB | {rise / size:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
