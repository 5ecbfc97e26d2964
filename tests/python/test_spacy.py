"""The spaCy component: factory, sentences, entities without overlaps,
lemmas, quotes, clusters, multiprocessing, saving and displaCy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")
from spacy import displacy  # noqa: E402
from spacy.util import filter_spans  # noqa: E402

import kropka  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = (ROOT / "examples" / "artykul.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def nlp() -> "spacy.language.Language":
    nlp = spacy.blank("pl")
    nlp.add_pipe("kropka")
    return nlp


def test_factory_comes_from_the_entry_point() -> None:
    # A fresh interpreter that never imports kropka itself.
    code = (
        "import spacy; nlp = spacy.blank('pl'); nlp.add_pipe('kropka'); "
        "doc = nlp('Jan Kowalski mieszka w Gdańsku.'); "
        "print([(e.text, e.label_) for e in doc.ents])"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "[('Jan Kowalski', 'PER'), ('Gdańsku', 'LOC')]"


def test_sentence_starts_are_kropkas(nlp) -> None:
    doc = nlp(ARTICLE)
    starts = {s.start for s in kropka.sentences(ARTICLE)}
    sent_starts = [s.start_char for s in doc.sents]
    # Every kropka sentence opens a spaCy sentence, and no other does
    # (whitespace between sentences stays with the sentence before).
    assert set(sent_starts) == starts | {0}
    assert len(sent_starts) == len(starts)


def test_entities_without_overlaps_longest_first(nlp) -> None:
    text = "Rada Miasta Gdańska zebrała się w poniedziałek."
    doc = nlp(text)
    all_entities = [(s.text, s.label_) for s in doc.spans["entities"]]
    assert ("Rada Miasta Gdańska", "ORG") in all_entities
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Rada Miasta Gdańska", "ORG") in ents
    # No token is in two entities, and the rule is filter_spans's.
    assert list(doc.ents) == filter_spans(list(doc.spans["entities"]))
    tokens = [t.i for e in doc.ents for t in e]
    assert len(tokens) == len(set(tokens))
    # Whatever kropka found inside the organisation stays in the group.
    inner = [s for s in doc.spans["entities"] if s.start_char > 0 and s.end_char <= 19]
    assert all(s not in doc.ents for s in inner)


def test_lemmas_are_base_forms(nlp) -> None:
    doc = nlp("Wczoraj spotkałem Jana Kowalskiego w Gdańsku.")
    by_text = {e.text: e for e in doc.ents}
    assert by_text["Jana Kowalskiego"].lemma_ == "Jan Kowalski"
    assert by_text["Jana Kowalskiego"]._.base_form == "Jan Kowalski"
    assert by_text["Gdańsku"].lemma_ == "Gdańsk"


def test_quotes_span_group(nlp) -> None:
    doc = nlp(ARTICLE)
    result = kropka.analyze(ARTICLE)
    quotes = list(doc.spans["quotes"])
    assert len(quotes) == len(result.quotes) > 0
    for span, q in zip(quotes, result.quotes):
        assert span.start_char <= q.start and span.end_char >= q.end
        assert span.label_ == q.kind == span._.kind
        assert span._.speaker == q.speaker
        assert span._.speaker_gender == q.speaker_gender
        assert span._.cue == q.cue
        assert span._.cue_start == q.cue_start
    assert any(s._.speaker == "Anna Kowalczyk" and s._.speaker_gender == "f" for s in quotes)


def test_clusters(nlp) -> None:
    doc = nlp("Piotr Walczak przyjechał. Walczak powiedział, że zostanie.")
    clusters = doc._.clusters
    walczak = [spans for spans in clusters.values() if any(s.text == "Walczak" for s in spans)]
    assert len(walczak) == 1
    assert sorted(s.text for s in walczak[0]) == ["Piotr Walczak", "Walczak"]


def test_existing_entities_stay_when_asked() -> None:
    nlp = spacy.blank("pl")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "MISC", "pattern": "Jan"}])
    nlp.add_pipe("kropka", config={"overwrite_ents": False})
    doc = nlp("Jan Kowalski mieszka w Gdańsku.")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Jan", "MISC") in ents
    assert ("Gdańsku", "LOC") in ents
    assert ("Jan Kowalski", "PER") not in ents


def test_pipe_with_two_processes_equals_one(nlp) -> None:
    texts = [ARTICLE, "Jan Kowalski mieszka w Gdańsku.", "", "Ala ma kota. „Tak” – powiedział Jan."] * 3

    def summary(doc):
        return (
            [s.start_char for s in doc.sents] if len(doc) else [],
            [(e.start_char, e.end_char, e.label_, e.lemma_) for e in doc.ents],
            [(q.start_char, q._.speaker, q._.kind) for q in doc.spans["quotes"]],
        )

    one = [summary(d) for d in nlp.pipe(texts, batch_size=3)]
    two = [summary(d) for d in nlp.pipe(texts, batch_size=3, n_process=2)]
    single = [summary(nlp(t)) for t in texts]
    assert one == two == single


def test_saved_pipeline_loads(nlp, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.pipe_names == ["kropka"]
    doc = loaded("Jan Kowalski mieszka w Gdańsku.")
    assert [e.text for e in doc.ents] == ["Jan Kowalski", "Gdańsku"]


def test_displacy_renders_entities_and_quotes(nlp) -> None:
    doc = nlp(ARTICLE)
    html = displacy.render(doc, style="ent")
    assert "Anna Kowalczyk" in html and "PER" in html
    spans = displacy.render(doc, style="span", options={"spans_key": "quotes"})
    assert "direct" in spans
