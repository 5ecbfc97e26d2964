"""MB/s of kropka from Python, beside other segmenters when they are installed.

    python benches/bench.py [--size-mb 10] [--repeat 5] [--articles 2000]

Two workloads on the same Polish text: one large text (``split_sentences``)
and many article-sized texts (``analyze_many`` with 1 and 2 threads). The
text is the bundled example article, plus the development data's texts when
``../shared/data`` exists, repeated to the requested size. Timing: best of
``--repeat`` runs after one warm-up, ``time.perf_counter_ns``, segmentation
time only (no I/O). Peers run with default settings: blingfire
``text_to_sentences`` (its output is newline-joined), sentencex
``segment("pl", text)``, pysbd ``Segmenter(language="pl", clean=False)``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path
from typing import Callable

import kropka

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def corpus() -> list[str]:
    texts = [(ROOT / "examples" / "artykul.txt").read_text(encoding="utf-8")]
    for name in ("seg/ud-pdb-dev.jsonl", "quotes/news-dev.jsonl"):
        path = SHARED / name
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    return texts


def best_ns(fn: Callable[[], object], repeat: int) -> int:
    fn()  # warm-up
    best = None
    for _ in range(repeat):
        t = time.perf_counter_ns()
        fn()
        dt = time.perf_counter_ns() - t
        best = dt if best is None else min(best, dt)
    assert best is not None
    return best


def peers() -> dict[str, Callable[[str], object]]:
    out: dict[str, Callable[[str], object]] = {
        "kropka": kropka.split_sentences,
        # The same boundaries as two arrays of offsets, no str per sentence.
        "kropka-offsets": kropka.sentence_offsets,
    }
    try:
        import blingfire

        out["blingfire"] = blingfire.text_to_sentences
    except ImportError:
        pass
    try:
        import sentencex

        out["sentencex"] = lambda t: list(sentencex.segment("pl", t))
    except ImportError:
        pass
    try:
        import pysbd

        seg = pysbd.Segmenter(language="pl", clean=False)
        out["pysbd"] = seg.segment
    except ImportError:
        pass
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size-mb", type=float, default=10.0, help="size of the large text")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--articles", type=int, default=2000, help="number of small texts")
    ap.add_argument("--slow-peers-mb", type=float, default=1.0,
                    help="cap the large text at this size for peers slower than 5 MB/s")
    args = ap.parse_args()

    texts = corpus()
    joined = "\n\n".join(texts)
    big = joined
    while len(big.encode()) < args.size_mb * 1e6:
        big += "\n\n" + joined
    big_mb = len(big.encode()) / 1e6
    print(f"kropka {kropka.__version__} · Python {platform.python_version()} · {platform.machine()} · "
          f"{os.cpu_count()} CPUs")
    print(f"\nOne large text ({big_mb:.1f} MB), split into sentences:")
    results = {}
    for name, fn in peers().items():
        text = big
        # Probe speed on 1 MB first so slow peers do not take minutes.
        probe = big[: 1_000_000]
        probe_mbs = len(probe.encode()) / 1e6 / (best_ns(lambda: fn(probe), 1) / 1e9)
        if probe_mbs < 5:
            text = big[: int(args.slow_peers_mb * 1e6)]
        mb = len(text.encode()) / 1e6
        ns = best_ns(lambda: fn(text), args.repeat)
        results[name] = mb / (ns / 1e9)
        print(f"  {name:14} {results[name]:9.1f} MB/s   ({mb:.1f} MB)")
    if "blingfire" in results:
        print(f"  kropka / blingfire: {results['kropka'] / results['blingfire']:.1f}×; "
              f"offsets / blingfire: {results['kropka-offsets'] / results['blingfire']:.1f}×")

    articles = (texts * (args.articles // len(texts) + 1))[: args.articles]
    amb = sum(len(t.encode()) for t in articles) / 1e6
    print(f"\nMany texts ({len(articles)} texts, {amb:.1f} MB), kropka.analyze_many:")
    speed = {}
    for threads in (1, 2):
        ns = best_ns(lambda: kropka.analyze_many(articles, threads=threads), args.repeat)
        speed[threads] = amb / (ns / 1e9)
        print(f"  threads={threads}  {speed[threads]:8.1f} MB/s")
    print(f"  speed-up with 2 threads: {speed[2] / speed[1]:.2f}×")


if __name__ == "__main__":
    main()
