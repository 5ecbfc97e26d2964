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

mod cue_filter;
mod morph;
mod names;
mod speaker;
mod timeline;

use std::ops::Range;

use crate::lexicon::{Gender, speech_verb};
use crate::output::{Entity, Quote, QuoteKind};
use crate::segment::Sentence;
use crate::token::{Token, TokenKind};

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

/// The speech verb at token `t`, if it is one (`powiedział`, `mówi`), or a
/// form of `wyrazić` (`wyraził nadzieję, że`).
#[inline]
fn cue_at(text: &str, t: &Token) -> Option<Cue> {
    if t.kind != TokenKind::Word || !cue_filter::may_be_cue(text.as_bytes().get(t.range.clone())?) {
        return None;
    }
    cue_of(text, t)
}

/// [`cue_at`] past its filter.
#[inline(never)]
fn cue_of(text: &str, t: &Token) -> Option<Cue> {
    let w = word(text, t);
    if let Some(g) = expressed(w) {
        return Some(Cue {
            range: t.range.clone(),
            gender: g,
        });
    }
    let verb = match speech_verb(w) {
        Some(v) => v,
        None if w.starts_with(char::is_uppercase) => {
            // Sentence-initial `Powiedział`: look it up in lower case, on the stack.
            let mut buf = [0u8; 64];
            let bytes = w.as_bytes();
            match (bytes.first(), buf.get_mut(..bytes.len())) {
                // An ASCII capital: lower it alone. The forms are all in
                // lower case, so a form found is the word in lower case, and
                // none is found unless a capital follows.
                (Some(b), Some(copy)) if b.is_ascii_uppercase() => {
                    copy.copy_from_slice(bytes);
                    if let Some(first) = copy.first_mut() {
                        *first = b.to_ascii_lowercase();
                    }
                    let found = std::str::from_utf8(copy).ok().and_then(speech_verb);
                    match found {
                        Some(v) => v,
                        None if crate::lexicon::has_upper(w.get(1..).unwrap_or("")) => {
                            speech_verb(crate::lexicon::lowercase_into(w, &mut [0u8; 64])?)?
                        }
                        None => return None,
                    }
                }
                _ => speech_verb(crate::lexicon::lowercase_into(w, &mut buf)?)?,
            }
        }
        None => return None,
    };
    Some(Cue {
        range: t.range.clone(),
        gender: verb.gender,
    })
}

/// The stems of the past forms of `wyrazić` / `wyrażać`.
const EXPRESSED_STEMS: [&str; 2] = ["wyraził", "wyrażał"];

/// The endings of their past forms (masculine, feminine, neuter, plural).
const EXPRESSED_ENDINGS: [&str; 5] = ["", "a", "o", "i", "y"];

/// Past forms of `wyrazić` / `wyrażać` (`wyraził nadzieję, że`): they report
/// speech when a clause follows, which the caller checks.
fn expressed(w: &str) -> Option<Gender> {
    if !(w.starts_with("wyra") || w.starts_with("Wyra")) {
        return None;
    }
    let w = w.to_lowercase();
    let stem = EXPRESSED_STEMS.into_iter().find(|s| w.starts_with(s))?;
    match w.strip_prefix(stem)? {
        "" => Some(Gender::Masculine),
        "a" => Some(Gender::Feminine),
        "o" => Some(Gender::Neuter),
        "i" | "y" => Some(Gender::Plural),
        _ => None,
    }
}

/// Frame words that introduce reported speech on their own.
fn is_frame(w: &str) -> bool {
    matches!(w, "Zdaniem" | "zdaniem" | "Według" | "według" | "Wg" | "wg")
}

/// Whether a speech-verb form can report someone else's words in narration:
/// 3rd person present or past, impersonal `-no`/`-to`, conditional, or an
/// adverbial participle (`-ąc`). Infinitives (`powiedzieć`), imperatives
/// (`zauważ`, `przypomnijmy`) and 1st/2nd person forms (`uważam`, `mówisz`)
/// do not: `Proszę pozwolić, że…`, `Nie chciał powiedzieć, że…`.
fn reportive(w: &str) -> bool {
    crate::lexicon::with_lower(w, reportive_lower)
}

/// [`reportive`] of a word in lower case.
fn reportive_lower(w: &str) -> bool {
    if w.ends_with("ąc") {
        return true;
    }
    if w.ends_with(['ć', 'c']) {
        return false;
    }
    const NOT_THIRD: &[&str] = &["łeś", "łaś", "łoś", "my", "cie", "sz", "m", "ę"];
    if NOT_THIRD.iter().any(|e| w.ends_with(e)) {
        return false;
    }
    const THIRD: &[&str] = &["ł", "ła", "ło", "li", "ły", "by", "no", "to"];
    THIRD.iter().any(|e| w.ends_with(e)) || w.ends_with(['a', 'e', 'i', 'y', 'ą', 'o'])
}

