//! A compact Polish lemmatiser for name phrases, from SGJP data:
//! `data/pl/forms.tsv` (frequent forms with all their analyses) and
//! `data/pl/suffixes.tsv` (suffix rules for every other word), both made by
//! `scripts/build_lemmatizer.py`.
//!
//! `phrase.rs` uses these analyses to bring name phrases to the nominative.

use crate::table::{Fst, Multi, Record, compiled, fst, string};

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

/// Cases and genders in the order of their codes (`build.rs`); code 0 is
/// "any".
const CASES: [&str; 7] = ["nom", "gen", "dat", "acc", "inst", "loc", "voc"];
const GENDERS: [&str; 5] = ["m1", "m2", "m3", "f", "n"];

impl Record for Analysis {
    fn decode(bits: u64) -> Self {
        let symbol = |code: u64, all: &'static [&'static str]| {
            usize::try_from(code)
                .ok()
                .and_then(|c| c.checked_sub(1))
                .and_then(|i| all.get(i).copied())
        };
        let lemma = if bits >> 52 & 1 == 1 {
            Lemma::Rule {
                strip: (bits >> 44 & 0xFF) as usize,
                append: string(bits),
            }
        } else {
            Lemma::Given(string(bits))
        };
        Self {
            lemma,
            pos: match bits >> 32 & 0b11 {
                0 => Pos::Noun,
                1 => Pos::Adj,
                2 => Pos::Verb,
                _ => Pos::Other,
            },
            case: symbol(bits >> 34 & 0xF, &CASES),
            plural: match bits >> 38 & 0b11 {
                1 => Some(false),
                2 => Some(true),
                _ => None,
            },
            gender: symbol(bits >> 40 & 0xF, &GENDERS),
        }
    }
}

/// `forms.tsv`: form → analyses.
static FORMS: Multi = Multi::new(fst!("forms.fst"), compiled!("forms.rec"));

/// `suffixes.tsv`: ending (its bytes reversed) → analyses by rule.
static SUFFIXES: Multi = Multi::new(fst!("suffixes.fst"), compiled!("suffixes.rec"));

/// Noun lemma → its nominative plural (the smallest such form).
static NOM_PLURALS: Fst = fst!("nom_plurals.fst");

/// Lemma, part of speech, case, number, gender → the form (the shortest,
/// then the smallest), for nouns and adjectives of `forms.tsv`.
static GENERATE: Fst = fst!("generate.fst");

/// The analyses `forms.tsv` gives `form`, exactly as written.
pub(crate) fn dictionary(form: &str) -> impl Iterator<Item = Analysis> + Clone + 'static {
    FORMS.get::<Analysis>(form).iter()
}

/// The form of `lemma` with these features, if `forms.tsv` has one
/// (`gender` `None`: a form that fits any gender).
pub(crate) fn generate(
    lemma: &str,
    pos: Pos,
    case: &str,
    plural: bool,
    gender: Option<&str>,
) -> Option<&'static str> {
    let pos = match pos {
        Pos::Noun => 0,
        Pos::Adj => 1,
        _ => return None,
    };
    let key = format!(
        "{lemma}\t{pos}\t{case}\t{}\t{}",
        u8::from(plural),
        gender.unwrap_or("-")
    );
    GENERATE.get(&key).map(string)
}

/// The analyses of a word: from the frequent forms (lower case, then as
/// written), else from the longest matching suffix rule.
pub(crate) fn analyse(word: &str) -> Vec<Analysis> {
    // Lower case char by char, on the stack (the lexicons hold no Greek,
    // whose final sigma alone lower-cases differently in context).
    crate::lexicon::with_lower(word, |lower| analyse_lower(word, lower))
}

/// [`analyse`], given the word in lower case too.
fn analyse_lower(word: &str, lower: &str) -> Vec<Analysis> {
    let mut out: Vec<Analysis> = dictionary(lower).collect();
    if word != lower {
        out.extend(dictionary(word));
    }
    if !out.is_empty() {
        return out;
    }
    // The longest ending of up to seven chars with rules.
    SUFFIXES
        .longest_reversed_suffix::<Analysis>(lower, 7)
        .iter()
        .collect()
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
/// (the smallest in byte order when there are several); a plurale tantum
/// gives itself (`mistrzostwa`).
pub(crate) fn nominative_plural(lemma: &str) -> Option<&'static str> {
    NOM_PLURALS.get(lemma).map(string)
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)]
mod tests {
    use super::*;
    use rustc_hash::FxHashMap;

