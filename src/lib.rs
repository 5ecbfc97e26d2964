//! # kropka
//!
//! Fast, rule-based analysis of Polish text: sentence segmentation first of
//! all, with named entities and quote attribution built on top of it.
//!
//! ```
//! let text = "Prezydent przyjechał o godz. 12.30. – Witam! – powiedział.";
//! let got: Vec<&str> = kropka::sentences(text).map(|s| s.text).collect();
//! assert_eq!(got, ["Prezydent przyjechał o godz. 12.30.", "– Witam! – powiedział."]);
//! ```
//!
//! Spans are UTF-8 byte ranges into the untouched input (`&text[s.range]`);
//! the input is never rewritten.
//!
//! ## Cargo features
//! - `parallel` (default): a long text ([`PARALLEL_BYTES`] and more) is
//!   analysed on two threads, with the same result as on one; with `python`,
//!   batches are analysed in parallel. Without it, nothing starts a thread.
//!
//! ## Threads
//! Parallel work never runs on rayon's global pool. It runs on a pool the
//! crate owns: built on first use, rebuilt in a child after `fork` (the
//! child does not inherit the parent's threads), and never larger than the
//! CPUs the process may use. `KROPKA_NUM_THREADS` sets its size (default:
//! all those CPUs; `1` keeps all work on the calling thread). Called from a
//! worker of a rayon pool of your own, `analyze()` splits its work on that
//! pool instead.
//! - `cli`: the `kropka` command-line program.
//! - `python`: the pyo3 bindings (built by maturin; the pure-Rust build never compiles pyo3).
//!
//! ## Untrusted input
//! Analysis never fails and never panics, on any `&str`: empty, huge, without
//! a single full stop, full of control characters. Time and memory grow
//! linearly with the input. Only building a customised
//! [`Segmenter`] can fail, with an [`Error`].
#![deny(missing_docs)]

mod analyze;
mod chars;
mod data;
mod error;
mod fold;
mod lexicon;
mod morph;
mod ner;
pub mod offsets;
mod output;
mod patterns;
#[cfg(feature = "parallel")]
mod pool;
#[cfg(feature = "python")]
mod python;
mod quote;
mod segment;
mod stems;
mod table;
mod token;
mod triggers;

pub use analyze::{Analyzer, AnalyzerBuilder, Demonyms, PARALLEL_BYTES, analyze, analyze_with};
pub use error::Error;
pub use ner::base_form;
pub use output::{
    Document, Entity, Gender, Label, Quote, QuoteKind, QuoteRule, Speaker, SpeakerRule, Why,
};
pub use segment::{
    Decision, Decisions, MAX_ABBREVIATION_LEN, NewlinePolicy, Rule, Segmenter, SegmenterBuilder,
    Sentence, Sentences, sentences,
};
pub use token::{Token, TokenKind, Tokens, tokens};

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
