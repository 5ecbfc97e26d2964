//! The words of a text as the entity rules read them: each with its
//! neighbouring punctuation, its place in the sentence and, asked for
//! lazily and remembered, its lexicon facts.

use std::sync::atomic::{AtomicU32, Ordering};

use super::*;

/// A word of the text with what the rules need to know about it.
#[derive(Debug)]
pub(super) struct Word<'t> {
    pub(super) text: &'t str,
    /// The byte where the word starts (it ends `text.len()` bytes later).
    pub(super) start: usize,
    /// The punctuation mark right before the word, if the token before it is
    /// one: see [`Word::prev_punct`].
    pub(super) before: Option<Punct>,
    /// The punctuation mark right after the word, if the token after it is
    /// one: see [`Word::next_punct`].
    pub(super) after: Option<Punct>,
    /// Lexicon facts of the word asked for so far: the rules ask about the
    /// same word several times, so each answer is computed once. (Atomic,
    /// as the halves of a long text are searched on two threads; a fact one
    /// thread forgets by a race is only computed again.)
    pub(super) facts: AtomicU32,
    /// Begins with an upper-case letter.
    pub(super) cap: bool,
    /// First word of its sentence (after any opening quote or dash).
    pub(super) initial: bool,
    /// Only whitespace between this word and the previous one.
    pub(super) joined_to_prev: bool,
    /// An initial: one capital letter followed by a full stop (`J.`).
    pub(super) initial_letter: bool,
    /// A colon follows, right after the word or after its full stop (`A. M.:`).
    pub(super) colon_after: bool,
}

/// A punctuation mark next to a word, and how many bytes lie between the
/// word and the far side of the mark (a word's neighbours in 8 bytes, not 16).
#[derive(Debug, Clone, Copy)]
pub(super) struct Punct {
    pub(super) mark: char,
    pub(super) reach: u32,
}

/// The lexicon facts a [`Word`] remembers: bit `f` says the fact is known,
/// bit `f + 16` holds it.
#[derive(Clone, Copy)]
pub(super) enum Fact {
    FunctionWord = 0,
    OrgHead,
    Common,
    /// With [`Fact::Common`]: the common word is also a proper noun.
    CommonProper,
    FirstName,
    Acronym,
    OrdinaryOnly,
    PersonTitle,
}

impl Word<'_> {
    /// `fact` of this word, computed by `compute` the first time it is asked.
    pub(super) fn fact(&self, fact: Fact, compute: impl FnOnce(&str) -> bool) -> bool {
        let known = 1u32 << fact as u32;
        let facts = self.facts.load(Ordering::Relaxed);
        if facts & known != 0 {
            return facts & (known << 16) != 0;
        }
        let value = compute(self.text);
        self.facts.store(
            facts | known | if value { known << 16 } else { 0 },
            Ordering::Relaxed,
        );
        value
    }

    /// [`triggers::is_function_word`].
    pub(super) fn function_word(&self) -> bool {
        self.fact(Fact::FunctionWord, triggers::is_function_word)
    }

    /// [`is_org_head`].
    pub(super) fn org_head(&self) -> bool {
        self.fact(Fact::OrgHead, is_org_head)
    }

    /// [`is_common`]: `Some(proper)` for a frequent ordinary word.
    pub(super) fn common(&self) -> Option<bool> {
        let known = 1u32 << Fact::Common as u32;
        let proper = 1u32 << (Fact::CommonProper as u32 + 16);
        let facts = self.facts.load(Ordering::Relaxed);
        if facts & known == 0 {
            let common = is_common(self.text);
            let mut f = facts | known;
            if common.is_some() {
                f |= known << 16;
            }
            if common == Some(true) {
                f |= proper;
            }
            self.facts.store(f, Ordering::Relaxed);
            return common;
        }
        (facts & (known << 16) != 0).then_some(facts & proper != 0)
    }

    /// [`is_first_name`].
    pub(super) fn first_name(&self) -> bool {
        self.fact(Fact::FirstName, is_first_name)
    }

    /// [`is_acronym`].
    pub(super) fn acronym(&self) -> bool {
        self.fact(Fact::Acronym, is_acronym)
    }

    /// [`ordinary_only`].
    pub(super) fn ordinary(&self) -> bool {
        self.fact(Fact::OrdinaryOnly, ordinary_only)
    }

    /// [`triggers::is_person_title`].
    pub(super) fn person_title(&self) -> bool {
        self.fact(Fact::PersonTitle, triggers::is_person_title)
    }

    /// The byte where the word ends.
    pub(super) fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// The punctuation mark right before the word, if the token before it is
    /// one, with the byte where it starts.
    pub(super) fn prev_punct(&self) -> Option<(char, usize)> {
        self.before.map(|p| (p.mark, self.start - p.reach as usize))
    }

    /// The punctuation mark right after the word, if the token after it is
    /// one, with the byte where it ends.
    pub(super) fn next_punct(&self) -> Option<(char, usize)> {
        self.after.map(|p| (p.mark, self.end() + p.reach as usize))
    }

    /// After an opening quote, a dash, a colon, a bracket or a full stop:
    /// places where any word may be capitalised.
    pub(super) fn after_boundary(&self) -> bool {
        self.before.is_some_and(|Punct { mark: c, .. }| {
            crate::chars::opens_name_quote(c)
                || matches!(c, '-' | '–' | '—' | ':' | '.' | '(' | '…' | '!' | '?')
        })
    }
}

