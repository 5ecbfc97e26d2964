import pytest

import kropka

TEXTS = [f"Jan Kowalski {i} razy powiedział, że w Gdańsku pada deszcz." for i in range(50)] + ["", "Tak."]


def test_same_documents_in_order():
    want = [kropka.analyze(t) for t in TEXTS]
    assert list(kropka.analyze_iter(TEXTS)) == want
    assert list(kropka.analyze_iter(iter(TEXTS), threads=1, batch_size=7)) == want
    assert list(kropka.analyze_iter(TEXTS, threads=2, batch_size=1)) == want
    assert list(kropka.analyze_iter([])) == []


def test_reads_the_input_only_as_far_as_needed():
    pulled = []

    def source():
        for t in TEXTS:
            pulled.append(t)
            yield t

    it = kropka.analyze_iter(source(), batch_size=5)
    assert pulled == []  # nothing is read before the first document is asked for
    first = next(it)
    assert first == kropka.analyze(TEXTS[0])
    assert len(pulled) == 5
    rest = list(it)
    assert len(rest) == len(TEXTS) - 1


def test_progress_callback():
    seen = []
    list(kropka.analyze_iter(TEXTS, batch_size=20, progress=seen.append))
    assert seen == [20, 40, len(TEXTS)]


def test_bad_arguments():
    with pytest.raises(TypeError):
        kropka.analyze_iter("one text")
    with pytest.raises(kropka.KropkaError, match="batch_size"):
        kropka.analyze_iter(TEXTS, batch_size=0)
    with pytest.raises(TypeError, match="batch_size"):
        kropka.analyze_iter(TEXTS, batch_size=2.5)  # type: ignore[arg-type]
    with pytest.raises(kropka.KropkaError, match="threads"):
        list(kropka.analyze_iter(TEXTS, threads=0))
    with pytest.raises(TypeError):
        list(kropka.analyze_iter(["ok", 5]))  # type: ignore[list-item]