    /// An analysis as the text files write it: lemma (or strip and
    /// ending), part of speech, case, number, gender.
    fn text_of(a: &Analysis) -> String {
        let lemma = match a.lemma {
            Lemma::Given(l) => l.to_owned(),
            Lemma::Rule { strip, append } => format!("{strip}\t{append}"),
        };
        let pos = match a.pos {
            Pos::Noun => "subst",
            Pos::Adj => "adj",
            Pos::Verb => "verb",
            Pos::Other => "other",
        };
        let number = match a.plural {
            Some(true) => "pl",
            Some(false) => "sg",
            None => "-",
        };
        format!(
            "{lemma}\t{pos}\t{}\t{number}\t{}",
            a.case.unwrap_or("-"),
            a.gender.unwrap_or("-")
        )
    }

    /// The text's analysis columns with the parts of speech this module
    /// does not tell apart written as `other`, and numbers other than
    /// `sg`/`pl` as `-`.
    fn normalised(cols: &[&str]) -> String {
        let [lemma @ .., pos, case, number, gender] = cols else {
            return String::new();
        };
        let pos = match *pos {
            "subst" | "adj" | "verb" => pos,
            _ => "other",
        };
        let number = match *number {
            "sg" | "pl" => number,
            _ => "-",
        };
        format!("{}\t{pos}\t{case}\t{number}\t{gender}", lemma.join("\t"))
    }

    /// The compiled tables answer exactly as `forms.tsv` and
    /// `suffixes.tsv`, in file order; the derived tables as they are
    /// defined.
    #[test]
    fn compiled_analyses_answer_as_the_text() {
        let mut forms: FxHashMap<&str, Vec<String>> = FxHashMap::default();
        let mut lines = 0;
        for line in crate::data::entries(include_str!("../data/pl/forms.tsv")) {
            let cols: Vec<&str> = line.split('\t').collect();
            forms
                .entry(cols[0])
                .or_default()
                .push(normalised(&cols[1..6]));
            lines += 1;
        }
        assert!(lines > 90_000);
        for (form, want) in &forms {
            let got: Vec<String> = dictionary(form).map(|a| text_of(&a)).collect();
            assert_eq!(&got, want, "{form}");
        }
        let mut suffixes: FxHashMap<&str, Vec<String>> = FxHashMap::default();
        for line in crate::data::entries(include_str!("../data/pl/suffixes.tsv")) {
            let cols: Vec<&str> = line.split('\t').collect();
            suffixes
                .entry(cols[0])
                .or_default()
                .push(normalised(&cols[1..7]));
        }
        for (suffix, want) in &suffixes {
            if suffix.chars().count() > 7 {
                continue;
            }
            let got: Vec<String> = SUFFIXES
                .longest_reversed_suffix::<Analysis>(suffix, 7)
                .iter()
                .map(|a| text_of(&a))
                .collect();
            assert_eq!(&got, want, "{suffix}");
        }
        // A word outside `forms.tsv` takes the rules of its longest ending.
        let word = "zbrojmistrzowskiego";
        assert!(dictionary(word).next().is_none());
        let longest = (1..=7)
            .rev()
            .filter_map(|n| word.get(word.len() - n..))
            .find(|end| suffixes.contains_key(end));
        let got: Vec<String> = analyse(word).iter().map(text_of).collect();
        assert_eq!(Some(&got), longest.and_then(|end| suffixes.get(end)));

        // Derived: lemma → smallest nominative plural noun form; features →
        // shortest, then smallest, lower-case form.
        let mut plurals: FxHashMap<&str, &str> = FxHashMap::default();
        let mut generated: FxHashMap<(&str, &str, &str, &str, &str), &str> = FxHashMap::default();
        for line in crate::data::entries(include_str!("../data/pl/forms.tsv")) {
            let c: Vec<&str> = line.split('\t').collect();
            let (form, lemma, pos, case, number, gender) = (c[0], c[1], c[2], c[3], c[4], c[5]);
            if pos == "subst" && case == "nom" && number == "pl" {
                let f = plurals.entry(lemma).or_insert(form);
                *f = (*f).min(form);
            }
            let lower = form.chars().next().is_some_and(char::is_lowercase);
            if lower && matches!(pos, "subst" | "adj") && case != "-" {
                // A form of either number serves both.
                let numbers: &[&str] = match number {
                    "sg" => &["sg"],
                    "pl" => &["pl"],
                    _ => &["sg", "pl"],
                };
                for &number in numbers {
                    let f = generated
                        .entry((lemma, pos, case, number, gender))
                        .or_insert(form);
                    if (form.len(), form) < (f.len(), *f) {
                        *f = form;
                    }
                }
            }
        }
        for (lemma, form) in &plurals {
            assert_eq!(nominative_plural(lemma), Some(*form), "{lemma}");
        }
        for ((lemma, pos, case, number, gender), form) in &generated {
            let pos = if *pos == "subst" { Pos::Noun } else { Pos::Adj };
            let gender = (*gender != "-").then_some(*gender);
            let got = generate(lemma, pos, case, *number == "pl", gender);
            assert_eq!(got, Some(*form), "{lemma} {case} {number}");
        }
    }
}