pub(super) fn is_capitalised(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}

/// `NATO`, `MSZ`, `PiS`: capitals (with a lower-case letter or two inside);
/// not Roman numerals, not words of text set in capitals (`TYPU`), not the
/// acronyms of common nouns (`VAT`).
pub(super) fn is_acronym(w: &str) -> bool {
    // Two to eight chars, more of them capitals than not: the scan stops at
    // the ninth char or the fourth that is no capital (`Wczoraj` at `r`).
    let (mut n, mut upper) = (0usize, 0usize);
    for c in w.chars() {
        n += 1;
        upper += usize::from(c.is_uppercase());
        if n > 8 || n - upper > 3 {
            return false;
        }
    }
    n >= 2
        && upper >= 2
        && upper * 2 > n
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !w
            .chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
        && !(n > 3 && is_common(w).is_some())
        && !triggers::is_common_acronym(w)
        && !(sgjp_name(w, SgjpClass::AcronymCommon).is_some()
            && sgjp_name(w, SgjpClass::AcronymOrg).is_none()
            && w.chars().all(char::is_uppercase))
}

/// A word in capitals (`KWIDZYN`, `MIŁOSZ`) that is a name of another kind
/// when written in title case: a place or a people (LOC) or a person (PER),
/// unless SGJP knows the capitals as an organisation's acronym.
pub(super) fn capitals_as_name(w: &str) -> Option<Label> {
    if w.chars().count() < 3
        || sgjp_name(w, SgjpClass::AcronymOrg).is_some()
        || !w.chars().all(char::is_uppercase)
    {
        return None;
    }
    let mut chars = w.chars();
    let title: String = chars
        .next()
        .into_iter()
        .chain(chars.flat_map(char::to_lowercase))
        .collect();
    let t = title.as_str();
    if is_first_name(t) {
        Some(PER)
    } else if has_class(t, |c| c == NameClass::Place)
        || sgjp_name(t, SgjpClass::Place).is_some()
        || sgjp_name(t, SgjpClass::Ethnonym).is_some()
    {
        Some(LOC)
    } else if has_class(t, |c| c == NameClass::Surname) {
        Some(PER)
    } else {
        None
    }
}

/// A verb of saying, or any past-tense verb form (`podkreślił`, `wyjechała`).
pub(super) fn says(w: &str) -> bool {
    crate::lexicon::speech_verb(w).is_some()
        || (["ł", "ła", "li"].iter().any(|e| w.ends_with(e))
            && w.chars().count() > 3
            && w.chars().all(char::is_lowercase))
}

