//! Rule- and lexicon-based named entities: people, places, organisations,
//! each with its nominative base form and a cluster id per referent.
//!
//! One pass over the tokens: runs of capitalised words (and acronyms) are
//! found, matched against the SGJP-derived lexicons (`data/pl/names.tsv`,
//! `data/pl/sgjp-names.tsv`, `data/pl/ordinary-forms.txt`), trigger words
//! (`Ministerstwo …`, `agencja …`, `prezydent …`, `ul. …`) and the shape of
//! unknown words. Passes over the mentions then fix boundaries from their
//! neighbours (`adjust`), join the parts of organisation names and find the
//! names seen once at their other occurrences (`compounds`). Last, base forms
//! are chosen, using the other mentions of the same name in the document, and
//! mentions are clustered.

mod adjust;
mod compounds;
mod lemma;
mod phrase;
mod temporal;

use std::ops::Range;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU32, Ordering};

use rustc_hash::FxHashMap;

use crate::lexicon::{
    NAMES, NameClass, NameReading, ORDINARY, SgjpClass, case, is_common, sgjp_name,
};
use crate::output::{Entity, Label};
use crate::segment::Sentence;
use crate::token::{Token, TokenKind};

use crate::{morph, triggers};
pub use lemma::base_form;

/// Entity labels, short.
const PER: Label = Label::Per;
const ORG: Label = Label::Org;
const LOC: Label = Label::Loc;

/// A word of the text with what the rules need to know about it.
#[derive(Debug)]
struct Word<'t> {
    text: &'t str,
    /// The byte where the word starts (it ends `text.len()` bytes later).
    start: usize,
    /// The punctuation mark right before the word, if the token before it is
    /// one: see [`Word::prev_punct`].
    before: Option<Punct>,
    /// The punctuation mark right after the word, if the token after it is
    /// one: see [`Word::next_punct`].
    after: Option<Punct>,
    /// Lexicon facts of the word asked for so far: the rules ask about the
    /// same word several times, so each answer is computed once. (Atomic,
    /// as the halves of a long text are searched on two threads; a fact one
    /// thread forgets by a race is only computed again.)
    facts: AtomicU32,
    /// Begins with an upper-case letter.
    cap: bool,
    /// First word of its sentence (after any opening quote or dash).
    initial: bool,
    /// Only whitespace between this word and the previous one.
    joined_to_prev: bool,
    /// An initial: one capital letter followed by a full stop (`J.`).
    initial_letter: bool,
    /// A colon follows, right after the word or after its full stop (`A. M.:`).
    colon_after: bool,
}

/// A punctuation mark next to a word, and how many bytes lie between the
/// word and the far side of the mark (a word's neighbours in 8 bytes, not 16).
#[derive(Debug, Clone, Copy)]
struct Punct {
    mark: char,
    reach: u32,
}

