//! A compact Polish lemmatiser for name phrases, from SGJP data:
//! `data/pl/forms.tsv` (frequent forms with all their analyses) and
//! `data/pl/suffixes.tsv` (suffix rules for every other word), both made by
//! `scripts/build_lemmatizer.py`.
//!
//! Phrases are brought to the nominative the way Polish names inflect: the
//! head noun and the adjectives that agree with it change, the genitive
//! complements after them do not (`Komendy Powiatowej Policji` →
//! `Komenda Powiatowa Policji`).

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::data::entries;

const FORMS_TSV: &str = include_str!("../../data/pl/forms.tsv");
const SUFFIXES_TSV: &str = include_str!("../../data/pl/suffixes.tsv");

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
    let mut map: FxHashMap<&'static str, Vec<Analysis>> = FxHashMap::default();
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
    let mut map: FxHashMap<&'static str, Vec<Analysis>> = FxHashMap::default();
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
fn agree(a: &Analysis, b: &Analysis) -> bool {
    let same = |x: Option<&str>, y: Option<&str>| x.is_none() || y.is_none() || x == y;
    let same_b = |x: Option<bool>, y: Option<bool>| x.is_none() || y.is_none() || x == y;
    same(a.case, b.case) && same_b(a.plural, b.plural) && same(a.gender, b.gender)
}

/// An adjective lemma (masculine nominative singular) in the gender and
/// number of its head: `europejski` → `europejska`, `europejskie`.
fn adjective_form(lemma: &str, head: &Analysis) -> String {
    let plural = head.plural == Some(true);
    let virile = head.gender == Some("m1");
    let gender = head.gender.unwrap_or("m3");
    let (stem, soft) = if let Some(s) = lemma.strip_suffix('y') {
        (s, false)
    } else if let Some(s) = lemma.strip_suffix('i') {
        (s, true)
    } else {
        return lemma.to_owned();
    };
    if plural && virile {
        // Virile plural: `polski` → `polscy`, `nowy` → `nowi`, `wielki` → `wielcy`.
        for (from, to) in [
            ("sk", "scy"),
            ("ck", "ccy"),
            ("k", "cy"),
            ("g", "dzy"),
            ("r", "rzy"),
            ("ch", "si"),
        ] {
            if let Some(s) = stem.strip_suffix(from) {
                return format!("{s}{to}");
            }
        }
        return format!("{stem}i");
    }
    let ending = match (plural, gender) {
        (true, _) | (false, "n") => {
            if soft {
                "ie"
            } else {
                "e"
            }
        }
        (false, "f") => "a",
        _ => {
            if soft {
                "i"
            } else {
                "y"
            }
        }
    };
    format!("{stem}{ending}")
}

