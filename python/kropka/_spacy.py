"""kropka as a spaCy pipeline component (``pip install kropka[spacy]``).

    import spacy
    nlp = spacy.blank("pl")
    nlp.add_pipe("kropka")
    doc = nlp("Jan Kowalski powiedział: „Idę do domu”.")

The factory is registered through the ``spacy_factories`` entry point, so
``nlp.add_pipe("kropka")`` works without importing kropka first. The component
runs ``kropka.analyze`` on ``doc.text`` and writes back, by character offsets:

- sentence starts (``token.is_sent_start``), unless the doc is already parsed
  (a dependency parse owns sentence boundaries in spaCy) or
  ``set_sents=False``;
- every entity, overlaps included, as the span group ``doc.spans["entities"]``
  with ``span._.base_form`` (the nominative base form) and ``span._.cluster``
  (mentions of one referent share it);
- ``doc.ents``, which spaCy keeps free of overlaps: of overlapping entities the
  longest wins, then the earliest (``spacy.util.filter_spans``), so
  ``Urząd Miasta Krakowa`` stays one ORG and the LOC ``Krakowa`` inside it is
  left to ``doc.spans["entities"]``. With ``overwrite_ents=False`` entities set
  by an earlier component stay, and kropka's fill only the free tokens;
- ``token.lemma_`` of the tokens of each entity in ``doc.ents`` whose words
  match the base form's one to one, so that ``span.lemma_`` reads as the base
  form (``Jana Kowalskiego`` → ``Jan Kowalski``); ``span._.base_form`` has it
  for every entity;
- the quotes as the span group ``doc.spans["quotes"]`` (label: the kind), with
  ``span._.kind``, ``span._.speaker``, ``span._.speaker_gender``, ``span._.cue``
  and the character offsets ``span._.cue_start``, ``span._.speaker_start``,
  ``span._.speaker_end``;
- ``doc._.clusters``: cluster id → the entity spans of that referent.

Spans keep the token boundaries of spaCy's tokenizer: a span that starts or ends
inside a token grows to whole tokens.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

import kropka

SPAN_EXTENSIONS = (
    "base_form",
    "cluster",
    "kind",
    "speaker",
    "speaker_gender",
    "cue",
    "cue_start",
    "speaker_start",
    "speaker_end",
)


def _clusters(doc: Doc) -> dict[int, list[Span]]:
    out: dict[int, list[Span]] = {}
    for span in doc.spans.get("entities", []):
        if span._.cluster is not None:
            out.setdefault(span._.cluster, []).append(span)
    return out


def _register_extensions() -> None:
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    if not Doc.has_extension("clusters"):
        Doc.set_extension("clusters", getter=_clusters)


_register_extensions()


class KropkaComponent:
    """The ``kropka`` pipeline component (see the module's documentation)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "kropka",
        *,
        set_sents: bool = True,
        set_ents: bool = True,
        overwrite_ents: bool = True,
        set_lemmas: bool = True,
        newline: str = "break",
    ) -> None:
        self.name = name
        self.set_sents = set_sents
        self.set_ents = set_ents
        self.overwrite_ents = overwrite_ents
        self.set_lemmas = set_lemmas
        self.newline = newline
        self._segmenter = kropka.Segmenter(newline=newline)

    def __call__(self, doc: Doc) -> Doc:
        return self._apply(doc, self._segmenter.analyze(doc.text))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """Analyses the docs in batches, on kropka's threads when the
        segmenter has the default options."""
        batch: list[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, docs: list[Doc]) -> Iterator[Doc]:
        if self.newline == "break":
            results = kropka.analyze_many([d.text for d in docs])
        else:
            results = [self._segmenter.analyze(d.text) for d in docs]
        for doc, result in zip(docs, results):
            yield self._apply(doc, result)

    def _apply(self, doc: Doc, result: kropka.Document) -> Doc:
        if self.set_sents and not doc.has_annotation("DEP") and len(doc) > 0:
            first = set()
            for s in result.sentences:
                sent = doc.char_span(s.start, s.end, alignment_mode="expand")
                if sent is not None:
                    first.add(sent.start)
            for token in doc:
                token.is_sent_start = token.i in first or token.i == 0
        entities = []
        for e in result.entities:
            span = doc.char_span(e.start, e.end, label=e.label, alignment_mode="expand")
            if span is None:
                continue
            span._.base_form = e.lemma
            span._.cluster = e.cluster
            entities.append(span)
        doc.spans["entities"] = entities
        if self.set_ents:
            self._set_ents(doc, entities)
        quotes = []
        for q in result.quotes:
            span = doc.char_span(q.start, q.end, label=q.kind, alignment_mode="expand")
            if span is None:
                continue
            span._.kind = q.kind
            span._.speaker = q.speaker
            span._.speaker_gender = q.speaker_gender
            span._.cue = q.cue
            span._.cue_start = q.cue_start
            span._.speaker_start = q.speaker_start
            span._.speaker_end = q.speaker_end
            quotes.append(span)
        doc.spans["quotes"] = quotes
        return doc

    def _set_ents(self, doc: Doc, entities: list[Span]) -> None:
        if self.overwrite_ents:
            chosen = filter_spans(entities)
            doc.ents = chosen
        else:
            taken = {t.i for ent in doc.ents for t in ent}
            free = [s for s in filter_spans(entities) if not any(t.i in taken for t in s)]
            doc.ents = list(doc.ents) + free
            chosen = free
        if self.set_lemmas:
            for span in chosen:
                words = (span._.base_form or "").split()
                if len(words) == len(span) and all(t.whitespace_ for t in span[:-1]):
                    for token, word in zip(span, words):
                        token.lemma_ = word

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """Nothing to save: the component is its configuration."""
        return b""

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "KropkaComponent":
        return self

    def to_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> None:
        """Nothing to save: the component is its configuration."""

    def from_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> "KropkaComponent":
        return self


@Language.factory(
    "kropka",
    default_config={
        "set_sents": True,
        "set_ents": True,
        "overwrite_ents": True,
        "set_lemmas": True,
        "newline": "break",
    },
)
def make_kropka(
    nlp: Language,
    name: str,
    set_sents: bool,
    set_ents: bool,
    overwrite_ents: bool,
    set_lemmas: bool,
    newline: str,
) -> KropkaComponent:
    """The ``kropka`` factory for ``nlp.add_pipe("kropka", config={...})``."""
    return KropkaComponent(
        nlp,
        name,
        set_sents=set_sents,
        set_ents=set_ents,
        overwrite_ents=overwrite_ents,
        set_lemmas=set_lemmas,
        newline=newline,
    )
