from hypothesis import given, settings
from hypothesis import strategies as st

import kropka

PIECES = st.sampled_from(
    ["słowo", "Wielka", "prof.", "r.", "J.", "12.30", "21.", "...", "…", "(...)", "?!", ".",
     "„", "”", "\"", "–", "-", " ", "\n", "\r\n", "\n\n", "e\u0301", "\u00a0", "🎉", "\ud800"]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=60).map("".join))


def check(text):
    sents = kropka.sentences(text)
    last = 0
    covered = 0
    for s in sents:
        assert last <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() or not s.text.strip() == s.text
        assert text[last : s.start].strip() == ""
        covered += sum(not c.isspace() for c in s.text)
        last = s.end
    assert text[last:].strip() == ""
    assert covered == sum(not c.isspace() for c in text)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_ordered_disjoint_covering(text):
    check(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXTS, max_size=8))
def test_analyze_many_matches_analyze(texts):
    assert kropka.analyze_many(texts, threads=2) == [kropka.analyze(t) for t in texts]
