//! The dictionary lexicons (`data/pl/*`), as `build.rs` compiled them
//! (see [`crate::table`]): looked up where they lie, never parsed.

use std::sync::LazyLock;

use crate::table::{Fst, Multi, Record, Records, compiled, fst, string};

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
    #[cfg(test)]
    pub(crate) const PLURAL: u16 = 8;

    /// Parses `nom,gen:pl` into bits (`build.rs` does it for the tables).
    #[cfg(test)]
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

impl Record for NameReading {
    fn decode(bits: u64) -> Self {
        let class = match bits >> 32 & 0xF {
            0 => NameClass::FirstMale,
            1 => NameClass::FirstFemale,
            2 => NameClass::Surname,
            3 => NameClass::Place,
            _ => NameClass::Org,
        };
        Self {
            lemma: string(bits),
            class,
            cases: (bits >> 36 & 0xFFFF) as u16,
        }
    }
}

/// Proper nouns of `names.tsv`: single words and multi-word phrases
/// (`Stanów Zjednoczonych`).
static NAMES: Multi = Multi::new(fst!("names.fst"), compiled!("names.rec"));

/// First words of the multi-word phrases of `names.tsv`.
static PHRASE_STARTS: Fst = fst!("name_phrase_starts.fst");

/// The longest phrase of `names.tsv`, in words.
pub(crate) const NAME_MAX_WORDS: usize = crate::table::NAME_MAX_WORDS;

/// The readings `names.tsv` gives a form (a word, or words joined by one
/// space), exactly as written.
pub(crate) fn name_readings(form: &str) -> Records<NameReading> {
    NAMES.get(form)
}

/// Whether a phrase of `names.tsv` starts with `word`.
pub(crate) fn starts_name_phrase(word: &str) -> bool {
    PHRASE_STARTS.contains(word)
}

/// Calls `f` with every word that starts a phrase of `names.tsv`.
pub(crate) fn for_each_phrase_start(mut f: impl FnMut(&str)) {
    PHRASE_STARTS.for_each(|k, _| {
        if let Ok(w) = std::str::from_utf8(k) {
            f(w);
        }
    });
}

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

impl SpeechVerb {
    fn decode(code: u64) -> Self {
        let gender = match code {
            0 => Gender::Masculine,
            1 => Gender::Feminine,
            2 => Gender::Neuter,
            3 => Gender::Plural,
            _ => Gender::Unmarked,
        };
        Self { gender }
    }
}

/// `speech-verbs.tsv`: form → gender code.
static SPEECH_VERBS: Fst = fst!("speech_verbs.fst");

/// Calls `f` with every speech verb form.
pub(crate) fn for_each_speech_verb(mut f: impl FnMut(&str)) {
    SPEECH_VERBS.for_each(|k, _| {
        if let Ok(w) = std::str::from_utf8(k) {
            f(w);
        }
    });
}

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
    for_each_speech_verb(|form| {
        let k = verb_key(form);
        if let Some(slot) = bits.get_mut(k / 64) {
            *slot |= 1 << (k % 64);
        }
    });
    bits
});

/// The speech verb form `word`, as written.
pub(crate) fn speech_verb(word: &str) -> Option<SpeechVerb> {
    let k = verb_key(word);
    let maybe = SPEECH_VERB_KEYS
        .get(k / 64)
        .is_some_and(|bits| bits & (1 << (k % 64)) != 0);
    if maybe {
        SPEECH_VERBS.get(word).map(SpeechVerb::decode)
    } else {
        None
    }
}

/// Frequent ordinary words (lower case) → 1 when the form is also a
/// proper noun when capitalised, else 0.
static COMMON: Fst = fst!("common_words.fst");

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
    with_lower(word, |w| COMMON.get(w).map(|proper| proper == 1))
}

/// Forms (lower case) that SGJP knows only as ordinary words, for the
/// frequent lemmas: capitalised, they are no name (`Proboszcz`, `Demonstranci`).
static ORDINARY: Fst = fst!("ordinary_forms.fst");

/// Whether `lower` (in lower case) is a form SGJP knows only as an
/// ordinary word.
pub(crate) fn is_ordinary(lower: &str) -> bool {
    ORDINARY.contains(lower)
}

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

impl Record for SgjpName {
    fn decode(bits: u64) -> Self {
        let class = match bits >> 32 & 0xF {
            0 => SgjpClass::Place,
            1 => SgjpClass::Ethnonym,
            2 => SgjpClass::AcronymOrg,
            _ => SgjpClass::AcronymCommon,
        };
        Self {
            lemma: string(bits),
            class,
        }
    }
}

/// Form → readings, from `sgjp-names.tsv` (one line per lemma).
static SGJP_NAMES: Multi = Multi::new(fst!("sgjp_names.fst"), compiled!("sgjp_names.rec"));

