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
mod classify;
mod compounds;
mod lemma;
mod mentions;
mod phrase;
mod temporal;
mod words;

use std::ops::Range;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::lexicon::{
    NAME_MAX_WORDS, NameClass, NameReading, SgjpClass, case, for_each_phrase_start, is_common,
    is_ordinary, name_readings, sgjp_name, starts_name_phrase,
};
use crate::output::{Entity, Label};
use crate::segment::Sentence;
use crate::table::Records;
use crate::token::{Token, TokenKind};

use crate::{morph, triggers};
use classify::*;
pub use lemma::base_form;
use mentions::*;
use words::*;

/// Entity labels, short.
const PER: Label = Label::Per;
const ORG: Label = Label::Org;
const LOC: Label = Label::Loc;

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
    let mut out = lemma::resolve(text, &words, mentions);
    out.retain(|e| !(e.label == PER && turn_label(text, &e.range)));
    legal_forms(text, &mut out);
    out
}

/// A name followed by a company's legal form (`Orlen S.A.`, `Budimex sp. z
/// o.o.`) is an organisation with the form in its span and base form; an
/// entity found inside the form (`S.A.` read as initials) goes.
fn legal_forms(text: &str, entities: &mut Vec<Entity>) {
    const FORMS: &[&str] = &[
        "S.A.",
        "SA",
        "Sp. z o.o.",
        "sp. z o.o.",
        "Sp. z o. o.",
        "sp. z o. o.",
        "S.K.A.",
        "Sp.j.",
        "sp.j.",
        "Sp. j.",
        "sp. j.",
        "Sp.k.",
        "sp.k.",
        "Sp. k.",
        "sp. k.",
        "s.c.",
    ];
    let mut drop: Vec<Range<usize>> = Vec::new();
    // Spans extended so far, as they were: a name nested in one of them
    // (`Kowalski` in `Firma Kowalski`) stays as it is.
    let mut extended: Vec<Range<usize>> = Vec::new();
    for e in entities.iter_mut() {
        if !matches!(e.label, ORG | PER | LOC)
            || drop
                .iter()
                .any(|d| d.start <= e.range.start && e.range.end <= d.end)
            || extended
                .iter()
                .any(|x| x.start <= e.range.start && e.range.end == x.end)
        {
            continue;
        }
        // The form inside the span already (`Budimex SA` read as a name).
        let own = text.get(e.range.clone()).unwrap_or("");
        if let Some(form) = FORMS.iter().find(|f| {
            own.strip_suffix(**f)
                .is_some_and(|name| name.ends_with(' ') && name.trim().chars().count() > 1)
        }) {
            if e.label != ORG {
                e.label = ORG;
                let name = own.strip_suffix(form).unwrap_or(own).trim_end();
                e.lemma = format!("{name} {form}");
            }
            continue;
        }
        let rest = text.get(e.range.end..).unwrap_or("");
        let Some(after_space) = rest.strip_prefix(' ') else {
            continue;
        };
        let Some(form) = FORMS.iter().find(|f| {
            after_space.starts_with(**f)
                && !after_space
                    .get(f.len()..)
                    .and_then(|t| t.chars().next())
                    .is_some_and(char::is_alphanumeric)
        }) else {
            continue;
        };
        let end = e.range.end + 1 + form.len();
        extended.push(e.range.clone());
        drop.push(e.range.end..end);
        e.range.end = end;
        if e.label != ORG {
            e.label = ORG;
            e.lemma = text
                .get(e.range.start..end - form.len() - 1)
                .unwrap_or("")
                .to_owned();
        }
        e.lemma = format!("{} {form}", e.lemma);
    }
    if !drop.is_empty() {
        entities.retain(|e| {
            !drop
                .iter()
                .any(|d| d.start <= e.range.start && e.range.end <= d.end)
        });
    }
}

