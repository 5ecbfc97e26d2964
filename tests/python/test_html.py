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
    assert "1 Jan &lt;Kowalski&gt; · direct" in html
    assert "&lt;i&gt;" in html


def test_displacy_format():
    ent = [kropka.Entity("Gdańsk", 0, 6, "LOC", "Gdańsk", 0)]
    doc = kropka.Document("Gdańsk.", [kropka.Sentence("Gdańsk.", 0, 7)], ent, [])
    assert doc.to_displacy() == {
        "text": "Gdańsk.",
        "ents": [{"start": 0, "end": 6, "label": "LOC"}],
        "title": None,
    }


def test_html_view_has_legend_boundaries_cues_mentions_and_tables(article):
    doc = kropka.analyze(article)
    html = doc._repr_html_()
    # A legend with every label's colour, quotes, cues and mentions.
    for label in ("PER", "ORG", "LOC", "DATE", "TIME"):
        assert f'class="kropka-ent kropka-{label}"' in html
        assert f".kropka-tag-{label}{{background:" in html
    assert "kropka-legend" in html
    # One numbered marker per sentence.
    assert html.count('class="kropka-sb"') == len(doc.sentences) + 1  # + the legend's
    # Cues and speaker mentions, tagged with their quote's number.
    with_cue = [i for i, q in enumerate(doc.quotes, 1) if q.cue_start is not None]
    with_mention = [i for i, q in enumerate(doc.quotes, 1) if q.speaker_start is not None]
    assert with_cue and with_mention
    assert f'title="cue of quote {with_cue[0]}"' in html
    assert f'title="mention of quote {with_mention[0]}"' in html
    assert 'class="kropka-s0 kropka-quote kropka-cue"' in html or "kropka-cue" in html.split("kropka-doc")[2]
    # The explanation on hover and in the table; base forms in the table.
    first = doc.quotes[0]
    assert escape_attr(first.explain()) in html
    assert "<th>base form</th>" in html and "<th>why</th>" in html
    lemma = next(e.lemma for e in doc.entities if e.lemma != e.text)
    assert f"<td>{lemma}</td>" in html


def escape_attr(s: str) -> str:
    from html import escape

    return escape(s)


def test_view_renders_in_headless_chromium(article, tmp_path):
    """The notebook view as a browser draws it: a screenshot of a real size."""
    import shutil
    import subprocess

    import pytest

    browser = next(
        (b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None
    )
    if browser is None:
        pytest.skip("no headless Chromium on this machine (.ci/run installs it where it can)")
    page = tmp_path / "view.html"
    page.write_text(
        "<html><meta charset=utf-8><body>" + kropka.analyze(article)._repr_html_() + "</body></html>",
        encoding="utf-8",
    )
    shot = tmp_path / "view.png"
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1100,1600",
         f"--screenshot={shot}", page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG")
    # A page of coloured, annotated text: far more than a blank page's few KB.
    assert len(data) > 100_000, len(data)