/// The SGJP lemma of `word` in `class`, if it has one.
pub(crate) fn sgjp_name(word: &str, class: SgjpClass) -> Option<&'static str> {
    SGJP_NAMES
        .get::<SgjpName>(word)
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

    /// The lines of a data file, split at tabs.
    fn rows(file: &str) -> Vec<Vec<&str>> {
        crate::data::entries(file)
            .map(|l| l.split('\t').collect())
            .collect()
    }

    fn count(table: &Fst) -> usize {
        let mut n = 0;
        table.for_each(|_, _| n += 1);
        n
    }

    /// The compiled tables answer exactly as the text files: every key
    /// with every reading in file order, and no key the text lacks.
    #[test]
    fn compiled_names_answer_as_the_text() {
        let text = include_str!("../data/pl/names.tsv");
        let mut expected: rustc_hash::FxHashMap<&str, Vec<(&str, &str, u16)>> = Default::default();
        let mut starts = std::collections::BTreeSet::new();
        let mut max_words = 1;
        for cols in rows(text) {
            let (form, lemma, class) = (cols[0], cols[1], cols[2]);
            let cases = cols.get(3).map_or(0, |c| case::parse(c));
            expected
                .entry(form)
                .or_default()
                .push((lemma, class, cases));
            max_words = max_words.max(form.split(' ').count());
            if let Some((first, _)) = form.split_once(' ') {
                starts.insert(first);
            }
        }
        assert!(expected.len() > 90_000);
        for (form, want) in &expected {
            let got: Vec<(&str, &str, u16)> = name_readings(form)
                .iter()
                .map(|r| {
                    let class = match r.class {
                        NameClass::FirstMale => "first_m",
                        NameClass::FirstFemale => "first_f",
                        NameClass::Surname => "surname",
                        NameClass::Place => "place",
                        NameClass::Org => "org",
                    };
                    (r.lemma, class, r.cases)
                })
                .collect();
            assert_eq!(&got, want, "{form}");
        }
        assert_eq!(count(NAMES.keys()), expected.len());
        let mut compiled_starts = Vec::new();
        for_each_phrase_start(|w| compiled_starts.push(w.to_owned()));
        assert_eq!(
            compiled_starts,
            starts.iter().map(|s| s.to_string()).collect::<Vec<_>>()
        );
        assert!(starts.iter().all(|s| starts_name_phrase(s)));
        assert_eq!(NAME_MAX_WORDS, max_words);
        assert!(
            name_readings("Kowalskiego")
                .iter()
                .any(|r| r.lemma == "Kowalski")
        );
        assert!(name_readings("kowalskiego").is_empty());
    }

    #[test]
    fn compiled_word_lists_answer_as_the_text() {
        let verbs = rows(include_str!("../data/pl/speech-verbs.tsv"));
        let mut first: rustc_hash::FxHashMap<&str, Option<&str>> = Default::default();
        for cols in &verbs {
            first.entry(cols[0]).or_insert(cols.get(2).copied());
        }
        for (form, gender) in &first {
            let want = match gender {
                Some("m") => Gender::Masculine,
                Some("f") => Gender::Feminine,
                Some("n") => Gender::Neuter,
                Some("pl") => Gender::Plural,
                _ => Gender::Unmarked,
            };
            assert_eq!(speech_verb(form).map(|v| v.gender), Some(want), "{form}");
        }
        assert_eq!(count(&SPEECH_VERBS), first.len());
        assert!(speech_verb("Powiedział").is_none());

        let common = rows(include_str!("../data/pl/common-words.txt"));
        for cols in &common {
            assert_eq!(is_common(cols[0]), Some(cols.get(1) == Some(&"proper")));
        }
        assert_eq!(count(&COMMON), common.len());
        assert_eq!(is_common("Jednak"), Some(false));
        assert_eq!(is_common("kropkaa"), None);

        let ordinary = rows(include_str!("../data/pl/ordinary-forms.txt"));
        assert!(ordinary.iter().all(|cols| is_ordinary(cols[0])));
        assert_eq!(count(&ORDINARY), ordinary.len());
        assert!(!is_ordinary("kropkaa"));

        let mut sgjp: rustc_hash::FxHashMap<&str, Vec<(&str, &str)>> = Default::default();
        for cols in rows(include_str!("../data/pl/sgjp-names.tsv")) {
            for form in cols[2].split(',') {
                sgjp.entry(form).or_default().push((cols[0], cols[1]));
            }
        }
        for (form, want) in &sgjp {
            let got: Vec<(&str, &str)> = SGJP_NAMES
                .get::<SgjpName>(form)
                .iter()
                .map(|n| {
                    let class = match n.class {
                        SgjpClass::Place => "place",
                        SgjpClass::Ethnonym => "ethnonym",
                        SgjpClass::AcronymOrg => "acronym_org",
                        SgjpClass::AcronymCommon => "acronym_common",
                    };
                    (class, n.lemma)
                })
                .collect();
            assert_eq!(&got, want, "{form}");
        }
        assert_eq!(count(SGJP_NAMES.keys()), sgjp.len());
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
