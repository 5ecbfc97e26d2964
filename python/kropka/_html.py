"""Self-contained HTML for Jupyter (``Document._repr_html_``) and displaCy data.

Every fragment of the text is HTML-escaped; no external assets are loaded.
"""

from __future__ import annotations

from html import escape
from typing import Any

from kropka._kropka import Document

_STYLE = """
<style>
.kropka-doc{font-family:Georgia,serif;line-height:2.1;white-space:pre-wrap;max-width:60em}
.kropka-s0{background:#f7f7f2}.kropka-s1{background:#eef3f8}
.kropka-ent{border-bottom:3px solid;padding:0 1px}
.kropka-PER{border-color:#d9534f}.kropka-ORG{border-color:#5b8def}
.kropka-LOC{border-color:#3aa655}.kropka-OTHER{border-color:#999}
.kropka-quote{background:#fff3c4}
.kropka-tag{font:bold 0.65em sans-serif;vertical-align:super;margin:0 2px;
 padding:0 3px;border-radius:3px;color:#fff;background:#777}
.kropka-tag-PER{background:#d9534f}.kropka-tag-ORG{background:#5b8def}
.kropka-tag-LOC{background:#3aa655}.kropka-tag-DATE{background:#8e6bbf}
.kropka-tag-TIME{background:#8e6bbf}.kropka-tag-quote{background:#b8860b}
</style>
"""


def _label_class(label: str) -> str:
    return label if label in ("PER", "ORG", "LOC", "DATE", "TIME") else "OTHER"


def render(doc: Document) -> str:
    """The document as HTML: sentences shaded in turn, entities underlined by
    label, quotes highlighted with their speaker and kind."""
    text = doc.text
    n = len(text)
    # Events at code-point offsets: what opens and closes where.
    sentence_of = [-1] * (n + 1)
    for i, s in enumerate(doc.sentences):
        for k in range(max(0, s.start), min(n, s.end)):
            sentence_of[k] = i
    ent_at: list[str | None] = [None] * (n + 1)
    ent_end: dict[int, list[str]] = {}
    for e in doc.entities:
        label = _label_class(e.label)
        for k in range(max(0, e.start), min(n, e.end)):
            ent_at[k] = label
        ent_end.setdefault(e.end, []).append(
            f'<span class="kropka-tag kropka-tag-{label}" title="{escape(e.lemma)}">'
            f"{escape(e.label)}</span>"
        )
    in_quote = [False] * (n + 1)
    quote_end: dict[int, list[str]] = {}
    for q in doc.quotes:
        for k in range(max(0, q.start), min(n, q.end)):
            in_quote[k] = True
        who = q.speaker if q.speaker is not None else "?"
        quote_end.setdefault(q.end, []).append(
            f'<span class="kropka-tag kropka-tag-quote" title="{escape(q.kind)}">'
            f"{escape(who)} · {escape(q.kind)}</span>"
        )
    parts = [_STYLE, '<div class="kropka-doc">']
    k = 0
    while k < n:
        key = (sentence_of[k], ent_at[k], in_quote[k])
        j = k + 1
        while j < n and (sentence_of[j], ent_at[j], in_quote[j]) == key and j not in ent_end and j not in quote_end:
            j += 1
        classes = []
        if key[0] >= 0:
            classes.append(f"kropka-s{key[0] % 2}")
        if key[2]:
            classes.append("kropka-quote")
        if key[1] is not None:
            classes.append(f"kropka-ent kropka-{key[1]}")
        chunk = escape(text[k:j])
        parts.append(f'<span class="{" ".join(classes)}">{chunk}</span>' if classes else chunk)
        parts.extend(ent_end.get(j, []))
        parts.extend(quote_end.get(j, []))
        k = j
    parts.append("</div>")
    return "".join(parts)


def to_displacy(doc: Document) -> dict[str, Any]:
    """Entities in displaCy's manual format (``displacy.render(..., manual=True)``)."""
    return {
        "text": doc.text,
        "ents": [{"start": e.start, "end": e.end, "label": e.label} for e in doc.entities],
        "title": None,
    }
