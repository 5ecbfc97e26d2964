//! The dictionary lexicons (`data/pl/*.tsv`), parsed once on first use.
//!
//! Keys borrow the embedded text: building a table allocates only the maps.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::data::entries;

/// What kind of proper noun a lexicon entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum NameClass {
    FirstMale,
    FirstFemale,
    Surname,
    Place,
    Org,
}

/// Grammatical cases as bits; plural readings are shifted by [`PLURAL`].
pub(crate) mod case {
    pub(crate) const NOM: u16 = 1;
    pub(crate) const GEN: u16 = 2;
    pub(crate) const DAT: u16 = 4;
    pub(crate) const ACC: u16 = 8;
    pub(crate) const INST: u16 = 16;
    pub(crate) const LOC: u16 = 32;
    pub(crate) const VOC: u16 = 64;
    pub(crate) const PLURAL: u16 = 8;

    /// Parses `nom,gen:pl` into bits.
    pub(crate) fn parse(s: &str) -> u16 {
        s.split(',')
            .map(|c| {
                let (name, plural) = match c.strip_suffix(":pl") {
                    Some(n) => (n, true),
                    None => (c, false),
                };
                let bit = match name {
                    "nom" => NOM,
                    "gen" => GEN,
                    "dat" => DAT,
                    "acc" => ACC,
                    "inst" => INST,
                    "loc" => LOC,
                    "voc" => VOC,
                    _ => 0,
                };
                if plural { bit << PLURAL } else { bit }
            })
            .fold(0, |a, b| a | b)
    }
}

/// One reading of a proper-noun form.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NameReading {
    pub(crate) lemma: &'static str,
    pub(crate) class: NameClass,
    pub(crate) cases: u16,
}

/// Proper nouns: single words and multi-word phrases (`Stanów Zjednoczonych`).
pub(crate) struct Names {
    pub(crate) forms: FxHashMap<&'static str, Vec<NameReading>>,
    /// Longest phrase, in words.
    pub(crate) max_words: usize,
    /// First words of the multi-word phrases.
    pub(crate) phrase_starts: FxHashSet<&'static str>,
}

const NAMES_TSV: &str = include_str!("../data/pl/names.tsv");
const SPEECH_VERBS_TSV: &str = include_str!("../data/pl/speech-verbs.tsv");
const COMMON_WORDS: &str = include_str!("../data/pl/common-words.txt");

pub(crate) static NAMES: LazyLock<Names> = LazyLock::new(|| {
    let mut forms: FxHashMap<&'static str, Vec<NameReading>> = FxHashMap::default();
    let mut max_words = 1;
    let mut phrase_starts = FxHashSet::default();
    for line in entries(NAMES_TSV) {
        let mut cols = line.split('\t');
        let (Some(form), Some(lemma), Some(class), cases) =
            (cols.next(), cols.next(), cols.next(), cols.next())
        else {
            continue;
        };
        let class = match class {
            "first_m" => NameClass::FirstMale,
            "first_f" => NameClass::FirstFemale,
            "surname" => NameClass::Surname,
            "place" => NameClass::Place,
            "org" => NameClass::Org,
            _ => continue,
        };
        max_words = max_words.max(form.split(' ').count());
        if let Some((first, _)) = form.split_once(' ') {
            phrase_starts.insert(first);
        }
        forms.entry(form).or_default().push(NameReading {
            lemma,
            class,
            cases: cases.map_or(0, case::parse),
        });
    }
    Names {
        forms,
        max_words,
        phrase_starts,
    }
});

/// Gender shown by a verb form (`powiedział` m, `powiedziała` f).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Masculine,
    Feminine,
    Neuter,
    Plural,
    Unmarked,
}

/// A speech verb form: the gender it shows.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SpeechVerb {
    pub(crate) gender: Gender,
}

pub(crate) static SPEECH_VERBS: LazyLock<FxHashMap<&'static str, SpeechVerb>> =
    LazyLock::new(|| {
        let mut map = FxHashMap::default();
        for line in entries(SPEECH_VERBS_TSV) {
            let mut cols = line.split('\t');
            let (Some(form), Some(_lemma)) = (cols.next(), cols.next()) else {
                continue;
            };
            let gender = match cols.next() {
                Some("m") => Gender::Masculine,
                Some("f") => Gender::Feminine,
                Some("n") => Gender::Neuter,
                Some("pl") => Gender::Plural,
                _ => Gender::Unmarked,
            };
            map.entry(form).or_insert(SpeechVerb { gender });
        }
        map
    });

/// Bits of the speech-verb filter (a power of two).
const VERB_FILTER_BITS: usize = 1 << 17;

/// A hash of a word's length and its first three and last two bytes:
/// words that share them share it.
fn verb_key(word: &str) -> usize {
    let b = word.as_bytes();
    let byte = |i: usize| u64::from(b.get(i).copied().unwrap_or(0));
    let n = b.len();
    let key = byte(0)
        | byte(1) << 8
        | byte(2) << 16
        | byte(n.wrapping_sub(2)) << 24
        | byte(n.wrapping_sub(1)) << 32
        | (n as u64) << 40;
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize % VERB_FILTER_BITS
}

