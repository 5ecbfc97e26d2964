//! Word analyses for speaker descriptors, from `data/pl/forms.tsv` (SGJP
//! data, BSD-2-Clause; see the file's header): is a word a noun, an
//! adjective, a verb; can a noun name a person (masculine-personal `m1`);
//! can it be the nominative; its lemma.
//!
//! Only descriptors, titles and frame arguments are looked up, never every
//! token. The NER lemmatiser reads the same file; it keeps its table to
//! itself, so this module holds a slimmer one of its own.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::data::entries;

const FORMS_TSV: &str = include_str!("../../data/pl/forms.tsv");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Pos {
    Noun,
    Adj,
    Verb,
    Other,
}

/// One analysis of a form. `None` fields fit any value.
#[derive(Debug, Clone, Copy)]
pub(super) struct Reading {
    pub(super) lemma: &'static str,
    pub(super) pos: Pos,
    pub(super) case: Option<&'static str>,
    pub(super) plural: Option<bool>,
    pub(super) gender: Option<&'static str>,
}

static FORMS: LazyLock<FxHashMap<&'static str, Vec<Reading>>> = LazyLock::new(|| {
    let mut map: FxHashMap<&'static str, Vec<Reading>> = FxHashMap::default();
    for line in entries(FORMS_TSV) {
        let mut cols = line.split('\t');
        let (Some(form), Some(lemma), Some(pos), Some(case), Some(number), Some(gender)) = (
            cols.next(),
            cols.next(),
            cols.next(),
            cols.next(),
            cols.next(),
            cols.next(),
        ) else {
            continue;
        };
        let any = |s: &'static str| (s != "-").then_some(s);
        let pos = match pos {
            "subst" => Pos::Noun,
            "adj" => Pos::Adj,
            "verb" => Pos::Verb,
            _ => Pos::Other,
        };
        map.entry(form).or_default().push(Reading {
            lemma,
            pos,
            case: any(case),
            plural: match number {
                "sg" => Some(false),
                "pl" => Some(true),
                _ => None,
            },
            gender: any(gender),
        });
    }
    map
});

/// The analyses of a word, lower-cased and as written.
pub(super) fn readings(word: &str) -> Vec<Reading> {
    let mut out = Vec::new();
    let lower = word.to_lowercase();
    if let Some(r) = FORMS.get(lower.as_str()) {
        out.extend_from_slice(r);
    }
    if lower != word
        && let Some(r) = FORMS.get(word)
    {
        out.extend_from_slice(r);
    }
    out
}

/// Whether the word is only an adverb, particle or conjunction
/// (`wcześniej`, `tymczasem`).
pub(super) fn is_particle(word: &str) -> bool {
    let r = readings(word);
    !r.is_empty() && r.iter().all(|a| a.pos == Pos::Other)
}

/// Whether some analysis of the word is a verb form.
pub(super) fn can_be_verb(word: &str) -> bool {
    readings(word).iter().any(|a| a.pos == Pos::Verb)
}

/// The head noun of a descriptor: the first word that is a noun and not an
/// adjective, with its analyses.
pub(super) fn head<'w>(words: &[&'w str]) -> Option<(&'w str, Vec<Reading>)> {
    words.iter().find_map(|&w| {
        let r = readings(w);
        (r.iter().any(|a| a.pos == Pos::Noun) && !r.iter().any(|a| a.pos == Pos::Adj))
            .then_some((w, r))
    })
}

/// Noun lemmas of a word, lower-cased (`prezydenta` → `prezydent`).
pub(super) fn noun_lemmas(readings: &[Reading]) -> impl Iterator<Item = &'static str> + '_ {
    readings
        .iter()
        .filter(|a| a.pos == Pos::Noun)
        .map(|a| a.lemma)
}
