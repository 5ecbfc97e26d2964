//! Quote detection and attribution: who said what.
//!
//! Four kinds, found in one pass over the sentences:
//! - `dash`: a sentence opened by a dialogue dash, up to the dash of its
//!   attribution (`– Wiemy, gdzie mieszkają – wskazał prezydent.`); speech
//!   that resumes after the attribution is a second quote of the same speaker.
//!   Speech whose opening dash was lost (`To mój sukces- powiedział X.`) is
//!   one too, reaching back over sentences that are not the reporter's;
//! - `direct`: content in quote marks with a speech verb beside it;
//! - `indirect`: a speech verb with `że`, `iż`, `jakoby`, `by`, and the frames
//!   `Zdaniem X`, `Według X`, `Jak dodał`. Only a 3rd-person, affirmative
//!   form reports (`uważam, że`, `nie twierdzi, że`, `zdementował, że` do
//!   not); a coordinated report (`…, a także ma nadzieję, że …`) and a
//!   participle in an attribution (`– zaznaczył X, dodając, że …`) are
//!   quotes of the same speaker;
//! - `mixed`: reported speech that contains quote marks; a quoted sentence
//!   after its colon (`sądzi, że …: "To …"`) is a `direct` quote of its own.
//!
//! Speakers are the named subject next to the cue, a descriptor
//! (`rosyjski dyplomata`) or nobody (`– zapewnił.`); the last two are resolved
//! to the person they refer to (see `speaker`).

mod antecedent;
mod cue_filter;
mod cues;
mod dash;
mod descriptor;
mod interview;
mod marks;
mod morph;
mod names;
mod reported;
mod speaker;
mod timeline;

use std::ops::Range;

use crate::lexicon::{Gender, speech_verb};
use crate::output::{Entity, Quote, QuoteKind};
use crate::segment::Sentence;
use crate::token::{Token, TokenKind};
use cues::*;
use dash::*;
use marks::*;
use reported::*;

/// A speech verb found in the text.
#[derive(Debug, Clone)]
struct Cue {
    range: Range<usize>,
    gender: Gender,
}

use crate::chars::{is_close_quote, is_dash, is_open_quote};

/// Whether token `t` starts with a dash, told by its first byte where it
/// can be: every dash is `-` or starts with the byte 0xE2.
fn dash_token(text: &str, t: &Token) -> bool {
    matches!(text.as_bytes().get(t.range.start), Some(b'-' | 0xE2))
        && word(text, t).starts_with(is_dash)
}

/// A word token's text.
fn word<'t>(text: &'t str, t: &Token) -> &'t str {
    text.get(t.range.clone()).unwrap_or("")
}

/// A quote before its speaker is resolved.
#[derive(Debug, Clone)]
struct Found {
    range: Range<usize>,
    kind: QuoteKind,
    cue: Option<Cue>,
    /// Where to look for the named speaker: after the cue, or before it.
    subject: Subject,
}

#[derive(Debug, Clone)]
enum Subject {
    /// The subject follows the cue (`– napisał Siergiej Riabkow`).
    After(usize),
    /// The subject precedes the cue in its sentence (`Skulich stwierdził, że`).
    Before {
        sentence_start: usize,
        cue_start: usize,
    },
    /// A capitalised word follows the cue (`stwierdził Kowalski, że`), but
    /// a name before it may be the subject (`Kowalski stwierdził agencji
    /// Reuters, że`).
    Inverted {
        after: usize,
        sentence_start: usize,
        cue_start: usize,
    },
    /// A frame's argument (`Zdaniem Riabkowa`): the words after the frame.
    Frame(usize),
    /// The same speaker as the previous quote (continuation).
    Previous,
    /// Speech in marks standing as a sentence of its own: the subject of
    /// the sentence before it (this range), if a person.
    Adjacent(Range<usize>),
    /// A dash line without attribution after the reporter's sentence (this
    /// range) that introduces it: that sentence's subject if a person, else
    /// the previous speaker (`Jan Nowak nie ma wątpliwości. – Nie będzie
    /// podwyżek.`).
    Introduced(Range<usize>),
}

impl Subject {
    /// The subject of a verb at `cue_start..after` in the sentence from
    /// `sentence_start`: after it when `inverted` (unless one stands before
    /// it), else before it.
    fn of_verb(inverted: bool, after: usize, sentence_start: usize, cue_start: usize) -> Self {
        if inverted {
            Self::Inverted {
                after,
                sentence_start,
                cue_start,
            }
        } else {
            Self::Before {
                sentence_start,
                cue_start,
            }
        }
    }
}

/// The quotes of a document before their speakers are known: what
/// [`candidates`] finds, for [`attribute`]. (Finding them needs no
/// entities, so they can be found while the entities are.)
pub(crate) struct Candidates(Vec<Found>);