/// The lexicon facts a [`Word`] remembers: bit `f` says the fact is known,
/// bit `f + 16` holds it.
#[derive(Clone, Copy)]
enum Fact {
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
    fn fact(&self, fact: Fact, compute: impl FnOnce(&str) -> bool) -> bool {
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
    fn function_word(&self) -> bool {
        self.fact(Fact::FunctionWord, triggers::is_function_word)
    }

    /// [`is_org_head`].
    fn org_head(&self) -> bool {
        self.fact(Fact::OrgHead, is_org_head)
    }

    /// [`is_common`]: `Some(proper)` for a frequent ordinary word.
    fn common(&self) -> Option<bool> {
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
    fn first_name(&self) -> bool {
        self.fact(Fact::FirstName, is_first_name)
    }

    /// [`is_acronym`].
    fn acronym(&self) -> bool {
        self.fact(Fact::Acronym, is_acronym)
    }

    /// [`ordinary_only`].
    fn ordinary(&self) -> bool {
        self.fact(Fact::OrdinaryOnly, ordinary_only)
    }

    /// [`triggers::is_person_title`].
    fn person_title(&self) -> bool {
        self.fact(Fact::PersonTitle, triggers::is_person_title)
    }

    /// The byte where the word ends.
    fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// The punctuation mark right before the word, if the token before it is
    /// one, with the byte where it starts.
    fn prev_punct(&self) -> Option<(char, usize)> {
        self.before.map(|p| (p.mark, self.start - p.reach as usize))
    }

    /// The punctuation mark right after the word, if the token after it is
    /// one, with the byte where it ends.
    fn next_punct(&self) -> Option<(char, usize)> {
        self.after.map(|p| (p.mark, self.end() + p.reach as usize))
    }

    /// After an opening quote, a dash, a colon, a bracket or a full stop:
    /// places where any word may be capitalised.
    fn after_boundary(&self) -> bool {
        self.before.is_some_and(|Punct { mark: c, .. }| {
            matches!(
                c,
                '"' | '„' | '“' | '«' | '-' | '–' | '—' | ':' | '.' | '(' | '…' | '!' | '?'
            )
        })
    }
}

fn is_capitalised(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}

/// `NATO`, `MSZ`, `PiS`: capitals (with a lower-case letter or two inside);
/// not Roman numerals, not words of text set in capitals (`TYPU`), not the
/// acronyms of common nouns (`VAT`).
fn is_acronym(w: &str) -> bool {
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
fn capitals_as_name(w: &str) -> Option<Label> {
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
fn says(w: &str) -> bool {
    crate::lexicon::speech_verb(w).is_some()
        || (["ł", "ła", "li"].iter().any(|e| w.ends_with(e))
            && w.chars().count() > 3
            && w.chars().all(char::is_lowercase))
}

/// `II`, `XX`, `XVIII`.
fn is_roman(w: &str) -> bool {
    !w.is_empty()
        && w.chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
}

/// The punctuation mark a token is, if it is one: its first char.
fn punct_mark(text: &str, t: &Token) -> Option<char> {
    if t.kind != TokenKind::Punct {
        return None;
    }
    match text.as_bytes().get(t.range.start) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => text.get(t.range.start..)?.chars().next(),
    }
}

/// Whether a token is `.`: one byte, a full stop.
fn is_dot(text: &str, t: &Token) -> bool {
    t.range.len() == 1 && text.as_bytes().get(t.range.start) == Some(&b'.')
}

/// Only spaces between two tokens: ASCII ones, or no-break spaces (`C2 A0`).
fn spaces_only(gap: &[u8]) -> bool {
    match gap {
        [b' '] => true,
        _ => std::str::from_utf8(gap).is_ok_and(|g| g.chars().all(|c| c == ' ' || c == '\u{a0}')),
    }
}

/// Collects the words of the text, marking sentence starts.
fn words<'t>(text: &'t str, sentences: &[Sentence<'t>], tokens: &[Token]) -> Vec<Word<'t>> {
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

/// A candidate entity before base forms and clusters.
#[derive(Debug, Clone)]
struct Mention {
    /// Word indices.
    words: Range<usize>,
    label: Label,
    /// Lexicon lemma for the whole mention when known (phrases, orgs).
    lemma: Option<String>,
    /// Byte range, when the mention is part of a word (`Waszyngton` in `Waszyngton-Caracas`).
    part: Option<Range<usize>>,
    /// Byte range of the name with the quote marks around it (`"Gazety Polskiej"`).
    quoted: Option<Range<usize>>,
}

/// Finds the people, places and organisations of a document, with their
/// base forms (dates and clusters come with [`with_dates`]).
pub(crate) fn entities(text: &str, sentences: &[Sentence<'_>], tokens: &[Token]) -> Vec<Entity> {
    let words = words(text, sentences, tokens);
    let mut mentions = find_mentions(&words);
    quoted_names(&words, &mut mentions);
    adjust::adjust(&words, &mut mentions);
    compounds::organisation_compounds(&words, &mut mentions);
    compounds::one_sense_per_document(text, &words, &mut mentions);
    compounds::surnames(&words, &mut mentions);
    numbered_organisations(text, &words, &mut mentions);
    lemma::resolve(text, &words, mentions)
}

/// The dates and times of a text, for [`with_dates`].
pub(crate) struct Dates(Vec<(Range<usize>, Label)>);

/// Finds the dates and times of a text (they need no other entity).
pub(crate) fn dates(text: &str, tokens: &[Token]) -> Dates {
    Dates(temporal::find(text, tokens))
}

/// The entities [`entities`] found, with the dates and times where no
/// other entity stands, and every mention in its cluster.
pub(crate) fn with_dates(text: &str, mut entities: Vec<Entity>, dates: Dates) -> Vec<Entity> {
    temporal::add(text, dates.0, &mut entities);
    cluster(&mut entities);
    entities
}

/// An organisation followed by its number takes it in: `Szkoły Podstawowej
/// nr 4`, `SP nr 27`, `Zespole Szkół nr 2`.
fn numbered_organisations(text: &str, words: &[Word<'_>], mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        if m.label != ORG || m.part.is_some() || m.quoted.is_some() {
            continue;
        }
        let (Some(first), Some(nr)) = (words.get(m.words.start), words.get(m.words.end)) else {
            continue;
        };
        if nr.text != "nr" || !nr.joined_to_prev {
            continue;
        }
        let rest = text.get(nr.end()..).unwrap_or("");
        let after_dot = rest.strip_prefix('.').unwrap_or(rest);
        let digits_at = after_dot.trim_start_matches([' ', '\u{a0}']);
        let digits = digits_at.bytes().take_while(u8::is_ascii_digit).count();
        let gap = rest.len() - digits_at.len();
        // One space at most, and a whole number (`nr 4`, not `nr 4,5`).
        if digits == 0
            || gap > 1 + usize::from(after_dot.len() < rest.len())
            || digits_at
                .get(digits..)
                .and_then(|t| t.chars().next())
                .is_some_and(|c| c.is_alphanumeric() || c == ',')
        {
            continue;
        }
        m.quoted = Some(first.start..nr.end() + gap + digits);
    }
}

fn readings(w: &str) -> &'static [NameReading] {
    NAMES.forms.get(w).map_or(&[], Vec::as_slice)
}

/// Singular cases other than the vocative: plural and vocative readings of
/// names (`Ale` as the plural of `Ala`) are too rare in text to decide by.
const SINGULAR: u16 = case::NOM | case::GEN | case::DAT | case::ACC | case::INST | case::LOC;

fn has_class(w: &str, f: impl Fn(NameClass) -> bool) -> bool {
    has_class_in(readings(w), f)
}

/// [`has_class`] over readings already looked up.
fn has_class_in(rs: &[NameReading], f: impl Fn(NameClass) -> bool) -> bool {
    rs.iter()
        .any(|r| f(r.class) && (r.cases & SINGULAR != 0 || r.class == NameClass::Place))
}

fn is_first_name(w: &str) -> bool {
    has_class(w, |c| {
        matches!(c, NameClass::FirstMale | NameClass::FirstFemale)
    })
}

/// Several capitalised words with no first name, initial or known surname,
/// at least one of them a frequent ordinary word: not a person's name.
fn ordinary_phrase(ws: &[Word<'_>]) -> bool {
    !ws.iter().any(|w| {
        w.initial_letter
            || w.text.chars().nth(1).is_none()
            || w.first_name()
            || has_class(w.text, |c| c == NameClass::Surname)
    }) && ws.iter().any(|w| {
        // Name particles (`de`) and names of God (`Chrystusa Frasobliwego`) aside.
        !triggers::is_name_particle(w.text) && (w.common().is_some() || w.ordinary())
    }) && !ws.iter().any(|w| triggers::is_god(w.text))
}

/// Place names of `names.tsv`, lower case without diacritics, sorted:
/// for the prefixes of adjectives made from them.
static PLACE_STEMS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut out: Vec<String> = NAMES
        .forms
        .values()
        .flatten()
        .filter(|r| r.class == NameClass::Place && !r.lemma.contains(' '))
        .map(|r| fold(r.lemma))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
});

/// Lower case without Polish diacritics.
fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ą' => 'a',
            'ć' => 'c',
            'ę' => 'e',
            'ł' => 'l',
            'ń' => 'n',
            'ó' => 'o',
            'ś' => 's',
            'ź' | 'ż' => 'z',
            c => c,
        })
        .collect()
}

