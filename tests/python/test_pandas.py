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
        "doc_id", "sent_id", "start", "end", "text", "label", "lemma", "cluster",
    ]
    assert list(doc.to_pandas("quotes").columns) == [
        "doc_id", "sent_id", "start", "end", "text", "kind", "speaker", "speaker_gender",
        "cue", "cue_start", "cue_end", "speaker_start", "speaker_end",
    ]


def test_rows_join_on_their_sentence(article):
    docs = kropka.analyze_many([article, "Ala ma kota. Jan Nowak mieszka w Gdańsku."])
    sents = kropka.to_pandas(docs, "sentences")
    for kind in ("entities", "quotes"):
        rows = kropka.to_pandas(docs, kind)
        assert len(rows) > 0
        joined = rows.merge(sents, on=["doc_id", "sent_id"], suffixes=("", "_sent"))
        assert len(joined) == len(rows)
        assert ((joined["start_sent"] <= joined["start"]) & (joined["start"] < joined["end_sent"])).all()
    quotes = kropka.to_pandas(docs, "quotes")
    with_cue = quotes.dropna(subset=["cue_start"])
    assert len(with_cue) > 0
    text = docs[0].text
    for row in with_cue[with_cue.doc_id == 0].itertuples():
        assert text[row.cue_start:row.cue_end] == row.cue
    for row in quotes.dropna(subset=["speaker_start"]).itertuples():
        assert row.speaker_end > row.speaker_start


def test_arrow_table_has_the_frame_columns(article):
    pa = pytest.importorskip("pyarrow")
    docs = kropka.analyze_many([article, "Ala ma kota."])
    for kind in ("sentences", "entities", "quotes"):
        table = kropka.to_arrow(docs, kind)
        assert isinstance(table, pa.Table)
        frame = kropka.to_pandas(docs, kind)
        assert table.column_names == list(frame.columns)
        assert table.num_rows == len(frame)
    quotes = kropka.to_arrow(docs, "quotes")
    assert quotes.schema.field("cue_start").type == pa.int64()
    assert quotes.column("doc_id").to_pylist() == kropka.to_pandas(docs, "quotes")["doc_id"].tolist()


def test_bad_kind():
    with pytest.raises(kropka.KropkaError):
        kropka.analyze("Tekst.").to_pandas("words")
    with pytest.raises(TypeError):
        kropka.to_pandas(["not a document"], "sentences")


def test_split_a_column():
    frame = pd.DataFrame({"text": ["Raz. Dwa.", "Trzy!"]})
    frame["sentences"] = frame["text"].map(kropka.split_sentences)
    assert frame["sentences"].tolist() == [["Raz.", "Dwa."], ["Trzy!"]]