/// Gives the first letter of `lemma` the case of the first letter of `word`.
fn match_case(word: &str, lemma: &str) -> String {
    let upper = word.chars().next().is_some_and(char::is_uppercase);
    let mut chars = lemma.chars();
    match chars.next() {
        Some(c) if upper => c.to_uppercase().chain(chars).collect(),
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The nominative of a phrase that is not a person's name.
pub(crate) fn phrase_base_form(words: &[&str]) -> String {
    let unchanged = || words.join(" ");
    let analyses: Vec<Vec<Analysis>> = words.iter().map(|w| analyse(w)).collect();
    if let [word] = words {
        // One word: the dictionary's lemma and spelling (`Europejskiej` →
        // `europejski`, `Polsce` → `Polska`); for a rule, the word's capital.
        let all = analyses.first().map_or(&[][..], Vec::as_slice);
        // A form that may already be the nominative stays as it is.
        if all.iter().any(|a| {
            a.case == Some("nom")
                && a.plural != Some(true)
                && lemma_of(word, a).to_lowercase() == word.to_lowercase()
        }) {
            return (*word).to_owned();
        }
        let Some(a) = all.first() else {
            return unchanged();
        };
        let lemma = lemma_of(word, a);
        return match a.lemma {
            Lemma::Given(_) => lemma,
            Lemma::Rule { .. } => match_case(word, &lemma),
        };
    }
    // The head: the first noun, after adjectives only.
    // A word that can be an adjective before a noun is one (`Światowej
    // Organizacji`), even when a rule also offers a noun reading.
    let is_noun = |a: &Vec<Analysis>| a.iter().any(|x| x.pos == Pos::Noun);
    let is_adj = |a: &Vec<Analysis>| a.iter().any(|x| x.pos == Pos::Adj);
    let Some(head) = (0..analyses.len()).find(|&i| {
        analyses.get(i).is_some_and(is_noun)
            && !(analyses.get(i).is_some_and(is_adj) && analyses.get(i + 1).is_some_and(is_noun))
    }) else {
        return unchanged();
    };
    if analyses
        .get(..head)
        .is_some_and(|pre| pre.iter().any(|a| !a.iter().any(|x| x.pos == Pos::Adj)))
    {
        return unchanged();
    }
    // Choose the head's reading that most words around it agree with.
    let mut best: Option<(usize, &Analysis)> = None;
    for h in analyses
        .get(head)
        .into_iter()
        .flatten()
        .filter(|x| x.pos == Pos::Noun)
    {
        let before_ok = analyses.get(..head).is_some_and(|pre| {
            pre.iter()
                .all(|a| a.iter().any(|x| x.pos == Pos::Adj && agree(x, h)))
        });
        if !before_ok {
            continue;
        }
        let after = analyses
            .get(head + 1..)
            .unwrap_or(&[])
            .iter()
            .take_while(|a| a.iter().any(|x| x.pos == Pos::Adj && agree(x, h)))
            .count();
        let nominative = h.case == Some("nom") || h.case.is_none();
        let score = after * 2 + usize::from(nominative);
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, h));
        }
    }
    let Some((_, h)) = best else {
        return unchanged();
    };
    if h.case == Some("nom") || h.case.is_none() {
        return unchanged();
    }
    let mut span_end = head
        + 1
        + analyses
            .get(head + 1..)
            .unwrap_or(&[])
            .iter()
            .take_while(|a| a.iter().any(|x| x.pos == Pos::Adj && agree(x, h)))
            .count();
    // A title and a name in apposition: `posła Pawlaka` → `poseł Pawlak`.
    let title = words
        .get(head)
        .is_some_and(|w| w.starts_with(char::is_lowercase));
    while title
        && words
            .get(span_end)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && analyses.get(span_end).is_some_and(|a| {
            a.iter()
                .any(|x| x.pos == Pos::Noun && x.case == h.case && x.case.is_some())
        })
    {
        span_end += 1;
    }
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (k, w) in words.iter().enumerate() {
        if k >= span_end {
            out.push((*w).to_owned());
            continue;
        }
        let noun = analyses
            .get(k)
            .and_then(|a| a.iter().find(|x| x.pos == Pos::Noun && x.case == h.case));
        let lemma = if k > head
            && words
                .get(k)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            && noun.is_some()
        {
            noun.map_or_else(|| (*w).to_owned(), |n| lemma_of(w, n))
        } else if k == head {
            if h.plural == Some(true) {
                // The lemma is singular; a plural name keeps its number.
                plural_nominative(w, h).unwrap_or_else(|| (*w).to_owned())
            } else {
                lemma_of(w, h)
            }
        } else {
            analyses
                .get(k)
                .and_then(|a| a.iter().find(|x| x.pos == Pos::Adj && agree(x, h)))
                .map_or_else(|| (*w).to_owned(), |a| adjective_form(&lemma_of(w, a), h))
        };
        out.push(match_case(w, &lemma));
    }
    out.join(" ")
}

/// The nominative plural of a plural noun, from a frequent form with the
/// same lemma (`artystów` → `artyści`).
fn plural_nominative(word: &str, h: &Analysis) -> Option<String> {
    let lemma = lemma_of(word, h);
    NOM_PLURALS.get(lemma.as_str()).map(|s| (*s).to_owned())
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
