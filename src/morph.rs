//! A compact Polish lemmatiser for name phrases, from SGJP data:
//! `data/pl/forms.tsv` (frequent forms with all their analyses) and
//! `data/pl/suffixes.tsv` (suffix rules for every other word), both made by
//! `scripts/build_lemmatizer.py`.
//!
//! `phrase.rs` uses these analyses to bring name phrases to the nominative.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::data::entries;

const FORMS_TSV: &str = include_str!("../data/pl/forms.tsv");
const SUFFIXES_TSV: &str = include_str!("../data/pl/suffixes.tsv");

/// Parts of speech the lemmatiser tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Pos {
    Noun,
    Adj,
    Verb,
    Other,
}

/// One analysis: how to get the lemma, and the grammatical features.
/// `case`, `number` and `gender` are `None` when the form fits any value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Analysis {
    pub(crate) lemma: Lemma,
    pub(crate) pos: Pos,
    pub(crate) case: Option<&'static str>,
    pub(crate) plural: Option<bool>,
    pub(crate) gender: Option<&'static str>,
}

/// A lemma: given whole by the dictionary, or a suffix rule to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lemma {
    Given(&'static str),
    Rule { strip: usize, append: &'static str },
}

fn any(s: &'static str) -> Option<&'static str> {
    (s != "-").then_some(s)
}

fn pos(s: &str) -> Pos {
    match s {
        "subst" => Pos::Noun,
        "adj" => Pos::Adj,
        "verb" => Pos::Verb,
        _ => Pos::Other,
    }
}

/// Part of speech, case, number (plural?) and gender of one analysis.
type Features = (
    Pos,
    Option<&'static str>,
    Option<bool>,
    Option<&'static str>,
);

fn features(cols: &[&'static str]) -> Option<Features> {
    let [p, case, number, gender] = cols else {
        return None;
    };
    let plural = match *number {
        "sg" => Some(false),
        "pl" => Some(true),
        _ => None,
    };
    Some((pos(p), any(case), plural, any(gender)))
}

static FORMS: LazyLock<FxHashMap<&'static str, Vec<Analysis>>> = LazyLock::new(|| {
    let mut map: FxHashMap<&'static str, Vec<Analysis>> = FxHashMap::with_capacity_and_hasher(
        crate::data::max_entries(FORMS_TSV),
        Default::default(),
    );
    for line in entries(FORMS_TSV) {
        let cols: Vec<&'static str> = line.split('\t').collect();
        let (Some(&form), Some(&lemma), Some(rest)) = (cols.first(), cols.get(1), cols.get(2..6))
        else {
            continue;
        };
        let Some((pos, case, plural, gender)) = features(rest) else {
            continue;
        };
        map.entry(form).or_default().push(Analysis {
            lemma: Lemma::Given(lemma),
            pos,
            case,
            plural,
            gender,
        });
    }
    map
});

/// The analyses `forms.tsv` gives `form`, exactly as written.
pub(crate) fn dictionary(form: &str) -> &'static [Analysis] {
    FORMS.get(form).map_or(&[], Vec::as_slice)
}

/// Every form of `forms.tsv` with its analyses, in no particular order.
pub(crate) fn dictionary_forms() -> impl Iterator<Item = (&'static str, &'static [Analysis])> {
    FORMS.iter().map(|(f, a)| (*f, a.as_slice()))
}

static SUFFIXES: LazyLock<FxHashMap<&'static str, Vec<Analysis>>> = LazyLock::new(|| {
    let mut map: FxHashMap<&'static str, Vec<Analysis>> = FxHashMap::with_capacity_and_hasher(
        crate::data::max_entries(SUFFIXES_TSV),
        Default::default(),
    );
    for line in entries(SUFFIXES_TSV) {
        let cols: Vec<&'static str> = line.split('\t').collect();
        let (Some(&suffix), Some(strip), Some(&append), Some(rest)) = (
            cols.first(),
            cols.get(1).and_then(|s| s.parse().ok()),
            cols.get(2),
            cols.get(3..7),
        ) else {
            continue;
        };
        let Some((pos, case, plural, gender)) = features(rest) else {
            continue;
        };
        map.entry(suffix).or_default().push(Analysis {
            lemma: Lemma::Rule { strip, append },
            pos,
            case,
            plural,
            gender,
        });
    }
    map
});

/// The analyses of a word: from the frequent forms (lower case, then as
/// written), else from the longest matching suffix rule.
pub(crate) fn analyse(word: &str) -> Vec<Analysis> {
    // Lower case char by char, on the stack (the lexicons hold no Greek,
    // whose final sigma alone lower-cases differently in context).
    crate::lexicon::with_lower(word, |lower| analyse_lower(word, lower))
}

/// [`analyse`], given the word in lower case too.
fn analyse_lower(word: &str, lower: &str) -> Vec<Analysis> {
    let mut out: Vec<Analysis> = Vec::new();
    for key in [lower, word] {
        if let Some(a) = FORMS.get(key) {
            out.extend(a.iter().copied());
        }
    }
    if !out.is_empty() {
        return out;
    }
    // Suffixes of up to seven chars, longest first.
    let starts = lower.char_indices().rev().take(7).map(|(i, _)| i);
    let mut longest_first: [usize; 7] = [0; 7];
    let mut n = 0;
    for (slot, i) in longest_first.iter_mut().zip(starts) {
        *slot = i;
        n += 1;
    }
    for &start in longest_first.get(..n).unwrap_or(&[]).iter().rev() {
        if let Some(rules) = lower.get(start..).and_then(|s| SUFFIXES.get(s)) {
            return rules.clone();
        }
    }
    Vec::new()
}

/// The lemma of `word` under analysis `a`, keeping a capital the word had
/// when the lemma comes from a rule.
pub(crate) fn lemma_of(word: &str, a: &Analysis) -> String {
    match a.lemma {
        Lemma::Given(l) => l.to_owned(),
        Lemma::Rule { strip, append } => {
            let n = word.chars().count().saturating_sub(strip);
            let mut s: String = word.chars().take(n).collect();
            s.push_str(append);
            s
        }
    }
}

/// Whether two analyses agree in case, number and gender.
pub(crate) fn agree(a: &Analysis, b: &Analysis) -> bool {
    let same = |x: Option<&str>, y: Option<&str>| x.is_none() || y.is_none() || x == y;
    let same_b = |x: Option<bool>, y: Option<bool>| x.is_none() || y.is_none() || x == y;
    same(a.case, b.case) && same_b(a.plural, b.plural) && same(a.gender, b.gender)
}

/// The nominative plural of a noun lemma, when a frequent form gives it
/// (`artysta` → `artyści`); a plurale tantum gives itself (`mistrzostwa`).
pub(crate) fn nominative_plural(lemma: &str) -> Option<&'static str> {
    NOM_PLURALS.get(lemma).copied()
}

static NOM_PLURALS: LazyLock<FxHashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    for (form, analyses) in FORMS.iter() {
        for a in analyses {
            if let (Lemma::Given(l), Pos::Noun, Some("nom"), Some(true)) =
                (a.lemma, a.pos, a.case, a.plural)
            {
                // The smallest form wins, so the table does not depend on map order.
                map.entry(l)
                    .and_modify(|f: &mut &'static str| {
                        if *form < *f {
                            *f = form;
                        }
                    })
                    .or_insert(*form);
            }
        }
    }
    map
});