/// A cue that does not report what someone said: a negated verb
/// (`nie twierdzi, że`) or a denial (`zdementował, że`, `zaprzeczył, iż`).
fn negated(text: &str, toks: &[Token], k: usize) -> bool {
    let prev = k
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|p| matches!(word(text, p), "nie" | "Nie"));
    let denial = toks.get(k).is_some_and(|t| {
        let w = word(text, t);
        [
            "zdement", "dement", "zaprzecz", "Zdement", "Dement", "Zaprzecz",
        ]
        .iter()
        .any(|p| w.starts_with(p))
    });
    prev || denial
}

/// Nouns for figures and findings: `Według szacunków X` gives a source
/// of data, not someone's words.
fn is_estimate(w: &str) -> bool {
    matches!(
        w,
        "szacunków"
            | "szacunku"
            | "szacunkach"
            | "danych"
            | "obliczeń"
            | "wyliczeń"
            | "statystyk"
            | "prognoz"
            | "prognozy"
            | "sondażu"
            | "sondaży"
            | "badań"
            | "badania"
            | "raportu"
    )
}

fn is_complementizer(w: &str) -> bool {
    matches!(w, "że" | "iż" | "jakoby" | "by" | "aby" | "żeby")
}

/// Quote-mark spans `(open, close)` (byte offsets of the marks). A blank
/// line closes an unclosed quote.
fn quote_marks(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let bytes = text.as_bytes();
    // Where the search for a blank line inside the open quote resumes.
    let mut checked = 0;
    // Every mark is `"` or starts with 0xC2 (U+00AB, U+00BB) or 0xE2 (U+2018–U+201E).
    for i in memchr::memchr3_iter(b'"', 0xC2, 0xE2, bytes) {
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            continue;
        };
        if c != '"' && !is_open_quote(c) && !is_close_quote(c) {
            continue;
        }
        if let Some(o) = open {
            let from = checked.max(o);
            if bytes
                .get(from..i)
                .is_some_and(|w| memchr::memmem::find(w, b"\n\n").is_some())
            {
                open = None;
            }
            checked = i;
        }
        match (c, open) {
            ('"', None) => {
                let prev = text.get(..i).and_then(|p| p.chars().next_back());
                if !prev.is_some_and(char::is_alphanumeric) {
                    open = Some(i);
                }
            }
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
            _ => {}
        }
    }
    out
}