/// Whether an adjective lemma (`warszawski`, `gdański`) is made from the
/// name of a known place: its stem, four letters at least, begins one.
fn place_adjective_lemma(lemma: &str) -> bool {
    let Some(stem) = ["dzki", "ski", "cki", "zki"]
        .iter()
        .find_map(|e| lemma.strip_suffix(e))
    else {
        return false;
    };
    if stem.chars().count() < 4 {
        return false;
    }
    let stem = fold(stem);
    let places = &*PLACE_STEMS;
    let k = places.partition_point(|p| p.as_str() < stem.as_str());
    // `warszaw|a`, `gdań|sk`, `wrocław`: the name adds at most three letters.
    places
        .get(k..)
        .unwrap_or(&[])
        .iter()
        .take_while(|p| p.starts_with(stem.as_str()))
        .any(|p| p.len() <= stem.len() + 3)
}

/// A word in capitals next to another: text set in capitals.
fn caps_context(words: &[Word<'_>], i: usize) -> bool {
    let caps =
        |w: &Word<'_>| w.text.chars().nth(1).is_some() && !w.text.chars().any(char::is_lowercase);
    (i > 0 && words.get(i).is_some_and(|w| w.joined_to_prev) && words.get(i - 1).is_some_and(caps))
        || words
            .get(i + 1)
            .is_some_and(|n| n.joined_to_prev && caps(n))
}

/// A capitalised noun that opens an organisation's name, by its form or
/// its lemma (`Uniwersytecie` → `uniwersytet`, `Senacie` → `senat`).
fn is_org_head(w: &str) -> bool {
    // Every head begins like an institution noun: most capitalised words
    // stop at this test.
    if !is_capitalised(w) || !triggers::may_be_institution(w) {
        return false;
    }
    // The lemma test analyses the word; a document asks about the same
    // capitalised words again and again, so answers are remembered (per
    // thread, a bounded number of them).
    remembered(&ORG_HEAD_MEMO, w, || {
        // `Senatorze` is a senator, not the senate.
        (triggers::is_org_head(w) && !triggers::is_person_title(w))
            || morph::analyse(w).iter().any(|a| {
                a.pos == morph::Pos::Noun && triggers::is_org_head_lemma(&morph::lemma_of(w, a))
            })
    })
}

/// Most answers a memo keeps per thread before starting afresh.
const MEMO_LIMIT: usize = 1 << 16;

thread_local! {
    static ORG_HEAD_MEMO: std::cell::RefCell<FxHashMap<Box<str>, bool>> =
        std::cell::RefCell::new(FxHashMap::default());
    static ETHNONYM_MEMO: std::cell::RefCell<FxHashMap<Box<str>, Option<Box<str>>>> =
        std::cell::RefCell::new(FxHashMap::default());
}

/// A form that SGJP knows only as an ordinary word (`Proboszcz`).
fn ordinary_only(w: &str) -> bool {
    crate::lexicon::with_lower(w, |l| ORDINARY.contains(l))
}

/// The lemma of a noun of nationality or origin (`Polaków` → `Polak`).
/// Answers are remembered per thread, like [`is_org_head`]'s.
fn ethnonym(w: &str) -> Option<String> {
    remembered(&ETHNONYM_MEMO, w, || {
        if let Some(l) = sgjp_name(w, SgjpClass::Ethnonym) {
            return Some(l.into());
        }
        morph::analyse(w)
            .iter()
            .filter(|a| a.pos == morph::Pos::Noun)
            .map(|a| morph::lemma_of(w, a))
            .find(|lemma| triggers::is_ethnonym(lemma))
            .map(String::into_boxed_str)
    })
    .map(String::from)
}

/// `f(w)`, remembered in `memo` (per thread, at most [`MEMO_LIMIT`] answers).
fn remembered<T: Clone>(
    memo: &'static std::thread::LocalKey<std::cell::RefCell<FxHashMap<Box<str>, T>>>,
    w: &str,
    f: impl FnOnce() -> T,
) -> T {
    memo.with(|memo| {
        if let Some(v) = memo.borrow().get(w) {
            return v.clone();
        }
        let v = f();
        let mut memo = memo.borrow_mut();
        if memo.len() >= MEMO_LIMIT {
            memo.clear();
        }
        memo.insert(w.into(), v.clone());
        v
    })
}

/// A capitalised word at the start of a sentence that is an ordinary word
/// (`Wczoraj`, `Rada`), not a name.
fn ordinary_initial(w: &Word<'_>, alone: bool) -> bool {
    w.initial
        && !w.acronym()
        && !triggers::is_god(w.text)
        && w.common()
            .is_some_and(|proper| alone || !proper || readings(w.text).is_empty())
}

/// A first name in the nominative before a verb in the past tense: the
/// subject (`Marek zniknął`, `Tomek wszedł`), not the ordinary word it
/// also spells (`marek`, the genitive plural of `marka`).
fn named_subject(words: &[Word<'_>], i: usize) -> bool {
    let (Some(w), Some(next)) = (words.get(i), words.get(i + 1)) else {
        return false;
    };
    next.joined_to_prev
        && ["ł", "ła"].iter().any(|e| next.text.ends_with(e))
        && says(next.text)
        && readings(w.text).iter().any(|r| {
            matches!(r.class, NameClass::FirstMale | NameClass::FirstFemale)
                && r.cases & case::NOM != 0
                // The verb agrees: `Marek zniknął`, `Ewa wyszła`.
                && (r.class == NameClass::FirstFemale) == next.text.ends_with("ła")
        })
}

/// Bits of [`PHRASE_START_KEYS`] (a power of two).
const PHRASE_START_BITS: usize = 1 << 12;

/// A hash of a word's first and last bytes and its length: words that share
/// them share it.
fn phrase_start_key(w: &str) -> usize {
    let b = w.as_bytes();
    let first = u32::from(b.first().copied().unwrap_or(0));
    let last = u32::from(b.last().copied().unwrap_or(0));
    let len = b.len().min(255) as u32;
    (first << 16 | last << 8 | len).wrapping_mul(0x9E37_79B1) as usize >> 20
        & (PHRASE_START_BITS - 1)
}

/// The [`phrase_start_key`]s of the first words of the lexicon's phrases, as
/// bits: a word whose bit is clear starts no phrase, and needs no lookup.
static PHRASE_START_KEYS: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; PHRASE_START_BITS / 64];
    for w in &NAMES.phrase_starts {
        let k = phrase_start_key(w);
        if let Some(slot) = bits.get_mut(k / 64) {
            *slot |= 1 << (k % 64);
        }
    }
    bits
});

