"""Type stubs and documentation for the Rust core of kropka."""

from array import array
from typing import Any, Iterable, Literal, final

import pandas

# The built-in labels, or the label of a user pattern (see ``Analyzer``).
_Label = str
_QuoteKind = Literal["direct", "dash", "indirect", "mixed"]
_Gender = Literal["m", "f"]
_QuoteRule = Literal[
    "dash_line", "quote_marks", "reported_speech", "frame", "mixed", "unmarked"
]
_SpeakerRule = Literal[
    "name_before",
    "name_after",
    "descriptor_linked",
    "descriptor",
    "dropped_subject",
    "pronoun",
    "continuation",
    "interview_answer",
    "interviewer",
    "unknown",
]

__all__ = [
    "Analyzer",
    "Document",
    "Entity",
    "KropkaError",
    "Quote",
    "Segmenter",
    "Sentence",
    "analyze",
    "__version__",
    "analyze_many",
    "base_form",
    "sentence_offsets",
    "sentences",
    "split_sentences",
]

__version__: str

class KropkaError(ValueError):
    """A bad argument value: an unknown option, an invalid abbreviation."""

@final
class Sentence:
    """A sentence. ``text[start:end] == sentence.text`` (code-point offsets)."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    def __new__(cls, text: str, start: int, end: int) -> Sentence: ...
    def __len__(self) -> int: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, ...]: ...

@final
class Entity:
    """A named entity: ``label`` is ``PER``, ``ORG``, ``LOC``,
    ``DATE`` or ``TIME``; ``lemma`` its
    nominative base form; mentions of one referent share ``cluster``."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> _Label: ...
    @property
    def lemma(self) -> str: ...
    @property
    def cluster(self) -> int: ...
    def __new__(
        cls, text: str, start: int, end: int, label: _Label, lemma: str, cluster: int
    ) -> Entity: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, ...]: ...

@final
class Quote:
    """A quote: ``kind`` is ``direct``, ``dash``, ``indirect`` or ``mixed``;
    ``speaker`` the canonical name; ``cue`` the speech verb."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> _QuoteKind: ...
    @property
    def speaker(self) -> str | None: ...
    @property
    def cue(self) -> str | None: ...
    @property
    def cue_start(self) -> int | None: ...
    @property
    def speaker_start(self) -> int | None: ...
    @property
    def speaker_end(self) -> int | None: ...
    @property
    def speaker_gender(self) -> _Gender | None: ...
    @property
    def found_by(self) -> _QuoteRule | None:
        """How the quote was found."""
    @property
    def speaker_by(self) -> _SpeakerRule | None:
        """How its speaker was chosen."""
    @property
    def verb_gender(self) -> _Gender | None:
        """The gender the speech verb shows, which the speaker agrees with."""
    def explain(self) -> str:
        """How the quote was found and its speaker chosen, in words."""
    def __new__(
        cls,
        text: str,
        start: int,
        end: int,
        kind: _QuoteKind,
        speaker: str | None = None,
        cue: str | None = None,
        cue_start: int | None = None,
        speaker_start: int | None = None,
        speaker_end: int | None = None,
        speaker_gender: _Gender | None = None,
        found_by: _QuoteRule | None = None,
        speaker_by: _SpeakerRule | None = None,
        verb_gender: _Gender | None = None,
    ) -> Quote: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, ...]: ...

@final
class Document:
    """Everything kropka found in one text."""

    def __new__(
        cls,
        text: str,
        sentences: list[Sentence],
        entities: list[Entity] | None = None,
        quotes: list[Quote] | None = None,
    ) -> Document: ...
    @property
    def text(self) -> str:
        """The analysed text, unchanged."""
    @property
    def sentences(self) -> list[Sentence]:
        """The sentences, in order."""
    @property
    def entities(self) -> list[Entity]:
        """The named entities, in order."""
    @property
    def quotes(self) -> list[Quote]:
        """The quotes, in order."""
    def to_dict(self) -> dict[str, Any]:
        """A plain, JSON-able dict, the same shape as the CLI's JSON."""
    def to_pandas(self, kind: str = "sentences") -> pandas.DataFrame:
        """A DataFrame of ``"sentences"``, ``"entities"`` or ``"quotes"`` (needs pandas)."""
    def _repr_html_(self) -> str:
        """HTML for Jupyter: sentences, entities and quotes highlighted."""
    def to_displacy(self) -> dict[str, Any]:
        """Entities in displaCy's manual format."""
    def __eq__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, ...]: ...

