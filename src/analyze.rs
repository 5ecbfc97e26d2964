//! `analyze()`: the stages run over one text, left to right.

use crate::output::Document;
use crate::segment::{Segmenter, Sentence};
use crate::token::{Token, tokens};

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
