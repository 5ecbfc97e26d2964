import multiprocessing as mp
import os

import pytest

import kropka

TEXTS = [
    "Rada zebrała się w czwartek. Głosowanie trwało godzinę.",
    "– Tak! – krzyknął. – Idziemy.",
    "Zażółć gęślą jaźń. 🎉 Koniec.",
    "",
    "Tekst bez kropki",
] * 20


def test_many_equals_one_by_one():
    expected = [kropka.analyze(t) for t in TEXTS]
    assert kropka.analyze_many(TEXTS) == expected
    assert kropka.analyze_many(TEXTS, threads=1) == expected
    assert kropka.analyze_many(TEXTS, threads=2) == expected
    assert kropka.analyze_many(iter(TEXTS), threads=3) == expected
    assert kropka.analyze_many([]) == []


def test_env_thread_count(monkeypatch):
    monkeypatch.setenv("KROPKA_NUM_THREADS", "2")
    assert kropka.analyze_many(TEXTS) == [kropka.analyze(t) for t in TEXTS]


def _split(text):
    return kropka.split_sentences(text)


def _analyze_in_child(texts):
    return [len(d.sentences) for d in kropka.analyze_many(texts, threads=2)]


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_multiprocessing_pool(method):
    if method not in mp.get_all_start_methods():
        pytest.skip(f"{method} not available")
    # Use the thread pool in the parent first, so a forked child inherits it.
    kropka.analyze_many(TEXTS, threads=2)
    ctx = mp.get_context(method)
    with ctx.Pool(2) as pool:
        got = pool.map(_split, TEXTS[:10])
        counts = pool.map(_analyze_in_child, [TEXTS[:10], TEXTS[10:20]])
    assert got == [kropka.split_sentences(t) for t in TEXTS[:10]]
    assert counts[0] == [len(kropka.split_sentences(t)) for t in TEXTS[:10]]


def test_documents_cross_process_boundaries():
    ctx = mp.get_context("spawn")
    with ctx.Pool(1) as pool:
        docs = pool.map(kropka.analyze, TEXTS[:5])
    assert docs == [kropka.analyze(t) for t in TEXTS[:5]]


def test_pid_is_stable_for_this_test():
    assert os.getpid() > 0


# Over 64 KB: one analyze() uses two threads of a kropka pool.
LONG = " ".join(
    f"Jan Kowalski z Gdańska spotkał się {i} razy z Anną Nowak w Warszawie. "
    f"„Rozmowa była dobra” – powiedział prezes Kowalski."
    for i in range(900)
)


def _analyze_long(_):
    doc = kropka.analyze(LONG)
    return len(doc.sentences), len(doc.entities), len(doc.quotes)


def test_long_text_same_on_one_thread_and_two(monkeypatch):
    assert len(LONG.encode()) > 1 << 16
    two = kropka.analyze(LONG)
    monkeypatch.setenv("KROPKA_NUM_THREADS", "1")
    assert kropka.analyze(LONG) == two
    assert kropka.analyze_many([LONG, LONG[:1000]], threads=1)[0] == two


def test_long_text_in_a_forked_child():
    """A child forked after a long analysis in the parent still analyses
    long texts: kropka's pools never cross a fork."""
    if "fork" not in mp.get_all_start_methods():
        pytest.skip("fork not available")
    expected = _analyze_long(None)
    with mp.get_context("fork").Pool(1) as pool:
        got = pool.map_async(_analyze_long, [0]).get(timeout=120)
    assert got == [expected]
