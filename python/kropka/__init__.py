"""kropka: Polish sentence segmentation, named entities and quotes, in Rust.

>>> import kropka
>>> kropka.split_sentences("Prof. J. Nowak przyjechał o godz. 12.30. – Witam! – powiedział.")
['Prof. J. Nowak przyjechał o godz. 12.30.', '– Witam! – powiedział.']

Offsets (``start``, ``end``) are code-point indices: ``text[s.start:s.end] == s.text``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kropka._kropka import (
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
    sentences as sentences,
    split_sentences as split_sentences,
)

if TYPE_CHECKING:
    import pandas

__all__ = [
    "Document",
    "Entity",
    "KropkaError",
    "Quote",
    "Segmenter",
    "Sentence",
    "__version__",
    "analyze",
    "analyze_many",
    "base_form",
    "sentences",
    "split_sentences",
    "to_pandas",
]


def to_pandas(docs: Iterable[Document], kind: str = "sentences") -> "pandas.DataFrame":
    """One long-format DataFrame of ``kind`` ("sentences", "entities" or "quotes")
    for many documents, with a ``doc_id`` column (the document's position).

    Needs pandas (``pip install kropka[pandas]``).
    """
    from kropka._pandas import to_pandas as _to_pandas

    return _to_pandas(list(docs), kind)
