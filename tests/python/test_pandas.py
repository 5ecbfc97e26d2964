import pytest

import kropka

pd = pytest.importorskip("pandas")


def test_sentence_frame(article):
    docs = kropka.analyze_many([article, "Ala ma kota. Kot ma Alę."])
    df = kropka.to_pandas(docs, "sentences")
    assert list(df.columns) == ["doc_id", "sent_id", "start", "end", "text"]
    assert len(df) == sum(len(d.sentences) for d in docs)
    assert set(df["doc_id"]) == {0, 1}
    last = df[df.doc_id == 1]
    assert list(last["text"]) == ["Ala ma kota.", "Kot ma Alę."]
    assert str(df["start"].dtype) == "int64"


def test_entity_and_quote_frames_have_their_columns(article):
    doc = kropka.analyze(article)
    assert list(doc.to_pandas("entities").columns) == [
        "doc_id", "start", "end", "text", "label", "lemma", "cluster",
    ]
    assert list(doc.to_pandas("quotes").columns) == [
        "doc_id", "start", "end", "text", "kind", "speaker", "speaker_gender", "cue",
    ]


def test_bad_kind():
    with pytest.raises(kropka.KropkaError):
        kropka.analyze("Tekst.").to_pandas("words")
    with pytest.raises(TypeError):
        kropka.to_pandas(["not a document"], "sentences")


def test_split_a_column():
    frame = pd.DataFrame({"text": ["Raz. Dwa.", "Trzy!"]})
    frame["sentences"] = frame["text"].map(kropka.split_sentences)
    assert frame["sentences"].tolist() == [["Raz.", "Dwa."], ["Trzy!"]]
