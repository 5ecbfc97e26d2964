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
//! - `parallel` (default): a long text (8 000 words and more) is searched for
//!   names on two threads of the rayon pool, with the same result as one; with
//!   `python`, batches are analysed on a rayon pool. Without it, nothing
//!   starts a thread. (Rust callers that `fork` after a long `analyze()`
//!   should run it in the child inside a pool of their own: rayon's global
//!   pool does not survive a fork. The Python package does this itself.)
//! - `cli`: the `kropka` command-line program.
//! - `python`: the pyo3 bindings (built by maturin; the pure-Rust build never compiles pyo3).
//!
//! ## Untrusted input
//! Analysis never fails and never panics, on any `&str`: empty, huge, without
//! a single full stop, full of control characters. Time and memory grow
//! linearly with the input. Only building a customised
//! [`Segmenter`] can fail, with an [`Error`].
#![deny(missing_docs)]

mod data;
mod document;
mod error;
mod lexicon;
mod ner;
pub mod offsets;
#[cfg(feature = "python")]
mod python;
mod quote;
mod segment;
mod token;

pub use document::{Document, Entity, Quote, Speaker, analyze, analyze_with};
pub use error::Error;
pub use ner::base_form;
pub use segment::{
    Decision, MAX_ABBREVIATION_LEN, NewlinePolicy, Rule, Segmenter, SegmenterBuilder, Sentence,
    Sentences, sentences,
};
pub use token::{Token, TokenKind, Tokens, tokens};
