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
    let mut forms: FxHashMap<&'static str, Vec<NameReading>> = FxHashMap::with_capacity_and_hasher(
        crate::data::max_entries(NAMES_TSV),
        Default::default(),
    );
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
    let mut map = FxHashMap::with_capacity_and_hasher(
        crate::data::max_entries(COMMON_WORDS),
        Default::default(),
    );
    map.extend(entries(COMMON_WORDS).filter_map(|line| {
        let mut cols = line.split('\t');
        let form = cols.next()?;
        Some((form, cols.next() == Some("proper")))
    }));
    map
});

/// The second byte, in lower case, of a two-byte UTF-8 sequence that is a
/// Polish letter with a diacritic (`Ą` `C4 84` → `84 + 1`; `ą` stays), or
/// `None` for any other sequence. Polish text needs no other case mapping
/// in most words, so this skips the Unicode tables.
pub(crate) fn polish_lower(b0: u8, b1: u8) -> Option<u8> {
    match (b0, b1) {
        (0xC4, 0x84 | 0x86 | 0x98) | (0xC5, 0x81 | 0x83 | 0x9A | 0xB9 | 0xBB) => Some(b1 + 1),
        (0xC4, 0x85 | 0x87 | 0x99) | (0xC5, 0x82 | 0x84 | 0x9B | 0xBA | 0xBC) => Some(b1),
        (0xC3, 0x93 | 0xB3) => Some(0xB3),
        _ => None,
    }
}

/// Writes `word` in lower case into `buf`; `None` when it does not fit.
/// ASCII letters and Polish letters are lowered byte by byte, other chars
/// by Unicode rules.
pub(crate) fn lowercase_into<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    // An ASCII word keeps its length: lowered in one pass, without bounds checks.
    if bytes.is_ascii() {
        let out = buf.get_mut(..bytes.len())?;
        for (o, &b) in out.iter_mut().zip(bytes) {
            *o = b.to_ascii_lowercase();
        }
        debug_assert!(std::str::from_utf8(out).is_ok());
        // SAFETY: ASCII bytes are valid UTF-8.
        return Some(unsafe { std::str::from_utf8_unchecked(out) });
    }
    let mut len = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            *buf.get_mut(len)? = b.to_ascii_lowercase();
            len += 1;
            i += 1;
            continue;
        }
        if let Some(&b1) = bytes.get(i + 1)
            && let Some(lower) = polish_lower(b, b1)
        {
            buf.get_mut(len..len + 2)?.copy_from_slice(&[b, lower]);
            len += 2;
            i += 2;
            continue;
        }
        let c = word.get(i..)?.chars().next()?;
        for l in c.to_lowercase() {
            let slot = buf.get_mut(len..len + l.len_utf8())?;
            len += l.encode_utf8(slot).len();
        }
        i += c.len_utf8();
    }
    let out = buf.get(..len)?;
    debug_assert!(std::str::from_utf8(out).is_ok());
    // SAFETY: `out` is valid UTF-8 by construction: ASCII bytes stay ASCII,
    // a Polish letter's two bytes stay a two-byte sequence (only the second
    // byte changes, within 0x80..=0xBF), and other chars are written by
    // `char::encode_utf8`. (Validating it again was a third of the time.)
    Some(unsafe { std::str::from_utf8_unchecked(out) })
}

