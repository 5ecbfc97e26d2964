"""Compare kropka with the other Polish sentence segmenters that are installed.

    python benches/compare.py                    # whatever is importable here
    python benches/compare.py --install-peers    # build a venv with kropka + every peer, run there

Systems. kropka (``split_sentences``) and, when importable, blingfire, pySBD,
sentencex, NLTK Punkt (Polish model), syntok, segtok and a blank spaCy Polish
pipeline with the rule-based ``sentencizer``. Each system is wrapped in one small
adapter that takes a ``str`` and returns the sentences as ``list[str]``; the
settings of every adapter are printed and written next to its results. A peer
that cannot be imported (or whose data cannot be found) is skipped with a note.

Text. The bundled ``examples/artykul.txt`` plus, when ``../shared/data`` exists
next to the repository, the ``text`` of every document of
``seg/ud-pdb-dev.jsonl`` and ``quotes/news-dev.jsonl``. Every system gets the
same text.

Speed. Two workloads: (1) one large text (``--size-mb``, the documents joined
with blank lines and repeated to size) given in one call; (2) many small
articles (``--articles``, the same documents cycled) segmented one call per
article. Speed is MB/s of UTF-8 bytes over segmentation time only (the adapter
call, including turning the peer's output into a list of strings; no I/O),
measured with ``time.perf_counter_ns`` as the best of ``--repeat`` runs after
one warm-up run. A system slower than ``--slow-mbps`` on a 200 KB probe gets a
shorter large text and fewer articles, sized for about ``--slow-seconds`` per
run; the size used is reported.

Accuracy. When ``../shared/eval/seg_score.py`` and the development sets exist,
sentence F1 on UD Polish PDB dev, UD Polish LFG dev and the news dev articles,
computed by that scorer's own functions (``load_docs``, ``score``, ``to_spans``):
each output string is mapped to a span of the text and stripped of whitespace,
and precision/recall/F1 count exact spans pooled over all documents.

Output. A table on stdout, ``benches/results/compare.md`` (table, machine,
date, command), ``benches/results/compare.png`` (MB/s against F1 on PDB, when
matplotlib is installed) and, with ``--json``, the raw results.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib
import importlib.metadata
import json
import os
import platform
import shlex
import socket
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "benches" / "results"
DEFAULT_PEERS_VENV = ROOT / ".venv-peers"

#: PyPI distributions installed by ``--install-peers`` (besides kropka itself).
PEER_PACKAGES = ["blingfire", "pysbd", "sentencex", "nltk", "syntok", "segtok", "spacy", "matplotlib"]

#: Text sources, relative to ``../shared/data``.
TEXT_SOURCES = ["seg/ud-pdb-dev.jsonl", "quotes/news-dev.jsonl"]

#: Accuracy sets: column key -> (label, path relative to ``../shared/data``).
EVAL_SETS = {
    "pdb": ("UD PDB dev", "seg/ud-pdb-dev.jsonl"),
    "lfg": ("UD LFG dev", "seg/ud-lfg-dev.jsonl"),
    "news": ("news dev", "quotes/news-dev.jsonl"),
}

PROBE_BYTES = 200_000

Split = Callable[[str], list[str]]


class Unavailable(Exception):
    """A peer that cannot run here (not installed, or its data is missing)."""


@dataclass(frozen=True)
class System:
    """A segmenter behind a uniform ``str -> list[str]`` adapter."""

    name: str
    version: str
    settings: str
    split: Split


@dataclass
class Result:
    """Everything measured for one system."""

    name: str
    version: str
    settings: str
    probe_mbps: float = 0.0
    large_mb: float = 0.0
    large_mbps: float = 0.0
    articles: int = 0
    articles_mb: float = 0.0
    articles_mbps: float = 0.0
    large_reduced: bool = False
    articles_reduced: bool = False
    accuracy: dict[str, dict[str, float]] = field(default_factory=dict)


# --------------------------------------------------------------------------- adapters


def _module(name: str) -> Any:
    """Import ``name`` or raise :class:`Unavailable`."""
    try:
        return importlib.import_module(name)
    except ImportError as e:
        raise Unavailable(f"not importable ({e})") from None


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def load_kropka() -> System:
    kropka = _module("kropka")

    def split(text: str) -> list[str]:
        return list(kropka.split_sentences(text))

    return System("kropka", getattr(kropka, "__version__", "?"), "`split_sentences(text)`, default rules", split)


def load_blingfire() -> System:
    blingfire = _module("blingfire")

    def split(text: str) -> list[str]:
        out: str = blingfire.text_to_sentences(text)
        return out.split("\n") if out else []

    return System("blingfire", _version("blingfire"), "`text_to_sentences(text)`, output split on `\\n`", split)


def load_pysbd() -> System:
    pysbd = _module("pysbd")
    seg = pysbd.Segmenter(language="pl", clean=False)

    def split(text: str) -> list[str]:
        return list(seg.segment(text))

    return System("pysbd", _version("pysbd"), '`Segmenter(language="pl", clean=False).segment(text)`', split)


def load_sentencex() -> System:
    sentencex = _module("sentencex")

    def split(text: str) -> list[str]:
        return list(sentencex.segment("pl", text))

    return System("sentencex", _version("sentencex"), '`segment("pl", text)`', split)


def _nltk_data_dir() -> Path:
    """Where Punkt data is downloaded: inside the active venv, else ``~/.cache``."""
    if sys.prefix != sys.base_prefix:
        return Path(sys.prefix) / "nltk_data"
    return Path.home() / ".cache" / "nltk_data"


def load_nltk() -> System:
    nltk = _module("nltk")
    data_dir = _nltk_data_dir()
    if str(data_dir) not in nltk.data.path:
        nltk.data.path.append(str(data_dir))

    def split(text: str) -> list[str]:
        return list(nltk.tokenize.sent_tokenize(text, language="polish"))

    # Newer NLTK reads the Polish model from `punkt_tab`, older from `punkt`.
    for package in (None, "punkt_tab", "punkt"):
        if package is not None:
            print(f"  nltk: downloading {package} into {data_dir}", file=sys.stderr)
            previous = socket.getdefaulttimeout()
            socket.setdefaulttimeout(30)  # NLTK's downloader has no timeout of its own
            try:
                nltk.download(package, download_dir=str(data_dir), quiet=True)
            finally:
                socket.setdefaulttimeout(previous)
        try:
            split("Test. Test.")
            break
        except LookupError:
            continue
    else:
        raise Unavailable("Punkt Polish model (punkt_tab / punkt) not found and could not be downloaded")
    return System("nltk", _version("nltk"), 'Punkt: `sent_tokenize(text, language="polish")`', split)


def load_syntok() -> System:
    segmenter = _module("syntok.segmenter")

    def split(text: str) -> list[str]:
        return [
            "".join(token.spacing + token.value for token in sentence)
            for paragraph in segmenter.analyze(text)
            for sentence in paragraph
        ]

    return System("syntok", _version("syntok"),
                  "`segmenter.analyze(text)`, sentence = tokens joined with their `spacing`", split)


def load_segtok() -> System:
    segmenter = _module("segtok.segmenter")

    def split(text: str) -> list[str]:
        return list(segmenter.split_multi(text))

    return System("segtok", _version("segtok"), "`segmenter.split_multi(text)`", split)


def load_spacy() -> System:
    spacy = _module("spacy")
    nlp = spacy.blank("pl")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 10**9  # the default (10^6 characters) refuses the large text

    def split(text: str) -> list[str]:
        return [sent.text for sent in nlp(text).sents]

    return System("spacy", _version("spacy"),
                  '`spacy.blank("pl")` + `sentencizer` (default punctuation), `max_length` raised', split)


LOADERS: list[Callable[[], System]] = [
    load_kropka,
    load_blingfire,
    load_pysbd,
    load_sentencex,
    load_nltk,
    load_syntok,
    load_segtok,
    load_spacy,
]


# --------------------------------------------------------------------------- text and timing


def corpus() -> list[str]:
    """The documents every system reads: the bundled article, then the dev texts if present."""
    texts = [(ROOT / "examples" / "artykul.txt").read_text(encoding="utf-8")]
    for name in TEXT_SOURCES:
        path = SHARED / "data" / name
        if path.exists():
            with path.open(encoding="utf-8") as f:
                texts += [json.loads(line)["text"] for line in f if line.strip()]
    return texts


def utf8_mb(text: str) -> float:
    return len(text.encode("utf-8")) / 1e6


def build_text(texts: list[str], min_bytes: float) -> str:
    """Documents cycled and joined with blank lines until at least ``min_bytes`` of UTF-8."""
    parts: list[str] = []
    size = 0
    while size < min_bytes or not parts:
        doc = texts[len(parts) % len(texts)]
        parts.append(doc)
        size += len(doc.encode("utf-8")) + 2
    return "\n\n".join(parts)


def best_ns(fn: Callable[[], object], repeat: int) -> int:
    """Best wall time of ``repeat`` calls after one warm-up call."""
    fn()
    best: int | None = None
    for _ in range(max(1, repeat)):
        gc.collect()
        t0 = time.perf_counter_ns()
        fn()
        elapsed = time.perf_counter_ns() - t0
        best = elapsed if best is None else min(best, elapsed)
    assert best is not None
    return max(best, 1)


def run_all(split: Split, texts: list[str]) -> None:
    for text in texts:
        split(text)


def measure_speed(system: System, texts: list[str], args: argparse.Namespace) -> Result:
    res = Result(system.name, system.version, system.settings)
    probe = build_text(texts, PROBE_BYTES)
    system.split(texts[0])  # first-call costs (lazy loading, compiling) stay out of the probe
    t0 = time.perf_counter_ns()
    system.split(probe)
    res.probe_mbps = utf8_mb(probe) / (max(time.perf_counter_ns() - t0, 1) / 1e9)

    large_bytes = args.size_mb * 1e6
    articles = [texts[i % len(texts)] for i in range(args.articles)]
    if res.probe_mbps < args.slow_mbps:
        budget = res.probe_mbps * 1e6 * args.slow_seconds  # bytes per timed run
        if budget < large_bytes:
            large_bytes = max(float(PROBE_BYTES), budget)
            res.large_reduced = True
        total = sum(len(a.encode("utf-8")) for a in articles)
        if budget < total:
            keep = max(len(texts), int(len(articles) * budget / total))
            if keep < len(articles):
                articles = articles[:keep]
                res.articles_reduced = True

    large = build_text(texts, large_bytes)
    res.large_mb = utf8_mb(large)
    res.large_mbps = res.large_mb / (best_ns(lambda: system.split(large), args.repeat) / 1e9)

    res.articles = len(articles)
    res.articles_mb = sum(len(a.encode("utf-8")) for a in articles) / 1e6
    res.articles_mbps = res.articles_mb / (best_ns(lambda: run_all(system.split, articles), args.repeat) / 1e9)
    return res


# --------------------------------------------------------------------------- accuracy


def load_scorer() -> ModuleType | None:
    """``../shared/eval/seg_score.py`` as a module, or None when it is not there."""
    eval_dir = SHARED / "eval"
    if not (eval_dir / "seg_score.py").exists():
        return None
    saved = list(sys.path)
    sys.path.insert(0, str(eval_dir))
    try:
        return importlib.import_module("seg_score")
    finally:
        sys.path[:] = saved  # the scorer prepends its own folders on import


def eval_sets() -> dict[str, Path]:
    return {key: SHARED / "data" / rel for key, (_, rel) in EVAL_SETS.items() if (SHARED / "data" / rel).exists()}


def measure_accuracy(scorer: ModuleType, split: Split, path: Path) -> dict[str, float]:
    """F1 etc. from the shared scorer, plus how many outputs were not verbatim substrings."""
    docs: list[dict[str, Any]] = scorer.load_docs(str(path))
    outputs: list[list[str]] = []

    def run(text: str) -> tuple[list[str], float]:
        out = split(text)
        outputs.append(out)
        return out, 0.0

    res: dict[str, Any] = scorer.score(docs, run, 1)
    rewritten = unmatched = 0
    for doc, out in zip(docs, outputs):
        rewritten += sum(1 for s in out if s.strip() and s.strip() not in doc["text"])
        unmatched += sum(1 for span in scorer.to_spans(doc["text"], out) if span == (-1, -1))
    return {
        "f1": res["f1"], "precision": res["precision"], "recall": res["recall"],
        "gold": res["gold"], "pred": res["pred"], "tp": res["tp"],
        "rewritten": rewritten, "unmatched": unmatched,
    }


# --------------------------------------------------------------------------- reporting


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.lower().startswith(("model name", "hardware", "cpu model")):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> dict[str, Any]:
    return {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "os": f"{platform.system()} {platform.release()} {platform.machine()}",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
    }


def fmt_mbps(value: float, size_mb: float | None = None) -> str:
    if value <= 0:
        return "–"
    text = f"{value:.1f}" if value >= 10 else f"{value:.2f}"
    return f"{text} ({size_mb:.2g} MB)" if size_mb is not None else text


def fmt_f1(res: Result, key: str) -> str:
    acc = res.accuracy.get(key)
    return f"{acc['f1']:.3f}" if acc else "–"


def table_rows(results: list[Result]) -> list[list[str]]:
    rows = []
    for r in results:
        rows.append([
            f"{r.name} {r.version}",
            r.settings,
            fmt_mbps(r.large_mbps, r.large_mb if r.large_reduced else None),
            fmt_mbps(r.articles_mbps) + (f" ({r.articles} art.)" if r.articles_reduced else ""),
            *(fmt_f1(r, key) for key in EVAL_SETS),
        ])
    return rows


HEADER = ["system", "settings", "MB/s large text", "MB/s many articles",
          *(f"F1 {label}" for label, _ in EVAL_SETS.values())]


def print_table(results: list[Result]) -> None:
    rows = [[c.replace("`", "") for c in row] for row in table_rows(results)]
    cols = [0, 2, 3, 4, 5, 6]  # settings are printed separately: too wide for a terminal
    widths = [max(len(HEADER[c]), *(len(row[c]) for row in rows)) for c in cols]
    print("  ".join(HEADER[c].ljust(w) for c, w in zip(cols, widths)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(row[c].rjust(w) if i else row[c].ljust(w) for i, (c, w) in enumerate(zip(cols, widths))))
    print("\nSettings:")
    for row in rows:
        print(f"  {row[0]}: {row[1]}")


def notes(results: list[Result], skipped: dict[str, str]) -> list[str]:
    out = []
    for r in results:
        got = ([f"a {r.large_mb:.2f} MB large text"] if r.large_reduced else []) + (
            [f"{r.articles} articles ({r.articles_mb:.2f} MB)"] if r.articles_reduced else [])
        if got:
            out.append(f"{r.name} ran at {r.probe_mbps:.2f} MB/s on the {PROBE_BYTES // 1000} KB probe, "
                       f"so it got {' and '.join(got)}.")
        if 0 < r.large_mbps < 0.5 * r.articles_mbps:
            out.append(f"{r.name} is over 2× slower per MB on the {r.large_mb:.2f} MB text than on single "
                       "articles: its time grows faster than the length of the input.")
        rewritten = sum(int(a["rewritten"]) for a in r.accuracy.values())
        unmatched = sum(int(a["unmatched"]) for a in r.accuracy.values())
        if rewritten:
            out.append(f"{r.name}: {rewritten} output sentences (over the accuracy sets) are not verbatim substrings "
                       f"of the input (whitespace changed); the scorer matched them ignoring whitespace"
                       + (f", {unmatched} could not be matched at all and count as wrong" if unmatched else "") + ".")
    for name, why in skipped.items():
        out.append(f"{name} skipped: {why}.")
    return out


def write_markdown(path: Path, meta: dict[str, Any], results: list[Result], skipped: dict[str, str]) -> None:
    m = meta["machine"]
    lines = [
        "# Polish sentence segmenters: speed and accuracy",
        "",
        f"- Date: {meta['date']}",
        f"- Machine: {m['cpu']}, {m['cores']} logical cores, {m['os']}; {m['python']}",
        f"- Command: `{meta['command']}`",
        f"- Text: {meta['text']}",
        f"- Speed: MB/s of UTF-8 input over segmentation time only, best of {meta['repeat']} runs after one "
        f"warm-up (`time.perf_counter_ns`), one call at a time from one Python thread. Large text: {meta['large_mb']:.2f} MB in one call. "
        f"Many articles: {meta['articles']} articles ({meta['articles_mb']:.2f} MB), one call each.",
        f"- Accuracy: {meta['accuracy']}",
        "",
        "| " + " | ".join(HEADER) + " |",
        "|" + "|".join(["---", "---", "---:", "---:", "---:", "---:", "---:"]) + "|",
    ]
    for row in table_rows(results):
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |")
    extra = notes(results, skipped)
    if extra:
        lines += ["", "Notes:", ""] + [f"- {n}" for n in extra]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_plot(path: Path, date: str, results: list[Result]) -> str:
    """Scatter of speed against F1 on PDB; returns a message saying what was done."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from matplotlib.ticker import FuncFormatter
    except ImportError:
        return "matplotlib is not installed: no PNG"
    points = [r for r in results if r.large_mbps > 0 and "pdb" in r.accuracy]
    if not points:
        return "no F1 on UD PDB (shared data missing): no PNG"
    fig, ax = plt.subplots(figsize=(7.5, 5), dpi=150)
    for r in points:
        color = "tab:red" if r.name == "kropka" else "tab:blue"
        ax.scatter(r.large_mbps, r.accuracy["pdb"]["f1"], s=40, color=color, zorder=3)
        ax.annotate(r.name, (r.large_mbps, r.accuracy["pdb"]["f1"]), xytext=(6, 4),
                    textcoords="offset points", fontsize=9)
    ax.set_xscale("log")
    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _pos: f"{value:g}"))
    ax.margins(x=0.15, y=0.1)
    ax.set_xlabel("MB/s, one large text (log scale)")
    ax.set_ylabel("sentence F1, UD Polish PDB dev")
    ax.set_title(f"Polish sentence segmenters: speed vs accuracy ({date})")
    ax.grid(True, which="both", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return f"wrote {display_path(path)}"


def display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


# --------------------------------------------------------------------------- --install-peers


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def install_and_rerun(args: argparse.Namespace, argv: list[str], command: str) -> int:
    """Create or reuse the peers venv, install kropka (from this checkout) and the peers, run there."""
    venv = Path(args.peers_venv)
    python = venv_python(venv)
    if not python.exists():
        print(f"creating {venv}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check"]
    print("installing kropka from the checkout (builds the Rust extension with maturin; takes minutes)",
          file=sys.stderr)
    subprocess.run([*pip, "--force-reinstall", str(ROOT)], check=True)  # always the checkout as it is now
    failed = []
    for package in PEER_PACKAGES:
        print(f"installing {package}", file=sys.stderr)
        if subprocess.run([*pip, package]).returncode != 0:
            failed.append(package)
    if failed:
        print(f"could not install: {', '.join(failed)} (they will be skipped)", file=sys.stderr)
    forwarded = [a for a in argv if a != "--install-peers"]
    rerun = [str(python), str(Path(__file__).resolve()), *forwarded, "--recorded-command", command]
    return subprocess.run(rerun).returncode


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n")[0] if __doc__ else None,
        epilog="Method: see the docstring at the top of benches/compare.py.",
    )
    ap.add_argument("--size-mb", type=float, default=5.0, help="size of the large text, in MB of UTF-8 (default: 5)")
    ap.add_argument("--articles", type=int, default=2000,
                    help="number of small articles, segmented one by one (default: 2000)")
    ap.add_argument("--repeat", type=int, default=5,
                    help="timed runs per workload, best kept, after one warm-up (default: 5)")
    ap.add_argument("--slow-mbps", type=float, default=2.0,
                    help="systems below this MB/s on the 200 KB probe get a shorter text and fewer articles "
                         "(default: 2)")
    ap.add_argument("--slow-seconds", type=float, default=3.0,
                    help="for slow systems, size each timed run to take about this many seconds (default: 3)")
    names = [loader.__name__.removeprefix("load_") for loader in LOADERS]
    ap.add_argument("--only", nargs="+", metavar="NAME", choices=names,
                    help=f"run only these systems, among: {' '.join(names)}")
    ap.add_argument("--no-accuracy", action="store_true", help="skip the F1 evaluation")
    ap.add_argument("--out-dir", type=Path, default=RESULTS,
                    help="where compare.md / compare.png go (default: benches/results)")
    ap.add_argument("--json", nargs="?", const="-", metavar="FILE",
                    help="dump the raw results as JSON to FILE (stdout when no FILE)")
    ap.add_argument("--install-peers", action="store_true",
                    help="create/reuse a venv, pip-install kropka from this checkout and all peers, rerun there")
    ap.add_argument("--peers-venv", type=Path, default=DEFAULT_PEERS_VENV,
                    help="venv used by --install-peers (default: .venv-peers in the repository root)")
    ap.add_argument("--recorded-command", help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    command = args.recorded_command or shlex.join(["python", sys.argv[0], *argv])
    if args.install_peers:
        return install_and_rerun(args, argv, command)

    systems: list[System] = []
    skipped: dict[str, str] = {}
    for loader in LOADERS:
        name = loader.__name__.removeprefix("load_")
        if args.only and name not in args.only:
            continue
        try:
            systems.append(loader())
        except Unavailable as e:
            skipped[name] = str(e)
            print(f"skip {name}: {e}", file=sys.stderr)
    if not any(s.name == "kropka" for s in systems) and (not args.only or "kropka" in args.only):
        print("kropka is not importable here: run `maturin develop --release` or use --install-peers",
              file=sys.stderr)
        return 1

    texts = corpus()
    large_mb = utf8_mb(build_text(texts, args.size_mb * 1e6))
    articles_mb = sum(len(texts[i % len(texts)].encode("utf-8")) for i in range(args.articles)) / 1e6
    sources = ["examples/artykul.txt"]
    sources += [f"../shared/data/{n}" for n in TEXT_SOURCES if (SHARED / "data" / n).exists()]
    scorer = None if args.no_accuracy else load_scorer()
    sets = eval_sets() if scorer else {}
    if args.no_accuracy:
        accuracy_note = "skipped (--no-accuracy)."
    elif scorer is None:
        accuracy_note = "skipped: ../shared/eval/seg_score.py not found."
    else:
        accuracy_note = ("sentence F1 from ../shared/eval/seg_score.py (exact stripped spans, pooled over documents) "
                         f"on {', '.join(EVAL_SETS[k][0] for k in sets) or 'no data set (none found)'}. "
                         "These are development sets: kropka's rules were written with them in view, "
                         "the peers' were not.")
    now = dt.datetime.now().astimezone()
    meta: dict[str, Any] = {
        "date": now.strftime("%Y-%m-%d %H:%M %Z"),
        "machine": machine(),
        "command": command,
        "text": f"{len(texts)} documents ({sum(len(t.encode('utf-8')) for t in texts) / 1e3:,.0f} KB) from "
                + ", ".join(f"`{s}`" for s in sources) + ", joined with blank lines and repeated to size",
        "repeat": args.repeat,
        "large_mb": large_mb,
        "articles": args.articles,
        "articles_mb": articles_mb,
        "accuracy": accuracy_note,
    }
    m = meta["machine"]
    print(f"{m['cpu']} · {m['cores']} cores · {m['python']}", file=sys.stderr)
    print(f"large text {large_mb:.2f} MB; {args.articles} articles ({articles_mb:.2f} MB); "
          f"best of {args.repeat} after a warm-up", file=sys.stderr)

    results: list[Result] = []
    for system in systems:
        print(f"{system.name} {system.version}: speed…", file=sys.stderr, flush=True)
        res = measure_speed(system, texts, args)
        for key, path in sets.items():
            assert scorer is not None
            res.accuracy[key] = measure_accuracy(scorer, system.split, path)
        print(f"  {fmt_mbps(res.large_mbps)} MB/s large ({res.large_mb:.2f} MB), "
              f"{fmt_mbps(res.articles_mbps)} MB/s articles ({res.articles}), "
              + ", ".join(f"F1 {k} {a['f1']:.3f}" for k, a in res.accuracy.items()), file=sys.stderr)
        results.append(res)

    print()
    print_table(results)
    for n in notes(results, skipped):
        print(f"- {n}")

    args.out_dir.mkdir(parents=True, exist_ok=True)
    md = args.out_dir / "compare.md"
    write_markdown(md, meta, results, skipped)
    print(f"\nwrote {display_path(md)}")
    print(write_plot(args.out_dir / "compare.png", now.strftime("%Y-%m-%d"), results))
    if args.json:
        payload = json.dumps({"meta": meta, "skipped": skipped, "results": [asdict(r) for r in results]},
                             indent=1, ensure_ascii=False)
        if args.json == "-":
            print(payload)
        else:
            Path(args.json).write_text(payload + "\n", encoding="utf-8")
            print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
