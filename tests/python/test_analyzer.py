"""User patterns: kropka.Analyzer."""

from __future__ import annotations

import pickle

import pytest

import kropka

TEXT = "Sąd (sygn. II K 123/24) ustalił, że Jan Nowak ma PESEL 44051401458. Zob. art. 5 ust. 2 pkt 3 ustawy."


def analyzer() -> kropka.Analyzer:
    return kropka.Analyzer(
        {"PESEL": r"\b\d{11}\b", "SYGNATURA": r"\b[IVX]+ [A-Z][a-z]? \d+/\d{2}\b"},
        keep_together=[r"\bart\. \d+ ust\. \d+( pkt \d+)?"],
    )


def test_patterns_give_entities_with_their_labels() -> None:
    doc = analyzer().analyze(TEXT)
    found = {(e.text, e.label, e.lemma) for e in doc.entities}
    assert ("44051401458", "PESEL", "44051401458") in found
    assert ("II K 123/24", "SYGNATURA", "II K 123/24") in found
    assert ("Jan Nowak", "PER", "Jan Nowak") in found
    # Without the patterns none of them is an entity.
    plain = {e.text for e in kropka.analyze(TEXT).entities}
    assert "44051401458" not in plain and "II K 123/24" not in plain


def test_a_pattern_wins_over_built_in_entities_and_later_patterns() -> None:
    a = kropka.Analyzer([("OSOBA", r"Jan Nowak"), ("IMIE", r"Jan")])
    doc = a.analyze("Wczoraj Jan Nowak przyjechał.")
    assert [(e.text, e.label) for e in doc.entities] == [("Jan Nowak", "OSOBA")]
    # A built-in label name gives the built-in label.
    b = kropka.Analyzer({"ORG": r"Kropka sp\. z o\.o\."})
    assert [e.label for e in b.analyze("Kropka sp. z o.o. rośnie.").entities] == ["ORG"]


def test_spans_kept_together_are_not_split() -> None:
    text = "Zob. art. 5 ust. 2 pkt 3. Potem koniec."
    doc = analyzer().analyze(text)
    assert any("art. 5 ust. 2 pkt 3" in s.text for s in doc.sentences)
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text


def test_analyze_many_and_pickle_keep_the_patterns() -> None:
    a = analyzer()
    b = pickle.loads(pickle.dumps(a))
    assert b.patterns == a.patterns and b.keep_together == a.keep_together
    docs = b.analyze_many([TEXT, "Nic tu nie ma."], threads=2)
    assert docs[0] == a.analyze(TEXT)
    seg = kropka.Segmenter(abbreviations=["sygn."], newline="join")
    c = pickle.loads(pickle.dumps(kropka.Analyzer({"X": "Nowak"}, segmenter=seg)))
    assert [e.label for e in c.analyze("Jan Nowak.").entities] == ["X"]


@pytest.mark.parametrize(
    "patterns, message",
    [
        ({"X": r"\d{11"}, r"\d{11"),
        ({"X": r"\d*"}, "empty string"),
        ({"": r"\d"}, "invalid label"),
        ({"A B": r"\d"}, "invalid label"),
    ],
)
def test_bad_patterns_are_named(patterns: dict[str, str], message: str) -> None:
    with pytest.raises(kropka.KropkaError, match=message.replace("\\", "\\\\").replace("{", "\\{")):
        kropka.Analyzer(patterns)


def test_wrong_types_raise_type_error() -> None:
    with pytest.raises(TypeError):
        kropka.Analyzer("PESEL")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        kropka.Analyzer([("A",)])  # type: ignore[list-item]


def test_demonyms_are_places_by_default_or_a_label_of_their_own_or_nothing() -> None:
    text = "Polacy byli w Berlinie."
    assert [e.label for e in kropka.analyze(text).entities] == ["LOC", "LOC"]
    own = kropka.Analyzer(demonyms="own")
    assert [(e.text, e.label) for e in own.analyze(text).entities] == [
        ("Polacy", "DEMONYM"),
        ("Berlinie", "LOC"),
    ]
    none = kropka.Analyzer(demonyms="none")
    assert [e.text for e in none.analyze(text).entities] == ["Berlinie"]
    # A country is a place whatever the setting.
    assert [e.label for e in own.analyze("Jadą do Polski.").entities] == ["LOC"]
    assert pickle.loads(pickle.dumps(own)).demonyms == "own"
    with pytest.raises(ValueError, match="demonyms"):
        kropka.Analyzer(demonyms="places")  # type: ignore[arg-type]
