from array import array

from hypothesis import given, strategies as st

import kropka

TEXT = "Żółw śpi. Prof. J. Nowak przyjechał o godz. 12.30. – Witam! – powiedział 😀. Koniec"


def test_offsets_are_the_sentences():
    starts, ends = kropka.sentence_offsets(TEXT)
    assert isinstance(starts, array) and starts.typecode == "q"
    got = [(s.start, s.end) for s in kropka.sentences(TEXT)]
    assert list(zip(starts, ends)) == got
    assert [TEXT[a:b] for a, b in zip(starts, ends)] == kropka.split_sentences(TEXT)


def test_segmenter_offsets_follow_its_options():
    seg = kropka.Segmenter(newline="join")
    text = "Ala ma\nkota. Tak"
    starts, ends = seg.sentence_offsets(text)
    assert [(a, b) for a, b in zip(starts, ends)] == [(s.start, s.end) for s in seg.sentences(text)]


def test_empty_and_wrong_type():
    starts, ends = kropka.sentence_offsets("")
    assert len(starts) == len(ends) == 0
    try:
        kropka.sentence_offsets(None)  # type: ignore[arg-type]
    except TypeError:
        pass
    else:
        raise AssertionError("TypeError expected")


@given(st.text(max_size=200))
def test_offsets_agree_with_sentences_on_any_text(text):
    starts, ends = kropka.sentence_offsets(text)
    assert list(zip(starts, ends)) == [(s.start, s.end) for s in kropka.sentences(text)]