/// `II`, `XX`, `XVIII`.
pub(super) fn is_roman(w: &str) -> bool {
    !w.is_empty()
        && w.chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
}

/// The punctuation mark a token is, if it is one: its first char.
pub(super) fn punct_mark(text: &str, t: &Token) -> Option<char> {
    if t.kind != TokenKind::Punct {
        return None;
    }
    match text.as_bytes().get(t.range.start) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => text.get(t.range.start..)?.chars().next(),
    }
}

/// Whether a token is `.`: one byte, a full stop.
pub(super) fn is_dot(text: &str, t: &Token) -> bool {
    t.range.len() == 1 && text.as_bytes().get(t.range.start) == Some(&b'.')
}

/// Only spaces between two tokens: ASCII ones, or no-break spaces (`C2 A0`).
pub(super) fn spaces_only(gap: &[u8]) -> bool {
    match gap {
        [b' '] => true,
        _ => std::str::from_utf8(gap).is_ok_and(|g| g.chars().all(|c| c == ' ' || c == '\u{a0}')),
    }
}

/// Collects the words of the text, marking sentence starts.
pub(super) fn words<'t>(
    text: &'t str,
    sentences: &[Sentence<'t>],
    tokens: &[Token],
) -> Vec<Word<'t>> {
    let mut out: Vec<Word<'t>> = Vec::with_capacity(tokens.len());
    let bytes = text.as_bytes();
    let mut sentence_ends = sentences.iter().map(|s| s.range.end);
    let mut sentence_end = sentence_ends.next();
    let mut at_start = true;
    // Where the previous token ends, when it is a word (or an initial's full
    // stop) that the next word may join.
    let mut run_end: Option<usize> = None;
    // The mark of the token before, and where it starts.
    let mut prev_mark: Option<(char, usize)> = None;
    // Where the last word ends, if it is an initial.
    let mut initial_end = None;
    for (ti, t) in tokens.iter().enumerate() {
        let (start, end) = (t.range.start, t.range.end);
        while sentence_end.is_some_and(|e| e <= start) {
            sentence_end = sentence_ends.next();
            at_start = true;
        }
        if t.kind != TokenKind::Word {
            let mark = punct_mark(text, t);
            // The full stop of an initial keeps the run going.
            run_end = (initial_end == Some(start) && is_dot(text, t)).then_some(end);
            prev_mark = mark.map(|c| (c, start));
            continue;
        }
        let Some(s) = text.get(start..end) else {
            run_end = None;
            prev_mark = None;
            continue;
        };
        let joined = run_end.is_some_and(|p| {
            (start == p + 1 && bytes.get(p) == Some(&b' '))
                || bytes.get(p..start).is_some_and(spaces_only)
        });
        let next = tokens.get(ti + 1);
        let next_mark = next.and_then(|n| punct_mark(text, n));
        let colon_after = match next_mark {
            Some(':') => true,
            Some('.') => tokens
                .get(ti + 2)
                .is_some_and(|n| punct_mark(text, n) == Some(':')),
            _ => false,
        };
        let cap = is_capitalised(s);
        let initial_letter = cap
            && next.is_some_and(|n| n.range.start == end && is_dot(text, n))
            && (s.chars().nth(1).is_none()
                || matches!(s, "Ch" | "Cz" | "Dz" | "Dź" | "Dż" | "Rz" | "Sz"));
        let reach = |d: usize| u32::try_from(d).ok();
        out.push(Word {
            text: s,
            start,
            before: prev_mark.and_then(|(mark, at)| {
                Some(Punct {
                    mark,
                    reach: reach(start - at)?,
                })
            }),
            after: next_mark.zip(next).and_then(|(mark, n)| {
                Some(Punct {
                    mark,
                    reach: reach(n.range.end - end)?,
                })
            }),
            facts: AtomicU32::new(0),
            cap,
            initial: at_start,
            joined_to_prev: joined,
            initial_letter,
            colon_after,
        });
        at_start = false;
        run_end = Some(end);
        prev_mark = None;
        initial_end = initial_letter.then_some(end);
    }
    out
}
