"""Tables of sentences, entities and quotes: pandas DataFrames and Arrow
tables (pandas and pyarrow are imported lazily, only when asked for).

Every row has ``doc_id`` (the document's place in the input) and ``sent_id``
(the sentence holding the row's start), the keys to join the three tables on.
Offsets are code points of the document's text."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Any, Sequence

from kropka._kropka import Document, KropkaError

if TYPE_CHECKING:
    import pandas
    import pyarrow

COLUMNS: dict[str, tuple[str, ...]] = {
    "sentences": ("doc_id", "sent_id", "start", "end", "text"),
    "entities": ("doc_id", "sent_id", "start", "end", "text", "label", "lemma", "cluster"),
    "quotes": (
        "doc_id",
        "sent_id",
        "start",
        "end",
        "text",
        "kind",
        "speaker",
        "speaker_gender",
        "cue",
        "cue_start",
        "cue_end",
        "speaker_start",
        "speaker_end",
    ),
}

#: Columns of integers; the nullable ones may hold no value.
INTEGERS = ("doc_id", "sent_id", "start", "end", "cluster")
NULLABLE_INTEGERS = ("cue_start", "cue_end", "speaker_start", "speaker_end")


def _import_pandas() -> Any:
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError(
            "kropka.to_pandas needs pandas: pip install 'kropka[pandas]'"
        ) from e
    return pandas


def _check(docs: Sequence[Document], kind: str) -> None:
    if kind not in COLUMNS:
        raise KropkaError(
            f"unknown kind {kind!r}: expected one of {', '.join(map(repr, COLUMNS))}"
        )
    for d in docs:
        if not isinstance(d, Document):
            raise TypeError(f"expected kropka.Document, got {type(d).__name__}")


def columns(docs: Sequence[Document], kind: str) -> dict[str, list[Any]]:
    """The table of ``kind`` as columns of plain Python values."""
    _check(docs, kind)
    cols: dict[str, list[Any]] = {c: [] for c in COLUMNS[kind]}
    for doc_id, doc in enumerate(docs):
        items = getattr(doc, kind)
        starts = [s.start for s in doc.sentences] if kind != "sentences" else []
        for i, item in enumerate(items):
            for c in COLUMNS[kind]:
                if c == "doc_id":
                    value: Any = doc_id
                elif c == "sent_id":
                    value = i if kind == "sentences" else max(bisect_right(starts, item.start) - 1, 0)
                elif c == "cue_end":
                    value = None if item.cue_start is None else item.cue_start + len(item.cue)
                else:
                    value = getattr(item, c)
                cols[c].append(value)
    return cols


def to_pandas(docs: Sequence[Document], kind: str) -> "pandas.DataFrame":
    _check(docs, kind)
    pd = _import_pandas()
    frame = pd.DataFrame(columns(docs, kind), columns=list(COLUMNS[kind]))
    for c in INTEGERS:
        if c in frame:
            frame[c] = frame[c].astype("int64")
    for c in NULLABLE_INTEGERS:
        if c in frame:
            frame[c] = frame[c].astype("Int64")
    return frame


def to_arrow(docs: Sequence[Document], kind: str) -> "pyarrow.Table":
    _check(docs, kind)
    try:
        import pyarrow as pa
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("kropka.to_arrow needs pyarrow: pip install 'kropka[arrow]'") from e
    cols = columns(docs, kind)
    types = {c: pa.int64() for c in INTEGERS + NULLABLE_INTEGERS}
    arrays = [pa.array(cols[c], type=types.get(c, pa.string())) for c in COLUMNS[kind]]
    return pa.table(arrays, names=list(COLUMNS[kind]))
