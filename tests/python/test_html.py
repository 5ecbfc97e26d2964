import kropka


def test_html_escapes_the_text():
    doc = kropka.analyze("<script>alert('x')</script> & koniec. Drugie <b>zdanie</b>.")
    html = doc._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "&amp; koniec" in html
    assert "<b>" not in html
    assert "http" not in html  # no external assets


def test_html_marks_sentences_entities_and_quotes():
    sent = [kropka.Sentence("Jan <i> powiedział.", 0, 19)]
    ent = [kropka.Entity("Jan", 0, 3, "PER", "Jan", 0)]
    quote = [kropka.Quote("<i>", 4, 7, "direct", "Jan <Kowalski>", None)]
    doc = kropka.Document("Jan <i> powiedział.", sent, ent, quote)
    html = doc._repr_html_()
    assert "kropka-PER" in html and "kropka-quote" in html and "kropka-s0" in html
    assert "Jan &lt;Kowalski&gt; · direct" in html
    assert "&lt;i&gt;" in html


def test_displacy_format():
    ent = [kropka.Entity("Gdańsk", 0, 6, "LOC", "Gdańsk", 0)]
    doc = kropka.Document("Gdańsk.", [kropka.Sentence("Gdańsk.", 0, 7)], ent, [])
    assert doc.to_displacy() == {
        "text": "Gdańsk.",
        "ents": [{"start": 0, "end": 6, "label": "LOC"}],
        "title": None,
    }
