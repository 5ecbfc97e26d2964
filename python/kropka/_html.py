"""Self-contained HTML for Jupyter (``Document._repr_html_``) and displaCy data.

Every fragment of the text is HTML-escaped; no external assets are loaded.
"""

from __future__ import annotations

from html import escape
from typing import Any

from kropka._kropka import Document

_COLOURS = {
    "PER": "#d9534f",
    "ORG": "#5b8def",
    "LOC": "#3aa655",
    "DATE": "#8e6bbf",
    "TIME": "#c06bb0",
    "OTHER": "#777777",
}

_STYLE = (
    """
<style>
.kropka-doc{font-family:Georgia,serif;line-height:2.1;white-space:pre-wrap;max-width:60em}
.kropka-s0{background:#f7f7f2}.kropka-s1{background:#eef3f8}
.kropka-sb{color:#aaa;font:0.6em sans-serif;vertical-align:super;margin-right:1px}
.kropka-ent{border-bottom:3px solid;padding:0 1px}
.kropka-quote{background:#fff3c4}
.kropka-cue{font-weight:bold;text-decoration:underline dotted #b8860b}
.kropka-mention{text-decoration:underline double #b8860b}
.kropka-tag{font:bold 0.65em sans-serif;vertical-align:super;margin:0 2px;
 padding:0 3px;border-radius:3px;color:#fff;background:#777}
.kropka-tag-quote{background:#b8860b}
.kropka-legend{font:0.8em sans-serif;margin:0 0 0.6em 0}
.kropka-legend span{margin-right:0.8em}
.kropka-table{font:0.8em sans-serif;border-collapse:collapse;margin-top:0.8em}
.kropka-table td,.kropka-table th{border:1px solid #ddd;padding:2px 6px;text-align:left}
"""
    + "".join(
        f".kropka-{k}{{border-color:{c}}}.kropka-tag-{k}{{background:{c}}}\n"
        for k, c in _COLOURS.items()
    )
    + "</style>\n"
)


def _label_class(label: str) -> str:
    return label if label in _COLOURS else "OTHER"


def _legend() -> str:
    items = [
        f'<span><span class="kropka-ent kropka-{k}">{k}</span></span>' for k in _COLOURS if k != "OTHER"
    ]
    items += [
        '<span><span class="kropka-ent kropka-OTHER">your patterns</span></span>',
        '<span class="kropka-quote">quote</span>',
        '<span class="kropka-cue">cue</span>',
        '<span class="kropka-mention">speaker mention</span>',
        '<span><span class="kropka-sb">1</span>sentence start</span>',
    ]
    return '<div class="kropka-legend">' + "".join(items) + "</div>"


def render(doc: Document) -> str:
    """The document as HTML: a legend; sentences shaded in turn and numbered;
    entities underlined in their label's colour, the base form on hover;
    quotes highlighted, their cue and speaker mention marked with the
    quote's number, the explanation on hover; then a table of the entities
    and one of the quotes."""
    text = doc.text
    n = len(text)
    # Per code point: its sentence, entity label, quote, and cue or mention.
    sentence_of = [-1] * (n + 1)
    sentence_start: dict[int, int] = {}
    for i, s in enumerate(doc.sentences):
        sentence_start.setdefault(max(0, s.start), i)
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
    role_at: list[str | None] = [None] * (n + 1)
    marks_end: dict[int, list[str]] = {}
    for number, q in enumerate(doc.quotes, start=1):
        for k in range(max(0, q.start), min(n, q.end)):
            in_quote[k] = True
        who = q.speaker if q.speaker is not None else "?"
        marks_end.setdefault(q.end, []).append(
            f'<span class="kropka-tag kropka-tag-quote" title="{escape(q.explain())}">'
            f"{number} {escape(who)} · {escape(q.kind)}</span>"
        )
        spans = []
        if q.cue_start is not None and q.cue is not None:
            spans.append(("cue", q.cue_start, q.cue_start + len(q.cue)))
        if q.speaker_start is not None and q.speaker_end is not None:
            spans.append(("mention", q.speaker_start, q.speaker_end))
        for role, a, b in spans:
            for k in range(max(0, a), min(n, b)):
                role_at[k] = role
            marks_end.setdefault(b, []).append(
                f'<span class="kropka-tag kropka-tag-quote" title="{role} of quote {number}">{number}</span>'
            )
    parts = [_STYLE, _legend(), '<div class="kropka-doc">']
    k = 0
    while k < n:
        key = (sentence_of[k], ent_at[k], in_quote[k], role_at[k])
        if k in sentence_start:
            i = sentence_start[k]
            parts.append(f'<span class="kropka-sb" title="sentence {i + 1}">{i + 1}</span>')
        j = k + 1
        while (
            j < n
            and (sentence_of[j], ent_at[j], in_quote[j], role_at[j]) == key
            and j not in ent_end
            and j not in marks_end
            and j not in sentence_start
        ):
            j += 1
        classes = []
        if key[0] >= 0:
            classes.append(f"kropka-s{key[0] % 2}")
        if key[2]:
            classes.append("kropka-quote")
        if key[3] is not None:
            classes.append(f"kropka-{key[3]}")
        if key[1] is not None:
            classes.append(f"kropka-ent kropka-{key[1]}")
        chunk = escape(text[k:j])
        parts.append(f'<span class="{" ".join(classes)}">{chunk}</span>' if classes else chunk)
        parts.extend(ent_end.get(j, []))
        parts.extend(marks_end.get(j, []))
        k = j
    parts.append("</div>")
    parts.append(_tables(doc))
    return "".join(parts)


def _tables(doc: Document) -> str:
    rows = [
        f"<tr><td>{escape(e.text)}</td><td>{escape(e.label)}</td><td>{escape(e.lemma)}</td>"
        f"<td>{e.cluster}</td></tr>"
        for e in doc.entities
    ]
    out = [
        '<table class="kropka-table"><tr><th>entity</th><th>label</th><th>base form</th>'
        "<th>cluster</th></tr>" + "".join(rows) + "</table>"
    ]
    if doc.quotes:
        qrows = [
            f"<tr><td>{i}</td><td>{escape(q.speaker or '?')}</td><td>{escape(q.kind)}</td>"
            f"<td>{escape(q.cue or '')}</td><td>{escape(q.explain())}</td></tr>"
            for i, q in enumerate(doc.quotes, start=1)
        ]
        out.append(
            '<table class="kropka-table"><tr><th>quote</th><th>speaker</th><th>kind</th>'
            "<th>cue</th><th>why</th></tr>" + "".join(qrows) + "</table>"
        )
    return "".join(out)


def to_displacy(doc: Document) -> dict[str, Any]:
    """Entities in displaCy's manual format (``displacy.render(..., manual=True)``)."""
    return {
        "text": doc.text,
        "ents": [{"start": e.start, "end": e.end, "label": e.label} for e in doc.entities],
        "title": None,
    }