/// An interview's turn label: initials or a letter or two in capitals
/// opening a line and followed by a colon (`A:`, `W:`, `J.K.:`, `JK:`).
/// It marks who speaks; it is no mention of a person.
fn turn_label(text: &str, r: &Range<usize>) -> bool {
    let (Some(label), Some(after), Some(before)) =
        (text.get(r.clone()), text.get(r.end..), text.get(..r.start))
    else {
        return false;
    };
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    after.starts_with(':')
        && (1..=3).contains(&letters)
        && label.chars().all(|c| c.is_uppercase() || c == '.')
        && before
            .chars()
            .rev()
            .take_while(|&c| c != '\n')
            .all(|c| c == ' ' || c == '\t')
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

fn readings(w: &str) -> Records<NameReading> {
    name_readings(w)
}

/// Singular cases other than the vocative: plural and vocative readings of
/// names (`Ale` as the plural of `Ala`) are too rare in text to decide by.
const SINGULAR: u16 = case::NOM | case::GEN | case::DAT | case::ACC | case::INST | case::LOC;

fn has_class(w: &str, f: impl Fn(NameClass) -> bool) -> bool {
    has_class_in(readings(w), f)
}

/// [`has_class`] over readings already looked up.
fn has_class_in(rs: Records<NameReading>, f: impl Fn(NameClass) -> bool) -> bool {
    rs.iter()
        .any(|r| f(r.class) && (r.cases & SINGULAR != 0 || r.class == NameClass::Place))
}

fn is_first_name(w: &str) -> bool {
    let first = |w: &str| {
        has_class(w, |c| {
            matches!(c, NameClass::FirstMale | NameClass::FirstFemale)
        })
    };
    // `Anna-Maria`, `Hans-Dieter`: two first names joined by a hyphen.
    first(w)
        || w.split_once('-').is_some_and(|(a, b)| {
            b.starts_with(char::is_uppercase) && !b.contains('-') && first(a) && first(b)
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

/// Place names of `names.tsv`, lower case without diacritics (`build.rs`):
/// for the prefixes of adjectives made from them.
static PLACE_STEMS: crate::table::Fst = crate::table::fst!("place_stems.fst");

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
    let stem = crate::fold::fold(stem);
    // `warszaw|a`, `gdań|sk`, `wrocław`: the name adds at most three letters.
    let mut found = false;
    PLACE_STEMS.keys_from(&stem, |p| {
        if !p.starts_with(stem.as_bytes()) {
            return false;
        }
        found = p.len() <= stem.len() + 3;
        !found
    });
    found
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
    crate::lexicon::with_lower(w, is_ordinary)
}

/// Gives the one-word places that are nouns of nationality or origin
/// (`Polacy`; not `Polska`) the treatment `mode` asks for.
pub(crate) fn demonyms(text: &str, entities: &mut Vec<Entity>, mode: crate::Demonyms) {
    use crate::Demonyms;
    if mode == Demonyms::Loc {
        return;
    }
    let is_demonym = |e: &Entity| {
        e.label == Label::Loc
            && text.get(e.range.clone()).is_some_and(|w| {
                !w.contains(char::is_whitespace)
                    && !has_class(w, |c| c == NameClass::Place)
                    && ethnonym(w).is_some()
            })
    };
    match mode {
        Demonyms::Drop => entities.retain(|e| !is_demonym(e)),
        _ => {
            for e in entities.iter_mut() {
                if is_demonym(e) {
                    e.label = Label::Demonym;
                }
            }
        }
    }
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
    for_each_phrase_start(|w| {
        let k = phrase_start_key(w);
        if let Some(slot) = bits.get_mut(k / 64) {
            *slot |= 1 << (k % 64);
        }
    });
    bits
});

/// Longest lexicon phrase (two or more words) starting at word `i`.
fn phrase_at(words: &[Word<'_>], i: usize) -> Option<(usize, Records<NameReading>)> {
    let first = words.get(i)?.text;
    let k = phrase_start_key(first);
    if PHRASE_START_KEYS
        .get(k / 64)
        .is_none_or(|bits| bits & (1 << (k % 64)) == 0)
        || !starts_name_phrase(first)
    {
        return None;
    }
    let max = NAME_MAX_WORDS.min(words.len().saturating_sub(i));
    for n in (2..=max).rev() {
        let slice = words.get(i..i + n)?;
        if slice.iter().skip(1).any(|w| !w.joined_to_prev) {
            continue;
        }
        let key = slice.iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
        let r = name_readings(&key);
        if !r.is_empty() {
            return Some((n, r));
        }
    }
    None
}

/// The byte range of `words` with the quote marks right around them, if any.
fn in_quotes(words: &[Word<'_>]) -> Option<Range<usize>> {
    let (open, start) = words.first()?.prev_punct()?;
    let (close, end) = words.last()?.next_punct()?;
    (crate::chars::opens_name_quote(open) && crate::chars::closes_name_quote(close))
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
            let sentences: Vec<Sentence<'_>> = crate::segment::sentences(&text).collect();
            let tokens: Vec<Token> = crate::token::tokens(&text).collect();
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
