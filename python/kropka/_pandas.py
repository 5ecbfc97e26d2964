"""DataFrames of sentences, entities and quotes (pandas is imported lazily)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from kropka._kropka import Document, KropkaError

if TYPE_CHECKING:
    import pandas

COLUMNS: dict[str, tuple[str, ...]] = {
    "sentences": ("doc_id", "sent_id", "start", "end", "text"),
    "entities": ("doc_id", "start", "end", "text", "label", "lemma", "cluster"),
    "quotes": (
        "doc_id",
        "start",
        "end",
        "text",
        "kind",
        "speaker",
        "speaker_gender",
        "cue",
    ),
}


def _import_pandas() -> Any:
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError(
            "kropka.to_pandas needs pandas: pip install 'kropka[pandas]'"
        ) from e
    return pandas


def to_pandas(docs: Sequence[Document], kind: str) -> "pandas.DataFrame":
    if kind not in COLUMNS:
        raise KropkaError(
            f"unknown kind {kind!r}: expected one of {', '.join(map(repr, COLUMNS))}"
        )
    for d in docs:
        if not isinstance(d, Document):
            raise TypeError(f"expected kropka.Document, got {type(d).__name__}")
    pd = _import_pandas()
    cols: dict[str, list[Any]] = {c: [] for c in COLUMNS[kind]}
    for doc_id, doc in enumerate(docs):
        items = getattr(doc, kind)
        for i, item in enumerate(items):
            for c in COLUMNS[kind]:
                if c == "doc_id":
                    value: Any = doc_id
                elif c == "sent_id":
                    value = i
                else:
                    value = getattr(item, c)
                cols[c].append(value)
    frame = pd.DataFrame(cols, columns=list(COLUMNS[kind]))
    for c in ("doc_id", "sent_id", "start", "end", "cluster"):
        if c in frame:
            frame[c] = frame[c].astype("int64")
    return frame