@final
class Analyzer:
    """An analyzer with user patterns: entities found by regular expressions
    (the Rust ``regex`` syntax), and spans the segmenter never splits inside.

    >>> a = Analyzer({"PESEL": r"\b\d{11}\b"}, keep_together=[r"\bart\. \d+ ust\. \d+"])
    >>> [e.label for e in a.analyze("PESEL 44051401458 podał Jan Nowak.").entities]
    ['PESEL', 'PER']

    A match becomes an entity with the pattern's label and the matched text as
    its base form; it wins over the built-in entities it overlaps, and the
    pattern given first wins over later ones. A label ``PER``, ``ORG``, ``LOC``,
    ``DATE`` or ``TIME`` gives that built-in label. A bad pattern raises
    ``KropkaError`` naming it.

    ``demonyms`` says what nouns of nationality or origin (``Polacy``,
    ``Amerykanów``) become: ``"loc"`` places, as NKJP has them (the default),
    ``"own"`` entities labelled ``DEMONYM``, ``"none"`` no entity.

    >>> [e.label for e in Analyzer(demonyms="own").analyze("Polacy byli w Berlinie.").entities]
    ['DEMONYM', 'LOC']
    """
    def __new__(
        cls,
        patterns: dict[str, str] | Iterable[tuple[str, str]] | None = None,
        *,
        keep_together: Iterable[str] = ...,
        segmenter: Segmenter | None = None,
        demonyms: Literal["loc", "own", "none"] = "loc",
    ) -> Analyzer: ...
    def analyze(self, text: str) -> Document:
        """Analyses ``text`` with the patterns."""
    def analyze_many(self, texts: Iterable[str], threads: int | None = None) -> list[Document]:
        """Analyses many texts in parallel with the patterns."""
    @property
    def patterns(self) -> list[tuple[str, str]]:
        """The ``(label, regex)`` pairs, in priority order."""
    @property
    def keep_together(self) -> list[str]:
        """The regular expressions of spans never split."""
    @property
    def demonyms(self) -> Literal["loc", "own", "none"]:
        """What nouns of nationality or origin become."""
    def __reduce__(self) -> tuple[Any, ...]: ...

@final
class Segmenter:
    """A sentence segmenter with custom abbreviations and newline policy.

    ``newline="break"`` (news: a line break ends a sentence) or ``"join"``
    (hard-wrapped text: a single line break is a space).
    """

    def __new__(
        cls,
        *,
        abbreviations: Iterable[str] = ...,
        final_abbreviations: Iterable[str] = ...,
        not_abbreviations: Iterable[str] = ...,
        newline: str = "break",
    ) -> Segmenter: ...
    @property
    def newline(self) -> str: ...
    def split(self, text: str) -> list[str]:
        """The sentences of ``text`` as strings."""
    def sentences(self, text: str) -> list[Sentence]:
        """The sentences of ``text`` with code-point offsets."""
    def sentence_offsets(self, text: str) -> tuple[array[int], array[int]]:
        """The sentences' start and end offsets as two ``array.array('q')``."""
    def explain(self, text: str) -> list[dict[str, Any]]:
        """Every candidate boundary: ``at``, ``boundary``, ``split``, ``rule``, ``reason``."""
    def analyze(self, text: str) -> Document:
        """Analyse ``text`` with this segmenter."""
    def __reduce__(self) -> tuple[Any, ...]: ...

def split_sentences(text: str) -> list[str]:
    """Split Polish text into sentences."""

def sentences(text: str) -> list[Sentence]:
    """Split Polish text into sentences with code-point offsets."""

def analyze(text: str) -> Document:
    """Sentences, entities and quotes of ``text``."""

def analyze_many(texts: Iterable[str], threads: int | None = None) -> list[Document]:
    """Analyse many texts in parallel with the GIL released.

    ``threads`` defaults to ``KROPKA_NUM_THREADS`` or the number of CPUs.
    """

def base_form(text: str) -> str:
    """The nominative base form of a name phrase: ``"Donalda Trumpa"`` → ``"Donald Trump"``."""

def sentence_offsets(text: str) -> tuple[array[int], array[int]]:
    """The sentences' start and end offsets (code points) as two
    ``array.array('q')``: ``text[starts[i]:ends[i]]`` is sentence ``i``. No
    ``str`` is built per sentence, so this is the fastest way to segment a
    large text; numpy reads the arrays without a copy
    (``numpy.frombuffer(starts, dtype=numpy.int64)``)."""
