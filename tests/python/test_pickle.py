import pickle

import kropka


def roundtrip(obj):
    return pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))


def test_every_class_pickles(article):
    doc = kropka.analyze(article)
    assert roundtrip(doc) == doc
    for s in doc.sentences:
        assert roundtrip(s) == s
    text = "– Tak – powiedział Jan Nowak."
    ent = kropka.Entity("Jan Nowak", 19, 28, "PER", "Jan Nowak", 0)
    assert roundtrip(ent) == ent
    quote = kropka.Quote("Tak", 2, 5, "dash", "Jan Nowak", "powiedział", 8, 19, 28, "m")
    assert roundtrip(quote) == quote
    made = kropka.Document(text, [kropka.Sentence(text, 0, len(text))], [ent], [quote])
    back = roundtrip(made)
    assert back == made
    assert back.entities == [ent] and back.quotes == [quote]


def test_segmenter_pickles_with_its_options():
    seg = kropka.Segmenter(abbreviations=["kons."], not_abbreviations=["ul."], newline="join")
    back = roundtrip(seg)
    text = "Był kons. Nowak\nprzy ul. Wpadł."
    assert back.split(text) == seg.split(text)
    assert back.newline == "join"
    assert repr(back) == repr(seg)


def test_old_protocols():
    s = kropka.sentences("Ala ma kota.")[0]
    for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(s, protocol=proto)) == s
