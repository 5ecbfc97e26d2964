"""kropka: Polish sentence segmentation, named entities and quotes, in Rust.

>>> import kropka
>>> kropka.split_sentences("Prof. J. Nowak przyjechał o godz. 12.30. – Witam! – powiedział.")
['Prof. J. Nowak przyjechał o godz. 12.30.', '– Witam! – powiedział.']

Offsets (``start``, ``end``) are code-point indices: ``text[s.start:s.end] == s.text``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Union

from kropka._kropka import (
    Analyzer as Analyzer,
    Document as Document,
    Entity as Entity,
    KropkaError as KropkaError,
    Quote as Quote,
    Segmenter as Segmenter,
    Sentence as Sentence,
    __version__ as __version__,
    analyze as analyze,
    analyze_many as analyze_many,
    base_form as base_form,
    sentence_offsets as sentence_offsets,
    sentences as sentences,
    split_sentences as split_sentences,
)

if TYPE_CHECKING:
    import pandas
    import pyarrow

__all__ = [
    "Analyzer",
    "Document",
    "Entity",
    "KropkaError",
    "Quote",
    "Segmenter",
    "Sentence",
    "__version__",
    "analyze",
    "analyze_iter",
    "analyze_many",
    "base_form",
    "sentence_offsets",
    "sentences",
    "split_sentences",
    "to_arrow",
    "to_pandas",
]


def to_pandas(docs: Iterable[Document], kind: str = "sentences") -> "pandas.DataFrame":
    """One long-format DataFrame of ``kind`` ("sentences", "entities" or "quotes")
    for many documents. Every row has ``doc_id`` (the document's position) and
    ``sent_id`` (the sentence holding its start): join the tables on them.
    Quotes also have ``cue_start``/``cue_end`` and ``speaker_start``/
    ``speaker_end`` (code points; ``<NA>`` when there is none).

    Needs pandas (``pip install kropka[pandas]``).
    """
    from kropka._pandas import to_pandas as _to_pandas

    return _to_pandas(list(docs), kind)


def to_arrow(docs: Iterable[Document], kind: str = "sentences") -> "pyarrow.Table":
    """The sentences, entities or quotes of ``docs`` as one Arrow table, with
    the columns of :func:`to_pandas` (nullable integers where a quote has no
    cue or speaker mention). For polars: ``polars.from_arrow(...)``; for
    Parquet: ``pyarrow.parquet.write_table(...)``.

    Needs pyarrow (``pip install kropka[arrow]``).
    """
    from kropka._pandas import to_arrow as _to_arrow

    return _to_arrow(list(docs), kind)


def analyze_iter(
    texts: Iterable[str],
    threads: int | None = None,
    batch_size: int = 64,
    progress: Union[bool, Callable[[int], object], None] = None,
) -> Iterator[Document]:
    """Analyse ``texts`` lazily: a generator of documents in input order.

    It takes ``batch_size`` texts at a time from ``texts`` (any iterable, read
    only as far as needed), analyses them with :func:`analyze_many` on
    ``threads`` threads, and yields their documents, so memory holds one batch
    whatever the corpus size. Like ``nlp.pipe`` in spaCy:

    >>> docs = kropka.analyze_iter(df["text"], batch_size=256)   # doctest: +SKIP
    >>> rows = [len(d.entities) for d in docs]                     # doctest: +SKIP

    ``progress``: ``True`` shows a ``tqdm`` bar when tqdm is installed (nothing
    otherwise); a callable is called with the number of documents done after
    each batch. Ctrl-C stops it between texts, as in :func:`analyze_many`.
    """
    if isinstance(texts, str):
        raise TypeError("analyze_iter expects an iterable of str, not a single str; use analyze()")
    if isinstance(batch_size, bool) or not isinstance(batch_size, int):
        raise TypeError(f"batch_size must be an int, got {type(batch_size).__name__}")
    if batch_size < 1:
        raise KropkaError(f"batch_size must be at least 1, got {batch_size}")
    return _analyze_iter(iter(texts), threads, batch_size, progress)


def _analyze_iter(
    texts: Iterator[str],
    threads: int | None,
    batch_size: int,
    progress: Union[bool, Callable[[int], object], None],
) -> Iterator[Document]:
    report: Callable[[int], object] | None = None
    bar = None
    if progress is True:
        try:
            from tqdm.auto import tqdm
        except ImportError:
            pass
        else:
            bar = tqdm(unit="doc")
            report = lambda n: bar.update(n - bar.n)  # noqa: E731
    elif callable(progress):
        report = progress
    done = 0
    try:
        while True:
            batch = list(islice(texts, batch_size))
            if not batch:
                return
            docs = analyze_many(batch, threads=threads)
            done += len(docs)
            if report is not None:
                report(done)
            yield from docs
    finally:
        if bar is not None:
            bar.close()
