"""What a user of kropka meets, measured in one run and printed as a Markdown table:

    python benches/usage.py [--cli target/release/kropka] [--repeat 5]

- cold start: a fresh Python process, ``import kropka`` and the first
  ``analyze()`` of a short text, each timed inside the process, and the
  process's peak RSS (best of ``--repeat`` processes);
- ``analyze()`` MB/s on paragraphs (the NKJP dev texts, one call each), on
  articles (the quote dev articles, one call each) and on one 1 MB text made
  of those articles;
- ``analyze_many`` on the paragraphs with 1 and 2 threads;
- wall time and peak RSS of the CLI on the bundled article, ``kropka
  analyze`` (the Rust binary, when built: ``cargo build --release --features
  cli``) and ``python -m kropka analyze``.

The paragraphs and articles come from ``../shared/data`` when it exists; the
bundled article stands in for both otherwise. Timing: ``time.perf_counter``,
best of ``--repeat`` after a warm-up; the cold start's peak RSS from
``resource.getrusage`` inside the fresh process, the CLIs' from GNU ``time``
when it is installed.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

import kropka

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
ARTICLE = ROOT / "examples" / "artykul.txt"

COLD = """
import resource, sys, time
t0 = time.perf_counter()
import kropka
t1 = time.perf_counter()
kropka.analyze("Jan Kowalski powiedział: „Idę do domu”. Potem wyszedł z Warszawy.")
t2 = time.perf_counter()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(t1 - t0, t2 - t1, peak * (1 if sys.platform == "darwin" else 1024))
"""


def texts_of(name: str) -> list[str]:
    path = SHARED / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def best(fn: Callable[[], object], repeat: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def megabytes(texts: list[str]) -> float:
    return sum(len(t.encode()) for t in texts) / 1e6


def child_run(cmd: list[str], repeat: int) -> tuple[float, str]:
    """Best wall time (s) of running ``cmd``, and its peak RSS as GNU time
    reports it (a child's own ``ru_maxrss`` would count the pages of this
    big parent it was forked from)."""
    walls = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - t)
    peak = "peak RSS n/a"
    gnu_time = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)
    if gnu_time:
        done = subprocess.run([gnu_time, "-f", "%M", *cmd], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
        last = done.stderr.strip().splitlines()[-1:] if done.returncode == 0 else []
        if last and last[0].isdigit():
            peak = f"{int(last[0]) / 1e3:.0f} MB peak"
    return min(walls), peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--cli", type=Path, default=ROOT / "target" / "release" / "kropka",
                    help="the Rust CLI binary (skipped when missing)")
    args = ap.parse_args()

    rows: list[tuple[str, str]] = []

    cold = []
    for _ in range(args.repeat):
        out = subprocess.run([sys.executable, "-c", COLD], check=True,
                             capture_output=True, text=True).stdout.split()
        cold.append(tuple(float(x) for x in out))
    imp = min(c[0] for c in cold)
    first = min(c[1] for c in cold)
    rss = min(c[2] for c in cold) / 1e6
    rows.append(("`import kropka`, fresh process", f"{imp * 1e3:.0f} ms"))
    rows.append(("first `analyze()` of a short text, fresh process", f"{first * 1e3:.1f} ms"))
    rows.append(("peak RSS of that process", f"{rss:.0f} MB"))

    article = ARTICLE.read_text(encoding="utf-8")
    paragraphs = texts_of("ner/dev.jsonl") or [p for p in article.split("\n\n") if p.strip()]
    articles = (texts_of("quotes/dev.jsonl") + texts_of("quotes/news-dev.jsonl")
                + texts_of("quotes/dev-extra.jsonl")) or [article]
    one = "\n\n".join(articles)
    while len(one.encode()) < 1_000_000:
        one += "\n\n" + "\n\n".join(articles)

    def loop(texts: list[str]) -> Callable[[], object]:
        return lambda: [kropka.analyze(t) for t in texts]

    for label, texts in (("paragraphs", paragraphs), ("articles", articles)):
        mb = megabytes(texts)
        s = best(loop(texts), args.repeat)
        rows.append((f"`analyze()` on {len(texts)} {label} ({mb:.2f} MB), one call each",
                     f"{mb / s:.1f} MB/s"))
    mb = megabytes([one])
    s = best(lambda: kropka.analyze(one), args.repeat)
    rows.append((f"`analyze()` of one {mb:.1f} MB text", f"{mb / s:.1f} MB/s"))

    mb = megabytes(paragraphs)
    speed = {}
    for threads in (1, 2):
        s = best(lambda: kropka.analyze_many(paragraphs, threads=threads), args.repeat)
        speed[threads] = mb / s
        rows.append((f"`analyze_many(threads={threads})` on the paragraphs",
                     f"{speed[threads]:.1f} MB/s"))
    rows.append(("two threads against one", f"{speed[2] / speed[1]:.2f}×"))

    if args.cli.exists():
        wall, peak = child_run([str(args.cli), "analyze", str(ARTICLE)], args.repeat)
        rows.append(("`kropka analyze examples/artykul.txt` (Rust CLI), wall",
                     f"{wall * 1e3:.0f} ms, {peak}"))
    else:
        rows.append(("Rust CLI", f"not built ({args.cli})"))
    wall, peak = child_run([sys.executable, "-m", "kropka", "analyze", str(ARTICLE)], args.repeat)
    rows.append(("`python -m kropka analyze examples/artykul.txt`, wall",
                 f"{wall * 1e3:.0f} ms, {peak}"))

    print(f"kropka {kropka.__version__} · Python {platform.python_version()} · "
          f"{platform.machine()} · {os.cpu_count()} CPUs · {datetime.date.today()}\n")
    print("| what | measured |\n|---|---:|")
    for what, value in rows:
        print(f"| {what} | {value} |")


if __name__ == "__main__":
    main()