/// Gives each quote [`candidates`] found its speaker, from the entities.
pub(crate) fn attribute(
    text: &str,
    sentences: &[Sentence<'_>],
    tokens: &[Token],
    entities: &[Entity],
    found: Candidates,
) -> Vec<Quote> {
    speaker::resolve(text, sentences, tokens, entities, found.0)
}

/// Finds the quotes of a document, with their cues, without their speakers.
pub(crate) fn candidates(text: &str, sentences: &[Sentence<'_>], tokens: &[Token]) -> Candidates {
    let marks = quote_marks(text);
    let spans = SentenceTokens::new(sentences, tokens);
    let mut found: Vec<Found> = Vec::new();
    let mut si = 0;
    while si < sentences.len() {
        let Some(s) = sentences.get(si) else { break };
        let toks = spans.of(si);
        // Dialogue: a sentence opened by a dash.
        if s.text.starts_with(is_dash) {
            if let Some((cue, after)) = tag_line(text, toks) {
                attach_tag(text, &mut found, s.range.start, cue, after);
                reported(text, s, toks, &marks, &mut found);
                si += 1;
                continue;
            }
            si = dash_quote(text, sentences, &spans, &marks, si, &mut found);
            continue;
        }
        if let Some((q, next)) = label_line(text, sentences, &spans, si) {
            found.push(q);
            si = next;
            continue;
        }
        if let Some((q, next)) = colon_dash(text, sentences, &spans, si) {
            // What the sentence reports before its colon stays.
            reported(text, s, toks, &marks, &mut found);
            while found.last().is_some_and(|f| f.range.end > q.range.start) {
                found.pop();
            }
            found.push(q);
            si = next;
            continue;
        }
        if let Some((q, resumed)) = unopened(text, sentences, &spans, si) {
            // Reports inside the speech are part of it.
            // (`found` is in text order so far.)
            while found.last().is_some_and(|f| f.range.end > q.range.start) {
                found.pop();
            }
            found.push(q);
            found.extend(resumed);
        } else if let Some(q) = comma_tag(text, s, toks) {
            found.push(q);
        } else {
            reported(text, s, toks, &marks, &mut found);
        }
        si += 1;
    }
    direct_quotes(text, sentences, &spans, &marks, &mut found);
    found.sort_by_key(|f| (f.range.start, f.range.end));
    // Drop quotes that overlap an earlier one.
    let mut kept: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        if kept.last().is_some_and(|k| k.range.end > f.range.start) {
            continue;
        }
        if !f.range.is_empty() {
            kept.push(f);
        }
    }
    Candidates(kept)
}

/// The tokens that start inside `r` (tokens are sorted by start).
pub(super) fn tokens_in<'a>(tokens: &'a [Token], r: &Range<usize>) -> &'a [Token] {
    let a = tokens.partition_point(|t| t.range.start < r.start);
    let b = tokens.partition_point(|t| t.range.start < r.end);
    tokens.get(a..b).unwrap_or(&[])
}

/// The tokens of each sentence ([`tokens_in`] of its range), found in one
/// sweep over the sentences and the tokens.
struct SentenceTokens<'a> {
    tokens: &'a [Token],
    /// Token indices of each sentence.
    spans: Vec<Range<usize>>,
}

impl<'a> SentenceTokens<'a> {
    fn new(sentences: &[Sentence<'_>], tokens: &'a [Token]) -> Self {
        let mut spans = Vec::with_capacity(sentences.len());
        // The tokens before `cursor` start before `reach`. Sentences come
        // in text order, so the sweep goes on from the last sentence's
        // end (and starts over should one not).
        let mut cursor = 0;
        let mut reach = 0;
        let starting_before = |from: usize, at: usize| {
            let rest = tokens.get(from..).unwrap_or(&[]);
            from + rest.iter().take_while(|t| t.range.start < at).count()
        };
        for s in sentences {
            let from = if s.range.start >= reach { cursor } else { 0 };
            let a = starting_before(from, s.range.start);
            let b = starting_before(a, s.range.end);
            spans.push(a..b);
            cursor = b;
            reach = s.range.start.max(s.range.end);
        }
        Self { tokens, spans }
    }

    /// The tokens of sentence `si`.
    fn of(&self, si: usize) -> &'a [Token] {
        self.spans
            .get(si)
            .and_then(|r| self.tokens.get(r.clone()))
            .unwrap_or(&[])
    }
}

fn tokens_from(tokens: &[Token], at: usize, n: usize) -> &[Token] {
    let a = tokens.partition_point(|t| t.range.start < at);
    tokens.get(a..(a + n).min(tokens.len())).unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`quote_marks`] as a plain walk over the chars: the definition.
    fn reference(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut open: Option<usize> = None;
        let mut prev = ' ';
        for (i, c) in text.char_indices() {
            match (c, open) {
                ('"', None) if !prev.is_alphanumeric() => open = Some(i),
                ('"', Some(o)) => {
                    out.push((o, i));
                    open = None;
                }
                (c, None) if is_open_quote(c) && c != '»' && c != '«' => open = Some(i),
                ('»', None) => open = Some(i),
                (c, Some(o)) if is_close_quote(c) => {
                    out.push((o, i));
                    open = None;
                }
                ('\n', Some(_)) if prev == '\n' => open = None,
                _ => {}
            }
            prev = c;
        }
        out
    }

    #[test]
    fn marks_pair_up() {
        let text = "Rzekł: „Tak”. A on: \"Nie\". «Może» i »raczej«, ‚no‘.";
        assert_eq!(quote_marks(text), reference(text));
        assert_eq!(quote_marks(text).len(), 4);
        // A blank line closes nothing but ends the open quote.
        assert_eq!(
            quote_marks("„Tak\n\nNie” i „tak”"),
            reference("„Tak\n\nNie” i „tak”")
        );
    }

    proptest::proptest! {
        #[test]
        fn marks_agree_with_reference(text in "[a1 \n\"„”«»‚‘’“–—.]{0,40}") {
            proptest::prop_assert_eq!(quote_marks(&text), reference(&text));
        }
    }
}
