import pytest

import kropka

HARD = [
    "Zażółć gęślą jaźń. Źdźbło trawy!",
    "Emoji 🎉🇵🇱 na początku. Potem 👨‍👩‍👧 rodzina.",
    "Wiersz pierwszy.\r\nWiersz drugi.\r\n\r\nAkapit.",
    "Zaz\u0307o\u0301ł\u0107 (NFD). S\u0301wiat\u0142o.",
    "שלום עולם. Tekst RTL. مرحبا.",
    "\u0000Kontrolne\u0007 znaki. Dalej\u001b.",
    "",
    "   \n\t  ",
]


def test_split_sentences_basic():
    text = "Prof. J. Nowak przyjechał o godz. 12.30. \"Dobrze!\" – powiedział."
    assert kropka.split_sentences(text) == [
        "Prof. J. Nowak przyjechał o godz. 12.30.",
        "\"Dobrze!\" – powiedział.",
    ]


@pytest.mark.parametrize("text", HARD)
def test_offsets_index_the_python_string(text):
    got = kropka.sentences(text)
    assert [s.text for s in got] == kropka.split_sentences(text)
    for s in got:
        assert text[s.start : s.end] == s.text
        assert len(s) == s.end - s.start


def test_lone_surrogates_keep_offsets():
    text = "Zdanie z \ud800 surogatem. Drugie \udfff zdanie. Para \ud83d\ude00 rozbita."
    got = kropka.sentences(text)
    assert len(got) == 3
    for s in got:
        assert text[s.start : s.end] == s.text
    assert kropka.split_sentences(text) == [s.text for s in got]
    doc = kropka.analyze(text)
    assert doc.text == text
    assert [s.text for s in doc.sentences] == [s.text for s in got]


def test_article(article):
    sents = kropka.split_sentences(article)
    assert sents[0] == "Gdańsk buduje nowy most."
    assert sents[1] == "Spór o koszty trwa"
    assert "– Mam nadzieję, że tak – dodaje." in sents


def test_document_contract(article):
    doc = kropka.analyze(article)
    assert isinstance(doc, kropka.Document)
    assert doc.text == article
    assert [s.text for s in doc.sentences] == kropka.split_sentences(article)
    assert isinstance(doc.entities, list) and isinstance(doc.quotes, list)
    d = doc.to_dict()
    assert set(d) == {"text", "sentences", "entities", "quotes"}
    assert d["sentences"][0] == {"text": doc.sentences[0].text, "start": 0, "end": doc.sentences[0].end}
    # The lists are copies: changing one does not change the document.
    doc.sentences.clear()
    assert doc.sentences


def test_segmenter_options():
    seg = kropka.Segmenter(abbreviations=["kons."], newline="join")
    assert seg.newline == "join"
    assert seg.split("Był kons. Nowak\nI wyszedł.") == ["Był kons. Nowak\nI wyszedł."]
    assert kropka.Segmenter().split("Był kons. Nowak\nI wyszedł.") == ["Był kons.", "Nowak", "I wyszedł."]
    assert kropka.Segmenter(not_abbreviations=["ul."]).split("Jest ul. Wpadła pszczoła.") == [
        "Jest ul.",
        "Wpadła pszczoła.",
    ]
    doc = seg.analyze("Tekst\nłamany.")
    assert len(doc.sentences) == 1


def test_explain():
    rules = kropka.Segmenter().explain("Zob. ul. Długa 5. Tam jest.")
    assert [r["rule"] for r in rules] == ["abbreviation", "abbreviation", "terminator", "end_of_text"]
    assert [r["split"] for r in rules] == [False, False, True, True]
    assert all(r["reason"] for r in rules)


def test_errors():
    with pytest.raises(kropka.KropkaError):
        kropka.Segmenter(newline="sideways")
    with pytest.raises(ValueError):
        kropka.Segmenter(abbreviations=["dwa słowa"])
    with pytest.raises(TypeError):
        kropka.split_sentences(b"bytes")
    with pytest.raises(TypeError):
        kropka.sentences(None)
    with pytest.raises(TypeError):
        kropka.analyze_many("not a list")
    with pytest.raises(TypeError):
        kropka.analyze_many(["ok", 5])
    with pytest.raises(kropka.KropkaError):
        kropka.analyze_many(["ok"], threads=0)
    with pytest.raises(TypeError):
        kropka.Segmenter("positional")
    assert issubclass(kropka.KropkaError, ValueError)


def test_reprs():
    s = kropka.sentences("Ala ma 'kota'.")[0]
    assert repr(s) == "Sentence(start=0, end=14, text=\"Ala ma 'kota'.\")"
    doc = kropka.analyze("Ala ma kota. " * 10)
    assert repr(doc).startswith("Document('Ala ma kota.")
    assert "sentences=10" in repr(doc)
    assert repr(kropka.Segmenter(abbreviations=["kons."])).startswith("Segmenter(abbreviations=['kons.']")


def test_large_input_without_full_stop():
    text = "słowo " * 200_000
    assert len(kropka.split_sentences(text)) == 1


def test_module_cli(tmp_path, article):
    import json
    import subprocess
    import sys

    path = tmp_path / "a.txt"
    path.write_text(article, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "kropka", "sentences", str(path)],
        check=True, capture_output=True, text=True,
    ).stdout.splitlines()
    assert out == [" ".join(s.split()) for s in kropka.split_sentences(article)]
    doc = json.loads(
        subprocess.run(
            [sys.executable, "-m", "kropka", "analyze", "-"],
            input=article, check=True, capture_output=True, text=True,
        ).stdout
    )
    assert doc == kropka.analyze(article).to_dict()