/// The [`verb_key`]s of the speech verb forms, as bits: a word whose bit
/// is clear is no speech verb, and needs no lookup.
static SPEECH_VERB_KEYS: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; VERB_FILTER_BITS / 64];
    for form in SPEECH_VERBS.keys() {
        let k = verb_key(form);
        if let Some(slot) = bits.get_mut(k / 64) {
            *slot |= 1 << (k % 64);
        }
    }
    bits
});

/// The speech verb form `word`, as written.
pub(crate) fn speech_verb(word: &str) -> Option<SpeechVerb> {
    let k = verb_key(word);
    let maybe = SPEECH_VERB_KEYS
        .get(k / 64)
        .is_some_and(|bits| bits & (1 << (k % 64)) != 0);
    if maybe {
        SPEECH_VERBS.get(word).copied()
    } else {
        None
    }
}

/// Frequent ordinary words (lower case); `true` when the form is also a
/// proper noun when capitalised.
pub(crate) static COMMON: LazyLock<FxHashMap<&'static str, bool>> = LazyLock::new(|| {
    entries(COMMON_WORDS)
        .filter_map(|line| {
            let mut cols = line.split('\t');
            let form = cols.next()?;
            Some((form, cols.next() == Some("proper")))
        })
        .collect()
});

/// Writes `word` in lower case into `buf`; `None` when it does not fit.
/// ASCII letters are lowered byte by byte, other chars by Unicode rules.
pub(crate) fn lowercase_into<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let mut len = 0;
    for c in word.chars() {
        if c.is_ascii() {
            *buf.get_mut(len)? = c.to_ascii_lowercase() as u8;
            len += 1;
        } else {
            for l in c.to_lowercase() {
                let slot = buf.get_mut(len..len + l.len_utf8())?;
                len += l.encode_utf8(slot).len();
            }
        }
    }
    std::str::from_utf8(buf.get(..len)?).ok()
}

/// Whether `word` has an upper-case letter (ASCII bytes without decoding).
pub(crate) fn has_upper(word: &str) -> bool {
    for (i, b) in word.bytes().enumerate() {
        if b.is_ascii_uppercase() {
            return true;
        }
        if !b.is_ascii() {
            return word
                .get(i..)
                .is_some_and(|rest| rest.chars().any(char::is_uppercase));
        }
    }
    false
}

/// Calls `f` with `word` in lower case: the word itself when it has no
/// capital, else a copy on the stack (a `String` for very long words).
pub(crate) fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if !has_upper(word) {
        return f(word);
    }
    let mut buf = [0u8; LOWER_BUF];
    match lowercase_into(word, &mut buf) {
        Some(l) => f(l),
        None => f(&word.to_lowercase()),
    }
}

/// Bytes of a lower-cased word kept on the stack.
const LOWER_BUF: usize = 48;

/// Whether `word` (any case) is a frequent ordinary word: `Some(proper)`.
pub(crate) fn is_common(word: &str) -> Option<bool> {
    // Lower-cased char by char (the list holds no Greek final sigma).
    with_lower(word, |w| COMMON.get(w).copied())
}

const ORDINARY_FORMS: &str = include_str!("../data/pl/ordinary-forms.txt");
const SGJP_NAMES_TSV: &str = include_str!("../data/pl/sgjp-names.tsv");

/// Forms (lower case) that SGJP knows only as ordinary words, for the
/// frequent lemmas: capitalised, they are no name (`Proboszcz`, `Demonstranci`).
pub(crate) static ORDINARY: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| entries(ORDINARY_FORMS).collect());

/// A class of SGJP names kept apart from `names.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SgjpClass {
    /// A geographic name with no first-name or surname reading (`Potulice`).
    Place,
    /// A noun of nationality, ethnicity or origin (`Rosjanin`, `Hucuł`).
    Ethnonym,
    /// An acronym naming an organisation (`NATO`).
    AcronymOrg,
    /// An acronym of a common noun (`VAT`, `AGD`).
    AcronymCommon,
}

/// One reading of a form in `sgjp-names.tsv`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SgjpName {
    pub(crate) lemma: &'static str,
    pub(crate) class: SgjpClass,
}

/// Form → readings, from `sgjp-names.tsv` (one line per lemma).
pub(crate) static SGJP_NAMES: LazyLock<FxHashMap<&'static str, Vec<SgjpName>>> =
    LazyLock::new(|| {
        let mut map: FxHashMap<&'static str, Vec<SgjpName>> = FxHashMap::default();
        for line in entries(SGJP_NAMES_TSV) {
            let mut cols = line.split('\t');
            let (Some(class), Some(lemma), Some(forms)) = (cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            let class = match class {
                "place" => SgjpClass::Place,
                "ethnonym" => SgjpClass::Ethnonym,
                "acronym_org" => SgjpClass::AcronymOrg,
                "acronym_common" => SgjpClass::AcronymCommon,
                _ => continue,
            };
            for form in forms.split(',') {
                map.entry(form).or_default().push(SgjpName { lemma, class });
            }
        }
        map
    });

/// The SGJP lemma of `word` in `class`, if it has one.
pub(crate) fn sgjp_name(word: &str, class: SgjpClass) -> Option<&'static str> {
    SGJP_NAMES
        .get(word)?
        .iter()
        .find(|n| n.class == class)
        .map(|n| n.lemma)
}
