//! Whole-document analysis: sentences, tokens, entities and quotes.

use std::ops::Range;

use serde::Serialize;

use crate::offsets::CharMap;
use crate::segment::{Segmenter, Sentence};
use crate::token::{Token, tokens};

/// A named entity: a person, place or organisation with its base form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// UTF-8 byte range of the mention.
    pub range: Range<usize>,
    /// `PER`, `ORG`, `LOC`, `DATE` or `TIME`.
    pub label: &'static str,
    /// The nominative base form (`Donalda Trumpa` → `Donald Trump`).
    pub lemma: String,
    /// Mentions of one referent in a document share this id.
    pub cluster: usize,
}

/// The speaker of a quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// Where the speaker is named or described near the quote, if anywhere.
    pub mention: Option<Range<usize>>,
    /// The canonical name (an entity's base form) or a descriptor in the nominative.
    pub name: String,
    /// `m` or `f`, from verb forms and first names, when known.
    pub gender: Option<char>,
}

/// A quotation: who said what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// UTF-8 byte range of the quoted content, without quote marks or dialogue dash.
    pub range: Range<usize>,
    /// `direct`, `dash`, `indirect` or `mixed`.
    pub kind: &'static str,
    /// The speech verb or frame word, if any.
    pub cue: Option<Range<usize>>,
    /// The speaker, if one could be found.
    pub speaker: Option<Speaker>,
}

/// Everything kropka finds in one text.
#[derive(Debug, Clone, Serialize)]
pub struct Document<'t> {
    /// The analysed text, untouched.
    pub text: &'t str,
    /// The sentences, in order.
    pub sentences: Vec<Sentence<'t>>,
    /// The tokens, in order.
    pub tokens: Vec<Token>,
    /// Named entities, in order.
    pub entities: Vec<Entity>,
    /// Quotes, in order.
    pub quotes: Vec<Quote>,
}

impl Document<'_> {
    /// Code-point offsets for every span of the document (sentences,
    /// entities, quotes, cues, speaker mentions), computed in one pass.
    ///
    /// ```
    /// let doc = kropka::analyze("Żółw śpi. Kot nie.");
    /// let map = doc.char_map();
    /// assert_eq!(map.range(&doc.sentences[1].range), 10..18);
    /// ```
    pub fn char_map(&self) -> CharMap {
        let mut bytes: Vec<usize> = Vec::new();
        bytes.extend(
            self.sentences
                .iter()
                .flat_map(|s| [s.range.start, s.range.end]),
        );
        bytes.extend(
            self.entities
                .iter()
                .flat_map(|e| [e.range.start, e.range.end]),
        );
        for q in &self.quotes {
            bytes.extend([q.range.start, q.range.end]);
            bytes.extend(q.cue.iter().flat_map(|c| [c.start, c.end]));
            if let Some(m) = q.speaker.as_ref().and_then(|s| s.mention.as_ref()) {
                bytes.extend([m.start, m.end]);
            }
        }
        CharMap::new(self.text, bytes)
    }
}

/// Analyses `text` with the default settings.
///
/// ```
/// let doc = kropka::analyze("Ala ma kota. Kot ma Alę.");
/// assert_eq!(doc.sentences.len(), 2);
/// assert_eq!(doc.tokens.len(), 8);
/// ```
pub fn analyze(text: &str) -> Document<'_> {
    analyze_with(crate::segment::default_segmenter(), text)
}

/// Analyses `text` with a custom segmenter.
///
/// A text of [`PARALLEL_BYTES`] or more (with the `parallel` feature) is
/// analysed on two threads of the crate's own pool (see the crate docs on
/// threads), with the same result as on one.
pub fn analyze_with<'t>(segmenter: &Segmenter, text: &'t str) -> Document<'t> {
    #[cfg(feature = "parallel")]
    if text.len() >= PARALLEL_BYTES {
        return crate::pool::install(crate::pool::default_threads(), || {
            analyze_steps(segmenter, text)
        });
    }
    analyze_steps(segmenter, text)
}

/// The steps of [`analyze_with`] on the calling thread, split in two for a
/// long text when that thread is a worker of a rayon pool.
pub(crate) fn analyze_steps<'t>(segmenter: &Segmenter, text: &'t str) -> Document<'t> {
    let long = text.len() >= PARALLEL_BYTES;
    let (sentences, tokens) = both(
        long,
        || segmenter.split(text).collect::<Vec<Sentence<'t>>>(),
        || {
            // About one token in five bytes of text: room for most texts at once.
            let mut all: Vec<Token> = Vec::with_capacity(text.len() / 5 + 16);
            all.extend(tokens(text));
            all
        },
    );
    // Names need the sentences; quotes and dates do not need the names.
    let (entities, (candidates, dates)) = both(
        long,
        || crate::ner::entities(text, &sentences, &tokens),
        || {
            (
                crate::quote::candidates(text, &sentences, &tokens),
                crate::ner::dates(text, &tokens),
            )
        },
    );
    let entities = crate::ner::with_dates(text, entities, dates);
    let quotes = crate::quote::attribute(text, &sentences, &tokens, &entities, candidates);
    Document {
        text,
        sentences,
        tokens,
        entities,
        quotes,
    }
}

/// Bytes from which the independent steps of [`analyze_with`] run on two
/// threads at once.
pub const PARALLEL_BYTES: usize = 1 << 16;

/// `(a(), b())`: on two threads when `long` and the caller runs on a pool
/// (see [`crate::pool`]), else in turn.
fn both<A: Send, B: Send>(
    long: bool,
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    #[cfg(feature = "parallel")]
    if long {
        return crate::pool::join(a, b);
    }
    let _ = long;
    (a(), b())
}