/// Longest lexicon phrase (two or more words) starting at word `i`.
fn phrase_at(words: &[Word<'_>], i: usize) -> Option<(usize, &'static [NameReading])> {
    let first = words.get(i)?.text;
    let k = phrase_start_key(first);
    if PHRASE_START_KEYS
        .get(k / 64)
        .is_none_or(|bits| bits & (1 << (k % 64)) == 0)
        || !NAMES.phrase_starts.contains(first)
    {
        return None;
    }
    let max = NAMES.max_words.min(words.len().saturating_sub(i));
    for n in (2..=max).rev() {
        let slice = words.get(i..i + n)?;
        if slice.iter().skip(1).any(|w| !w.joined_to_prev) {
            continue;
        }
        let key = slice.iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
        if let Some(r) = NAMES.forms.get(key.as_str()) {
            return Some((n, r.as_slice()));
        }
    }
    None
}

/// The byte range of `words` with the quote marks right around them, if any.
fn in_quotes(words: &[Word<'_>]) -> Option<Range<usize>> {
    let (open, start) = words.first()?.prev_punct()?;
    let (close, end) = words.last()?.next_punct()?;
    (matches!(open, '"' | '„' | '“' | '«') && matches!(close, '"' | '”' | '“' | '»'))
        .then_some(start..end)
}

/// Names that fill a pair of quote marks. Organisations and periodicals are
/// annotated with their quotes (`"Gazety Polskiej"`), and so is a place name
/// in quotes, which names an organisation (`"Polonia"`); a quoted first name
/// is a pseudonym (`"Jurand"`), other quoted "persons" are titles or labels.
fn quoted_names(words: &[Word<'_>], mentions: &mut Vec<Mention>) {
    mentions.retain_mut(|m| {
        if m.part.is_some() {
            return true;
        }
        let Some(ws) = words.get(m.words.clone()) else {
            return true;
        };
        let Some(q) = in_quotes(ws) else {
            return true;
        };
        match m.label {
            PER => {
                if let [w] = ws
                    && w.first_name()
                {
                    m.quoted = Some(q);
                    true
                } else {
                    ws.iter().any(|w| w.first_name())
                }
            }
            _ => {
                m.label = ORG;
                m.quoted = Some(q);
                true
            }
        }
    });
}

/// Words from which a text's mentions are searched on two threads.
#[cfg(feature = "parallel")]
const PARALLEL_WORDS: usize = 8_000;

/// The mentions of the text's words: on two threads for a long text, each
/// searching half of it, with the same result as one thread.
fn find_mentions(words: &[Word<'_>]) -> Vec<Mention> {
    #[cfg(feature = "parallel")]
    if words.len() >= PARALLEL_WORDS && crate::pool::may_split() {
        // The second half starts with a sentence.
        let half = words.len() / 2;
        let mid = words
            .get(half..)
            .and_then(|ws| ws.iter().position(|w| w.initial))
            .map_or(words.len(), |k| half + k);
        let ((mut out, reached), (rest, _)) = rayon::join(
            || mentions_from(words, 0, mid),
            || mentions_from(words, mid, words.len()),
        );
        if reached == mid {
            out.extend(rest);
        } else {
            // A mention of the first half ran past its end: go on from there.
            out.extend(mentions_from(words, reached, words.len()).0);
        }
        return out;
    }
    mentions_from(words, 0, words.len()).0
}

/// The mentions that start at words `from..to` (each word is read with its
/// neighbours, whatever the range), and the word where the search stopped:
/// `to`, or past it when the last mention runs on.
fn mentions_from(words: &[Word<'_>], from: usize, to: usize) -> (Vec<Mention>, usize) {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        let Some(w) = words.get(i) else { break };
        // A lower-case word starts a mention only as the trigger of a name
        // within three words (`ul. Chopina`, `agencji Tass`): most words
        // have none, and no rule below applies to them.
        let capitalised = w.cap;
        if !capitalised
            && !words
                .get(i + 1..)
                .unwrap_or(&[])
                .iter()
                .take(3)
                .any(|n| n.cap)
        {
            i += 1;
            continue;
        }
        // Multi-word places and organisations from the lexicon.
        if capitalised && let Some((n, r)) = lexicon_phrase(words, i) {
            let label = if r.class == NameClass::Org { ORG } else { LOC };
            out.push(Mention {
                words: i..i + n,
                label,
                lemma: Some(r.lemma.to_owned()),
                part: None,
                quoted: None,
            });
            i += n;
            continue;
        }
        // Speakers of an interview: `A. M.: …`, `W: …`.
        if let Some(end) = speaker(words, i) {
            out.push(Mention {
                words: i..end,
                label: PER,
                lemma: None,
                part: None,
                quoted: None,
            });
            i = end;
            continue;
        }
        // Streets and administrative units: `ul. Chopina`, `gminie Glinojeck`.
        if let Some((end, lemma)) = street(words, i) {
            out.push(Mention {
                words: i..end,
                label: LOC,
                lemma,
                part: None,
                quoted: None,
            });
            i = end;
            continue;
        }
        // Lower-case organisation nouns before a name: `agencji Tass`, `partii PiS`.
        // (The capitalised word first: most words have none after them.)
        if !w.cap
            && let Some(k) = (i + 1..i + 4).find(|&k| {
                words.get(k).is_some_and(|n| {
                    n.cap && (n.joined_to_prev || (k == i + 1 && opens_quote_after(w, n)))
                }) && words.get(i + 1..k).is_some_and(|between| {
                    // Adjectives may stand between (`agencji prasowej
                    // Reuters`), not a preposition (`drużyny w II lidze`).
                    between
                        .iter()
                        .all(|b| b.joined_to_prev && !b.cap && !b.function_word())
                })
            })
            && triggers::is_org_noun(w.text)
            && words.get(k).is_some_and(|n| !n.first_name())
        {
            // An acronym names the organisation alone (`telewizji ARD Wulff`).
            let end = if words.get(k).is_some_and(|w| w.acronym()) {
                k + 1
            } else {
                run_end(words, k)
            };
            out.push(Mention {
                words: k..end,
                label: ORG,
                lemma: None,
                part: None,
                quoted: None,
            });
            i = end;
            continue;
        }
        // `PO` is an acronym, except in text set in capitals (`IDĘ DO DOMU`).
        let acronym = w.text.chars().count() == 2 && w.acronym() && !caps_context(words, i);
        // `W. Barańska`, `A. Michnik`: a letter with its full stop before a
        // name is an initial, not the preposition or conjunction.
        let initial = w.initial_letter
            && words.get(i + 1).is_some_and(|n| {
                n.joined_to_prev
                    && n.cap
                    && !n.function_word()
                    // `W. Brytanii`: an abbreviated adjective of a place.
                    && (has_class(n.text, |c| c == NameClass::Surname)
                        || !has_class(n.text, |c| c == NameClass::Place))
            });
        if !w.cap || (w.function_word() && !acronym && !initial) {
            i += 1;
            continue;
        }
        // An ordinary word opening the sentence is not part of a name.
        let ordinary_opening = |alone: bool| {
            ordinary_initial(w, alone)
                && !triggers::is_org_head(w.text)
                && !(alone && named_subject(words, i))
        };
        // A name of the lexicon after the run's first word is read as one
        // (`Posłowie Prawa i Sprawiedliwości`: the run stops at `i`), unless
        // that word heads an institution of it (`Ambasada Stanów Zjednoczonych`).
        // (Whether the run goes on past `i + 1` is asked without reading it
        // to its end, which the next word's turn does.)
        if run_end_within(words, i, i + 2) > i + 1
            && !w.org_head()
            && lexicon_phrase(words, i + 1).is_some()
        {
            if !ordinary_opening(false) {
                classify_run(words, i..i + 1, &mut out);
            }
            i += 1;
            continue;
        }
        let end = run_end(words, i);
        let start = if ordinary_opening(end - i == 1) {
            i + 1
        } else {
            i
        };
        if start < end {
            classify_run(words, start..end, &mut out);
        }
        i = end.max(i + 1);
    }
    (out, i)
}

/// A multi-word place or organisation of the lexicon at word `i`: its
/// length in words and its reading.
fn lexicon_phrase(words: &[Word<'_>], i: usize) -> Option<(usize, &'static NameReading)> {
    let (n, rs) = phrase_at(words, i)?;
    let r = rs
        .iter()
        .find(|r| matches!(r.class, NameClass::Place | NameClass::Org))?;
    Some((n, r))
}

/// Only an opening quote mark between `w` and the next word `n` (`firmy
/// "Agros"`, `związkiem „Ojczyzna”`). Not after the noun of a periodical
/// (`tygodnika "Wprost"`): a title quoted is as often the paper as the company.
fn opens_quote_after(w: &Word<'_>, n: &Word<'_>) -> bool {
    let periodical = ["dziennik", "tygodnik", "gazet", "miesięcznik", "kwartalnik"]
        .iter()
        .any(|p| w.text.starts_with(p));
    !periodical
        && match (w.next_punct(), n.prev_punct()) {
            (Some((c, end)), Some((_, start))) => {
                matches!(c, '"' | '„' | '“' | '«') && end == start + c.len_utf8()
            }
            _ => false,
        }
}

/// The label of a speaker opening a sentence of an interview: initials or
/// a short word in capitals before a colon (`A. M.:`, `W:`). Returns its end.
fn speaker(words: &[Word<'_>], i: usize) -> Option<usize> {
    let first = words.get(i)?;
    if !first.initial {
        return None;
    }
    // Not an organisation's acronym (`SLD:`): the interviewing paper is no person.
    let short_caps = |w: &Word<'_>| {
        w.text.chars().count() <= 3
            && w.text.chars().all(char::is_uppercase)
            && sgjp_name(w.text, SgjpClass::AcronymOrg).is_none()
            && !has_class(w.text, |c| c == NameClass::Org)
    };
    let mut j = i;
    while j < i + 3 {
        let w = words.get(j)?;
        if !short_caps(w) || (j > i && !w.joined_to_prev) {
            return None;
        }
        j += 1;
        if w.colon_after {
            return Some(j);
        }
        if !w.initial_letter {
            return None;
        }
    }
    None
}

/// A street or an administrative unit named at word `i` (`ul. Chopina`,
/// `placu Zbawiciela`, `gminie Glinojeck`): the end of the name and, for an
/// abbreviated trigger, the lemma as written.
fn street(words: &[Word<'_>], i: usize) -> Option<(usize, Option<String>)> {
    let w = words.get(i)?;
    let next = words.get(i + 1)?;
    // Cheap tests first: this runs at every word.
    if !next.cap || w.text.len() > 12 {
        return None;
    }
    let abbreviated = triggers::is_street_abbreviation(w.text)
        && w.next_punct()
            .is_some_and(|(c, end)| c == '.' && end == w.end() + 1)
        && next
            .prev_punct()
            .is_some_and(|(c, start)| c == '.' && start == w.end());
    if !(abbreviated || (next.joined_to_prev && triggers::is_street_word(w.text)))
        || !next.cap
        || next.function_word()
        || next.acronym()
    {
        return None;
    }
    let end = run_end(words, i + 1);
    let lemma = abbreviated.then(|| {
        let rest: Vec<&str> = words
            .get(i + 1..end)
            .unwrap_or(&[])
            .iter()
            .map(|w| w.text)
            .collect();
        format!("{}. {}", w.text, rest.join(" "))
    });
    Some((end, lemma))
}

/// End of the run of capitalised words (and name particles) starting at `i`.
fn run_end(words: &[Word<'_>], i: usize) -> usize {
    run_end_within(words, i, usize::MAX)
}

/// [`run_end`], read no further than word `limit` (the result may pass it
/// by one, over a particle): enough to tell whether a run is longer than a
/// few words without walking all of it.
fn run_end_within(words: &[Word<'_>], i: usize, limit: usize) -> usize {
    let mut j = i + 1;
    let org = words.get(i).is_some_and(|w| w.org_head());
    while j < limit
        && let Some(w) = words.get(j)
    {
        if !w.joined_to_prev {
            break;
        }
        // `Łukasza K. Wszyscy…`: after an initial, a new sentence opened by an
        // ordinary word.
        if w.initial
            && words.get(j - 1).is_some_and(|p| p.initial_letter)
            && (w.common().is_some() || w.ordinary())
        {
            break;
        }
        if w.cap {
            j += 1;
            continue;
        }
        // Particles inside names (`Leonardo da Vinci`) and `i` inside
        // organisation names (`Ministerstwo Nauki i Szkolnictwa Wyższego`).
        let particle = triggers::is_name_particle(w.text) || (org && w.text == "i");
        // `Szkole Podstawowej i Gimnazjum` are two organisations.
        if particle
            && words
                .get(j + 1)
                .is_some_and(|n| n.joined_to_prev && n.cap && !(w.text == "i" && n.org_head()))
        {
            j += 2;
            continue;
        }
        break;
    }
    j
}

/// Whether a run of capitalised words opening a sentence is taken word by
/// word: unless its first word is unknown to the dictionaries and another
/// word of the run looks like a surname (`Goran Persson, premier Szwecji`).
fn initial_splits(words: &[Word<'_>], run: Range<usize>) -> bool {
    let Some(ws) = words.get(run) else {
        return true;
    };
    let Some((first, rest)) = ws.split_first() else {
        return true;
    };
    !(first.common().is_none()
        && !first.ordinary()
        && readings(first.text).is_empty()
        && first.text.chars().skip(1).all(char::is_lowercase)
        && rest.iter().all(|w| {
            w.text.chars().skip(1).all(char::is_lowercase)
                && (has_class(w.text, |c| c == NameClass::Surname)
                    || lemma::looks_like_surname(w.text)
                    || (readings(w.text).is_empty() && w.common().is_none() && !w.ordinary()))
        }))
}

/// What is left of a run after [`classify_part`] has read its start.
enum Rest {
    Done,
    /// The words after the mention found, read as a run of their own.
    Tail(Range<usize>),
    /// Two names in a row, read one after the other.
    Split(Range<usize>, Range<usize>),
    /// Several names in a row, read word by word.
    EachWord(Range<usize>),
}

/// Classifies a run of capitalised words into mentions, in text order.
///
/// A run may hold many names (`Jan Nowak Anna Kowalska …`, a table of names
/// scraped as one line), so its parts are kept on an explicit stack, not on
/// the call stack, and the places where a first name opens a new name are
/// found once for the whole run: time and stack stay linear in the run.
fn classify_run(words: &[Word<'_>], run: Range<usize>, out: &mut Vec<Mention>) {
    let name_start = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| w.first_name() || w.initial_letter)
    };
    // Words that open a name after a word that does not (`w Caracas Siergiej …`).
    let breaks: Vec<usize> = (run.start + 1..run.end)
        .filter(|&k| name_start(k) && !name_start(k - 1))
        .collect();
    let mut todo = vec![run];
    while let Some(part) = todo.pop() {
        match classify_part(words, part, &breaks, out) {
            Rest::Done => {}
            Rest::Tail(r) => todo.push(r),
            Rest::Split(a, b) => {
                todo.push(b);
                todo.push(a);
            }
            Rest::EachWord(r) => todo.extend(r.rev().map(|k| k..k + 1)),
        }
    }
}

/// Reads the start of `run` (a part of the run whose name-opening words are
/// `breaks`), pushing its mentions, and says what remains to be read.
fn classify_part(
    words: &[Word<'_>],
    run: Range<usize>,
    breaks: &[usize],
    out: &mut Vec<Mention>,
) -> Rest {
    let Some(first) = words.get(run.start) else {
        return Rest::Done;
    };
    let prev = run.start.checked_sub(1).and_then(|p| words.get(p));
    let len = run.len();
    // Organisations named by a trigger noun: `Ministerstwo Infrastruktury`,
    // `Komunistycznej Partii Związku Radzieckiego`.
    let org_head = words
        .get(run.clone())
        .is_some_and(|ws| ws.iter().take(3).any(|w| w.org_head()));
    // `Wysoka Izbo!`: an institution addressed is no mention of it.
    // (The head is among the first three words, as `org_head` asks.)
    let vocative = org_head
        && words.get(run.clone()).is_some_and(|ws| {
            ws.iter().take(3).find(|w| w.org_head()).is_some_and(|h| {
                let nouns: Vec<morph::Analysis> = morph::analyse(h.text)
                    .into_iter()
                    .filter(|a| a.pos == morph::Pos::Noun)
                    .collect();
                !nouns.is_empty() && nouns.iter().all(|a| a.case == Some("voc"))
            })
        });
    if org_head && vocative {
        return Rest::Done;
    }
    if org_head && (len > 1 || !first.initial) {
        out.push(Mention {
            words: run,
            label: ORG,
            lemma: None,
            part: None,
            quoted: None,
        });
        return Rest::Done;
    }
    // Acronyms: organisations, except the few that name countries.
    if len == 1
        && first.acronym()
        && caps_context(words, run.start)
        && (first.function_word() || first.common().is_some())
    {
        // `DO`, `SIĘ`: words of text set in capitals.
        return Rest::Done;
    }
    if len == 1 && first.acronym() {
        let label = if triggers::is_place_acronym(first.text)
            || has_class(first.text, |c| c == NameClass::Place)
        {
            LOC
        } else {
            capitals_as_name(first.text).unwrap_or(ORG)
        };
        out.push(Mention {
            words: run,
            label,
            lemma: Some(first.text.to_owned()),
            part: None,
            quoted: None,
        });
        return Rest::Done;
    }
    // A name in capitals: `HANNA KOWALSKA`.
    if (2..=3).contains(&len)
        && words
            .get(run.clone())
            .is_some_and(|ws| ws.iter().all(|w| !w.text.chars().any(char::is_lowercase)))
        && capitals_as_name(first.text) == Some(PER)
    {
        out.push(Mention {
            words: run,
            label: PER,
            lemma: None,
            part: None,
            quoted: None,
        });
        return Rest::Done;
    }
    // A first name inside the run starts a new name: `w Caracas Siergiej Malik-Bagdasarow`.
    if let Some(&k) = breaks.get(breaks.partition_point(|&b| b <= run.start))
        && k + 1 < run.end
    {
        return Rest::Split(run.start..k, k..run.end);
    }
    // (Asked only where a rule needs them.)
    let person_context = || prev.is_some_and(|p| p.person_title());
    let first_name = first.first_name() || first.initial_letter;
    // `w miejscowości Hua Xi`, `mieszkańców Ochli`: a place after the noun of one.
    let after_settlement = || {
        first.joined_to_prev
            && !first.initial
            && prev.is_some_and(|p| triggers::is_settlement_noun(p.text))
    };
    if first_name && len >= 2 {
        // `Donald Trump`, `Siergiej Malik-Bagdasarow`, `J. Kowalski`: a
        // first name and the capitalised words after it (at most three),
        // up to an acronym (`Katarzyna Piekarska SLD`).
        let mut end = run.start + len.min(4);
        if let Some(k) = (run.start + 1..end).find(|&k| {
            words
                .get(k)
                .is_some_and(|w| w.acronym() || is_roman(w.text))
        }) {
            end = k.max(run.start + 1);
        }
        out.push(Mention {
            words: run.start..end,
            label: PER,
            lemma: None,
            part: None,
            quoted: None,
        });
        if end < run.end {
            return Rest::Tail(end..run.end);
        }
        return Rest::Done;
    }
    if len >= 2 {
        let known_other = words.get(run.clone()).is_some_and(|ws| {
            ws.iter().any(|w| {
                has_class(w.text, |c| matches!(c, NameClass::Place | NameClass::Org))
                    && !has_class(w.text, |c| c == NameClass::Surname)
                    || w.acronym()
            })
        });
        if known_other || (first.initial && initial_splits(words, run.clone())) {
            // Several names in a row: classify word by word.
            return Rest::EachWord(run);
        } else {
            // `Nicolasem Maduro`: unknown capitalised words that look like a
            // person's name are one person; `Unii Europejskiej`, with an
            // adjective and no sign of a person, an organisation.
            let ws = words.get(run.clone()).unwrap_or(&[]);
            let personal = ws.iter().any(|w| {
                has_class(w.text, |c| c != NameClass::Place && c != NameClass::Org)
                    || lemma::looks_like_surname(w.text)
            });
            let adjectival = ws.iter().skip(1).any(|w| {
                ["ej", "ego", "ich", "ym", "ie", "a", "ą", "y", "i"]
                    .iter()
                    .any(|e| w.text.ends_with(e))
                    && w.common().is_some()
            });
            let label = if after_settlement() {
                LOC
            } else if personal || !adjectival {
                PER
            } else {
                ORG
            };
            let label = if label == PER && ordinary_phrase(ws) {
                // `Wielkiego Postu`, `Pałacu Prezydenckim`: capitalised ordinary
                // words with no sign of a person name an institution, a place or nothing.
                if ws.iter().any(|w| triggers::is_org_head(w.text)) {
                    Some(ORG)
                } else if triggers::is_place_head(first.text)
                    || has_class(first.text, |c| c == NameClass::Place)
                {
                    Some(LOC)
                } else {
                    None
                }
            } else {
                Some(label)
            };
            if let Some(label) = label {
                out.push(Mention {
                    words: run,
                    label,
                    lemma: None,
                    part: None,
                    quoted: None,
                });
            }
        }
        return Rest::Done;
    }
    // One capitalised word.
    let w = first.text;
    // A capitalised institution noun alone inside a sentence names the
    // institution: `w Senacie`, `przez Kościół`.
    // `Sejm uchwalił`: a national institution opening the sentence.
    let verb_next = triggers::is_national_institution(w)
        && words
            .get(run.end)
            .is_some_and(|n| n.joined_to_prev && says(n.text));
    if (verb_next || !(first.initial || first.after_boundary()))
        && w.chars().skip(1).any(char::is_lowercase)
        && !has_class(w, |c| {
            matches!(
                c,
                NameClass::Place | NameClass::FirstMale | NameClass::FirstFemale
            )
        })
        && triggers::may_be_institution(w)
        && morph::analyse(w)
            .iter()
            .any(|a| a.pos == morph::Pos::Noun && triggers::is_institution(&morph::lemma_of(w, a)))
    {
        out.push(Mention {
            words: run,
            label: ORG,
            lemma: None,
            part: None,
            quoted: None,
        });
        return Rest::Done;
    }
    // Names of God are persons in NKJP: `Bogu`, `Chrystusa`.
    if triggers::is_god(w) {
        out.push(Mention {
            words: run,
            label: PER,
            lemma: None,
            part: None,
            quoted: None,
        });
        return Rest::Done;
    }
    // A lone capital letter, a Roman numeral or a title is not a name.
    if w.chars().count() == 1 || is_roman(w) || first.person_title() {
        return Rest::Done;
    }
    let rs = readings(w);
    let class_of = |c: NameClass| has_class_in(rs, |x| x == c);
    // Hyphenated places are two places: `Waszyngton-Caracas`.
    // (The hyphen found by its byte: most words have none.)
    if let Some(k) = w.bytes().position(|b| b == b'-')
        && let (Some(a), Some(b)) = (w.get(..k), w.get(k + 1..))
        && [a, b]
            .iter()
            .all(|p| has_class(p, |c| c == NameClass::Place))
    {
        let mid = first.start + a.len();
        for part in [first.start..mid, mid + 1..first.end()] {
            out.push(Mention {
                words: run.clone(),
                label: LOC,
                lemma: None,
                part: Some(part),
                quoted: None,
            });
        }
        return Rest::Done;
    }
    // A noun of origin, unless a first name too (`Maja`).
    let ethnonym = ethnonym(w).filter(|lemma| {
        !rs.iter().any(|r| {
            // `Maja`, `Polek`: a first name too; `Czesi` (of `Czesia`) is the people.
            matches!(r.class, NameClass::FirstMale | NameClass::FirstFemale)
                && (r.lemma == lemma || r.cases & case::NOM != 0)
        })
    });
    let label = if ethnonym.is_some() {
        Some(LOC)
    } else if person_context() || first_name {
        Some(PER)
    } else if (after_settlement() && !first.ordinary()) || class_of(NameClass::Place) {
        Some(LOC)
    } else if class_of(NameClass::Org) {
        Some(ORG)
    } else if class_of(NameClass::Surname) {
        Some(PER)
    } else if first.initial
        && first.common().is_none()
        && words
            .get(run.end)
            .is_some_and(|n| n.joined_to_prev && says(n.text))
    {
        // `Wullf podkreślił`: an unknown word opening the sentence before a verb of saying.
        Some(PER)
    } else if first.initial || first.common().is_some() || first.initial_letter {
        None
    } else if lemma::looks_like_surname(w) {
        Some(PER)
    } else if prev.is_some_and(|p| triggers::is_place_preposition(p.text)) {
        Some(LOC)
    } else if w.chars().skip(1).all(char::is_lowercase) && w.chars().count() >= 3 {
        // An unknown capitalised word inside a sentence: most often a name.
        Some(PER)
    } else {
        None
    };
    let label = match label {
        Some(PER) if !first_name => {
            let surname = class_of(NameClass::Surname);
            if (first.initial || first.after_boundary())
                && (first.common().is_some() || first.ordinary())
            {
                // `Demonstranci wynieśli`, `"Proboszcz`: an ordinary word where
                // any word may be capitalised.
                None
            } else if first.ordinary() && rs.is_empty() {
                // Known only as an ordinary word: `Ambona`, `Secesja`.
                None
            } else if person_context() && class_of(NameClass::Place) && !surname {
                // `prezydenta Szczecina`: a place after a title.
                Some(LOC)
            } else if person_context() && class_of(NameClass::Org) && !surname {
                // `prezesa Orlenu`, `zawodnik Legii`: an organisation after a title.
                Some(ORG)
            } else if !surname && sgjp_name(w, SgjpClass::Place).is_some() {
                // A geographic name with no personal reading: `Potulice`.
                Some(LOC)
            } else {
                Some(PER)
            }
        }
        other => other,
    };
    if let Some(label) = label {
        // A place of the lexicon takes its lemma there (`Karaibów` → `Karaiby`).
        let ethnonym = ethnonym.filter(|_| !class_of(NameClass::Place));
        let lemma = ethnonym.or_else(|| {
            (label == LOC && !class_of(NameClass::Place))
                .then(|| sgjp_name(w, SgjpClass::Place).map(str::to_owned))
                .flatten()
        });
        out.push(Mention {
            words: run,
            label,
            lemma,
            part: None,
            quoted: None,
        });
    }
    Rest::Done
}

/// Groups mentions of one referent: same base form, or a surname that ends a
/// full name anywhere in the document (a headline may name `Maduro` before
/// the text names `Nicolasem Maduro`).
pub(crate) fn cluster(entities: &mut [Entity]) {
    let initialled = |lemma: &str| {
        lemma
            .split(' ')
            .next()
            .is_some_and(|f| f.ends_with('.') && f.chars().count() == 2)
    };
    let assigned: Vec<usize> = {
        // The first full name of the document with each surname.
        let mut full_name_of: FxHashMap<&str, &str> = FxHashMap::default();
        for e in entities.iter() {
            if e.label == PER && e.lemma.contains(' ') && !initialled(&e.lemma) {
                full_name_of.entry(last_word(&e.lemma)).or_insert(&e.lemma);
            }
        }
        let mut ids: FxHashMap<(Label, &str), usize> = FxHashMap::default();
        entities
            .iter()
            .map(|e| {
                let mut lemma = e.lemma.as_str();
                if e.label == PER && (!lemma.contains(' ') || initialled(lemma)) {
                    lemma = full_name_of.get(last_word(lemma)).copied().unwrap_or(lemma);
                }
                let next = ids.len();
                *ids.entry((e.label, lemma)).or_insert(next)
            })
            .collect()
    };
    for (e, id) in entities.iter_mut().zip(assigned) {
        e.cluster = id;
    }
}

/// The last word of a base form: a person's surname.
fn last_word(lemma: &str) -> &str {
    lemma.rsplit(' ').next().unwrap_or("")
}

/// The base form of a phrase that is not a person's name or a lexicon phrase.
pub(crate) fn base_form_words(words: &[&str]) -> String {
    phrase::phrase_base_form(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The two-thread search of a long text finds what one thread finds,
    /// also when the halves meet inside a name.
    #[test]
    fn halves_find_what_one_search_finds() {
        let article = include_str!("../../examples/artykul.txt");
        // Sentences of several lengths shift where the halves meet.
        for pad in ["", "Jan Kowalski z Gdańska. ", "Tak. "] {
            let mut text = String::new();
            while text.split_whitespace().count() < 2 * 8_000 {
                text.push_str(article);
                text.push_str(pad);
            }
            let sentences: Vec<Sentence<'_>> = crate::sentences(&text).collect();
            let tokens: Vec<Token> = crate::tokens(&text).collect();
            let words = words(&text, &sentences, &tokens);
            let one = format!("{:?}", mentions_from(&words, 0, words.len()).0);
            assert_eq!(format!("{:?}", find_mentions(&words)), one);
            // Any split point, mid-sentence too, gives the same mentions.
            for mid in [words.len() / 3, words.len() / 2 + 1] {
                let (mut out, reached) = mentions_from(&words, 0, mid);
                out.extend(mentions_from(&words, reached, words.len()).0);
                assert_eq!(format!("{out:?}"), one);
            }
        }
    }
}
