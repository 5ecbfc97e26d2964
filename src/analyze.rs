//! `analyze()`: the stages run over one text, left to right.

use crate::error::Error;
use crate::output::Document;
use crate::patterns::Patterns;
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
            analyze_steps(segmenter, None, Demonyms::Loc, text)
        });
    }
    analyze_steps(segmenter, None, Demonyms::Loc, text)
}

/// The steps of [`analyze_with`] on the calling thread, split in two for a
/// long text when that thread is a worker of a rayon pool.
/// With `patterns`, sentences are joined where a span to keep together
/// crosses them, and the user's entities are added before the quotes.
pub(crate) fn analyze_steps<'t>(
    segmenter: &Segmenter,
    patterns: Option<&Patterns>,
    demonyms: Demonyms,
    text: &'t str,
) -> Document<'t> {
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
    let sentences = match patterns {
        Some(p) => p.keep_together(text, sentences),
        None => sentences,
    };
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
    let mut entities = crate::ner::with_dates(text, entities, dates);
    crate::ner::demonyms(text, &mut entities, demonyms);
    if let Some(p) = patterns {
        p.add_entities(text, &mut entities);
    }
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

/// Analyses text like [`analyze_with`](crate::analyze_with), with user
/// patterns on top.
///
/// Patterns are regular expressions (the `regex` crate's syntax), each with
/// a label. Their matches become entities whose base form is the matched
/// text; matches of one pattern with the same text share a cluster. They
/// win over the built-in entities they overlap (which are dropped, also as
/// speakers of quotes); among patterns, the one given first wins, then the
/// longer match. A label that is a built-in one (`PER`, `ORG`, `LOC`,
/// `DATE`, `TIME`) gives that label; any other gives [`Label::Custom`](crate::Label::Custom).
///
/// Spans to keep together (`art. 5 ust. 2 pkt 3`) are never split by the
/// segmenter: sentences that a match of one of them crosses are joined.
///
/// ```
/// use kropka::{Analyzer, Label};
///
/// let analyzer = Analyzer::builder()
///     .pattern("PESEL", r"\b\d{11}\b")
///     .pattern("SYGNATURA", r"\b[IVX]+ [A-Z][a-z]? \d+/\d{2}\b")
///     .keep_together(r"\bart\. \d+ ust\. \d+( pkt \d+)?")
///     .build()?;
/// let doc = analyzer.analyze("Sąd (II K 123/24) ustalił PESEL 44051401458. Zob. art. 5 ust. 2 pkt 3 ustawy.");
/// let labels: Vec<&str> = doc.entities.iter().map(|e| e.label.as_str()).collect();
/// assert!(labels.contains(&"PESEL") && labels.contains(&"SYGNATURA"));
/// assert!(doc.entities.iter().any(|e| e.label == Label::Custom("PESEL") && e.lemma == "44051401458"));
/// assert_eq!(doc.sentences.len(), 2);
/// # Ok::<(), kropka::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Analyzer {
    segmenter: Segmenter,
    patterns: Option<Patterns>,
    demonyms: Demonyms,
}

/// What nouns of nationality or origin (`Polacy`, `Amerykanów`,
/// `Rosjanom`) become. NKJP, and so its scorers, counts them as places;
/// most users asking where a text happens do not want them there.
///
/// ```
/// use kropka::{Analyzer, Demonyms, Label};
///
/// let text = "Polacy pojechali do Berlina.";
/// let nkjp = Analyzer::default().analyze(text);
/// assert_eq!(nkjp.entities[0].label, Label::Loc);
/// let own = Analyzer::builder().demonyms(Demonyms::Own).build()?.analyze(text);
/// assert_eq!(own.entities[0].label, Label::Demonym);
/// let places = Analyzer::builder().demonyms(Demonyms::Drop).build()?.analyze(text);
/// assert_eq!(places.entities.len(), 1); // Berlin
/// # Ok::<(), kropka::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Demonyms {
    /// Places ([`Label::Loc`](crate::Label::Loc)), as NKJP has them (the default).
    #[default]
    Loc,
    /// A label of their own, [`Label::Demonym`](crate::Label::Demonym).
    Own,
    /// No entity.
    Drop,
}

/// Builds an [`Analyzer`]; see [`Analyzer::builder`].
#[derive(Debug, Clone, Default)]
pub struct AnalyzerBuilder {
    segmenter: Option<Segmenter>,
    patterns: Vec<(String, String)>,
    keep: Vec<String>,
    demonyms: Demonyms,
}

impl Default for Analyzer {
    fn default() -> Self {
        Self {
            segmenter: crate::segment::default_segmenter().clone(),
            patterns: None,
            demonyms: Demonyms::Loc,
        }
    }
}

impl Analyzer {
    /// A builder: the default segmenter and no patterns until told.
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    /// The segmenter this analyzer splits sentences with.
    pub fn segmenter(&self) -> &Segmenter {
        &self.segmenter
    }

    /// Analyses `text`: [`analyze_with`](crate::analyze_with) and the
    /// patterns.
    pub fn analyze<'t>(&self, text: &'t str) -> Document<'t> {
        #[cfg(feature = "parallel")]
        if text.len() >= crate::PARALLEL_BYTES {
            return crate::pool::install(crate::pool::default_threads(), || {
                analyze_steps(&self.segmenter, self.patterns.as_ref(), self.demonyms, text)
            });
        }
        analyze_steps(&self.segmenter, self.patterns.as_ref(), self.demonyms, text)
    }

    /// The segmenter and the patterns, for the bindings.
    #[cfg_attr(not(feature = "python"), allow(dead_code))]
    pub(crate) fn parts(&self) -> (&Segmenter, Option<&Patterns>, Demonyms) {
        (&self.segmenter, self.patterns.as_ref(), self.demonyms)
    }
}

impl AnalyzerBuilder {
    /// Splits sentences with `segmenter` (default: the default one).
    #[must_use]
    pub fn segmenter(mut self, segmenter: Segmenter) -> Self {
        self.segmenter = Some(segmenter);
        self
    }

    /// Finds entities labelled `label` where `regex` matches.
    #[must_use]
    pub fn pattern(mut self, label: impl Into<String>, regex: impl Into<String>) -> Self {
        self.patterns.push((label.into(), regex.into()));
        self
    }

    /// What nouns of nationality or origin become (default: places, as
    /// in NKJP); see [`Demonyms`].
    #[must_use]
    pub fn demonyms(mut self, demonyms: Demonyms) -> Self {
        self.demonyms = demonyms;
        self
    }

    /// Never splits a sentence inside a match of `regex`.
    #[must_use]
    pub fn keep_together(mut self, regex: impl Into<String>) -> Self {
        self.keep.push(regex.into());
        self
    }

    /// The analyzer; [`Error::InvalidPattern`] names a pattern that does not
    /// compile or can match the empty string, [`Error::InvalidLabel`] an
    /// empty label or one with whitespace.
    pub fn build(self) -> Result<Analyzer, Error> {
        let segmenter = self
            .segmenter
            .unwrap_or_else(|| crate::segment::default_segmenter().clone());
        if self.patterns.is_empty() && self.keep.is_empty() {
            return Ok(Analyzer {
                segmenter,
                patterns: None,
                demonyms: self.demonyms,
            });
        }
        Ok(Analyzer {
            segmenter,
            patterns: Some(Patterns::new(&self.patterns, &self.keep)?),
            demonyms: self.demonyms,
        })
    }
}