/// Trims spaces, and a final full stop that closes the whole sentence.
fn trim_content(text: &str, mut r: Range<usize>) -> Range<usize> {
    while let Some(c) = text.get(r.clone()).and_then(|s| s.chars().next()) {
        if c.is_whitespace() {
            r.start += c.len_utf8();
        } else {
            break;
        }
    }
    while let Some(c) = text.get(r.clone()).and_then(|s| s.chars().next_back()) {
        if c.is_whitespace()
            || c == ','
            || c == ':'
            || c == ';'
            || c == '.' && !text.get(r.clone()).is_some_and(|s| s.ends_with("..."))
        {
            r.end -= c.len_utf8();
        } else {
            break;
        }
    }
    r
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
            si = dash_quote(text, sentences, &spans, &marks, si, &mut found);
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

/// In a sentence `s`, the attribution dash: a dash between spaces followed by
/// a speech verb (`– mówi`, `– dodała`). Returns the dash offset and the cue.
fn attribution(text: &str, toks: &[Token]) -> Option<(usize, Cue, usize)> {
    for (k, t) in toks.iter().enumerate() {
        if k == 0 || t.kind != TokenKind::Punct || !dash_token(text, t) {
            continue;
        }
        // The verb may follow an adverb (`– spokojnie odpowiada`).
        for j in k + 1..(k + 3).min(toks.len()) {
            if let Some(cue) = toks.get(j).and_then(|v| cue_at(text, v)) {
                let after = toks.get(j).map_or(t.range.end, |v| v.range.end);
                return Some((t.range.start, cue, after));
            }
        }
    }
    None
}

/// A dash quote starting at sentence `si`; returns the next sentence to read.
fn dash_quote(
    text: &str,
    sentences: &[Sentence<'_>],
    spans: &SentenceTokens<'_>,
    marks: &[(usize, usize)],
    si: usize,
    found: &mut Vec<Found>,
) -> usize {
    let Some(first) = sentences.get(si) else {
        return si + 1;
    };
    let dash_len = first.text.chars().next().map_or(1, char::len_utf8);
    let start = first.range.start + dash_len;
    // The quote runs on through the sentences of its paragraph until one
    // carries the attribution.
    let mut sj = si;
    while let Some(s) = sentences.get(sj) {
        let toks = spans.of(sj);
        if let Some((dash, cue, after)) = attribution(text, toks) {
            found.push(Found {
                range: trim_content(text, start..dash),
                kind: QuoteKind::Dash,
                cue: Some(cue.clone()),
                subject: Subject::After(after),
            });
            // `– … – zaznaczył X, dodając, że …`: a report in the attribution.
            if let Some(q) = attribution_report(text, marks, toks, s.range.end, after) {
                found.push(q);
            }
            // Speech resumed after the attribution: `– A – mówi X. – B.` or `… – mówi X – b.`
            let rest_start = resumed_speech(text, s, after);
            if let Some(rs) = rest_start {
                let end = paragraph_end(text, sentences, sj);
                found.push(Found {
                    range: trim_content(text, rs..end),
                    kind: QuoteKind::Dash,
                    cue: Some(cue),
                    subject: Subject::Previous,
                });
                return next_after(sentences, sj, end);
            }
            if let Some(next) = sentences.get(sj + 1)
                && next.text.starts_with(is_dash)
                && same_paragraph(text, s.range.end, next.range.start)
            {
                let end = paragraph_end(text, sentences, sj + 1);
                // `– A – mówi X. – B. C – dodaje X.`: the continuation has an
                // attribution of its own and is read as a quote of its own.
                let attributed = (sj + 1..next_after(sentences, sj + 1, end))
                    .any(|k| attribution(text, spans.of(k)).is_some());
                if attributed {
                    return sj + 1;
                }
                // `– A – mówi X. – B.`: the next dash sentence continues.
                let dl = next.text.chars().next().map_or(1, char::len_utf8);
                found.push(Found {
                    range: trim_content(text, next.range.start + dl..end),
                    kind: QuoteKind::Dash,
                    cue: Some(cue),
                    subject: Subject::Previous,
                });
                return next_after(sentences, sj + 1, end);
            }
            // `– A – odpowiada X. B.` with no new dash: the rest of a short
            // paragraph is still the speaker's when it goes on in the first
            // person (narration in the press speaks in the third). Only a
            // paragraph closed by a line break within a few sentences counts:
            // text that lost its line breaks has no paragraphs to go by.
            if let Some(next) = sentences.get(sj + 1)
                && same_paragraph(text, s.range.end, next.range.start)
                && first_person(text, spans.of(sj + 1))
            {
                let end = paragraph_end(text, sentences, sj + 1);
                let rest = sj + 1..next_after(sentences, sj + 1, end);
                let closed = text
                    .get(end..)
                    .is_some_and(|t| t.trim_start_matches([' ', '\t']).starts_with(['\n', '\r']));
                if closed
                    && rest.len() <= CONTINUATION_SENTENCES
                    && rest
                        .clone()
                        .all(|k| attribution(text, spans.of(k)).is_none())
                {
                    found.push(Found {
                        range: trim_content(text, next.range.start..end),
                        kind: QuoteKind::Dash,
                        cue: Some(cue),
                        subject: Subject::Previous,
                    });
                    return next_after(sentences, sj + 1, end);
                }
            }
            return sj + 1;
        }
        let next_in_par = sentences.get(sj + 1).is_some_and(|n| {
            same_paragraph(text, s.range.end, n.range.start) && !n.text.starts_with(is_dash)
        });
        if !next_in_par {
            // No attribution: a dialogue line; the speaker is the previous one.
            found.push(Found {
                range: trim_content(text, start..s.range.end),
                kind: QuoteKind::Dash,
                cue: None,
                subject: Subject::Previous,
            });
            return sj + 1;
        }
        sj += 1;
    }
    sj + 1
}

/// Conjunctions and relative words: after a dash they start a clause of
/// the sentence, not an attribution (`- a zaczyna`, `- co potwierdza`).
fn is_connective(w: &str) -> bool {
    matches!(
        w,
        "a" | "i"
            | "oraz"
            | "ale"
            | "lecz"
            | "czy"
            | "albo"
            | "lub"
            | "bo"
            | "że"
            | "co"
            | "kto"
            | "który"
            | "która"
            | "które"
            | "którzy"
            | "jak"
            | "gdy"
            | "kiedy"
    )
}

/// Whether a sentence holds quote marks.
fn has_quote_marks(s: &str) -> bool {
    // Every mark is `"` or starts with the byte 0xC2 or 0xE2.
    memchr::memchr3_iter(b'"', 0xC2, 0xE2, s.as_bytes()).any(|i| {
        s.get(i..)
            .and_then(|r| r.chars().next())
            .is_some_and(|c| c == '"' || is_open_quote(c) || is_close_quote(c))
    })
}

/// Conditional words: speech in the conditional is not the reporter's
/// narration (`Lepiej byłoby, gdyby…`).
fn conditional(w: &str) -> bool {
    matches!(
        w,
        "by" | "gdyby" | "żeby" | "aby" | "jakby" | "Gdyby" | "Żeby" | "Aby" | "Jakby"
    ) || ["łby", "łaby", "łoby", "liby", "łyby"]
        .iter()
        .any(|e| w.ends_with(e))
}

/// A sentence the reporter tells: a 3rd-person past verb outside a
/// conditional (`Prezydent przyjechał do Gdańska.`).
fn narrative(text: &str, toks: &[Token]) -> bool {
    let words = || {
        toks.iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| word(text, t))
    };
    if words().any(conditional) {
        return false;
    }
    words().any(|w| {
        w.chars().count() > 3
            && ["ł", "ła", "ło", "li", "ły"].iter().any(|e| w.ends_with(e))
            && morph::can_be_verb(w)
    })
}

/// Speech whose opening dash was lost, closed by an attribution:
/// `To jest mój sukces - powiedział Jan Kowal.` The sentence has no quote
/// marks and no opening dash; the speech may begin up to two sentences
/// earlier, in the same paragraph, after a sentence that is the reporter's
/// (narration, an attribution, a quote).
fn unopened(
    text: &str,
    sentences: &[Sentence<'_>],
    spans: &SentenceTokens<'_>,
    si: usize,
) -> Option<(Found, Option<Found>)> {
    let s = sentences.get(si)?;
    // Every dash is `-` or starts with the byte 0xE2.
    if memchr::memchr2(b'-', 0xE2, s.text.as_bytes()).is_none() || has_quote_marks(s.text) {
        return None;
    }
    let toks = spans.of(si);
    let is_jak = |t: Option<&Token>| t.is_some_and(|t| matches!(word(text, t), "jak" | "Jak"));
    let (n, dash, cue) = toks.iter().enumerate().skip(3).find_map(|(n, t)| {
        if t.kind != TokenKind::Punct {
            return None;
        }
        let w = word(text, t);
        if !w.starts_with(is_dash) || w.chars().count() != 1 {
            return None;
        }
        if is_jak(n.checked_sub(1).and_then(|p| toks.get(p))) || is_jak(toks.get(n + 1)) {
            return None;
        }
        // A 3rd-person finite verb of saying right after the dash, maybe
        // after an adverb (not `-no`/`-to`, not a participle): `- powiedział`,
        // `- dodaje`, `- stanowczo oświadczył`; not `- a zaczyna`.
        let (v, cue) = toks
            .iter()
            .enumerate()
            .skip(n + 1)
            .take(2)
            .take_while(|(_, v)| v.kind == TokenKind::Word && !is_connective(word(text, v)))
            .find_map(|(v, x)| {
                let vw = word(text, x);
                let finite = reportive(vw) && !["no", "to", "ąc"].iter().any(|e| vw.ends_with(e));
                cue_at(text, x).filter(|_| finite).map(|c| (v, c))
            })?;
        // `X - deklaruje, że …`: a report of its own, not an attribution.
        let reports = toks
            .iter()
            .skip(v + 1)
            .take(3)
            .any(|x| is_complementizer(word(text, x)));
        (!reports).then_some((n, t, cue))
    })?;
    // A dash opening speech earlier in the sentence: an ordinary dash quote.
    let opened = toks.iter().take(n).any(|t| {
        t.kind == TokenKind::Punct
            && word(text, t).starts_with(is_dash)
            && t.range.start > s.range.start
            && text
                .get(..t.range.start)
                .is_some_and(|p| p.ends_with(char::is_whitespace))
    });
    if opened {
        return None;
    }
    let mut start = s.range.start;
    for back in 1..=2 {
        let Some(j) = si.checked_sub(back) else { break };
        let (Some(p), Some(next)) = (sentences.get(j), sentences.get(j + 1)) else {
            break;
        };
        let ptoks = spans.of(j);
        let mut words = ptoks.iter().filter(|t| t.kind == TokenKind::Word);
        let first = words.clone().next().map_or("", |t| word(text, t));
        let attributed = words
            .by_ref()
            .take(5)
            .any(|t| cue_at(text, t).is_some() && reportive(word(text, t)))
            || is_frame(first)
            || matches!(first, "Jak" | "jak")
            || has_quote_marks(p.text)
            || p.text.starts_with(is_dash)
            || !same_paragraph(text, p.range.end, next.range.start)
            || attribution(text, ptoks).is_some()
            || narrative(text, ptoks);
        if attributed {
            break;
        }
        start = p.range.start;
    }
    let range = trim_content(text, start..dash.range.start);
    if range.is_empty() {
        return None;
    }
    let after = cue.range.end;
    // `A - zaznacza X - b.`: the speech goes on after the attribution.
    let resumed = resumed_speech(text, s, after).map(|rs| Found {
        range: trim_content(text, rs..s.range.end),
        kind: QuoteKind::Dash,
        cue: Some(cue.clone()),
        subject: Subject::Previous,
    });
    Some((
        Found {
            range,
            kind: QuoteKind::Dash,
            cue: Some(cue),
            subject: Subject::After(after),
        },
        resumed,
    ))
}

/// In the tail of an attribution ending at `after`, a participle or a
/// coordinated verb of saying with its own clause (`– zaznaczył X, dodając
/// jednocześnie, że …`, `… i dodał, że …`): a report of the same speaker.
fn attribution_report(
    text: &str,
    marks: &[(usize, usize)],
    toks: &[Token],
    end: usize,
    after: usize,
) -> Option<Found> {
    let from = toks.partition_point(|t| t.range.start < after);
    let tail = toks.get(from..)?;
    for (n, t) in tail.iter().enumerate() {
        let w = word(text, t);
        if matches!(w, "." | "!" | "?") || w.starts_with(is_dash) {
            return None;
        }
        let Some(cue) = cue_at(text, t) else { continue };
        let coordinated = n
            .checked_sub(1)
            .and_then(|p| tail.get(p))
            .is_some_and(|p| matches!(word(text, p), "i" | "oraz"));
        if !(w.ends_with("ąc") || coordinated && reportive(w)) {
            continue;
        }
        let c = tail
            .iter()
            .skip(n + 1)
            .take(4)
            .find(|x| matches!(word(text, x), "że" | "iż"))?;
        let clause = through_quote(text, marks, trim_content(text, c.range.end..end));
        return (clause.len() >= 8).then(|| Found {
            kind: kind_of(marks, &clause),
            range: clause,
            cue: Some(cue),
            subject: Subject::Previous,
        });
    }
    None
}

/// Most sentences a speech goes on for after its attribution without a dash.
const CONTINUATION_SENTENCES: usize = 4;

/// Whether a sentence speaks in the first person: a first-person pronoun or
/// a past-tense verb of the first person (`mówiłem`, `byłyśmy`).
fn first_person(text: &str, toks: &[Token]) -> bool {
    const PRONOUNS: &[&str] = &[
        "ja",
        "mnie",
        "mi",
        "mną",
        "my",
        "nas",
        "nam",
        "nami",
        "mój",
        "moja",
        "moje",
        "mojego",
        "mojej",
        "moim",
        "moich",
        "nasz",
        "nasza",
        "nasze",
        "naszego",
        "naszej",
        "naszym",
        "naszych",
        "jestem",
        "jesteśmy",
    ];
    const PAST: &[&str] = &["łem", "łam", "liśmy", "łyśmy"];
    toks.iter().any(|t| {
        let w = word(text, t);
        crate::lexicon::with_lower(w, |l| {
            PRONOUNS.contains(&l) || (PAST.iter().any(|e| l.ends_with(e)) && morph::is_verb(l))
        })
    })
}

/// After an attribution ending at `after`, a dash that resumes the speech.
fn resumed_speech(text: &str, s: &Sentence<'_>, after: usize) -> Option<usize> {
    let rest = text.get(after..s.range.end)?;
    // A dash after a space: `… – mówi X – i dodaje`.
    let (i, _) = rest
        .char_indices()
        .find(|&(k, c)| is_dash(c) && rest.get(..k).is_some_and(|p| p.ends_with(' ')))?;
    let tail = rest.get(i..)?;
    let dash = tail.chars().next()?;
    let body = tail.get(dash.len_utf8()..)?.trim_start();
    (body.chars().count() > 3).then(|| s.range.end - body.len())
}

fn same_paragraph(text: &str, a: usize, b: usize) -> bool {
    text.get(a..b).is_some_and(|gap| !gap.contains('\n'))
}

/// End of the paragraph that sentence `si` is in (end of its last sentence).
fn paragraph_end(text: &str, sentences: &[Sentence<'_>], si: usize) -> usize {
    let mut end = sentences.get(si).map_or(0, |s| s.range.end);
    let mut k = si + 1;
    while let Some(n) = sentences.get(k) {
        if !same_paragraph(text, end, n.range.start) || n.text.starts_with(is_dash) {
            break;
        }
        end = n.range.end;
        k += 1;
    }
    end
}

fn next_after(sentences: &[Sentence<'_>], si: usize, end: usize) -> usize {
    let mut k = si + 1;
    while sentences.get(k).is_some_and(|s| s.range.end <= end) {
        k += 1;
    }
    k
}

/// Reported speech in one sentence: `X stwierdził, że …`, `Zdaniem X, …`, `Jak dodał, …`.
fn reported(
    text: &str,
    s: &Sentence<'_>,
    toks: &[Token],
    marks: &[(usize, usize)],
    found: &mut Vec<Found>,
) {
    let end = s.range.end;
    for (k, t) in toks.iter().enumerate() {
        // `Zdaniem X, …` / `Według X …`
        // The frame opens the sentence, maybe after a possessive: `Jego zdaniem`.
        let opens = k == 0
            || (k == 1
                && toks
                    .first()
                    .is_some_and(|f| matches!(word(text, f), "Jego" | "Jej" | "Ich")));
        if opens && is_frame(word(text, t)) {
            let w = word(text, t);
            // `Według szacunków policji`: the source of a figure, not speech.
            if matches!(w, "Według" | "według" | "Wg" | "wg")
                && toks.get(k + 1).is_some_and(|x| is_estimate(word(text, x)))
            {
                return;
            }
            // The clause follows a comma, or the frame's argument: a
            // capitalised name or a pronoun (`Według niego taki podział …`).
            let comma = toks
                .iter()
                .skip(k + 1)
                .take(8)
                .find(|x| word(text, x) == ",");
            let start = match comma {
                Some(c) => c.range.end,
                None if k == 1 => t.range.end,
                None => {
                    let arg = toks
                        .iter()
                        .skip(k + 1)
                        .take_while(|x| {
                            let xw = word(text, x);
                            x.kind == TokenKind::Word
                                && (xw.starts_with(char::is_uppercase)
                                    || matches!(xw, "niego" | "niej" | "nich"))
                        })
                        .last();
                    match arg {
                        Some(a) => a.range.end,
                        None => continue,
                    }
                }
            };
            let clause = through_quote(text, marks, trim_content(text, start..end));
            found.push(Found {
                kind: kind_of(marks, &clause),
                range: clause,
                cue: Some(Cue {
                    range: t.range.clone(),
                    gender: Gender::Unmarked,
                }),
                subject: Subject::Frame(t.range.end),
            });
            return;
        }
        let Some(cue) = cue_at(text, t) else { continue };
        let w = word(text, t);
        // Only a 3rd-person, affirmative cue reports speech (`uważam, że`,
        // `nie wskazuje na to, że` and `zdementował, że` do not).
        let reports = reportive(w) && !negated(text, toks, k);
        // `Jak dodał, …` / `Jak podkreśla Kowalski, …`
        if k > 0
            && toks
                .get(k - 1)
                .is_some_and(|p| matches!(word(text, p), "Jak" | "jak"))
        {
            if let Some(comma) = toks
                .iter()
                .skip(k + 1)
                .take(6)
                .find(|x| word(text, x) == ",")
            {
                if !reports {
                    return;
                }
                let clause = trim_content(text, comma.range.end..end);
                let cue_range = toks
                    .get(k - 1)
                    .map_or(cue.range.clone(), |p| p.range.start..cue.range.end);
                found.push(Found {
                    kind: kind_of(marks, &clause),
                    range: clause,
                    cue: Some(Cue {
                        range: cue_range,
                        gender: cue.gender,
                    }),
                    subject: Subject::After(t.range.end),
                });
                return;
            }
        }
        // `… powiedział, że …` (the comma is optional; a subject may sit between).
        let mut j = k + 1;
        let mut subject_after = false;
        while let Some(x) = toks.get(j) {
            let xw = word(text, x);
            if is_complementizer(xw) {
                if !reports {
                    return;
                }
                let subject = if subject_after {
                    Subject::Inverted {
                        after: t.range.end,
                        sentence_start: s.range.start,
                        cue_start: t.range.start,
                    }
                } else {
                    Subject::Before {
                        sentence_start: s.range.start,
                        cue_start: t.range.start,
                    }
                };
                if push_report(text, toks, marks, end, j, cue.clone(), subject, found) {
                    return;
                }
                break;
            }
            if xw == "," {
                j += 1;
                continue;
            }
            // A named subject after the verb: `stwierdził Kowalski, że`.
            if x.kind == TokenKind::Word
                && j - k <= 4
                && xw.chars().next().is_some_and(char::is_uppercase)
            {
                subject_after = true;
                j += 1;
                continue;
            }
            // Adverbs and a short phrase before the clause: `dodał też, że`,
            // `wskazał w oświadczeniu, że`.
            if x.kind == TokenKind::Word && j - k <= 4 && cue_at(text, x).is_none() {
                j += 1;
                continue;
            }
            break;
        }
        // A longer adjunct before `, że`: `podkreślił w środę w "Sygnałach
        // Dnia", że`.
        if reports && let Some(c) = far_complementizer(text, toks, k) {
            let subject = Subject::Before {
                sentence_start: s.range.start,
                cue_start: t.range.start,
            };
            if push_report(text, toks, marks, end, c, cue, subject, found) {
                return;
            }
        }
    }
}

/// The `że`/`iż` after a comma up to a dozen tokens after the cue at `k`,
/// across an adjunct of time, place or medium, but not across another
/// verb, a subordinate clause or the end of a sentence.
fn far_complementizer(text: &str, toks: &[Token], k: usize) -> Option<usize> {
    const REACH: usize = 12;
    for m in k + 1..(k + REACH).min(toks.len()) {
        let x = toks.get(m)?;
        let w = word(text, x);
        if matches!(w, "że" | "iż") {
            let comma = m
                .checked_sub(1)
                .and_then(|p| toks.get(p))
                .is_some_and(|p| word(text, p) == ",");
            return comma.then_some(m);
        }
        let stop = matches!(w, "." | "!" | "?" | ";" | ":")
            || w.starts_with(is_dash)
            || crate::lexicon::with_lower(w, |l| {
                matches!(
                    l,
                    "bo" | "gdy"
                        | "gdyż"
                        | "ponieważ"
                        | "który"
                        | "która"
                        | "które"
                        | "którzy"
                        | "to"
                        | "tym"
                        | "aby"
                        | "by"
                        | "żeby"
                        | "jak"
                )
            })
            || w.ends_with("ąc")
            || (m > k + 1
                && x.kind == TokenKind::Word
                && (cue_at(text, x).is_some() || morph::is_verb(w)));
        if stop {
            return None;
        }
    }
    None
}

/// Pushes the reported clause after the complementizer at token `c`, up
/// to the end of the sentence `end` or a coordinated predicate of the same
/// subject. A coordinated report (`…, a także ma nadzieję, że …`) is a
/// second quote of the same speaker; a quoted sentence after a colon
/// (`sądzi, że …: "To …"`) is a direct quote of its own. False when the
/// clause is too short to be speech.
#[allow(clippy::too_many_arguments)]
fn push_report(
    text: &str,
    toks: &[Token],
    marks: &[(usize, usize)],
    end: usize,
    c: usize,
    cue: Cue,
    subject: Subject,
    found: &mut Vec<Found>,
) -> bool {
    let Some(x) = toks.get(c) else { return false };
    let second = coordinated_report(text, toks, marks, c + 1);
    let clause_end = [
        coordinated_verb(text, toks, c + 1),
        second.as_ref().map(|s| s.0),
    ]
    .into_iter()
    .flatten()
    .min()
    .unwrap_or(end);
    let clause = through_quote(text, marks, trim_content(text, x.range.end..clause_end));
    if clause.len() < 8 {
        return false;
    }
    let clause_stop = clause.end;
    push_clause(text, marks, clause, cue, subject, found);
    if let Some((_, verb, c2)) = second
        && let Some(x2) = toks.get(c2)
        && x2.range.start >= clause_stop
    {
        let clause = through_quote(text, marks, trim_content(text, x2.range.end..end));
        if clause.len() >= 8 {
            push_clause(text, marks, clause, verb, Subject::Previous, found);
        }
    }
    true
}

/// Pushes a reported clause, split at a colon that opens a quoted sentence
/// running to its end.
fn push_clause(
    text: &str,
    marks: &[(usize, usize)],
    clause: Range<usize>,
    cue: Cue,
    subject: Subject,
    found: &mut Vec<Found>,
) {
    let k = marks.partition_point(|&(o, _)| o <= clause.start);
    let split = marks.get(k..).unwrap_or(&[]).iter().find_map(|&(o, c)| {
        if o >= clause.end {
            return None;
        }
        let before = text.get(clause.start..o)?.trim_end();
        let open_len = text.get(o..)?.chars().next()?.len_utf8();
        let close_len = text.get(c..)?.chars().next()?.len_utf8();
        let capital = text
            .get(o + open_len..)?
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        (before.ends_with(':') && capital && c + close_len >= clause.end)
            .then(|| (clause.start + before.len() - 1, o + open_len, c))
    });
    match split {
        Some((colon, open, close)) if colon > clause.start => {
            let first = trim_content(text, clause.start..colon);
            found.push(Found {
                kind: kind_of(marks, &first),
                range: first,
                cue: Some(cue.clone()),
                subject,
            });
            found.push(Found {
                range: trim_content(text, open..close),
                kind: QuoteKind::Direct,
                cue: Some(cue),
                subject: Subject::Previous,
            });
        }
        _ => found.push(Found {
            kind: kind_of(marks, &clause),
            range: clause,
            cue: Some(cue),
            subject,
        }),
    }
}

/// Whether offset `at` lies inside quote marks.
fn inside_marks(marks: &[(usize, usize)], at: usize) -> bool {
    let k = marks.partition_point(|&(o, _)| o < at);
    k.checked_sub(1)
        .and_then(|k| marks.get(k))
        .is_some_and(|&(_, c)| at < c)
}

/// In a reported clause starting at token `from`, a coordinated predicate
/// of the speaker with a clause of its own: `a także ma nadzieję, że`,
/// `i uważa, że`. Returns where the first clause ends, the predicate (as
/// a cue) and the token of its `że`/`iż`.
fn coordinated_report(
    text: &str,
    toks: &[Token],
    marks: &[(usize, usize)],
    from: usize,
) -> Option<(usize, Cue, usize)> {
    let rest = toks.get(from..)?;
    rest.iter().enumerate().skip(3).find_map(|(n, a)| {
        if !matches!(word(text, a), "a" | "i" | "oraz") || inside_marks(marks, a.range.start) {
            return None;
        }
        let mut v = n + 1;
        while rest
            .get(v)
            .is_some_and(|t| matches!(word(text, t), "także" | "też" | "również"))
        {
            v += 1;
        }
        let verb = rest.get(v)?;
        let vw = word(text, verb);
        if verb.kind != TokenKind::Word || !reportive(vw) || !morph::can_be_verb(vw) {
            return None;
        }
        // `, że` within a few words, with no punctuation before the comma.
        let m = (v + 1..=v + 4).find(|&m| {
            rest.get(m)
                .is_some_and(|t| matches!(word(text, t), "że" | "iż"))
        })?;
        let comma = m - 1;
        let clean = rest
            .get(v + 1..comma)
            .unwrap_or(&[])
            .iter()
            .all(|t| t.kind == TokenKind::Word);
        let last = rest.get(comma.checked_sub(1)?)?;
        (rest.get(comma).is_some_and(|t| word(text, t) == ",") && clean).then(|| {
            let gender = cue_at(text, verb).map_or(Gender::Unmarked, |c| c.gender);
            (
                a.range.start,
                Cue {
                    range: verb.range.start..last.range.end,
                    gender,
                },
                from + m,
            )
        })
    })
}

/// In a reported clause starting at token `from`, a coordinated speech verb
/// of the main subject (`… i zaapelował do …`) ends the clause.
fn coordinated_verb(text: &str, toks: &[Token], from: usize) -> Option<usize> {
    let rest = toks.get(from..)?;
    rest.windows(2).find_map(|w| {
        let [a, b] = w else { return None };
        (matches!(word(text, a), "i" | "oraz" | "a") && cue_at(text, b).is_some())
            .then_some(a.range.start)
    })
}

/// A clause that opens a quotation runs on to its closing mark, across
/// sentence ends (`stwierdził, że "… szansy. To jest ultimatum"`).
fn through_quote(text: &str, marks: &[(usize, usize)], clause: Range<usize>) -> Range<usize> {
    let k = marks.partition_point(|&(o, _)| o < clause.start);
    match marks.get(k) {
        Some(&(o, c)) if o < clause.end && c >= clause.end => {
            let close = text
                .get(c..)
                .and_then(|s| s.chars().next())
                .map_or(1, char::len_utf8);
            clause.start..c + close
        }
        _ => clause,
    }
}

/// `mixed` when the clause holds quote marks, else `indirect`.
fn kind_of(marks: &[(usize, usize)], clause: &Range<usize>) -> QuoteKind {
    // Marks are in order and do not overlap: the first pair opening inside
    // the clause closes first.
    let k = marks.partition_point(|&(o, _)| o < clause.start);
    if marks.get(k).is_some_and(|&(_, c)| c < clause.end) {
        QuoteKind::Mixed
    } else {
        QuoteKind::Indirect
    }
}

/// Content in quote marks with a speech verb beside it.
fn direct_quotes(
    text: &str,
    sentences: &[Sentence<'_>],
    spans: &SentenceTokens<'_>,
    marks: &[(usize, usize)],
    found: &mut Vec<Found>,
) {
    // Quotes found so far, by start, with the furthest end reached so far:
    // `covered(a, b)` asks whether one of them holds `a..b`.
    let mut quoted: Vec<(usize, usize)> =
        found.iter().map(|f| (f.range.start, f.range.end)).collect();
    quoted.sort_unstable();
    let mut reach = Vec::with_capacity(quoted.len());
    let mut far = 0;
    for &(_, e) in &quoted {
        far = far.max(e);
        reach.push(far);
    }
    let covered = |a: usize, b: usize| {
        let k = quoted.partition_point(|&(s, _)| s <= a);
        k > 0 && reach.get(k - 1).is_some_and(|&e| e >= b)
    };
    for &(open, close) in marks {
        let Some(open_len) = text
            .get(open..)
            .and_then(|s| s.chars().next())
            .map(char::len_utf8)
        else {
            continue;
        };
        let content = open + open_len..close;
        let Some(inner) = text.get(content.clone()) else {
            continue;
        };
        // Already inside reported speech (`mixed`) or a dash quote.
        if covered(open, close) {
            continue;
        }
        if inner.split_whitespace().nth(2).is_none() {
            continue; // under three words: scare quotes, names, titles
        }
        let close_len = text
            .get(close..)
            .and_then(|s| s.chars().next())
            .map_or(1, char::len_utf8);
        let after = close + close_len;
        let after_toks = tokens_from(spans.tokens, after, 4);
        // `"…" - napisał X` / `"…", powiedział X`
        let right = after_toks
            .iter()
            .take_while(|t| t.kind != TokenKind::Word || cue_at(text, t).is_some())
            .find_map(|t| cue_at(text, t).map(|c| (c, t.range.end)));
        if let Some((cue, end)) = right {
            let between = text.get(after..cue.range.start).unwrap_or("");
            if between
                .chars()
                .all(|c| c.is_whitespace() || c == ',' || is_dash(c))
            {
                found.push(Found {
                    range: trim_content(text, content),
                    kind: QuoteKind::Direct,
                    cue: Some(cue),
                    subject: Subject::After(end),
                });
                continue;
            }
        }
        // `X powiedział: "…"`
        let si = sentences.partition_point(|s| s.range.end <= open);
        let sentence = sentences.get(si).filter(|s| s.range.start <= open);
        if let Some(s) = sentence {
            let toks = spans.of(si);
            let before = toks
                .get(..toks.partition_point(|t| t.range.start < open))
                .unwrap_or(&[]);
            if before.last().is_some_and(|t| word(text, t) == ":")
                && let Some((k, cue)) = before
                    .iter()
                    .enumerate()
                    .rev()
                    .find_map(|(k, t)| cue_at(text, t).map(|c| (k, c)))
                && k + 4 >= before.len()
            {
                found.push(Found {
                    range: trim_content(text, content),
                    kind: QuoteKind::Direct,
                    subject: Subject::Before {
                        sentence_start: s.range.start,
                        cue_start: cue.range.start,
                    },
                    cue: Some(cue),
                });
            }
        }
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
