"""What a hostile or careless user does: inputs that once crashed the
interpreter, forks after a long analysis, many thread counts, Ctrl-C, bad
arguments, and the command line with bad bytes and closed pipes. Anything
that could kill the interpreter runs in a subprocess, so the suite reports it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import kropka

ROOT = Path(__file__).resolve().parents[2]


def run_python(code: str, timeout: float = 180, **kw) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=timeout,
        **kw,
    )


CRASHERS = [
    "kropka.analyze('Ala Ma Kota ' * 5450)",
    "kropka.analyze('Jan ' * 30000)",
    "kropka.analyze('J. ' * 21800)",
    "kropka.analyze('A.B.' * 20000)",
    "kropka.base_form('Donalda Trumpa ' * 6000)",
]


@pytest.mark.parametrize("call", CRASHERS)
def test_capitalised_runs_do_not_kill_the_process(call):
    code = f"""
        import kropka
        r = {call}
        if isinstance(r, kropka.Document):
            text = r.text
            covered = sum(len(''.join(s.text.split())) for s in r.sentences)
            assert covered == len(''.join(text.split())), 'lost text'
            assert all(text[e.start:e.end] == e.text for e in r.entities)
        print('ok')
    """
    p = run_python(code)
    assert p.returncode == 0, p.stderr[-2000:]
    assert p.stdout.strip() == "ok"


def test_fork_after_long_analysis_does_not_hang():
    # Under 64 KB but over 8,000 words and 1,000 mentions: the steps that
    # once went to rayon's global pool, which a forked child inherits dead.
    code = """
        import multiprocessing as mp
        import kropka
        T = 'Jan Kowalski ma kota. ' * 1000
        def child(_):
            return len(kropka.analyze(T).entities)
        if __name__ == '__main__':
            want = len(kropka.analyze(T).entities)
            kropka.analyze_many([T * 4], threads=1)
            kropka.analyze_many([T] * 4, threads=2)
            with mp.get_context('fork').Pool(2) as pool:
                got = pool.map_async(child, range(4)).get(timeout=120)
            assert got == [want] * 4, got
            print('ok')
    """
    p = run_python(code)
    assert p.returncode == 0, p.stderr[-2000:]
    assert p.stdout.strip() == "ok"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads through /proc")
def test_threads_are_bounded_and_reused():
    code = """
        import os, kropka
        T = 'Jan Kowalski ma kota. ' * 100
        before = len(os.listdir('/proc/self/task'))
        for n in range(2, 40):
            kropka.analyze_many([T] * 4, threads=n)
        kropka.analyze_many([T] * 4, threads=3000)
        after = len(os.listdir('/proc/self/task'))
        print(before, after, os.cpu_count())
    """
    p = run_python(code)
    assert p.returncode == 0, p.stderr[-2000:]
    before, after, cpus = map(int, p.stdout.split())
    # One pool, never larger than the CPUs (an old one may still be ending).
    assert after - before <= 2 * cpus, (before, after, cpus)


SIGINT_SOON = """
    import os, signal, threading, time, kropka
    texts = ['Jan Kowalski ma kota. Anna Nowak powiedziała: „Dobrze”. ' * 200] * 40000
    arg = {arg}
    threading.Timer(0.5, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
    t = time.monotonic()
    try:
        {call}
        print('finished', time.monotonic() - t)
    except KeyboardInterrupt:
        print('interrupted', time.monotonic() - t)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to self")
@pytest.mark.parametrize(
    ("arg", "call"),
    [
        ("texts", "kropka.analyze_many(arg, threads=1)"),
        ("texts", "kropka.analyze_many(arg, threads=2)"),
        ("' '.join(texts[:2000])", "kropka.analyze(arg)"),
    ],
)
def test_ctrl_c_stops_a_long_call(arg, call):
    # Each call would run for seconds; the interrupt must end it at once.
    p = run_python(SIGINT_SOON.format(arg=arg, call=call))
    assert p.returncode == 0, p.stderr[-2000:]
    what, seconds = p.stdout.split()
    assert what == "interrupted"
    assert float(seconds) < 5, seconds


def test_bad_thread_arguments_name_themselves(monkeypatch):
    for bad in (0, -1):
        with pytest.raises(kropka.KropkaError, match="threads"):
            kropka.analyze_many(["Ala ma kota."], threads=bad)
    monkeypatch.setenv("KROPKA_NUM_THREADS", "abc")
    with pytest.raises(kropka.KropkaError, match="KROPKA_NUM_THREADS"):
        kropka.analyze_many(["Ala ma kota."])
    with pytest.raises(kropka.KropkaError, match="KROPKA_NUM_THREADS"):
        kropka.analyze("Ala ma kota.")
    monkeypatch.setenv("KROPKA_NUM_THREADS", "1")
    assert kropka.analyze_many(["Ala ma kota."])[0] == kropka.analyze("Ala ma kota.")


def test_inconsistent_spans_are_refused():
    with pytest.raises(ValueError, match="start=5 and end=2"):
        kropka.Sentence("x", 5, 2)
    with pytest.raises(ValueError, match="len"):
        kropka.Sentence("abc", 0, 2)
    assert len(kropka.Sentence("abc", 4, 7)) == 3


@pytest.mark.parametrize(
    "kwargs",
    [
        {"abbreviations": ["."]},
        {"abbreviations": [".."]},
        {"final_abbreviations": ["!"]},
        {"abbreviations": ["kons."], "not_abbreviations": ["kons"]},
    ],
)
def test_bad_segmenter_entries_are_refused(kwargs):
    with pytest.raises(kropka.KropkaError):
        kropka.Segmenter(**kwargs)


# --- the command line: `python -m kropka`, and the Rust program when built ---

BAD = b"Ala ma kota. \xff\xfeKot ma Al\xc4\x99. Koniec.\n"


def rust_cli() -> str | None:
    for profile in ("debug", "release"):
        exe = ROOT / "target" / profile / ("kropka.exe" if sys.platform == "win32" else "kropka")
        if exe.is_file():
            return str(exe)
    return None


CLIS = {"python": [sys.executable, "-m", "kropka"], "rust": [rust_cli()] if rust_cli() else None}


@pytest.fixture(params=["python", "rust"])
def cli(request) -> list[str]:
    cmd = CLIS[request.param]
    if cmd is None:
        pytest.skip("the Rust CLI is not built (cargo build --features cli)")
    return cmd


def test_cli_invalid_utf8(cli, tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(BAD)
    for sub in ("sentences", "analyze"):
        p = subprocess.run([*cli, sub, str(path)], capture_output=True, text=True)
        assert p.returncode == 65
        assert "bad.txt" in p.stderr and "byte 13" in p.stderr
        assert "Traceback" not in p.stderr


def test_cli_lossy_offsets(cli, tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(BAD)
    p = subprocess.run([*cli, "sentences", "--json", "--lossy", str(path)], capture_output=True)
    assert p.returncode == 0
    lines = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert [(x["start_byte"], x["end_byte"]) for x in lines] == [(0, 12), (13, 27), (28, 35)]
    assert [(x["start"], x["end"]) for x in lines] == [(0, 12), (13, 26), (27, 34)]


def test_cli_missing_file(cli):
    p = subprocess.run([*cli, "analyze", "no/such/file.txt"], capture_output=True, text=True)
    assert p.returncode == 66
    assert "no/such/file.txt" in p.stderr and "Traceback" not in p.stderr


@pytest.mark.parametrize("args", [["analyze"], ["sentences"], ["sentences", "--json"]])
def test_cli_closed_pipe(cli, tmp_path, args):
    path = tmp_path / "big.txt"
    path.write_text("Jan Kowalski ma kota. „Tak” – powiedział.\n\n" * 40000, encoding="utf-8")
    p = subprocess.Popen([*cli, *args, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p.stdout is not None and p.stderr is not None
    p.stdout.read(10)
    p.stdout.close()
    err = p.stderr.read()
    assert p.wait(timeout=120) == 0, err
    assert err == b""


def test_python_and_rust_cli_agree(tmp_path):
    if CLIS["rust"] is None:
        pytest.skip("the Rust CLI is not built (cargo build --features cli)")
    article = ROOT / "examples" / "artykul.txt"
    for args in (
        ["analyze"],
        ["analyze", "--pretty"],
        ["analyze", "--jsonl"],
        ["analyze", "--lines"],
        ["sentences"],
        ["sentences", "--json"],
        ["sentences", "--explain"],
    ):
        py = subprocess.run([*CLIS["python"], *args, str(article)], capture_output=True)
        rs = subprocess.run([*CLIS["rust"], *args, str(article)], capture_output=True)
        assert py.returncode == rs.returncode == 0
        assert py.stdout == rs.stdout, args
    # A folder and a file: JSON lines in path order, the same from both.
    corpus = tmp_path / "corpus"
    (corpus / "b-c").mkdir(parents=True)
    (corpus / "b").mkdir()
    (corpus / "b" / "x.txt").write_text("Jan Kowalski mieszka w Gdańsku.\n", encoding="utf-8")
    (corpus / "b-c" / "x.txt").write_text("– Tak – powiedziała Anna Nowak.", encoding="utf-8")
    (corpus / "a.txt").write_text("Ala ma kota.\r\n\r\n\x1e\nKot ma Alę.", encoding="utf-8")
    (corpus / "skip.md").write_text("Nie czytać.", encoding="utf-8")
    for args in (["analyze", str(corpus), str(article)], ["analyze", "--lines", str(corpus)]):
        py = subprocess.run([*CLIS["python"], *args], capture_output=True)
        rs = subprocess.run([*CLIS["rust"], *args], capture_output=True)
        assert py.returncode == rs.returncode == 0, (py.stderr, rs.stderr)
        assert py.stdout == rs.stdout, args
        sources = [json.loads(line)["source"] for line in rs.stdout.decode().splitlines()]
        assert not any(s.endswith(".md") for s in sources)
    sources = [json.loads(line)["source"] for line in rs.stdout.decode().splitlines()]
    assert sources == [
        f"{corpus}/a.txt:1", f"{corpus}/a.txt:3", f"{corpus}/a.txt:4",
        f"{corpus}/b/x.txt:1", f"{corpus}/b-c/x.txt:1",
    ]
    # --pretty prints one document only.
    for cli in (CLIS["python"], CLIS["rust"]):
        p = subprocess.run([*cli, "analyze", "--pretty", str(corpus)], capture_output=True)
        assert p.returncode == 2 and b"--pretty" in p.stderr
