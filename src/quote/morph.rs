//! Word analyses for speaker descriptors, from `data/pl/forms.tsv` (SGJP
//! data, BSD-2-Clause; see the file's header): is a word a noun, an
//! adjective, a verb; can a noun name a person (masculine-personal `m1`);
//! can it be the nominative; its lemma.
//!
//! Only descriptors, titles and frame arguments are looked up, never every
//! token. The table is the NER lemmatiser's.

pub(super) use crate::morph::Pos;

/// One analysis of a form. `None` fields fit any value.
#[derive(Debug, Clone, Copy)]
pub(super) struct Reading {
    pub(super) lemma: &'static str,
    pub(super) pos: Pos,
    pub(super) case: Option<&'static str>,
    pub(super) plural: Option<bool>,
    pub(super) gender: Option<&'static str>,
}

/// The dictionary's analyses of `form` as written, as readings.
fn dictionary(form: &str) -> impl Iterator<Item = Reading> {
    crate::morph::dictionary(form).filter_map(|a| reading(&a))
}

/// A dictionary analysis as a reading (dictionary lemmas are given whole).
fn reading(a: &crate::morph::Analysis) -> Option<Reading> {
    match a.lemma {
        crate::morph::Lemma::Given(lemma) => Some(Reading {
            lemma,
            pos: a.pos,
            case: a.case,
            plural: a.plural,
            gender: a.gender,
        }),
        crate::morph::Lemma::Rule { .. } => None,
    }
}

/// The analyses of a word, lower-cased and as written.
pub(super) fn readings(word: &str) -> Vec<Reading> {
    crate::lexicon::with_lower(word, |lower| {
        let mut out: Vec<Reading> = dictionary(lower).collect();
        if lower != word {
            out.extend(dictionary(word));
        }
        out
    })
}

/// The analyses of a word as [`readings`] gives them, else as the ending
/// rules guess them for a word the dictionary lacks (`związkowcy`); a
/// guessed reading has an empty lemma.
pub(super) fn guessed(word: &str) -> Vec<Reading> {
    let known = readings(word);
    if !known.is_empty() {
        return known;
    }
    crate::morph::analyse(word)
        .iter()
        .map(|a| Reading {
            lemma: "",
            pos: a.pos,
            case: a.case,
            plural: a.plural,
            gender: a.gender,
        })
        .collect()
}

/// A word of two or more capitals is an acronym (`PO`, `NIE`), never the
/// function word it spells in lower case.
pub(super) fn is_acronym(word: &str) -> bool {
    word.chars().count() > 1 && word.chars().all(char::is_uppercase)
}

/// Whether the word is only an adverb, particle or conjunction
/// (`wcześniej`, `tymczasem`).
pub(super) fn is_particle(word: &str) -> bool {
    if is_acronym(word) {
        return false;
    }
    let r = readings(word);
    !r.is_empty() && r.iter().all(|a| a.pos == Pos::Other)
}

/// Whether the word can be an adverb, particle or conjunction (`wczoraj`,
/// `dziś`, also nouns).
pub(super) fn can_be_particle(word: &str) -> bool {
    if is_acronym(word) {
        return false;
    }
    readings(word).iter().any(|a| a.pos == Pos::Other)
}

/// Whether some analysis of the word is a verb form.
pub(super) fn can_be_verb(word: &str) -> bool {
    readings(word).iter().any(|a| a.pos == Pos::Verb)
}

/// Whether every analysis of the word is a verb form.
pub(super) fn is_verb(word: &str) -> bool {
    let r = readings(word);
    !r.is_empty() && r.iter().all(|a| a.pos == Pos::Verb)
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

/// The nominative of a genitive phrase, keeping its number: the leading
/// adjectives and the head noun change case, the words after the head stay
/// (`organizatorów` → `organizatorzy`, `polskich władz` → `polskie władze`).
pub(super) fn nominative(words: &[&str]) -> String {
    let oblique = |a: &Reading| matches!(a.case, Some("gen" | "acc") | None);
    let analysed: Vec<Vec<Reading>> = words.iter().map(|w| readings(w)).collect();
    // The head: the first noun that is not an adjective before another word.
    let head = analysed.iter().enumerate().find_map(|(i, r)| {
        let adj = r.iter().any(|a| a.pos == Pos::Adj && oblique(a));
        let last = i + 1 == words.len();
        // The genitive singular first: `ministerstwa` is rather the
        // ministry's than the ministries.
        let noun = |a: &&Reading| a.pos == Pos::Noun && oblique(a);
        r.iter()
            .filter(noun)
            .find(|a| a.case == Some("gen") && a.plural == Some(false))
            .or_else(|| r.iter().find(noun))
            .filter(|_| !adj || last)
            .map(|a| (i, *a))
    });
    let Some((h, noun)) = head else {
        return words.join(" ");
    };
    let plural = noun.plural.unwrap_or(false);
    let generate = |a: &Reading, w: &str| {
        let gender = if a.pos == Pos::Noun {
            a.gender
        } else {
            noun.gender
        };
        let form = [gender, None]
            .into_iter()
            .find_map(|g| crate::morph::generate(a.lemma, a.pos, "nom", plural, g))
            .unwrap_or(w);
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        let mut chars = form.chars();
        match chars.next() {
            Some(c) if capital => c.to_uppercase().chain(chars).collect(),
            _ => form.to_owned(),
        }
    };
    // Adjectives right after the head that agree with it change too
    // (`rzecznika prasowego` → `rzecznik prasowy`).
    let agrees = |a: &&Reading| {
        a.pos == Pos::Adj
            && a.case == noun.case
            && a.plural.is_none_or(|p| Some(p) == noun.plural)
            && a.gender.is_none_or(|g| Some(g) == noun.gender)
    };
    // A noun reading of the adjective itself (`prasowy`, also a surname)
    // does not make it a noun.
    let adjective = |r: &Vec<Reading>| {
        r.iter().any(|a| agrees(&a))
            && r.iter()
                .filter(|a| a.pos == Pos::Noun)
                .all(|n| r.iter().any(|a| a.pos == Pos::Adj && a.lemma == n.lemma))
    };
    let after = analysed
        .iter()
        .skip(h + 1)
        .take_while(|r| adjective(r))
        .count();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (i, (&w, r)) in words.iter().zip(&analysed).enumerate() {
        let adj = r.iter().find(|a| a.pos == Pos::Adj && oblique(a));
        match (i.cmp(&h), adj) {
            (std::cmp::Ordering::Less, Some(a)) => out.push(generate(a, w)),
            (std::cmp::Ordering::Equal, _) => out.push(generate(&noun, w)),
            (std::cmp::Ordering::Greater, _) if i <= h + after => match r.iter().find(agrees) {
                Some(a) => out.push(generate(a, w)),
                None => out.push(w.to_owned()),
            },
            _ => out.push(w.to_owned()),
        }
    }
    out.join(" ")
}