/// Whether `word` has an upper-case letter (ASCII and Polish letters
/// without decoding).
pub(crate) fn has_upper(word: &str) -> bool {
    let bytes = word.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if b.is_ascii_uppercase() {
                return true;
            }
            i += 1;
            continue;
        }
        match bytes.get(i + 1).and_then(|&b1| polish_lower(b, b1)) {
            Some(lower) if Some(&lower) != bytes.get(i + 1) => return true,
            Some(_) => i += 2,
            None => {
                return word
                    .get(i..)
                    .is_some_and(|rest| rest.chars().any(char::is_uppercase));
            }
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

/// [`is_common`] without building its map: a binary search over the
/// embedded file, whose data lines are sorted by bytes and whose `#` header
/// sorts before every word. For callers that look up a few words and should
/// not pay the map's one-time build (the segmenter).
pub(crate) fn is_common_unindexed(word: &str) -> Option<bool> {
    with_lower(word, |w| {
        let line = sorted_line(COMMON_WORDS, w)?;
        Some(line.ends_with("\tproper"))
    })
}

/// The line of `data` whose first tab-separated column is `key`. The lines
/// must be sorted by bytes, and `key` must sort after every other line that
/// could precede the data (a `#` header does).
fn sorted_line<'d>(data: &'d str, key: &str) -> Option<&'d str> {
    let data = data.trim_end();
    let b = data.as_bytes();
    // Every line that starts in `lo..hi` is still a candidate.
    let (mut lo, mut hi) = (0, b.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = memchr::memrchr(b'\n', b.get(lo..mid)?).map_or(lo, |p| lo + p + 1);
        let end = memchr::memchr(b'\n', b.get(start..)?).map_or(b.len(), |p| start + p);
        let line = data.get(start..end)?;
        let form = line.split('\t').next().unwrap_or(line);
        match form.cmp(key) {
            std::cmp::Ordering::Equal => return Some(line),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
}

const ORDINARY_FORMS: &str = include_str!("../data/pl/ordinary-forms.txt");
const SGJP_NAMES_TSV: &str = include_str!("../data/pl/sgjp-names.tsv");

/// Forms (lower case) that SGJP knows only as ordinary words, for the
/// frequent lemmas: capitalised, they are no name (`Proboszcz`, `Demonstranci`).
pub(crate) static ORDINARY: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    let mut set = FxHashSet::with_capacity_and_hasher(
        crate::data::max_entries(ORDINARY_FORMS),
        Default::default(),
    );
    set.extend(entries(ORDINARY_FORMS));
    set
});

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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn polish_letters_lower_by_bytes() {
        let mut buf = [0u8; 64];
        assert_eq!(
            lowercase_into("ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż", &mut buf),
            Some("ąćęłńóśźż ąćęłńóśźż")
        );
        assert_eq!(lowercase_into("ŻÓŁW Ärger", &mut buf), Some("żółw ärger"));
        assert!(has_upper("żółW"));
        assert!(has_upper("żÓłw"));
        assert!(!has_upper("żółw"));
        assert!(has_upper("żółwÄ"));
        assert_eq!(lowercase_into("Żółw", &mut [0u8; 3]), None);
    }

    #[test]
    fn the_unindexed_lookup_agrees_with_the_map() {
        for (i, (word, proper)) in COMMON.iter().enumerate() {
            if i % 7 == 0 {
                assert_eq!(is_common_unindexed(word), Some(*proper), "{word}");
            }
        }
        let first = entries(COMMON_WORDS).next().unwrap_or_default();
        let last = entries(COMMON_WORDS).last().unwrap_or_default();
        for word in [first, last] {
            let word = word.split('\t').next().unwrap_or_default();
            assert!(is_common_unindexed(word).is_some(), "{word}");
        }
        for word in ["", "#", "zzzzzz", "aaaaaa", "kropkaa", "Mężczyzna"] {
            assert_eq!(is_common_unindexed(word), is_common(word), "{word}");
        }
    }

    proptest! {
        /// The byte paths agree with the Unicode rules, char by char (the
        /// Greek capital sigma, whose lower case depends on its place in the
        /// word, is left out).
        #[test]
        fn lower_case_as_unicode(s in "[a-zA-ZąćęłńóśźżĄĆĘŁŃÓŚŹŻäÄßİẞΑαЖж0-9 -]{0,24}") {
            let mut buf = [0u8; 256];
            let lower = s.to_lowercase();
            prop_assert_eq!(lowercase_into(&s, &mut buf), Some(lower.as_str()));
            prop_assert_eq!(has_upper(&s), s.chars().any(char::is_uppercase));
        }
    }
}
